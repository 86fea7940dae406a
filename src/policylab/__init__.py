"""Online Safety Policy Lab: the helper package the lessons import as ``pl``.

    import policylab as pl
    claims = pl.load("release_claims")    # a typed, schema-checked table (policylab.data)
    pl.sources("release_claims")          # where its figures come from
    pl.check("1.3", answer)               # self-check feedback (policylab.checks)
    fig, ax = pl.figure(...); pl.show(fig, caption)   # plotting style (policylab.style)
    pl.prompt("core.default-e2ee", phase="before")     # a discussion prompt (prompt_widget)
    pl.answer("core.default-e2ee", 4, "...", phase="before")   # the same, without a widget

Names are imported on first use, so ``import policylab`` adds almost nothing to a
kernel's start-up; pandas and matplotlib load only when a lesson first needs them.
"""

from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "load": "data",
    "sources": "data",
    "resource_names": "data",
    "DataError": "data",
    "check": "checks",
    "Feedback": "checks",
    "figure": "style",
    "show": "style",
    "PALETTE": "style",
    "prompt": "prompt_widget",
    "answer": "prompt_api",
    "set_name": "privacy",
    "export_responses": "privacy",
    "forget_me": "privacy",
    "my_views": "prompt_api",
    "collect": "classroom",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'policylab' has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(list(globals()) + list(_EXPORTS))
