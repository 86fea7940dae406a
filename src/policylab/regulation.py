"""Regulation helpers for lesson 07: Ofcom's maximum penalty and a proportionality table.

    from policylab import regulation
    regulation.max_penalty(250_000_000)          # pounds in, pounds out
    regulation.proportionality_table({"client-side scanning": [2, 2, 1, 0, 1, 1]})
    regulation.total_scores(table)

**The maximum penalty.** Under the Online Safety Act 2023 Ofcom can fine a provider up to
the greater of £18 million and 10% of its *qualifying worldwide revenue* (Ofcom, 2024; a
Home Office written answer gives the same rule). "Qualifying worldwide revenue" is a
defined term, set out in rules made under the Act and in Ofcom's guidance: it is not simply
a company's total revenue. So `max_penalty` applied to a company's published total revenue
is an illustration of the formula, not the penalty Ofcom could set, and the maximum is a
ceiling, not a typical fine. The two parts must be in the same currency: the fixed sum is
in pounds, and the companies in ``platform_revenue`` report in US dollars.

**The proportionality table.** A teaching framework, not a legal test: six questions that
courts and human-rights bodies ask, in some form, of a measure that interferes with
privacy. Each option is scored 0 (fails), 1 (doubtful) or 2 (passes) on each criterion.
The scores are judgements; `total_scores` adds them up and says how many are still blank,
and it never says which option is right.
"""

from __future__ import annotations

import numbers

from .errors import InputError, describe, guard_module

__all__ = [
    "FIXED_SUM_GBP",
    "REVENUE_SHARE",
    "CRITERIA",
    "OPTIONS",
    "SCORES",
    "max_penalty",
    "penalty_threshold",
    "which_part",
    "break_even_rate",
    "criteria_table",
    "proportionality_table",
    "total_scores",
]

FIXED_SUM_GBP = 18_000_000
"""The fixed part of the maximum penalty, in pounds (Online Safety Act 2023)."""

REVENUE_SHARE = 0.10
"""The share of qualifying worldwide revenue in the maximum penalty (10%)."""

CRITERIA = (
    "legality",
    "legitimate aim",
    "necessity",
    "least intrusive means",
    "fair balance",
    "safeguards",
)
"""The six criteria of the pack's proportionality table, in the order scores are given."""

_QUESTIONS = (
    "Is the measure set out in clear, accessible law, so people can foresee how it is used?",
    "Does it pursue a legitimate aim, such as preventing crime or protecting children?",
    "Does it actually work towards that aim, and is it needed to achieve it?",
    "Is there a less intrusive way to achieve the aim about as well?",
    "Do the benefits outweigh the harm to the rights of everyone affected?",
    "Are there safeguards: independent oversight, limits on scope and time, redress?",
)

OPTIONS = (
    "server-side hash matching",
    "client-side scanning",
    "default encryption with user reporting",
)
"""The three options lesson 07 compares."""

SCORES = {0: "fails", 1: "doubtful", 2: "passes"}
"""What each score means."""


# --------------------------------------------------------------------------- penalty


def _check_revenue(revenue) -> None:
    import numpy as np

    values = np.asarray(revenue, dtype=float)
    if np.isnan(values).any():
        raise InputError("revenue is missing (NaN): give a number, in pounds")
    if (values < 0).any():
        raise InputError("revenue cannot be negative")


def max_penalty(revenue, *, fixed_sum: float = FIXED_SUM_GBP, share: float = REVENUE_SHARE):
    """The greater of `fixed_sum` and `share` of `revenue`: the Act's maximum penalty.

    `revenue` is one number or an array (a numpy array or pandas Series), in the same
    currency as `fixed_sum` (pounds by default). Returns a float for one number, an
    array for an array. Raises ValueError for negative or missing revenue.
    """
    import numpy as np

    _check_revenue(revenue)
    result = np.maximum(fixed_sum, share * np.asarray(revenue, dtype=float))
    if np.ndim(result) == 0:
        return float(result)
    return result


def penalty_threshold(*, fixed_sum: float = FIXED_SUM_GBP, share: float = REVENUE_SHARE) -> float:
    """The revenue at which the two parts are equal: below it the fixed sum is larger."""
    if share <= 0:
        raise InputError("the share of revenue must be more than 0")
    return fixed_sum / share


