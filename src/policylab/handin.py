"""Finding and reading the files a class hands in, whatever the folder holds.

A folder downloaded from Moodle or Canvas, or gathered by hand, can hold anything:
subfolders, ``.JSON`` names, files that are not responses, names that are not UTF-8,
links, pipes, huge files, or files crafted to break a reader. The rules here:

* `find` walks the folder and its subfolders (never following links), takes every file
  whose name ends in ``.json`` in any case, and lists everything else it passed over
  with the reason;
* `read` opens only regular files, refuses anything larger than `MAX_BYTES` before
  reading it, and reports every problem as a `ResponseFileError` in plain words;
* a file is checked against the JSON Schema in ``schemas/responses.schema.json``
  (validated with fastjsonschema, which the pack's notebook stack already installs) and
  then by `policylab.responses.validate`, which migrates older schema versions.
"""

from __future__ import annotations

import functools
import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .responses import ResponseFileError, parse

__all__ = ["MAX_BYTES", "Found", "find", "read", "shown", "schema"]

#: The largest hand-in read (10 MB). A class's real files are a few kilobytes; a learner
#: who saved every prompt many times with long reasons stays well under 1 MB.
MAX_BYTES = 10 * 1024 * 1024

SCHEMA_FILE = Path(__file__).with_name("schemas") / "responses.schema.json"

_TYPES = {"string": "text", "integer": "a whole number", "number": "a number",
          "array": "a list", "object": "a table of named values", "boolean": "true or false",
          "null": "empty (null)"}


def shown(name) -> str:
    """A file name safe to print: bytes that are not UTF-8 appear as \\x.. escapes."""
    raw = name if isinstance(name, bytes) else os.fsencode(str(name))
    return raw.decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class Found:
    """What `find` saw: the candidate files, and everything passed over with why."""

    files: list[Path]
    skipped: list[tuple[str, str]]


def find(folder: Path) -> Found:
    """Every ``*.json`` (any case) below `folder`, sorted; links and hidden files skipped."""
    folder = Path(folder)
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []

    def rel(path: Path) -> str:
        return shown(path.relative_to(folder))

    def fail(err: OSError):
        skipped.append((shown(err.filename or "?"), f"cannot be opened ({err.strerror})"))

    for here, dirs, names in os.walk(folder, onerror=fail, followlinks=False):
        base = Path(here)
        for d in sorted(dirs):
            p = base / d
            if p.is_symlink():
                skipped.append((rel(p), "a link to a folder (links are not followed)"))
            elif d.startswith(".") or d == "__MACOSX":
                skipped.append((rel(p), "a hidden or system folder"))
        dirs[:] = sorted(d for d in dirs if not (d.startswith(".") or d == "__MACOSX"
                                                 or (base / d).is_symlink()))
        for name in sorted(names):
            p = base / name
            if not name.lower().endswith(".json"):
                skipped.append((rel(p), "not a .json file"))
            elif name.startswith("."):
                skipped.append((rel(p), "a hidden file (for example a Mac '._' copy)"))
            else:
                files.append(p)
    return Found(sorted(files, key=lambda p: shown(p.relative_to(folder))), skipped)


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise ResponseFileError(f"cannot be read ({exc.strerror})") from None
    if stat.S_ISLNK(info.st_mode):
        raise ResponseFileError("a link, not a file: hand in the file itself")
    if not stat.S_ISREG(info.st_mode):
        raise ResponseFileError("not a regular file (a pipe, device or folder)")
    if info.st_size > limit:
        raise ResponseFileError(
            f"too large ({info.st_size:,} bytes; the limit is {limit:,}): not a responses file"
        )
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ResponseFileError(f"cannot be read ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise ResponseFileError("not a regular file (a pipe, device or folder)")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ResponseFileError(f"too large (over {limit:,} bytes): not a responses file")
    return data


@functools.cache
def schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@functools.cache
def _validator():
    import fastjsonschema

    return fastjsonschema.compile(schema())


def _where(path: list[str]) -> str:
    parts = [p for p in path[1:]]
    if not parts:
        return "the file"
    out = []
    for p in parts:
        out.append(f"item {int(p) + 1}" if p.isdigit() else repr(p))
    return " > ".join(out)


def _explain(exc) -> str:
    """A fastjsonschema error in words a lecturer can act on."""
    where = _where(list(exc.path))
    rule, want = exc.rule, exc.rule_definition
    if rule == "type":
        kinds = want if isinstance(want, list) else [want]
        return f"{where} should be " + " or ".join(_TYPES.get(k, k) for k in kinds)
    if rule == "required":
        return f"{where} is missing one of: {', '.join(want)}"
    if rule in ("maxLength", "maxItems", "maxProperties"):
        return f"{where} is longer than the limit ({want})"
    if rule in ("pattern", "enum", "const", "minLength", "minimum", "maximum"):
        return f"{where} has a value this pack does not accept"
    return f"{where} does not follow the responses format ({rule})"


def read(path: Path, label: str | None = None, *, limit: int = MAX_BYTES) -> dict:
    """Read and check one handed-in file; ResponseFileError says what is wrong.

    `responses.parse` (text, JSON, markers, migrations, dates), then the JSON Schema.
    """
    import fastjsonschema

    path = Path(path)
    label = label or shown(path.name)
    try:
        raw = _read_bytes(path, limit)
    except ResponseFileError as exc:
        raise ResponseFileError(f"{label}: {exc}") from None
    data = parse(raw, label)
    try:
        _validator()(data)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise ResponseFileError(f"{label}: {_explain(exc)}") from None
    return data


def utc(text: str) -> datetime:
    """An ISO time from a file as an aware UTC datetime (naive times are taken as UTC)."""
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)
