"""The teaching datasets: internal consistency checks that would catch a typo.

Each test recomputes something from the data and compares it with another table, a
published total or a share that figures.md gives, so a mistyped digit in one cell shows
up as a failure here rather than as a wrong chart in a lesson.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from policylab import data

from .conftest import ROOT

FOLDER = ROOT / "data"
DATASETS = [
    "scale_claims",
    "ncmec_reports_by_year",
    "ncmec_reports_by_platform",
    "ncmec_reports_by_type",
    "iwf_annual",
    "uk_offences",
    "policy_timeline",
    "platform_scale",
    "meta_2021_analysis",
    "prevention_evidence",
    "platform_revenue",
]
DTYPES = {
    "string": "string",
    "integer": "Int64",
    "year": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": "datetime64[ns]",
}


def load(name: str) -> pd.DataFrame:
    return data.load(name, folder=FOLDER)


def schema(name: str) -> dict:
    return next(r for r in data.package(FOLDER)["resources"] if r["name"] == name)["schema"]


def reports_by_year() -> pd.Series:
    """CyberTipline reports a year (measure 'reports'), indexed by year."""
    frame = load("ncmec_reports_by_year")
    return frame[frame["measure"] == "reports"].set_index("year")["value"]


# ---------------------------------------------------------------- every dataset


@pytest.mark.parametrize("name", DATASETS)
def test_dataset_loads_with_typed_columns(name):
    frame = load(name)
    assert len(frame) > 0
    for field in schema(name)["fields"]:
        assert str(frame[field["name"]].dtype) == DTYPES[field["type"]], field["name"]
    counts = [f["name"] for f in schema(name)["fields"] if f["type"] == "integer"]
    for col in counts:
        assert (frame[col].dropna() >= 0).all(), col


@pytest.mark.parametrize("name", DATASETS)
def test_dataset_has_status_source_and_primary_key(name):
    sch = schema(name)
    names = [f["name"] for f in sch["fields"]]
    assert "status" in names and "source_id" in names
    assert sch.get("primaryKey"), "every dataset has a primary key"
    assert sch.get("foreignKeys"), "source_id points at sources.id"


def test_verified_rows_cite_primary_sources():
    kinds = load("sources").set_index("id")["kind"]
    for name in DATASETS:
        frame = load(name)
        verified = frame[frame["status"] == "verified"]
        secondary_sources = verified.loc[verified["source_id"].map(kinds) != "primary", "source_id"]
        assert secondary_sources.empty, f"{name}: verified rows citing {set(secondary_sources)}"


def test_release_claims_come_from_the_release_only():
    for name in DATASETS:
        frame = load(name)
        claims = frame[frame["status"] == "release claim"]
        assert (claims["source_id"] == "ARU-2021").all(), name
        if name != "scale_claims":
            assert claims.empty, f"{name} should not hold release claims"
    scale = load("scale_claims")
    claims = scale["status"] == "release claim"
    assert (scale.loc[claims, "who_says"] == "press release").all()
    assert (scale.loc[scale["who_says"] == "press release", "status"] == "release claim").all()
    assert (scale.loc[scale["source_id"] == "ARU-2021", "status"] == "release claim").all()


def test_unverified_figures_are_not_stored_as_facts():
    """figures.md's 'not found' list: none of these may appear except as a release claim."""
    unverified_anywhere = {
        105_420,  # IWF 2016 reports assessed (a recollection)
        260_426,  # IWF 2019 exact figures (recollections)
        132_676,
        546_000,  # NCMEC online enticement 2024 (AI-written site; 2023's 186,819 is now NCMEC's own)
        680_000,  # NCA 2023 range
        830_000,
    }
    for name in DATASETS:
        frame = load(name)
        facts = frame[frame["status"] != "release claim"]
        numeric = [f["name"] for f in schema(name)["fields"] if f["type"] in ("integer", "number")]
        for col in numeric:
            found = set(facts[col].dropna().astype("int64")) & unverified_anywhere
            assert not found, f"{name}.{col} holds unverified figure(s) {found}"
    scale = load("scale_claims")
    facts = scale[scale["status"] != "release claim"]
    release_only = [
        ("caid_images", 20_000_000),
        ("caid_growth", 250_000),
        ("arrests", 192),
        ("arrests", 850),
        ("nca_estimate", 500_000),
    ]
    for topic, value in release_only:
        rows = facts[(facts["topic"] == topic) & (facts["value_low"] == value)]
        assert rows.empty, f"{topic} {value} is a release claim, not a fact"
    iwf = load("iwf_annual")
    assert not ((iwf["year"] == 2016) & (iwf["measure"] == "reports_assessed")).any()
    assert not (
        (iwf["measure"] == "self_generated_actioned") & iwf["year"].isin([2020, 2024])
    ).any()


