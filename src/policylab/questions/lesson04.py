"""Lesson 04 (How matching works): self-checks, questions 4.1 to 4.10.

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

Expected values, and the wrong values the hints catch, are computed when an answer is
checked: from `policylab.shapes` (whose hashes match the lesson's and ImageHash's bit for
bit) and from ``pl.load("platform_scale")``. Nothing is typed in.
"""

from __future__ import annotations

from policylab.checks import argued, choice, numeric

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


def _threshold(hash_name: str = "ahash") -> int:
    return _shapes().largest_threshold(_sweep(hash_name), MAX_FALSE)


def _row(threshold: int, hash_name: str = "ahash"):
    table = _sweep(hash_name)
    return table.loc[table["threshold"] == threshold].iloc[0]


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

# --------------------------------------------------------------------------- predict

choice(
    "4.1",
    "Predict: if you add 1 to the grey level of one pixel of the image, does its SHA-256 "
    "digest change or stay the same?",
    (CHANGES, SAME),
    _sha_outcome,
    hints=[
        (lambda: _other(_sha_outcome()),
         "a cryptographic hash is built to give an unrelated digest when anything at all in "
         "the input changes, even one grey level of one pixel."),
    ],
    explanation=(
        "A cryptographic hash is built so that any change to the input, however small, "
        "gives an unrelated digest. That is why it can prove two files identical, and why "
        "it cannot find an edited copy."
    ),
)

choice(
    "4.2",
    "Predict: after the same one-level change to one pixel, does the image's average hash "
    "(aHash) change or stay the same?",
    (CHANGES, SAME),
    _ahash_outcome,
    hints=[
        (lambda: _other(_ahash_outcome()),
         "think about what the average hash keeps: whether each of 64 cells, each a blend of "
         "64 pixels, is brighter than the average. How much can one pixel move a cell?"),
    ],
    explanation=(
        "The average hash shrinks the image to 8 x 8 and keeps only which cells are brighter "
        "than the average: one grey level in one of 4,096 pixels is far too small to move a "
        "cell across the average."
    ),
)

# --------------------------------------------------------------------------- compute

numeric(
    "4.3",
    "The aHash Hamming distance between the exercise image and a copy rotated 10 degrees.",
    lambda: _distance("ahash", "rotate"),
    hints=[
        (lambda: _distance("dhash", "rotate"),
         "that is the difference hash's distance; use average_hash for both images."),
        (lambda: 64 - _distance("ahash", "rotate"),
         "that is how many bits are the same; the distance counts the bits that differ."),
    ],
    explanation="A small rotation moves a few cells across the average, so a few bits flip.",
    unit="bits",
)

numeric(
    "4.4",
    "The dHash Hamming distance between the exercise image and its mirror image "
    "(flipped left to right).",
    lambda: _distance("dhash", "flip"),
    hints=[
        (lambda: _distance("ahash", "flip"),
         "that is the average hash's distance; use difference_hash for both images."),
        (lambda: 64 - _distance("dhash", "flip"),
         "that is how many bits are the same; the distance counts the bits that differ."),
    ],
    explanation=(
        "Flipping swaps left and right, and the difference hash compares each pixel with "
        "its left neighbour, so many comparisons reverse: a mirror image is a simple evasion."
    ),
    unit="bits",
)

numeric(
    "4.5",
    "In the aHash sweep, the largest threshold that gives at most 1,000 false matches.",
    _threshold,
    hints=[
        (lambda: _threshold() + 1,
         "at that threshold the false matches are already over 1,000; take the one before."),
        (lambda: _threshold("dhash"),
         "that is the answer for the difference hash; the question asks about the average "
         "hash's sweep."),
    ],
    explanation="Any higher threshold lets more than 1,000 pairs of different images match.",
    unit="bits",
)

numeric(
    "4.6",
    "At the threshold you found in 4.5, the percentage of edited copies the aHash matches "
    "to their own original.",
    lambda: float(_row(_threshold())["matches_found_pct"]),
    tolerance=0.05,
    hints=[
        (lambda: float(_row(_threshold())["matches_found_pct"]) / 100,
         "that is a fraction of 1; give a percentage between 0 and 100."),
        (lambda: float(_row(_threshold())["matches_found"]),
         "that is the number of copies matched; the question asks for the percentage."),
        (lambda: float(_row(_threshold() + 1)["matches_found_pct"]),
         "that is the row for the next threshold up; use the threshold from 4.5."),
    ],
    explanation="The rest, the missed matches, are edited copies that would get through.",
    unit="%",
)

numeric(
    "4.7",
    "At the threshold from 4.5, how many false matches a day if every WhatsApp message were "
    "an image compared with one hash-list entry (false_match_rate x messages a day)?",
    lambda: float(_row(_threshold())["false_match_rate"]) * _messages(),
    tolerance=0.01,
    relative=True,
    hints=[
        (lambda: float(_row(_threshold())["false_matches"]) * _messages(),
         "you multiplied the count of false matches in the sweep; use the rate per pair "
         "compared (false_match_rate), which divides that count by the pairs compared."),
        (lambda: _scale_value("PhotoDNA false-positive rate (claimed)") * _messages(),
         "that uses PhotoDNA's claimed rate; the question asks about the sweep's aHash rate."),
    ],
    explanation=(
        "A rate that looks tiny per pair becomes a flood at the scale of a large platform; "
        "and a real upload is compared with every entry of a long list, not one."
    ),
    unit="false matches a day",
)

