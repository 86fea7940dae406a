"""The package as a whole: cheap to import, a working command line, clean code."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from policylab import cli

from .conftest import ROOT


def test_import_is_lazy():
    """`import policylab` must not pull in pandas or matplotlib: a kernel's start-up is hot."""
    code = "import sys, policylab; print(sorted(m for m in ('pandas', 'matplotlib', 'nbformat') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_names_resolve_and_unknown_names_fail():
    import policylab as pl

    for name in pl.__all__:
        assert getattr(pl, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'lod'"):
        pl.lod  # noqa: B018


def test_cli_help_and_unknown_command(capsys):
    assert cli.main([]) == 0 and "build-exercises" in capsys.readouterr().out
    assert cli.main(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err


def test_cli_validate_reports_each_resource(capsys):
    assert cli.main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "ok   release_claims: " in out and "ok   sources: " in out


def test_cli_validate_names_a_broken_file(monkeypatch, tmp_path, capsys):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    csv = tmp_path / "data" / "release_claims.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",ARU-2021", ",NOPE")
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("POLICYLAB_DATA", str(tmp_path / "data"))
    assert cli.main(["validate"]) == 1
    err = capsys.readouterr().err
    assert "FAIL release_claims: data/release_claims.csv, line 4, column 'source_id'" in err


def test_console_script_is_installed():
    exe = shutil.which("policylab", path=str(ROOT / ".venv" / "bin")) or shutil.which("policylab")
    assert exe, "the policylab command is not installed (pip install -e .)"
    out = subprocess.run([exe, "build-exercises", "--check"], capture_output=True, text=True,
                         cwd=ROOT)
    assert out.returncode == 0, out.stderr


def test_code_passes_ruff():
    """ruff checks what pyproject.toml names: the package, tests, bench and the notebooks."""
    listed = subprocess.run([sys.executable, "-m", "ruff", "check", "--show-files"],
                            capture_output=True, text=True, cwd=ROOT).stdout
    for path in ("src/policylab/cli.py", "tests/test_package.py", "bench/run.py",
                 "notebooks/04-how-matching-works.ipynb", "solutions/04-how-matching-works.ipynb",
                 "lecturer/collecting-responses.ipynb"):
        assert str(ROOT / path) in listed, f"ruff does not check {path}"
    out = subprocess.run([sys.executable, "-m", "ruff", "check"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
