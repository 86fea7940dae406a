"""Lesson 09 (Capstone: a balanced policy brief): the values its self-checks compute.

The questions themselves (wording, hints, criteria, model answers) are in
``content/lesson09.yaml``, which names the functions below.

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

SHARE_OPTIONS = ("about a third", "about half", "about two-thirds", "about nine in ten")
_SHARE_SIZES = dict(zip(SHARE_OPTIONS, (1 / 3, 1 / 2, 2 / 3, 9 / 10), strict=True))
FIGURES = ("ncmec incidents", "nca estimate", "police arrests", "whatsapp messages")
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
    if label == "police arrests":
        return str(_scale("SC40")["status"])
    scale = _load("platform_scale")
    return str(scale.loc[scale["item"] == "WhatsApp messages a day", "status"].iloc[0])


def _verified() -> list[str]:
    return [label for label in FIGURES if _status(label) == "verified"]


# ------------------------------------------ values named by content/lesson09.yaml


def q9_1_answer():
    """Question 9.1: the answer."""
    return _nearest_share(_meta_share(_years()[1]))


def q9_3_answer():
    """Question 9.3: the answer."""
    return _meta_share(_years()[1])


def q9_3_wrong_1():
    """Question 9.3: the wrong value of hint 1."""
    return _meta_share(_years()[1]) / 100


def q9_3_wrong_2():
    """Question 9.3: the wrong value of hint 2."""
    return 100 * _meta(_years()[1]) / _total("ESP total", _years()[1])


def q9_3_wrong_3():
    """Question 9.3: the wrong value of hint 3."""
    return 100 * _platform("Facebook", _years()[1]) / _total("all reports", _years()[1])


def q9_3_wrong_4():
    """Question 9.3: the wrong value of hint 4."""
    return _meta_share(_years()[0])


def q9_4_wrong_1():
    """Question 9.4: the wrong value of hint 1."""
    return 100 * (_reports(_years()[0]) - _reports(_years()[1])) / _reports(_years()[0])


def q9_4_wrong_2():
    """Question 9.4: the wrong value of hint 2."""
    return -_fall_incidents()


def q9_4_wrong_3():
    """Question 9.4: the wrong value of hint 3."""
    return (
        100
        * (_reports(_years()[0]) - _incidents(_years()[1]))
        / _incidents(_years()[1])
    )


def q9_4_wrong_4():
    """Question 9.4: the wrong value of hint 4."""
    return _fall_incidents() / 100


def q9_5_answer():
    """Question 9.5: the answer."""
    return 100 * _meta_fall() / _total_fall()


def q9_5_wrong_1():
    """Question 9.5: the wrong value of hint 1."""
    return 100 * _meta_fall() / _meta(_years()[0])


def q9_5_wrong_2():
    """Question 9.5: the wrong value of hint 2."""
    return 100 * _total_fall() / _meta_fall()


def q9_5_wrong_3():
    """Question 9.5: the wrong value of hint 3."""
    return _meta_fall() / _total_fall()


def q9_6_answer():
    """Question 9.6: the answer."""
    return float(_scale("SC41")["value_low"]) * 12


def q9_6_wrong_1():
    """Question 9.6: the wrong value of hint 1."""
    return float(_scale("SC41")["value_low"])


def q9_6_wrong_2():
    """Question 9.6: the wrong value of hint 2."""
    return float(_scale("SC40")["value_low"]) * 12


def q9_6_wrong_3():
    """Question 9.6: the wrong value of hint 3."""
    return float(_scale("SC40")["value_low"])


def q9_6_wrong_4():
    """Question 9.6: the wrong value of hint 4."""
    return float(_scale("SC41")["value_low"]) / 12
