"""Lesson 02 (Reading the numbers): self-checks, questions 2.1 to 2.11.

The exercise progresses predict -> compute -> interpret -> critique, on the table of
the release's figures on scale beside what sources say (``scale_claims``). Rows are
found by their ``row_id``, which the data package declares stable for citing a row.

* 2.1 (choice, predict): roughly how many times larger 850 a month is than 192 a year.
* 2.2 (numeric): the release's 850 a month as a yearly figure.
* 2.3 (numeric): that yearly figure as a multiple of CEOP's 192 a year.
* 2.4 (numeric): the NCA's growth of the image database (CAID), 500,000 per two months,
  as images a month.
* 2.5 (numeric): the CAID total in June 2021 that the NCA's February 2021 figures imply.
* 2.6 (numeric): how far the release's lower bound (500,000) is below the NCA's (550,000).
* 2.7 (numeric): that gap as a percentage of the NCA's lower bound.
* 2.8 (choice, interpret): which differences still separate 192 a year and 850 a month
  once both are in the same unit.
* 2.9 (argued, interpret): whether the NCA's 2020 and 2021 estimates show growth.
* 2.10 (argued, critique): rewrite a sentence that states release claims as facts.
* 2.11 (argued, critique): what "epidemic" claims and what data could support it.

Expected values, and the wrong values the hints catch (the usual slips: a month's figure
set against a year's, a range's midpoint set against a bound, a fraction for a
percentage), are computed from the data when an answer is checked, never typed in.
"""

from __future__ import annotations

import math

from policylab.checks import argued, choice, numeric

# How many months each value of the `per` column covers ("total" is a stock: no rate).
MONTHS_IN = {"month": 1, "2 months": 2, "6 months": 6, "year": 12}
DAYS_IN_A_MONTH = 365.25 / 12

CEOP_THEN = "SC14"  # the release: CEOP coordinated 192 arrests in a year (about 2012)
DEALT_WITH_NOW = "SC15"  # the release: 850 offenders 'dealt with' a month (2021)
CAID_FEB_TOTAL = "SC03"  # the NCA, February 2021: 17 million unique images
CAID_FEB_GROWTH = "SC04"  # the NCA, February 2021: 500,000 more every two months
CAID_RELEASE_TOTAL = "SC01"  # the release: 20 million unique images
NCA_RANGE_2021 = "SC08"  # the NCA, May 2021: 550,000 to 850,000 people
RELEASE_RANGE = "SC07"  # the release: 500,000 to 850,000 people

RATIO_OPTIONS = {"about 4 times": 4, "about 50 times": 50, "about 500 times": 500}
REASONS = ("A", "B", "C", "D", "E")


def _scale():
    from policylab.data import load

    return load("scale_claims").set_index("row_id")


def _value(row_id: str, column: str = "value_low") -> float:
    return float(_scale().loc[row_id, column])


def _a_month(row_id: str) -> float:
    row = _scale().loc[row_id]
    return float(row["value_low"]) / MONTHS_IN[row["per"]]


def _a_year(row_id: str) -> float:
    return _a_month(row_id) * 12


def _midpoint(row_id: str) -> float:
    return (_value(row_id) + _value(row_id, "value_high")) / 2


# --------------------------------------------------------------------------- arrests


def _now_a_year() -> float:
    return _a_year(DEALT_WITH_NOW)


def _ratio() -> float:
    return _a_year(DEALT_WITH_NOW) / _a_year(CEOP_THEN)


def _ratio_unconverted() -> float:
    return _value(DEALT_WITH_NOW) / _value(CEOP_THEN)


def _nearest_ratio_option() -> str:
    r = _ratio()
    return min(RATIO_OPTIONS, key=lambda label: abs(math.log(RATIO_OPTIONS[label] / r)))


# --------------------------------------------------------------------------- CAID


def _caid_growth_a_month() -> float:
    return _a_month(CAID_FEB_GROWTH)


