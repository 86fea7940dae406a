"""Lesson 01's discussion prompt."""

from __future__ import annotations

from ..prompt_model import Prompt

PROMPTS = [
    Prompt(
        "1.source-interests",
        "Knowing who funds a speaker's work, and whom they work with, should change how much "
        "weight a reader gives to the facts and figures they state.",
        title="Sources' interests",
        reveal=(
            "For: interests shape what a speaker counts, chooses and stresses, and a reader "
            "rarely has time to check everything; that is why research and journalism ask "
            "people to declare funding and roles. Knowing them tells you which claims to "
            "check first and whose view may be missing.\n\n"
            "Against: a figure is right or wrong whoever states it, and judging a claim by its "
            "source rather than its evidence is a known error of reasoning. The better answer "
            "is to check the figures against the bodies that publish them, which lesson 02 "
            "does; and the same rule would discount platforms, charities and privacy groups, "
            "who all have interests too.\n\n"
            "Evidence settles the figures, not the principle: after lesson 02 you will know "
            "whether this release's figures held up."
        ),
    ),
]
