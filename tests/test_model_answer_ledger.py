"""docs/model-answer-ledger.md lists every argued question and the option its model favours."""

from __future__ import annotations

import re

from policylab import checks

from .conftest import ROOT

LEDGER = ROOT / "docs" / "model-answer-ledger.md"
ROW = re.compile(r"^\|\s*(\d+\.\d+)\s*\|\s*(\d\d)\s*\|\s*(yes|no)\s*\|\s*([a-z ]+?)\s*\|")
FAVOURS = {"detection", "encryption and design", "prevention", "conditional", "both", "none"}


def ledger_rows() -> dict[str, tuple[str, str, str]]:
    rows = {}
    for line in LEDGER.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            qid, lesson, chooses, favours = match.groups()
            assert qid not in rows, f"{qid} is listed twice"
            rows[qid] = (lesson, chooses, favours)
    return rows


def argued_ids() -> set[str]:
    return {qid for qid, q in checks.questions().items() if q.kind == "argued"}


def test_every_argued_question_is_in_the_ledger_and_no_other():
    listed = set(ledger_rows())
    assert argued_ids() - listed == set(), "argued questions missing from the ledger"
    assert listed - argued_ids() == set(), "ledger rows for questions that no longer exist"


def test_rows_are_consistent():
    for qid, (lesson, chooses, favours) in ledger_rows().items():
        assert favours in FAVOURS, f"{qid}: unknown option {favours!r}"
        assert int(lesson) == int(qid.split(".")[0]), f"{qid}: wrong lesson {lesson}"
        if chooses == "no":
            assert favours == "none", f"{qid}: an analysis question cannot favour an option"
        else:
            assert favours != "none", f"{qid}: a question that chooses must record what it favours"


def side_counts() -> dict[str, int]:
    """Model answers reaching each side's option, counting a `both` row once for each side."""
    counts = {"detection": 0, "encryption and design": 0}
    for _, chooses, favours in ledger_rows().values():
        if chooses == "yes":
            for side in counts:
                counts[side] += favours in (side, "both")
    return counts


def test_choosing_models_do_not_all_favour_one_option():
    counts = side_counts()
    assert min(counts.values()) > 0, counts
    assert abs(counts["detection"] - counts["encryption and design"]) <= 1, counts


def test_the_capstone_gives_both_sides_a_model():
    capstone = {qid: f for qid, (lesson, chooses, f) in ledger_rows().items()
                if lesson == "09" and chooses == "yes"}
    assert capstone and set(capstone.values()) == {"both"}, capstone


def test_the_spread_table_is_the_ledgers_own_count():
    text = LEDGER.read_text(encoding="utf-8").split("## Where the spread stands", 1)[1]
    stated = {m.group(1): int(m.group(2))
              for m in re.finditer(r"^\| ([a-z ]+?) \| (\d+) \|$", text, flags=re.M)}
    counted = dict.fromkeys(FAVOURS - {"none"}, 0)
    for _, chooses, favours in ledger_rows().values():
        if chooses == "yes":
            counted[favours] += 1
    assert stated == counted


def test_rows_marked_both_really_give_two_answers():
    questions = checks.questions()
    for qid, (_, _, favours) in ledger_rows().items():
        if favours == "both":
            assert questions[qid].model_answer.lower().count("writer") >= 2, qid
