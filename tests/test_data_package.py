"""The shipped data package: every resource valid, every source complete, README current."""

from __future__ import annotations

import pandas as pd
import pytest

from policylab import catalogue, data

from .conftest import ROOT

PKG = data.package(ROOT / "data")
NAMES = [r["name"] for r in PKG["resources"]]


@pytest.mark.parametrize("name", NAMES)
def test_resource_loads_against_its_schema(name):
    frame = data.load(name, folder=ROOT / "data")
    assert len(frame) > 0


@pytest.mark.parametrize("res", PKG["resources"], ids=NAMES)
def test_resource_is_fully_described(res):
    assert res.get("title") and res.get("description"), "every resource has a title and description"
    assert (ROOT / "data" / res["path"]).is_file()
    for field in res["schema"]["fields"]:
        assert field.get("type"), f"{res['name']}.{field['name']} has no type"
        assert len(field.get("description", "")) >= 10, f"{res['name']}.{field['name']} undescribed"


def test_every_source_is_complete():
    table = data.load("sources", folder=ROOT / "data")
    for col in ("publisher", "title", "date", "url", "kind"):
        assert table[col].notna().all(), f"a source has no {col}"
    assert table["url"].str.match(r"https?://").all()


def test_every_row_cites_a_known_source():
    known = set(data.load("sources", folder=ROOT / "data")["id"])
    for res in PKG["resources"]:
        frame = data.load(res["name"], folder=ROOT / "data")
        for col in ("source_id", "check_source_id"):
            if col in frame.columns:
                assert set(frame[col].dropna()) <= known, f"{res['name']}.{col}"
        for src in res.get("sources", []):
            assert src["id"] in known, f"{res['name']} lists unknown source {src['id']}"


def test_every_source_is_used():
    used = set()
    for res in PKG["resources"]:
        frame = data.load(res["name"], folder=ROOT / "data")
        for col in ("source_id", "check_source_id"):
            if col in frame.columns:
                used |= set(frame[col].dropna())
    unused = set(data.load("sources", folder=ROOT / "data")["id"]) - used
    assert not unused, f"sources no row refers to: {sorted(unused)}"


def _spoken(n: int) -> set[str]:
    """Ways a number is written in prose: 250,000 / 250000 / 20 million / £860,000."""
    forms = {f"{n:,}", str(n)}
    if n % 1_000_000 == 0:
        forms.add(f"{n // 1_000_000} million")
    return forms


def test_claims_ledger_figures_appear_in_the_claim_text():
    """A figure column that disagrees with its own paraphrase is a typo in one of them."""
    claims = data.load("release_claims", folder=ROOT / "data")
    for _, row in claims.iterrows():
        for col in ("figure", "figure_upper"):
            if pd.notna(row[col]):
                forms = _spoken(int(row[col]))
                assert any(f in row["claim"] for f in forms), f"{row['claim_id']} {col}"


def test_ranges_are_ordered_and_units_given():
    claims = data.load("release_claims", folder=ROOT / "data")
    both = claims.dropna(subset=["figure", "figure_upper"])
    assert (both["figure"] < both["figure_upper"]).all()
    with_figure = claims[claims["figure"].notna()]
    assert with_figure["unit"].notna().all(), "a figure without a unit"
    assert pd.isna(claims.loc[claims["figure"].isna(), "figure_upper"]).all()


def test_data_readme_is_generated_from_the_package():
    current = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert current == catalogue.render(ROOT / "data"), "run `make data-readme`"
    for name in NAMES:
        assert f"## {name}" in current


def test_frictionless_validates_the_package():
    """The reference implementation of the standard agrees that the package is valid."""
    from frictionless import Package

    report = Package(str(ROOT / "data" / "datapackage.json")).validate()
    errors = [f"{e.type}: {e.message}" for task in report.tasks for e in task.errors]
    errors += [f"{e.type}: {e.message}" for e in report.errors]
    assert report.valid, "\n".join(errors)
