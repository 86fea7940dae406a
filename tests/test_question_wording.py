"""What the exercises ask matches what the checks accept: rounding, and one word target."""

from __future__ import annotations

import re

import pytest

from policylab import checks

from .conftest import ROOT, notebooks, read_nb

WORDS = {0: "whole number", 1: "one decimal place", 2: "two decimal places",
         -2: "nearest hundred", -3: "nearest thousand", -4: "nearest ten thousand",
         -5: "nearest hundred thousand", -6: "nearest million"}


def _question_text() -> dict[str, str]:
    """Each question's wording in the solutions: its heading to its check, in one string."""
    found = {}
    for path in notebooks("solutions"):
        cells = read_nb(path)["cells"]
        text = ""
        for cell in cells:
            src = "".join(cell["source"])
            if cell["cell_type"] == "markdown":
                text += "\n" + src
                continue
            for qid in re.findall(r'pl\.check\("(\d+\.\d+)"', src):
                start = text.rfind(f"Question {qid}")
                found[qid] = re.sub(r"\s+", " ", text[start:] if start >= 0 else text)
            if "pl.check(" in src:
                text = ""
    return found


TEXT = _question_text()
QUESTIONS = checks.questions()


@pytest.mark.parametrize(
    "qid", sorted(q for q in TEXT if QUESTIONS[q].kind == "numeric"))
def test_each_numeric_exercise_says_how_to_round(qid):
    assert WORDS[QUESTIONS[qid].rounding] in TEXT[qid], TEXT[qid][-300:]


@pytest.mark.parametrize("qid", sorted(q for q in TEXT if QUESTIONS[q].kind == "argued"))
def test_each_written_question_states_one_word_target(qid):
    targets = re.findall(r"at least (\d+) words", TEXT[qid])
    assert targets == [str(QUESTIONS[qid].min_words)], (qid, targets)
    assert not re.search(r"about \d+ to \d+ words", TEXT[qid])


def test_every_exercise_question_is_found():
    assert len(TEXT) >= 90


def test_the_orientation_quiz_routes_adults_and_young_people_correctly():
    cells = read_nb(ROOT / "notebooks" / "00-orientation.ipynb")["cells"]
    quiz = next("".join(c["source"]) for c in cells if "Which service is for what?" in
                "".join(c["source"]))
    quiz = quiz[quiz.index("Which service is for what?"):]
    answers = quiz[quiz.index("Show the answers"):]
    items = dict(re.findall(r"^(\d)\. (.*?)(?=^\d\. |\Z|^</details>)", answers, re.M | re.S))
    assert "NAPAC (0808 801 0331)" in items["2"] and "adults who were abused as children" in items["2"]
    assert "not the\n   service for an adult" in items["2"] or "not the service for an adult" in items["2"]
    assert "Samaritans (116 123)" in items["1"] and "under 19" in items["1"]
    assert "Report Remove" in items["5"] and "under-18s" in items["5"]
    assert "0808 500 2222" in items["2"] and "08088 01 03 02" in items["2"]
    assert "iwf.org.uk/report" in items["4"] and "Stop It Now" in items["6"] and "999" in items["7"]