def _months_feb_to_june() -> float:
    s = _scale()
    days = (s.loc[CAID_RELEASE_TOTAL, "period_end"] - s.loc[CAID_FEB_TOTAL, "period_end"]).days
    return days / DAYS_IN_A_MONTH


def _caid_projected() -> float:
    return _value(CAID_FEB_TOTAL) + _caid_growth_a_month() * _months_feb_to_june()


def _caid_projected_at_stated_rate() -> float:
    # The slip: adding 500,000 a month, as if the NCA's figure were per month.
    return _value(CAID_FEB_TOTAL) + _value(CAID_FEB_GROWTH) * _months_feb_to_june()


# --------------------------------------------------------------------------- NCA range


def _gap() -> float:
    return _value(NCA_RANGE_2021) - _value(RELEASE_RANGE)


def _gap_percent() -> float:
    return _gap() / _value(NCA_RANGE_2021) * 100


# --------------------------------------------------------------------------- predict

choice(
    "2.1",
    "Before you compute: the release sets CEOP's 192 arrests in a year (about 2012) "
    "against 850 offenders a month (2021). Roughly how many times larger is the second "
    "figure, once both are counted over the same period?",
    tuple(RATIO_OPTIONS),
    _nearest_ratio_option,
    hints=[
        (
            lambda: "about 4 times",
            "850 divided by 192 is about 4, but that sets a month against a year. Put both "
            "figures over the same period first: how many would 850 a month make in a year?",
        ),
        (
            lambda: "about 500 times",
            "Too large. A year has 12 months, so 850 a month is about 10,000 a year. How many "
            "times 192 is that?",
        ),
    ],
    explanation=(
        "Over a year, 850 a month is about 10,000, some 50 times 192. The next questions "
        "compute it, and the rest of the exercise asks what the ratio does and does not measure."
    ),
)

# --------------------------------------------------------------------------- compute

numeric(
    "2.2",
    "The release's 850 offenders a month, as a figure for a year.",
    _now_a_year,
    tolerance=0,
    unit="a year",
    hints=[
        (
            lambda: _value(DEALT_WITH_NOW),
            "That is still the figure for one month. A year has 12 months: multiply by 12.",
        ),
        (
            lambda: _value(DEALT_WITH_NOW) / 12,
            "You divided by 12, which gives a figure for a twelfth of a month. A year's "
            "total is 12 times a month's: multiply instead.",
        ),
        (
            lambda: _value(CEOP_THEN) * 12,
            "That multiplies CEOP's 192, which is already a yearly figure. Convert the "
            "monthly figure, 850, instead.",
        ),
    ],
    explanation="Both figures are now counted over a year.",
)

numeric(
    "2.3",
    "How many times CEOP's 192 arrests a year is your answer to 2.2?",
    _ratio,
    tolerance=0.5,
    unit="times",
    hints=[
        (
            _ratio_unconverted,
            "That divides 850 (a month) by 192 (a year): a month set against a year. Divide "
            "your yearly figure from 2.2 by 192 instead.",
        ),
        (
            lambda: 1 / _ratio(),
            "That is the ratio upside down. Put the larger, 2021 figure on top: "
            "answer_2_2 / 192.",
        ),
        (
            lambda: _now_a_year() - _value(CEOP_THEN),
            "That is the difference between the two. The question asks how many times "
            "larger: divide instead of subtracting.",
        ),
    ],
    explanation=(
        "Converting changes the ratio from about 4 to about 53. Whether it measures growth "
        "in offending is question 2.8."
    ),
)

