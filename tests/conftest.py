"""Shared fixtures. ROOT is the pack's folder; notebooks run with the pack's data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylab import responses

ROOT = Path(__file__).resolve().parents[1]


def notebooks(folder: str) -> list[Path]:
    return sorted((ROOT / folder).glob("*.ipynb"))


def read_nb(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def tiny_package(tmp_path):
    """A data package in a temporary folder; returns a writer for its files."""

    def write(files: dict[str, str], resources: list[dict]) -> Path:
        for name, text in files.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / "datapackage.json").write_text(
            json.dumps({"name": "tiny", "resources": resources}), encoding="utf-8"
        )
        return tmp_path

    return write


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A fresh responses folder for each test, as POLICYLAB_RESPONSES would give."""
    target = tmp_path / "responses"
    monkeypatch.setenv("POLICYLAB_RESPONSES", str(target))
    responses._STORES.clear()
    yield target
    responses._STORES.clear()
