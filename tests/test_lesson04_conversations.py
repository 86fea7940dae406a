"""Lesson 04's section on harms in conversations, and question 4.12, checked against data/."""

from __future__ import annotations

import re

from policylab import checks, data
from policylab.questions import lesson04

from .conftest import ROOT, read_nb

LESSON = ROOT / "notebooks" / "04-how-matching-works.ipynb"


def point(row_id: str) -> float:
    return float(data.load("evidence_points").set_index("id").loc[row_id, "value"])


def prose(cell_id: str) -> str:
    cells = read_nb(LESSON)["cells"]
    return re.sub(r"\s+", " ", "".join(next(c for c in cells if c["id"] == cell_id)["source"]))


def test_the_rises_the_lesson_states_are_the_datas():
    text = prose("l04-talk-5")
    enticement = point("EP12") / point("EP11") - 1
    sextortion = point("EP14") / point("EP13") - 1
    assert "enticement rose by about three-quarters" in text and 0.7 <= enticement < 0.8
    assert "financial sextortion by more than half" in text and 0.5 < sextortion < enticement


def test_the_report_act_the_lesson_names_is_in_the_timeline():
    timeline = data.load("policy_timeline")
    rows = timeline[timeline["event"].str.contains("REPORT Act")]
    assert len(rows) == 1 and rows["date"].iloc[0].strftime("%B %Y") == "May 2024"
    assert "US law of May 2024, the REPORT Act" in prose("l04-talk-5")


def test_question_4_12_is_the_sextortion_share_of_enticement():
    question = checks.questions()["4.12"]
    share = lesson04.q4_12_answer()
    assert share == 100 * point("EP14") / point("EP12")
    assert share < 100 * point("EP13") / point("EP11")  # the 2024 share, a hint, is larger
    one_in = re.search(r"one enticement report in every (\d+)", question.explanation)
    assert one_in and int(one_in.group(1)) == round(100 / share)
    assert checks.check("4.12", round(share, 1)).ok
    assert not checks.check("4.12", round(lesson04.q4_12_wrong_2024(), 1)).ok
