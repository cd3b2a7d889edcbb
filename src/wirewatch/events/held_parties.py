"""Who an act is done to when the sentence names the party behind its object (thirtieth session,
wip/targets32).

* **Hostages held by a party.** "Peruvian commandos stormed the Japanese ambassador's residence in Lima,
  freeing 71 hostages held by Tupac Amaru rebels", "Russian troops stormed a hospital in an attempt to
  free hostages held by Chechen gunmen": a place stormed to free hostages is an assault on those who hold
  them, not on the building's owner or the town's people. Only a freeing or rescue told inside the act's
  own clause (a participle, a purpose, "in an attempt to"), with the holders named by the "held by"
  phrase.
* **A posture taken after a party's move.** "The United States sent an aircraft carrier to the Gulf
  after Iraq massed troops near the Kuwaiti border", "China began military exercises after Taiwan's
  president paid a visit to the United States": a show of force, an alert or a mobilisation with no party
  of its own is aimed at the party whose act the after-clause (or "in response to" phrase) tells, when
  that party is of another country than the one who acts; a state's forces named there are left to the
  usual search (which takes them as named).
* **A halt to operations against a party.** "Ordered the army to suspend offensive operations against
  left-wing guerrillas": the de-escalation is towards the side the operations were against, not the
  forces ordered; an armed side the sentence does not place is the orderer's own country's.
* **A blockade of a region no party holds** (thirty-first session, wip/targets33). "Iraqi troops blockaded
  the southern marshes, cutting off food supplies to thousands of Shi'ite Marsh Arabs": aimed at the people
  the participle cuts off; named by no party, the blockader's own country's civilians.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Actor
from .actor_link import ActorLinker
from .arguments import phrase_actors, placed_parties
from .captors import captors_of
from .parse import PRONOUNS, kids, lemma

# verbs that free captives
_FREEING = frozenset({"free", "rescue", "release", "liberate"})
# the dependency steps from the act's verb down to a clause told inside its own
_INSIDE = frozenset({"advcl", "xcomp", "acl", "prep", "pobj", "conj"})


def _inside(tok: Any, anchor: Any) -> bool:
    """Whether tok hangs below the anchor through participles, purposes and their phrases only."""
    for _ in range(8):
        if tok.i == anchor.i:
            return True
        if tok.dep_ not in _INSIDE | {"dobj"} or tok.head is tok:
            return False
        if tok.dep_ == "conj" and tok.head.i == anchor.i:
            return False  # a second act of the subject's, not part of this one
        tok = tok.head
    return False


def hostage_holders(anchor: Any, link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The parties named as holding the hostages an assault frees ("stormed the residence, freeing 71
    hostages held by Tupac Amaru rebels"), or none."""
    holders = []
    for tok in anchor.subtree:
        if lemma(tok) != "hostage" or tok.dep_ != "dobj" or lemma(tok.head) not in _FREEING:
            continue
        if not _inside(tok.head, anchor):
            continue
        held_by = captors_of(tok)  # "hostages held by Tupac Amaru rebels", as a release asked of them
        holders += [held_by] if held_by is not None else []
    for tok in anchor.subtree:
        # "stormed a school in Beslan where Chechen guerrillas had held hundreds of children hostage": the
        # place's where-clause names the holders as its subject (lead33)
        where = tok.dep_ == "relcl" and any(c.lower_ == "where" for c in kids(tok))
        if where and lemma(tok) in ("hold", "keep") and any(lemma(d) == "hostage" for d in tok.subtree):
            holders += [c for c in kids(tok) if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS]
    return [a for g in holders for a in phrase_actors(g, link) if len(a[0].code or "") >= 3
            and not a[0].code.startswith("---")]


# subordinators and phrases that tell the act a posture answers
_PROMPTS = frozenset({"after", "following"})


