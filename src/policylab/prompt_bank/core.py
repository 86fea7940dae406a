"""The core prompts, asked twice: ``phase="before"`` in lessons 00-01, before any
evidence, and ``phase="after"`` in the capstone, so a lecturer can see how views moved."""

from __future__ import annotations

from ..prompt_model import Prompt

BEFORE_AFTER = ("before", "after")

_CORE = [
    Prompt(
        "core.default-e2ee",
        "Messaging services should be free to make end-to-end encryption the default, even "
        "though they then cannot scan message content for known child sexual abuse material.",
        phases=BEFORE_AFTER,
        title="Default end-to-end encryption",
        reveal=(
            "For: end-to-end encryption protects the messages of everyone, children included, "
            "from criminals, hackers and abusive governments. Security researchers argue that "
            "any way of scanning content inside encrypted services creates a weakness others "
            "can exploit (Abelson et al., 2021), and services can still act on user reports "
            "and on account behaviour.\n\n"
            "Against: police leaders and child-protection bodies say that most reports of "
            "abuse material have come from platforms scanning messages, so encryption by "
            "default hides abuse that would otherwise be found. In 2021 the National Crime "
            "Agency called it a 'hidden space' for offenders.\n\n"
            "What evidence can settle: how many reports are lost when encryption arrives, "
            "which later lessons examine. What it cannot settle alone: how to weigh the "
            "privacy and security of many against the detection of harm to some."
        ),
    ),
    Prompt(
        "core.platform-responsibility",
        "Platforms, rather than the police, should carry the main responsibility for "
        "stopping the sharing of child sexual abuse material.",
        phases=BEFORE_AFTER,
        title="Platforms' responsibility",
        reveal=(
            "For: platforms design the spaces where material is shared, hold the data and "
            "the technical means, and profit from the activity; the duty-of-care model "
            "behind UK regulation treats them like operators of a public space (Woods and "
            "Perrin, 2019).\n\n"
            "Against: handing crime control to private companies ('responsibilisation', "
            "Garland, 1996) can shift a public duty onto firms whose first interest is "
            "commercial, and risks over-removal of lawful content; policing, prevention "
            "services and education reach offenders and children in ways content rules "
            "do not.\n\n"
            "This is mostly a normative question: evidence can show what each actor is able "
            "to do, but not on its own who ought to carry the duty."
        ),
    ),
    Prompt(
        "core.mandated-scanning",
        "A regulator should be able to require a service to scan users' private messages "
        "for known child sexual abuse material, if the scanning technology meets set "
        "standards of accuracy.",
        phases=BEFORE_AFTER,
        title="Mandated scanning",
        reveal=(
            "For: the Online Safety Act 2023 gives Ofcom such a power, limited to accredited "
            "technology that meets minimum standards of accuracy and to cases where it is "
            "necessary and proportionate; supporters say a reserve power keeps pressure on "
            "services to find safe ways to detect abuse.\n\n"
            "Against: messaging services and digital-rights groups say no safe way exists to "
            "scan encrypted messages, so the power threatens everyone's security; in 2024 "
            "the European Court of Human Rights held a legal duty to decrypt messages to be "
            "disproportionate (Podchasov v Russia).\n\n"
            "Evidence can show how accurate a technology is at scale, which lesson 05 "
            "explores; whether a given error rate is acceptable is a judgement."
        ),
    ),
]

PROMPTS = _CORE
