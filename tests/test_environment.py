"""The lock: requirements.txt pins everything exactly; environment.yml agrees; pyproject fits."""

from __future__ import annotations

import re

import yaml
from packaging.requirements import Requirement

from .conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9][^\s;#]*)$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = PIN.match(line)
        assert m, f"requirements.txt: {line!r} is not an exact pin (name==version)"
        assert canonical(m.group(1)) not in pins, f"{m.group(1)} is pinned twice"
        pins[canonical(m.group(1))] = m.group(2)
    return pins


def test_the_stack_is_pinned():
    pins = requirement_pins()
    for name in ("jupyterlab", "ipywidgets", "pandas", "matplotlib", "nbval", "pytest",
                 "nbclient", "nbformat", "pytest-xdist", "ipykernel"):
        assert name in pins, f"{name} is not in the lock"
    assert pins["ipykernel"].startswith("6."), "ipykernel 7 hangs with widget comms in parallel"


def test_environment_yml_matches_requirements():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    assert any(str(d).startswith("python=3.1") for d in deps), "environment.yml states Python"
    pip = next(d["pip"] for d in deps if isinstance(d, dict) and "pip" in d)
    conda_pins = {}
    for line in pip:
        m = PIN.match(line)
        assert m, f"environment.yml: {line!r} is not an exact pin"
        conda_pins[canonical(m.group(1))] = m.group(2)
    assert conda_pins == requirement_pins()


def test_pyproject_ranges_admit_the_locked_versions():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = requirement_pins()
    for spec in project["dependencies"]:
        req = Requirement(spec)
        assert canonical(req.name) in pins, f"{req.name} is a dependency but not locked"
        assert req.specifier.contains(pins[canonical(req.name)]), f"{spec} excludes the lock"


def test_binder_finds_the_environment():
    """repo2docker looks in binder/ first, then the root: the root files must be the ones."""
    assert not (ROOT / "binder").exists()
    assert (ROOT / "environment.yml").is_file()
    post = (ROOT / "postBuild").read_text()
    assert "pip install --no-deps -e ." in post


def test_jupyterlab_overrides_turn_off_network_checks():
    import json

    overrides = json.loads((ROOT / "config" / "jupyterlab-overrides.json").read_text())
    notes = overrides["@jupyterlab/apputils-extension:notification"]
    assert notes == {"fetchNews": "false", "checkForUpdates": False}
    assert "config/jupyterlab-overrides.json" in (ROOT / "Makefile").read_text()
    assert "config/jupyterlab-overrides.json" in (ROOT / "postBuild").read_text()
