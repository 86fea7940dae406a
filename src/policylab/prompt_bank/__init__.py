"""The pack's discussion prompts, gathered so answers can be collected and labelled.

The prompts live in the lesson content files (``content/lessonNN.yaml``, under
``prompts``), beside the lesson's self-check questions. ``core.*`` prompts are asked
twice: before the evidence (lessons 00 and 05) and again in the capstone. Every prompt
asks for a view on policy, never for personal experience. Reveals set out the strongest
case on each side, attributed, and say what evidence can and cannot settle; they never
say which side is right.

`PROMPTS` is a live, read-only mapping from id to `policylab.prompt_model.Prompt`: it
reads the files again when one changes, so an edited prompt shows in a running kernel.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .. import content
from ..prompt_model import AGREE_SCALE, Prompt

__all__ = ["PROMPTS", "from_data"]


def from_data(d: dict) -> Prompt:
    """A `Prompt` from one entry of a content file's ``prompts`` list."""
    options = tuple(d.get("options", AGREE_SCALE))
    return Prompt(
        d["id"],
        d["question"],
        options,
        d.get("kind", "scale" if options == AGREE_SCALE else "options"),
        d.get("reveal", ""),
        tuple(d.get("phases", ())),
        d.get("context", ""),
        d.get("title", ""),
    )


class _Bank(Mapping):
    """Every prompt in the content files, rebuilt when a file changes."""

    def __init__(self):
        self._key: tuple | None = None
        self._prompts: dict[str, Prompt] = {}

    def _current(self) -> dict[str, Prompt]:
        lessons = content.all_lessons()
        key = tuple((lesson.path, lesson.stamp) for lesson in lessons)
        if key != self._key:
            found: dict[str, Prompt] = {}
            for lesson in lessons:
                for d in lesson.prompts:
                    if d["id"] in found:
                        raise content.ContentError(
                            f"{lesson.path.name}: prompt {d['id']!r} is defined twice "
                            "(it is in an earlier lesson file too)"
                        )
                    found[d["id"]] = from_data(d)
            self._prompts, self._key = found, key
        return self._prompts

    def __getitem__(self, prompt_id: str) -> Prompt:
        return self._current()[prompt_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())

    def __repr__(self) -> str:
        return f"<prompt bank: {', '.join(self)}>"


PROMPTS: Mapping[str, Prompt] = _Bank()
