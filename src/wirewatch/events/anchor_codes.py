"""Sharper codes for an anchor from the words around it.

A verb takes its event-noun object's more specific code ("launched air strikes" 195); aid takes its
kind from its modifiers (military 072, economic 071, humanitarian 073) and arms sent to a coded state
are military aid; a generic harm verb ("killed", "wounded") takes the kind of violence from the
attack noun that is its subject or that its victims died in, or from a bomb or bomber subject.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import phrase_actors
from .attach import HARM_VERBS
from .parse import kids, lemma
from .triggers import Trigger


def object_names_the_act(tok: Any, trig: Trigger, triggers: dict[int, Trigger], code: str | None,
                         mode: str | None) -> tuple[str | None, str | None]:
    """A verb whose object is an event noun of the same type takes the noun's more specific code:
    "launched air strikes" is 195 (the noun says aerial), not the verb's general 190."""
    if trig.pattern.pos != "verb" or not code or not code.endswith("0"):
        return code, mode
    for c in kids(tok):
        noun = triggers.get(c.i)
        if c.dep_ == "dobj" and noun is not None and noun.pattern.type == trig.pattern.type and \
                noun.pattern.cameo and (noun.pattern.cameo[:2] == code[:2] or
                                         (code[:2], noun.pattern.cameo[:2]) == ("19", "20")) and \
                not noun.pattern.cameo.endswith("0"):
            return noun.pattern.cameo, noun.pattern.mode or mode
    return code, mode


AID_KINDS = {"072": {"military", "defence", "defense", "security", "arms", "weapons", "lethal"},
             "071": {"economic", "financial", "budget", "budgetary", "development", "fiscal", "balance"},
             "073": {"humanitarian", "food", "medical", "relief", "emergency", "disaster", "medicine"}}
# a loan or credit is economic aid whatever urgency it has ("emergency loans" 0231, not 0233; probes17a)
AID_KINDS["071"] |= {"loan", "loans", "credit", "credits"}


GIVING_VERBS = {"send", "deliver", "supply", "ship", "give", "provide", "transfer", "hand", "offer", "sell"}


