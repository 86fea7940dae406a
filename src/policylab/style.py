"""One plotting style for the pack, and captions that double as text alternatives.

Usage in a notebook::

    fig, ax = pl.figure("Claims by type", xlabel="Type of claim", ylabel="Number of claims")
    ax.bar(...)
    pl.show(fig, "Bar chart: of the 14 claims, 8 are empirical ...")

`show` displays the figure as an HTML ``<img>`` whose alt text is the caption (JupyterLab
draws a bare ``image/png`` output with no alt text at all), then the caption as visible
text under it, and closes the figure so it is not drawn twice. The visible copy of the
caption is marked hidden from screen readers where the page allows it (the static site,
a trusted notebook), so it is read once, as the image's alt text; the source line stays.
Colours come from the Okabe-Ito palette, which stays distinguishable for the common forms
of colour blindness; a chart should still never rely on colour alone (label bars, vary
markers and lines).
"""

from __future__ import annotations

import base64
import html
import io

__all__ = ["PALETTE", "MARKERS", "LINESTYLES", "use", "figure", "show", "Caption"]

# Okabe, M. & Ito, K. (2008) Color Universal Design; black moved last.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
LINESTYLES = ("-", "--", "-.", ":")

_RC = {
    "figure.figsize": (7.5, 4.2),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 12,
    "axes.titlesize": 14,
    "axes.titleweight": "bold",
    "axes.labelsize": 12,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 11,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.axisbelow": True,
}


def use() -> None:
    """Apply the pack's matplotlib style (safe to call more than once)."""
    import matplotlib as mpl
    from cycler import cycler

    mpl.rcParams.update(_RC)
    mpl.rcParams["axes.prop_cycle"] = cycler(color=list(PALETTE))


def figure(title: str, *, xlabel: str, ylabel: str, **subplot_kw):
    """A new figure and axes in the pack's style, with a title and labelled axes.

    Every chart needs all three: say the unit in the axis label ("reports per year").
    """
    import matplotlib.pyplot as plt

    use()
    fig, ax = plt.subplots(**subplot_kw)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return fig, ax


class Caption:
    """A figure caption, with an optional source line: shown as text under the figure."""

    def __init__(self, text: str, source: str | None = None, *, is_alt: bool = False):
        self.text = text
        self.source = source
        self.is_alt = is_alt  # the caption is also the alt text of the image just above

    def __repr__(self) -> str:
        line = f"\nSource: {self.source}" if self.source else ""
        return f"Figure: {self.text}{line}"

    def _repr_html_(self) -> str:
        line = (
            f'<br><span class="policylab-source" style="font-style:normal">Source: '
            f"{html.escape(self.source)}</span>"
            if self.source
            else ""
        )
        hidden = ' aria-hidden="true"' if self.is_alt else ""
        return (
            '<p class="policylab-caption" style="font-style:italic;margin-top:0">'
            f"<span{hidden}><strong>Figure.</strong> {html.escape(self.text)}</span>{line}</p>"
        )

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"text/plain": repr(self), "text/html": self._repr_html_()}
        return data, {"policylab": {"caption": True}}


def source_line(source: str) -> str:
    """A data-package resource name becomes its sources' publishers and years; text stays."""
    from . import data

    try:
        names = data.resource_names()
    except data.DataError:
        names = []
    if source not in names:
        return source
    table = data.sources(source)
    rows = table[table["used_for"] == "the rows' source"]
    cited = [f"{r.publisher} ({str(r.date)[:4]})" for r in rows.itertuples()]
    return "; ".join(dict.fromkeys(cited)) + f" (pack data: {source})"


def show(fig, caption: str, source: str | None = None) -> None:
    """Display `fig` with `caption` as its text alternative and visible caption.

    The caption should say in words what the figure shows (its trend, its largest and
    smallest values), so that a reader who cannot see the image loses nothing. `source`
    is a data resource name (its sources are listed) or a line of text, shown under the
    caption as "Source: ...".
    """
    if not isinstance(caption, str) or len(caption.split()) < 5:
        raise ValueError(
            "A caption is a sentence or two saying what the figure shows "
            "(it is the figure's text alternative); got " + repr(caption)
        )
    import matplotlib.pyplot as plt
    from IPython.display import display

    buf = io.BytesIO()
    # The same picture as savefig(bbox_inches="tight"), for about a fifth less time: that
    # option lays the figure out twice (once to measure, once to draw); measuring here
    # with the figure's own renderer and passing the box lays it out once less.
    get_renderer = getattr(fig.canvas, "get_renderer", None)  # Agg canvases (inline, png)
    if get_renderer is None:
        fig.savefig(buf, format="png", bbox_inches="tight")
    else:
        box = fig.get_tightbbox(get_renderer()).padded(plt.rcParams["savefig.pad_inches"])
        fig.savefig(buf, format="png", bbox_inches=box)
    plt.close(fig)
    png = base64.b64encode(buf.getvalue()).decode("ascii")
    alt = html.escape(caption, quote=True)
    display(
        {"text/html": f'<img src="data:image/png;base64,{png}" alt="{alt}" '
                      'class="policylab-figure">',
         "text/plain": f"[Figure: {caption}]"},
        metadata={"policylab": {"figure": True, "alt": caption}},
        raw=True,
    )
    display(Caption(caption, source_line(source) if source else None, is_alt=True))
