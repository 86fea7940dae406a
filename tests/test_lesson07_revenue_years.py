"""Lesson 07's penalty questions (7.3, 7.4) follow the revenue table's rows.

The questions ask about Meta's latest year in ``platform_revenue``. These tests change
the table in a copy of ``data/`` and check that the expected answers and the hints move
with it, so a row added next year needs no edit to the questions; and that the slips a
learner is likely to make with a table of several years get the hint that names them.
"""

from __future__ import annotations

import math
import shutil

import pandas as pd
import pytest

import policylab as pl
from policylab import data, regulation
from policylab.questions import lesson07 as q

from .conftest import ROOT

META = "Meta Platforms"


@pytest.fixture()
def data_copy(tmp_path, monkeypatch):
    """A copy of the pack's data folder that the lesson functions read instead."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    monkeypatch.setenv("POLICYLAB_DATA", str(folder))
    return folder


def _rewrite_revenue(folder, change):
    path = folder / "platform_revenue.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    change(frame).to_csv(path, index=False)


def _meta_rows(folder=None):
    revenue = data.load("platform_revenue", folder=folder)
    return revenue[revenue["company"] == META]


def test_the_questions_use_metas_latest_year_in_the_real_table():
    meta = _meta_rows(ROOT / "data")
    assert len(meta) > 1, "the lesson's point about years needs more than one year of Meta"
    latest = meta.loc[meta["fiscal_year"].idxmax()]
    assert q.latest_year(META) == int(latest["fiscal_year"])
    assert q.q7_3_answer() == pytest.approx(float(latest["revenue"]) * regulation.REVENUE_SHARE)
    assert q.q7_4_answer() == pytest.approx(
        regulation.break_even_rate(float(latest["revenue"]) * 1e6)
    )


def test_a_later_row_moves_the_answers_and_the_earlier_year_becomes_a_hint(data_copy):
    before = q.q7_3_answer()
    before_year = q.latest_year(META)

    def add_later_year(frame):
        last = frame[frame["company"] == META].iloc[-1].copy()
        year = int(last["fiscal_year"]) + 1
        last["fiscal_year"] = str(year)
        last["period_end"] = f"{year}-12-31"
        last["revenue"] = "250000"  # an invented figure, for this test only
        last["note"] = "Invented for a test: 250,000."
        return pd.concat([frame, last.to_frame().T], ignore_index=True)

    _rewrite_revenue(data_copy, add_later_year)
    assert q.latest_year(META) == before_year + 1
    assert q.q7_3_answer() == pytest.approx(250_000 * regulation.REVENUE_SHARE)
    assert q.q7_4_answer() == pytest.approx(regulation.break_even_rate(250_000e6))
    # the year that was latest is now the slip "the year before the latest"
    assert q.q7_3_wrong_5() == pytest.approx(before)
    assert pl.check("7.3", round(250_000 * regulation.REVENUE_SHARE)).ok
    assert "year before its latest" in pl.check("7.3", round(before)).message


def test_with_one_row_per_company_the_year_hints_stay_silent(data_copy):
    def keep_latest_only(frame):
        years = frame["fiscal_year"].astype(int)
        latest = years.groupby(frame["company"]).transform("max")
        return frame[years == latest]

    _rewrite_revenue(data_copy, keep_latest_only)
    assert len(_meta_rows()) == 1
    for wrong in (q.q7_3_wrong_4, q.q7_3_wrong_5, q.q7_3_wrong_6, q.q7_4_wrong_4):
        assert math.isnan(wrong())
    right = round(q.q7_3_answer())
    assert pl.check("7.3", right).ok
    assert "Hint" not in pl.check("7.3", right + 5_000).message


def test_the_slips_a_learner_makes_with_several_years_get_their_own_hint():
    revenue = pl.load("platform_revenue")
    meta = revenue[revenue["company"] == META]
    first_row = float(meta["revenue"].iloc[0])  # the lesson's old recipe, without a year
    all_years = float(meta["revenue"].sum())

    slip = pl.check("7.3", round(first_row * regulation.REVENUE_SHARE))
    assert not slip.ok and "first row" in slip.message
    slip = pl.check("7.3", round(all_years * regulation.REVENUE_SHARE))
    assert not slip.ok and "adds up" in slip.message
    slip = pl.check("7.4", round(regulation.break_even_rate(first_row * 1e6)))
    assert not slip.ok and "first row" in slip.message
