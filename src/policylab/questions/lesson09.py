"""Lesson 09 (Capstone: a balanced policy brief): self-checks, questions 9.1 to 9.12.

The exercise progresses predict -> compute -> interpret -> critique, building entries for
the learner's own evidence table and then drafting the brief:

* 9.1 (choice, predict): roughly what share of all CyberTipline reports Meta's platforms
  made in the first year after Messenger's default encryption.
* 9.2 (choice, predict): which of four figures the pack's data mark as verified.
* 9.3 (numeric): Meta's share of all reports in that year, in per cent.
* 9.4 (numeric): the fall, in per cent, from the year-before reports to NCMEC's
  bundling-adjusted incidents (not the raw fall in bundled reports).
* 9.5 (numeric): Meta's fall in reports as a percentage of the fall in all reports
  (more than 100: everyone else's reports rose).
* 9.6 (numeric): children safeguarded in a year at the NCA's December 2023 monthly rate.
* 9.7 (choice, interpret): what WhatsApp's rising count of reports can and cannot show.
* 9.8 (choice, interpret): what the status "verified" tells a reader, and what it does not.
* 9.9 (argued, critique): the brief's problem statement.
* 9.10 (argued, critique): the strongest case against the option the learner leans towards.
* 9.11 (argued, critique): a recommendation with its costs, risks and what would change it.
* 9.12 (argued, critique): a self-assessment against the rubric; reveals an annotated model
  brief.

The years compared come from the policy timeline (the date Meta made encryption the default
on Messenger), and every expected value, and every wrong value a hint catches, is computed
from the data when an answer is checked, never typed in. The argued questions' criteria are
the top-band descriptors of the rubric in lesson 09. Two of the model answers (9.11 and the
model brief in 9.12) recommend different options from the same evidence, to show that the
rubric rewards reasoning, not a side.
"""

from __future__ import annotations

from policylab.checks import argued, choice, numeric

SHARE_OPTIONS = ("about a third", "about half", "about two-thirds", "about nine in ten")
_SHARE_SIZES = dict(zip(SHARE_OPTIONS, (1 / 3, 1 / 2, 2 / 3, 9 / 10), strict=True))
FIGURES = ("ncmec incidents", "nca estimate", "nca arrests", "whatsapp messages")
WHATSAPP_READINGS = ("no effect", "other routes", "more abuse", "counting error")
STATUS_READINGS = ("caused", "seen at source", "replicated", "exact")


def _load(name: str):
    from policylab.data import load

    return load(name)


# --------------------------------------------------------------------------- data helpers


def _years() -> tuple[int, int]:
    """The year Messenger's default encryption began, and the first full year after it."""
    timeline = _load("policy_timeline")
    start = timeline.loc[timeline["event"].str.contains("Messenger"), "date"].iloc[0]
    return int(start.year), int(start.year) + 1


def _platforms():
    frame = _load("ncmec_reports_by_platform")
    return frame[~frame["provisional"]]


def _meta(year: int) -> float:
    p = _platforms()
    rows = p[(p["row_kind"] == "platform") & (p["company"] == "Meta") & (p["year"] == year)]
    return float(rows["reports"].sum())


def _platform(name: str, year: int) -> float:
    p = _platforms()
    return float(p.loc[(p["platform"] == name) & (p["year"] == year), "reports"].sum())


def _total(kind: str, year: int) -> float:
    p = _platforms()
    return float(p.loc[(p["row_kind"] == kind) & (p["year"] == year), "reports"].sum())


def _meta_share(year: int) -> float:
    return 100 * _meta(year) / _total("all reports", year)


def _nearest_share(share: float) -> str:
    return min(SHARE_OPTIONS, key=lambda label: abs(_SHARE_SIZES[label] - share / 100))


def _reports(year: int) -> float:
    y = _load("ncmec_reports_by_year")
    return float(y.loc[(y["year"] == year) & (y["measure"] == "reports"), "value"].iloc[0])


def _incidents(year: int) -> float:
    y = _load("ncmec_reports_by_year")
    rows = y[(y["year"] == year) & (y["measure"] == "incidents (bundling-adjusted)")]
    return float(rows["value"].iloc[0])


