"""Lesson 03 (Reports are not prevalence): the values its self-checks compute.

The questions themselves (wording, hints, criteria, model answers) are in
``content/lesson03.yaml``, which names the functions below.

The exercise progresses predict -> compute -> interpret -> critique, on NCMEC's
CyberTipline series (``ncmec_reports_by_year``) and its reports by platform
(``ncmec_reports_by_platform``):

* 3.1 (choice, predict): the direction of the change in reports from the last
  unbundled year (2023) to the first bundled one (2024).
* 3.2 (choice, read a log scale): which period grew by the larger factor,
  2013 to 2016 or 2016 to 2023.
* 3.3 (numeric): Meta's share of all reports in 2020, as a percentage.
* 3.4 (numeric): Meta's share of all reports in 2024, as a percentage.
* 3.5 (numeric): the fall in all reports from 2023 to 2024.
* 3.6 (numeric): the fall in Meta's reports from 2023 to 2024.
* 3.7 (numeric): the 2024 gap between NCMEC's bundling-adjusted incidents and its
  reports (the part of the fall that is a change of counting).
* 3.8 (choice, interpret): what Meta's fall, set against the total fall, implies for
  everyone else's reports.
* 3.9 (argued, interpret): what Apple's very low report count can and cannot show.
* 3.10 (argued, critique): the release's "turn the lights off" prediction against the
  2023-2024 data, naming the counterfactual.

The years 2023 and 2024 are found in the data (the last year counted one report per
submission, and the first with bundled counting), and every expected value and every
known wrong value is computed from ``data/`` when an answer is checked.
"""

from __future__ import annotations

META = "Meta"
SHARE_YEAR_EARLY = 2020  # question 3.3: a year when NCMEC listed a single Facebook line


# --------------------------------------------------------------------------- data


def _load(name: str):
    """`pl.load(name)`: the loader caches each table until its file changes on disk."""
    from policylab.data import load

    return load(name)


def _by_year():
    return _load("ncmec_reports_by_year")


def _by_platform():
    return _load("ncmec_reports_by_platform")


def first_bundled_year() -> int:
    """The first year NCMEC counted with bundling (2024)."""
    y = _by_year()
    return int(y.loc[y["counting"] == "bundled", "year"].min())


def last_unbundled_year() -> int:
    """The year before bundled counting began (2023)."""
    return first_bundled_year() - 1


def all_reports(year: int) -> int:
    """All CyberTipline reports received in `year` (measure 'reports')."""
    y = _by_year()
    rows = y[(y["year"] == year) & (y["measure"] == "reports")]
    return int(rows["value"].iloc[0])


def incidents(year: int) -> int:
    """NCMEC's bundling-adjusted incidents in `year` (2024 only)."""
    y = _by_year()
    rows = y[(y["year"] == year) & (y["measure"] == "incidents (bundling-adjusted)")]
    return int(rows["value"].iloc[0])


def _platform_rows(year: int):
    p = _by_platform()
    return p[(p["year"] == year) & (p["row_kind"] == "platform")]


def meta_reports(year: int) -> int:
    """Reports by every platform whose parent company is Meta in `year`."""
    rows = _platform_rows(year)
    return int(rows.loc[rows["company"] == META, "reports"].sum())


def platform_reports(year: int, platform: str) -> int:
    rows = _platform_rows(year)
    return int(rows.loc[rows["platform"] == platform, "reports"].sum())


def esp_total(year: int) -> int:
    p = _by_platform()
    rows = p[(p["year"] == year) & (p["row_kind"] == "ESP total")]
    return int(rows["reports"].iloc[0])


def meta_share_percent(year: int) -> float:
    return 100 * meta_reports(year) / all_reports(year)


def _fall(f) -> int:
    return f(last_unbundled_year()) - f(first_bundled_year())


def fall_in_reports() -> int:
    return _fall(all_reports)


def fall_in_meta_reports() -> int:
    return _fall(meta_reports)


def counting_gap() -> int:
    """Bundling-adjusted incidents minus reports, in the first bundled year."""
    year = first_bundled_year()
    return incidents(year) - all_reports(year)


