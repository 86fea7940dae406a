"""Lesson 00 (Orientation): demonstration self-checks, questions 0.1 to 0.3.

These show a first-time learner how the three kinds of check behave; they use the
press-release claims ledger (``release_claims``) only as something small to count.

* 0.1 (numeric): how many claims in the ledger state a figure.
* 0.2 (choice): what type of claim C01 ("turn the lights off") is, by the ledger.
* 0.3 (argued): why a content note may raise anxiety, and what makes it useful anyway.

Expected values are read from the data when an answer is checked, never typed in.
"""

from __future__ import annotations

from policylab.checks import argued, choice, numeric

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


numeric(
    "0.1",
    "How many of the claims in the press-release ledger state a figure (a number)?",
    _claims_with_a_figure,
    tolerance=0,
    unit="claims",
    hints=[
        (
            _all_claims,
            "That is every claim in the ledger. Count only the rows where the figure "
            "column has a number; <NA> means the claim states none.",
        ),
        (
            _figures_counted_separately,
            "That counts numbers, not claims. One claim gives a range (a lower and an "
            "upper figure); it is still one claim, so count it once.",
        ),
    ],
    explanation="Lesson 02 checks these figures against their sources.",
)

choice(
    "0.2",
    "Claim C01 says Facebook's plan for default end-to-end encryption threatens to "
    '"turn the lights off" on online child sexual abuse. Is it empirical, normative '
    "or predictive?",
    CLAIM_TYPES,
    lambda: _type_of("C01"),
    hints=[
        (
            lambda: "empirical",
            "It is about what will happen after the roll-out. Evidence may test it "
            "later, but when it was made it was a claim about the future.",
        ),
        (
            lambda: "normative",
            "The image of lights going off is vivid, but the claim says what will "
            "happen, not what ought to happen or who is to blame.",
        ),
    ],
    explanation="It forecasts what end-to-end encryption will do once it is rolled out.",
)

argued(
    "0.3",
    "Research suggests content notes do not reduce distress by themselves. Why might "
    "a content note even raise anxiety, and what makes one worth having anyway?",
    criteria=[
        "States the finding accurately and says whose it is (Bridgland, Jones & Bellet "
        "2023): content notes did not lessen people's emotional response, and they "
        "raised anxiety while people waited for the material.",
        "Gives a plausible reason a note can raise anxiety, such as setting people up "
        "to expect something upsetting before it arrives.",
        "Explains that a note's value is information for an informed choice, not "
        "protection.",
        "Says what makes the choice real: an alternative activity, no penalty for "
        "using it, and support that is easy to find.",
        "Stays within the evidence: does not claim that notes harm everyone or that "
        "they protect anyone.",
    ],
    model_answer=(
        "Bridgland, Jones and Bellet (2023) combined the results of 12 studies. They "
        "found that warnings did not lessen people's emotional response to difficult "
        "material, and that people felt more anxious while they waited for it. One "
        "likely reason is that a warning sets you up to expect something upsetting, "
        "and the waiting is itself uncomfortable.\n\n"
        "A note is still worth having because it tells you what is coming, so you can "
        "decide how and when to take part. That choice is only real if there is an "
        "alternative activity, no penalty for taking it, and support you can contact."
    ),
    min_words=30,
)
