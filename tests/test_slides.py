"""Slide decks (`policylab slides`, `make slides`): one per lesson, offline, no code and no
model answers, the support list at both ends, and a real browser that steps through one.

The browser part needs Debian's Chromium, like tests/test_browser.py: skipped with a message
on a machine without it, failing instead when CI=true.
"""

from __future__ import annotations

import html
import json
import re
import shutil

import pytest
import yaml

from policylab import cli, slides

from . import axe
from .conftest import ROOT, notebooks, read_nb
from .test_browser import CHROMIUM, CHROMIUM_ARGS, _need_browser
from .test_notebook_lint import SIGNPOSTS

ARTIFACTS = ROOT / "test-artifacts" / "slides"
LESSONS = notebooks("notebooks")
DECK = "03-reports-are-not-prevalence"  # the deck the browser opens: it has figures and a prompt


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("slides") / "_slides"
    decks = slides.build(ROOT, out, log=lambda *_: None)
    return out, {d.stem: d for d in decks}


def _source(cell) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def _text(page: str) -> str:
    """What a reader sees: tags removed, entities decoded, spaces collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[*_`]", "", text)).strip()


def _slides_of(page: str) -> list[str]:
    return re.findall(r"<section\b[^>]*>(.*?)</section>", page, flags=re.S)


def test_a_deck_for_every_lesson_with_its_title_and_every_figure(built):
    out, decks = built
    assert len(LESSONS) >= 10 and set(decks) == {p.stem for p in LESSONS}
    index = (out / "index.html").read_text(encoding="utf-8")
    for path in LESSONS:
        page = (out / f"{path.stem}.html").read_text(encoding="utf-8")
        nb = read_nb(path)
        h1 = next(line[2:].strip() for c in nb["cells"] if c["cell_type"] == "markdown"
                  for line in _source(c).splitlines() if line.startswith("# "))
        assert re.findall(r"<h1>(.*?)</h1>", page) == [html.escape(h1)], path.name
        stored = sum(json.dumps(o).count("data:image/png;base64,") + ("image/png" in o.get(
            "data", {})) for c in nb["cells"] for o in c.get("outputs", []))
        imgs = re.findall(r'<img src="(figures/[^"]+)"', page)
        assert len(imgs) == stored, f"{path.name}: {len(imgs)} figures on slides, {stored} stored"
        for src in imgs:
            assert (out / src).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", src
        assert f'href="{path.stem}.html"' in index


def test_every_discussion_prompt_is_shown_with_its_options_but_not_its_reveal(built):
    out, _ = built
    prompts = {p["id"]: p for f in sorted((ROOT / "content").glob("lesson*.yaml"))
               for p in yaml.safe_load(f.read_text(encoding="utf-8")).get("prompts", [])}
    shown = 0
    for path in LESSONS:
        text = _text((out / f"{path.stem}.html").read_text(encoding="utf-8"))
        ids = [m for c in read_nb(path)["cells"] if c["cell_type"] == "code"
               for m in re.findall(r"""pl\.prompt\(\s*["']([^"']+)""", _source(c))]
        for pid in ids:
            p = prompts[pid]
            assert _norm(p["question"]) in text, f"{path.name}: {pid}"
            for option in p.get("options", ["Strongly disagree", "Strongly agree"]):
                assert _norm(option) in text, f"{path.name}: {pid}: option {option!r}"
            shown += 1
    assert shown >= 10


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;:])\s+", _norm(text))
    return [s for s in parts if len(s) >= 40]


