"""Lesson 06 (Who is responsible?): self-checks, questions 6.1 to 6.12.

The exercise progresses predict -> compute -> interpret -> critique. The data questions
use NCMEC's CyberTipline reports by platform (``ncmec_reports_by_platform``) for 2023,
the last full year before NCMEC's bundled counting; the lesson itself uses 2020.

* 6.1 (choice, predict): which band Meta's share of all ESP reports in 2023 falls in.
* 6.2 (numeric): reports from Meta's apps in 2023 (Facebook, Instagram, WhatsApp, Threads).
* 6.3 (numeric): Meta's share of all ESP reports in 2023, as a percentage.
* 6.4 (numeric): how many times Apple's count Meta's apps reported in 2023.
* 6.5 to 6.9 (choice): the situational crime prevention aim of five interventions
  (hash-blocking, a warning message, limits on messaging children, user reporting,
  private-by-default accounts for children; the last has two aims).
* 6.10 (choice): the setting in which the platform keeps the most means of guardianship.
* 6.11 (argued, interpret): what report counts show about who looks, and what they cannot.
* 6.12 (argued, critique): the claim that platforms put profit before safeguarding.

Expected values (and the wrong values the hints catch) are computed from the data when
an answer is checked, never typed in.
"""

from __future__ import annotations

from policylab.checks import argued, choice, numeric

YEAR = 2023
SHARE_BANDS = (
    "under a quarter",
    "a quarter to a half",
    "a half to three-quarters",
    "over three-quarters",
)
SCP_AIMS = (
    "increase the effort",
    "increase the risks",
    "reduce the rewards",
    "reduce provocations",
    "remove excuses",
)
SETTINGS = ("a public feed", "an end-to-end encrypted direct message", "cloud file storage")


def _reports():
    from policylab.data import load

    return load("ncmec_reports_by_platform")


def _year(year: int = YEAR):
    r = _reports()
    return r[r["year"] == year]


def _platforms(year: int = YEAR):
    y = _year(year)
    return y[y["row_kind"] == "platform"]


def _total(kind: str, year: int = YEAR) -> int:
    y = _year(year)
    return int(y.loc[y["row_kind"] == kind, "reports"].sum())


def _meta(year: int = YEAR) -> int:
    p = _platforms(year)
    return int(p.loc[p["company"] == "Meta", "reports"].sum())


def _platform(name: str, year: int = YEAR) -> int:
    p = _platforms(year)
    return int(p.loc[p["platform"] == name, "reports"].sum())


def _meta_without_threads(year: int = YEAR) -> int:
    return _meta(year) - _platform("Threads", year)


def _meta_share_pct() -> float:
    return 100 * _meta() / _total("ESP total")


def _band(pct: float) -> str:
    for limit, band in zip((25, 50, 75), SHARE_BANDS, strict=False):
        if pct < limit:
            return band
    return SHARE_BANDS[-1]


def _ratio() -> float:
    return _meta() / _platform("Apple")


# --------------------------------------------------------------------------- predict

choice(
    "6.1",
    "Before you compute: in 2023, what share of all CyberTipline reports from electronic "
    "service providers came from Meta's apps?",
    SHARE_BANDS,
    lambda: _band(_meta_share_pct()),
    hints=[
        (
            lambda band=band: band,
            "Higher than that. In 2020 NCMEC's single Facebook line made most reports from "
            "providers; Meta's apps still dominated in 2023. You will compute the share below.",
        )
        for band in SHARE_BANDS[:-1]
    ],
    explanation=(
        "Meta's apps made most of the reports from providers. Keep in mind what that measures: "
        "how much a company looks and reports, as well as how much its services are used."
    ),
)

# --------------------------------------------------------------------------- compute

