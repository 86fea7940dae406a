"""Lesson 08's discussion prompt: prevention or detection spending."""

from __future__ import annotations

from ..prompt_model import Prompt

PROMPTS = [
    Prompt(
        "8.prevention-vs-detection",
        "Money spent on preventing abuse (helplines, deterrence, education, safer design) "
        "protects more children than the same money spent on detecting abuse material.",
        title="Prevention or detection spending",
        reveal=(
            "For: prevention charities such as the Lucy Faithfull Foundation, which runs Stop It "
            "Now, and Protect Children argue that detection acts after a child has been abused and "
            "the images shared, while helplines, warnings and safer design can act earlier and "
            "reach people who would never be caught. In anonymous surveys many people who search "
            "for abuse material say they want to stop but have not found help (Protect Children, "
            "2023; Nurmi et al., 2024), and police leaders have said that the police alone cannot "
            "stop the demand (NPCC, 2019).\n\n"
            "Against: police leaders and the National Crime Agency argue that detection finds "
            "offenders and children at risk now; the NCA has pointed to a case in which "
            "Facebook's data was crucial to a conviction (The Independent, 2021). Detection also "
            "gives deterrence its force: a "
            "warning to 'get help or get caught' works only if people can be caught. Prevention "
            "reaches only those willing to be reached, and its measured results (calls, clicks) "
            "are small beside the scale of reports.\n\n"
            "What evidence can and cannot settle: studies can show whether one measure changes one "
            "behaviour, such as repeat searching or asking for help. No study compares the two "
            "kinds of spending directly, and none could easily: abuse that is prevented is never "
            "observed; the two are counted in different units (contacts and clicks against "
            "reports, arrests and children safeguarded); their costs are not published on the "
            "same basis; and each depends on the other. Weighing a child protected now against "
            "harm avoided later is also a question of values."
        ),
    ),
]
