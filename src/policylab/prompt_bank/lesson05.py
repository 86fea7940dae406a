"""Lesson 05's discussion prompts: a core prompt the capstone repeats, and one of its own.

``core.client-side-scanning`` is asked before the evidence in lesson 05
(``phase="before"``) and again in the capstone (``phase="after"``), so a lecturer can see
whether views moved. ``5.false-alarms`` follows the base-rate simulator.
"""

from __future__ import annotations

from ..prompt_model import Prompt

PROMPTS = [
    Prompt(
        "core.client-side-scanning",
        "Platforms should be required to scan messages on users' devices before they are "
        "encrypted.",
        phases=("before", "after"),
        title="Client-side scanning",
        reveal=(
            "For: end-to-end encryption stops a platform from scanning messages on its "
            "servers, the route by which most reports of known abuse material have reached "
            "the police. Checking a message on the phone before it is encrypted keeps that "
            "route open without handing anyone a key. Two technical directors at GCHQ and "
            "the NCSC wrote that they had found no reason why such techniques cannot be "
            "applied safely in many situations, with lists of known material from several "
            "child-protection bodies and human review (Levy and Robinson, 2022); the NSPCC "
            "welcomed the paper, and the Online Safety Act 2023 lets Ofcom require accredited "
            "technology where it is necessary and proportionate.\n\n"
            "Against: security researchers concluded that client-side scanning neither "
            "guarantees crime prevention nor prevents surveillance: it can fail, be evaded, "
            "and be widened to look for other things, because whoever controls the list "
            "controls what every phone searches for (Abelson et al., 2021). Apple withdrew its "
            "own plan in 2022; Signal and WhatsApp said they would leave the UK rather than "
            "weaken encryption; and Anderson (2022) argued that most abuse comes to light "
            "through people's own reports and local agencies, and that scanning at scale "
            "would swamp the police with false alarms.\n\n"
            "Evidence can show how accurate a scanner is at scale, how easily it is evaded, "
            "and how much other routes such as user reports still find. It cannot settle how "
            "to weigh everyone's privacy and security against the detection of harm to some "
            "children, or who should be trusted to control the list: those are judgements."
        ),
    ),
    Prompt(
        "5.false-alarms",
        "A scanning system whose flags are mostly false alarms can still be justified, if a "
        "trained person reviews every flag before anything is passed to the police.",
        title="False alarms and human review",
        reveal=(
            "For: review by trained people stops false alarms from reaching the police, and "
            "each true flag may mean a child found or an offender stopped. Apple's 2021 design "
            "relied on a threshold of matches and human review for this reason; Levy and "
            "Robinson (2022) also proposed human review, for example by child-protection "
            "bodies; and the IWF already works with public reports of which only about a "
            "quarter to a third turn out to be abuse material.\n\n"
            "Against: every false flag means a person reading a private message that was "
            "never harmful, so review does not remove the intrusion: it is the intrusion. At "
            "messaging scale even a small error rate can mean thousands of hours of review a "
            "day, as the simulator shows, and "
            "Anderson (2022) argued that scanning at population scale would swamp the police "
            "with false alarms.\n\n"
            "Evidence can show the share of flags that are real and the cost of reviewing "
            "them, once real error rates are published. Whether a given share of false alarms "
            "is a price worth paying is a judgement about privacy, harm and cost."
        ),
    ),
]
