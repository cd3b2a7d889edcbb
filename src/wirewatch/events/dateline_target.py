"""The dateline's state as the target of a lead's act of force that names no party hit (thirty-fifth
session, wip/targets37).

"BAGHDAD (Reuters) - U.S. and British warplanes struck air defence sites in the south on Sunday": the
sites, "the south", are the dateline's country's; the lead names no other, and an analyst codes the strike
at Iraq. Decided (docs/events.md): the dateline completes a dyad only in the lead sentence it heads, only
for an act of force (ASSAULT or a code of 18-20) left with no target after every rule and the dyad
completion, only when the act has an object or a place phrase (something was hit somewhere), only outside
quotes, and only when the dateline's state is none of the sources' own (troops of the dateline's own state
striking "in the south" have no other party: their rebels or people are for the usual rules). Never under
the datelines of the agencies' regional and world desks (`_BUREAUS`: Nicosia, Bangkok, Tokyo, London ...),
which head copy about other states.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor, Article
from .dateline_era import state_on_day
from .parse import kids
from .reading import Reading

# how far after the dateline's end the lead sentence may start (the agency's dash and spaces)
_LEAD_GAP = 8
# the agencies' regional and world desks, whose datelines head copy about other states ("BANGKOK (AP) - A
# Myanmar military air strike ...", "NICOSIA (Reuters) - Iraqi jets ...", "TOKYO - North Korea fired ..."):
# no dyad is completed by them
_BUREAUS = frozenset({"nicosia", "bangkok", "hong kong", "nairobi", "abidjan", "johannesburg", "dakar",
                      "vienna", "geneva", "dubai", "manama", "amman", "tokyo", "seoul", "singapore",
                      "london", "paris", "washington", "new york", "brussels", "united nations", "rome",
                      "bonn", "berlin", "cairo", "mexico city", "miami", "buenos aires", "new delhi"})
BUREAUS = _BUREAUS


def _lead_place(sent: Any, article: Article, *, desks: bool = False) -> str | None:
    """The dateline's place when `sent` is the lead it heads (never the headline before it), and (unless
    `desks`) the place is no regional or world desk."""
    dateline = article.dateline
    if dateline is None or not dateline.place or sent.end_char <= dateline.end:
        return None
    if not (sent.start_char <= dateline.end or sent.start_char - dateline.end <= _LEAD_GAP):
        return None
    place = str(dateline.place)
    return None if place.lower() in _BUREAUS and not desks else place


def lead_state(sent: Any, article: Article, *, desks: bool = False) -> tuple[str, str] | None:
    """The dateline's state and place name when `sent` is the lead the dateline heads, outside the agencies'
    desks unless `desks` (`_lead_place`): where an act of the lead with no place of its own happened."""
    where = _lead_place(sent, article, desks=desks)
    state = state_on_day(where, article) if where else None
    return (state, str(where)) if state else None


_WHERE = frozenset({"in", "near", "on", "at", "around", "outside", "inside", "across"})


def _forceful(r: Reading) -> bool:
    code = r.cameo or ""
    return r.type == "ASSAULT" or code[:2] in ("18", "19", "20")


def _hit_somewhere(tok: Any) -> bool:
    """The act has an object ("struck air defence sites") or a place phrase ("shelled positions in the
    north", "fighting near the border")."""
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _WHERE) for c in kids(tok))


def dateline_force_target(r: Reading, sent: Any, article: Article, in_quote: Any) -> None:
    """Aim a lead's targetless act of force at the dateline's state, when that is another's."""
    if r.targets or r.completed_targets or not r.sources or r.trigger is None or r.negated:
        return
    if not _forceful(r):
        return
    found = lead_state(sent, article)
    if found is None:
        return
    iso3, where = found
    tok = r.trigger.tok
    if in_quote(tok.idx) is not None or not _hit_somewhere(tok):
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    if iso3 in own and not _bare_capital(tok) or any(not c or c.startswith("---") for c in own):
        return
    if _dated_long_before(sent, article):
        return  # "Iraq invaded the province when the war began in 1980": history names no party here
    actor = Actor(name=where, code=iso3, country=iso3,
                  reasons=[f"an act of force in a lead datelined {where}: {iso3}"])
    r.targets = [(actor, *_place_span(article, where, tok), None)]


