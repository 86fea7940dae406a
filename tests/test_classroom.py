"""The lecturer's side: collect a folder of hand-ins, report bad files, tabulate, plot."""

from __future__ import annotations

import json

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from policylab import classroom, cli, prompts, responses  # noqa: E402

from .conftest import ROOT  # noqa: E402

SCALE = list(prompts.AGREE_SCALE)


def hand_in(folder, learner, answers, *, name=None, exported="2026-12-07T12:00:00+00:00",
            file=None):
    """Write an export as `pl.export_responses` would. answers: {(pid, phase): [stances]}."""
    data = {"schema": responses.SCHEMA, "schema_version": responses.SCHEMA_VERSION,
            "learner_id": learner, "display_name": name, "created_at": exported,
            "exported_at": exported, "answers": {}}
    for (pid, phase), stances in answers.items():
        data["answers"][responses.answer_key(pid, phase)] = {
            "prompt_id": pid, "phase": phase, "question": "Q?", "kind": "scale",
            "options": SCALE,
            "revisions": [{"stance": s, "reason": f"{learner} says {s}",
                           "saved_at": f"2026-10-0{i + 1}T10:00:00+00:00"}
                          for i, s in enumerate(stances)],
        }
    path = folder / (file or f"{learner}.json")
    path.write_text(json.dumps(data))
    return path


P = "core.default-e2ee"


@pytest.fixture
def klass(tmp_path):
    hand_in(tmp_path, "a", {(P, "before"): ["Agree"], (P, "after"): ["Strongly agree"]},
            name="Ada")
    hand_in(tmp_path, "b", {(P, "before"): ["Agree", "Disagree"], (P, "after"): ["Disagree"]})
    hand_in(tmp_path, "c", {(P, "before"): ["Neither agree nor disagree"]})
    return tmp_path


def test_collect_gives_one_row_per_revision(klass):
    result = classroom.collect(klass)
    assert result.problems == [] and result.files_read == 3
    t = result.table
    assert list(t.columns) == classroom.COLUMNS
    assert len(t) == 2 + 3 + 1  # a: before+after; b: two revisions before, one after; c
    b_before = t[(t.learner_id == "b") & (t.phase == "before")].sort_values("revision")
    assert b_before["stance"].tolist() == ["Agree", "Disagree"]
    assert b_before["is_latest"].tolist() == [False, True]
    assert t.loc[t.learner_id == "a", "learner"].iloc[0] == "a", "pseudonyms by default"
    named = classroom.collect(klass, names=True).table
    assert named.loc[named.learner_id == "a", "learner"].iloc[0] == "Ada", "a chosen name"
    assert named.loc[named.learner_id == "c", "learner"].iloc[0] == "c", "else the pseudonym"
    assert t["stance_value"].dropna().isin(range(1, 6)).all()


def test_shift_pairs_each_learners_latest_before_and_after(klass):
    moved = classroom.shift(classroom.collect(klass).table, P)
    assert moved.loc["a"].tolist() == [4, 5, 1]
    assert moved.loc["b"].tolist() == [2, 2, 0], "b's latest 'before' is Disagree"
    assert "c" not in moved.index, "c answered only before"


def test_bad_files_are_reported_by_name_and_collection_goes_on(klass):
    (klass / "essay.json").write_text("Dear lecturer, ...")
    (klass / "other.json").write_text(json.dumps({"schema": "something-else"}))
    (klass / "latin1.json").write_bytes(b'{"x": "caf\xe9"}')
    hand_in(klass, "a", {(P, "before"): ["Agree"]}, exported="2026-10-01T12:00:00+00:00",
            file="a-early.json")
    hand_in(klass, "d", {("9.unknown", None): ["Agree"]})
    result = classroom.collect(klass)
    problems = dict(result.problems)
    assert problems["essay.json"] == "not valid JSON (line 1)"
    assert "not a policylab responses file" in problems["other.json"]
    assert "UTF-8" in problems["latin1.json"]
    assert problems["a-early.json"].startswith("duplicate of a.json")
    assert "'9.unknown', which the pack does not define" in problems["d.json"]
    assert set(result.table["learner_id"]) == {"a", "b", "c", "d"}
    assert (result.table.loc[result.table.learner_id == "a", "file"] == "a.json").all()
    assert "5 problem(s)" in result.summary()


def test_a_later_duplicate_replaces_an_earlier_one(tmp_path):
    hand_in(tmp_path, "a", {(P, "before"): ["Agree"]}, exported="2026-10-01T12:00:00+00:00",
            file="1-early.json")
    hand_in(tmp_path, "a", {(P, "before"): ["Disagree"]}, file="2-late.json")
    result = classroom.collect(tmp_path)
    assert result.table["stance"].tolist() == ["Disagree"]
    assert result.problems[0][0] == "1-early.json"


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a folder"):
        classroom.collect(tmp_path / "nope")