def which_part(revenue, *, fixed_sum: float = FIXED_SUM_GBP, share: float = REVENUE_SHARE) -> str:
    """Which part sets the maximum for one revenue figure: 'the fixed sum' or 'the share of
    revenue' ('both are equal' exactly at the threshold)."""
    _check_revenue(revenue)
    if not isinstance(revenue, numbers.Real):
        raise InputError("give one revenue figure, as a number")
    part = share * float(revenue)
    if part > fixed_sum:
        return "the share of revenue"
    if part < fixed_sum:
        return "the fixed sum"
    return "both are equal"


def break_even_rate(revenue_usd, *, fixed_sum: float = FIXED_SUM_GBP,
                    share: float = REVENUE_SHARE):
    """US dollars per pound at which the fixed sum (in pounds) would equal the share of a
    revenue reported in dollars. At any rate below this, the share of revenue is larger.

    No exchange rate is assumed: compare the result with a published rate yourself.
    """
    import numpy as np

    _check_revenue(revenue_usd)
    result = share * np.asarray(revenue_usd, dtype=float) / fixed_sum
    if np.ndim(result) == 0:
        return float(result)
    return result


# --------------------------------------------------------------------------- proportionality


def criteria_table():
    """The six criteria and the question each asks, as a table."""
    import pandas as pd

    return pd.DataFrame({"criterion": CRITERIA, "question it asks": _QUESTIONS})


def _score(value, option: str, criterion: str):
    import pandas as pd

    if value is None or value is ...:
        return pd.NA
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or value not in SCORES:
        raise InputError(
            f"{option!r}, {criterion!r}: {describe(value)} is not a score. Use 0 (fails), "
            "1 (doubtful) or 2 (passes), or None for not scored yet."
        )
    return int(value)


def proportionality_table(scores=None, *, options=OPTIONS):
    """A table of scores: one row per criterion, one column per option.

    `scores` maps an option's name to its six scores in the order of `CRITERIA` (a list),
    or to a dict {criterion: score}. A score is 0, 1 or 2; None or ``...`` means not
    scored yet. Options in `options` that `scores` leaves out appear unscored, so
    ``proportionality_table()`` is a blank table to fill in. Other option names are
    allowed: they are added as extra columns. Raises ValueError, naming the option and
    criterion, for anything that is not a score.
    """
    import pandas as pd

    if scores is None or scores is ...:
        scores = {}
    if not isinstance(scores, dict):
        raise InputError(
            "scores go in curly brackets: each option's name, then its six scores in a list, "
            "for example {'client-side scanning': [2, 2, 1, 0, 1, 1]}"
        )
    names = list(options) + [name for name in scores if name not in options]
    columns = {}
    for name in names:
        given = scores.get(name)
        if given is None or given is ...:
            given = [None] * len(CRITERIA)
        if isinstance(given, dict):
            unknown = [c for c in given if c not in CRITERIA]
            if unknown:
                raise InputError(
                    f"{name!r}: {', '.join(map(repr, unknown))} is not a criterion; the "
                    f"criteria are {', '.join(CRITERIA)}"
                )
            given = [given.get(c) for c in CRITERIA]
        if isinstance(given, str) or not hasattr(given, "__len__"):
            raise InputError(f"{name!r}: give a list of {len(CRITERIA)} scores, one per criterion")
        if len(given) != len(CRITERIA):
            raise InputError(
                f"{name!r}: {len(given)} score(s) given, but there are {len(CRITERIA)} "
                f"criteria ({', '.join(CRITERIA)})"
            )
        columns[name] = pd.array(
            [_score(v, name, c) for v, c in zip(given, CRITERIA, strict=True)], dtype="Int64"
        )
    table = pd.DataFrame(columns, index=pd.Index(CRITERIA, name="criterion"))
    table.columns.name = "option"
    return table


def total_scores(table):
    """Each option's total score, how many criteria it has been scored on, and the maximum.

    `table` is a table from `proportionality_table` (or the dict you would give it). A
    blank score counts as nothing; the `scored` column shows how many of the six are
    filled in. The totals add judgements: they do not say which option is lawful or right.
    """
    import pandas as pd

    if not isinstance(table, pd.DataFrame):
        table = proportionality_table(table)
    scored = table.notna().sum()
    out = pd.DataFrame(
        {
            "total": table.sum(skipna=True).astype("Int64"),
            "scored": scored.astype("Int64"),
            "out of": pd.array([2 * len(table)] * len(table.columns), dtype="Int64"),
        }
    )
    out.index.name = "option"
    return out


guard_module(globals())  # unusable input gives a plain sentence (policylab.errors)