numeric(
    "2.4",
    "In February 2021 the NCA was quoted as saying the Child Abuse Image Database was "
    "growing by 500,000 images every two months. How many images a month is that?",
    _caid_growth_a_month,
    tolerance=0,
    unit="images a month",
    hints=[
        (
            lambda: _value(CAID_FEB_GROWTH),
            "That is the figure for two months, as the NCA gave it. Divide by the number of "
            "months it covers.",
        ),
        (
            lambda: _value(CAID_FEB_GROWTH) * 2,
            "You multiplied by 2. The figure already covers two months, so one month is "
            "half of it.",
        ),
        (
            lambda: _value(CAID_FEB_GROWTH) / 12,
            "You divided by 12, as if the figure covered a year. It covers two months.",
        ),
    ],
    explanation=(
        "That matches the release's 'approximately 250,000 every month': on the rate, the "
        "release and the NCA's February figure agree."
    ),
)

numeric(
    "2.5",
    "Start from the NCA's 17 million unique images in February 2021 and add the monthly "
    "growth from 2.4 for each month between then and the release (the `months_between` "
    "cell gives the number of months). About how many images would the database hold by "
    "30 June 2021?",
    _caid_projected,
    tolerance=250_000,
    unit="images",
    hints=[
        (
            lambda: _value(CAID_RELEASE_TOTAL),
            "That is the release's own figure. The question asks what the NCA's February "
            "figures imply: 17 million plus the monthly growth times the number of months.",
        ),
        (
            lambda: _value(CAID_FEB_TOTAL),
            "That is the February total with no growth added. Add the monthly growth "
            "multiplied by `months_between`.",
        ),
        (
            _caid_projected_at_stated_rate,
            "That adds 500,000 for each month, but the NCA's 500,000 covered two months. "
            "Use the monthly figure from 2.4.",
        ),
    ],
    explanation=(
        "The check accepts anything within one month's growth of the computed figure. "
        "Compare it with the release's 20 million; question 2.10 returns to the gap."
    ),
)

numeric(
    "2.6",
    "The release gives the NCA's estimate as 500,000 to 850,000 people; the NCA's "
    "published range (May 2021) is 550,000 to 850,000. How many people lower is the "
    "release's lower bound than the NCA's? Give a positive number.",
    _gap,
    tolerance=0,
    unit="people",
    hints=[
        (
            lambda: _midpoint(NCA_RANGE_2021) - _midpoint(RELEASE_RANGE),
            "That is the gap between the two ranges' midpoints. The question compares the "
            "lower bounds: 550,000 and 500,000. A midpoint is not a bound, and not the estimate.",
        ),
        (
            lambda: -_gap(),
            "The right size, but negative: you subtracted the NCA's figure from the "
            "release's. Give how many fewer, as a positive number.",
        ),
        (
            lambda: _value(NCA_RANGE_2021, "value_high") - _value(RELEASE_RANGE, "value_high"),
            "That compares the upper bounds, which agree. The question asks about the lower "
            "bounds.",
        ),
        (
            lambda: _value(NCA_RANGE_2021, "value_high") - _value(NCA_RANGE_2021),
            "That is the width of the NCA's own range. Compare the two lower bounds instead.",
        ),
    ],
)

numeric(
    "2.7",
    "Express the gap from 2.6 as a percentage of the NCA's own lower bound (give a number "
    "between 0 and 100, for example 12.5 for 12.5%).",
    _gap_percent,
    tolerance=0.1,
    unit="per cent",
    hints=[
        (
            lambda: _gap() / _value(RELEASE_RANGE) * 100,
            "That is a percentage of the release's figure, 500,000. The question asks for a "
            "percentage of the NCA's own lower bound, 550,000.",
        ),
        (
            lambda: _gap_percent() / 100,
            "That is a fraction of 1. Multiply by 100 for a percentage.",
        ),
        (
            lambda: (_midpoint(NCA_RANGE_2021) - _midpoint(RELEASE_RANGE))
            / _midpoint(NCA_RANGE_2021)
            * 100,
            "That compares the ranges' midpoints. The question compares the lower bounds.",
        ),
        (
            lambda: _gap() / _value(NCA_RANGE_2021, "value_high") * 100,
            "That is a percentage of the NCA's upper bound, 850,000. Divide by its lower "
            "bound, 550,000, instead.",
        ),
    ],
    explanation=(
        "A slip of this size changes little in the argument, but it shows why a figure is "
        "checked against the body that published it before it is repeated."
    ),
)