def _fall_incidents() -> float:
    before, after = _years()
    return 100 * (_reports(before) - _incidents(after)) / _reports(before)


def _meta_fall() -> float:
    before, after = _years()
    return _meta(before) - _meta(after)


def _total_fall() -> float:
    before, after = _years()
    return _total("all reports", before) - _total("all reports", after)


def _scale(row_id: str):
    return _load("scale_claims").set_index("row_id").loc[row_id]


def _status(label: str) -> str:
    """The status in the pack's data of each figure named in question 9.2."""
    if label == "ncmec incidents":
        y = _load("ncmec_reports_by_year")
        return str(y.loc[y["measure"] == "incidents (bundling-adjusted)", "status"].iloc[0])
    if label == "nca estimate":
        return str(_scale("SC08")["status"])
    if label == "nca arrests":
        return str(_scale("SC40")["status"])
    scale = _load("platform_scale")
    return str(scale.loc[scale["item"] == "WhatsApp messages a day", "status"].iloc[0])


def _verified() -> list[str]:
    return [label for label in FIGURES if _status(label) == "verified"]


# --------------------------------------------------------------------------- predict

choice(
    "9.1",
    "Before you compute: Meta's platforms made more than nine reports in every ten in 2019 and "
    "2020. In the first full year after Meta made encryption the default on Messenger, what "
    "share of all CyberTipline reports do you expect its platforms made?",
    SHARE_OPTIONS,
    lambda: _nearest_share(_meta_share(_years()[1])),
    hints=[
        (
            lambda: "about nine in ten",
            "That was Meta's share before the change. Meta's reports fell sharply in that "
            "year, while some other companies' reports rose.",
        ),
        (
            lambda: "about half",
            "Meta's own reports fell by more than half, but the total fell too: a share depends "
            "on both. Compute it below.",
        ),
        (
            lambda: "about a third",
            "Meta's own reports fell by more than half, but the total fell too: a share depends "
            "on both. Compute it below.",
        ),
    ],
    explanation=(
        "Meta's share fell, but its platforms still made most of the reports. A share can hold "
        "up even when a count halves, if the total falls too; and a fall in one company's "
        "reports is not a fall in abuse."
    ),
)

choice(
    "9.2",
    "Before you look: which of these figures does the pack's data mark as verified (seen in "
    "the publisher's own page or file)? Give one label, or a list of labels if you think "
    "several are.",
    FIGURES,
    _verified,
    hints=[
        (
            lambda: "ncmec incidents",
            "NCMEC's 2024 incidents figure reached the pack through NBC News's report (a copy at "
            "EIN News): a secondary source. Look for a figure the pack saw in the publisher's own "
            "statement.",
        ),
        (
            lambda: "nca estimate",
            "The NCA's 2021 range reached the pack through The Independent's report of the "
            "NCA's assessment: a news report quoting the publisher is secondary.",
        ),
        (
            lambda: "whatsapp messages",
            "WhatsApp's messages a day come from news reports of Meta's earnings call: "
            "secondary, and rounded ('about').",
        ),
    ],
    explanation=(
        "Only the NCA's own statement of December 2023 was seen at its publisher. The others "
        "can still go into a brief, reported as what they are: 'as reported by ...'."
    ),
)

# --------------------------------------------------------------------------- compute

numeric(
    "9.3",
    "What percentage of all CyberTipline reports did Meta's platforms make in the first full "
    "year after Messenger's change? Give a percentage between 0 and 100.",
    lambda: _meta_share(_years()[1]),
    tolerance=0.2,
    unit="per cent",
    hints=[
        (
            lambda: _meta_share(_years()[1]) / 100,
            "That is the share as a fraction of 1. Multiply by 100 to give a percentage.",
        ),
        (
            lambda: 100 * _meta(_years()[1]) / _total("ESP total", _years()[1]),
            "That divides by the total for online services only ('ESP total'). The question "
            "asks for the share of all reports.",
        ),
        (
            lambda: 100 * _platform("Facebook", _years()[1]) / _total("all reports", _years()[1]),
            "That counts Facebook's line only. Meta's platforms are listed separately: use the "
            "sum for the company, as `meta` does.",
        ),
        (
            lambda: _meta_share(_years()[0]),
            "That is the year before the change. The question asks about the first full year "
            "after it.",
        ),
    ],
    explanation=(
        "About two reports in three, down from more than nine in ten in 2019-2020. Reports "
        "show who looks and reports, not where abuse happens."
    ),
)

