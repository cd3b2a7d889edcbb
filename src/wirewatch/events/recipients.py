"""Recipients by construction: where an act's target is not the verb's own direct object (issue #7,
wip/tgt13). Each rule reads dependency labels and function words only:

- a reciprocal object ("each other", "one another"): the joined subject acts on itself, both ways;
- the parties of an act's object named in a between-phrase, on the noun or on its participle ("rejected
  the deal (reached) between Israel and Egypt"): the deal's parties, not its broker ("US-brokered");
- an attack noun that is the subject of a harm verb ("Israel's attack on Lebanon killed ten people"):
  its on/against-phrase names the target when the victims have no country of their own;
- coordinated places after of/from ("officials from Japan, South Korea and China"), a with-phrase
  partner of talks (both ways), the actor's own envoy ("its ambassador to Algeria"), a relative clause
  naming an act noun's parties ("the sanctions that Washington imposed on Moscow"), and the partner of
  a shared act told as a purpose ("arranged a call with Merkel to discuss the crisis").
"""

from __future__ import annotations

from typing import Any

from .parse import has_infinitive_to, kids

# the second word of a reciprocal pronoun, and the determiners that open one
_RECIPROCAL_HEADS = {"other", "another"}
_RECIPROCAL_DETS = {"each", "one"}

# prepositions through which an act reaches a reciprocal pronoun ("lashed out at each other")
_RECIPROCAL_PREPS = {"at", "against", "on", "to", "toward", "towards", "with", "of"}


def _is_reciprocal(tok: Any) -> bool:
    """"each other", "one another": the parser heads the pair on either word ("one" with "another"
    as its determiner, or "other" with "each")."""
    doc = tok.doc
    if tok.lower_ in _RECIPROCAL_HEADS:
        return tok.i > 0 and doc[tok.i - 1].lower_ in _RECIPROCAL_DETS
    if tok.lower_ in _RECIPROCAL_DETS:
        return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _RECIPROCAL_HEADS
    return False


def reciprocal_object(tok: Any) -> bool:
    """The act's object, or a prepositional object on it, is a reciprocal pronoun: "A and B accused each
    other" is A->B and B->A, the same as "A and B met"."""
    for c in kids(tok):
        if c.dep_ in ("dobj", "dative", "iobj") and (_is_reciprocal(c) or reciprocal_owner(c)):
            return True
        if c.dep_ == "prep" and c.lower_ in _RECIPROCAL_PREPS and any(
                g.dep_ == "pobj" and (_is_reciprocal(g) or reciprocal_owner(g)) for g in kids(c)):
            return True
    return False


def reciprocal_owner(obj: Any) -> bool:
    """The object is owned by a reciprocal pronoun: "A and B expelled each other's diplomats", "shelled
    one another's positions" are aimed at each other as the bare pronoun is (targets39)."""
    return any(p.dep_ == "poss" and _is_reciprocal(p) for p in kids(obj))


