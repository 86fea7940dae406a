"""axe-core in the browser tests: the vendored copy (tests/vendor/axe-core, MPL-2.0), injected
from disk into the page under test, never loaded from a CDN."""

from __future__ import annotations

from pathlib import Path

AXE = Path(__file__).with_name("vendor") / "axe-core" / "axe.min.js"
SERIOUS = ("serious", "critical")


def violations(page, context: str | None = None, impacts=SERIOUS) -> list[str]:
    """Run axe-core (WCAG 2.0-2.2 A and AA rules and best practice) on the page, or on the
    elements matching the CSS selector `context`; one line per violation of the given impacts."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async (context) => {
            const result = await window.axe.run(context ? {include: [[context]]} : document,
                                                {resultTypes: ['violations']});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary
                                        .replace(/\\s+/g, ' ').slice(0, 200))}));
        }""",
        context,
    )
    return [f"{v['id']} ({v['impact']}): {v['help']}; {len(v['nodes'])} element(s), e.g. "
            + "; ".join(v["nodes"][:2]) for v in found if v["impact"] in impacts]
