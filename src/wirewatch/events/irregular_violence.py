"""Violence by irregular armed men against people who bear no arms is unconventional (gsrforce).

The codebook keeps 190 (conventional military force) for force used by organised armed forces and
fighting between armed sides; an attack or killing by gunmen, militiamen or bandits (the actors stage's
UAF and CRM) on civilians, refugees, journalists, aid workers or officials is its 180 (use unconventional
violence): "Gunmen shot dead a journalist", "militiamen attacked a camp for refugees". Read after the
parties are attached, from their sectors; rebels (REB), troops and police keep 190, and so does an
attack whose target is armed or only a country ("attacked a village in Congo"). People who bear no
arms at all (settlers, students, workers, farmers) use unconventional violence on anyone
("settlers attacked Palestinian farmers", "miners attacked opposition offices": 180).
"""

from __future__ import annotations

from .anchor_codes import bomb_code
from .parse import lemma
from .reading import Reading

IRREGULAR = {"UAF", "CRM"}  # gunmen, militiamen, militants, bandits, gangs
ARMED = {"MIL", "COP", "REB", "UAF", "SPY", "CRM", "INS", "SEP"}
# people who are no armed force of any kind: whatever they attack, the violence is unconventional (a
# faith or an opposition may be armed: "Islamic State fighters" IMGMOS, so neither is listed)
UNARMED = {"CVL", "LAB", "EDU", "AGR", "REL", "REF", "MED", "BUS"}
GENERIC_FORCE = {"190", "193"}  # the unspecified and the small-arms codes of a generic verb
VERBS = {"kill", "attack", "shoot", "wound", "injure", "murder", "gun", "ambush", "raid"}


def unconventional(r: Reading) -> bool:
    """An attack or killing by irregular armed men whose every target is an unarmed sector."""
    if r.type != "ASSAULT" or r.cameo not in GENERIC_FORCE or lemma(r.trigger.tok) not in VERBS:
        return False
    if bomb_code(r.anchor) == "190":
        return False  # a mine that kills is military ordnance, whoever laid it (roots17d)
    sources = [a[0].code or "" for a in r.sources]
    targets = [a[0].code or "" for a in r.targets]
    if sources and targets and all(s[3:6] in UNARMED for s in sources):
        return True  # "settlers attacked farmers", "youths attacked soldiers": no armed force at all
    return bool(sources and targets) and all(s[3:6] in IRREGULAR for s in sources) and \
        all(len(t) >= 6 and t[3:6] not in ARMED for t in targets)
