"""Discussion prompts: a learner's stance and reasons on an open policy question.

This module gathers, for existing imports, the four parts that now live apart:

* `policylab.prompt_model`: the `Prompt` model and the agree scale;
* `policylab.prompt_api`: ``pl.answer`` and ``pl.my_views``, with no widget;
* `policylab.prompt_widget`: ``pl.prompt``, the widget;
* `policylab.privacy`: ``pl.set_name``, ``pl.export_responses`` and ``pl.forget_me``.

The pack's prompts are in `policylab.prompt_bank`.
"""

from __future__ import annotations

from .privacy import export_responses, forget_me, set_name
from .prompt_api import Views, answer, my_views
from .prompt_model import AGREE_SCALE, REASON_WORDS, Prompt
from .prompt_widget import PromptView, prompt

__all__ = [
    "Prompt",
    "PromptView",
    "Views",
    "prompt",
    "answer",
    "my_views",
    "set_name",
    "export_responses",
    "forget_me",
    "AGREE_SCALE",
    "REASON_WORDS",
]
