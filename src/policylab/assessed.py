"""Student copies for assessed work (``policylab build-assessed``).

The pack as it stands is the self-study pack: every written question shows its marking
criteria and a model answer once the learner reaches the word target. When a lecturer sets
some questions as coursework (the capstone brief, say), students must not be handed those
answers. This module writes a *student copy* of the pack in which the questions the lecturer
names carry no criteria and no model answer anywhere:

* ``content/lessonNN.yaml``: each assessed question loses its ``criteria`` and
  ``model_answer`` and gains ``assessed: true`` (the schema refuses an assessed question
  that still carries either), so ``pl.check`` still counts the words against the target and
  then says, in plain English, that the lecturer will mark it;
* ``notebooks/`` and ``exercises/``: a stored output of a check on an assessed question,
  and any stored output that shows a sentence of an assessed answer, is cleared; a notebook
  that checks an assessed question, and the lesson those questions belong to, get a short
  note at the top saying which ones are assessed;
* ``solutions/``, ``lecturer/``, the lecturer's and maintainers' documents, tests and tools
  are left out; the learners' documents (glossary, privacy notice, support services) go in.

Before the copy replaces the output folder, every file in it is searched for every sentence
(of five words or more) of each assessed question's criteria and model answer; one found
stops the build, naming the file, and nothing is written. The folder is written through
`policylab.outdir`, so only a folder this command made is ever replaced, and the pack's own
folder (or any folder inside it) is refused.

Which questions are assessed: ``--coursework`` names the capstone brief (the written
questions of lesson 09, whose answers are the brief's sections); ``--assessed FILE`` names
others in a small YAML file; with neither, ``assessed.yaml`` in the pack's folder is used:

    # assessed.yaml
    coursework: true          # optional: the capstone brief's questions
    questions: ["6.5", "8.6"] # and any other written questions
"""

from __future__ import annotations

import functools
import html
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import PackError

__all__ = [
    "AssessedError",
    "CONFIG_NAME",
    "COURSEWORK_LESSON",
    "Build",
    "build",
    "coursework_ids",
    "find_leaks",
    "leak_sentences",
    "main",
    "read_config",
]

CONFIG_NAME = "assessed.yaml"
COURSEWORK_LESSON = 9  # the capstone: its written questions are the brief's sections
MIN_WORDS = 5  # shorter sentences ("Known: ...") are too common to prove a leak

# What a student copy holds (anything missing from the pack is skipped).
TOP_FILES = ("README.md", "LICENSE", "LICENSE-CONTENT", "CITATION.cff", "CODE_OF_CONDUCT.md",
             "pyproject.toml", "requirements.txt", "environment.yml", "Makefile", "postBuild")
TREES = ("data", "config", "src")
LEARNER_DOCS = ("docs/glossary.md", "docs/privacy.md", "docs/safeguarding.md")
NOTEBOOK_DIRS = ("notebooks", "exercises")
NOTE_ID = "policylab-assessed-note"
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".ipynb_checkpoints",
                                 ".DS_Store")


class AssessedError(PackError):
    """The assessed questions cannot be named or built as asked; the message says why."""


# --------------------------------------------------------------------------- which questions


def _lesson_docs(root: Path) -> dict[int, tuple[Path, dict]]:
    """Every lesson file of the pack at `root`, read and checked against the schema."""
    from . import content

    folder = root / "content"
    if not (folder / "schema.json").is_file():
        raise AssessedError(f"{root} is not the pack's folder (it has no content/schema.json); "
                            "run the command in the pack, or give --root")
    docs = {}
    for path in sorted(folder.glob("lesson*.yaml")):
        m = content.FILE_PATTERN.fullmatch(path.name)
        if m:
            number = int(m.group(1))
            docs[number] = (path, content._read(number, path).data)
    return docs


