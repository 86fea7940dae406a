"""The pack's editable content: one YAML file per lesson in ``content/``.

Each file (``content/lesson03.yaml`` for lesson 03) holds that lesson's self-check
questions and its discussion prompts: the wording, options, hints, tolerances, marking
criteria, model answers and word targets. Values that are computed from ``data/`` stay
in small Python functions, in the module the file names under ``functions``; the file
names each function. ``content/schema.json`` says what a file may hold, and a file that
breaks it is refused with a message naming the file and the place.

A file is read again whenever it changes on disk, so a lecturer who edits a question
sees the change at the next ``pl.check`` in a running kernel, with no reinstall.
``POLICYLAB_CONTENT`` names another folder to read instead.
"""

from __future__ import annotations

import importlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ContentError",
    "content_dir",
    "lesson_files",
    "lesson_of",
    "load_lesson",
    "all_lessons",
    "schema",
]

ENV_VAR = "POLICYLAB_CONTENT"
FILE_PATTERN = re.compile(r"lesson(\d\d)\.yaml")


class ContentError(ValueError):
    """A content file is missing, is not valid YAML, or breaks the schema."""


def content_dir() -> Path:
    """The folder of lesson files: ``POLICYLAB_CONTENT``, else the pack's ``content/``."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "content"]
    cwd = Path.cwd().resolve()
    candidates += [p / "content" for p in (cwd, *cwd.parents)]
    for folder in candidates:
        if (folder / "schema.json").is_file():
            return folder
    raise ContentError(
        "Could not find the pack's content folder (content/schema.json). Open the notebook "
        "from inside the pack, or set POLICYLAB_CONTENT to the folder that holds it."
    )


def lesson_files() -> dict[int, Path]:
    """Every lesson file in the content folder, by lesson number."""
    found = {}
    for path in sorted(content_dir().glob("lesson*.yaml")):
        m = FILE_PATTERN.fullmatch(path.name)
        if m:
            found[int(m.group(1))] = path
    return found


def lesson_of(item_id: str) -> int | None:
    """The lesson a question id ("3.4") or prompt id ("5.false-alarms") belongs to."""
    head = str(item_id).split(".", 1)[0]
    return int(head) if head.isdigit() else None


_SCHEMA: dict | None = None


def schema() -> dict:
    """The JSON Schema every lesson file must follow (``content/schema.json``)."""
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = json.loads((content_dir() / "schema.json").read_text(encoding="utf-8"))
    return _SCHEMA


_VALIDATOR = None


def validate(doc, label: str) -> None:
    """Raise ContentError naming the place where `doc` breaks the schema.

    Uses fastjsonschema (already installed with nbformat): it compiles the schema once
    and checks a file in well under a millisecond, where importing jsonschema would add
    seconds to a kernel's first check. The tests check the files with jsonschema too.
    """
    global _VALIDATOR
    import fastjsonschema

    if _VALIDATOR is None:
        _VALIDATOR = fastjsonschema.compile(schema())
    try:
        _VALIDATOR(doc)
    except fastjsonschema.JsonSchemaValueException as e:
        path = [int(p) if isinstance(p, str) and p.isdigit() else p for p in e.path[1:]]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        item = ""
        try:
            item = f" (item {doc[path[0]][path[1]]['id']!r})"
        except (TypeError, KeyError, IndexError):
            pass
        message = e.message.removeprefix(e.name).strip()
        raise ContentError(f"{label}: at {where or 'the top level'}{item}: {message}") from None


@dataclass(frozen=True)
class Lesson:
    """One lesson file as read: its raw data and where to find its functions."""

    number: int
    path: Path
    data: dict
    stamp: tuple

    @property
    def questions(self) -> list[dict]:
        return self.data.get("questions", [])

    @property
    def prompts(self) -> list[dict]:
        return self.data.get("prompts", [])

    def function(self, name: str):
        """The function `name` in this lesson's functions module."""
        module = importlib.import_module(self.data["functions"])
        fn = getattr(module, name, None)
        if not callable(fn):
            raise ContentError(
                f"{self.path.name}: no function {name!r} in {self.data['functions']}"
            )
        return fn


_CACHE: dict[Path, Lesson] = {}


def _stamp(path: Path) -> tuple:
    st = path.stat()
    return (st.st_mtime_ns, st.st_size)


def _read(number: int, path: Path) -> Lesson:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    stamp = _stamp(path)
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise ContentError(f"{path.name}: not valid YAML{where}: {exc}") from None
    validate(doc, path.name)
    if doc["lesson"] != number:
        raise ContentError(f"{path.name}: says lesson {doc['lesson']}, expected {number}")
    seen = set()
    for kind in ("questions", "prompts"):
        for item in doc.get(kind, []):
            if item["id"] in seen:
                raise ContentError(f"{path.name}: {item['id']!r} appears twice")
            seen.add(item["id"])
    for q in doc.get("questions", []):
        if lesson_of(q["id"]) != number:
            raise ContentError(f"{path.name}: question {q['id']!r} belongs to another lesson")
    return Lesson(number, path, doc, stamp)


def load_lesson(number: int) -> Lesson | None:
    """Lesson `number`'s file, read again if it changed on disk; None if there is none."""
    path = content_dir() / f"lesson{number:02d}.yaml"
    if not path.is_file():
        return None
    cached = _CACHE.get(path)
    if cached is not None and cached.stamp == _stamp(path):
        return cached
    lesson = _read(number, path)
    _CACHE[path] = lesson
    return lesson


def all_lessons() -> list[Lesson]:
    """Every lesson file, each read again if it changed."""
    return [load_lesson(n) for n in lesson_files()]
