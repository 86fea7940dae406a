"""Lesson 05: error rates at messaging scale, and a toy end-to-end encryption demo.

Base rates. A scanner that checks every message makes two kinds of flag: true flags
(harmful messages it catches) and false flags (harmless messages it wrongly marks). When
harmful messages are rare, even a small error rate applied to billions of messages can
give as many false flags as true ones, or many more. Plain functions do the arithmetic::

    from policylab import baserate
    result = baserate.screening(messages_per_day=1e9, prevalence=1e-6, detection_rate=0.9,
                                false_positive_rate=1e-6, review_minutes=5)
    result.true_flags, result.false_flags, result.share_real, result.reviewer_hours

`share_real` (the share of flags that are real; statisticians call it precision or the
positive predictive value) accepts numpy arrays, for charts. `platform_value` reads a
figure, such as messages a day, from the pack's ``platform_scale`` data. `simulator()`
shows sliders for the same five settings: it is only a view, and every number it shows
comes from `screening`.

Toy encryption. INSECURE: for illustration only. `toy_encrypt` and `toy_decrypt` mix a
message with a keystream made from a shared number by SHA-256, so a lesson can show who
holds keys and what a server sees (`toy_envelope`). Real systems use vetted protocols and
keys hundreds of digits long; never use these functions to protect anything.
"""

from __future__ import annotations

import hashlib
import html
import math
from dataclasses import dataclass

from .errors import InputError, describe, guard_module

__all__ = [
    "Screening",
    "screening",
    "share_real",
    "platform_value",
    "message_volumes",
    "count",
    "one_in",
    "percent",
    "SHIFT_HOURS",
    "TOY_WARNING",
    "toy_encrypt",
    "toy_decrypt",
    "toy_envelope",
    "toy_fingerprint",
    "Simulator",
    "simulator",
]

SHIFT_HOURS = 7.5  # a full-time working day in the UK, used to turn hours into people
TOY_WARNING = "INSECURE: for illustration only. Never use this to protect real messages."

_CUSTOM = "(your own: use the slider below)"
DEFAULT_VOLUME = "WhatsApp messages a day"  # the simulator's starting point, from the data


# --------------------------------------------------------------------------- checking input


def _check(name: str, value, *, probability: bool):
    """A float (or a float array) from `value`; ValueError naming `name` if it is unusable."""
    import numpy as np

    what = "a probability between 0 and 1" if probability else "a number of at least 0"
    if isinstance(value, (bool, np.bool_)) or isinstance(value, (str, bytes)):
        raise InputError(f"{name} must be {what}, not {describe(value)}")
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise InputError(f"{name} must be {what}, not {describe(value)}") from None
    if arr.dtype == bool or not np.all(np.isfinite(arr)):
        raise InputError(f"{name} must be {what}, not {describe(value)}")
    if np.any(arr < 0) or (probability and np.any(arr > 1)):
        hint = " (for a percentage, divide by 100)" if probability and np.any(arr > 1) else ""
        raise InputError(f"{name} must be {what}, not {describe(value)}{hint}")
    return float(arr) if arr.ndim == 0 else arr


# --------------------------------------------------------------------------- base rates


