"""A protest's aim as the CAMEO codebook files it (codes16b): demonstrations 141, hunger strikes 142,
strikes and boycotts 143, obstruction 144 and riots 145 take a fourth digit for what they demand:
1 leadership change, 2 policy change, 3 rights, 4 change in institutions or regime.

The aim sits in a purpose clause or participle ("to demand the resignation of", "calling for
independence", "saying he must resign"), a for/against phrase ("against the decision to cut
subsidies") or the object of "protest" itself ("protested the new law"). Its words are read nearest
first, so the head noun of the aim decides before the words it governs. A protest that names no aim,
or one the codebook does not sort ("against the visit of"), keeps its three-digit code.
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

PROTEST_CODES = {"141", "142", "143", "144", "145"}

# verbs that state what the protesters want or oppose
AIM_VERBS = {"demand", "protest", "call", "press", "urge", "seek", "push", "oppose", "denounce",
             "condemn", "clamour", "clamor", "decry", "reject"}
# verbs of saying state an aim only through what must happen ("saying he must resign"); otherwise they
# tell a grievance ("saying the election had been rigged"), which the codebook does not sort
SAY_VERBS = {"say", "chant", "shout", "insist", "declare"}
DEONTIC = {"must", "should", "ought"}
AIM_DEPS = ("advcl", "xcomp", "acl", "relcl", "conj")
AIM_PREPS = ("for", "against")

# the codebook's four aims. Its definitions name the act, not the words, so each class is our reading:
# - leadership: the removal of a person in office ("resignation", "ouster", "step down"). Early or snap
#   elections ask for new leaders; other elections ask for a way of choosing them (institutions).
# - policy: a decision, law or measure of the government, and the material demands of strikes
#   (wages, prices, taxes): the codebook's policy change.
# - rights: rights and freedoms, abuses and violations of them, and the release of detainees (the
#   codebook's rights item covers the treatment of persons; a release is also 084's item, but a
#   protest for it is a demand about how the state treats people).
# - institutions: the constitution, the regime or system, independence, autonomy, a referendum, the
#   judiciary and parliament (the branches of the state, not the persons in them).
# "Reform(s)" is ambiguous: political or constitutional reform is institutions, economic reform policy,
# a bare "reforms" keeps the three-digit code.
LEADERSHIP = {"resignation", "resign", "ouster", "oust", "overthrow", "topple", "removal", "remove",
              "impeachment", "impeach", "dismissal", "dismiss", "sack", "downfall", "quit", "step"}
POLICY = {"policy", "law", "decision", "tax", "taxation", "price", "wage", "pay", "salary", "pension",
          "subsidy", "cut", "austerity", "tariff", "bill", "measure", "legislation", "plan", "ban",
          "privatization", "privatisation", "deportation", "budget", "fee", "rate", "hike", "increase"}
RIGHTS = {"right", "freedom", "liberty", "suffrage", "discrimination", "abuse", "violation", "release",
          "torture", "repression", "persecution", "equality"}
INSTITUTIONS = {"constitution", "constitutional", "regime", "system", "referendum", "independence",
                "autonomy", "secession", "self-rule", "self-determination", "democracy", "statehood",
                "federalism", "monarchy", "republic", "democratization", "democratisation", "judiciary",
                "parliament", "legislature"}
ELECTION_NOW = {"early", "snap", "fresh", "immediate"}
REFORM_KIND = {"political": "4", "democratic": "4", "constitutional": "4", "electoral": "4",
               "economic": "2", "land": "2", "tax": "2", "pension": "2", "labor": "2", "labour": "2"}

AIM_CLASSES: tuple[tuple[set[str], str], ...] = ((LEADERSHIP, "1"), (POLICY, "2"), (RIGHTS, "3"),
                                                   (INSTITUTIONS, "4"))


def _class(tok: Any) -> str | None:
    """The aim one word names, with its modifiers where the word alone is ambiguous."""
    word = lemma(tok)
    if word in ("election", "poll", "vote"):
        mods = {lemma(c) for c in kids(tok) if c.dep_ in ("amod", "compound")}
        return "1" if mods & ELECTION_NOW else "4" if word == "election" else None
    if word in ("reform", "change", "overhaul", "revise", "amend"):
        if tok.pos_ == "VERB":
            return None  # "to reform the judiciary": what is reformed says which
        mods = {lemma(c) for c in kids(tok) if c.dep_ in ("amod", "compound")}
        return next((REFORM_KIND[m] for m in mods if m in REFORM_KIND), "" if word == "reform" else None)
    return next((digit for words, digit in AIM_CLASSES if word in words), None)


def _aim(starts: list[Any], limit: int = 3) -> str | None:
    """The first aim word met walking the aim phrases breadth first, `limit` levels down."""
    level = starts
    for _ in range(limit + 1):
        nxt: list[Any] = []
        for tok in level:
            found = _class(tok)
            if found is not None:
                return found or None  # "" : an ambiguous head ("reforms") decides: no aim
            nxt.extend(kids(tok))
        level = nxt
    return None


def _phrases(node: Any) -> list[Any]:
    """The heads of the aim phrases hanging on `node`: what an aim verb wants, a for/against object."""
    out: list[Any] = []
    for c in kids(node):
        if c.dep_ in AIM_DEPS and lemma(c) in AIM_VERBS:
            out.extend(g for g in kids(c) if g.dep_ in ("dobj", "ccomp", "xcomp", "prep", "advcl"))
        elif c.dep_ in AIM_DEPS and lemma(c) in SAY_VERBS:
            out.extend(g for g in kids(c) if g.dep_ == "ccomp"
                       and any(a.dep_ == "aux" and a.lower_ in DEONTIC for a in kids(g)))
        elif c.dep_ == "prep" and c.lower_ in AIM_PREPS:
            out.extend(g for g in kids(c) if g.dep_ in ("pobj", "pcomp"))
    if lemma(node) == "protest":  # "protested the new law": the object is the grievance
        out.extend(c for c in kids(node) if c.dep_ == "dobj")
    return out


def protest_aim(tok: Any, code: str | None) -> str | None:
    """`code` (a protest's 141-145) with the fourth digit of the aim its clause names."""
    if code not in PROTEST_CODES:
        return code
    nodes, node = [tok], tok
    for _ in range(2):  # "staged a rally ... to demand", "went on strike ... demanding": the light verb
        if node.dep_ not in ("dobj", "pobj", "prep") or node.head.i == node.i:
            break
        node = node.head
        nodes.append(node)
    starts = [p for n in nodes for p in _phrases(n)]
    digit = _aim(starts) if starts else None
    return code + digit if digit else code


def reform_aim(frame_tok: Any, comp_tok: Any | None) -> str | None:
    """The fourth digit of an appeal or demand for political reform (024, 104): the aim of its
    complement act ("urged him to step down" 0241, "to adopt a democratic constitution" 0244), read as a
    protest's aim is; None where it names none the codebook sorts."""
    if comp_tok is not None:
        starts = [comp_tok]
    elif frame_tok is None:
        return None
    else:
        starts = [c for c in kids(frame_tok) if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        starts += [p for p in kids(frame_tok) if p.dep_ == "prep" and p.lower_ == "for"]
    return _aim(starts) if starts else None


# nouns of what was asked of the one who yields ("gave in to demands from the protesters to ...")
DEMAND_NOUNS = {"demand", "call", "pressure", "request", "appeal", "ultimatum"}


def yield_aim(tok: Any, code: str | None) -> str | None:
    """A yielding (080) to demands that name a political aim is the codebook's accession to demands for
    political reform, with the aim's digit: "yielded to demands for a new constitution" 0834."""
    if code != "080":
        return code
    asks = [o for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "to"
            for o in kids(p) if o.dep_ == "pobj" and lemma(o) in DEMAND_NOUNS]
    starts = [c for a in asks for c in kids(a) if c.dep_ in ("acl", "relcl")]
    starts += [o for a in asks for p in kids(a) if p.dep_ == "prep" and p.lower_ == "for" for o in kids(p)]
    if asks:  # the parser may hang the demand's infinitive on the yielding verb: "gave in to demands to ..."
        starts += [c for c in kids(tok) if c.dep_ == "advcl" and any(a.lower_ == "to" for a in kids(c))]
    digit = _aim(starts) if starts else None
    return "083" + digit if digit else code
