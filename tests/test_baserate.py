"""policylab.baserate: base rates checked against hand-worked cases; the toy cipher; the widget.

The expected numbers below are worked by hand from first principles, not by calling the
functions under test: harmful = messages x prevalence; true flags = harmful x detection
rate; false flags = (messages - harmful) x false-positive rate; share real = true flags /
all flags; reviewer hours = all flags x minutes per flag / 60.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from policylab import baserate
from policylab.baserate import screening, share_real

# --------------------------------------------------------------------------- hand-worked cases


def test_a_billion_messages_one_in_a_million_harmful():
    # 1,000,000,000 messages, 1 in a million harmful -> 1,000 harmful messages.
    # Detection 90% -> 900 true flags, 100 missed.
    # Harmless = 999,999,000; 1 in a million wrongly flagged -> 999.999 false flags.
    # Flags = 1,899.999; share real = 900 / 1,899.999 = 0.473684...
    # Review at 5 minutes a flag: 1,899.999 x 5 / 60 = 158.333250 hours.
    r = screening(1_000_000_000, 1e-6, 0.9, 1e-6, 5)
    assert r.harmful == pytest.approx(1_000)
    assert r.true_flags == pytest.approx(900)
    assert r.missed == pytest.approx(100)
    assert r.false_flags == pytest.approx(999.999)
    assert r.flags == pytest.approx(1_899.999)
    assert r.share_real == pytest.approx(900 / 1_899.999)
    assert 0.4736 < r.share_real < 0.4737
    assert r.reviewer_hours == pytest.approx(158.33325)
    assert r.full_time_reviewers == pytest.approx(158.33325 / 7.5)


def test_small_round_numbers():
    # 10,000 messages, 1% harmful -> 100 harmful; detection 50% -> 50 true flags.
    # Harmless 9,900; 10% wrongly flagged -> 990 false flags. Flags 1,040.
    # Share real 50 / 1,040; 6 minutes a flag -> 1,040 x 6 / 60 = 104 hours.
    r = screening(10_000, 0.01, 0.5, 0.1, 6)
    assert (r.harmful, r.true_flags, r.missed) == pytest.approx((100, 50, 50))
    assert r.false_flags == pytest.approx(990)
    assert r.flags == pytest.approx(1_040)
    assert r.share_real == pytest.approx(50 / 1_040)
    assert r.reviewer_hours == pytest.approx(104)


def test_a_perfect_scanner_flags_only_the_harmful():
    r = screening(1_000, 0.002, 1.0, 0.0, 3)  # 2 harmful, both caught, nothing else
    assert (r.true_flags, r.false_flags, r.missed) == pytest.approx((2, 0, 0))
    assert r.share_real == 1.0
    assert r.reviewer_hours == pytest.approx(0.1)  # 2 flags x 3 minutes = 6 minutes


def test_when_nothing_is_harmful_every_flag_is_false():
    r = screening(1_000_000, 0.0, 0.9, 0.001, 1)  # 1,000 false flags, no true ones
    assert r.true_flags == 0 and r.false_flags == pytest.approx(1_000)
    assert r.share_real == 0.0


def test_no_flags_means_no_share_and_says_so():
    r = screening(5_000, 0.0, 0.9, 0.0, 2)
    assert r.flags == 0 and math.isnan(r.share_real)
    assert "no flags, so no share" in r.text()
    assert math.isnan(share_real(0.0, 0.9, 0.0))


def test_the_share_real_does_not_depend_on_volume_or_review_time():
    a = screening(1e6, 1e-5, 0.8, 1e-4, 1)
    b = screening(1e11, 1e-5, 0.8, 1e-4, 30)
    assert a.share_real == pytest.approx(b.share_real)
    # by hand: 0.8e-5 / (0.8e-5 + 0.99999 x 1e-4)
    assert a.share_real == pytest.approx(0.8e-5 / (0.8e-5 + 0.99999e-4))


def test_share_real_takes_arrays_and_agrees_with_screening():
    fprs = np.array([1e-9, 1e-6, 1e-3])
    shares = share_real(1e-6, 0.9, fprs)
    assert shares.shape == (3,)
    for fpr, share in zip(fprs, shares, strict=True):
        assert share == pytest.approx(screening(1e9, 1e-6, 0.9, fpr).share_real)
    # by hand, 1 in a billion: 0.9e-6 / (0.9e-6 + 0.999999e-9) = 0.998891...
    assert shares[0] == pytest.approx(0.9e-6 / (0.9e-6 + 0.999999e-9))
    assert isinstance(share_real(0.5, 0.5, 0.5), float)


def test_text_states_settings_and_results_in_words():
    text = screening(1_000_000_000, 1e-6, 0.9, 1e-6, 5).text()
    assert "Messages a day: 1,000,000,000" in text
    assert "harmful: 1 in 1,000,000 messages" in text
    assert "detection rate: 90.0%" in text
    assert "Flags a day" in text and "1,900" in text
    assert "47.4%" in text
    assert repr(screening(1_000_000_000, 1e-6, 0.9, 1e-6, 5)) == text


def test_to_dict_has_settings_and_results():
    d = screening(10_000, 0.01, 0.5, 0.1, 6).to_dict()
    assert d["messages_per_day"] == 10_000 and d["false_flags"] == pytest.approx(990)
    assert set(d) >= {"true_flags", "false_flags", "share_real", "reviewer_hours"}


@pytest.mark.parametrize(
    ("p", "words"),
    [(1e-6, "1 in 1,000,000"), (1e-9, "1 in 1,000,000,000"), (0.5, "1 in 2"), (0, "none"),
     (1.2589e-6, "1 in 794,000")],
)
def test_one_in(p, words):
    assert baserate.one_in(p) == words


def test_percent_and_count():
    assert baserate.percent(0.4736) == "47.4%"
    assert baserate.percent(0.0000089) == "0.00089%"
    assert baserate.count(99_999.9) == "100,000" and baserate.count(0.9) == "0.9"


# --------------------------------------------------------------------------- bad input

VALID = dict(messages_per_day=1e9, prevalence=1e-6, detection_rate=0.9,
             false_positive_rate=1e-6, review_minutes=5)


@pytest.mark.parametrize("name", ["prevalence", "detection_rate", "false_positive_rate"])
@pytest.mark.parametrize("bad", [-0.1, 1.5, 90, math.nan, math.inf, "0.5", True, None])
def test_probabilities_outside_0_to_1_raise_naming_the_argument(name, bad):
    settings = dict(VALID)
    settings[name] = bad
    with pytest.raises(ValueError, match=name):
        screening(**settings)


def test_a_percentage_given_as_a_probability_gets_a_hint():
    with pytest.raises(ValueError, match="divide by 100"):
        screening(1e9, 1e-6, 90, 1e-6)


@pytest.mark.parametrize("name", ["messages_per_day", "review_minutes"])
@pytest.mark.parametrize("bad", [-1, math.nan, "many", None])
def test_counts_below_zero_or_not_numbers_raise_naming_the_argument(name, bad):
    settings = dict(VALID)
    settings[name] = bad
    with pytest.raises(ValueError, match=name):
        screening(**settings)


def test_screening_wants_single_numbers_and_share_real_checks_arrays():
    with pytest.raises(ValueError, match="single number"):
        screening(1e9, np.array([1e-6, 1e-5]), 0.9, 1e-6)
    with pytest.raises(ValueError, match="false_positive_rate"):
        share_real(1e-6, 0.9, np.array([1e-6, 2.0]))


def test_numpy_scalars_are_accepted():
    r = screening(np.int64(10_000), np.float64(0.01), np.float32(0.5), 0.1, np.int64(6))
    assert r.true_flags == pytest.approx(50)


# --------------------------------------------------------------------------- the pack's data


def test_platform_value_reads_the_data():
    from policylab.data import load

    table = load("platform_scale")
    row = table[table["item"] == "WhatsApp messages a day"]
    assert baserate.platform_value("WhatsApp messages a day") == float(row["value"].iloc[-1])
    with pytest.raises(ValueError, match="no item 'Nope'.*WhatsApp messages a day"):
        baserate.platform_value("Nope")


def test_message_volumes_are_the_rows_counting_messages():
    volumes = baserate.message_volumes()
    assert len(volumes) >= 1
    assert "WhatsApp messages a day" in set(volumes["item"])


# --------------------------------------------------------------------------- toy encryption


def test_toy_keys_agree_and_the_message_round_trips():
    p, g = 2_147_483_647, 7
    a_secret, b_secret = 1_234_567, 7_654_321
    a_public, b_public = pow(g, a_secret, p), pow(g, b_secret, p)
    key = pow(b_public, a_secret, p)
    assert key == pow(a_public, b_secret, p)
    sealed = baserate.toy_encrypt(key, "See you at the library at 3")
    assert sealed != b"See you at the library at 3" and len(sealed) == 27
    assert baserate.toy_decrypt(key, sealed) == "See you at the library at 3"
    assert baserate.toy_encrypt(key, "See you at the library at 3") == sealed  # deterministic
    wrong = baserate.toy_decrypt(a_public, sealed)
    assert wrong != "See you at the library at 3" and wrong.isprintable()


def test_toy_keys_must_be_whole_numbers():
    with pytest.raises(ValueError, match="key"):
        baserate.toy_encrypt("secret", "hello")
    with pytest.raises(ValueError, match="key"):
        baserate.toy_decrypt(1.5, b"x")


def test_the_envelope_holds_metadata_not_the_message():
    sealed = baserate.toy_encrypt(42, "hello there")
    env = baserate.toy_envelope("Alice", "Bob", "2021-06-30 09:15", sealed)
    assert env["from"] == "Alice" and env["to"] == "Bob" and env["size (bytes)"] == 11
    assert "hello" not in str(env.values())
    assert env["content as the server sees it"] == sealed.hex()


def test_fingerprints_are_exact():
    assert baserate.toy_fingerprint("blue square") == baserate.toy_fingerprint("blue square")
    assert baserate.toy_fingerprint("blue square") != baserate.toy_fingerprint("blue square.")
    assert len(baserate.toy_fingerprint("x")) == 16
    assert "INSECURE" in baserate.TOY_WARNING


# --------------------------------------------------------------------------- the widget


def test_simulator_starts_from_the_data_and_shows_the_functions_numbers():
    view = baserate.simulator()
    messages = baserate.platform_value("WhatsApp messages a day")
    assert view.messages.value == messages
    assert view.preset.value == messages
    expected = screening(messages, 1e-6, 0.9, 1e-6, 5)
    assert view.result == expected
    assert expected.text() in view.text()
    assert "baserate.screening(" in view.text()
    for label, value in expected.rows():
        assert value.replace("(", "").split()[0] in view.results.value
        assert label.strip() in view.results.value


def test_moving_the_sliders_changes_the_display_to_the_functions_result():
    view = baserate.simulator()
    view.messages.value = 1e9
    view.prevalence.value = 1e-5
    view.detection.value = 0.5
    view.false_positive.value = 1e-4
    view.review.value = 2
    expected = screening(1e9, 1e-5, 0.5, 1e-4, 2)
    assert view.result == expected
    # by hand: 10,000 harmful, 5,000 caught; 99,999 false flags; 104,999 flags
    assert "104,999" in view.results.value and "99,999" in view.results.value
    assert baserate.percent(expected.share_real) in view.results.value
    assert view.preset.value == 0.0, "a volume not in the data shows as 'your own'"
    assert repr(view) == view.text() and expected.text() in view.text()


def test_choosing_a_volume_from_the_data_moves_the_slider():
    view = baserate.simulator(messages_per_day=1e7)
    assert view.preset.value == 0.0
    other = baserate.message_volumes()["value"].iloc[-1]
    view.preset.value = float(other)
    assert view.messages.value == float(other)
    assert view.result.messages_per_day == float(other)


def test_simulator_refuses_bad_settings_and_has_a_plain_text_bundle():
    with pytest.raises(ValueError, match="detection_rate"):
        baserate.simulator(detection_rate=1.2)
    data = baserate.simulator()._repr_mimebundle_()
    assert data["text/plain"].startswith("Base-rate simulator")
    assert "application/vnd.jupyter.widget-view+json" in data
