"""The `policylab` command: a real parser for every subcommand, so typos are refused."""

from __future__ import annotations

import pytest

from policylab import cli

from .conftest import ROOT


@pytest.mark.parametrize("command", sorted(cli.COMMANDS))
def test_every_subcommand_has_help(command, capsys):
    assert cli.main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert f"policylab {command}" in out and "usage:" in out


@pytest.mark.parametrize("argv", [
    ["data-readme", "--chek"], ["build-exercises", "--chek"], ["validate", "--all"],
    ["collect", "somewhere", "--outt", "x.csv"], ["build-site", "--ot", "_site"],
    ["run-notebooks", "--all"],
])
def test_a_typo_is_refused_and_nothing_is_written(argv, capsys, monkeypatch, tmp_path):
    readme = ROOT / "data" / "README.md"
    before = readme.stat().st_mtime_ns, readme.read_bytes()
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err or "error:" in err
    assert (readme.stat().st_mtime_ns, readme.read_bytes()) == before
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_command_lists_the_commands(capsys):
    assert cli.main(["colect"]) == 2
    err = capsys.readouterr().err
    assert "unknown command 'colect'" in err and "collect" in err


def test_run_notebooks_names_a_path_that_is_not_a_notebook(capsys, tmp_path):
    assert cli.main(["run-notebooks", str(tmp_path / "nothing-here.ipynb")]) == 2
    assert "is not a notebook or a folder of notebooks" in capsys.readouterr().err


def test_collect_makes_the_folder_for_its_csv(tmp_path, capsys):
    import json

    hand_ins = tmp_path / "in"
    hand_ins.mkdir()
    scale = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
             "Strongly agree"]
    (hand_ins / "a.json").write_text(json.dumps({
        "schema": "policylab-responses", "schema_version": 1, "learner_id": "learner-a",
        "answers": {"core.default-e2ee@before": {
            "prompt_id": "core.default-e2ee", "phase": "before", "options": scale,
            "revisions": [{"stance": "Agree", "reason": "r",
                           "saved_at": "2026-10-01T10:00:00+00:00"}]}}}))
    out = tmp_path / "new" / "folder" / "class.csv"
    assert cli.main(["collect", str(hand_ins), "--out", str(out)]) == 0
    assert out.read_text().startswith("learner,")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert cli.main(["collect", str(hand_ins), "--out", str(blocker / "class.csv")]) == 2
    assert "could not write" in capsys.readouterr().err
