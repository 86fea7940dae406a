"""The capstone's two model briefs (question 9.12) and docs/model-briefs.md, which marks them."""

from __future__ import annotations

import re

import pytest

from policylab import checks

from .conftest import ROOT, read_nb

DOC = ROOT / "docs" / "model-briefs.md"
LESSON = ROOT / "notebooks" / "09-capstone-policy-brief.ipynb"
CRITERIA = (
    "Problem definition",
    "Fair statement of the opposing case",
    "Use and verification of evidence",
    "Reasoning and proportionality",
    "Recommendation and risks",
    "Sources and referencing",
    "Clarity and structure",
)
GUIDE = 1450  # words, the level 6 template's guide (lesson 09)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def briefs() -> dict[str, str]:
    """Brief number -> the brief's text, from 9.12's model answer."""
    answer = checks.questions()["9.12"].model_answer
    parts = re.split(r"\n\n(?=BRIEF \d)", answer)
    found = {}
    for part in parts[1:]:
        number = re.match(r"BRIEF (\d)", part).group(1)
        found[number] = part
    return found


def body_words(brief: str) -> int:
    """Words in a brief without its heading, the notes in square brackets and the references."""
    paragraphs = brief.split("\n\n")[1:]
    body = " ".join(p for p in paragraphs if not p.startswith("References:"))
    return len(re.sub(r"\[[^\]]*\]", " ", body).split())


def doc_sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    return {m.group(1): s for s in sections if (m := re.match(r"Brief (\d):", s))}


def test_there_are_two_full_briefs_with_the_template_sections():
    found = briefs()
    assert set(found) == {"1", "2"}
    for number, brief in found.items():
        for section in ("1. Problem.", "2. Options.", "3. Evidence.", "4. Recommendation.",
                        "5. Risks, and what would change this."):
            assert f"\n\n{section}" in brief, (number, section)
        assert 0.85 * GUIDE <= body_words(brief) <= 1.1 * GUIDE, (number, body_words(brief))


def test_the_two_briefs_recommend_different_options():
    found = briefs()
    recommend = {n: flat(b.split("4. Recommendation.", 1)[1].split("\n\n", 1)[0])
                 for n, b in found.items()}
    assert recommend["1"].startswith("Adopt A and D now")
    assert "section 121 notices" in recommend["2"] and "should not encrypt by default" in recommend["2"]
    # each names the other and the judgement that separates them
    assert "Brief 2 gives more weight" in flat(found["1"])
    assert "Brief 1 gives more weight" in flat(found["2"])


@pytest.mark.parametrize("number", ["1", "2"])
def test_every_criterion_is_marked_with_a_sentence_from_the_brief(number):
    section = doc_sections()[number]
    brief = flat(briefs()[number])
    rows = [ln for ln in section.splitlines() if re.match(r"\| \d\. ", ln)]
    assert [re.match(r"\| \d\. ([^|]+?) \|", r).group(1) for r in rows] == list(CRITERIA)
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert cells[2] in {"70+", "60-69", "50-59", "40-49", "below 40"}, row
        quoted = re.findall(r"\"([^\"]+)\"", cells[3])
        assert quoted, f"no sentence quoted for {cells[0]}"
    for quote in re.findall(r"\"([^\"]+)\"", section):
        assert flat(quote) in brief, f"brief {number} does not say: {quote[:70]}"


def test_the_word_counts_in_the_doc_are_the_briefs_own():
    text = DOC.read_text(encoding="utf-8")
    for number, brief in briefs().items():
        row = re.search(rf"^\| Brief {number} \| ([\d,]+) \|", text, flags=re.M)
        assert row, number
        assert int(row.group(1).replace(",", "")) == body_words(brief), number


def test_each_brief_cites_only_works_in_lesson_09s_reference_list():
    cells = read_nb(LESSON)["cells"]
    refs = next("".join(c["source"]) for c in cells if "## References" in "".join(c["source"]))
    refs = refs.split("## References", 1)[1]
    entries = [ln[2:] for ln in refs.splitlines() if ln.startswith("- ")]
    for number, brief in briefs().items():
        line = next(p for p in brief.split("\n\n") if p.startswith("References:"))
        cited = re.sub(r"\[[^\]]*\]", "", line).removeprefix("References:")
        cited = cited.split("Full entries")[0]
        for item in filter(None, (i.strip(" .") for i in cited.split(";"))):
            name, years = re.match(r"(.+?) \(([^)]+)\)$", item).groups()
            words = name.split()
            key = " ".join(words[:2]) if words[0] == "The" else words[0].rstrip(",")
            for year in (y.strip() for y in years.split(",")):
                assert any(e.startswith(key) and f"({year})" in e for e in entries), (
                    f"brief {number} cites {key} ({year}), which lesson 09's references lack"
                )


def test_the_briefs_figures_are_the_datas():
    """Every figure the two briefs state, recomputed from data/ (a changed row breaks this)."""
    from policylab import data

    def value(resource, **where):
        frame = data.load(resource)
        for column, wanted in where.items():
            frame = frame[frame[column] == wanted]
        assert len(frame) == 1, (resource, where)
        return frame.iloc[0]

    evidence = data.load("evidence_points").set_index("id")
    points, highs = evidence["value"], evidence["value_high"]
    platforms = data.load("ncmec_reports_by_platform")
    kinds = platforms[platforms["year"] == 2020].set_index("row_kind")["reports"]
    esp_share = 100 * kinds["ESP total"] / kinds["all reports"]
    reports_2023 = value("ncmec_reports_by_year", year=2023, measure="reports")["value"]
    incidents_2024 = value("ncmec_reports_by_year", year=2024,
                           measure="incidents (bundling-adjusted)")["value"]
    fall = 100 * (reports_2023 - incidents_2024) / reports_2023
    whatsapp = value("ncmec_reports_by_platform", year=2024, platform="WhatsApp")["reports"]
    m3 = value("meta_2021_analysis", finding_id="M3")
    scale = data.load("scale_claims").set_index("row_id")
    platform_scale = data.load("platform_scale").set_index("item")
    messages = platform_scale.loc["WhatsApp messages a day", "value"]
    photodna = platform_scale.loc["PhotoDNA false-positive rate (claimed)", "value"]
    public = platform_scale[platform_scale.index.str.startswith("IWF public reports")]["value"]

    assert 98 < esp_share < 99 and 17.5 < fall < 22.5  # "nearly 99%", "about a fifth"
    both = {
        "nearly 99% of reports",
        "fell by about a fifth",
        f"fell by {points['EP01']:.0f}% within two months",
        f"{m3['qualifier'].capitalize()} {m3['value']:.0f}% of what Meta reported",
        f"on average {scale.loc['SC41', 'value_low']:,} children and arrests "
        f"{scale.loc['SC40', 'value_low']:,} suspected offenders a month",
        f"about {whatsapp / 1e6:.2f} million reports in 2024",
        f"from {points['EP07']:.0f}%",
        f"between {points['EP08']:.0f}% and {highs['EP08']:.0f}%",
        f"{points['EP11']:,.0f} to {points['EP12']:,.0f}",
    }
    only = {
        "1": {f"about {messages * 1 / 1_000_000:,.0f} false flags a day",
              f"about {messages * photodna:,.0f};"},
        "2": {f"{points['EP13']:,.0f} to {points['EP14']:,.0f}",
              f"between {public.min():.0f}% and {public.max():.0f}%"},
    }
    for number, brief in briefs().items():
        text = flat(brief)
        for figure in both | only[number]:
            assert figure in text, f"brief {number} lacks the data's figure: {figure}"
