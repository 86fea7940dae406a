"""Sources point to their publishers: every host reviewed, every secondary source explained.

`data/source_hosts.csv` is the reviewed list of hosts. A source whose address uses a host that
is not on it fails here, so a new host is added on purpose, with who runs it and why it is fit.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from policylab import data

from .conftest import ROOT

FOLDER = ROOT / "data"
SOURCES = data.load("sources", folder=FOLDER)
HOSTS = data.load("source_hosts", folder=FOLDER).set_index("host")

# Sources still carried by a copy (a press-release service, an archive, an aggregator or a blog)
# until the publisher's own page is found. The list emptied in December 2026 and may not grow
# again: a new source goes to the publisher's own page, or to a reputable outlet with the reason
# in `why_secondary`.
KNOWN_COPIES: frozenset[str] = frozenset()
# A host that names itself a staging or test server, or a page that names itself a draft or test.
NOT_ALLOWED_HOST = re.compile(r"(^|[.-])(stage|staging|test|dev|localhost)([.-]|$)")
NOT_ALLOWED_PATH = re.compile(r"/(test|draft|staging|preview)(/|$)|-draft(/|$)")


def host(url: str) -> str:
    return urlsplit(url).hostname or ""


def test_every_source_host_is_on_the_reviewed_list():
    unreviewed = sorted(set(SOURCES["url"].map(host)) - set(HOSTS.index))
    assert not unreviewed, (
        f"new host(s) {unreviewed}: point the source to the publisher's own page, or add the "
        "host to data/source_hosts.csv after reviewing who runs it"
    )


def test_the_list_has_no_host_that_no_source_uses():
    stale = sorted(set(HOSTS.index) - set(SOURCES["url"].map(host)))
    assert not stale, f"data/source_hosts.csv lists unused host(s) {stale}"


@pytest.mark.parametrize("row", SOURCES.to_dict("records"), ids=list(SOURCES["id"]))
def test_publisher_type_agrees_with_the_host_and_secondary_sources_say_why(row):
    allowed = {t.strip() for t in HOSTS.loc[host(row["url"]), "publisher_type"].split(";")}
    assert row["publisher_type"] in allowed, f"{row['id']}: {row['publisher_type']} on {host(row['url'])}"
    why = row["why_secondary"]
    if row["publisher_type"] == "reputable secondary":
        assert isinstance(why, str) and len(why) > 40, f"{row['id']}: say why no primary source is cited"
    else:
        assert not isinstance(why, str) or not why.strip(), f"{row['id']}: a primary source needs no reason"
    if row["kind"] == "secondary":
        assert row["publisher_type"] == "reputable secondary", f"{row['id']}: a report quoting others"


def test_no_source_is_a_draft_staging_or_test_page():
    for _, row in SOURCES.iterrows():
        parts = urlsplit(row["url"].lower())
        assert not NOT_ALLOWED_HOST.search(parts.hostname or ""), f"{row['id']}: {row['url']}"
        assert not NOT_ALLOWED_PATH.search(parts.path), f"{row['id']}: {row['url']}"
    # The checks catch the pages the audit found.
    assert NOT_ALLOWED_PATH.search("/test/cybertiplinedata-draft")
    assert NOT_ALLOWED_HOST.search("stage.tradelawdaily.com")


def test_no_source_rests_on_a_copy_host():
    on_copies = set(HOSTS.index[HOSTS["review"] == "replace"])
    carried = set(SOURCES.loc[SOURCES["url"].map(host).isin(on_copies), "id"])
    assert carried <= KNOWN_COPIES, f"source(s) on a copy host: {sorted(carried - KNOWN_COPIES)}"
    assert on_copies <= set(SOURCES["url"].map(host)), "a host marked replace that no source uses"
    assert set(HOSTS["review"]) == {"ok"}, f"hosts still marked replace: {sorted(on_copies)}"


def test_figures_from_ncmec_cite_ncmecs_own_reports_to_2023():
    """The audit found NCMEC's yearly series and its reports by platform match its own documents."""
    publisher = SOURCES.set_index("id")["publisher_type"]
    years = data.load("ncmec_reports_by_year", folder=FOLDER)
    platforms = data.load("ncmec_reports_by_platform", folder=FOLDER)
    types = data.load("ncmec_reports_by_type", folder=FOLDER)
    for frame in (years, platforms, types):
        to_2023 = frame[frame["year"] <= 2023]
        assert (to_2023["source_id"].map(publisher) == "primary").all()
        assert set(to_2023["status"]) <= {"verified", "derived"}
    assert not SOURCES["url"].str.contains("missingkids.org/test/").any()
