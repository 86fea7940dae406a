"""policylab.timing: the stated model, and the README, lesson 00 and guide kept in step with it."""

from __future__ import annotations

import json
import re

import pytest

from policylab import timing
from policylab.timing import Activity

from .conftest import ROOT, read_nb

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
                 "MINUTES_PER_PROMPT", "MINUTES_PER_ARGUED_ANSWER", "ROUND_TO"):
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
    ) == (50, 40)
    with pytest.raises(ValueError, match="Time needed"):
        timing.stated_slot({"cells": [md("## Learning outcomes\n\n- one")]})
    with pytest.raises(ValueError, match="minutes of teaching"):
        timing.stated_slot({"cells": [md("## Time needed\n\nA while.")]})


def test_every_lesson_has_a_slot_and_an_estimate():
    assert [t.lesson for t in TIMINGS] == [f"{n:02d}" for n in range(10)]
    for t in TIMINGS:
        assert t.slot_teaching > 0 and t.slot_exercise > 0
        assert t.estimate_teaching > 0 and t.estimate_exercise > 0
        assert t.over_by == max(0, t.estimate_teaching + t.estimate_exercise
                                - t.slot_teaching - t.slot_exercise)


def test_readme_lists_each_lessons_estimate():
    for t in TIMINGS:
        row = next(ln for ln in README.splitlines() if ln.startswith(f"| `notebooks/{t.name}`"))
        assert f"(model estimate {t.estimate_teaching} + {t.estimate_exercise})" in row, (
            f"README: {t.name} should say (model estimate {t.estimate_teaching} + "
            f"{t.estimate_exercise}); run `policylab timing`")


def test_lesson_00_map_lists_each_lessons_estimate():
    cells = read_nb(ROOT / "notebooks" / "00-orientation.ipynb")["cells"]
    text = next("".join(c["source"]) for c in cells
                if "".join(c["source"]).startswith("## Map of the pack"))
    for t in TIMINGS:
        row = next(ln for ln in text.splitlines() if ln.startswith(f"| {t.lesson} |"))
        assert f"estimate {t.estimate_teaching} + {t.estimate_exercise} min" in row, (
            f"lesson 00's map: {t.lesson} should say estimate {t.estimate_teaching} + "
            f"{t.estimate_exercise} min")
    assert "estimate" in text.split("| 09 |", 1)[1].lower(), "the map says they are estimates"


def test_guide_lists_each_estimate_and_states_the_model():
    for t in TIMINGS:
        row = next(ln for ln in GUIDE.splitlines() if f"(../notebooks/{t.name})" in ln
                   and ln.startswith("| ["))
        assert (f"| {t.slot_teaching} min | {t.slot_exercise} min | "
                f"{t.estimate_teaching} + {t.estimate_exercise} min |") in row, t.name
    model = GUIDE.split("### How long the lessons take", 1)[1].split("\n### ", 1)[0]
    assert f"{timing.READING_WPM} words a minute" in model
    assert "estimates until the lessons are piloted" in model
    named = re.search(r"and lessons ([\d, and]+) by (\d+) minutes or more", " ".join(model.split()))
    assert named, "the guide names the lessons furthest over their slot"
    listed = set(re.findall(r"\d\d", named.group(1)))
    assert listed == {t.lesson for t in TIMINGS if t.over_by >= int(named.group(2))}


def test_main_prints_the_table_and_flags_lessons_over_their_slot(capsys):
    assert timing.main(["--root", str(ROOT)]) == 0
    out = capsys.readouterr().out
    for t in TIMINGS:
        assert f"| {t.lesson} | {t.slot_teaching} + {t.slot_exercise} min |" in out
    assert "until the lessons are piloted" in out
    over = any(t.over_by for t in TIMINGS)
    assert timing.main(["--root", str(ROOT), "--over"]) == (1 if over else 0)


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


def test_write_puts_the_models_estimate_in_every_place_that_quotes_it(tmp_path):
    import shutil

    from policylab import timing as tm

    for rel in ("README.md", "docs/lecturer-guide.md", "notebooks/00-orientation.ipynb"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        text = (ROOT / rel).read_text(encoding="utf-8")
        (tmp_path / rel).write_text(text.replace("(model estimate ", "(model estimate 9").replace(
            "; estimate ", "; estimate 9"), encoding="utf-8")
    for nb in (ROOT / "notebooks").glob("*.ipynb"):
        if not (tmp_path / "notebooks" / nb.name).exists():
            shutil.copy(nb, tmp_path / "notebooks" / nb.name)
    timings = tm.lesson_timings(ROOT)
    changed = tm.write_estimates(tmp_path, timings)
    assert {p.name for p in changed} == {"README.md", "00-orientation.ipynb"}
    for rel in ("README.md", "notebooks/00-orientation.ipynb"):
        assert (tmp_path / rel).read_text(encoding="utf-8") == (ROOT / rel).read_text(
            encoding="utf-8")