def coursework_ids(root: Path) -> list[str]:
    """The capstone brief's questions: the written (argued) questions of lesson 09."""
    docs = _lesson_docs(Path(root))
    if COURSEWORK_LESSON not in docs:
        raise AssessedError(f"the pack has no lesson {COURSEWORK_LESSON:02d} file, so "
                            "--coursework has no capstone brief to mark as assessed")
    _, doc = docs[COURSEWORK_LESSON]
    return [q["id"] for q in doc.get("questions", []) if q["kind"] == "argued"]


def read_config(path: Path, root: Path) -> list[str]:
    """The question ids a lecturer's assessed.yaml names (ids read as text: "9.10" stays 9.10).

    The file holds ``questions:`` (a list of ids) and, optionally, ``coursework: true``;
    a plain list of ids is accepted too.
    """
    import yaml

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AssessedError(f"cannot read {path} ({exc.strerror or exc})") from None
    try:  # BaseLoader: every value is text, so 9.10 is "9.10", not the number 9.1
        doc = yaml.load(text, Loader=yaml.BaseLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise AssessedError(f"{path.name}: not valid YAML{where}") from None
    shape = ('it should hold "questions:", a list of question ids such as "9.9", and may say '
             '"coursework: true"')
    if isinstance(doc, list):
        doc = {"questions": doc}
    if not isinstance(doc, dict):
        raise AssessedError(f"{path.name}: {shape}")
    unknown = sorted(set(doc) - {"questions", "coursework"})
    if unknown:
        raise AssessedError(f"{path.name}: unknown setting {unknown[0]!r}; {shape}")
    listed = doc.get("questions") or []
    if isinstance(listed, str):
        listed = [listed]
    if not isinstance(listed, list) or not all(isinstance(q, str) for q in listed):
        raise AssessedError(f"{path.name}: {shape}")
    coursework = str(doc.get("coursework", "false")).strip().lower()
    if coursework not in ("true", "false", "yes", "no"):
        raise AssessedError(f"{path.name}: coursework should be true or false, not {coursework!r}")
    ids = [q.strip() for q in listed]
    if coursework in ("true", "yes"):
        ids = coursework_ids(root) + ids
    if not ids:
        raise AssessedError(f"{path.name} names no questions; {shape}")
    return ids


def _resolve(ids: list[str], docs: dict, source: str) -> list[str]:
    """The ids, each checked: a written question of the pack. AssessedError names any other."""
    found: dict[str, dict] = {}
    prompts: set[str] = set()
    for _, doc in docs.values():
        found.update({q["id"]: q for q in doc.get("questions", [])})
        prompts.update(p["id"] for p in doc.get("prompts", []))
    out: list[str] = []
    for qid in ids:
        if qid in out:
            continue
        if qid in prompts:
            raise AssessedError(f"{source}: {qid!r} is a discussion prompt, not a question; "
                                "prompts have no model answer to hold back")
        q = found.get(qid)
        if q is None:
            lesson = qid.split(".", 1)[0]
            near = [k for k in found if k.split(".", 1)[0] == lesson]
            hint = f" Lesson {lesson}'s questions are {', '.join(near)}." if near else ""
            raise AssessedError(f"{source}: there is no question {qid!r} in the pack.{hint}")
        if q["kind"] != "argued":
            raise AssessedError(
                f"{source}: question {qid!r} is a {q['kind']} question. Only written questions "
                "can be assessed: the answer to a numeric or choice question is worked out "
                "from the data every student has, so a student copy cannot hide it.")
        out.append(qid)
    return out


# --------------------------------------------------------------------------- leak scanning


def _normalise(text: str) -> str:
    text = html.unescape(text).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split()).casefold()


def _split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        parts += re.split(r"(?<=[.!?\]])\s+(?=[A-Z\[(\"'0-9])", " ".join(para.split()))
    return parts


def _sentences_of(questions: list[dict]) -> list[str]:
    found: list[str] = []
    for q in questions:
        for text in [*q.get("criteria", []), q.get("model_answer", "")]:
            for sentence in _split_sentences(text):
                norm = _normalise(sentence)
                if len(norm.split()) >= MIN_WORDS and norm not in found:
                    found.append(norm)
    return found


