"""The prompt widget: ``pl.prompt(prompt_id)`` shows a discussion prompt to answer.

The widget shows the question, a stance choice (an agree scale or named policy options), a
reason box with a word count, a Save button and the save state. Run the cell again and it
shows the last saved answer. Reveal content (the other side's strongest argument) appears
only after an answer has been saved. It is a thin view: saving goes through
`policylab.prompt_api.answer`, so the widget and the plain API cannot disagree.

Its front end is a few lines of ES module code run by anywidget, using plain HTML form
controls, so that it works with the keyboard alone and with a screen reader:

* the stance is one radio group in a fieldset whose legend names it: Tab reaches it, the
  arrow keys move within it, Space or Enter selects;
* the reason box has a real ``<label>``, and the word count is its description;
* the save state is one live region (``role="status"``) whose text changes, so that a
  screen reader announces "saved at ..." while focus stays on the Save button;
* the prompt and each control in it carry ``data-lm-suppress-shortcuts``: JupyterLab's
  command registry (Lumino) then finds no notebook shortcut for a key pressed there, so a
  letter typed or an arrow pressed never adds, edits or leaves a cell. (Lumino stops its
  search at the first element with the attribute, walking up from the key's target; a
  command-mode selector ending in ``:focus`` matches the focused control itself, so the
  attribute on the prompt alone is not enough.)
* every text colour has 4.5:1 contrast or more on white, and focus shows as a thick outline.
"""

from __future__ import annotations

import anywidget
import traitlets as t

from . import responses
from .errors import guard_module
from .prompt_api import answer, resolve
from .prompt_model import REASON_WORDS, Prompt

__all__ = ["PromptView", "prompt"]

REVEAL_TITLE = "Now compare: the strongest case on each side"
TONES = ("", "ok", "problem")  # the save state: neutral, saved, could not save

_ESM = r"""
// The discussion prompt's front end (anywidget). Plain HTML form controls: a fieldset
// with a legend holding one radio group, a labelled textarea, a Save button and one
// live region whose text changes. The data-lm-suppress-shortcuts attribute tells
// JupyterLab (Lumino) that no key pressed here is a notebook shortcut. Lumino walks up
// from the key's target and stops at the first element with the attribute, but a
// command-mode selector such as ".jp-Notebook.jp-mod-commandMode :focus" already matches
// the focused control itself: so every element that can take focus carries it too.
let count = 0;
const FOCUSABLE = ["input", "textarea", "button", "summary"];
function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (FOCUSABLE.includes(tag)) node.setAttribute("data-lm-suppress-shortcuts", "true");
  if (text !== undefined) node.textContent = text;
  return node;
}
function render({ model, el: host }) {
  const uid = `policylab-prompt-${++count}-${Math.random().toString(36).slice(2, 8)}`;
  const root = el("div", { class: "policylab-prompt", "data-lm-suppress-shortcuts": "true",
                           role: "group", "aria-labelledby": `${uid}-q` });
  const question = el("p", { class: "policylab-prompt-question", id: `${uid}-q` });
  const context = el("p", { class: "policylab-prompt-context" });
  const group = el("fieldset", { class: "policylab-prompt-stance" });
  const legend = el("legend");
  group.append(legend);
  const reasonLabel = el("label", { for: `${uid}-reason` });
  const reason = el("textarea", { id: `${uid}-reason`, rows: "5",
                                  "aria-describedby": `${uid}-words` });
  const words = el("p", { class: "policylab-prompt-words", id: `${uid}-words` });
  const save = el("button", { type: "button", class: "policylab-prompt-save" }, "Save");
  const status = el("p", { class: "policylab-prompt-status", role: "status",
                           "aria-live": "polite", "aria-atomic": "true" });
  const reveal = el("details", { class: "policylab-prompt-reveal", open: "" });
  const row = el("div", { class: "policylab-prompt-row" });
  row.append(save, status);
  root.append(question, context, group, reasonLabel, reason, words, row, reveal);
  host.append(root);

  let radios = [];
  function drawOptions() {
    for (const r of radios) r.parentElement.remove();
    radios = [];
    group.className = `policylab-prompt-stance policylab-prompt-${model.get("kind")}`;
    legend.textContent = model.get("legend");
    model.get("options").forEach((label, i) => {
      const wrap = el("label", { class: "policylab-prompt-option" });
      const input = el("input", { type: "radio", name: `${uid}-stance`, value: label });
      input.addEventListener("change", () => {
        if (input.checked) { model.set("stance", label); model.save_changes(); }
      });
      input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {  // Space selects natively; Enter does the same here
          event.preventDefault();
          if (!input.checked) { input.checked = true; input.dispatchEvent(new Event("change")); }
        }
      });
      wrap.append(input, document.createTextNode(" " + label));
      group.append(wrap);
      radios.push(input);
    });
    drawStance();
  }
  function drawStance() {
    for (const r of radios) r.checked = r.value === model.get("stance");
  }
  function drawText() {
    question.textContent = model.get("question");
    context.textContent = model.get("context");
    context.hidden = !model.get("context");
    reasonLabel.textContent = model.get("reason_label");
    if (reason.value !== model.get("reason")) reason.value = model.get("reason");
    words.textContent = model.get("words");
  }
  function drawStatus() {
    status.textContent = model.get("status");  // the same node: a live region announces it
    status.dataset.tone = model.get("status_tone");
  }
  function drawReveal() {
    reveal.replaceChildren();
    const paragraphs = model.get("reveal");
    reveal.hidden = paragraphs.length === 0;
    if (!paragraphs.length) return;
    const summary = el("summary");
    summary.append(el("strong", {}, model.get("reveal_title")));
    reveal.append(summary, ...paragraphs.map((p) => el("p", {}, p)));
  }
  reason.addEventListener("input", () => {
    model.set("reason", reason.value);
    model.save_changes();
  });
  save.addEventListener("click", () => {
    // The message carries what is on screen: state updates from fast typing can still be
    // queued behind the kernel when the message arrives.
    const checked = radios.find((r) => r.checked);
    model.send({ event: "save", stance: checked ? checked.value : "", reason: reason.value });
  });
  drawOptions(); drawText(); drawStatus(); drawReveal();
  const handlers = [
    ["change:options change:kind change:legend", drawOptions],
    ["change:stance", drawStance],
    ["change:question change:context change:reason change:words change:reason_label", drawText],
    ["change:status change:status_tone", drawStatus],
    ["change:reveal change:reveal_title", drawReveal],
  ];
  for (const [events, fn] of handlers) model.on(events, fn);
  return () => { for (const [events, fn] of handlers) model.off(events, fn); };
}
export default { render };
"""

