"""Lesson 04's discussion prompt: matching known material, and users' privacy."""

from __future__ import annotations

from ..prompt_model import Prompt

PROMPTS = [
    Prompt(
        "4.hash-matching-privacy",
        "Matching the images people share against lists of hashes of known child sexual "
        "abuse material is an acceptable intrusion on users' privacy.",
        title="Hash-matching and privacy",
        reveal=(
            "For: police leaders and child-protection bodies argue that matching is narrowly "
            "targeted. It looks only for copies of images that analysts have already assessed "
            "as illegal, each copy found is a record of a real child's abuse kept from "
            "circulating, and the tools' makers have claimed very low false-match rates (for "
            "PhotoDNA, under one in a billion images: a 2009 claim, known only at second "
            "hand). UK regulation now expects it: Ofcom's illegal harms codes, in force from "
            "17 March 2025, include hash-matching for known material by higher-risk "
            "services.\n\n"
            "Against: security and privacy researchers reply that everyone's images are "
            "examined, not only suspects'; the lists are secret, so users cannot see what is "
            "matched, and the same machinery could be pointed at other content (Abelson et "
            "al., 2021). The 2021 collisions in Apple's NeuralHash showed that harmless "
            "images can be made to match, and a false match can mean a stranger viewing "
            "private images. On an end-to-end encrypted service, matching would have to run "
            "on the user's own device, which they see as a new form of surveillance.\n\n"
            "What evidence can settle: independent tests of false-match rates at real scale, "
            "audits of what lists contain, and counts of how often matches lead to children "
            "being safeguarded. What it cannot settle: whether a given intrusion is worth "
            "what it finds, and whether it matters if the matching happens on a company's "
            "server or on a person's phone. Those are judgements about rights."
        ),
    ),
]