def arms_to_actor(verb: Any, link: ActorLinker) -> bool:
    """A giving verb whose object is materiel and whose recipient ("to X") is a coded actor."""
    if lemma(verb) not in GIVING_VERBS:
        return False
    recipients = [o for p in kids(verb) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for o in kids(p) if o.dep_ == "pobj"]
    recipients += [c for c in kids(verb) if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")]
    return any(len(a[0].code) >= 3 and a[0].code[:3] != "---"
               for r in recipients for a in phrase_actors(r, link))


def aid_code(tok: Any) -> str:
    """The kind of aid the sentence names: military 072, economic 071, humanitarian 073, else 070.
    Read from the modifiers of the aid word, of the object it carries and of "in X aid"."""
    nouns = [tok] + [c for c in kids(tok) if c.dep_ in ("dobj", "pobj")]
    if tok.dep_ == "compound":
        nouns.append(tok.head)  # "a military aid package"
    for _ in range(2):  # "500 million euros in humanitarian aid", "a gift of 500 pounds of medical supplies"
        nouns += [o for n in list(nouns) for p in kids(n) if p.dep_ == "prep" and p.lower_ in ("in", "of")
                  for o in kids(p) if o.dep_ == "pobj" and o not in nouns]
    mods = [m for n in nouns for m in kids(n) if m.dep_ in ("amod", "compound", "nmod")]
    words = {m.lower_ for m in mods} | {n.lower_ for n in nouns}
    # "a military aid program": the kind modifies the compound "aid", not the program (codes16)
    words |= {g.lower_ for m in mods if m.dep_ == "compound"
              for g in kids(m) if g.dep_ in ("amod", "compound")}
    return next((code for code, kinds in AID_KINDS.items() if words & kinds), "070")


def violent_cause(tok: Any, triggers: dict[int, Trigger]) -> Trigger | None:
    """The ASSAULT event noun that is the subject of a generic harm verb ("a car bombing killed",
    "the shelling wounded"), or the attack its passive victims died in ("were killed in an air
    strike"): it, not "kill", names the kind of violence."""
    if lemma(tok) not in HARM_VERBS:
        return None
    for c in kids(tok):
        trig = triggers.get(c.i)
        if c.dep_ == "nsubj" and trig is not None and trig.pattern.type == "ASSAULT" \
                and trig.pattern.pos == "noun":
            return trig
    # "were killed in a roadside bomb attack": the attack the victims died in
    if any(c.dep_ == "nsubjpass" for c in kids(tok)):
        for p in kids(tok):
            if p.dep_ == "prep" and p.lower_ in ("in", "during"):
                for o in kids(p):
                    trig = triggers.get(o.i)
                    if o.dep_ == "pobj" and trig is not None and trig.pattern.type == "ASSAULT" \
                            and trig.pattern.pos == "noun" and trig.pattern.cameo != "190":
                        return trig
    return None


# a bomber or a bomb as the subject of a harm verb: a bombing
BOMBS = {"bomber", "bomb", "device", "explosive", "ied"}
# a shell or a gun of the artillery as the subject: fighting with artillery and tanks (194)
HEAVY_WEAPONS = {"shell", "mortar", "artillery", "howitzer", "tank", "shellfire", "barrage"}
# a mine is military ordnance, not a non-military bomb: its blast is conventional force (190), as the
# CAMEO manual files a minefield explosion under FIGHT (roots17d)
MINES = {"mine", "landmine", "minefield"}


# the blast itself as the subject ("a roadside bombing killed one soldier and wounded two others")
BLASTS = {"bombing", "blast", "explosion"}


def _doers(verb: Any) -> list[Any]:
    """What harms: the verb's subject, a passive's by-phrase ("were killed by an improvised explosive
    device"), or the subject a second verb shares with the first ("killed one soldier and wounded two")."""
    subjects = [c for c in kids(verb) if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in kids(verb.head) if c.dep_ == "nsubj"]
    agents = [o for p in kids(verb) if p.dep_ == "agent" for o in kids(p) if o.dep_ == "pobj"]
    # "were killed when a suicide bomber blew himself up": the bomber of a blast told beside (lead28)
    blasts = [g for c in kids(verb) if c.dep_ == "advcl" and (lemma(c) == "detonate" or (
        lemma(c) == "blow" and any(p.dep_ == "prt" and p.lower_ == "up" for p in kids(c))))
        for g in kids(c) if g.dep_ == "nsubj" and lemma(g) in BOMBS]
    return subjects + agents + blasts


# warplanes as the doers of an attack: aerial weapons (195) whatever the verb ("jets pounded hideouts")
AIRCRAFT = {"jet", "warplane", "plane", "aircraft", "helicopter", "gunship", "fighter-bomber", "airplane"}


def aircraft_code(verb: Any) -> str | None:
    """195 when the attack's doer is aircraft ("Turkish jets pounded Kurdish hideouts", "helicopter
    gunships attacked the convoy"), else None (lead34)."""
    return "195" if any(lemma(d) in AIRCRAFT for d in _doers(verb)) else None


def mined(tok: Any) -> bool:
    """A mine, or a blast named by one ("a minefield explosion"): military ordnance (190)."""
    return lemma(tok) in MINES or any(c.dep_ in ("amod", "compound") and lemma(c) in MINES for c in kids(tok))


def bomb_code(verb: Any) -> str | None:
    """The code a bomb or bomber subject gives a harm verb: suicide 1831, car 1832, roadside 1833,
    a shell or mortar 194, else 183 ("a bomb planted by separatists killed four soldiers")."""
    subj = next((c for c in _doers(verb) if lemma(c) in BOMBS | BLASTS | HEAVY_WEAPONS | MINES), None)
    if subj is None:
        return None
    if lemma(subj) in HEAVY_WEAPONS:
        return "194"  # "an Israeli tank shell killed 18 Palestinians"
    mods = {c.lower_ for c in kids(subj) if c.dep_ in ("amod", "compound")}
    if mined(subj):
        return "190"  # "a landmine killed two farmers", "a minefield explosion wounded five"
    kinds = (("suicide", "1831"), ("car", "1832"), ("roadside", "1833"))
    return next((code for word, code in kinds if word in mods), "183")


# weapons of the hand: an attack with them is physical assault (182), a killing with them 1823 (gsrforce)
HAND_WEAPONS = {"machete", "knife", "axe", "ax", "hatchet", "club", "cudgel", "spear", "stick", "stone",
                "hammer", "sword", "bayonet"}
# the state's regular forces: a bomb they deliver is conventional force (190, 194, 195), by the guide
REGULAR_FORCES = {"troop", "troops", "soldier", "army", "force", "forces", "military", "aircraft", "warplane",
                  "jet", "plane", "helicopter", "gunship", "artillery", "navy", "tank", "paratrooper"}
EXPLOSIVES = BOMBS | {"grenade", "bombing"}
MEANS_VERBS = {"kill", "wound", "injure", "hurt", "attack", "assault"}
KILL_VERBS = {"kill"}


def _agent(verb: Any) -> Any | None:
    """The one who acts: the subject, or the by-phrase of a passive."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj
    return next((o for p in kids(verb) if p.dep_ == "agent" for o in kids(p) if o.dep_ == "pobj"), None)


def _with_objects(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    objs = [o for p in kids(tok) if p.dep_ == "prep" and p.lower_ in preps
            for o in kids(p) if o.dep_ == "pobj"]
    return objs + [c for o in objs for c in kids(o) if c.dep_ == "conj"]  # "with machetes and knives"


def means_code(verb: Any, triggers: dict[int, Trigger]) -> tuple[str, str] | None:
    """The code the means named on an attack or harm verb gives it (gsrforce): "wounded two soldiers in a
    bomb attack" / "with a car bomb" is a non-military bombing (183, 1832) unless the state's regular
    forces deliver it; "militiamen armed with machetes attacked" / "killed villagers with knives" is
    physical assault (182, 1823). The means is read from the verb's in/with phrase, its object's
    with-phrase ("killed villagers with machetes", as the parser often hangs it) and the agent's "armed
    with" participle, never the victims' arms."""
    if lemma(verb) not in MEANS_VERBS:
        return None
    agent = _agent(verb)
    means = _with_objects(verb, ("in", "with"))
    means += [o for c in kids(verb) if c.dep_ == "dobj" for o in _with_objects(c, ("with",))]
    if agent is not None:
        means += [o for a in kids(agent) if a.dep_ == "acl" and a.lower_ == "armed"
                  for o in _with_objects(a, ("with",))]
    regular = agent is not None and lemma(agent) in REGULAR_FORCES
    for o in means:
        if lemma(o) in HAND_WEAPONS:
            return ("1823" if lemma(verb) in KILL_VERBS else "182"), "beat"
        trig = triggers.get(o.i)
        if trig is not None and trig.pattern.type == "ASSAULT" and trig.pattern.pos == "noun" and \
                (trig.pattern.cameo or "").startswith("183"):
            return None if regular else (trig.pattern.cameo or "183", trig.pattern.mode or "explosives")
        mods = {c.lower_ for c in kids(o) if c.dep_ in ("amod", "compound")}
        if lemma(o) in EXPLOSIVES or {lemma(c) for c in kids(o) if c.dep_ == "compound"} & EXPLOSIVES:
            # "with a car bomb", "in a grenade attack" (an act noun inside a phrase has no trigger of its own)
            kinds = (("suicide", "1831"), ("car", "1832"), ("roadside", "1833"))
            return None if regular else (next((c for w, c in kinds if w in mods), "183"), "explosives")
    return None


def to_death(verb: Any, code: str | None) -> str | None:
    """Physical assault "to death" ("hacked to death", "beat two refugees to death") is the codebook's
    killing by physical assault, 1823 (gsrforce)."""
    if code != "182":
        return code
    heads = [verb] + [c for c in kids(verb) if c.dep_ == "dobj"]  # the parser may hang it on the object
    died = any(p.dep_ == "prep" and p.lower_ == "to" and any(lemma(o) == "death" for o in kids(p))
               for h in heads for p in kids(h))
    return "1823" if died else code
