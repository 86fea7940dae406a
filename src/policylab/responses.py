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
    "StoreError",
    "clean_text",
    "responses_dir",
    "store",
    "read_file",
    "validate",
]

SCHEMA = "policylab-responses"
SCHEMA_VERSION = 1
FILE_NAME = "responses.json"
ENV_VAR = "POLICYLAB_RESPONSES"
TEMP_PREFIX = ".responses-"
STALE_TEMP_SECONDS = 600  # a temporary file this old belongs to an interrupted write
FORGOTTEN = ".forgotten"  # a new mark at each forget_me() (time + random); no personal data
EXPORTS_LOG = "exported-copies.txt"  # where this learner exported copies (never handed in)
MAX_TEXT = 100_000  # characters in a reason or a name


class ResponseFileError(ValueError):
    """A responses file is unreadable or does not follow the schema."""


def privacy_notice() -> str:
    """What a learner is told the first time they save a view (docs/privacy.md has it too)."""
    path = Path(__file__).with_name("privacy_notice.txt")
    return " ".join(path.read_text(encoding="utf-8").split())


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
            if not _plausible_time(rev["saved_at"]):
                raise ResponseFileError(
                    f"{where}, revision {n}: bad time {rev['saved_at'][:40]!r}"
                )
    for field in ("created_at", "exported_at"):
        if field in data and not (isinstance(data[field], str)
                                  and _plausible_time(data[field])):
            raise ResponseFileError(f"{label}: {field} is not a time")
    return data


def _plausible_time(text: str) -> bool:
    """An ISO 8601 time between 1970 and 2200 (what a clock could have written)."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return False
    return 1970 <= when.year <= 2200


def parse(raw: bytes, label: str) -> dict:
    """Bytes of a responses file -> checked data; ResponseFileError says what is wrong.

    Shared by the learner's own store and the lecturer's collect, so both survive the same
    bad files: not UTF-8, not JSON, nested thousands deep, integers thousands of digits long.
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ResponseFileError(f"{label}: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResponseFileError(f"{label}: not valid JSON (line {exc.lineno})") from None
    except RecursionError:
        raise ResponseFileError(f"{label}: nested too deeply to be a responses file") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise ResponseFileError(f"{label}: not valid JSON ({exc})") from None
    return validate(data, label)


def read_file(path: Path) -> dict:
    """Read and validate one responses file (a learner's store or a handed-in export)."""
    path = Path(path)
    return parse(path.read_bytes(), path.name)


LOCK_TIMEOUT = 20  # seconds to wait for another kernel's save before giving up politely


@contextlib.contextmanager
def _locked(folder: Path):
    """An exclusive lock on the store for one read-modify-write, on every platform.

    `filelock` uses fcntl on POSIX, msvcrt on Windows, and an exclusive-create lock file
    where neither exists; the lock file itself is left in place (deleting it while another
    process waits on it would let two writers in).
    """
    from filelock import FileLock

    with FileLock(str(folder / (FILE_NAME + ".lock")), timeout=LOCK_TIMEOUT):
        yield


def write_atomic(path: Path, data: dict) -> None:
    """Write JSON to a temporary file beside `path`, flush it to disk, then replace."""
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=path.parent)
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
    notice: str = ""  # the privacy notice, on a learner's first save only

    def __repr__(self) -> str:
        return self.message + (f"\n\nAbout your saved answers: {self.notice}"
                               if self.notice else "")

    def _repr_html_(self) -> str:
        import html

        colour = "#009E73" if self.saved else "#D55E00"
        notice = (f'<p style="margin:0.4em 0 0"><strong>About your saved answers.</strong> '
                  f"{html.escape(self.notice)}</p>" if self.notice else "")
        return (
            f'<div style="border-left:4px solid {colour};padding-left:0.6em">'
            f'<p role="status" style="margin:0">{html.escape(self.message)}</p>{notice}</div>'
        )


class StoreError(ValueError):
    """A request the store cannot carry out; the message says what to do instead."""


