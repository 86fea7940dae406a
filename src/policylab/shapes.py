"""Synthetic abstract images for lesson 04 (How matching works), and small image helpers.

Safety first. This module draws only the abstract shapes named in `KINDS`: rectangles,
circles, triangles, stripes, gradients and random dots, in shades of grey, with a seeded
numpy random generator. It draws no people, bodies or faces, no text, nothing
photographic, and uses no image generator or image file. Every drawing records the
shapes it drew (their kind and the pixels each may touch), and the tests check that
nothing else appears in the picture.

What lives here, and what stays in the lesson:

* the lesson defines its own average hash and difference hash in a few readable lines,
  so learners see how they work; `ahash` and `dhash` here follow exactly the same steps
  (and ImageHash 4.3.2's) so that self-checks and the threshold sweep can compute
  expected values without the notebook. Tests check all four against ImageHash;
* `draw` and `make_image` make the pictures; `resize`, `compress`, `brighten`, `crop`,
  `rotate`, `flip` and `add_noise` are the edits; `hamming` counts differing bits;
* `cells_image` builds a picture from an 8 x 8 grid of grey levels (the collision);
* `sweep_images`, `hash_all`, `distances` and `threshold_table` run the threshold sweep
  over many pairs, vectorised with numpy so that a lesson stays quick;
* `draw_row` shows a row of thumbnails on one chart.

Images are 2-D ``uint8`` numpy arrays (0 = black, 255 = white), 64 x 64 by default.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .errors import InputError, guard_module

__all__ = [
    "KINDS",
    "SIZE",
    "EDIT_KINDS",
    "Shape",
    "Drawing",
    "draw",
    "make_image",
    "describe",
    "resize",
    "compress",
    "brighten",
    "crop",
    "rotate",
    "flip",
    "add_noise",
    "sha256",
    "ahash",
    "dhash",
    "hamming",
    "to_hex",
    "enlarge",
    "cells_image",
    "edit_table",
    "random_edit",
    "sweep_images",
    "hash_all",
    "distances",
    "threshold_table",
    "share_at_each_distance",
    "largest_threshold",
    "threshold_sweep",
    "draw_row",
    "label_thresholds",
]

KINDS = ("rectangle", "circle", "triangle", "stripes", "gradient", "dots")
"""The only kinds of shape this module draws."""

SIZE = 64
"""Default width and height of an image, in pixels."""

EDIT_KINDS = ("resized", "compressed", "brightness changed", "cropped", "rotated", "noise added")
"""The kinds of edit `random_edit` makes for the threshold sweep (no flips)."""

# The sweep's defaults: the lesson, the exercise and the self-checks all use these.
SWEEP_IMAGES = 1000
SWEEP_SEED = 2021
SWEEP_THRESHOLDS = tuple(range(21))


# --------------------------------------------------------------------------- drawing


@dataclass(eq=False)
class Shape:
    """One shape in a drawing: its kind, its grey level and the pixels it may touch."""

    kind: str
    level: int
    mask: np.ndarray = field(repr=False)  # True where the shape was drawn

    def __post_init__(self):
        if self.kind not in KINDS:
            raise InputError(f"{self.kind!r} is not one of the declared kinds {KINDS}")


@dataclass(eq=False)
class Drawing:
    """A synthetic picture: its pixels, its background level and the shapes drawn on it."""

    pixels: np.ndarray
    background: int
    shapes: list[Shape]

    def describe(self) -> str:
        return describe(self)


@lru_cache(maxsize=8)
def _grid(size: int) -> tuple[np.ndarray, np.ndarray]:
    yy, xx = np.mgrid[0:size, 0:size].astype(np.int32)
    yy.setflags(write=False)
    xx.setflags(write=False)
    return yy, xx


def _rng(seed) -> np.random.Generator:
    if isinstance(seed, np.random.Generator):
        return seed
    return np.random.default_rng(seed)


def _pick(u: float, lo: int, hi: int) -> int:
    """A whole number from lo to hi (both included), from a uniform draw u in [0, 1)."""
    return lo + int(u * (hi - lo + 1))


def _box_mask(size, u, lo, hi):
    """A random rectangle that fits in the image: (mask, top, left, height, width)."""
    h, w = _pick(u[0], lo, hi), _pick(u[1], lo, hi)
    top, left = _pick(u[2], 0, size - h), _pick(u[3], 0, size - w)
    mask = np.zeros((size, size), dtype=bool)
    mask[top:top + h, left:left + w] = True
    return mask, top, left, h, w


def _contrast(u: float, background: int) -> int:
    """A grey level that stands out from `background` by at least 48 levels."""
    level = _pick(u, 0, 255)
    if abs(level - background) < 48:
        level = (level + 128) % 256
    return level


def _draw_one(kind: str, rng, size: int, background: int, pixels: np.ndarray) -> Shape:
    yy, xx = _grid(size)
    u = rng.random(8)  # one call: every random choice for this shape comes from u
    level = _contrast(u[4], background)
    lo, hi = max(4, size // 5), max(6, (size * 3) // 4)
    if kind == "rectangle":
        mask = _box_mask(size, u, lo, hi)[0]
        pixels[mask] = level
    elif kind == "circle":
        r = _pick(u[0], max(3, size // 10), max(4, size // 3))
        cy, cx = _pick(u[1], 0, size - 1), _pick(u[2], 0, size - 1)
        window = (slice(max(0, cy - r), cy + r + 1), slice(max(0, cx - r), cx + r + 1))
        mask = np.zeros((size, size), dtype=bool)
        mask[window] = (yy[window] - cy) ** 2 + (xx[window] - cx) ** 2 <= r * r
        pixels[mask] = level
    elif kind == "triangle":
        y0, x0, y1, x1, y2 = (_pick(v, 0, size - 1) for v in u[[0, 1, 2, 3, 5]])
        x2 = _pick(u[6], 0, size - 1)
        area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0)
        if abs(area) < size * size // 8:  # too thin to see: move the third corner
            y2, x2 = size - 1 - y0, size - 1 - x1
            area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0)
        sign = 1 if area >= 0 else -1
        window = (slice(min(y0, y1, y2), max(y0, y1, y2) + 1),
                  slice(min(x0, x1, x2), max(x0, x1, x2) + 1))
        ys, xs = yy[window], xx[window]
        inside = sign * ((x1 - x0) * (ys - y0) - (xs - x0) * (y1 - y0)) >= 0
        inside &= sign * ((x2 - x1) * (ys - y1) - (xs - x1) * (y2 - y1)) >= 0
        inside &= sign * ((x0 - x2) * (ys - y2) - (xs - x2) * (y0 - y2)) >= 0
        mask = np.zeros((size, size), dtype=bool)
        mask[window] = inside
        pixels[mask] = level
    elif kind == "stripes":
        mask, top, left, h, w = _box_mask(size, u, lo, hi)
        width = _pick(u[5], 2, 5)
        along = yy if u[6] < 0.5 else xx
        other = _contrast(u[7], level)
        pixels[mask] = np.where((along[mask] // width) % 2 == 0, level, other)
    elif kind == "gradient":
        mask, top, left, h, w = _box_mask(size, u, lo, hi)
        end = _contrast(u[5], level)
        if u[6] < 0.5:
            t = (xx[mask] - left) / max(1, w - 1)
        else:
            t = (yy[mask] - top) / max(1, h - 1)
        pixels[mask] = np.rint(level + (end - level) * t).astype(np.uint8)
    elif kind == "dots":
        _, top, left, h, w = _box_mask(size, u, lo, hi)
        n = _pick(u[5], 15, 40)
        spots = rng.random((2, n))
        ys = top + (spots[0] * (h - 1)).astype(int)
        xs = left + (spots[1] * (w - 1)).astype(int)
        mask = np.zeros((size, size), dtype=bool)
        for dy in (0, 1):  # each dot is 2 x 2 pixels
            for dx in (0, 1):
                mask[ys + dy, xs + dx] = True
        pixels[mask] = level
    else:  # pragma: no cover - Shape() refuses unknown kinds first
        raise InputError(kind)
    return Shape(kind, level, mask)


def draw(seed=0, size: int = SIZE, n_shapes: int | None = None) -> Drawing:
    """Draw a synthetic picture of 2 to 4 abstract shapes on a plain grey background.

    The same `seed` (an integer, a tuple of integers or a numpy Generator) always gives
    the same picture. Returns a `Drawing` with the pixels (``uint8``, `size` x `size`),
    the background level and the list of shapes drawn, in drawing order.
    """
    if size < 8:
        raise InputError("an image needs at least 8 x 8 pixels")
    rng = _rng(seed)
    u = rng.random(5)
    background = _pick(u[0], 0, 255)
    pixels = np.full((size, size), background, dtype=np.uint8)
    count = _pick(u[1], 2, 4) if n_shapes is None else int(n_shapes)
    kinds = [KINDS[_pick(v, 0, len(KINDS) - 1)] for v in rng.random(count)]
    shapes = [_draw_one(kind, rng, size, background, pixels) for kind in kinds]
    return Drawing(pixels, background, shapes)


def make_image(seed=0, size: int = SIZE) -> np.ndarray:
    """The pixels of `draw(seed, size)`: a `size` x `size` array of grey levels (uint8)."""
    return draw(seed, size).pixels


_WORDS = {"rectangle": "a rectangle", "circle": "a circle", "triangle": "a triangle",
          "stripes": "a patch of stripes", "gradient": "a gradient patch",
          "dots": "a cluster of dots"}
_PLURAL = {"rectangle": "rectangles", "circle": "circles", "triangle": "triangles",
           "stripes": "patches of stripes", "gradient": "gradient patches",
           "dots": "clusters of dots"}
_NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def describe(drawing: Drawing) -> str:
    """The shapes in a drawing, in words: 'a circle, two rectangles and a cluster of dots'."""
    counts: dict[str, int] = {}
    for s in drawing.shapes:
        counts[s.kind] = counts.get(s.kind, 0) + 1
    parts = [
        _WORDS[k] if n == 1 else f"{_NUMBERS.get(n, str(n))} {_PLURAL[k]}"
        for k, n in counts.items()
    ]
    if not parts:
        return "nothing"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# --------------------------------------------------------------------------- edits


def _check(pixels) -> np.ndarray:
    arr = np.asarray(pixels)
    if arr.ndim != 2:
        what = "one value" if arr.ndim == 0 else f"{arr.ndim}-D values (a colour image?)"
        raise InputError(f"an image is a 2-D grid of grey levels, such as shapes.make_image(3) "
                         f"or a drawing's .pixels; this is {what}")
    if arr.dtype != np.uint8:
        if arr.size and (arr.min() < 0 or arr.max() > 255):
            raise InputError("grey levels run from 0 to 255")
        arr = arr.astype(np.uint8)
    return arr


def _pil(pixels):
    from PIL import Image

    return Image.fromarray(_check(pixels))


def resize(pixels, size: int) -> np.ndarray:
    """A copy resized to `size` x `size` pixels (bilinear), as when a service shrinks a photo."""
    from PIL import Image

    if int(size) < 1:
        raise InputError("the new size must be at least 1 pixel")
    out = _pil(pixels).resize((int(size), int(size)), Image.Resampling.BILINEAR)
    return np.asarray(out).copy()


def compress(pixels, quality: int) -> np.ndarray:
    """A copy saved as a JPEG file at `quality` (1 = smallest file, 95 = best) and read back."""
    from PIL import Image

    if not 1 <= int(quality) <= 95:
        raise InputError("JPEG quality runs from 1 to 95")
    buf = io.BytesIO()
    _pil(pixels).save(buf, format="JPEG", quality=int(quality))
    buf.seek(0)
    with Image.open(buf, formats=["JPEG"]) as img:
        img.load()
        return np.asarray(img if img.mode == "L" else img.convert("L")).copy()


def brighten(pixels, amount: int) -> np.ndarray:
    """A copy with `amount` added to every grey level (negative darkens), kept within 0-255."""
    arr = _check(pixels).astype(np.int16) + int(amount)
    return np.clip(arr, 0, 255).astype(np.uint8)


def crop(pixels, margin: int) -> np.ndarray:
    """A copy with `margin` pixels cut off the left edge and the top edge."""
    arr = _check(pixels)
    margin = int(margin)
    if not 0 <= margin < min(arr.shape):
        raise InputError(f"the margin must be between 0 and {min(arr.shape) - 1} pixels")
    return arr[margin:, margin:].copy()


def _most_common(arr: np.ndarray) -> int:
    return int(np.bincount(arr.ravel(), minlength=256).argmax())


def rotate(pixels, degrees: float, fill: int | None = None) -> np.ndarray:
    """A copy turned `degrees` anticlockwise about its centre, at the same size.

    Corners left empty by the turn are filled with `fill`, by default the image's most
    common grey level (for a synthetic picture, its background).
    """
    from PIL import Image

    arr = _check(pixels)
    fill = _most_common(arr) if fill is None else int(fill)
    out = _pil(arr).rotate(float(degrees), resample=Image.Resampling.BILINEAR, fillcolor=fill)
    return np.asarray(out).copy()


def flip(pixels) -> np.ndarray:
    """A mirror image: left and right swapped."""
    return _check(pixels)[:, ::-1].copy()


def add_noise(pixels, strength: float, seed=0) -> np.ndarray:
    """A copy with random speckle added: each grey level moves by a random amount.

    `strength` is the typical size of the change in grey levels (the standard deviation
    of normally distributed noise); the same `seed` gives the same noise.
    """
    if strength < 0:
        raise InputError("the strength of the noise cannot be negative")
    arr = _check(pixels)
    noise = _rng(seed).normal(0.0, float(strength), size=arr.shape)
    return np.clip(np.rint(arr + noise), 0, 255).astype(np.uint8)


# --------------------------------------------------------------------------- hashes


def sha256(pixels) -> str:
    """The SHA-256 digest of an image's grey levels, as 64 hexadecimal characters."""
    return hashlib.sha256(_check(pixels).tobytes()).hexdigest()


