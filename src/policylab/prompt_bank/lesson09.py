"""Lesson 09's discussion prompt: which option a UK policy brief should recommend.

The capstone also asks the core prompts again with ``phase="after"`` (see ``core`` and
``lesson05``); this prompt is its own, asked once, after the evidence table. Its options are
named, so a lecturer's collect step can chart the class's provisional choices.
"""

from __future__ import annotations

from ..prompt_model import Prompt

PROMPTS = [
    Prompt(
        "9.recommended-option",
        "Which option should a UK policy brief recommend for finding and preventing the sharing "
        "of child sexual abuse material on end-to-end encrypted messaging services?",
        options=(
            "A: encryption with reporting and design",
            "B: client-side scanning of known material",
            "C: accredited technology by Ofcom notice",
            "D: prevention first",
            "A combination of these",
        ),
        kind="options",
        title="Recommended option",
        context="Choose the option you would recommend today; a combination is allowed.",
        reveal=(
            "For: the case for A is that it keeps every user's messages secure, children's "
            "included, and relies on routes that work inside encryption: providers surveyed use "
            "user reports more than any other technique (Pfefferkorn, 2022), and WhatsApp, "
            "encrypted by default since 2016, still makes reports. The case for B is that most "
            "of what Meta reported in two months of 2020 was already-known material (Meta, "
            "2021), which software on the phone can match without anyone reading messages (Levy "
            "and Robinson, 2022). "
            "The case for C is that Parliament has already given Ofcom a narrow power, usable "
            "only with accredited technology and only where necessary and proportionate "
            "(Ofcom, 2024). The case for D is that prevention acts before a child is harmed and "
            "reaches people detection never finds (lesson 08). The case for a combination is "
            "that each option covers gaps in the others.\n\n"
            "Against: A accepts a loss of detection, and reporting needs someone willing to "
            "report; NCMEC's comparable count of incidents fell by about a fifth in the year "
            "after Messenger's change (NBC News, 2025, a secondary source). B puts software "
            "that searches private content on every phone, which security researchers say can "
            "fail, be evaded and be widened (Abelson et al., 2021). C depends on technology "
            "that, in the pack's sources, had not yet been accredited, and critics say a power "
            "kept in reserve still threatens secure services (Open Rights Group, 2023). D rests "
            "mostly on evaluations without a comparison group and on self-selected surveys, and "
            "prevention cannot find a child being abused now. A combination can hide which "
            "costs are being accepted, and by whom.\n\n"
            "Evidence can show how much detection each option keeps or loses, how accurate an "
            "accredited tool is, and whether a prevention measure changes behaviour, once such "
            "studies exist; the pack's data hold little on any of these. Evidence cannot settle "
            "how to weigh everyone's privacy and security against the detection of harm to some "
            "children: a brief has to make that judgement openly."
        ),
    ),
]
