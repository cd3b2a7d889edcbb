"""One event per occurrence: restatements of one act in an article become one event.

Wire copy reports an act several times: the lead ("North Korea fired a missile"), a restatement
("the launch was its third this month"), a second verb for the same rally ("thousands rallied ...,
marching ... and chanting ..."). Counting each as an event inflates trends. The coder turns one
reading of a clause into one or more rows (the CAMEO dyads of "A and B met", the two directions of a
paired code); rows of one reading share its span and trigger. Two readings are one occurrence when
they have the same PLOVER type, CAMEO root, date and flags, at least one coded actor in common and no
coded actor in conflict. A reading with no coded actor continues the one of its type that ends less
than NEARBY characters before it, or repeats the same act word of another actorless reading. The
fuller reading (more CAMEO triples, then more actors) stands for the occurrence, in the place of the
first; every report's span stays in `Event.mentions`, so no evidence is lost and every offset still
points at the text it claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Event

NEARBY = 300  # characters between the end of a report and an actorless restatement of it


@dataclass(slots=True)
class _Reading:
    rows: list[Event]
    spans: list[list[int]] = field(default_factory=list)

    @property
    def head(self) -> Event:
        return self.rows[0]

    def codes(self, role: str) -> set[str]:
        return {a.code for e in self.rows if (a := getattr(e, role)) is not None and a.code}

    def fullness(self) -> tuple[int, int]:
        return (sum(e.cameo is not None for e in self.rows),
                bool(self.codes("source")) + bool(self.codes("target")))


def _same_occurrence(a: _Reading, b: _Reading) -> bool:
    x, y = a.head, b.head
    if x.type != y.type or x.date != y.date or x.negated != y.negated or x.hypothetical != y.hypothetical:
        return False
    roots_a = {e.cameo[:2] for e in a.rows if e.cameo}
    roots_b = {e.cameo[:2] for e in b.rows if e.cameo}
    if roots_a and roots_b and not roots_a & roots_b:
        return False
    common = False
    for role in ("source", "target"):
        ca, cb = a.codes(role), b.codes(role)
        if ca and cb and not ca & cb:
            return False  # a coded actor in conflict: another dyad
        common = common or bool(ca & cb)
    if common:
        return True
    if (x.trigger or "").lower() == (y.trigger or "").lower() and not any(
            r.codes(role) for r in (a, b) for role in ("source", "target")):
        return True  # the same act word with no actor either time: "the launch ... the launch"
    # a report with no coded actor right after one of the same type continues it ("Thousands rallied
    # in Nairobi ... The protesters marched ..."); far away it may be another act
    bare = not (b.codes("source") or b.codes("target")) or not (a.codes("source") or a.codes("target"))
    return bare and 0 <= y.start - max(s[1] for s in a.spans) <= NEARBY


def _group(events: list[Event]) -> list[_Reading]:
    readings: dict[tuple[int, int, str | None, str | None], _Reading] = {}
    for ev in events:
        key = (ev.start, ev.end, ev.trigger, ev.type)
        if key not in readings:
            readings[key] = _Reading(rows=[], spans=[[ev.start, ev.end]])
        readings[key].rows.append(ev)
    return list(readings.values())


def merge_occurrences(events: list[Event]) -> list[Event]:
    """One article's events with restatements merged, in reading order, every mention kept."""
    kept: list[_Reading] = []
    for reading in _group(events):
        match = next((i for i, k in enumerate(kept) if _same_occurrence(k, reading)), None)
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