# --------------------------------------------------------------------------- interpret

choice(
    "2.8",
    "Once both figures are counted over a year, which differences still stop the ratio "
    "in 2.3 from measuring growth in offending? Choose every letter that applies.",
    REASONS,
    lambda: {"A", "B", "D"},
    hints=[
        (
            lambda: {"A", "B", "C", "D"},
            "Nearly. C no longer applies: you converted both figures to a year in 2.2 and "
            "2.3, so the difference of period is dealt with. Which differences remain?",
        ),
        (
            lambda: {"A", "B", "D", "E"},
            "Nearly. E is not a reason: a large figure is not evidence of an error, and the "
            "NCA and police's own 2021 total works out at about 850 arrests a month.",
        ),
        (
            lambda: {"A", "D"},
            "Nearly. Look again at what each figure counts: arrests, and offenders 'dealt "
            "with' (the `unit` column). Are they the same measure?",
        ),
        (
            lambda: {"A", "B"},
            "Nearly. Even with the same scope and measure, would arrests show how much "
            "offending there is? Think about what arrests depend on.",
        ),
    ],
    explanation=(
        "Scope (one unit against all UK forces with the NCA), measure (arrests against "
        "offenders 'dealt with') and what arrests depend on (referrals, resources and "
        "priorities) all remain once the period is fixed."
    ),
)

argued(
    "2.9",
    "In April 2020 the NCA said at least 300,000 people in the UK posed a sexual threat to "
    "children; in May 2021 it estimated 550,000 to 850,000, using a new method. A "
    "headline said there were up to three times as many 'as previously believed'. Do "
    "these figures show that the number grew? Explain what the range and 'at least' "
    "mean, what the change of method does to the comparison, and what evidence could "
    "show a real change.",
    criteria=[
        "Explains that 550,000 to 850,000 is a range of plausible values for a number "
        "nobody can count directly, not a count, and that 'at least 300,000' is a lower "
        "bound only.",
        "Notes that the two statements are consistent with each other: 550,000 to 850,000 "
        "is 'at least 300,000' too, so the figures need not show any growth.",
        "Explains that a change of method breaks the series: a difference between "
        "estimates made in different ways may come from the method, from a real change, "
        "or both, and the figures cannot separate them.",
        "Reads the headline's wording: 'as previously believed' describes a revised "
        "estimate, not a larger population.",
        "Names evidence that could show a real change: the same method applied to "
        "different years, or other consistent measures repeated over time.",
    ],
    model_answer=(
        "No, not on their own. The 2021 figure is a range: the NCA's view of where a "
        "number that cannot be counted directly probably lies. 'At least 300,000' in 2020 "
        "was a floor, not an estimate of the whole. The two statements do not even "
        "disagree: anything between 550,000 and 850,000 is also at least 300,000.\n\n"
        "More importantly, the NCA changed its method in 2021, so the new estimate is not "
        "comparable with the old one. When the way of measuring changes, the "
        "difference between two figures mixes any real change with the effect of the new "
        "method, and nothing in the figures tells us how much is which. The headline's "
        "'as previously believed' describes that: a revision of the estimate, not proof "
        "that the population trebled. The number may have grown, stayed the same or even "
        "fallen. To see a real change I would need the new method applied to several "
        "years, or another measure made the same way each year."
    ),
    min_words=50,
)

# --------------------------------------------------------------------------- critique

