"""Lesson 05 (Encryption, exceptional access and client-side scanning): questions 5.1 to 5.10.

The exercise progresses predict -> compute -> interpret -> critique, on the base-rate
arithmetic of scanning every message (`policylab.baserate`) at the scale of WhatsApp's
messages a day (``platform_scale``):

* 5.1 (choice, predict): roughly what share of flags are real, before computing it.
* 5.2 (numeric): harmful messages a day at the stated prevalence (messages x prevalence).
* 5.3 (numeric): false flags a day, with `baserate.screening`.
* 5.4 (numeric): the share of flags that are real, as a percentage.
* 5.5 (numeric): reviewer hours a day at the stated minutes per flag.
* 5.6 (numeric): the share of flags that are real with PhotoDNA's claimed false-positive rate.
* 5.7 (choice, interpret): which settings do not change the share of flags that are real.
* 5.8 (choice, interpret): what Apple's "1 in 1 trillion" figure is counted per.
* 5.9 (argued, interpret): what the computed figures show, and what they cannot show.
* 5.10 (argued, critique): Levy and Robinson against Anderson, on base rates.

The settings in `SETTINGS` are the exercise's stated assumptions (the questions say so);
every expected value, and every wrong value a hint catches, is computed from the data
and the package's functions when an answer is checked.
"""

from __future__ import annotations

from policylab.checks import argued, choice, numeric

# The exercise's stated assumptions ("what if"), not figures from any source.
SETTINGS = {
    "prevalence": 1 / 1_000_000,
    "detection_rate": 0.9,
    "false_positive_rate": 1 / 1_000_000,
    "review_minutes": 5,
}
VOLUME = "WhatsApp messages a day"
PHOTODNA = "PhotoDNA false-positive rate (claimed)"
APPLE = "Apple NeuralHash false account flag (claimed)"

SHARE_OPTIONS = ("about 90%", "about 50%", "about 10%", "about 1%")
SETTING_OPTIONS = (
    "messages a day",
    "prevalence",
    "detection rate",
    "false-positive rate",
    "review minutes",
)
PER_OPTIONS = ("per image scanned", "per message sent", "per account per year")


def _value(item: str) -> float:
    from policylab.baserate import platform_value

    return platform_value(item)


def _run(**changes):
    from policylab.baserate import screening

    settings = {"messages_per_day": _value(VOLUME), **SETTINGS, **changes}
    return screening(**settings)


def _nearest_share_option() -> str:
    share = _run().share_real * 100
    return min(SHARE_OPTIONS, key=lambda o: abs(float(o.split()[1].rstrip("%")) - share))


def _unchanged_settings() -> set[str]:
    """Settings that can be multiplied or changed without moving the share of real flags."""
    base = _run().share_real
    trials = {
        "messages a day": {"messages_per_day": _value(VOLUME) * 10},
        "prevalence": {"prevalence": SETTINGS["prevalence"] * 10},
        "detection rate": {"detection_rate": SETTINGS["detection_rate"] / 2},
        "false-positive rate": {"false_positive_rate": SETTINGS["false_positive_rate"] * 10},
        "review minutes": {"review_minutes": SETTINGS["review_minutes"] * 10},
    }
    return {name for name, change in trials.items()
            if abs(_run(**change).share_real - base) < 1e-12}


def _apple_unit_option() -> str:
    from policylab.data import load

    table = load("platform_scale")
    unit = str(table.loc[table["item"] == APPLE, "unit"].iloc[0])
    matches = [o for o in PER_OPTIONS if o.removeprefix("per ").split()[0] in unit]
    return matches[0]


# --------------------------------------------------------------------------- predict

