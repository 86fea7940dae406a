"""The pack's discussion prompts, gathered so answers can be collected and labelled.

One module per part of the pack: ``core`` holds the questions asked before and after
(lessons 00-01 and the capstone); ``lessonNN`` holds a lesson's own prompts. Each module
defines ``PROMPTS``, a list of `policylab.prompt_model.Prompt`. Every prompt asks for a view on
policy, never for personal experience. Reveals set out the strongest case on each side,
attributed, and say what evidence can and cannot settle; they never say which side is right.
"""

from __future__ import annotations

import importlib
import pkgutil

from ..prompt_model import Prompt


def _gather() -> dict[str, Prompt]:
    found: dict[str, Prompt] = {}
    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        for p in importlib.import_module(f"{__name__}.{mod}").PROMPTS:
            if p.id in found:
                raise ValueError(f"prompt {p.id!r} is defined twice (again in {mod})")
            found[p.id] = p
    return found


PROMPTS: dict[str, Prompt] = _gather()
