"""The plain API for discussion prompts: ``pl.answer`` and ``pl.my_views``.

``pl.answer(prompt_id, stance=..., reason=...)`` saves an answer with no widget, for
keyboard and screen-reader users, and for tests; the widget (`policylab.prompt_widget`)
saves through the same function. Answers go to the learner's store
(`policylab.responses`).
"""

from __future__ import annotations

from . import responses
from .prompt_bank import PROMPTS
from .prompt_model import AGREE_SCALE, Prompt

__all__ = ["answer", "my_views", "Views", "resolve"]


def resolve(prompt_id: str, question: str | None, options, kind, reveal, phase) -> Prompt:
    known = PROMPTS.get(prompt_id)
    if known is None:
        if not question:
            raise ValueError(
                f"There is no prompt {prompt_id!r} in the prompt bank; known prompts: "
                f"{', '.join(sorted(PROMPTS))}. To ask a one-off question, pass question=..."
            )
        known = Prompt(
            prompt_id,
            question,
            tuple(options) if options else AGREE_SCALE,
            kind or ("options" if options else "scale"),
            reveal or "",
        )
    if phase is not None and known.phases and phase not in known.phases:
        raise ValueError(f"prompt {prompt_id!r} is asked {known.phases}, not {phase!r}")
    if phase is None and known.phases:
        raise ValueError(f"prompt {prompt_id!r} is asked twice: say phase= one of {known.phases}")
    return known


def _stance(p: Prompt, stance) -> str:
    """Accept a label (any case) or its number 1..n, as the plain-text view lists them."""
    if isinstance(stance, int) and not isinstance(stance, bool):
        if 1 <= stance <= len(p.options):
            return p.options[stance - 1]
    elif isinstance(stance, str):
        for opt in p.options:
            if opt.casefold() == stance.strip().casefold():
                return opt
    allowed = "; ".join(f"{i} = {o!r}" for i, o in enumerate(p.options, 1))
    raise ValueError(f"{stance!r} is not a stance for prompt {p.id!r}. Allowed: {allowed}.")


def answer(
    prompt_id: str,
    stance,
    reason: str = "",
    *,
    phase: str | None = None,
    question: str | None = None,
    options=None,
) -> responses.SaveResult:
    """Save an answer to a prompt without the widget; returns what happened, in words.

    `stance` is one of the prompt's options (or 1-5 on the agree scale). An empty reason
    is saved and marked. A stance outside the scale raises ValueError naming the allowed
    values. If the answer cannot be written to disk it is kept in memory and the result
    says how to export it.
    """
    p = resolve(prompt_id, question, options, None, None, phase)
    label = _stance(p, stance)
    if reason is None:
        reason = ""
    if not isinstance(reason, str):
        raise ValueError(f"the reason is text in quotation marks, not {type(reason).__name__}")
    return responses.store().save(p.id, phase, p.header(), label, reason)


class Views:
    """A learner's own answers to the before-and-after prompts, as a table and in words."""

    def __init__(self, table):
        self.table = table

    def __repr__(self) -> str:
        if self.table.empty:
            return "No answers to the before-and-after prompts are saved yet."
        lines = []
        for row in self.table.itertuples():
            before = row.before if isinstance(row.before, str) else "(not answered)"
            after = row.after if isinstance(row.after, str) else "(not answered yet)"
            lines.append(f"{row.title}: before {before}; after {after}. {row.change}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        return self.table.to_html(index=False, na_rep="-", escape=True)


def my_views() -> Views:
    """Your own stance on each prompt asked both before and after, and how it moved."""
    import pandas as pd

    store = responses.store()
    rows = []
    for pid, p in PROMPTS.items():
        if not {"before", "after"} <= set(p.phases):
            continue
        before, after = store.latest(pid, "before"), store.latest(pid, "after")
        b = before["stance"] if before else None
        a = after["stance"] if after else None
        if b in p.options and a in p.options:
            step = p.options.index(a) - p.options.index(b)
            way = "agreeing" if step > 0 else "disagreeing"
            change = "No change." if step == 0 else f"Moved {abs(step)} step(s) towards {way}."
        else:
            change = "Answer both to compare."
        rows.append({"prompt": pid, "title": p.title or pid, "before": b, "after": a,
                     "change": change})
    return Views(pd.DataFrame(rows, columns=["prompt", "title", "before", "after", "change"]))
