"""Lesson 02 (Reading the numbers): the values its self-checks compute.

The questions themselves (wording, hints, criteria, model answers) are in
``content/lesson02.yaml``, which names the functions below.

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


# ------------------------------------------ values named by content/lesson02.yaml


def q2_2_wrong_1():
    """Question 2.2: the wrong value of hint 1."""
    return _value(DEALT_WITH_NOW)


def q2_2_wrong_2():
    """Question 2.2: the wrong value of hint 2."""
    return _value(DEALT_WITH_NOW) / 12


def q2_2_wrong_3():
    """Question 2.2: the wrong value of hint 3."""
    return _value(CEOP_THEN) * 12


def q2_3_wrong_2():
    """Question 2.3: the wrong value of hint 2."""
    return 1 / _ratio()


def q2_3_wrong_3():
    """Question 2.3: the wrong value of hint 3."""
    return _now_a_year() - _value(CEOP_THEN)


def q2_4_wrong_1():
    """Question 2.4: the wrong value of hint 1."""
    return _value(CAID_FEB_GROWTH)


def q2_4_wrong_2():
    """Question 2.4: the wrong value of hint 2."""
    return _value(CAID_FEB_GROWTH) * 2


def q2_4_wrong_3():
    """Question 2.4: the wrong value of hint 3."""
    return _value(CAID_FEB_GROWTH) / 12


def q2_5_wrong_1():
    """Question 2.5: the wrong value of hint 1."""
    return _value(CAID_RELEASE_TOTAL)


def q2_5_wrong_2():
    """Question 2.5: the wrong value of hint 2."""
    return _value(CAID_FEB_TOTAL)


def q2_6_wrong_1():
    """Question 2.6: the wrong value of hint 1."""
    return _midpoint(NCA_RANGE_2021) - _midpoint(RELEASE_RANGE)


def q2_6_wrong_2():
    """Question 2.6: the wrong value of hint 2."""
    return -_gap()


def q2_6_wrong_3():
    """Question 2.6: the wrong value of hint 3."""
    return _value(NCA_RANGE_2021, "value_high") - _value(RELEASE_RANGE, "value_high")


def q2_6_wrong_4():
    """Question 2.6: the wrong value of hint 4."""
    return _value(NCA_RANGE_2021, "value_high") - _value(NCA_RANGE_2021)


def q2_7_wrong_1():
    """Question 2.7: the wrong value of hint 1."""
    return _gap() / _value(RELEASE_RANGE) * 100


def q2_7_wrong_2():
    """Question 2.7: the wrong value of hint 2."""
    return _gap_percent() / 100


def q2_7_wrong_3():
    """Question 2.7: the wrong value of hint 3."""
    return (
        (_midpoint(NCA_RANGE_2021) - _midpoint(RELEASE_RANGE))
        / _midpoint(NCA_RANGE_2021)
        * 100
    )


def q2_7_wrong_4():
    """Question 2.7: the wrong value of hint 4."""
    return _gap() / _value(NCA_RANGE_2021, "value_high") * 100