# ---------------------------------------------------------------- NCMEC


def test_reports_by_year_is_contiguous_1998_to_2025():
    frame = load("ncmec_reports_by_year")
    reports = frame[frame["measure"] == "reports"]
    assert list(reports["year"]) == list(range(1998, 2026))
    assert set(reports.loc[reports["provisional"], "year"]) == {2025}
    assert set(reports.loc[reports["counting"] == "bundled", "year"]) == {2024, 2025}
    incidents = frame[frame["measure"] == "incidents (bundling-adjusted)"]
    assert list(incidents["year"]) == [2024]
    # Bundling-adjusted incidents exceed the bundled report count for the same year.
    assert incidents["value"].iloc[0] > reports.set_index("year").loc[2024, "value"]
    assert set(frame.loc[frame["year"].between(2020, 2022), "status"]) == {"verified"}


def test_report_types_sum_to_the_yearly_grand_totals():
    types = load("ncmec_reports_by_type")
    totals = reports_by_year()
    summed = types.groupby("year")["reports"].sum()
    assert list(summed.index) == [2020, 2021, 2022, 2023]
    for year, value in summed.items():
        assert value == totals[year], f"{year}: categories sum to {value}, total is {totals[year]}"
    assert (types.groupby("year").size() == 8).all(), "eight NCMEC categories a year"


def test_report_types_keep_ncmec_names_and_give_neutral_labels():
    types = load("ncmec_reports_by_type")
    statute = "Child Pornography (possession, manufacture, distribution)"
    assert (types["category_ncmec"] == statute).sum() == 4
    assert not types["category"].str.contains("pornography", case=False).any()
    # Over 99.5% of 2022 reports concerned suspected CSAM (NCMEC's own statement).
    y2022 = types[types["year"] == 2022].set_index("category_ncmec")["reports"]
    assert y2022[statute] / y2022.sum() > 0.995


def _platform_frame():
    frame = load("ncmec_reports_by_platform")
    return frame, frame[frame["row_kind"] == "platform"]


def test_named_platforms_fit_inside_the_totals():
    frame, platforms = _platform_frame()
    esp = frame[frame["row_kind"] == "ESP total"].set_index("year")["reports"]
    everything = frame[frame["row_kind"] == "all reports"].set_index("year")["reports"]
    named = platforms.groupby("year")["reports"].sum()
    assert list(esp.index) == list(everything.index) == list(named.index) == list(range(2019, 2026))
    assert (named <= esp).all(), "named platforms add up to more than all ESPs"
    assert (esp <= everything).all(), "ESP total above all reports"


def test_all_reports_rows_match_reports_by_year():
    frame, _ = _platform_frame()
    everything = frame[frame["row_kind"] == "all reports"].set_index("year")["reports"]
    totals = reports_by_year()
    for year, value in everything.items():
        assert value == totals[year], year


def test_meta_share_matches_figures_md():
    """Facebook + Instagram + WhatsApp as a share of all reports, against figures.md 1c."""
    frame, platforms = _platform_frame()
    everything = frame[frame["row_kind"] == "all reports"].set_index("year")["reports"]
    apps = platforms[platforms["platform"].isin(["Facebook", "Instagram", "WhatsApp"])]
    meta = apps.groupby("year")["reports"].sum()
    published = {2019: 93.5, 2020: 93.4, 2021: 91.5, 2022: 84.8, 2023: 84.7, 2024: 67.1}
    for year, share in published.items():
        computed = 100 * meta[year] / everything[year]
        assert abs(computed - share) < 0.1, f"{year}: {computed:.2f}% against {share}%"
    # Before 2021 the Facebook line covers all three apps: no separate rows.
    early = platforms[platforms["year"] < 2021]
    assert not early["platform"].isin(["Instagram", "WhatsApp"]).any()
    facebook_early = early[early["platform"] == "Facebook"]
    assert facebook_early["scope_note"].str.contains("Instagram and WhatsApp").all()


def test_2024_falls_match_the_published_cross_check():
    """figures.md 1e: Google -20.1%, X -21.2%, Discord -28.9%, Microsoft -27.2% (2023-24)."""
    _, platforms = _platform_frame()
    table = platforms.pivot(index="platform", columns="year", values="reports")
    published = {"Google": -20.1, "Twitter / X": -21.2, "Discord": -28.9, "Microsoft": -27.2}
    for name, change in published.items():
        computed = 100 * (table.loc[name, 2024] - table.loc[name, 2023]) / table.loc[name, 2023]
        assert abs(computed - change) < 0.1, f"{name}: {computed:.2f}% against {change}%"


