"""The article view's marked-up text: every annotation of the record laid over the input text.

Annotations overlap (an actor inside a quote inside an event's evidence), so the text is cut at every
annotation boundary into runs, and each run lists the annotations that cover it. The template
renders a run as one `<span>` with classes and a title; the text itself is always escaped by Jinja2,
never marked safe, so nothing in an article can become markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape


@dataclass(slots=True)
class Note:
    kind: str        # actor | quote | speaker | timex | event
    key: str         # "q0", "e3": the id the side panel links to
    start: int
    end: int
    label: str       # what hovering says
    css: str = ""    # extra class (the actor's country, the quote type)


@dataclass(slots=True)
class Run:
    text: str
    start: int
    notes: list[Note] = field(default_factory=list)

    @property
    def classes(self) -> str:
        names = dict.fromkeys(f"n-{n.kind}" + (f" {n.css}" if n.css else "") for n in self.notes)
        return " ".join(names)

    @property
    def title(self) -> str:
        return " | ".join(dict.fromkeys(n.label for n in self.notes))

    @property
    def keys(self) -> str:
        return " ".join(n.key for n in self.notes)


def _hue(country: str) -> str:
    """One of eight colour classes per country, stable across pages."""
    return f"hue-{sum(map(ord, country)) % 8}" if country else ""


def _valid(start: Any, end: Any, size: int) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size


def notes_of(record: dict[str, Any]) -> list[Note]:
    """Every span the record claims, as notes (spans outside the text are left out, not guessed)."""
    size = len(record.get("text") or "")
    notes: list[Note] = []
    for i, e in enumerate(record.get("entities") or []):
        actor = e.get("actor") or {}
        if not actor.get("code") or not _valid(e.get("start"), e.get("end"), size):
            continue
        country = actor.get("country") or ""
        label = f"actor {actor['code']} ({country or 'no country'}): {actor.get('name') or e['text']}"
        notes.append(Note("actor", f"a{i}", e["start"], e["end"], label, _hue(country)))
    for i, q in enumerate(record.get("quotes") or []):
        if _valid(q.get("content_start"), q.get("content_end"), size):
            who = q.get("speaker") or "unattributed"
            notes.append(Note("quote", f"q{i}", q["content_start"], q["content_end"],
                              f"{q.get('type', 'quote')} quote: {who}", f"qt-{q.get('type', '')}"))
        if _valid(q.get("speaker_start"), q.get("speaker_end"), size):
            notes.append(Note("speaker", f"q{i}", q["speaker_start"], q["speaker_end"],
                              f"speaker of quote {i + 1}"))
    for i, t in enumerate(record.get("timexes") or []):
        if _valid(t.get("start"), t.get("end"), size):
            notes.append(Note("timex", f"t{i}", t["start"], t["end"],
                              f"{t.get('type', 'TIME')} = {t.get('value') or 'unresolved'}"))
    for i, ev in enumerate(record.get("events") or []):
        if _valid(ev.get("start"), ev.get("end"), size):
            source = (ev.get("source") or {}).get("code") or "?"
            target = (ev.get("target") or {}).get("code") or "?"
            notes.append(Note("event", f"e{i}", ev["start"], ev["end"],
                              f"event {source} -> {ev.get('type') or '?'} -> {target}"))
    return notes


def runs(text: str, notes: list[Note]) -> list[Run]:
    """`text` cut at every note boundary; each run with the notes covering it."""
    cuts = {0, len(text)}
    for note in notes:
        cuts.update((note.start, note.end))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    out = []
    for start, end in zip(points, points[1:], strict=False):
        covering = [n for n in notes if n.start <= start and end <= n.end]
        out.append(Run(text[start:end], start, covering))
    return out


def marked_text(record: dict[str, Any]) -> list[Run]:
    return runs(record.get("text") or "", notes_of(record))


def snippet_html(snippet: str | None, markers: tuple[str, str] = ("**", "**")) -> Markup:
    """A search snippet as HTML: its text escaped, the matches between the markers in <mark>. The
    stored text is never marked safe; built here in one pass rather than by a template loop over
    the parts, which cost a search page 0.2 ms (docs/benchmarks.md)."""
    if not snippet:
        return Markup("")
    out: list[str] = []
    rest, on = snippet, False
    while rest:
        head, found, rest = rest.partition(markers[1] if on else markers[0])
        if head:
            out.append(f"<mark>{escape(head)}</mark>" if on else str(escape(head)))
        if not found:
            break
        on = not on
    return Markup("".join(out))