def _bare_capital(tok: Any) -> bool:
    """ "PHNOM PENH - Troops loyal to Hun Sen seized control of the capital": "the capital" with nothing
    naming whose it is, taken or struck, is the dateline's, also by the state's own forces (lead39)."""
    held = [g for c in kids(tok) if c.dep_ == "dobj" for g in [c, *(o for p in kids(c) if p.dep_ == "prep"
                                                                    and p.lower_ == "of" for o in kids(p))]]
    return any(g.lower_ == "capital" and all(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "prep"
                                              and c.lower_ != "of" for c in kids(g)) for g in held)


def _place_span(article: Article, where: str, tok: Any) -> tuple[int, int]:
    """The dateline's place in the text (the target's evidence), else the act's own word."""
    dateline = article.dateline
    if dateline is not None:
        at = article.text[dateline.start:dateline.end].lower().find(where.lower())
        if at >= 0:
            return dateline.start + at, dateline.start + at + len(where)
    return tok.idx, tok.idx + len(tok.text)


def _dated_long_before(sent: Any, article: Article) -> bool:
    """A year ten or more before the story's own stands in the lead: the act may be history."""
    published = (article.published or "")[:4]
    if not published.isdigit():
        return False
    years = (t.value[:4] for t in article.timexes if sent.start_char <= t.start < sent.end_char and t.value)
    return any(y.isdigit() and int(y) <= int(published) - 10 for y in years)


# a state's bodies named with no state, which a lead under a foreign dateline means of the dateline's state
_BARE_BODIES = frozenset({"government", "authorities", "regime", "junta", "army", "police", "military"})


def _bare_body(tok: Any) -> bool:
    """ "the government", "the authorities": a body noun whose only modifier is the article."""
    return tok is not None and tok.lemma_.lower() in _BARE_BODIES and \
        all(c.dep_ == "det" and c.lower_ == "the" or c.dep_ in ("prep", "case", "punct", "relcl", "acl")
            for c in kids(tok)) and any(c.dep_ == "det" for c in kids(tok))


def dateline_body_target(r: Reading, sent: Any, article: Article) -> None:
    """"MOSCOW (Reuters) - The United States criticised the government's handling of the crisis": a bare
    "the government" a foreign source acts on in the lead is the dateline's state's, not the source's own
    (the actors stage gives a bare body the story's first country). A desk's dateline counts here: a lead
    about another state names that state's government, so a bare one is the dateline's own."""
    if not r.sources or not r.targets:
        return
    found = lead_state(sent, article, desks=True)
    if found is None:
        return
    iso3, where = found
    own = {(a[0].code or "")[:3] for a in r.sources}
    bare = [t for t in r.targets if (t[0].code or "")[:3] in own and _bare_body(t[3])]
    if not bare or iso3 in own:
        return
    moved = []
    for a, s, e, tok in r.targets:
        if (a, s, e, tok) in bare:
            sector = (a.code or "")[3:]
            a = Actor(name=a.name, code=iso3 + sector, country=iso3, sector=a.sector,
                      reasons=[*a.reasons, f"a bare '{tok.text}' in a lead datelined {where}"])
        moved.append((a, s, e, tok))
    r.targets = moved


def dateline_places_unplaced(r: Reading, sent: Any, article: Article) -> None:
    """"BEIRUT (AP) - Israeli helicopter gunships rocketed guerrilla hideouts in the south": the guerrillas
    the actors stage could not place (---REB) are the dateline's state's, when a foreign force hits them in
    the lead."""
    if not r.sources or not _forceful(r) or not any((a[0].code or "").startswith("---") for a in r.targets):
        return
    found = lead_state(sent, article)
    if found is None:
        return
    iso3, where = found
    own = {(a[0].code or "")[:3] for a in r.sources}
    if iso3 in own or any(not c or c.startswith("---") for c in own):
        return
    moved = []
    for a, s, e, tok in r.targets:
        if (a.code or "").startswith("---"):
            a = Actor(name=a.name, code=iso3 + a.code[3:], country=iso3, sector=a.sector,
                      reasons=[*a.reasons, f"unplaced, in a lead datelined {where}: {iso3}"])
        moved.append((a, s, e, tok))
    r.targets = moved
