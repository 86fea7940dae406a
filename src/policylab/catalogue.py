"""Write ``data/README.md`` from ``data/datapackage.json`` (``make data-readme``).

The README is generated, so the description of the data cannot drift from the data
package; a test fails when the committed README is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import data

__all__ = ["render", "main"]

HEADER = """\
# Data

<!-- Generated from datapackage.json by `make data-readme`; edit that file, not this one. -->

Every table the lessons use, as CSV files described by `datapackage.json`, a
[Frictionless Data Package](https://specs.frictionlessdata.io/data-package/): each
resource has a schema (its columns, their types, units and allowed values) and every
row can be traced to a source. In a notebook:

```python
import policylab as pl
claims = pl.load("release_claims")   # typed and checked against its schema
pl.sources("release_claims")         # where its figures come from
```

A file that breaks its schema stops `pl.load` with a message naming the file, line
and column. Only aggregate, published figures are stored here: no images, no case
details, nothing about any individual.

**Reading these figures.** A figure is a count made by someone, of something, over a
scope and a period. Reports to a hotline are not victims, images or offenders; a
figure a speaker gives is a claim until a source confirms it. Each resource below says
what it counts and where the catch is.

**Licence.** This compilation, its paraphrases and notes: {licence}. The figures
themselves are facts published by the sources listed; quote them with the source.
"""


def _source_line(row) -> str:
    kind = "" if row["kind"] == "primary" else " (secondary source)"
    reuse = f" Reuse: {row['reuse']}." if "reuse" in row and isinstance(row["reuse"], str) else ""
    return (
        f"- `{row['id']}`: {row['publisher']}, *{row['title']}*, {row['date']}. "
        f"<{row['url']}>{kind}.{reuse}"
    )


def render(folder: Path | None = None) -> str:
    """The README text for the data package in `folder` (default: the pack's data)."""
    folder = Path(folder or data.data_dir())
    pkg = data.package(folder)
    licence = ", ".join(
        f"[{lic.get('title', lic['name'])}]({lic['path']})" for lic in pkg.get("licenses", [])
    )
    out = [HEADER.format(licence=licence or "see the repository's LICENSE files")]
    sources = data.load("sources", folder=folder).set_index("id", drop=False)
    out.append("## Resources\n")
    for res in pkg["resources"]:
        out.append(f"- [`{res['name']}`](#{res['name'].replace('_', '-')}): {res['title']}")
    out.append("")
    for res in pkg["resources"]:
        frame = data.load(res["name"], folder=folder)
        out.append(f"## {res['name']}\n")
        out.append(f"**{res['title']}.** File `{res['path']}`, {len(frame)} rows.\n")
        out.append(res.get("description", "").strip() + "\n")
        out.append("| column | type | description |")
        out.append("| --- | --- | --- |")
        for f in res["schema"]["fields"]:
            c = f.get("constraints", {})
            extra = []
            if c.get("required"):
                extra.append("required")
            if "enum" in c:
                extra.append("one of " + ", ".join(f"`{v}`" for v in c["enum"]))
            if "minimum" in c:
                extra.append(f"at least {c['minimum']}")
            note = f" ({'; '.join(extra)})" if extra else ""
            desc = f.get("description", "").replace("|", "\\|")
            out.append(f"| `{f['name']}` | {f.get('type', 'string')} | {desc}{note} |")
        out.append("")
        ids = [s["id"] for s in res.get("sources", []) if "id" in s]
        for col in ("source_id", "check_source_id"):
            if col in frame.columns:
                ids += [i for i in frame[col].dropna().unique() if i not in ids]
        if res["name"] == "sources":
            continue
        out.append("Sources:\n")
        out.extend(_source_line(sources.loc[i]) for i in ids)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> int:
    """``policylab data-readme [--check]``"""
    import argparse

    parser = argparse.ArgumentParser(
        prog="policylab data-readme",
        description="Regenerate data/README.md from data/datapackage.json.")
    parser.add_argument("--check", action="store_true",
                        help="only check that data/README.md is up to date; write nothing")
    args = parser.parse_args(argv)
    target = data.data_dir() / "README.md"
    text = render()
    current = target.read_text(encoding="utf-8") if target.exists() else None
    if args.check:
        if current != text:
            print(f"{target} is stale: run `make data-readme`.", file=sys.stderr)
            return 1
        print(f"{target} is up to date.")
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0
