"""How long each lesson and exercise takes: a stated model, not a guess per lesson.

A learner's time is the sum of what they do, each at a stated rate:

- reading the prose at ``READING_WPM`` words a minute;
- running each code cell and reading what it shows: ``MINUTES_PER_CODE_CELL``;
- answering a self-check question in code (replacing the ``...``): ``MINUTES_PER_ANSWER_CELL``;
- a discussion prompt (a stance and a reason) or a one-line written answer box:
  ``MINUTES_PER_PROMPT``;
- an argued written answer (the checks ask for 30 to 60 words at least):
  ``MINUTES_PER_ARGUED_ANSWER``.

A lesson's teaching time is its notebook in ``notebooks/``; its exercise time is its exercise,
measured on ``solutions/`` with the model answers taken out (the learner's copy in
``exercises/`` is built from it). Lesson 00 keeps its exercises in the notebook: its self-check
cells count as exercise time and everything else as teaching. Each total is rounded up to the
next 5 minutes. The support list that opens and closes every notebook is the same in each, so
it is read once, at the start of lesson 00, and not counted again; nor is a lesson's "Further
reading" list, which is for after the lesson.

The rates are planning figures until the lessons are piloted with students; the reasons for
each are given where it is defined. ``policylab timing`` prints the table (see :func:`main`).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "READING_WPM",
    "MINUTES_PER_CODE_CELL",
    "MINUTES_PER_ANSWER_CELL",
    "MINUTES_PER_PROMPT",
    "MINUTES_PER_ARGUED_ANSWER",
    "ROUND_TO",
    "Activity",
    "LessonTiming",
    "count_activity",
    "lesson_timings",
    "main",
    "stated_slot",
]

# Silent reading of English non-fiction by adults averages 238 words a minute, and most adults
# read it at 175 to 300 (Brysbaert 2019, a meta-analysis of 190 studies,
# https://doi.org/10.1016/j.jml.2019.104047). Learners here read to learn and stop to check
# figures and tables, and rates are lower for readers of English as a second language, whom a
# UK class will include: 200 sits below the average and inside the range.
READING_WPM = 200

# A code cell here is one small step (one to five lines) whose result is a number, a short
# table or a captioned figure. Reading the line, pressing Shift+Enter and reading the result
# is a planning figure of one minute; no published rate exists for it.
MINUTES_PER_CODE_CELL = 1.0

# A self-check question answered in code: reread the question, write or edit one line, run
# it, read the feedback and perhaps try again. A planning figure of three minutes.
MINUTES_PER_ANSWER_CELL = 3.0

# A discussion prompt asks for a stance on a five-point scale (or a named option) and a
# reason of a sentence or two; a one-line answer box asks for one sentence. A planning
# figure of three minutes each: read, decide, write about 30 words.
MINUTES_PER_PROMPT = 3.0

# An argued answer must reach 30 to 60 words before the self-check shows its criteria, and
# learners reread the lesson for evidence first. A planning figure of eight minutes: about
# six to compose 50 to 60 words with thought and two to reread a source.
MINUTES_PER_ARGUED_ANSWER = 8.0

# Stated times are rounded up to whole multiples of this, so that a small edit to a lesson's
# prose does not change every table that quotes it.
ROUND_TO = 5

_SUPPORT_LIST = re.compile(
    r"^- \*\*Samaritans\*\*.*?\(lecturers: add local contacts\)\.?[ \t]*$", re.S | re.M
)
_SOLUTION_MD = re.compile(r"<!-- BEGIN SOLUTION -->.*?<!-- END SOLUTION -->", re.S)
_SOLUTION_CODE = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
_FURTHER_READING = "## Further reading"
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.,%£$-]*")


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return src if isinstance(src, str) else "".join(src)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class Activity:
    """What a learner does in one notebook (or part of one), counted from its cells."""

    words: int = 0
    code_cells: int = 0
    answer_cells: int = 0
    prompts: int = 0
    argued: int = 0

    def __add__(self, other: Activity) -> Activity:
        return Activity(*(a + b for a, b in zip(self._tuple(), other._tuple(), strict=True)))

    def _tuple(self) -> tuple[int, ...]:
        return (self.words, self.code_cells, self.answer_cells, self.prompts, self.argued)

    @property
    def minutes(self) -> float:
        """Unrounded minutes under the model."""
        return (self.words / READING_WPM
                + self.code_cells * MINUTES_PER_CODE_CELL
                + self.answer_cells * MINUTES_PER_ANSWER_CELL
                + self.prompts * MINUTES_PER_PROMPT
                + self.argued * MINUTES_PER_ARGUED_ANSWER)

    @property
    def stated(self) -> int:
        """Minutes as the pack states them: rounded up to a multiple of ROUND_TO."""
        return ROUND_TO * math.ceil(round(self.minutes, 6) / ROUND_TO) if self.minutes else 0


def count_activity(nb: dict, *, count_support: bool = False) -> tuple[Activity, Activity]:
    """(teaching, exercise) activity in a notebook's cells.

    Self-check cells (those calling ``pl.check``) and written answer boxes are exercise;
    everything else is teaching. Model answers between solution markers are not read by the
    learner and are not counted. The support list is read once, in the first cell, when
    ``count_support`` is true; otherwise (and in the closing cell) it is left out.
    """
    teaching, exercise = Activity(), Activity()
    for index, cell in enumerate(nb.get("cells", [])):
        text = _source(cell)
        if cell.get("cell_type") == "markdown":
            if text.lstrip().startswith(_FURTHER_READING):
                continue  # a list of readings for later, not read in the lesson
            boxes = len(_SOLUTION_MD.findall(text))
            text = _SOLUTION_MD.sub(" ", text)
            if not (count_support and index == 0):
                text = _SUPPORT_LIST.sub(" ", text)
            teaching += Activity(words=_words(text))
            exercise += Activity(prompts=boxes)
        elif cell.get("cell_type") == "code" and text.strip():
            if "pl.check(" in text:
                solution = "\n".join(_SOLUTION_CODE.findall(text))
                argued = '"""' in solution or "'''" in solution
                exercise += Activity(argued=1) if argued else Activity(answer_cells=1)
            elif re.search(r"\bpl\.prompt\(", text):
                teaching += Activity(prompts=len(re.findall(r"\bpl\.prompt\(", text)))
            else:
                teaching += Activity(code_cells=1)
    return teaching, exercise


