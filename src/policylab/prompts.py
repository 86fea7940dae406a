"""Discussion prompts: a learner's stance and reasons on an open policy question.

Two views of the same store (`policylab.responses`):

* ``pl.prompt(prompt_id)`` shows a widget: the question, a stance scale (or a choice of
  named policy options), a reason box with a word count, a Save button and the save
  state. Run the cell again and it shows the last saved answer. Reveal content (the other
  side's strongest argument) appears only after an answer has been saved.
* ``pl.answer(prompt_id, stance=..., reason=...)`` saves the same answer with no widget,
  for keyboard and screen-reader users, and for tests.

Prompts are defined in `policylab.prompt_bank`, so the lecturer's collection can label
every answer; a notebook may also pass its own question for a one-off prompt.
Privacy: ``pl.set_name``, ``pl.export_responses`` and ``pl.forget_me``.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field

from . import responses

__all__ = [
    "Prompt",
    "prompt",
    "answer",
    "my_views",
    "set_name",
    "export_responses",
    "forget_me",
    "AGREE_SCALE",
]

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


def _resolve(prompt_id: str, question: str | None, options, kind, reveal, phase) -> Prompt:
    from .prompt_bank import PROMPTS

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
    p = _resolve(prompt_id, question, options, None, None, phase)
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

    from .prompt_bank import PROMPTS

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


def set_name(name: str | None) -> str:
    """Show your name, rather than a pseudonym, to the lecturer who collects responses."""
    if name is not None and not isinstance(name, str):
        return ("Give your name in quotation marks, for example pl.set_name(\"Ada Lovelace\"), "
                "or pl.set_name(None) to stay pseudonymous.")
    return responses.store().set_display_name(name)


def export_responses(path=None):
    """Write one file with all your answers, to hand in; prints and returns its path.

    With no path it goes in your responses folder (outside the pack, so it never shows in
    git); give a path, such as "~/Desktop/my-responses.json", to put it elsewhere.
    """
    if path is not None and not isinstance(path, (str, os.PathLike)):
        print("Give the file name in quotation marks, for example "
              "pl.export_responses(\"~/my-responses.json\"), or leave it empty.")
        return None
    try:
        dest = responses.store().export(path)
    except responses.StoreError as exc:
        print(f"Not exported: {exc}")
        return None
    print(f"Your responses are in {dest}. Hand in this file.")
    return dest


def forget_me(confirm: str = "") -> str:
    """Delete your stored answers. Needs confirm="delete my answers", to avoid accidents."""
    if confirm != "delete my answers":
        return (
            "Nothing deleted. This removes every answer you have saved in this pack, on this "
            'computer or hub. To go ahead, run pl.forget_me(confirm="delete my answers"). '
            "Export them first if you want a copy: pl.export_responses()."
        )
    try:
        n, elsewhere = responses.store().forget()
    except Exception as exc:  # noqa: BLE001 - e.g. a read-only folder or a held lock
        why = getattr(exc, "strerror", None) or "the folder could not be changed"
        return (f"Nothing was deleted ({why}). Close your other notebooks and try again, or "
                f"ask for help: your answers are in {responses.store().folder}.")
    text = f"Deleted your stored answers ({n} prompt(s)), here and in every open notebook."
    if elsewhere:
        text += (" You exported copies that are still there; delete them yourself if you "
                 "no longer want them (any you handed in are with your lecturer): "
                 + "; ".join(str(p) for p in elsewhere) + ".")
    return text


# ----------------------------------------------------------------------------- widget


class PromptView:
    """The widget for one prompt; a thin view over `answer` and the store."""

    def __init__(self, p: Prompt, phase: str | None):
        import ipywidgets as w

        self.prompt, self.phase = p, phase
        self.title = w.HTML(
            f'<p style="font-weight:bold;font-size:1.05em;margin:0">Discussion: '
            f"{html.escape(p.question)}</p>"
            + (f"<p style='margin:0.2em 0'>{html.escape(p.context)}</p>" if p.context else "")
        )
        if p.kind == "scale":
            self.stance = w.ToggleButtons(
                options=list(p.options), value=None, description="Your view:",
                style={"button_width": "auto", "description_width": "initial"},
            )
        else:
            self.stance = w.RadioButtons(
                options=list(p.options), value=None, description="Your choice:",
                style={"description_width": "initial"}, layout=w.Layout(width="auto"),
            )
        lo, hi = REASON_WORDS
        self.reason = w.Textarea(
            placeholder=f"Your reason, in your own words ({lo}-{hi} words). Argue about the "
            "policy; do not include personal experiences.",
            layout=w.Layout(width="100%", height="7em"),
        )
        self.words = w.HTML()
        self.save_button = w.Button(description="Save", button_style="primary", icon="save",
                                    tooltip="Save your stance and reason")
        self.status = w.HTML()
        self.reveal = w.HTML(layout=w.Layout(display="none"))
        self.reason.observe(self._count, names="value")
        self.save_button.on_click(self._on_save)
        self.box = w.VBox(
            [self.title, self.stance, self.reason, self.words,
             w.HBox([self.save_button, self.status]), self.reveal],
            layout=w.Layout(border="1px solid #999", padding="0.6em", margin="0.4em 0"),
        )
        self.load()

    def load(self) -> None:
        """Show the learner's last saved answer, if any."""
        store = responses.store()
        last = store.latest(self.prompt.id, self.phase)
        if last and last["stance"] in self.prompt.options:
            self.stance.value = last["stance"]
            self.reason.value = last["reason"]
            self._set_status(f"saved at {responses.local_clock(last['saved_at'])}", True)
            self._show_reveal()
        else:
            self._set_status("not saved yet", None)
        self._count()
        for note in store.notices:
            self._set_status(note, False)
        store.notices.clear()

    def _count(self, change=None) -> None:
        n = len(self.reason.value.split())
        lo, hi = REASON_WORDS
        guide = "a good length" if lo <= n <= hi else (f"aim for {lo}-{hi}")
        self.words.value = f'<span style="color:#555">{n} words ({guide})</span>'

    def _set_status(self, text: str, ok: bool | None) -> None:
        colour = {True: "#009E73", False: "#D55E00", None: "#555"}[ok]
        self.status.value = (
            f'<span role="status" style="color:{colour};margin-left:0.6em">'
            f"{html.escape(text)}</span>"
        )

    def _show_reveal(self) -> None:
        if self.prompt.reveal:
            self.reveal.value = (
                "<details open><summary><strong>Now compare: the strongest case on each side"
                "</strong></summary>"
                + "".join(f"<p>{html.escape(par)}</p>" for par in self.prompt.reveal.split("\n\n"))
                + "</details>"
            )
            self.reveal.layout.display = None

    def _on_save(self, _button=None) -> None:
        if self.stance.value is None:
            self._set_status("could not save: choose a stance first", False)
            return
        result = answer(self.prompt.id, self.stance.value, self.reason.value, phase=self.phase,
                        question=self.prompt.question, options=self.prompt.options)
        if result.saved:
            extra = " (add a reason when you can)" if not self.reason.value.strip() else ""
            self._set_status(f"saved at {responses.local_clock(result.saved_at)}{extra}", True)
            self._show_reveal()
        else:
            self._set_status("could not save: " + result.message, False)

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = self.box._repr_mimebundle_(include=include, exclude=exclude)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/plain"] = self.text()
        return data

    def text(self) -> str:
        """The prompt as plain text: what a reader without the widget sees."""
        p = self.prompt
        phase = f', phase="{self.phase}"' if self.phase else ""
        opts = "; ".join(f"{i} = {o}" for i, o in enumerate(p.options, 1))
        return (
            f"Discussion prompt {p.id}: {p.question}\n"
            f"Options: {opts}\n"
            f'To answer without the widget: pl.answer("{p.id}", stance=..., reason="..."{phase})'
        )

    __repr__ = text


def prompt(
    prompt_id: str,
    question: str | None = None,
    *,
    phase: str | None = None,
    options=None,
    kind: str | None = None,
    reveal: str | None = None,
) -> PromptView:
    """Show a discussion prompt from the prompt bank (or a one-off with `question`)."""
    p = _resolve(prompt_id, question, options, kind, reveal, phase)
    return PromptView(p, phase)
