"""Benchmark every notebook's run time and kernel memory against the import floor.

    make bench                      # or: .venv/bin/python bench/run.py [--runs 3]

Each notebook in notebooks/, solutions/, exercises/ and lecturer/ runs top to bottom in a
fresh kernel (nbclient), several times. For each run it records the wall time from asking
for a kernel to the end of the last cell, and the kernel process's peak resident memory
(VmHWM from /proc on Linux; elsewhere the resident size at the end, from psutil). In the
same run it measures two floors: a notebook that only imports the stack the pack uses
(pandas, matplotlib, ipywidgets), and the same plus ``import policylab``.

Budgets (design notes): every notebook within 1.5x the floor's time and 1.25x its memory;
``import policylab`` adds at most 10% to the floor's time. Ratios, not seconds, compare
across machines. Results go to bench/results.md; the exit status is 1 if a budget is missed.
Timings are not part of the test suite, where they would be flaky.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("notebooks", "solutions", "exercises", "lecturer")
TIME_BUDGET, MEMORY_BUDGET, IMPORT_BUDGET = 1.5, 1.25, 1.10
STACK = "import pandas\nimport matplotlib.pyplot\nimport ipywidgets"


def floor_notebook(with_policylab: bool):
    source = STACK + ("\nimport policylab" if with_policylab else "")
    nb = new_notebook(cells=[new_code_cell(source)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    return nb


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a process in MB (VmHWM), or current RSS where /proc lacks it."""
    status = Path(f"/proc/{pid}/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import psutil

    return psutil.Process(pid).memory_info().rss / 2**20


def run_once(nb, cwd: Path) -> tuple[float, float]:
    """(seconds, peak MB) for one run of `nb` in a fresh kernel."""
    client = NotebookClient(nb, timeout=300, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(cwd)}})
    start = time.perf_counter()
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        elapsed = time.perf_counter() - start
        pid = client.km.provisioner.process.pid
        memory = peak_rss_mb(pid)
    return elapsed, memory


def summarise(results: list[tuple[float, float]]) -> dict:
    times = [t for t, _ in results]
    mems = [m for _, m in results]
    return {"time": statistics.median(times), "memory": statistics.median(mems),
            "spread": (min(times), max(times))}


def measure(nb, cwd: Path, runs: int) -> dict:
    return summarise([run_once(nb, cwd) for _ in range(runs)])


def versions() -> str:
    from importlib.metadata import version

    names = ["jupyterlab", "ipykernel", "nbclient", "pandas", "matplotlib", "ipywidgets",
             "numpy"]
    return ", ".join(f"{n} {version(n)}" for n in names)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per notebook (median kept)")
    parser.add_argument("--floor-runs", type=int, default=7, help="runs of each floor")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    args = parser.parse_args(argv)
    os.environ["POLICYLAB_RESPONSES"] = tempfile.mkdtemp(prefix="policylab-bench-")
    started = time.perf_counter()

    print("measuring the floor ...", flush=True)
    run_once(floor_notebook(False), ROOT)  # warm the disk cache; not counted
    # interleave the two floors so that drift in the machine's load affects both alike
    pairs = [(run_once(floor_notebook(False), ROOT), run_once(floor_notebook(True), ROOT))
             for _ in range(args.floor_runs)]
    floor = summarise([a for a, _ in pairs])
    floor_pl = summarise([b for _, b in pairs])

    rows, misses = [], []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.ipynb")):
            rel = path.relative_to(ROOT)
            print(f"measuring {rel} ...", flush=True)
            result = measure(nbformat.read(path, as_version=4), path.parent, args.runs)
            t_ratio = result["time"] / floor["time"]
            m_ratio = result["memory"] / floor["memory"]
            ok = t_ratio <= TIME_BUDGET and m_ratio <= MEMORY_BUDGET
            if not ok:
                misses.append(str(rel))
            rows.append((rel, result, t_ratio, m_ratio, ok))
    import_ratio = floor_pl["time"] / floor["time"]
    if import_ratio > IMPORT_BUDGET:
        misses.append("import policylab")
    total = time.perf_counter() - started

    worst_mem = max(r[1]["memory"] for r in rows)
    lines = [
        "# Benchmark results",
        "",
        "Generated by `make bench` (`bench/run.py`); do not edit by hand.",
        "",
        f"- Date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: {platform.platform()}, {os.cpu_count()} CPU cores, "
        f"Python {platform.python_version()}",
        f"- Versions: {versions()}",
        f"- Runs: {args.runs} per notebook, {args.floor_runs} per floor; medians shown. "
        f"Whole benchmark: {total:.0f} s.",
        "- Time: from asking for a fresh kernel to the end of the last cell. Memory: the "
        "kernel process's peak resident set (VmHWM).",
        "",
        "## The floor",
        "",
        "| floor | time (s) | fastest-slowest run (s) | peak memory (MB) |",
        "| --- | ---: | ---: | ---: |",
        f"| imports only (`{STACK.replace(chr(10), '; ')}`) | {floor['time']:.2f} | "
        f"{floor['spread'][0]:.2f}-{floor['spread'][1]:.2f} | {floor['memory']:.0f} |",
        f"| the same plus `import policylab` | {floor_pl['time']:.2f} | "
        f"{floor_pl['spread'][0]:.2f}-{floor_pl['spread'][1]:.2f} | {floor_pl['memory']:.0f} |",
        "",
        f"`import policylab` changes the floor's time by {100 * (import_ratio - 1):+.1f}% "
        f"(budget: at most +{100 * (IMPORT_BUDGET - 1):.0f}%). The package imports its "
        "modules only when first used, so what remains is run-to-run noise; compare the "
        "spread of runs.",
        "",
        "## Notebooks",
        "",
        f"Budgets: time at most {TIME_BUDGET}x the floor, peak memory at most "
        f"{MEMORY_BUDGET}x.",
        "",
        "| notebook | time (s) | x floor | peak memory (MB) | x floor | within budget |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for rel, r, t_ratio, m_ratio, ok in rows:
        lines.append(f"| `{rel}` | {r['time']:.2f} | {t_ratio:.2f} | {r['memory']:.0f} | "
                     f"{m_ratio:.2f} | {'yes' if ok else '**no**'} |")
    per_learner = worst_mem + 115  # the JupyterLab server: 90-115 MB measured (tech notes)
    lines += [
        "",
        "## For a hub administrator",
        "",
        f"The largest kernel peak here is {worst_mem:.0f} MB. With the JupyterLab server "
        f"(90-115 MB, measured separately), budget about {per_learner:.0f} MB per learner "
        "with one notebook open. Leaving a quarter of a node for the system and headroom: "
        f"8 GB holds about {int(8 * 1024 * 0.75 // per_learner)} learners, "
        f"64 GB about {int(64 * 1024 * 0.75 // per_learner)}.",
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    verdict = "all within budget" if not misses else "OVER BUDGET: " + ", ".join(misses)
    print(f"bench: {len(rows)} notebooks; floor {floor['time']:.2f} s / {floor['memory']:.0f} MB;"
          f" slowest x{max(r[2] for r in rows):.2f}, largest x{max(r[3] for r in rows):.2f}; "
          f"import policylab {100 * (import_ratio - 1):+.1f}%; {verdict}; {total:.0f} s; "
          f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0 if not misses else 1


if __name__ == "__main__":
    sys.exit(main())
