"""policylab.timing: the stated model, lessons split into parts that each fit one class, and the
README, lesson 00 and the guide kept in step with it."""

from __future__ import annotations

import json
import re

import pytest

from policylab import timing
from policylab.timing import Activity

from .conftest import ROOT, read_nb
from .test_exercises import lesson_times

GUIDE = (ROOT / "docs" / "lecturer-guide.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
TIMINGS = timing.lesson_timings(ROOT)


def md(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text}


def code(text: str) -> dict:
    return {"cell_type": "code", "metadata": {}, "source": text, "outputs": [],
            "execution_count": None}


SUPPORT = ("- **Samaritans** 116 123: any hour.\n- **NAPAC** 0808 801 0331: adults.\n"
           "- Your university's **wellbeing** service (lecturers: add local contacts).")


def test_counts_what_a_learner_reads_runs_and_writes():
    nb = {"cells": [
        md("# Title\n\n" + " ".join(["word"] * 40) + "\n\n" + SUPPORT),
        code("import policylab as pl"),
        code("x = 1 + 1\nx"),
        code('pl.prompt("1.view")'),
        md("Why? <!-- BEGIN SOLUTION -->" + " model" * 50 + " <!-- END SOLUTION -->"),
        code('### BEGIN SOLUTION\nanswer_1_1 = 3\n### END SOLUTION\npl.check("1.1", answer_1_1)'),
        code('### BEGIN SOLUTION\nanswer_1_2 = """\nA long answer.\n"""\n### END SOLUTION\n'
             'pl.check("1.2", answer_1_2)'),
        md("## Further reading\n\n**Core.**\n\n- A reading list is not lesson prose."),
        md("## Support\n\n" + SUPPORT),
        code(""),
    ]}
    teaching, exercise = timing.count_activity(nb)
    # 40 words of prose + "Title" + "Why?" + "Support": the support list, the model answer and the
    # further-reading list are left out.
    assert teaching == Activity(words=43, code_cells=2, prompts=1)
    assert exercise == Activity(answer_cells=1, argued=1, prompts=1)
    once, _ = timing.count_activity(nb, count_support=True)
    assert once.words > teaching.words, "lesson 00 reads the support list once"
    closing = timing.count_activity({"cells": [md("# T"), nb["cells"][-2]]}, count_support=True)
    assert closing[0].words == 2, "the closing list is never counted (only 'T' and 'Support')"


def test_minutes_follow_the_stated_rates():
    a = Activity(words=2 * timing.READING_WPM, code_cells=3, answer_cells=2, prompts=1, argued=1)
    expected = (2 + 3 * timing.MINUTES_PER_CODE_CELL + 2 * timing.MINUTES_PER_ANSWER_CELL
                + timing.MINUTES_PER_PROMPT + timing.MINUTES_PER_ARGUED_ANSWER)
    assert a.minutes == pytest.approx(expected)


@pytest.mark.parametrize("words, stated", [(0, 0), (1, 5), (5 * timing.READING_WPM, 5),
                                           (5 * timing.READING_WPM + 1, 10)])
def test_stated_minutes_round_up_to_five(words, stated):
    assert Activity(words=words).stated == stated


def test_every_rate_is_stated_and_justified_in_the_module():
    source = (ROOT / "src" / "policylab" / "timing.py").read_text(encoding="utf-8")
    for name in ("READING_WPM", "MINUTES_PER_CODE_CELL", "MINUTES_PER_ANSWER_CELL",
                 "MINUTES_PER_PROMPT", "MINUTES_PER_ARGUED_ANSWER", "ROUND_TO",
                 "CLASS_TEACHING"):
        before = source.split(f"\n{name} = ", 1)[0].rstrip().splitlines()
        comment = []
        for line in reversed(before):
            if not line.startswith("#"):
                break
            comment.append(line)
        assert len(" ".join(comment).split()) >= 12, f"{name} has no stated reason above it"
    assert "10.1016/j.jml.2019.104047" in source, "the reading rate cites its evidence"


def test_slot_is_read_from_the_lesson_and_bad_sections_say_why():
    assert timing.stated_slot({"cells": [md(
        "## Time needed\n\nAbout 50 minutes of teaching. The exercise takes about 40 minutes.")]}
    ) == [(50, 40)]
    with pytest.raises(ValueError, match="Time needed"):
        timing.stated_slot({"cells": [md("## Learning outcomes\n\n- one")]})
    with pytest.raises(ValueError, match="minutes of teaching"):
        timing.stated_slot({"cells": [md("## Time needed\n\nA while.")]})


TWO_PARTS = ("## Time needed\n\nAbout 45 minutes of teaching and 60 minutes of exercises, in two "
             "parts.\n\n- **Part 1 of 2**, the first half: 20 minutes of teaching; the\n  exercise's "
             "first sitting, 35 minutes.\n- **Part 2 of 2**, the second: 25 minutes of teaching; "
             "the exercise's second\n  sitting, 25 minutes.\n\nThe exercise comes after part 2."
             "\n\n## Data used\n\nNone, in 99 minutes of teaching.")


def test_slot_is_read_for_each_part_even_when_its_line_wraps():
    assert timing.stated_slot({"cells": [md(TWO_PARTS)]}) == [(20, 35), (25, 25)]
    no_exercise = TWO_PARTS.replace("; the exercise's second\n  sitting, 25 minutes", "")
    assert timing.stated_slot({"cells": [md(no_exercise)]}) == [(20, 35), (25, 0)]
    swapped = TWO_PARTS.replace("Part 1 of 2", "Part 9 of 2")
    with pytest.raises(ValueError, match="Part 9 of 2"):
        timing.stated_slot({"cells": [md(swapped)]})


def lesson(*middle: dict, time: str = "## Time needed\n\nAbout 5 minutes of teaching and 5 "
           "minutes of exercises.") -> dict:
    return {"cells": [md("# 01\n\n" + time), *middle,
                      md("## Key points\n\n- one"), md("## Support\n\n" + SUPPORT)]}


def brk(k: int, n: int, word: str = "Part") -> dict:
    return md(f"## {word} {k} of {n}: more\n\n**A good place to stop.** It takes a while.")


def test_a_lesson_without_breaks_is_one_part():
    nb = lesson(md("## A section\n\n" + "word " * 30), code("x = 1"))
    assert timing.split_parts(nb) == [nb]


def test_a_lesson_splits_at_each_break_and_the_break_opens_its_part():
    first, second = md("## One\n\n" + "word " * 30), md("## Two\n\n" + "word " * 30)
    nb = lesson(first, code("x = 1"), brk(2, 3), second, brk(3, 3), code("y = 2"))
    parts = timing.split_parts(nb)
    assert len(parts) == 3
    assert parts[0]["cells"][1:] == [first, nb["cells"][2]]
    assert parts[1]["cells"] == [nb["cells"][3], second]
    assert parts[2]["cells"][0]["source"].startswith("## Part 3 of 3")
    assert parts[2]["cells"][-1]["source"].startswith("## Support"), "the closing cells go last"
    assert sum(len(p["cells"]) for p in parts) == len(nb["cells"])
    teaching = [timing.count_activity(p)[0] for p in parts]
    assert sum(teaching, Activity()) == timing.count_activity(nb)[0], "nothing counted twice"
    # Section headings that merely contain "Part" (lesson 04 numbers its sections so) are not breaks
    assert len(timing.split_parts(lesson(md("## Part 5: choosing a threshold\n\ntext")))) == 1


@pytest.mark.parametrize("cells, why", [
    ([md("## One\n\ntext"), brk(3, 3)], "should read Part 2 of 2"),
    ([md("## One\n\ntext"), brk(2, 3)], "should read Part 2 of 2"),
    ([md("## One\n\ntext"), brk(3, 3), md("## Two\n\nx"), brk(2, 3)], "should read"),
    ([md("## One\n\ntext\n\n## Part 2 of 2: hidden\n\nmore")], "must open its own cell"),
    ([md("## One\n\ntext"), brk(2, 2)], "nothing to do"),
])
def test_a_break_in_the_wrong_place_says_what_is_wrong(cells, why):
    with pytest.raises(ValueError, match=why):
        timing.split_parts(lesson(*cells), name="01-x.ipynb")


def test_a_break_before_the_time_needed_section_is_in_the_wrong_place():
    nb = {"cells": [md("# 01"), brk(2, 2), md("## Time needed\n\nAbout 5 minutes of teaching "
                                              "and 5 minutes."), md("## One\n\ntext")]}
    with pytest.raises(ValueError, match="before the 'Time needed'"):
        timing.split_parts(nb)


def test_an_exercise_splits_into_sittings_and_ignores_lesson_breaks():
    nb = {"cells": [md("## Part A: predict\n\ntext"), code('pl.check("1.1", 1)'),
                    brk(2, 2, "Sitting"), md("## Part C: interpret"), code('pl.check("1.2", 2)')]}
    sittings = timing.split_parts(nb, sittings=True)
    assert [timing.count_activity(s)[1].answer_cells for s in sittings] == [1, 1]
    assert len(timing.split_parts(nb)) == 1, "a sitting is not a lesson part"


def write_pack(root, nb: dict, exercise: dict | None = None) -> None:
    (root / "notebooks").mkdir()
    (root / "notebooks" / "01-x.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    if exercise is not None:
        (root / "solutions").mkdir()
        (root / "solutions" / "01-x.ipynb").write_text(json.dumps(exercise), encoding="utf-8")


def exercise_in(sittings: int, checks: int = 1) -> dict:
    cells = []
    for k in range(1, sittings + 1):
        if k > 1:
            cells.append(brk(k, sittings, "Sitting"))
        cells += [code(f'pl.check("1.{k}{i}", 1)') for i in range(checks)]
    return {"cells": cells}


def test_each_part_is_counted_with_its_own_sitting_of_the_exercise(tmp_path):
    two = ("## Time needed\n\nAbout 10 minutes of teaching and 10 minutes of exercises.\n\n"
           "- Part 1 of 2, one: 5 minutes of teaching; the first sitting, 5 minutes.\n"
           "- Part 2 of 2, two: 5 minutes of teaching; the second sitting, 5 minutes.")
    nb = lesson(code("x = 1"), brk(2, 2), code("y = 2"), code("z = 3"), time=two)
    write_pack(tmp_path, nb, exercise_in(2))
    [t] = timing.lesson_timings(tmp_path)
    assert [p.number for p in t.parts] == [1, 2] and {p.of for p in t.parts} == {2}
    assert [p.teaching.code_cells for p in t.parts] == [1, 2]
    assert [p.exercise.answer_cells for p in t.parts] == [1, 1]
    assert [(p.slot_teaching, p.slot_exercise) for p in t.parts] == [(5, 5), (5, 5)]
    assert t.fits and t.estimates == "5 + 5, 5 + 5"
    assert timing.main(["--root", str(tmp_path), "--over"]) == 0


def test_a_part_that_does_not_fit_fails_over(tmp_path, capsys):
    # one part; its exercise (four self-checks, 12 minutes) is over the 5 minutes stated
    write_pack(tmp_path, lesson(code("x = 1")), exercise_in(1, checks=4))
    assert timing.main(["--root", str(tmp_path)]) == 0, "without --over it only reports"
    assert timing.main(["--root", str(tmp_path), "--over"]) == 1
    out = capsys.readouterr().out
    assert "| 01 | 1 of 1 | 5 + 5 min | 5 + 15 min | 10 min (does not fit) |" in out
    assert "Parts that do not fit: 01 (+10 min)" in out


def test_a_slot_longer_than_one_class_does_not_fit_even_if_the_estimate_does(tmp_path, capsys):
    long = f"## Time needed\n\nAbout {timing.CLASS_TEACHING + 5} minutes of teaching and 5 minutes."
    write_pack(tmp_path, lesson(code("x = 1"), time=long))
    assert timing.main(["--root", str(tmp_path), "--over"]) == 1
    assert "slot longer than a class" in capsys.readouterr().out


def test_parts_and_stated_times_must_agree(tmp_path, capsys):
    write_pack(tmp_path, lesson(code("x = 1"), brk(2, 2), code("y = 2")))
    assert timing.main(["--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "01-x.ipynb" in err and "1 part(s) but the lesson has 2" in err


def test_an_exercise_with_more_sittings_than_the_lesson_has_parts_is_refused(tmp_path, capsys):
    write_pack(tmp_path, lesson(code("x = 1")), exercise_in(2))
    assert timing.main(["--root", str(tmp_path)]) == 2
    assert "2 sittings but the lesson only 1 part(s)" in capsys.readouterr().err


def test_every_lesson_has_a_slot_and_an_estimate_for_each_part():
    assert [t.lesson for t in TIMINGS] == [f"{n:02d}" for n in range(10)]
    for t in TIMINGS:
        for p in t.parts:
            assert p.slot_teaching > 0 and p.estimate_teaching > 0, (t.name, p.number)
            assert p.over_by == (max(0, p.estimate_teaching - p.slot_teaching)
                                 + max(0, p.estimate_exercise - p.slot_exercise))


def test_every_part_of_every_lesson_fits_one_class():
    misfits = [(t.name, p.number) for t in TIMINGS for p in t.parts if not p.fits]
    assert not misfits, f"split these or trim them: {misfits}; run `policylab timing`"
    assert timing.main(["--root", str(ROOT), "--over"]) == 0


def test_each_lesson_states_the_models_time_for_each_part_and_in_all():
    for t in TIMINGS:
        for p in t.parts:
            assert (p.slot_teaching, p.slot_exercise) == (p.estimate_teaching,
                                                          p.estimate_exercise), (
                f"{t.name} part {p.number}: 'Time needed' should say {p.estimate_teaching} + "
                f"{p.estimate_exercise}; run `policylab timing`")
        assert lesson_times(ROOT / "notebooks" / t.name) == (t.slot_teaching, t.slot_exercise), (
            f"{t.name}: the first sentence of 'Time needed' should give the parts' sums")


def test_each_break_says_how_long_its_part_and_sitting_take():
    for t in TIMINGS:
        if len(t.parts) == 1:
            continue
        cells = read_nb(ROOT / "notebooks" / t.name)["cells"]
        sittings = read_nb(ROOT / "solutions" / t.name)["cells"]
        for p in t.parts[1:]:
            note = next("".join(c["source"]) for c in cells
                        if "".join(c["source"]).startswith(f"## Part {p.number} of {p.of}:"))
            assert "good place to stop" in note.lower() and "In part 1" in note
            assert f"It takes about {p.slot_teaching} minutes" in " ".join(note.split()), t.name
            sitting = next("".join(c["source"]) for c in sittings
                           if "".join(c["source"]).startswith(f"## Sitting {p.number} of "))
            assert f"takes about {p.slot_exercise} minutes" in " ".join(sitting.split()), t.name


def test_readme_lists_each_lessons_estimate_for_each_part():
    for t in TIMINGS:
        row = next(ln for ln in README.splitlines() if ln.startswith(f"| `notebooks/{t.name}`"))
        assert f"(model estimate {t.estimates})" in row, (
            f"README: {t.name} should say (model estimate {t.estimates}); run `policylab timing "
            "--write`")
        assert ("in one part" if len(t.parts) == 1 else "in two parts") in row


def test_lesson_00_map_lists_each_lessons_estimate_for_each_part():
    cells = read_nb(ROOT / "notebooks" / "00-orientation.ipynb")["cells"]
    text = next("".join(c["source"]) for c in cells
                if "".join(c["source"]).startswith("## Map of the pack"))
    for t in TIMINGS:
        row = next(ln for ln in text.splitlines() if ln.startswith(f"| {t.lesson} |"))
        assert f"estimate {t.estimates} min" in row, (
            f"lesson 00's map: {t.lesson} should say estimate {t.estimates} min")
    assert "estimate" in text.split("| 09 |", 1)[1].lower(), "the map says they are estimates"


def test_guide_lists_each_estimate_and_states_the_model():
    for t in TIMINGS:
        row = next(ln for ln in GUIDE.splitlines() if f"(../notebooks/{t.name})" in ln
                   and ln.startswith("| ["))
        assert (f"| {t.slot_teaching} min | {t.slot_exercise} min | {t.estimates} min |") in row, (
            t.name)
    model = GUIDE.split("### How long the lessons take", 1)[1].split("\n### ", 1)[0]
    flat = " ".join(model.split())
    assert f"{timing.READING_WPM} words a minute" in model
    assert "estimates until the lessons are piloted" in model
    named = re.search(r"So lessons ([\d, and]+) are taught in two parts", flat)
    assert named, "the guide names the lessons taught in two parts"
    assert set(re.findall(r"\d\d", named.group(1))) == {t.lesson for t in TIMINGS
                                                         if len(t.parts) == 2}
    assert (f"({timing.CLASS_TEACHING} minutes of teaching, {timing.CLASS_EXERCISE} of "
            "exercise)") in flat


def test_each_lesson_and_its_guide_section_give_the_exercise_its_model_time():
    for t in TIMINGS:
        text = " ".join("".join(c["source"]) for c in read_nb(ROOT / "notebooks" / t.name)["cells"])
        sittings = "one sitting" if len(t.parts) == 1 else "two sittings"
        if t.lesson != "00":
            assert (f"Work through `exercises/{t.name}` (about {t.estimate_exercise} minutes, in "
                    f"{sittings})") in " ".join(text.split()), t.name
            solution = " ".join("".join(c["source"]) for c in read_nb(
                ROOT / "solutions" / t.name)["cells"]).split("## Time needed", 1)[1]
            assert " ".join(solution.split()).startswith(f"About {t.estimate_exercise} minutes")
        line = next(ln for ln in GUIDE.splitlines() if ln.startswith("Teaching about ")
                    and (f"`exercises/{t.name}`" in ln or t.lesson == "00"
                         and "(in the notebook)" in ln))
        assert line.startswith(f"Teaching about {t.estimate_teaching} minutes; exercises about "
                               f"{t.estimate_exercise} minutes"), t.name
        assert t.estimates in line or len(t.parts) == 1, t.name


def _covered(text: str) -> set[tuple[str, int]]:
    return timing.plan_covers(text, TIMINGS)


@pytest.mark.parametrize("plan", ["### Three 2-hour seminars", "### Six 1-hour classes"])
def test_each_session_plan_gives_every_part_a_place_and_keeps_06_and_08_in_class(plan):
    table = GUIDE.split(plan, 1)[1].split("\n### ", 1)[0]
    rows = [[c.strip() for c in ln.strip().strip("|").split("|")]
            for ln in table.splitlines() if ln.startswith("| ") and ln[2:3].isdigit()
            or ln.startswith("|  |")]
    in_class, anywhere = set(), set()
    for cells in rows:
        if cells[1]:  # minutes of class time: its activity is in class
            in_class |= _covered(cells[2])
        anywhere |= _covered(" ".join(cells[2:]))
    every = {(t.lesson, p.number) for t in TIMINGS for p in t.parts}
    assert every - anywhere == set(), f"{plan}: parts with no place"
    for lesson_ in ("06", "08"):
        assert {(n, k) for n, k in every if n == lesson_} <= in_class, (
            f"{plan}: lesson {lesson_} stays in class time")


def test_main_prints_each_part_and_says_they_are_estimates(capsys):
    assert timing.main(["--root", str(ROOT)]) == 0
    out = capsys.readouterr().out
    for t in TIMINGS:
        for p in t.parts:
            assert (f"| {t.lesson} | {p.number} of {p.of} | {p.slot_teaching} + "
                    f"{p.slot_exercise} min |") in out
    assert "until the lessons are piloted" in out


def test_main_on_a_folder_without_lessons_says_so(tmp_path, capsys):
    assert timing.main(["--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no lessons" in err and "Traceback" not in err


def test_main_on_a_damaged_notebook_names_it(tmp_path, capsys):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "00-x.ipynb").write_text("{not json", encoding="utf-8")
    assert timing.main(["--root", str(tmp_path)]) == 2
    assert "00-x.ipynb" in capsys.readouterr().err


def test_lesson_00_counts_its_self_checks_as_exercise(tmp_path):
    (tmp_path / "notebooks").mkdir()
    nb = {"cells": [md("# 00\n\n## Time needed\n\nAbout 35 minutes: 25 minutes of teaching and "
                       "10 minutes of exercises."),
                    code('pl.check("0.1", 90)')]}
    (tmp_path / "notebooks" / "00-orientation.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    [t] = timing.lesson_timings(tmp_path)
    assert (t.slot_teaching, t.slot_exercise) == (25, 10)
    assert t.exercise == Activity(answer_cells=1)


def test_write_puts_the_models_estimates_in_every_place_that_quotes_them(tmp_path):
    import shutil

    for rel in ("README.md", "docs/lecturer-guide.md", "notebooks/00-orientation.ipynb"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        text = (ROOT / rel).read_text(encoding="utf-8")
        text = text.replace("(model estimate ", "(model estimate 9").replace(
            "; estimate ", "; estimate 9")
        text = re.sub(r"Teaching about \d+ minutes; exercises about \d+ minutes",
                      "Teaching about 5 minutes; exercises about 5 minutes", text)
        # the guide's table, with one part's figures out of date
        text = re.sub(r"(\| \d+ min \| \d+ min \| )(\d+ \+ \d+)(, \d+ \+ \d+)? min \|",
                      r"\g<1>99 + 99\g<3> min |", text)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    for nb in (ROOT / "notebooks").glob("*.ipynb"):
        if not (tmp_path / "notebooks" / nb.name).exists():
            shutil.copy(nb, tmp_path / "notebooks" / nb.name)
    lesson_09 = tmp_path / "notebooks" / "09-capstone-policy-brief.ipynb"
    lesson_09.write_text(re.sub(r"(Work through `exercises/09[^`]*` \(about )\d+ minutes, in two "
                                r"sittings\)", r"\g<1>40 minutes in class)",
                                lesson_09.read_text(encoding="utf-8")), encoding="utf-8")
    changed = timing.write_estimates(tmp_path, TIMINGS)
    assert {p.name for p in changed} == {"README.md", "00-orientation.ipynb", "lecturer-guide.md",
                                         lesson_09.name}
    for rel in ("README.md", "notebooks/00-orientation.ipynb", "docs/lecturer-guide.md",
                f"notebooks/{lesson_09.name}"):
        assert (tmp_path / rel).read_text(encoding="utf-8") == (ROOT / rel).read_text(
            encoding="utf-8"), rel


def _self_study_minutes(text: str) -> int:
    return timing.plan_self_study(text, TIMINGS)


def test_the_self_study_each_plan_states_is_the_models():
    three = GUIDE.split("### Three 2-hour seminars", 1)[1].split("\n### ", 1)[0]
    study = [ln for ln in three.splitlines() if ln.startswith("|  |  | Self-study before")]
    before = [_self_study_minutes(ln.split(":", 1)[1]) for ln in study]
    assert len(before) == 2 and all(before)
    assert (f"about {before[0]} minutes before seminar 2 and {before[1]} before seminar 3"
            in " ".join(three.split()))
    six = GUIDE.split("### Six 1-hour classes", 1)[1].split("\n### ", 1)[0]
    rows = [[c.strip() for c in ln.strip().strip("|").split("|")]
            for ln in six.splitlines() if re.match(r"\| [1-5] \|", ln)]
    loads = [_self_study_minutes(cells[3]) for cells in rows]
    flat = " ".join(six.split())
    assert f"before class 2 (about {loads[0]} minutes) and class 3 (about {loads[1]})" in flat
    assert f"it is {min(loads[2:])} to {max(loads[2:])} minutes before each of the others" in flat


NOTEBOOK_DAMAGE = [
    (r"(?<!\()\b\d+(\s+minutes\s+of\s+teaching)", r"7\g<1>"),
    (r"(It\s+takes\s+about\s+)\d+", r"\g<1>7"),
    (r"(sittings\s+of\s+about\s+)\d+(\s+and\s+)\d+", r"\g<1>7\g<2>7"),
    (r"(sitting\s+takes\s+about\s+)\d+", r"\g<1>7"),
    (r"About \d+ minutes", "About 7 minutes"),
    (r"(\(about\s+)\d+(\s+minutes\))", r"\g<1>7\g<2>"),
    (r"(,\s+)\d+(\s+minutes\.)", r"\g<1>7\g<2>"),
    (r"about \d+ min teaching \+ \d+ min exercises", "about 7 min teaching + 7 min exercises"),
    (r"(; estimate )\d+", r"\g<1>7"),
]
DOC_DAMAGE = [
    (r"(about )\d+( minutes before seminar 2 and )\d+", r"\g<1>7\g<2>7"),
    (r"(before class 2 \(about )\d+", r"\g<1>7"),
    (r"about \d+ \+ \d+ minutes in", "about 7 + 7 minutes in"),
    (r"(\(model estimate )\d+", r"\g<1>7"),
    (r"(\]\(\.\./notebooks/[^)]*\) \| )\d+ min \| \d+ min \| \d+", r"\g<1>7 min | 7 min | 7"),
    (r"Teaching about \d+ minutes; exercises about \d+", "Teaching about 7 minutes; exercises about 7"),
]


def _damage(text: str, damage: list[tuple[str, str]]) -> str:
    for pattern, repl in damage:
        text = re.sub(pattern, repl, text)
    return text


def test_write_puts_the_models_figures_back_in_every_lesson_exercise_and_table(tmp_path):
    """Every figure a lesson, its exercise, the README, lesson 00's map or the guide states
    for a lesson's time is one `policylab timing --write` can put right."""
    damaged = 0
    for rel in ("README.md", "docs/lecturer-guide.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        text = (ROOT / rel).read_text(encoding="utf-8")
        (tmp_path / rel).write_text(_damage(text, DOC_DAMAGE), encoding="utf-8")
        damaged += _damage(text, DOC_DAMAGE) != text
    for folder in ("notebooks", "solutions"):
        (tmp_path / folder).mkdir()
        for path in sorted((ROOT / folder).glob("[0-9][0-9]-*.ipynb")):
            nb = json.loads(path.read_text(encoding="utf-8"))
            for cell in nb["cells"]:
                if cell["cell_type"] == "markdown":
                    source = "".join(cell["source"])
                    new = _damage(source, NOTEBOOK_DAMAGE)
                    cell["source"] = new.splitlines(keepends=True)
                    damaged += new != source
            (tmp_path / folder / path.name).write_text(
                json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert damaged >= 2 + 10 + 9, "every file was damaged"
    timing.write_estimates(tmp_path, TIMINGS)
    for rel in ("README.md", "docs/lecturer-guide.md",
                *(f"notebooks/{t.name}" for t in TIMINGS),
                *(f"solutions/{t.name}" for t in TIMINGS if (ROOT / "solutions" / t.name).exists())):
        assert (tmp_path / rel).read_text(encoding="utf-8") == (ROOT / rel).read_text(
            encoding="utf-8"), f"{rel}: `policylab timing --write` left a figure out of step"


def test_the_seminar_plan_gives_each_part_taught_in_class_its_model_time():
    by = {t.lesson: t for t in TIMINGS}
    three = GUIDE.split("### Three 2-hour seminars", 1)[1].split("\n### ", 1)[0]
    checked = 0
    for line in three.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[1].isdigit():
            continue
        minutes, activity = int(cells[1]), cells[2]
        part = re.match(r"Lesson (\d\d), part (\d):", activity)
        if part:
            expected = by[part.group(1)].parts[int(part.group(2)) - 1].estimate_teaching
        elif activity.startswith("Lesson 00:"):
            expected = by["00"].estimate_teaching
        elif activity.startswith("Lesson 00's self-checks"):
            expected = by["00"].estimate_exercise
        else:
            continue
        assert minutes == expected, f"the seminar plan gives {minutes} min to: {activity[:40]}"
        checked += 1
    assert checked >= 8
