"""Answers a self-check stores instead of recomputing are the ones the computation gives."""

from __future__ import annotations

from policylab import shapes
from policylab.questions import lesson04


def test_lesson04_sweep_answers_are_what_the_sweeps_give():
    for hash_name, stored in lesson04.SWEEP_THRESHOLDS.items():
        table = shapes.threshold_sweep(hash_name)
        assert shapes.largest_threshold(table, lesson04.MAX_FALSE) == stored, hash_name
    table = shapes.threshold_sweep("ahash")
    threshold = lesson04.SWEEP_THRESHOLDS["ahash"]
    assert sorted(lesson04.SWEEP_ROWS) == [threshold, threshold + 1]
    for t, stored in lesson04.SWEEP_ROWS.items():
        row = table.loc[table["threshold"] == t].iloc[0]
        assert {column: row[column] for column in stored} == stored, f"threshold {t}"
