"""Lesson 04 (How matching works): the values its self-checks compute.

The questions themselves (wording, hints, criteria, model answers) are in
``content/lesson04.yaml``, which names the functions below.

The exercise progresses predict -> compute -> interpret -> critique, on synthetic
abstract images drawn by `policylab.shapes` and on the ``platform_scale`` data:

* 4.1 (choice, predict): does a one-level change to one pixel change the SHA-256 digest?
* 4.2 (choice, predict): does the same change alter the average hash (aHash)?
* 4.3 (numeric): aHash Hamming distance between the exercise image and a copy rotated 10°.
* 4.4 (numeric): dHash Hamming distance between the exercise image and its mirror image.
* 4.5 (numeric): the largest aHash threshold with at most 1,000 false matches in the sweep.
* 4.6 (numeric): the percentage of edited copies the aHash matches at that threshold.
* 4.7 (numeric): false matches a day at that threshold, at WhatsApp's daily message volume.
* 4.8 (choice, interpret): what Apple's "1 in 1 trillion" figure counts (from its unit).
* 4.9 (argued, interpret): reading the threshold trade-off, and who bears each error.
* 4.10 (argued, critique): release claim C11 ("the technology is there") in the light of
  matching that finds known material only.
* 4.11 (numeric, extension): the IWF's 2024 count of AI-generated reports as a multiple of
  its 2023 count, from ``evidence_points``.
* 4.12 (numeric, extension): financial sextortion as a percentage of NCMEC's online enticement
  reports in January to June 2025, from ``evidence_points``: harms in conversations, which no
  hash list can find.

Expected values, and the wrong values the hints catch, are computed when an answer is
checked: from `policylab.shapes` (whose hashes match the lesson's and ImageHash's bit for
bit) and from ``pl.load("platform_scale")``. Nothing is typed in.
"""

from __future__ import annotations

EXERCISE_SEED = 26  # the exercise's image: shapes.make_image(26)
NUDGE_PIXEL = (10, 10)  # the pixel 4.1 and 4.2 brighten by one grey level
ROTATION = 10  # degrees, for 4.3
MAX_FALSE = 1000  # false matches allowed in 4.5
CHANGES, SAME = "changes", "stays the same"


def _shapes():
    from policylab import shapes

    return shapes


def _original():
    return _shapes().make_image(EXERCISE_SEED)


def _nudged():
    pixels = _original().copy()
    pixels[NUDGE_PIXEL] = pixels[NUDGE_PIXEL] + 1
    return pixels


def _sha_outcome() -> str:
    s = _shapes()
    return CHANGES if s.sha256(_original()) != s.sha256(_nudged()) else SAME


def _ahash_outcome() -> str:
    s = _shapes()
    return CHANGES if s.hamming(s.ahash(_original()), s.ahash(_nudged())) else SAME


def _other(outcome: str) -> str:
    return SAME if outcome == CHANGES else CHANGES


def _distance(hash_name: str, edit: str) -> int:
    s = _shapes()
    fn = {"ahash": s.ahash, "dhash": s.dhash}[hash_name]
    pixels = _original()
    copy = s.rotate(pixels, ROTATION) if edit == "rotate" else s.flip(pixels)
    return s.hamming(fn(pixels), fn(copy))


def _sweep(hash_name: str = "ahash"):
    return _shapes().threshold_sweep(hash_name)


# The sweep's answers, stored: recomputing both sweeps whenever an answer was checked took
# about 0.3 s, past the benchmark's per-cell budget (design notes, "Performance").
# tests/test_stored_answers.py recomputes every value here from the sweeps.
SWEEP_THRESHOLDS = {"ahash": 5, "dhash": 14}  # largest with at most MAX_FALSE false matches
SWEEP_ROWS = {  # the aHash sweep's rows at its threshold and the next one up
    5: {"matches_found": 887, "matches_found_pct": 88.7, "false_matches": 683,
        "false_match_rate": 683 / 999_000},
    6: {"matches_found": 910, "matches_found_pct": 91.0, "false_matches": 1314,
        "false_match_rate": 1314 / 999_000},
}


def _threshold(hash_name: str = "ahash") -> int:
    return SWEEP_THRESHOLDS[hash_name]


def _row(threshold: int):
    return SWEEP_ROWS[threshold]


def _scale_value(item: str) -> float:
    from policylab.data import load

    scale = load("platform_scale")
    return float(scale.loc[scale["item"] == item, "value"].iloc[0])


