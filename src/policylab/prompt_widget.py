"""The prompt widget: ``pl.prompt(prompt_id)`` shows a discussion prompt to answer.

The widget shows the question, a stance scale (or a choice of named policy options), a
reason box with a word count, a Save button and the save state. Run the cell again and
it shows the last saved answer. Reveal content (the other side's strongest argument)
appears only after an answer has been saved. It is a thin view: saving goes through
`policylab.prompt_api.answer`, so the widget and the plain API cannot disagree.
"""

from __future__ import annotations

import html

from . import responses
from .prompt_api import answer, resolve
from .prompt_model import REASON_WORDS, Prompt

__all__ = ["PromptView", "prompt"]


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
    p = resolve(prompt_id, question, options, kind, reveal, phase)
    return PromptView(p, phase)
