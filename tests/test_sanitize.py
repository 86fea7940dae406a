"""nbval's sanitisers must stay linear on the longest outputs a notebook stores.

A figure is stored as base64 PNG inside text/html: hundreds of kilobytes without a space.
An open `\\S*` rule scanned such a run quadratically and held a test worker for over ten
minutes, so figures are replaced first and no rule may repeat without a bound.
"""

from __future__ import annotations

import configparser
import re

from .conftest import ROOT

RULES = configparser.ConfigParser()
RULES.read(ROOT / "tests" / "sanitize.cfg", encoding="utf-8")


def test_figures_are_replaced_before_any_other_rule():
    assert RULES.sections()[0] == "figure-png-in-html"


def test_no_rule_repeats_a_broad_class_without_a_bound():
    unbounded = re.compile(r"(\\S|\.|\[\^[^\]]*\])[*+]")
    for name in RULES.sections()[1:]:
        assert not unbounded.search(RULES[name]["regex"]), name


def test_the_rules_still_replace_what_varies():
    text = ('<img src="data:image/png;base64,' + "A" * 5000 + '" alt="x"> at 0x7f3a2b1c9d00 '
            'in /tmp/ipykernel_4242/1234.py and T_ab12c_row0')
    for name in RULES.sections():
        text = re.sub(RULES[name]["regex"], RULES[name]["replace"], text)
    assert text == ('<img src="data:image/png;base64,PNG" alt="x"> at 0xADDRESS in '
                    'IPYKERNEL_CELL and T_STYLER_row0')
