"""CITATION.cff is valid Citation File Format 1.2.0 and names the newest edition in the changelog."""

from __future__ import annotations

import json
import re
from datetime import datetime

import jsonschema
import pytest
import yaml

from .conftest import ROOT

SCHEMA = json.loads((ROOT / "tests" / "schemas" / "cff-1.2.0.schema.json").read_text("utf-8"))
CFF_TEXT = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def problems(data) -> list[str]:
    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=checker)
    return [f"{'/'.join(map(str, e.path)) or '(top)'}: {e.message}"
            for e in validator.iter_errors(data)]


def test_citation_file_is_valid_cff_1_2_0():
    data = yaml.safe_load(CFF_TEXT)
    assert problems(data) == []
    assert data["cff-version"] == "1.2.0"
    assert set(data["license"]) == {"MIT", "CC-BY-4.0"}, "code MIT, content CC BY 4.0 (README)"


@pytest.mark.parametrize("breakage", [
    lambda d: d.pop("authors"),
    lambda d: d.update({"date-released": "6 December 2026"}),
    lambda d: d.update({"license": "not-a-licence"}),
    lambda d: d.update({"unknown-key": 1}),
])
def test_the_schema_check_catches_a_broken_file(breakage):
    data = yaml.safe_load(CFF_TEXT)
    breakage(data)
    assert problems(data), "the schema check let a broken CITATION.cff through"


def test_citation_names_the_newest_edition_in_the_changelog():
    data = yaml.safe_load(CFF_TEXT)
    editions = re.findall(r"^## (\d{4}\.\d{2}) \((\d{1,2} \w+ \d{4})\)$", CHANGELOG, re.M)
    assert editions, "CHANGELOG.md has editions headed '## YYYY.MM (D Month YYYY)'"
    version, date = editions[0]
    assert str(data["version"]) == version
    assert datetime.strptime(date, "%d %B %Y").date().isoformat() == str(data["date-released"])
    assert CHANGELOG.index("## Unreleased") < CHANGELOG.index(f"## {version} "), (
        "'Unreleased' comes first, then editions, newest first")
