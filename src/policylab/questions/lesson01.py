"""Lesson 01 (The release as a case study): the values its self-checks compute.

The questions themselves (wording, hints, criteria, model answers) are in
``content/lesson01.yaml``, which names the functions below.

The exercise progresses predict -> compute -> interpret -> critique, all on the
press-release claims ledger (``release_claims``):

* 1.1 (choice, predict): which type of claim is most common in the ledger.
* 1.2 (numeric): how many claims the ledger holds (rows, not columns).
* 1.3 (numeric): how many claims state a figure.
* 1.4 (numeric): the percentage of claims the ledger judges checkable (0 to 100).
* 1.5 (choice): the topic with the most claims.
* 1.6 (numeric): how many empirical claims the ledger attributes to Simon Bailey.
* 1.7 (argued, interpret): why no dataset can settle a normative claim.
* 1.8 (argued, critique): the case for reclassifying one claim's ``checkable`` value.
* 1.9 (argued, critique): what the release's origins mean for how to read it.

Expected values (and the wrong values the hints catch) are computed from the data
when an answer is checked, never typed in: a corrected ledger corrects the feedback.
"""

from __future__ import annotations

CLAIM_TYPES = ("empirical", "normative", "predictive")
TOPICS = ("encryption", "platforms", "regulation", "scale", "policing", "context")


def _claims():
    from policylab.data import load

    return load("release_claims")


def _most_common(column: str) -> str:
    return str(_claims()[column].value_counts().idxmax())


def _rows() -> int:
    return len(_claims())


def _columns() -> int:
    return _claims().shape[1]


def _with_figure() -> int:
    return int(_claims()["figure"].notna().sum())


def _without_figure() -> int:
    return int(_claims()["figure"].isna().sum())


def _with_range() -> int:
    return int(_claims()["figure_upper"].notna().sum())


def _checkable_count() -> int:
    return int(_claims()["checkable"].sum())


def _checkable_percent() -> float:
    return float(_claims()["checkable"].mean() * 100)


def _checkable_fraction() -> float:
    return float(_claims()["checkable"].mean())


def _not_checkable_percent() -> float:
    return 100 - _checkable_percent()


def _empirical_by_bailey() -> int:
    c = _claims()
    return int(((c["claim_type"] == "empirical") & (c["speaker"] == "Simon Bailey")).sum())


def _empirical_all() -> int:
    return int((_claims()["claim_type"] == "empirical").sum())


def _by_bailey_all() -> int:
    return int((_claims()["speaker"] == "Simon Bailey").sum())


# ------------------------------------------ values named by content/lesson01.yaml


def q1_1_answer():
    """Question 1.1: the answer."""
    return _most_common("claim_type")


def q1_5_answer():
    """Question 1.5: the answer."""
    return _most_common("topic")