def test_no_model_answer_criteria_or_reveal_appears(built):
    """Nothing that the notebooks reveal only after an attempt: every sentence of every
    model answer, criterion, explanation and prompt reveal in content/, and every solution
    block of solutions/, is checked against every deck."""
    out, _ = built
    hidden: list[str] = []
    for f in sorted((ROOT / "content").glob("lesson*.yaml")):
        doc = yaml.safe_load(f.read_text(encoding="utf-8"))
        for q in doc.get("questions", []):
            for key in ("model_answer", "explanation"):
                hidden += _sentences(str(q.get(key, "")))
            for criterion in q.get("criteria", []):
                hidden += _sentences(str(criterion)) or [_norm(str(criterion))]
        for p in doc.get("prompts", []):
            hidden += _sentences(p.get("reveal", ""))
    for path in notebooks("solutions"):
        for cell in read_nb(path)["cells"]:
            for block in re.findall(r"BEGIN SOLUTION(.*?)END SOLUTION", _source(cell), re.S):
                hidden += _sentences(re.sub(r"<!--|-->|#+", " ", block))
    hidden = [h for h in hidden if len(h) >= 25]
    assert len(hidden) > 200, "the check found the model answers to look for"
    for path in LESSONS:
        text = _text((out / f"{path.stem}.html").read_text(encoding="utf-8"))
        leaks = [h for h in hidden if h in text]
        assert not leaks, f"{path.name} shows model-answer text: {leaks[:3]}"


def test_no_code(built):
    out, _ = built
    for path in LESSONS:
        page = (out / f"{path.stem}.html").read_text(encoding="utf-8")
        body = page.split('<div class="slides">', 1)[1].split("</div></div>", 1)[0]
        assert not re.search(r"<(pre|code)\b", body), path.name
        text = _text(body)
        assert not re.search(r"\bpl\.\w+\(", text), path.name
        lines = {ln.strip() for c in read_nb(path)["cells"] if c["cell_type"] == "code"
                 for ln in _source(c).splitlines() if len(ln.strip()) >= 20}
        assert lines, path.name
        shown = [ln for ln in lines if ln in text]
        assert not shown, f"{path.name} shows code: {shown[:3]}"


def test_every_image_has_alt_text_and_every_page_a_language(built):
    out, _ = built
    for page_path in out.glob("*.html"):
        page = page_path.read_text(encoding="utf-8")
        assert '<html lang="en-GB">' in page, page_path.name
        for tag in re.findall(r"<img\b[^>]*>", page):
            alt = re.search(r'\balt="([^"]*)"', tag)
            assert alt and len(alt.group(1).split()) >= 5, f"{page_path.name}: {tag[:80]}"


def test_nothing_is_loaded_from_the_network(built):
    out, _ = built
    for page_path in out.glob("*.html"):
        page = page_path.read_text(encoding="utf-8")
        refs = re.findall(r'<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="([^"]+)"',
                          page)
        assert refs, page_path.name
        for ref in refs:
            assert not re.match(r"([a-z]+:)?//", ref), f"{page_path.name} loads {ref}"
            assert (out / ref.split("?")[0]).is_file(), f"{page_path.name}: {ref} is missing"
    for css in (out / "assets").glob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert "@import" not in text and not re.search(r"url\(\s*['\"]?(https?:)?//", text), css
    assert "MIT" in (out / "assets" / "LICENSE-reveal.js.txt").read_text(encoding="utf-8")


def test_the_support_list_opens_and_closes_every_deck(built):
    out, _ = built
    for path in LESSONS:
        sections = _slides_of((out / f"{path.stem}.html").read_text(encoding="utf-8"))
        title = _text(sections[0])
        assert "Samaritans 116 123" in title, f"{path.name}: no signpost on the title slide"
        opening = next(i for i, s in enumerate(sections) if "Where to get support" in s)
        assert all("Learning outcomes" not in s for s in sections[:opening]), path.name
        for where, slide in (("opening", sections[opening]), ("closing", sections[-1])):
            text = _text(slide)
            missing = [name for name, pattern in SIGNPOSTS.items()
                       if not re.search(pattern, text)]
            assert not missing, f"{path.name}: the {where} support slide lacks {missing}"


