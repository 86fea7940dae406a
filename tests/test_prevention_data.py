"""The prevention_evidence resource (lesson 08): checks that would catch a mistyped figure.

Each test recomputes something the sources also state (a total, a stated rise, a subset
that cannot exceed its whole), so a wrong digit shows up here, not as a wrong chart.
"""

from __future__ import annotations

import pandas as pd
import pytest

from policylab import data

from .conftest import ROOT

FOLDER = ROOT / "data"
NAME = "prevention_evidence"
DTYPES = {"string": "string", "integer": "Int64", "number": "Float64"}


def load(name: str = NAME) -> pd.DataFrame:
    return data.load(name, folder=FOLDER)


def value(measure: str) -> float:
    frame = load()
    row = frame[frame["measure"] == measure]
    assert len(row) == 1, f"no single row for {measure}"
    return float(row["value"].iloc[0])


def schema() -> dict:
    return next(r for r in data.package(FOLDER)["resources"] if r["name"] == NAME)["schema"]


def test_loads_with_typed_columns_key_and_sources():
    frame = load()
    assert len(frame) >= 30
    for field in schema()["fields"]:
        assert str(frame[field["name"]].dtype) == DTYPES[field["type"]], field["name"]
    assert list(frame["row_id"]) == [f"PE{i:02d}" for i in range(1, len(frame) + 1)]
    assert schema()["primaryKey"] == "row_id"
    assert frame["source_id"].isin(set(load("sources")["id"])).all()


def test_status_matches_the_kind_of_source():
    """Verified rows cite primary sources; secondary rows cite secondary ones."""
    kinds = load("sources").set_index("id")["kind"]
    frame = load()
    cited = frame["source_id"].map(kinds)
    assert (cited[frame["status"] == "verified"] == "primary").all()
    assert (cited[frame["status"] == "secondary"] == "secondary").all()
    assert set(frame["status"]) == {"verified", "secondary"}


def test_every_source_it_cites_is_complete():
    sources = load("sources").set_index("id")
    for sid in load()["source_id"].unique():
        row = sources.loc[sid]
        for col in ("publisher", "title", "date", "url", "kind", "note", "reuse"):
            assert pd.notna(row[col]) and str(row[col]).strip(), f"{sid}: no {col}"


def test_percentages_are_between_0_and_100():
    frame = load()
    pct = frame[frame["unit"].str.startswith("%") & (frame["measure"] != "contacts_rise_2019")]
    assert len(pct) >= 15
    assert pct["value"].between(0, 100).all()


def test_funnel_has_four_stages_that_never_increase():
    frame = load()
    funnel = frame.dropna(subset=["stage"]).sort_values("stage")
    assert list(funnel["stage"]) == [1, 2, 3, 4]
    assert (funnel["programme"] == "reThink chatbot").all()
    assert funnel["value"].is_monotonic_decreasing
    assert (funnel["value"].diff().dropna() < 0).all(), "each step is smaller than the one before"
    assert set(funnel["period"]) == {"March 2022 to August 2023"}


def test_chatbot_displays_fit_inside_all_warnings():
    assert value("chatbot_displays") < value("warnings_shown")


def test_search_share_fell_by_a_third():
    start, end = value("search_share_start"), value("search_share_end")
    assert end < start
    assert abs(100 * (end - start) / start - (-100 / 3)) < 0.01


def test_stop_it_now_series_and_the_stated_rise():
    frame = load()
    series = frame[frame["measure"].str.startswith("contacts_") & frame["year"].notna()]
    assert list(series.sort_values("year")["year"]) == [2016, 2017, 2018, 2019]
    assert series.sort_values("year")["value"].is_monotonic_increasing
    assert series.set_index("year").loc[2018, "qualifier"] == "more than"
    # 94,342 is a 119% rise on 'over 43,000': from the lower bound the rise is at most 119.4%.
    rise = 100 * (value("contacts_2019") / value("contacts_2018") - 1)
    assert 0 <= rise - value("contacts_rise_2019") < 1
    assert value("helpline_callers_2017") < value("contacts_2017")


def test_survey_subsets_do_not_exceed_their_wholes():
    assert value("first_saw_under_13") <= value("first_saw_under_18")
    assert value("received_help") <= value("tried_to_get_help")
    assert value("feedback_respondents") < value("selfhelp_visits")
    assert value("tor_experiment_warned") < value("tor_experiment_searches")
    assert value("tor_ctr_before") < value("tor_ctr_during")


def test_bsr_responses_add_up_to_the_recommendations():
    parts = ["bsr_implement", "bsr_partly", "bsr_assess", "bsr_no_action"]
    assert sum(value(p) for p in parts) == value("bsr_recommendations")


def test_surveys_are_labelled_as_self_selected():
    frame = load()
    survey_measures = {"first_saw_under_18", "want_to_stop", "tor_want_to_stop",
                       "feedback_use_decreased", "tor_survey_responses"}
    rows = frame[frame["measure"].isin(survey_measures)]
    assert len(rows) == len(survey_measures)
    assert (rows["evidence_type"] == "self-selected survey").all()
    rethink = frame[frame["programme"] == "reThink chatbot"]
    assert (rethink["evidence_type"] == "observational evaluation").all()


@pytest.mark.parametrize("column", ["description", "unit", "period"])
def test_text_columns_are_filled_and_use_the_right_terms(column):
    frame = load()
    assert frame[column].notna().all()
    text = " ".join(frame[column].dropna()) + " ".join(frame["note"].dropna())
    assert "pornography" not in text.replace("Pornhub", "").lower()
