"""Each lesson ends with a two-tier reading list; the guide gathers the core ones per seminar."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT, notebooks, read_nb

GUIDE = (ROOT / "docs" / "lecturer-guide.md").read_text(encoding="utf-8")
PRE_READING = GUIDE.split("### Pre-reading for each seminar", 1)[1].split("\n## ", 1)[0]
LINK = re.compile(r"https?://\S+|doi\.org/\S+")
SEMINARS = {"Seminar 1": ["00", "01"], "Seminar 2": ["02", "03", "05", "06"],
            "Seminar 3": ["04", "07", "08", "09"]}


def reading_list(path) -> str:
    cells = read_nb(path)["cells"]
    found = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"
             and "".join(c["source"]).startswith("## Further reading")]
    assert len(found) == 1, "one '## Further reading' cell"
    assert "".join(cells[-2]["source"]).startswith("## Further reading"), "just before ## Support"
    return found[0]


def tier(text: str, name: str) -> list[str]:
    part = text.split(f"**{name}.**", 1)[1].split("\n**", 1)[0]
    return [" ".join(item.split()) for item in re.split(r"\n- ", "\n" + part)[1:]]


@pytest.mark.parametrize("path", notebooks("notebooks"), ids=lambda p: p.name)
def test_each_lesson_ends_with_core_and_advanced_readings_with_links(path):
    text = reading_list(path)
    for name in ("Core", "Advanced"):
        items = tier(text, name)
        assert items, f"no {name.lower()} readings"
        for item in items:
            assert re.match(r"[A-Z][^()]+ \((\d{4}|n\.d\.)\)", item), f"not author-date: {item[:50]}"
            assert LINK.search(item), f"no DOI or stable address: {item[:60]}"


@pytest.mark.parametrize("seminar", SEMINARS)
def test_the_guide_gathers_each_seminars_core_readings(seminar):
    section = " ".join(PRE_READING.split(f"**{seminar} ", 1)[1].split("\n**", 1)[0].split())
    for lesson in SEMINARS[seminar]:
        path = next(p for p in notebooks("notebooks") if p.name.startswith(lesson))
        for item in tier(reading_list(path), "Core"):
            assert item in section, f"{seminar} lacks lesson {lesson}'s core reading {item[:50]}"