@dataclass(frozen=True, repr=False)
class Screening:
    """What scanning every message for a day gives, under five stated settings.

    Inputs: `messages_per_day`; `prevalence` (the share of messages that are harmful);
    `detection_rate` (the share of harmful messages the scanner flags); `false_positive_rate`
    (the share of harmless messages it wrongly flags); `review_minutes` (a person's time to
    check one flag). Everything else is computed from them.
    """

    messages_per_day: float
    prevalence: float
    detection_rate: float
    false_positive_rate: float
    review_minutes: float

    @property
    def harmful(self) -> float:
        """Harmful messages a day: messages x prevalence."""
        return self.messages_per_day * self.prevalence

    @property
    def harmless(self) -> float:
        """Harmless messages a day: all the rest."""
        return self.messages_per_day - self.harmful

    @property
    def true_flags(self) -> float:
        """Harmful messages flagged a day: harmful x detection rate."""
        return self.harmful * self.detection_rate

    @property
    def missed(self) -> float:
        """Harmful messages not flagged a day."""
        return self.harmful - self.true_flags

    @property
    def false_flags(self) -> float:
        """Harmless messages wrongly flagged a day: harmless x false-positive rate."""
        return self.harmless * self.false_positive_rate

    @property
    def flags(self) -> float:
        """All flags a day, true and false."""
        return self.true_flags + self.false_flags

    @property
    def share_real(self) -> float:
        """The share of flags that are real (0 to 1); NaN when nothing is flagged."""
        return self.true_flags / self.flags if self.flags > 0 else math.nan

    @property
    def reviewer_hours(self) -> float:
        """Hours of human review a day: every flag x minutes per flag / 60."""
        return self.flags * self.review_minutes / 60

    @property
    def full_time_reviewers(self) -> float:
        """Reviewer hours a day divided by a 7.5-hour working day (`SHIFT_HOURS`)."""
        return self.reviewer_hours / SHIFT_HOURS

    def to_dict(self) -> dict[str, float]:
        """The settings and every computed figure, by name (for a pandas table)."""
        names = (
            "messages_per_day", "prevalence", "detection_rate", "false_positive_rate",
            "review_minutes", "harmful", "true_flags", "missed", "false_flags", "flags",
            "share_real", "reviewer_hours", "full_time_reviewers",
        )
        return {name: getattr(self, name) for name in names}

    def settings_text(self) -> str:
        """The five settings in words."""
        minutes = "minute" if self.review_minutes == 1 else "minutes"
        p, f = self.prevalence, self.false_positive_rate
        harmful = f"{one_in(p)} messages" if p > 0 else "none"
        wrong = f"{one_in(f)} harmless messages flagged" if f > 0 else "none"
        return (
            f"Messages a day: {count(self.messages_per_day)}; "
            f"harmful: {harmful}; "
            f"detection rate: {percent(self.detection_rate)} of harmful messages flagged; "
            f"false-positive rate: {wrong}; "
            f"review: {count(self.review_minutes)} {minutes} a flag"
        )

    def rows(self) -> list[tuple[str, str]]:
        """The results as (label, value in words): one source for the text and the widget."""
        real = (
            "no flags, so no share"
            if math.isnan(self.share_real)
            else f"{percent(self.share_real)} (the rest are false alarms)"
        )
        return [
            ("Harmful messages a day", count(self.harmful)),
            ("Flags a day", count(self.flags)),
            ("  real (harmful messages caught)", count(self.true_flags)),
            ("  false (harmless messages flagged)", count(self.false_flags)),
            ("Harmful messages missed a day", count(self.missed)),
            ("Share of flags that are real", real),
            ("Reviewer hours a day", count(self.reviewer_hours)),
            (
                f"People reviewing full time ({count(SHIFT_HOURS)} hours a day)",
                count(self.full_time_reviewers),
            ),
        ]

    # the attribute that holds each row's number, so a learner can name it in code
    ATTRIBUTES = ("harmful", "flags", "true_flags", "false_flags", "missed", "share_real",
                  "reviewer_hours", "full_time_reviewers")

    def text(self) -> str:
        rows = self.rows()
        width = max(len(label) for label, _ in rows)
        vwidth = max(len(value) for _, value in rows)
        lines = [f"Settings: {self.settings_text()}."]
        lines += [
            f"{label.ljust(width)}  {value.ljust(vwidth)}  .{attr}"
            for (label, value), attr in zip(rows, self.ATTRIBUTES, strict=True)
        ]
        lines.append("Use a name on the right after the result, e.g. result.false_flags.")
        return "\n".join(lines)

    __repr__ = text


def screening(
    messages_per_day: float,
    prevalence: float,
    detection_rate: float,
    false_positive_rate: float,
    review_minutes: float = 0.0,
) -> Screening:
    """Scan `messages_per_day` messages: how many flags, how many real, and review time.

    `prevalence`, `detection_rate` and `false_positive_rate` are probabilities (0 to 1,
    so 1 in a million is ``1e-6`` or ``1 / 1_000_000``); `messages_per_day` and
    `review_minutes` are numbers of at least 0. Anything else raises ValueError naming
    the argument. Returns a `Screening`, which shows its results in words.
    """
    values = {
        "messages_per_day": _check("messages_per_day", messages_per_day, probability=False),
        "prevalence": _check("prevalence", prevalence, probability=True),
        "detection_rate": _check("detection_rate", detection_rate, probability=True),
        "false_positive_rate": _check(
            "false_positive_rate", false_positive_rate, probability=True
        ),
        "review_minutes": _check("review_minutes", review_minutes, probability=False),
    }
    for name, value in values.items():
        if not isinstance(value, float):
            raise InputError(f"{name} must be a single number here; use share_real for arrays")
    return Screening(**values)


def share_real(prevalence, detection_rate, false_positive_rate):
    """The share of flags that are real, for numbers or numpy arrays of settings.

    It is (prevalence x detection rate) / (prevalence x detection rate + (1 - prevalence) x
    false-positive rate), and does not depend on how many messages are scanned. NaN where
    nothing would be flagged.
    """
    import numpy as np

    p = _check("prevalence", prevalence, probability=True)
    d = _check("detection_rate", detection_rate, probability=True)
    f = _check("false_positive_rate", false_positive_rate, probability=True)
    real = np.multiply(p, d)
    flagged = real + np.multiply(np.subtract(1.0, p), f)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(flagged > 0, real / np.where(flagged > 0, flagged, 1.0), np.nan)
    return float(out) if np.ndim(out) == 0 else out


