"""The lecturer's view of the responses: collect a class's files, tabulate and plot them.

    result = collect("handed-in/")          # reads every *.json; bad files are reported
    result.problems                          # [(file name, what is wrong), ...]
    result.table                             # one row per saved revision of an answer
    plot_stances(result.table, "core.default-e2ee")
    plot_shift(result.table, "core.default-e2ee")   # before against after
    reasons_html(result.table, "core.default-e2ee") # learners' reasons, HTML-escaped

The command ``policylab collect FOLDER --out class.csv`` does the same from a terminal.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from . import handin, responses

__all__ = ["MIN_GROUP", "Collected", "SmallGroupError", "collect", "latest", "plot_stances",
           "plot_shift", "reasons_html"]

COLUMNS = [
    "learner",
    "learner_id",
    "display_name",
    "prompt_id",
    "phase",
    "question",
    "stance",
    "stance_value",
    "reason",
    "reason_words",
    "saved_at",
    "revision",
    "is_latest",
    "file",
]


@dataclass
class Collected:
    """What `collect` found: a tidy table, every file it could not use and why, and
    everything in the folder it passed over (not a .json file, a link, hidden)."""

    table: object  # pandas.DataFrame with COLUMNS
    problems: list[tuple[str, str]] = field(default_factory=list)
    files_read: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def summary(self, problems: bool = True) -> str:
        learners = self.table["learner_id"].nunique() if len(self.table) else 0
        prompts = self.table["prompt_id"].nunique() if len(self.table) else 0
        text = (
            f"Read {self.files_read} file(s): {learners} learner(s), {prompts} prompt(s), "
            f"{len(self.table)} saved answer(s) including earlier versions."
        )
        if self.skipped:
            text += f"\nPassed over {len(self.skipped)} item(s) that are not hand-ins:"
            text += "".join(f"\n  - {name}: {why}" for name, why in self.skipped[:20])
            if len(self.skipped) > 20:
                text += f"\n  - ... and {len(self.skipped) - 20} more"
        if self.problems and problems:
            text += f"\n{len(self.problems)} problem(s):"
            text += "".join(f"\n  - {name}: {why}" for name, why in self.problems)
        return text

    def __repr__(self) -> str:
        return self.summary()


def _rows(data: dict, name: str, names: bool = False, bank=None) -> list[dict]:
    """One row per saved revision in one checked file (raises on anything unexpected).

    A name the learner added is used only with `names`; otherwise the pseudonym.
    `bank` is the prompt bank read once for the whole class (looking each prompt up in the
    live bank re-checks the content files every time)."""
    if bank is None:
        from .prompt_bank import PROMPTS

        bank = dict(PROMPTS)

    text = responses.clean_text  # a lone surrogate in a file must not break the CSV
    name = text(name)
    display = text(data["display_name"]) if names and data.get("display_name") else None
    shown = display or data["learner_id"]
    rows = []
    for entry in data["answers"].values():
        pid = entry["prompt_id"]
        known = bank.get(pid)
        options = list(known.options) if known else list(entry.get("options") or [])
        kind = known.kind if known else entry.get("kind", "scale")
        revs = entry["revisions"]
        for n, rev in enumerate(revs, start=1):
            stance = text(rev["stance"]) if rev["stance"] is not None else None
            scale = kind == "scale" and stance in options
            rows.append({
                "learner": shown,
                "learner_id": data["learner_id"],
                "display_name": display,
                "prompt_id": text(pid),
                "phase": text(entry["phase"]) if entry.get("phase") else None,
                "question": known.question if known else text(entry.get("question", "")),
                "stance": stance,
                "stance_value": options.index(stance) + 1 if scale else None,
                "reason": text(rev["reason"]),
                "reason_words": len(rev["reason"].split()),
                "saved_at": handin.utc(rev["saved_at"]),
                "revision": n,
                "is_latest": n == len(revs),
                "file": name,
            })
    return rows


def collect(folder, *, names: bool = False) -> Collected:
    """Read every ``*.json`` in `folder` and its subfolders; report every bad file by name.

    Anonymous by default: learners appear by pseudonym even if they added a name; pass
    ``names=True`` only when the module needs names and learners were told (docs/privacy.md).

    Whatever is wrong with one file (unreadable, not JSON, not a responses file, too
    large, a link or a pipe, or anything unexpected) is reported with the file's name
    and the rest are collected. A learner who handed in twice is counted once, from the
    file exported last; the other file is reported as a duplicate. Answers to prompts
    the pack does not know are kept and reported.
    """
    import pandas as pd

    from .prompt_bank import PROMPTS

    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder of handed-in responses")
    bank = dict(PROMPTS)
    found = handin.find(folder)
    problems: list[tuple[str, str]] = []
    by_learner: dict[str, tuple[object, list[dict], str]] = {}
    for path in found.files:
        name = handin.shown(path.relative_to(folder))
        try:
            data = handin.read(path, name)
            rows = _rows(data, name, names, bank)
            stamp = (handin.utc(data["exported_at"]) if data.get("exported_at")
                     else max((r["saved_at"] for r in rows), default=None))
            if not rows:
                raise responses.ResponseFileError(
                    f"{name}: no saved answers in it (the learner may have exported before "
                    "answering); nothing to collect")
        except responses.ResponseFileError as exc:
            problems.append((name, str(exc).removeprefix(f"{name}: ")))
            continue
        except Exception as exc:  # one strange file must never stop a class's collection
            problems.append((name, f"could not be used ({type(exc).__name__}); "
                                   "ask the learner to export it again"))
            continue
        stamp = stamp or datetime.min.replace(tzinfo=UTC)
        learner = data["learner_id"]
        if learner in by_learner:
            other_stamp, _, other = by_learner[learner]
            older, newer = (name, other) if stamp <= other_stamp else (other, name)
            problems.append((older, f"duplicate of {newer} (same learner); "
                                    "the later export is used"))
            if newer == other:
                continue
        by_learner[learner] = (stamp, rows, name)

    all_rows = [row for _, rows, name in sorted(by_learner.values(), key=lambda t: t[2])
                for row in rows]
    unknown: dict[str, set[str]] = {}
    for row in all_rows:
        if row["prompt_id"] not in bank:
            unknown.setdefault(row["prompt_id"], set()).add(row["file"])
    for pid, names in sorted(unknown.items()):
        problems.append((", ".join(sorted(names)),
                         f"answers to prompt {pid[:100]!r}, which the pack does not define "
                         "(kept in the table, not plotted)"))
    table = pd.DataFrame(all_rows, columns=COLUMNS)
    table["stance_value"] = table["stance_value"].astype("Int64")
    table["saved_at"] = pd.to_datetime(table["saved_at"], utc=True)
    return Collected(table, problems, len(found.files), found.skipped)


#: Characters that make a spreadsheet treat a cell as a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(value):
    """A text cell a spreadsheet will show as text: a leading formula character gets a '."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(table, path) -> None:
    """The class table as CSV, every text cell neutralised against formula injection."""
    from pandas.api.types import is_bool_dtype, is_datetime64_any_dtype, is_numeric_dtype

    safe = table.copy()
    for col in safe.columns:
        kind = safe[col].dtype
        if not (is_numeric_dtype(kind) or is_bool_dtype(kind) or is_datetime64_any_dtype(kind)):
            safe[col] = safe[col].map(neutralise)
    safe.to_csv(path, index=False)


