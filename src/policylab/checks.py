"""Self-check feedback: `check(question_id, answer)`.

Questions live in the lesson content files, ``content/lessonNN.yaml`` (read by
`policylab.content`; an edited file is read again at the next check). There are three kinds:

* `numeric`: the expected value is computed from the shipped data by a function the
  file names (in ``policylab.questions.lessonNN``), never typed in; an answer is correct
  within a tolerance, and known wrong values (the usual slips, such as a monthly figure
  given where a yearly one was asked) get a hint.
* `choice`: one label, or a set of labels, from a stated list of options.
* `argued`: a written answer. Once the learner has written at least a few words, the
  marking criteria and a model answer are shown; never before.

`check` never raises for a learner's mistake: an untouched placeholder (``...``)
reads "not answered yet", the wrong type of answer or an unknown question id gets a
plain sentence. The returned `Feedback` shows as HTML in Jupyter and as plain text
elsewhere (``print(feedback)``), and carries its status in the output's metadata.
"""

from __future__ import annotations

import html
import math
import numbers
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

__all__ = [
    "Feedback",
    "check",
    "question",
    "questions",
    "numeric",
    "choice",
    "argued",
    "NOT_ANSWERED",
    "CORRECT",
    "INCORRECT",
    "REVEALED",
    "PROBLEM",
]

NOT_ANSWERED = "not answered yet"
CORRECT = "correct"
INCORRECT = "not yet right"
REVEALED = "model answer shown"
TOO_SHORT = "keep writing"
PROBLEM = "cannot check"
CRITERIA = "Criteria a marker would look for"
MODEL_ANSWER = "A model answer (click to open)"

_ICONS = {
    NOT_ANSWERED: "…",
    CORRECT: "✓",
    INCORRECT: "✗",
    REVEALED: "✎",
    TOO_SHORT: "✎",
    PROBLEM: "!",
}
_COLOURS = {  # Okabe-Ito hues darkened to 4.5:1 or more on white; the word says the status too
    NOT_ANSWERED: "#595959",  # 7.0:1
    CORRECT: "#00704F",  # bluish green, 6.1:1 (Okabe-Ito #009E73 is 3.4:1)
    INCORRECT: "#A63D00",  # vermillion, 6.4:1 (Okabe-Ito #D55E00 is 3.9:1)
    REVEALED: "#0072B2",  # 5.2:1
    TOO_SHORT: "#0072B2",
    PROBLEM: "#A63D00",
}


@dataclass(frozen=True, repr=False)
class Feedback:
    """The result of a self-check. `status` is one of the module's status constants."""

    question_id: str
    status: str
    message: str
    details: tuple[tuple[str, str], ...] = ()  # (heading, text) pairs, e.g. a model answer

    @property
    def ok(self) -> bool:
        return self.status in (CORRECT, REVEALED)

    def __str__(self) -> str:
        icon = _ICONS[self.status]
        lines = [f"{icon} Question {self.question_id}: {self.status}. {self.message}"]
        for heading, text in self.details:
            lines.append(f"{heading}:")
            lines.extend(f"  {line}" if line else "" for line in text.splitlines())
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        colour = _COLOURS[self.status]
        parts = [
            f'<div class="policylab-check" role="status" '
            f'style="border-left:4px solid {colour};padding:0.3em 0.8em;margin:0.3em 0">',
            f'<strong style="color:{colour}">{_ICONS[self.status]} Question '
            f"{html.escape(self.question_id)}: {html.escape(self.status)}.</strong> "
            f"{html.escape(self.message)}",
        ]
        for heading, text in self.details:
            paras = "".join(
                f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>"
                for p in text.split("\n\n")
                if p.strip()
            )
            summary = f"<summary>{html.escape(heading)}</summary>"
            # criteria open; the model answer one click away, after self-assessment
            state = "" if heading == MODEL_ANSWER else " open"
            parts.append(f"<details{state}>{summary}{paras}</details>")
        parts.append("</div>")
        return "".join(parts)

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"text/plain": str(self), "text/html": self._repr_html_()}
        meta = {"policylab": {"check": self.question_id, "status": self.status}}
        return data, meta


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True)
class Hint:
    """A known wrong answer and what to say about it.

    `value` is a function giving the wrong value (a number, or an option or set of
    options). `tolerance` is how close a numeric answer must be to count as this slip;
    None sizes it to the value (see `_hint_tolerance`).
    """

    value: Callable[[], object]
    message: str
    tolerance: float | None = None

    def __iter__(self):  # unpacks as (value, message), as hints were once written
        return iter((self.value, self.message))


