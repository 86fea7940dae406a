"""Lesson 06's discussion prompt: who should carry the main responsibility (named options).

The pack's core scale prompt ``core.platform-responsibility`` asks a related question in
lesson 00 and again in the capstone; this one asks learners to name an actor.
"""

from __future__ import annotations

from ..prompt_model import Prompt

PROMPTS = [
    Prompt(
        "6.who-should-act",
        "Who should carry the main responsibility for stopping the sharing of child sexual "
        "abuse material?",
        options=(
            "Platforms",
            "Police and law enforcement",
            "Regulators such as Ofcom",
            "Parents, carers and schools",
            "Shared equally",
        ),
        kind="options",
        title="Who should act",
        context="Choose the actor you think should carry the main duty, then give your reason.",
        reveal=(
            "For: the case for platforms is that they design the spaces where material is "
            "shared, hold the data and the detection tools, and profit from the activity; the "
            "duty-of-care model behind UK regulation treats them as responsible for the "
            "spaces they create (Woods and Perrin, 2019). The case for the police is that only "
            "they and the National Crime Agency can arrest offenders and safeguard children, "
            "and that stopping sharing means stopping people, not only files. The case for a "
            "regulator is that it can set one standard for every service and enforce it: what "
            "criminologists call a super controller (Sampson, Eck and Dunham, 2010). The case "
            "for parents, carers and schools is that they reach children before harm and teach "
            "them to report. The case for sharing the duty is that each actor sees only part "
            "of the picture.\n\n"
            "Against: making platforms the main guardian hands a public duty to private firms "
            "whose first interest is commercial (responsibilisation, Garland, 1996), and may "
            "push them to over-remove lawful content or to scan private messages. Police act "
            "mostly on what others detect and report, and Bailey himself said in 2017 that "
            "police 'cannot arrest our way out' of the problem. A regulator depends on what "
            "platforms can see and on technology that may not exist yet. Putting the duty on "
            "families can shift blame onto children and does little about offenders. And a "
            "duty shared equally can leave no one clearly accountable.\n\n"
            "Evidence can show what each actor is able to detect or prevent: for example, "
            "almost all CyberTipline reports come from platforms' own detection. It cannot "
            "show who ought to carry the duty; that is a judgement about roles, rights and "
            "costs."
        ),
    ),
]