def stated_slot(nb: dict) -> tuple[int, int]:
    """(teaching, exercise) minutes a lesson's own "Time needed" section states."""
    text = "\n".join(_source(c) for c in nb.get("cells", []) if c.get("cell_type") == "markdown")
    if "## Time needed" not in text:
        raise ValueError("no '## Time needed' section")
    section = " ".join(text.split("## Time needed", 1)[1].split("\n## ", 1)[0].split())
    teaching = re.search(r"(\d+) minutes of teaching", section)
    if not teaching:
        raise ValueError("the 'Time needed' section gives no 'N minutes of teaching'")
    rest = re.search(r"(\d+) minutes", section.split("minutes of teaching", 1)[1])
    if not rest:
        raise ValueError("the 'Time needed' section gives no exercise minutes")
    return int(teaching.group(1)), int(rest.group(1))


@dataclass(frozen=True)
class LessonTiming:
    """One lesson: the slot it states and the model's estimate, teaching and exercise."""

    lesson: str
    name: str
    slot_teaching: int
    slot_exercise: int
    teaching: Activity
    exercise: Activity

    @property
    def estimate_teaching(self) -> int:
        return self.teaching.stated

    @property
    def estimate_exercise(self) -> int:
        return self.exercise.stated

    @property
    def over_by(self) -> int:
        """Minutes by which the estimate exceeds the slot, teaching and exercise together."""
        over = (self.estimate_teaching + self.estimate_exercise
                - self.slot_teaching - self.slot_exercise)
        return max(0, over)


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read {path}: {exc}") from None


