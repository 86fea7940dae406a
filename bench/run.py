"""Benchmark every notebook's run time and kernel memory against the import floor.

    make bench                                   # the whole pack -> bench/results.md
    .venv/bin/python bench/run.py --cells 8 notebooks/03-*.ipynb   # one lesson, slowest cells

Each notebook in notebooks/, solutions/, exercises/ and lecturer/ runs top to bottom in a
fresh kernel (nbclient), several times, round robin: every notebook once, then every notebook
again, so that a machine whose speed drifts slows them all alike. Each run records the wall
time from asking for a kernel to the end of the last cell, and the kernel process's peak
resident memory (VmHWM from /proc on Linux; elsewhere the resident size at the end, from
psutil). Between notebook runs it measures two floors: a notebook that only imports the stack
the pack uses (pandas, matplotlib, ipywidgets), and the same with a second cell,
``import policylab``, whose own time is what the package adds.

Budgets (design notes, "Performance"): each notebook within (1.5 + 0.25 x figures drawn) x the
floor's time, since a figure is most of a lesson's cost above the floor; no single code cell
slower than 0.6x the floor's time, so that no step keeps a learner waiting; peak memory
within 1.25x the floor's; ``import policylab`` adds at most 10% to the floor's time. Ratios,
not seconds, compare across machines. A cell's time is its own, from the request to run it to
the reply; the kernel's start-up is the floor's too and is not a cell.

Results go to bench/results.md (a run of chosen notebooks only prints its table); the exit
status is 1 if a budget is missed. Timings are not part of the test suite, where they would
be flaky. `make bench-install` (bench/install.py) measures the install itself.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import platform
import re
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
TIME_BUDGET, PER_FIGURE, CELL_BUDGET = 1.5, 0.25, 0.6
MEMORY_BUDGET, IMPORT_BUDGET = 1.25, 1.10
STACK = "import pandas\nimport matplotlib.pyplot\nimport ipywidgets"


def floor_notebook(with_policylab: bool):
    """The floor: one cell importing the stack; with `with_policylab`, a second cell
    importing the package, so that the import's own time can be read off that cell."""
    cells = [new_code_cell(STACK)] + ([new_code_cell("import policylab")] if with_policylab else [])
    nb = new_notebook(cells=cells)
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


def run_once(nb, cwd: Path, cell_times: list | None = None) -> tuple[float, float]:
    """(seconds, peak MB) for one run of `nb` in a fresh kernel.

    If `cell_times` is a list, the seconds each code cell took are appended to it (kernel
    start-up is entry None).
    """
    client = NotebookClient(nb, timeout=300, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(cwd)}})
    start = time.perf_counter()
    with client.setup_kernel():
        if cell_times is not None:
            cell_times.append((None, time.perf_counter() - start))
        for index, cell in enumerate(nb.cells):
            began = time.perf_counter()
            client.execute_cell(cell, index)
            if cell_times is not None and cell.cell_type == "code":
                cell_times.append((index, time.perf_counter() - began))
        elapsed = time.perf_counter() - start
        pid = client.km.provisioner.process.pid
        memory = peak_rss_mb(pid)
    return elapsed, memory


def hub_figure(path: Path | None = None) -> str:
    """What bench/hub.md says a learner needs, as a sentence, or where to find it."""
    path = path or ROOT / "bench" / "hub.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return "run `make hub-test` for it (bench/hub.md)."
    found = re.search(r"Memory per learner to plan with: (\d+) MB", text)
    if not found:
        return "see bench/hub.md."
    return f"{found.group(1)} MB per learner (bench/hub.md); the deployment notes quote it."


def figures(nb) -> int:
    """How many figures a notebook draws (calls to `pl.show`): most of a lesson's run time."""
    return sum(cell.source.count("pl.show(") for cell in nb.cells if cell.cell_type == "code")


def allowance(figures_drawn: int) -> float:
    """A notebook's time budget, as a multiple of the floor's time."""
    return TIME_BUDGET + PER_FIGURE * figures_drawn


