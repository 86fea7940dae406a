"""A real browser: JupyterLab on loopback, a lesson run, a prompt answered and saved, by
mouse and by keyboard alone, and checked with axe-core (vendored, injected from disk).

Playwright drives Debian's Chromium (``apt-get install chromium``; no browser download).
Without Chromium the test is skipped with a message saying what to install; with
``CI=true`` (as `.ci/run` sets) it fails instead, so CI cannot pass without it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from .conftest import ROOT

LESSON = "01-the-release.ipynb"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# JupyterLab settings for the test: every cell in the DOM, no autosave, no news fetching.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False},
}


def _need_browser():
    missing = []
    if not CHROMIUM:
        missing.append("Chromium (Debian/Ubuntu: sudo apt-get install chromium)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("Playwright for Python (pip install -r requirements.txt)")
    if missing:
        message = "the browser test needs " + " and ".join(missing)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (CI=true: not skipping)")
        pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on loopback serving a copy of the lesson; yields (url, responses,
    the folder it serves).
    One server for the module (it takes a while to start); each test answers its own prompts."""
    _need_browser()
    tmp_path = tmp_path_factory.mktemp("lab")
    root, responses = tmp_path / "pack", tmp_path / "responses"
    root.mkdir()
    shutil.copy(ROOT / "notebooks" / LESSON, root / LESSON)
    settings = tmp_path / "settings"
    for name, value in LAB_SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))
    env = {
        **os.environ,
        "POLICYLAB_RESPONSES": str(responses),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
    }
    port = _free_port()
    cmd = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip", "127.0.0.1",
        "--port", str(port), "--ServerApp.token=", "--ServerApp.password=",
        f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True",
        "--ServerApp.open_browser=False",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/status", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((tmp_path / "server.log").read_text()) from None
                time.sleep(0.3)
        yield url, responses, root
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def test_prompt_answered_and_saved_in_a_real_browser(lab, tmp_path):
    from playwright.sync_api import sync_playwright

    url, responses, _ = lab
    reason = "Reports measure detection, not offending; <b>tags</b> stay text. ✓"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        _open_and_run(page, url, LESSON)
        prompt = page.locator(".policylab-prompt")
        prompt.first.wait_for(timeout=90_000)
        first = prompt.first
        first.scroll_into_view_if_needed()
        assert "Not saved yet." in first.inner_text()
        first.get_by_role("radio", name="Disagree", exact=True).click()
        first.get_by_label("Your reason").fill(reason)
        first.get_by_role("button", name="Save").click()
        first.get_by_text(re.compile("^Saved at")).wait_for(timeout=30_000)
        first.get_by_text("strongest case on each side").wait_for(timeout=10_000)
        page.screenshot(path=str(tmp_path / "prompt-saved.png"))
        browser.close()
    saved = json.loads((responses / "responses.json").read_text(encoding="utf-8"))
    revisions = saved["answers"]["1.source-interests"]["revisions"]
    assert len(revisions) == 1
    assert revisions[0]["stance"] == "Disagree" and revisions[0]["reason"] == reason
    assert not errors, f"errors in the page: {errors}"


# A small notebook for the keyboard test: a scale prompt, an options prompt (as in lesson 06)
# and a figure, each in its own cell, with a markdown cell that must stay as it is.
KEYBOARD_NB = "keyboard.ipynb"
KEYBOARD_CELLS = [
    ("markdown", "# Keyboard test\n\nThis cell must not change."),
    ("code", "import policylab as pl"),
    ("code", 'pl.prompt("core.default-e2ee", phase="before")'),
    ("code", 'pl.prompt("6.who-should-act")'),
    ("code", 'fig, ax = pl.figure("Rising line", xlabel="x (units)", ylabel="y (units)")\n'
             'ax.plot([1, 2], [3, 4])\n'
             'pl.show(fig, "A line rising from 3 to 4 as x goes from 1 to 2.")'),
]
# Keys that are notebook shortcuts in command mode: add a cell above or below, make a cell
# markdown or code, cut, paste, delete (d d), undo cell delete, run and move, leave.
SHORTCUT_KEYS = ["a", "b", "m", "y", "x", "v", "d", "d", "z", "Shift+Enter", "Escape"]

CELLS_JS = """() => window.jupyterapp.shell.currentWidget.content.model.sharedModel.cells
    .map(c => [c.cell_type, c.getSource()])"""
INSIDE_JS = "sel => !!document.activeElement.closest(sel)"


def _write_keyboard_notebook(folder):
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    make = {"markdown": new_markdown_cell, "code": new_code_cell}
    nb = new_notebook(cells=[make[kind](source) for kind, source in KEYBOARD_CELLS])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, folder / KEYBOARD_NB)


def _open_and_run(page, url, name):
    page.goto(f"{url}/lab/tree/{name}?reset")  # no restored tabs
    page.wait_for_function(
        "() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
        " const k = w && w.sessionContext && w.sessionContext.session"
        " && w.sessionContext.session.kernel; return k && k.status === 'idle'; }",
        timeout=90_000,
    )
    page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); }")


