"""Slide decks of the lessons (``make slides`` / ``policylab slides``).

One reveal.js deck per lesson, made from the lesson's notebook as it is stored: nothing is
run. A deck holds

* a title slide (the lesson's title and content note, with a short support signpost), then
  the full support list;
* the learning outcomes;
* a slide for each main (``##``) section: its opening sentence, a short list it gives, the
  subsections it covers and the terms it puts in bold (prose that talks about code, or
  points at a table the slide cannot show, is left out; a section with nothing left says
  its material is in the notebook); code cells are never shown;
* each figure the notebook stores (its PNG, with the caption as alt text and the source
  line under it);
* each discussion prompt's question and options, read from the lesson content files
  (``content/lessonNN.yaml``), never its reveal;
* the lesson's key points, and a closing slide with the support list.

Model answers, marking criteria and prompt reveals are never put on a slide (a test checks
every deck against them). reveal.js is vendored
(``slides_template/reveal.js``, MIT) and copied beside the decks, so a deck works from
``file://`` with the network off. The output folder is replaced only through
`policylab.outdir`, so the command never deletes a folder it did not make.
"""

from __future__ import annotations

import base64
import contextlib
import html
import os
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["SlidesError", "Deck", "deck_for", "build", "main"]

TEMPLATE_DIR = Path(__file__).with_name("slides_template")
REVEAL_FILES = ("reveal.js", "reveal.css")

# Sections that get no slide of their own: the title slide, the outcomes, the key points and
# the support slides carry what matters in them; the rest is for working in the notebook.
# Figures and prompts inside them still get their slides.
NO_SECTION_SLIDE = {
    "content note", "learning outcomes", "time needed", "data used", "getting started",
    "exercises", "key points", "references", "further reading", "support", "discussion",
}
# Prose that is about the code rather than the subject: left off the slides.
CODE_TALK = re.compile(
    r"`|\bpandas\b|\bPython\b|\bmatplotlib\b|\bnumpy\b|\bcells?\b|\bkernel\b|Shift\+Enter|"
    r"\bDataFrame\b|\bRun the next\b|\brun the next\b",
)
LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
PROMPT_CALL = re.compile(r"""\bpl\.prompt\(\s*["']([^"']+)["']""")
PNG_IN_HTML = re.compile(r'src="data:image/png;base64,([A-Za-z0-9+/=\s]+)"')

# How much text a slide holds, in estimated lines (see _lines); a longer slide is split.
LINE_BUDGET = {"normal": 14.0, "dense": 19.5}
CHARS_PER_LINE = {"normal": 78, "dense": 100}


class SlidesError(RuntimeError):
    """A deck could not be built (a notebook is not a lesson, a prompt is not defined)."""


# ---------------------------------------------------------------- reading a notebook


@dataclass
class Block:
    kind: str  # "heading", "para", "list", "figure", "prompt"
    text: str = ""
    level: int = 0
    items: list[str] = field(default_factory=list)
    ordered: bool = False
    png: bytes = b""
    alt: str = ""
    source: str = ""


def _md_blocks(text: str) -> list[Block]:
    """Headings, paragraphs and lists of one markdown cell; fenced code, tables, quotes and
    raw HTML are dropped."""
    blocks: list[Block] = []
    para: list[str] = []
    fenced = False

    def flush():
        if not para:
            return
        first = para[0].lstrip()
        if LIST_ITEM.match(para[0]) and not first.startswith("**"):
            items: list[str] = []
            indent = len(LIST_ITEM.match(para[0]).group(1))
            for line in para:
                m = LIST_ITEM.match(line)
                if m and len(m.group(1)) <= indent:
                    items.append(line[m.end():].strip())
                else:
                    items[-1] += " " + line.strip()
            ordered = LIST_ITEM.match(para[0]).group(2)[0].isdigit()
            blocks.append(Block("list", " ".join(items), items=items, ordered=ordered))
        elif not first.startswith(("|", "<", ">", "!")):
            blocks.append(Block("para", " ".join(line.strip() for line in para)))
        para.clear()

    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            flush()
            fenced = not fenced
            continue
        if fenced:
            continue
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if heading:
            flush()
            blocks.append(Block("heading", heading.group(2), level=len(heading.group(1))))
        elif not line.strip():
            flush()
        else:
            # a list straight after a paragraph, with no blank line between them
            if para and LIST_ITEM.match(line) and not LIST_ITEM.match(para[0]):
                flush()
            para.append(line)
    flush()
    return blocks