numeric(
    "9.4",
    "By what percentage did NCMEC's comparable count fall, from the reports of the year "
    "before Messenger's change to the bundling-adjusted incidents of the year after? Give the "
    "fall as a positive number.",
    _fall_incidents,
    tolerance=0.2,
    unit="per cent",
    hints=[
        (
            lambda: 100 * (_reports(_years()[0]) - _reports(_years()[1])) / _reports(_years()[0]),
            "That compares the earlier reports with the later bundled reports: more than half of "
            "that fall is a change of counting. Use the bundling-adjusted incidents for the "
            "later year.",
        ),
        (
            lambda: -_fall_incidents(),
            "Give the fall as a positive number.",
        ),
        (
            lambda: 100
            * (_reports(_years()[0]) - _incidents(_years()[1]))
            / _incidents(_years()[1]),
            "Divide by the earlier year's count, where the fall starts from.",
        ),
        (
            lambda: _fall_incidents() / 100,
            "That is a fraction of 1. Multiply by 100 to give a percentage.",
        ),
    ],
    explanation=(
        "About a fifth. NCMEC's incidents figure is rounded to the nearest 0.1 million, so "
        "'about a fifth' is as precise as a brief should be, and one year cannot show how much "
        "of the fall is lasting."
    ),
)

numeric(
    "9.5",
    "Meta's reports fell between the two years, and so did all reports. What is Meta's fall "
    "as a percentage of the fall in all reports?",
    lambda: 100 * _meta_fall() / _total_fall(),
    tolerance=0.2,
    unit="per cent",
    hints=[
        (
            lambda: 100 * _meta_fall() / _meta(_years()[0]),
            "That is Meta's fall as a share of Meta's own earlier reports. The question asks "
            "for Meta's fall as a share of the fall in all reports.",
        ),
        (
            lambda: 100 * _total_fall() / _meta_fall(),
            "That divides the wrong way round: Meta's fall goes on top.",
        ),
        (
            lambda: _meta_fall() / _total_fall(),
            "That is a fraction. Multiply by 100 to give a percentage.",
        ),
    ],
    explanation=(
        "More than 100%: Meta's reports fell by more than the total did, so everyone else's "
        "reports, taken together, rose. A share above 100% is the sign of parts moving in "
        "opposite directions (lesson 03)."
    ),
)

numeric(
    "9.6",
    "At the rate the NCA gave in December 2023, how many children would be safeguarded in a "
    "year?",
    lambda: float(_scale("SC41")["value_low"]) * 12,
    tolerance=0,
    unit="children",
    hints=[
        (
            lambda: float(_scale("SC41")["value_low"]),
            "That is the figure for a month. Multiply by 12 for a year.",
        ),
        (
            lambda: float(_scale("SC40")["value_low"]) * 12,
            "That is arrests (row SC40). The question asks about children safeguarded (SC41).",
        ),
        (
            lambda: float(_scale("SC40")["value_low"]),
            "That is arrests a month (row SC40). Use children safeguarded (SC41), times 12.",
        ),
        (
            lambda: float(_scale("SC41")["value_low"]) / 12,
            "Dividing by 12 turns a yearly figure into a monthly one; this goes the other way.",
        ),
    ],
    explanation=(
        "Multiplying a monthly rate by 12 assumes it held all year: the NCA gave a rate in one "
        "statement, not a count for a year. A blog's figure for 2021 (row SC37, a weak source) "
        "is of the same size, but from another source and period, so do not join the two into "
        "a trend."
    ),
)

# --------------------------------------------------------------------------- interpret

