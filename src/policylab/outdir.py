"""Output folders a command may replace: only ones it made itself.

A command that writes a whole folder (``policylab build-site --out DIR``) must never
delete something it did not create. The rules:

* a folder is replaced only if it is absent, empty, or carries this module's marker
  file (``.policylab-output``), written when the command made it;
* the pack's own folder, the current folder, the home folder, the filesystem root, and
  any folder that contains one of them are refused outright, marker or not;
* the new content is built in a staging folder beside the target and swapped in at the
  end; if the build fails, the staging folder is removed and the target is untouched.

    with outdir.replacing(Path("_site"), root=pack_root, purpose="site") as staging:
        ...write files into staging...
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["MARKER", "UnsafeOutputError", "check_target", "replacing"]

MARKER = ".policylab-output"


class UnsafeOutputError(ValueError):
    """The output folder is one the command must not replace; the message says why."""


def _protected(root: Path | None) -> list[tuple[Path, str]]:
    places = [(Path.cwd(), "the current folder"), (Path.home(), "your home folder"),
              (Path(Path.cwd().anchor or "/"), "the top of the filesystem")]
    if root is not None:
        places.insert(0, (Path(root), "the pack's own folder"))
    return [(p.resolve(), why) for p, why in places]


def check_target(out: Path, *, root: Path | None = None, purpose: str = "output") -> Path:
    """The resolved folder if a command may (re)create it; UnsafeOutputError if not."""
    target = Path(out).expanduser().resolve()
    for place, why in _protected(root):
        if target == place or target in place.parents:
            what = "is" if target == place else "contains"
            raise UnsafeOutputError(
                f"{out} {what} {why} ({place}); choose a new folder for the {purpose}, "
                "for example _site"
            )
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise UnsafeOutputError(f"{out} exists and is not a folder; choose another name")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise UnsafeOutputError(
            f"{out} already holds files that policylab did not make (no {MARKER} marker), so "
            f"it will not be replaced. Choose a new or empty folder for the {purpose}, or "
            "move those files away first."
        )
    return target


@contextlib.contextmanager
def replacing(out: Path, *, root: Path | None = None, purpose: str = "output"):
    """Yield a staging folder; on success it replaces `out`, on failure it is removed."""
    target = check_target(out, root=root, purpose=purpose)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-building-", dir=target.parent))
    try:
        (staging / MARKER).write_text(
            f"Made by policylab ({purpose}). This folder is replaced when the {purpose} is "
            "built again; do not keep your own files here.\n", encoding="utf-8")
        yield staging
        # Check again: the folder may have changed while we built.
        check_target(out, root=root, purpose=purpose)
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
            os.replace(target, old / "previous")
        os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
