"""The benchmark's measuring code works (its timings are never asserted: they would be flaky)."""

from __future__ import annotations

import importlib.util
import os

from .conftest import ROOT

spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_peak_memory_of_this_process_is_read():
    mb = bench.peak_rss_mb(os.getpid())
    assert 10 < mb < 10_000, "pytest with pandas loaded uses tens to hundreds of MB"


def test_floor_notebooks_import_the_stack_and_optionally_the_package():
    plain, with_pl = bench.floor_notebook(False), bench.floor_notebook(True)
    assert plain.cells[0].source == bench.STACK
    assert with_pl.cells[0].source == bench.STACK + "\nimport policylab"


def test_one_run_reports_a_kernel_that_did_the_work(tmp_path):
    nb = bench.floor_notebook(False)
    nb.cells[0].source = "import pandas\nbig = list(range(3_000_000))"
    seconds, mb = bench.run_once(nb, tmp_path)
    assert seconds > 0
    assert mb > 60, "a kernel holding pandas and a 3-million-item list has a large peak"


def test_docs_quote_the_latest_benchmark():
    """README and deployment notes give hub sizing from bench/results.md, not from memory."""
    import re

    results = (ROOT / "bench" / "results.md").read_text(encoding="utf-8")
    m = re.search(r"budget about (\d+) MB per learner.*?8 GB holds about (\d+) learners, "
                  r"64 GB about (\d+)", results, re.S)
    assert m, "bench/results.md has no sizing paragraph: run `make bench`"
    per, n8, n64 = m.groups()
    for doc in ("README.md", "docs/deployment.md"):
        text = " ".join((ROOT / doc).read_text(encoding="utf-8").split())
        assert f"about {per} MB" in text, f"{doc} does not quote {per} MB per learner"
        assert f"8 GB holds about {n8}" in text or f"8 GB holds about {n8} learners" in text, doc
        assert f"64 GB about {n64}" in text, doc
