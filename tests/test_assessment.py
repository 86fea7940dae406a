"""The lecturer guide's assessment: three levels, weights that add up, every band described."""

from __future__ import annotations

import pytest

from .conftest import ROOT

GUIDE = (ROOT / "docs" / "lecturer-guide.md").read_text(encoding="utf-8")
ASSESSMENT = GUIDE.split("## Assessment: the policy brief", 1)[1].split("\n## ", 1)[0]
CRITERIA = ["1. Problem definition", "2. Fair statement of the opposing case",
            "3. Use and verification of evidence", "4. Reasoning and proportionality",
            "5. Recommendation and risks", "6. Sources and referencing", "7. Clarity and structure"]


def rows(section: str) -> list[list[str]]:
    lines = [ln for ln in section.splitlines() if ln.startswith("|") and "---" not in ln]
    return [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines]


def rubric(title: str) -> list[list[str]]:
    return rows(ASSESSMENT.split(title, 1)[1].split("\n### ", 1)[0])


@pytest.mark.parametrize("title", ["**The rubric** (level 6", "### The level 5 rubric",
                                   "### The level 7 rubric"])
def test_each_level_describes_every_band_of_every_criterion(title):
    table = [r for r in rubric(title) if r[0].strip("*") in CRITERIA]
    assert [r[0].strip("*") for r in table] == CRITERIA
    for r in table:
        assert len(r) == 6, f"{r[0]}: five bands"
        assert all(cell.strip(" -–.") and cell != "(add)" for cell in r[1:]), (
            f"{r[0]}: a band without a descriptor")


def test_weights_add_up_to_100_at_each_level():
    section = ASSESSMENT.split("**Weights.**", 1)[1].split("\n### ", 1)[0]
    table = [r for r in rows(section) if r[0] in CRITERIA]
    assert [r[0] for r in table] == CRITERIA
    for level in range(1, 4):
        assert sum(int(r[level]) for r in table) == 100, f"column {level} of the weights"


def test_moderation_and_an_alternative_assessment_are_given():
    for heading in ("### Moderation", "### Alternative assessment"):
        assert heading in ASSESSMENT
    alternative = ASSESSMENT.split("### Alternative assessment", 1)[1]
    assert "without asking for a reason" in alternative
