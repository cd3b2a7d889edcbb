"""The codebook's parallel sub-codes (codes16): an intent (03x), appeal (02x), demand (10x) or refusal
(12x) whose complement is a specific act takes that act's fourth digit.

The CAMEO codebook lists the same items under each of these roots: material cooperation (economic,
military, judicial, intelligence: 061-064 -> 0311-0314, 0211-0214, 1011-1014, 1211-1212), aid (071-074
-> 0331-0334, 0231-0234, 1031-1034, 1221-1224) and yielding (ease administrative sanctions 081, ease
dissent 082, release 084, ease economic sanctions 085, allow international involvement 086, de-escalate
087 -> 0351-0356, 0251-0256, 1241-1246). "Pledged $50 million in food aid" is 0333, "agreed to lift the
embargo" 0354, "refused to lift the curfew" 1241. Only the fourth digit is added, and only where the frame
already carries the family's three-digit code, so a frame the coder reads another way keeps its code.
A demand to yield (106 from the frame) takes the coder's table's 105 item (GDELT's layout files 1051-1056
under 105, its "demand mediation"): "demanded the release of the hostages" 1053, "must allow aid workers
in" 1055; a demanded de-escalation or withdrawal keeps 106 (probes17b).
"""

from __future__ import annotations

from typing import Any

from .anchor_codes import aid_code, object_names_the_act
from .parse import kids, lemma
from .triggers import Trigger

# the act's 3-digit code -> (item family, fourth digit)
ITEMS: dict[str, tuple[str, str]] = {
    "061": ("coop", "1"), "062": ("coop", "2"), "063": ("coop", "3"), "064": ("coop", "4"),
    "071": ("aid", "1"), "072": ("aid", "2"), "073": ("aid", "3"), "074": ("aid", "4"),
    "081": ("yield", "1"), "082": ("yield", "2"), "084": ("yield", "3"), "085": ("yield", "4"),
    "086": ("yield", "5"), "087": ("yield", "6"),
}

# the frame's 3-digit code per family, and the fourth digits the codebook lists under it
FAMILY_CODES: dict[str, tuple[str, str]] = {
    "031": ("coop", "1234"), "021": ("coop", "1234"), "101": ("coop", "1234"), "121": ("coop", "12"),
    "033": ("aid", "1234"), "023": ("aid", "1234"), "103": ("aid", "1234"), "122": ("aid", "1234"),
    "035": ("yield", "123456"), "025": ("yield", "123456"), "124": ("yield", "123456"),
}

# objects that say which kind of material cooperation a generic one is (060: "cooperate", "deal")
COOP_KINDS = {"062": {"military", "defence", "defense", "security", "exercise", "drill", "manoeuvre",
                      "maneuver", "war", "naval", "army", "troop"},
              "061": {"trade", "free-trade", "economic", "investment", "energy", "business", "commercial",
                      "tariff", "customs", "market"},
              "064": {"intelligence"},
              "063": {"judicial", "extradition", "legal"}}
# cooperation against crime is law enforcement, the codebook's judicial cooperation (probes17a)
COOP_KINDS["063"] |= {"crime", "criminal", "trafficking", "smuggling", "trafficker", "smuggler"}


def act_code(trig: Trigger, triggers: dict[int, Trigger]) -> str | None:
    """The complement act's own code as the coder would give it standing alone: the lexicon's, with
    the kind of aid or cooperation its object names, and a more specific event-noun object."""
    code = (trig.pattern.cameo or "").split(":")[0] or None
    tok = trig.tok
    if code is None or tok is None:
        return code
    if code == "070":
        return aid_code(tok)
    if code == "060":
        words = {lemma(c) for c in kids(tok) if c.dep_ in ("dobj", "pobj", "amod", "compound")}
        words |= {lemma(m) for c in kids(tok) if c.dep_ in ("dobj", "pobj") for m in kids(c)
                  if m.dep_ in ("amod", "compound")}
        # "cooperate in fighting organized crime": the field is the object of the gerund (probes17a)
        words |= {lemma(g) for p in kids(tok) if p.dep_ == "prep" for v in kids(p) if v.dep_ == "pcomp"
                  for g in kids(v) if g.dep_ == "dobj"}
        return next((k for k, kinds in COOP_KINDS.items() if words & kinds), code)
    code, _ = object_names_the_act(tok, trig, triggers, code, None)
    return code


