"""Self-check feedback: `check(question_id, answer)`.

Questions live in the lesson content files, ``content/lessonNN.yaml`` (read by
`policylab.content`; an edited file is read again at the next check). There are three kinds:

* `numeric`: the expected value is computed from the shipped data by a function the
  file names (in ``policylab.questions.lessonNN``), never typed in; an answer is correct
  within a tolerance, and known wrong values (the usual slips, such as a monthly figure
  given where a yearly one was asked) get a hint.
* `choice`: one label, or a set of labels, from a stated list of options.
* `argued`: a written answer. Once the learner has written at least a few words, the
  marking criteria and a model answer are shown; never before. In a student copy built by
  ``policylab build-assessed`` a question can be marked ``assessed``: its file then holds
  no criteria or model answer, and the check says the lecturer will mark it.

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
    "ASSESSED",
    "PROBLEM",
]

NOT_ANSWERED = "not answered yet"
CORRECT = "correct"
INCORRECT = "not yet right"
REVEALED = "model answer shown"
ASSESSED = "assessed"
TOO_SHORT = "keep writing"
PROBLEM = "cannot check"
CRITERIA = "Criteria a marker would look for"
MODEL_ANSWER = "A model answer (click to open)"
ASSESSED_NOTE = ("This question is assessed: your lecturer will mark it, so no marking criteria "
                 "or model answer are shown here.")

_ICONS = {
    NOT_ANSWERED: "…",
    CORRECT: "✓",
    INCORRECT: "✗",
    REVEALED: "✎",
    TOO_SHORT: "✎",
    ASSESSED: "✎",
    PROBLEM: "!",
}
_COLOURS = {  # Okabe-Ito hues darkened to 4.5:1 or more on white; the word says the status too
    NOT_ANSWERED: "#595959",  # 7.0:1
    CORRECT: "#00704F",  # bluish green, 6.1:1 (Okabe-Ito #009E73 is 3.4:1)
    INCORRECT: "#A63D00",  # vermillion, 6.4:1 (Okabe-Ito #D55E00 is 3.9:1)
    REVEALED: "#0072B2",  # 5.2:1
    TOO_SHORT: "#0072B2",
    ASSESSED: "#0072B2",
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
        return self.status in (CORRECT, REVEALED, ASSESSED)

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
    also_correct: tuple[tuple[object, str], ...] = ()  # choice: other defensible answers, and why
    assessed: bool = False  # argued, in a student copy: the lecturer marks it; nothing revealed
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
        q.also_correct = tuple((a["answer"], a["message"]) for a in d.get("also_correct", ()))
    else:  # an assessed question's file holds no criteria or model answer (the schema says so)
        q.assessed = bool(d.get("assessed", False))
        q.criteria = tuple(d.get("criteria", ()))
        q.model_answer = d.get("model_answer", "")
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
        try:
            return float(answer)
        except OverflowError:  # 10**400: an int too large for a float
            return math.inf if answer > 0 else -math.inf
    item = getattr(answer, "item", None)  # numpy / pandas scalars, 1-element arrays
    if callable(item) and getattr(answer, "size", 1) == 1 and hasattr(answer, "dtype"):
        try:
            value = item()
        except (ValueError, TypeError):
            return None
        if isinstance(value, numbers.Real) and not isinstance(value, bool):
            return float(value)
    return None


def _number_in_text(text: str) -> str | None:
    """'10,200' or ' 45% ' as the number a learner meant, written plainly; else None."""
    plain = text.strip().replace(",", "").replace("_", "").replace(" ", "")
    plain = plain.removesuffix("%").removeprefix("£").removeprefix("$")
    try:
        value = float(plain)
    except ValueError:
        return None
    return plain if math.isfinite(value) else None


def _explain(answer, want: str) -> str:
    """Why `answer` is not what the question wants, and what to do, in plain words."""
    if isinstance(answer, str):
        meant = _number_in_text(answer) if want == "number" else None
        if meant is not None:
            extra = " and commas" if "," in answer else ""
            return (f"The answer is in quotation marks, so Python reads it as text. Remove the "
                    f"quotation marks{extra}: {meant}")
        return ("The answer is text in quotation marks. This question wants a single number, "
                "such as 42 or 0.35, with no quotation marks.")
    if isinstance(answer, bool):
        return "True and False are not numbers here. Put one number in the answer, such as 42."
    if isinstance(answer, tuple):
        if len(answer) == 2 and all(isinstance(a, numbers.Real) for a in answer):
            a, b = answer
            joined = f"{a}{b:03d}" if isinstance(b, int) and 0 <= b < 1000 else None
            if joined:
                return f"A comma makes two numbers: write {joined}, without the comma."
            return "A comma makes two numbers. Write the number without commas."
        return ("The answer is several values separated by commas. Put one value in the "
                "answer, with no commas inside a number.")
    if isinstance(answer, (list, set, frozenset)):
        return ("The answer is a list of values in brackets. Remove the brackets and give "
                "one value.")
    if isinstance(answer, dict):
        return "The answer is in curly brackets {}. Remove them and give one value."
    if hasattr(answer, "days") and hasattr(answer, "total_seconds"):
        return "That is a length of time, not a number. Add `.days` to get it in days."
    if type(answer).__name__ == "DataFrame":
        return ("That is a whole table. Pick one value from it, for example with "
                "`.loc[row, column]`.")
    if type(answer).__name__ == "Series":
        return (f"That is a whole column ({len(answer)} values). Pick one value, for example "
                "with `.sum()`, `.max()` or `.loc[...]`.")
    size = getattr(answer, "size", None)
    if isinstance(size, int) and size != 1:
        return f"That is {size} values, not one. Pick one value."
    if callable(answer):
        return ("That is a function, not its result. Add brackets to call it, for example "
                "`len(claims)` rather than `len`.")
    return f"This question wants a single {want}, and the answer is not one."


def _describe(answer) -> str:
    """Kept for callers outside this module: what the answer is, in plain words."""
    return _explain(answer, "value")


def _answer_tolerance(q: Question, expected: float) -> float:
    """How far from the exact value an answer may be: the rounding asked, or more."""
    tol = q.tolerance * abs(expected) if q.relative else q.tolerance
    if q.rounding is not None:
        tol = max(tol, 0.5 * 10.0 ** -q.rounding)
    return max(tol, 1e-9 * max(1.0, abs(expected)))


def _rounds_to(value: float, expected: float, places: int) -> bool:
    """True when `value` and `expected` round to the same figure (halves round up)."""
    from decimal import ROUND_HALF_UP, Decimal

    quantum = Decimal(1).scaleb(-places)
    try:
        a = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
        b = Decimal(repr(expected)).quantize(quantum, rounding=ROUND_HALF_UP)
    except ArithmeticError:
        return False
    return a == b


def _hint_tolerance(
    hint: Hint, wrong: float, expected: float, answer_tol: float, rounding: int | None = None
) -> float:
    """How close an answer must be to a hint's wrong value to be that slip.

    A hint's own `tolerance` if it gives one; otherwise sized to the wrong value: the
    answer's relative tolerance applied to it, but at least 0.5% of it (a learner
    writing it to three figures), so a hint for 0.93 never catches 15.7; and no more
    than half a step of the rounding the question asks for, so a slip one whole unit
    from the answer is told apart from it.
    """
    if hint.tolerance is not None:
        return hint.tolerance
    relative = answer_tol / abs(expected) if expected else 0.005
    tol = max(relative * abs(wrong), 0.005 * abs(wrong), 1e-9)
    if rounding is not None:
        tol = min(tol, 0.5 * 10.0 ** -rounding)
    return tol


def is_correct(q: Question, value: float, expected: float) -> bool:
    """Whether a numeric answer is right: rounds to the answer, or is within tolerance."""
    if q.rounding is not None and _rounds_to(value, expected, q.rounding):
        return True
    return abs(value - expected) <= _answer_tolerance(q, expected)


def matching_hint(q: Question, value: float, expected: float) -> Hint | None:
    """The hint whose wrong value is nearest `value`, among those within their tolerance."""
    answer_tol = _answer_tolerance(q, expected)
    best, best_gap = None, math.inf
    for hint in q.hints:
        w = float(hint.value())
        gap = abs(value - w)
        if gap <= _hint_tolerance(hint, w, expected, answer_tol, q.rounding) and gap < best_gap:
            best, best_gap = hint, gap
    return best


def _check_numeric(q: Question, answer) -> Feedback:
    value = _as_number(answer)
    if value is None:
        return Feedback(q.id, PROBLEM, _explain(answer, "number"))
    if math.isnan(value):
        return Feedback(
            q.id, PROBLEM, "The answer is missing (NaN, 'not a number'): check for missing "
            "values in the rows you used."
        )
    if math.isinf(value) or abs(value) > 1e300:
        return Feedback(q.id, PROBLEM, "That number is far too large to be the answer. "
                        "Check the step that made it.")
    expected = float(q.expected())
    unit = f" {q.unit}" if q.unit else ""
    if is_correct(q, value, expected):
        msg = f"{_fmt(value)}{unit} is right."
        if q.explanation:
            msg += " " + q.explanation
        return Feedback(q.id, CORRECT, msg)
    hint = matching_hint(q, value, expected)
    if hint is not None:
        return Feedback(q.id, INCORRECT, f"{_fmt(value)}{unit} is not it. Hint: {hint.message}")
    direction = "too high" if value > expected else "too low"
    return Feedback(
        q.id,
        INCORRECT,
        f"{_fmt(value)}{unit} is {direction}. Look at the step again and try once more.",
    )


def _norm(label) -> str:
    return " ".join(str(label).strip().lower().split())


def _quoted(options) -> str:
    quoted = [f'"{o}"' for o in options]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1] if len(quoted) > 1 else quoted[0]


def _check_choice(q: Question, answer) -> Feedback:
    import difflib

    options = {_norm(o): o for o in q.options}
    expected = q.expected()
    many = not isinstance(expected, str)
    if isinstance(answer, str):
        given = [answer]
    elif isinstance(answer, (set, frozenset, list, tuple)) and answer and all(
        isinstance(a, str) for a in answer
    ):
        given = list(answer)
    else:
        if many:
            what = ('one or more of the options, each in quotation marks, inside curly '
                    'brackets, for example {"a", "b"}')
        else:
            what = "one of the options, in quotation marks"
        return Feedback(q.id, PROBLEM, f"This question wants {what}: {_quoted(q.options)}.")
    unknown = [g for g in given if _norm(g) not in options]
    if unknown:
        near = difflib.get_close_matches(_norm(unknown[0]), list(options), n=1, cutoff=0.6)
        tip = f' Did you mean "{options[near[0]]}"?' if near else ""
        return Feedback(
            q.id,
            PROBLEM,
            f'"{unknown[0]}" is not one of the options, which are {_quoted(q.options)}.'
            f"{tip} Copy one exactly, inside quotation marks.",
        )
    chosen = {_norm(g) for g in given}
    want = {_norm(expected)} if not many else {_norm(e) for e in expected}
    if not many and len(chosen) > 1:
        return Feedback(q.id, PROBLEM, "Choose one option only.")
    if chosen == want:
        msg = "Right." + (f" {q.explanation}" if q.explanation else "")
        return Feedback(q.id, CORRECT, msg)
    for other, why in q.also_correct:
        if chosen == ({_norm(other)} if isinstance(other, str) else {_norm(x) for x in other}):
            return Feedback(q.id, CORRECT, f"Also defensible. {why}")
    for hint in q.hints:
        w = hint.value()
        w = {_norm(w)} if isinstance(w, str) else {_norm(x) for x in w}
        if chosen == w:
            return Feedback(q.id, INCORRECT, f"Not quite. Hint: {hint.message}")
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


def words_that_count(text: str) -> int:
    """The words of a written answer, not counting a phrase said again.

    A word counts unless it sits in a run of four words already written earlier in the
    answer, so "I agree because it is right" pasted ten times counts once.
    """
    words = [w.strip(".,;:!?\"'()[]").casefold() for w in text.split()]
    words = [w for w in words if w]
    repeated = [False] * len(words)
    seen: set[tuple[str, ...]] = set()
    for i in range(len(words) - 3):
        gram = tuple(words[i : i + 4])
        if gram in seen:
            for j in range(i, i + 4):
                repeated[j] = True
        seen.add(gram)
    return repeated.count(False)


def _check_argued(q: Question, answer) -> Feedback:
    if not isinstance(answer, str):
        return Feedback(
            q.id,
            PROBLEM,
            "This question wants a written answer: your own words between quotation marks, "
            'for example answer = """My answer ..."""',
        )
    total = len(answer.split())
    words = words_that_count(answer)
    if words < q.min_words:
        repeats = (
            f" Repeated phrases count once, so {total - words} of your {total} words do not "
            "count."
            if total - words >= 4
            else ""
        )
        then = (f"Keep writing. {ASSESSED_NOTE}" if q.assessed else
                "Keep writing: the marking criteria and a model answer appear once you reach it.")
        return Feedback(
            q.id,
            TOO_SHORT,
            f"You have written {words} word(s) of your own; the target is {q.min_words}.{repeats} "
            f"{then}",
        )
    if q.assessed:
        return Feedback(
            q.id,
            ASSESSED,
            f"Thank you: {words} words, which meets the target of {q.min_words}. {ASSESSED_NOTE} "
            "Keep a copy of your answer and hand it in as your lecturer asks.",
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

    if isinstance(question_id, float):
        return Feedback(
            str(question_id),
            PROBLEM,
            "Put the question number in quotation marks, as the exercise shows: "
            f'pl.check("{question_id}", ...). Without them 3.10 and 3.1 are the same number.',
        )
    qid = str(question_id).strip()
    try:
        q = question(qid)
    except ContentError as exc:
        return Feedback(qid, PROBLEM, f"The question file has a mistake, so this question "
                        f"cannot be checked: {exc}. Tell your lecturer.")
    except KeyError:
        try:
            known = sorted(questions(), key=_id_order)
        except ContentError:
            known = []
        near = [k for k in known if k.split(".")[0] == qid.split(".")[0]]
        if len(near) > 1:
            listed = f" Questions in this lesson run from {near[0]} to {near[-1]}."
        elif near:
            listed = f" This lesson has question {near[0]}."
        else:
            listed = " The number goes in quotation marks, like \"1.3\"."
        return Feedback(
            qid,
            PROBLEM,
            f'There is no question "{qid}". Check the number in the exercise.{listed}',
        )
    if _is_placeholder(answer):
        return Feedback(
            q.id,
            NOT_ANSWERED,
            "Replace the ... with your answer and run the cell again.",
        )
    try:
        return _CHECKERS[q.kind](q, answer)
    except ContentError as exc:
        return Feedback(qid, PROBLEM, f"The question file has a mistake, so this question "
                        f"cannot be checked: {exc}. Tell your lecturer.")
    except Exception as exc:  # a fault in the pack, not the learner: say so, plainly
        return Feedback(
            qid, PROBLEM, f"This answer could not be checked because of an error inside the "
            f"pack ({type(exc).__name__}). Your answer may be fine; tell your lecturer."
        )


def _id_order(qid: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in qid.split("."))
