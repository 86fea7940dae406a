"""Contested classifications: a self-check accepts each defensible answer and says why."""

from __future__ import annotations

from policylab import checks


def test_warning_message_accepts_both_defensible_aims():
    main = checks.check("6.6", "remove excuses")
    other = checks.check("6.6", "increase the risks")
    assert main.status == checks.CORRECT and other.status == checks.CORRECT
    assert other.message.startswith("Also defensible.")
    assert "Prichard" in other.message  # the reason cites the evidence for the second reading


def test_other_options_are_still_wrong():
    for wrong in ("reduce provocations", "reduce the rewards", "increase the effort"):
        assert checks.check("6.6", wrong).status != checks.CORRECT, wrong


def test_also_correct_answers_are_options_and_differ_from_the_main_answer():
    for qid, q in checks.questions().items():
        if q.kind != "choice" or not q.also_correct:
            continue
        options = {o.lower() for o in q.options}
        main = q.expected()
        main = {main.lower()} if isinstance(main, str) else {m.lower() for m in main}
        for other, why in q.also_correct:
            other = {other.lower()} if isinstance(other, str) else {o.lower() for o in other}
            assert other <= options, qid
            assert other != main, qid
            assert len(why.split()) >= 10, f"{qid}: say why the other answer is defensible"
