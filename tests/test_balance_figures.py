"""Figures that lessons 03, 05, 08 and 09 put into words, recomputed from data/.

Each prose claim added for issue 14 ("more than doubled", "more than ten times", "between about a
tenth and a quarter") is checked against the shipped data, so a changed row or a mistyped digit
breaks a test rather than leaving the prose wrong.
"""

from __future__ import annotations

import pandas as pd
import pytest

from policylab import baserate, data

from .conftest import ROOT, read_nb

FOLDER = ROOT / "data"


def load(name: str) -> pd.DataFrame:
    return data.load(name, folder=FOLDER)


def point(row_id: str, column: str = "value") -> float:
    points = load("evidence_points").set_index("id")
    return float(points.loc[row_id, column])


def scale_value(item: str) -> float:
    scale = load("platform_scale")
    rows = scale[scale["item"] == item].sort_values("date")
    assert len(rows) >= 1, item
    return float(rows["value"].iloc[-1])


def by_type_ratio(prefix: str) -> float:
    by_type = load("ncmec_reports_by_type")
    rows = by_type[by_type["category"].str.startswith(prefix)].set_index("year")["reports"]
    return float(rows.loc[rows.index.max()] / rows.loc[rows.index.min()])


def test_enticement_about_five_times_and_unsolicited_more_than_ten_times():
    """Lesson 03: enticement 'about five times over', unsolicited 'more than ten times over'."""
    assert 4.5 <= by_type_ratio("Online enticement") < 5.5
    assert by_type_ratio("Unsolicited") > 10


def test_unencrypted_service_made_more_than_ten_times_the_reports_per_user():
    """Lesson 03: Facebook against WhatsApp, 2021 reports per million users."""
    platforms = load("ncmec_reports_by_platform").set_index(["year", "platform"])["reports"]
    facebook = platforms.loc[(2021, "Facebook")] / scale_value("Facebook monthly active users")
    whatsapp = platforms.loc[(2021, "WhatsApp")] / scale_value("WhatsApp users")
    assert facebook / whatsapp > 10
    assert whatsapp / facebook < 0.1  # key point: 'less than a tenth as much per user'


def test_the_two_eu_figures_disagree_and_come_from_different_sources():
    """Lesson 03 says ENOC's and the newspaper's figures disagree; both are falls."""
    points = load("evidence_points").set_index("id")
    assert point("EP01") != point("EP02")
    assert points.loc["EP01", "source_id"] != points.loc["EP02", "source_id"]
    assert points.loc["EP02", "status"] == "secondary"


def test_survey_and_police_count_are_of_different_size():
    """Lesson 03: police-recorded offences in a year are a small fraction of the survey count."""
    assert point("EP04") / point("EP05") > 10
    # 7.5% of adults and 3.1 million people describe the same estimate: about 41 million adults
    implied_adults = point("EP04") / (point("EP03") / 100)
    assert 35e6 < implied_adults < 48e6


def test_recorded_offences_rose_over_the_table():
    """Lesson 03: image and sexual-communication offences 'rose over the years in the table'."""
    offences = load("uk_offences")
    for prefix in ("child abuse image", "sexual communication"):
        rows = offences[offences["series"].str.startswith(prefix)].sort_values("year_ending")
        assert rows["value"].iloc[-1] > rows["value"].iloc[0], prefix


def test_warning_experiment_differences_are_a_tenth_to_a_quarter():
    """Lesson 08: 'between about a tenth and a quarter more ... turned back'."""
    control = point("EP07")
    low, high = point("EP08") - control, point("EP08", "value_high") - control
    assert 9 <= low <= 12 and 22 <= high <= 26
    assert point("EP10") > point("EP09") > 1  # both best messages beat no warning


def test_photodna_claimed_rates_give_almost_only_real_flags():
    """Lessons 05 and 09: at the claimed rates, almost every flag is real; 100 false a day."""
    messages = baserate.platform_value("WhatsApp messages a day")
    recall = baserate.platform_value("PhotoDNA share of altered copies matched (claimed)") / 100
    fpr = baserate.platform_value("PhotoDNA false-positive rate (claimed)")
    result = baserate.screening(messages, 1 / 1_000_000, recall, fpr, 5)
    assert result.share_real > 0.99
    assert result.false_flags == pytest.approx(100)
    assert result.missed > 0  # lesson 05: every setting leaves some harm missed


def test_capstone_marks_the_assumed_row_as_an_assumption():
    """Lesson 09: the evidence row built on an assumed rate carries status 'assumption'."""
    nb = read_nb(ROOT / "notebooks" / "09-capstone-policy-brief.ipynb")
    e09 = [
        "".join(c["source"]) for c in nb["cells"]
        if c["cell_type"] == "code" and "assumed_rate = 1 / 1_000_000" in "".join(c["source"])
    ]
    assert len(e09) == 1
    assert 'status="assumption"' in e09[0]
    assert "PhotoDNA false-positive rate (claimed)" in e09[0]


def test_newer_harms_rises_stated_in_lessons_04_and_05():
    """Lesson 04: IWF 'about five times', NCMEC generative AI 'more than sixty times';
    lesson 05: enticement and sextortion 'rose by well over half'."""
    assert 4.5 <= point("EP18") / point("EP17") < 5.5
    assert point("EP16") / point("EP15") > 60
    for early, late in (("EP11", "EP12"), ("EP13", "EP14")):
        assert 1.5 < point(late) / point(early) < 2