def test_split_lines_add_up_to_their_rows():
    _, platforms = _platform_frame()
    for _, row in platforms.dropna(subset=["scope_note"]).iterrows():
        parts = re.findall(r"([\d,]+) Twitter \+ ([\d,]+) X", row["scope_note"])
        for first, second in parts:
            assert int(first.replace(",", "")) + int(second.replace(",", "")) == row["reports"]
    twitter_2023 = platforms[(platforms["platform"] == "Twitter / X") & (platforms["year"] == 2023)]
    assert len(twitter_2023) == 1 and "597,087" in twitter_2023["scope_note"].iloc[0]


def test_platform_provisional_rows_are_2025_only():
    frame, _ = _platform_frame()
    assert set(frame.loc[frame["provisional"], "year"]) == {2025}
    assert not frame.loc[~frame["provisional"], "year"].eq(2025).any()
    assert (frame.loc[frame["row_kind"] != "platform", "company"].isna()).all()
    assert frame.loc[frame["row_kind"] == "platform", "company"].notna().all()


# ---------------------------------------------------------------- IWF


def test_iwf_actioned_within_assessed():
    iwf = load("iwf_annual").pivot(index="year", columns="measure", values="value")
    both = iwf.dropna(subset=["reports_assessed", "reports_actioned"])
    assert len(both) >= 10
    assert (both["reports_actioned"] <= both["reports_assessed"]).all()
    sg = iwf.dropna(subset=["self_generated_actioned", "reports_actioned"])
    assert (sg["self_generated_actioned"] <= sg["reports_actioned"]).all()


def test_iwf_self_generated_shares_match_figures_md():
    """figures.md 3b: 72.3% (2021), 78.0% (2022), 92% (2023) of actioned reports."""
    iwf = load("iwf_annual").pivot(index="year", columns="measure", values="value")
    share = 100 * iwf["self_generated_actioned"] / iwf["reports_actioned"]
    assert abs(share[2021] - 72.3) < 0.1
    assert abs(share[2022] - 78.0) < 0.1
    assert abs(share[2023] - 92) < 0.5


def test_iwf_flags_rounding_conflicts_and_the_series_break():
    iwf = load("iwf_annual").set_index(["year", "measure"])
    for year in (2011, 2020, 2022):
        assert pd.notna(iwf.loc[(year, "reports_actioned"), "conflict_note"]), year
    assert pd.notna(iwf.loc[(2021, "reports_assessed"), "conflict_note"])
    assert pd.notna(iwf.loc[(2023, "reports_assessed"), "conflict_note"])
    for measure in ("reports_assessed", "reports_actioned"):
        assert "round" in iwf.loc[(2019, measure), "conflict_note"].lower()
        assert "April 2014" in iwf.loc[(2014, measure), "note"]
    # Year-on-year 2024 growth in actioned reports is the IWF's own '6% increase'.
    growth = (
        iwf.loc[(2024, "reports_actioned"), "value"] / iwf.loc[(2023, "reports_actioned"), "value"]
    )
    assert abs(100 * (growth - 1) - 6) < 0.5


# ---------------------------------------------------------------- UK offences and scale


def test_derived_offence_row_matches_its_arithmetic():
    off = load("uk_offences")
    scw = off[off["series"] == "sexual communication with a child"].set_index(
        ["period", "geography"]
    )
    total = scw.loc[("April 2017 to March 2020 (three years)", "E&W"), "value"]
    first = scw.loc[("2017/18", "E&W"), "value"]
    second = scw.loc[("2018/19", "E&W"), "value"]
    derived = scw.loc[("2019/20", "E&W")]
    assert derived["status"] == "derived"
    assert derived["value"] == total - first - second
    assert f"{total:,}" in derived["note"] and f"{first:,}" in derived["note"]
    assert set(off.loc[off["status"] == "derived", "period"]) == {"2019/20"}


def test_nspcc_growth_claims_match_the_stored_figures():
    """NSPCC: grooming +89% from 2017/18 to 2023/24 (UK).

    (The image-offence base year 2016/17 was retired with its only source, a scraper's copy.)
    """
    value = load("uk_offences").set_index(["series", "period", "geography"])["value"]
    scw = "sexual communication with a child"
    rise = value[(scw, "2023/24", "UK")] / value[(scw, "2017/18", "UK")]
    assert abs(100 * (rise - 1) - 89) < 1
    # The two 2017/18 baselines differ in coverage (E&W in 2019, UK in 2025): both kept.
    assert value[(scw, "2017/18", "UK")] != value[(scw, "2017/18", "E&W")]