choice(
    "5.1",
    "Before you compute anything: a scanner finds 90% of harmful messages and wrongly flags "
    "1 in a million harmless ones, and 1 in a million messages is harmful. Of the messages "
    "it flags, roughly what share are really harmful?",
    SHARE_OPTIONS,
    _nearest_share_option,
    hints=[
        (
            lambda: "about 90%",
            "90% is the detection rate: the share of harmful messages that get flagged. This "
            "question asks the reverse: of the flagged messages, how many are harmful? Think "
            "about how many harmless messages there are to be wrongly flagged.",
        ),
        (
            lambda: "about 10%",
            "Closer than most people guess, but count both kinds of flag: for every million "
            "messages, about 0.9 harmful ones are caught and about 1 harmless one is wrongly "
            "flagged.",
        ),
        (
            lambda: "about 1%",
            "That would be right if false alarms outnumbered true flags a hundred to one. Here "
            "the two error rates and the prevalence are all about 1 in a million, so compare "
            "0.9 true flags with about 1 false flag per million messages.",
        ),
    ],
    explanation=(
        "With a prevalence and a false-positive rate of the same size, true and false flags "
        "come in about equal numbers, so only about half the flags are real, even though "
        "the scanner finds 90% of harmful messages. Most people guess much higher."
    ),
)

# --------------------------------------------------------------------------- compute

numeric(
    "5.2",
    "How many harmful messages a day would there be at WhatsApp's scale if 1 in a million "
    "messages were harmful?",
    lambda: _run().harmful,
    tolerance=0.01,
    relative=True,
    unit="harmful messages a day",
    hints=[
        (
            lambda: _run().true_flags,
            "That is the number the scanner catches (90% of them). The question asks how "
            "many harmful messages there are: messages a day x prevalence.",
        ),
        (
            lambda: _value(VOLUME),
            "That is the number of messages a day. Multiply it by the prevalence "
            "(1 / 1_000_000).",
        ),
        (
            lambda: _value(VOLUME) * 1_000_000,
            "You multiplied by a million. 1 in a million means dividing by a million: "
            "multiply by `prevalence`, which is 1 / 1_000_000.",
        ),
    ],
    explanation=(
        "It is an assumption, not a measurement: nobody knows what share of messages is "
        "harmful, which is why the lesson varies it."
    ),
)

numeric(
    "5.3",
    "Using baserate.screening with the exercise's settings, how many harmless messages "
    "would be wrongly flagged each day?",
    lambda: _run().false_flags,
    tolerance=0.01,
    relative=True,
    unit="false flags a day",
    hints=[
        (
            lambda: _run().true_flags,
            "That is the number of true flags (harmful messages caught). You want "
            "`result.false_flags`.",
        ),
        (
            lambda: _run().flags,
            "That is every flag, true and false together. You want only the false ones: "
            "`result.false_flags`.",
        ),
        (
            lambda: _run().missed,
            "That is the number of harmful messages the scanner misses. You want "
            "`result.false_flags`.",
        ),
    ],
    explanation=(
        "A one-in-a-million error rate sounds tiny, but a hundred billion messages a day "
        "make it large."
    ),
)

numeric(
    "5.4",
    "With the same settings, what percentage of flags are real (harmful messages)? Give a "
    "number between 0 and 100.",
    lambda: _run().share_real * 100,
    tolerance=0.5,
    unit="per cent",
    hints=[
        (
            lambda: _run().share_real,
            "That is the share as a fraction of 1. Multiply by 100 for a percentage.",
        ),
        (
            lambda: SETTINGS["detection_rate"] * 100,
            "That is the detection rate: the share of harmful messages that are flagged. "
            "This question asks the reverse: the share of flags that are harmful "
            "(`result.share_real`).",
        ),
        (
            lambda: (1 - _run().share_real) * 100,
            "That is the share of flags that are false alarms. You want the real ones.",
        ),
    ],
    explanation="Compare it with your prediction in 5.1.",
)

