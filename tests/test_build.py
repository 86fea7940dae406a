"""policylab.build: solutions -> exercises, and the committed exercises are current."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from policylab import build
from policylab.build import ANSWER_BOX, BuildError

from .conftest import ROOT


def solution_nb(*cells):
    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def test_code_solution_becomes_named_placeholders():
    cell = new_code_cell(
        "claims = pl.load('release_claims')\n"
        "### BEGIN SOLUTION\n"
        "mask = claims['figure'].notna()\n"
        "answer_1_3 = int(mask.sum())\n"
        "### END SOLUTION\n"
        "pl.check('1.3', answer_1_3)"
    )
    ex = build.exercise_from_solution(solution_nb(cell))
    assert ex.cells[0].source == (
        "claims = pl.load('release_claims')\n"
        "mask = ...  # your code here\n"
        "answer_1_3 = ...  # your code here\n"
        "pl.check('1.3', answer_1_3)"
    )


def test_indented_block_and_block_without_assignment():
    cell = new_code_cell(
        "for x in range(2):\n    ### BEGIN SOLUTION\n    print(x)\n    ### END SOLUTION\n"
    )
    ex = build.exercise_from_solution(solution_nb(cell))
    assert ex.cells[0].source == "for x in range(2):\n    # your code here"


def test_markdown_solution_becomes_answer_box_and_input_is_untouched():
    md = new_markdown_cell(
        "**Q1.** Why?\n\n<!-- BEGIN SOLUTION -->\nBecause of scope.\n<!-- END SOLUTION -->\nNext."
    )
    nb = solution_nb(md)
    ex = build.exercise_from_solution(nb)
    assert ex.cells[0].source == f"**Q1.** Why?\n\n{ANSWER_BOX}\nNext."
    assert "Because of scope." in nb.cells[0].source, "the solution notebook is not modified"


def test_outputs_and_counts_are_cleared_everywhere():
    plain = new_code_cell("1 + 1", execution_count=3)
    plain.outputs = [new_output("execute_result", data={"text/plain": "2"}, execution_count=3)]
    ex = build.exercise_from_solution(solution_nb(plain))
    assert ex.cells[0].outputs == [] and ex.cells[0].execution_count is None


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("### BEGIN SOLUTION\nx = 1\n", r"cell 2 .*'### BEGIN SOLUTION' on line 1 is never closed"),
        ("x = 1\n### END SOLUTION\n", r"cell 2 .*line 2 has no '### BEGIN SOLUTION'"),
        (
            "### BEGIN SOLUTION\n### BEGIN SOLUTION\nx=1\n### END SOLUTION\n### END SOLUTION",
            r"cell 2 .*nested '### BEGIN SOLUTION' on line 2",
        ),
        ("x = 1  ### BEGIN SOLUTION\n", r"cell 2 .*must stand alone on its line \(line 1\)"),
        ("### BEGIN SOLUTION\nx = (\n### END SOLUTION\n", r"cell 2 .*not valid Python"),
    ],
)
def test_bad_markers_name_notebook_and_cell(source, message):
    nb = solution_nb(new_markdown_cell("# Title"), new_code_cell(source))
    with pytest.raises(BuildError, match=message) as info:
        build.exercise_from_solution(nb, name="solutions/09-x.ipynb")
    assert "solutions/09-x.ipynb" in str(info.value)


def test_unclosed_markdown_marker():
    nb = solution_nb(new_markdown_cell("<!-- BEGIN SOLUTION -->\ntext"))
    with pytest.raises(BuildError, match="cell 1 .*never closed"):
        build.exercise_from_solution(nb, name="s.ipynb")


def test_build_writes_checks_and_removes_orphans(tmp_path):
    sol, ex = tmp_path / "solutions", tmp_path / "exercises"
    sol.mkdir()
    nbformat.write(solution_nb(new_code_cell("### BEGIN SOLUTION\na = 1\n### END SOLUTION")),
                   sol / "01-a.ipynb")
    assert build.build(sol, ex, check=True) == [ex / "01-a.ipynb"]
    assert not ex.exists(), "--check writes nothing"
    assert build.build(sol, ex) == [ex / "01-a.ipynb"]
    assert "a = ...  # your code here" in (ex / "01-a.ipynb").read_text()
    assert build.build(sol, ex, check=True) == []
    nbformat.write(solution_nb(new_markdown_cell("# Orphan")), sol / "99-orphan.ipynb")
    build.build(sol, ex)
    (sol / "99-orphan.ipynb").unlink()  # its solution is gone: the generated copy is stale
    (ex / "98-not-ours.ipynb").write_text("{}")  # a file the build did not write
    assert build.build(sol, ex, check=True) == [ex / "99-orphan.ipynb"]
    build.build(sol, ex)
    assert not (ex / "99-orphan.ipynb").exists()
    assert (ex / "98-not-ours.ipynb").read_text() == "{}"


def test_main_reports_a_broken_solution(tmp_path, capsys):
    (tmp_path / "solutions").mkdir()
    (tmp_path / "solutions" / "01-bad.ipynb").write_text("{not json")
    assert build.main(["--root", str(tmp_path)]) == 2
    assert "01-bad.ipynb: cannot read the notebook" in capsys.readouterr().err


def test_committed_exercises_match_the_solutions():
    """exercises/ is generated: rebuilding it in memory must change nothing."""
    assert sorted(p.name for p in (ROOT / "solutions").glob("*.ipynb")), "no solutions yet"
    stale = build.build(ROOT / "solutions", ROOT / "exercises", check=True)
    assert stale == [], f"exercises/ is stale ({stale}): run `make exercises`"


def test_only_bare_names_become_placeholders_so_no_state_is_thrown_away():
    cell = new_code_cell(
        "claims = pl.load('release_claims')\n"
        "### BEGIN SOLUTION\n"
        "claims['share'] = claims['figure'] / claims['figure'].sum()\n"
        "claims.loc[0, 'note'] = 'x'\n"
        "total, (low, *rest) = 1, (2, 3)\n"
        "count += 1\n"
        "### END SOLUTION\n"
        "pl.check('1.3', claims)"
    )
    source = build.exercise_from_solution(solution_nb(cell)).cells[0].source
    assert "claims = ..." not in source and "count = ..." not in source
    assert "# your code here: set claims['share']" in source
    assert "# your code here: set claims.loc[0, 'note']" in source
    assert "# your code here: set count" in source
    for name in ("total", "low", "rest"):
        assert f"{name} = ...  # your code here" in source
    compile(source, "exercise", "exec")


def test_build_removes_only_exercises_it_generated(tmp_path):
    solutions, exercises = tmp_path / "solutions", tmp_path / "exercises"
    solutions.mkdir()
    nbformat.write(solution_nb(new_markdown_cell("# One")), solutions / "01-one.ipynb")
    build.build(solutions, exercises)
    generated = nbformat.read(exercises / "01-one.ipynb", as_version=4)
    # A learner's copy made in JupyterLab keeps the original's metadata, under a new name.
    nbformat.write(generated, exercises / "01-one-Copy1.ipynb")
    nbformat.write(solution_nb(new_markdown_cell("# Mine")), exercises / "my-notes.ipynb")
    (solutions / "01-one.ipynb").rename(solutions / "02-two.ipynb")  # a lesson renamed
    changed = build.build(solutions, exercises)
    assert exercises / "01-one.ipynb" in changed
    assert sorted(p.name for p in exercises.iterdir()) == [
        "01-one-Copy1.ipynb", "02-two.ipynb", "my-notes.ipynb"]
