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

A lesson too long for one class is split into parts: a markdown cell that opens with
``## Part 2 of 2: <title>`` starts part 2, and so on (see :func:`split_parts`). Its exercise is
split into sittings the same way, at cells opening with ``## Sitting 2 of 2: <title>``; the
exercise's questions draw on the whole lesson, so its sittings follow the lesson, and sitting
*k* is counted with part *k*. Every part, teaching and exercise, must fit one class slot
(``CLASS_TEACHING`` + ``CLASS_EXERCISE``), and the time its "Time needed" section states for
it (its slot) must be at least the model's estimate.

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
    "CLASS_TEACHING",
    "CLASS_EXERCISE",
    "Activity",
    "PartTiming",
    "LessonTiming",
    "count_activity",
    "split_parts",
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

# One class slot, the longest a part may take: the time every lesson from 02 to 09 was first
# written for (55 minutes of teaching, the most a one-hour class holds after five minutes to
# settle or debrief, and an exercise of 40 minutes, one sitting of self-study). A lesson whose
# estimate is longer is split into parts, each of which fits.
CLASS_TEACHING = 55
CLASS_EXERCISE = 40

PART_BREAK = re.compile(r"## Part (\d+) of (\d+)\b")
SITTING_BREAK = re.compile(r"## Sitting (\d+) of (\d+)\b")
_CLOSING = ("## Key points", "## References", "## Further reading", "## Support", "## Exercises")

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