_CSS = """
.policylab-prompt { border: 1px solid #767676; padding: 0.6em 0.8em; margin: 0.4em 0;
  font-size: var(--jp-content-font-size1, 14px); color: var(--jp-content-font-color1, #000);
  line-height: 1.5; }
.policylab-prompt-question { font-weight: bold; font-size: 1.05em; margin: 0 0 0.3em; }
.policylab-prompt-context { margin: 0 0 0.4em; }
.policylab-prompt fieldset { border: 0; margin: 0 0 0.5em; padding: 0; min-width: 0; }
.policylab-prompt legend { font-weight: bold; padding: 0; margin-bottom: 0.3em; }
.policylab-prompt-scale { display: flex; flex-wrap: wrap; gap: 0.4em; }
.policylab-prompt-scale legend { width: 100%; }
.policylab-prompt-option { display: inline-flex; align-items: center; gap: 0.3em;
  border: 1px solid #767676; border-radius: 3px; padding: 0.25em 0.6em; cursor: pointer; }
.policylab-prompt-options .policylab-prompt-option { display: flex; border: 0; padding: 0.15em 0; }
.policylab-prompt-option:has(input:checked) { font-weight: bold; border: 2px solid #000; }
.policylab-prompt-options .policylab-prompt-option:has(input:checked) { border: 0; }
.policylab-prompt label[for] { display: block; margin: 0.3em 0 0.2em; }
.policylab-prompt textarea { width: 100%; box-sizing: border-box; font: inherit;
  border: 1px solid #767676; padding: 0.3em; }
.policylab-prompt-words { margin: 0.2em 0 0.5em; color: #595959; }
.policylab-prompt-row { display: flex; align-items: center; gap: 0.8em; flex-wrap: wrap; }
.policylab-prompt-save { font: inherit; font-weight: bold; color: #fff; background: #0b4f8a;
  border: 1px solid #0b4f8a; border-radius: 3px; padding: 0.3em 1.2em; cursor: pointer; }
.policylab-prompt-status { margin: 0; color: #595959; }
.policylab-prompt-status[data-tone="ok"] { color: #00704f; }
.policylab-prompt-status[data-tone="problem"] { color: #a63d00; font-weight: bold; }
.policylab-prompt :focus-visible { outline: 3px solid #b3005c; outline-offset: 2px; }
.policylab-prompt input[type="radio"]:focus-visible { outline-offset: 1px; }
.policylab-prompt-reveal { margin-top: 0.6em; }
body[data-jp-theme-light="false"] .policylab-prompt-words,
body[data-jp-theme-light="false"] .policylab-prompt-status { color: #c2c2c2; }
body[data-jp-theme-light="false"] .policylab-prompt-status[data-tone="ok"] { color: #4fd6a0; }
body[data-jp-theme-light="false"] .policylab-prompt-status[data-tone="problem"] { color: #ff9e6b; }
body[data-jp-theme-light="false"] .policylab-prompt-option:has(input:checked) {
  border-color: #fff; }
body[data-jp-theme-light="false"] .policylab-prompt :focus-visible { outline-color: #ff7ab8; }
"""