def ahash(pixels) -> np.ndarray:
    """Average hash: 64 bits, True where an 8 x 8 greyscale thumbnail is above its mean.

    The same steps as the lesson's `average_hash` and ImageHash 4.3.2's `average_hash`.
    """
    from PIL import Image

    small = _pil(pixels).convert("L").resize((8, 8), Image.Resampling.LANCZOS)
    grid = np.asarray(small)
    return grid > grid.mean()


def dhash(pixels) -> np.ndarray:
    """Difference hash: 64 bits, True where a pixel of a 9 x 8 thumbnail is brighter than
    the pixel to its left. The same steps as the lesson's and ImageHash 4.3.2's `dhash`."""
    from PIL import Image

    small = _pil(pixels).convert("L").resize((9, 8), Image.Resampling.LANCZOS)
    grid = np.asarray(small)
    return grid[:, 1:] > grid[:, :-1]


def hamming(a, b) -> int:
    """The Hamming distance: how many positions two hashes of the same length differ in."""
    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape:
        raise InputError(f"hashes of different shapes cannot be compared: {a.shape} and {b.shape}")
    return int(np.count_nonzero(a != b))


def to_hex(bits) -> str:
    """A hash's bits as hexadecimal text, 4 bits a character (as ImageHash prints them)."""
    flat = np.asarray(bits, dtype=bool).ravel()
    if flat.size == 0:
        return ""
    value = int("".join("1" if b else "0" for b in flat), 2)
    return f"{value:0{-(-flat.size // 4)}x}"