numeric(
    "5.5",
    "If a person needs 5 minutes to check each flag, how many hours of review would the "
    "flags need each day?",
    lambda: _run().reviewer_hours,
    tolerance=0.01,
    relative=True,
    unit="hours a day",
    hints=[
        (
            lambda: _run().reviewer_hours * 60,
            "That is in minutes. Divide by 60 for hours.",
        ),
        (
            lambda: _run().false_flags * SETTINGS["review_minutes"] / 60,
            "That counts only the false flags. A reviewer cannot tell a flag is false until "
            "they have checked it, so every flag needs checking.",
        ),
        (
            lambda: _run().true_flags * SETTINGS["review_minutes"] / 60,
            "That counts only the true flags. Every flag needs checking, true or false.",
        ),
        (
            lambda: _run().full_time_reviewers,
            "That is the number of people working 7.5-hour days. The question asks for hours.",
        ),
    ],
    explanation="Divide by 7.5 to see how many people working full time that would take.",
)

numeric(
    "5.6",
    "Replace the false-positive rate with PhotoDNA's claimed rate from the data "
    "(platform_scale). What percentage of flags would then be real?",
    lambda: _run(false_positive_rate=_value(PHOTODNA)).share_real * 100,
    tolerance=0.05,
    unit="per cent",
    hints=[
        (
            lambda: _run(false_positive_rate=_value(PHOTODNA)).share_real,
            "That is a fraction of 1. Multiply by 100 for a percentage.",
        ),
        (
            lambda: _run().share_real * 100,
            "That is the answer to 5.4: the false-positive rate has not changed. Pass "
            "PhotoDNA's claimed rate as the fourth setting.",
        ),
    ],
    explanation=(
        "With an error rate a thousand times smaller, almost every flag is real. But the claim "
        "dates from 2009, is reported second-hand, is worded 'less than', and counts images "
        "matched against known material, not messages."
    ),
)

# --------------------------------------------------------------------------- interpret

choice(
    "5.7",
    "Which settings can you change without changing the share of flags that are real? "
    "Choose every one that applies.",
    SETTING_OPTIONS,
    _unchanged_settings,
    hints=[
        (
            lambda: {"messages a day"},
            "Right as far as it goes: volume scales true and false flags alike. One more "
            "setting changes the workload but not which flags are real.",
        ),
        (
            lambda: {"review minutes"},
            "Right as far as it goes: review time changes hours, not flags. One more setting "
            "scales true and false flags alike.",
        ),
    ],
    explanation=(
        "The number of messages multiplies true and false flags alike, and review time only "
        "changes the hours. The share of real flags depends on prevalence, detection rate "
        "and false-positive rate: a larger platform has more of both kinds of flag, not a "
        "better or worse mix."
    ),
)

choice(
    "5.8",
    "Apple described a '1 in 1 trillion' chance of a false flag. Read the `unit` column of "
    "platform_scale: what is that figure counted per?",
    PER_OPTIONS,
    _apple_unit_option,
    hints=[
        (
            lambda: "per image scanned",
            "That is how PhotoDNA's claimed rate is counted. Read the `unit` of Apple's row.",
        ),
        (
            lambda: "per message sent",
            "Neither vendor's figure is per message. Read the `unit` of Apple's row.",
        ),
    ],
    explanation=(
        "It is per account per year, after about 30 matches: a different unit from a rate per "
        "image or per message, so it cannot be put straight into `false_positive_rate`."
    ),
)

