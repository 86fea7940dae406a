"""Run notebooks top to bottom and store their outputs (``make outputs``).

Stored outputs are what nbval compares a fresh run against, so they must come from a
clean kernel, run in the notebook's own folder, with no timing metadata.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["execute", "run_notebook", "main"]


def execute(nb, folder: Path, *, timeout: int = 120) -> None:
    """Run `nb` in place in a fresh python3 kernel, in `folder`, with no timing metadata.

    Raises nbclient's CellExecutionError on the first failing cell.
    """
    from nbclient import NotebookClient

    NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(folder)}},
    ).execute()


def run_notebook(path: Path, *, timeout: int = 120) -> None:
    """Execute `path` in a fresh python3 kernel and write it back with its outputs.

    Discussion prompts save to a new, empty responses folder for the run, so stored outputs
    never depend on (or touch) the author's own saved answers.
    """
    import os
    import tempfile

    import nbformat

    path = Path(path)
    os.environ["POLICYLAB_RESPONSES"] = tempfile.mkdtemp(prefix="policylab-run-")
    nb = nbformat.read(path, as_version=4)
    execute(nb, path.parent, timeout=timeout)
    nbformat.write(nb, path)


def main(argv: list[str]) -> int:
    """``policylab run-notebooks DIR_OR_FILE ...``"""
    import argparse

    parser = argparse.ArgumentParser(
        prog="policylab run-notebooks",
        description="Re-run notebooks top to bottom and store their outputs.")
    parser.add_argument("paths", nargs="*", type=Path,
                        default=[Path("notebooks"), Path("solutions"), Path("lecturer")],
                        help="notebooks, or folders of them (default: notebooks solutions "
                             "lecturer)")
    args = parser.parse_args(argv)
    from nbclient.exceptions import CellExecutionError

    paths: list[Path] = []
    for p in args.paths:
        if p.is_dir():
            paths.extend(sorted(p.glob("*.ipynb")))
        elif p.suffix == ".ipynb" and p.is_file():
            paths.append(p)
        else:
            parser.error(f"{p} is not a notebook or a folder of notebooks")
    failed = 0
    for p in paths:
        print(f"running {p} ...", flush=True)
        try:
            run_notebook(p)
        except CellExecutionError as exc:
            failed += 1
            first = str(exc).strip().splitlines()[-1] if str(exc).strip() else "error"
            print(f"  FAILED: {p}: {first}", file=sys.stderr)
    if failed:
        print(f"{failed} notebook(s) failed; their outputs were not saved.", file=sys.stderr)
    return 1 if failed else 0
