"""Assessed builds: a student copy shows no model answer or criteria for assessed questions.

Each build here is the real command, writing a student copy of this pack into a temporary
folder. The sentences that must not appear are taken from the pack's own content files, and
every file of the copy is searched for them with this file's own reader, not the builder's.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys

import nbformat
import pytest
import yaml
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from policylab import assessed, cli

from .conftest import ROOT


def _questions(folder=ROOT) -> dict[str, dict]:
    found = {}
    for path in sorted((folder / "content").glob("lesson*.yaml")):
        for q in yaml.safe_load(path.read_text(encoding="utf-8")).get("questions", []):
            found[q["id"]] = q
    return found


QUESTIONS = _questions()
ARGUED = [qid for qid, q in QUESTIONS.items() if q["kind"] == "argued"]


def _norm(text: str) -> str:
    text = html.unescape(text).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split()).casefold()


def _sentences(q: dict) -> set[str]:
    out = set()
    for text in [*q.get("criteria", []), q.get("model_answer", "")]:
        for part in re.split(r"(?<=[.!?])[\]\"')]*\s+|\n\s*\n", text):
            if len(part.split()) >= 5:
                out.add(_norm(part))
    return out


def forbidden(ids) -> dict[str, set[str]]:
    """For each assessed question, its sentences that no kept answer shares (alone or as
    part of a longer sentence)."""
    kept = "\n".join(set().union(*(_sentences(QUESTIONS[q]) for q in ARGUED if q not in ids)))
    return {qid: {s for s in _sentences(QUESTIONS[qid]) if s not in kept} for qid in ids}


def _all_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _all_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _all_strings(v)]
    return []


def texts(folder):
    """(file, normalised text) for every readable file under `folder`."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        if path.suffix == ".ipynb":
            text += "\n".join(_all_strings(json.loads(text)))
        elif path.suffix == ".yaml":
            text += "\n".join(_all_strings(yaml.safe_load(text)))
        yield path.relative_to(folder).as_posix(), _norm(text)


def leaks(folder, ids) -> list[tuple[str, str, str]]:
    banned = forbidden(ids)
    return [(name, qid, s[:70]) for name, text in texts(folder)
            for qid, sentences in banned.items() for s in sentences if s in text]


