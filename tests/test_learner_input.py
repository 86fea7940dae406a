"""Nothing a learner types produces a traceback or Python jargon.

Every helper a lesson calls, and every self-check, is tried with the slips seen in class:
a ``...`` left in, text, a number with commas, a tuple made by a comma, a whole column,
a number too large for a float, the wrong type. Helpers raise `InputError` (shown in a
kernel as one sentence); checks return feedback and never raise.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest

from policylab import baserate, checks, errors, prompt_api, regulation, shapes
from policylab.checks import PROBLEM, REVEALED, TOO_SHORT
from policylab.errors import InputError

JARGON = re.compile(r"\bstr\b|\btuple\b|\bfloat64\b|\bint64\b|\bSeries\b|\bDataFrame\b|"
                    r"shape \(|Timedelta|\bdict\b|NoneType|ndarray|Traceback|object has no "
                    r"attribute|not supported between|unhashable|positional argument")
BAD = ["abc", "10,200", None, ..., 10**400, -1, [1, 2], {}, math.nan, True, (10, 200),
       pd.Series([1.0, 2.0]), math.inf, 1e308]
IMAGE = shapes.make_image(3)
HELPERS = {
    "baserate.one_in": (baserate.one_in, [1e-6]),
    "baserate.percent": (baserate.percent, [0.5]),
    "baserate.count": (baserate.count, [12.0]),
    "baserate.platform_value": (baserate.platform_value, ["WhatsApp messages a day"]),
    "baserate.screening": (baserate.screening, [1e11, 1e-6, 0.9, 1e-6, 5]),
    "baserate.share_real": (baserate.share_real, [1e-6, 0.9, 1e-3]),
    "baserate.toy_encrypt": (baserate.toy_encrypt, [5, "hello"]),
    "baserate.toy_decrypt": (baserate.toy_decrypt, [5, baserate.toy_encrypt(5, "hi")]),
    "baserate.toy_envelope": (baserate.toy_envelope, ["Alice", "Bob", "2021-06-30", b"x"]),
    "baserate.toy_fingerprint": (baserate.toy_fingerprint, ["blue square"]),
    "regulation.max_penalty": (regulation.max_penalty, [400_000_000]),
    "regulation.which_part": (regulation.which_part, [400_000_000]),
    "regulation.break_even_rate": (regulation.break_even_rate, [1e9]),
    "regulation.total_scores": (regulation.total_scores, [regulation.proportionality_table()]),
    "shapes.draw": (shapes.draw, [3]),
    "shapes.add_noise": (shapes.add_noise, [IMAGE, 25]),
    "shapes.brighten": (shapes.brighten, [IMAGE, 40]),
    "shapes.compress": (shapes.compress, [IMAGE, 20]),
    "shapes.crop": (shapes.crop, [IMAGE, 6]),
    "shapes.resize": (shapes.resize, [IMAGE, 40]),
    "shapes.rotate": (shapes.rotate, [IMAGE, 10]),
    "shapes.hamming": (shapes.hamming, [[1, 0, 1, 1], [1, 1, 1, 0]]),
    "shapes.to_hex": (shapes.to_hex, [[1, 0, 1, 1, 0, 0, 0, 1]]),
}


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("name", sorted(HELPERS))
def test_helpers_answer_bad_input_with_a_sentence(name):
    fn, good = HELPERS[name]
    fn(*good)  # the good call works
    for i in range(len(good)):
        for bad in BAD:
            args = list(good)
            args[i] = bad
            try:
                fn(*args)
            except InputError as exc:
                assert not JARGON.search(str(exc)), (name, i, bad, str(exc))
            # any other exception fails the test with its traceback


def test_a_misspelt_setting_is_named_with_the_right_one():
    with pytest.raises(InputError, match="no setting called prevalance. Did you mean prevalence?"):
        baserate.screening(1e11, prevalance=1e-6)
    with pytest.raises(InputError, match="still ...: replace it first"):
        regulation.max_penalty(...)


def test_prompt_answers_never_raise_anything_but_input_error(folder):
    for bad in BAD:
        for args in ((bad, 3, "x"), ("core.default-e2ee", bad, "x"), ("core.default-e2ee", 3, bad)):
            try:
                prompt_api.answer(*args, phase="before")
            except InputError as exc:
                assert not JARGON.search(str(exc)), (args, str(exc))
    with pytest.raises(InputError, match='Did you mean "core.default-e2ee"'):
        prompt_api.answer("core.default-e2e", 3, "x", phase="before")


def test_the_kernel_shows_an_input_error_as_one_line():
    shown = []

    class Shell:  # the part of IPython's shell the hook uses
        def _showtraceback(self, etype, value, stb):
            shown.append(stb)

    lines = errors._handler(Shell(), InputError, InputError("Give a number."), None)
    assert shown == [lines] and len(lines) == 1 and lines[0].endswith("Give a number.")
    assert "Traceback" not in lines[0]


@pytest.mark.parametrize("qid", sorted(checks.questions()))
def test_no_answer_to_any_question_raises_or_speaks_python(qid):
    for bad in [*BAD, np.array([1.0, 2.0]), pd.DataFrame({"a": [1]}), pd.Timedelta(days=3),
                1j, len, pd.NA, b"bytes", "   ", "...", {"x"}, frozenset()]:
        fb = checks.check(qid, bad)
        assert "error inside the pack" not in fb.message, (qid, bad, fb.message)
        assert not JARGON.search(fb.message), (qid, bad, fb.message)


def test_question_ids_typed_wrongly_get_a_sentence():
    for qid in (3.1, "3.99", " 3.1 ", "x", None, 31, ...):
        fb = checks.check(qid, 1)
        assert isinstance(fb.message, str) and not JARGON.search(fb.message)
    assert checks.check(" 3.3 ", ...).status == checks.NOT_ANSWERED


def test_a_repeated_phrase_does_not_count_as_a_written_answer():
    q = checks.question("0.3")
    phrase = "content notes make people anxious. "
    fb = checks.check("0.3", phrase * 20)
    assert fb.status == TOO_SHORT and "Repeated phrases count once" in fb.message
    assert checks.words_that_count(phrase * 20) == 5
    genuine = ("Bridgland and colleagues found that warnings did not reduce distress and "
               "raised anxiety while people waited. A note still lets people choose how and "
               "when to take part, if there is a real alternative, no penalty and support "
               "they can reach.")
    assert checks.words_that_count(genuine) == len(genuine.split())
    assert checks.check("0.3", genuine).status == REVEALED
    assert q.min_words == 30


def test_a_written_answer_must_be_text():
    fb = checks.check("0.3", 42)
    assert fb.status == PROBLEM and "quotation marks" in fb.message


def test_the_screening_display_names_each_attribute_a_hint_refers_to():
    result = baserate.screening(1e11, 1e-6, 0.9, 1e-6, 5)
    text = result.text()
    for attr in ("harmful", "flags", "true_flags", "false_flags", "share_real"):
        assert f".{attr}" in text
        assert isinstance(getattr(result, attr), float)
