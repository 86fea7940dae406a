"""Lesson 07 (Regulation and rights): self-checks, questions 7.1 to 7.9.

The exercise progresses predict -> compute -> interpret -> critique, using
``policylab.regulation`` (the Online Safety Act's maximum penalty), the revenue figures in
``platform_revenue`` and the ``policy_timeline``:

* 7.1 (choice, predict): which part of the penalty formula applies to an invented revenue.
* 7.2 (numeric): the maximum penalty, in £ millions, for an invented revenue of £400m.
* 7.3 (numeric): 10% of Meta's 2023 revenue, in US$ millions.
* 7.4 (numeric): the US$-per-£ rate at which £18m would equal 10% of Meta's 2023 revenue.
* 7.5 (numeric): years from the Online Harms White Paper to the Act's Royal Assent.
* 7.6 (choice): which EU body's position excluded end-to-end encrypted communications
  from detection orders.
* 7.7 (argued, interpret): what the maximum-penalty calculation leaves out.
* 7.8 (argued, critique): the learner's own proportionality scores, justified.
* 7.9 (argued, critique): whether Podchasov v. Russia settles Ofcom's technology-notice power.

Expected values (and the wrong values the hints catch) are computed from the data and
the package's functions when an answer is checked, never typed in.
"""

from __future__ import annotations

from policylab.checks import argued, choice, numeric

ILLUSTRATIVE_REVENUE_GBP = 100_000_000
"""An invented revenue, stated in question 7.1's wording; not a real company's figure."""

LARGER_REVENUE_GBP = 400_000_000
"""An invented revenue, stated in question 7.2's wording."""

PARTS = ("the fixed sum", "the share of revenue")
EU_BODIES = (
    "the European Commission",
    "the European Parliament",
    "the Council of the EU",
    "the European Court of Human Rights",
)


def _regulation():
    from policylab import regulation

    return regulation


def _revenue_millions(company: str) -> float:
    from policylab.data import load

    r = load("platform_revenue")
    row = r[(r["company"] == company) & (r["fiscal_year"] == 2023)]
    return float(row["revenue"].iloc[0])


def _timeline():
    from policylab.data import load

    return load("policy_timeline")


def _event_date(words: str):
    tl = _timeline()
    return tl.loc[tl["event"].str.contains(words, case=False, regex=False), "date"].iloc[0]


def _white_paper_to_assent_days() -> int:
    assent, white_paper = _event_date("receives Royal Assent"), _event_date("Harms White Paper,")
    return int((assent - white_paper).days)


def _white_paper_to_assent_years() -> float:
    return _white_paper_to_assent_days() / 365.25


def _body_excluding_e2ee() -> str:
    event = _timeline().loc[
        lambda t: t["event"].str.contains("excluding end-to-end", case=False, regex=False),
        "event",
    ].iloc[0]
    for body in EU_BODIES:
        if event.startswith(body.removeprefix("the ")):
            return body
    raise LookupError("no EU body found in the timeline event")  # pragma: no cover


# --------------------------------------------------------------------------- predict

choice(
    "7.1",
    "A service has qualifying worldwide revenue of £100 million (an invented figure). "
    "Before you compute: which part of the formula sets its maximum penalty, the fixed sum "
    "or the share of revenue?",
    PARTS,
    lambda: _regulation().which_part(ILLUSTRATIVE_REVENUE_GBP),
    hints=[
        (
            lambda: "the share of revenue",
            "Work it out: what is 10% of £100 million, and is it more or less than the fixed "
            "sum? The maximum is whichever is greater.",
        ),
    ],
    explanation=(
        "10% of £100 million is less than the fixed sum, so the fixed sum sets the maximum. "
        "For smaller services the fixed sum is the larger part; for the largest companies, the "
        "share of revenue is."
    ),
)

# --------------------------------------------------------------------------- compute

numeric(
    "7.2",
    "A larger service has qualifying worldwide revenue of £400 million (an invented figure). "
    "What is its maximum penalty, in millions of pounds? Use `regulation.max_penalty`, then "
    "divide by 1,000,000.",
    lambda: _regulation().max_penalty(LARGER_REVENUE_GBP) / 1e6,
    tolerance=0.01,
    unit="million pounds",
    hints=[
        (
            lambda: _regulation().max_penalty(LARGER_REVENUE_GBP),
            "That is the answer in pounds. Give it in millions of pounds: divide by 1,000,000.",
        ),
        (
            lambda: _regulation().FIXED_SUM_GBP / 1e6,
            "That is the fixed sum. At this revenue, is 10% of revenue more or less than it? "
            "The maximum is whichever is greater.",
        ),
        (
            lambda: LARGER_REVENUE_GBP / 1e6,
            "That is the whole revenue. The maximum is 10% of it, or the fixed sum if that is "
            "greater.",
        ),
        (
            lambda: LARGER_REVENUE_GBP / 100 / 1e6,
            "That is 1% of revenue. The share in the formula is 10%.",
        ),
    ],
    explanation=(
        "Above the threshold in the lesson's chart, 10% of revenue is the larger part, so it "
        "sets the maximum."
    ),
)