def build(argv, capsys):
    code = cli.main(["build-assessed", "--root", str(ROOT), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


# Two builds, made once for the module: the coursework preset, and a lecturer's own file that
# names a question of lesson 01 and one of the brief, written without quotation marks (9.10
# must stay 9.10, not become the number 9.1).
CUSTOM = [next(q for q in ARGUED if q.startswith("1.")), "9.10"]


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    base = tmp_path_factory.mktemp("assessed")
    config = base / "my-assessed.yaml"
    config.write_text(f"questions:\n  - {CUSTOM[0]}\n  - 9.10\n", encoding="utf-8")
    made = {}
    for name, argv in (("coursework", ["--coursework"]), ("custom", ["--assessed", str(config)])):
        out = base / name
        code = cli.main(["build-assessed", "--root", str(ROOT), "--out", str(out), *argv])
        assert code == 0, name
        made[name] = out
    return made


def assessed_in(name):
    return assessed.coursework_ids(ROOT) if name == "coursework" else CUSTOM


def test_coursework_is_the_brief_that_exercise_09_drafts():
    cells = nbformat.read(ROOT / "exercises" / "09-capstone-policy-brief.ipynb", 4).cells
    start = next(i for i, c in enumerate(cells) if c.source.startswith("## Part D"))
    drafted = [m for c in cells[start:] if c.cell_type == "code"
               for m in re.findall(r'check\("([0-9.]+)"', c.source)]
    assert drafted and assessed.coursework_ids(ROOT) == drafted
    assert all(QUESTIONS[q]["kind"] == "argued" for q in drafted)


def test_the_search_finds_answers_where_they_are():
    """The leak search can fail: on the pack itself it finds every assessed sentence."""
    ids = assessed.coursework_ids(ROOT)
    banned = forbidden(ids)
    assert all(banned[q] for q in ids), "a question with no sentence to search for"
    found = leaks(ROOT / "content", ids) + leaks(ROOT / "solutions", ids)
    assert {s for _, _, s in found} >= {s[:70] for q in ids for s in banned[q]}


@pytest.mark.parametrize("name", ["coursework", "custom"])
def test_a_student_copy_leaks_no_assessed_answer_or_criteria(copies, name):
    ids = assessed_in(name)
    assert all(forbidden(ids)[q] for q in ids)
    assert leaks(copies[name], ids) == []


@pytest.mark.parametrize("name", ["coursework", "custom"])
def test_a_student_copy_has_what_students_need_and_nothing_for_lecturers(copies, name):
    copy = copies[name]
    for needed in ("README.md", "notebooks/00-orientation.ipynb", "exercises", "data/sources.csv",
                   "content/schema.json", "src/policylab/checks.py", "docs/safeguarding.md"):
        assert (copy / needed).exists(), needed
    for absent in ("solutions", "lecturer", "tests", "docs/lecturer-guide.md",
                   "docs/model-answer-ledger.md"):
        assert not (copy / absent).exists(), absent
    assert sorted(p.name for p in (copy / "notebooks").glob("*.ipynb")) == sorted(
        p.name for p in (ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("name", ["coursework", "custom"])
def test_only_the_assessed_questions_lose_their_answers(copies, name):
    ids = set(assessed_in(name))
    theirs = _questions(copies[name])
    assert theirs.keys() == QUESTIONS.keys()
    for qid, q in QUESTIONS.items():
        if qid in ids:
            assert theirs[qid]["assessed"] is True
            assert "model_answer" not in theirs[qid] and "criteria" not in theirs[qid]
            assert theirs[qid]["prompt"] == q["prompt"]
            assert theirs[qid]["min_words"] == q["min_words"]
        else:
            assert theirs[qid] == q, qid
    kept = [q for q in ARGUED if q not in ids]
    assert kept and all(_sentences(QUESTIONS[q]) <= {s for s in _sentences(theirs[q])}
                        for q in kept)


CHECK_SCRIPT = """
import json, sys
import policylab
from policylab import checks
ids = json.loads(sys.argv[1])
result = {"package": policylab.__file__, "checks": {}}
for qid in ids:
    q = checks.question(qid)
    long = " ".join(f"point{i}" for i in range(q.min_words + 5))
    for label, answer in (("short", "Too few words."), ("long", long)):
        fb = checks.check(qid, answer)
        result["checks"][f"{qid} {label}"] = [fb.status, str(fb), fb._repr_html_()]
print(json.dumps(result))
"""


@pytest.mark.parametrize("name, installed", [
    ("coursework", "copy"), ("custom", "copy"),
    # a hub image built from the full pack by mistake, with the copy as the learner's folder
    ("coursework", "full pack"),
])
def test_the_check_in_a_copy_says_the_lecturer_will_mark_it(copies, name, installed):
    copy = copies[name]
    ids = assessed_in(name)
    other = next(q for q in ARGUED if q not in ids)
    package = copy / "src" if installed == "copy" else ROOT / "src"
    env = {k: v for k, v in os.environ.items() if k not in ("POLICYLAB_CONTENT", "PYTHONPATH")}
    env["PYTHONPATH"] = str(package)
    run = subprocess.run([sys.executable, "-c", CHECK_SCRIPT, json.dumps([*ids, other])],
                         cwd=copy / "exercises", env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0 and "Traceback" not in run.stdout + run.stderr, run.stderr
    result = json.loads(run.stdout)
    assert result["package"].startswith(str(package))
    for qid in ids:
        status, text, page = result["checks"][f"{qid} long"]
        assert status == "assessed"
        assert "This question is assessed: your lecturer will mark it" in text
        assert "Criteria a marker" not in text + page and "model answer (click" not in text + page
        status, text, _ = result["checks"][f"{qid} short"]
        assert status == "keep writing" and "your lecturer will mark it" in text
        assert f"the target is {QUESTIONS[qid]['min_words']}" in text
    status, text, _ = result["checks"][f"{other} long"]
    assert status == "model answer shown" and "Criteria a marker would look for" in text


@pytest.mark.parametrize("folder", ["exercises", "notebooks"])
def test_the_lesson_and_exercise_say_which_questions_are_assessed(copies, folder):
    name = "09-capstone-policy-brief.ipynb"
    nb = nbformat.read(copies["coursework"] / folder / name, 4)
    nbformat.validate(nb)
    notes = [c for c in nb.cells if "**Assessed work.**" in c.source]
    assert len(notes) == 1
    assert all(q in notes[0].source for q in assessed.coursework_ids(ROOT))
    source = nbformat.read(ROOT / folder / name, 4)
    assert [c.id for c in nb.cells if c is not notes[0]] == [c.id for c in source.cells]
    other = nbformat.read(copies["coursework"] / folder / "05-encryption-and-scanning.ipynb", 4)
    assert not [c for c in other.cells if "**Assessed work.**" in c.source]


NUMERIC = next(qid for qid, q in QUESTIONS.items() if q["kind"] == "numeric")
PROMPT = yaml.safe_load((ROOT / "content" / "lesson09.yaml").read_text())["prompts"][0]["id"]
FIRST_IN_09 = next(qid for qid in QUESTIONS if qid.startswith("9."))


@pytest.mark.parametrize("listed, words", [
    ("[9.99]", ["no question '9.99'", FIRST_IN_09]),
    (f"['{NUMERIC}']", [f"'{NUMERIC}'", "numeric", "Only written questions"]),
    (f"['{PROMPT}']", [f"'{PROMPT}'", "discussion prompt"]),
    ("[12.1]", ["no question '12.1'"]),
])
def test_an_unknown_or_unsuitable_id_is_named(tmp_path, capsys, listed, words):
    config = tmp_path / "assessed.yaml"
    config.write_text(f"questions: {listed}\n", encoding="utf-8")
    out = tmp_path / "copy"
    code, _, err = build(["--assessed", str(config), "--out", str(out)], capsys)
    assert code == 2 and "Traceback" not in err
    for word in words:
        assert word in err
    assert not out.exists()


def test_a_config_with_a_wrong_setting_is_named(tmp_path, capsys):
    config = tmp_path / "assessed.yaml"
    config.write_text("question: ['9.9']\n", encoding="utf-8")
    code, _, err = build(["--assessed", str(config), "--out", str(tmp_path / "copy")], capsys)
    assert code == 2 and "unknown setting 'question'" in err


def test_with_nothing_named_it_says_what_to_give(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = build(["--out", str(tmp_path / "copy")], capsys)
    assert code == 2 and "--coursework" in err and "--assessed FILE" in err
    assert not (tmp_path / "copy").exists()


@pytest.mark.parametrize("where", ["{root}", "{root}/student-copy", "{root}/notebooks/x"])
def test_it_refuses_to_write_into_the_pack(capsys, where):
    out = where.format(root=ROOT)
    before = sorted(p.name for p in ROOT.iterdir())
    code, _, err = build(["--coursework", "--out", out], capsys)
    assert code == 2 and "Traceback" not in err
    assert "pack" in err and "Choose a folder outside the pack" in err
    assert sorted(p.name for p in ROOT.iterdir()) == before
    assert not (ROOT / "student-copy").exists() and not (ROOT / "notebooks" / "x").exists()


@pytest.fixture
def small_pack(tmp_path):
    """This pack's content files and one exercise that checks 9.9, with a stored output
    that shows 9.9's model answer (as a solutions notebook's would)."""
    root = tmp_path / "pack"
    (root / "content").mkdir(parents=True)
    for path in (ROOT / "content").iterdir():
        (root / "content" / path.name).write_bytes(path.read_bytes())
    (root / "README.md").write_text("# Pack\n\nText.\n", encoding="utf-8")
    answer = QUESTIONS["9.9"]["model_answer"]
    check = new_code_cell('pl.check("9.9", answer_9_9)', execution_count=3,
                          outputs=[new_output("execute_result", {"text/plain": answer},
                                              execution_count=3)])
    nb = new_notebook(cells=[new_markdown_cell("# 09 · Exercises"), check,
                             new_code_cell("x = 1", execution_count=4)])
    (root / "exercises").mkdir()
    (root / "notebooks").mkdir()
    nbformat.write(nb, root / "exercises" / "09-x.ipynb")
    return root


def test_a_stored_output_showing_an_answer_is_cleared(small_pack, tmp_path, capsys):
    out = tmp_path / "copy"
    code = cli.main(["build-assessed", "--root", str(small_pack), "--out", str(out),
                     "--coursework"])
    assert code == 0, capsys.readouterr().err
    nb = nbformat.read(out / "exercises" / "09-x.ipynb", 4)
    check = next(c for c in nb.cells if "pl.check" in c.source)
    assert check.outputs == [] and check.execution_count is None
    assert nb.cells[-1].execution_count == 4  # cells that show nothing assessed are kept
    assert leaks(out, ["9.9"]) == []


def test_answer_text_left_in_prose_stops_the_build(small_pack, tmp_path, capsys):
    nb = new_notebook(cells=[new_markdown_cell(QUESTIONS["9.11"]["model_answer"])])
    nbformat.write(nb, small_pack / "notebooks" / "09-lesson.ipynb")
    out = tmp_path / "copy"
    code = cli.main(["build-assessed", "--root", str(small_pack), "--out", str(out),
                     "--coursework"])
    err = capsys.readouterr().err
    assert code == 2 and "notebooks/09-lesson.ipynb" in err and "nothing was written" in err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".copy")]


def test_a_second_build_replaces_the_first(small_pack, tmp_path, capsys):
    out = tmp_path / "copy"
    args = ["build-assessed", "--root", str(small_pack), "--out", str(out)]
    assert cli.main([*args, "--coursework"]) == 0
    (small_pack / "assessed.yaml").write_text("questions: ['9.12']\n", encoding="utf-8")
    assert cli.main(args) == 0  # the pack's assessed.yaml, with no option given
    theirs = _questions(out)
    assert theirs["9.12"].get("assessed") and "model_answer" in theirs["9.9"]
    capsys.readouterr()


def test_an_assessed_question_that_keeps_its_answer_is_refused_in_words(tmp_path, monkeypatch):
    from policylab import checks

    folder = tmp_path / "content"
    folder.mkdir()
    for path in (ROOT / "content").iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    lesson = folder / "lesson09.yaml"
    target = f"  min_words: {QUESTIONS['9.9']['min_words']}\n"
    text = lesson.read_text(encoding="utf-8")
    assert target in text
    lesson.write_text(text.replace(target, target + "  assessed: true\n", 1), encoding="utf-8")
    monkeypatch.setenv("POLICYLAB_CONTENT", str(folder))
    fb = checks.check("9.9", "A few words of an answer.")
    assert fb.status == checks.PROBLEM
    assert "'9.9' is marked 'assessed: true' but still holds its criteria" in fb.message
    assert ".." not in fb.message


def test_the_guides_example_file_names_written_questions(tmp_path):
    guide = (ROOT / "docs" / "lecturer-guide.md").read_text(encoding="utf-8")
    section = guide.split("### Assessed builds", 1)[1].split("\n## ", 1)[0]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    config = tmp_path / "assessed.yaml"
    config.write_text(example, encoding="utf-8")
    ids = assessed.read_config(config, ROOT)
    assert ids[: len(assessed.coursework_ids(ROOT))] == assessed.coursework_ids(ROOT)
    assert len(ids) > len(assessed.coursework_ids(ROOT))
    assert all(QUESTIONS[q]["kind"] == "argued" for q in ids)
    assert "policylab build-assessed --coursework --out" in section


def test_a_place_it_cannot_write_is_named_without_a_traceback(small_pack, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    code = cli.main(["build-assessed", "--root", str(small_pack), "--out",
                     str(blocker / "copy"), "--coursework"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert "could not write the student copy" in err and "--out" in err
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"


def test_framing_shared_with_a_kept_answer_is_not_counted_as_a_leak():
    """A short sentence of an assessed answer that a kept answer also holds, even inside a
    longer sentence, is not that answer's content: the build would otherwise refuse to run."""
    assessed_q = {"criteria": [], "model_answer": "A long brief argues one way here. "
                  "Neither is the pack's view of it."}
    kept = {"criteria": [], "model_answer": "Both meet the criteria; neither is the pack's "
            "view of it."}
    found = assessed.leak_sentences([assessed_q], [kept])
    assert found == ["a long brief argues one way here."]
    assert "neither is the pack's view of it." in assessed.leak_sentences([assessed_q], [])
