"""One bad hand-in never stops a class's collection, and nothing it holds escapes.

The corpus in tests/hostile-handins/ (see its README) holds files a class may hand in;
this module adds what git cannot store, runs the real `policylab collect` command, and
checks that each bad file is named with a useful reason while every valid file is kept.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylab import classroom, cli, handin

CORPUS = Path(__file__).with_name("hostile-handins")
MANIFEST = {row["file"]: row["expect"]
            for row in csv.DictReader((CORPUS / "MANIFEST.csv").open(encoding="utf-8"))}
SCALE = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
         "Strongly agree"]


def handed_in(learner: str, reason: str = "A reason.", stance: str = "Agree") -> dict:
    return {
        "schema": "policylab-responses", "schema_version": 1, "learner_id": learner,
        "display_name": None, "exported_at": "2026-10-06T10:00:00+00:00",
        "answers": {"core.default-e2ee@before": {
            "prompt_id": "core.default-e2ee", "phase": "before", "question": "Q",
            "kind": "scale", "options": SCALE,
            "revisions": [{"stance": stance, "reason": reason,
                           "saved_at": "2026-10-05T11:00:00+00:00"}]}},
    }


@pytest.fixture
def class_folder(tmp_path):
    """The corpus, plus a Moodle-style download and the things git cannot hold."""
    folder = tmp_path / "handed-in"
    shutil.copytree(CORPUS, folder)
    moodle = folder / "Ada Lovelace_1234_assignsubmission_file_"
    moodle.mkdir()
    (moodle / "policylab-responses-ADA.JSON").write_text(json.dumps(handed_in("learner-ada")))
    (folder / "__MACOSX").mkdir()
    (folder / "__MACOSX" / "._x.json").write_bytes(b"\x00\x05\x16\x07 resource fork")
    os.mkfifo(folder / "x.json")
    (folder / "zero.json").symlink_to("/dev/zero")
    empty = handed_in("learner-empty")
    empty["answers"] = {}
    (folder / "empty-answers.json").write_text(json.dumps(empty))
    (folder / "linked-folder").symlink_to(tmp_path, target_is_directory=True)
    with open(folder / "big.json", "wb") as fh:  # sparse: 200 MB long, no disk used
        fh.truncate(200 * 1024 * 1024)
    odd = os.fsencode(folder) + b"/caf\xe9-not-utf8-name.json"
    with open(odd, "wb") as fh:
        fh.write(json.dumps(handed_in("learner-cafe")).encode())
    return folder


VALID = {name for name, expect in MANIFEST.items() if expect == "ok"}
EXTRA_VALID = {"learner-ada", "learner-cafe"}


def test_every_bad_file_is_named_and_every_valid_file_is_collected(class_folder):
    result = classroom.collect(class_folder)
    problems = dict(result.problems)
    for name, expect in MANIFEST.items():
        if expect != "ok":
            assert name in problems, f"{name} should be reported"
            assert expect in problems[name], (name, problems[name])
    assert "x.json" in problems and "not a regular file" in problems["x.json"]
    assert "zero.json" in problems and "a link" in problems["zero.json"]
    assert "big.json" in problems and "too large" in problems["big.json"]
    assert "no saved answers" in problems["empty-answers.json"]
    files = set(result.table["file"])
    assert {n for n in VALID} <= files
    learners = set(result.table["learner_id"])
    assert EXTRA_VALID <= learners
    assert "caf\\xe9-not-utf8-name.json" in files, "an odd name is shown, escaped"
    skipped = dict(result.skipped)
    assert skipped["MANIFEST.csv"] == "not a .json file"
    assert "__MACOSX" in skipped and "linked-folder" in skipped
    # The count of files read is what was found, bad ones included.
    assert result.files_read == len(MANIFEST) + 6
    # Text that cannot be encoded is made safe, not dropped.
    reason = result.table.loc[result.table["learner_id"] == "learner-surrogate", "reason"]
    assert reason.iloc[0] == "half an emoji \ufffd here"


def test_the_command_writes_a_safe_csv_and_plots_only_inside_its_folder(class_folder,
                                                                      tmp_path):
    out, plots = tmp_path / "class.csv", tmp_path / "plots"
    # A separate process, bounded in time: a pipe or /dev/zero once made collect hang.
    run = subprocess.run(
        [sys.executable, "-m", "policylab", "collect", str(class_folder), "--out", str(out),
         "--plots", str(plots), "--names"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert "problem: nested-deep.json: nested too deeply" in run.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    formula = [r for r in rows if r["learner_id"] == "learner-formula"][0]
    assert formula["learner"].startswith("'=HYPERLINK(")
    assert formula["reason"] == "'+SUM(1,1)"
    assert not any(v.startswith(tuple("=+@")) for r in rows for v in r.values())
    assert [p.name for p in plots.iterdir()] == ["core.default-e2ee.png"], \
        "only prompts the pack defines are plotted"
    assert not (tmp_path / "x.png").exists() and not (tmp_path.parent / "x.png").exists()


@pytest.mark.parametrize("value,safe", [
    ("=1+1", "'=1+1"), ("+44 7700", "'+44 7700"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tTab", "'\tTab"), ("\rCR", "'\rCR"), ("\uff1dfull-width", "'\uff1dfull-width"),
    ("plain", "plain"), ("a=b", "a=b"), ("", ""),
])
def test_formula_characters_are_neutralised(value, safe):
    assert classroom.neutralise(value) == safe


def test_plot_file_names_cannot_leave_their_folder():
    for pid in ("../../x", "/etc/passwd", "..", "a/b\\c", "\u00e9t\u00e9", ""):
        name = classroom.plot_file_name(pid)
        assert "/" not in name and "\\" not in name and not name.startswith(".")
        assert name.endswith(".png")


def test_collect_will_not_overwrite_a_file_it_did_not_write(class_folder, tmp_path, capsys):
    mine = tmp_path / "marks.csv"
    mine.write_text("student,mark\nada,72\n")
    assert cli.main(["collect", str(class_folder), "--out", str(mine)]) == 2
    assert mine.read_text() == "student,mark\nada,72\n"
    assert "left alone" in capsys.readouterr().err


# --------------------------------------------------------------- generated hand-ins

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
)
PATHS = [("learner_id",), ("display_name",), ("exported_at",), ("answers",),
         ("answers", "core.default-e2ee@before"),
         ("answers", "core.default-e2ee@before", "options"),
         ("answers", "core.default-e2ee@before", "prompt_id"),
         ("answers", "core.default-e2ee@before", "phase"),
         ("answers", "core.default-e2ee@before", "revisions"),
         ("answers", "core.default-e2ee@before", "revisions", 0),
         ("answers", "core.default-e2ee@before", "revisions", 0, "stance"),
         ("answers", "core.default-e2ee@before", "revisions", 0, "reason"),
         ("answers", "core.default-e2ee@before", "revisions", 0, "saved_at")]


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=st.lists(st.tuples(st.sampled_from(PATHS), json_values), max_size=3),
       reasons=st.lists(st.text(max_size=200), min_size=1, max_size=3),
       junk=st.binary(max_size=300))
def test_collect_never_crashes_and_never_loses_a_valid_file(tmp_path_factory, mutations,
                                                            reasons, junk):
    folder = tmp_path_factory.mktemp("generated")
    for n, reason in enumerate(reasons):  # valid files with any text at all
        (folder / f"valid-{n}.json").write_text(
            json.dumps(handed_in(f"learner-valid-{n}", reason=reason)), encoding="utf-8")
    mutated = handed_in("learner-mutated")
    for path, value in mutations:
        target = mutated
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            pass
    (folder / "mutated.json").write_text(json.dumps(mutated), encoding="utf-8")
    (folder / "junk.json").write_bytes(junk)
    result = classroom.collect(folder)  # must not raise
    learners = set(result.table["learner_id"])
    assert {f"learner-valid-{n}" for n in range(len(reasons))} <= learners
    names = {name for name, _ in result.problems}
    for f in ("mutated.json", "junk.json"):
        collected = f in set(result.table["file"])
        assert collected or f in names or any(f in n for n in names), \
            f"{f} was neither collected nor reported"


def test_handin_reader_refuses_a_file_larger_than_the_cap(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(handed_in("learner-a")))
    with pytest.raises(handin.ResponseFileError, match="too large"):
        handin.read(path, limit=100)
    assert handin.read(path)["learner_id"] == "learner-a"
