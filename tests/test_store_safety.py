"""The response store under the things a real class does: forgetting while another notebook
is open, half an emoji in a reason, a machine with no fcntl, read-only homes, leftovers."""

from __future__ import annotations

import json
import os
import time

from policylab import prompts, responses


def stored(folder) -> dict:
    return json.loads((folder / "responses.json").read_text(encoding="utf-8"))


def reasons(folder, key="core.default-e2ee@before") -> list[str]:
    entry = stored(folder)["answers"].get(key)
    return [r["reason"] for r in entry["revisions"]] if entry else []


def test_forgetting_cannot_be_undone_by_another_open_notebook(folder):
    kernel_a, kernel_b = responses.Store(folder), responses.Store(folder)
    header = {"question": "Q", "kind": "scale", "options": ["Agree", "Disagree"]}
    assert kernel_a.save("core.default-e2ee", "before", header, "Agree", "Private view.").saved
    assert kernel_b.latest("core.default-e2ee", "before")["reason"] == "Private view."
    count, _ = kernel_a.forget()
    assert count == 1
    # Notebook B still had the answer in memory; it now saves something else.
    assert kernel_b.latest("core.default-e2ee", "before") is None, "B sees the forget at once"
    assert kernel_b.save("core.default-e2ee-2", None, header, "Agree", "New view.").saved
    text = (folder / "responses.json").read_text(encoding="utf-8")
    assert "Private view." not in text and "New view." in text


def test_an_unsaved_answer_from_before_the_forget_does_not_come_back(folder, monkeypatch):
    header = {"question": "Q", "kind": "scale", "options": ["Agree"]}
    kernel_b = responses.Store(folder)
    real = responses.write_atomic

    def disk_full(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(responses, "write_atomic", disk_full)
    assert not kernel_b.save("core.default-e2ee", "before", header, "Agree", "Old.").saved
    monkeypatch.setattr(responses, "write_atomic", real)
    responses.Store(folder).forget()
    assert kernel_b.save("core.default-e2ee", "after", header, "Agree", "Later.").saved
    text = (folder / "responses.json").read_text(encoding="utf-8")
    assert "Old." not in text and "Later." in text


def test_forget_removes_set_aside_copies_and_names_exports_elsewhere(folder, tmp_path):
    prompts.answer("core.default-e2ee", 4, "Mine.", phase="before")
    (folder / "responses.json").write_text("{broken")
    responses._STORES.clear()
    prompts.answer("core.default-e2ee", 4, "Again.", phase="before")  # sets the bad one aside
    assert list(folder.glob("responses.unreadable-*.json"))
    inside = prompts.export_responses()
    outside = prompts.export_responses(tmp_path / "desk" / "copy.json")
    message = prompts.forget_me(confirm="delete my answers")
    assert not list(folder.glob("responses.unreadable-*.json"))
    assert not inside.exists(), "an export the pack wrote in the responses folder is removed"
    assert outside.exists() and str(outside) in message, "the learner is told, and decides"
    assert (folder / "responses.json.lock").exists(), "the lock file is never deleted"


def test_half_an_emoji_is_saved_safely_and_never_blocks_later_saves(folder):
    result = prompts.answer("core.default-e2ee", 4, "broken \ud83d emoji", phase="before")
    assert result.saved, result.message
    assert reasons(folder) == ["broken \ufffd emoji"]
    pair = prompts.answer("core.default-e2ee", 4, "whole \ud83d\ude00 emoji", phase="before")
    assert pair.saved and reasons(folder)[-1] == "whole \U0001F600 emoji"
    assert prompts.answer("core.client-side-scanning", 2, "Next.", phase="before").saved


def test_an_unexpected_failure_is_reported_and_later_saves_still_work(folder, monkeypatch):
    real = responses.write_atomic
    calls = []

    def fails_once(path, data):
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("something odd")
        real(path, data)

    monkeypatch.setattr(responses, "write_atomic", fails_once)
    first = prompts.answer("core.default-e2ee", 4, "First.", phase="before")
    assert not first.saved and "Press Save again" in first.message
    assert "Traceback" not in first.message and "ValueError" not in first.message
    assert prompts.answer("core.client-side-scanning", 2, "Second.", phase="before").saved
    assert reasons(folder) == [], "the failed answer is not written later behind its back"
    assert reasons(folder, "core.client-side-scanning@before") == ["Second."]


def test_a_read_only_home_gets_polite_messages_not_errors(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("POLICYLAB_RESPONSES", str(blocker / "responses"))
    responses._STORES.clear()
    message = prompts.set_name("Ada")
    assert "Could not save your name" in message and "POLICYLAB_RESPONSES" in message
    assert prompts.export_responses() is None
    assert "Not exported" in capsys.readouterr().out
    assert prompts.export_responses(blocker / "x.json") is None
    assert "Could not write" in capsys.readouterr().out
    assert prompts.set_name(42).startswith("Give your name in quotation marks")
    responses._STORES.clear()


def test_stale_temporary_files_are_cleaned_when_the_store_opens(folder):
    folder.mkdir(parents=True)
    old = folder / ".responses-abc123.tmp"
    old.write_bytes(b"x" * 1000)
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    fresh = folder / ".responses-def456.tmp"  # may belong to a save happening right now
    fresh.write_bytes(b"y")
    responses.store().latest("core.default-e2ee", "before")
    assert not old.exists() and fresh.exists()


def test_exports_go_to_the_responses_folder_not_the_pack(folder, tmp_path, monkeypatch):
    pack = tmp_path / "pack" / "notebooks"
    pack.mkdir(parents=True)
    monkeypatch.chdir(pack)
    prompts.answer("core.default-e2ee", 4, "Mine.", phase="before")
    dest = prompts.export_responses()
    assert dest.parent == folder.resolve()
    assert list(pack.iterdir()) == []


def test_a_reason_over_the_limit_is_refused_with_the_length(folder):
    result = prompts.answer("core.default-e2ee", 4, "x" * (responses.MAX_TEXT + 1),
                            phase="before")
    assert not result.saved and "Shorten it" in result.message
    assert prompts.answer("core.default-e2ee", 4, "Short.", phase="before").saved


def test_the_privacy_notice_comes_with_the_first_save_only(folder):
    first = prompts.answer("core.default-e2ee", 4, "Mine.", phase="before")
    assert first.notice == responses.privacy_notice()
    assert "pl.forget_me()" in first.notice and "About your saved answers" in repr(first)
    assert "About your saved answers" in first._repr_html_()
    responses._STORES.clear()  # even after a restart, it is not shown again
    again = prompts.answer("core.client-side-scanning", 2, "Next.", phase="before")
    assert again.saved and again.notice == ""


def test_the_notice_in_the_package_is_the_one_in_the_privacy_docs():
    from .conftest import ROOT

    doc = (ROOT / "docs" / "privacy.md").read_text(encoding="utf-8")
    section = doc.split("## Notice shown to learners", 1)[1].split("\n## ", 1)[0]
    assert " ".join(section.split()) == responses.privacy_notice()
