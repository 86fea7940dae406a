"""Every text colour the pack sets has 4.5:1 contrast or more (WCAG 2.2 AA, 1.4.3): the
self-check feedback, the prompt widget and the site. The browser tests check the rendered
pages with axe-core too; this catches a colour before anything is drawn."""

from __future__ import annotations

import re

import pytest

from policylab import checks, site
from policylab.prompt_widget import PromptView

HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def luminance(colour: str) -> float:
    h = colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_contrast_formula():
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # just passes


def text_colours(css: str) -> list[str]:
    """Colours given to text (`color:` but not `background-color:` or `border-color`)."""
    return [HEX.search(m).group(0) for m in re.findall(r"(?<![-\w])color:\s*#[0-9a-fA-F]{3,6}", css)]


@pytest.mark.parametrize("status", list(checks._COLOURS))
def test_self_check_feedback_colours(status):
    assert contrast(checks._COLOURS[status], "#ffffff") >= 4.5, status


DARK = 'body[data-jp-theme-light="false"] '


def light_rules(css: str) -> str:
    """The CSS without the rules for JupyterLab's dark theme (tested on its own background)."""
    return "".join(rule for rule in re.findall(r"[^{}]+\{[^}]*\}", css)
                   if not rule.strip().startswith(DARK))


def test_prompt_widget_colours():
    css = light_rules(PromptView._css.default_value)
    found = text_colours(css)
    assert len(found) >= 4
    # the Save button's white text is on its own background; the rest are on white
    button = re.search(r"\.policylab-prompt-save \{[^}]*\}", css).group(0)
    background = re.search(r"background: (#[0-9a-fA-F]{6})", button).group(1)
    assert contrast("#ffffff", background) >= 4.5
    for colour in found:
        if colour.lower() != "#fff":
            assert contrast(colour, "#ffffff") >= 4.5, colour


def test_site_colours():
    found = text_colours(site.CSS)
    assert len(found) >= 5
    nav = re.search(r"nav\.policylab-nav \{[^}]*\}", site.CSS).group(0)
    nav_background = re.search(r"background: (#[0-9a-fA-F]{6})", nav).group(1)
    for colour in found:
        if colour.lower() in ("#fff", "#ffffff"):
            assert contrast(colour, nav_background) >= 4.5  # the navigation bar's text
        else:
            # on white, and on the #f5f5f5 of code cells
            assert contrast(colour, "#f5f5f5") >= 4.5, colour
    for name, colour in re.findall(r"--jp-(mirror-editor-[\w-]+|[\w-]*font-color):\s*(#\w+)",
                                   site.CSS):
        assert contrast(colour, "#f5f5f5") >= 4.5, name


def test_prompt_widget_colours_in_the_dark_theme():
    """Every colour the widget sets for text on white has a dark-theme rule that reads at
    4.5:1 on JupyterLab Dark's background (#111111); the focus outline and the chosen
    option's border reach 3:1 there (WCAG 1.4.11)."""
    css = PromptView._css.default_value
    rules = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        for selector in (s.strip() for s in selectors.split(",")):
            rules.setdefault(selector, []).append(body)
    needs_dark = [sel for sel, bodies in rules.items() if not sel.startswith(DARK)
                  and any(re.search(r"(?<![-\w])color:\s*#", b) for b in bodies)
                  and ".policylab-prompt-save" not in sel and sel != ".policylab-prompt"]
    assert len(needs_dark) >= 4
    for selector in needs_dark:
        dark = " ".join(rules.get(DARK + selector, []))
        assert text_colours(dark), f"{selector} has no colour for the dark theme"
        assert contrast(text_colours(dark)[0], "#111111") >= 4.5, selector
    for selector, prop in ((".policylab-prompt :focus-visible", "outline-color"),
                           (".policylab-prompt-option:has(input:checked)", "border-color")):
        colour = HEX.search(re.search(prop + r":\s*(#\w+)", " ".join(rules[DARK + selector]))
                            .group(1)).group(0)
        assert contrast(colour, "#111111") >= 3, selector
