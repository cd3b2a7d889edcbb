"""One event per occurrence: restatements of one act in an article become one event.

Wire copy reports an act several times: the headline and the lead, a restatement ("the launch was
its third this month"), a second verb for the same rally ("thousands rallied ... The protesters
marched ..."). Counting each as an event inflates trends. The coder turns one reading of a clause
into one or more rows (the CAMEO dyads of "A and B met", the two directions of a paired code); rows
of one reading share its span, trigger and type.

Two readings are one occurrence when they have
* the same PLOVER type, flags (negated, hypothetical) and CAMEO root - the full code for statements
  and diplomatic acts (02, 03, 05, 10, 12, 13), whose sub-code names what is said or done (not
  against the headline, which words the lead's act in short);
* the same date, where a report with no date of its own (it carries the publication date) fits any,
  and the same place where both have one (rallies in Nairobi and in Mombasa are two);
* where both have complete dyads, one pair of parties in common (either direction);
* no word in the later report that says it is another act ("the leaders also agreed");
* at least one coded actor in common and none in conflict; a code fits a more detailed one (KOR fits
  KORGOV, KENCOP does not fit KENOPP), an unknown-country agent fits any country's (---CVL fits KEN).
A reading with no coded actor continues the act of its type that ends less than NEARBY characters
before it (never a statement: each says something of its own), or repeats the same act word of
another actorless reading.

The fuller reading (more CAMEO triples, then more actors, then a more detailed doer) stands for the
occurrence, in the place of the first; every report's span stays in `Event.mentions` (the standing
reading's first), so no evidence is lost and every offset still points at the text it claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..nlp.actors.sectors import REGION_NAMES
from ..records import Event

NEARBY = 300  # characters between the end of a report and an actorless restatement of it
# words by which a report says its act is another one ("the leaders also agreed"); not "again" or
# "further", which a lead restating its headline may use of earlier days ("hold further talks")
ANOTHER_ACT = re.compile(r"\b(?:also|additionally)\b", re.I)


@dataclass(slots=True)
class _Reading:
    rows: list[Event]
    spans: list[list[int]] = field(default_factory=list)
    code: str | None = None  # the reading's CAMEO code, also when no row has a complete dyad

    @property
    def head(self) -> Event:
        return self.rows[0]

    def codes(self, role: str) -> set[str]:
        return {a.code for e in self.rows if (a := getattr(e, role)) is not None and a.code}

    def dyads(self) -> set[tuple[str, str]]:
        return {(e.source.code, e.target.code) for e in self.rows
                if e.source is not None and e.target is not None and e.source.code and e.target.code}

    def fullness(self) -> tuple[int, int, int]:
        # then the more detailed doer: a lead's "President Gustavo Petro" (COLGOV) over its headline's
        # "Petro" (COL); never a target's sector a struck place gave ("seized the palace in Kuwait City"
        # is no better than "invaded Kuwait")
        return (sum(e.cameo is not None for e in self.rows),
                bool(self.codes("source")) + bool(self.codes("target")),
                max((len(s) for s, _ in self.dyads()), default=0))


def _same_occurrence(a: _Reading, b: _Reading, published: str | None, headline_end: int) -> bool:
    x, y = a.head, b.head
    headline = min(x.start, y.start) < headline_end
    if (x.type != y.type and not _untyped_consult(a, b)) or x.negated != y.negated \
            or x.hypothetical != y.hypothetical:
        return False
    if ANOTHER_ACT.search(y.text):
        return False  # "The leaders also agreed to start talks": the writer says it is one more act
    # a report with no date of its own carries the publication date (a headline, "the strike")
    if x.date != y.date and published not in (x.date, y.date) and None not in (x.date, y.date):
        return False
    if x.place and y.place and x.place.lower() != y.place.lower():
        return False  # rallies in Nairobi and in Mombasa are two
    if _codes(a) and _codes(b) and not any(_same_act(p, q, headline) for p in _codes(a) for q in _codes(b)):
        return False
    da, db = a.dyads(), b.dyads()
    if x.type == "PROTEST":  # one crowd told as "people", then "protesters" (below)
        da, db = {(_crowd(s), t) for s, t in da}, {(_crowd(s), t) for s, t in db}
    if da and db and not any(_fits(p, q) for p in da for q in db):
        return False  # two complete dyads with no pair in common: a visit to Lithuania, then one to Latvia
    common = False
    for role in ("source", "target"):
        ca, cb = a.codes(role), b.codes(role)
        if x.type == "PROTEST" and role == "source":
            # one crowd told as "people" and then "protesters" (CVL, OPP): "Thousands of people marched
            # ... Protesters chanted slogans against the government" is one protest (stories23)
            ca, cb = {_crowd(c) for c in ca}, {_crowd(c) for c in cb}
        fits = any(_compatible(p, q) for p in ca for q in cb)
        if ca and cb and not fits:
            return False  # a coded actor in conflict: another dyad
        common = common or fits
    if common:
        return True
    if (x.trigger or "").lower() == (y.trigger or "").lower() and not any(
            r.codes(role) for r in (a, b) for role in ("source", "target")):
        return True  # the same act word with no actor either time: "the launch ... the launch"
    # a report with no coded actor right after one of the same type continues it ("Thousands rallied
    # in Nairobi ... The protesters marched ..."); far away it may be another act
    # statements differ by what is said: "agreed to boost cooperation ... also agreed to start talks"
    if x.type in STATEMENT_TYPES:
        return False
    bare = not (b.codes("source") or b.codes("target")) or not (a.codes("source") or a.codes("target"))
    return bare and 0 <= y.start - max(s[1] for s in a.spans) <= NEARBY


def _crowd(code: str) -> str:
    """A protesting crowd's code with its side left out: KENOPP and KENCVL are the same marchers."""
    return code[:3] + "CVL" if code[3:] == "OPP" else code


def _untyped_consult(a: _Reading, b: _Reading) -> bool:
    """A consultation told by a second verb that has no PLOVER type of its own ("spoke with his Saudi
    counterpart over the phone and discussed the situation": CONSULT 040, then a bare 040): both
    readings are consultations (CAMEO 04), one of them untyped (stories23)."""
    codes = _codes(a) | _codes(b)
    return None in (a.head.type, b.head.type) and bool(_codes(a)) and bool(_codes(b)) \
        and all(c[:2] == "04" for c in codes)


# the sub-code of a statement names its content: agreeing to cooperate (031) and agreeing to talks
# (036) are two statements; for acts, the root is enough (an "attack" 190 restated as an "air strike" 195)
CONTENT_ROOTS = {"02", "03", "05", "10", "12", "13"}
STATEMENT_TYPES = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT", "CONCEDE"}


def _same_act(a: str, b: str, headline: bool) -> bool:
    """Same root; for statements also the same sub-code, except against a headline, which words the
    lead's act in short ("Japan, Philippines agree to boost ... cooperation")."""
    return a[:2] == b[:2] and (headline or a[:2] not in CONTENT_ROOTS or a == b)


def _codes(r: _Reading) -> set[str]:
    return {e.cameo for e in r.rows if e.cameo} | ({r.code} if r.code else set())


def _fits(p: tuple[str, str], q: tuple[str, str]) -> bool:
    """The same pair of parties, in either direction (a paired code's rows run both ways)."""
    return (_compatible(p[0], q[0]) and _compatible(p[1], q[1])) or \
        (_compatible(p[0], q[1]) and _compatible(p[1], q[0]))


def _compatible(a: str, b: str) -> bool:
    """The same actor told with more or less detail: KOR and KORGOV fit, KENCOP and KENOPP do not; an
    agent of unknown country fits any country's (---CVL fits KEN and KENCVL, not KENCOP); a region
    fits any state ("a visit to Angola, his first trip to Africa")."""
    if a[:3] in REGION_NAMES or b[:3] in REGION_NAMES:
        return True
    if a.startswith("---") or b.startswith("---"):
        sa, sb = a[3:], b[3:]
        return not sa or not sb or sa.startswith(sb) or sb.startswith(sa)
    return a.startswith(b) or b.startswith(a)


Key = tuple[int, int, str | None, str | None]


def _group(events: list[Event], codes: dict[Key, str | None]) -> list[_Reading]:
    readings: dict[Key, _Reading] = {}
    for ev in events:
        key = (ev.start, ev.end, ev.trigger, ev.type)
        if key not in readings:
            readings[key] = _Reading(rows=[], spans=[[ev.start, ev.end]], code=codes.get(key))
        readings[key].rows.append(ev)
    return list(readings.values())


def merge_occurrences(events: list[Event], published: str | None = None,
                      codes: dict[Key, str | None] | None = None, headline_end: int = 0) -> list[Event]:
    """One article's events with restatements merged, in reading order, every mention kept.
    `published`: the article's date, which undated reports carry; `codes`: each reading's CAMEO code
    by (start, end, trigger, type), which rows without a complete dyad do not carry; `headline_end`:
    where the headline stops (0: none)."""
    kept: list[_Reading] = []
    for reading in _group(events, codes or {}):
        match = next((i for i, k in enumerate(kept)
                      if _same_occurrence(k, reading, published, headline_end)), None)
        if match is None:
            kept.append(reading)
            continue
        first = kept[match]
        if reading.fullness() > first.fullness():
            reading.spans = reading.spans + first.spans  # the fuller report first, then the rest
            kept[match] = reading
        else:
            first.spans = first.spans + reading.spans
    out: list[Event] = []
    for reading in kept:
        for ev in reading.rows:
            ev.mentions = [list(s) for s in reading.spans]
            out.append(ev)
    return out