def _press_all(page, keys, inside):
    """Press each key; return the keys after which focus was no longer inside `inside`."""
    left = []
    for key in keys:
        page.keyboard.press(key)
        if not page.evaluate(INSIDE_JS, inside):
            left.append(key)
    return left


def test_prompts_by_keyboard_alone_in_jupyterlab(lab, tmp_path):
    """Tab, arrows, Space, Enter and typing answer both kinds of prompt; no key pressed inside
    a prompt edits the notebook or takes focus out; Save keeps focus and is announced."""
    from playwright.sync_api import expect, sync_playwright

    from . import axe

    url, responses, root = lab
    _write_keyboard_notebook(root)
    reason = "Detection falls when messages are hidden from the platform; privacy matters too."
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        _open_and_run(page, url, KEYBOARD_NB)
        scale = page.get_by_role("group", name="Your view")
        options = page.get_by_role("group", name="Your choice")
        scale.wait_for(timeout=90_000)
        options.wait_for(timeout=30_000)
        page.locator("img[alt]").first.wait_for(timeout=30_000)
        before = page.evaluate(CELLS_JS)

        # the scale prompt: arrive at its question, then keyboard only
        first = page.locator(".jp-OutputArea-output").filter(has=scale)
        first.scroll_into_view_if_needed()
        first.locator("p").first.evaluate("p => { p.tabIndex = -1; p.focus(); }")
        page.keyboard.press("Tab")
        radios = scale.get_by_role("radio")
        expect(radios.first).to_be_focused()
        expect(first.get_by_role("status")).to_have_text("Not saved yet.")
        page.keyboard.press("Space")
        expect(scale.get_by_role("radio", name="Strongly disagree", exact=True)).to_be_checked()
        left = _press_all(page, ["ArrowRight", "ArrowRight", "ArrowLeft"], "fieldset")
        expect(scale.get_by_role("radio", name="Disagree", exact=True)).to_be_checked()
        expect(scale.get_by_role("radio", name="Disagree", exact=True)).to_be_focused()
        left += _press_all(page, SHORTCUT_KEYS, "fieldset")
        expect(scale.get_by_role("radio", name="Disagree", exact=True)).to_be_checked()
        page.keyboard.press("Tab")
        box = first.get_by_label("Your reason")
        expect(box).to_be_focused()
        page.keyboard.type(reason)
        left += _press_all(page, ["Escape", "ArrowUp", "ArrowDown"], "textarea")
        page.keyboard.press("Tab")
        save = first.get_by_role("button", name="Save")
        expect(save).to_be_focused()
        status = first.get_by_role("status")
        status.evaluate("s => { s.dataset.before = 'yes'; }")  # the same node after saving?
        page.keyboard.press("Enter")
        expect(status).to_have_text(re.compile(r"^Saved at \d"), timeout=30_000)
        expect(save).to_be_focused()
        assert status.evaluate("s => s.dataset.before") == "yes", "the live region was replaced"
        expect(first.get_by_text("strongest case on each side")).to_be_visible()

        # the options prompt (lesson 06's kind): the same by keyboard
        second = page.locator(".jp-OutputArea-output").filter(has=options)
        second.scroll_into_view_if_needed()
        second.locator("p").first.evaluate("p => { p.tabIndex = -1; p.focus(); }")
        page.keyboard.press("Tab")
        left += _press_all(page, ["ArrowDown", "ArrowDown", "ArrowUp"], "fieldset")
        expect(options.get_by_role("radio", name="Police and law enforcement", exact=True)).to_be_checked()
        page.keyboard.press("Tab")
        page.keyboard.type("Only the police can arrest offenders.")
        page.keyboard.press("Tab")
        page.keyboard.press("Space")
        expect(second.get_by_role("status")).to_have_text(re.compile(r"^Saved at \d"),
                                                          timeout=30_000)

        assert not left, f"focus left the prompt after pressing {left}"
        assert page.evaluate(CELLS_JS) == before, "a key pressed in a prompt changed the notebook"
        # the figure's alt text reaches JupyterLab's page, not only the site
        alts = page.locator(".jp-OutputArea-output img").evaluate_all(
            "imgs => imgs.map(i => i.getAttribute('alt'))")
        assert alts == ["A line rising from 3 to 4 as x goes from 1 to 2."]
        problems = axe.violations(page, ".policylab-prompt",
                                  impacts=("minor", "moderate", "serious", "critical"))
        page.screenshot(path=str(tmp_path / "prompt-keyboard.png"))
        browser.close()
    assert not problems, "\n".join(problems)
    saved = json.loads((responses / "responses.json").read_text(encoding="utf-8"))
    mine = ("core.default-e2ee@before", "6.who-should-act")
    latest = {key: saved["answers"][key]["revisions"][-1] for key in mine}
    assert [len(saved["answers"][key]["revisions"]) for key in mine] == [1, 1]
    assert latest["core.default-e2ee@before"]["stance"] == "Disagree"
    assert latest["core.default-e2ee@before"]["reason"] == reason
    assert latest["6.who-should-act"]["stance"] == "Police and law enforcement"
    assert latest["6.who-should-act"]["reason"] == "Only the police can arrest offenders."
    assert not errors, f"errors in the page: {errors}"
