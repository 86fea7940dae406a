"""The rows added for 2025: each agrees with the other figures its own source gives.

A transcription slip in one figure shows up as a disagreement with a share or a rise that
the same source states in words, so these checks use the source's own wording, not the data.
"""

from __future__ import annotations

import pytest

from policylab import data

from .conftest import ROOT

FOLDER = ROOT / "data"


@pytest.fixture(scope="module")
def points():
    return data.load("evidence_points", folder=FOLDER).set_index("id")


def _row(points, measure_words: str, period: str):
    rows = points[
        points["measure"].str.contains(measure_words, regex=False) & (points["period"] == period)
    ]
    assert len(rows) == 1, (measure_words, period, list(rows.index))
    return rows.iloc[0]


def test_meta_2025_revenue_is_the_22_percent_rise_its_release_states():
    revenue = data.load("platform_revenue", folder=FOLDER)
    meta = revenue[revenue["company"] == "Meta Platforms"].set_index("fiscal_year")["revenue"]
    assert round(100 * (meta[2025] / meta[2024] - 1)) == 22  # "22 %" in the release's table
    assert (meta.diff().dropna() > 0).all()  # each year above the last, as the releases show


def test_iwf_category_a_videos_are_the_65_percent_its_report_states(points):
    videos = _row(points, "AI-generated child sexual abuse videos the IWF identified", "2025")
    category_a = _row(points, "Category A", "2025")
    assert round(100 * category_a["value"] / videos["value"]) == 65  # "65% of videos"


def test_iwf_ai_counts_nest_and_rise(points):
    items = _row(points, "AI-generated images and videos the IWF assessed", "2025")
    videos_2025 = _row(points, "AI-generated child sexual abuse videos the IWF identified", "2025")
    videos_2024 = _row(points, "AI-generated child sexual abuse videos the IWF identified", "2024")
    category_a = _row(points, "Category A", "2025")
    assert category_a["value"] < videos_2025["value"] < items["value"]
    assert videos_2025["value"] > 100 * videos_2024["value"]  # "3,440 ... compared with just 13"


def test_iwf_item_counts_are_not_labelled_as_reports(points):
    """Lessons compare reports with reports: a count of images and videos must say so."""
    for ident in points.index[points["source_id"].str.startswith("IWF-2026-AI")]:
        assert "report" not in points.loc[ident, "unit"], ident
        assert points.loc[ident, "status"] == "verified", ident


def test_the_apple_case_rows_run_in_order_and_cite_their_reports():
    timeline = data.load("policy_timeline", folder=FOLDER)
    court = timeline[(timeline["kind"] == "court") & timeline["event"].str.contains("Tribunal")]
    assert court["date"].is_monotonic_increasing
    dismissed = court[court["event"].str.contains("dismisses")]
    assert len(dismissed) == 1
    # a report of a court's order is a secondary row until the Tribunal's own record is found
    assert dismissed["status"].iloc[0] == "secondary"