def test_the_command_builds_the_decks_asked_for_and_keeps_other_folders(tmp_path, capsys):
    out = tmp_path / "decks"
    lesson = ROOT / "notebooks" / f"{DECK}.ipynb"
    assert cli.main(["slides", "--root", str(ROOT), "--out", str(out), str(lesson)]) == 0
    assert sorted(p.name for p in out.glob("*.html")) == [f"{DECK}.html", "index.html"]
    assert "built 1 deck(s)" in capsys.readouterr().out
    assert cli.main(["slides", "--root", str(ROOT), "--out", str(out), str(lesson)]) == 0
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("mine\n")
    assert cli.main(["slides", "--root", str(ROOT), "--out", str(theirs)]) == 2
    assert "policylab did not make" in capsys.readouterr().err
    assert [p.name for p in theirs.iterdir()] == ["notes.txt"]
    assert cli.main(["slides", "--root", str(ROOT), "--out", str(tmp_path / "x"),
                     str(tmp_path / "nothing.ipynb")]) == 1
    assert "is not a notebook" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_a_notebook_without_a_support_list_is_refused_by_name(tmp_path):
    from nbformat import write
    from nbformat.v4 import new_markdown_cell, new_notebook

    bad = tmp_path / "05-no-support.ipynb"
    write(new_notebook(cells=[new_markdown_cell("# 05 · A lesson\n\nSome words.")]), bad)
    with pytest.raises(slides.SlidesError, match="05-no-support.ipynb: .*no support list"):
        slides.build(ROOT, tmp_path / "out", [bad], log=lambda *_: None)
    assert not (tmp_path / "out").exists()


STATE_JS = r"""() => {
    const current = Reveal.getCurrentSlide();
    const heading = current.querySelector('h1, h2');
    return {index: Reveal.getIndices().h, total: Reveal.getTotalSlides(),
            counter: document.querySelector('.slide-number').textContent.replace(/\s+/g, ''),
            heading: heading ? heading.textContent : '',
            visible: [...document.querySelectorAll('.slides > section')]
                .filter(s => getComputedStyle(s).display !== 'none'
                             && s.getAttribute('aria-hidden') !== 'true').length,
            overflow: current.scrollHeight - current.clientHeight};
}"""


