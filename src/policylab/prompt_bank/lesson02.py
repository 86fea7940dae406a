"""Lesson 02's discussion prompt, asked near the start, before the figures are examined.

The reveal appears once a learner has saved an answer, which is before the analysis, so
it sets out both cases and points to what the lesson goes on to check; the lesson ends
by inviting learners to look back at their answer and revise it (revisions are kept).
"""

from __future__ import annotations

from ..prompt_model import Prompt

PROMPTS = [
    Prompt(
        "2.offending-growing",
        "The figures in the press release show that offending against children online is "
        "growing.",
        title="Do the release's figures show growth?",
        reveal=(
            "For: every series the release draws on points the same way. The police image "
            "database grew from about 4.4 million images at its launch in 2014 to a stated "
            "20 million in 2021; the National Crime Agency's estimate of people posing a "
            "sexual risk to children rose from 'at least 300,000' (2020) to 550,000-850,000 "
            "(2021); and the release sets 192 arrests a year against 850 offenders a month. "
            "Bailey, the police lead for child protection, spoke from what forces were "
            "seeing, and several measures rising together are harder to dismiss than one.\n\n"
            "Against: each figure counts something other than offending. A database total "
            "is a running total that can only grow, and it grows with what police seize and "
            "upload; the NCA's 2021 estimate used a new method, so it cannot be set "
            "beside the 2020 figure as a trend; and the arrests comparison puts one unit's "
            "year beside all UK forces' month, so it also reflects more referrals and more "
            "police capacity. More detection can look exactly like more offending.\n\n"
            "What evidence can and cannot settle: the lesson below puts each figure in a "
            "common unit and checks its scope, period and method. That can show whether a "
            "comparison is like with like. It cannot show whether offending itself grew: "
            "that needs the same measure, made the same way, over time, and independent of "
            "police activity. Keep your answer, and look back at it at the end of the lesson."
        ),
    ),
]