argued(
    "5.9",
    "At the exercise's settings about half of all flags are false and review would take "
    "thousands of hours a day; with PhotoDNA's claimed rate almost every flag is real. What "
    "do these results show, and what can they not show?",
    criteria=[
        "States the base-rate point in their own words: when harmful messages are rare, "
        "even a small false-positive rate applied to a very large number of messages can give "
        "as many false flags as true ones, or more.",
        "Notes that the result turns on settings nobody has measured for messages: the "
        "prevalence, and a false-positive rate for this kind of content and unit.",
        "Distinguishes units: PhotoDNA's claim is per image matched against known material, "
        "Apple's is per account per year after a threshold; neither is a rate per message.",
        "Says what the model leaves out: missed harm (false negatives), evasion, the "
        "difference between known images and new images or text, and what happens after "
        "a flag is reviewed.",
        "Draws no conclusion for or against scanning from the arithmetic alone.",
    ],
    model_answer=(
        "The results show the base-rate problem. If one message in a million is harmful and "
        "the scanner wrongly flags one harmless message in a million, true and false flags "
        "arrive in about equal numbers; at WhatsApp's reported volume that means thousands of "
        "hours of review every day. A scanner that finds 90% of harmful messages still gives "
        "a list of which about half is wrong.\n\n"
        "They cannot show what happens in practice, because the two settings that matter most "
        "are guesses. Nobody knows the share of messages that are harmful, and the only error "
        "rates in the data are vendors' claims in other units: PhotoDNA's is per image and "
        "dates from 2009, Apple's is per account per year after about 30 matches. With "
        "PhotoDNA's claimed rate almost every flag is real, so the answer swings on a figure "
        "no one has tested independently. The model also ignores evasion, new material and "
        "text, which hash lists cannot match. It informs the debate; it does not settle it."
    ),
    min_words=40,
)

# --------------------------------------------------------------------------- critique

argued(
    "5.10",
    "Levy and Robinson (2022) argued that client-side scanning could be applied safely in "
    "many situations; Anderson (2022) replied that scanning at population scale would "
    "swamp the police with false alarms. Using your results, assess how far base rates "
    "support each side, and what evidence would settle the disagreement.",
    criteria=[
        "States each side's position accurately, attributed and dated: Levy and Robinson "
        "(GCHQ and NCSC technical directors, in a paper they said was not government "
        "policy) and Anderson (a security researcher, replying to them).",
        "Uses the computations: how the share of real flags and the review hours depend on "
        "prevalence and on the false-positive rate, and that volume multiplies the workload.",
        "Distinguishes kinds of detection: matching known images with a low claimed error "
        "rate, thresholds and human review (closer to Levy and Robinson's strongest case) "
        "against classifying new images or text, where error rates are likely higher "
        "(closer to Anderson's).",
        "Names evidence that could settle the empirical part (independent error rates per "
        "message at scale, prevalence estimates, review costs, evasion rates) and says what "
        "no evidence can settle (how to weigh privacy against detection).",
        "Gives the strongest form of each side and does not declare a winner on the "
        "arithmetic alone.",
    ],
    model_answer=(
        "Levy and Robinson, two technical directors at GCHQ and the NCSC, in a July 2022 "
        "paper they said was not government policy, argued that client-side scanning could be "
        "applied safely in many situations, for example matching known images against lists "
        "from several child-protection bodies, with human review. Anderson replied in October "
        "2022 that population-scale scanning, especially of text, would swamp the police with "
        "false alarms, and that most abuse comes to light through reports and local agencies.\n\n"
        "The base-rate arithmetic supports each side for a different kind of detection. "
        "For known images, if PhotoDNA's claimed rate of under one in a billion holds, "
        "almost every flag would be real, so reviewers' time would go on real cases rather "
        "than false alarms: Levy and Robinson's strongest case. For new images or grooming "
        "in text, error rates are likely to be far higher (providers surveyed by Pfefferkorn "
        "found automated scanning much less useful beyond known material); at one in a "
        "million about half of all flags are false, and at higher rates false alarms "
        "dominate: Anderson's case. Volume does not change the share of real flags, but it "
        "multiplies the workload: at WhatsApp's scale and the assumed prevalence, even the "
        "true flags alone would take thousands of hours of review a day.\n\n"
        "Independent tests of error rates per message at real scale, estimates of prevalence, "
        "and published review costs and evasion rates would settle much of the empirical "
        "disagreement. They would not settle whether reading innocent people's flagged "
        "messages is a price worth paying, which is a judgement about values."
    ),
    min_words=60,
)
