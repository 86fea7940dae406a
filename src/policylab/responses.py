"""The response store: a learner's answers to discussion prompts, kept safe on disk.

The store is the model; the prompt widget (`policylab.prompts`), the plain function
`answer` and the lecturer's ``policylab collect`` are views of it.

Where: one JSON file, ``responses.json``, in the folder named by the environment
variable ``POLICYLAB_RESPONSES``, or else ``~/policylab-responses`` (outside the pack's
tracked files, so ``git pull`` or nbgitpuller never touch it).

What: a pseudonymous learner id made at random on first save (a display name only if the
learner sets one), and for each prompt every revision of the answer with the time it
was saved, so a changed view is kept rather than overwritten.

How: every write takes a lock, re-reads the file, adds the new revision and writes a
temporary file that then replaces the old one in a single step, so two kernels saving
at once lose neither answer and a crash mid-write leaves the previous file whole. A
file that cannot be read is never overwritten: it is renamed aside and the learner is
told. If the folder cannot be written, the answer stays in memory and the message says
how to export it elsewhere.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

__all__ = [
    "SCHEMA",
    "SCHEMA_VERSION",
    "ResponseFileError",
    "SaveResult",
    "Store",
    "responses_dir",
    "store",
    "read_file",
    "validate",
]

SCHEMA = "policylab-responses"
SCHEMA_VERSION = 1
FILE_NAME = "responses.json"
ENV_VAR = "POLICYLAB_RESPONSES"


class ResponseFileError(ValueError):
    """A responses file is unreadable or does not follow the schema."""


def responses_dir() -> Path:
    """The folder for this learner's responses (``POLICYLAB_RESPONSES`` moves it)."""
    env = os.environ.get(ENV_VAR)
    return Path(env).expanduser() if env else Path.home() / "policylab-responses"


def now() -> str:
    """The current time, ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def local_clock(iso: str) -> str:
    """'14:02' in the machine's local time, for a save message."""
    return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")


def answer_key(prompt_id: str, phase: str | None) -> str:
    return f"{prompt_id}@{phase}" if phase else prompt_id


def _empty() -> dict:
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "learner_id": "learner-" + secrets.token_hex(4),
        "display_name": None,
        "created_at": now(),
        "answers": {},
    }


# Older schemas and how to bring them up to date: {version: function(dict) -> dict}.
MIGRATIONS: dict[int, callable] = {}