def posture_prompt(anchor: Any, own: set[str], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The party whose act an after-clause or "in response to" phrase of a posture tells ("sent a
    carrier to the Gulf after Iraq massed troops"): the clause's own named subject, or the possessor
    or nationality of the act noun responded to; of another country than `own`, the actor's."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    subjects: list[Any] = []
    for c in kids(verb):
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _PROMPTS for m in kids(c)):
            subjects += [s for s in kids(c) if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in PRONOUNS]
        if c.dep_ == "prep" and c.lower_ in _PROMPTS | {"in"}:
            for o in kids(c):
                if c.lower_ == "in" and not (lemma(o) == "response" and o.dep_ == "pobj"):
                    continue
                if c.lower_ == "in":
                    acts = [g for p in kids(o) if p.dep_ == "prep" and p.lower_ == "to" for g in kids(p)
                            if g.dep_ == "pobj"]
                else:
                    acts = [o] if o.dep_ == "pobj" else []
                subjects += [m for a in acts for m in kids(a) if m.dep_ in ("poss", "amod", "compound")
                             and m.lower_ not in PRONOUNS and m.pos_ in ("PROPN", "ADJ", "NOUN")]
    found = [a for s in subjects for a in phrase_actors(s, link) if len(a[0].code or "") >= 3
             and not a[0].code.startswith("---") and a[0].code[:3] not in own]
    # ("after Turkish warships entered disputed waters": a state's forces named there are left to the usual
    # search, which takes them as named, gsr17b)
    return [a for a in found if (a[0].code or "")[3:6] not in ("MIL", "COP")]


def halted_against(trig: Any, own: set[str], link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """The party the halted operations were against: "ordered the army to suspend offensive operations
    against left-wing guerrillas", "ordered a halt to bombing raids against Chechen separatists" (the
    against-phrase of the halted act's own noun). An armed side the sentence does not place is the
    orderer's own country's (a state halts its forces' operations against its own insurgents)."""
    acts = [o for o in kids(trig) if o.dep_ == "dobj"]
    acts += [o for p in kids(trig) if p.dep_ == "prep" and p.lower_ == "to"
             for o in kids(p) if o.dep_ == "pobj"]
    against = [g for o in acts for p in kids(o) if p.dep_ == "prep" and p.lower_ == "against"
               for g in kids(p) if g.dep_ == "pobj"]
    home = next(iter(own)) if len(own) == 1 else ""
    why = f"an armed side the orderer's forces fight, unplaced: the orderer's own country's ({home})"
    return placed_parties(against, home, why, link)


# the weak evidence by which the actors stage places a bare role: the story's country count
_STORY_PLACED = "the story's main country"


def rebels_own_state(sources: list[tuple[Any, int, int, Any]],
                     targets: list[tuple[Any, int, int, Any]]) -> list[tuple[Any, int, int, Any]]:
    """"U.S.-backed Contra rebels attacked a government military post near the Honduran border": a bare
    government, army or police role that only the story's country count places is, when a named armed
    side of one country attacks it, that side's own state (rebels fight their own government), not the
    country a border or a place in the sentence names."""
    homes = {(a[0].code or "")[:3] for a in sources if (a[0].code or "")[3:6] == "REB"}
    if len(homes) != 1 or len(homes) != len({(a[0].code or "")[:3] for a in sources}) or "---" in homes:
        return targets  # (an unplaced side, ---REB, has no state of its own to give)
    home = next(iter(homes))
    out = []
    for t in targets:
        code = t[0].code or ""
        if (len(code) == 6 and code[3:6] in ("GOV", "MIL", "COP") and code[:3] != home
                and t[0].reasons and t[0].reasons[-1].startswith(_STORY_PLACED)):
            why = f"a state role a {home} armed side fights, placed only by the story's country count: {home}"
            t = (replace(t[0], code=home + code[3:], reasons=[*t[0].reasons, why]), t[1], t[2], t[3])
        out.append(t)
    return out


# the people a blockade cuts off, named by number or kind rather than by a party
_PEOPLE = frozenset({"people", "resident", "inhabitant", "civilian", "villager", "refugee", "thousand",
                     "hundred", "million", "family", "population", "arab", "tribesman"})


def cut_off_people(anchor: Any, sources: list[tuple[Any, int, int, Any]],
                   link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """ "Iraqi troops blockaded the southern marshes, cutting off food supplies to thousands of Shi'ite Marsh
    Arabs": a blockade with no party of its own is aimed at those its participle cuts off (the to-phrase
    of "cutting off"); named by no party, they are civilians of the blockader's own country, as a state's
    troops blockade a region of their own state (targets33). None when the participle names no one."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    cut = [c for c in kids(verb) if c.dep_ in ("advcl", "conj") and lemma(c) == "cut"
           and any(p.dep_ == "prt" and p.lower_ == "off" for p in kids(c))]
    people = [g for c in cut for p in kids(c) if p.dep_ == "prep" and p.lower_ == "to"
              for g in kids(p) if g.dep_ == "pobj"]
    found = [a for g in people for a in phrase_actors(g, link) if len(a[0].code or "") >= 3
             and not a[0].code.startswith("---")]
    if found:
        return found
    homes = {(a[0].code or "")[:3] for a in sources}
    if len(homes) != 1 or "---" in homes or not any(lemma(t) in _PEOPLE for g in people for t in g.subtree):
        return []
    home = next(iter(homes))
    g = people[0]
    start, end = g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)
    actor = Actor(name=g.text, code=f"{home}CVL", sector="CVL",
                  reasons=[f"'{g.text}': the people a blockade by {home} cuts off, named by no party: its "
                           f"own civilians ({home}CVL)"])
    return [(actor, start, end, g)]
