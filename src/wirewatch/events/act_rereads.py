"""Acts read again once their parties are known (twenty-eighth session, lead30).

Some readings depend on who the parties turned out to be, so they run after `attach.attach_actors` has
found them: a coup's aim (the government of the soldiers' own country), a truce rebels declare with no
other party named (their own government), missiles fired into the waters off a named state (a show of
force at it, not an attack on its people), and a state that protests against another (an official
complaint, not a demonstration). Each keeps its reason and points its evidence at the text.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .arguments import Exclusion, phrase_actors
from .parse import kids, lemma
from .reading import ArticleContext, Reading
from .talks_breakdown import broke_down


def reread_with_parties(r: Reading, ctx: ArticleContext) -> None:
    _coup_aim(r)
    _rebels_truce_aim(r)
    _shown_force(r, ctx)
    _state_protest(r)
    _talks_halted(r)


def _talks_halted(r: Reading) -> None:
    """ "Talks between the EU and Morocco broke down": halted (164), not held (046) (stories43)."""
    if (r.cameo or "").startswith("046") and broke_down(r.trigger.tok):
        r.type, r.cameo, r.mode = "SANCTION", "164", "discontinue"


def _coup_aim(r: Reading) -> None:
    """ "Pakistan's army seized power in a bloodless coup": a coup is aimed at the government of the
    country whose soldiers take power, whoever the sentence names as ousted (lead30)."""
    if r.targets or r.cameo != "180" or not r.sources or not _power_seized(r.trigger.tok):
        return
    actor = r.sources[0][0]
    power = next(c for c in kids(r.trigger.tok) if c.dep_ == "dobj" and c.lower_ == "power")
    if actor.country:
        reason = f"the power '{actor.name}' seized is the government of {actor.country} (a coup)"
        ousted = Actor(name="power", code=actor.country + "GOV", country=actor.country, sector="GOV",
                       reasons=[reason])
        r.targets = [(ousted, power.idx, power.idx + len(power.text), power)]


def _state_protest(r: Reading) -> None:
    """ "The Philippines protested against the construction of Chinese structures": a state, named as a
    state or by its government, that protests to or against another party complains officially (114, a
    disapproval), where crowds, parties and groups demonstrate (lead30)."""
    if r.type != "PROTEST" or lemma(r.trigger.tok) != "protest" or not r.sources or not r.targets:
        return
    state = all(len(a[0].code or "") == 3 and a[3] is not None and a[3].ent_type_ == "GPE"
                or (a[0].code or "")[3:6] == "GOV" for a in r.sources)
    own = {a[0].country for a in r.sources}
    if state and not any(t[0].country in own for t in r.targets):
        r.type, r.cameo, r.mode = "ACCUSE", "114", "disapprove"


SEAS = frozenset({"sea", "water", "waters", "ocean", "strait"})


def _shown_force(r: Reading, ctx: ArticleContext) -> None:
    """ "China fired two more missiles into the sea off Taiwan": missiles fired into the waters off a
    state land on no one; they are a show of force at that state (150, lead30). Into a sea with no state
    named beside it ("into the East Sea") the launch stays as it was read."""
    tok = r.trigger.tok
    if r.type != "ASSAULT" or lemma(tok) not in ("fire", "launch", "test-fire") or not any(
            c.dep_ == "dobj" and lemma(c) in ("missile", "rocket") for c in kids(tok)):
        return
    seas = [o for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "into" for o in kids(p)
            if o.dep_ == "pobj" and lemma(o) in SEAS]
    # ("off" hangs on the sea or, as often, on the verb beside it)
    off = [g for h in [*seas, *([tok] if seas else [])] for p in kids(h)
           if p.dep_ == "prep" and p.lower_ == "off" for g in kids(p) if g.dep_ == "pobj"]
    exclude = Exclusion.of(r.sources)
    states = [a for g in off for a in phrase_actors(g, ctx.link) if not exclude.blocks(a)]
    if states:
        r.type, r.cameo, r.mode = "MOBILIZE", "150", "weapons"
        r.targets = states


def _rebels_truce_aim(r: Reading) -> None:
    """ "The IRA announced a complete cessation of military operations": a truce rebels declare with no
    other party named is towards the government of their own country, the side they fight (lead30)."""
    if r.targets or not (r.cameo or "").startswith("0871") or len(r.sources) != 1:
        return
    actor = r.sources[0][0]
    if (actor.code or "")[3:6] not in ("REB", "INS", "SEP") or not actor.country or len(actor.country) != 3:
        return
    tok = r.trigger.tok
    reason = f"a truce '{actor.name}' declares, no party named, is towards the government of {actor.country}"
    state = Actor(name=tok.text, code=actor.country + "GOV", country=actor.country, sector="GOV",
                  reasons=[reason])
    r.targets = [(state, tok.idx, tok.idx + len(tok.text), tok)]


def _power_seized(tok: Any) -> bool:
    return lemma(tok) in ("seize", "grab", "take") and any(
        c.dep_ == "dobj" and c.lower_ == "power" for c in kids(tok))