def validate(data, label: str = "responses file") -> dict:
    """Check (and migrate) a parsed responses file; ResponseFileError says what is wrong."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ResponseFileError(f"{label}: not a policylab responses file (no 'schema' marker)")
    version = data.get("schema_version")
    while isinstance(version, int) and version in MIGRATIONS:
        data = MIGRATIONS[version](data)
        version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        if isinstance(version, int) and version > SCHEMA_VERSION:
            raise ResponseFileError(
                f"{label}: made by a newer version of the pack (schema {version}; this one reads "
                f"{SCHEMA_VERSION}). Update the pack to read it."
            )
        raise ResponseFileError(f"{label}: unknown schema version {version!r}")
    if not isinstance(data.get("learner_id"), str) or not data["learner_id"]:
        raise ResponseFileError(f"{label}: no learner_id")
    answers = data.get("answers")
    if not isinstance(answers, dict):
        raise ResponseFileError(f"{label}: 'answers' is not a table of prompts")
    for key, entry in answers.items():
        where = f"{label}: answer {key!r}"
        if not isinstance(entry, dict) or not isinstance(entry.get("revisions"), list):
            raise ResponseFileError(f"{where} has no list of revisions")
        for n, rev in enumerate(entry["revisions"], start=1):
            if not isinstance(rev, dict) or not {"stance", "reason", "saved_at"} <= set(rev):
                raise ResponseFileError(f"{where}, revision {n}: needs stance, reason, saved_at")
            if not isinstance(rev["reason"], str) or not isinstance(rev["saved_at"], str):
                raise ResponseFileError(f"{where}, revision {n}: reason and time must be text")
            try:
                datetime.fromisoformat(rev["saved_at"])
            except ValueError:
                raise ResponseFileError(
                    f"{where}, revision {n}: bad time {rev['saved_at']!r}"
                ) from None
    return data


def read_file(path: Path) -> dict:
    """Read and validate one responses file (a learner's store or a handed-in export)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ResponseFileError(f"{path.name}: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResponseFileError(f"{path.name}: not valid JSON (line {exc.lineno})") from None
    return validate(data, path.name)


@contextlib.contextmanager
def _locked(folder: Path):
    """An exclusive lock on the store for one read-modify-write (POSIX; elsewhere none)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: atomic replace still protects the file
        yield
        return
    with open(folder / (FILE_NAME + ".lock"), "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def write_atomic(path: Path, data: dict) -> None:
    """Write JSON to a temporary file beside `path`, flush it to disk, then replace."""
    fd, tmp = tempfile.mkstemp(prefix=".responses-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@dataclass(frozen=True)
class SaveResult:
    """What happened to a save: shown to the learner in words."""

    saved: bool
    prompt_id: str
    phase: str | None
    revision: int
    saved_at: str
    message: str

    def __repr__(self) -> str:
        return self.message

    def _repr_html_(self) -> str:
        import html

        colour = "#009E73" if self.saved else "#D55E00"
        return (
            f'<p role="status" style="border-left:4px solid {colour};padding-left:0.6em">'
            f"{html.escape(self.message)}</p>"
        )


class Store:
    """One learner's responses file. Use `store()` for the current folder's store."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else responses_dir()
        self.path = self.folder / FILE_NAME
        self.notices: list[str] = []  # things the learner must be told (a file set aside)
        self._data: dict | None = None
        self._unsaved: list[tuple[str, dict, dict]] = []  # (key, entry header, revision)

    # -- reading -------------------------------------------------------------------
    def _read_disk(self) -> dict | None:
        """The file's data; None if there is none. A bad file is set aside, not replaced."""
        if not self.path.exists():
            return None
        try:
            return read_file(self.path)
        except ResponseFileError as exc:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = self.path.with_name(f"responses.unreadable-{stamp}.json")
            n = 1
            while aside.exists():
                n += 1
                aside = self.path.with_name(f"responses.unreadable-{stamp}-{n}.json")
            os.replace(self.path, aside)
            self.notices.append(
                f"Your responses file could not be read ({exc}). It has been kept as "
                f"{aside} and a new file started; ask your lecturer if you need what was in it."
            )
            return None

    @property
    def data(self) -> dict:
        """The learner's responses as last read or saved (including unsaved answers)."""
        if self._data is None:
            try:
                self._data = self._read_disk() or _empty()
            except OSError as exc:
                self.notices.append(f"Could not read {self.path}: {exc.strerror}.")
                self._data = _empty()
        return self._data

    def latest(self, prompt_id: str, phase: str | None = None) -> dict | None:
        """The most recent revision of an answer, or None."""
        entry = self.data["answers"].get(answer_key(prompt_id, phase))
        return entry["revisions"][-1] if entry and entry["revisions"] else None

    def revisions(self, prompt_id: str, phase: str | None = None) -> list[dict]:
        entry = self.data["answers"].get(answer_key(prompt_id, phase))
        return list(entry["revisions"]) if entry else []

    # -- writing -------------------------------------------------------------------
    def _merge(self, base: dict, key: str, header: dict, revision: dict) -> None:
        entry = base["answers"].setdefault(key, {**header, "revisions": []})
        entry.update(header)
        if revision not in entry["revisions"]:
            entry["revisions"].append(revision)

    def _persist(self, change=None) -> None:
        """Lock, re-read, apply unsaved answers and `change`, write atomically."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with _locked(self.folder):
            disk = self._read_disk() or (
                self._data if self._data is not None else _empty()
            )
            for key, header, revision in self._unsaved:
                self._merge(disk, key, header, revision)
            if change:
                change(disk)
            write_atomic(self.path, disk)
        self._unsaved.clear()
        self._data = disk

    def save(self, prompt_id: str, phase: str | None, header: dict, stance, reason: str):
        """Add a revision of an answer and write it; returns a SaveResult (never raises OSError)."""
        revision = {"stance": stance, "reason": reason, "saved_at": now()}
        if not reason.strip():
            revision["empty_reason"] = True
        key = answer_key(prompt_id, phase)
        header = {"prompt_id": prompt_id, "phase": phase, **header}
        self._merge(self.data, key, header, revision)
        self._unsaved.append((key, header, revision))
        n = len(self.data["answers"][key]["revisions"])
        label = f"{prompt_id}" + (f" ({phase})" if phase else "")
        try:
            self._persist()
        except OSError as exc:
            return SaveResult(
                False, prompt_id, phase, n, revision["saved_at"],
                f"Could not save your answer to {label}: {exc.strerror or exc} ({self.folder}). "
                "It is kept in memory until this kernel stops. To keep it, run "
                "pl.export_responses('a-folder-you-can-write/my-responses.json'), or set "
                "POLICYLAB_RESPONSES to a folder you can write and save again.",
            )
        n = len(self.data["answers"][key]["revisions"])
        note = " Your earlier answers are kept too." if n > 1 else ""
        empty = " (The reason is empty: add one when you can.)" if not reason.strip() else ""
        return SaveResult(
            True, prompt_id, phase, n, revision["saved_at"],
            f"Saved your answer to {label} (version {n}).{note}{empty}",
        )

    def set_display_name(self, name: str | None) -> None:
        """Attach a name the lecturer will see, or None to stay pseudonymous."""
        if name is not None and not str(name).strip():
            name = None

        def change(d):
            d["display_name"] = name

        change(self.data)
        self._persist(change)

    def export(self, dest: Path | None = None) -> Path:
        """Write one file to hand in, with every answer (including unsaved ones)."""
        data = json.loads(json.dumps(self.data))
        data["exported_at"] = now()
        if dest is None:
            who = data["display_name"] or data["learner_id"]
            safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in who)
            dest = Path.cwd() / f"policylab-responses-{safe}.json"
        dest = Path(dest).expanduser()
        dest.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(dest, data)
        return dest

    def forget(self) -> int:
        """Delete the stored file and its lock; returns how many answers were removed."""
        count = len(self.data["answers"])
        for p in (self.path, self.folder / (FILE_NAME + ".lock")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        self._data = None
        self._unsaved.clear()
        return count


_STORES: dict[Path, Store] = {}


def store() -> Store:
    """The store for the current responses folder (one per folder, per kernel)."""
    folder = responses_dir().resolve()
    if folder not in _STORES:
        _STORES[folder] = Store(folder)
    return _STORES[folder]
