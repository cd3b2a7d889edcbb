"""The partner of talks, a truce or a concession named by role and no country (fifteenth session,
wip/probes17a).

"The Colombian government said it was ready to negotiate with the guerrillas", "held talks with the
rebels": the rebels, guerrillas or opposition a state talks with, with no country in the phrase and no
place in the sentence, are that state's own (COLREB), as the CAMEO manual's examples code a domestic
partner. The actors stage leaves such a phrase without a country, so the act had no target. Only the
with-phrase of the act (its anchor, its trigger or the trigger's object: "talks with"), for a yielding
act also its to-phrase and its object ("pardoned 30 miners"), only people named by a side's role noun,
and only when the act has one state source and no target.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .arguments import IDEOLOGIES, NON_STATE, _counted, role_sector
from .parse import kids
from .reading import Reading

# the sides a state talks, agrees or makes peace with at home
PARTNER_SECTORS = frozenset({"REB", "OPP", "UAF", "LAB", "EDU", "MIL"})
# a yielding act's own object is the other side too ("pardoned 30 miners", "surrendered to government
# troops"): released, pardoned or surrendered to
YIELDING = ("CONCEDE", "RETREAT")


def _with_objects(tok: Any, yielding: bool) -> list[Any]:
    heads = [tok] + [c for c in kids(tok) if c.dep_ in ("dobj", "xcomp")]
    preps = ("with", "to") if yielding else ("with",)
    found = [o for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ in preps
             for o in kids(p) if o.dep_ == "pobj"]
    if yielding:
        found += [_counted(o) for o in kids(tok) if o.dep_ == "dobj"]
    return found


def _common_noun(tok: Any) -> bool:
    """A common noun, or one the tagger takes for a name only because it opens the sentence
    ("Rebels and the Sudanese government held talks")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_sent_start and tok.is_title)


def _venue(tok: Any) -> bool:
    """Whether a target is a place the act happens in ("in Juba", "at Arusha"), not a party."""
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") \
        and tok.ent_type_ in ("GPE", "LOC", "FAC")


def role_partner(r: Reading) -> None:
    """Give a one-state-source act with no target its with-phrase's role-named domestic partner."""
    if (r.targets and not all(_venue(t[3]) for t in r.targets)) or len(r.sources) != 1 \
            or r.type in ("ASSAULT", "COERCE", "PROTEST"):
        return  # (a venue is no partner: "signed a truce with rebel commanders in Juba")
    src = r.sources[0][0]
    country = (src.code or "")[:3]
    if len(country) < 3 or country in NON_STATE:
        return
    trig = r.trigger.tok
    toks = [r.anchor] + ([trig] if trig is not None and trig is not r.anchor else [])
    if r.anchor.dep_ == "dobj":
        toks.append(r.anchor.head)  # "signed a truce with the rebels": the light verb's with-phrase
    yielding = r.type in YIELDING
    objs = [o for t in toks for o in _with_objects(t, yielding)]
    if r.type == "CONSULT":  # "met leaders of the rebels": whom one meets is the partner
        objs += [o for o in kids(r.anchor) if o.dep_ == "dobj"]
    for obj in objs:
        if obj.pos_ != "NOUN" or obj.ent_type_ or any(c.ent_type_ and c.lower_ not in IDEOLOGIES
                                                      for c in kids(obj)):
            continue  # ("Maoist rebels": an ideology names no country)
        if any(c.tag_ == "PRP$" for c in kids(obj)):
            continue  # "withdrew its troops": the actor's own forces, never the other side
        sector = role_sector(obj) or ""
        if sector not in PARTNER_SECTORS:
            continue
        actor = Actor(name=obj.text, code=country + sector, country=country, sector=sector,
                      reasons=[f"'{obj.text}' names a side by role and no country: the partner of "
                               f"{src.name}'s act is its own ({country})", f"'{obj.text}': {sector}"])
        r.targets = [(actor, obj.idx, obj.idx + len(obj.text), obj)]
        return


def joint_role_subject(r: Reading) -> None:
    """"The Liberian government and the rebels signed a ceasefire in Accra": a subject conjoined to one
    state party and named by role with no country is that state's own side (LBRREB), and the two act
    together, so a place the act happens in is no party of it."""
    if len(r.sources) != 1 or r.type in ("ASSAULT", "COERCE", "PROTEST"):
        return  # ("Israeli tanks and troops attacked": one side's forces, not two parties)
    country = (r.sources[0][0].code or "")[:3]
    verb = r.anchor.head if r.anchor.dep_ == "dobj" else r.anchor  # "began peace talks": the verb's
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or len(country) < 3 or country in NON_STATE:
        return
    src_tok = r.sources[0][3]
    if src_tok is None or not subj.left_edge.i <= src_tok.i <= subj.right_edge.i:
        return  # the source is someone else (a demand said by a third party: "X urged A and the rebels")
    for conj in (subj, *subj.conjuncts):  # ("Rebels and the Sudanese government": the role first)
        if not _common_noun(conj) or conj.ent_type_ or any(c.ent_type_ for c in kids(conj)):
            continue
        joined = {t.i for k in kids(conj) if k.dep_ in ("conj", "cc") for t in k.subtree}
        if any(t.i == src_tok.i for t in conj.subtree if t.i not in joined):
            continue  # the source's own phrase ("Guerrillas of the Salvadoran FMLN")
        sector = role_sector(conj) or ""
        if sector not in PARTNER_SECTORS or country + sector == r.sources[0][0].code:
            continue
        actor = Actor(name=conj.text, code=country + sector, country=country, sector=sector,
                      reasons=[f"'{conj.text}' acts with {r.sources[0][0].name} and names no country: its "
                               f"own side ({country})", f"'{conj.text}': {sector}"])
        r.sources.append((actor, conj.idx, conj.idx + len(conj.text), conj))
        r.targets = [t for t in r.targets if not (t[3] is not None and t[3].dep_ == "pobj"
                                                  and t[3].head.lower_ in ("in", "at"))]
        return
