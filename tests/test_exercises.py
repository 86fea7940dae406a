"""Exercises run top to bottom for a learner who has answered nothing; solutions are all right."""

from __future__ import annotations

import re

import nbformat
import pytest
from nbclient import NotebookClient

from policylab import checks

from .conftest import ROOT, notebooks, read_nb

CHECK_CALL = re.compile(r"pl\.check\(\s*[\"'](\d+\.\d+)[\"']")


def check_outputs(nb) -> list[tuple[str, str]]:
    """(question id, status) of every self-check output stored in a notebook."""
    found = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            meta = out.get("metadata", {}).get("policylab", {})
            if "check" in meta:
                found.append((meta["check"], meta["status"]))
    return found


@pytest.mark.parametrize("path", notebooks("exercises"), ids=lambda p: p.name)
def test_exercise_runs_and_every_check_reads_not_answered(path):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()  # raises CellExecutionError, naming the cell, on any error
    results = check_outputs(nb)
    asked = CHECK_CALL.findall("\n".join(c.source for c in nb.cells if c.cell_type == "code"))
    assert asked, "an exercise with no self-checks"
    assert [qid for qid, _ in results] == asked, "every check cell shows its feedback"
    assert {status for _, status in results} == {checks.NOT_ANSWERED}


@pytest.mark.parametrize("path", notebooks("solutions"), ids=lambda p: p.name)
def test_solution_checks_all_pass_and_cover_the_lesson(path):
    results = check_outputs(read_nb(path))
    assert results, "a solution with no stored self-check outputs"
    wrong = [(qid, s) for qid, s in results if s not in (checks.CORRECT, checks.REVEALED)]
    assert not wrong, f"solution checks that are not right: {wrong}"
    lesson = str(int(path.name[:2]))
    registered = {q for q in checks.questions() if q.split(".")[0] == lesson}
    assert {qid for qid, _ in results} == registered, "every registered question is asked once"
    assert len(results) >= 6, "at least six questions"
    kinds = {checks.question(qid).kind for qid, _ in results}
    assert "argued" in kinds and kinds & {"numeric", "choice"}, "numeric and argued questions"


def test_every_registered_question_is_asked_somewhere():
    text = "\n".join(
        p.read_text(encoding="utf-8") for p in notebooks("notebooks") + notebooks("solutions")
    )
    asked = set(CHECK_CALL.findall(text.replace('\\"', '"')))
    assert set(checks.questions()) == asked, "registered questions no notebook asks, or the reverse"


def lesson_times(path) -> tuple[int, int]:
    """(teaching, exercise) minutes from a lesson's "Time needed" section."""
    text = "\n".join(c["source"] if isinstance(c["source"], str) else "".join(c["source"])
                     for c in read_nb(path)["cells"] if c["cell_type"] == "markdown")
    section = " ".join(text.split("## Time needed", 1)[1].split("\n## ", 1)[0].split())
    teaching = int(re.search(r"(\d+) minutes of teaching", section).group(1))
    rest = section.split("minutes of teaching", 1)[1]
    exercise = int(re.search(r"(\d+) minutes", rest).group(1))
    return teaching, exercise


def test_readme_and_lesson_00_list_every_lesson_with_its_own_timing():
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    orientation = " ".join(
        "".join(c["source"]) for c in read_nb(ROOT / "notebooks" / "00-orientation.ipynb")["cells"]
    ).split()
    orientation = " ".join(orientation)
    for path in notebooks("notebooks"):
        teaching, exercise = lesson_times(path)
        row = next((line for line in readme.split("| `notebooks/")[1:]
                    if line.startswith(path.name)), None)
        assert row is not None, f"README does not list {path.name}"
        assert f"about {teaching} + {exercise} minutes" in row.split(" |\n")[0][:600], path.name
        assert f"| {path.name[:2]} |" in orientation, f"lesson 00's map lacks {path.name}"
        assert f"about {teaching} min teaching + {exercise} min exercises" in orientation
