"""Typed records that flow through the pipeline.

A reader yields `Document`s (raw text plus whatever metadata the container gave); the pipeline turns
each into an `Article`, stage by stage.  `Article.to_record()` gives the analysis record of
`shared/eval/SCHEMA.md`.  Every offset is a `str` index into `Document.text`, end-exclusive.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .util import stable_id


@dataclass(slots=True, kw_only=True)
class Document:
    """One input document as a reader produced it, before any analysis."""

    id: str
    text: str
    source: str = ""  # where it came from: a path, "path:line", a WARC record URI, "-"
    date: str | None = None  # ISO date or datetime from metadata (JSON field, HTML meta, WARC)
    date_is_upper_bound: bool = False  # True for crawl/file dates: the story is no later than this
    title: str | None = None  # title from metadata (HTML <title>, JSON title field)
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def uid(self) -> str:
        """Stable store key: a hash of the content and where it came from."""
        return stable_id(self.text, self.source)


@dataclass(slots=True, kw_only=True)
class Rejected:
    """An input that could not be read or analysed; recorded with its reason, never dropped."""

    source: str
    reason: str
    code: str
    id: str | None = None


@dataclass(slots=True, kw_only=True)
class Dateline:
    place: str | None
    region: str | None
    date_text: str | None
    agency: str | None
    text: str
    start: int
    end: int


@dataclass(slots=True, kw_only=True)
class Actor:
    """A CAMEO-style actor: country ISO-3 (or IGO/NGO root) plus sector codes."""

    name: str
    code: str
    country: str | None = None
    sector: str | None = None
    reasons: list[str] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "code": self.code, "country": self.country,
                "sector": self.sector, "reasons": list(self.reasons)}


@dataclass(slots=True, kw_only=True)
class Entity:
    text: str
    label: str  # spaCy label (PERSON, ORG, GPE, NORP, ...) or ROLE / PRON for resolved mentions
    start: int
    end: int
    actor: Actor | None = None
    refers_to: str | None = None  # canonical name of a coreferent mention ("Choi" -> "Choi Young-sam")


@dataclass(slots=True, kw_only=True)
class Quote:
    type: str  # direct | mixed | indirect
    content: str
    content_start: int
    content_end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_actor: Actor | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    headline: bool = False


@dataclass(slots=True, kw_only=True)
class Timex:
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    evidence: str | None = None  # why this value (anchor and rule)


@dataclass(slots=True, kw_only=True)
class EventActor:
    text: str
    code: str | None
    start: int | None = None
    end: int | None = None
    reasons: list[str] = field(default_factory=list)  # why this code (actor stage or event-coder rule)


@dataclass(slots=True, kw_only=True)
class Event:
    source: EventActor | None
    target: EventActor | None
    type: str | None  # PLOVER type, upper case
    mode: str | None = None
    cameo: str | None = None  # always a string: "042", never 42
    goldstein: float | None = None
    plover_score: float | None = None
    date: str | None = None
    place: str | None = None
    text: str = ""
    start: int = 0
    end: int = 0
    trigger: str | None = None
    quote_index: int | None = None  # index into Article.quotes when the event is said in a quote
    confidence: float | None = None
    negated: bool = False
    hypothetical: bool = False
    sources: list[EventActor] = field(default_factory=list)  # compound actors (PLOVER keeps lists)
    targets: list[EventActor] = field(default_factory=list)
    # every report of this one occurrence in the article, [start, end] each, the event's own span
    # first: "fired a missile ... the launch ..." is one event with two mentions (events/dedup.py)
    mentions: list[list[int]] = field(default_factory=list)


def _actor_dict(a: EventActor | None) -> dict[str, Any] | None:
    return None if a is None else asdict(a)


@dataclass(slots=True, kw_only=True)
class Article:
    """The analysis of one document. Fields mirror SCHEMA.md; extra fields carry evidence."""

    id: str
    text: str  # the input text exactly as received; all offsets index it
    source: str = ""
    headline: str | None = None
    headline_start: int | None = None
    headline_end: int | None = None
    tags: list[str] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    agency: str | None = None
    published: str | None = None
    published_evidence: list[str] = field(default_factory=list)
    body: str = ""
    body_start: int = 0
    body_end: int = 0
    contact: list[str] = field(default_factory=list)
    end_marker: str | None = None
    related_headlines: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    document: Document | None = None  # the reader's record, for metadata (dates, title, url)
    warnings: list[str] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        """The SCHEMA.md analysis record (every field present, null or [] when unknown)."""
        return {
            "id": self.id,
            "headline": self.headline,
            "tags": list(self.tags),
            "byline": list(self.byline),
            "dateline": None if self.dateline is None else asdict(self.dateline),
            "agency": self.agency,
            "published": self.published,
            "published_evidence": list(self.published_evidence),
            "body": self.body,
            "body_start": self.body_start,
            "body_end": self.body_end,
            "contact": list(self.contact),
            "end_marker": self.end_marker,
            "related_headlines": list(self.related_headlines),
            "entities": [
                {"text": e.text, "label": e.label, "start": e.start, "end": e.end,
                 "refers_to": e.refers_to,
                 "actor": None if e.actor is None else e.actor.to_record()}
                for e in self.entities
            ],
            "quotes": [
                {"type": q.type, "content": q.content, "content_start": q.content_start,
                 "content_end": q.content_end, "speaker": q.speaker,
                 "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                 "speaker_actor": None if q.speaker_actor is None else q.speaker_actor.to_record(),
                 "cue": q.cue, "cue_start": q.cue_start, "cue_end": q.cue_end,
                 "headline": q.headline}
                for q in self.quotes
            ],
            "timexes": [asdict(t) for t in self.timexes],
            "events": [
                {"source": _actor_dict(ev.source), "target": _actor_dict(ev.target),
                 "type": ev.type, "mode": ev.mode, "cameo": ev.cameo, "goldstein": ev.goldstein,
                 "plover_score": ev.plover_score, "date": ev.date, "place": ev.place,
                 "text": ev.text, "start": ev.start, "end": ev.end, "trigger": ev.trigger,
                 "quote_index": ev.quote_index, "confidence": ev.confidence,
                 "negated": ev.negated, "hypothetical": ev.hypothetical,
                 "sources": [asdict(a) for a in ev.sources],
                 "targets": [asdict(a) for a in ev.targets],
                 "mentions": [list(m) for m in ev.mentions] or [[ev.start, ev.end]]}
                for ev in self.events
            ],
        }
