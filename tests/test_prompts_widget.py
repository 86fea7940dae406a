"""The prompt widget, driven from Python: a thin view over the same store as pl.answer."""

from __future__ import annotations

import json

from policylab import prompts, responses
from policylab.prompt_bank import PROMPTS


def test_new_prompt_shows_question_and_not_saved_yet(folder):
    view = prompts.prompt("core.default-e2ee", phase="before")
    assert "end-to-end encryption the default" in view.title.value
    assert view.stance.options == prompts.AGREE_SCALE and view.stance.value is None
    assert "not saved yet" in view.status.value
    assert view.reveal.layout.display == "none", "no reveal before an answer is saved"
    assert "0 words" in view.words.value


def test_save_then_build_again_restores_the_answer(folder):
    view = prompts.prompt("core.default-e2ee", phase="before")
    view.stance.value = "Disagree"
    view.reason.value = "Reports measure detection. " * 10
    assert "30 words (a good length)" in view.words.value
    view.save_button.click()  # runs the same callback as a click in the browser
    assert "saved at" in view.status.value
    assert view.reveal.layout.display is None and "For:" in view.reveal.value

    responses._STORES.clear()  # a kernel restart
    again = prompts.prompt("core.default-e2ee", phase="before")
    assert again.stance.value == "Disagree"
    assert again.reason.value == "Reports measure detection. " * 10
    assert "saved at" in again.status.value and again.reveal.layout.display is None
    data = json.loads((folder / "responses.json").read_text())
    assert data["answers"]["core.default-e2ee@before"]["revisions"][0]["stance"] == "Disagree"


def test_widget_and_function_write_the_same_store(folder):
    prompts.answer("core.platform-responsibility", 5, "Via the function.", phase="after")
    view = prompts.prompt("core.platform-responsibility", phase="after")
    assert view.stance.value == "Strongly agree" and view.reason.value == "Via the function."
    view.reason.value = "Edited in the widget."
    view.save_button.click()
    revs = responses.store().revisions("core.platform-responsibility", "after")
    assert [r["reason"] for r in revs] == ["Via the function.", "Edited in the widget."]


def test_save_without_a_stance_says_so_and_writes_nothing(folder):
    view = prompts.prompt("core.default-e2ee", phase="before")
    view.reason.value = "A reason but no stance."
    view.save_button.click()
    assert "could not save: choose a stance first" in view.status.value
    assert not (folder / "responses.json").exists()


def test_save_failure_is_shown_in_the_widget(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("POLICYLAB_RESPONSES", str(blocker / "sub"))
    responses._STORES.clear()
    view = prompts.prompt("core.default-e2ee", phase="before")
    view.stance.value = "Agree"
    view.save_button.click()
    assert "could not save:" in view.status.value and "export_responses" in view.status.value
    responses._STORES.clear()


def test_markup_in_a_saved_reason_is_escaped_in_the_widget(folder):
    prompts.answer("core.default-e2ee", 4, "<img src=x onerror=alert(1)>", phase="before")
    view = prompts.prompt("core.default-e2ee", phase="before")
    assert view.reason.value == "<img src=x onerror=alert(1)>"  # a text box shows text
    assert "<img" not in view.status.value


def test_corrupt_store_notice_reaches_the_learner(folder):
    folder.mkdir(parents=True)
    (folder / "responses.json").write_text("not json")
    view = prompts.prompt("core.default-e2ee", phase="before")
    assert "could not be read" in view.status.value


def test_options_prompt_uses_radio_buttons(folder):
    view = prompts.prompt("demo.where", "Where should detection happen?",
                          options=["On the server", "On the device", "Nowhere"])
    assert type(view.stance).__name__ == "RadioButtons"
    view.stance.value = "On the device"
    view.save_button.click()
    assert responses.store().latest("demo.where")["stance"] == "On the device"


def test_plain_text_view_is_stable_and_tells_how_to_answer(folder):
    view = prompts.prompt("core.mandated-scanning", phase="before")
    data = view._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data
    assert data["text/plain"] == view.text()
    assert 'pl.answer("core.mandated-scanning", stance=..., reason="...", phase="before")' in (
        data["text/plain"]
    )
    view.stance.value = "Agree"
    view.save_button.click()
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