def _text_of(output: dict, mime: str) -> str:
    value = output.get("data", {}).get(mime, "")
    return "".join(value) if isinstance(value, list) else value


def _figures(outputs: list[dict]) -> list[Block]:
    """Each stored figure of a code cell: its PNG, alt text and source line."""
    found: list[Block] = []
    for out in outputs:
        meta = out.get("metadata", {}).get("policylab", {})
        if meta.get("caption") and found:
            plain = _text_of(out, "text/plain")
            sources = [ln for ln in plain.splitlines() if ln.startswith("Source:")]
            if sources and not found[-1].source:
                found[-1].source = sources[0]
            continue
        png = None
        alt = meta.get("alt", "")
        match = PNG_IN_HTML.search(_text_of(out, "text/html"))
        if match:
            png = match.group(1)
        elif out.get("data", {}).get("image/png"):
            png = _text_of(out, "image/png")
        if png:
            found.append(Block("figure", png=base64.b64decode(re.sub(r"\s", "", png)),
                               alt=alt.strip()))
    return found


def _notebook_blocks(nb: dict) -> list[Block]:
    blocks: list[Block] = []
    for cell in nb.get("cells", []):
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else source
        if cell.get("cell_type") == "markdown":
            blocks += _md_blocks(source)
        elif cell.get("cell_type") == "code":
            blocks += _figures(cell.get("outputs", []))
            blocks += [Block("prompt", pid) for pid in PROMPT_CALL.findall(source)]
    return blocks


# ---------------------------------------------------------------- text


def _plain_code(text: str) -> str:
    """`name` -> name: slides show no code, only words."""
    return re.sub(r"`+([^`]*)`+", r"\1", text)


def _inline(text: str) -> str:
    """Markdown of one paragraph or item as inline HTML; links inside the pack become text."""
    import mistune

    render = mistune.create_markdown(escape=True, plugins=["strikethrough"])
    out = render(_plain_code(text)).strip()
    out = re.sub(r"^<p>(.*)</p>$", r"\1", out, flags=re.S)
    return re.sub(r'<a href="(?!https?://)[^"]*">(.*?)</a>', r"\1", out, flags=re.S)


# A sentence that points at a table or output the slide does not show
POINTS_AT_TABLE = re.compile(r"\b(table|chart|output)s? (below|above)\b|\bthe (next|last) table\b",
                             re.I)


def _first_sentences(text: str, at_least: int = 80) -> str:
    parts = []
    for part in re.split(r"(?<=[.!?])[\"'”’)]?\s+(?=[A-Z*\"“(])", text):
        if POINTS_AT_TABLE.search(part):
            break  # what follows is about the table
        parts.append(part)
    if not parts:
        return ""
    lead = parts[0]
    for part in parts[1:]:
        if len(_plain(lead)) >= at_least:
            break
        lead += " " + part
    return lead


def _plain(text: str) -> str:
    return re.sub(r"[*_`]", "", text)


def _bold_terms(text: str, glossary: frozenset[str] = frozenset()) -> list[str]:
    """The terms a passage puts in bold. A bold run-in that starts a sentence labels it and
    is not a term; a single bold word counts only if the glossary has it (otherwise it is
    emphasis: "the **same** outcomes")."""
    terms = []
    for match in re.finditer(r"\*\*(.+?)\*\*", text):
        if re.search(r"(^|[.!?:]\s*)$", text[:match.start()].rstrip()):
            continue
        term = _plain(match.group(1)).strip()
        words = term.split()
        if (not term or len(term) > 45 or re.search(r"\d", term)
                or re.search(r"[.,:;?!\"“”]", term)
                or words[0].lower() in ("which", "what", "who", "how", "why", "not", "no")):
            continue
        if len(words) == 1 and term.lower().removesuffix("s") not in glossary \
                and term.lower() not in glossary:
            continue
        terms.append(term)
    return terms


