"""The response store: nothing lost on restarts, concurrent saves, crashes or bad files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from policylab import prompts, responses


def stored(folder) -> dict:
    return json.loads((folder / "responses.json").read_text(encoding="utf-8"))


def restart():
    """What a kernel restart does to the store: forget everything held in memory."""
    responses._STORES.clear()


def test_answer_is_saved_with_schema_and_pseudonym(folder):
    result = prompts.answer("core.default-e2ee", "Agree", "Because of scope.", phase="before")
    assert result.saved and result.revision == 1
    data = stored(folder)
    assert data["schema"] == responses.SCHEMA and data["schema_version"] == responses.SCHEMA_VERSION
    assert data["learner_id"].startswith("learner-") and data["display_name"] is None
    entry = data["answers"]["core.default-e2ee@before"]
    assert entry["question"].startswith("Messaging services")
    assert entry["revisions"][0]["stance"] == "Agree"
    assert entry["revisions"][0]["reason"] == "Because of scope."


def test_every_revision_is_kept_and_survives_a_restart(folder):
    prompts.answer("core.default-e2ee", 2, "First view.", phase="before")
    learner = stored(folder)["learner_id"]
    restart()
    second = prompts.answer("core.default-e2ee", "strongly agree", "Changed my mind.",
                            phase="before")
    assert second.revision == 2 and "earlier answers are kept" in repr(second)
    restart()
    revs = responses.store().revisions("core.default-e2ee", "before")
    assert [r["stance"] for r in revs] == ["Disagree", "Strongly agree"]
    assert stored(folder)["learner_id"] == learner


def test_stance_outside_the_scale_names_the_allowed_values(folder):
    with pytest.raises(ValueError, match=r'"Maybe" is not a stance.*1 = "Strongly disagree"'):
        prompts.answer("core.default-e2ee", "Maybe", "x", phase="before")
    with pytest.raises(ValueError, match="not a stance"):
        prompts.answer("core.default-e2ee", 6, "x", phase="before")
    with pytest.raises(ValueError, match='asked twice, "before" and "after": add phase="before"'):
        prompts.answer("core.default-e2ee", 3, "x")
    with pytest.raises(ValueError, match='no prompt "nope".*core.default-e2ee'):
        prompts.answer("nope", 3, "x")
    assert not (folder / "responses.json").exists()


def test_empty_reason_is_saved_and_marked(folder):
    result = prompts.answer("core.default-e2ee", 3, "   ", phase="before")
    assert result.saved and "reason is empty" in result.message
    assert stored(folder)["answers"]["core.default-e2ee@before"]["revisions"][0]["empty_reason"]


@pytest.mark.parametrize(
    "reason",
    [
        "<script>alert('x')</script> & <b>bold</b>",
        "x" * 10_000,
        "Ünïcödé ✓ 中文 العربية עברית 🙂 e\u0301 \u200b tab\tnewline\nend \\ \" '",
    ],
    ids=["markup", "10000-chars", "unicode"],
)
def test_any_text_round_trips_exactly(folder, reason):
    prompts.answer("core.default-e2ee", 4, reason, phase="before")
    restart()
    assert responses.store().latest("core.default-e2ee", "before")["reason"] == reason


def test_one_off_prompt_with_named_options(folder):
    opts = ["Server-side scanning", "Client-side scanning", "User reports only"]
    result = prompts.answer("demo.where", "user reports only", "Least intrusive.",
                            question="Where should detection happen?", options=opts)
    assert result.saved
    assert stored(folder)["answers"]["demo.where"]["options"] == opts
    assert prompts.answer("demo.where", 2, "By number.", question="Where?", options=opts).saved
    assert responses.store().latest("demo.where")["stance"] == "Client-side scanning"
    with pytest.raises(ValueError, match='1 = "Server-side scanning"; 2 = "Client-side'):
        prompts.answer("demo.where", 4, "x", question="Where?", options=opts)


def test_corrupt_file_is_set_aside_never_replaced(folder):
    folder.mkdir(parents=True)
    (folder / "responses.json").write_text("{half a file", encoding="utf-8")
    result = prompts.answer("core.default-e2ee", 4, "New answer.", phase="before")
    assert result.saved
    aside = list(folder.glob("responses.unreadable-*.json"))
    assert len(aside) == 1 and aside[0].read_text() == "{half a file"
    notice = responses.store().notices[0]
    assert "could not be read" in notice and aside[0].name in notice
    assert stored(folder)["answers"]["core.default-e2ee@before"]["revisions"][0]["stance"] == "Agree"


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ({"schema": "policylab-responses", "schema_version": 99, "learner_id": "a",
          "answers": {}}, "newer version of the pack"),
        ({"schema": "policylab-responses", "learner_id": "a", "answers": {}},
         "unknown schema version None"),
        ({"hello": 1}, "not a policylab responses file"),
        ({"schema": "policylab-responses", "schema_version": 1, "learner_id": "a",
          "answers": {"p": {"revisions": [{"stance": "Agree"}]}}}, "needs stance, reason"),
        ({"schema": "policylab-responses", "schema_version": 1, "learner_id": "a",
          "answers": {"p": {"revisions": [{"stance": "A", "reason": "", "saved_at": "soon"}]}}},
         "bad time 'soon'"),
    ],
)
def test_invalid_files_are_reported_by_name(tmp_path, content, why):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(content))
    with pytest.raises(responses.ResponseFileError, match=why) as info:
        responses.read_file(path)
    assert str(info.value).startswith("bad.json")


def test_older_schema_is_migrated(tmp_path, monkeypatch):
    def from_v0(d):
        return {**d, "schema_version": 1, "answers": d.pop("prompts")}

    monkeypatch.setitem(responses.MIGRATIONS, 0, from_v0)
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"schema": "policylab-responses", "schema_version": 0,
                                "learner_id": "a", "prompts": {}}))
    assert responses.read_file(path)["answers"] == {}


def test_crash_during_a_write_leaves_the_previous_file_whole(folder, monkeypatch):
    prompts.answer("core.default-e2ee", 4, "Kept.", phase="before")
    before = (folder / "responses.json").read_bytes()

    def power_cut(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", power_cut)
    result = prompts.answer("core.default-e2ee", 1, "Lost in the crash?", phase="before")
    assert not result.saved and "kept in memory" in result.message
    assert (folder / "responses.json").read_bytes() == before
    assert not list(folder.glob(".responses-*.tmp")), "the temporary file is cleaned up"
    monkeypatch.undo()
    monkeypatch.setenv("POLICYLAB_RESPONSES", str(folder))
    prompts.answer("core.default-e2ee", 5, "After the crash.", phase="before")
    stances = [r["stance"] for r in responses.store().revisions("core.default-e2ee", "before")]
    assert stances == ["Agree", "Strongly disagree", "Strongly agree"], "the unsaved one too"


def test_process_killed_mid_write_leaves_the_previous_file_whole(folder):
    prompts.answer("core.default-e2ee", 4, "Kept.", phase="before")
    before = (folder / "responses.json").read_bytes()
    code = textwrap.dedent("""
        import os
        from policylab import prompts
        os.fsync = lambda fd: os._exit(9)   # the process dies between writing and renaming
        prompts.answer("core.default-e2ee", 1, "x" * 100000, phase="before")
    """)
    proc = subprocess.run([sys.executable, "-c", code], env={**os.environ})
    assert proc.returncode == 9
    assert (folder / "responses.json").read_bytes() == before
    restart()
    assert responses.store().latest("core.default-e2ee", "before")["reason"] == "Kept."


@pytest.mark.parametrize("platform", ["posix", "no-fcntl"])
def test_two_kernels_saving_at_once_lose_nothing(folder, platform):
    """Also as on Windows or any platform without fcntl: the lock still holds."""
    prelude = 'sys.modules["fcntl"] = None' if platform == "no-fcntl" else ""
    code = textwrap.dedent("""
        import sys
        PRELUDE
        from policylab import prompts
        who = sys.argv[1]
        for i in range(25):
            r = prompts.answer("core.default-e2ee", 1 + i % 5, f"{who}-{i}", phase="before")
            assert r.saved, r.message
    """).replace("PRELUDE", prelude)
    procs = [subprocess.Popen([sys.executable, "-c", code, name], env={**os.environ})
             for name in ("kernel-a", "kernel-b")]
    assert [p.wait(timeout=180) for p in procs] == [0, 0]
    reasons = [r["reason"] for r in
               stored(folder)["answers"]["core.default-e2ee@before"]["revisions"]]
    expected = {f"{w}-{i}" for w in ("kernel-a", "kernel-b") for i in range(25)}
    assert set(reasons) == expected and len(reasons) == 50


def test_unwritable_folder_keeps_the_answer_and_says_how_to_export(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("POLICYLAB_RESPONSES", str(blocker / "responses"))
    responses._STORES.clear()
    result = prompts.answer("core.default-e2ee", 4, "Still here.", phase="before")
    assert not result.saved
    assert "pl.export_responses(" in result.message and "POLICYLAB_RESPONSES" in result.message
    out = responses.store().export(tmp_path / "handin.json")
    assert responses.read_file(out)["answers"]["core.default-e2ee@before"]["revisions"][0][
        "reason"] == "Still here."
    responses._STORES.clear()


def test_display_name_export_and_forget_me(folder, tmp_path, capsys):
    prompts.answer("core.default-e2ee", 4, "Mine.", phase="before")
    assert "Ada" in prompts.set_name("Ada")
    path = prompts.export_responses(tmp_path / "out" / "ada.json")
    assert str(path) in capsys.readouterr().out
    data = responses.read_file(path)
    assert data["display_name"] == "Ada" and "exported_at" in data
    prompts.set_name(None)
    assert stored(folder)["display_name"] is None

    refused = prompts.forget_me()
    assert "Nothing deleted" in refused and (folder / "responses.json").exists()
    assert "Deleted" in prompts.forget_me(confirm="delete my answers")
    assert not (folder / "responses.json").exists()
    restart()
    assert responses.store().latest("core.default-e2ee", "before") is None