@dataclass
class Question:
    """A question: from a lesson's content file, or made with `numeric`, `choice`, `argued`."""

    id: str
    kind: str
    prompt: str
    expected: Callable[[], object] | None = None
    tolerance: float = 0.0
    relative: bool = False
    hints: tuple[Hint, ...] = ()
    options: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()
    model_answer: str = ""
    min_words: int = 30
    explanation: str = ""
    unit: str = ""
    rounding: int | None = None  # decimal places asked for; None: tolerance alone
    otherwise: str = ""  # choice: the hint for a wrong option with none of its own
    extra: dict = field(default_factory=dict)


_REGISTRY: dict[str, Question] = {}  # questions made in code (tests, one-off notebooks)


def _hints(hints) -> tuple[Hint, ...]:
    return tuple(h if isinstance(h, Hint) else Hint(*h) for h in hints)


def _register(q: Question) -> Question:
    if q.id in _REGISTRY or _from_content(q.id) is not None:
        raise ValueError(f"question {q.id!r} is registered twice")
    _REGISTRY[q.id] = q
    return q


def numeric(
    qid: str,
    prompt: str,
    expected: Callable[[], float],
    *,
    tolerance: float = 0.0,
    relative: bool = False,
    rounding: int | None = None,
    hints: Iterable = (),
    explanation: str = "",
    unit: str = "",
) -> Question:
    """Register a numeric question in code (the pack's own are in content/).

    `expected` is called when an answer is checked, so the value comes from the data.
    `tolerance` is absolute, or a fraction of the expected value when `relative` is
    true. Each hint is a `Hint`, or (function giving a known wrong value, message).
    """
    return _register(
        Question(qid, "numeric", prompt, expected=expected, tolerance=tolerance,
                 relative=relative, rounding=rounding, hints=_hints(hints),
                 explanation=explanation, unit=unit)
    )


def choice(
    qid: str,
    prompt: str,
    options: Iterable[str],
    expected: Callable[[], str | Iterable[str]],
    *,
    hints: Iterable = (),
    otherwise: str = "",
    explanation: str = "",
) -> Question:
    """Register a question answered with one option, or a set of options."""
    return _register(
        Question(qid, "choice", prompt, expected=expected, options=tuple(options),
                 hints=_hints(hints), otherwise=otherwise, explanation=explanation)
    )


def argued(
    qid: str,
    prompt: str,
    *,
    criteria: Iterable[str],
    model_answer: str,
    min_words: int = 30,
) -> Question:
    """Register a written question: criteria and a model answer, shown after an attempt."""
    return _register(
        Question(qid, "argued", prompt, criteria=tuple(criteria), model_answer=model_answer,
                 min_words=min_words)
    )


def _const(value):
    return lambda: value


def _from_data(lesson, d: dict) -> Question:
    """A `Question` from one entry of a content file's ``questions`` list."""

    def value(item: dict, literal: str):
        name = item.get(f"{literal}_function")
        return lesson.function(name) if name else _const(item[literal])

    hints = tuple(
        Hint(value(h, "wrong"), h["message"], h.get("tolerance")) for h in d.get("hints", ())
    )
    q = Question(d["id"], d["kind"], d["prompt"], hints=hints,
                 explanation=d.get("explanation", ""))
    if q.kind == "numeric":
        q.expected = value(d, "answer")
        q.tolerance = float(d.get("tolerance", 0.0))
        q.relative = bool(d.get("relative", False))
        q.rounding = d.get("rounding")
        q.unit = d.get("unit", "")
    elif q.kind == "choice":
        q.expected = value(d, "answer")
        q.options = tuple(d["options"])
        q.otherwise = d.get("otherwise", "")
    else:
        q.criteria = tuple(d["criteria"])
        q.model_answer = d["model_answer"]
        q.min_words = d["min_words"]
    return q