def glossary_words(root: Path) -> frozenset[str]:
    """Every word of every term the pack's glossary (docs/glossary.md) defines."""
    path = Path(root) / "docs" / "glossary.md"
    if not path.is_file():
        return frozenset()
    heads = re.findall(r"^\*\*(.+?)\.?\*\*", path.read_text(encoding="utf-8"), flags=re.M)
    return frozenset(w.lower() for h in heads for w in re.findall(r"[\w-]+", h))


# ---------------------------------------------------------------- slides


@dataclass
class Slide:
    kind: str  # "title", "support", "outcomes", "section", "figure", "prompt", "keypoints"
    body: str  # HTML inside <section>
    density: str = "normal"


@dataclass
class Deck:
    notebook: Path
    title: str
    slides: list[Slide]
    figures: list[bytes]

    @property
    def stem(self) -> str:
        return self.notebook.stem


def _lines(html_text: str, density: str) -> float:
    """Estimated lines a piece of slide HTML takes: each paragraph, item or heading starts a
    line of its own and wraps at about CHARS_PER_LINE characters, with a gap after it."""
    import math

    total = 0.0
    for part in re.split(r"<(?:p|li|h\d)\b[^>]*>", html_text):
        text = html.unescape(re.sub(r"<[^>]+>", "", part)).strip()
        if text:
            total += math.ceil(len(text) / CHARS_PER_LINE[density]) + 0.45
    return max(total, 1.0)


def _paginate(heading: str, pieces: list[str], *, kind: str, density: str = "normal",
              first_heading: str | None = None, first_extra: float = 0.0) -> list[Slide]:
    """Put `pieces` (HTML blocks) on as many slides as they need, the heading on each."""
    budget = LINE_BUDGET[density]
    pages: list[list[str]] = [[]]
    used = first_extra
    for piece in pieces:
        need = _lines(piece, density)
        if pages[-1] and used + need > budget:
            pages.append([])
            used = 0.0
        pages[-1].append(piece)
        used += need
    slides = []
    for i, page in enumerate(pages):
        if i == 0 and first_heading is not None:
            head = first_heading
        else:
            title = heading + (" (continued)" if i else "")
            head = f"<h2>{html.escape(title)}</h2>"
        slides.append(Slide(kind, head + "".join(page), density))
    return slides


def _list_html(items: list[str], ordered: bool = False, cls: str = "") -> str:
    tag = "ol" if ordered else "ul"
    attr = f' class="{cls}"' if cls else ""
    return f"<{tag}{attr}>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + f"</{tag}>"


def _list_pieces(items: list[str], ordered: bool = False) -> list[str]:
    """One list, as one piece per item so a long list can run on to the next slide; an
    ordered list keeps its numbering across slides."""
    if not ordered:
        return [_list_html([item]) for item in items]
    return [f'<ol start="{n}"><li>{_inline(item)}</li></ol>' for n, item in
            enumerate(items, 1)]


def _split_sections(blocks: list[Block]) -> tuple[str, list[Block], list[tuple[str, list[Block]]]]:
    """The H1 title, the blocks before the first H2 after it, and each H2 with its blocks."""
    title = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), "")
    if not title:
        raise SlidesError("it has no title (a markdown heading starting with '# ')")
    head: list[Block] = []
    sections: list[tuple[str, list[Block]]] = []
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            continue
        if b.kind == "heading" and b.level == 2:
            sections.append((b.text, []))
        elif sections:
            sections[-1][1].append(b)
        else:
            head.append(b)
    return title, head, sections


