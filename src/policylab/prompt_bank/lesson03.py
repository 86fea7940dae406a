"""Lesson 03's discussion prompt: what a fall in reports after encryption means."""

from __future__ import annotations

from ..prompt_model import Prompt

PROMPTS = [
    Prompt(
        "3.fall-means-less-detected",
        "A fall in reports after a platform turns on end-to-end encryption means less abuse "
        "is being detected, not that there is less abuse.",
        title="A fall in reports",
        reveal=(
            "For: a platform that can no longer see message content cannot find material in "
            "it, and on this view there is no reason why offending itself would drop so "
            "sharply within a year. "
            "NCMEC, as reported by NBC News (2025), said Meta accounted for almost all of the "
            "fall in 2024 and linked it to Meta's encryption; the NCA had warned in December "
            "2023 that its work 'just got harder'. NCMEC itself says its report count is "
            "'not a prevalence measurement', so a fall in reports cannot show a fall in "
            "abuse.\n\n"
            "Against: part of the 2024 fall is a change in how NCMEC counts, not in "
            "detection. Meta says users can still report messages in encrypted chats, and "
            "Meta's own 2021 analysis found that most of what it reported was copies of "
            "content reported before, and judged that most accounts in a sample showed no "
            "malicious intent, so fewer reports need not mean fewer offenders or children "
            "found. Google, X, Discord and Microsoft also reported at least a fifth less in "
            "2024. And the statement assumes its answer: the same data cannot rule out a "
            "real change in offending either.\n\n"
            "What evidence can settle: counts on one basis before and after (NCMEC's "
            "bundling-adjusted incidents, by platform), and what reports lead to, such as "
            "children safeguarded and arrests. What it cannot settle: how much abuse goes "
            "undetected, or what Meta would have reported without encryption, which cannot be "
            "observed."
        ),
    ),
]
