"""The lecturer guide agrees with the lessons it describes."""

from __future__ import annotations

from .conftest import ROOT, notebooks, read_nb
from .test_exercises import lesson_times

GUIDE = (ROOT / "docs" / "lecturer-guide.md").read_text(encoding="utf-8")


def test_every_lesson_is_in_the_guide_with_its_own_timing():
    for path in notebooks("notebooks"):
        teaching, exercise = lesson_times(path)
        row = next((ln for ln in GUIDE.splitlines() if f"(../notebooks/{path.name})" in ln), None)
        assert row is not None, f"the guide's lesson table lacks {path.name}"
        assert f"| {teaching} min | {exercise} min |" in row, f"{path.name}: timing differs"


def test_session_plans_add_up_to_their_slots():
    three = GUIDE.split("### Three 2-hour seminars", 1)[1].split("###", 1)[0]
    totals: dict[str, int] = {}
    for line in three.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 3 and cells[0].isdigit() and cells[1].isdigit():
            totals[cells[0]] = totals.get(cells[0], 0) + int(cells[1])
    assert totals == {"1": 120, "2": 120, "3": 120}
    six = GUIDE.split("### Six 1-hour classes", 1)[1].split("##", 1)[0]
    for line in six.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 4 and cells[0].isdigit():
            assert sum(int(x) for x in cells[1].split("+")) == 60, line


def test_the_guide_marks_with_lesson_09s_rubric():
    cells = read_nb(ROOT / "notebooks" / "09-capstone-policy-brief.ipynb")["cells"]
    source = next("".join(c["source"]) for c in cells if "### The rubric" in "".join(c["source"]))
    rubric = [ln for ln in source.splitlines() if ln.startswith("|")]
    assert len(rubric) >= 7
    for line in rubric:
        assert line in GUIDE, f"the guide's rubric differs from lesson 09's: {line[:60]}"


def test_the_guide_covers_what_a_lecturer_needs():
    for heading in ("## Safeguarding", "### If a student discloses", "### Local contacts to add",
                    "## Discussion prompts and collecting responses", "## Assessment",
                    "## Two session plans", "## Glossary and further reading"):
        assert heading in GUIDE, heading
    assert "Bridgland" in GUIDE and "0808 1000 900" in GUIDE