def plot_file_name(prompt_id: str) -> str:
    """A safe file name for a prompt's chart: letters, digits, '.', '-' and '_' only."""
    slug = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "._-") else "-"
                   for ch in prompt_id).strip(".-") or "prompt"
    return slug[:80] + ".png"


def _text(s) -> str:
    """Text for matplotlib: a '$' is shown as a dollar sign, never read as maths."""
    return str(s).replace("$", r"\$")


def latest(table):
    """Only each learner's current answer to each prompt (and phase)."""
    return table[table["is_latest"]]


def title(prompt_id: str) -> str:
    """A prompt's short label for charts, or its id."""
    from .prompt_bank import PROMPTS

    p = PROMPTS.get(prompt_id)
    return p.title if p and p.title else prompt_id


def _options(table, prompt_id: str) -> list[str]:
    from .prompt_bank import PROMPTS

    if prompt_id in PROMPTS:
        return list(PROMPTS[prompt_id].options)
    seen = table.loc[table["prompt_id"] == prompt_id, "stance"]
    return list(dict.fromkeys(seen))


def stance_counts(table, prompt_id: str, phase: str | None = None):
    """Learners at each stance (current answers), in the scale's order."""
    rows = latest(table)
    rows = rows[rows["prompt_id"] == prompt_id]
    if phase is not None:
        rows = rows[rows["phase"] == phase]
    counts = rows["stance"].value_counts()
    return counts.reindex(_options(table, prompt_id), fill_value=0)


#: Class charts never show a group of fewer learners than this (see docs/privacy.md): a
#: bar of two in a seminar of twelve points at two people.
MIN_GROUP = 5


class SmallGroupError(ValueError):
    """Too few learners answered for a chart that cannot single anyone out."""


def _guarded(counts):
    """(values to draw, bar labels, words for the caption): groups of 1-4 are not shown."""
    values, labels, words = [], [], []
    for stance, n in counts.items():
        n = int(n)
        small = 0 < n < MIN_GROUP
        values.append(0 if small else n)
        labels.append(f"<{MIN_GROUP}" if small else str(n))
        words.append(f"{stance}: {'fewer than ' + str(MIN_GROUP) if small else n}")
    return values, labels, words


def _enough(total: int, what: str) -> None:
    if total < MIN_GROUP:
        raise SmallGroupError(
            f"Only {total} learner(s) answered {what}; a class chart needs at least "
            f"{MIN_GROUP}, so that nobody's view can be picked out."
        )


SMALL_NOTE = (f" Groups of fewer than {MIN_GROUP} learners are shown as <{MIN_GROUP} with no "
              "bar, and the total is not given, so that nobody's view can be picked out.")