def fall_in_incidents() -> int:
    """Reports in the last unbundled year minus incidents in the first bundled year."""
    return all_reports(last_unbundled_year()) - incidents(first_bundled_year())


def growth_factor(start: int, end: int) -> float:
    return all_reports(end) / all_reports(start)


# --------------------------------------------------------------------------- predict

DIRECTIONS = ("rise", "fall", "about the same")


def _direction() -> str:
    change = all_reports(first_bundled_year()) - all_reports(last_unbundled_year())
    if abs(change) < 0.02 * all_reports(last_unbundled_year()):
        return "about the same"
    return "rise" if change > 0 else "fall"


PERIODS = ("2013 to 2016", "2016 to 2023")


def _faster_period() -> str:
    early = growth_factor(2013, 2016)
    late = growth_factor(2016, 2023)
    return PERIODS[0] if early > late else PERIODS[1]


def _slower_period() -> str:
    return PERIODS[1] if _faster_period() == PERIODS[0] else PERIODS[0]


# --------------------------------------------------------------------------- interpret

OTHERS = ("they rose", "they fell", "they did not change")


def _others_direction() -> str:
    others_change = -fall_in_reports() + fall_in_meta_reports()
    if others_change == 0:
        return OTHERS[2]
    return OTHERS[0] if others_change > 0 else OTHERS[1]


# ------------------------------------------ values named by content/lesson03.yaml


def q3_3_answer():
    """Question 3.3: the answer."""
    return meta_share_percent(SHARE_YEAR_EARLY)


def q3_3_wrong_1():
    """Question 3.3: the wrong value of hint 1."""
    return meta_share_percent(SHARE_YEAR_EARLY) / 100


def q3_3_wrong_2():
    """Question 3.3: the wrong value of hint 2."""
    return 100 * meta_reports(SHARE_YEAR_EARLY) / esp_total(SHARE_YEAR_EARLY)


def q3_3_wrong_3():
    """Question 3.3: the wrong value of hint 3."""
    return 100 - meta_share_percent(SHARE_YEAR_EARLY)


def q3_3_wrong_4():
    """Question 3.3: the wrong value of hint 4."""
    return meta_reports(SHARE_YEAR_EARLY)


def q3_4_answer():
    """Question 3.4: the answer."""
    return meta_share_percent(first_bundled_year())


def q3_4_wrong_1():
    """Question 3.4: the wrong value of hint 1."""
    return meta_share_percent(first_bundled_year()) / 100


def q3_4_wrong_2():
    """Question 3.4: the wrong value of hint 2."""
    return (
        100
        * platform_reports(first_bundled_year(), "Facebook")
        / all_reports(first_bundled_year())
    )


def q3_4_wrong_3():
    """Question 3.4: the wrong value of hint 3."""
    return 100 * meta_reports(first_bundled_year()) / esp_total(first_bundled_year())


def q3_4_wrong_4():
    """Question 3.4: the wrong value of hint 4."""
    return meta_share_percent(last_unbundled_year())


def q3_5_wrong_1():
    """Question 3.5: the wrong value of hint 1."""
    return -fall_in_reports()


def q3_5_wrong_2():
    """Question 3.5: the wrong value of hint 2."""
    return esp_total(last_unbundled_year()) - esp_total(first_bundled_year())


def q3_5_wrong_4():
    """Question 3.5: the wrong value of hint 4."""
    return 100 * fall_in_reports() / all_reports(last_unbundled_year())


def q3_6_wrong_1():
    """Question 3.6: the wrong value of hint 1."""
    return -fall_in_meta_reports()


def q3_6_wrong_2():
    """Question 3.6: the wrong value of hint 2."""
    return (
        platform_reports(last_unbundled_year(), "Facebook")
        - platform_reports(first_bundled_year(), "Facebook")
    )


def q3_6_wrong_3():
    """Question 3.6: the wrong value of hint 3."""
    return 100 * fall_in_meta_reports() / meta_reports(last_unbundled_year())


def q3_6_wrong_4():
    """Question 3.6: the wrong value of hint 4."""
    return meta_reports(first_bundled_year())


def q3_7_wrong_1():
    """Question 3.7: the wrong value of hint 1."""
    return -counting_gap()
