"""Lesson 06 (Who is responsible?): the values its self-checks compute.

The questions themselves (wording, hints, criteria, model answers) are in
``content/lesson06.yaml``, which names the functions below.

The exercise progresses predict -> compute -> interpret -> critique. The data questions
use NCMEC's CyberTipline reports by platform (``ncmec_reports_by_platform``) for 2023,
the last full year before NCMEC's bundled counting; the lesson itself uses 2020.

* 6.1 (choice, predict): which band Meta's share of all ESP reports in 2023 falls in.
* 6.2 (numeric): reports from Meta's apps in 2023 (Facebook, Instagram, WhatsApp, Threads).
* 6.3 (numeric): Meta's share of all ESP reports in 2023, as a percentage.
* 6.4 (numeric): how many times Apple's count Meta's apps reported in 2023.
* 6.5 to 6.9 (choice): the situational crime prevention aim of five interventions
  (hash-blocking, a warning message, limits on messaging children, user reporting,
  private-by-default accounts for children; the last has two aims).
* 6.10 (choice): the setting in which the platform keeps the most means of guardianship.
* 6.11 (argued, interpret): what report counts show about who looks, and what they cannot.
* 6.12 (argued, critique): the claim that platforms put profit before safeguarding.

Expected values (and the wrong values the hints catch) are computed from the data when
an answer is checked, never typed in.
"""

from __future__ import annotations

YEAR = 2023
SHARE_BANDS = (
    "under a quarter",
    "a quarter to a half",
    "a half to three-quarters",
    "over three-quarters",
)
SCP_AIMS = (
    "increase the effort",
    "increase the risks",
    "reduce the rewards",
    "reduce provocations",
    "remove excuses",
)
SETTINGS = ("a public feed", "an end-to-end encrypted direct message", "cloud file storage")


def _reports():
    from policylab.data import load

    return load("ncmec_reports_by_platform")


def _year(year: int = YEAR):
    r = _reports()
    return r[r["year"] == year]


def _platforms(year: int = YEAR):
    y = _year(year)
    return y[y["row_kind"] == "platform"]


def _total(kind: str, year: int = YEAR) -> int:
    y = _year(year)
    return int(y.loc[y["row_kind"] == kind, "reports"].sum())


def _meta(year: int = YEAR) -> int:
    p = _platforms(year)
    return int(p.loc[p["company"] == "Meta", "reports"].sum())


def _platform(name: str, year: int = YEAR) -> int:
    p = _platforms(year)
    return int(p.loc[p["platform"] == name, "reports"].sum())


def _meta_without_threads(year: int = YEAR) -> int:
    return _meta(year) - _platform("Threads", year)


def _meta_share_pct() -> float:
    return 100 * _meta() / _total("ESP total")


def _band(pct: float) -> str:
    for limit, band in zip((25, 50, 75), SHARE_BANDS, strict=False):
        if pct < limit:
            return band
    return SHARE_BANDS[-1]


def _ratio() -> float:
    return _meta() / _platform("Apple")


# --------------------------------------------------------------------------- interpret

_AIM_NOTE = (
    " Classifying is a judgement: many interventions serve more than one aim, so say which "
    "one does most of the work."
)


# ------------------------------------------ values named by content/lesson06.yaml


def q6_1_answer():
    """Question 6.1: the answer."""
    return _band(_meta_share_pct())


def q6_2_wrong_1():
    """Question 6.2: the wrong value of hint 1."""
    return _platform("Facebook")


def q6_2_wrong_3():
    """Question 6.2: the wrong value of hint 3."""
    return _total("ESP total")


def q6_2_wrong_4():
    """Question 6.2: the wrong value of hint 4."""
    return _total("all reports")


def q6_3_wrong_1():
    """Question 6.3: the wrong value of hint 1."""
    return _meta_share_pct() / 100


def q6_3_wrong_2():
    """Question 6.3: the wrong value of hint 2."""
    return 100 * _meta() / _total("all reports")


def q6_3_wrong_3():
    """Question 6.3: the wrong value of hint 3."""
    return 100 * _platform("Facebook") / _total("ESP total")


def q6_4_wrong_1():
    """Question 6.4: the wrong value of hint 1."""
    return _platform("Facebook") / _platform("Apple")


def q6_4_wrong_2():
    """Question 6.4: the wrong value of hint 2."""
    return 1 / _ratio()
