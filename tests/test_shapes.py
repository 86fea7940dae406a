"""policylab.shapes and lesson 04: safe synthetic images, edits, hashes and the sweep.

The lesson defines its own average hash and difference hash in notebook cells, so that
learners see how they work. These tests take those definitions out of the stored
notebooks and check them, and the package's own `ahash` and `dhash`, bit for bit against
ImageHash 4.3.2 (a test-only dependency) on a few hundred synthetic images.
"""

from __future__ import annotations

import ast
import re

import imagehash
import numpy as np
import pytest
from PIL import Image

from policylab import shapes

from .conftest import ROOT, read_nb

LESSON = ROOT / "notebooks" / "04-how-matching-works.ipynb"
SOLUTION = ROOT / "solutions" / "04-how-matching-works.ipynb"
HASH_FUNCTIONS = ("average_hash", "difference_hash")


def src(cell) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def notebook_functions(path) -> dict:
    """The hash functions defined in a notebook's code cells, compiled on their own."""
    found = {}
    for cell in read_nb(path)["cells"]:
        if cell["cell_type"] != "code":
            continue
        tree = ast.parse(src(cell))
        defs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name in HASH_FUNCTIONS]
        for node in defs:
            assert node.name not in found, f"{path.name} defines {node.name} twice"
            namespace = {"np": np, "Image": Image}
            exec(compile(ast.Module(body=[node], type_ignores=[]), path.name, "exec"), namespace)
            found[node.name] = namespace[node.name]
    return found


def test_hash_cells_are_a_few_readable_lines():
    for path in (LESSON, SOLUTION):
        for cell in read_nb(path)["cells"]:
            text = src(cell)
            if cell["cell_type"] == "code" and re.search(r"^def (average|difference)_hash", text, re.M):
                body = [ln for ln in text.splitlines() if ln.strip() and not ln.strip().startswith(("#", '"""'))]
                assert len(body) <= 8, f"{path.name}: keep the hash definition short"
                assert "Image.Resampling.LANCZOS" in text, "resize exactly as ImageHash does"
                assert "import imagehash" not in text


@pytest.fixture(scope="module")
def images():
    """A few hundred synthetic images, with edited copies so that hashes vary in every way."""
    out = []
    for seed in range(120):
        pixels = shapes.make_image(seed)
        out += [pixels, shapes.rotate(pixels, 7), shapes.compress(pixels, 30)]
    out.append(np.full((64, 64), 77, dtype=np.uint8))  # flat: every bit False
    out.append(shapes.make_image(3, size=100))  # another size
    return out


@pytest.mark.parametrize("path", [LESSON, SOLUTION], ids=lambda p: p.parent.name)
def test_notebook_hashes_match_imagehash_bit_for_bit(path, images):
    fns = notebook_functions(path)
    assert set(fns) == set(HASH_FUNCTIONS), f"{path.name} must define both hash functions"
    for pixels in images:
        img = Image.fromarray(pixels)
        a, d = fns["average_hash"](pixels), fns["difference_hash"](pixels)
        assert a.shape == (8, 8) and a.dtype == bool
        assert np.array_equal(a, imagehash.average_hash(img).hash)
        assert np.array_equal(d, imagehash.dhash(img).hash)


def test_package_hashes_match_imagehash_bit_for_bit(images):
    for pixels in images:
        img = Image.fromarray(pixels)
        assert np.array_equal(shapes.ahash(pixels), imagehash.average_hash(img).hash)
        assert np.array_equal(shapes.dhash(pixels), imagehash.dhash(img).hash)


def test_hamming_and_hex_agree_with_imagehash(images):
    for first, second in zip(images[:60], images[1:61], strict=True):
        a = imagehash.average_hash(Image.fromarray(first))
        b = imagehash.average_hash(Image.fromarray(second))
        assert shapes.hamming(a.hash, b.hash) == a - b
        assert shapes.to_hex(a.hash) == str(a)


# --------------------------------------------------------------------------- the generator


@pytest.mark.parametrize("seed", list(range(200)))
def test_generator_draws_only_its_declared_shapes(seed):
    drawing = shapes.draw(seed)
    pixels = drawing.pixels
    assert pixels.dtype == np.uint8 and pixels.shape == (shapes.SIZE, shapes.SIZE)
    assert 2 <= len(drawing.shapes) <= 4
    covered = np.zeros(pixels.shape, dtype=bool)
    for shape in drawing.shapes:
        assert shape.kind in shapes.KINDS
        assert shape.mask.shape == pixels.shape and shape.mask.dtype == bool
        assert shape.mask.any(), "every declared shape touches some pixels"
        covered |= shape.mask
    # nothing appears outside the declared shapes: every other pixel is the background
    assert np.all(pixels[~covered] == drawing.background)
    # the last shape drawn is on top: where it is a solid shape, its level shows
    top = drawing.shapes[-1]
    if top.kind in ("rectangle", "circle", "triangle", "dots"):
        assert np.all(pixels[top.mask] == top.level)