class PromptView(anywidget.AnyWidget):
    """The widget for one prompt; a thin view over `answer` and the store."""

    _esm = t.Unicode(_ESM).tag(sync=True)
    _css = t.Unicode(_CSS).tag(sync=True)
    question = t.Unicode("").tag(sync=True)
    context = t.Unicode("").tag(sync=True)
    kind = t.Unicode("scale").tag(sync=True)
    legend = t.Unicode("").tag(sync=True)
    options = t.List(t.Unicode()).tag(sync=True)
    stance = t.Unicode("").tag(sync=True)  # "" until one is chosen
    reason_label = t.Unicode("").tag(sync=True)
    reason = t.Unicode("").tag(sync=True)
    words = t.Unicode("").tag(sync=True)
    status = t.Unicode("").tag(sync=True)
    status_tone = t.Unicode("").tag(sync=True)
    reveal = t.List(t.Unicode()).tag(sync=True)  # paragraphs, shown once an answer is saved
    reveal_title = t.Unicode(REVEAL_TITLE).tag(sync=True)

    def __init__(self, p: Prompt, phase: str | None):
        lo, hi = REASON_WORDS
        super().__init__(
            question="Discussion: " + p.question,
            context=p.context,
            kind=p.kind if p.kind in ("scale", "options") else "scale",
            legend="Your view" if p.kind == "scale" else "Your choice",
            options=list(p.options),
            reason_label=(f"Your reason, in your own words ({lo}-{hi} words). Argue about the "
                          "policy; do not include personal experiences."),
        )
        self.prompt, self.phase = p, phase
        self.observe(self._count, names="reason")
        self.on_msg(self._on_msg)
        self.load()

    def load(self) -> None:
        """Show the learner's last saved answer, if any."""
        store = responses.store()
        last = store.latest(self.prompt.id, self.phase)
        if last and last["stance"] in self.prompt.options:
            self.stance = last["stance"]
            self.reason = last["reason"]
            self._set_status(f"Saved at {responses.local_clock(last['saved_at'])}.", "ok")
            self._show_reveal()
        else:
            self._set_status("Not saved yet.", "")
        self._count()
        for note in store.notices:
            self._set_status(note, "problem")
        store.notices.clear()

    def _count(self, change=None) -> None:
        n = len(self.reason.split())
        lo, hi = REASON_WORDS
        guide = "a good length" if lo <= n <= hi else f"aim for {lo}-{hi}"
        self.words = f"{n} word{'' if n == 1 else 's'} ({guide})"

    def _set_status(self, text: str, tone: str) -> None:
        self.status_tone = tone
        self.status = text

    def _show_reveal(self) -> None:
        if self.prompt.reveal:
            self.reveal = [par.strip() for par in self.prompt.reveal.split("\n\n") if par.strip()]

    def _on_msg(self, _widget, content, _buffers) -> None:
        """The Save button: the message carries the stance and reason shown on the page."""
        if not isinstance(content, dict) or content.get("event") != "save":
            return
        stance, reason = content.get("stance"), content.get("reason")
        if isinstance(stance, str):
            self.stance = stance
        if isinstance(reason, str):
            self.reason = reason
        self.save()

    def save(self) -> None:
        """Save the chosen stance and reason (what the Save button does)."""
        if self.stance not in self.prompt.options:
            self._set_status("Could not save: choose a stance first.", "problem")
            return
        result = answer(self.prompt.id, self.stance, self.reason, phase=self.phase,
                        question=self.prompt.question, options=self.prompt.options)
        if result.saved:
            extra = " Add a reason when you can." if not self.reason.strip() else ""
            if result.notice:  # the privacy notice, with a learner's first save only
                extra += f" About your saved answers: {result.notice}"
            self._set_status(f"Saved at {responses.local_clock(result.saved_at)}.{extra}", "ok")
            self._show_reveal()
        else:
            self._set_status("Could not save: " + result.message, "problem")

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/plain"] = self.text()
        return bundle

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


guard_module(globals())  # unusable input gives a plain sentence (policylab.errors)