# --------------------------------------------------------------------------- the pack's data


def platform_value(item: str) -> float:
    """The `value` of one `item` in the pack's ``platform_scale`` data (the latest date).

    For example ``platform_value("WhatsApp messages a day")``. ValueError, listing the
    items, if there is no such item.
    """
    from .data import load

    if not isinstance(item, str):
        raise InputError(f"Give the item's name in quotation marks, for example "
                         f'baserate.platform_value("{DEFAULT_VOLUME}"); this is {describe(item)}.')
    table = load("platform_scale")
    rows = table[table["item"] == item]
    if rows.empty:
        items = ", ".join(repr(i) for i in dict.fromkeys(table["item"]))
        given = f"'{item}'" if isinstance(item, str) else describe(item)
        raise InputError(f"platform_scale has no item {given}; its items are: {items}")
    return float(rows.sort_values("date")["value"].iloc[-1])


def message_volumes():
    """The rows of ``platform_scale`` that count messages a day (item, value, date, status)."""
    from .data import load

    table = load("platform_scale")
    rows = table[table["unit"] == "messages a day"]
    return rows[["item", "value", "qualifier", "date", "status", "source_id"]].reset_index(
        drop=True
    )


# --------------------------------------------------------------------------- words for numbers


def count(x: float) -> str:
    """A count in words a reader can take in: whole numbers with commas, small ones to 2 s.f."""
    if x == 0:
        return "0"
    if abs(x) >= 10:
        return f"{x:,.0f}"
    return f"{x:.2g}"


def percent(x: float) -> str:
    """A share (0 to 1) as a percentage: one decimal place, or 2 significant figures if tiny."""
    pct = 100 * x
    if pct == 0 or pct >= 0.1:
        return f"{pct:.1f}%"
    return f"{pct:.2g}%"


def one_in(p: float) -> str:
    """A probability as '1 in N', N to 3 significant figures (1e-6 gives '1 in 1,000,000')."""
    if p <= 0:
        return "none"
    n = float(f"{1 / p:.3g}")
    return f"1 in {n:,.0f}" if n >= 10 else f"1 in {n:g}"


# --------------------------------------------------------------------------- toy encryption


def _keystream(key: int, length: int) -> bytes:
    """SHA-256 of (key, block number), block after block, cut to `length` bytes."""
    out = bytearray()
    block = 0
    while len(out) < length:
        out += hashlib.sha256(f"{key}:{block}".encode()).digest()
        block += 1
    return bytes(out[:length])


def toy_encrypt(key: int, text: str) -> bytes:
    """INSECURE toy: scramble `text` with a keystream made from the shared number `key`."""
    if not isinstance(key, int) or isinstance(key, bool):
        raise InputError(f"key must be a whole number, not {describe(key)}")
    data = text.encode("utf-8")
    return bytes(a ^ b for a, b in zip(data, _keystream(key, len(data)), strict=True))


def toy_decrypt(key: int, ciphertext: bytes) -> str:
    """INSECURE toy: unscramble with `key`. With the wrong key the result is gibberish,
    shown with any character that is not printable plain text replaced by '?'."""
    if not isinstance(key, int) or isinstance(key, bool):
        raise InputError(f"key must be a whole number, not {describe(key)}")
    raw = bytes(a ^ b for a, b in zip(ciphertext, _keystream(key, len(ciphertext)), strict=True))
    text = raw.decode("utf-8", errors="replace")
    return "".join(c if c.isascii() and c.isprintable() else "?" for c in text)


def toy_envelope(sender: str, recipient: str, sent_at: str, ciphertext: bytes) -> dict:
    """What a messaging server stores for one encrypted message: metadata and scrambled bytes.

    The content is shown as hexadecimal (two characters a byte); the server has no key.
    """
    return {
        "from": sender,
        "to": recipient,
        "sent at": sent_at,
        "size (bytes)": len(ciphertext),
        "content as the server sees it": ciphertext.hex(),
    }