def leak_sentences(questions: list[dict], others: list[dict] = ()) -> list[str]:
    """Every sentence of five words or more in these questions' criteria and model answers,
    normalised (spacing, case, HTML escapes) as `find_leaks` compares them.

    A sentence that is also in a question in `others` (those not assessed, which keep their
    answers), alone or inside a longer sentence, is left out: it is shared framing ("Both
    meet the criteria; neither is the pack's view."), not this answer's content, and hiding it
    would hide theirs too.
    """
    shared = "\n".join(_sentences_of(list(others)))
    return [s for s in _sentences_of(questions) if s not in shared]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def file_text(path: Path) -> str | None:
    """A file's text as `find_leaks` searches it: a notebook's or YAML file's strings (so
    escapes and line folding do not hide a sentence), else the file decoded; None if binary."""
    import json

    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if path.suffix in (".ipynb", ".json"):
        try:
            return "\n".join(_strings(json.loads(text)))
        except ValueError:
            return text
    if path.suffix in (".yaml", ".yml"):
        import yaml

        try:
            return text + "\n" + "\n".join(_strings(yaml.load(text, Loader=yaml.BaseLoader)))
        except yaml.YAMLError:
            return text
    return text


def find_leaks(folder: Path, sentences: list[str]) -> list[tuple[str, str]]:
    """(file, sentence) for each sentence found in a file under `folder`."""
    folder = Path(folder)
    leaks = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        text = file_text(path)
        if text is None:
            continue
        text = _normalise(text)
        leaks += [(path.relative_to(folder).as_posix(), s) for s in sentences if s in text]
    return leaks


# --------------------------------------------------------------------------- writing a copy


@dataclass
class Build:
    """What a build did."""

    out: Path
    assessed: list[str]
    lesson_files: list[str] = field(default_factory=list)  # content files rewritten
    cleared: dict[str, int] = field(default_factory=dict)  # notebook -> outputs cleared
    noted: list[str] = field(default_factory=list)  # notebooks given the note

    def summary(self) -> str:
        cleared = sum(self.cleared.values())
        return (f"wrote a student copy to {self.out}: {len(self.assessed)} assessed question(s) "
                f"({', '.join(self.assessed)}) with no criteria or model answer; "
                f"{cleared} stored output(s) cleared in {len(self.cleared)} notebook(s); "
                "no solutions/ or lecturer/.")


@functools.cache
def _dumper():
    """A YAML dumper that writes long text folded (``>``), as the pack's own files do."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper, value):
        style = ">" if len(value) > 80 or "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    return Dumper


def _rewrite_lesson(path: Path, doc: dict, ids: set[str], dest: Path) -> None:
    """Write `doc` to `dest` with each assessed question's criteria and model answer gone."""
    import yaml

    new = dict(doc)
    questions = []
    for q in doc.get("questions", []):
        if q["id"] in ids:
            q = {k: v for k, v in q.items() if k not in ("criteria", "model_answer")}
            q["assessed"] = True
        questions.append(q)
    new["questions"] = questions
    body = yaml.dump(new, Dumper=_dumper(), sort_keys=False, allow_unicode=True, width=92)
    if yaml.safe_load(body) != new:  # the dump must read back as exactly what was meant
        raise AssessedError(f"{path.name}: the student copy's file did not read back the same")
    listed = ", ".join(q["id"] for q in questions if q["id"] in ids)
    header = (f"# Lesson {doc['lesson']:02d}: self-check questions and discussion prompts.\n"
              f"# STUDENT COPY, made by `policylab build-assessed`: questions {listed} are\n"
              "# assessed, so this file holds no marking criteria or model answer for them.\n\n")
    dest.write_text(header + body, encoding="utf-8")


_CHECK_CALL = re.compile(r"""\bcheck\(\s*["']([0-9]+\.[0-9]+)["']""")


def _output_text(output) -> str:
    parts = _strings(output.get("text", "")) + _strings(output.get("data", {}))
    parts += _strings(output.get("traceback", []))
    return _normalise("\n".join(parts))


