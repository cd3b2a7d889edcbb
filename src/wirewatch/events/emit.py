"""Readings into `Event` records: one per CAMEO dyad, with evidence spans, date and place.

Owns the expansion of compound actors into dyads (reciprocal events both ways, visit/host pairs),
dropping self-dyads, the event's date (a resolved date in its own clause, never an old history) and
its place.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Any

from ..nlp.actors import countries
from ..records import Article, Event, EventActor
from . import cameo as cm
from .actor_link import ActorLinker
from .arguments import NON_STATE, UNNAMED_FORCE, is_event_noun, role_object
from .attach import RECIPROCAL, names_partner
from .cameo_guards import (
    asked_question,
    between_companies,
    campaign_rally,
    contest_between_places,
    direct_question,
    nobody_in_particular,
    political_force,
    poll_finding,
    state_charged,
)
from .parse import VIOLENT_NOUNS, doc_arrays, in_condition, lemma, sentence_of, span_text, speculative
from .place_parties import as_party, is_place, named_where
from .reading import ArticleContext, Reading
from .recipients import mutual_with, reciprocal_object

# make a visit / host a visit: each implies the other with the roles swapped
VISIT_PAIRS = {"042": "043", "043": "042"}

PLACE_PREPS = {"in", "at", "near", "outside", "inside"}

_DATE_VALUE = re.compile(r"^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?(?:$|T)")  # XXXX: the year is unknown

BOUNDING_PREPS = {"since", "until", "till", "before", "after", "by"}


def _event_actor(article: Article, item: tuple[Any, int, int, Any] | None) -> EventActor | None:
    if item is None:
        return None
    actor, start, end, _ = item
    reasons = list(getattr(actor, "reasons", None) or [])
    if end <= start:
        return EventActor(text=actor.name, code=actor.code, reasons=reasons)
    return EventActor(text=article.text[start:end], code=actor.code, start=start, end=end, reasons=reasons)


def _distinct(actors: Any) -> list[EventActor]:
    """The actors in order, each mention once: two rules that find the same party ("condemned Israel's
    raid": the verb's object and the raid's author) must not make one act two events."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for a in actors:
        if a is None:
            continue
        key = (a.start, a.end, a.code, a.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def _date_for(article: Article, start: int, end: int, trigger_at: int) -> str | None:
    """The DATE timex of the sentence nearest the event's verb, leaving out spans that only bound it
    ("suspended since 2018"); else the publication date."""
    best: tuple[int, str] | None = None
    for t in article.timexes:
        if t.start >= start and t.end <= end and t.value and t.type == "DATE" and _DATE_VALUE.match(t.value):
            before = article.text[max(start, t.start - 8):t.start].split()
            if before and before[-1].lower() in BOUNDING_PREPS:
                continue
            dist = abs(t.start - trigger_at)
            if best is None or dist < best[0]:
                best = (dist, t.value)
    if best is not None:
        return best[1]
    return article.published[:10] if article.published else None


HISTORY_YEARS = 10


def _history(date: str | None, published: str | None) -> bool:
    """An event dated ten or more years before the story was published is background, not news."""
    if not date or not published or not date[:4].isdigit() or not published[:4].isdigit():
        return False
    return int(date[:4]) <= int(published[:4]) - HISTORY_YEARS


_DECADE = re.compile(r"^(\d{3})X?$")  # a timex of a decade: "the 1980s" is 198 (or 198X)
_DECADE_PREPS = frozenset({"in", "during", "throughout", "through"})


def _in_a_past_decade(article: Article, sent: Any, anchor: Any) -> bool:
    """An act dated by a decade over before the story's year ("backed successive military governments in
    the 1970s and 1980s", "armed the rebels in the 1980s") is history as an act of a year ten or more
    years back is: the whole decade lies before the story, and its first year ten or more years before
    it. A decade that bounds a span ("has fought since the 1980s") or holds the story's own year ("in the
    1990s" in 1999) dates nothing gone by."""
    if not article.published or not article.published[:4].isdigit():
        return False
    year = int(article.published[:4])
    for t in article.timexes:
        m = _DECADE.match(t.value or "") if t.type == "DATE" else None
        if m is None or not sent.start_char <= t.start < sent.end_char or \
                not any(ch.isdigit() for ch in article.text[t.start:t.end]):
            continue  # (a decade named by its years: "over the past decade" reaches to the story's day)
        first = int(m.group(1)) * 10
        if first + 9 >= year or first > year - HISTORY_YEARS:
            continue
        before = [w.lower() for w in article.text[max(sent.start_char, t.start - 24):t.start].split()]
        while before and before[-1] in ("the", "early", "late", "mid", "mid-"):
            before.pop()
        if not before or before[-1] not in _DECADE_PREPS:
            continue  # ("blamed X for the 1990s", "since the 1980s": no act dated inside the decade)
        if _dates_its_own_clause(article, sent, anchor, t.value):
            return True
    return False


# a war's tally, told as background: "have fought three wars", "the 35-year war has killed 35,000 people"
_WARS = frozenset({"war", "conflict", "insurgency", "uprising", "rebellion", "intifada", "fighting",
                   "violence"})
_TOLL_VERBS = frozenset({"kill", "claim", "leave", "cost"})


def _perfect(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


# adverbs that make a perfect a summary of acts gone by ("has twice criticised", "has long accused")
_HABIT_ADVERBS = frozenset({"twice", "thrice", "repeatedly", "frequently", "often", "long", "consistently",
                            "persistently", "regularly"})


def _told_as_a_habit(verb: Any) -> bool:
    """ "Menem has twice criticised Britain over the Falklands, but on Thursday he offered ...", "Washington
    has long accused Iran of ...", "has several times rejected": a perfect told with a count or a habit sums
    up acts gone by, the background of a lead whose news is a clause in the simple past coordinated with
    it (extras30). Alone ("North Korea has three times rejected offers of talks") it is the news, and a plain
    perfect ("China has criticised Japan's decision") is news."""
    beside = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    if not any(t.tag_ == "VBD" and not _perfect(t) for t in beside):
        return False  # (a reporting verb above it is no news beside it: "added that X had repeatedly asked")
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _HABIT_ADVERBS:
            return True
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in ("times", "occasions") and any(
                g.like_num or g.lower_ in ("several", "many", "numerous") for g in c.children):
            return True
    return False


def _war_in_relative(anchor: Any) -> bool:
    """ "Iraq and Iran, which fought an eight-year war in the 1980s, marked ...", "Bosnia's Moslems, Serbs and
    Croats, who fought a 43-month war, voted ...": a war fought, told in the simple past in a relative
    clause on a party named as the subject of the lead's own clause, is who the party is, not news
    (twenty-ninth session). A war told in the main clause ("A and B fought a border war") stays an act."""
    if anchor.dep_ != "relcl" or anchor.tag_ != "VBD" or lemma(anchor) not in ("fight", "wage"):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that") for c in anchor.children):
        return False
    if not any(c.dep_ == "dobj" and lemma(c) in _WARS for c in anchor.children):
        return False
    party = anchor.head
    while party.dep_ == "conj":
        party = party.head
    return party.dep_ in ("nsubj", "nsubjpass") and party.head.pos_ in ("VERB", "AUX")


def _background_line(anchor: Any, published: str | None) -> str | None:
    """Why the act is a background line of the story, or None (stories28): a perfect tense since a year
    ten or more years back ("the LTTE has been fighting since 1983"), a count of wars fought ("India and
    Pakistan have fought three wars"), a war's toll in the perfect ("the 35-year war has killed more
    than 35,000 people"). A since-phrase of a recent year, one war fought, a toll of an attack stay."""
    if _war_in_relative(anchor):
        return "a war fought, told in a relative clause of a party"
    if anchor.pos_ not in ("VERB", "AUX") or not _perfect(anchor):
        return None
    year = int(published[:4]) if published and published[:4].isdigit() else None
    for p in anchor.children:
        if p.dep_ == "prep" and p.lower_ == "since" and year is not None:
            for o in p.subtree:
                if o.text.isdigit() and len(o.text) == 4 and 1800 < int(o.text) <= year - HISTORY_YEARS:
                    return f"an act ongoing since {o.text}"
    if _told_as_a_habit(anchor):
        return "a perfect of acts told as a habit"
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    if lemma(anchor) in ("fight", "wage") and any(
            t.lemma_.lower() == "war" and t.tag_ == "NNS" for o in objects for t in o.subtree) and any(
            t.like_num for o in objects for t in o.subtree):
        return "a count of wars fought"
    subjects = [c for c in anchor.children if c.dep_ == "nsubj"]
    if anchor.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
        # "the war in Bosnia, which has killed 200,000 people" (the parser may hang it on Bosnia; lead30)
        subjects.append(anchor.head)
        if anchor.head.dep_ == "pobj":
            subjects.append(anchor.head.head.head)
    if lemma(anchor) in _TOLL_VERBS and any(lemma(s) in _WARS for s in subjects):
        return "a war's toll"
    return None


# a clause of time on the act's verb dates the act with it ("Morocco annexed the territory after Spain
# withdrew in 1975", "when Japan surrendered in 1945"), as a span of time the act fell in does ("seized the
# islands in the closing days of the war in 1945", "during the final months of 1979"; stories30)
TIME_MARKS = frozenset({"when", "after", "before", "as", "until", "while"})
TIME_SPANS = frozenset({"day", "days", "week", "month", "year", "weeks", "months", "years", "end", "start",
                        "beginning", "aftermath", "wake", "eve", "spring", "summer", "autumn", "fall",
                        "winter", "decade", "period", "course", "height"})
_TIME_PREPS = frozenset({"in", "during", "at", "on", "by", "until", "toward", "towards"})


def _time_clause(verb: Any) -> bool:
    """An adverbial clause of time on the verb above it ("after Spain withdrew in 1975")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


def _time_span(noun: Any) -> bool:
    """A span of time the act above fell in, or a noun below one ("in the closing days of the war in
    1945": days, and the war the days are of)."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        if noun.lemma_.lower() in TIME_SPANS and noun.head.lower_ in _TIME_PREPS \
                and noun.head.head.pos_ in ("VERB", "AUX"):
            return True
        if noun.head.lower_ != "of" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = noun.head.head
    return False


def _dates_its_own_clause(article: Article, sent: Any, anchor: Any, date: str | None) -> bool:
    """The timex giving `date` hangs on the event's own verb, not on a clause or a noun below it:
    "offered to hand over two men suspected of blowing up a plane in 1988" is not dated 1988, nor is
    "investigating Iran over the 1994 bombing". An event noun's clause is the verb it is the object or
    subject of: "In March 2003, the senator cut short her talks with the envoy" dates the talks."""
    own = {anchor.i}
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("dobj", "nsubj", "nsubjpass") and \
            anchor.head.pos_ in ("VERB", "AUX"):
        own.add(anchor.head.i)
    for t in article.timexes:
        if t.value != date or not (sent.start_char <= t.start < sent.end_char):
            continue
        tok = next((w for w in sent if w.idx >= t.start), None)
        while tok is not None and tok.i not in own and tok.head.i != tok.i:
            tok = tok.head
            if tok.i in own:
                break
            if tok.pos_ in ("VERB", "AUX") and not _time_clause(tok):
                break
            if tok.pos_ in ("NOUN", "PROPN") and not t.start <= tok.idx < t.end and not _time_span(tok) \
                    and not _war_of_the_act(tok):
                break  # "investigating Iran over the 1994 bombing": the date is the bombing's
        if tok is not None and tok.i in own:
            return True
    return False


def _war_of_the_act(noun: Any) -> bool:
    """ "captured the West Bank in the 1967 Middle East war": an act done in a war takes the war's date
    (lead31)."""
    return noun.lemma_.lower() in _WARS and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during")


def _place_for(article: Article, sent: Any, link: ActorLinker, r: Reading) -> str | None:
    own = {r.anchor.i, r.trigger.tok.i}
    for ent in link.ents_in(sent):
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ == "pobj" and \
                ent.root.head.lower_ in PLACE_PREPS:
            owner = ent.root.head.head
            if owner.pos_ in ("NOUN", "PROPN") and owner.i not in own:
                continue  # "amid China's assertiveness in the South China Sea": the noun's place
            if owner.dep_ in ("acl", "relcl") and {owner.i, owner.head.i}.isdisjoint(own) \
                    and is_event_noun(owner.head):
                continue  # "completing a withdrawal agreed in Geneva": where the act named was agreed
            return str(ent.text)
    if article.dateline is not None and article.dateline.place:
        return article.dateline.place
    return None


# a state does not meet, visit, court or cooperate with itself: "Kim Jong Un visited a factory" is no
# PRKGOV->PRK visit, "the Biden administration held a summit of the U.S., Japan and ..." no USAGOV->USA
# meeting, and one minister telling another ("Baker told Shultz") is no public statement (01) of one
# party to another. Domestic dyads stay where the codebook has them (criticism, protests, repression,
# fighting, demands, releases, investigations) and between two sectors of one country (KORGOV meets
# KOROPP).
NO_SELF_ROOTS = {"01", "03", "04", "05", "06"}
# ... but two politicians of one code who are not one executive are two parties in cooperation as in
# criticism: "Senator Graham endorsed Senator Cruz" (USALEG -> USALEG 051), "Senator Crapo met Senator
# Grassley" (recallpol12's census). `arguments.Exclusion` lets a same-code target through only when both
# are named people of different surnames, so a full code shared here is two people; members of one
# government meeting or telling each other (GOV, and root 01) stay internal. Meetings and support only:
# intents (03) between two candidates are mostly their plans set side by side ("her plan offers an
# alternative to his"), not an act of one on the other.
PEER_SECTORS = frozenset({"ELI", "LEG", "OPP", "PTY"})
PEER_ROOTS = frozenset({"04", "05"})
# a state named alone is its government acting, and its own rebels or opposition are another side:
# "Sudan held talks with rebels" is SDN -> SDNREB 046, as "the Sudanese government" would be (lead22)
OWN_OPPONENTS = frozenset({"REB", "OPP", "SEP", "INS", "UAF"})


def _self_dyad(source: str | None, target: str | None, code: str) -> bool:
    if not source or not target or code[:2] not in NO_SELF_ROOTS:
        return False
    if "---" in (source[:3], target[:3]) and source[3:6] == target[3:6] == "GOV":
        return True  # "the president met his top advisers": an unplaced official of the same government
    if source[:3] != target[:3] or source[:3] in ("---", "IGO", "NGO", "IMG"):
        return False
    if source == target and source[3:6] in PEER_SECTORS and code[:2] in PEER_ROOTS:
        return False
    if (len(source) == 3 and target[3:6] in OWN_OPPONENTS) or \
            (len(target) == 3 and source[3:6] in OWN_OPPONENTS):
        return False
    if code in ("042", "043") and (source[3:6] in OWN_OPPONENTS) != (target[3:6] in OWN_OPPONENTS) \
            and len(source) >= 6 and len(target) >= 6:
        return False  # a government hosting its rebels' emissary meets another side (targets38)
    return source == target or len(source) == 3 or len(target) == 3 or code in ("042", "043")


# heads of a phrase that name an act of violence, never who did it
ACT_HEADS = VIOLENT_NOUNS | {"blast", "explosion", "fighting", "clash", "shooting", "massacre"}


def _not_an_act(item: tuple[Any, int, int, Any]) -> bool:
    """An actor whose head word names an act is no actor: "the bombings of the embassies in Nairobi
    killed 200" has no attacker, whatever country the bombings' place gives them."""
    tok = item[3]
    return tok is None or tok.pos_ != "NOUN" or lemma(tok) not in ACT_HEADS


# the unnamed means of an attack whose attacker is the place's unidentified force (UAF)
HIDDEN_MEANS = frozenset({"bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "landmine",
                          "grenade", "attack", "ambush", "shooting", "gunfire", "bomber", "gunman", "gunmen",
                          "assailant"})


def _hidden_attacker(item: tuple[Any, int, int, Any]) -> bool:
    """An attacker inferred from the place of a bombing, a blast or an ambush (UNNAMED_FORCE)."""
    tok = item[3]
    return UNNAMED_FORCE in (getattr(item[0], "reasons", None) or []) and tok is not None \
        and lemma(tok) in HIDDEN_MEANS


# a completed dyad is a guess from the sentence's other parties, not the parse's word (dyad_completion.py)
COMPLETED_CONFIDENCE = 0.6


def _disengaging(r: Reading, sources: list[EventActor]) -> bool:
    """Forces of two states pulling back or disengaging, with no place or party named apart: each
    side's step back is towards the other (0874 both ways), as a ceasefire line is."""
    tok = r.trigger.tok
    back = next((c for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"), None)
    if not (lemma(tok) == "disengage" or lemma(tok) == "pull" and back is not None):
        return False
    # "pulled back from Basra": a town of a third state is where they leave, not each other
    if any(t.ent_type_ == "GPE" for h in (tok, back) if h is not None for p in h.children
           if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree):
        return False
    return r.type == "RETREAT" and len({(s.code or "")[:3] for s in sources if s.code}) > 1


# acts done, not said: told with could / might / may they are possibilities (modality24)
DONE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "AID", "CONSULT", "COOPERATE",
                       "RETREAT", "CONCEDE"})


# the CAMEO code of signing a formal agreement: an act done, whatever its PLOVER type (AGREE)
SIGNING = "057"


def to_events(r: Reading, sent: Any, ctx: ArticleContext) -> list[Event]:
    """The reading's rows; where dyad completion filled an empty role, CAMEO rows for the completed
    dyad follow them (no PLOVER type), and the reading's PLOVER event takes the completed target in place
    of its empty one (still one PLOVER event; its source stays the rules')."""
    events = _reading_rows(r, sent, ctx)
    if not (r.completed_sources or r.completed_targets) or not events:
        return events
    done = replace(r, sources=r.sources or r.completed_sources, targets=r.targets or r.completed_targets,
                   completed_sources=[], completed_targets=[], confidence=r.confidence * COMPLETED_CONFIDENCE)
    filled = [ev for ev in _reading_rows(done, sent, ctx)
              if ev.cameo and ev.source is not None and ev.target is not None]
    for ev in events:
        if ev.type and ev.target is None and filled and not r.completed_sources:
            # the reading's PLOVER event takes the completed target in place of its empty one (one event,
            # not a second; figures in docs/benchmarks.md, targets23)
            mine = next((f for f in filled if ev.source is not None and f.source is not None
                         and f.source.code == ev.source.code), filled[0])
            ev.target = replace(mine.target, reasons=list(mine.target.reasons)) if mine.target else None
    for ev in filled:
        ev.type, ev.mode, ev.plover_score = None, None, None
        events.append(ev)
    return events


def _reading_rows(r: Reading, sent: Any, ctx: ArticleContext) -> list[Event]:
    article = ctx.article
    if contest_between_places(lemma(r.trigger.tok), r.sources, r.targets):
        return []  # "Wales beat Hungary 2-0": a match, no act in either scheme
    # an attack named only by its own noun has no attacker CAMEO can code ("the bombings of the embassies
    # in Nairobi killed 200"): the PLOVER reading keeps the place's country as its unnamed source, the
    # dyads get no CAMEO code
    # nor has an attack whose attacker is only inferred from its place ("a roadside bomb killed four
    # soldiers in Helmand"): the annotation guide codes no source the sentence does not name
    # An attack whose attacker is only inferred from its place ("a roadside bomb killed four soldiers
    # in Helmand") is coded against the unidentified armed forces of the place (IRQUAF), as the CAMEO
    # manual's examples code it (thirteenth session); a fight ("clashes between police and
    # protesters") or a strike from the air ("an air strike killed 12") has sides the place does not give
    act_spans = {(a[1], a[2]) for a in r.sources + r.targets
                 if (not _not_an_act(a) or UNNAMED_FORCE in (getattr(a[0], "reasons", None) or []))
                 and not _hidden_attacker(a)}
    toks = [r.anchor, r.trigger.tok]
    spans = [(t.idx, t.idx + len(t.text)) for t in toks]
    # (a party found in a sentence before, "the launch" told earlier, widens nothing: the event is this
    # sentence's report)
    spans += [(s, e) for _, s, e, tok in r.sources + r.targets if tok is not None and e > s
              and sent.start_char <= s and e <= sent.end_char]
    start = min(s for s, _ in spans)
    end = max(e for _, e in spans)
    confidence = r.confidence
    if not r.sources:
        confidence *= 0.6
    if r.negated:
        confidence *= 0.5
    if r.hypothetical:
        confidence *= 0.5
    sources = _distinct(_event_actor(article, s) for s in r.sources)
    targets = _distinct(_event_actor(article, t) for t in r.targets)
    date = _date_for(article, sent.start_char, sent.end_char, r.anchor.idx)
    if _history(date, article.published) and _dates_its_own_clause(article, sent, r.anchor, date):
        return []  # "Napoleon invaded Russia in 1812": history, not news (PETRARCH's discards)
    if _in_a_past_decade(article, sent, r.anchor):
        return []  # "The United States backed military governments in the 1970s and 1980s" (stories32)
    if _background_line(r.anchor, article.published):
        return []  # "the LTTE has been fighting since 1983", "have fought three wars" (stories28)
    code = cm.normalize(r.cameo) if r.cameo else cm.normalize(cm.PLOVER_TO_ROOT.get(r.type, "") + "0")
    dyads: list[tuple[EventActor | None, EventActor | None]]
    symmetric = r.trigger.pattern.pair is not None and r.trigger.pattern.pair == r.trigger.pattern.cameo
    reciprocal = len(sources) > 1 and not targets and \
        (symmetric or lemma(r.trigger.tok) in RECIPROCAL or r.trigger.pattern.mutual
         or lemma(r.anchor) in RECIPROCAL
         or lemma(r.trigger.tok.head) in ("trade", "exchange")) and \
        not (names_partner(r.trigger.tok) or names_partner(r.anchor))  # "A and B traded accusations"
    # "Indian and Chinese troops pulled back": two sides disengaging step back from each other
    reciprocal = reciprocal or (not targets and _disengaging(r, sources))
    # "A and B accused each other": a reciprocal object makes any act mutual (tgt13)
    reciprocal = reciprocal or (len(sources) > 1 and not targets
                                and (reciprocal_object(r.anchor) or reciprocal_object(r.trigger.tok)))
    if reciprocal:  # "A and B met": reciprocal dyads
        dyads = [(a, b) for a in sources for b in sources if a is not b]
    else:
        firsts: list[EventActor | None] = list(sources) or [None]
        seconds: list[EventActor | None] = list(targets) or [None]
        dyads = [(a, b) for a in firsts for b in seconds]
    common = {
        "type": r.type or None, "mode": r.mode, "cameo": code, "goldstein": cm.goldstein(code),
        "plover_score": cm.plover_score(r.type, r.mode),
        "date": date,
        "place": _place_for(article, sent, ctx.link, r),
        "text": article.text[start:end], "start": start, "end": end,
        "trigger": r.trigger.tok.text, "quote_index": r.quote_index,
        "confidence": round(min(confidence, 1.0), 2), "negated": r.negated, "hypothetical": r.hypothetical,
    }
    conditional = in_condition(r.anchor, sent)  # "if China invaded Taiwan": nothing happened yet
    # "the United States could strike Iran": a possibility, nothing done; a hedged statement ("may ask")
    # is still the statement (modality24)
    # (a signing is done too: "the two countries could sign agreements" signs nothing yet; stories25)
    done = r.type in DONE_ACTS or (r.cameo or "")[:3] == SIGNING
    conditional = conditional or (done and speculative(r.anchor, sent))
    events = [Event(source=s, target=t, sources=list(sources), targets=list(targets), **common)  # type: ignore[arg-type]
              for s, t in dyads]
    for ev in events:
        if ev.source is None or ev.target is None or r.negated or conditional:
            # a negated event did not happen ("did not clash"): PLOVER keeps it flagged, CAMEO
            # has no code for it
            # a CAMEO event is a complete dyad (PETRARCH's require_dyad): "an Eriadorian was shot
            # dead", "they called for...", "X warned of..." keep their PLOVER reading but give no
            # CAMEO triple
            ev.cameo = None
            ev.goldstein = None
    for ev in events:
        if ev.cameo and ev.source is not None and ev.target is not None and \
                _self_dyad(ev.source.code, ev.target.code, ev.cameo):
            ev.cameo, ev.goldstein = None, None
    pattern = r.trigger.pattern
    pair = pattern.pair if pattern.pair and code == pattern.cameo else VISIT_PAIRS.get(code or "")
    if pattern.pair == pattern.cameo == "040" and code == "046":
        pair = code  # "met Marulanda to open peace talks": the talks a meeting is for are both sides'
        # (lead29)
    if pattern.pair == pattern.cameo == "046" and code == "164":
        pair = code  # "talks between A and B broke down": halted by both, as they were held (stories43)
    pair = pair or mutual_with(code, r.targets)  # "discussed the crisis with Y": Y consulted too (tgt13)
    if pair is not None and not reciprocal and not r.negated and not conditional:
        # a paired code is two events: "A held talks with B" = A->B 046 and B->A 046; "A left
        # for B" = A->B 042 and B->A 043; "A hosted B" = A->B 043 and B->A 042
        other = dict(common, cameo=pair, goldstein=cm.goldstein(pair))
        events += [Event(source=t, target=s, sources=list(targets), targets=list(sources), **other)  # type: ignore[arg-type]
                   for s, t in dyads if s is not None and t is not None
                   and not _self_dyad(t.code, s.code, pair)]
    if reciprocal:
        # PLOVER keeps "A and B met" as one event with no recipient; it leads, without a CAMEO code,
        # so the CAMEO view (events with a code) holds only the dyads
        plover = Event(source=sources[0], target=None, sources=list(sources), targets=[],
                       **common)  # type: ignore[arg-type]
        plover.cameo = None
        plover.goldstein = None
        events.insert(0, plover)
    for ev in events:
        if any(a is not None and (a.start, a.end) in act_spans for a in (ev.source, ev.target)):
            ev.cameo, ev.goldstein = None, None
    _left_body(events, r)
    _guard_cameo(events, r)  # (the guards read places' bare country codes)
    for ev in events:  # a capital that acts is its government, a town that is hit its people
        people = None
        if ev.cameo and ev.target is not None and ev.target.code and (
                is_place(ev.target) or named_where(ev.target, article.text)):
            # "arrested students in Moscow": the people the act names, not the place
            why = f"the act's object, placed by '{ev.target.text}'"
            people = _event_actor(article, role_object(r.anchor, ev.target.code[:3], why,
                                                       guests_home=_venue_host(ev.source, ev.target)))
        ev.source = as_party(ev.source, "source", ev.cameo, article.text, _qualifies_noun(sent, ev.source))
        ev.target = people or as_party(ev.target, "target", ev.cameo, article.text)
    # a CAMEO-only row (root 01) without a complete dyad says nothing in either scheme
    return [ev for ev in events if ev.type or ev.cameo]


_LEAVING = frozenset({"withdraw", "withdrawal", "pull", "pullout", "quit", "exit", "leave"})


def _left_body(events: list[Event], r: Reading) -> None:
    """A state that withdraws from an international body (the target an IGO) leaves its membership, no
    military retreat: relations reduced, 160 (stories28: "completed its withdrawal from the OSCE"; the
    lexicon's rows name the bodies by common nouns, "withdrew from the alliance")."""
    if lemma(r.trigger.tok) not in _LEAVING or r.type != "RETREAT":
        return
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "of") for c in r.trigger.tok.children):
        return  # "withdrew its troops from the UN buffer zone": forces pulled back
    for ev in events:
        if ev.cameo and ev.cameo[:3] == "087" and ev.target is not None \
                and (ev.target.code or "")[:3] == "IGO":
            ev.cameo, ev.goldstein = "160", cm.goldstein("160")
            ev.type, ev.mode = "SANCTION", "withdraw"


def _venue_host(source: EventActor | None, place: EventActor) -> str | None:
    """The state that meets an armed side in a capital abroad ("Sudan agreed to meet rebel leaders in
    Nairobi"): the side is that state's own, and the capital only the venue."""
    own = (source.code or "")[:3] if source is not None else ""
    found = countries.lookup(place.text or "")
    if len(own) != 3 or own in NON_STATE or found is None or found.kind != "capital" or found.iso3 == own:
        return None
    return own


def _qualifies_noun(sent: Any, actor: EventActor | None) -> bool:
    """Whether the actor's mention ends in a modifier of a noun after it ("Beijing consumer watchdogs")."""
    if actor is None or actor.end is None:
        return False
    # the one token of the sentence with idx < end <= idx + len (tokens do not overlap): the last one
    # starting before the end, found by a bisect over the Doc's offsets instead of a Token per word
    n = bisect_left(doc_arrays(sent.doc).idx, actor.end, sent.start, sent.end) - 1
    if n < sent.start:
        return False
    last = sent.doc[n]
    if actor.end > last.idx + len(last.text):
        return False
    return last.dep_ in ("compound", "nmod", "amod") and last.head.i > last.i


def _guard_cameo(events: list[Event], r: Reading) -> None:
    """The census guards (`cameo_guards`): a question asked or a poll's finding is no act, nor one with a
    countryless walk of life as a party, nor a politician's rally; force between two politicians of one
    state is a verbal attack (111) or an electoral contest (nothing)."""
    text = span_text(sentence_of(r.anchor))  # the anchor's sentence (`Token.sent`), read once per reading
    question = asked_question(r.trigger.tok) or asked_question(r.anchor) or \
        direct_question(r.anchor, text) or poll_finding(lemma(r.trigger.tok), text)
    for ev in events:
        if not ev.cameo:
            continue
        source = ev.source.code if ev.source else None
        target = ev.target.code if ev.target else None
        generic = nobody_in_particular(source) or nobody_in_particular(target)
        no_dyad = campaign_rally(source, target, ev.cameo) or between_companies(source, target)
        code = None if question or generic or no_dyad else \
            political_force(source, target, ev.cameo, lemma(r.trigger.tok), text)
        if code:
            charged = state_charged(source, target, code, lemma(r.trigger.tok))
            if charged != code:  # a state charged by a state is accused: the PLOVER type follows (int37)
                ev.type, ev.mode = "ACCUSE", "allege"
            code = charged
        if code != ev.cameo:
            ev.cameo = code
            ev.goldstein = cm.goldstein(code) if code else None