def toy_fingerprint(text: str) -> str:
    """An exact fingerprint of a message (the first 16 hex digits of its SHA-256 hash).

    Any change to the text, even one character, gives a different fingerprint: unlike the
    perceptual hashes of lesson 04, which are built to survive small changes.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- the simulator


class Simulator:
    """Sliders for the five settings of `screening`, and its results: a view, nothing more.

    Every number shown comes from `screening(...)` with the sliders' values; `result` is
    that call, and `text()` is what a reader without the widget sees. Sliders respond to
    the arrow keys once focused (Tab to move between them).
    """

    def __init__(
        self,
        messages_per_day: float | None = None,
        prevalence: float = 1e-6,
        detection_rate: float = 0.9,
        false_positive_rate: float = 1e-6,
        review_minutes: float = 5.0,
    ):
        import ipywidgets as w

        volumes = message_volumes()
        presets = [
            (f"{r.item} ({r.date.year}): {count(r.value)}", float(r.value))
            for r in volumes.itertuples()
        ]
        if messages_per_day is None:
            named = volumes.loc[volumes["item"] == DEFAULT_VOLUME, "value"]
            messages_per_day = float(named.iloc[0]) if len(named) else presets[0][1]
        screening(messages_per_day, prevalence, detection_rate, false_positive_rate,
                  review_minutes)  # refuse bad settings before building anything
        style = {"description_width": "16em"}
        wide = w.Layout(width="46em")
        known = [value for _, value in presets]
        self.preset = w.Dropdown(
            options=[(_CUSTOM, 0.0), *presets],
            value=messages_per_day if messages_per_day in known else 0.0,
            description="Messages a day, from the data:", style=style, layout=wide,
        )
        self.messages = w.FloatLogSlider(
            value=messages_per_day, base=10, min=6, max=12, step=0.05,
            description="Messages a day", readout_format=".3g",
            continuous_update=False, style=style, layout=wide,
        )
        self.prevalence = w.FloatLogSlider(
            value=prevalence, base=10, min=-10, max=-1, step=0.1,
            description="Share of messages harmful", readout_format=".1e",
            continuous_update=False, style=style, layout=wide,
        )
        self.detection = w.FloatSlider(
            value=detection_rate, min=0, max=1, step=0.01,
            description="Detection rate", readout_format=".0%",
            continuous_update=False, style=style, layout=wide,
        )
        self.false_positive = w.FloatLogSlider(
            value=false_positive_rate, base=10, min=-12, max=-1, step=0.1,
            description="False-positive rate", readout_format=".1e",
            continuous_update=False, style=style, layout=wide,
        )
        self.review = w.FloatSlider(
            value=review_minutes, min=0, max=60, step=0.5,
            description="Minutes to review a flag", readout_format=".1f",
            continuous_update=False, style=style, layout=wide,
        )
        self.results = w.HTML()
        self.sliders = (self.messages, self.prevalence, self.detection, self.false_positive,
                        self.review)
        for slider in self.sliders:
            slider.observe(self._update, names="value")
        self.preset.observe(self._use_preset, names="value")
        self.box = w.VBox(
            [
                w.HTML("<p style='font-weight:bold;margin:0'>Base-rate simulator: scanning "
                       "every message for a day</p>"),
                self.preset, *self.sliders, self.results,
            ],
            layout=w.Layout(border="1px solid #999", padding="0.6em", margin="0.4em 0"),
        )
        self._update()

    @property
    def result(self) -> Screening:
        """`screening` with the sliders' current values."""
        return screening(
            self.messages.value, self.prevalence.value, self.detection.value,
            self.false_positive.value, self.review.value,
        )

    def _use_preset(self, change=None) -> None:
        if self.preset.value:
            self.messages.value = self.preset.value

    def _update(self, change=None) -> None:
        if self.preset.value and self.messages.value != self.preset.value:
            self.preset.value = 0.0
        r = self.result
        rows = "".join(
            f"<tr><th scope='row' style='text-align:left;font-weight:normal;"
            f"padding:0 1.5em 0 {1.5 if label.startswith(' ') else 0}em'>"
            f"{html.escape(label.strip())}</th>"
            f"<td style='text-align:right'>{html.escape(value)}</td></tr>"
            for label, value in r.rows()
        )
        self.results.value = (
            f"<div role='status' aria-live='polite'><p style='margin:0.4em 0'>"
            f"Settings: {html.escape(r.settings_text())}.</p>"
            f"<table style='border-collapse:collapse'>{rows}</table></div>"
        )

    def text(self) -> str:
        """The simulator as plain text: its current settings and results."""
        r = self.result
        return (
            "Base-rate simulator (sliders). Current results:\n"
            f"{r.text()}\n"
            "Without the widget: baserate.screening(messages_per_day, prevalence, "
            "detection_rate, false_positive_rate, review_minutes)"
        )

    __repr__ = text

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = self.box._repr_mimebundle_(include=include, exclude=exclude)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/plain"] = self.text()
        return data


def simulator(**settings) -> Simulator:
    """Show the base-rate simulator; keyword arguments set its starting values."""
    return Simulator(**settings)


guard_module(globals())  # unusable input gives a plain sentence (policylab.errors)