def _messages() -> float:
    return _scale_value("WhatsApp messages a day")


def _apple_unit() -> str:
    from policylab.data import load

    scale = load("platform_scale")
    unit = str(scale.loc[scale["item"] == "Apple NeuralHash false account flag (claimed)",
                         "unit"].iloc[0])
    for option in APPLE_OPTIONS:
        if option.split(" ", 1)[1] in unit:
            return option
    raise ValueError(f"no option matches the unit {unit!r}")  # pragma: no cover


APPLE_OPTIONS = (
    "per image checked",
    "per pair of images compared",
    "per account per year",
    "per message sent",
)

# ------------------------------------------ values named by content/lesson04.yaml


def q4_1_wrong_1():
    """Question 4.1: the wrong value of hint 1."""
    return _other(_sha_outcome())


def q4_2_wrong_1():
    """Question 4.2: the wrong value of hint 1."""
    return _other(_ahash_outcome())


def q4_3_answer():
    """Question 4.3: the answer."""
    return _distance("ahash", "rotate")


def q4_3_wrong_1():
    """Question 4.3: the wrong value of hint 1."""
    return _distance("dhash", "rotate")


def q4_3_wrong_2():
    """Question 4.3: the wrong value of hint 2."""
    return 64 - _distance("ahash", "rotate")


def q4_4_answer():
    """Question 4.4: the answer."""
    return _distance("dhash", "flip")


def q4_4_wrong_1():
    """Question 4.4: the wrong value of hint 1."""
    return _distance("ahash", "flip")


def q4_4_wrong_2():
    """Question 4.4: the wrong value of hint 2."""
    return 64 - _distance("dhash", "flip")


def q4_5_wrong_1():
    """Question 4.5: the wrong value of hint 1."""
    return _threshold() + 1


def q4_5_wrong_2():
    """Question 4.5: the wrong value of hint 2."""
    return _threshold("dhash")


def q4_6_answer():
    """Question 4.6: the answer."""
    return float(_row(_threshold())["matches_found_pct"])


def q4_6_wrong_1():
    """Question 4.6: the wrong value of hint 1."""
    return float(_row(_threshold())["matches_found_pct"]) / 100


def q4_6_wrong_2():
    """Question 4.6: the wrong value of hint 2."""
    return float(_row(_threshold())["matches_found"])


def q4_6_wrong_3():
    """Question 4.6: the wrong value of hint 3."""
    return float(_row(_threshold() + 1)["matches_found_pct"])


def q4_7_answer():
    """Question 4.7: the answer."""
    return float(_row(_threshold())["false_match_rate"]) * _messages()


def q4_7_wrong_1():
    """Question 4.7: the wrong value of hint 1."""
    return float(_row(_threshold())["false_matches"]) * _messages()


def q4_7_wrong_2():
    """Question 4.7: the wrong value of hint 2."""
    return _scale_value("PhotoDNA false-positive rate (claimed)") * _messages()


# --------------------------------------------- 4.11 (issue 14): AI-generated material counts


def _point(row_id: str) -> float:
    from policylab.data import load

    return float(load("evidence_points").set_index("id").loc[row_id, "value"])


def q4_11_answer():
    """Question 4.11: the IWF's 2024 count of AI-generated reports over its 2023 count."""
    return _point("EP18") / _point("EP17")


def q4_11_wrong_percent():
    """Question 4.11: the percentage increase (what the IWF quotes), not the multiple."""
    return 100 * (q4_11_answer() - 1)


# ------------------------------------ 4.12 (issue 14): grooming and sextortion in conversations
# NCMEC's online enticement (EP11, EP12) includes financial sextortion (EP13, EP14), as NCMEC
# counts it; the rows are the same six months, January to June, of 2024 and 2025.


def _sextortion_share(sextortion: str, enticement: str) -> float:
    return 100 * _point(sextortion) / _point(enticement)


def q4_12_answer():
    """Question 4.12: financial sextortion as a percentage of online enticement, early 2025."""
    return _sextortion_share("EP14", "EP12")


def q4_12_wrong_fraction():
    """Question 4.12: the share as a fraction of 1, not a percentage."""
    return q4_12_answer() / 100


def q4_12_wrong_2024():
    """Question 4.12: the same share for January to June 2024."""
    return _sextortion_share("EP13", "EP11")


def q4_12_wrong_upside_down():
    """Question 4.12: enticement divided by sextortion."""
    return 100 * _point("EP12") / _point("EP14")