choice(
    "9.7",
    "WhatsApp, end-to-end encrypted by default since 2016, made more CyberTipline reports in "
    "the year after Messenger's change than the year before. Which reading does that evidence "
    "support?",
    WHATSAPP_READINGS,
    lambda: "other routes",
    hints=[
        (
            lambda: "no effect",
            "One service's count cannot show that. In the same year Facebook's and Instagram's "
            "reports fell by half or more, and a service encrypted for years may have built "
            "other routes to detection. Which reading claims only what the count shows?",
        ),
        (
            lambda: "more abuse",
            "Reports are not prevalence: a count of reports moves with detection, reporting and "
            "counting, not only with abuse (lesson 03).",
        ),
        (
            lambda: "counting error",
            "Nothing in the data suggests that. A surprising figure is a question to ask, not an "
            "error to assume; the counts for every platform changed to bundled counting that "
            "year.",
        ),
    ],
    explanation=(
        "An encrypted service can still make reports, through routes such as users' reports "
        "and signals outside message content. The data do not say what WhatsApp's reports were "
        "based on, or how many children they led to, so a brief can use the figure to show that "
        "detection inside encryption is not zero, not that encryption costs nothing."
    ),
)

choice(
    "9.8",
    "The reThink evaluation's figures have the status 'verified' in the pack's data. What "
    "does that status tell a reader?",
    STATUS_READINGS,
    lambda: "seen at source",
    hints=[
        (
            lambda: "caused",
            "Status says where a figure was seen, not what the study can show. The "
            "`evidence_type` column says 'observational evaluation': there was no comparison "
            "group (lesson 08).",
        ),
        (
            lambda: "replicated",
            "Nothing in the status says so. 'Verified' means the pack's authors saw the figure "
            "in the publisher's own report.",
        ),
        (
            lambda: "exact",
            "Look at the `qualifier` column: some of the evaluation's figures are 'about'. A "
            "verified figure can be rounded.",
        ),
    ],
    explanation=(
        "'Verified' means the figure was seen in the evaluators' own report, so it is reported "
        "accurately. Whether the study's design can show that the chatbot caused a change is a "
        "separate question, and here the answer is no: a brief needs both the status and the "
        "design."
    ),
)

# --------------------------------------------------------------------------- critique

argued(
    "9.9",
    "Write the problem section of your brief (about 100 to 200 words): the decision, who makes "
    "it and why now; what is at stake, and for whom; what is known, what is disputed and what "
    "is a judgement of values; and what the brief leaves out.",
    criteria=[
        "Rubric, problem definition (70+): names the decision and the decision-maker, and asks "
        "a precise, answerable question.",
        "Says what is at stake for each group affected: children at risk, the children shown "
        "in material, all users (children included) whose messages encryption protects, "
        "services and the police.",
        "Separates what is known (for example that reports fell after Messenger's change) from "
        "what is disputed (why, and what it means for children) and from what is a judgement of "
        "values (how to weigh privacy and security against detection).",
        "Uses any figure with its source, status and scope, and does not treat reports as a "
        "measure of how much abuse there is.",
        "States the scope: what the brief leaves out, and the date its account of the law is "
        "correct to.",
    ],
    model_answer=(
        "Meta began making end-to-end encryption the default for personal chats on Messenger "
        "in December 2023; WhatsApp has been encrypted by default since 2016. The committee "
        "must decide whether, and how, the UK should change its response, so far as finding "
        "and preventing the sharing of child sexual abuse material (CSAM) is concerned. "
        "[Annotation: the decision, the decision-maker and the reason it arises now, with "
        "dates; the key term defined at first use.]\n\n"
        "Two things are at stake. Platforms' own detection has been the main route by which "
        "reports reach the authorities: in 2020 about 99% of reports to the US National "
        "Center for Missing & Exploited Children (NCMEC) came from online services (Grimm, "
        "2026, transcribing NCMEC; secondary). Encryption also protects the messages of every "
        "user, children included, from criminals, hackers and abusive governments (Abelson et "
        "al., 2021). [Annotation: the stakes on both sides, each attributed; the figure "
        "carries its source and status.]\n\n"
        "What is known is that reports fell after Messenger's change. What is disputed is why "
        "(NCMEC also changed how it counts) and what the fall means for children, since "
        "reports are 'not a prevalence measurement' (NCMEC, n.d.). How to weigh everyone's "
        "privacy and security against the detection of harm to some children is a judgement "
        "of values that evidence can inform but not settle. [Annotation: known, disputed and "
        "normative kept apart.]\n\n"
        "This brief covers private messaging on large services in the UK, with the law as of "
        "July 2025. It does not cover public posts, cloud storage or abuse offline. "
        "[Annotation: scope and date stated.]"
    ),
    min_words=50,
)

