"""Read the pack's data: `load(name)` and `sources(name)`.

The data live in ``data/`` as CSV files described by ``data/datapackage.json``, a
Frictionless Data Package (https://specs.frictionlessdata.io/data-package/). Each
resource has a Table Schema; `load` reads the CSV as text, then converts and checks
every cell against that schema, so a typo in a file is reported with the file, the
line and the column instead of surfacing later as a wrong chart.

Only the parts of Table Schema the pack uses are implemented: the field types
string, integer, number, boolean, date and year; the constraints required, unique,
minimum, maximum, enum and pattern; primaryKey; and foreignKeys to another resource.
"""

from __future__ import annotations

import csv
import json
import os
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

__all__ = ["DataError", "data_dir", "package", "resource_names", "load", "sources"]

_TYPES = {"string", "integer", "number", "boolean", "date", "year"}
_TRUE = {"true", "True", "TRUE", "1", "yes"}
_FALSE = {"false", "False", "FALSE", "0", "no"}


class DataError(ValueError):
    """A data file or its description is missing or does not match its schema."""


def data_dir() -> Path:
    """The folder that holds ``datapackage.json``.

    ``POLICYLAB_DATA`` overrides it; otherwise the ``data/`` folder of the checkout
    this package was installed from (an editable install), then of the working
    directory or one of its parents (a notebook opened inside the pack).
    """
    env = os.environ.get("POLICYLAB_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "data"]
    cwd = Path.cwd().resolve()
    candidates += [p / "data" for p in (cwd, *cwd.parents)]
    for folder in candidates:
        if (folder / "datapackage.json").is_file():
            return folder
    raise DataError(
        "Could not find the pack's data folder (data/datapackage.json). Open the notebook "
        "from inside the pack, or set POLICYLAB_DATA to the folder that holds datapackage.json."
    )


def _read_package(folder: str) -> dict:
    path = Path(folder) / "datapackage.json"
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise DataError(f"{path}: file not found") from None
    return _parse_package(str(path), stamp)


@lru_cache(maxsize=8)
def _parse_package(path_text: str, stamp: int) -> dict:
    """Parse datapackage.json; cached until the file changes (`stamp` is its mtime)."""
    path = Path(path_text)
    text = path.read_text(encoding="utf-8")
    try:
        pkg = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(pkg, dict) or not isinstance(pkg.get("resources"), list):
        raise DataError(f"{path}: no 'resources' list, so this is not a data package")
    return pkg


def package(folder: Path | None = None) -> dict:
    """The parsed ``datapackage.json`` (cached; do not modify the result)."""
    return _read_package(str(folder or data_dir()))


def resource_names(folder: Path | None = None) -> list[str]:
    """Names of every resource in the data package, in the order it lists them."""
    return [r["name"] for r in package(folder)["resources"]]


def _resource(name: str, folder: Path) -> dict:
    if not isinstance(name, str):
        raise DataError(f"a resource name is text, such as 'release_claims', not {name!r}")
    for res in package(folder)["resources"]:
        if res.get("name") == name:
            return res
    known = ", ".join(resource_names(folder))
    raise DataError(f"no resource called {name!r} in {folder / 'datapackage.json'}; known: {known}")


def _convert(value: str, field: dict, where: str):
    """Convert one non-missing CSV cell to its Python value, or raise DataError."""
    kind = field.get("type", "string")
    try:
        if kind == "string":
            out = value
        elif kind in ("integer", "year"):
            if not re.fullmatch(r"[+-]?\d+", value):
                raise ValueError
            out = int(value)
        elif kind == "number":
            out = float(value)
            if out != out:  # NaN written as text
                raise ValueError
        elif kind == "boolean":
            if value in _TRUE:
                out = True
            elif value in _FALSE:
                out = False
            else:
                raise ValueError
        elif kind == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            out = pd.Timestamp(value)
        else:  # pragma: no cover - schemas are checked before cells
            raise DataError(f"{where}: unknown field type {kind!r}")
    except ValueError:
        shape = {"date": "a date written YYYY-MM-DD", "year": "a year such as 2021"}.get(
            kind, f"a {kind}"
        )
        raise DataError(f"{where}: {value!r} is not {shape}") from None
    c = field.get("constraints", {})
    if "enum" in c and out not in c["enum"]:
        raise DataError(f"{where}: {value!r} is not one of {c['enum']}")
    if "minimum" in c and out < _bound(c["minimum"], kind):
        raise DataError(f"{where}: {value!r} is below the minimum {c['minimum']}")
    if "maximum" in c and out > _bound(c["maximum"], kind):
        raise DataError(f"{where}: {value!r} is above the maximum {c['maximum']}")
    if "pattern" in c and not re.fullmatch(c["pattern"], value):
        raise DataError(f"{where}: {value!r} does not match the pattern {c['pattern']!r}")
    return out


def _bound(bound, kind):
    return pd.Timestamp(bound) if kind == "date" else bound


_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "year": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": "datetime64[ns]",
}


def _read_rows(path: Path, names: list[str], label: str) -> list[list[str]]:
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh, strict=True))
    except FileNotFoundError:
        raise DataError(f"{label}: file not found") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"{label}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise DataError(f"{label}: malformed CSV ({exc})") from None
    if not rows:
        raise DataError(f"{label}: the file is empty; its first line must name the columns")
    header = rows[0]
    if header != names:
        missing = [n for n in names if n not in header]
        extra = [h for h in header if h not in names]
        detail = []
        if missing:
            detail.append(f"missing column(s) {missing}")
        if extra:
            detail.append(f"unexpected column(s) {extra}")
        if not detail:
            detail.append(f"columns in the order {header}, but the schema says {names}")
        raise DataError(f"{label}, line 1 (header): " + "; ".join(detail))
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(names):
            raise DataError(
                f"{label}, line {i}: {len(row)} cells, but the header has {len(names)} columns"
            )
    return rows[1:]


