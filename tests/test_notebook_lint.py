"""Notebook lint: every lesson and exercise follows the anatomy in docs/authoring.md."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT, notebooks, read_nb

LESSONS = notebooks("notebooks") + notebooks("solutions") + notebooks("exercises")
ALL = LESSONS + notebooks("lecturer")  # the lecturer's notebooks follow the general rules
WITH_OUTPUTS = notebooks("notebooks") + notebooks("solutions") + notebooks("lecturer")
IDS = [str(p.relative_to(ROOT)) for p in ALL]
LESSON_IDS = [str(p.relative_to(ROOT)) for p in LESSONS]

# What the support block must name, at the start and at the end of every notebook: the content
# guide's list, checked against each service's own site on the date in docs/safeguarding.md.
SIGNPOSTS = {
    "Samaritans": r"Samaritans\*{0,2} 116 123",
    "NAPAC": r"NAPAC\*{0,2} 0808 801 0331",
    "Rape Crisis England and Wales": r"Rape Crisis England and Wales\*{0,2} 0808 500 2222",
    "Rape Crisis Scotland": r"Rape Crisis Scotland\*{0,2} 08088 01 03 02",
    "Report Remove": r"Report Remove\*{0,2} \(Childline and the Internet Watch Foundation",
    "Stop It Now": r"0808 1000 900",
    "NSPCC helpline": r"0808 800 5000",
    "Childline": r"0800 1111",
    "Internet Watch Foundation": r"iwf\.org\.uk/report",
    "CEOP": r"ceop\.police\.uk",
    "emergency": r"\b999\b",
    "university wellbeing": r"[Ww]ellbeing",
}
NETWORK = re.compile(
    r"https?://|\bimport\s+(requests|urllib|http|socket|httpx|aiohttp)\b|"
    r"\bfrom\s+(requests|urllib|http|socket|httpx)\b|urlopen|read_(csv|json|html)\(\s*['\"]http"
)


def src(cell) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def test_the_pack_has_lessons_and_exercises():
    assert (ROOT / "notebooks" / "00-orientation.ipynb").exists()
    assert notebooks("solutions"), "no exercises yet"
    names = {p.name for p in notebooks("solutions")}
    assert names == {p.name for p in notebooks("exercises")}
    assert names <= {p.name for p in notebooks("notebooks")}, "each exercise mirrors a lesson"


@pytest.mark.parametrize("path", ALL, ids=IDS)
def test_kernel_and_format(path):
    nb = read_nb(path)
    assert nb["nbformat"] == 4
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert nb["metadata"]["kernelspec"]["language"] == "python"


@pytest.mark.parametrize("path", ALL, ids=IDS)
def test_one_h1_and_headings_in_order(path):
    cells = read_nb(path)["cells"]
    assert cells[0]["cell_type"] == "markdown" and src(cells[0]).lstrip().startswith("# ")
    levels = []
    for cell in cells:
        if cell["cell_type"] != "markdown":
            continue
        in_code = False
        for line in src(cell).splitlines():
            if line.startswith("```"):
                in_code = not in_code
            m = re.match(r"(#{1,6}) ", line)
            if m and not in_code:
                levels.append(len(m.group(1)))
    assert levels.count(1) == 1, "exactly one H1"
    for prev, cur in zip(levels, levels[1:], strict=False):
        assert cur <= prev + 1, f"heading jumps from level {prev} to {cur}"


@pytest.mark.parametrize("path", ALL, ids=IDS)
def test_content_note_and_signposting_at_start_and_end(path):
    cells = read_nb(path)["cells"]
    first, last = src(cells[0]), src(cells[-1])
    assert re.search(r"content note", first, re.I), "the first cell opens with a content note"
    assert re.search(r"no\s+images", first, re.I), "the content note says no images are used"
    assert re.search(r"skip|pause", first, re.I), "the content note says how to pause or skip"
    assert cells[-1]["cell_type"] == "markdown" and "## Support" in last
    for name, pattern in SIGNPOSTS.items():
        assert re.search(pattern, first), f"{name} missing from the opening support block"
        assert re.search(pattern, last), f"{name} missing from the closing support block"


@pytest.mark.parametrize("path", LESSONS, ids=LESSON_IDS)
def test_outcomes_time_data_key_points_references(path):
    text = "\n".join(src(c) for c in read_nb(path)["cells"] if c["cell_type"] == "markdown")
    for heading in ("## Learning outcomes", "## Time needed", "## Data used", "## Key points",
                    "## References"):
        assert heading in text, f"no '{heading}' section"
    outcomes = text.split("## Learning outcomes", 1)[1].split("\n## ", 1)[0]
    bullets = [ln for ln in outcomes.splitlines() if re.match(r"\s*(-|\d+\.)\s", ln)]
    assert 3 <= len(bullets) <= 6, "3 to 5 learning outcomes (a lead-in bullet allowed)"
    assert re.search(r"\d+\s*min", text.split("## Time needed", 1)[1][:400]), "time in minutes"


@pytest.mark.parametrize("path", LESSONS, ids=LESSON_IDS)
def test_setup_cell_imports_the_package_and_nothing_else(path):
    code = [c for c in read_nb(path)["cells"] if c["cell_type"] == "code"]
    assert code, "a notebook with no code"
    lines = [ln for ln in src(code[0]).splitlines() if ln.strip() and not ln.startswith("#")]
    assert "import policylab as pl" in lines
    assert all(ln.startswith(("import ", "from ")) for ln in lines), "setup cell: imports only"


@pytest.mark.parametrize("path", ALL, ids=IDS)
def test_no_network_and_no_forbidden_terms(path):
    for i, cell in enumerate(read_nb(path)["cells"]):
        text = src(cell)
        if cell["cell_type"] == "code":
            assert not NETWORK.search(text), f"cell {i + 1} reaches for the network"
        for line in text.splitlines():
            if re.search(r"child pornography", line, re.I):
                assert re.search(r"[\"“'‘].*child pornography.*[\"”'’]", line, re.I), (
                    f"cell {i + 1}: say CSAM or IIOC; quote the term only as someone else's words"
                )


@pytest.mark.parametrize("path", WITH_OUTPUTS, ids=[str(p.relative_to(ROOT)) for p in WITH_OUTPUTS])
def test_stored_outputs_are_complete_clean_and_captioned(path):
    for i, cell in enumerate(read_nb(path)["cells"]):
        if cell["cell_type"] != "code" or not src(cell).strip():
            continue
        where = f"cell {i + 1}"
        assert cell["execution_count"] is not None, f"{where} has no stored run: `make outputs`"
        outputs = cell["outputs"]
        for k, out in enumerate(outputs):
            assert out["output_type"] != "error", f"{where} stores an error"
            assert out.get("name") != "stderr", f"{where} stores a warning on stderr"
            text = "".join(out.get("text", "")) + "".join(out.get("data", {}).get("text/plain", ""))
            assert "/work/" not in text and "/home/" not in text, f"{where}: an absolute path"
            data = out.get("data", {})
            if "image/png" in data or "<img" in "".join(data.get("text/html", "")):
                # pl.show: an HTML <img> with the caption as alt text (JupyterLab shows a
                # bare image/png output with no alt text)
                alt = re.search(r'<img [^>]*\balt="([^"]*)"', "".join(data.get("text/html", "")))
                assert alt and len(alt.group(1).split()) >= 5, (
                    f"{where}: a figure without a caption as alt text (pl.show)")
                nxt = outputs[k + 1] if k + 1 < len(outputs) else {}
                assert nxt.get("metadata", {}).get("policylab", {}).get("caption"), (
                    f"{where}: the caption is not shown under the figure"
                )
                shown = "".join(nxt.get("data", {}).get("text/plain", ""))
                assert "\nSource: " in shown, f"{where}: the figure has no source line"


@pytest.mark.parametrize("path", notebooks("exercises"), ids=lambda p: p.name)
def test_exercises_store_no_outputs(path):
    for cell in read_nb(path)["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
