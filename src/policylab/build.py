"""Build the student exercises from the worked solutions (one source of truth).

``solutions/NN-name.ipynb`` is written with solution markers:

* in a code cell, the lines between ``### BEGIN SOLUTION`` and ``### END SOLUTION``
  become a placeholder: each bare name the solution assigns at the top level becomes
  ``name = ...  # your code here``; anything else it changes (``df['x'] = ...``,
  ``obj.attr = ...``, ``x += 1``) becomes a comment, so a placeholder never throws away
  an object set up earlier; a block that assigns nothing becomes a comment;
* in a markdown cell, the text between ``<!-- BEGIN SOLUTION -->`` and
  ``<!-- END SOLUTION -->`` becomes an answer box for the learner.

Exercise copies are stored without outputs or execution counts: a stored output in a
later cell (a self-check saying "correct", a chart) would give the answer away.
An unclosed, nested or stray marker stops the build with the notebook and cell named.
"""

from __future__ import annotations

import ast
import copy
import re
import sys
import textwrap
from pathlib import Path

import nbformat

__all__ = ["BuildError", "exercise_from_solution", "build", "main"]

CODE_BEGIN = "### BEGIN SOLUTION"
CODE_END = "### END SOLUTION"
MD_BEGIN = "<!-- BEGIN SOLUTION -->"
MD_END = "<!-- END SOLUTION -->"
ANSWER_BOX = "> **Your answer:** *(double-click this cell to write your answer here)*"
NBFORMAT_MINOR = 5


class BuildError(ValueError):
    """A solution notebook's markers are malformed."""


def _spans(lines: list[str], begin: str, end: str, where: str) -> list[tuple[int, int]]:
    """(begin, end) line indices of each marked block; BuildError on bad nesting."""
    spans, start = [], None
    for i, line in enumerate(lines):
        text = line.strip()
        if text == begin:
            if start is not None:
                raise BuildError(
                    f"{where}: nested '{begin}' on line {i + 1} (the one on line "
                    f"{start + 1} is not closed yet)"
                )
            start = i
        elif text == end:
            if start is None:
                raise BuildError(f"{where}: '{end}' on line {i + 1} has no '{begin}' before it")
            spans.append((start, i))
            start = None
        elif begin in text or end in text:
            raise BuildError(f"{where}: a marker must stand alone on its line (line {i + 1})")
    if start is not None:
        raise BuildError(f"{where}: '{begin}' on line {start + 1} is never closed by '{end}'")
    return spans