def _typed_frame(name: str, folder: Path) -> pd.DataFrame:
    res = _resource(name, folder)
    schema = res.get("schema")
    if not isinstance(schema, dict) or not schema.get("fields"):
        raise DataError(f"{folder / 'datapackage.json'}: resource {name!r} has no schema fields")
    fields = schema["fields"]
    for f in fields:
        if f.get("type", "string") not in _TYPES:
            raise DataError(
                f"{folder / 'datapackage.json'}: resource {name!r}, field {f.get('name')!r} "
                f"has type {f.get('type')!r}; supported: {sorted(_TYPES)}"
            )
    names = [f["name"] for f in fields]
    label = f"{folder.name}/{res.get('path', '?')}"
    rows = _read_rows(folder / res["path"], names, label)
    missing = set(schema.get("missingValues", [""]))
    columns: dict[str, list] = {n: [] for n in names}
    for i, row in enumerate(rows, start=2):
        for field, cell in zip(fields, row, strict=True):
            where = f"{label}, line {i}, column {field['name']!r}"
            if cell in missing:
                if field.get("constraints", {}).get("required"):
                    raise DataError(f"{where}: a value is required but the cell is empty")
                columns[field["name"]].append(None)
            else:
                columns[field["name"]].append(_convert(cell, field, where))
    frame = pd.DataFrame(
        {
            f["name"]: pd.Series(columns[f["name"]], dtype=_DTYPES[f.get("type", "string")])
            for f in fields
        }
    )
    _check_keys(frame, fields, schema, label)
    return frame


def _check_keys(frame: pd.DataFrame, fields: list, schema: dict, label: str) -> None:
    unique_sets = [[f["name"]] for f in fields if f.get("constraints", {}).get("unique")]
    pk = schema.get("primaryKey")
    if pk:
        unique_sets.append([pk] if isinstance(pk, str) else list(pk))
    for cols in unique_sets:
        dup = frame.duplicated(subset=cols, keep="first")
        if dup.any():
            i = int(dup.to_numpy().nonzero()[0][0])
            key = ", ".join(f"{c}={frame[c].iloc[i]!r}" for c in cols)
            raise DataError(
                f"{label}, line {i + 2}, column {cols[0]!r}: duplicate key ({key}); "
                f"each row needs a different {' + '.join(cols)}"
            )


_LOADED: dict[tuple, pd.DataFrame] = {}


def _stamp(folder: Path) -> tuple:
    """Modification times of the package and its CSVs; a cached table lives until one changes."""
    files = [folder / "datapackage.json"] + sorted(folder.glob("*.csv"))
    return tuple((f.name, f.stat().st_mtime_ns) for f in files if f.exists())


def load(name: str, *, folder: Path | None = None) -> pd.DataFrame:
    """Load one resource of the data package as a typed, schema-checked DataFrame.

    Integers come back as ``Int64`` (missing values allowed), dates as datetimes,
    text as strings. Raises `DataError` naming the file, line and column of the first
    problem found. Foreign keys (such as ``source_id``) are checked too. `folder`
    overrides where ``datapackage.json`` is looked for (tests use it).
    """
    folder = Path(folder) if folder else data_dir()
    key = (str(folder), name, _stamp(folder))
    if key not in _LOADED:
        _LOADED[key] = _load_checked(name, folder)
    return _LOADED[key].copy()  # a copy: a lesson's edits never leak into a self-check


def _load_checked(name: str, folder: Path) -> pd.DataFrame:
    frame = _typed_frame(name, folder)
    res = _resource(name, folder)
    for fk in res.get("schema", {}).get("foreignKeys", []):
        cols = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        ref = fk["reference"]
        ref_cols = ref["fields"] if isinstance(ref["fields"], list) else [ref["fields"]]
        target = frame if ref.get("resource", "") == "" else _typed_frame(ref["resource"], folder)
        allowed = set(target[ref_cols[0]].dropna())
        label = f"{folder.name}/{res['path']}"
        for i, value in enumerate(frame[cols[0]]):
            if value is not pd.NA and value is not None and value not in allowed:
                raise DataError(
                    f"{label}, line {i + 2}, column {cols[0]!r}: {value!r} is not an "
                    f"{ref_cols[0]} in resource {ref.get('resource') or name!r}"
                )
    return frame


def sources(name: str, *, folder: Path | None = None) -> pd.DataFrame:
    """Where the figures of a resource come from, and what could check them.

    One row per source, from the shared ``sources`` table: the id used in the data, the
    publisher, title, date, URL and whether it is primary or secondary. The column
    ``used_for`` says whether a source is where the rows come from (``source_id``) or one
    that bears on checking them (``check_source_id``).
    """
    folder = Path(folder) if folder else data_dir()
    res = _resource(name, folder)
    roles: dict[str, str] = {}
    for s in res.get("sources", []):
        if s.get("id"):
            roles.setdefault(s["id"], "the rows' source")
    columns = [f["name"] for f in res["schema"]["fields"]]
    if "source_id" in columns or "check_source_id" in columns:
        frame = load(name, folder=folder)
        for col, role in (("source_id", "the rows' source"), ("check_source_id", "checking")):
            if col in columns:
                for sid in frame[col].dropna().unique().tolist():
                    roles.setdefault(sid, role)
    table = load("sources", folder=folder)
    out = table[table["id"].isin(list(roles))].copy()
    out.insert(1, "used_for", out["id"].map(roles).astype("string"))
    order = {sid: k for k, sid in enumerate(roles)}
    return out.sort_values("id", key=lambda s: s.map(order)).reset_index(drop=True)