def test_scale_claims_ranges_and_periods_are_ordered():
    scale = load("scale_claims")
    assert (scale["value_low"] <= scale["value_high"]).all()
    ranged = scale["value_low"] < scale["value_high"]
    assert (scale.loc[ranged, "qualifier"] == "range").all()
    assert (
        scale.loc[scale["qualifier"] == "range", "value_low"]
        < scale.loc[scale["qualifier"] == "range", "value_high"]
    ).all()
    assert (scale["period_start"] <= scale["period_end"]).all()
    # Row ids are stable for citing; rows whose only source was a blog or a scraper were
    # retired (issue 13) and their ids are never reused. SC06 (CAID in November 2015) was read
    # only in an archive's copy of a written answer, so it went too.
    retired = {"SC06", "SC32", "SC33", "SC36", "SC37", "SC38", "SC39"}
    every = [f"SC{i:02d}" for i in range(1, len(scale) + len(retired) + 1)]
    assert not retired & set(scale["row_id"]), "a retired id was reused"
    assert list(scale["row_id"]) == [rid for rid in every if rid not in retired]


def test_scale_claims_put_the_release_beside_the_nca():
    scale = load("scale_claims")
    nca = scale[scale["topic"] == "nca_estimate"].set_index("source_id")
    release, published = nca.loc["ARU-2021"], nca.loc["INDEPENDENT-2021"]
    assert release["value_high"] == published["value_high"] == 850_000
    assert release["value_low"] < published["value_low"]  # 500,000 against the NCA's 550,000
    # The NCA's own statement of October 2022 gives the same range (a blog had 550,000-800,000).
    own = nca.loc["NCA-2022"]
    assert (own["value_low"], own["value_high"], own["status"]) == (550_000, 850_000, "verified")
    # Multi-month totals are stored as given, never as derived monthly rates.
    assert set(scale["per"]) <= {"total", "month", "2 months", "6 months", "year"}
    assert not scale["status"].eq("derived").any()


def test_platform_scale_and_meta_values_are_plausible():
    ps = load("platform_scale")
    shares = ps[ps["unit"].str.startswith("%")]
    assert shares["value"].between(0, 100).all()
    probabilities = ps[
        ps["unit"].str.startswith("probability") | ps["unit"].str.startswith("false positives")
    ]
    assert probabilities["value"].between(0, 1e-6).all()
    assert not ps["status"].eq("derived").any(), "derived illustrations belong in the lessons"
    meta = load("meta_2021_analysis")
    pct = meta[meta["unit"].str.startswith("%")]
    assert pct["value"].between(0, 100).all()
    assert set(meta["status"]) == {"verified"}


# ---------------------------------------------------------------- timeline


def test_policy_timeline_is_sorted_and_within_range():
    tl = load("policy_timeline")
    assert tl["date"].is_monotonic_increasing
    assert tl["date"].between(pd.Timestamp("2015-01-01"), pd.Timestamp("2026-12-31")).all()
    month = tl[tl["date_precision"] == "month"]
    assert (month["date"].dt.day == 1).all()
    year = tl[tl["date_precision"] == "year"]
    assert ((year["date"].dt.day == 1) & (year["date"].dt.month == 1)).all()


def test_policy_timeline_key_dates():
    tl = load("policy_timeline")
    key = {
        "2019-04-08": "White Paper",
        "2020-12-15": "full response",
        "2021-05-12": "draft Online Safety Bill",
        "2021-06-30": "press release",
        "2022-03-17": "introduced",
        "2022-05-11": "proposes",
        "2023-10-26": "Royal Assent",
        "2023-12-06": "Messenger",
        "2024-12-16": "illegal harms codes",
        "2025-03-17": "come into force",
        "2025-11-26": "Council",
    }
    for day, words in key.items():
        events = tl.loc[tl["date"] == pd.Timestamp(day), "event"]
        assert events.str.contains(words, case=False).any(), f"{day}: {words}"
    earn_it = tl[tl["event"].str.contains("EARN IT")]
    assert not earn_it["date"].dt.year.eq(2020).any(), "the July 2020 vote's date is in conflict"


# ---------------------------------------------------------------- sources


def test_sources_reuse_terms():
    src = load("sources")
    assert list(src.columns)[-1] == "reuse"
    assert src["reuse"].notna().all()
    ogl = src[src["reuse"] == "Open Government Licence v3.0"]
    assert ogl["url"].str.contains(r"gov\.uk/", regex=True).all(), "OGL is for UK government pages"
    licensed = src[src["reuse"].str.contains(r"CC BY|Creative Commons", regex=True)]
    for row in licensed.itertuples():
        assert "4.0" in row.reuse and ("stated" in row.reuse or "CITATION" in row.reuse), (
            f"{row.id}: a Creative Commons licence must say where the source states it"
        )
    assert src["note"].notna().all()
