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

Two neighbours of the same class, told in one sentence: the wronged state's conjunct reply after a
passive first clause ("Greek fishermen were arrested by Turkish coast guards, and Athens lodged a
protest": the by-phrase's doers, where `wronged_reply` reads an active subject), and a joint subject acting
on an object "each other's" owns ("Ethiopia and Eritrea deported each other's citizens"): the object's
country, one of the pair, is no target of both; the pair acts on itself both ways (emit's reciprocal
object).
"""

from __future__ import annotations

from typing import Any

from .act_nouns import bare_definite
from .actor_link import ActorLinker
from .arguments import phrase_actors
from .parse import kids
from .reading import ArticleContext, Reading
from .recipients import reciprocal_owner

# the kinds of act a wronged state answers with (as wronged_reply), and force returned
_REPLIES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "ASSAULT"})
# the verbs that tell force as an answer ("returned fire", "retaliated", "hit back", "opened fire")
_ANSWERING = frozenset({"return", "retaliate", "respond", "hit", "open"})
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
    if r.type == "ASSAULT" and r.anchor.lemma_.lower() not in _ANSWERING:
        return  # force is a reply when told as one ("returned fire", "retaliated"), not any later attack
    if r.anchor.dep_ == "conj":
        return  # "lodged a protest with Kabul and demanded that it ...": the first verb's party (stories26)
    if any(c.dep_ == "dobj" and bare_definite(c) for c in kids(r.anchor)):
        return  # "rejected the demand": it answers the act its object names, maybe not the hit (stories29)
    own = {_country(a) for a in r.sources} - {""}
    if len(own) != 1:
        return
    seen = ctx.acts.get(_HIT + next(iter(own)))
    if seen is None or not 0 < ctx.sentence_no - seen[0] <= HIT_MEMORY:
        return
    doers = [a for a in seen[1] if _country(a) and _country(a) not in own]
    if doers:
        r.targets = doers


def _foreign(targets: list[Any], own: set[str]) -> bool:
    return any(_country(a) not in own for a in targets)


def reply_to_passive_clause(r: Reading, link: ActorLinker) -> None:
    """Aim a conjunct reply of the wronged country at the by-phrase's doers of a passive first clause."""
    anchor = r.anchor
    if not r.sources or r.negated or anchor.dep_ != "conj" or r.type not in _REPLIES or r.type == "ASSAULT":
        return
    own = {_country(a) for a in r.sources} - {""}
    if not own or _foreign(r.targets, own):
        return  # a reply with a target of another country keeps it
    first = anchor.head
    if first.i > anchor.i or first.pos_ != "VERB" or first.tag_ != "VBN":
        return
    subj = next((c for c in kids(first) if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in kids(first) if c.dep_ == "agent"), None)
    if subj is None or agent is None:
        return
    if not any(_country(a) in own for a in phrase_actors(subj, link)):
        return  # the first act hit no party of the replier's own country
    doers = [a for c in kids(agent) if c.dep_ == "pobj" for a in phrase_actors(c, link)
             if _country(a) and _country(a) not in own]
    if doers:
        r.targets = doers


def mutual_owner(r: Reading) -> None:
    """A joint subject acting on what "each other's" owns acts on itself: drop the object's own party."""
    if len(r.sources) < 2 or not r.targets:
        return
    if not any(c.dep_ == "dobj" and reciprocal_owner(c) for c in kids(r.anchor)):
        return
    own = {_country(a) for a in r.sources} - {""}
    if len(own) > 1 and not _foreign(r.targets, own):
        r.targets = []
