"""A joint subject's coordination before talks is between the pair, not with the talks' other side
(thirty-third session, wip/targets35).

"Brazil and Argentina agreed to coordinate their positions in trade talks with the United States and the
European Union": the with-phrase names whom the talks are with, not with whom the pair coordinates; the
search took it as the coordination's partner (BRA -> USA, EU 032). Coordinating positions is what the
two subjects do to each other before facing the third party, so targets found only in the with-phrase
of a talks noun (not the trigger itself) are dropped and the act reads both ways. "Syria coordinated its
position with Lebanon" (a with-phrase on the verb) keeps its partner.
"""

from __future__ import annotations

from typing import Any

from .parse import lemma
from .talks_partners import TALKS_NOUNS

COORDINATING = frozenset({"coordinate", "coordinated", "coordination", "harmonise", "harmonize"})


def _talks_side(tok: Any, trig: Any) -> bool:
    """The token is in the with-phrase of a talks noun other than the trigger ("talks with X")."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head  # (a conjunct, an apposition or a name part of the phrase's object)
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    talks = tok.head.head
    return talks.i != trig.i and lemma(talks) in TALKS_NOUNS


def talks_side_only(trig: Any, sources: list[Any], targets: list[Any]) -> bool:
    """Whether a joint subject's coordination found its targets only in a talks noun's with-phrase."""
    if lemma(trig) not in COORDINATING or len(sources) < 2 or not targets:
        return False
    return all(t[3] is not None and _talks_side(t[3], trig) for t in targets)
