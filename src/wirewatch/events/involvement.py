"""Foreign parties allowed in are international involvement (fifteenth session, wip/probes17a).

"Colombia allowed U.S. drug agents to operate on its territory", "Beijing agreed to let the Red Cross
visit political prisoners": the codebook's 086 (allow international involvement; 0863 humanitarian
access), not the bare yielding (080) a generic "allowed X to" reads as. Decided by the party allowed:
another state's people, an international body or an NGO; a relief or refugee organisation is
humanitarian access. Another state itself allowed to do something stays the plain 080 (the PETRARCH
suite's patterns).
"""

from __future__ import annotations

from .parse import lemma
from .reading import Reading

ALLOWING = {"allow", "let", "permit"}
HUMANITARIAN = ("HLH", "REF")
MONITORS = {"inspector", "observer", "monitor"}  # (investigators questioning suspects receive no inspection)
# people of another state whose presence or work is the involvement ("U.S. drug agents")
FOREIGN_PEOPLE = MONITORS | {"agent", "investigator", "troop", "soldier", "force", "expert", "team",
                             "official", "journalist", "reporter", "diplomat", "peacekeeper", "doctor",
                             "worker", "mission"}


def foreign_involvement(r: Reading) -> None:
    """080 / 086 of an allowing verb whose allowed party is foreign: 086, or 0863 for relief bodies."""
    tok = r.trigger.tok
    if r.cameo not in ("080", "086") or tok is None or lemma(tok) not in ALLOWING:
        return
    if len(r.sources) != 1 or len(r.targets) != 1:
        return
    src, tgt = r.sources[0][0].code or "", r.targets[0][0].code or ""
    if len(src) < 3 or len(tgt) < 3 or src[:3] == tgt[:3] or "---" in (src[:3], tgt[:3]):
        return
    party = r.targets[0][3]
    heads = {lemma(party), lemma(party.head)} if party is not None else set()
    if tgt[:3] not in ("NGO", "IGO") and not heads & FOREIGN_PEOPLE:
        return  # another state allowed to act ("Gollum allowed Mordor to ...") is the plain yielding 080
    r.type, r.mode = "RETREAT", "access"
    r.cameo = "0863" if tgt[:3] in ("NGO", "IGO") and any(s in tgt[3:] for s in HUMANITARIAN) else "086"
    if heads & MONITORS:
        r.cameo = "0862"  # "allowed a team of IAEA inspectors to visit": inspectors received
