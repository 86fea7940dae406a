"""The support list outside the notebooks: README, lecturer guide and the record of checking."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from .conftest import ROOT
from .test_notebook_lint import SIGNPOSTS

DOCS = {
    "README.md": ROOT / "README.md",
    "docs/lecturer-guide.md": ROOT / "docs" / "lecturer-guide.md",
    "docs/safeguarding.md": ROOT / "docs" / "safeguarding.md",
    "docs/authoring.md": ROOT / "docs" / "authoring.md",
}
RECORD = DOCS["docs/safeguarding.md"].read_text(encoding="utf-8")


@pytest.mark.parametrize("name", DOCS)
def test_the_full_support_list_appears(name):
    text = DOCS[name].read_text(encoding="utf-8")
    for service, pattern in SIGNPOSTS.items():
        assert re.search(pattern, text), f"{name} lacks {service}"


def test_the_record_gives_a_date_checked_that_is_not_in_the_future():
    m = re.search(r"\*\*Date checked: (\d{1,2} \w+ \d{4})\.\*\*", RECORD)
    assert m, "docs/safeguarding.md states the date each contact was checked"
    checked = dt.datetime.strptime(m.group(1), "%d %B %Y").date()
    assert checked <= dt.date.today()


def test_the_record_has_a_row_for_every_contact_with_its_status():
    table = RECORD.split("## When each contact was checked", 1)[1]
    rows = [ln for ln in table.splitlines() if ln.startswith("| ") and "---" not in ln][1:]
    firsts = " ".join(r.split("|")[1] for r in rows)
    for service in ("Samaritans", "NAPAC", "Rape Crisis England and Wales", "Rape Crisis Scotland",
                    "Report Remove", "Stop It Now", "NSPCC", "Childline",
                    "Internet Watch Foundation", "CEOP"):
        assert service in firsts, f"no row records when {service} was checked"
    for row in rows:
        status = row.rstrip(" |").rsplit("|", 1)[1]
        assert re.search(r"confirmed", status), f"a row states no status: {row[:50]}"


def test_the_guide_has_a_disclosure_protocol_for_each_case():
    guide = DOCS["docs/lecturer-guide.md"].read_text(encoding="utf-8")
    protocol = guide.split("### If a student discloses", 1)[1].split("\n### ", 1)[0]
    for case in ("A student discloses abuse", "sexual interest in children",
                 "A student in distress", "limits of confidentiality",
                 "designated safeguarding lead", "Stop It Now (0808 1000 900)"):
        assert case in protocol, case
