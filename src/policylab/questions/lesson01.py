"""Lesson 01 (The release as a case study): self-checks, questions 1.1 to 1.9.

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

from policylab.checks import argued, choice, numeric

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


# --------------------------------------------------------------------------- predict

choice(
    "1.1",
    "Before you count: which type of claim do you expect to be most common in the "
    "ledger of the release, empirical, normative or predictive?",
    CLAIM_TYPES,
    lambda: _most_common("claim_type"),
    hints=[
        (
            lambda: "normative",
            "The release argues about what platforms ought to do, so this is a fair guess. "
            "But look at how many of its sentences describe what is or was the case: "
            "numbers, events, what a white paper says. You will count them below.",
        ),
        (
            lambda: "predictive",
            "The headline claim (lights going off) is a forecast, but only a few "
            "sentences are about the future. Many more describe what is or was the case.",
        ),
    ],
    explanation=(
        "Most of the release's sentences say what is or was the case (figures, events, "
        "what a white paper proposed), even though the release as a whole argues for "
        "what platforms ought to do. Predictions and value judgements are fewer but "
        "carry the argument."
    ),
)

# --------------------------------------------------------------------------- compute

numeric(
    "1.2",
    "How many claims does the ledger hold?",
    _rows,
    tolerance=0,
    unit="claims",
    hints=[
        (
            _columns,
            "That is the number of columns. `claims.shape` gives (rows, columns); each "
            "row is one claim, so you want the first number.",
        ),
    ],
)

numeric(
    "1.3",
    "How many claims in the ledger state a figure (a number in the `figure` column)?",
    _with_figure,
    tolerance=0,
    unit="claims",
    hints=[
        (
            _rows,
            "That counts every row. Keep only the rows where `figure` is not missing "
            "(`claims['figure'].notna()`), then count those.",
        ),
        (
            _without_figure,
            "That counts the claims with no figure (the missing values). Use `.notna()`, "
            "not `.isna()`.",
        ),
        (
            _with_range,
            "That counts the `figure_upper` column, which is filled only when the release "
            "gives a range. Count the `figure` column instead.",
        ),
    ],
    explanation="Lesson 02 checks these figures against their sources.",
)

numeric(
    "1.4",
    "What percentage of the claims does the ledger judge checkable? Give a percentage "
    "between 0 and 100 (for example 40 for 40%), not a fraction.",
    _checkable_percent,
    tolerance=0.5,
    unit="per cent",
    hints=[
        (
            _checkable_fraction,
            "That is the share as a fraction of 1. This question asks for a percentage: "
            "multiply by 100.",
        ),
        (
            _checkable_count,
            "That is the number of checkable claims, not their share. Divide by the "
            "number of claims, then multiply by 100.",
        ),
        (
            _not_checkable_percent,
            "That is the percentage judged not checkable (`False`). You want the ones "
            "marked `True`.",
        ),
    ],
    explanation=(
        "Remember that `checkable` is the ledger's judgement, not a fact about the "
        "claim: question 1.8 asks you to test it."
    ),
)

choice(
    "1.5",
    "Which topic has the most claims in the ledger?",
    TOPICS,
    lambda: _most_common("topic"),
    hints=[
        (
            lambda: "encryption",
            "Encryption is what the release leads with, but count the rows for each "
            "topic with `value_counts()` and read the top line.",
        ),
    ]
    + [
        (
            lambda topic=topic: topic,
            "That topic has fewer claims than at least one other. `value_counts()` puts the "
            "largest count first: read the top line.",
        )
        for topic in TOPICS
        if topic != "encryption"
    ],
    explanation=(
        "The headline is about encryption, but more of the release's claims concern the "
        "scale of offending: the figures that make its case urgent."
    ),
)

numeric(
    "1.6",
    "How many claims does the ledger attribute to Simon Bailey and classify as "
    "empirical? (Both conditions at once.)",
    _empirical_by_bailey,
    tolerance=0,
    unit="claims",
    hints=[
        (
            _empirical_all,
            "That counts every empirical claim, including the press office's own. Add the "
            "second condition: `speaker` equal to 'Simon Bailey'. Combine conditions with `&`.",
        ),
        (
            _by_bailey_all,
            "That counts every claim attributed to Bailey, of all three types. Add the "
            "condition `claim_type` equal to 'empirical', joined with `&`.",
        ),
    ],
    explanation=(
        "The other empirical claims are the press office's own framing: the university's "
        "funding and Bailey's length of service."
    ),
)

# --------------------------------------------------------------------------- interpret

argued(
    "1.7",
    "Choose one claim the ledger classifies as normative (C02, C04 or C23). Explain why "
    "no dataset could settle it, and say what evidence could still inform a view on it.",
    criteria=[
        "Names one normative claim by its id and says, in their own words, what it asserts.",
        "Identifies the part no data can measure: a judgement about priorities, "
        "intent, blame or who ought to act.",
        "Names evidence that could inform the claim (for example companies' spending on "
        "safety, transparency reports, what detection a service runs, stated reasons) "
        "and says what it would and would not show.",
        "Recognises that people can agree on every fact and still disagree, because the "
        "answer depends on how values such as privacy, security and child protection "
        "are weighed.",
        "Attributes the claim (Bailey, in a press release) and does not present either "
        "side's view as settled.",
    ],
    model_answer=(
        "C02 says the technology industry puts profit ahead of keeping children safe. "
        "It is a judgement about priorities and motives. Data could show how much a "
        "company spends on safety teams, which detection tools it runs, or how many "
        "reports it makes, but none of these measures whether profit came 'before' "
        "children's safety. That would need an agreed standard of how much is enough, "
        "and a way to know why decisions were taken.\n\n"
        "The same facts can also be read in different ways. A company that encrypts "
        "messages may be protecting users' privacy and security, as Facebook said, or "
        "avoiding the cost and risk of seeing harmful content, as Bailey implies. "
        "Which reading you accept depends partly on how you weigh privacy against "
        "detection, and that is a question of values. Evidence can narrow the "
        "disagreement but cannot end it."
    ),
    min_words=40,
)

# --------------------------------------------------------------------------- critique

argued(
    "1.8",
    "The `checkable` column records a judgement. Choose one claim and argue that its "
    "`checkable` value should change (True to False, or False to True). Say what "
    "evidence would be needed to check it, who publishes that evidence, and what the "
    "evidence could not show.",
    criteria=[
        "Names the claim by id, gives its current `checkable` value and proposes the change.",
        "Gives a reason rooted in the claim's wording or scope: vagueness, a hidden "
        "value judgement, a comparison over time, a counterfactual, or a mismatch "
        "between what is claimed and what is counted.",
        "Names a specific kind of evidence and who publishes it (for example the NCA, "
        "the Home Office, police forces, NCMEC, the IWF or Ofcom).",
        "Says what that evidence could not show, such as reports or recorded crime "
        "standing in for offending or victimisation.",
        "Acknowledges the case for the ledger's current judgement.",
    ],
    model_answer=(
        "C17 says the numbers of victims and of offenders are rising, and the ledger "
        "marks it checkable. I would mark it False as worded. The evidence the ledger "
        "points to is police-recorded crime, published by the Home Office and police "
        "forces. Recorded offences count what came to police attention, so they rise "
        "when more people report, when platforms detect and refer more, and when police "
        "look harder, as well as when offending rises. A rise in recorded crime cannot "
        "tell these apart.\n\n"
        "Checking the claim as worded would need measures of victimisation and "
        "offending that do not depend on police activity, repeated with the same "
        "method over the same period: for example surveys that ask adults about "
        "experiences in childhood. The case for keeping True is that the ledger asks "
        "whether published evidence could test a claim in principle, and such surveys "
        "could. So the disagreement is about how strict 'checkable as worded' should be."
    ),
    min_words=50,
)

argued(
    "1.9",
    "The release was written by a university press office to preview a speech by a "
    "retiring police leader at a conference run by the university's policing "
    "institute. How should this context affect how you read it, without assuming that "
    "any claim is wrong because of who made it? Whose voices are missing?",
    criteria=[
        "Identifies at least two roles or interests: the press office seeking coverage; "
        "PIER's funded research programme working with the Home Office, Ministry of "
        "Justice and NPCC; Bailey's role as the NPCC lead on child protection; later "
        "roles, if mentioned, dated and stated neutrally.",
        "Separates a source's interests from the truth of its claims: interests tell you "
        "what to check and what may be left out, not that a claim is false.",
        "Notes the genre: a preview of what Bailey 'will say', written before the "
        "speech, not a record of what he said.",
        "Names voices missing from the release (for example the platform itself, "
        "security and privacy researchers, children and young people, survivors' or "
        "civil-liberties groups) and where their views could be found.",
    ],
    model_answer=(
        "The release is a university's publicity for its own conference and research "
        "institute, and it ends with the institute's funding and its partnership with "
        "the Home Office, the Ministry of Justice and the NPCC. Bailey spoke as the "
        "national police lead on child protection, a role whose work depends on what "
        "platforms detect and report. None of this makes his claims wrong. It tells me "
        "to check his figures against the bodies that published them, and to ask what "
        "a piece written to gain coverage would leave out.\n\n"
        "It is also a preview, written before the speech in the future tense, so it "
        "tells me what Bailey was expected to say rather than what he said. Missing "
        "voices include Facebook, which gave its reasons for encryption elsewhere; "
        "security researchers who argue encryption protects everyone; and children and "
        "young people themselves. I would look for Facebook's statement at the time and "
        "for research such as 'Keys Under Doormats' before judging the argument."
    ),
    min_words=50,
)
