"""Write environment.yml (conda, Binder, JupyterHub images) from the runtime lock.

    python tools/environment_yml.py requirements.txt environment.yml    # part of `make locks`

The pins under `pip:` are requirements.txt's, in its order, markers included, so conda users
get exactly what `make lab` installs; tests/test_environment.py checks the file is this
script's output. Nothing here is edited by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADER = """\
# Generated from requirements.txt (the runtime lock) by `make locks`
# (tools/environment_yml.py); do not edit by hand.
# For conda, Binder (repo2docker) and JupyterHub images. After
# `conda env create -f environment.yml` run `pip install --no-deps -e .` (Binder's postBuild
# does this for you).
name: policylab
channels:
  - conda-forge
dependencies:
  - python=3.11
  - pip
  - pip:
"""


def pins(lock_text: str) -> list[str]:
    """The requirement lines of a lock (name==version, with any marker), comments dropped."""
    lines = []
    for line in lock_text.splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "-")):
            lines.append(line)
    return lines


def render(lock_text: str) -> str:
    return HEADER + "".join(f'      - "{pin}"\n' for pin in pins(lock_text))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    lock, out = map(Path, argv)
    Path(out).write_text(render(lock.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {out} from {lock}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
