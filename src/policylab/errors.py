"""Mistakes a learner can make with the pack's helpers, shown as a sentence, not a traceback.

Helpers raise `InputError` (a kind of ValueError, so code and tests that catch
ValueError still work) with a message that says what was wrong and what to do. In a
Jupyter kernel, `install` asks IPython to show these as the message alone: a learner
who types a percentage where a probability is wanted sees one plain line, not thirty
lines of Python internals. A helper called with a misspelt setting name (a TypeError
Python raises before the helper runs) is shown the same way, naming the settings the
helper takes. Every other error keeps its normal traceback.
"""

from __future__ import annotations

import re
import types

__all__ = ["InputError", "install"]


class InputError(ValueError):
    """Something a learner typed that a helper cannot use; the message says what to do."""


class PackError(ValueError):
    """A fault in the pack's own files (a broken content file, say), never the learner's:
    `guard` lets it through with its own message, so it is not blamed on their input."""


_CALL_ERROR = re.compile(
    r"^(?P<func>\w+)\(\) (?P<what>got an unexpected keyword argument '(?P<arg>\w+)'|"
    r"missing \d+ required (?:positional|keyword-only) arguments?: .*|"
    r"takes .* positional arguments? but \d+ (?:was|were) given)"
)


def _policylab_function(tb, name: str):
    """The policylab function `name` that the failing call in `tb` named, if any."""
    frame = None
    while tb is not None:
        frame, tb = tb.tb_frame, tb.tb_next
    if frame is None:
        return None
    for scope in (frame.f_locals, frame.f_globals):
        for value in list(scope.values()):
            fn = getattr(value, name, None) if isinstance(value, types.ModuleType) else None
            if fn is None and getattr(value, "__name__", None) == name:
                fn = value
            if callable(fn) and getattr(fn, "__module__", "").startswith("policylab"):
                return fn
    return None


def explain_call_error(exc: TypeError, tb) -> str | None:
    """A plain sentence for a helper called with the wrong settings; None if not ours."""
    m = _CALL_ERROR.match(str(exc))
    if not m:
        return None
    fn = _policylab_function(tb, m.group("func"))
    if fn is None:
        return None
    import inspect  # only when a call went wrong: kept off `import policylab`'s path

    try:
        params = [p for p in inspect.signature(fn).parameters.values()
                  if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    except (TypeError, ValueError):
        return None
    names = ", ".join(p.name for p in params) or "none"
    if m.group("arg"):
        import difflib

        near = difflib.get_close_matches(m.group("arg"), [p.name for p in params], n=1)
        tip = f" Did you mean {near[0]}?" if near else ""
        return (f"{m.group('func')} has no setting called {m.group('arg')}.{tip} "
                f"Its settings are: {names}.")
    return (f"{m.group('func')} was given the wrong number of values. It takes: {names}. "
            f"Check the example in the lesson and try again.")


def _handler(shell, etype, value, tb, tb_offset=None):
    """IPython's custom-exception hook: show our message alone, anything else as usual.

    IPython's ``run_code`` calls the hook and ignores what it returns, so the hook shows
    the output itself (as an error output, so a "Run All" still stops at this cell).
    """
    message = None
    if isinstance(value, InputError):
        message = str(value)
    elif isinstance(value, TypeError):
        message = explain_call_error(value, tb)
    if message is None:
        stb = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
    else:
        stb = [f"\x1b[0;31mPlease check your input:\x1b[0m {message}"]
    show = getattr(shell, "_showtraceback", None)
    if callable(show):
        show(etype, value, stb)
    return stb


def install() -> bool:
    """Show InputError (and misspelt helper settings) as one line in this IPython kernel."""
    try:
        import sys

        ipython = sys.modules.get("IPython")
        shell = ipython.get_ipython() if ipython else None
    except Exception:  # noqa: BLE001 - never let this stop the pack importing
        return False
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    shell.set_custom_exc((InputError, TypeError), _handler)
    return True


_LEARNER_SLIPS = (TypeError, ValueError, AttributeError, OverflowError, KeyError, IndexError,
                  ZeroDivisionError)


def describe(value) -> str:
    """A learner-facing description of a value: what it is, never its Python type."""
    if value is ...:
        return "... (not filled in yet)"
    if isinstance(value, str):
        return f'"{value[:30]}" (text in quotation marks)'
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and abs(value) > 10**15:
        return "a number too large to use"
    if type(value).__name__ in ("Series", "DataFrame", "ndarray", "list", "tuple"):
        try:
            return f"{len(value)} values"
        except TypeError:
            return "several values"
    if value is None:
        return "None (nothing)"
    if isinstance(value, dict):
        return "values in curly brackets"
    text = repr(value)
    return text if len(text) <= 30 else text[:27] + "..."


def _bind_problem(fn, args, kwargs) -> str | None:
    """A plain sentence if `fn` cannot take these arguments at all; else None."""
    import difflib
    import inspect

    sig = inspect.signature(fn)
    try:
        sig.bind(*args, **kwargs)
    except TypeError:
        pass
    else:
        return None
    names = [p.name for p in sig.parameters.values()
             if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    unknown = [k for k in kwargs if k not in sig.parameters]
    if unknown:
        near = difflib.get_close_matches(unknown[0], names, n=1)
        tip = f" Did you mean {near[0]}?" if near else ""
        return (f"{fn.__name__} has no setting called {unknown[0]}.{tip} "
                f"Its settings are: {', '.join(names)}.")
    return (f"{fn.__name__} was given the wrong number of values. It takes: "
            f"{', '.join(names)}. Check the example in the lesson and try again.")


def guard(fn):
    """Wrap a lesson helper so that unusable input raises InputError, never a traceback.

    The helper's own InputErrors pass through unchanged. Any other everyday error caused
    by what it was given (text where a number belongs, ``...`` left in, a list for one
    value, a number too large to use) becomes one sentence naming what it was given and
    what it takes.
    """
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (InputError, PackError):
            raise
        except _LEARNER_SLIPS as exc:
            problem = _bind_problem(fn, args, kwargs) if isinstance(exc, TypeError) else None
            if problem is None:
                given = [*(describe(a) for a in args),
                         *(f"{k}={describe(v)}" for k, v in kwargs.items())]
                filled = ("One of them is still ...: replace it first. "
                          if any(a is ... for a in (*args, *kwargs.values())) else "")
                problem = (f"{fn.__name__} could not use what it was given "
                           f"({'; '.join(given) or 'nothing'}). {filled}Check each value "
                           "against the example in the lesson: numbers go without quotation "
                           "marks or commas, and text goes inside them.")
            raise InputError(problem) from None

    return wrapper


def guard_module(namespace: dict) -> None:
    """Apply `guard` to every public function a module lists in ``__all__``."""
    import inspect

    for name in namespace.get("__all__", ()):
        obj = namespace.get(name)
        if inspect.isfunction(obj) and not hasattr(obj, "__wrapped__"):
            namespace[name] = guard(obj)
