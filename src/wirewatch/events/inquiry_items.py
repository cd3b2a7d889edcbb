"""The item of an inquiry that looks into a report of a wrong (fifteenth session, wip/probes17a).

The codebook files investigations by what they look into (091 crime or corruption, 092 human rights
abuses, 093 military action, 094 war crimes). The lexicon reads the wrong from the inquiry's object or
into-phrase ("investigated the torture of prisoners" 092), but news copy often puts a report noun in
between: "an inquiry into allegations of torture", "investigate corruption charges against three
ministers", "reports that Serb forces had executed prisoners". The report names the wrong in its
modifier, its of-phrase or its clause, so the inquiry takes that wrong's item. A bare 090 whose
into-phrase names a wrong the rows do not list takes it too ("into the massacre of refugees" 094), and
the party a reported wrong is laid against is the inquiry's target (`inquired_party`). Found on the
session's blind GSR-style probes.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import one_actor
from .parse import kids, lemma
from .reading import Reading

# nouns that report a wrong rather than being one, and ties alleged to wrongdoers ("links to traffickers")
REPORT_NOUNS = {"allegation", "charge", "accusation", "report", "claim", "complaint", "suspicion", "evidence",
                "link", "tie", "connection"}
INQUIRY_NOUNS = {"inquiry", "investigation", "probe", "enquiry"}
INQUIRY_PREPS = {"into", "of", "on", "over"}

# the wrong a report names -> the codebook's item, most specific first ("war crimes" before "crimes")
ITEMS: tuple[tuple[str, frozenset[str]], ...] = (
    ("094", frozenset({"genocide", "atrocity", "massacre", "cleansing", "war"})),
    ("092", frozenset({"torture", "abuse", "violation", "disappearance", "rape", "mistreatment",
                       "ill-treatment", "execution", "execute", "mistreat"})),
    # (a bombing is a crime as often as military action: "over the 1994 bombing of a Jewish centre")
    ("093", frozenset({"airstrike", "shelling", "raid", "incursion", "offensive", "shell"})),
    ("091", frozenset({"corruption", "fraud", "bribery", "graft", "embezzlement", "murder", "theft",
                       "smuggling", "laundering", "crime", "kickback", "embezzle", "smuggle", "trafficker",
                       "trafficking", "mafia", "cartel", "smuggler"})),
)


def _looked_into(tok: Any, preps: set[str] = INQUIRY_PREPS) -> list[Any]:
    """What the act looks into: its object, or the into-phrase of it or of its inquiry object."""
    heads = [tok] + [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass") and lemma(c) in INQUIRY_NOUNS]
    if tok.dep_ == "dobj" and lemma(tok) in INQUIRY_NOUNS:
        heads.append(tok.head)  # "launched an inquiry into ...": the parser hangs "into" on the verb
    nouns = [c for h in heads for c in kids(h) if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [o for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ in preps
              for o in kids(p) if o.dep_ == "pobj"]
    return nouns


def _reports(tok: Any) -> list[Any]:
    """Report nouns the act looks into."""
    return [n for n in _looked_into(tok) if lemma(n) in REPORT_NOUNS]


def inquiry_item(tok: Any, code: str | None) -> str | None:
    """An inquiry (09x) that looks into a report of a wrong, with that wrong's item: the lexicon's row
    read the report noun, not the wrong."""
    if not code or not code.startswith("09") or tok is None:
        return code
    if code == "090":  # the wrong itself, where the lexicon's rows do not list it ("into the massacre of")
        # "into the war" names no wrong; "investigating Iran over X" names a grievance, not the object
        item = _item({lemma(n) for n in _looked_into(tok, {"into", "of"})} - {"war"})
        if item is not None:
            return item
    for report in _reports(tok):
        words = {lemma(m) for m in kids(report) if m.dep_ in ("amod", "compound")}
        wrongs = [o for p in kids(report) if p.dep_ == "prep" and p.lower_ in ("of", "to", "with", "between")
                  for o in kids(p) if o.dep_ == "pobj"]
        wrongs += [c for w in wrongs for c in w.conjuncts]  # "between army officers and drug traffickers"
        words |= {lemma(w) for w in wrongs} | {lemma(m) for w in wrongs for m in kids(w)
                                                if m.dep_ in ("amod", "compound")}
        # "reports that Serb forces had executed prisoners": the wrong is the clause's verb
        # (the parser may hang the clause on its auxiliary and the verb below it: "that X had tortured")
        words |= {lemma(t) for v in kids(report) if v.dep_ in ("acl", "ccomp", "relcl")
                  for t in v.subtree if t.pos_ == "VERB"}
        item = _item(words)
        if item is not None:
            return item
    return code


def _item(words: set[str]) -> str | None:
    return next((item for item, kinds in ITEMS if words & kinds), None)


def inquired_party(r: Reading, link: ActorLinker) -> None:
    """The one a reported wrong is laid against is the inquiry's target: "investigated charges of
    corruption against President X" (the against-phrase sits below the wrong, out of the rules' reach)."""
    if r.targets or not r.cameo or not r.cameo.startswith("09") or r.trigger.tok is None:
        return
    for report in _reports(r.trigger.tok):
        for t in report.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "against":
                hit = one_actor(t, link, deep=True)
                if hit is not None:
                    r.targets = [hit]
                    return
