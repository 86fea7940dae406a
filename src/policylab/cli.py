"""The ``policylab`` command: the lecturer's and maintainer's tasks.

    policylab build-exercises [--check]   solutions/ -> exercises/ (student copies)
    policylab validate                    check every data table against its schema
    policylab data-readme [--check]       regenerate data/README.md from datapackage.json
    policylab run-notebooks [PATH ...]    re-run notebooks and store their outputs
    policylab build-site [--out _site]    a static, offline HTML site of the pack
    policylab collect FOLDER [--out class.csv] [--plots DIR]
                                          gather handed-in discussion responses
"""

from __future__ import annotations

import sys

USAGE = __doc__


def _validate(argv: list[str]) -> int:
    from . import data

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


def _collect(argv: list[str]) -> int:
    import argparse

    from . import classroom

    parser = argparse.ArgumentParser(prog="policylab collect",
                                     description="Gather a class's handed-in responses.")
    parser.add_argument("folder", help="folder of handed-in policylab-responses-*.json files")
    parser.add_argument("--out", default="class-responses.csv", help="CSV file to write")
    parser.add_argument("--plots", help="folder for a PNG chart of each prompt (optional)")
    args = parser.parse_args(argv)
    try:
        result = classroom.collect(args.folder)
    except FileNotFoundError as exc:
        print(f"policylab collect: {exc}", file=sys.stderr)
        return 2
    for name, why in result.problems:
        print(f"problem: {name}: {why}", file=sys.stderr)
    result.table.to_csv(args.out, index=False)
    print(result.summary(problems=False))
    if result.problems:
        print(f"{len(result.problems)} problem(s), listed above.")
    print(f"wrote {args.out}")
    if args.plots:
        from pathlib import Path

        import matplotlib

        matplotlib.use("Agg")
        out = Path(args.plots)
        out.mkdir(parents=True, exist_ok=True)
        table = result.table
        for pid in sorted(table["prompt_id"].unique()):
            phases = set(table.loc[table["prompt_id"] == pid, "phase"].dropna())
            fig, caption = (classroom.plot_shift(table, pid) if {"before", "after"} <= phases
                            else classroom.plot_stances(table, pid))
            fig.savefig(out / f"{pid}.png", bbox_inches="tight",
                        metadata={"Description": caption})
            print(f"wrote {out / (pid + '.png')}: {caption}")
    return 0 if len(result.table) else 1


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "build-exercises":
        from .build import main as build_main

        return build_main(rest)
    if command == "validate":
        return _validate(rest)
    if command == "data-readme":
        from .catalogue import main as readme_main

        return readme_main(rest)
    if command == "build-site":
        from .site import main as site_main

        return site_main(rest)
    if command == "collect":
        return _collect(rest)
    if command == "run-notebooks":
        from .runner import main as run_main

        return run_main(rest)
    print(f"policylab: unknown command {command!r}\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