def budget_misses(figures_drawn: int, time_ratio: float, memory_ratio: float,
                  cell_ratio: float) -> list[str]:
    """What a notebook's run misses of its budgets (ratios to the floor); empty if none."""
    misses = []
    if time_ratio > allowance(figures_drawn):
        misses.append(f"time x{time_ratio:.2f} > x{allowance(figures_drawn):.2f}")
    if memory_ratio > MEMORY_BUDGET:
        misses.append(f"memory x{memory_ratio:.2f} > x{MEMORY_BUDGET}")
    if cell_ratio > CELL_BUDGET:
        misses.append(f"a cell x{cell_ratio:.2f} > x{CELL_BUDGET}")
    return misses


def cell_label(nb, index: int | None, width: int = 60) -> str:
    """`cell 14: first line of its code`, for a table (backquotes dropped, cut to `width`)."""
    if index is None:
        return "none"
    first = nb.cells[index].source.strip().splitlines() or [""]
    return f"cell {index}: `{first[0][:width].replace('`', '').replace('|', '/')}`"


def cell_medians(times: list) -> list[tuple[float, int]]:
    """[(median seconds, cell index), ...], slowest first, from (index, seconds) records of
    several runs; kernel start-up (index None) is left out."""
    by_cell: dict = {}
    for index, seconds in times:
        if index is not None:
            by_cell.setdefault(index, []).append(seconds)
    return sorted(((statistics.median(v), k) for k, v in by_cell.items()), reverse=True)


