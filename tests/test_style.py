"""policylab.style: labelled figures, captions as text alternatives, a colour-blind-safe palette."""

from __future__ import annotations

import base64
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from policylab import style  # noqa: E402


@pytest.fixture
def shown(monkeypatch):
    """Record what `show` displays instead of sending it to a notebook."""
    calls = []

    def fake_display(obj, raw=False, metadata=None):
        calls.append((obj, raw, metadata))

    import IPython.display

    monkeypatch.setattr(IPython.display, "display", fake_display)
    return calls


def test_figure_has_title_and_axis_labels():
    fig, ax = style.figure("Claims by type", xlabel="Type of claim", ylabel="Claims")
    assert ax.get_title() == "Claims by type"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Type of claim", "Claims")
    assert matplotlib.rcParams["axes.prop_cycle"].by_key()["color"][:3] == list(style.PALETTE[:3])
    plt.close(fig)


def test_show_gives_the_image_its_caption_as_alt_text(shown):
    fig, ax = style.figure("T", xlabel="x (units)", ylabel="y (units)")
    ax.plot([1, 2], [3, 4])
    caption = "A line rising from 3 to 4 as x goes from 1 to 2."
    style.show(fig, caption)
    (image, raw, meta), (cap, _, _) = shown
    assert raw and meta == {"policylab": {"figure": True, "alt": caption}}
    # an <img> in HTML: JupyterLab gives a bare image/png output no alt text
    assert "image/png" not in image
    tag = re.fullmatch(r'<img src="data:image/png;base64,([^"]+)" alt="([^"]*)" '
                       r'class="policylab-figure">', image["text/html"])
    assert tag and tag.group(2) == caption
    assert base64.b64decode(tag.group(1))[:8] == b"\x89PNG\r\n\x1a\n"
    assert caption in image["text/plain"]
    # the visible caption is hidden from screen readers, which have just read it as alt text
    assert isinstance(cap, style.Caption) and cap.is_alt
    assert f'<span aria-hidden="true"><strong>Figure.</strong> {caption}</span>' in cap._repr_html_()
    assert not plt.fignum_exists(fig.number), "show closes the figure so it is drawn once"


@pytest.mark.parametrize("caption", ["", "Bar chart", None, "too few words here"])
def test_show_refuses_a_caption_that_describes_nothing(shown, caption):
    fig, _ = style.figure("T", xlabel="x", ylabel="y")
    with pytest.raises(ValueError, match="text alternative"):
        style.show(fig, caption)
    plt.close(fig)
    assert shown == []


def test_source_line_names_a_resources_publishers_or_keeps_text(shown):
    line = style.source_line("release_claims")
    assert line.startswith("Anglia Ruskin University (2021)") and "release_claims" in line
    assert style.source_line("my own survey, 2026") == "my own survey, 2026"
    fig, _ = style.figure("T", xlabel="x", ylabel="y")
    style.show(fig, 'A chart with a "source" line under it.', source="release_claims")
    assert 'alt="A chart with a &quot;source&quot; line under it."' in shown[-2][0]["text/html"]
    cap = shown[-1][0]
    assert repr(cap).endswith("\nSource: " + line) and "Source: Anglia" in cap._repr_html_()


def test_caption_escapes_html():
    cap = style.Caption("Values <b>up</b> & down over five years")
    assert "&lt;b&gt;" in cap._repr_html_() and "&amp;" in cap._repr_html_()
    assert "aria-hidden" not in cap._repr_html_(), "a caption on its own is read"
    data, meta = cap._repr_mimebundle_()
    assert data["text/plain"].startswith("Figure: ") and meta["policylab"]["caption"]


def test_palette_is_distinct_and_readable():
    assert len(set(style.PALETTE)) == len(style.PALETTE) == 8
    # Okabe-Ito's blue and vermillion: the two colours first shown side by side
    assert style.PALETTE[0] == "#0072B2" and "#D55E00" in style.PALETTE