def test_a_deck_in_a_real_browser_steps_by_keyboard_and_stays_offline(built):
    """Open a deck from disk, step through it with the keyboard, watch the counter and the
    visible slide change, check every slide fits and axe-core finds nothing serious on any
    slide or on the index, and check no request leaves the disk."""
    _need_browser()
    from playwright.sync_api import sync_playwright

    out, decks = built
    total = len(decks[DECK].slides)
    requests: list[str] = []
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    ARTIFACTS.mkdir(parents=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.on("request", lambda r: requests.append(r.url))
        page.route(re.compile(r"^https?://"), lambda route: route.abort())
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto((out / f"{DECK}.html").as_uri())
        page.wait_for_function("() => window.Reveal && Reveal.isReady()")
        seen = [page.evaluate(STATE_JS)]
        assert seen[0]["index"] == 0 and seen[0]["total"] == total
        assert seen[0]["counter"] == f"1/{total}"
        page.screenshot(path=str(ARTIFACTS / "title-slide.png"))
        problems = [f"slide 1: axe-core: {v}" for v in axe.violations(page)]
        for step in range(1, total):
            page.keyboard.press("ArrowRight" if step % 2 else "Space")
            page.wait_for_function(f"() => Reveal.getIndices().h === {step}")
            state = page.evaluate(STATE_JS)
            seen.append(state)
            problems += [f"slide {step + 1}: axe-core: {v}" for v in axe.violations(page)]
            if state["overflow"] > 2:
                problems.append(f"slide {step + 1} ({state['heading']}) runs "
                                f"{state['overflow']} px past the bottom")
            if "figure" in page.evaluate("() => Reveal.getCurrentSlide().className") and not (
                    ARTIFACTS / "figure-slide.png").exists():
                page.screenshot(path=str(ARTIFACTS / "figure-slide.png"))
        page.keyboard.press("ArrowLeft")
        page.wait_for_function(f"() => Reveal.getIndices().h === {total - 2}")
        page.keyboard.press("Home")
        page.wait_for_function("() => Reveal.getIndices().h === 0")
        page.goto((out / "index.html").as_uri())
        problems += [f"index: axe-core: {v}" for v in axe.violations(page)]
        browser.close()
    assert not errors, errors
    assert [s["index"] for s in seen] == list(range(total))
    assert [s["counter"] for s in seen] == [f"{i}/{total}"
                                                               for i in range(1, total + 1)]
    assert all(s["visible"] == 1 for s in seen), "exactly one slide shows at a time"
    headings = [s["heading"] for s in seen]
    assert headings[0].startswith("03 ·") and headings[-1] == "Support"
    assert len(set(headings)) > total // 2, "the visible slide changes as the keys are pressed"
    assert not problems, "\n".join(problems)
    outside = [u for u in requests if not u.startswith(("file://", "data:"))]
    assert not outside, f"requests left the disk: {outside[:5]}"
    assert (ARTIFACTS / "figure-slide.png").exists()


FIT_JS = """() => { const found = [];
    for (let i = 0; i < Reveal.getTotalSlides(); i++) {
        Reveal.slide(i);
        const s = Reveal.getCurrentSlide();
        const over = s.scrollHeight - s.clientHeight;
        if (over > 2) found.push(`slide ${i + 1} (${s.querySelector('h1, h2').textContent}) `
                                 + `runs ${over} px past the bottom`);
    }
    return found; }"""


def test_every_slide_of_every_deck_fits_on_the_screen(built):
    """Text is split across slides by an estimate of its length; this checks the estimate
    against the browser's layout, slide by slide, in all ten decks."""
    _need_browser()
    from playwright.sync_api import sync_playwright

    out, _ = built
    problems = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        for path in LESSONS:
            page.goto((out / f"{path.stem}.html").as_uri())
            page.wait_for_function("() => window.Reveal && Reveal.isReady()")
            problems += [f"{path.stem}: {p}" for p in page.evaluate(FIT_JS)]
        browser.close()
    assert not problems, "\n".join(problems)


def test_a_deck_prints_one_slide_a_page(built):
    _need_browser()
    from playwright.sync_api import sync_playwright

    out, decks = built
    total = len(decks[DECK].slides)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = ARTIFACTS / f"{DECK}.pdf"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.goto((out / f"{DECK}.html").as_uri() + "?print-pdf")
        page.wait_for_function("() => window.Reveal && Reveal.isReady()")
        pages = page.evaluate("() => document.querySelectorAll('.pdf-page').length")
        page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
        browser.close()
    assert pages == total
    data = pdf.read_bytes()
    assert data[:5] == b"%PDF-"
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == total


def test_key_terms_are_terms_not_labels_or_emphasis():
    text = ("**At its strongest**, the claim holds. A **perceptual hash** differs from a "
            "**hash**: the **same** picture. **The strongest reply** is **metadata**.")
    assert slides._bold_terms(text, frozenset({"hash"})) == ["perceptual hash", "hash"]
    words = slides.glossary_words(ROOT)
    assert {"hash", "metadata", "prevalence"} <= words and "same" not in words


def test_a_typo_in_the_command_is_refused_and_nothing_is_written(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["slides", "--ot", "_slides"]) == 2
    assert "unrecognized arguments" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_every_main_section_has_a_slide(built):
    """Each ## section of a lesson gets a slide headed with its name, except the parts a
    deck carries in its own way (outcomes, key points, support) or leaves to the notebook."""
    out, _ = built
    for path in LESSONS:
        page = (out / f"{path.stem}.html").read_text(encoding="utf-8")
        headings = {html.unescape(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page)}
        sections = [line[3:].strip() for c in read_nb(path)["cells"]
                    if c["cell_type"] == "markdown" for line in _source(c).splitlines()
                    if line.startswith("## ")]
        missing = [s for s in sections if s.lower() not in slides.NO_SECTION_SLIDE
                   and _norm(s) not in headings]
        assert not missing, f"{path.name}: no slide for {missing}"
        assert "Learning outcomes" in headings and "Key points" in headings, path.name