argued(
    "2.10",
    "A student's essay says: 'CAID holds 20 million unique images and grows by 250,000 a "
    "month (scale_claims, 2021).' Using the `status`, `who_says` and `source_id` columns "
    "and your answers to 2.4 and 2.5, say what is wrong with the sentence and rewrite it "
    "so that it reports the figures accurately.",
    criteria=[
        "Notices that both figures have the status 'release claim': they are what the "
        "press release asserts, and the pack found no source that confirms them.",
        "Cites the source that makes the claim (the ARU press release of 30 June 2021, "
        "reporting what Bailey would say), not the pack's data table, and attributes it.",
        "Reports what the sources do say: the NCA was quoted (in a news report, so a "
        "secondary source) in February 2021 as giving 17 million images, growing by "
        "500,000 every two months, which agrees with the release on the rate.",
        "Notes the gap between 20 million and the roughly 18 million that the February "
        "figures imply by June, without claiming to know its cause (rounding, a different "
        "count or date, or an error are all possible).",
        "Keeps 'unique images' accurate: distinct files held, not children, offenders or "
        "offences.",
    ],
    model_answer=(
        "The sentence states two release claims as facts, and cites the pack's table as if "
        "it were the source. In the data both figures have the status 'release claim': they "
        "come from the ARU press release (source ARU-2021), and no other source the pack "
        "found confirms them.\n\n"
        "A better version: 'A university press release previewing Simon Bailey's final "
        "speech said the police's Child Abuse Image Database held 20 million unique images "
        "and was growing by about 250,000 a month (Anglia Ruskin University, 2021). In "
        "February 2021 the NCA had been quoted as giving 17 million images, growing by "
        "500,000 every two months (The Guardian, 2021). The rates agree, but at that rate "
        "the database would have held about 18 million by June, so the release's total is "
        "higher than the NCA's figures imply; the sources do not say why.' I would also "
        "say that 'unique images' counts distinct files held, not children or offences."
    ),
    min_words=40,
)

argued(
    "2.11",
    "Bailey described the scale of offending as an 'epidemic'. What does the word claim? "
    "What data would be needed to support it, and do the release's figures provide that "
    "data? Give the strongest case for using the word, and the strongest reply.",
    criteria=[
        "Says what the word claims beyond 'a lot': in public health, cases well above what "
        "is normal for a population and time, usually rising and spreading; so it implies "
        "a baseline and a rise.",
        "Names the data that could support it: a consistent measure of new offending or "
        "victimisation per head of population, made the same way over several years and "
        "independent of police activity (for example repeated surveys), with a baseline.",
        "Assesses the release's figures against that: a running total that can only grow, "
        "an estimate whose method changed, and arrests whose scope and measure differ; "
        "they show large volume and police workload more clearly than a rise in offending.",
        "Gives the strongest case for the word (the scale is large on any measure, and a "
        "senior officer may use it to convey urgency and the pressure on police rather "
        "than as a statistical claim) and the strongest reply (such words imply a measured "
        "rise that the figures do not show, and can distort public debate and priorities).",
        "Attributes the word to Bailey, in a press release, and does not treat either the "
        "figures' limits as proof that offending is not growing or the word as proof "
        "that it is.",
    ],
    model_answer=(
        "In public health an epidemic is a rise in cases well above what is normal for a "
        "population and a period, often spreading. Used of offending, the word claims more "
        "than 'there is a lot of it': it claims that offending is rising above a known "
        "baseline. Supporting that would need a measure of how many people offend, or how "
        "many children are abused, per head of population, made the same way each year "
        "and not driven by how hard police look: for example repeated surveys, or the "
        "NCA's new method applied to several years.\n\n"
        "The release's figures do not provide that. The image database total can only "
        "grow and reflects what police seize; the NCA's 2021 range came from a new method; "
        "and the arrests comparison sets one unit's year against all UK forces' month. "
        "They show a very large volume of offending coming to police attention, and a "
        "heavy workload, which may be what Bailey meant.\n\n"
        "The strongest case for the word is that the scale is alarming on any measure and "
        "that a senior officer is entitled to signal urgency in plain language. The "
        "strongest reply is that a word implying a measured rise invites readers to "
        "believe something the figures do not show, and may steer policy towards "
        "detection at the expense of other responses. Neither point shows whether "
        "offending is in fact growing: that remains an open empirical question."
    ),
    min_words=60,
)