def plot_stances(table, prompt_id: str, phase: str | None = None):
    """Bar chart of the class's current stances on one prompt; returns (fig, caption).

    A stance chosen by fewer than `MIN_GROUP` learners is labelled "<5" with no bar;
    with fewer than `MIN_GROUP` answers in all, SmallGroupError says so and nothing is drawn.
    """
    from . import style

    counts = stance_counts(table, prompt_id, phase)
    label = f" ({phase})" if phase else ""
    total = int(counts.sum())
    _enough(total, f"{prompt_id}{label}")
    values, labels, words = _guarded(counts)
    fig, ax = style.figure(_text(f"Views: {title(prompt_id)}{label}"), xlabel="Learners",
                           ylabel="Stance")
    bars = ax.barh(range(len(counts)), values, color=style.PALETTE[0])
    ax.set_yticks(range(len(counts)), [_text(k) for k in counts.index])
    ax.invert_yaxis()
    ax.bar_label(bars, labels=[_text(t) for t in labels], padding=3)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.margins(x=0.1)
    small = any(t.startswith("<") for t in labels)
    # With a group hidden, the exact total would let a reader work the hidden count out.
    who = "the class's" if small else f"{total} learners'"
    caption = (f"Horizontal bar chart of {who} current stances on "
               f"{prompt_id}{label}. {', '.join(words)}.{SMALL_NOTE if small else ''}")
    return fig, caption


def shift(table, prompt_id: str):
    """Per learner who answered both phases: stance before, after, and the change."""
    import pandas as pd

    rows = latest(table)
    rows = rows[rows["prompt_id"] == prompt_id]
    wide = rows.pivot_table(index="learner_id", columns="phase", values="stance_value",
                            aggfunc="first")
    if not {"before", "after"} <= set(wide.columns):
        return pd.DataFrame(columns=["before", "after", "change"])
    wide = wide[["before", "after"]].dropna().astype(int)
    wide["change"] = wide["after"] - wide["before"]
    return wide


def plot_shift(table, prompt_id: str):
    """Before against after on one prompt: side-by-side bars; returns (fig, caption).

    Groups of fewer than `MIN_GROUP` learners are labelled "<5" with no bar, in the chart
    and in the caption's counts of who moved.
    """
    import numpy as np

    from . import style

    before = stance_counts(table, prompt_id, "before")
    after = stance_counts(table, prompt_id, "after")
    moved = shift(table, prompt_id)
    _enough(min(int(before.sum()), int(after.sum())), f"{prompt_id} before and after")
    b_values, b_labels, b_words = _guarded(before)
    a_values, a_labels, a_words = _guarded(after)
    fig, ax = style.figure(_text(f"Views before and after: {title(prompt_id)}"),
                           xlabel="Stance", ylabel="Learners")
    x = np.arange(len(before))
    b1 = ax.bar(x - 0.2, b_values, 0.4, label="Before (lessons 00-01)",
                color=style.PALETTE[0])
    b2 = ax.bar(x + 0.2, a_values, 0.4, label="After (capstone)",
                color=style.PALETTE[1], hatch="//", edgecolor="white")
    ax.bar_label(b1, labels=[_text(t) for t in b_labels], padding=2)
    ax.bar_label(b2, labels=[_text(t) for t in a_labels], padding=2)
    ax.set_xticks(x, [_text(s).replace(" ", "\n", 1) for s in before.index])
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.margins(y=0.15)  # room for the count labels above the tallest bar
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncols=2)

    def few(n: int) -> str:
        return f"fewer than {MIN_GROUP}" if 0 < n < MIN_GROUP else str(n)

    up, down = int((moved["change"] > 0).sum()), int((moved["change"] < 0).sum())
    same = int((moved["change"] == 0).sum())
    small = any(t.startswith("<") for t in b_labels + a_labels) or any(
        0 < n < MIN_GROUP for n in (up, down, same))
    caption = (
        f"Paired bar chart of stances on {prompt_id}, before (solid) and after (hatched). "
        f"Before: {', '.join(w.replace(': ', ' ') for w in b_words)}. After: "
        f"{', '.join(w.replace(': ', ' ') for w in a_words)}. Of "
        f"{'the' if small else few(len(moved))} learners "
        f"who answered both times, {few(up)} moved towards agreeing, {few(down)} towards "
        f"disagreeing and {few(same)} did not change.{SMALL_NOTE if small else ''}"
    )
    return fig, caption


def reasons_html(table, prompt_id: str, phase: str | None = None, limit: int = 20) -> str:
    """Learners' current reasons as an HTML table; everything learners typed is escaped."""
    rows = latest(table)
    rows = rows[rows["prompt_id"] == prompt_id]
    if phase is not None:
        rows = rows[rows["phase"] == phase]
    rows = rows.sort_values(["stance_value", "learner"]).head(limit)
    body = "".join(
        f"<tr><td>{html.escape(str(r.learner))}</td><td>{html.escape(str(r.stance))}</td>"
        f"<td>{html.escape(r.reason) if r.reason.strip() else '<em>(no reason given)</em>'}"
        "</td></tr>"
        for r in rows.itertuples()
    )
    return (
        "<table><thead><tr><th>Learner</th><th>Stance</th><th>Reason</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )
