"""Bylines: `By Song Sang-ho`, `by Janie Gabbett, Reuters`, `By CHEGE MBITIRU`, `By ANITA SNOW Associated
Press Writer`, `(Reporting by A and B; Editing by C)`.  Names only: no "By", no agency, no title."""

from __future__ import annotations

import re

from .agencies import CREDITS

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