_BUILT: dict = {}  # lesson file -> (its stamp, {id: Question})


def _lesson_questions(lesson) -> dict[str, Question]:
    built = _BUILT.get(lesson.path)
    if built is None or built[0] != lesson.stamp:
        built = (lesson.stamp, {d["id"]: _from_data(lesson, d) for d in lesson.questions})
        _BUILT[lesson.path] = built
    return built[1]


def _from_content(qid: str) -> Question | None:
    from . import content

    number = content.lesson_of(qid)
    if number is None:
        return None
    lesson = content.load_lesson(number)
    return _lesson_questions(lesson).get(qid) if lesson else None


def questions() -> dict[str, Question]:
    """Every question: the lesson content files' (read again if edited), then any in code."""
    from . import content

    found: dict[str, Question] = {}
    for lesson in content.all_lessons():
        found.update(_lesson_questions(lesson))
    found.update(_REGISTRY)
    return found


def question(qid: str) -> Question:
    """One question; KeyError if there is none (ContentError if its file is broken)."""
    q = _from_content(qid) or _REGISTRY.get(qid)
    if q is None:
        raise KeyError(qid) from None
    return q


# --------------------------------------------------------------------------- checking


def _is_placeholder(answer) -> bool:
    if answer is ... or answer is None:
        return True
    return isinstance(answer, str) and answer.strip() in ("", "...", "…")


def _fmt(x: float) -> str:
    if isinstance(x, numbers.Integral) or float(x).is_integer():
        return f"{int(x):,}"
    if abs(x) >= 1000:  # 41,666.7 rather than 4.167e+04
        return f"{x:,.1f}"
    return f"{x:,.4g}"


def _as_number(answer):
    """A plain float from an int/float/numpy/pandas scalar; None for anything else."""
    if isinstance(answer, bool):
        return None
    if isinstance(answer, numbers.Real):
        return float(answer)
    item = getattr(answer, "item", None)  # numpy / pandas scalars, 1-element arrays
    if callable(item) and getattr(answer, "size", 1) == 1:
        try:
            value = item()
        except (ValueError, TypeError):
            return None
        if isinstance(value, numbers.Real) and not isinstance(value, bool):
            return float(value)
    return None


def _describe(answer) -> str:
    name = type(answer).__name__
    if hasattr(answer, "shape"):
        return f"a {name} with shape {getattr(answer, 'shape', '?')}"
    return f"{name} {answer!r}"[:80]


def _check_numeric(q: Question, answer) -> Feedback:
    value = _as_number(answer)
    if value is None:
        return Feedback(
            q.id,
            PROBLEM,
            f"This question wants a single number, but the answer is {_describe(answer)}. "
            "Put one number in the answer variable (for example 42 or 0.35), not text or a table.",
        )
    if math.isnan(value):
        return Feedback(
            q.id, PROBLEM, "The answer is NaN (not a number): check for missing values."
        )
    expected = float(q.expected())
    tol = q.tolerance * abs(expected) if q.relative else q.tolerance
    tol = max(tol, 1e-9 * max(1.0, abs(expected)))
    unit = f" {q.unit}" if q.unit else ""
    if abs(value - expected) <= tol:
        msg = f"{_fmt(value)}{unit} is right."
        if q.explanation:
            msg += " " + q.explanation
        return Feedback(q.id, CORRECT, msg)
    for wrong, hint in q.hints:
        w = float(wrong())
        if abs(value - w) <= max(tol, 1e-9 * max(1.0, abs(w))):
            return Feedback(q.id, INCORRECT, f"{_fmt(value)}{unit} is not it. Hint: {hint}")
    direction = "too high" if value > expected else "too low"
    return Feedback(
        q.id,
        INCORRECT,
        f"{_fmt(value)}{unit} is {direction}. Look at the step again and try once more.",
    )


