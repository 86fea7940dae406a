"""Every numeric self-check: the precision asked is accepted, and a hint fires only for its slip.

For each question in the content files: the right value and every correctly rounded
answer are accepted with no hint; a value at each hint gets that hint; no hint's zone
touches the zone of accepted answers or another hint's zone; values far from every
hint get the plain "too high"/"too low" message. Tolerances are compared as the
checker applies them (a relative tolerance as a fraction of the value).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from policylab import checks
from policylab.checks import CORRECT, INCORRECT, check

NUMERIC = sorted(qid for qid, q in checks.questions().items() if q.kind == "numeric")
WORDS = {0: ("whole number",), 1: ("one decimal place",), 2: ("two decimal places",),
         -2: ("nearest hundred",), -3: ("nearest thousand",), -4: ("nearest ten thousand",),
         -5: ("nearest hundred thousand",), -6: ("nearest million",)}


def _rounded(x: float, places: int) -> float:
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(x)).quantize(quantum, rounding=ROUND_HALF_UP))


def _accepted_zone(q, e: float) -> tuple[float, float]:
    """The interval of answers the checker accepts: within tolerance, or rounding right."""
    tol = checks._answer_tolerance(q, e)
    lo, hi = e - tol, e + tol
    if q.rounding is not None:
        half = 0.5 * 10.0 ** -q.rounding
        r = _rounded(e, q.rounding)
        lo, hi = min(lo, r - half), max(hi, r + half)
    return lo, hi


def _hint_zones(q, e: float):
    tol = checks._answer_tolerance(q, e)
    for h in q.hints:
        w = float(h.value())
        yield h, w, checks._hint_tolerance(h, w, e, tol, q.rounding)


def test_every_numeric_question_is_covered():
    assert len(NUMERIC) >= 40


@pytest.mark.parametrize("qid", NUMERIC)
def test_the_precision_asked_is_the_precision_accepted(qid):
    q = checks.question(qid)
    assert q.rounding is not None, f"{qid} does not say how to round"
    assert any(w in q.prompt for w in WORDS[q.rounding]), f"{qid}: prompt does not say it"
    e = float(q.expected())
    exact = check(qid, e)
    assert exact.status == CORRECT and "Hint" not in exact.message
    assert check(qid, _rounded(e, q.rounding)).status == CORRECT
    unit = 10.0 ** -q.rounding
    lo, hi = _accepted_zone(q, e)
    # one rounding step either side of the rounded answer is wrong, unless a stated
    # tolerance (a source's own rounding) allows it
    for off in (_rounded(e, q.rounding) - unit, _rounded(e, q.rounding) + unit):
        if not lo <= off <= hi:
            assert check(qid, off).status == INCORRECT, (qid, off)


@pytest.mark.parametrize("qid", NUMERIC)
def test_a_hint_fires_only_for_the_slip_it_names(qid):
    q = checks.question(qid)
    e = float(q.expected())
    lo, hi = _accepted_zone(q, e)
    zones = list(_hint_zones(q, e))
    for h, w, t in zones:
        # zones may touch at a single point: the answer is checked first, so it wins there
        assert w + t <= lo or w - t >= hi, f"{qid}: hint {h.message[:40]!r} overlaps the answer"
        fb = check(qid, w)
        assert fb.status == INCORRECT and h.message in fb.message, (qid, w, fb.message)
        for h2, w2, t2 in zones:
            if h2 is not h:
                assert abs(w - w2) > t + t2, f"{qid}: two hints overlap at {w} and {w2}"
        for v in (w - 0.9 * t, w + 0.9 * t):  # the edges of its zone are still this slip
            assert h.message in check(qid, v).message, (qid, v)


@pytest.mark.parametrize("qid", NUMERIC)
def test_values_far_from_every_hint_get_the_plain_message(qid):
    q = checks.question(qid)
    e = float(q.expected())
    lo, hi = _accepted_zone(q, e)
    zones = list(_hint_zones(q, e))
    tried = 0
    for v in (e * 3.7 + 1, e * 0.37 - 1, -e * 2.3 - 5, e * 1000.3 + 7, e / 977 + 0.013, e + 13.7):
        if lo <= v <= hi or any(abs(v - w) <= 3 * t for _, w, t in zones):
            continue
        fb = check(qid, v)
        assert fb.status == INCORRECT and "Hint" not in fb.message, (qid, v, fb.message)
        assert ("too high" if v > e else "too low") in fb.message
        tried += 1
    assert tried >= 3, qid


@pytest.mark.parametrize(
    ("qid", "answer", "not_told"),
    [
        ("3.5", 15.7, "as a percentage"),  # an answer in millions, not a percentage
        ("3.6", 16.9, "as a percentage"),
        ("7.4", 749.5 / 1_000_000, "pounds per dollar"),  # millions not converted
        ("2.5", 17_250_000, "no growth added"),  # one month's growth added, not none
        ("4.7", 132, "PhotoDNA"),
        ("6.4", 100, "Apple divided by Meta"),
    ],
)
def test_the_misleading_hints_seen_by_learners_are_gone(qid, answer, not_told):
    assert not_told not in check(qid, answer).message


@pytest.mark.parametrize(("qid", "answer"), [("3.5", 15.7), ("3.6", 16.9), ("6.2", 30.66)])
def test_an_answer_in_millions_is_told_so(qid, answer):
    assert "in millions" in check(qid, answer).message