def _support(blocks: list[Block]) -> tuple[str, list[str]] | None:
    """The support list in `blocks` (the list that names Samaritans) and the line before it."""
    for i, b in enumerate(blocks):
        if b.kind == "list" and "Samaritans" in b.text:
            intro = blocks[i - 1].text if i and blocks[i - 1].kind == "para" else ""
            return intro, b.items
    return None


def _support_slide(title: str, intro: str, items: list[str]) -> Slide:
    body = f"<h2>{html.escape(title)}</h2>"
    if intro:
        body += f"<p>{_inline(intro)}</p>"
    body += _list_html(items, cls="support")
    return Slide("support", body, "dense")


def _short(b: Block) -> bool:
    return (b.kind == "list" and len(b.items) <= 6 and all(len(i) <= 220 for i in b.items)
            and not CODE_TALK.search(b.text))


def _drop_pointer(text: str) -> str:
    """Drop a closing sentence that introduces something the slide does not show (a table
    or an output: "The table has figures for what reached the police:")."""
    if not text.rstrip().endswith(":"):
        return text
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z*\"“(])", text.strip())
    return " ".join(parts[:-1])


def _section_slides(name: str, blocks: list[Block], glossary: frozenset[str]) -> list[Slide]:
    lead = None
    short_list = None
    subsections: list[list] = []  # [heading, about code?]
    terms: list[str] = []
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.level >= 3:
            if b.level == 3:
                subsections.append([b.text, None])
            continue
        if b.kind not in ("para", "list"):
            continue
        talk = bool(CODE_TALK.search(b.text))
        if subsections and subsections[-1][1] is None:
            subsections[-1][1] = talk
        if talk:
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.kind == "para" and lead is None and not subsections:
            text = _first_sentences(b.text)
            if text.rstrip().endswith(":") and text == b.text and following is not None \
                    and _short(following) and short_list is None:
                lead, short_list = text, following  # "Two kinds of information:" + its list
            else:
                lead = _drop_pointer(text)  # "" if it was all about a table: no lead
        if b.kind == "list" and short_list is None and _short(b):
            short_list = b
        for part in (b.items if b.kind == "list" else [b.text]):
            terms += _bold_terms(part.strip(), glossary)
    pieces = []
    shown = ""
    if lead:
        pieces.append(f'<p class="lead">{_inline(lead)}</p>')
        shown += _plain(lead)
    if short_list is not None:
        items = [_drop_pointer(i) or i for i in short_list.items]
        pieces += _list_pieces(items, short_list.ordered)
        shown += _plain(short_list.text)
    subs = [s for s, talk in subsections if not talk and not s.lower().startswith("part ")]
    if subs:
        pieces.append('<p class="subs-label">In this section:</p>'
                      + _list_html(subs, cls="subs"))
    seen, unique = {_plain(name).lower()}, []
    for t in terms:
        if t.lower() not in seen and t.lower() not in shown.lower():
            seen.add(t.lower())
            unique.append(t)
    if unique:
        pieces.append('<p class="terms"><strong>Key terms:</strong> '
                      + html.escape("; ".join(unique[:8])) + "</p>")
    if not pieces:  # a section that is mostly a table or worked steps still gets its slide
        pieces = ['<p class="note">This section works through its material in the '
                  "notebook.</p>"]
    return _paginate(name, pieces, kind="section")


def _prompt_slide(pid: str, prompts) -> Slide:
    try:
        p = prompts[pid]
    except KeyError:
        raise SlidesError(f"its discussion prompt {pid!r} is not defined in any "
                          "content/lessonNN.yaml file") from None
    title = p.title or "Discussion"
    body = f"<h2>Discussion: {html.escape(title)}</h2>"
    if p.context:
        body += f'<p class="context">{_inline(p.context)}</p>'
    body += f'<p class="question">{_inline(p.question)}</p>'
    label = "Your view, on a scale:" if p.kind == "scale" else "The options:"
    cls = "options scale" if p.kind == "scale" else "options"
    body += f'<p class="options-label">{label}</p>' + _list_html(list(p.options),
                                                                   ordered=p.kind == "scale",
                                                                   cls=cls)
    body += ('<p class="note">Save your view and your reason in the notebook, where the '
             "prompt then sets out the strongest case on each side.</p>")
    density = "dense" if len(_plain(p.context + p.question)) > 500 else "normal"
    return Slide("prompt", body, density)


