"""Lesson 03 (Reports are not prevalence): self-checks, questions 3.1 to 3.10.

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

from policylab.checks import argued, choice, numeric

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


choice(
    "3.1",
    "In 2024 NCMEC began counting with 'bundling' (one report can cover many related "
    "incidents), and from December 2023 Meta made end-to-end encryption the default on "
    "Messenger. Before you look: did the number of CyberTipline reports rise, fall or stay "
    "about the same from 2023 to 2024?",
    DIRECTIONS,
    _direction,
    hints=[
        (
            lambda: "rise",
            "Reports had risen in almost every year since 1998, so this is a fair guess from "
            "the trend. But both changes push the count the same way: bundling puts several "
            "incidents into one report, and encryption stops a platform seeing message content.",
        ),
        (
            lambda: "about the same",
            "Two changes arrived at once, and both push the count the same way: bundling puts "
            "several incidents into one report, and encryption stops a platform seeing "
            "message content.",
        ),
    ],
    explanation=(
        "Reports fell, by more than in any earlier year. Both changes push the count down, "
        "so the fall alone cannot tell you how much is due to each: the questions below "
        "take it apart."
    ),
)

PERIODS = ("2013 to 2016", "2016 to 2023")


def _faster_period() -> str:
    early = growth_factor(2013, 2016)
    late = growth_factor(2016, 2023)
    return PERIODS[0] if early > late else PERIODS[1]


def _slower_period() -> str:
    return PERIODS[1] if _faster_period() == PERIODS[0] else PERIODS[0]


choice(
    "3.2",
    "On the log-scale chart of CyberTipline reports, which period saw reports grow by the "
    "larger factor (the larger multiple): 2013 to 2016, or 2016 to 2023?",
    PERIODS,
    _faster_period,
    hints=[
        (
            _slower_period,
            "In numbers of reports the later rise is larger, and on an ordinary axis it looks "
            "steeper. On a log scale, equal heights mean equal multiples: compare "
            "reports in 2016 divided by reports in 2013 with reports in 2023 divided by "
            "reports in 2016.",
        ),
    ],
    explanation=(
        "On a log scale the steeper climb is the faster proportional growth, even when "
        "fewer reports were added. Reports multiplied many times over in three years from "
        "2013, then grew by a smaller multiple over the next seven, although far more "
        "reports were added in the later period."
    ),
)

# --------------------------------------------------------------------------- compute

numeric(
    "3.3",
    f"What percentage of all CyberTipline reports in {SHARE_YEAR_EARLY} came from Meta's "
    "platforms? Give a percentage between 0 and 100.",
    lambda: meta_share_percent(SHARE_YEAR_EARLY),
    tolerance=0.2,
    unit="per cent",
    hints=[
        (
            lambda: meta_share_percent(SHARE_YEAR_EARLY) / 100,
            "That is the share as a fraction of 1. This question asks for a percentage: "
            "multiply by 100.",
        ),
        (
            lambda: 100 * meta_reports(SHARE_YEAR_EARLY) / esp_total(SHARE_YEAR_EARLY),
            "That divides by the 'ESP total' row (companies only). The question asks for the "
            "share of all reports: divide by the 'all reports' row.",
        ),
        (
            lambda: 100 - meta_share_percent(SHARE_YEAR_EARLY),
            "That is the share from everyone other than Meta. You want Meta's own share.",
        ),
        (
            lambda: meta_reports(SHARE_YEAR_EARLY),
            "That is the number of Meta's reports, not its share. Divide by all reports, "
            "then multiply by 100.",
        ),
    ],
    explanation=(
        "In 2020 NCMEC listed one 'Facebook' line that included Instagram and WhatsApp, so "
        "that line is Meta's total for the year."
    ),
)

numeric(
    "3.4",
    "What percentage of all CyberTipline reports in 2024 came from Meta's platforms "
    "(Facebook, Instagram, WhatsApp and Threads together)? Give a percentage between 0 and 100.",
    lambda: meta_share_percent(first_bundled_year()),
    tolerance=0.2,
    unit="per cent",
    hints=[
        (
            lambda: meta_share_percent(first_bundled_year()) / 100,
            "That is a fraction of 1. Multiply by 100 for a percentage.",
        ),
        (
            lambda: (
                100
                * platform_reports(first_bundled_year(), "Facebook")
                / all_reports(first_bundled_year())
            ),
            "That is Facebook alone. From 2021 NCMEC lists Meta's platforms separately: add "
            "every row whose `company` is 'Meta' before you divide.",
        ),
        (
            lambda: 100 * meta_reports(first_bundled_year()) / esp_total(first_bundled_year()),
            "That divides by the 'ESP total' row. Divide by the 'all reports' row instead.",
        ),
        (
            lambda: meta_share_percent(last_unbundled_year()),
            "That is the share in 2023. Use the 2024 rows.",
        ),
    ],
    explanation=(
        "Meta still made about two reports in every three in 2024, down from more than nine "
        "in ten in 2019-2021. Remember that the 2024 counts are bundled."
    ),
)

numeric(
    "3.5",
    "By how many reports did the number of CyberTipline reports fall from 2023 to 2024? "
    "Give the fall as a positive number of reports.",
    fall_in_reports,
    tolerance=0.001,
    relative=True,
    unit="reports",
    hints=[
        (
            lambda: -fall_in_reports(),
            "The size is right but the sign is not: give the fall as a positive number "
            "(2023 minus 2024).",
        ),
        (
            lambda: esp_total(last_unbundled_year()) - esp_total(first_bundled_year()),
            "That uses the 'ESP total' rows (companies only). Use all reports, for example "
            "the rows with `measure` 'reports' in `ncmec_reports_by_year`.",
        ),
        (
            fall_in_incidents,
            "That uses the bundling-adjusted incidents for 2024. This question asks about "
            "reports as NCMEC counted them: use the 2024 row with `measure` 'reports'.",
        ),
        (
            lambda: 100 * fall_in_reports() / all_reports(last_unbundled_year()),
            "That is the fall as a percentage. Give the number of reports.",
        ),
    ],
    explanation=(
        "It is the largest fall in the series, but it mixes a change in counting with "
        "changes in what platforms detected and reported."
    ),
)

numeric(
    "3.6",
    "By how many reports did the reports from Meta's platforms (all rows whose company is "
    "Meta) fall from 2023 to 2024? Give a positive number of reports.",
    fall_in_meta_reports,
    tolerance=0.001,
    relative=True,
    unit="reports",
    hints=[
        (
            lambda: -fall_in_meta_reports(),
            "The size is right but the sign is not: give the fall as a positive number.",
        ),
        (
            lambda: (
                platform_reports(last_unbundled_year(), "Facebook")
                - platform_reports(first_bundled_year(), "Facebook")
            ),
            "That is Facebook alone. Add Instagram, WhatsApp and Threads: sum every row whose "
            "`company` is 'Meta' in each year, then subtract.",
        ),
        (
            lambda: 100 * fall_in_meta_reports() / meta_reports(last_unbundled_year()),
            "That is the fall as a percentage. Give the number of reports.",
        ),
        (
            lambda: meta_reports(first_bundled_year()),
            "That is Meta's number of reports in 2024. Subtract it from Meta's 2023 number.",
        ),
    ],
    explanation=(
        "Meta's reports fell by more than all reports did. Like the total, Meta's 2024 "
        "count is bundled, so this fall also mixes counting with detection."
    ),
)

numeric(
    "3.7",
    "In 2024, how many more incidents (NCMEC's bundling-adjusted figure) were there than "
    "reports? This is the part of the 2023-2024 fall in reports that is a change of counting.",
    counting_gap,
    tolerance=60_000,  # the incidents figure is rounded to 0.1 million in the source
    unit="incidents",
    hints=[
        (
            lambda: -counting_gap(),
            "The size is right but the sign is not: incidents minus reports is positive.",
        ),
        (
            fall_in_incidents,
            "That is the fall from 2023's reports to 2024's incidents: the part of the fall "
            "that is not counting. This question asks for the gap within 2024, between "
            "incidents and reports.",
        ),
        (
            fall_in_reports,
            "That is the whole fall in reports. Use only the two 2024 rows: incidents minus "
            "reports.",
        ),
    ],
    explanation=(
        "So the fall in reports splits into two parts: a change of counting (this gap) and "
        "a fall in incidents (2023's reports minus 2024's incidents). The incidents figure is "
        "rounded to the nearest 0.1 million, so both parts are approximate."
    ),
)

# --------------------------------------------------------------------------- interpret

OTHERS = ("they rose", "they fell", "they did not change")


def _others_direction() -> str:
    others_change = -fall_in_reports() + fall_in_meta_reports()
    if others_change == 0:
        return OTHERS[2]
    return OTHERS[0] if others_change > 0 else OTHERS[1]


choice(
    "3.8",
    "Meta's reports fell by more than all reports fell from 2023 to 2024. What follows for "
    "the reports made by everyone else (all reporters other than Meta, taken together)?",
    OTHERS,
    _others_direction,
    hints=[
        (
            lambda: OTHERS[1],
            "Decompose the change: total change = Meta's change + everyone else's change. If "
            "Meta's fall is bigger than the total fall, everyone else's change must make up "
            "the difference in the other direction.",
        ),
        (
            lambda: OTHERS[2],
            "Decompose the change: total change = Meta's change + everyone else's change. The "
            "two falls are not equal, so everyone else's change is not zero.",
        ),
    ],
    explanation=(
        "Everyone else's reports rose, taken together, even under bundled counting. Some "
        "platforms rose (TikTok, Snapchat) while others fell by a fifth or more (Google, X, "
        "Discord, Microsoft): a total hides the parts moving in opposite directions."
    ),
)

argued(
    "3.9",
    "Apple's platforms made a few hundred CyberTipline reports a year, against Meta's tens "
    "of millions. Does a very low count show that a platform is safe, or that it does not "
    "look? Say what the count can and cannot tell you, and what further evidence you would "
    "need.",
    criteria=[
        "Uses the data: Apple's yearly reports in the hundreds, roughly flat, against Meta's "
        "millions (a ratio or comparison computed from the table).",
        "Gives at least two explanations that fit a low count: less abuse material on the "
        "service, fewer users or less sharing, or less detection (for example Apple dropped "
        "its planned iCloud Photos detection in December 2022; its on-device Communication "
        "Safety feature reports nothing to Apple).",
        "Says that a report count measures detection and reporting, not where abuse happens, "
        "so it cannot tell these explanations apart on its own.",
        "Names evidence that could: the size of the service (users, files shared), what "
        "detection it runs (transparency reports), and measures that do not depend on the "
        "platform looking, such as reports from users, police or other hotlines.",
        "Attributes positions fairly: critics who read a low count as not looking, and "
        "Apple's stated privacy reasons, without deciding which is right.",
    ],
    model_answer=(
        "Apple made 265 reports in 2020 against more than 20 million from Meta's platforms, "
        "and its count stayed in the low hundreds every year. A count that low fits several "
        "explanations. Less abuse material may pass through Apple's services, or they may be "
        "used differently. Or Apple may simply detect less: it announced scanning of iCloud "
        "Photos in 2021 and dropped the plan in December 2022, and its Communication Safety "
        "feature works on the device and sends nothing to Apple, so any good it does never "
        "shows up as a report.\n\n"
        "The count cannot tell these apart, because a report measures what a company looked "
        "for, found and chose to send. To judge, I would need the size of each service "
        "(users and files shared), what detection each company runs, and evidence that does "
        "not depend on the company looking: users' reports, police cases that involve the "
        "service, or the IWF's findings. Critics read a low count as a company not looking; "
        "Apple said when it dropped the plan that children 'can be protected without "
        "companies combing through personal data'. The count alone cannot settle which "
        "reading is right."
    ),
    min_words=40,
)

# --------------------------------------------------------------------------- critique

argued(
    "3.10",
    "In June 2021 the release said that Facebook's end-to-end encryption would \"turn the "
    'lights off" on online child sexual abuse. Judge that prediction against the 2023-2024 '
    "data. Separate the change of counting from the change at Meta, and name the "
    "counterfactual the data cannot show.",
    criteria=[
        "States the prediction and who made it (Bailey, in ARU's release of 30 June 2021): "
        "encryption would stop platforms and police seeing offenders' activity.",
        "Uses the computed figures: the fall in reports, the part that is counting (incidents "
        "minus reports in 2024), the fall in incidents, and Meta's share of the fall.",
        "Names the counterfactual: what Meta, and NCMEC in total, would have recorded in 2024 "
        "without default encryption on Messenger. It cannot be observed, and other things "
        "changed at the same time (counting, other platforms, the use of each service).",
        "Separates detection from prevalence: a fall in reports shows less detected and "
        "reported, not less (or more) abuse; NCMEC calls its count 'not a prevalence "
        "measurement'.",
        "Weighs both sides: a large fall concentrated in Meta supports the warning; a partial "
        "fall, continued reports from WhatsApp (encrypted by default since 2016) and only one "
        "year of data temper 'lights off'. Does not claim the data settle it.",
    ],
    model_answer=(
        "Bailey predicted that encryption would 'turn the lights off': platforms and police "
        "would no longer see offenders sharing material. Reports to NCMEC fell from about "
        "36.2 million in 2023 to 20.5 million in 2024, but the two years were counted "
        "differently. NCMEC's bundling-adjusted figure of about 29.2 million incidents means "
        "that roughly 8.7 million of the fall is a change of counting and about 7 million a "
        "fall in what was detected and reported. Meta's reports fell by more than the total, "
        "and NCMEC, as reported by NBC News, said Meta accounted for almost all of the fall "
        "in incidents.\n\n"
        "That supports the warning that detection at Meta would drop sharply. It does not "
        "show the lights going out: Meta still made about two reports in three, and "
        "WhatsApp, encrypted by default since 2016, reported more than before. Nor does it "
        "show anything about how much abuse there is, because reports measure detection.\n\n"
        "The counterfactual is what Meta would have reported in 2024 without default "
        "encryption on Messenger. We cannot observe it, and other platforms such as Google "
        "and X also fell by a fifth, so some of Meta's fall may have other causes. One year "
        "is also too short to judge the full effect."
    ),
    min_words=60,
)