argued(
    "9.10",
    "Name the option you lean towards (A, B, C, D or a combination). Then write the strongest "
    "case against it, as its opponents would make it: attributed, with evidence from your "
    "table, in terms they would accept (about 150 to 250 words). Do not answer it yet.",
    criteria=[
        "Rubric, fair statement of the opposing case (70+): says which option the writer leans "
        "towards and whose case is being put.",
        "Puts the opposing case at its strongest, in terms its holders would accept, "
        "attributed to named people or organisations with dates.",
        "Uses the opposing side's best evidence, with source, status and scope, rather than its "
        "weakest claim.",
        "Separates the empirical, normative and predictive parts of the case.",
        "Does not rebut it yet, and argues with the case, not the motives of those who make "
        "it.",
    ],
    model_answer=(
        "My brief leans towards option A (default encryption, with reporting, metadata and "
        "design). The strongest case against it is the case for detection made by police "
        "leaders and child-protection charities. [Annotation: the writer's own leaning and "
        "whose case follows are stated first.]\n\n"
        "Almost every report of abuse material that reaches the authorities starts with a "
        "platform's own detection: in 2020 about 99% of NCMEC's reports came from online "
        "services (Grimm, 2026; secondary). In the year after Messenger's change, NCMEC's "
        "comparable count of incidents fell by about a fifth, almost all of it at Meta, which "
        "NCMEC linked to Meta's encryption (NBC News, 2025; secondary); the National Crime "
        "Agency said the change made its work protecting children harder (NCA, 2023). More "
        "than 90% of what Meta reported in two months of 2020 was known or similar material "
        "(Meta, 2021), which "
        "can be matched without anyone reading messages, and two senior technical directors at "
        "GCHQ and the NCSC found 'no reason' why client-side scanning could not be safely "
        "applied in many situations (Levy and Robinson, 2022). [Annotation: the other side's "
        "best evidence, attributed, with statuses.]\n\n"
        "On this view user reports cannot replace detection: where everyone in a group shares "
        "material willingly, nobody reports, and a child may not recognise grooming. That is a "
        "prediction about what A would miss. The normative core is that a service able to see "
        "abuse ought not to make itself unable to. [Annotation: empirical, predictive and "
        "normative parts named; no rebuttal yet.]\n\n"
        "A brief leaning towards B or C would put the mirror case: the security researchers' "
        "and privacy groups' (Abelson et al., 2021; Anderson, 2022; European Court of Human "
        "Rights, 2024). [Annotation: the same discipline applies whichever way a brief leans.]"
    ),
    min_words=60,
)

