"""Build a static, offline HTML site of the pack (``make site`` / ``policylab build-site``).

Every lesson is run top to bottom in a fresh kernel (a notebook that fails stops the build,
naming the notebook and cell), then exported with nbconvert's lab template, minus
everything it would load from the network: no require.js, MathJax, Mermaid or widget
manager. Discussion-prompt widgets become their plain-text form, which says the question
and how to answer it in a notebook. Exercises are exported as the student copies, with no
outputs. The README, documentation and data README are rendered from Markdown. Every page
shares one navigation bar, prev/next links and print styles, so a lesson prints as a
handout for learners who cannot run code.

Nothing here is imported by the lessons; it needs nbconvert, nbclient and mistune, which
the lock installs.
"""

from __future__ import annotations

import html
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SiteError", "Page", "build", "main"]

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
TEMPLATE_DIR = Path(__file__).with_name("site_template")

CSS = """
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; overflow-wrap: anywhere; }
nav.policylab-nav { background: #0b3d5c; color: #fff; padding: 0.5rem 1.5rem;
  font-family: system-ui, sans-serif; font-size: 0.95rem; line-height: 2; }
nav.policylab-nav a { color: #fff; margin-right: 1rem; text-decoration: underline;
  white-space: nowrap; display: inline-block; }
nav.policylab-nav a[aria-current="page"] { font-weight: bold; text-decoration: none;
  border-bottom: 3px solid #fff; }
nav.policylab-nav .label { font-weight: bold; margin-right: 1rem; }
footer.policylab-footer { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 2rem;
  border-top: 1px solid #767676; font-family: system-ui, sans-serif; font-size: 0.9rem; }
footer.policylab-footer a { margin-right: 1.5rem; display: inline-block; }
/* links: underlined, so they are told apart by more than colour (WCAG 1.4.1) */
main a, footer.policylab-footer a { color: #0b4f8a; text-decoration: underline !important; }
main a:visited, footer.policylab-footer a:visited { color: #5c2d91; }
:focus-visible { outline: 3px solid #b3005c; outline-offset: 2px; }
nav.policylab-nav a:focus-visible { outline-color: #fff; }
.policylab-md { font-family: system-ui, sans-serif; line-height: 1.55; }
.policylab-md table, main table { border-collapse: collapse; margin: 1rem 0; }
.policylab-md th, .policylab-md td { border: 1px solid #767676; padding: 0.3rem 0.6rem;
  vertical-align: top; text-align: left; }
.policylab-md pre { background: #f4f4f4; padding: 0.6rem; }
.policylab-md code { background: #f4f4f4; padding: 0 0.2rem; }
/* code wraps rather than scrolling; a wide table scrolls in its own box, which takes focus */
pre, main .highlight pre, .jp-RenderedText pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.policylab-scroll { overflow-x: auto; max-width: 100%; }
.jp-RenderedHTMLCommon, .jp-OutputArea-output, .jp-RenderedMarkdown { overflow: visible; }
img { max-width: 100%; height: auto; }
/* text colours the lab template sets too light for 4.5:1 */
.jp-Notebook .jp-Cell .jp-InputPrompt, .jp-Notebook .jp-Cell .jp-OutputPrompt {
  color: #595959; opacity: 1; }
:root { --jp-content-link-color: #0b4f8a; --jp-cell-prompt-not-active-font-color: #595959;
  --jp-cell-prompt-not-active-opacity: 1; --jp-cell-inprompt-font-color: #595959;
  --jp-cell-outprompt-font-color: #595959; --jp-mirror-editor-comment-color: #3d6b6b;
  --jp-mirror-editor-keyword-color: #006100; --jp-mirror-editor-builtin-color: #006100;
  --jp-mirror-editor-number-color: #006100; --jp-mirror-editor-operator-color: #8100c7;
  --jp-mirror-editor-meta-color: #8100c7; --jp-mirror-editor-string-color: #a31515;
  --jp-mirror-editor-variable-2-color: #004b87; --jp-mirror-editor-def-color: #0000d6;
  --jp-mirror-editor-attribute-color: #0000d6; --jp-mirror-editor-qualifier-color: #3c5e0f;
  --jp-mirror-editor-error-color: #c00000; --jp-mirror-editor-bracket-color: #5e5e5e; }
@media print {
  /* a handout: no navigation or In [n]: prompts, black links with their address,
     code and tables wrapped at the margin, breaks kept out of figures and rows only */
  nav.policylab-nav, footer.policylab-footer, .jp-InputPrompt, .jp-OutputPrompt,
  .jp-Collapser { display: none !important; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a, a:visited { color: #000 !important; text-decoration: underline; }
  main a[href^="http"]:not([data-bare])::after { content: " <" attr(href) ">";
    font-size: 0.85em;
    overflow-wrap: anywhere; }
  .policylab-scroll { overflow: visible; }
  table { width: 100% !important; table-layout: auto; font-size: 9pt; }
  th, td { overflow-wrap: anywhere; }
  pre, code { white-space: pre-wrap !important; overflow-wrap: anywhere; }
  .jp-Cell { break-inside: auto; padding: 0; }
  img, tr, figure, .policylab-caption, .jp-OutputArea-child { break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
  .jp-InputArea-editor { border: 1px solid #767676; }
}
"""


