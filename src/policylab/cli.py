"""The ``policylab`` command: the lecturer's and maintainer's tasks.

    policylab build-exercises [--check]   solutions/ -> exercises/ (student copies)
    policylab validate                    check every data table against its schema
    policylab data-readme [--check]       regenerate data/README.md from datapackage.json
    policylab run-notebooks [PATH ...]    re-run notebooks and store their outputs
    policylab build-site [--out _site]    a static, offline HTML site of the pack
    policylab slides [--out _slides] [NOTEBOOK ...]
                                          a slide deck for each lesson, offline
    policylab collect FOLDER [--out class.csv] [--plots DIR] [--names]
                                          gather handed-in discussion responses
    policylab timing [--over]             each lesson's estimated time from its content
    policylab build-assessed --out DIR [--coursework | --assessed FILE]
                                          a student copy with no model answers for assessed work

Every command takes --help.
"""

from __future__ import annotations

import sys

USAGE = __doc__


def _validate(argv: list[str]) -> int:
    import argparse

    from . import data

    argparse.ArgumentParser(
        prog="policylab validate",
        description="Check every table in data/ against its schema in datapackage.json.",
    ).parse_args(argv)
    problems = 0
    for name in data.resource_names():
        try:
            frame = data.load(name)
        except data.DataError as exc:
            problems += 1
            print(f"FAIL {name}: {exc}", file=sys.stderr)
        else:
            print(f"ok   {name}: {len(frame)} rows")
    return 1 if problems else 0


PLOT_MARK = "policylab collect"


def _ours(path) -> bool:
    """May `path` be written? Only if it is absent or a file this command wrote before."""
    if not path.exists():
        return True
    if path.is_symlink() or not path.is_file():
        return False
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if path.suffix == ".png":
        return PLOT_MARK.encode() in head
    from .classroom import COLUMNS

    return head.startswith(",".join(COLUMNS).encode())


def _collect(argv: list[str]) -> int:
    import argparse
    from pathlib import Path

    from . import classroom
    from .prompt_bank import PROMPTS

    parser = argparse.ArgumentParser(
        prog="policylab collect",
        description="Gather a class's handed-in responses into one CSV (and charts). "
                    "Looks in subfolders too; bad files are named and skipped.")
    parser.add_argument("folder", help="folder of handed-in policylab-responses-*.json files")
    parser.add_argument("--out", default="class-responses.csv", type=Path,
                        help="CSV file to write (default: class-responses.csv)")
    parser.add_argument("--plots", type=Path,
                        help="folder for a PNG chart of each prompt (optional)")
    parser.add_argument("--names", action="store_true",
                        help="show names learners chose to add (default: pseudonyms only; "
                             "see docs/privacy.md)")
    args = parser.parse_args(argv)
    out = args.out
    if not _ours(out):
        print(f"policylab collect: {out} exists and is not a class CSV this command wrote; "
              "it is left alone. Choose another name with --out.", file=sys.stderr)
        return 2
    try:
        result = classroom.collect(args.folder, names=args.names)
    except FileNotFoundError as exc:
        print(f"policylab collect: {exc}", file=sys.stderr)
        return 2
    for name, why in result.problems:
        print(f"problem: {name}: {why}", file=sys.stderr)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        classroom.write_csv(result.table, out)
    except OSError as exc:
        print(f"policylab collect: could not write {out} ({exc.strerror or exc}); choose "
              "another place with --out.", file=sys.stderr)
        return 2
    print(result.summary(problems=False))
    if result.problems:
        print(f"{len(result.problems)} problem(s), listed above.")
    print(f"wrote {out} (cells that start with =, +, - or @ begin with ' so that a "
          "spreadsheet shows them as text)")
    if args.plots:
        import matplotlib

        matplotlib.use("Agg")
        folder = args.plots
        folder.mkdir(parents=True, exist_ok=True)
        inside = folder.resolve()
        table = result.table
        known = sorted(pid for pid in table["prompt_id"].unique() if pid in PROMPTS)
        for pid in known:
            dest = folder / classroom.plot_file_name(pid)
            if dest.resolve().parent != inside or not _ours(dest):
                print(f"problem: {dest}: exists and was not made by this command; left alone",
                      file=sys.stderr)
                continue
            phases = set(table.loc[table["prompt_id"] == pid, "phase"].dropna())
            try:
                fig, caption = (classroom.plot_shift(table, pid)
                                if {"before", "after"} <= phases
                                else classroom.plot_stances(table, pid))
            except classroom.SmallGroupError as exc:
                print(f"no chart for {pid}: {exc}")
                continue
            fig.savefig(dest, bbox_inches="tight",
                        metadata={"Description": caption, "Software": PLOT_MARK})
            import matplotlib.pyplot as plt

            plt.close(fig)
            print(f"wrote {dest}: {caption}")
    return 0 if len(result.table) else 1


def _help(argv: list[str]) -> int:
    print(USAGE)
    return 0


COMMANDS = {
    "build-exercises": ("build", "main"),
    "validate": (None, _validate),
    "data-readme": ("catalogue", "main"),
    "build-site": ("site", "main"),
    "slides": ("slides", "main"),
    "collect": (None, _collect),
    "run-notebooks": ("runner", "main"),
    "timing": ("timing", "main"),
    "build-assessed": ("assessed", "main"),
}


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a subcommand; each has its own parser, so ``--help`` works for every one
    and an unknown option (a typo such as ``--chek``) is refused, never ignored."""
    import importlib

    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        return _help(argv)
    command, rest = argv[0], argv[1:]
    if command not in COMMANDS:
        print(f"policylab: unknown command {command!r}. The commands are: "
              f"{', '.join(COMMANDS)}.\n{USAGE}", file=sys.stderr)
        return 2
    module, func = COMMANDS[command]
    if module is not None:
        func = getattr(importlib.import_module(f".{module}", __package__), func)
    try:
        return func(rest)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else 2
    except BrokenPipeError:  # output piped into `head` or similar, which stopped reading
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
