"""A learner's control over their own answers: ``pl.set_name``, ``pl.export_responses``
and ``pl.forget_me``. Each delegates to the response store (`policylab.responses.Store`),
which decides where files go and how errors are reported.
"""

from __future__ import annotations

import os

from . import responses

__all__ = ["set_name", "export_responses", "forget_me"]


def set_name(name: str | None) -> str:
    """Show your name, rather than a pseudonym, to the lecturer who collects responses."""
    if name is not None and not isinstance(name, str):
        return ("Give your name in quotation marks, for example pl.set_name(\"Ada Lovelace\"), "
                "or pl.set_name(None) to stay pseudonymous.")
    return responses.store().set_display_name(name)


def export_responses(path=None):
    """Write one file with all your answers, to hand in; prints and returns its path.

    With no path it goes in your responses folder (outside the pack, so it never shows in
    git); give a path, such as "~/Desktop/my-responses.json", to put it elsewhere.
    """
    if path is not None and not isinstance(path, (str, os.PathLike)):
        print("Give the file name in quotation marks, for example "
              "pl.export_responses(\"~/my-responses.json\"), or leave it empty.")
        return None
    try:
        dest = responses.store().export(path)
    except responses.StoreError as exc:
        print(f"Not exported: {exc}")
        return None
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
    try:
        n, elsewhere = responses.store().forget()
    except Exception as exc:  # noqa: BLE001 - e.g. a read-only folder or a held lock
        why = getattr(exc, "strerror", None) or "the folder could not be changed"
        return (f"Nothing was deleted ({why}). Close your other notebooks and try again, or "
                f"ask for help: your answers are in {responses.store().folder}.")
    text = f"Deleted your stored answers ({n} prompt(s)), here and in every open notebook."
    if elsewhere:
        text += (" You exported copies that are still there; delete them yourself if you "
                 "no longer want them (any you handed in are with your lecturer): "
                 + "; ".join(str(p) for p in elsewhere) + ".")
    return text