def deck_for(path: Path, prompts, glossary: frozenset[str] = frozenset()) -> Deck:
    """The deck for one lesson notebook. `prompts` maps a prompt id to its Prompt;
    `glossary` is the words of the glossary's terms (see `glossary_words`)."""
    import json

    path = Path(path)
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SlidesError(f"{path}: could not read it as a notebook ({exc})") from None
    try:
        return _deck(path, nb, prompts, glossary)
    except SlidesError as exc:
        raise SlidesError(f"{path.name}: {exc}") from None


def _deck(path: Path, nb: dict, prompts, glossary: frozenset[str]) -> Deck:
    blocks = _notebook_blocks(nb)
    title, head, sections = _split_sections(blocks)
    note_blocks = head + next((bs for name, bs in sections if name.lower() == "content note"), [])
    opening = _support(note_blocks)
    closing_section = next((bs for name, bs in sections if name.lower() == "support"), [])
    closing = _support(closing_section) or opening
    if opening is None or closing is None:
        raise SlidesError("it has no support list (the list naming Samaritans) in its "
                          "content note and its Support section")
    # the content note: the paragraphs before the support list, less the line introducing it
    note = []
    for b in note_blocks:
        if b.kind == "list":
            break
        if b.kind == "para":
            note.append(b.text)
    if note and note[-1].rstrip().endswith(":"):
        note.pop()
    if note:  # the slide has its own "Content note" heading
        note[0] = re.sub(r"^\*\*Content note\.?\*\*\s*", "", note[0])
    first_support = opening[1][0]
    signpost = (f'<p class="signpost"><strong>Support:</strong> {_inline(first_support)} '
                "Every service is listed on the next slide and on the last one.</p>")
    kicker = ('<p class="kicker">Online Safety Policy Lab · slides for the lesson '
              f"<span class=\"file\">{html.escape(path.name)}</span></p>")
    first_heading = f"{kicker}<h1>{html.escape(_plain(title))}</h1>{signpost}"
    pieces = [("<h2 class=\"note-heading\">Content note</h2>" if i == 0 else "")
              + f"<p>{_inline(p)}</p>" for i, p in enumerate(note)]
    slides = _paginate("Content note", pieces, kind="title", density="dense",
                       first_heading=first_heading, first_extra=6.0)
    slides.append(_support_slide("Where to get support", *opening))

    figures: list[bytes] = []
    key_points: list[str] = []
    for name, bs in sections:
        low = name.lower()
        if low == "learning outcomes":
            outcome = next((b for b in bs if b.kind == "list"), None)
            if outcome is not None:
                intro = next((b.text for b in bs if b.kind == "para"), "")
                pieces = ([f"<p>{_inline(intro)}</p>"] if intro.endswith(":") else [])
                slides += _paginate("Learning outcomes",
                                    pieces + _list_pieces(outcome.items, outcome.ordered),
                                    kind="outcomes")
            continue
        if low == "key points":
            for b in bs:
                if b.kind == "list":
                    key_points += b.items
            continue
        if low not in NO_SECTION_SLIDE:
            slides += _section_slides(name, bs, glossary)
        for b in bs:
            if b.kind == "figure":
                figures.append(b.png)
                slides += _figure_slides(name, b, len(figures), path.stem)
            elif b.kind == "prompt":
                slides.append(_prompt_slide(b.text, prompts))
    if key_points:
        slides += _paginate("Key points", _list_pieces(key_points), kind="keypoints")
    slides.append(_support_slide("Support", *closing))
    return Deck(path, _plain(title), slides, figures)


FIGURE_TEXT = 420  # characters of caption and source line that fit under a figure