argued(
    "9.11",
    "Write your recommendation and risks (about 200 to 300 words): what you recommend (a "
    "combination or a conditional choice is fine) and why; why the strongest objection does "
    "not change it, or what you accept from it; what it costs and who bears the cost; what "
    "could go wrong and how it would be noticed; and what evidence would change your mind.",
    criteria=[
        "Rubric, recommendation and risks (70+): a clear recommendation, or a reasoned "
        "conditional one, that follows from the evidence and arguments set out.",
        "Meets the strongest objection on its best evidence, and says what it accepts from it, "
        "rather than ignoring it.",
        "Says what the recommendation costs and who bears each cost.",
        "Names the main risks, how they would be noticed, and a specific finding that would "
        "change the recommendation.",
        "Rubric, reasoning and proportionality (70+): says which part of the choice rests on "
        "a judgement of values rather than on evidence.",
    ],
    model_answer=(
        "This model is by a different writer from 9.10's, one who gives more weight to "
        "detection.\n\n"
        "Recommendation: keep Ofcom's power to require accredited technology (option C), and "
        "use it only to match known material, only on services that risk assessments show to "
        "be high-risk, and only once a tool has passed independent, published tests of accuracy "
        "and of resistance to evasion. Alongside it, require better reporting tools and safer "
        "defaults on every messaging service (option A's measures). [Annotation: a clear, "
        "conditional recommendation; combining options is fine when each part's cost is "
        "stated.]\n\n"
        "Why: NCMEC's comparable count fell by about a fifth in the year after Messenger's "
        "change (NBC News, 2025; secondary), and most of what Meta had reported was known "
        "material (Meta, 2021). Matching known images is the narrowest form of scanning. The "
        "strongest objection is that any scanning on the device is a weakness others can "
        "exploit and widen (Abelson et al., 2021). The conditions answer part of it: "
        "independent tests, a narrow list, use case by case. They do not answer all of it, and "
        "the brief accepts that cost. [Annotation: the objection is met on its best evidence, "
        "and what is not answered is admitted.]\n\n"
        "Costs and risks: every user of a service under a notice bears some risk to privacy and "
        "security; false flags mean innocent messages seen by a reviewer; services may leave "
        "the UK, as Signal and WhatsApp said they would. Watch the published error rates, the "
        "notices issued, evasion found by researchers, and reports that lead to children being "
        "safeguarded. An independent finding that accredited tools are easily evaded or "
        "misused, or that user reports and metadata recover most of the lost detection, would "
        "change this recommendation. [Annotation: who bears the costs, how risks would be "
        "noticed, and what would change the choice.]\n\n"
        "This weighing is a judgement: a writer who gives more weight to everyone's security "
        "could recommend A and D from the same evidence, as the model brief in question 9.12 "
        "does. Both can reach the top band. [Annotation: values named; one defensible choice "
        "among several.]"
    ),
    min_words=60,
)

