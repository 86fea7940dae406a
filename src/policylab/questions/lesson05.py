"""Lesson 05 (Encryption, exceptional access and client-side scanning): computed values.

The questions themselves (wording, hints, criteria, model answers) are in
``content/lesson05.yaml``, which names the functions below.

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


# ------------------------------------------ values named by content/lesson05.yaml


def q5_2_answer():
    """Question 5.2: the answer."""
    return _run().harmful


def q5_2_wrong_1():
    """Question 5.2: the wrong value of hint 1."""
    return _run().true_flags


def q5_2_wrong_2():
    """Question 5.2: the wrong value of hint 2."""
    return _value(VOLUME)


def q5_2_wrong_3():
    """Question 5.2: the wrong value of hint 3."""
    return _value(VOLUME) * 1_000_000


def q5_3_answer():
    """Question 5.3: the answer."""
    return _run().false_flags


def q5_3_wrong_1():
    """Question 5.3: the wrong value of hint 1."""
    return _run().true_flags


def q5_3_wrong_2():
    """Question 5.3: the wrong value of hint 2."""
    return _run().flags


def q5_3_wrong_3():
    """Question 5.3: the wrong value of hint 3."""
    return _run().missed


def q5_4_answer():
    """Question 5.4: the answer."""
    return _run().share_real * 100


def q5_4_wrong_1():
    """Question 5.4: the wrong value of hint 1."""
    return _run().share_real


def q5_4_wrong_3():
    """Question 5.4: the wrong value of hint 3."""
    return (1 - _run().share_real) * 100


def q5_5_answer():
    """Question 5.5: the answer."""
    return _run().reviewer_hours


def q5_5_wrong_1():
    """Question 5.5: the wrong value of hint 1."""
    return _run().reviewer_hours * 60


def q5_5_wrong_2():
    """Question 5.5: the wrong value of hint 2."""
    return _run().false_flags * SETTINGS["review_minutes"] / 60


def q5_5_wrong_3():
    """Question 5.5: the wrong value of hint 3."""
    return _run().true_flags * SETTINGS["review_minutes"] / 60


def q5_5_wrong_4():
    """Question 5.5: the wrong value of hint 4."""
    return _run().full_time_reviewers


def q5_6_answer():
    """Question 5.6: the answer."""
    return _run(false_positive_rate=_value(PHOTODNA)).share_real * 100


def q5_6_wrong_1():
    """Question 5.6: the wrong value of hint 1."""
    return _run(false_positive_rate=_value(PHOTODNA)).share_real


def q5_6_wrong_2():
    """Question 5.6: the wrong value of hint 2."""
    return _run().share_real * 100