numeric(
    "7.3",
    "What is 10% of Meta's 2023 revenue, in millions of US dollars, rounded to a whole number?",
    lambda: _revenue_millions("Meta Platforms") * _regulation().REVENUE_SHARE,
    tolerance=0.5,
    unit="million US dollars",
    hints=[
        (
            lambda: _revenue_millions("Meta Platforms"),
            "That is the whole revenue. Multiply by the share, `regulation.REVENUE_SHARE`.",
        ),
        (
            lambda: _revenue_millions("Meta Platforms") / 100,
            "That is 1%. Ten per cent is 0.10 of the revenue.",
        ),
        (
            lambda: _revenue_millions("Meta Platforms") * 1e6 * _regulation().REVENUE_SHARE,
            "That is in dollars. The table gives revenue in millions: keep the answer in millions.",
        ),
    ],
    explanation=(
        "It is computed from total revenue, not Ofcom's 'qualifying worldwide revenue', and it "
        "is a ceiling, not a likely fine."
    ),
)

numeric(
    "7.4",
    "At what exchange rate, in US dollars per pound, would the fixed sum of £18 million equal "
    "10% of Meta's 2023 revenue? (Below that rate, 10% of revenue is the larger part.)",
    lambda: _regulation().break_even_rate(_revenue_millions("Meta Platforms") * 1e6),
    tolerance=0.5,
    unit="dollars per pound",
    hints=[
        (
            lambda: 1 / _regulation().break_even_rate(_revenue_millions("Meta Platforms") * 1e6),
            "That is pounds per dollar. Divide 10% of the revenue in dollars by the fixed sum "
            "in pounds to get dollars per pound.",
        ),
        (
            lambda: _regulation().break_even_rate(_revenue_millions("Snap") * 1e6),
            "That uses Snap's revenue, the lesson's example. This question is about Meta.",
        ),
        (
            lambda: _regulation().break_even_rate(_revenue_millions("Meta Platforms")),
            "The table gives revenue in millions: convert it to dollars (multiply by 1,000,000) "
            "first.",
        ),
    ],
    explanation=(
        "The pound would have to be worth hundreds of dollars for the fixed sum to be larger: "
        "for a company of this size the share of revenue is the larger part at any exchange rate "
        "you will find published, for example by the Bank of England."
    ),
)

numeric(
    "7.5",
    "How many years passed between the Online Harms White Paper and the Royal Assent of the "
    "Online Safety Act 2023? Compute it from the timeline, to one decimal place.",
    _white_paper_to_assent_years,
    tolerance=0.05,
    unit="years",
    hints=[
        (
            _white_paper_to_assent_days,
            "That is in days. Divide by 365.25 to get years.",
        ),
    ],
    explanation=(
        "From proposal to law took several years, and the codes came more than a year later."
    ),
)

# --------------------------------------------------------------------------- interpret

choice(
    "7.6",
    "Which body's position on the proposed EU regulation excluded end-to-end encrypted "
    "communications from detection orders? Find it in the timeline.",
    EU_BODIES,
    _body_excluding_e2ee,
    hints=[
        (
            lambda: "the European Commission",
            "The Commission made the proposal in May 2022, with detection orders in it. Look for "
            "the event that mentions excluding end-to-end encrypted communications.",
        ),
        (
            lambda: "the Council of the EU",
            "The Council's position of November 2025 dropped mandatory detection orders "
            "altogether. Which earlier position excluded encrypted communications from them?",
        ),
        (
            lambda: "the European Court of Human Rights",
            "The Court is not part of the EU's law-making; its 2024 judgment concerned Russia. "
            "Look for an EU body's position on the proposal.",
        ),
    ],
    explanation=(
        "The European Parliament adopted its position in November 2023. The proposal was still "
        "not adopted in the latest sources the pack holds."
    ),
)

