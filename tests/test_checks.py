"""policylab.checks: feedback for each kind of question, and for every kind of mistake."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest

from policylab import checks
from policylab.checks import CORRECT, INCORRECT, NOT_ANSWERED, PROBLEM, REVEALED, check


@pytest.fixture
def registry():
    """Register test questions without leaking them into the pack's registry."""
    checks.questions()  # load the real ones first
    saved = dict(checks._REGISTRY)
    yield checks
    checks._REGISTRY.clear()
    checks._REGISTRY.update(saved)


def test_placeholder_reads_not_answered(registry):
    registry.numeric("T.1", "How many?", lambda: 18)
    for blank in (..., None, "", "  ...  "):
        fb = check("T.1", blank)
        assert fb.status == NOT_ANSWERED
        assert "not answered yet" in str(fb)


def test_numeric_tolerance_and_hint(registry):
    data = pd.Series([3, 5, 10])
    registry.numeric(
        "T.2",
        "Share above 4?",
        lambda: (data > 4).mean(),
        tolerance=0.01,
        hints=[(lambda: (data > 4).sum(), "give the share, not the count")],
    )
    assert check("T.2", 2 / 3).status == CORRECT
    assert check("T.2", 0.67).status == CORRECT  # within 0.01
    assert check("T.2", 0.7).status == INCORRECT
    fb = check("T.2", 2)
    assert fb.status == INCORRECT and "share, not the count" in fb.message
    assert "too high" in check("T.2", 0.9).message
    assert "too low" in check("T.2", 0.1).message


def test_numeric_relative_tolerance(registry):
    registry.numeric("T.3", "Big", lambda: 1_000_000, tolerance=0.05, relative=True)
    assert check("T.3", 1_040_000).status == CORRECT
    assert check("T.3", 1_060_000).status == INCORRECT


@pytest.mark.parametrize(
    "answer", [np.int64(18), np.float32(18.0), pd.Series([18]).sum(), np.array([18])]
)
def test_numeric_accepts_numpy_and_pandas_scalars(registry, answer):
    registry.numeric("T.4", "n", lambda: 18)
    assert check("T.4", answer).status == CORRECT


JARGON = re.compile(r"\bstr\b|\btuple\b|\bfloat64\b|\bint64\b|Series|DataFrame|shape \(|"
                    r"Timedelta|\bdict\b|\bNoneType\b|\bndarray\b|Traceback")


@pytest.mark.parametrize(
    ("answer", "words"),
    [("18", "Remove the quotation marks: 18"), ("10,200", "quotation marks and commas: 10200"),
     ("about twenty", "with no quotation marks"), (True, "not numbers"),
     (pd.Series(range(41)), "whole column (41 values). Pick one value"),
     (pd.DataFrame({"a": [1, 2]}), "whole table"), ((10, 200), "write 10200"),
     ([18], "Remove the brackets"), ({}, "curly brackets"), (math.nan, "NaN"),
     (pd.Timedelta(days=3), "Add `.days`"), (np.array([1.0, 2.0]), "2 values, not one"),
     (10**400, "far too large"), (math.inf, "far too large"), (len, "a function"),
     (pd.NA, "not one"), (1j, "not one")],
)
def test_numeric_wrong_type_is_explained_not_raised(registry, answer, words):
    registry.numeric("T.5", "n", lambda: 18)
    fb = check("T.5", answer)
    assert fb.status == PROBLEM
    assert words.lower() in fb.message.lower()
    assert not JARGON.search(fb.message), fb.message


def test_choice_single_and_many(registry):
    opts = ["empirical", "normative", "predictive"]
    registry.choice("T.6", "Which?", opts, lambda: "empirical",
                    hints=[(lambda: "normative", "normative claims are about what ought to be")])
    assert check("T.6", " Empirical ").status == CORRECT
    assert "ought to be" in check("T.6", "normative").message
    assert check("T.6", "predictive").status == INCORRECT
    fb = check("T.6", "opinion")
    assert fb.status == PROBLEM and '"opinion" is not one of the options' in fb.message
    fb = check("T.6", "emprical")
    assert fb.status == PROBLEM and 'Did you mean "empirical"?' in fb.message
    assert check("T.6", ["empirical", "normative"]).status == PROBLEM
    assert check("T.6", 3).status == PROBLEM

    registry.choice("T.7", "Which two?", opts, lambda: {"empirical", "predictive"})
    assert check("T.7", {"predictive", "empirical"}).status == CORRECT
    fb = check("T.7", ["empirical"])
    assert fb.status == INCORRECT and "1 right option(s) missing" in fb.message


def test_argued_reveals_only_after_enough_words(registry):
    registry.argued("T.8", "Argue", criteria=["Names a source", "Weighs both sides"],
                    model_answer="A model answer.", min_words=10)
    short = check("T.8", "Too short to count.")
    assert short.status != REVEALED
    assert "model answer" not in "".join(h for h, _ in short.details).lower()
    assert "A model answer." not in str(short) and "A model answer." not in short._repr_html_()
    full = check("T.8", "This answer has more than ten words in it so the model shows.")
    assert full.status == REVEALED and full.ok
    assert "A model answer." in str(full) and "Weighs both sides" in full._repr_html_()
    assert check("T.8", 42).status == PROBLEM


def test_unknown_question_is_plain_feedback(registry):
    registry.numeric("T.9", "n", lambda: 1)
    fb = check("T.99", 1)
    assert fb.status == PROBLEM
    assert 'There is no question "T.99"' in fb.message and "T.9" in fb.message
    fb = check(3.10, 1)  # the number without quotation marks reads as 3.1
    assert fb.status == PROBLEM and 'pl.check("3.1", ...)' in fb.message


def test_html_is_escaped_and_status_is_in_metadata(registry):
    registry.argued("T.10", "x", criteria=["<b>bold</b>"], model_answer="<script>x</script>",
                    min_words=1)
    fb = check("T.10", "<script>alert(1)</script> my answer")
    html = fb._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    data, meta = fb._repr_mimebundle_()
    assert data["text/plain"] == str(fb)
    assert meta == {"policylab": {"check": "T.10", "status": REVEALED}}


def test_question_registered_twice_is_refused(registry):
    registry.numeric("T.11", "n", lambda: 1)
    with pytest.raises(ValueError, match="registered twice"):
        registry.numeric("T.11", "n", lambda: 2)


def test_every_pack_question_is_well_formed():
    qs = checks.questions()
    assert qs, "the pack registers no questions"
    for qid, q in qs.items():
        assert re.fullmatch(r"\d+\.\d+", qid), qid
        assert len(q.prompt) > 10, f"{qid} has no real prompt"
        if q.kind == "numeric":
            value = float(q.expected())
            assert math.isfinite(value), qid
            for wrong, hint in q.hints:
                assert abs(float(wrong()) - value) > q.tolerance, f"{qid}: a hint for the answer"
                assert hint
        elif q.kind == "choice":
            expected = q.expected()
            chosen = {expected} if isinstance(expected, str) else set(expected)
            assert chosen <= set(q.options), qid
        else:
            assert len(q.criteria) >= 3 and len(q.model_answer.split()) >= q.min_words, qid


def test_every_pack_question_rejects_the_placeholder():
    for qid in checks.questions():
        assert check(qid, ...).status == NOT_ANSWERED


def test_large_fractional_numbers_read_as_numbers(registry):
    registry.numeric("T.12", "Monthly", lambda: 500_000 / 12, tolerance=1)
    fb = check("T.12", 1_000_000 / 12)
    assert "83,333.3" in fb.message and "e+" not in fb.message
