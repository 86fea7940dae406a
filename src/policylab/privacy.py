"""A learner's control over their own answers: ``pl.set_name``, ``pl.export_responses``
and ``pl.forget_me``. Each delegates to the response store (`policylab.responses.Store`),
which decides where files go and how errors are reported.
"""

from __future__ import annotations

from . import responses

__all__ = ["set_name", "export_responses", "forget_me"]


def set_name(name: str | None) -> str:
    """Show your name, rather than a pseudonym, to the lecturer who collects responses."""
    responses.store().set_display_name(name)
    return (
        f"Your responses will show the name {name!r}."
        if name
        else "Your responses are pseudonymous again."
    )


def export_responses(path=None):
    """Write one file with all your answers, to hand in; prints and returns its path."""
    dest = responses.store().export(path)
    print(f"Your responses are in {dest}. Hand in this file.")
    return dest


def forget_me(confirm: str = "") -> str:
    """Delete your stored answers. Needs confirm="delete my answers", to avoid accidents."""
    if confirm != "delete my answers":
        return (
            "Nothing deleted. This removes every answer you have saved in this pack, on this "
            'computer or hub. To go ahead, run pl.forget_me(confirm="delete my answers"). '
            "Export them first if you want a copy: pl.export_responses()."
        )
    n = responses.store().forget()
    return f"Deleted your stored answers ({n} prompt(s))."
