"""Make the SYNTHETIC class used by lecturer/collecting-responses.ipynb.

Sixty invented learners (and a sixty-first in a faulty file) answer the three core prompts
before (lessons 00-01) and after (the capstone). Nothing here comes from real students:
stances are drawn at random (seeded, so the files are the same on every run) and reasons are
picked from a short list of invented policy arguments. Three extra files show how problems
are reported: one that is not JSON, one learner who handed in twice, and one with a prompt
the pack does not know.

    python lecturer/make_synthetic_class.py     # rewrites lecturer/synthetic-class/
"""

from __future__ import annotations

import json
import random
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from policylab.prompt_bank import PROMPTS
from policylab.responses import SCHEMA, SCHEMA_VERSION

CORE = {pid: p for pid, p in PROMPTS.items() if p.phases}  # asked before and after
OUT = Path(__file__).resolve().parent / "synthetic-class"
SEED = 2021
LEARNERS = 60
BEFORE = datetime(2026, 10, 5, 10, 0, tzinfo=UTC)
AFTER = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)

# Invented reasons, by prompt and by which way the stance leans.
REASONS = {
    "core.default-e2ee": {
        "agree": [
            "SYNTHETIC. Encryption protects everyone's messages, including children's, and "
            "weakening it for one purpose weakens it for all.",
            "SYNTHETIC. The report figures count detection, not abuse, so a fall in reports "
            "does not show that more abuse happens.",
        ],
        "disagree": [
            "SYNTHETIC. Most reports that lead to children being safeguarded came from "
            "scanning, and losing them has a real cost.",
            "SYNTHETIC. A company should not switch off a safety system before it has "
            "something that works as well.",
        ],
    },
    "core.platform-responsibility": {
        "agree": [
            "SYNTHETIC. Companies design these services and profit from them, so they should "
            "carry the duty to keep them safe.",
            "SYNTHETIC. Only the platform can see its own systems well enough to design "
            "abuse out of them.",
        ],
        "disagree": [
            "SYNTHETIC. Stopping crime is a public duty; handing it to private firms makes "
            "it depend on their commercial interests.",
            "SYNTHETIC. Content rules do not reach offenders; policing and prevention do.",
        ],
    },
    "core.mandated-scanning": {
        "agree": [
            "SYNTHETIC. A regulator with limits and accuracy standards is a reasonable check "
            "on companies' choices.",
            "SYNTHETIC. A reserve power keeps pressure on services to find safe ways to "
            "detect known material.",
        ],
        "disagree": [
            "SYNTHETIC. Scanning private messages is a large intrusion on millions of people "
            "to find a small number of offenders.",
            "SYNTHETIC. Security researchers say scanning creates weaknesses that others "
            "can exploit.",
        ],
    },
    "core.client-side-scanning": {
        "agree": [
            "SYNTHETIC. Checking known material on the device keeps messages encrypted in "
            "transit while still finding what is already known.",
            "SYNTHETIC. If the hash lists are audited and the error rate is low, the intrusion "
            "is small compared with the harm.",
        ],
        "disagree": [
            "SYNTHETIC. A scanner on every phone can be widened later to look for other things.",
            "SYNTHETIC. At billions of messages a day even a tiny error rate means many false "
            "flags for someone to review.",
        ],
    },
}
GENERIC = {
    "agree": ["SYNTHETIC. On balance the benefits seem larger than the costs."],
    "disagree": ["SYNTHETIC. On balance the costs seem larger than the benefits."],
}
UNSURE = [
    "SYNTHETIC. Both sides have a point and the evidence is contested, so I am not yet sure.",
    "SYNTHETIC. It depends on facts I do not know enough about yet.",
]


def reason_for(rng: random.Random, pid: str, value: int) -> str:
    if value == 3:
        return rng.choice(UNSURE)
    return rng.choice(REASONS.get(pid, GENERIC)["agree" if value > 3 else "disagree"])


def learner_file(rng: random.Random, k: int) -> dict:
    answers = {}
    for n, (pid, p) in enumerate(sorted(CORE.items())):
        before = rng.choices(range(1, 6), weights=[2, 3, 3, 3, 2])[0]
        drift = rng.choices([-1, 0, 1], weights=[3, 5, 2])[0] if n != 1 else rng.choice([0, 1])
        after = min(5, max(1, before + drift))
        for phase, value, when in (("before", before, BEFORE), ("after", after, AFTER)):
            t = when + timedelta(minutes=rng.randrange(0, 90))
            revs = [{"stance": p.options[value - 1], "reason": reason_for(rng, pid, value),
                     "saved_at": t.isoformat()}]
            if rng.random() < 0.1:  # some learners change their mind within the session
                v2 = min(5, max(1, value + rng.choice([-1, 1])))
                revs.append({"stance": p.options[v2 - 1], "reason": reason_for(rng, pid, v2),
                             "saved_at": (t + timedelta(minutes=12)).isoformat()})
            answers[f"{pid}@{phase}"] = {"prompt_id": pid, "phase": phase, **p.header(),
                                         "revisions": revs}
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "learner_id": f"learner-synthetic-{k:02d}",
        "display_name": None,
        "created_at": BEFORE.isoformat(),
        "synthetic": True,
        "answers": answers,
        "exported_at": (AFTER + timedelta(hours=2)).isoformat(),
    }


def write(path: Path, data) -> None:
    text = data if isinstance(data, str) else json.dumps(data, indent=1, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def main() -> None:
    rng = random.Random(SEED)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    files = [learner_file(rng, k) for k in range(1, LEARNERS + 1)]
    # one learner typed markup into a reason: it must show as text, not run
    files[6]["answers"]["core.default-e2ee@after"]["revisions"][-1]["reason"] = (
        "SYNTHETIC. <b>Bold</b> claims need <script>evidence()</script>: the figures count "
        "reports, not offences."
    )
    for k, data in enumerate(files, start=1):
        write(OUT / f"policylab-responses-learner-synthetic-{k:02d}.json", data)
    # problems a real hand-in folder will have
    write(OUT / "zz-example-not-json.json", "this file was saved from a word processor")
    early = json.loads(json.dumps(files[2]))
    early["exported_at"] = (BEFORE + timedelta(hours=2)).isoformat()
    for entry in early["answers"].values():
        entry["revisions"] = [r for r in entry["revisions"] if r["saved_at"] < AFTER.isoformat()]
    write(OUT / "zz-example-handed-in-twice.json", early)
    odd = learner_file(random.Random(SEED + 1), LEARNERS + 1)
    odd["answers"]["9.made-up@before"] = {
        "prompt_id": "9.made-up", "phase": "before", "question": "A prompt the pack lacks.",
        "kind": "scale", "options": list(PROMPTS["core.default-e2ee"].options),
        "revisions": [{"stance": "Agree", "reason": "SYNTHETIC.", "saved_at": BEFORE.isoformat()}],
    }
    write(OUT / "zz-example-unknown-prompt.json", odd)
    (OUT / "README.md").write_text(
        "# A synthetic class\n\nEvery file here is **invented** by `../make_synthetic_class.py` "
        f"(seed {SEED}): {LEARNERS} made-up learners, no real student. The `zz-example-*` "
        "files are deliberately faulty, to show how `policylab collect` reports problems.\n",
        encoding="utf-8",
    )
    print(f"wrote {LEARNERS + 3} files to {OUT}")


if __name__ == "__main__":
    main()