def test_generator_is_deterministic_and_seeds_differ():
    assert np.array_equal(shapes.make_image(7), shapes.make_image(7))
    assert np.array_equal(shapes.draw((3, 4)).pixels, shapes.draw((3, 4)).pixels)
    assert not np.array_equal(shapes.make_image(7), shapes.make_image(8))
    rng_a, rng_b = np.random.default_rng(5), np.random.default_rng(5)
    assert np.array_equal(shapes.draw(rng_a).pixels, shapes.draw(rng_b).pixels)


def test_generator_uses_every_kind_and_other_sizes():
    kinds = {s.kind for seed in range(200) for s in shapes.draw(seed).shapes}
    assert kinds == set(shapes.KINDS)
    drawing = shapes.draw(1, size=32, n_shapes=3)
    assert drawing.pixels.shape == (32, 32) and len(drawing.shapes) == 3
    with pytest.raises(ValueError, match="at least 8"):
        shapes.draw(1, size=4)
    with pytest.raises(ValueError, match="declared kinds"):
        shapes.Shape("face", 0, np.zeros((8, 8), dtype=bool))


def test_describe_counts_the_shapes_in_words():
    drawing = shapes.draw(0)
    kinds = [s.kind for s in drawing.shapes]
    text = shapes.describe(drawing)
    assert text == drawing.describe()
    mask = np.zeros((8, 8), dtype=bool)
    made = shapes.Drawing(mask.astype(np.uint8), 0, [shapes.Shape(k, 1, mask) for k in
                                                     ("circle", "circle", "dots")])
    assert shapes.describe(made) == "two circles and a cluster of dots"
    assert shapes.describe(shapes.Drawing(mask.astype(np.uint8), 0, [])) == "nothing"
    assert len(kinds) >= 2 and " and " in text


def test_cells_image_declares_stripes_and_collides():
    levels = np.array([[200, 50], [50, 200]])
    drawing = shapes.cells_image(levels, size=8)
    assert {s.kind for s in drawing.shapes} == {"stripes"}
    assert drawing.pixels.tolist()[0] == [240, 240, 240, 240, 90, 90, 90, 90]
    assert drawing.pixels[:4, :4].mean() == 200  # each cell averages its level
    with pytest.raises(ValueError, match="do not divide"):
        shapes.cells_image(np.zeros((3, 3)), size=8)
    hits = 0
    for seed in range(200):
        bits = shapes.ahash(shapes.make_image(seed))
        forged = shapes.cells_image(np.where(bits, 200, 50)).pixels
        hits += shapes.hamming(bits, shapes.ahash(forged)) == 0
    assert hits >= 190, "the constructed collision works for nearly every image"


# --------------------------------------------------------------------------- edits


GRID = np.arange(16, dtype=np.uint8).reshape(4, 4)


def test_brighten_adds_and_clips():
    assert shapes.brighten([[250, 10]], 10).tolist() == [[255, 20]]
    assert shapes.brighten([[250, 10]], -20).tolist() == [[230, 0]]
    assert shapes.brighten(GRID, 0).dtype == np.uint8


def test_crop_cuts_left_and_top():
    assert shapes.crop(GRID, 1).tolist() == [[5, 6, 7], [9, 10, 11], [13, 14, 15]]
    assert np.array_equal(shapes.crop(GRID, 0), GRID)
    with pytest.raises(ValueError, match="margin"):
        shapes.crop(GRID, 4)


def test_flip_swaps_left_and_right():
    assert shapes.flip([[1, 2, 3]]).tolist() == [[3, 2, 1]]
    assert np.array_equal(shapes.flip(shapes.flip(GRID)), GRID)


def test_rotate_turns_anticlockwise_and_fills_with_the_background():
    assert np.array_equal(shapes.rotate(GRID, 90), np.rot90(GRID))
    assert np.array_equal(shapes.rotate(GRID, 0), GRID)
    pixels = shapes.make_image(2)
    turned = shapes.rotate(pixels, 30)
    assert turned.shape == pixels.shape
    assert turned[0, 0] == shapes.draw(2).background  # an empty corner takes the background
    assert shapes.rotate(pixels, 30, fill=0)[0, 0] == 0


