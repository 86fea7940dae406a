"""Lesson 08 (Beyond detection: prevention and design): the values its self-checks compute.

The questions themselves (wording, hints, criteria, model answers) are in
``content/lesson08.yaml``, which names the functions below.

The exercise progresses predict -> compute -> interpret -> critique, on the published
figures in ``prevention_evidence``:

* 8.1 (choice, predict): about how many chatbot displays there were for each call or chat.
* 8.2 (numeric): click-throughs to the Stop It Now website as a percentage of requests
  for information (a conversion rate between two funnel steps).
* 8.3 (numeric): calls or chats per 100,000 chatbot displays.
* 8.4 (numeric): the relative change, in per cent, in the share of searches that used
  CSAM-related words (not the change in percentage points).
* 8.5 (numeric): the percentage rise in contacts to Stop It Now from 2017 to 2019.
* 8.6 (numeric): feedback respondents as a percentage of visits to the self-help program.
* 8.7 (choice, interpret): what a self-selected survey's "50% would like to stop" describes.
* 8.8 (choice, interpret): which design could show that a warning caused a change.
* 8.9 (argued, critique): a headline that the chatbot "cut searches by a third".
* 8.10 (argued, critique): the case for and against one design or regulatory measure,
  and the evidence that would show whether it protects children.

Expected values (and the wrong values the hints catch) are computed from the data when
an answer is checked, never typed in.
"""

from __future__ import annotations

import math

RATIO_OPTIONS = ("about 400", "about 4,000", "about 40,000", "about 400,000")
SURVEY_READINGS = ("all users", "respondents", "program effect", "follow-up")
DESIGNS = ("before and after", "random assignment", "helpline calls", "user survey")


def _ev():
    from policylab.data import load

    return load("prevention_evidence")


def _v(measure: str) -> float:
    frame = _ev()
    return float(frame.loc[frame["measure"] == measure, "value"].iloc[0])


def _nearest_option(ratio: float) -> str:
    """The RATIO_OPTIONS label nearest to `ratio` on a log scale."""
    sizes = {label: float(label.split()[1].replace(",", "")) for label in RATIO_OPTIONS}
    return min(sizes, key=lambda label: abs(math.log10(sizes[label]) - math.log10(ratio)))


def _displays_per_call() -> float:
    return _v("chatbot_displays") / _v("calls_chats")


def _displays_per_click() -> float:
    return _v("chatbot_displays") / _v("click_throughs")


# ------------------------------------------ values named by content/lesson08.yaml


def q8_1_answer():
    """Question 8.1: the answer."""
    return _nearest_option(_displays_per_call())


def q8_1_wrong_2():
    """Question 8.1: the wrong value of hint 2."""
    return _nearest_option(_displays_per_click())


def q8_2_answer():
    """Question 8.2: the answer."""
    return 100 * _v("click_throughs") / _v("info_requests")


def q8_2_wrong_1():
    """Question 8.2: the wrong value of hint 1."""
    return _v("click_throughs") / _v("info_requests")


def q8_2_wrong_2():
    """Question 8.2: the wrong value of hint 2."""
    return 100 * _v("info_requests") / _v("click_throughs")


def q8_2_wrong_3():
    """Question 8.2: the wrong value of hint 3."""
    return 100 * _v("calls_chats") / _v("info_requests")


def q8_3_answer():
    """Question 8.3: the answer."""
    return 100_000 * _v("calls_chats") / _v("chatbot_displays")


def q8_3_wrong_1():
    """Question 8.3: the wrong value of hint 1."""
    return _v("calls_chats") / _v("chatbot_displays")


def q8_3_wrong_2():
    """Question 8.3: the wrong value of hint 2."""
    return 100_000 * _v("click_throughs") / _v("chatbot_displays")


def q8_4_answer():
    """Question 8.4: the answer."""
    return 100 * (_v("search_share_end") - _v("search_share_start")) / _v("search_share_start")


def q8_4_wrong_1():
    """Question 8.4: the wrong value of hint 1."""
    return _v("search_share_end") - _v("search_share_start")


def q8_4_wrong_2():
    """Question 8.4: the wrong value of hint 2."""
    return (
        -100
        * (_v("search_share_end") - _v("search_share_start"))
        / _v("search_share_start")
    )


def q8_4_wrong_3():
    """Question 8.4: the wrong value of hint 3."""
    return 100 * _v("search_share_end") / _v("search_share_start")


def q8_4_wrong_4():
    """Question 8.4: the wrong value of hint 4."""
    return (
        100
        * (_v("search_share_end") - _v("search_share_start"))
        / _v("search_share_end")
    )


def q8_5_answer():
    """Question 8.5: the answer."""
    return 100 * (_v("contacts_2019") / _v("contacts_2017") - 1)


def q8_5_wrong_1():
    """Question 8.5: the wrong value of hint 1."""
    return 100 * _v("contacts_2019") / _v("contacts_2017")


def q8_5_wrong_2():
    """Question 8.5: the wrong value of hint 2."""
    return _v("contacts_2019") / _v("contacts_2017")


def q8_5_wrong_3():
    """Question 8.5: the wrong value of hint 3."""
    return _v("contacts_2019") - _v("contacts_2017")


def q8_5_wrong_4():
    """Question 8.5: the wrong value of hint 4."""
    return _v("contacts_rise_2019")


def q8_6_answer():
    """Question 8.6: the answer."""
    return 100 * _v("feedback_respondents") / _v("selfhelp_visits")


def q8_6_wrong_1():
    """Question 8.6: the wrong value of hint 1."""
    return _v("feedback_respondents") / _v("selfhelp_visits")


def q8_6_wrong_2():
    """Question 8.6: the wrong value of hint 2."""
    return _v("feedback_use_decreased")


def q8_6_wrong_3():
    """Question 8.6: the wrong value of hint 3."""
    return _v("selfhelp_visits") / _v("feedback_respondents")