def clean_text(text) -> str:
    """Text that can always be saved: a lone surrogate (half an emoji) becomes U+FFFD,
    a well-formed pair becomes the character it encodes."""
    text = str(text)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class Store:
    """One learner's responses file. Use `store()` for the current folder's store."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else responses_dir()
        self.path = self.folder / FILE_NAME
        self.notices: list[str] = []  # things the learner must be told (a file set aside)
        self._data: dict | None = None
        self._seen = None  # (mtime_ns, size, inode) of the file when last read or written
        # (key, entry header, revision, forget mark when it was made)
        self._unsaved: list[tuple[str, dict, dict, str]] = []
        self._cleaned = False

    # -- reading -------------------------------------------------------------------
    def _stamp(self):
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _forget_mark(self) -> str:
        """What the last forget_me() wrote (a time and a random token), or '' if none."""
        try:
            return (self.folder / FORGOTTEN).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return ""

    def _clean_temp(self) -> None:
        """Remove temporary files left by writes that were interrupted (older than 10 min)."""
        import time

        self._cleaned = True
        try:
            candidates = list(self.folder.glob(TEMP_PREFIX + "*.tmp"))
        except OSError:
            return
        for tmp in candidates:
            with contextlib.suppress(OSError):
                if time.time() - tmp.stat().st_mtime > STALE_TEMP_SECONDS:
                    tmp.unlink()

    def _read_disk(self) -> dict | None:
        """The file's data; None if there is none. A bad file is set aside, not replaced."""
        if not self._cleaned:
            self._clean_temp()
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

    def _drop_forgotten(self) -> None:
        """Unsaved revisions made before the last forget_me() (in any kernel) are gone."""
        mark = self._forget_mark()
        self._unsaved = [u for u in self._unsaved if u[3] == mark]

    def _fresh(self) -> dict:
        """The file's data with this kernel's unsaved answers added (nothing else from memory)."""
        self._drop_forgotten()
        base = self._read_disk() or _empty()
        for key, header, revision, _ in self._unsaved:
            self._merge(base, key, header, revision)
        return base

    @property
    def data(self) -> dict:
        """The learner's responses as saved (by any kernel), plus this kernel's unsaved ones."""
        stamp = self._stamp()
        if self._data is None or stamp != self._seen:
            try:
                self._data = self._fresh()
            except OSError as exc:
                self.notices.append(f"Could not read {self.path}: {exc.strerror}.")
                if self._data is None:
                    self._data = _empty()
            self._seen = self._stamp()
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
        """Lock, re-read, apply unsaved answers and `change`, write atomically.

        Only this kernel's unsaved revisions are added to what is on disk: answers this
        kernel merely read are never written back, so an answer forgotten (or removed) by
        another kernel cannot come back from this one's memory.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        with _locked(self.folder):
            disk = self._fresh()
            if change:
                change(disk)
            write_atomic(self.path, disk)
        self._unsaved.clear()
        self._data = disk
        self._seen = self._stamp()

    def save(self, prompt_id: str, phase: str | None, header: dict, stance, reason: str):
        """Add a revision of an answer and write it; returns a SaveResult (never raises)."""
        reason = clean_text(reason)
        label = f"{prompt_id}" + (f" ({phase})" if phase else "")
        if len(reason) > MAX_TEXT:
            return SaveResult(
                False, prompt_id, phase, 0, now(),
                f"Not saved: your reason to {label} is {len(reason):,} characters long; the "
                f"limit is {MAX_TEXT:,}. Shorten it and save again.",
            )
        revision = {"stance": clean_text(stance) if isinstance(stance, str) else stance,
                    "reason": reason, "saved_at": now()}
        if not reason.strip():
            revision["empty_reason"] = True
        key = answer_key(prompt_id, phase)
        header = {"prompt_id": prompt_id, "phase": phase, **header}
        self._merge(self.data, key, header, revision)
        self._unsaved.append((key, header, revision, self._forget_mark()))
        n = len(self.data["answers"][key]["revisions"])
        first = not self.data.get("notice_shown")

        def mark_notice(d):
            d.setdefault("notice_shown", revision["saved_at"])

        try:
            self._persist(mark_notice if first else None)
        except OSError as exc:
            return SaveResult(
                False, prompt_id, phase, n, revision["saved_at"],
                f"Could not save your answer to {label}: {exc.strerror or exc} ({self.folder}). "
                "It is kept in memory until this kernel stops. To keep it, run "
                "pl.export_responses('a-folder-you-can-write/my-responses.json'), or set "
                "POLICYLAB_RESPONSES to a folder you can write and save again.",
            )
        except Exception as exc:  # noqa: BLE001 - a failed save must not block later saves
            self._unsaved = [u for u in self._unsaved if u[2] is not revision]
            self._data = None
            what = ("another notebook is saving and did not finish in "
                    f"{LOCK_TIMEOUT} seconds" if type(exc).__name__ == "Timeout"
                    else "something unexpected went wrong")
            return SaveResult(
                False, prompt_id, phase, n, revision["saved_at"],
                f"Your answer to {label} was not saved: {what}. Your other answers are "
                "safe. Press Save again (or run the pl.answer cell again).",
            )
        n = len(self.data["answers"][key]["revisions"])
        note = " Your earlier answers are kept too." if n > 1 else ""
        empty = " (The reason is empty: add one when you can.)" if not reason.strip() else ""
        return SaveResult(
            True, prompt_id, phase, n, revision["saved_at"],
            f"Saved your answer to {label} (version {n}).{note}{empty}",
            privacy_notice() if first else "",
        )

    def set_display_name(self, name: str | None) -> str:
        """Attach a name the lecturer will see, or None to stay pseudonymous; a message."""
        if name is not None:
            name = clean_text(name).strip()[:200] or None

        def change(d):
            d["display_name"] = name

        try:
            self._persist(change)
        except Exception as exc:  # noqa: BLE001 - e.g. a read-only home folder
            change(self.data)
            why = getattr(exc, "strerror", None) or "it could not be written"
            return (f"Could not save your name in {self.folder} ({why}). It is used for this "
                    "session only, including pl.export_responses(); to keep it, set "
                    "POLICYLAB_RESPONSES to a folder you can write.")
        if name:
            return f"Your responses will show the name {name!r}."
        return "Your responses are pseudonymous again."

    def export(self, dest: Path | None = None) -> Path:
        """Write one file to hand in, with every answer (including unsaved ones).

        By default it goes in the responses folder, beside the store (never inside the
        pack, where git would show it). StoreError says what to do if it cannot be written.
        """
        data = json.loads(json.dumps(self.data))
        data["exported_at"] = now()
        if dest is None:
            who = data["display_name"] or data["learner_id"]
            safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-"
                           for ch in who)[:60]
            dest = self.folder / f"policylab-responses-{safe}.json"
        dest = Path(dest).expanduser()
        if dest.is_dir():
            raise StoreError(f"{dest} is a folder: give a file name, such as "
                             f"{dest / 'my-responses.json'}")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(dest, data)
        except OSError as exc:
            raise StoreError(
                f"Could not write {dest} ({exc.strerror or exc}). Give a folder you can "
                "write, for example pl.export_responses('/tmp/my-responses.json')."
            ) from None
        dest = dest.resolve()
        if dest.parent != self.folder.resolve():
            with contextlib.suppress(OSError):
                self.folder.mkdir(parents=True, exist_ok=True)
                with open(self.folder / EXPORTS_LOG, "a", encoding="utf-8") as fh:
                    fh.write(f"{dest}\n")
        return dest

    def forget(self) -> tuple[int, list[Path]]:
        """Delete every answer stored here, under the lock, so no kernel can bring one back.

        Removes the store, copies set aside as unreadable, exports written in this folder
        and interrupted temporary files; records the time so that other kernels drop
        answers they made earlier. Returns (answers removed, exported copies elsewhere that
        still exist: the learner is told of them, and decides).
        """
        count = len(self.data["answers"])
        elsewhere: list[Path] = []
        if self.folder.is_dir():
            with _locked(self.folder):
                mark = f"{datetime.now(UTC).isoformat()} {secrets.token_hex(8)}"
                (self.folder / FORGOTTEN).write_text(mark + "\n", encoding="utf-8")
                mine = [self.path, *self.folder.glob("responses.unreadable-*.json"),
                        *self.folder.glob("policylab-responses-*.json"),
                        *self.folder.glob(TEMP_PREFIX + "*.tmp")]
                for p in mine:
                    with contextlib.suppress(FileNotFoundError):
                        p.unlink()
                log = self.folder / EXPORTS_LOG
                with contextlib.suppress(OSError, UnicodeDecodeError):
                    for line in log.read_text(encoding="utf-8").splitlines():
                        p = Path(line.strip())
                        if line.strip() and p.exists() and p not in elsewhere:
                            elsewhere.append(p)
                with contextlib.suppress(FileNotFoundError):
                    log.unlink()
        self._data = None
        self._seen = None
        self._unsaved.clear()
        return count, elsewhere


_STORES: dict[Path, Store] = {}


def store() -> Store:
    """The store for the current responses folder (one per folder, per kernel)."""
    folder = responses_dir().resolve()
    if folder not in _STORES:
        _STORES[folder] = Store(folder)
    return _STORES[folder]
