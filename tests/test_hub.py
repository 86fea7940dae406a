"""A class of three on a real JupyterHub (hub/): part of `make test`, so it runs in CI.

The first test to need it builds the hub's venv (`make hub-env`: the pack's runtime lock plus
hub/requirements.txt in .venv/hub, the proxy from npm in .venv/hub/node; about a minute from
a warm cache, nothing after that), then runs hub/scenario.py once for the whole module:
three learners at once, each through the hub's routes as a browser; the
lecturer's `policylab collect`; an update pulled over the learners' edits; the hub stopped.
The full class of 24, with the memory measurement, is `make hub-test` (bench/hub.md).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT

HUB_PYTHON = ROOT / ".venv" / "hub" / "bin" / "python"
CLASS = 3

spec = importlib.util.spec_from_file_location("hub_harness", ROOT / "hub" / "harness.py")
harness = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = harness  # its dataclasses look their module up
spec.loader.exec_module(harness)


@pytest.fixture(scope="module")
def hub_class(tmp_path_factory):
    subprocess.run(["make", "hub-env", f"PYTHON={sys.executable}"], cwd=ROOT, check=True,
                   timeout=900, stdout=subprocess.DEVNULL)
    out = tmp_path_factory.mktemp("hub") / "results.json"
    env = {k: v for k, v in os.environ.items() if k != "POLICYLAB_RESPONSES"}
    done = subprocess.run([str(HUB_PYTHON), str(ROOT / "hub" / "scenario.py"),
                           "--learners", str(CLASS), "--no-solo", "--timeout", "240", "--json", str(out)],
                          cwd=ROOT, env=env, timeout=900, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert "scenario_error" not in results, results["scenario_error"]
    return results


def test_every_learner_took_the_lesson_and_handed_in(hub_class):
    learners = hub_class["learners"]
    assert [lr["name"] for lr in learners] == [f"learner{i:02d}" for i in range(1, CLASS + 1)]
    failed = {lr["name"]: lr["error"] for lr in learners if lr["error"]}
    assert not failed, f"{failed}\n{hub_class['hub_log_tail']}"
    for lr in learners:
        assert lr["seconds"]["ready"] < lr["seconds"]["total"]
        assert lr["handed_in"].endswith(f"{lr['name']}.json")


def test_the_lecturer_collects_one_row_per_learner(hub_class):
    collected = hub_class["collect"]
    assert collected["returncode"] == 0, collected["stderr"]
    assert collected["learners"] == CLASS
    assert collected["reasons_found"] == CLASS, "every learner's own reason is in the CSV"
    # a class chart is refused for fewer than five learners, by design (docs/privacy.md)
    assert collected["charts"] == []
    assert "a class chart needs at least 5" in collected["stdout"]


def test_an_update_keeps_edits_and_brings_new_content(hub_class):
    updates = hub_class["updates"]
    assert len(updates) == CLASS
    for name, u in updates.items():
        assert u["pull_error"] is None, f"{name}: {u['pull_error']}"
        assert u["edit_kept"], f"{name}'s edit to the exercise survived the pull"
        assert u["new_file"], f"{name} received the new file"
        # nbgitpuller keeps the learner's side of a conflicting line, and merges the rest
        assert u["lesson_title"] == ("own" if u["conflict"] else "updated"), name
    assert sum(u["conflict"] for u in updates.values()) == 1


def test_memory_was_sampled_for_each_learner(hub_class):
    pss, rss = hub_class["peak_pss_kb"], hub_class["peak_rss_kb"]
    for name in (lr["name"] for lr in hub_class["learners"]):
        # a JupyterLab server plus a kernel that has drawn charts with pandas and matplotlib
        assert 100_000 < pss[name] <= rss[name], name
    assert hub_class["peak_total_pss_kb"] > sum(pss.values()) * 0.5


def test_the_hub_and_its_servers_used_this_machine_only(hub_class):
    assert hub_class["hosts_in_log"] == ["127.0.0.1"]


def test_the_hub_and_everything_it_started_are_gone(hub_class):
    assert hub_class["left_running"] == 0
    assert hub_class["link_shape"].startswith("HUB/hub/user-redirect/git-pull?repo=REMOTE")


def test_pss_is_read_for_this_process():
    pss, rss = harness.pss_rss_kb(os.getpid())
    assert 0 < pss <= rss


def test_the_remote_holds_the_working_tree_and_nothing_ignored(tmp_path):
    bare = harness.make_remote(tmp_path)
    names = subprocess.run(["git", "ls-tree", "-r", "--name-only", "HEAD"], cwd=bare,
                           check=True, capture_output=True, text=True).stdout.split()
    assert "notebooks/04-how-matching-works.ipynb" in names
    assert "hub/harness.py" in names
    assert not any(n.startswith(".venv/") for n in names)


bench_spec = importlib.util.spec_from_file_location("bench_hub", ROOT / "bench" / "hub.py")
bench_hub = importlib.util.module_from_spec(bench_spec)
bench_spec.loader.exec_module(bench_hub)


def fake_class(n=5, mb=250):
    names = [f"learner{i:02d}" for i in range(1, n + 1)]
    return {
        "learners": [{"name": name, "error": None} for name in names],
        "solo": {"name": "solo", "error": None},
        "collect": {"reasons_found": n, "learners": n},
        "peak_pss_kb": {name: mb * 1024 for name in names},
        "updates": {name: {"pull_error": None, "edit_kept": True, "new_file": True,
                           "conflict": i == 0, "lesson_title": "own" if i == 0 else "updated"}
                    for i, name in enumerate(names)},
        "left_running": 0,
    }


def test_the_hub_budget_holds_for_a_clean_class():
    broken, figures = bench_hub.verdicts(fake_class(), quoted=253)
    assert broken == []
    assert figures["plan_mb"] == 250


@pytest.mark.parametrize("breach, words", [
    (lambda r: (r["learners"][2].update(error="LearnerError: timed out"),
                r["updates"].pop("learner03")), "failed"),
    (lambda r: r["collect"].update(reasons_found=4, learners=4), "lost"),
    (lambda r: r["peak_pss_kb"].update(learner03=300 * 1024), "more than 10%"),
    (lambda r: r["updates"]["learner02"].update(edit_kept=False), "update problem"),
    (lambda r: r["updates"]["learner02"].update(lesson_title="original"), "update problem"),
    (lambda r: r.update(left_running=2), "left running"),
])
def test_the_hub_budget_names_each_breach(breach, words):
    results = fake_class()
    breach(results)
    broken, _ = bench_hub.verdicts(results, quoted=253)
    assert len(broken) == 1 and words in broken[0], broken
