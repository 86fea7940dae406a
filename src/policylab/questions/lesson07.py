"""Lesson 07 (Regulation and rights): the values its self-checks compute.

The questions themselves (wording, hints, criteria, model answers) are in
``content/lesson07.yaml``, which names the functions below.

The exercise progresses predict -> compute -> interpret -> critique, using
``policylab.regulation`` (the Online Safety Act's maximum penalty), the revenue figures in
``platform_revenue`` and the ``policy_timeline``:

* 7.1 (choice, predict): which part of the penalty formula applies to an invented revenue.
* 7.2 (numeric): the maximum penalty, in £ millions, for an invented revenue of £400m.
* 7.3 (numeric): 10% of Meta's revenue in its latest year in the table, in US$ millions.
* 7.4 (numeric): the US$-per-£ rate at which £18m would equal 10% of that revenue.
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

import math

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


def _company_rows(company: str):
    """The company's rows of ``platform_revenue``, in the file's order."""
    from policylab.data import load

    r = load("platform_revenue")
    return r[r["company"] == company]


def latest_year(company: str) -> int:
    """The latest financial year the revenue table holds for ``company``."""
    return int(_company_rows(company)["fiscal_year"].max())


def _revenue_millions(company: str, year: int | None = None) -> float:
    """A company's revenue in one year (its latest in the table unless ``year`` is given)."""
    rows = _company_rows(company)
    year = latest_year(company) if year is None else year
    return float(rows.loc[rows["fiscal_year"] == year, "revenue"].iloc[0])


def _earlier_years(company: str) -> list[int]:
    """The company's years before its latest one, latest first."""
    years = sorted(set(_company_rows(company)["fiscal_year"].astype(int)), reverse=True)
    return years[1:]


def _first_listed_millions(company: str) -> float:
    """The revenue in the company's first row: what ``.iloc[0]`` gives without picking a year.

    Not a number when that row is the latest year, so the hint it feeds never fires.
    """
    first = _company_rows(company).iloc[0]
    if int(first["fiscal_year"]) == latest_year(company):
        return math.nan
    return float(first["revenue"])


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


# ------------------------------------------ values named by content/lesson07.yaml


def q7_1_answer():
    """Question 7.1: the answer."""
    return _regulation().which_part(ILLUSTRATIVE_REVENUE_GBP)


def q7_2_answer():
    """Question 7.2: the answer."""
    return _regulation().max_penalty(LARGER_REVENUE_GBP) / 1e6


def q7_2_wrong_1():
    """Question 7.2: the wrong value of hint 1."""
    return _regulation().max_penalty(LARGER_REVENUE_GBP)


def q7_2_wrong_2():
    """Question 7.2: the wrong value of hint 2."""
    return _regulation().FIXED_SUM_GBP / 1e6


def q7_3_answer():
    """Question 7.3: the answer."""
    return _revenue_millions("Meta Platforms") * _regulation().REVENUE_SHARE


def q7_3_wrong_1():
    """Question 7.3: the wrong value of hint 1."""
    return _revenue_millions("Meta Platforms")


def q7_3_wrong_2():
    """Question 7.3: the wrong value of hint 2."""
    return _revenue_millions("Meta Platforms") / 100


def q7_3_wrong_3():
    """Question 7.3: the wrong value of hint 3."""
    return _revenue_millions("Meta Platforms") * 1e6 * _regulation().REVENUE_SHARE


def q7_3_wrong_4():
    """Question 7.3: the wrong value of hint 4 (Meta's first-listed row, an earlier year)."""
    return _first_listed_millions("Meta Platforms") * _regulation().REVENUE_SHARE


def q7_3_wrong_5():
    """Question 7.3: the wrong value of hint 5 (the year before the latest; none if only one)."""
    earlier = _earlier_years("Meta Platforms")
    if not earlier:
        return math.nan
    return _revenue_millions("Meta Platforms", earlier[0]) * _regulation().REVENUE_SHARE


def q7_3_wrong_6():
    """Question 7.3: the wrong value of hint 6 (all of Meta's years added together)."""
    if len(_company_rows("Meta Platforms")) < 2:
        return math.nan
    return float(_company_rows("Meta Platforms")["revenue"].sum()) * _regulation().REVENUE_SHARE


def q7_4_answer():
    """Question 7.4: the answer."""
    return _regulation().break_even_rate(_revenue_millions("Meta Platforms") * 1e6)


def q7_4_wrong_1():
    """Question 7.4: the wrong value of hint 1."""
    return 1 / _regulation().break_even_rate(_revenue_millions("Meta Platforms") * 1e6)


def q7_4_wrong_2():
    """Question 7.4: the wrong value of hint 2."""
    return _regulation().break_even_rate(_revenue_millions("Snap") * 1e6)


def q7_4_wrong_3():
    """Question 7.4: the wrong value of hint 3."""
    return _regulation().break_even_rate(_revenue_millions("Meta Platforms"))


def q7_4_wrong_4():
    """Question 7.4: the wrong value of hint 4 (Meta's first-listed row, an earlier year)."""
    first = _first_listed_millions("Meta Platforms")
    if math.isnan(first):
        return math.nan
    return _regulation().break_even_rate(first * 1e6)
