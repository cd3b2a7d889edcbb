"""The wronged party's reply in a later sentence (thirty-seventh session, wip/targets39).

"A Cuban gunboat sank a Bahamian patrol vessel on Saturday. The Bahamas demanded compensation.": the
demand names no party, but it is the reply of the state the last sentence's act hit to the doers of that
act; "Pakistani forces returned fire in response" after "Indian troops shelled Pakistani positions" is
aimed at India's troops. `wronged_reply` reads the same reply told as a conjunct of the act's own
sentence; here the act is remembered by the country it hit (`remember_hit`, beside `remember_act`) and a
reply with a source and no target of its own, by a party of that country, takes the act's doers within
HIT_MEMORY sentences. Only acts of coercion or force (17-20) with a coded target of another country than
their doers' are remembered, and only protests, demands, accusations, rejections, threats, sanctions and
force answer them.
"""

from __future__ import annotations

from typing import Any

from .reading import ArticleContext, Reading

# the kinds of act a wronged state answers with (as wronged_reply), and force returned
_REPLIES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "ASSAULT"})
_HARM_ROOTS = frozenset({"17", "18", "19", "20"})
_HIT = "@hit:"
HIT_MEMORY = 2


def _country(item: tuple[Any, ...]) -> str:
    code = getattr(item[0], "code", "") or ""
    return code[:3] if len(code) >= 3 and not code.startswith("---") else ""


def _harm(r: Reading) -> bool:
    return r.type == "ASSAULT" or (r.cameo or "")[:2] in _HARM_ROOTS


def remember_hit(r: Reading, ctx: ArticleContext) -> None:
    """Keep a done act of coercion or force under each foreign country it hit, with its doers."""
    if not r.targets or not r.sources or r.negated or r.hypothetical or not _harm(r):
        return
    doers = {_country(a) for a in r.sources} - {""}
    if not doers:
        return
    for hit in {_country(a) for a in r.targets} - doers - {""}:
        ctx.acts[_HIT + hit] = (ctx.sentence_no, list(r.sources))


def reply_to_last_hit(r: Reading, ctx: ArticleContext) -> None:
    """Aim a targetless reply of a wronged country at the doers of the act that hit it just before."""
    if r.targets or not r.sources or r.negated or r.type not in _REPLIES:
        return
    own = {_country(a) for a in r.sources} - {""}
    if len(own) != 1:
        return
    seen = ctx.acts.get(_HIT + next(iter(own)))
    if seen is None or not 0 < ctx.sentence_no - seen[0] <= HIT_MEMORY:
        return
    doers = [a for a in seen[1] if _country(a) and _country(a) not in own]
    if doers:
        r.targets = doers