def _norm(label) -> str:
    return " ".join(str(label).strip().lower().split())


def _check_choice(q: Question, answer) -> Feedback:
    options = {_norm(o): o for o in q.options}
    expected = q.expected()
    many = not isinstance(expected, str)
    if isinstance(answer, str):
        given = [answer]
    elif isinstance(answer, (set, frozenset, list, tuple)) and all(
        isinstance(a, str) for a in answer
    ):
        given = list(answer)
    else:
        what = "one or more of the options, as text" if many else "one option, as text"
        return Feedback(
            q.id, PROBLEM, f"This question wants {what}, but the answer is {_describe(answer)}."
        )
    unknown = [g for g in given if _norm(g) not in options]
    if unknown:
        return Feedback(
            q.id,
            PROBLEM,
            f"{', '.join(map(repr, unknown))} is not one of the options: "
            f"{', '.join(map(repr, q.options))}.",
        )
    chosen = {_norm(g) for g in given}
    want = {_norm(expected)} if not many else {_norm(e) for e in expected}
    if not many and len(chosen) > 1:
        return Feedback(q.id, PROBLEM, "Choose one option only.")
    if chosen == want:
        msg = "Right." + (f" {q.explanation}" if q.explanation else "")
        return Feedback(q.id, CORRECT, msg)
    for wrong, hint in q.hints:
        w = wrong()
        w = {_norm(w)} if isinstance(w, str) else {_norm(x) for x in w}
        if chosen == w:
            return Feedback(q.id, INCORRECT, f"Not quite. Hint: {hint}")
    if many:
        missing, extra = len(want - chosen), len(chosen - want)
        return Feedback(
            q.id,
            INCORRECT,
            f"Not quite: {missing} right option(s) missing and {extra} wrong one(s) included.",
        )
    if q.otherwise:
        return Feedback(q.id, INCORRECT, f"Not quite. Hint: {q.otherwise}")
    return Feedback(q.id, INCORRECT, "Not this one. Re-read the question and try again.")


def _check_argued(q: Question, answer) -> Feedback:
    if not isinstance(answer, str):
        return Feedback(
            q.id,
            PROBLEM,
            f"This question wants a written answer in quotation marks, but the answer is "
            f"{_describe(answer)}.",
        )
    words = len(answer.split())
    if words < q.min_words:
        return Feedback(
            q.id,
            TOO_SHORT,
            f"You have written {words} word(s). Write at least {q.min_words} in your own words; "
            "the marking criteria and a model answer appear once you have.",
        )
    criteria = "\n".join(f"- {c}" for c in q.criteria)
    return Feedback(
        q.id,
        REVEALED,
        f"Thank you: {words} words. Check your answer against the criteria first, then open "
        "the model answer. Yours can differ and still be good; what matters is the reasoning.",
        ((CRITERIA, criteria), (MODEL_ANSWER, q.model_answer)),
    )


_CHECKERS = {"numeric": _check_numeric, "choice": _check_choice, "argued": _check_argued}


def check(question_id: str, answer) -> Feedback:
    """Check an answer and return feedback.

    ``...`` (the exercise placeholder), ``None`` or an empty string read "not answered
    yet". Never raises for a learner's mistake; the feedback says what is wrong.
    """
    from .content import ContentError

    qid = str(question_id)
    try:
        q = question(qid)
    except ContentError as exc:
        return Feedback(qid, PROBLEM, f"The question file has a mistake, so this question "
                        f"cannot be checked: {exc}. Tell your lecturer.")
    except KeyError:
        known = sorted(questions())
        near = [k for k in known if k.split(".")[0] == qid.split(".")[0]] or known
        listed = f"; questions here include {', '.join(near[:12])}" if near else ""
        return Feedback(
            qid,
            PROBLEM,
            f"There is no question {qid!r}. Check the number in the exercise{listed}.",
        )
    if _is_placeholder(answer):
        return Feedback(
            q.id,
            NOT_ANSWERED,
            "Replace the ... with your answer and run the cell again.",
        )
    return _CHECKERS[q.kind](q, answer)
