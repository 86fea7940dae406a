"""Measure a learner's install against the stack's own floor: size on disk and install time.

    make bench-install                  # -> bench/install.md
    .venv/bin/python bench/install.py --runs 1 --out -     # quicker, prints only

Two fresh virtual environments are made in a temporary folder, round robin, from a warm
package cache (a first, uncounted round fills it):

- the floor: `python -m venv`, then `pip install jupyterlab pandas matplotlib ipywidgets`
  at the versions requirements.txt pins (`-c requirements.txt`), so both sides install the
  same builds and differ only by what the pack adds;
- the learner's: exactly what `make lab` does before it starts JupyterLab (the Makefile's
  `.venv/.policylab-installed` target, with VENV pointed at the temporary folder).

Time is wall time of the whole command, venv creation included. Size is the venv's disk
usage (allocated blocks, each file counted once, as `du` counts). A second `make` of the same
target must do nothing: it is run and timed too. Budgets (design notes, "Performance"):
the learner's venv at most 1.2x the floor's size and 1.3x its install time. The exit status
is 1 if a budget is missed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOOR_PACKAGES = ("jupyterlab", "pandas", "matplotlib", "ipywidgets")
SIZE_BUDGET, TIME_BUDGET = 1.2, 1.3
PIP_FLAGS = ("--quiet", "--disable-pip-version-check")
STAMP = ".policylab-installed"


def disk_usage_mb(folder: Path) -> float:
    """Disk used by everything under `folder`, in MB (2**20 bytes), hard links counted once."""
    seen, total = set(), 0
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            total += st.st_blocks * 512 if hasattr(st, "st_blocks") else st.st_size
    return total / 2**20


def timed(cmd: list[str], cwd: Path = ROOT) -> tuple[float, str]:
    """(seconds, what it printed) for a command that must succeed."""
    began = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                         stdin=subprocess.DEVNULL)
    seconds = time.perf_counter() - began
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{out.stdout}\n{out.stderr}")
    return seconds, out.stdout + out.stderr


def install_floor(venv: Path, python: str) -> float:
    first, _ = timed([python, "-m", "venv", str(venv)])
    rest, _ = timed([str(venv / "bin" / "python"), "-m", "pip", "install", *PIP_FLAGS,
                     *FLOOR_PACKAGES, "-c", str(ROOT / "requirements.txt")])
    return first + rest


def make_lab_install(venv: Path, python: str) -> tuple[float, str]:
    """`make lab`'s install step into `venv`: (seconds, what make printed)."""
    return timed(["make", "--no-print-directory", f"VENV={venv}", f"PYTHON={python}",
                  f"{venv}/{STAMP}"])


def versions() -> str:
    pip = subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True,
                         text=True).stdout.split()[1]
    return f"pip {pip}, Python {platform.python_version()}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2,
                        help="measured rounds after the warm-up round (median kept)")
    parser.add_argument("--python", default=os.environ.get("PYTHON", "python3"),
                        help="the Python the venvs are made with (default: python3)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "install.md"),
                        help="where to write the results; - prints them only")
    args = parser.parse_args(argv)
    python = shutil.which(args.python) or args.python
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    started = time.perf_counter()
    floor_runs, lab_runs, sizes = [], [], {}
    with tempfile.TemporaryDirectory(prefix="policylab-bench-install-") as scratch:
        for round_no in range(args.runs + 1):
            label = "warm-up round" if round_no == 0 else f"round {round_no} of {args.runs}"
            print(f"{label}: the floor's venv, then make lab's ...", flush=True)
            floor_venv, lab_venv = Path(scratch, f"floor-{round_no}"), Path(scratch,
                                                                          f"lab-{round_no}")
            floor_s = install_floor(floor_venv, python)
            lab_s, _ = make_lab_install(lab_venv, python)
            again_s, again_out = make_lab_install(lab_venv, python)
            if "pip" in again_out or "is up to date" not in again_out:
                print(f"a second make lab reinstalled:\n{again_out}", file=sys.stderr)
                return 1
            if round_no:
                floor_runs.append(floor_s)
                lab_runs.append((lab_s, again_s))
            sizes = {"floor": disk_usage_mb(floor_venv), "lab": disk_usage_mb(lab_venv)}
            shutil.rmtree(floor_venv)
            shutil.rmtree(lab_venv)
    floor_t = statistics.median(floor_runs)
    lab_t = statistics.median(t for t, _ in lab_runs)
    again_t = statistics.median(t for _, t in lab_runs)
    size_ratio, time_ratio = sizes["lab"] / sizes["floor"], lab_t / floor_t
    misses = ([f"size x{size_ratio:.2f} > x{SIZE_BUDGET}"] if size_ratio > SIZE_BUDGET else []) + (
        [f"time x{time_ratio:.2f} > x{TIME_BUDGET}"] if time_ratio > TIME_BUDGET else [])
    total = time.perf_counter() - started
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    ok = "yes" if not misses else "**no**"
    lines = [
        "# Install benchmark",
        "",
        "Generated by `make bench-install` (`bench/install.py`); do not edit by hand.",
        "",
        f"- Date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: {platform.platform()}, {os.cpu_count()} CPU cores; {versions()}",
        f"- Runs: {args.runs} measured rounds after a warm-up round, from a warm package "
        f"cache; medians shown. Whole benchmark: {total:.0f} s. Load average (1 min) at "
        f"start and end: {load_before:.1f}, {load_after:.1f} "
        "(other work on the machine slows both sides alike; compare the ratios).",
        "- The floor: a fresh venv with `pip install jupyterlab pandas matplotlib "
        "ipywidgets` at the versions requirements.txt pins. make lab: what `make lab` does "
        "before it starts JupyterLab (venv, `requirements.txt`, `pip install --no-deps -e .`, "
        "byte-compiling the package, JupyterLab settings).",
        "",
        "| venv | size on disk (MB) | x floor | install time (s) | x floor |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| the floor | {sizes['floor']:.0f} | 1.00 | {floor_t:.0f} | 1.00 |",
        f"| make lab | {sizes['lab']:.0f} | {size_ratio:.2f} | {lab_t:.0f} | {time_ratio:.2f} |",
        "",
        f"Budgets: size at most {SIZE_BUDGET}x the floor, install time at most "
        f"{TIME_BUDGET}x. Within budget: {ok}.",
        "",
        f"A learner's venv from `make lab` takes {sizes['lab']:.0f} MB on disk and "
        f"{lab_t:.0f} s to install from a warm package cache, against {sizes['floor']:.0f} MB "
        f"and {floor_t:.0f} s for the bare stack. A second `make lab` installs nothing: "
        f"its check took {again_t:.1f} s.",
        "",
    ]
    text = "\n".join(lines)
    if args.out == "-":
        print(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    verdict = "within budget" if not misses else "OVER BUDGET: " + ", ".join(misses)
    print(f"bench-install: make lab {sizes['lab']:.0f} MB, {lab_t:.0f} s; floor "
          f"{sizes['floor']:.0f} MB, {floor_t:.0f} s; x{size_ratio:.2f} size, "
          f"x{time_ratio:.2f} time; {verdict}; {total:.0f} s")
    return 0 if not misses else 1


if __name__ == "__main__":
    sys.exit(main())