def _figure_slides(section: str, b: Block, n: int, stem: str) -> list[Slide]:
    """The figure, its caption (the alt text, shown too) and its source line; a source line
    too long to fit goes on a slide of its own after it."""
    if not b.alt:
        raise SlidesError(f"figure {n} (in '{section}') has no caption to use as its alt text")
    heading = html.escape(_plain(section))
    alt = html.escape(b.alt, quote=True)
    apart = len(b.alt) + len(b.source) > FIGURE_TEXT
    if not b.source:
        source = ""
    elif apart:
        source = '<br><span class="source">Sources: on the next slide.</span>'
    else:
        source = f'<br><span class="source">{html.escape(b.source)}</span>'
    body = (f"<h2>{heading} (figure)</h2>"
            f'<figure><img src="figures/{stem}-{n}.png" alt="{alt}">'
            f'<figcaption><span aria-hidden="true">{html.escape(b.alt)}</span>'
            f"{source}</figcaption></figure>")
    slides = [Slide("figure", body)]
    if b.source and apart:
        names = re.sub(r"^Sources?:\s*", "", b.source).split("; ")
        slides += _paginate(f"{_plain(section)} (figure sources)",
                            [f"<ul><li>{html.escape(name)}</li></ul>" for name in names],
                            kind="figure-source", density="dense")
    return slides


# ---------------------------------------------------------------- HTML


REVEAL_CONFIG = (
    "{hash: true, slideNumber: 'c/t', controls: true, progress: true, center: false,"
    " transition: 'none', backgroundTransition: 'none', width: 1280, height: 720,"
    " margin: 0.03, pdfMaxPagesPerSlide: 1, pdfSeparateFragments: false}"
)


def _deck_html(deck: Deck) -> str:
    sections = []
    for i, slide in enumerate(deck.slides, 1):
        classes = f"slide-{slide.kind}" + (" dense" if slide.density == "dense" else "")
        sections.append(f'<section class="{classes}" id="slide-{i}">{slide.body}</section>')
    title = html.escape(deck.title)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Slides: {title}</title>"
        '<link rel="stylesheet" href="assets/reveal.css">'
        '<link rel="stylesheet" href="assets/slides.css">'
        "</head><body>"
        f'<div class="reveal" aria-label="Slides: {title}"><div class="slides">\n'
        + "\n".join(sections)
        + "\n</div></div>"
        '<script src="assets/reveal.js"></script>'
        f"<script>Reveal.initialize({REVEAL_CONFIG});</script>"
        "</body></html>\n"
    )


def _index_html(decks: list[Deck]) -> str:
    rows = "".join(
        f'<li><a href="{html.escape(d.stem)}.html">{html.escape(d.title)}</a> '
        f"({len(d.slides)} slides; "
        f'<a href="{html.escape(d.stem)}.html?print-pdf">print version</a>)</li>'
        for d in decks)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Slides: Online Safety Policy Lab</title>"
        '<link rel="stylesheet" href="assets/slides.css"></head>'
        '<body class="slides-index"><main>'
        "<h1>Slides: Online Safety Policy Lab</h1>"
        "<p>One deck for each lesson: its content note, key points, figures and discussion "
        "questions, with the support list at the start and the end. The code and the model "
        "answers stay in the notebooks.</p>"
        f"<ul>{rows}</ul>"
        "<h2>Using a deck</h2><ul>"
        "<li>Right arrow, Page Down or Space: next slide. Left arrow or Page Up: back. "
        "Home and End: first and last slide. Esc: every slide at once (Esc again to "
        "close it).</li>"
        "<li>To print, or to save as PDF, open the print version and use the browser's "
        "Print command: one slide a page, landscape, with no margins and background "
        "graphics on.</li>"
        "<li>Everything is in this folder; no network is needed.</li></ul>"
        '<p>Made with reveal.js (MIT licence: see <a href="assets/LICENSE-reveal.js.txt">'
        "its licence</a>).</p>"
        "</main></body></html>\n"
    )


# ---------------------------------------------------------------- building


