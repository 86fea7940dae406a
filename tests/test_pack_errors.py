"""A fault in the pack's own files is reported as such, never blamed on the learner's input."""

from __future__ import annotations

import shutil

import pytest

from policylab import content, errors, prompts

from .conftest import ROOT


def test_a_broken_content_file_is_named_not_blamed_on_the_learner(tmp_path, monkeypatch, folder):
    broken = tmp_path / "content"
    shutil.copytree(ROOT / "content", broken)
    text = (broken / "lesson06.yaml").read_text(encoding="utf-8")
    (broken / "lesson06.yaml").write_text(text.replace("  kind:", "  knid:", 1),
                                          encoding="utf-8")
    monkeypatch.setenv(content.ENV_VAR, str(broken))
    with pytest.raises(content.ContentError) as info:
        prompts.answer("6.who-should-act", 1, "A reason.")
    assert "lesson06.yaml" in str(info.value)
    assert not isinstance(info.value, errors.InputError)
    assert "check your input" not in str(info.value).lower()