# --------------------------------------------------------------------------- interpret

choice(
    "4.8",
    "Apple said its 2021 system had a '1 in 1 trillion' chance of wrongly flagging. What "
    "does that figure count? Read the unit in platform_scale.",
    APPLE_OPTIONS,
    _apple_unit,
    hints=[
        (lambda: "per image checked",
         "PhotoDNA's 2009 claim is per image scanned; look at the unit of Apple's row."),
    ],
    explanation=(
        "It is per account per year, at a threshold of about 30 matching images, so it cannot "
        "be set beside a per-image rate without knowing how many images an account holds."
    ),
)

argued(
    "4.9",
    "A platform must choose a threshold for the average hash. Using the sweep table, "
    "describe what happens to matches found and false matches as the threshold rises, say "
    "which threshold you would choose and why, and who bears the cost of each kind of error.",
    criteria=[
        "Describes the trade-off with figures from the table: both matches found and false "
        "matches rise with the threshold, false matches much faster at the top of the range.",
        "Defines the two errors: a missed match (an edited copy of known material gets "
        "through) and a false match (a different, innocent image is flagged).",
        "Chooses a threshold and justifies it by what each error costs, rather than by one "
        "number alone.",
        "Says who bears each cost: the children in known material that keeps circulating; "
        "users whose private images are flagged and may be seen by a reviewer; reviewers and "
        "police who must handle false alarms.",
        "Notes a limit of the exercise: synthetic shapes, a simple hash, a list of 1,000, and "
        "edits chosen by the pack, so the numbers do not transfer to real systems.",
    ],
    model_answer=(
        "At a threshold of 0 the average hash finds only about half of the edited copies, "
        "with almost no false matches. As the threshold rises, matches found climb quickly "
        "at first and then level off near 100%, while false matches grow ever faster: from "
        "a handful to more than a hundred thousand pairs at 20 bits. The two errors fall on "
        "different people. A missed match lets an edited copy of known material keep "
        "circulating, which harms the child it records. A false match flags an innocent "
        "image, which may then be looked at by a reviewer and passed on, and wastes "
        "reviewers' and police time.\n\n"
        "I would choose a low threshold, around 4 or 5 bits, which finds most everyday "
        "edits while keeping false matches under 1 in 1,000 pairs; at a platform's scale "
        "even that is far too many, so this hash would need a human check or a second, "
        "stronger hash before anything is reported. The choice depends on how the two harms "
        "are weighed, "
        "which the table cannot decide. And these are synthetic shapes and a simple hash: "
        "real systems would need testing on their own data."
    ),
    min_words=50,
)

# --------------------------------------------------------------------------- critique

argued(
    "4.10",
    "The release says 'The technology is there to stop people uploading these images' "
    "(claim C11). In the light of this lesson, how far is that true? Consider what "
    "hash-matching can and cannot find, evasion and collisions, and end-to-end encryption.",
    criteria=[
        "Says what the claim gets right: hash-matching works at scale for copies of known "
        "material, and is used by platforms and required of some services by Ofcom's codes.",
        "Explains that matching finds known material only: new images, and abuse that is "
        "not an image (such as grooming conversations), are not on any list.",
        "Uses the lesson's evidence on evasion and collisions: crops, flips and noise can "
        "push a copy beyond the threshold, and lists can be fooled by constructed "
        "collisions (the 2021 NeuralHash collisions), with the research on both sides.",
        "Explains that server-side matching needs the service to see the file, so under "
        "end-to-end encryption it would have to run on the device (client-side scanning), "
        "which security researchers argue creates new risks.",
        "Attributes the claim and the replies, and treats the question as partly empirical "
        "(what the tools can do) and partly normative (whether their costs are acceptable).",
    ],
    model_answer=(
        "C11 is partly right. Hash-matching is real and used at scale: services compare "
        "uploads with lists of hashes of material that child-protection bodies have "
        "already assessed, and Ofcom's codes now expect higher-risk services to do so. For "
        "copies of known images on services that can see what is uploaded, 'the technology "
        "is there'.\n\n"
        "But it only finds what is already on a list. A newly made image, or grooming that "
        "happens in conversation, matches nothing. This lesson also showed that simple "
        "perceptual hashes can be pushed past a threshold by cropping, flipping or noise, "
        "and that a collision can be built to order; in 2021 researchers produced "
        "collisions for Apple's NeuralHash within weeks of its announcement, though Apple "
        "said its real system had further safeguards, and later research disagrees on how "
        "robust such hashes are in practice. Finally, matching needs access to the file. "
        "Under end-to-end encryption it would have to run on the user's device, which "
        "security researchers such as Abelson et al. (2021) argue creates a new means of "
        "surveillance. So the claim is true of one tool in one setting; whether extending "
        "it is worth its costs is a judgement the evidence informs but does not settle."
    ),
    min_words=60,
)