@contextlib.contextmanager
def _content_from(root: Path):
    """Read discussion prompts from the pack at `root` while building."""
    from . import content

    folder = Path(root) / "content"
    old = os.environ.get(content.ENV_VAR)
    if (folder / "schema.json").is_file():
        os.environ[content.ENV_VAR] = str(folder)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(content.ENV_VAR, None)
        else:
            os.environ[content.ENV_VAR] = old


class _Prompts:
    """Prompts by id, looked up only when a deck asks for one."""

    def __getitem__(self, pid: str):
        from .content import ContentError
        from .prompt_bank import PROMPTS

        try:
            return PROMPTS[pid]
        except ContentError as exc:
            raise SlidesError(f"the content files could not be read: {exc}") from None


def build(root: Path, out: Path, notebooks: list[Path] | None = None, *,
          log=print) -> list[Deck]:
    """Write a deck for each lesson (all of notebooks/ unless `notebooks` is given) into
    `out`, with an index page; returns the decks. `out` is replaced only if it is new, empty
    or a folder of slides this command built (see `policylab.outdir`)."""
    from . import outdir

    root, out = Path(root), Path(out)
    outdir.check_target(out, root=root, purpose="slides")
    paths = [Path(p) for p in notebooks] if notebooks else sorted(
        (root / "notebooks").glob("*.ipynb"))
    if not paths:
        raise SlidesError(f"no lesson notebooks found in {root / 'notebooks'}")
    for p in paths:
        if p.suffix != ".ipynb" or not p.is_file():
            raise SlidesError(f"{p} is not a notebook")
    with _content_from(root):
        glossary = glossary_words(root)
        decks = [deck_for(p, _Prompts(), glossary) for p in paths]
    with outdir.replacing(out, root=root, purpose="slides") as staging:
        assets = staging / "assets"
        assets.mkdir()
        reveal = TEMPLATE_DIR / "reveal.js"
        for name in REVEAL_FILES:
            shutil.copyfile(reveal / name, assets / name)
        shutil.copyfile(reveal / "LICENSE", assets / "LICENSE-reveal.js.txt")
        shutil.copyfile(TEMPLATE_DIR / "slides.css", assets / "slides.css")
        (staging / "figures").mkdir()
        for deck in decks:
            for n, png in enumerate(deck.figures, 1):
                (staging / "figures" / f"{deck.stem}-{n}.png").write_bytes(png)
            (staging / f"{deck.stem}.html").write_text(_deck_html(deck), encoding="utf-8")
            log(f"slides {deck.stem}.html: {len(deck.slides)} slides, "
                f"{len(deck.figures)} figure(s)")
        (staging / "index.html").write_text(_index_html(decks), encoding="utf-8")
    return decks


def main(argv: list[str]) -> int:
    """``policylab slides [--out _slides] [NOTEBOOK ...]``"""
    import argparse

    from . import outdir

    parser = argparse.ArgumentParser(
        prog="policylab slides",
        description="Build a slide deck for each lesson from its stored notebook: content "
                    "note, key points, figures and discussion questions, no code and no model "
                    "answers. Works offline; open OUT/index.html in a browser.")
    parser.add_argument("notebooks", nargs="*", type=Path, metavar="NOTEBOOK",
                        help="lesson notebooks to make decks of (default: every notebook in "
                             "notebooks/)")
    parser.add_argument("--out", type=Path, default=Path("_slides"),
                        help="folder for the decks (default: _slides); replaced only if "
                             "this command made it")
    parser.add_argument("--root", type=Path, default=Path.cwd(),
                        help="the pack's folder (default: the current folder)")
    args = parser.parse_args(argv)
    try:
        decks = build(args.root, args.out, args.notebooks)
    except SlidesError as exc:
        print(f"policylab slides: {exc}", file=sys.stderr)
        return 1
    except outdir.UnsafeOutputError as exc:
        print(f"policylab slides: {exc}", file=sys.stderr)
        return 2
    print(f"built {len(decks)} deck(s) in {args.out}; open {args.out / 'index.html'}")
    return 0