def with_item(code: str | None, comp: Trigger | None, triggers: dict[int, Trigger]) -> str | None:
    """`code` (a frame's 3-digit intent, appeal, demand or refusal) with the fourth digit of the act in
    its complement, when the codebook lists that item under it."""
    if code is None or (code not in FAMILY_CODES and code not in ("102", "104", "106")) or comp is None:
        return code
    act = act_code(comp, triggers)
    if code == "031" and act == "060" and comp.tok is not None and not any(
            p.dep_ == "prep" and p.lower_ in ("on", "in") for p in kids(comp.tok)):
        return "030"  # "ready to cooperate with": cooperation with no field named is the bare intent
    item = ITEMS.get((act or "")[:3])
    if code == "102" and item is not None and item[0] == "coop":
        return "101" + item[1]  # "must hand over the suspects": a demand for judicial cooperation, 1013
    if code in ("104", "106") and item is not None and item[0] == "yield" and item[1] != "6":
        # "demanded the release of two tourists" 1053 (probes17b); "demanded that the Security Council
        # lift the sanctions" 1054: a yielding demanded is 105, whichever frame type carried it (lead28)
        return "105" + item[1]
    if item is None or code not in FAMILY_CODES:
        return code
    family, digits = FAMILY_CODES[code]
    if item[0] != family or item[1] not in digits:
        return code
    return code + item[1]


# the aid a cut names, as the codebook's items of 162 (reduce or stop material aid)
AID_CUT = {"071": "1621", "072": "1622", "073": "1623"}


def cut_aid_code(tok: Any, code: str | None) -> str | None:
    """"halted economic aid" 1621, "suspended a military aid program" 1622, "reduced food supplies"
    1623: the kind of aid the object names, read as `aid_code` reads it for giving."""
    if code != "162":
        return code
    kind = aid_code(tok)
    if kind == "070" and tok.pos_ == "NOUN":
        # "a freeze on military aid", "a halt to food aid": the aid under a cut noun's "on" or "to" (lead43)
        kind = next((k for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("on", "to")
                     for o in kids(p) if o.dep_ == "pobj" for k in [aid_code(o)] if k != "070"), kind)
    return AID_CUT.get(kind, code)


ATTEMPTS = {"attempt", "try", "plot", "bid", "conspire", "plan"}


def attempted(tok: Any, code: str | None) -> str | None:
    """An assassination that is only attempted or plotted ("tried to assassinate", "an attempt to
    assassinate ... was thwarted") is the codebook's 185, not the 186 of a killing."""
    if code != "186" or tok.dep_ not in ("xcomp", "acl", "advcl"):
        return code
    return "185" if lemma(tok.head) in ATTEMPTS else code


# the counts that make an expulsion of people a mass expulsion (201): tens of thousands and more (the
# manual's own example of forcing out "more than 1,000" refugees is coercion, root 17)
MASS_COUNTS = frozenset({"tens", "hundreds", "millions"})


