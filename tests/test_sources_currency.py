"""One "law, policy and data as of" date for the whole pack, stated the same way in every lesson.

The date lives once, in ``data/datapackage.json`` (``asOf``). Each lesson, exercise and
solution from 01 on states it in a ``**Law, policy and data as of:**`` line; a lesson that
could only check something to an earlier date says so after the pack date, in its own words.
"""

from __future__ import annotations

import calendar
import re

import pytest

from policylab import data

from .conftest import ROOT, notebooks, read_nb

PKG = data.package(ROOT / "data")
LABEL = "**Law, policy and data as of:**"
DATED = [p for folder in ("notebooks", "solutions", "exercises") for p in notebooks(folder)
         if not p.name.startswith("00-")]


def pack_date_in_words() -> str:
    """'2026-12' -> 'December 2026': the form the lessons use."""
    year, month = PKG["asOf"]["date"].split("-")
    return f"{calendar.month_name[int(month)]} {year}"


def test_the_package_carries_one_pack_wide_date():
    as_of = PKG["asOf"]
    assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", as_of["date"]), "asOf.date is YYYY-MM"
    assert as_of["covers"] == "law, policy and data"
    # The date is no earlier than the newest source the pack cites.
    newest = max(data.load("sources", folder=ROOT / "data")["date"].str[:7])
    assert newest <= as_of["date"], f"a source ({newest}) is newer than the pack date"


def test_lessons_to_check_are_found():
    assert {p.parent.name for p in DATED} == {"notebooks", "solutions", "exercises"}
    assert len(DATED) >= 27


@pytest.mark.parametrize("path", DATED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_lesson_states_the_pack_date(path):
    text = "\n".join("".join(c["source"]) for c in read_nb(path)["cells"]
                     if c["cell_type"] == "markdown")
    lines = [para for para in text.split("\n\n") if LABEL in para]
    assert len(lines) == 1, f"{path.name}: one '{LABEL}' paragraph expected, found {len(lines)}"
    stated = " ".join(lines[0].split())
    assert stated.startswith(f"{LABEL} {pack_date_in_words()},"), (
        f"{path.name} states {stated[len(LABEL):len(LABEL) + 30]!r}; the pack date is "
        f"{pack_date_in_words()} (data/datapackage.json asOf)"
    )
    assert "Law and policy as of" not in text, f"{path.name} still states a date of its own"


def test_the_lecturer_guide_says_what_changed_and_states_the_same_date():
    guide = (ROOT / "docs" / "lecturer-guide.md").read_text(encoding="utf-8")
    head = "## What changed in this edition, and when to re-date it"
    assert head in guide, "the lecturer guide lacks its 'what changed' section"
    section = guide.split(head, 1)[1].split("\n## ", 1)[0]
    assert f"**{pack_date_in_words()}**" in section, "the guide's edition date differs from asOf"
    assert "**When to re-date.**" in section
