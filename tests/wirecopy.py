"""Synthetic wire copy for ingest/store/CLI tests: written here, deterministic, no shared data.

Stories follow the forms the structure parser knows (headline, byline, `CITY, Mon D (Agency) --`
dateline, body, end marker), so they look like what the store holds in real use.
"""

from __future__ import annotations

import random

AGENCIES = (("Yonhap", "SEOUL", "(END)"), ("AP", "WASHINGTON", None), ("AFP", "PARIS", None),
            ("Xinhua", "BEIJING", None))
ACTORS = ("South Korea", "North Korea", "the United States", "Japan", "China", "France",
          "the foreign ministry", "the defense ministry", "the central bank")
VERBS = ("urged", "criticised", "praised", "met", "warned", "thanked", "accused", "invited")
TOPICS = ("trade talks", "sanctions", "a missile launch", "rice prices", "a port deal", "border security",
          "the climate summit", "fisheries quotas", "a rail link", "vaccine supplies")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def story(n: int, *, agency: int | None = None, extra: str = "") -> str:
    """Story number `n`: unique text, stable across runs."""
    rng = random.Random(n)
    name, city, end = AGENCIES[agency if agency is not None else n % len(AGENCIES)]
    a, b = rng.sample(ACTORS, 2)
    topic = rng.choice(TOPICS)
    verb = rng.choice(VERBS)
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28)
    lines = [
        f"{a.capitalize() if a[0].islower() else a} {verb} {b} over {topic} (story {n})",
        f"By Reporter {n % 97}",
        f"{city}, {month} {day} ({name}) -- {a[0].upper() + a[1:]} {verb} {b} over {topic} on Tuesday, "
        f"officials said, in report number {n}.",
        f"\"We will keep talking about {topic},\" a spokesperson said, adding that {rng.randint(2, 90)} "
        f"delegates attended.",
        f"The next round is planned for {rng.choice(MONTHS)} in {rng.choice(('Tokyo', 'Geneva', 'Seoul'))}.",
    ]
    if extra:
        lines.append(extra)
    if end:
        lines.append(end)
    return "\n".join(lines) + "\n"