def mass_expulsion(tok: Any, code: str | None) -> str | None:
    """Expelling people counted in the tens of thousands is the codebook's mass expulsion, 201 ("expelled
    tens of thousands of ethnic Nepalese"); thousands or a few hundred stay expelled individuals, 174
    (probes17b)."""
    if code != "174":
        return code
    for obj in (c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")):
        counts = [c for c in kids(obj) if c.dep_ in ("quantmod", "nummod")]
        # "tens of thousands" is parsed as "thousands" with "tens" its quantifier
        if obj.lower_ == "millions" or obj.lower_ == "thousands" and any(c.lower_ in MASS_COUNTS
                                                                          for c in counts):
            return "201"
        numbers = [c.text.replace(",", "") for c in counts if c.like_num]
        if any(n.isdigit() and int(n) >= 10000 for n in numbers):
            return "201"
    return code


def released_person(tok: Any, code: str | None) -> str | None:
    """A person released by name ("released Nelson Mandela", "freed Aung San Suu Kyi") is a person
    released, 0841: the object rows list people by their nouns, and a name is none of them (lead45)."""
    if code != "084" or lemma(tok) not in ("release", "free"):
        return code
    named = any(c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON" for c in kids(tok))
    return "0841" if named else code


TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# ("breaking a ceasefire" is left to the attack's own code: an earlier blind row, lead31's, codes "attacked
# government troops, breaking a ceasefire" 190)
_BREAKING = frozenset({"violate", "breach"})


def violated_truce(tok: Any, code: str | None) -> str | None:
    """Force used "violating the truce" or "in violation of the ceasefire" is the codebook's ceasefire
    violation, 196 (lead45: "traded fire across the line, violating the truce for the first time")."""
    if code is None or code[:2] != "19" or code == "196":
        return code
    for c in kids(tok):
        if c.dep_ in ("advcl", "xcomp", "conj") and lemma(c) in _BREAKING and any(
                o.dep_ == "dobj" and (lemma(o) in TRUCES or o.lower_ in TRUCES) for o in kids(c)):
            return "196"
        if c.dep_ == "prep" and c.lower_ == "in":
            broken = [q for g in kids(c) if g.dep_ == "pobj" and lemma(g) in ("violation", "breach")
                      for p in kids(g) if p.dep_ == "prep" and p.lower_ == "of" for q in kids(p)]
            if any(q.lower_ in TRUCES for q in broken):
                return "196"
    return code


KILLINGS = {"kill", "massacre", "slaughter", "execute", "murder", "exterminate"}
# the fallen who bore arms: killing thousands of them is war (19), not the codebook's mass killing
COMBATANTS = {"soldier", "troop", "fighter", "rebel", "guerrilla", "militant", "insurgent", "militiaman",
              "combatant", "gunman", "attacker", "policeman"}


def mass_killing(tok: Any, code: str | None) -> str | None:
    """Killing people counted in the thousands who bore no arms is the codebook's mass killing, 202
    ("massacred thousands of Bosnian Muslims"); dozens or hundreds keep the attack's own code (roots17d)."""
    if code is None or code[:2] not in ("18", "19") or lemma(tok) not in KILLINGS:
        return code
    for obj in (c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")):
        # "thousands of civilians": the counted people are the of-object
        people = [o for p in kids(obj) if p.dep_ == "prep" and p.lower_ == "of"
                  for o in kids(p) if o.dep_ == "pobj"]
        if any(lemma(o) in COMBATANTS for o in people + [obj]):
            continue
        numbers = [c.text.replace(",", "") for c in kids(obj)
                   if c.dep_ in ("quantmod", "nummod") and c.like_num]
        if obj.lower_ in ("thousands", "millions") or any(n.isdigit() and int(n) >= 1000 for n in numbers):
            return "202"
    return code


# words that make an attack the unconventional violence of root 18 (terror, not a military campaign)
TERROR = {"terrorist", "terror", "suicide", "terrorism"}


def unconventional(tok: Any) -> bool:
    """"terrorist attacks", "launch terror attacks": the act or its object carries a terror modifier."""
    heads = [tok] + [c for c in kids(tok) if c.dep_ == "dobj"]
    return any(lemma(m) in TERROR for h in heads for m in kids(h) if m.dep_ in ("amod", "compound"))


# what a cooperation pact is, when agreed without a cooperation verb ("agreed on a trade pact")
PACT_NOUNS = {"pact", "deal", "agreement", "accord", "treaty", "union", "arrangement", "partnership",
              "alliance", "zone"}


# what was proposed or asked, when a refusal names it ("rejected a proposal for a free trade agreement")
ASK_NOUNS = {"proposal", "offer", "plan", "call", "request", "idea", "bid", "suggestion", "initiative"}


def _pact_kind(obj: Any) -> str | None:
    """The cooperation code (061-064) of a pact noun named by its field: "a defence pact" 062."""
    if lemma(obj) not in PACT_NOUNS:
        return None
    mods = [m for m in kids(obj) if m.dep_ in ("amod", "compound")]
    mods += [g for m in mods for g in kids(m)]  # "free-trade": "trade" under "free"
    words = {lemma(m) for m in mods} | {m.lower_ for m in mods}  # "customs" lemmatizes to "custom"
    return next((k for k, kinds in COOP_KINDS.items() if words & kinds), None)


# a demand that a party stop or change a policy or practice is the codebook's demand for a policy change
# (1042): "demanded that India end its policy of ...", "that Israel stop building settlements" (codes17f)
STOP_VERBS = frozenset({"stop", "end", "halt", "abandon", "reverse", "change", "drop", "scrap", "cease",
                        "suspend", "rescind", "revoke", "repeal"})
POLICY_NOUNS = frozenset({"policy", "practice", "plan", "program", "programme", "law", "decision",
                          "construction", "campaign", "crackdown", "ban", "restriction", "settlement"})


def policy_demand(tok: Any, code: str | None) -> str | None:
    """The plain demand (100) whose clause asks to stop or change a policy, a practice, or a gerund's
    activity ("stop building settlements") is 1042."""
    if code != "100":
        return code
    for verb in kids(tok):
        if verb.dep_ not in ("ccomp", "xcomp") or lemma(verb) not in STOP_VERBS:
            continue
        for obj in kids(verb):
            if obj.dep_ == "dobj" and lemma(obj) in POLICY_NOUNS or \
                    obj.dep_ in ("xcomp", "dobj") and obj.tag_ == "VBG":
                return "1042"
    return code


# an agreed easing of trade barriers is the codebook's intent to cooperate economically (0311); lifting an
# embargo or sanctions is easing a sanction (0354), left to with_item
EASE_VERBS = frozenset({"cut", "lower", "reduce", "abolish", "eliminate", "remove", "scrap", "slash", "ease"})
TRADE_BARRIERS = frozenset({"tariff", "duty", "quota", "levy", "barrier"})


def pact_field(tok: Any, code: str | None) -> str | None:
    """An agreement whose object is a pact named by its field is the codebook's intent to cooperate in
    that field ("agreed on a new trade pact" 0311, "agreed to a defence pact" 0312); a refused proposal
    of one is the refusal of that cooperation ("rejected a proposal for a free trade agreement" 1211)."""
    if code not in ("030", "120"):
        return code
    if code == "030":
        objs = [c for c in kids(tok) if c.dep_ == "dobj"]
        objs += [o for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to", "over")
                 for o in kids(p) if o.dep_ == "pobj"]
    else:
        asks = [c for c in kids(tok) if c.dep_ == "dobj" and lemma(c) in ASK_NOUNS]
        fors = [o for a in asks for p in kids(a) if p.dep_ == "prep" and p.lower_ == "for" for o in kids(p)]
        objs = [f for f in fors if f.dep_ == "pobj"]
        objs += [g for f in fors if f.dep_ == "pcomp" for g in kids(f) if g.dep_ == "dobj"]  # "for signing"
    frame = "031" if code == "030" else "121"
    if code == "030" and any(lemma(v) in EASE_VERBS and any(o.dep_ == "dobj" and lemma(o) in TRADE_BARRIERS
                                                         for o in kids(v))
                             for v in kids(tok) if v.dep_ in ("xcomp", "ccomp")):
        return "0311"  # "agreed to cut tariffs on steel": easing trade is economic cooperation (codes17f)
    for obj in objs:
        kind = _pact_kind(obj)
        if kind is not None and ITEMS[kind][1] in FAMILY_CODES[frame][1]:
            return frame + ITEMS[kind][1]
    return code


# nouns of a meeting one may offer to host
MEETINGS = {"meeting", "talk", "summit", "conference", "negotiation", "dialogue", "round"}


def between_others(comp: Trigger | None, code: str | None) -> str | None:
    """An offer to host or hold a meeting between two others is the codebook's offer to mediate (039),
    not an intent to meet (036): "offered to host talks between Sudan and South Sudan"."""
    if code != "036" or comp is None or comp.tok is None:
        return code
    nouns = [comp.tok] + [c for c in kids(comp.tok) if c.dep_ == "dobj"]
    if any(lemma(n) in MEETINGS and any(p.dep_ == "prep" and p.lower_ == "between" for p in kids(n))
           for n in nouns):
        return "039"
    return code
