"""The prompt widget, driven from Python: a thin view over the same store as pl.answer."""

from __future__ import annotations

import json

from policylab import prompts, responses
from policylab.prompt_bank import PROMPTS


def test_new_prompt_shows_question_and_not_saved_yet(folder):
    view = prompts.prompt("core.default-e2ee", phase="before")
    assert "end-to-end encryption the default" in view.question
    assert view.options == list(prompts.AGREE_SCALE) and view.stance == ""
    assert view.status == "Not saved yet." and view.status_tone == ""
    assert view.reveal == [], "no reveal before an answer is saved"
    assert view.words == "0 words (aim for 30-200)"
    assert view.legend == "Your view" and view.reason_label.startswith("Your reason")


def test_save_then_build_again_restores_the_answer(folder):
    view = prompts.prompt("core.default-e2ee", phase="before")
    view.stance = "Disagree"
    view.reason = "Reports measure detection. " * 10
    assert view.words == "30 words (a good length)"
    view.save()  # what the Save button's message runs
    assert view.status.startswith("Saved at ") and view.status_tone == "ok"
    assert view.reveal and view.reveal[0].startswith("For:")

    responses._STORES.clear()  # a kernel restart
    again = prompts.prompt("core.default-e2ee", phase="before")
    assert again.stance == "Disagree"
    assert again.reason == "Reports measure detection. " * 10
    assert again.status.startswith("Saved at ") and again.reveal == view.reveal
    data = json.loads((folder / "responses.json").read_text())
    assert data["answers"]["core.default-e2ee@before"]["revisions"][0]["stance"] == "Disagree"


def test_the_save_message_from_the_page_saves_what_the_page_shows(folder):
    view = prompts.prompt("core.default-e2ee", phase="before")
    view.stance, view.reason = "Agree", "The first half of what was ty"  # synced so far
    view._on_msg(view, {"event": "something else"}, [])
    assert not (folder / "responses.json").exists()
    view._on_msg(view, {"event": "save", "stance": "Disagree",
                        "reason": "The first half of what was typed, and the rest."}, [])
    saved = responses.store().latest("core.default-e2ee", "before")
    assert (saved["stance"], saved["reason"]) == (
        "Disagree", "The first half of what was typed, and the rest.")
    assert view.reason == saved["reason"] and view.status.startswith("Saved at ")


def test_widget_and_function_write_the_same_store(folder):
    prompts.answer("core.platform-responsibility", 5, "Via the function.", phase="after")
    view = prompts.prompt("core.platform-responsibility", phase="after")
    assert view.stance == "Strongly agree" and view.reason == "Via the function."
    view.reason = "Edited in the widget."
    view.save()
    revs = responses.store().revisions("core.platform-responsibility", "after")
    assert [r["reason"] for r in revs] == ["Via the function.", "Edited in the widget."]


def test_save_without_a_stance_says_so_and_writes_nothing(folder):
    view = prompts.prompt("core.default-e2ee", phase="before")
    view.reason = "A reason but no stance."
    view.save()
    assert view.status == "Could not save: choose a stance first."
    assert view.status_tone == "problem"
    assert not (folder / "responses.json").exists()


def test_a_stance_not_on_the_scale_is_not_saved(folder):
    view = prompts.prompt("core.default-e2ee", phase="before")
    view.stance = "Very strongly agree"  # only the page could send this
    view.save()
    assert view.status_tone == "problem" and not (folder / "responses.json").exists()