def between_parties(objs: list[Any]) -> list[Any]:
    """Heads of the between-phrases that name an object's parties: "the deal between Israel and the
    PA", "an agreement reached (signed, struck) between X and Y". A between-phrase says who the
    thing binds; a modifier ("US-brokered") may name only its broker."""
    out: list[Any] = []
    for o in objs:
        if o.pos_ != "NOUN":
            continue  # an actor object ("met the Chinese envoy") is its own party
        holders = [o] + [v for v in kids(o) if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"]
        out.extend(g for h in holders for p in kids(h) if p.dep_ == "prep" and p.lower_ == "between"
                   for g in kids(p) if g.dep_ == "pobj")
    return out


# prepositions of an attack noun that name what it hit
_ATTACK_PREPS = {"on", "against"}


def attack_subject_target(anchor: Any, attack_nouns: set[str]) -> list[Any]:
    """The on/against-objects of an attack noun that is the subject of `anchor` (a harm verb): "Israel's
    attack on Lebanon killed ten people", "a missile strike on Kyiv killed five civilians"."""
    subj = next((c for c in kids(anchor) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in attack_nouns:
        return []
    # ... or in the relative clause that tells who made it: "the attack Russia launched on Kyiv"
    _, verb = relative_carrier(subj)
    holders = [subj] if verb is None else [subj, verb]
    # "the shelling of Zakho by Iraqi troops killed 12": a verbal noun's of-phrase is what it struck
    # (parse39; "the attack of the rebels" names its doer, so only the nouns of striking a place)
    struck_of = subj.lemma_.lower() in _STRUCK_OF
    return [g for h in holders for p in kids(h) if p.dep_ == "prep" and (
        p.lower_ in _ATTACK_PREPS or (struck_of and p.lower_ == "of")) for g in kids(p) if g.dep_ == "pobj"]


# the verbal nouns of striking whose of-phrase names what was struck (parse39)
_STRUCK_OF = frozenset({"shelling", "bombing", "bombardment", "storming", "rocketing", "strafing"})


# acts two sides do together: a subject "officials from A and B" that met or signed names both sides
_JOINT_ACTS = {"meet", "sign", "ink", "initial", "negotiate", "confer"}


def _met_as_one(subj: Any) -> bool:
    """The subject of a meeting or signing that took place ("officials from Greece and Turkey met",
    "have signed") or is set ("will meet"), not of talk in general ("often talk about"; wip/meet14)."""
    verb = subj.head
    if verb.lemma_.lower() not in _JOINT_ACTS or subj.dep_ != "nsubj":
        return False
    return verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll")
                                              for c in verb.children)


def place_conjuncts(h: Any, found: tuple[Any, int, int, Any], link: Any) -> list[tuple[Any, int, int, Any]]:
    """A noun with no role sector read through its of/from-place, "officials from Japan, South Korea and
    China": each coordinated place is a party of its own (bare, as the first one is). Only when the
    first actor was read from that place: a noun with its own actor keeps it alone."""
    if h.dep_ in ("nsubj", "nsubjpass") and not _met_as_one(h):
        # only where the phrase receives the act (object, prepositional object): a subject list of
        # six states "talking" in a generic claim codes thirty dyads of no event (census, tgt13)
        return []
    places = [o for p in kids(h) if p.dep_ == "prep" and p.lower_ in ("of", "from")
              for o in kids(p) if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    tok = found[3]
    if tok is None or not places:
        return []
    if tok.i != places[0].i:
        # the actors stage may have read the whole phrase onto the head or a modifier of it ("the top
        # officials" = JPN): the same country as its first place
        first = link.token_actor(places[0])
        if tok.i > h.i or first is None or (first[0].code or "")[:3] != (found[0].code or "")[:3]:
            return []
        tok = places[0]
    out = []
    for g in tok.subtree:
        if g.dep_ == "conj" and g.i != tok.i and g.ent_type_ == "GPE":
            hit = link.token_actor(g)
            if hit is not None:
                out.append((hit[0], hit[1], hit[2], g))
    return out


# consultation: the annotation guide codes talks both ways; a with-phrase names the other side of them
_MUTUAL_WITH = {"040"}


# what may stand between an actor's word and the noun "with" governs: "with [the Australian] foreign
# minister", "with [Australia's] envoy", "with [Foreign Minister] Wong"
INSIDE_NOUN = ("amod", "compound", "poss", "nmod", "appos")


def in_with_phrase(tok: Any, *, conjuncts: bool = False) -> bool:
    """The actor's word is the object of "with", or a modifier inside it ("with the Nepalese premier");
    `conjuncts`: or a later conjunct of it ("with Japan and Korea")."""
    inside = INSIDE_NOUN + ("conj",) if conjuncts else INSIDE_NOUN
    for _ in range(3):
        if tok.dep_ == "pobj":
            return bool(tok.head.lower_ == "with")
        if tok.dep_ not in inside or tok.head is tok:
            return False
        tok = tok.head
    return False


def mutual_with(code: str | None, targets: list[tuple[Any, int, int, Any]]) -> str | None:
    """The paired code of a consultation whose target is named in a with-phrase: "X discussed the
    crisis with Y", "in consultation with Y" is Y->X 040 as well as X->Y."""
    if code not in _MUTUAL_WITH or not targets:
        return None
    return code if all(t[3] is not None and in_with_phrase(t[3], conjuncts=True) for t in targets) else None


# a possessive pronoun that makes the thing the actor's own ("its ambassador", "their embassy")
_OWN = {"its", "their"}
# prepositions that say where an own thing is posted: the country the act is aimed at
_POSTED = {"to", "in", "at", "from"}


def own_posted_place(cand: Any, etype: str) -> Any | None:
    """"recalled its ambassador to Algeria", "closed its embassy in Syria": the actor's own envoy or
    mission stands for the actor; the place it is posted in names the other party (bare: Algeria, not
    Algeria's government). Not a noun with a name of its own ("their Australian counterpart in Tokyo"
    is Australian), nor the venue of a meeting ("met their counterpart in Tokyo")."""
    if cand.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.lower_ in _OWN for c in kids(cand)):
        return None
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ or c.pos_ == "PROPN") for c in kids(cand)):
        return None
    preps = _POSTED - {"in", "at"} if etype == "CONSULT" else _POSTED
    return next((o for p in kids(cand) if p.dep_ == "prep" and p.lower_ in preps
                 for o in kids(p) if o.dep_ == "pobj" and o.ent_type_ == "GPE"), None)