def test_resize_changes_size_only():
    assert np.array_equal(shapes.resize(GRID, 4), GRID)
    assert shapes.resize(np.full((4, 4), 9, dtype=np.uint8), 2).tolist() == [[9, 9], [9, 9]]
    assert shapes.resize(shapes.make_image(1), 40).shape == (40, 40)
    with pytest.raises(ValueError):
        shapes.resize(GRID, 0)


def test_compress_round_trips_through_jpeg():
    flat = np.full((16, 16), 120, dtype=np.uint8)
    assert np.abs(shapes.compress(flat, 95).astype(int) - 120).max() <= 1
    pixels = shapes.make_image(5)
    rough = shapes.compress(pixels, 10)
    assert rough.shape == pixels.shape and rough.dtype == np.uint8
    assert not np.array_equal(rough, pixels)
    with pytest.raises(ValueError, match="quality"):
        shapes.compress(pixels, 0)


def test_add_noise_is_seeded_and_bounded():
    pixels = shapes.make_image(6)
    assert np.array_equal(shapes.add_noise(pixels, 0), pixels)
    a, b = shapes.add_noise(pixels, 20, seed=1), shapes.add_noise(pixels, 20, seed=1)
    assert np.array_equal(a, b) and not np.array_equal(a, pixels)
    assert a.dtype == np.uint8
    with pytest.raises(ValueError, match="negative"):
        shapes.add_noise(pixels, -1)


def test_edits_refuse_what_is_not_a_grey_image():
    with pytest.raises(ValueError, match="2-D"):
        shapes.flip(np.zeros((4, 4, 3), dtype=np.uint8))
    with pytest.raises(ValueError, match="0 to 255"):
        shapes.brighten([[300]], 1)
    assert shapes.flip([[1, 2]]).dtype == np.uint8  # plain lists of levels are fine


# --------------------------------------------------------------------------- hashes


def test_hamming_counts_differing_positions():
    assert shapes.hamming([1, 0, 1, 1], [1, 1, 1, 0]) == 2
    assert shapes.hamming([True] * 64, [True] * 64) == 0
    assert shapes.hamming(np.ones((8, 8), bool), np.zeros((8, 8), bool)) == 64
    with pytest.raises(ValueError, match="different shapes"):
        shapes.hamming(np.ones((8, 8)), np.ones(64))


def test_to_hex_by_hand():
    assert shapes.to_hex([1, 0, 1, 0]) == "a"
    assert shapes.to_hex([0, 0, 0, 0, 1, 1, 1, 1]) == "0f"
    assert shapes.to_hex(np.ones((8, 8), bool)) == "f" * 16
    assert shapes.to_hex([]) == ""


def test_sha256_sees_a_one_level_change_and_ahash_does_not():
    pixels = shapes.make_image(18)
    nudged = pixels.copy()
    nudged[0, 0] += 1
    assert shapes.sha256(pixels) != shapes.sha256(nudged)
    assert len(shapes.sha256(pixels)) == 64
    assert shapes.hamming(shapes.ahash(pixels), shapes.ahash(nudged)) == 0


def test_enlarge_keeps_sharp_squares():
    assert shapes.enlarge([[0, 255]], 4).tolist() == [[0, 0, 255, 255]] * 4
    bits = np.array([[True, False], [False, True]])
    assert shapes.enlarge(bits, 2).tolist() == [[255, 0], [0, 255]]
    assert shapes.enlarge(np.zeros((9, 8), np.uint8), 64).shape == (64, 64)


def test_edit_table_compares_each_copy():
    pixels = shapes.make_image(18)
    table = shapes.edit_table(pixels, {"same": pixels.copy(), "flipped": shapes.flip(pixels)},
                              {"aHash": shapes.ahash})
    assert list(table.columns) == ["SHA-256 unchanged", "aHash distance (bits)"]
    assert bool(table.loc["same", "SHA-256 unchanged"]) and table.loc["same", "aHash distance (bits)"] == 0
    assert not table.loc["flipped", "SHA-256 unchanged"]


# --------------------------------------------------------------------------- the sweep


def test_distances_match_a_plain_count():
    rng = np.random.default_rng(0)
    a, b = rng.random((7, 64)) > 0.5, rng.random((5, 64)) > 0.5
    d = shapes.distances(a, b)
    assert d.shape == (7, 5)
    for i in range(7):
        for j in range(5):
            assert d[i, j] == np.count_nonzero(a[i] != b[j])
    short = shapes.distances(a[:, :12], b[:, :12])  # fewer than 64 bits work too
    assert short[0, 0] == np.count_nonzero(a[0, :12] != b[0, :12])
    with pytest.raises(ValueError):
        shapes.distances(np.ones((2, 65), bool), np.ones((2, 65), bool))