@pytest.fixture
def seminar(tmp_path_factory):
    """Twelve learners: seven move from Agree to Strongly agree, five stay at Disagree."""
    folder = tmp_path_factory.mktemp("seminar")
    for i in range(7):
        hand_in(folder, f"m{i}", {(P, "before"): ["Agree"], (P, "after"): ["Strongly agree"]})
    for i in range(5):
        hand_in(folder, f"s{i}", {(P, "before"): ["Disagree"], (P, "after"): ["Disagree"]})
    return folder


def test_plots_label_counts_and_caption_in_words(seminar):
    table = classroom.collect(seminar).table
    fig, caption = classroom.plot_shift(table, P)
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert labels.count("7") == 2 and labels.count("5") == 2
    assert "Before: " in caption and "After: " in caption
    assert "7 moved towards agreeing, 0 towards disagreeing and 5 did not change" in caption
    assert "fewer than" not in caption
    plt.close(fig)
    fig, caption = classroom.plot_stances(table, P, "before")
    assert "12 learners' current stances" in caption and "Agree: 7" in caption
    plt.close(fig)


def test_charts_never_show_a_group_of_fewer_than_five(seminar, klass):
    hand_in(seminar, "odd", {(P, "before"): ["Strongly disagree"],
                             (P, "after"): ["Strongly disagree"]})
    table = classroom.collect(seminar).table
    fig, caption = classroom.plot_stances(table, P, "before")
    bars = [round(patch.get_width()) for patch in fig.axes[0].patches]
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert bars[0] == 0 and labels[0] == "<5", "one learner's view gets no bar and no count"
    assert "Strongly disagree: fewer than 5" in caption and "Strongly disagree: 1" not in caption
    assert "13 learners" not in caption, "the total would give the hidden count away"
    plt.close(fig)
    fig, caption = classroom.plot_shift(table, P)
    assert "Strongly disagree fewer than 5" in caption
    assert "fewer than 5 did not change" not in caption  # 6 stayed: shown
    plt.close(fig)
    with pytest.raises(classroom.SmallGroupError, match="at least 5"):
        classroom.plot_stances(classroom.collect(klass).table, P, "before")


def test_collection_is_anonymous_unless_names_are_asked_for(klass):
    anonymous = classroom.collect(klass).table
    assert "Ada" not in set(anonymous["learner"]) and anonymous["display_name"].isna().all()
    named = classroom.collect(klass, names=True).table
    assert "Ada" in set(named["learner"])


def test_reasons_are_escaped(tmp_path):
    path = hand_in(tmp_path, "x", {(P, "before"): ["Agree"]})
    data = json.loads(path.read_text())
    data["answers"][f"{P}@before"]["revisions"][0]["reason"] = "<script>steal()</script>"
    data["display_name"] = "<b>Eve</b>"
    path.write_text(json.dumps(data))
    out = classroom.reasons_html(classroom.collect(tmp_path, names=True).table, P)
    assert "<script>" not in out and "&lt;script&gt;steal()&lt;/script&gt;" in out
    assert "&lt;b&gt;Eve&lt;/b&gt;" in out


def test_cli_collect_writes_table_and_plots(seminar, klass, tmp_path, capsys):
    (seminar / "broken.json").write_text("{")
    out = tmp_path / "class.csv"
    assert cli.main(["collect", str(seminar), "--out", str(out), "--plots",
                     str(tmp_path / "plots")]) == 0
    captured = capsys.readouterr()
    assert "problem: broken.json: not valid JSON" in captured.err
    assert out.read_text().splitlines()[0] == ",".join(classroom.COLUMNS)
    assert (tmp_path / "plots" / f"{P}.png").stat().st_size > 1000
    (seminar / "broken.json").unlink()
    # Three learners: a table, but no chart that could single one out.
    assert cli.main(["collect", str(klass), "--out", str(tmp_path / "small.csv"), "--plots",
                     str(tmp_path / "small-plots")]) == 0
    assert "no chart for core.default-e2ee" in capsys.readouterr().out
    assert list((tmp_path / "small-plots").iterdir()) == []
    assert cli.main(["collect", str(tmp_path / "missing")]) == 2


def test_synthetic_class_is_labelled_and_current(tmp_path, monkeypatch):
    """The shipped synthetic class is what its seeded script makes, and says it is invented."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_synthetic_class", ROOT / "lecturer" / "make_synthetic_class.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    monkeypatch.setattr(mod, "OUT", tmp_path / "made")
    mod.main()
    shipped = ROOT / "lecturer" / "synthetic-class"
    made = sorted(p.name for p in (tmp_path / "made").iterdir())
    assert made == sorted(p.name for p in shipped.iterdir())
    for name in made:
        assert (tmp_path / "made" / name).read_bytes() == (shipped / name).read_bytes(), name
    result = classroom.collect(shipped)
    assert 55 <= result.table["learner_id"].nunique() <= 65
    assert result.table["reason"].str.startswith("SYNTHETIC.").all()