numeric(
    "6.2",
    "How many CyberTipline reports did Meta's apps (Facebook, Instagram, WhatsApp and "
    "Threads) make in 2023?",
    _meta,
    tolerance=0,
    unit="reports",
    hints=[
        (
            lambda: _platform("Facebook"),
            "That is Facebook alone. Keep every platform row whose `company` is 'Meta', then "
            "add up their `reports`.",
        ),
        (
            _meta_without_threads,
            "You have left out Threads, which NCMEC lists from 2023. Select on the `company` "
            "column rather than listing platforms by name.",
        ),
        (
            lambda: _total("ESP total"),
            "That is the total for every electronic service provider. Keep only rows whose "
            "`row_kind` is 'platform' and whose `company` is 'Meta'.",
        ),
        (
            lambda: _total("all reports"),
            "That is every CyberTipline report in 2023. Keep only Meta's platform rows.",
        ),
    ],
)

numeric(
    "6.3",
    "What percentage of all electronic service providers' reports in 2023 came from Meta's "
    "apps? Give a number between 0 and 100.",
    _meta_share_pct,
    tolerance=0.2,
    unit="per cent",
    hints=[
        (
            lambda: _meta_share_pct() / 100,
            "That is a fraction of 1. Multiply by 100 to give a percentage.",
        ),
        (
            lambda: 100 * _meta() / _total("all reports"),
            "That divides by all CyberTipline reports, which include reports from the public. "
            "Divide by the 'ESP total' row instead: the question is about providers.",
        ),
        (
            lambda: 100 * _platform("Facebook") / _total("ESP total"),
            "That is Facebook alone. Use the total for all of Meta's apps (question 6.2).",
        ),
    ],
    explanation=(
        "As a share of all CyberTipline reports, including those from the public, Meta's share "
        "is a little lower, because the denominator is larger: always say what a share is of."
    ),
)

numeric(
    "6.4",
    "In 2023, how many times as many reports did Meta's apps make as Apple? (Meta's total "
    "divided by Apple's.)",
    _ratio,
    tolerance=0.005,
    relative=True,
    unit="times",
    hints=[
        (
            lambda: _platform("Facebook") / _platform("Apple"),
            "That uses Facebook alone. Divide the total for all of Meta's apps (6.2) by "
            "Apple's count.",
        ),
        (
            lambda: 1 / _ratio(),
            "That is Apple divided by Meta. Put Meta's total on top.",
        ),
    ],
    explanation=(
        "A ratio this large says more about how differently the two companies look for and "
        "report material, and about the services they run, than about where abuse happens."
    ),
)

# --------------------------------------------------------------------------- interpret

_AIM_NOTE = (
    " Classifying is a judgement: many interventions serve more than one aim, so say which "
    "one does most of the work."
)

choice(
    "6.5",
    "Hash-blocking: when a user tries to upload a file, the service compares its hash with a "
    "list of known abuse material and stops a match from being uploaded at all. Which aim of "
    "situational crime prevention does this mainly serve?",
    SCP_AIMS,
    lambda: "increase the effort",
    hints=[
        (
            lambda: "increase the risks",
            "Reporting a match to NCMEC would raise the risk of being caught, but the blocking "
            "step puts a barrier in front of the upload itself. Which aim is about barriers?",
        ),
        (
            lambda: "reduce the rewards",
            "It does deny the offender what they want, but it works by stopping the act at the "
            "point of upload: a barrier. Which aim is about barriers?",
        ),
    ],
    explanation="It puts a barrier in the way of the offence, like a lock." + _AIM_NOTE,
)

choice(
    "6.6",
    "A warning message: when someone searches for abuse material, the service shows a message "
    "saying that the material is illegal and harms children, with a link to the Stop It Now "
    "helpline. Which aim does this mainly serve?",
    SCP_AIMS,
    lambda: "remove excuses",
    hints=[
        (
            lambda: "increase the risks",
            "The message may make people feel watched, but its main work is to state the rule "
            "and the harm, so no one can tell themselves it is harmless or legal.",
        ),
        (
            lambda: "reduce provocations",
            "Close, but reducing provocations means removing what triggers or tempts people "
            "in the first place. This message speaks to someone already searching.",
        ),
    ],
    explanation=(
        "It states the rule and the harm, and points to help, so it removes the excuse that the "
        "material is harmless or legal." + _AIM_NOTE
    ),
)

