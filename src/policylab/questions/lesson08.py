"""Lesson 08 (Beyond detection: prevention and design): self-checks, questions 8.1 to 8.10.

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

from policylab.checks import argued, choice, numeric

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


# --------------------------------------------------------------------------- predict

choice(
    "8.1",
    "Before you compute: the chatbot was displayed about 2.8 million times. About how many "
    "displays were there for each call or chat to the Stop It Now helpline?",
    RATIO_OPTIONS,
    lambda: _nearest_option(_displays_per_call()),
    hints=[
        (
            lambda: "about 400",
            "That would mean thousands of calls or chats. Each step of a funnel loses most of "
            "the people in the step before: look at how many requested information at all.",
        ),
        (
            lambda: _nearest_option(_displays_per_click()),
            "That is nearer the ratio for click-throughs to the Stop It Now website. Calls or "
            "chats are the last step, and rarer still.",
        ),
        (
            lambda: "about 400,000",
            "Too rare: that would mean fewer than ten calls or chats in all. The evaluation "
            "counted several dozen.",
        ),
    ],
    explanation=(
        "Funnels narrow sharply at every step. Whether the last step is 'only' a few dozen "
        "people or 'as many as' a few dozen depends on what would have happened without the "
        "chatbot, which the evaluation could not observe."
    ),
)

# --------------------------------------------------------------------------- compute

numeric(
    "8.2",
    "What percentage of the requests for information went on to a click-through to the "
    "Stop It Now website? Give a percentage between 0 and 100.",
    lambda: 100 * _v("click_throughs") / _v("info_requests"),
    tolerance=0.5,
    unit="per cent",
    hints=[
        (
            lambda: _v("click_throughs") / _v("info_requests"),
            "That is the share as a fraction of 1. Multiply by 100 to give a percentage.",
        ),
        (
            lambda: 100 * _v("info_requests") / _v("click_throughs"),
            "That divides the wrong way round. The later, smaller step goes on top: "
            "click-throughs divided by requests.",
        ),
        (
            lambda: 100 * _v("calls_chats") / _v("info_requests"),
            "That uses the calls or chats. This question asks about the click-throughs to the "
            "website, the step after the requests.",
        ),
    ],
    explanation=(
        "A conversion rate compares each step with the one before it. This is the highest rate "
        "in the funnel: the people who asked for information were already engaging."
    ),
)

numeric(
    "8.3",
    "How many calls or chats to the helpline were there for every 100,000 chatbot displays?",
    lambda: 100_000 * _v("calls_chats") / _v("chatbot_displays"),
    tolerance=0.05,
    unit="per 100,000 displays",
    hints=[
        (
            lambda: _v("calls_chats") / _v("chatbot_displays"),
            "That is the rate per display (or per cent). Multiply the number per display by "
            "100,000.",
        ),
        (
            lambda: 100_000 * _v("click_throughs") / _v("chatbot_displays"),
            "That counts the click-throughs to the website. This question asks about calls or "
            "chats, the last step of the funnel.",
        ),
        (
            _displays_per_call,
            "That is the number of displays for each call or chat. Turn it round: calls or "
            "chats divided by displays, times 100,000.",
        ),
    ],
    explanation=(
        "A rate per 100,000 makes a tiny share readable. Remember that displays are not people: "
        "one person can see the chatbot many times."
    ),
)

numeric(
    "8.4",
    "By what percentage did the share of searches using CSAM-related words change, from the "
    "start to the end of the evaluation? Give the relative change in per cent (negative for "
    "a fall), not the change in percentage points.",
    lambda: 100 * (_v("search_share_end") - _v("search_share_start")) / _v("search_share_start"),
    tolerance=0.5,
    unit="per cent",
    hints=[
        (
            lambda: _v("search_share_end") - _v("search_share_start"),
            "That is the change in percentage points (the difference between two percentages). "
            "Divide the difference by the starting share, then multiply by 100.",
        ),
        (
            lambda: -100
            * (_v("search_share_end") - _v("search_share_start"))
            / _v("search_share_start"),
            "The share fell, so the change is negative.",
        ),
        (
            lambda: 100 * _v("search_share_end") / _v("search_share_start"),
            "That is the end share as a percentage of the start. Subtract 100 to get the change.",
        ),
        (
            lambda: 100
            * (_v("search_share_end") - _v("search_share_start"))
            / _v("search_share_end"),
            "Divide by the starting share (where the change is measured from), not the end share.",
        ),
    ],
    explanation=(
        "A fall of a few hundredths of a percentage point is a fall of about a third in "
        "relative terms. Both are true; a headline will usually quote the bigger-sounding one."
    ),
)

numeric(
    "8.5",
    "By what percentage did the number of people contacting Stop It Now rise from 2017 to "
    "2019? Give the rise in per cent.",
    lambda: 100 * (_v("contacts_2019") / _v("contacts_2017") - 1),
    tolerance=0.5,
    unit="per cent",
    hints=[
        (
            lambda: 100 * _v("contacts_2019") / _v("contacts_2017"),
            "That is 2019 as a percentage of 2017. Subtract 100 to get the rise.",
        ),
        (
            lambda: _v("contacts_2019") / _v("contacts_2017"),
            "That is the ratio of the two years (how many times bigger). Subtract 1 and multiply "
            "by 100 to get a percentage rise.",
        ),
        (
            lambda: _v("contacts_2019") - _v("contacts_2017"),
            "That is the rise in people, not in per cent. Divide it by the 2017 figure and "
            "multiply by 100.",
        ),
        (
            lambda: _v("contacts_rise_2019"),
            "That is the rise from 2018 to 2019 as the charity states it. This question starts "
            "in 2017.",
        ),
    ],
    explanation=(
        "The charity links its rises to its own campaigns: more contacts can mean more people "
        "reached, not more people offending."
    ),
)

numeric(
    "8.6",
    "The ReDirection Self-Help Program had more than 70,000 visits, and 57 users answered "
    "its feedback survey. What percentage of the visits does that number of respondents "
    "represent? Use the stored figures and give a percentage.",
    lambda: 100 * _v("feedback_respondents") / _v("selfhelp_visits"),
    tolerance=0.002,
    unit="per cent",
    hints=[
        (
            lambda: _v("feedback_respondents") / _v("selfhelp_visits"),
            "That is the share as a fraction of 1. Multiply by 100 to give a percentage.",
        ),
        (
            lambda: _v("feedback_use_decreased"),
            "That is the share of respondents who said their use had decreased. This question "
            "asks how many visits the respondents stand for.",
        ),
        (
            lambda: _v("selfhelp_visits") / _v("feedback_respondents"),
            "That is the number of visits for each respondent. Turn it round: respondents "
            "divided by visits, times 100.",
        ),
    ],
    explanation=(
        "Because the visits are 'more than' the stored figure, the true share is smaller still. "
        "The program's headline result rests on the answers of a few dozen self-selected people."
    ),
)

# --------------------------------------------------------------------------- interpret

choice(
    "8.7",
    "Protect Children reports that 50% of respondents to its 'Help us to help you' survey "
    "would like to stop. Which reading does that evidence support?",
    SURVEY_READINGS,
    lambda: "respondents",
    hints=[
        (
            lambda: "all users",
            "The survey describes only the people who chose to answer it, on dark-web search "
            "engines. Nobody knows how they differ from the people who did not answer.",
        ),
        (
            lambda: "program effect",
            "The survey asked people about their wishes; it did not test the self-help program. "
            "No group was compared with another.",
        ),
        (
            lambda: "follow-up",
            "The survey is a single, anonymous snapshot. Nobody was followed up to see whether "
            "they stopped.",
        ),
    ],
    explanation=(
        "A self-selected, anonymous survey describes its respondents. It is still valuable "
        "evidence from a hidden population, but it cannot give a share of all people who view "
        "CSAM, and one person may have answered more than once."
    ),
)

choice(
    "8.8",
    "Which design could show whether a warning message caused fewer repeat searches?",
    DESIGNS,
    lambda: "random assignment",
    hints=[
        (
            lambda: "before and after",
            "This is what the reThink evaluation could do. Anything else that changed over the "
            "same months (the site, its users, the words people used) could explain a fall.",
        ),
        (
            lambda: "helpline calls",
            "Calls show that some people sought help, not how many would have stopped searching "
            "without the warning.",
        ),
        (
            lambda: "user survey",
            "People who choose to answer are not typical, and what people say about their own "
            "behaviour is not a measure of it.",
        ),
    ],
    explanation=(
        "Random assignment makes the two groups alike in everything except the message, so a "
        "difference in what they do next can be put down to the message. Showing no warning at "
        "all is hard to justify, so recent studies compare a warning with a neutral message or "
        "with an older warning."
    ),
)

# --------------------------------------------------------------------------- critique

argued(
    "8.9",
    "A newspaper headline says: 'Chatbot cut searches for child abuse material by a third'. "
    "Using the figures you computed, say what the reThink evaluation shows, what it cannot "
    "show, and what a controlled evaluation would need.",
    criteria=[
        "States what was measured: the share of searches on one site that used words on a "
        "trigger list fell from its starting level to its end level (a fall of about a third, "
        "or a few hundredths of a percentage point), over the same period as the intervention.",
        "Explains the missing counterfactual: without a comparison group, the fall could come "
        "from other changes (the site's own moderation, its users, news coverage, a trend that "
        "began earlier).",
        "Names at least one measurement problem: displacement to other sites the evaluation "
        "cannot see, people learning words not on the list, or displays and sessions that are "
        "not people.",
        "Describes a controlled design: a comparison group, ideally by random assignment (for "
        "example a neutral message), outcomes measured the same way in both groups, and "
        "enough time before and after; notes the ethical limit on showing no warning.",
        "Keeps a balance: gives the evaluators' and charities' case (a statistically "
        "significant fall, people reaching help who might not otherwise) as well as the limits.",
    ],
    model_answer=(
        "The evaluation found that the share of searches on Pornhub's UK site that used words on "
        "the trigger list fell from 0.12% to 0.08% while the warning and chatbot ran. That is a "
        "fall of a third in relative terms, but only 0.04 of a percentage point, and the "
        "evaluators found the downward trend statistically significant. The funnel also shows "
        "that a few hundred people clicked through to Stop It Now and about 68 called or "
        "chatted.\n\n"
        "What it cannot show is that the chatbot caused the fall. There was no comparison "
        "group, so other changes over the same months, such as the site's own moderation or a "
        "change in who used it, could explain it. The measure counts only listed words on one "
        "site: people who moved to other sites, or learned other words, drop out of the count "
        "without changing their behaviour. 'Cut' overstates what a before-and-after comparison "
        "can carry.\n\n"
        "A controlled evaluation would randomly assign searches or sessions to the warning or "
        "to a neutral message, measure repeat searching and help-seeking the same way in both "
        "groups, and track the trend before the start. Showing no warning at all would be hard "
        "to justify ethically, which is why recent studies compare versions of a message. Even "
        "then, the outcome is searching on one platform, not abuse prevented."
    ),
    min_words=60,
)

argued(
    "8.10",
    "Choose one design or regulatory measure from the lesson: age assurance, on-device "
    "warnings, user reporting, or transparency notices. Set out the strongest case for it, "
    "the strongest objection, and what evidence would show whether it protects children.",
    criteria=[
        "Describes the chosen measure accurately: what it does, who runs or requires it, and "
        "whether it needs the service to read message content.",
        "Gives the strongest case for it, attributed (for example a regulator, a platform, "
        "researchers or a child-protection charity).",
        "Gives the strongest objection, attributed or reasoned: privacy and data risks, "
        "circumvention, shifting responsibility onto children or parents, reliance on someone "
        "reporting, or transparency without enforcement.",
        "Names evidence that could show an effect on children's safety (not just activity), "
        "with a comparison, and says what that evidence could not settle.",
    ],
    model_answer=(
        "User reporting lets anyone who receives or sees abuse material, or is contacted by an "
        "adult, flag it to the service. It works inside end-to-end encrypted services, because "
        "the person reporting chooses to share the content. Pfefferkorn (2022) found that the "
        "providers surveyed relied on user reports more than on any other technique, and the "
        "Center for Democracy & Technology (2021) judged reporting among the approaches most "
        "likely to keep encryption's guarantees: the case for it is that it protects safety "
        "without scanning everyone's messages.\n\n"
        "The strongest objection is that it depends on someone choosing to report. In a group "
        "where everyone shares material willingly, nobody has a reason to, and a child being "
        "groomed may not recognise what is happening or may fear the consequences. Providers "
        "themselves saw automated scanning as most useful for abuse material, and reporting "
        "tools are patchy.\n\n"
        "Evidence that could show an effect would compare services, or versions of one "
        "service, with easier and harder reporting, and measure reports that led to children "
        "being safeguarded, not just the number of reports. It could not tell us how much abuse "
        "is never reported at all, so it would not settle whether reporting can replace "
        "detection."
    ),
    min_words=50,
)