argued(
    "9.12",
    "Assess your draft (your answers to 9.9 to 9.11, or your full brief if you have written "
    "it) against the rubric: for each of the seven criteria, give the band you think you "
    "reached, a reason from your draft, and one change that would lift it. Then open the "
    "annotated model brief.",
    criteria=[
        "Gives a band for each of the seven criteria, with a reason taken from the draft rather "
        "than a general impression.",
        "Names a specific change for each criterion below the top band (for example 'add the "
        "status and year of the figure in my problem statement').",
        "Checks the draft for the three common traps: reports treated as a measure of abuse, a "
        "secondary or unconfirmed figure stated as fact, and an opposing case stated weakly.",
        "Is candid: finding two things to fix is more useful than giving every criterion the "
        "top band without reasons.",
    ],
    model_answer=(
        "An annotated model brief, shortened (a full brief would be about 1,500 words). Notes "
        "in square brackets say which rubric criterion a passage meets. This model recommends "
        "one option; the model in 9.11 recommends another from the same evidence. Both are "
        "defensible; neither is the pack's view.\n\n"
        "1. Problem. The committee must decide how the UK should respond to end-to-end "
        "encryption by default on large messaging services, so far as finding and preventing "
        "the sharing of child sexual abuse material (CSAM) is concerned. Meta began making "
        "encryption the default on Messenger in December 2023; WhatsApp has been encrypted by "
        "default since 2016. At stake are the detection of abuse material, most of which has "
        "reached the authorities through platforms' own scanning, and the privacy and security "
        "of every user's messages, children's included. Known: reports fell after Messenger's "
        "change. Disputed: why, and what that means for children. A judgement: how to weigh "
        "the two. Scope: private messaging in the UK, law as of July 2025. [Problem "
        "definition: a decision, stakes on both sides, known, disputed and normative kept "
        "apart, scope and date.]\n\n"
        "2. Options. A: keep default encryption, and require better user reporting, metadata "
        "signals and safer defaults. B: client-side scanning of known material on the device. "
        "C: Ofcom requires accredited technology case by case under section 121 of the Online "
        "Safety Act 2023. D: put the next pound into prevention: helplines, warnings, education "
        "and design. The options can be combined. [Clarity: each option described neutrally.]"
        "\n\n"
        "3. Evidence. For detection (B, C): in 2020 about 99% of NCMEC's reports came from "
        "online services (Grimm, 2026, transcribing NCMEC; secondary). In the year after "
        "Messenger's change NCMEC's comparable count of incidents fell by about a fifth, "
        "almost all of it at Meta (NBC News, 2025; secondary), and the NCA said its work had "
        "become harder (NCA, 2023). More than 90% of what Meta reported in two months of 2020 "
        "was known or similar material (Meta, 2021; Meta's own analysis). Two GCHQ and NCSC "
        "technical directors found 'no reason' why client-side scanning could not be safely "
        "applied in many situations (Levy and Robinson, 2022). [Opposing case and evidence: "
        "the detection case at its strongest, every figure with source and status.]\n\n"
        "Against scanning: security researchers conclude that client-side scanning 'neither "
        "guarantees efficacious crime prevention nor prevents surveillance' (Abelson et al., "
        "2021). On WhatsApp's stated 100 billion messages a day (Benzinga, 2020; secondary), an "
        "assumed error rate of one in a million would give about 100,000 false flags a day; no "
        "error rate for scanning messages has been published. The European Court of Human "
        "Rights found a legal duty to decrypt disproportionate (European Court of Human "
        "Rights, 2024). [Evidence: the assumption is labelled as one, and the unit is per "
        "message, not per image.]\n\n"
        "For A: WhatsApp still made about 1.85 million reports in 2024 (Grimm, 2026; "
        "secondary), though the data do not say on what basis, and providers rely on user "
        "reports more than any other technique (Pfefferkorn, 2022). Against A: reporting needs "
        "someone willing to report, and the fall in incidents remains after the change of "
        "counting is taken out. For D: prevention acts before abuse, and half of the "
        "respondents to an anonymous survey said they wanted to stop (Protect Children, 2023). "
        "Against D: that evidence is observational or self-selected (Scanlan et al., 2024), "
        "and prevention cannot find a child being abused now. [Reasoning: each option gets "
        "both sides, and the limits of each kind of evidence are named.]\n\n"
        "What the evidence cannot settle: reports are not prevalence (NCMEC, n.d.), so no "
        "figure here shows how much abuse went undetected, and no accredited tool had been "
        "tested in these sources. [Evidence: the gap is named, not filled.]\n\n"
        "4. Recommendation. Adopt A and D now: require services to make reporting easy for "
        "children, act on metadata signals such as an adult contacting many children's "
        "accounts, apply Ofcom's safer defaults, and fund prevention with evaluations that have "
        "comparison groups. Keep section 121 in reserve, for use only if an accredited tool "
        "passes independent, published tests. The strongest objection, that this accepts a "
        "loss of detection now, is right: the recommendation accepts that cost rather than put "
        "every user's security at risk on tools that have not been tested. [Recommendation: it "
        "follows from the analysis, meets the strongest objection and states its cost.]\n\n"
        "5. Risks, and what would change this. Detection lost now means some children are not "
        "found; reporting tools may not reach children who do not recognise grooming; "
        "prevention budgets are often cut first. Watch NCMEC's bundling-adjusted counts by "
        "platform, children safeguarded from UK referrals, and the results of controlled "
        "prevention trials. Recommend otherwise if an independent test shows an accredited tool "
        "with a low, published false-flag rate that resists evasion, or if referrals that lead "
        "to children being safeguarded fall sharply. [Risks: who bears them, how they would be "
        "noticed, and a specific finding that would change the choice.]\n\n"
        "Why this is one defensible choice: it gives more weight to everyone's security while "
        "the tools are untested. A writer who gives more weight to detection now could "
        "recommend C with strict conditions, as the model in 9.11 does. Both meet the rubric "
        "because each states the other's case at its strongest and says what its own choice "
        "costs. [Reasoning and proportionality: the value judgement is made openly.]\n\n"
        "References: Abelson et al. (2021); Benzinga (2020); European Court of Human Rights "
        "(2024); Grimm (2026); Levy and Robinson (2022); Meta (2021); NBC News (2025); National "
        "Crime Agency (2023); NCMEC (n.d.); Pfefferkorn (2022); Protect Children (2023); "
        "Scanlan et al. (2024). Full entries are in lesson 09's reference list. [Sources: "
        "author-date, secondary sources labelled.]"
    ),
    min_words=50,
)