choice(
    "6.7",
    "Friction by design: adults cannot send a direct message to a child's account unless the "
    "child already follows them. Which aim does this mainly serve?",
    SCP_AIMS,
    lambda: "increase the effort",
    hints=[
        (
            lambda: "reduce the rewards",
            "Reducing the rewards means hiding or removing what an offender seeks. This limits "
            "how they can reach a child: which aim is about controlling access?",
        ),
        (
            lambda: "increase the risks",
            "It does not make an offender more likely to be seen or caught; it makes contact "
            "harder to make.",
        ),
    ],
    explanation="It controls access to potential targets, making contact harder." + _AIM_NOTE,
)

choice(
    "6.8",
    "User reporting: every message and account has a button that lets a user report it to "
    "the service, which reviews it and can refer it to NCMEC or the police. Which aim does "
    "this mainly serve?",
    SCP_AIMS,
    lambda: "increase the risks",
    hints=[
        (
            lambda: "increase the effort",
            "A report button puts no barrier in the way of the offence; it makes it more "
            "likely that the offence is seen and acted on.",
        ),
        (
            lambda: "remove excuses",
            "It does not state a rule; it adds people who can notice and report, like more "
            "eyes on a street.",
        ),
    ],
    explanation=(
        "It extends guardianship to every user, so offending is more likely to be noticed: it "
        "increases the risk to the offender. It also keeps working inside end-to-end encrypted "
        "services, because the person reporting can see the message." + _AIM_NOTE
    ),
)

choice(
    "6.9",
    "Private by default: children's accounts are private when created, and are not shown to "
    "strangers in search or in 'people you may know' suggestions. This serves two aims. "
    "Which two? Give both, as a list, for example ['aim one', 'aim two'].",
    SCP_AIMS,
    lambda: ("increase the effort", "reduce the rewards"),
    hints=[
        (
            lambda: ("increase the effort",),
            "One of the two. Hiding children's accounts from strangers also conceals what an "
            "offender seeks: which aim is about hiding or removing targets?",
        ),
        (
            lambda: ("reduce the rewards",),
            "One of the two. Private accounts also limit who can reach a child at all: which "
            "aim is about controlling access?",
        ),
    ],
    explanation=(
        "Private accounts control access (increase the effort); keeping children out of "
        "strangers' suggestions conceals potential targets (reduce the rewards). Ofcom's codes "
        "include measures of this kind."
    ),
)

choice(
    "6.10",
    "In which of the lesson's three settings does the platform keep the most ways of acting "
    "as a capable guardian over content?",
    SETTINGS,
    lambda: "a public feed",
    hints=[
        (
            lambda: "cloud file storage",
            "A storage provider can scan files it can read, but private files are seen by few "
            "people. In which setting can the platform, other users and the public all see "
            "what is posted?",
        ),
        (
            lambda: "an end-to-end encrypted direct message",
            "In an end-to-end encrypted message the platform cannot see content at all; only "
            "the people in the conversation can.",
        ),
    ],
    explanation=(
        "On a public feed the platform can scan what is posted, and other users and moderators "
        "can see and report it. In an encrypted message only the people in the conversation can "
        "see content, so guardianship rests on them, on design and on metadata."
    ),
)