def condemned_attack(tok: Any, condemn_verbs: set[str], attack_nouns: set[str]) -> bool:
    """"condemned the killing of a Lebanese journalist": a condemnation of an attack is aimed at its
    attacker; with none named the act has no target, and its victims must not be taken for one."""
    return tok.lemma_.lower() in condemn_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in attack_nouns for c in kids(tok))


# relative pronouns that stand for the noun a relative clause hangs on
_RELATIVE_OBJECTS = {"that", "which"}


def relative_carrier(noun: Any) -> tuple[Any | None, Any | None]:
    """(giver, verb) of an act noun whose parties are named in a relative clause on it: "the sanctions
    (that) Washington imposed on Moscow", "the aid Japan promised to Sri Lanka", "the accusations made
    by Poland against Belarus". The clause's object is the noun itself (a relative pronoun, or none),
    its subject or by-agent is who did the act, and its own phrases name whom it was done to."""
    if noun.pos_ != "NOUN":
        return None, None
    for verb in (c for c in kids(noun) if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and c.i > noun.i):
        objs = [c for c in kids(verb) if c.dep_ == "dobj"]
        if any(o.lower_ not in _RELATIVE_OBJECTS for o in objs):
            continue  # "the sanctions that hit Russian banks": the clause has an object of its own
        giver = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_OBJECTS
                      and c.lower_ not in ("who", "it", "they")), None)
        if giver is None:
            giver = next((o for p in kids(verb) if p.dep_ == "agent" for o in kids(p) if o.dep_ == "pobj"),
                         None)
        if giver is not None:
            return giver, verb
    return None, None


# shared acts whose purpose clause takes its party from the act it is the purpose of
_SHARED_PURPOSE = {"CONSULT", "COOPERATE", "SUPPORT"}


def purpose_partners(anchor: Any, etype: str) -> list[Any]:
    """Heads naming the party of a shared act told as a purpose with no party of its own: "arranged a
    call with Merkel to discuss the crisis", "set up a hotline with Seoul to coordinate", "called Putin
    to discuss Ukraine": the with-phrase (on the governing verb or its object), else its object."""
    if etype not in _SHARED_PURPOSE or anchor.dep_ not in ("advcl", "xcomp", "acl"):
        return []
    if not has_infinitive_to(anchor):
        return []
    gov = anchor.head
    objs: list[Any] = []  # the parser may hang the purpose on the object: "calls with X to discuss"
    if gov.pos_ == "VERB":
        objs = [c for c in kids(gov) if c.dep_ == "dobj"]
    elif gov.pos_ != "NOUN":
        return []
    partners = [g for h in [gov, *objs] for p in kids(h) if p.dep_ == "prep" and p.lower_ == "with"
                for g in kids(p) if g.dep_ == "pobj"]
    return partners or [o for o in objs if o.pos_ == "PROPN"]