def lesson_timings(root: Path) -> list[LessonTiming]:
    """The slot and the estimate for every lesson in ``root/notebooks``, in order."""
    root = Path(root)
    lessons = sorted((root / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    if not lessons:
        raise ValueError(f"no lessons in {root / 'notebooks'}")
    out = []
    for path in lessons:
        nb = _read(path)
        slot = stated_slot(nb)
        first = path.name.startswith("00")
        teaching, exercise = count_activity(nb, count_support=first)
        solution = root / "solutions" / path.name
        if solution.exists():
            ex_teaching, ex_exercise = count_activity(_read(solution))
            exercise = exercise + ex_teaching + ex_exercise
        out.append(LessonTiming(path.name[:2], path.name, *slot, teaching, exercise))
    return out


def table(timings: list[LessonTiming]) -> str:
    """A Markdown table of slots, estimates and what they are made of."""
    rows = ["| lesson | slot (teaching + exercise) | estimate (teaching + exercise) | over by "
            "| words read | code cells | prompts and answer boxes | self-checks | argued answers |",
            "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for t in timings:
        both = t.teaching + t.exercise
        rows.append(
            f"| {t.lesson} | {t.slot_teaching} + {t.slot_exercise} min "
            f"| {t.estimate_teaching} + {t.estimate_exercise} min "
            f"| {t.over_by} min | {both.words:,} | {both.code_cells} | {both.prompts} "
            f"| {both.answer_cells} | {both.argued} |"
        )
    return "\n".join(rows)


def model_text() -> str:
    """The model's constants, in words."""
    return (f"reading {READING_WPM} words a minute; {MINUTES_PER_CODE_CELL:g} min a code cell; "
            f"{MINUTES_PER_ANSWER_CELL:g} min a self-check answered in code; "
            f"{MINUTES_PER_PROMPT:g} min a discussion prompt or answer box; "
            f"{MINUTES_PER_ARGUED_ANSWER:g} min an argued answer; "
            f"totals rounded up to {ROUND_TO} min")


def write_estimates(root: Path, timings: list[LessonTiming]) -> list[Path]:
    """Rewrite the estimate each place quotes (README, lesson 00's map, the guide) to the
    model's current figure; returns the files changed. Only the estimate is touched."""
    import re

    root = Path(root)
    changed = []
    for rel in ("README.md", "notebooks/00-orientation.ipynb", "docs/lecturer-guide.md"):
        path = root / rel
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        new = text
        for t in timings:
            est = f"{t.estimate_teaching} + {t.estimate_exercise}"
            stem = re.escape(t.name)
            # README: | `notebooks/NAME` | ... | about A + B minutes (model estimate X + Y) |
            new = re.sub(rf"(`notebooks/{stem}`[^\n]*?\(model estimate )\d+ \+ \d+(\))",
                         rf"\g<1>{est}\g<2>", new)
            # lesson 00's map: | NN | Title | about ...; estimate X + Y min | `notebooks/NAME` |
            target = "this notebook" if rel.endswith(t.name) else f"`notebooks/{stem}`"
            new = re.sub(rf"(; estimate )\d+ \+ \d+( min \| {target})",
                         rf"\g<1>{est}\g<2>", new)
            # the guide: | [NN Title](../notebooks/NAME) | A min | B min | X + Y min |
            new = re.sub(rf"(\(\.\./notebooks/{stem}\) \| \d+ min \| \d+ min \| )"
                         rf"\d+ \+ \d+( min \|)", rf"\g<1>{est}\g<2>", new)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    """Command-line use: ``policylab timing [--root DIR] [--over] [--write]``.

    Prints each lesson's stated slot beside the model's estimate. With ``--over`` it also
    returns 1 when any lesson's estimate exceeds its slot (for a maintainer's check).
    """
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="policylab timing",
        description="Estimate each lesson's time from its notebooks, with a stated model.")
    parser.add_argument("--root", type=Path, default=root or Path.cwd(),
                        help="the pack's folder (default: the current folder)")
    parser.add_argument("--over", action="store_true",
                        help="exit with status 1 if any estimate exceeds its lesson's slot")
    parser.add_argument("--write", action="store_true",
                        help="update the estimates quoted in README.md, lesson 00's map and "
                             "docs/lecturer-guide.md")
    args = parser.parse_args(argv)
    try:
        timings = lesson_timings(args.root)
    except ValueError as exc:
        print(f"policylab timing: {exc}", file=sys.stderr)
        return 2
    if args.write:
        for path in write_estimates(args.root, timings):
            print(f"updated {path}")
    print(table(timings))
    print()
    print("Model: " + model_text() + ". Estimates, until the lessons are piloted.")
    over = [t for t in timings if t.over_by]
    if over:
        names = ", ".join(f"{t.lesson} (+{t.over_by} min)" for t in over)
        print(f"Longer than their slot: {names}.")
    return 1 if (args.over and over) else 0


if __name__ == "__main__":  # pragma: no cover - python -m policylab.timing
    import sys

    sys.exit(main())