argued(
    "7.7",
    "You computed 10% of Meta's revenue. What does that calculation leave out, if you want "
    "to know what Ofcom could actually fine a company, or whether fines will change what "
    "companies do?",
    criteria=[
        "Notes that 'qualifying worldwide revenue' is defined in the regime and is not simply "
        "total revenue, so the figure illustrates the formula.",
        "Notes that the result is a maximum (a ceiling), not a typical or likely fine, and that "
        "Ofcom decides the amount case by case.",
        "Deals with currency: the fixed sum is in pounds and the revenue in dollars, so the "
        "comparison needs an exchange rate from a named source.",
        "Raises at least one question about effect: whether fines deter, and Bailey's point "
        "that fines will not stop offending 'if nobody can see what is being uploaded'.",
    ],
    model_answer=(
        "First, the revenue is Meta's total, but the Act's formula uses 'qualifying worldwide "
        "revenue', a defined term, so the true base could be different. Second, it is a maximum: "
        "Ofcom sets an actual penalty case by case, and nothing in the calculation says a fine "
        "of that size is likely. Third, the fixed sum is in pounds and the revenue in dollars; "
        "I can say which part is larger only by comparing them in one currency, using a "
        "published rate.\n\n"
        "Finally, the calculation says nothing about effect. A large possible fine gives a "
        "super controller leverage over a platform, but Bailey's point in 2021 was that fines "
        "cannot stop offending that nobody can see. Whether penalties change what companies do, "
        "and whether that reduces abuse, would need evidence from enforcement over time."
    ),
    min_words=40,
)

# --------------------------------------------------------------------------- critique

argued(
    "7.8",
    "Score the three options (server-side hash matching, client-side scanning, default "
    "encryption with user reporting) on the six criteria, then explain the scores you gave "
    "the option you scored highest and the one you scored lowest, and say what evidence "
    "would change one of your scores.",
    criteria=[
        "Gives scores for all three options and reports the totals from `total_scores`.",
        "Justifies at least two scores with reasons tied to the criterion (for example "
        "accuracy and false positives for necessity; the security risk of scanning on the "
        "device for fair balance; judicial or independent oversight for safeguards).",
        "Engages with the strongest point against their highest-scored option.",
        "Names evidence that would change a score (for example measured error rates of an "
        "accredited tool, how many reports are lost under encryption, how often users report).",
        "Recognises that the scores and any weighting are judgements, and that different "
        "values give different rankings.",
    ],
    model_answer=(
        "I scored default encryption with user reporting highest (10 of 12) and client-side "
        "scanning lowest (6). Encryption with reporting passes legality and the least-"
        "intrusive test easily, but I gave it only 1 for necessity: user reports find some "
        "abuse, but they will not find material that both sender and recipient want to share. "
        "Client-side scanning scored 0 on least intrusive means and 1 on fair balance because "
        "it checks everyone's messages on their own device, which security researchers argue "
        "creates a weakness others can exploit, and 1 on legality because section 121 "
        "depends on accuracy standards that Ofcom was still consulting on in 2025.\n\n"
        "The strongest point against my top option is that material which used to be detected "
        "will now be missed. Evidence on how many reports are lost under default encryption, "
        "against how many users report, would change my necessity score. Someone who weighs "
        "children's protection above everyone's privacy could use the same six questions and "
        "rank the options the other way round."
    ),
    min_words=60,
)

argued(
    "7.9",
    "Does the European Court of Human Rights' judgment in Podchasov v. Russia (13 February "
    "2024) settle whether Ofcom may require accredited scanning technology in an end-to-end "
    "encrypted service? Use the conditions in section 121 and the EDPB-EDPS opinion of 2022.",
    criteria=[
        "States accurately what the Court found (a statutory duty to decrypt end-to-end "
        "encrypted communications was disproportionate, under Article 8) and the date.",
        "Compares it with section 121's conditions (necessary and proportionate; accredited "
        "technology meeting minimum standards of accuracy) and notes differences, such as "
        "scanning for known material against handing over decrypted content.",
        "Uses the EDPB-EDPS opinion accurately: an EU advisory opinion on a proposal, warning of "
        "'generalised and indiscriminate scanning', not a court ruling on UK law.",
        "Reaches a reasoned conclusion that the judgment informs but does not settle the "
        "question, or argues the opposite with reasons, and says what would settle it (a case "
        "about a real notice).",
    ],
    model_answer=(
        "Not on its own. In Podchasov (13 February 2024) the Court held that a Russian "
        "statutory duty to decrypt end-to-end encrypted communications was a disproportionate "
        "interference with the right to respect for private life under Article 8. The UK is "
        "bound by "
        "the Convention, so the reasoning matters: a measure that weakens encryption for "
        "everyone will face the same test.\n\n"
        "But section 121 is framed differently. Ofcom may require accredited technology only "
        "where it is necessary and proportionate, and only technology that meets minimum "
        "standards of accuracy; its aim is to find known material, not to hand decrypted "
        "messages to the state. Whether client-side scanning in fact weakens encryption as "
        "decryption does is exactly what the two sides dispute. The EDPB-EDPS opinion of July "
        "2022 warned that detection orders risked generalised and indiscriminate scanning, but "
        "it was advice on an EU proposal, not a ruling on UK law. The question would be settled "
        "only by a court deciding on a real notice, on its facts."
    ),
    min_words=60,
)
