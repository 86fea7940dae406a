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

