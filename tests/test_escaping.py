"""Everything a learner (or a handed-in file) typed is escaped wherever it becomes HTML.

Each test puts markup into one field that reaches HTML and checks it arrives as text, so
removing any one `html.escape` on learner text makes a test here fail.
"""

from __future__ import annotations

import pytest

from policylab import checks, responses

MARKUP = "<img src=x onerror=alert(1)>"
ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"


@pytest.mark.parametrize("field", ["question_id", "message", "heading", "detail"])
def test_self_check_feedback_escapes_every_field(field):
    values = {"question_id": "1.1", "message": "ok", "heading": "Criteria", "detail": "text"}
    values[field] = MARKUP
    fb = checks.Feedback(values["question_id"], checks.INCORRECT, values["message"],
                         ((values["heading"], values["detail"]),))
    page = fb._repr_html_()
    assert MARKUP not in page and ESCAPED in page


def test_a_save_message_escapes_what_the_learner_typed(folder):
    store = responses.Store(folder)
    result = store.save(MARKUP, None, {"question": "Q", "kind": "scale",
                                       "options": ["Agree"]}, "Agree", "fine")
    page = result._repr_html_()
    assert MARKUP not in page and ESCAPED in page
