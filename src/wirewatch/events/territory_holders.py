"""Territory taken from someone is taken from them (lead17).

"Ethiopian forces recaptured the town of Massawa from Eritrean rebels", "the army seized the hill from
the guerrillas": CAMEO's 192 (occupy territory) is aimed at the side that held the place, which the
from-phrase names; the town itself is only where. When that phrase names a coded party, it replaces
the place as the target.
"""

from __future__ import annotations

from dataclasses import replace

from .actor_link import ActorLinker
from .arguments import one_actor
from .parse import kids, lemma
from .reading import Reading

# verbs of a participle that names whom a place was taken from ("driving out the police")
OUSTING = frozenset({"drive", "oust", "expel", "rout", "chase", "push", "force"})


def territory_holder(r: Reading, link: ActorLinker) -> None:
    """The party a place was taken from becomes the target of an occupation (192)."""
    if r.cameo != "192":
        return
    tok = r.trigger.tok
    places = [tok, *(c for c in kids(tok) if c.dep_ == "dobj")]  # "the town of Cafunfo from UNITA rebels":
    # the parser may hang the from-phrase on the place taken (lead29)
    places += [o for c in places[1:] for p in kids(c) if p.dep_ == "prep" and p.lower_ == "of"
               for o in kids(p) if o.dep_ == "pobj"]
    froms = [p for c in places for p in kids(c) if p.dep_ == "prep" and p.lower_ == "from"]
    holders = [one_actor(o, link, deep=True) for p in froms for o in kids(p) if o.dep_ == "pobj"]
    if not froms:
        # "seized the city of Cap-Haitien, driving out the police": the party its participle drives out,
        # never the taker's own side (lead33)
        own = {(a[0].code or "")[:6] for a in r.sources}
        driven = [one_actor(o, link, deep=True) for c in kids(tok)
                  if c.dep_ == "advcl" and c.tag_ == "VBG" and lemma(c) in OUSTING
                  for o in kids(c) if o.dep_ == "dobj"]
        holders = [h for h in driven if h is not None and (h[0].code or "")[:6] not in own]
    parties = [h for h in holders if h is not None and len(h[0].code or "") >= 3]
    if parties:
        r.targets = parties


# place nouns a country's adjective makes its own ground ("the Azerbaijani district centre of Kelbajar", "the
# Ukrainian town of X"): what is taken is the state's territory, not its civilians (stories30)
PLACE_NOUNS = frozenset({"town", "city", "village", "centre", "center", "district", "region", "province",
                         "port", "base", "outpost", "garrison", "capital", "stronghold", "enclave",
                         "territory",
                         "island", "airport", "airbase", "border", "post", "hill", "valley"})


def place_country(r: Reading, link: ActorLinker) -> None:
    """A place taken (192) named by a country's adjective and a place noun is that country's ground: its
    bare country is the target, when the rules found none or only the place's civilians."""
    if r.cameo != "192" or any((a[0].code or "")[3:6] not in ("", "CVL") for a in r.targets):
        return
    for obj in (c for c in kids(r.trigger.tok) if c.dep_ == "dobj" and c.lemma_.lower() in PLACE_NOUNS):
        adjs = [c for c in kids(obj) if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN")]
        adjs += [g for c in kids(obj) if c.dep_ == "compound" for g in kids(c)
                 if g.dep_ in ("amod", "compound") and g.pos_ in ("ADJ", "PROPN")]
        for adj in adjs:
            hit = link.token_actor(adj)
            if hit is None:
                continue
            code = (hit[0].code or "")[:3]
            if len(code) == 3 and not code.startswith("-") and code not in ("IGO", "NGO"):
                actor = replace(hit[0], code=code, sector=None,
                                reasons=[*hit[0].reasons, f"'{obj.text}' taken is {code}'s ground"])
                r.targets = [(actor, hit[1], hit[2], None)]
                return