argued(
    "6.11",
    "Apple made a few hundred CyberTipline reports a year while Meta's apps made millions. "
    "What can these counts tell you about who looks for abuse material, and what can they "
    "not tell you?",
    criteria=[
        "Uses the computed figures (Meta's total, its share, the ratio to Apple) accurately, "
        "with the year.",
        "Reads reports as a measure of detection and reporting (who looks, with what tools, on "
        "which services), not of where abuse happens; cites NCMEC's caveat that report volume "
        "is not a prevalence measure.",
        "Gives at least two explanations for a low count (fewer users of the kinds of service "
        "that get reported, less scanning, encrypted services, different products) and says the "
        "data cannot tell them apart.",
        "Notes a limit of the data: secondary transcription, platform lists changing over time, "
        "bundled counting from 2024, no figures on users or spending to compare with.",
        "Connects the point to responsibility without deciding it: who looks is not the same as "
        "who ought to look.",
    ],
    model_answer=(
        "In 2023 Meta's apps made tens of millions of reports, most of all providers' reports "
        "and many thousands of times Apple's few hundred. That tells me Meta looked for and "
        "reported material on a very large scale, with hash-matching across services where it "
        "could see content. It does not tell me that abuse happens mostly on Meta's apps: NCMEC "
        "says report volume is not a prevalence measure. A company that looks harder reports "
        "more.\n\n"
        "Apple's low count has several possible explanations: it runs fewer of the public, "
        "social services where material is shared and reported; some of its services are end-to-"
        "end encrypted; and in December 2022 it dropped its plan to scan iCloud Photos, later "
        "saying that scanning private data would create new risks to users' security. "
        "The counts cannot tell these apart, and the pack has no data on users or on spending "
        "to weigh them. So the data show who looks; whether Apple ought to look more, or Meta's "
        "approach is the better one, is a further judgement about privacy and protection."
    ),
    min_words=50,
)

argued(
    "6.12",
    "Bailey said the technology industry puts 'profit before safeguarding children'. Using at "
    "least two ideas from the lesson (routine activity theory and super controllers, "
    "situational crime prevention, responsibilisation, the duty of care, surveillance "
    "capitalism), set out the strongest case for the claim and the strongest reply, and say "
    "what evidence could and could not settle it.",
    criteria=[
        "States the claim fairly and attributes it (Bailey, June 2021), and notes that it is "
        "normative: about priorities and motives.",
        "Uses at least two of the lesson's ideas accurately (for example platforms as place "
        "managers, regulators as super controllers, responsibilisation, the duty of care, the "
        "surveillance-capitalism critique cutting both ways).",
        "Gives the strongest case for the claim with evidence (for example the Home Office's view "
        "that companies were reluctant to adopt tools, wide variation in what companies "
        "report) and the strongest reply with evidence (for example Meta's scale of reporting, "
        "privacy and security as stated reasons, the costs of scanning).",
        "Says what evidence could inform the claim (spending on safety, detection run, "
        "transparency reports) and why it cannot settle a claim about motives.",
        "Does not present either side as settled.",
    ],
    model_answer=(
        "For the claim: platforms are the place managers of online spaces. They design them, "
        "profit from them and hold the tools to detect known material. If they choose designs "
        "that stop them seeing content, such as default end-to-end encryption, they give up a "
        "kind of guardianship that only they could provide. The Home Office said workable "
        "tools existed but companies were reluctant to adopt them, and the reports show huge "
        "differences between companies. In Sampson, Eck and Dunham's terms, this is why a "
        "super controller such as Ofcom is needed: to change what it pays a platform to do.\n\n"
        "The reply: Meta made tens of millions of reports, which costs money and is hard to "
        "square with ignoring safety. Encryption also protects users, children included, from "
        "hackers and abusers, and the surveillance-capitalism critique cuts both ways: "
        "encryption limits a company's own access to data it could otherwise profit from. "
        "Responsibilisation theory warns that handing crime control to firms shifts a public duty "
        "onto private actors.\n\n"
        "Evidence on spending, detection and transparency reports can show what companies do. "
        "It cannot show whether profit came 'before' safety: that depends on motives and on how "
        "privacy and protection are weighed."
    ),
    min_words=60,
)
