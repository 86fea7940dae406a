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
from pathlib import Path

from . import responses

__all__ = ["Collected", "collect", "latest", "plot_stances", "plot_shift", "reasons_html"]

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
    """What `collect` found: a tidy table and every file it could not use, with why."""

    table: object  # pandas.DataFrame with COLUMNS
    problems: list[tuple[str, str]] = field(default_factory=list)
    files_read: int = 0

    def summary(self, problems: bool = True) -> str:
        learners = self.table["learner_id"].nunique() if len(self.table) else 0
        prompts = self.table["prompt_id"].nunique() if len(self.table) else 0
        text = (
            f"Read {self.files_read} file(s): {learners} learner(s), {prompts} prompt(s), "
            f"{len(self.table)} saved answer(s) including earlier versions."
        )
        if self.problems and problems:
            text += f" {len(self.problems)} problem(s):"
            text += "".join(f"\n  - {name}: {why}" for name, why in self.problems)
        return text

    def __repr__(self) -> str:
        return self.summary()


def collect(folder) -> Collected:
    """Read every ``*.json`` in `folder`; report unreadable, invalid and duplicate files.

    A learner who handed in twice is counted once, from the file exported last; the
    other file is reported as a duplicate. Answers to prompts the pack does not know are
    kept and reported.
    """
    import pandas as pd

    from .prompt_bank import PROMPTS

    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder of handed-in responses")
    problems: list[tuple[str, str]] = []
    by_learner: dict[str, tuple[str, dict, Path]] = {}
    files = sorted(folder.glob("*.json"))
    for path in files:
        try:
            data = responses.read_file(path)
        except responses.ResponseFileError as exc:
            problems.append((path.name, str(exc).removeprefix(f"{path.name}: ")))
            continue
        except OSError as exc:
            problems.append((path.name, f"cannot be read ({exc.strerror})"))
            continue
        stamp = data.get("exported_at") or max(
            (r["saved_at"] for e in data["answers"].values() for r in e["revisions"]),
            default="",
        )
        learner = data["learner_id"]
        if learner in by_learner:
            other_stamp, _, other = by_learner[learner]
            older, newer = (path, other) if stamp <= other_stamp else (other, path)
            problems.append((older.name, f"duplicate of {newer.name} (same learner); "
                                         "the later export is used"))
            if newer is other:
                continue
        by_learner[learner] = (stamp, data, path)

    rows = []
    unknown: dict[str, set[str]] = {}
    for _, data, path in sorted(by_learner.values(), key=lambda t: t[2].name):
        shown = data.get("display_name") or data["learner_id"]
        for entry in data["answers"].values():
            pid = entry.get("prompt_id", "?")
            if pid not in PROMPTS:
                unknown.setdefault(pid, set()).add(path.name)
            options = entry.get("options") or []
            revs = entry["revisions"]
            for n, rev in enumerate(revs, start=1):
                stance = rev["stance"]
                scale = entry.get("kind", "scale") == "scale" and stance in options
                rows.append({
                    "learner": shown,
                    "learner_id": data["learner_id"],
                    "display_name": data.get("display_name"),
                    "prompt_id": pid,
                    "phase": entry.get("phase"),
                    "question": entry.get("question", ""),
                    "stance": stance,
                    "stance_value": options.index(stance) + 1 if scale else None,
                    "reason": rev["reason"],
                    "reason_words": len(rev["reason"].split()),
                    "saved_at": rev["saved_at"],
                    "revision": n,
                    "is_latest": n == len(revs),
                    "file": path.name,
                })
    for pid, names in sorted(unknown.items()):
        problems.append((", ".join(sorted(names)),
                         f"answers to prompt {pid!r}, which the pack does not define "
                         "(kept in the table)"))
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["stance_value"] = table["stance_value"].astype("Int64")
    table["saved_at"] = pd.to_datetime(table["saved_at"], utc=True, format="ISO8601")
    return Collected(table, problems, len(files))


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


def plot_stances(table, prompt_id: str, phase: str | None = None):
    """Bar chart of the class's current stances on one prompt; returns (fig, caption)."""
    from . import style

    counts = stance_counts(table, prompt_id, phase)
    label = f" ({phase})" if phase else ""
    fig, ax = style.figure(f"Views: {title(prompt_id)}{label}", xlabel="Learners",
                           ylabel="Stance")
    bars = ax.barh(range(len(counts)), counts.to_numpy(), color=style.PALETTE[0])
    ax.set_yticks(range(len(counts)), counts.index)
    ax.invert_yaxis()
    ax.bar_label(bars, padding=3)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.margins(x=0.1)
    parts = ", ".join(f"{k}: {v}" for k, v in counts.items())
    total = int(counts.sum())
    caption = (f"Horizontal bar chart of {total} learner{'s' if total != 1 else ''}' current "
               f"stances on "
               f"{prompt_id}{label}. {parts}.")
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
    """Before against after on one prompt: side-by-side bars; returns (fig, caption)."""
    import numpy as np

    from . import style

    before = stance_counts(table, prompt_id, "before")
    after = stance_counts(table, prompt_id, "after")
    moved = shift(table, prompt_id)
    fig, ax = style.figure(f"Views before and after: {title(prompt_id)}", xlabel="Stance",
                           ylabel="Learners")
    x = np.arange(len(before))
    b1 = ax.bar(x - 0.2, before.to_numpy(), 0.4, label="Before (lessons 00-01)",
                color=style.PALETTE[0])
    b2 = ax.bar(x + 0.2, after.to_numpy(), 0.4, label="After (capstone)",
                color=style.PALETTE[1], hatch="//", edgecolor="white")
    ax.bar_label(b1, padding=2)
    ax.bar_label(b2, padding=2)
    ax.set_xticks(x, [s.replace(" ", "\n", 1) for s in before.index])
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.margins(y=0.15)  # room for the count labels above the tallest bar
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncols=2)
    up, down = int((moved["change"] > 0).sum()), int((moved["change"] < 0).sum())
    same = int((moved["change"] == 0).sum())
    caption = (
        f"Paired bar chart of stances on {prompt_id}, before (solid) and after (hatched). "
        f"Before: {', '.join(f'{k} {v}' for k, v in before.items())}. After: "
        f"{', '.join(f'{k} {v}' for k, v in after.items())}. Of {len(moved)} learners who "
        f"answered both times, {up} moved towards agreeing, {down} towards disagreeing and "
        f"{same} did not change."
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
