"""policylab.regulation (lesson 07) and the platform_revenue data it is used with."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from policylab import data, regulation

from .conftest import ROOT

FOLDER = ROOT / "data"


# --------------------------------------------------------------------------- penalty


def test_fixed_sum_and_share_are_the_acts():
    assert regulation.FIXED_SUM_GBP == 18_000_000
    assert regulation.REVENUE_SHARE == 0.10


@pytest.mark.parametrize(
    ("revenue", "expected"),
    [(0, 18_000_000), (100_000_000, 18_000_000), (180_000_000, 18_000_000),
     (250_000_000, 25_000_000), (1_000_000_000, 100_000_000)],
)
def test_max_penalty_is_the_greater_of_the_two_parts(revenue, expected):
    result = regulation.max_penalty(revenue)
    assert isinstance(result, float)
    assert result == pytest.approx(expected)


def test_max_penalty_works_on_arrays_and_series():
    revenues = np.array([50e6, 180e6, 400e6])
    assert regulation.max_penalty(revenues).tolist() == pytest.approx([18e6, 18e6, 40e6])
    series = pd.Series([50e6, 400e6])
    assert list(regulation.max_penalty(series)) == pytest.approx([18e6, 40e6])


def test_max_penalty_with_other_parameters():
    assert regulation.max_penalty(100, fixed_sum=5, share=0.5) == 50
    assert regulation.max_penalty(100, fixed_sum=500, share=0.5) == 500


@pytest.mark.parametrize("bad", [-1, [10, -5], math.nan, np.array([1.0, np.nan])])
def test_max_penalty_refuses_negative_or_missing_revenue(bad):
    with pytest.raises(ValueError, match="negative|missing"):
        regulation.max_penalty(bad)


def test_threshold_and_which_part_agree():
    threshold = regulation.penalty_threshold()
    assert threshold == pytest.approx(180_000_000)
    assert regulation.which_part(threshold - 1) == "the fixed sum"
    assert regulation.which_part(threshold + 1) == "the share of revenue"
    assert regulation.which_part(threshold) == "both are equal"
    with pytest.raises(ValueError):
        regulation.penalty_threshold(share=0)
    with pytest.raises(ValueError, match="one revenue"):
        regulation.which_part([1, 2])


def test_break_even_rate():
    # 10% of $4,606m is $460.6m, the same as £18m at $25.59 to the pound
    assert regulation.break_even_rate(4_606e6) == pytest.approx(460.6 / 18)
    assert regulation.break_even_rate(np.array([180e6, 360e6])).tolist() == pytest.approx([1, 2])
    with pytest.raises(ValueError):
        regulation.break_even_rate(-5)


# --------------------------------------------------------------------------- proportionality


def test_blank_table_has_every_criterion_and_option():
    table = regulation.proportionality_table()
    assert list(table.index) == list(regulation.CRITERIA)
    assert list(table.columns) == list(regulation.OPTIONS)
    assert table.isna().all().all()
    assert str(table.dtypes.iloc[0]) == "Int64"
    assert regulation.proportionality_table(...).isna().all().all()


def test_scores_by_list_and_by_criterion():
    table = regulation.proportionality_table(
        {
            "client-side scanning": [2, 2, 1, 0, 1, 1],
            "server-side hash matching": {"legality": 2, "safeguards": 1},
            "default encryption with user reporting": ...,
        }
    )
    assert table["client-side scanning"].tolist() == [2, 2, 1, 0, 1, 1]
    hashes = table["server-side hash matching"]
    assert hashes["legality"] == 2 and hashes["safeguards"] == 1
    assert hashes.isna().sum() == 4
    assert table["default encryption with user reporting"].isna().all()


def test_other_options_become_extra_columns():
    table = regulation.proportionality_table({"metadata analysis": [1] * 6})
    assert list(table.columns) == list(regulation.OPTIONS) + ["metadata analysis"]


@pytest.mark.parametrize(
    ("scores", "words"),
    [
        ({"client-side scanning": [3, 2, 1, 0, 1, 1]}, "'client-side scanning', 'legality'"),
        ({"client-side scanning": [2, 2, 1, 0, 1, "high"]}, "'safeguards'"),
        ({"client-side scanning": [True, 2, 1, 0, 1, 1]}, "not a score"),
        ({"client-side scanning": [2, 2, 1]}, "3 score(s) given"),
        ({"client-side scanning": 2}, "list of 6 scores"),
        ({"client-side scanning": "2, 2, 1"}, "list of 6 scores"),
        ({"client-side scanning": {"proportion": 2}}, "not a criterion"),
        ([2, 2, 1, 0, 1, 1], "scores go in curly brackets"),
    ],
)
def test_bad_scores_are_explained(scores, words):
    with pytest.raises(ValueError) as err:
        regulation.proportionality_table(scores)
    assert words in str(err.value)


def test_totals_count_scored_criteria_and_never_rank():
    scores = {"client-side scanning": [2, 2, 1, 0, 1, 1],
              "server-side hash matching": [2, 2, None, None, 1, 1]}
    totals = regulation.total_scores(regulation.proportionality_table(scores))
    assert totals.loc["client-side scanning", "total"] == 7
    assert totals.loc["client-side scanning", "scored"] == 6
    assert totals.loc["server-side hash matching", "total"] == 6
    assert totals.loc["server-side hash matching", "scored"] == 4
    assert totals.loc["default encryption with user reporting", "scored"] == 0
    assert (totals["out of"] == 12).all()
    assert list(totals.index) == list(regulation.OPTIONS)  # order kept, not sorted
    assert regulation.total_scores(scores).equals(totals)  # a dict works too


def test_criteria_table_asks_a_question_for_each_criterion():
    table = regulation.criteria_table()
    assert list(table["criterion"]) == list(regulation.CRITERIA)
    assert table["question it asks"].str.endswith("?").all()


# --------------------------------------------------------------------------- data


def test_platform_revenue_rows_are_verified_from_the_companies_own_releases():
    revenue = data.load("platform_revenue", folder=FOLDER)
    kinds = data.load("sources", folder=FOLDER).set_index("id")["kind"]
    assert (revenue["status"] == "verified").all()
    assert (revenue["source_id"].map(kinds) == "primary").all()
    assert set(revenue["currency"]) == {"USD"}
    assert (revenue["period_end"].dt.year == revenue["fiscal_year"]).all()


def test_platform_revenue_figures_match_their_quoted_wording():
    """A figure that disagrees with the wording quoted in its own note is a typo."""
    revenue = data.load("platform_revenue", folder=FOLDER)
    for _, row in revenue.iterrows():
        assert f"{int(row['revenue']):,}" in row["note"], row["company"]
