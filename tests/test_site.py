"""The static site: built offline, every page loads cleanly in a real browser.

The browser part needs Debian's Chromium, like tests/test_browser.py: skipped with a message
on a machine without it, failing instead when CI=true. Every page is checked with axe-core
(vendored in tests/vendor, injected from disk) at a phone's width (320 CSS pixels, WCAG 2.2
reflow), and one lesson is checked as the browser prints it.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from policylab import site

from . import axe
from .conftest import ROOT
from .test_browser import CHROMIUM, CHROMIUM_ARGS, _need_browser

ARTIFACTS = ROOT / "test-artifacts" / "site"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "_site"
    pages = site.build(ROOT, out, execute=False, log=lambda *_: None)
    return out, pages


def test_every_lesson_exercise_and_guide_has_a_page(built):
    out, pages = built
    outs = {p.out for p in pages}
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        assert f"notebooks/{nb.stem}.html" in outs
    for nb in sorted((ROOT / "exercises").glob("*.ipynb")):
        assert f"exercises/{nb.stem}.html" in outs
    assert {"index.html", "data.html", "docs/deployment.html", "docs/glossary.html"} <= outs
    for p in pages:
        assert (out / p.out).stat().st_size > 500, p.out


def test_pages_load_nothing_from_the_network(built):
    out, _ = built
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        loads = re.findall(r'<(?:script|img|link|iframe)[^>]+(?:src|href)="(https?:)?//', text)
        assert not loads, f"{page.relative_to(out)} loads from the network"
        assert "url(http" not in text and "@import" not in text


def test_prompts_become_plain_text(built):
    out, _ = built
    text = (out / "notebooks" / "00-orientation.html").read_text(encoding="utf-8")
    assert "application/vnd.jupyter.widget-view+json" not in text
    assert "To answer without the widget: pl.answer(" in text


def test_a_failing_notebook_stops_the_build_naming_it_and_the_cell(tmp_path):
    (tmp_path / "README.md").write_text("# Pack\n")
    (tmp_path / "notebooks").mkdir()
    nb = new_notebook(cells=[new_markdown_cell("# Broken"), new_code_cell("x = 1"),
                             new_code_cell("1 / 0")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, tmp_path / "notebooks" / "09-broken.ipynb")
    with pytest.raises(site.SiteError, match=r"notebooks/09-broken.ipynb: cell 3 failed to run"
                                             r".*ZeroDivisionError"):
        site.build(tmp_path, tmp_path / "_site", log=lambda *_: None)
    assert not (tmp_path / "_site").exists(), "a failed build leaves no half-built site"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _check_page(page, base: str, entry, out: Path) -> list[str]:
    """Load one page; return what is wrong with it, each naming the page."""
    where, problems, errors = entry.out, [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base + entry.out, wait_until="load")
    problems += [f"{where}: console error: {e}" for e in errors]
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))")
    for href in hrefs:
        if re.match(r"[a-z]+:", href) or href.startswith("#"):
            continue
        target = unquote(urlparse(urljoin(base + entry.out, href)).path).lstrip("/")
        if not (out / target).is_file():
            problems.append(f"{where}: broken link to {href} (no page {target})")
    alts = page.eval_on_selector_all("img", "els => els.map(i => i.getAttribute('alt') || '')")
    problems += [f"{where}: an image without alt text" for a in alts
                 if not a.strip() or a.startswith("No description")]
    levels = page.eval_on_selector_all(
        "main h1, main h2, main h3, main h4, main h5, main h6",
        "els => els.map(h => Number(h.tagName[1]))")
    if levels.count(1) != 1:
        problems.append(f"{where}: {levels.count(1)} h1 headings")
    for a, b in zip(levels, levels[1:], strict=False):
        if b > a + 1:
            problems.append(f"{where}: heading jumps from h{a} to h{b}")
            break
    lang = page.evaluate("() => document.documentElement.lang")
    if lang != "en-GB":
        problems.append(f"{where}: declares language {lang!r}, not en-GB like the other pages")
    wider = page.evaluate("() => document.documentElement.scrollWidth"
                          " - document.documentElement.clientWidth")
    if wider > 0:
        problems.append(f"{where}: {wider} px wider than a {page.viewport_size['width']} px screen")
    split = page.eval_on_selector_all(  # a label on more than one line of text
        "nav a", """els => els.filter(a => { const r = document.createRange();
            r.selectNodeContents(a);
            return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1; })
          .map(a => a.textContent)""")
    problems += [f"{where}: the navigation label {text!r} is split over two lines" for text in split]
    problems += [f"{where}: axe-core: {v}" for v in axe.violations(page)]
    return problems


def test_every_page_in_a_real_browser(built):
    _need_browser()
    from playwright.sync_api import sync_playwright

    out, pages = built
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    problems, outside = [], []
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    ARTIFACTS.mkdir(parents=True)

    def guard(route):
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for entry in pages:
                # a phone's width: WCAG 2.2 reflow (1.4.10) asks for no sideways scrolling
                page = browser.new_page(viewport={"width": 320, "height": 800})
                page.route("**/*", guard)
                problems += _check_page(page, base, entry, out)
                if entry.out in ("index.html", "notebooks/01-the-release.html"):
                    page.set_viewport_size({"width": 1200, "height": 900})
                    name = entry.out.replace("/", "-").replace(".html", ".png")
                    page.screenshot(path=str(ARTIFACTS / name))
                page.close()
            browser.close()
    finally:
        server.shutdown()
    assert not outside, f"requests left the machine: {sorted(set(outside))[:5]}"
    assert not problems, "\n".join(problems[:30])
    assert len(list(ARTIFACTS.glob("*.png"))) == 2


PRINTED_JS = """() => {
    const shown = el => el.offsetParent !== null;
    const width = document.querySelector('main').clientWidth;
    const titled = document.querySelector('main a[href^="http"]:not([data-bare])');
    const bare = document.querySelector('main a[data-bare]');
    const after = a => a && getComputedStyle(a, '::after').content;
    return {
        prompts: [...document.querySelectorAll('.jp-InputPrompt, .jp-OutputPrompt')]
            .filter(shown).length,
        nav: [...document.querySelectorAll('nav, footer')].filter(shown).length,
        linkColours: [...new Set([...document.querySelectorAll('main a')]
            .map(a => getComputedStyle(a).color))],
        titledAfter: after(titled), titledHref: titled && titled.getAttribute('href'),
        bareAfter: after(bare), bareIsAddress: bare && bare.textContent === bare.href,
        tooWide: [...document.querySelectorAll('main pre, main table, main img')]
            .filter(el => el.getBoundingClientRect().width > width + 1)
            .map(el => el.tagName + ': ' + el.textContent.slice(0, 60)),
        figures: [...document.querySelectorAll('main img')].map(i => i.getAttribute('alt') || ''),
    };
}"""


def test_a_lesson_prints_as_a_handout(built):
    """As printed: no In [n]: prompts or navigation, black links that show their address
    (once), code and tables inside the page's width, and the figures with their alt text."""
    _need_browser()
    from playwright.sync_api import sync_playwright

    out, _ = built
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 700, "height": 1000})
        page.emulate_media(media="print")
        page.goto((out / "notebooks" / "03-reports-are-not-prevalence.html").as_uri())
        lesson = page.evaluate(PRINTED_JS)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.pdf(path=str(ARTIFACTS / "lesson-03-print.pdf"), format="A4",
                 margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"})
        page.goto((out / "data.html").as_uri())
        data = page.evaluate(PRINTED_JS)
        browser.close()
    for seen in (lesson, data):
        assert seen["prompts"] == 0 and seen["nav"] == 0
        assert seen["linkColours"] == ["rgb(0, 0, 0)"]
        assert not seen["tooWide"], seen["tooWide"]
    assert lesson["bareIsAddress"] and lesson["bareAfter"] == "none", "no address twice"
    assert data["titledHref"] and data["titledHref"] in data["titledAfter"], (
        "a printed link shows its address")
    assert lesson["figures"] and all(len(alt.split()) >= 5 for alt in lesson["figures"])
    assert (ARTIFACTS / "lesson-03-print.pdf").read_bytes()[:5] == b"%PDF-"


def test_an_exercise_shows_the_chart_it_asks_about(built):
    """The student copy stores no outputs; its "done for you" chart cells take the figure
    (and only the figure) the solution stores, so the site's copy shows the chart."""
    out, _ = built
    text = (out / "exercises" / "03-reports-are-not-prevalence.html").read_text(encoding="utf-8")
    assert text.count('class="policylab-figure"') == 1
    assert "Line chart with a logarithmic vertical axis" in text
    assert "policylab-check" not in text, "no self-check result of the solution comes with it"


def test_figure_captions_are_read_once(built):
    """The image's alt text is the caption; the visible copy under it is hidden from screen
    readers, and its source line is not."""
    out, _ = built
    text = (out / "notebooks" / "03-reports-are-not-prevalence.html").read_text(encoding="utf-8")
    alts = [re.search(r'\balt="([^"]*)"', tag).group(1)
            for tag in re.findall(r"<img [^>]*>", text) if "data:image/png;base64," in tag]
    hidden = re.findall(r'<span aria-hidden="true"><strong>Figure.</strong> ([^<]+)</span>', text)
    assert alts and alts == hidden
    after = text.split(f'<span aria-hidden="true"><strong>Figure.</strong> {hidden[0]}</span>')[1]
    assert re.match(r'<br/?><span class="policylab-source"[^>]*>Source: ', after), after[:200]
