"""The discussion-prompt code in four modules, one job each, with no import cycle."""

from __future__ import annotations

import ast
import subprocess
import sys

from .conftest import ROOT

SRC = ROOT / "src" / "policylab"


def _imports(path) -> set[str]:
    """Package modules a file imports (relative or absolute), at any depth in the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level == 2 or base.startswith("policylab."):
                found.add(base.removeprefix("policylab."))
            elif node.level == 1:
                found.add(base if path.parent.name == "policylab" else f"prompt_bank.{base}")
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("policylab.") for a in node.names
                      if a.name.startswith("policylab.")}
    return found


def test_prompt_bank_needs_only_the_model():
    for path in sorted((SRC / "prompt_bank").glob("*.py")):
        used = {m for m in _imports(path) if not m.startswith("prompt_bank")}
        assert used <= {"prompt_model", "content", ""}, f"{path.name} imports {used}"


def test_each_module_keeps_to_its_job():
    assert _imports(SRC / "prompt_model.py") == set(), "the model imports nothing of the pack"
    assert "prompt_widget" not in _imports(SRC / "prompt_api.py")
    assert _imports(SRC / "privacy.py") == {""}, "privacy talks only to the store"
    assert "import ipywidgets" not in (SRC / "prompt_api.py").read_text(encoding="utf-8")


def test_prompt_bank_imports_first_in_a_fresh_interpreter():
    """Importing the bank before anything else used to need prompts.py half-loaded."""
    code = ("import policylab.prompt_bank as b, policylab.prompts as p; "
            "print(len(b.PROMPTS) > 0, p.answer.__module__, p.prompt.__module__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["True", "policylab.prompt_api", "policylab.prompt_widget"]


def test_public_api_is_unchanged():
    import policylab as pl

    assert pl.answer.__module__ == "policylab.prompt_api"
    assert pl.prompt.__module__ == "policylab.prompt_widget"
    assert {pl.set_name.__module__, pl.export_responses.__module__,
            pl.forget_me.__module__} == {"policylab.privacy"}
    assert pl.my_views.__module__ == "policylab.prompt_api"