def _note(ids: list[str]):
    from nbformat.v4 import new_markdown_cell

    listed = ", ".join(ids)
    plural = "s" if len(ids) > 1 else ""
    cell = new_markdown_cell(
        f"> **Assessed work.** In this copy, question{plural} {listed} "
        f"{'are' if plural else 'is'} assessed: your lecturer will mark "
        f"{'them' if plural else 'it'}. The self-check still counts your words against the "
        "target, but it shows no marking criteria or model answer. Where the text below "
        "mentions a model answer for these questions, it is not in this copy. Hand in your "
        "answers as your lecturer asks.")
    cell.id = NOTE_ID
    return cell


def _copy_notebook(src: Path, dest: Path, ids: set[str], sentences: list[str],
                   result: Build) -> None:
    import nbformat

    nb = nbformat.read(src, as_version=4)
    cleared = 0
    checked: list[str] = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        asks = [qid for qid in _CHECK_CALL.findall(cell.source) if qid in ids]
        checked += [qid for qid in asks if qid not in checked]
        shows = any(s in _output_text(o) for o in cell.get("outputs", []) for s in sentences)
        if (asks or shows) and (cell.outputs or cell.execution_count is not None):
            cell.outputs = []
            cell.execution_count = None
            cleared += 1
    # The note goes in a notebook that checks an assessed question, and in the lesson whose
    # questions they are (lesson 09 for the brief), so its text about the exercises is read right.
    number = src.name[:2]
    ours = [qid for qid in ids if number.isdigit() and qid.split(".", 1)[0] == str(int(number))]
    noted = sorted(set(checked) | set(ours), key=lambda q: tuple(int(p) for p in q.split(".")))
    if noted and not any(c.get("id") == NOTE_ID for c in nb.cells):
        at = 1 if nb.cells and nb.cells[0].cell_type == "markdown" else 0
        nb.cells.insert(at, _note(noted))
    if cleared:
        result.cleared[f"{src.parent.name}/{src.name}"] = cleared
    if noted:
        result.noted.append(f"{src.parent.name}/{src.name}")
    nbformat.write(nb, dest)


def _readme(root: Path, ids: list[str]) -> str:
    text = (root / "README.md").read_text(encoding="utf-8")
    note = (f"> **Student copy.** Made by `policylab build-assessed`. Questions {', '.join(ids)} "
            "are assessed: your lecturer marks them, and this copy holds no marking criteria or "
            "model answer for them. The worked solutions, the lecturer's folder and the "
            "lecturer's and maintainers' guides are not in this copy, so links to them here do "
            "not open.\n\n")
    lines = text.split("\n", 1)
    if lines[0].startswith("# ") and len(lines) == 2:
        return f"{lines[0]}\n\n{note}{lines[1].lstrip(chr(10))}"
    return note + text


