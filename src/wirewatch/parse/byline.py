"""Bylines: `By Song Sang-ho`, `by Janie Gabbett, Reuters`, `By CHEGE MBITIRU`, `By ANITA SNOW Associated
Press Writer`, `(Reporting by A and B; Editing by C)`.  Names only: no "By", no agency, no title.
`inline_leads` finds a byline or dateline run into the headline's line, where a lead starts mid-line."""

from __future__ import annotations

import re

from .agencies import CREDITS
from .dateline import match_dateline

BYLINE = re.compile(r"[ \t]*(?i:by)[ \t]+(?P<names>[A-Za-z][^\n\r]{1,90}?)[ \t]*\Z")
REPORTING = re.compile(
    r"\((?i:reporting)(?: and writing)? by (?P<names>[^;)]+)(?:;[^)]*)?\)\s*\Z")
_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\bAND\b)\s*")
_NAME = re.compile(r"[A-Za-z][\w.'’\-]*(?: [A-Za-z][\w.'’\-]*){0,4}\Z")


def _strip_credit(names: str) -> str:
    for credit, _agency in CREDITS:
        for sep in (", ", " "):
            tail = sep + credit
            if names.lower().endswith(tail.lower()):
                return names[: -len(tail)].rstrip(" ,")
    return names


def byline_names(segment: str) -> tuple[list[str], str | None] | None:
    """Names (and the agency credited) when `segment` is a byline, else None."""
    m = BYLINE.match(segment)
    if not m:
        return None
    raw = m.group("names").strip()
    agency = None
    for credit, owner in CREDITS:
        if raw.lower().endswith(credit.lower()) and len(raw) > len(credit):
            agency = owner
            break
    raw = _strip_credit(raw)
    # everything after the first comma is the agency or the writer's title ("Staff Writer")
    raw = raw.split(",")[0]
    names = split_names(raw)
    if not names:
        return None
    return names, agency


def split_names(raw: str) -> list[str]:
    names = [n.strip(" .;:") for n in re.split(r"\s+(?:and|AND|&)\s+", raw) if n.strip(" .;:")]
    if not all(_NAME.match(n) for n in names):
        return []
    return names


def reporting_names(text: str) -> list[str]:
    """Reporters named in a Reuters-style `(Reporting by ...; Editing by ...)` sign-off."""
    m = REPORTING.search(text)
    if not m:
        return []
    return [n for n in (x.strip() for x in _SPLIT.split(m.group("names"))) if n and _NAME.match(n)]


# a byline or dateline run into the line before it: "... GROWTH By Peter Torday, Reuters WASHINGTON,
# April 6 - The U.S. ..." (an upper-case place with a month and day and a wire dash, mid-line). The
# cut falls before the place's last word: an upper-case headline gives no sign where a place of
# several words starts ("... FIGHTING IN NORTH BAGHDAD, March 9 -"), and a stray "NEW" or "KUALA" on
# the headline's end costs nothing
_BYLINE = re.compile(r"(?<=[^\s]) By (?:[A-Z][\w.'-]*,? ){1,4}(?:Reuters?|AP|AFP|Xinhua)\b")
# ... and with a region between place and date ("Reuters GENEVA, Switzerland, April 27 -", "MADISON,
# Wis., May 3 -"): uncut, the region's country and the agency were read as parties of the lead's act
# (recallwire12)
_INLINE_DATELINE = re.compile(
    r"(?<=[^\s]) ([A-Z][A-Z.'-]+),(?: [A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2},)? "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2} (?:-|--|_) ")


# a headline in capitals run into the lead by a wire dash, with no dateline between ("ANGOLA ACCUSES ZAIRE -
# Angola on Tuesday accused ..."): uncut, the headline's last country was read as part of the lead's
# subject (parse36). Three words at least: "WASHINGTON - Senators ..." and "NEW YORK - ..." are datelines
_CAPITALS_HEADLINE = re.compile(r"\s*(?:[A-Z][A-Z.'&-]*\s+){3,12}(?:-|--|_|\u2014)\s+(?=[A-Z][a-z])")


def inline_leads(text: str) -> list[int]:
    """Where a lead starts after its headline on the same line: a wire byline ("By X, Reuters") or a
    dated dateline mid-line. Line-initial datelines are the parse stage's; these are the ones a copy
    with its line breaks collapsed still carries, and an event may not span headline and lead."""
    # (the literal words each pattern needs are looked for first: most copy has neither, and a substring
    # test is far cheaper than the patterns' scan from every position; the event coder asks per article)
    cuts = [m.start() + 1 for m in _BYLINE.finditer(text)] if " By " in text else []
    if " - " in text or " -- " in text or " _ " in text:
        for m in _INLINE_DATELINE.finditer(text):
            cuts.extend((m.start(1), m.end()))
    if text[:2].isupper() and match_dateline(text, 0) is None:  # "WASHINGTON - Senators ..." is a dateline
        head = _CAPITALS_HEADLINE.match(text)
        if head is not None:
            cuts.append(head.end())
    return cuts
