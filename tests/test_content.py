"""The lesson content files: valid against the schema, complete, and live in a kernel."""

from __future__ import annotations

import math
import shutil

import jsonschema
import pytest
import yaml

from policylab import checks, content
from policylab.checks import CORRECT, PROBLEM
from policylab.prompt_bank import PROMPTS

from .conftest import ROOT

CONTENT = ROOT / "content"
# Ids fixed before the questions moved into data files: none may be lost or renumbered.
QUESTIONS_PER_LESSON = {0: 3, 1: 9, 2: 11, 3: 11, 4: 12, 5: 10, 6: 12, 7: 9, 8: 11, 9: 12}
PROMPT_IDS = {
    "core.default-e2ee", "core.platform-responsibility", "core.mandated-scanning",
    "core.client-side-scanning", "1.source-interests", "2.offending-growing",
    "3.fall-means-less-detected", "4.hash-matching-privacy", "5.false-alarms",
    "6.who-should-act", "7.ofcom-accredited-tech", "8.prevention-vs-detection",
    "9.recommended-option",
}


def _docs():
    for path in sorted(CONTENT.glob("lesson*.yaml")):
        yield path, yaml.safe_load(path.read_text(encoding="utf-8"))


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft7Validator.check_schema(content.schema())


@pytest.mark.parametrize("path", sorted(CONTENT.glob("lesson*.yaml")), ids=lambda p: p.name)
def test_each_file_follows_the_schema(path):
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft7Validator(content.schema()).iter_errors(doc))
    assert not errors, [e.message for e in errors]
    assert path.name == f"lesson{doc['lesson']:02d}.yaml"


def test_every_question_and_prompt_keeps_its_id():
    counts = {}
    prompts = set()
    for _, doc in _docs():
        ids = [q["id"] for q in doc.get("questions", [])]
        n = doc["lesson"]
        assert ids == [f"{n}.{k}" for k in range(1, len(ids) + 1)], f"lesson {n}: {ids}"
        counts[n] = len(ids)
        prompts |= {p["id"] for p in doc.get("prompts", [])}
    assert counts == QUESTIONS_PER_LESSON
    assert prompts == PROMPT_IDS == set(PROMPTS)


def test_every_named_function_exists_and_gives_a_usable_value():
    for qid, q in checks.questions().items():
        if q.kind == "argued":
            continue
        expected = q.expected()
        if q.kind == "numeric":
            assert math.isfinite(float(expected)), qid
            for h in q.hints:
                assert math.isfinite(float(h.value())), qid
        else:
            chosen = {expected} if isinstance(expected, str) else set(expected)
            assert chosen <= set(q.options), qid
            for h in q.hints:
                w = h.value()
                assert ({w} if isinstance(w, str) else set(w)) <= set(q.options), qid


@pytest.fixture
def own_content(tmp_path, monkeypatch):
    """A copy of the content folder that a test may edit, as a lecturer would."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    monkeypatch.setenv("POLICYLAB_CONTENT", str(folder))
    return folder


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edited_question_shows_without_a_restart(own_content):
    first = checks.check("0.2", "predictive")
    assert first.status == CORRECT and "NEW WORDING" not in first.message
    _edit(own_content / "lesson00.yaml", "explanation: It forecasts",
          "explanation: NEW WORDING. It forecasts")
    assert "NEW WORDING" in checks.check("0.2", "predictive").message


def test_an_edited_prompt_shows_without_a_restart(own_content):
    assert "end-to-end encryption the default" in PROMPTS["core.default-e2ee"].question
    _edit(own_content / "lesson00.yaml", "Messaging services should be free",
          "Messaging services ought to be free")
    assert "ought to be free" in PROMPTS["core.default-e2ee"].question


def test_an_added_question_is_checked(own_content):
    doc = yaml.safe_load((own_content / "lesson00.yaml").read_text(encoding="utf-8"))
    doc["questions"].append({"id": "0.4", "kind": "choice", "prompt": "Which is a number?",
                             "options": ["seven", "7"], "answer": "7"})
    (own_content / "lesson00.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    assert checks.check("0.4", "7").status == CORRECT


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("kind: choice", "kind: [choice", "lesson00.yaml: not valid YAML (line"),
        ("  explanation: It forecasts", "  explanaton: It forecasts",
         "lesson00.yaml: at questions[1] (item '0.2'): must not contain {'explanaton'}"),
        ("answer_function: _claims_with_a_figure", "answer_function: _no_such_function",
         "no function '_no_such_function' in policylab.questions.lesson00"),
    ],
)
def test_a_broken_file_is_named_not_a_traceback(own_content, old, new, words):
    _edit(own_content / "lesson00.yaml", old, new)
    fb = checks.check("0.1", 3)
    assert fb.status == PROBLEM
    assert words in fb.message and "Tell your lecturer" in fb.message


def test_a_written_question_states_only_its_own_word_target():
    import re

    for qid, q in checks.questions().items():
        if q.kind == "argued":
            stated = re.findall(r"(\d+)\s+(?:to\s+\d+\s+)?words", q.prompt)
            assert stated in ([], [str(q.min_words)]), (qid, stated, q.min_words)
            assert not re.search(r"\d+\s+to\s+\d+\s+words", q.prompt), qid


def test_the_stored_validator_is_made_from_the_schema():
    """The kernel checks files with code generated from content/schema.json; never stale."""
    stored = content.VALIDATOR_MODULE.read_text(encoding="utf-8")
    assert stored == content.validator_code(content.schema()), (
        "run `python -m policylab.content` after editing content/schema.json")


def test_a_file_breaking_the_schema_is_refused_with_its_place():
    doc = yaml.safe_load((CONTENT / "lesson00.yaml").read_text(encoding="utf-8"))
    doc["questions"][0]["rounding"] = "two"
    with pytest.raises(content.ContentError, match=r"lesson00.yaml: at questions\[0\]\.rounding "
                                                    r"\(item '0.1'\): must be integer"):
        content.validate(doc, "lesson00.yaml")
