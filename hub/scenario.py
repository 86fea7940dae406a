"""One class on a real hub, start to finish; prints (or writes) the results as JSON.

    .venv/hub/bin/python hub/scenario.py --learners 3 --json results.json

1. The pack's working tree becomes a local git remote; the hub starts on 127.0.0.1.
2. One learner alone takes the lesson (the baseline; --no-solo skips it), then the class,
   all at once.
3. The lecturer collects the handed-in files with `policylab collect` (CSV and charts).
4. Every learner edits an exercise; the first also edits a line of lesson 00. The lecturer
   commits a change to that line and a new file; every learner follows the link again.
5. The hub stops; no process of the run may be left.

Memory is sampled throughout (hub/harness.py: PSS of each learner's server and kernel).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import platform
import re
import shutil
import sys
import time
import traceback
import urllib.parse
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402

EXERCISE = "exercises/01-the-release.ipynb"
BLANK = "answer_1_1 = ...  # your code here"
CHANGED = "notebooks/00-orientation.ipynb"
TITLE = "# 00 · Orientation: working safely with a difficult topic"
NEW_TITLE = "# 00 · Orientation: working safely with a difficult topic (updated)"
OWN_TITLE = "# 00 · Orientation: my own notes"
NEW_FILE = "notebooks/whats-new.md"


def replace_in_source(nb: dict, old: str, new: str) -> dict:
    for cell in nb["cells"]:
        src = cell["source"]
        text = "".join(src) if isinstance(src, list) else src
        if old in text:
            text = text.replace(old, new, 1)
            cell["source"] = text.splitlines(keepends=True)
            return nb
    raise ValueError(f"{old!r} is not in the notebook")


async def edit(learner: harness.Learner, conflict: bool) -> None:
    """The learner edits an exercise (and, if `conflict`, lesson 00's title) and saves, as
    JupyterLab saves: a PUT of the whole notebook to the contents API."""
    browser = learner.browser
    path = f"{harness.REPO_NAME}/{EXERCISE}"
    nb = await browser.read_notebook(path)
    await browser.save_notebook(path, replace_in_source(
        nb, BLANK, f'answer_1_1 = "work of {learner.name}"'))
    if conflict:
        path = f"{harness.REPO_NAME}/{CHANGED}"
        nb = await browser.read_notebook(path)
        await browser.save_notebook(path, replace_in_source(nb, TITLE, OWN_TITLE))


async def pull_again(learner: harness.Learner, link: str) -> str | None:
    try:
        await learner.browser.follow_link(link)
        return None
    except Exception as exc:  # noqa: BLE001 - reported per learner
        return f"{type(exc).__name__}: {exc}"


def lecturer_update(remote: Path, where: Path) -> None:
    work = where / "lecturer-copy"
    harness.git("clone", "-q", str(remote), str(work), cwd=where)
    lesson = work / CHANGED
    lesson.write_text(lesson.read_text(encoding="utf-8").replace(TITLE, NEW_TITLE, 1),
                      encoding="utf-8")
    (work / NEW_FILE).write_text("# What is new\n\nA note added after the class started.\n",
                                 encoding="utf-8")
    harness.git("add", "-A", cwd=work)
    harness.git("commit", "-q", "-m", "Lesson 00 retitled; a note on what is new", cwd=work)
    harness.git("push", "-q", "origin", "HEAD:main", cwd=work)


def check_update(home: Path, name: str, conflict: bool) -> dict:
    repo = home / harness.REPO_NAME
    exercise = (repo / EXERCISE).read_text(encoding="utf-8")
    lesson = (repo / CHANGED).read_text(encoding="utf-8")
    json.loads(lesson)  # still a notebook after the merge
    return {
        "edit_kept": f"work of {name}" in exercise and BLANK not in exercise,
        "new_file": (repo / NEW_FILE).is_file(),
        "lesson_title": ("own" if OWN_TITLE in lesson else "updated" if NEW_TITLE in lesson
                         else "original" if TITLE in lesson else "missing"),
        "conflict": conflict,
    }


def run(n: int, lesson: str, timeout: int, solo: bool = True) -> dict:
    out: dict = {"learners_asked": n, "lesson": lesson, "started": time.time(),
                 "load_before": os.getloadavg(), "machine": platform.platform(),
                 "cpus": os.cpu_count(), "python": platform.python_version(),
                 "versions": {p: version(p) for p in ("jupyterhub", "nbgitpuller", "jupyterlab",
                                                      "jupyter_server", "ipykernel")}}
    chp_pkg = harness.CHP.resolve().parents[1] / "package.json"
    out["versions"]["configurable-http-proxy"] = json.loads(chp_pkg.read_text())["version"]
    hub = harness.Hub(timeout=timeout)
    remote = harness.make_remote(hub.tmp)
    link = harness.nbgitpuller_link(hub.url, remote,
                                    f"lab/tree/{harness.REPO_NAME}/{CHANGED}")
    out["link_shape"] = link.replace(hub.url, "HUB").replace(
        urllib.parse.quote_plus(remote.as_uri()), "REMOTE")
    names = [f"learner{i:02d}" for i in range(1, n + 1)]
    try:
        with hub, harness.MemorySampler(hub.marker) as mem:
            asyncio.run(visit(hub, out, names, link, lesson, remote, solo))
            mem.sample()
            # every address the hub, proxy and servers logged: this machine only
            # (configurable-http-proxy 5 logs its own as http://PORT:HOST)
            urls = re.findall(r"https?://[^\s'\"<>]+", hub.log.read_text(errors="replace"))
            urls = [re.sub(r"^(https?://)(\d+):([^/]+)", r"\1\3:\2", u) for u in urls]
            out["hosts_in_log"] = sorted({urllib.parse.urlsplit(u).hostname or "" for u in urls})
        out["memory_samples"] = mem.samples
        out["peak_pss_kb"], out["peak_rss_kb"] = mem.peak_pss, mem.peak_rss
        out["peak_total_pss_kb"] = mem.peak_total_pss
    finally:
        out["hub_log_tail"] = hub.tail(60)
        if not os.environ.get("POLICYLAB_HUB_KEEP"):
            shutil.rmtree(hub.tmp, ignore_errors=True)
    out["left_running"] = len(harness.marked_processes(hub.marker))
    out["load_after"] = os.getloadavg()
    return out


async def visit(hub, out: dict, names: list[str], link: str, lesson: str, remote: Path,
                alone: bool) -> None:
    solo, learners = [], []
    try:
        if alone:
            solo = await harness.run_class(hub, ["solo"], link, hub.tmp / "solo", lesson)
            out["solo"] = solo[0].report()
        t = time.monotonic()
        learners = await harness.run_class(hub, names, link, hub.tmp / "handin", lesson)
        out["class_seconds"] = time.monotonic() - t
        out["learners"] = [lr.report() for lr in learners]
        out["load_after_class"] = os.getloadavg()
        done, csv_path, plots = await asyncio.to_thread(
            harness.collect, hub.tmp / "handin", hub.tmp / "lecturer")
        rows = list(csv.DictReader(csv_path.open(encoding="utf-8"))) if csv_path.exists() else []
        out["collect"] = {
            "returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr,
            "rows": len(rows), "learners": len({r["learner_id"] for r in rows}),
            "charts": sorted(p.name for p in plots.glob("*.png")) if plots.exists() else [],
            "reasons_found": sum(any(r["reason"] == lr.reason for r in rows) for lr in learners),
        }
        ok = [lr for lr in learners if not lr.error]
        await asyncio.gather(*(edit(lr, i == 0) for i, lr in enumerate(ok)))
        await asyncio.to_thread(lecturer_update, remote, hub.tmp)
        errors = await asyncio.gather(*(pull_again(lr, link) for lr in ok))
        out["updates"] = {lr.name: {**check_update(hub.home(lr.name), lr.name, i == 0),
                                    "pull_error": err}
                          for i, (lr, err) in enumerate(zip(ok, errors, strict=True))}
    except Exception:  # noqa: BLE001 - recorded; the hub is still stopped and cleaned up
        out["scenario_error"] = traceback.format_exc()
    finally:
        await harness.close_all([*solo, *learners])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=3)
    parser.add_argument("--lesson", default=harness.LESSON)
    parser.add_argument("--timeout", type=int, default=300, help="seconds for any one step")
    parser.add_argument("--no-solo", action="store_true",
                        help="skip the lone learner who sets the baseline (CI)")
    parser.add_argument("--json", type=Path, help="write the results here (default: print)")
    args = parser.parse_args(argv)
    if not 1 <= args.learners <= 60:
        parser.error("--learners is between 1 and 60")
    results = run(args.learners, args.lesson, args.timeout, solo=not args.no_solo)
    text = json.dumps(results, indent=1, default=str)
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
