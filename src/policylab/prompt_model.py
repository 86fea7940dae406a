"""The prompt model: what a discussion prompt is, with no behaviour and no imports.

A `Prompt` is data: its id, the question, the stance scale (or named policy options),
the reveal shown after a first save, and whether it is asked before and after the
evidence. The prompt bank (`policylab.prompt_bank`) holds the pack's prompts;
the plain API (`policylab.prompt_api`), the widget
(`policylab.prompt_widget`) and the lecturer's collection all read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Prompt", "AGREE_SCALE", "REASON_WORDS"]

AGREE_SCALE = (
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
)
REASON_WORDS = (30, 200)  # the length guide shown under the reason box


@dataclass(frozen=True)
class Prompt:
    """A discussion prompt. `options` is the stance scale or the named policy options."""

    id: str
    question: str
    options: tuple[str, ...] = AGREE_SCALE
    kind: str = "scale"  # "scale": ordered agree/disagree; "options": named choices
    reveal: str = ""  # shown after the first save: the other side, a model answer
    phases: tuple[str, ...] = ()  # e.g. ("before", "after") for questions asked twice
    context: str = ""
    title: str = ""  # a short label for charts and tables
    extra: dict = field(default_factory=dict)

    def header(self) -> dict:
        return {"question": self.question, "kind": self.kind, "options": list(self.options)}
