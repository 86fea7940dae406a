"""Lesson 00 (Orientation): the values its self-checks compute.

The questions themselves (wording, hints, criteria, model answers) are in
``content/lesson00.yaml``, which names the functions below.

These show a first-time learner how the three kinds of check behave; they use the
press-release claims ledger (``release_claims``) only as something small to count.

* 0.1 (numeric): how many claims in the ledger state a figure.
* 0.2 (choice): what type of claim C01 ("turn the lights off") is, by the ledger.
* 0.3 (argued): why a content note may raise anxiety, and what makes it useful anyway.

Expected values are read from the data when an answer is checked, never typed in.
"""

from __future__ import annotations

CLAIM_TYPES = ("empirical", "normative", "predictive")


def _claims():
    from policylab.data import load

    return load("release_claims")


def _claims_with_a_figure() -> int:
    return int(_claims()["figure"].notna().sum())


def _all_claims() -> int:
    return len(_claims())


def _figures_counted_separately() -> int:
    # The usual slip: counting both ends of a range as two claims.
    claims = _claims()
    return int(claims["figure"].notna().sum() + claims["figure_upper"].notna().sum())


def _type_of(claim_id: str) -> str:
    claims = _claims()
    return str(claims.loc[claims["claim_id"] == claim_id, "claim_type"].iloc[0])


# ------------------------------------------ values named by content/lesson00.yaml


def q0_2_answer():
    """Question 0.2: the answer."""
    return _type_of("C01")