def _assigned_names(code: str, where: str) -> tuple[list[str], list[str]]:
    """(bare names the block assigns, other targets it changes such as ``df['x']``)."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        raise BuildError(f"{where}: the solution block is not valid Python ({exc.msg})") from None
    names: list[str] = []
    others: list[str] = []

    def visit(target) -> None:
        if isinstance(target, ast.Name):
            if target.id not in names:
                names.append(target.id)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for t in target.elts:
                visit(t)
        elif isinstance(target, ast.Starred):
            visit(target.value)
        else:  # a subscript or attribute: changes an object that holds other state
            text = ast.unparse(target)
            if text not in others:
                others.append(text)

    for node in tree.body:
        if isinstance(node, ast.Assign):
            for t in node.targets:
                visit(t)
        elif isinstance(node, ast.AnnAssign):
            visit(node.target)
        elif isinstance(node, ast.AugAssign):  # `x += 1` changes x: never reset it
            others.append(ast.unparse(node.target))
    return names, others


def _placeholder_code(block: list[str], indent: str, where: str) -> list[str]:
    """``name = ...`` for each bare name; a comment for anything else, so that a placeholder
    never replaces an object that earlier cells set up (``df['x'] = ...`` must not become
    ``df = ...``)."""
    names, others = _assigned_names(textwrap.dedent("".join(block)), where)
    lines = [f"{indent}{name} = ...  # your code here\n" for name in names]
    lines += [f"{indent}# your code here: set {text}\n" for text in others]
    return lines or [f"{indent}# your code here\n"]


def _strip_code(source: str, where: str) -> str | None:
    lines = source.splitlines(keepends=True)
    spans = _spans(lines, CODE_BEGIN, CODE_END, where)
    if not spans:
        return None
    out, pos = [], 0
    for b, e in spans:
        out.extend(lines[pos:b])
        indent = re.match(r"\s*", lines[b]).group(0)
        out.extend(_placeholder_code(lines[b + 1 : e], indent, where))
        pos = e + 1
    out.extend(lines[pos:])
    return "".join(out).rstrip("\n")


def _strip_markdown(source: str, where: str) -> str | None:
    lines = source.splitlines(keepends=True)
    spans = _spans(lines, MD_BEGIN, MD_END, where)
    if not spans:
        return None
    out, pos = [], 0
    for b, e in spans:
        out.extend(lines[pos:b])
        out.append(ANSWER_BOX + "\n")
        pos = e + 1
    out.extend(lines[pos:])
    return "".join(out).rstrip("\n")


def exercise_from_solution(nb: nbformat.NotebookNode, name: str = "notebook"):
    """Return the student copy of a solution notebook (the input is not changed)."""
    ex = nbformat.from_dict(copy.deepcopy(dict(nb)))
    ex.metadata["policylab"] = {"generated_as": f"exercises/{Path(name).name}",
                                "source": f"solutions/{Path(name).name}"}
    for index, cell in enumerate(ex.cells):
        where = f"{name}, cell {index + 1} (id {cell.get('id', '?')})"
        if cell.cell_type == "code":
            new = _strip_code(cell.source, where)
            if new is not None:
                cell.source = new
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)
        elif cell.cell_type == "markdown":
            new = _strip_markdown(cell.source, where)
            if new is not None:
                cell.source = new
    return ex


def _render(nb) -> str:
    return nbformat.writes(nb, version=4) + "\n"


def build(solutions: Path, exercises: Path, *, check: bool = False) -> list[Path]:
    """Write exercises/ from solutions/, or with `check` only report stale files.

    Returns the exercise files that differ from what the build makes (with `check`),
    or that were written. Files in exercises/ with no solution count as stale.
    """
    solutions, exercises = Path(solutions), Path(exercises)
    changed: list[Path] = []
    expected = set()
    for src in sorted(solutions.glob("*.ipynb")):
        try:
            nb = nbformat.read(src, as_version=4)
        except Exception as exc:  # nbformat raises several types for bad JSON
            raise BuildError(f"{src}: cannot read the notebook ({exc})") from None
        text = _render(exercise_from_solution(nb, name=str(src)))
        dest = exercises / src.name
        expected.add(dest.name)
        current = dest.read_text(encoding="utf-8") if dest.exists() else None
        if current != text:
            changed.append(dest)
            if not check:
                exercises.mkdir(parents=True, exist_ok=True)
                dest.write_text(text, encoding="utf-8")
    for extra in sorted(exercises.glob("*.ipynb")):
        if extra.name not in expected and _generated(extra):
            changed.append(extra)
            if not check:
                extra.unlink()
    return changed


def _generated(path: Path) -> bool:
    """Was `path` written by this build under this very name? (A learner's copy of an
    exercise carries the original's name in its metadata, so it never matches.)"""
    try:
        meta = nbformat.read(path, as_version=4).metadata.get("policylab", {})
    except Exception:  # noqa: BLE001 - not a notebook we can read: certainly not ours
        return False
    return meta.get("generated_as") == f"exercises/{path.name}"


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    """Command-line use: ``policylab build-exercises [--check]``."""
    import argparse

    parser = argparse.ArgumentParser(prog="policylab build-exercises")
    parser.add_argument("--check", action="store_true", help="fail if exercises/ is stale")
    parser.add_argument("--root", type=Path, default=root or Path.cwd(), help="the pack's folder")
    args = parser.parse_args(argv)
    try:
        changed = build(args.root / "solutions", args.root / "exercises", check=args.check)
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 2
    if args.check:
        if changed:
            names = ", ".join(str(p) for p in changed)
            print(f"exercises/ is stale: {names}. Run `make exercises`.", file=sys.stderr)
            return 1
        print("exercises/ is up to date.")
    else:
        print(f"built exercises: {len(changed)} file(s) changed.")
    return 0