def build(root: Path, out: Path, ids: list[str], *, source: str = "the assessed list") -> Build:
    """Write a student copy of the pack at `root` into `out`, with `ids` assessed."""
    from . import content, outdir

    root = Path(root).resolve()
    docs = _lesson_docs(root)
    ids = _resolve(list(ids), docs, source)
    if not ids:
        raise AssessedError("no questions are named as assessed")
    target = Path(out).expanduser().resolve()
    if target == root or root in target.parents:
        where = "is the pack's own folder" if target == root else f"is inside the pack ({root})"
        raise AssessedError(
            f"{out} {where}; a student copy kept there would be handed out or published with "
            "the solutions. Choose a folder outside the pack, for example ../policylab-student")
    wanted = set(ids)
    every = [q for _, doc in docs.values() for q in doc.get("questions", [])]
    sentences = leak_sentences([q for q in every if q["id"] in wanted],
                               [q for q in every if q["id"] not in wanted])
    result = Build(target, ids)
    try:
        with outdir.replacing(target, root=root, purpose="student copy") as staging:
            for name in TOP_FILES:
                if (root / name).is_file():
                    shutil.copy2(root / name, staging / name)
            if (root / "README.md").is_file():
                (staging / "README.md").write_text(_readme(root, ids), encoding="utf-8")
            for tree in TREES:
                if (root / tree).is_dir():
                    shutil.copytree(root / tree, staging / tree, ignore=_IGNORE)
            (staging / "docs").mkdir()
            for doc_name in LEARNER_DOCS:
                if (root / doc_name).is_file():
                    shutil.copy2(root / doc_name, staging / doc_name)
            (staging / "content").mkdir()
            shutil.copy2(root / "content" / "schema.json", staging / "content" / "schema.json")
            (staging / "content" / content.STUDENT_COPY_MARK).write_text(
                "This folder belongs to a student copy made by `policylab build-assessed`. "
                f"Questions {', '.join(ids)} are assessed: their criteria and model answers "
                "are not here. A notebook opened in this copy reads its questions from this "
                "folder, even if policylab was installed from another copy of the pack.\n",
                encoding="utf-8")
            for number, (path, doc) in docs.items():
                dest = staging / "content" / path.name
                if any(q["id"] in wanted for q in doc.get("questions", [])):
                    _rewrite_lesson(path, doc, wanted, dest)
                    content._read(number, dest)  # the copy's file must pass the schema
                    result.lesson_files.append(f"content/{path.name}")
                else:
                    shutil.copy2(path, dest)
            for folder in NOTEBOOK_DIRS:
                (staging / folder).mkdir()
                for src in sorted((root / folder).glob("*.ipynb")):
                    _copy_notebook(src, staging / folder / src.name, wanted, sentences, result)
            leaks = find_leaks(staging, sentences)
            if leaks:
                shown = "; ".join(f"{f}: \"{s[:60]}...\"" for f, s in leaks[:5])
                raise AssessedError(
                    f"the student copy would still show assessed answer text, so nothing was "
                    f"written ({len(leaks)} place(s): {shown}). Remove that text from the "
                    "pack's file, or re-run its notebook, and build again.")
    except outdir.UnsafeOutputError as exc:
        raise AssessedError(str(exc)) from None
    return result


def main(argv: list[str] | None = None) -> int:
    """Command-line use: ``policylab build-assessed --out DIR [--coursework] [--assessed FILE]``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="policylab build-assessed",
        description="Write a student copy of the pack in which the assessed questions show no "
                    "marking criteria or model answer (see the lecturer guide, 'Assessed "
                    "builds'). The pack itself, the self-study copy, is not changed.")
    parser.add_argument("--out", required=True, type=Path,
                        help="folder for the student copy, outside the pack (made or replaced; "
                             "a folder this command did not make is never replaced)")
    parser.add_argument("--coursework", action="store_true",
                        help="assess the capstone brief: the written questions of lesson 09")
    parser.add_argument("--assessed", type=Path, metavar="FILE",
                        help=f"a YAML file naming the assessed questions (default: "
                             f"{CONFIG_NAME} in the pack's folder, if there is one)")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the pack's folder")
    args = parser.parse_args(argv)
    root = args.root
    try:
        ids: list[str] = []
        source = "--coursework"
        config = args.assessed
        if config is None and not args.coursework and (root / CONFIG_NAME).is_file():
            config = root / CONFIG_NAME
        if config is not None:
            ids += read_config(config, root)
            source = config.name
        if args.coursework:
            ids = coursework_ids(root) + ids
        if not ids:
            print("policylab build-assessed: say which questions are assessed: --coursework "
                  f"(the capstone brief), or --assessed FILE, or put a {CONFIG_NAME} in the "
                  "pack's folder (the lecturer guide shows how).", file=sys.stderr)
            return 2
        result = build(root, args.out, ids, source=source)
    except PackError as exc:  # AssessedError, or a content file that breaks the schema
        print(f"policylab build-assessed: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a full disk, a folder we may not write to
        print(f"policylab build-assessed: could not write the student copy to {args.out} "
              f"({exc.strerror or exc}); nothing was replaced. Choose another place with --out.",
              file=sys.stderr)
        return 2
    print(result.summary())
    return 0
