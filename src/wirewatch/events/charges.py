"""An accusation by its charge (codes16b): the coder's table (GDELT's CAMEO layout) files accusations
under 112 with a fourth digit for what is charged: 1121 crime or corruption, 1122 human rights abuses,
1123 aggression, 1124 war crimes, 1125 espionage or treason ("indicted the president for war crimes"
1124, "accused Estonia of espionage" 1125). The charge is the of/for/with object of the accusation or
of the person accused; an accusation that names none the table sorts keeps 112.
"""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

CHARGE_PREPS = ("of", "for", "with", "over")
PARTS = {"role", "part", "involvement", "complicity", "participation"}

# our reading of the table's five charges; war crimes first, so "war crimes" is not a plain crime
WAR_CRIMES = {"genocide", "atrocity", "massacre", "cleansing"}
RIGHTS_ABUSES = {"torture", "torturing", "abuse", "violation", "repression", "persecution"}
AGGRESSION = {"aggression", "invasion", "invade", "incursion", "expansionism"}
ESPIONAGE = {"espionage", "spy", "spying", "treason", "sedition", "subversion"}
CRIMES = {"crime", "corruption", "bribery", "bribe", "fraud", "embezzlement", "smuggling", "trafficking",
          "laundering", "murder", "theft", "extortion", "racketeering", "kidnapping"}


def _charge(tok: Any) -> str | None:
    """The charge one word of the charge phrase names, with its modifiers."""
    word, low = lemma(tok), tok.lower_
    mods = {lemma(m) for m in kids(tok) if m.dep_ in ("amod", "compound")}
    if word in WAR_CRIMES or word == "crime" and "war" in mods or \
            word == "crime" and any(lemma(p) == "against" for p in kids(tok)):
        return "1124"  # "war crimes", "crimes against humanity"
    if word in ("abuse", "violation") and not mods & {"right", "human"} and "rights" not in mods:
        return None  # "abuse of power", "violation of the truce": no rights named
    for words, code in ((RIGHTS_ABUSES, "1122"), (AGGRESSION, "1123"), (ESPIONAGE, "1125"),
                        (CRIMES, "1121")):
        if word in words or low in words:
            return code
    return None


def charge_code(tok: Any, code: str | None) -> str | None:
    """`code` (an accusation's 112) with the fourth digit of the charge it names."""
    if code != "112":
        return code
    holders = [tok] + [c for c in kids(tok) if c.dep_ == "dobj"]  # "indicted the president for ..."
    objs = [o for h in holders for p in kids(h) if p.dep_ == "prep" and p.lower_ in CHARGE_PREPS
            for o in kids(p) if o.dep_ in ("pobj", "pcomp")]
    # "for his role in the massacre": the charge is what the part was played in
    objs += [o for r in objs if lemma(r) in PARTS for p in kids(r) if p.dep_ == "prep" and p.lower_ == "in"
             for o in kids(p) if o.dep_ == "pobj"]
    for obj in objs:
        found = _charge(obj)
        if found is not None:
            return found
    return code
