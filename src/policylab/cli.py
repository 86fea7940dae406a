"""The ``policylab`` command: the lecturer's and maintainer's tasks.

    policylab build-exercises [--check]   solutions/ -> exercises/ (student copies)
    policylab validate                    check every data table against its schema
    policylab data-readme [--check]       regenerate data/README.md from datapackage.json
    policylab run-notebooks [PATH ...]    re-run notebooks and store their outputs
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
    if command == "run-notebooks":
        from .runner import main as run_main

        return run_main(rest)
    print(f"policylab: unknown command {command!r}\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
