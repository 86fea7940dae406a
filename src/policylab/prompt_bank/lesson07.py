"""Lesson 07's discussion prompt: should Ofcom require accredited scanning in encrypted services?"""

from __future__ import annotations

from ..prompt_model import Prompt

PROMPTS = [
    Prompt(
        "7.ofcom-accredited-tech",
        "Ofcom should require services that use end-to-end encryption to deploy accredited "
        "scanning technology for known child sexual abuse material.",
        title="Accredited scanning in encrypted services",
        reveal=(
            "For: section 121 of the Online Safety Act 2023 already allows this only where "
            "Ofcom judges it necessary and proportionate, and only with technology accredited "
            "against minimum standards of accuracy (Ofcom, 2024). Supporters, including the "
            "NSPCC, welcomed the view of two senior government technical experts that they had "
            "found 'no reason why client-side scanning techniques cannot be safely applied in "
            "many of the situations one will encounter' (Levy and Robinson, 2022). Known "
            "material can be matched without anyone reading messages, and without such a "
            "requirement encryption may hide material that was detected before.\n\n"
            "Against: security researchers argue that scanning on the device 'neither "
            "guarantees efficacious crime prevention nor prevents surveillance' (Abelson et "
            "al., 2021), and messaging companies said they would rather leave the UK than "
            "weaken encryption. The EU's data protection authorities warned that detection "
            "orders risked 'generalised and indiscriminate scanning' (EDPB and EDPS, 2022), and "
            "in 2024 the European Court of Human Rights found a statutory duty to decrypt "
            "end-to-end encrypted messages disproportionate (Podchasov v. Russia).\n\n"
            "Evidence can show how accurate an accredited tool is at scale, how often it errs, "
            "and what detection is lost without it; Ofcom's accreditation is meant to test the "
            "first two. Evidence cannot settle how much risk to everyone's security is worth "
            "how much detection: that is a judgement of proportionality, which courts, "
            "regulators and voters make."
        ),
    ),
]
