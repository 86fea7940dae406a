"""Self-check questions, one module per lesson (``lesson01`` holds questions 1.x).

Each module registers its questions with `policylab.checks.numeric`, `choice` or
`argued` when imported; `policylab.checks` imports them all on the first check.
Expected values are functions of the shipped data, so a corrected figure in data/
corrects the feedback too.
"""