def test_save_failure_is_shown_in_the_widget(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("POLICYLAB_RESPONSES", str(blocker / "sub"))
    responses._STORES.clear()
    view = prompts.prompt("core.default-e2ee", phase="before")
    view.stance = "Agree"
    view.save()
    assert view.status.startswith("Could not save:") and "export_responses" in view.status
    responses._STORES.clear()


def test_a_saved_reason_is_sent_as_text_never_as_markup(folder):
    prompts.answer("core.default-e2ee", 4, "<img src=x onerror=alert(1)>", phase="before")
    view = prompts.prompt("core.default-e2ee", phase="before")
    assert view.reason == "<img src=x onerror=alert(1)>"  # a text box shows text
    assert "<img" not in view.status
    # the page writes every text with textContent or .value, never as HTML
    assert "innerHTML" not in view._esm and "insertAdjacentHTML" not in view._esm


def test_corrupt_store_notice_reaches_the_learner(folder):
    folder.mkdir(parents=True)
    (folder / "responses.json").write_text("not json")
    view = prompts.prompt("core.default-e2ee", phase="before")
    assert "could not be read" in view.status and view.status_tone == "problem"


def test_options_prompt_is_a_choice_named_your_choice(folder):
    view = prompts.prompt("demo.where", "Where should detection happen?",
                          options=["On the server", "On the device", "Nowhere"])
    assert view.kind == "options" and view.legend == "Your choice"
    view.stance = "On the device"
    view.save()
    assert responses.store().latest("demo.where")["stance"] == "On the device"


def test_front_end_keeps_notebook_shortcuts_out_and_names_its_parts():
    """What the keyboard and screen-reader behaviour rests on (tests/test_browser.py checks
    it in JupyterLab itself)."""
    from policylab.prompt_widget import PromptView

    esm = PromptView._esm.default_value
    assert '"data-lm-suppress-shortcuts": "true"' in esm
    # on each control too: a shortcut selector ending in :focus matches the control itself
    assert 'const FOCUSABLE = ["input", "textarea", "button", "summary"];' in esm
    assert 'el("fieldset"' in esm and 'el("legend")' in esm and 'type: "radio"' in esm
    assert 'el("label", { for: `${uid}-reason` })' in esm
    assert esm.count('role: "status"') == 1 and "status.textContent =" in esm


def test_plain_text_view_is_stable_and_tells_how_to_answer(folder):
    view = prompts.prompt("core.mandated-scanning", phase="before")
    data, _ = view._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data
    assert data["text/plain"] == view.text()
    assert 'pl.answer("core.mandated-scanning", stance=..., reason="...", phase="before")' in (
        data["text/plain"]
    )
    view.stance = "Agree"
    view.save()
    assert prompts.prompt("core.mandated-scanning", phase="before").text() == view.text()


def test_every_bank_prompt_is_balanced_and_well_formed():
    for pid, p in PROMPTS.items():
        assert p.title and len(p.question.split()) >= 8, pid
        assert "For:" in p.reveal and "Against:" in p.reveal, f"{pid}: both sides in the reveal"
        assert p.kind in ("scale", "options")
        assert len(p.options) == 5 if p.kind == "scale" else len(p.options) >= 2, pid
        assert pid.startswith("core.") == bool(p.phases), f"{pid}: core prompts are asked twice"
        assert "you" not in p.question.lower().split(), f"{pid}: ask about policy, not the learner"


def test_my_views_pairs_before_and_after(folder):
    assert "No answers" in repr(prompts.my_views()) or "Answer both" in repr(prompts.my_views())
    prompts.answer("core.default-e2ee", 2, "Before the evidence.", phase="before")
    prompts.answer("core.default-e2ee", 4, "After it.", phase="after")
    prompts.answer("core.mandated-scanning", 3, "Only before.", phase="before")
    table = prompts.my_views().table.set_index("prompt")
    assert table.loc["core.default-e2ee", "before"] == "Disagree"
    assert table.loc["core.default-e2ee", "after"] == "Agree"
    assert table.loc["core.default-e2ee", "change"] == "Moved 2 step(s) towards agreeing."
    assert table.loc["core.mandated-scanning", "change"] == "Answer both to compare."
    assert set(table.index) == {p for p, v in PROMPTS.items() if v.phases}
    assert "<script>" not in prompts.my_views()._repr_html_()


def test_the_widget_announces_the_privacy_notice_on_the_first_save_only(folder):
    view = prompts.prompt("core.default-e2ee", phase="before")
    view.stance, view.reason = "Agree", "A reason."
    view.save()
    assert "About your saved answers:" in view.status and "pl.forget_me()" in view.status
    view.reason = "A better reason."
    view.save()
    assert view.status.startswith("Saved at ") and "About your saved answers" not in view.status


def _contrast(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour):
        rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_prompt_text_colours_meet_contrast_in_light_and_dark_themes():
    """Every text colour the widget sets reads at 4.5:1 on JupyterLab's light background
    (white) and, through its dark-theme rule, on the dark theme's (#111111); focus outlines
    and the chosen option's border reach 3:1 (WCAG 1.4.3 and 1.4.11)."""
    import re

    from policylab.prompt_widget import _CSS

    dark_prefix = 'body[data-jp-theme-light="false"] '
    light, dark = {}, {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", _CSS):
        for prop, colour in re.findall(r"(color|outline-color|border-color|outline|border):"
                                       r"[^;#]*(#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b)", body):
            if len(colour) == 4:  # #abc is #aabbcc
                colour = "#" + "".join(c * 2 for c in colour[1:])
            for selector in (s.strip() for s in selectors.split(",")):
                target = dark if selector.startswith(dark_prefix) else light
                target[(selector.removeprefix(dark_prefix), prop.split("-")[0])] = colour
    assert light and dark
    muted = [".policylab-prompt-words", ".policylab-prompt-status",
             '.policylab-prompt-status[data-tone="ok"]',
             '.policylab-prompt-status[data-tone="problem"]']
    for selector in muted:
        assert _contrast(light[(selector, "color")], "#ffffff") >= 4.5, selector
        assert (selector, "color") in dark, f"{selector} has no dark-theme colour"
        assert _contrast(dark[(selector, "color")], "#111111") >= 4.5, selector
    focus = (".policylab-prompt :focus-visible", "outline")
    assert _contrast(light[focus], "#ffffff") >= 3 and _contrast(dark[focus], "#111111") >= 3
    chosen = (".policylab-prompt-option:has(input:checked)", "border")
    assert _contrast(light[chosen], "#ffffff") >= 3 and _contrast(dark[chosen], "#111111") >= 3