def test_threshold_table_by_hand():
    dist = np.array([[0, 3, 9], [5, 2, 1], [4, 7, 6]])
    table = shapes.threshold_table(dist, thresholds=[0, 1, 2, 5, 6, 70])
    # same-image pairs (diagonal): 0, 2, 6; different pairs: 3, 9, 5, 1, 4, 7
    assert table["matches_found"].tolist() == [1, 1, 2, 2, 3, 3]
    assert table["false_matches"].tolist() == [0, 1, 1, 4, 4, 6]
    assert table["false_match_rate"].tolist()[-1] == 1.0
    assert table["matches_found_pct"].tolist()[2] == pytest.approx(200 / 3)
    assert shapes.largest_threshold(table, 1) == 2
    assert shapes.largest_threshold(table, 0) == 0
    with pytest.raises(ValueError, match="no threshold"):
        shapes.largest_threshold(table.iloc[2:], 0)
    with pytest.raises(ValueError, match="square"):
        shapes.threshold_table(np.zeros((2, 3)))


def test_sweep_is_deterministic_and_matches_the_step_by_step_version():
    originals, copies, kinds = shapes.sweep_images(60, seed=9)
    again = shapes.sweep_images(60, seed=9)
    assert all(np.array_equal(a, b) for a, b in zip(originals, again[0], strict=True))
    assert set(kinds) <= set(shapes.EDIT_KINDS)
    step = shapes.threshold_table(shapes.distances(shapes.hash_all(copies, shapes.ahash),
                                                   shapes.hash_all(originals, shapes.ahash)))
    whole = shapes.threshold_sweep("ahash", n=60, seed=9)
    assert step.equals(whole)
    assert whole["matches_found"].is_monotonic_increasing
    assert whole["false_matches"].is_monotonic_increasing
    with pytest.raises(ValueError):
        shapes.threshold_sweep("phash")
    with pytest.raises(ValueError):
        shapes.sweep_images(1)


def test_random_edit_never_flips_and_names_its_kind():
    rng = np.random.default_rng(4)
    seen = set()
    for seed in range(60):
        copy, kind = shapes.random_edit(shapes.make_image(seed), rng)
        assert kind in shapes.EDIT_KINDS and copy.dtype == np.uint8
        seen.add(kind)
    assert seen == set(shapes.EDIT_KINDS)


# --------------------------------------------------------------------------- the notebooks


def test_lesson_notebooks_make_every_image_with_the_generator():
    """No picture comes from a file, the network or an image model: only policylab.shapes."""
    banned = re.compile(r"Image\.open|imread|\bopen\(|urlopen|requests|\.(png|jpe?g|gif|bmp)\b|"
                        r"diffusers|torch|openai|imagehash", re.I)
    for path in (LESSON, SOLUTION, ROOT / "exercises" / LESSON.name):
        for i, cell in enumerate(read_nb(path)["cells"]):
            if cell["cell_type"] == "code":
                assert not banned.search(src(cell)), f"{path.name}, cell {i + 1}"


def test_draw_row_shows_labelled_tiles():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    shapes.draw_row(ax, [shapes.make_image(1), shapes.ahash(shapes.make_image(1))], ["a", "b"])
    assert [t.get_text() for t in ax.get_xticklabels()] == ["a", "b"]
    assert ax.images[0].get_array().shape == (64, 64 * 2 + 8)
    with pytest.raises(ValueError, match="one label"):
        shapes.draw_row(ax, [shapes.make_image(1)], [])
    plt.close(fig)


def test_share_at_each_distance_by_hand():
    shares = shapes.share_at_each_distance([0, 0, 3, 64])
    assert shares.shape == (65,)
    assert shares[0] == 50 and shares[3] == 25 and shares[64] == 25 and shares.sum() == 100
    with pytest.raises(ValueError, match="0 to 64"):
        shapes.share_at_each_distance([65])
    with pytest.raises(ValueError, match="no distances"):
        shapes.share_at_each_distance([])


def test_sweep_pictures_are_freed_once_the_caller_lets_them_go():
    """Lesson 04 deletes its 2,000 pictures after hashing them to stay inside the memory
    budget: that only works if nothing else (a cache) keeps them."""
    import gc
    import weakref

    originals, copies, _ = shapes.sweep_images(40, seed=3)
    blocks = {id(a.base): weakref.ref(a.base) for a in (*originals, *copies)}
    assert len(blocks) == 2, "the pictures live in two blocks, one for each list"
    again, _, _ = shapes.sweep_images(40, seed=3)
    assert all(np.array_equal(a, b) for a, b in zip(originals, again, strict=True))
    assert not originals[0].flags.writeable
    del originals, copies, again
    gc.collect()
    assert all(ref() is None for ref in blocks.values())
