"""A real browser: JupyterLab on loopback, a lesson run, a prompt answered and saved.

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


@pytest.fixture
def lab(tmp_path):
    """A JupyterLab server on loopback serving a copy of the lesson; yields (url, responses)."""
    _need_browser()
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
        yield url, responses
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def test_prompt_answered_and_saved_in_a_real_browser(lab, tmp_path):
    from playwright.sync_api import sync_playwright

    url, responses = lab
    reason = "Reports measure detection, not offending; <b>tags</b> stay text. ✓"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{url}/lab/tree/{LESSON}")
        page.wait_for_function(
            "() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
            " const k = w && w.sessionContext && w.sessionContext.session"
            " && w.sessionContext.session.kernel; return k && k.status === 'idle'; }",
            timeout=90_000,
        )
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
        prompt = page.locator(".widget-vbox").filter(has=page.locator(".widget-toggle-buttons"))
        prompt.first.wait_for(timeout=90_000)
        first = prompt.first
        first.scroll_into_view_if_needed()
        assert "not saved yet" in first.inner_text()
        first.locator(".widget-toggle-button").filter(has_text=re.compile(r"^Disagree$")).click()
        first.locator(".widget-textarea textarea").fill(reason)
        first.locator("button", has_text="Save").click()
        first.locator("text=saved at").wait_for(timeout=30_000)
        first.locator("text=strongest case on each side").wait_for(timeout=10_000)
        page.screenshot(path=str(tmp_path / "prompt-saved.png"))
        browser.close()
    saved = json.loads((responses / "responses.json").read_text(encoding="utf-8"))
    revisions = [r for a in saved["answers"].values() for r in a["revisions"]]
    assert len(revisions) == 1
    assert revisions[0]["stance"] == "Disagree" and revisions[0]["reason"] == reason
    assert not errors, f"errors in the page: {errors}"
