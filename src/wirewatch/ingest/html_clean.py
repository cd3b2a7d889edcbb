"""Drop paragraphs that are page furniture, not article prose.

Extractors keep a few stock lines that sit inside the article container: share/print/comment
buttons, "Tags", copyright notices, "Write to NAME at EMAIL", error messages of interactive widgets.
Each pattern matches a *whole* paragraph, so prose that merely mentions a word survives.
"""

from __future__ import annotations

import re

MIN_PROSE_WORDS = 8  # the shortest block that reads as a sentence of a story
_WORD = re.compile(r"\w+")

# One alternative per kind of furniture; each must match the entire (whitespace-normalised) line.
FURNITURE = (
    # copyright notices
    r".*\ball\s+rights\s+reserved\b.*",
    r"(?:copyright|©)\s*(?:©\s*)?(?:\d{4}\b.*|[\w&.,' -]{1,60})",
    # buttons and section labels standing alone
    r"[-•*·]?\s*(?:order\s+reprints|print(?:\s+(?:this\s+)?(?:article|story|page))?|"
    r"share(?:\s+this(?:\s+article|\s+story)?)?(?:\s+on\s+\w+)?|e-?mail(?:\s+this)?|tweet|"
    r"comments?|\d+\s+comments?|tags?|topics?|advertisement|thank\s+you|read\s+more|see\s+also|"
    r"related(?:\s+(?:articles|stories|content|topics|coverage))?)\s*:?",
    # in-story pointers to other stories ("READ MORE: Other headline"), kept short
    r"(?:read\s+more|see\s+more|also\s+read|read\s+also|related|more|don'?t\s+miss|must\s+read|"
    r"recommended|watch|listen)\s*:\s*\S.{0,150}",
    r"don'?t\s+miss",
    # contact lines appended to the story
    r"(?:write|reach|contact|e-?mail)\s+(?:to\s+)?.{0,80}?\s+at\s+\S+@\S+.{0,200}",
    # author blurbs ending in a social-media handle
    r".{0,300}\bfollow\s+(?:us|him|her|them|me)\s+(?:on\s+(?:twitter|facebook|instagram)|@\w+).{0,100}",
    r"have\s+a\s+(?:news\s+)?tip\?.*",
    # widget error messages
    r"an\s+error\s+(?:has\s+)?occurred.*",
)
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in FURNITURE), re.IGNORECASE)


def is_furniture(paragraph: str) -> bool:
    return _FURNITURE.fullmatch(" ".join(paragraph.split())) is not None


def drop_furniture(paragraphs: list[str]) -> list[str]:
    """The paragraphs minus page furniture (empty when there was nothing else)."""
    return [p for p in paragraphs if not is_furniture(p)]


def has_prose(paragraphs: list[str]) -> bool:
    """At least one sentence-sized block: a menu or a list of section names is not an article."""
    return any(len(_WORD.findall(p)) >= MIN_PROSE_WORDS for p in paragraphs)