def _break_number(cell: dict, pattern: re.Pattern) -> tuple[int, int] | None:
    """(k, n) if this markdown cell opens with a break heading ("## Part k of n")."""
    if cell.get("cell_type") != "markdown":
        return None
    match = pattern.match(_source(cell).lstrip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def split_parts(nb: dict, *, sittings: bool = False, name: str = "the notebook") -> list[dict]:
    """The notebook's parts, each a notebook holding that part's cells, in order.

    A part starts at a markdown cell that opens with ``## Part k of n`` (``## Sitting k of n``
    when ``sittings`` is true, for an exercise); the first part is everything before the first
    break. A notebook without breaks is one part. A break in the wrong place raises ValueError,
    saying what is wrong: a heading inside a cell rather than opening it, parts out of order or
    disagreeing on how many there are, a break before the lesson's "Time needed" section, or a
    part with nothing to do (a break with only the closing sections after it).
    """
    pattern = SITTING_BREAK if sittings else PART_BREAK
    word = "Sitting" if sittings else "Part"
    cells = nb.get("cells", [])
    parts: list[list[dict]] = [[]]
    found = []
    for cell in cells:
        number = _break_number(cell, pattern)
        if number is None and cell.get("cell_type") == "markdown" and pattern.search(
                _source(cell)):
            heading = pattern.search(_source(cell)).group(0).lstrip("# ")
            raise ValueError(f"{name}: the break '{heading}' must open its own cell, "
                             "not sit inside another")
        if number is not None:
            found.append(number)
            parts.append([])
        parts[-1].append(cell)
    if not found:
        return [nb]
    total = len(found) + 1
    expected = [(k, total) for k in range(2, total + 1)]
    if found != expected:
        got = ", ".join(f"{word} {k} of {n}" for k, n in found)
        raise ValueError(f"{name}: the breaks read {got}; with {len(found)} break(s) they "
                         f"should read " + ", ".join(f"{word} {k} of {n}" for k, n in expected))
    if not sittings and not any("## Time needed" in _source(c) for c in parts[0]):
        raise ValueError(f"{name}: the break '{word} 2 of {total}' comes before the "
                         "'Time needed' section, which belongs in part 1")
    for k, part in enumerate(parts, start=1):
        body = part[1:] if k > 1 else part
        if not any(not _source(c).lstrip().startswith(_CLOSING) and _source(c).strip()
                   for c in body):
            raise ValueError(f"{name}: {word.lower()} {k} of {total} has nothing to do; "
                             "move its break before a section of the lesson")
    return [{**nb, "cells": part} for part in parts]


def _slot_figures(section: str) -> tuple[int, int]:
    teaching = re.search(r"(\d+) minutes of teaching", section)
    if not teaching:
        raise ValueError("the 'Time needed' section gives no 'N minutes of teaching'")
    rest = re.search(r"(\d+) minutes", section.split("minutes of teaching", 1)[1])
    return int(teaching.group(1)), int(rest.group(1)) if rest else 0


def stated_slot(nb: dict) -> list[tuple[int, int]]:
    """[(teaching, exercise) minutes] for each part, as the lesson's "Time needed" states them.

    A lesson in one part says "About T minutes of teaching ... E minutes ...". A lesson in
    parts gives a line for each, "- Part k of n, <title>: T minutes of teaching; ... E minutes"
    (a part whose exercise is done in another sitting may give no exercise minutes: 0).
    """
    text = "\n".join(_source(c) for c in nb.get("cells", []) if c.get("cell_type") == "markdown")
    if "## Time needed" not in text:
        raise ValueError("no '## Time needed' section")
    section = text.split("## Time needed", 1)[1].split("\n## ", 1)[0]
    items = (" ".join(item.split()) for item in re.split(r"\n(?=\s*- )|\n\s*\n", section))
    lines = [m.groups() for m in map(re.compile(r"- \**Part (\d+) of (\d+)\b(.*)").match, items)
             if m]
    if not lines:
        figures = _slot_figures(" ".join(section.split()))
        if not figures[1]:
            raise ValueError("the 'Time needed' section gives no exercise minutes")
        return [figures]
    out = []
    for index, (k, n, rest) in enumerate(lines, start=1):
        if (int(k), int(n)) != (index, len(lines)):
            raise ValueError(f"the 'Time needed' section lists Part {k} of {n} "
                             f"where Part {index} of {len(lines)} belongs")
        out.append(_slot_figures(rest))
    return out


@dataclass(frozen=True)
class PartTiming:
    """One part of a lesson: its slot and the model's estimate, teaching and exercise."""

    number: int
    of: int
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
        """Minutes by which the estimate exceeds the part's slot (teaching and exercise each)."""
        return (max(0, self.estimate_teaching - self.slot_teaching)
                + max(0, self.estimate_exercise - self.slot_exercise))

    @property
    def fits(self) -> bool:
        """The estimate is within the part's slot, and the slot within one class slot."""
        return (not self.over_by and self.slot_teaching <= CLASS_TEACHING
                and self.slot_exercise <= CLASS_EXERCISE)


@dataclass(frozen=True)
class LessonTiming:
    """One lesson: its parts, each with the slot it states and the model's estimate."""

    lesson: str
    name: str
    parts: tuple[PartTiming, ...]

    @property
    def slot_teaching(self) -> int:
        return sum(p.slot_teaching for p in self.parts)

    @property
    def slot_exercise(self) -> int:
        return sum(p.slot_exercise for p in self.parts)

    @property
    def teaching(self) -> Activity:
        return sum((p.teaching for p in self.parts), Activity())

    @property
    def exercise(self) -> Activity:
        return sum((p.exercise for p in self.parts), Activity())

    @property
    def estimate_teaching(self) -> int:
        """The lesson's teaching time: the sum of its parts' stated estimates."""
        return sum(p.estimate_teaching for p in self.parts)

    @property
    def estimate_exercise(self) -> int:
        return sum(p.estimate_exercise for p in self.parts)

    @property
    def over_by(self) -> int:
        return sum(p.over_by for p in self.parts)

    @property
    def fits(self) -> bool:
        return all(p.fits for p in self.parts)

    @property
    def estimates(self) -> str:
        """The estimate per part as quoted in the README, lesson 00 and the guide."""
        return ", ".join(f"{p.estimate_teaching} + {p.estimate_exercise}" for p in self.parts)


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read {path}: {exc}") from None


def lesson_timings(root: Path) -> list[LessonTiming]:
    """The slot and the estimate for every part of every lesson in ``root/notebooks``."""
    root = Path(root)
    lessons = sorted((root / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    if not lessons:
        raise ValueError(f"no lessons in {root / 'notebooks'}")
    out = []
    for path in lessons:
        nb = _read(path)
        try:
            slots = stated_slot(nb)
        except ValueError as exc:
            raise ValueError(f"{path.name}: {exc}") from None
        first = path.name.startswith("00")
        parts = split_parts(nb, name=path.name)
        counted = [count_activity(part, count_support=first and k == 0)
                   for k, part in enumerate(parts)]
        teaching = [t for t, _ in counted]
        exercise = [e for _, e in counted]
        solution = root / "solutions" / path.name
        if solution.exists():
            sittings = split_parts(_read(solution), sittings=True,
                                   name=f"solutions/{path.name}")
            if len(sittings) > len(parts):
                raise ValueError(f"solutions/{path.name}: the exercise has {len(sittings)} "
                                 f"sittings but the lesson only {len(parts)} part(s)")
            for k, sitting in enumerate(sittings):
                ex_teaching, ex_exercise = count_activity(sitting)
                exercise[k] = exercise[k] + ex_teaching + ex_exercise
        if len(slots) != len(parts):
            raise ValueError(f"{path.name}: 'Time needed' gives times for {len(slots)} "
                             f"part(s) but the lesson has {len(parts)}")
        out.append(LessonTiming(path.name[:2], path.name, tuple(
            PartTiming(k, len(parts), *slot, t, e)
            for k, (slot, t, e) in enumerate(zip(slots, teaching, exercise, strict=True),
                                             start=1))))
    return out


def table(timings: list[LessonTiming]) -> str:
    """A Markdown table of each part's slot, its estimate and what the estimate is made of."""
    rows = ["| lesson | part | slot (teaching + exercise) | estimate (teaching + exercise) "
            "| over by | words read | code cells | prompts and answer boxes | self-checks "
            "| argued answers |",
            "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for t in timings:
        for p in t.parts:
            both = p.teaching + p.exercise
            flag = "" if p.fits else " (does not fit)"
            rows.append(
                f"| {t.lesson} | {p.number} of {p.of} | {p.slot_teaching} + {p.slot_exercise} min "
                f"| {p.estimate_teaching} + {p.estimate_exercise} min "
                f"| {p.over_by} min{flag} | {both.words:,} | {both.code_cells} | {both.prompts} "
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


def _sub(pattern: str, repl, text: str) -> str:
    return re.sub(pattern, repl, text, count=1, flags=re.S)


def _time_needed_figures(text: str, t: LessonTiming, solution: bool) -> str:
    """A markdown cell's "Time needed" section, break note or sitting note, with the model's
    figures for lesson ``t`` put in place of the ones it states."""
    n = len(t.parts)
    ex = [p.estimate_exercise for p in t.parts]
    if "## Time needed" in text:
        head, rest = text.split("## Time needed", 1)
        section, sep, tail = rest.partition("\n## ")
        if solution:
            section = _sub(r"About \d+( minutes)", rf"About {t.estimate_exercise}\g<1>", section)
            # "... Parts A and B (about A minutes), then Parts C and D (about B minutes)."
            for k in range(n):
                end = "," if k < n - 1 else r"\."
                section = re.sub(rf"(\(about\s+)\d+(\s+minutes\){end})",
                                 rf"\g<1>{ex[k]}\g<2>", section, count=1)
            section = _sub(r"(about\s+)\d+(\s+minutes\s+of\s+teaching)",
                           rf"\g<1>{t.estimate_teaching}\g<2>", section)
        elif n == 1:
            section = _sub(r"About \d+( minutes, in one part)",
                           rf"About {t.estimate_teaching + t.estimate_exercise}\g<1>", section)
            section = _sub(r"\d+(\s+minutes\s+of\s+teaching\b.*?)\d+(\s+minutes)",
                           rf"{t.estimate_teaching}\g<1>{t.estimate_exercise}\g<2>", section)
        else:
            section = _sub(r"About \d+(\s+minutes\s+of\s+teaching\s+and\s+)\d+(\s+minutes)",
                           rf"About {t.estimate_teaching}\g<1>{t.estimate_exercise}\g<2>", section)
            for p in t.parts:
                section = _sub(rf"(Part {p.number} of {n}\b[^:]*:\s+)\d+(\s+minutes\s+of\s+"
                               rf"teaching\b(?:(?!Part \d).)*?)\d+(\s+minutes\.)",
                               rf"\g<1>{p.estimate_teaching}\g<2>{p.estimate_exercise}\g<3>",
                               section)
        return head + "## Time needed" + section + sep + tail
    opening = text.lstrip()
    match = (SITTING_BREAK if solution else PART_BREAK).match(opening)
    if not match or int(match.group(2)) != n:
        return text
    k = int(match.group(1))
    if solution:
        return _sub(r"(sitting\s+takes\s+about\s+)\d+", rf"\g<1>{ex[k - 1]}", text)
    text = _sub(r"(It\s+takes\s+about\s+)\d+", rf"\g<1>{t.parts[k - 1].estimate_teaching}", text)
    if n == 2:
        text = _sub(r"(sittings\s+of\s+about\s+)\d+(\s+and\s+)\d+(\s+minutes)",
                    rf"\g<1>{ex[0]}\g<2>{ex[1]}\g<3>", text)
    return text


def _write_notebook_figures(text: str, t: LessonTiming, solution: bool) -> str:
    """A notebook's JSON text with its "Time needed" and break notes in step with the model."""
    nb = json.loads(text)
    changed = False
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        source = _source(cell)
        new = _time_needed_figures(source, t, solution)
        if new != source:
            cell["source"] = new.splitlines(keepends=True)
            changed = True
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n" if changed else text


_COUNT = {1: "one", 2: "two", 3: "three", 4: "four"}
_ESTIMATES = r"\d+ \+ \d+(?:, \d+ \+ \d+)*"


def plan_covers(text: str, timings: list[LessonTiming]) -> set[tuple[str, int]]:
    """(lesson, part) pairs a line of a session plan in the guide gives a place to."""
    parts = {t.lesson: len(t.parts) for t in timings}
    text = " ".join(text.lower().split())
    out = set()
    for group in re.findall(r"lessons? ((?:\d\d(?:, | and )?)+) \(both parts\)", text):
        out |= {(n, k) for n in re.findall(r"\d\d", group) for k in range(1, parts[n] + 1)}
    for n in re.findall(r"lesson (\d\d), both parts", text):
        out |= {(n, k) for k in range(1, parts[n] + 1)}
    out |= {(n, int(k)) for n, k in re.findall(r"lesson (\d\d), part (\d)", text)}
    # "lesson 00's self-checks" are its exercise, not its teaching
    out |= {(n, 1) for n in re.findall(r"lesson (\d\d)\b(?!'s)", text) if parts[n] == 1}
    return out


def plan_self_study(text: str, timings: list[LessonTiming]) -> int:
    """Minutes, by the model, of the lessons and exercises a plan's self-study line sets."""
    by = {t.lesson: t for t in timings}
    text = " ".join(text.lower().split())
    minutes = sum(by[n].parts[int(k) - 1].estimate_teaching
                  for n, k in plan_covers(text, timings))
    for which, n in re.findall(r"the (first|second) sitting of exercise (\d\d)", text):
        minutes += by[n].parts[0 if which == "first" else 1].estimate_exercise
    text = re.sub(r"the (first|second) sitting of exercise \d\d", "", text)
    if "lesson 00's self-checks" in text:
        minutes += by["00"].estimate_exercise
    exercises = set()
    for group in re.findall(r"lessons? ((?:\d\d(?:, | and )?)+) \(both parts\),? (?:with|and) "
                            r"(?:their|its) exercises?", text):
        exercises |= set(re.findall(r"\d\d", group))
    for group in re.findall(r"exercises? ((?:\d\d(?:, | and )?)+)", text):
        exercises |= set(re.findall(r"\d\d", group))
    return minutes + sum(by[n].estimate_exercise for n in exercises)


def plan_loads(guide: str, timings: list[LessonTiming]) -> tuple[list[int], list[int]]:
    """Self-study minutes set before seminars 2 and 3 of the three-seminar plan, and before
    classes 2 to 6 of the six-class plan, as the guide's tables set them."""
    three = guide.split("### Three 2-hour seminars", 1)[1].split("\n### ", 1)[0]
    seminars = [plan_self_study(ln.split(":", 1)[1], timings) for ln in three.splitlines()
                if ln.startswith("|  |  | Self-study before")]
    six = guide.split("### Six 1-hour classes", 1)[1].split("\n### ", 1)[0]
    rows = [[c.strip() for c in ln.strip().strip("|").split("|")]
            for ln in six.splitlines() if re.match(r"\| [1-5] \|", ln)]
    return seminars, [plan_self_study(cells[3], timings) for cells in rows]


def _write_plan_loads(guide: str, timings: list[LessonTiming]) -> str:
    """The guide with the self-study minutes its session plans state put in step."""
    if "### Three 2-hour seminars" not in guide or "### Six 1-hour classes" not in guide:
        return guide
    seminars, classes = plan_loads(guide, timings)
    ws = r"\s+"
    if len(seminars) == 2:
        guide = re.sub(rf"(about{ws})\d+({ws}minutes{ws}before{ws}seminar{ws}2{ws}and{ws})\d+"
                       rf"({ws}before{ws}seminar{ws}3)",
                       rf"\g<1>{seminars[0]}\g<2>{seminars[1]}\g<3>", guide)
    if len(classes) >= 3:
        guide = re.sub(rf"(before{ws}class{ws}2{ws}\(about{ws})\d+({ws}minutes\){ws}and{ws}"
                       rf"class{ws}3{ws}\(about{ws})\d+",
                       rf"\g<1>{classes[0]}\g<2>{classes[1]}", guide)
        guide = re.sub(rf"(it{ws}is{ws})\d+({ws}to{ws})\d+({ws}minutes{ws}before{ws}each"
                       rf"{ws}of{ws}the{ws}others)",
                       rf"\g<1>{min(classes[2:])}\g<2>{max(classes[2:])}\g<3>", guide)
    return guide


def write_estimates(root: Path, timings: list[LessonTiming]) -> list[Path]:
    """Put the model's figures in every place that states or quotes them; returns the files
    changed. Each lesson's "Time needed" (in all and for each part), its part-break notes and
    its pointer to the exercise; each exercise's "Time needed" and sitting notes; the README's
    lesson table, lesson 00's map, and the guide's lessons table, per-lesson time lines and the
    self-study minutes its session plans state. Only the figures are touched, never the words
    around them."""
    root = Path(root)
    changed = []
    by_name = {t.name: t for t in timings}
    rels = ["README.md", "docs/lecturer-guide.md",
            *(f"notebooks/{t.name}" for t in timings), *(f"solutions/{t.name}" for t in timings)]
    for rel in rels:
        path = root / rel
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        new = text
        folder, _, name = rel.partition("/")
        if folder == "solutions":
            new = _write_notebook_figures(new, by_name[name], solution=True)
        if folder == "notebooks":
            t = by_name[name]
            new = _write_notebook_figures(new, t, solution=False)
            # the lesson's own pointer to its exercise: Work through `exercises/NAME` (about E
            # minutes, in two sittings)
            sittings = "one sitting" if len(t.parts) == 1 else f"{_COUNT[len(t.parts)]} sittings"
            new = re.sub(rf"(Work through `exercises/{re.escape(t.name)}` \(about )\d+ minutes"
                         r"(?:, in \w+ sittings?| in class)?\)",
                         rf"\g<1>{t.estimate_exercise} minutes, in {sittings})", new)
        for t in timings:
            est = t.estimates
            stem = re.escape(t.name)
            count = f"{_COUNT[len(t.parts)]} part" + ("s" if len(t.parts) > 1 else "")
            # the guide's section on each lesson: Teaching about T minutes; exercises about E
            # minutes (where); in N parts of X + Y, X + Y minutes.
            parts = ("in one part" if len(t.parts) == 1 else
                     f"in {count} of {est} minutes, teaching + exercises")
            where = "in the notebook" if t.lesson == "00" else f"`exercises/{stem}`"
            new = re.sub(rf"Teaching about \d+ minutes; exercises about \d+ minutes"
                         rf"( \({where}\))(?:; in [^.\n]*)?\.",
                         rf"Teaching about {t.estimate_teaching} minutes; exercises about "
                         rf"{t.estimate_exercise} minutes\g<1>; {parts}.", new)
            # README: | `notebooks/NAME` | ... | about T + E minutes in N parts (model estimate
            # X + Y, X + Y) |
            new = re.sub(rf"(`notebooks/{stem}`[^\n]*?about )\d+ \+ \d+ minutes in \w+ parts?"
                         rf"( \(model estimate ){_ESTIMATES}(\))",
                         rf"\g<1>{t.estimate_teaching} + {t.estimate_exercise} minutes in {count}"
                         rf"\g<2>{est}\g<3>", new)
            # lesson 00's map: | NN | Title | about T min teaching + E min exercises, in N parts;
            # estimate X + Y, X + Y min | `NAME` |
            target = "this notebook" if rel.endswith(t.name) else f"`notebooks/{stem}`"
            new = re.sub(rf"about \d+ min teaching \+ \d+ min exercises, in \w+ parts?; "
                         rf"estimate {_ESTIMATES}( min \| {target})",
                         rf"about {t.estimate_teaching} min teaching + {t.estimate_exercise} min "
                         rf"exercises, in {count}; estimate {est}\g<1>", new)
            # the guide: | [NN Title](../notebooks/NAME) | T min | E min | X + Y, X + Y min |
            new = re.sub(rf"(\(\.\./notebooks/{stem}\) \| )\d+ min \| \d+ min \| "
                         rf"{_ESTIMATES}( min \|)",
                         rf"\g<1>{t.estimate_teaching} min | {t.estimate_exercise} min | "
                         rf"{est}\g<2>", new)
        if rel == "docs/lecturer-guide.md":
            new = _write_plan_loads(new, timings)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    """Command-line use: ``policylab timing [--root DIR] [--over] [--write]``.

    Prints each part of each lesson: the slot its "Time needed" states beside the model's
    estimate. With ``--over`` it returns 1 when any part does not fit (its estimate is over its
    slot, or its slot over one class slot), and 0 when every part fits.
    """
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="policylab timing",
        description="Estimate each lesson's time, part by part, from its notebooks, with a "
                    "stated model.")
    parser.add_argument("--root", type=Path, default=root or Path.cwd(),
                        help="the pack's folder (default: the current folder)")
    parser.add_argument("--over", action="store_true",
                        help="exit with status 1 if any part of a lesson does not fit its slot "
                             "or one class slot")
    parser.add_argument("--write", action="store_true",
                        help="put the model's figures in each lesson's and exercise's 'Time "
                             "needed' and part notes, README.md, lesson 00's map and "
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
    print(f"One class slot: {CLASS_TEACHING} min of teaching + {CLASS_EXERCISE} min of exercise "
          "a part.")
    misfits = [(t, p) for t in timings for p in t.parts if not p.fits]
    if misfits:
        names = ", ".join(
            f"{t.lesson}" + (f" part {p.number}" if p.of > 1 else "")
            + (f" (+{p.over_by} min)" if p.over_by else " (slot longer than a class)")
            for t, p in misfits)
        print(f"Parts that do not fit: {names}.")
    else:
        print("Every part of every lesson fits its slot and one class slot.")
    return 1 if (args.over and misfits) else 0


if __name__ == "__main__":  # pragma: no cover - python -m policylab.timing
    import sys

    sys.exit(main())