# --------------------------------------------------------------------------- pictures


def enlarge(pixels, size: int) -> np.ndarray:
    """Blow a small image (or a grid of True/False bits) up to `size` x `size` pixels,
    keeping each pixel a sharp square, so that it can be shown beside a larger one."""
    arr = np.asarray(pixels)
    if arr.dtype == bool:
        arr = np.where(arr, 255, 0).astype(np.uint8)
    arr = _check(arr)
    h, w = arr.shape
    if size % h == 0 and size % w == 0:
        return np.repeat(np.repeat(arr, size // h, axis=0), size // w, axis=1)
    from PIL import Image

    return np.asarray(_pil(arr).resize((size, size), Image.Resampling.NEAREST)).copy()


def cells_image(levels, size: int = SIZE, stripe: int = 2, contrast: int = 40) -> Drawing:
    """A picture made of a grid of striped squares, one for each cell of `levels`.

    `levels` is a grid of grey levels (8 x 8 for the collision in lesson 04). Each cell
    becomes a square of `size` / 8 pixels filled with horizontal stripes `stripe` pixels
    wide, alternating `contrast` levels above and below the cell's level, so the square's
    average brightness is the level asked for but it looks nothing like a plain tile.
    """
    levels = np.asarray(levels)
    rows, cols = levels.shape
    if size % rows or size % cols:
        raise InputError(f"{size} pixels do not divide into {rows} x {cols} cells")
    yy, _ = _grid(size)
    base = np.repeat(np.repeat(levels.astype(np.int16), size // rows, 0), size // cols, 1)
    wobble = np.where((yy // stripe) % 2 == 0, contrast, -contrast)
    pixels = np.clip(base + wobble, 0, 255).astype(np.uint8)
    shapes = []
    ch, cw = size // rows, size // cols
    for r in range(rows):
        for c in range(cols):
            mask = np.zeros((size, size), dtype=bool)
            mask[r * ch:(r + 1) * ch, c * cw:(c + 1) * cw] = True
            shapes.append(Shape("stripes", int(levels[r, c]), mask))
    return Drawing(pixels, int(np.clip(levels.min(), 0, 255)), shapes)


def edit_table(original, edits: dict, hashes: dict):
    """A table comparing `original` with each edited copy in `edits` (name -> pixels).

    Columns: whether the SHA-256 digest is unchanged, then for each perceptual hash in
    `hashes` (name -> function) the Hamming distance between original and copy.
    """
    import pandas as pd

    digest = sha256(original)
    rows = []
    for name, copy in edits.items():
        row = {"edit": name, "SHA-256 unchanged": sha256(copy) == digest}
        for hname, fn in hashes.items():
            row[f"{hname} distance (bits)"] = hamming(fn(original), fn(copy))
        rows.append(row)
    return pd.DataFrame(rows).set_index("edit")


# --------------------------------------------------------------------------- the sweep


def random_edit(pixels, rng) -> tuple[np.ndarray, str]:
    """One everyday edit or mild evasion of random kind and strength (never a flip).

    Returns the edited copy and the kind of edit (one of `EDIT_KINDS`).
    """
    rng = _rng(rng)
    u = rng.random(3)
    kind = EDIT_KINDS[_pick(u[0], 0, len(EDIT_KINDS) - 1)]
    sign = 1 if u[2] < 0.5 else -1
    if kind == "resized":
        out = resize(pixels, _pick(u[1], 24, 128))
    elif kind == "compressed":
        out = compress(pixels, _pick(u[1], 10, 60))
    elif kind == "brightness changed":
        out = brighten(pixels, sign * _pick(u[1], 10, 60))
    elif kind == "cropped":
        out = crop(pixels, _pick(u[1], 2, 8))
    elif kind == "rotated":
        out = rotate(pixels, sign * (2 + 8 * float(u[1])))
    else:
        out = add_noise(pixels, 5 + 20 * float(u[1]), seed=rng)
    return out, kind


# The largest edited copy the sweep makes: `random_edit` resizes to at most 128 x 128.
_SWEEP_MAX_SIDE = 128


def _block(size: int) -> np.ndarray:
    """`size` bytes of zeroed memory in one anonymous mapping of its own.

    The sweep's pictures are written into two such blocks rather than into two thousand
    small arrays: only the pages written become resident, and the whole block goes back to
    the operating system as soon as a learner lets the pictures go (``del originals,
    copies``). Small arrays would stay in the process's heap after they were freed.
    """
    import mmap

    return np.frombuffer(mmap.mmap(-1, max(int(size), 1)), dtype=np.uint8)


def _sweep_images(n: int, seed: int):
    rng = np.random.default_rng(seed)
    originals_block = _block(n * SIZE * SIZE)
    copies_block = _block(n * _SWEEP_MAX_SIDE * _SWEEP_MAX_SIDE)
    originals, copies, kinds = [], [], []
    used = 0
    for i in range(n):
        pixels = draw(rng).pixels
        copy, kind = random_edit(pixels, rng)
        original = originals_block[i * SIZE * SIZE:(i + 1) * SIZE * SIZE].reshape(SIZE, SIZE)
        original[...] = pixels
        packed = copies_block[used:used + copy.size].reshape(copy.shape)
        packed[...] = copy
        used += copy.size
        original.setflags(write=False)
        packed.setflags(write=False)
        originals.append(original)
        copies.append(packed)
        kinds.append(kind)
    return originals, copies, kinds


def sweep_images(n: int = SWEEP_IMAGES, seed: int = SWEEP_SEED):
    """`n` synthetic originals, an edited copy of each, and the kind of each edit.

    One seeded generator makes them all, so the same `n` and `seed` always give the same
    images. Returns three lists: originals, copies and edit kinds (see `EDIT_KINDS`).
    The arrays are read-only. Each call draws the pictures afresh (about 0.3 s for 1,000),
    so that nothing keeps them in memory once the caller is done with them.
    """
    if n < 2:
        raise InputError("the sweep needs at least 2 images")
    return _sweep_images(int(n), int(seed))


def hash_all(images, hash_fn) -> np.ndarray:
    """Hash every image with `hash_fn`: an array with one row of 64 bits per image."""
    return np.array([np.asarray(hash_fn(img), dtype=bool).ravel() for img in images])


def _packed(bits: np.ndarray) -> np.ndarray:
    bits = np.asarray(bits, dtype=bool)
    if bits.ndim != 2 or bits.shape[1] > 64:
        raise InputError("expected one row of at most 64 bits per image")
    packed = np.packbits(bits, axis=1)
    padded = np.zeros((bits.shape[0], 8), dtype=np.uint8)
    padded[:, : packed.shape[1]] = packed
    return padded.view(">u8").ravel().astype(np.uint64)


def distances(copy_hashes, list_hashes) -> np.ndarray:
    """Hamming distance from every copy (rows) to every hash-list entry (columns).

    Entry [i, j] compares copy i with original j: the diagonal holds same-image pairs,
    everything else pairs of different images. Computed on packed bits, so a thousand
    by a thousand takes milliseconds.
    """
    a, b = _packed(copy_hashes), _packed(list_hashes)
    out = np.empty((a.size, b.size), dtype=np.uint8)
    for start in range(0, a.size, _CHUNK):  # in blocks of rows, to keep memory small
        block = a[start:start + _CHUNK, None] ^ b[None, :]
        out[start:start + _CHUNK] = np.bitwise_count(block)
    return out


_CHUNK = 128


def _count_by_distance(values) -> np.ndarray:
    """How many of `values` (whole numbers of bits, 0-64) fall at each distance 0..64."""
    flat = np.asarray(values).ravel()
    if flat.size and (flat.min() < 0 or flat.max() > 64):
        raise InputError("Hamming distances between 64-bit hashes run from 0 to 64")
    counts = np.zeros(65, dtype=np.int64)
    step = _CHUNK * 1024
    for start in range(0, flat.size, step):
        counts += np.bincount(flat[start:start + step], minlength=65)[:65]
    return counts


def share_at_each_distance(values) -> np.ndarray:
    """The percentage of `values` at each Hamming distance from 0 to 64 bits (65 numbers)."""
    counts = _count_by_distance(values)
    total = counts.sum()
    if total == 0:
        raise InputError("no distances to count")
    return 100.0 * counts / total


def threshold_table(dist, thresholds=SWEEP_THRESHOLDS):
    """Matches found and false matches at each threshold, from a `distances` matrix.

    A pair counts as a match when its distance is at or below the threshold. Columns:
    ``threshold``; ``matches_found`` and ``matches_found_pct`` (edited copies matched to
    their own original, the diagonal); ``false_matches`` (pairs of different images that
    match) and ``false_match_rate`` (false matches per pair of different images compared).
    """
    import pandas as pd

    dist = np.asarray(dist)
    n = dist.shape[0]
    if dist.ndim != 2 or dist.shape[1] != n:
        raise InputError("expected a square matrix of distances (copies x hash list)")
    same = _count_by_distance(np.diagonal(dist))
    same_counts = np.cumsum(same)
    off_counts = np.cumsum(_count_by_distance(dist) - same)
    n_off = dist.size - n
    t = np.asarray(list(thresholds), dtype=int)
    if t.size == 0 or t.min() < 0:
        raise InputError("thresholds are whole numbers of bits, 0 or more")
    tc = np.minimum(t, 64)
    found = same_counts[tc]
    false = off_counts[tc]
    return pd.DataFrame(
        {
            "threshold": t,
            "matches_found": found,
            "matches_found_pct": 100.0 * found / n,
            "false_matches": false,
            "false_match_rate": false / n_off,
        }
    )


def largest_threshold(table, max_false: int) -> int:
    """The largest threshold in `table` with at most `max_false` false matches."""
    ok = table.loc[table["false_matches"] <= max_false, "threshold"]
    if ok.empty:
        raise InputError(f"no threshold in the table gives {max_false} false matches or fewer")
    return int(ok.max())


@lru_cache(maxsize=4)
def _sweep(hash_name: str, n: int, seed: int):
    originals, copies, _ = sweep_images(n, seed)
    fn = {"ahash": ahash, "dhash": dhash}[hash_name]
    dist = distances(hash_all(copies, fn), hash_all(originals, fn))
    return threshold_table(dist)


def threshold_sweep(hash_name: str = "ahash", n: int = SWEEP_IMAGES, seed: int = SWEEP_SEED):
    """The whole sweep in one call, with this module's `ahash` or `dhash` (for self-checks).

    Gives the same table as the lesson's step-by-step sweep with its own hash functions.
    """
    if hash_name not in ("ahash", "dhash"):
        raise InputError("hash_name is 'ahash' or 'dhash'")
    return _sweep(hash_name, int(n), int(seed)).copy()


# --------------------------------------------------------------------------- showing


def draw_row(ax, images, labels, gap: int = 8, size: int | None = None) -> None:
    """Show `images` side by side on `ax`, each labelled underneath by `labels`.

    Images of other sizes (an 8 x 8 thumbnail, a grid of hash bits) are enlarged to the
    size of the first, so the row lines up; each tile gets a thin black frame.
    """
    from matplotlib.patches import Rectangle

    images = list(images)
    labels = list(labels)
    if len(images) != len(labels) or not images:
        raise InputError("give one label for each image")
    if size is None:
        size = max(np.asarray(images[0]).shape)
    tiles = [enlarge(img, size) if np.asarray(img).shape != (size, size) else _check(img)
             for img in images]
    width = len(tiles) * size + (len(tiles) - 1) * gap
    canvas = np.full((size, width), 255, dtype=np.uint8)
    centres = []
    for k, tile in enumerate(tiles):
        x = k * (size + gap)
        canvas[:, x:x + size] = tile
        centres.append(x + (size - 1) / 2)
        ax.add_patch(Rectangle((x - 0.5, -0.5), size, size, fill=False, edgecolor="black",
                               linewidth=1))
    ax.imshow(canvas, cmap="gray", vmin=0, vmax=255, interpolation="nearest")
    ax.set_xticks(centres, labels=labels)
    ax.set_yticks([])
    ax.tick_params(axis="x", length=0)
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)


def label_thresholds(ax, table, every: int = 10, below: bool = False, color=None) -> None:
    """Label every `every`-th point of a sweep curve with its threshold ("10 bits").

    For a chart of ``matches_found_pct`` (up) against false matches per million pairs
    (across), the axes the lesson uses. `below` puts the labels under and to the right of
    the points, so that two curves' labels do not collide; `color` matches the curve's.
    """
    offset, align = ((5, -14), "left") if below else ((-5, 7), "right")
    for row in table.itertuples():
        if row.threshold % every == 0:
            ax.annotate(f"{row.threshold} bits", (row.false_match_rate * 1_000_000,
                                                  row.matches_found_pct),
                        textcoords="offset points", xytext=offset, ha=align, fontsize=9,
                        color=color)


guard_module(globals())  # unusable input gives a plain sentence (policylab.errors)