def server_memory_mb(notebook: str = "notebooks/00-orientation.ipynb") -> float:
    """Peak memory in MB of a JupyterLab server that has served one learner's session.

    The server starts on loopback and is asked for what a browser opening `notebook` asks
    for: the page and its scripts, settings, workspace and contents; a session whose kernel
    answers over a websocket; then the session is closed. The kernel's own memory is
    measured with the notebooks; this is what the server adds.
    """
    import json
    import signal
    import socket
    import subprocess
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    scratch_dir = tempfile.TemporaryDirectory(prefix="policylab-bench-server-",
                                              ignore_cleanup_errors=True)
    scratch = Path(scratch_dir.name)
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(scratch / "runtime"),
               JUPYTER_CONFIG_DIR=str(scratch / "config"))
    token = os.urandom(16).hex()
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip", "127.0.0.1",
           "--port", str(port), f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={ROOT}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    server = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def call(path, method="GET", body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json",
                                                  "Authorization": f"token {token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
        return json.loads(raw) if raw and path.startswith("/api") else raw

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                call("/api/status")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the JupyterLab server did not start") from None
                time.sleep(0.2)
        page = call("/lab/tree/" + notebook).decode("utf-8", "replace")
        for asset in re.findall(r'(?:src|href)="(/static/lab/[^"?]+)', page):
            call(asset)  # the page's scripts and styles
        folder = str(Path(notebook).parent)
        for path in ("/lab/api/settings", "/lab/api/translations/default", "/lab/api/workspaces",
                     "/lab/api/workspaces/default", "/api/me", "/api/kernelspecs",
                     "/api/kernels", "/api/sessions", "/api/terminals", "/api/contents",
                     f"/api/contents/{folder}", f"/api/contents/{notebook}",
                     f"/api/contents/{notebook}/checkpoints"):  # what the page asks for
            call(path)
        session = call("/api/sessions", "POST", {"path": notebook, "type": "notebook",
                                                 "name": Path(notebook).name,
                                                 "kernel": {"name": "python3"}})
        asyncio.run(_kernel_info(f"ws://127.0.0.1:{port}/api/kernels/"
                                 f"{session['kernel']['id']}/channels", token))
        call(f"/api/sessions/{session['id']}", "DELETE")
        return peak_rss_mb(server.pid)
    finally:  # stops the server whatever happened above
        server.send_signal(signal.SIGTERM)  # a clean shutdown, kernels included
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        scratch_dir.cleanup()


async def _kernel_info(url: str, token: str) -> None:
    """Open a kernel's websocket, as the page does, and wait for its reply to kernel_info."""
    import json
    import uuid

    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    request = HTTPRequest(url, headers={"Authorization": f"token {token}"})
    socket = await websocket_connect(request)
    msg_id = uuid.uuid4().hex
    socket.write_message(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "kernel_info_request", "username": "bench",
                   "session": uuid.uuid4().hex, "version": "5.3"},
        "parent_header": {}, "metadata": {}, "content": {}, "channel": "shell"}))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        message = await socket.read_message()
        if message is None:
            break
        if isinstance(message, str) and json.loads(message).get(
                "parent_header", {}).get("msg_id") == msg_id:
            break
    socket.close()


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
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="only these notebooks (a quick check while editing); the table "
                             "is printed and bench/results.md is left alone unless --out is given")
    parser.add_argument("--runs", type=int, default=3, help="runs per notebook (median kept)")
    parser.add_argument("--floor-every", type=int, default=4,
                        help="measure both floors again after this many notebook runs")
    parser.add_argument("--cells", type=int, default=0, metavar="N",
                        help="also list each notebook's N slowest cells (median seconds), to "
                             "find what to make faster")
    parser.add_argument("--out", type=Path, default=None,
                        help="where to write the results (default: bench/results.md for a "
                             "whole-pack run)")
    args = parser.parse_args(argv)
    if args.notebooks:
        paths = [p.resolve() for p in args.notebooks]
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            parser.error("no such notebook: " + ", ".join(missing))
    else:
        paths = [p for folder in FOLDERS for p in sorted((ROOT / folder).glob("*.ipynb"))]
        if args.out is None:
            args.out = ROOT / "bench" / "results.md"
    os.environ["POLICYLAB_RESPONSES"] = tempfile.mkdtemp(prefix="policylab-bench-")
    # Kernels read the package's compiled bytecode, as they do on any machine once it has been
    # imported. Where PYTHONDONTWRITEBYTECODE is set (some CI images) nothing would write it,
    # and every kernel would compile the package again.
    compileall.compile_dir(ROOT / "src", quiet=1)
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    started = time.perf_counter()

    # Round robin: every notebook once, then every notebook again, with both floors measured
    # between them throughout. A machine whose speed drifts (other load, thermal limits)
    # then slows the floor and the notebooks alike, and their ratio stays fair.
    notebooks = {p: nbformat.read(p, as_version=4) for p in paths}
    plain_floor, pl_floor = floor_notebook(False), floor_notebook(True)
    run_once(plain_floor, ROOT)  # warm the disk cache; not counted
    floor_runs, floor_pl_runs = [], []
    runs = {p: [] for p in paths}
    cells = {p: [] for p in paths}

    import_seconds = []

    def measure_floors():
        floor_runs.append(run_once(plain_floor, ROOT))
        times: list = []
        floor_pl_runs.append(run_once(pl_floor, ROOT, times))
        import_seconds.append(dict(times)[1])  # the `import policylab` cell

    measure_floors()
    done = 0
    for round_no in range(1, args.runs + 1):
        print(f"round {round_no} of {args.runs}: {len(paths)} notebooks ...", flush=True)
        for path in paths:
            runs[path].append(run_once(notebooks[path], path.parent,
                                       cells[path]))
            done += 1
            if done % args.floor_every == 0:
                measure_floors()
    measure_floors()
    floor, floor_pl = summarise(floor_runs), summarise(floor_pl_runs)

    rows, misses = [], []
    for path in paths:
        rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        result = summarise(runs[path])
        # judged on the ratios as shown, to two decimals
        t_ratio = round(result["time"] / floor["time"], 2)
        m_ratio = round(result["memory"] / floor["memory"], 2)
        slowest_cell = (cell_medians(cells[path]) or [(0.0, None)])[0]
        c_ratio = round(slowest_cell[0] / floor["time"], 2)
        why = budget_misses(figures(notebooks[path]), t_ratio, m_ratio, c_ratio)
        if why:
            misses.append(f"{rel} ({'; '.join(why)})")
        rows.append((rel, result, t_ratio, m_ratio, not why, slowest_cell, c_ratio))
    # The import's own cell, timed inside the kernel: comparing the two floors' totals would
    # bury a few milliseconds under a tenth of a second of run-to-run noise.
    import_ratio = 1 + statistics.median(import_seconds) / floor["time"]
    if import_ratio > IMPORT_BUDGET:
        misses.append("import policylab")
    print("measuring the JupyterLab server ...", flush=True)
    server_mb = server_memory_mb()
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
        f"- Runs: {args.runs} per notebook, round robin; {len(floor_runs)} of each floor, "
        "spread through the run; medians shown. "
        f"Whole benchmark: {total:.0f} s. Load average (1 min) at start and end: "
        f"{load_before:.1f}, {os.getloadavg()[0] if hasattr(os, 'getloadavg') else 0:.1f}.",
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
        f"`import policylab` takes {1000 * statistics.median(import_seconds):.0f} ms "
        f"(median of its cell's time), adding {100 * (import_ratio - 1):.1f}% to the floor's "
        f"time (budget: at most {100 * (IMPORT_BUDGET - 1):.0f}%): the package imports its "
        "modules only when first used. The two floors' totals differ by run-to-run noise; "
        "compare the spread of runs.",
        "",
        "## Notebooks",
        "",
        f"Budgets: time at most ({TIME_BUDGET} + {PER_FIGURE} x figures drawn) x the floor "
        f"(the allowance column); no code cell slower than {CELL_BUDGET}x the floor "
        f"({CELL_BUDGET * floor['time']:.2f} s here); peak memory at most {MEMORY_BUDGET}x.",
        "",
        "| notebook | figures | time (s) | x floor | allowance | peak memory (MB) | x floor "
        "| slowest cell (s) | x floor | which cell | within budget |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for rel, r, t_ratio, m_ratio, ok, (cell_s, cell_index), c_ratio in rows:
        n_fig = figures(notebooks[ROOT / rel])
        lines.append(f"| `{rel}` | {n_fig} | {r['time']:.2f} | {t_ratio:.2f} | "
                     f"{allowance(n_fig):.2f} | {r['memory']:.0f} | {m_ratio:.2f} | "
                     f"{cell_s:.2f} | {c_ratio:.2f} | "
                     f"{cell_label(notebooks[ROOT / rel], cell_index, 40)} | "
                     f"{'yes' if ok else '**no**'} |")
    per_learner = round(worst_mem + server_mb)  # whole MB: the figure quoted is the one used
    lines += [
        "",
        "## For a hub administrator",
        "",
        f"The largest kernel peak here is {worst_mem:.0f} MB. The JupyterLab server peaked at "
        f"{server_mb:.0f} MB after serving what a browser opening lesson 00 asks for: the "
        "page, settings, contents and a kernel answering over a websocket (measured in the "
        f"same run). Added, they make {per_learner:.0f} MB per learner with one notebook "
        "open: an upper bound, since it counts pages that learners share (the Python "
        "libraries) once for each learner. The figure to plan a hub with is measured on a "
        "real hub by `make hub-test`, with shared pages counted once: "
        f"{hub_figure()}",
        "",
    ]
    def slowest(path, count):
        for seconds, index in cell_medians(cells[path])[:count]:
            yield f"{seconds:.2f} s, {cell_label(notebooks[path], index)}"

    over = [path for path, row in zip(paths, rows, strict=True) if not row[4]]
    if over:
        lines += ["## Where the time goes", "",
                  "The slowest cells of each notebook over budget (median of its runs; "
                  "`bench/run.py --cells N NOTEBOOK` lists more):", ""]
        for path in over:
            lines.append(f"- `{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}`: "
                         + "; ".join(slowest(path, 4)))
        lines.append("")
    if args.cells:
        for path in paths:
            print(f"slowest cells of {path.name} (median):")
            for line in slowest(path, args.cells):
                print("  " + line)
    if args.out is not None:
        args.out.write_text("\n".join(lines), encoding="utf-8")
        wrote = f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}"
    else:
        print("\n".join(line for line in lines if line.startswith(("| ", "`import"))))
        wrote = "bench/results.md not changed (a partial run)"
    verdict = "all within budget" if not misses else "OVER BUDGET: " + ", ".join(misses)
    print(f"bench: {len(rows)} notebooks; floor {floor['time']:.2f} s / {floor['memory']:.0f} MB;"
          f" slowest x{max(r[2] for r in rows):.2f}, largest x{max(r[3] for r in rows):.2f}, "
          f"slowest cell x{max(r[6] for r in rows):.2f}; "
          f"import policylab {100 * (import_ratio - 1):+.1f}%; {verdict}; {total:.0f} s; {wrote}")
    return 0 if not misses else 1


if __name__ == "__main__":
    sys.exit(main())