class SiteError(RuntimeError):
    """The site could not be built (a notebook failed, a page links to nothing)."""


@dataclass
class Page:
    kind: str  # "home", "lesson", "exercise", "doc"
    source: Path  # the file it is made from, relative to the pack
    out: str  # its path inside the site
    title: str


def _title_of_notebook(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return "Notebook"


def _title_of_markdown(text: str, fallback: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback


def plan(root: Path) -> list[Page]:
    """Every page of the site, in navigation order."""
    import nbformat

    pages = [Page("home", Path("README.md"), "index.html", "Online Safety Policy Lab")]
    for folder, kind in (("notebooks", "lesson"), ("exercises", "exercise")):
        for path in sorted((root / folder).glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            pages.append(Page(kind, path.relative_to(root), f"{folder}/{path.stem}.html",
                              _title_of_notebook(nb)))
    docs = sorted((root / "docs").glob("*.md"))
    guide = [d for d in docs if d.stem == "lecturer-guide"]
    for path in guide + [d for d in docs if d.stem != "lecturer-guide"] + [root / "data/README.md"]:
        if path.exists():
            rel = path.relative_to(root)
            out = "data.html" if rel == Path("data/README.md") else f"docs/{path.stem}.html"
            title = _title_of_markdown(path.read_text(encoding="utf-8"), path.stem)
            pages.append(Page("doc", rel, out, title))
    for name, title in (("LICENSE", "Software licence (MIT)"),
                        ("LICENSE-CONTENT", "Content licence (CC BY 4.0)")):
        if (root / name).exists():
            pages.append(Page("text", Path(name), f"{name.lower()}.html", title))
    return pages


def _href(from_out: str, to_out: str) -> str:
    return os.path.relpath(to_out, os.path.dirname(from_out) or ".")


def _nav(page: Page, pages: list[Page]) -> str:
    def link(p: Page, text: str) -> str:
        current = ' aria-current="page"' if p.out == page.out else ""
        return f'<a href="{_href(page.out, p.out)}"{current}>{html.escape(text)}</a>'

    home = pages[0]
    lessons = [p for p in pages if p.kind == "lesson"]
    by_out = {p.out: p for p in pages}
    parts = [f'<span class="label">{link(home, "Online Safety Policy Lab")}</span>']
    parts += [link(p, "Lesson " + p.out.split("/")[-1][:2]) for p in lessons]
    for out, text in (("docs/lecturer-guide.html", "Lecturer guide"),
                      ("docs/glossary.html", "Glossary"), ("data.html", "Data")):
        if out in by_out:
            parts.append(link(by_out[out], text))
    return (
        '<nav class="policylab-nav" aria-label="Lessons and guides">'
        + " ".join(parts)
        + "</nav>"
    )


def _footer(page: Page, pages: list[Page]) -> str:
    order = [p for p in pages if p.kind in ("lesson", "exercise")]
    bits = []
    if page in order:
        i = order.index(page)
        if i > 0:
            bits.append(f'<a href="{_href(page.out, order[i - 1].out)}">← '
                        f"{html.escape(order[i - 1].title)}</a>")
        if i + 1 < len(order):
            bits.append(f'<a href="{_href(page.out, order[i + 1].out)}">'
                        f"{html.escape(order[i + 1].title)} →</a>")
    bits.append(f'<a href="{_href(page.out, pages[0].out)}">All lessons</a>')
    note = ("Static copy: to run the code, answer the prompts and use the self-checks, open "
            "the notebook in JupyterLab (see the home page).")
    return f'<footer class="policylab-footer"><p>{" ".join(bits)}</p><p>{note}</p></footer>'


def _rewrite_links(body: str, page: Page, pages: list[Page]) -> str:
    """Point links to .md and .ipynb files of the pack at their pages in the site."""
    by_source = {p.source.as_posix(): p for p in pages}

    def fix(match):
        target = match.group(2)
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            return match.group(0)
        path, _, anchor = target.partition("#")
        resolved = os.path.normpath(os.path.join(os.path.dirname(page.source.as_posix()), path))
        hit = by_source.get(resolved) or by_source.get(
            resolved.replace("solutions/", "exercises/"))
        if hit is None:
            return match.group(0)
        new = _href(page.out, hit.out) + (f"#{anchor}" if anchor else "")
        return f'{match.group(1)}"{new}"'

    return re.sub(r'(href=)"([^"]+)"', fix, body)


def _markdown_html(text: str) -> str:
    import mistune

    render = mistune.create_markdown(escape=False, plugins=["table", "strikethrough", "url"])
    return render(text)


def _tables_and_links(body: str) -> str:
    """Put each table in a box of its own that scrolls sideways and takes keyboard focus, so
    a wide table neither widens the page nor makes a region the keyboard cannot scroll.
    Mark each link whose text is its own address, so print does not repeat the address."""
    body = re.sub(
        r"(<table\b.*?</table>)",
        r'<div class="policylab-scroll" tabindex="0" role="region" aria-label="Table">\1</div>',
        body,
        flags=re.S,
    )
    return re.sub(r'<a ([^>]*?)href="([^"]+)"([^>]*)>\2</a>',
                  r'<a \1href="\2"\3 data-bare="">\2</a>', body)


def _contents(page: Page, pages: list[Page]) -> str:
    """The home page's list of every page in the site."""
    groups = (("lesson", "Lessons"), ("exercise", "Exercises (student copies)"),
              ("doc", "Guides and data"), ("text", "Licences"))
    parts = ["<h2>Pages in this site</h2>"]
    for kind, heading in groups:
        items = "".join(f'<li><a href="{_href(page.out, p.out)}">{html.escape(p.title)}</a></li>'
                        for p in pages if p.kind == kind)
        if items:
            parts.append(f"<h3>{heading}</h3><ul>{items}</ul>")
    return "".join(parts)


def _doc_page(page: Page, pages: list[Page], root: Path) -> str:
    text = (root / page.source).read_text(encoding="utf-8")
    if page.kind == "text":
        body = f"<h1>{html.escape(page.title)}</h1><pre>{html.escape(text)}</pre>"
    else:
        body = _tables_and_links(_rewrite_links(_markdown_html(text), page, pages))
    if page.kind == "home":
        body += _contents(page, pages)
    return (
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(page.title)}</title><style>{CSS}</style></head><body>"
        f'{_nav(page, pages)}<main class="policylab-md">{body}</main>'
        f"{_footer(page, pages)}</body></html>\n"
    )


def _plain_widgets(nb) -> None:
    """Replace widget views by their plain text, and drop stored widget state."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if WIDGET_VIEW in data:
                del data[WIDGET_VIEW]
                data.setdefault("text/plain", "(interactive widget: open the notebook to use it)")


def _figures_from_solution(nb, solution: Path) -> None:
    """Give an exercise's chart cells ("done for you") the figure their solution stores.

    The student copy stores no outputs, so a question that asks the reader to read a chart
    would have no chart in the site. Only a cell whose source is the same in both copies
    (no solution in it) takes outputs, and only its figures and their captions.
    """
    import nbformat

    if not solution.exists():
        return
    by_id = {c.get("id"): c for c in nbformat.read(solution, as_version=4).cells}
    for cell in nb.cells:
        twin = by_id.get(cell.get("id"))
        if (cell.cell_type != "code" or cell.get("outputs") or twin is None
                or twin.source != cell.source):
            continue
        keep = [o for o in twin.get("outputs", [])
                if o.get("metadata", {}).get("policylab", {}).keys() & {"figure", "caption"}]
        if keep:
            cell.outputs = keep


def _run(nb, path: Path, root: Path) -> None:
    from nbclient.exceptions import CellExecutionError

    from .runner import execute

    try:
        execute(nb, (root / path).parent, timeout=300)
    except CellExecutionError as exc:
        cell = next((i for i, c in enumerate(nb.cells)
                     if any(o.get("output_type") == "error" for o in c.get("outputs", []))),
                    None)
        where = f"cell {cell + 1}" if cell is not None else "a cell"
        last = str(exc).strip().splitlines()[-1] if str(exc).strip() else "error"
        raise SiteError(f"{path}: {where} failed to run: {last}") from None


def _notebook_page(page: Page, pages: list[Page], root: Path, execute: bool) -> str:
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(root / page.source, as_version=4)
    if execute:
        _run(nb, page.source, root)
    if page.kind == "exercise":
        _figures_from_solution(nb, root / page.source.as_posix().replace(
            "exercises/", "solutions/", 1))
    _plain_widgets(nb)
    exporter = HTMLExporter(template_name=TEMPLATE_DIR.name,
                            extra_template_basedirs=[str(TEMPLATE_DIR.parent)])
    resources = {
        "policylab_css": CSS,
        "policylab_nav": _nav(page, pages),
        "policylab_footer": _footer(page, pages),
        "metadata": {"name": page.title},
    }
    exporter.language_code = "en-GB"  # the same language as the other pages
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return _tables_and_links(_rewrite_links(body, page, pages))


def build(root: Path, out: Path, *, execute: bool = True, log=print) -> list[Page]:
    """Write the site for the pack at `root` into `out`; returns its pages.

    `out` is replaced only if it is new, empty or a site this command built before
    (see `policylab.outdir`); a failed build leaves it as it was.
    """
    from . import outdir

    root, out = Path(root), Path(out)
    outdir.check_target(out, root=root, purpose="site")
    os.environ.setdefault("POLICYLAB_RESPONSES", tempfile.mkdtemp(prefix="policylab-site-"))
    pages = plan(root)
    with outdir.replacing(out, root=root, purpose="site") as staging:
        for page in pages:
            log(f"page {page.out} <- {page.source}")
            if page.kind in ("lesson", "exercise"):
                text = _notebook_page(page, pages, root, execute and page.kind == "lesson")
            else:
                text = _doc_page(page, pages, root)
            dest = staging / page.out
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(text, encoding="utf-8")
    return pages


def main(argv: list[str]) -> int:
    """``policylab build-site [--out _site] [--no-execute]``"""
    import argparse

    from . import outdir

    parser = argparse.ArgumentParser(prog="policylab build-site",
                                     description="Build a static, offline HTML site of the pack.")
    parser.add_argument("--root", type=Path, default=Path.cwd())
    parser.add_argument("--out", type=Path, default=Path("_site"))
    parser.add_argument("--no-execute", action="store_true",
                        help="use stored outputs instead of running each lesson")
    args = parser.parse_args(argv)
    try:
        pages = build(args.root, args.out, execute=not args.no_execute)
    except SiteError as exc:
        print(f"site build failed: {exc}", file=sys.stderr)
        return 1
    except outdir.UnsafeOutputError as exc:
        print(f"policylab build-site: {exc}", file=sys.stderr)
        return 2
    print(f"built {len(pages)} pages in {args.out}; open {args.out / 'index.html'}")
    return 0
