"""How the CLI shows things: rich tables for people, JSON/CSV for programs. No logic lives here.

Stored text is hostile until shown otherwise: every string that reaches a terminal goes through
`safe()` (control characters, escape sequences and bidi overrides shown as visible escapes) and into
rich as `Text`, never as markup, so `[bold]` in a headline prints as written.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import orjson
from rich.console import Console
from rich.panel import Panel
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from .store.compact import Compacted
from .store.ingest import IngestSummary
from .store.queries import HIGHLIGHT

Column = tuple[str, str, int]  # (row key, header, max width)

# C0 controls but tab and newline, DEL, C1 controls (\x9b is a one-byte CSI), and the Unicode format
# characters that reorder or hide text on screen (bidi embeddings, overrides and isolates)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_OR_NEWLINE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(value: Any, *, newlines: bool = True) -> str:
    """`value` as text a terminal shows literally: escape sequences, other control characters and
    bidi overrides become visible `\\x1b` / `\\u202e` escapes. Newlines and tabs stay when
    `newlines`; a CRLF line end is a newline."""
    text = str(value).replace("\r\n", "\n")
    return (_UNSAFE if newlines else _UNSAFE_OR_NEWLINE).sub(_visible, text)


def safe_json(text: str) -> str:
    """Serialised JSON made safe for a terminal and still valid JSON (orjson already escapes C0)."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def to_terminal(stream: IO[str] | None = None) -> bool:
    """Whether `stream` (default stdout) is a terminal, so data written to it must be made safe."""
    stream = stream or sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class TerminalSafe(io.TextIOBase):
    """A text stream that escapes what it writes (JSON-style when `json`) and passes it on."""

    def __init__(self, out: IO[str], *, json: bool) -> None:
        self.out = out
        self.json = json

    def write(self, text: str) -> int:
        self.out.write(safe_json(text) if self.json else safe(text))
        return len(text)

    def flush(self) -> None:
        self.out.flush()


def stdout_for(fmt: str) -> IO[str]:
    """Standard output for data in `fmt`; escaped when it is a terminal."""
    if not to_terminal():
        return sys.stdout
    return TerminalSafe(sys.stdout, json=fmt in ("json", "jsonl", "plover"))  # type: ignore[return-value]


def echo_data(text: str, fmt: str = "json") -> None:
    """Print serialised data (JSON, CSV) on stdout, escaped when stdout is a terminal."""
    out = stdout_for(fmt)
    out.write(text)
    out.flush()


class _NoteHandler(logging.Handler):
    """Store warnings (a lock being waited for) as notes on the stderr of the moment."""

    def emit(self, record: logging.LogRecord) -> None:
        note(record.getMessage())


def show_store_warnings() -> None:
    """Let the store's warnings reach the user (the package logs to a NullHandler by default)."""
    logger = logging.getLogger("wirewatch.store")
    if not any(isinstance(h, _NoteHandler) for h in logger.handlers):
        logger.addHandler(_NoteHandler(logging.WARNING))


def note(message: str) -> None:
    """A one-line remark on stderr (what a query ignored, what an export left out)."""
    console(stderr=True).print(Text(safe(message, newlines=False), style="yellow"))


def console(stderr: bool = False) -> Console:
    """A console; when output goes to a file or pipe, wide enough that tables stay readable."""
    out = Console(stderr=stderr, soft_wrap=False)
    if not out.is_terminal and "COLUMNS" not in os.environ:
        out = Console(stderr=stderr, soft_wrap=False, width=150)
    return out


@contextmanager
def ingest_progress(quiet: bool) -> Iterator[Any]:
    """A live counter on stderr; yields the callback `Store.ingest(progress=...)` calls."""
    err = console(stderr=True)
    if quiet or not err.is_terminal:
        yield None
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("reading")

        def update(summary: IngestSummary) -> None:
            bar.update(task, description=(
                f"read {summary.read}  stored {summary.stored}  duplicates {summary.duplicates}  "
                f"rejected {summary.total_rejected}"
                + (f"  furniture re-stripped {summary.restripped}" if summary.restripped else "")))
        yield update


def print_summary(summary: IngestSummary, db: str, *, into: str = "into") -> None:
    """`into`: how the target is named ("into" a store; "Parquet shards in" a folder)."""
    out = console()
    out.print(Text(f"ingest {into} {safe(db, newlines=False)} ({summary.seconds:.1f}s)", style="bold"))
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in (("read", summary.read), ("stored", summary.stored),
                         ("upgraded", summary.upgraded), ("duplicates", summary.duplicates),
                         ("rejected", summary.total_rejected)):
        table.add_row(label, str(value))
    for reason, n in summary.by_reason().items():
        table.add_row(Text(f"  {safe(reason, newlines=False)}"), str(n))
    if summary.restripped:  # older articles whose furniture changed with what this run found
        table.add_row("furniture re-stripped", str(summary.restripped))
    if summary.compacted and summary.compacted.method:
        table.add_row("index compacted", compacted_text(summary.compacted))
    out.print(table)
    if summary.compact_error:
        out.print(Text(f"  index not compacted: {safe(summary.compact_error, newlines=False)}",
                       style="yellow"))
    for source, reason in summary.examples[:10]:
        out.print(Text(f"  rejected {safe(source, newlines=False)}: {safe(reason, newlines=False)}",
                       style="yellow"))
    if summary.total_rejected > len(summary.examples[:10]) and into == "into":
        out.print(Text(f"  (all rejects: wirewatch rejects --db {safe(db, newlines=False)})"))


def compacted_text(done: Compacted) -> str:
    return (f"{done.segments_before} -> {done.segments_after} segments ({done.method}, "
            f"{done.seconds:.1f}s)")


def print_compacted(done: Compacted | None, db: str) -> None:
    out = console()
    if done is None:
        out.print(f"{safe(db, newlines=False)}: PostgreSQL's index needs no compaction")
    elif not done.method:
        out.print(f"{safe(db, newlines=False)}: the full-text index is already one segment")
    else:
        out.print(f"{safe(db, newlines=False)}: full-text index {compacted_text(done)}")


def _cell(value: Any, width: int) -> Text:
    if value is None:
        return Text("")
    if isinstance(value, float):
        value = f"{value:g}"
    text = safe(" ".join(str(value).split()), newlines=False)
    if len(text) > width * 3:
        text = text[: width * 3 - 1] + "…"
    rich_text = Text()
    parts = text.split(HIGHLIGHT[0])
    for i, part in enumerate(parts):  # **highlighted** snippet words in bold
        rich_text.append(part, style="bold yellow" if i % 2 else "")
    return rich_text


def emit(rows: list[dict[str, Any]], fmt: str, *, columns: list[Column], title: str = "") -> None:
    """Rows as a rich table, a JSON array or CSV on stdout."""
    if fmt == "json":
        echo_data(orjson.dumps(list(rows), option=orjson.OPT_INDENT_2, default=str).decode() + "\n")
        return
    if fmt == "csv":
        out = stdout_for("csv")
        write_csv(rows, out)
        out.flush()
        return
    table = Table(title=Text(safe(title, newlines=False)), show_lines=False)
    for _key, header, width in columns:
        table.add_column(header, max_width=width, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(key), width) for key, _, width in columns))
    console().print(table)


def write_csv(rows: list[dict[str, Any]], out: Any) -> None:
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: orjson.dumps(v).decode() if isinstance(v, list | dict) else v
                         for k, v in row.items()})


def print_article(record: dict[str, Any]) -> None:
    out = console()
    head = Text(safe(record.get("headline") or "(no headline)", newlines=False), style="bold")
    facts = Table(show_header=False, box=None)
    facts.add_column(style="dim")
    facts.add_column()
    dateline = record.get("dateline") or {}
    for label, value in (("id", record["id"]), ("uid", record.get("uid")), ("source", record.get("source")),
                         ("agency", record.get("agency")), ("published", record.get("published")),
                         ("evidence", "; ".join(record.get("published_evidence") or [])),
                         ("byline", ", ".join(record.get("byline") or [])),
                         ("dateline", dateline.get("text")), ("url", record.get("url")),
                         ("level", record.get("level")),
                         ("furniture", f"{record.get('furniture_stripped', 0)} paragraphs stripped "
                                       "from search")):
        if value:
            facts.add_row(label, Text(safe(value, newlines=False)))
    out.print(Panel(facts, title=head, title_align="left"))
    if record.get("quotes"):
        emit(record["quotes"], "table", columns=[("type", "type", 8), ("speaker", "speaker", 20),
                                                 ("cue", "cue", 10), ("content", "quote", 80)],
             title="quotes")
    if record.get("events"):
        print_events(record["events"])
    out.print(Panel(Text(safe(record.get("body") or "")), title="body", title_align="left"))


def print_stats(result: dict[str, Any]) -> None:
    out = console()
    name = safe(result["database"], newlines=False)
    table = Table(title=Text(f"{name} (schema v{result['schema_version']}, "
                             f"{result['size_bytes'] / 1e6:.1f} MB)"), show_header=False)
    table.add_column(style="bold")
    table.add_column()
    published = result["published"]
    rows = [
        ("articles", result["articles"]),
        ("by level", _inline(result["by_level"])),
        ("by agency", _inline(result["by_agency"])),
        ("published", f"{published['first']} .. {published['last']} ({published['unknown']} unknown)"),
        ("entities", f"{result['entities']} ({result['coded_actors']} actor codes)"),
        ("quotes", result["quotes"]), ("timexes", result["timexes"]), ("events", result["events"]),
        ("rejects", _inline(result["rejects"]) or "0"),
        ("furniture", f"{result['furniture_paragraphs']} paragraphs, stripped from "
                      f"{result['articles_with_furniture']} articles"),
    ]
    run = result.get("last_run")
    if run:
        rows.append(("last run", f"{run['started']}: read {run['read']}, stored {run['stored']}, "
                                 f"duplicates {run['duplicates']}, rejected {run['rejected']}"
                                 + ("" if run["finished"] else " (did not finish)")))
    for label, value in rows:
        table.add_row(label, Text(safe(value, newlines=False)))
    out.print(table)


def _inline(counts: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def _actor(value: dict[str, Any] | None) -> str:
    if not value:
        return ""
    return f"{value.get('text') or ''} [{value.get('code') or '?'}]"


def print_events(rows: list[dict[str, Any]]) -> None:
    flat = []
    for ev in rows:
        flags = [f for f in ("negated", "hypothetical") if ev.get(f)]
        flat.append({"date": ev.get("date") or ev.get("published"), "source": _actor(ev.get("source")),
                     "type": ev.get("type"), "target": _actor(ev.get("target")), "cameo": ev.get("cameo"),
                     "flags": ",".join(flags), "text": ev.get("text"), "article": ev.get("article_id")})
    emit(flat, "table", columns=[("date", "date", 10), ("source", "source", 24), ("type", "type", 12),
                                 ("target", "target", 24), ("cameo", "cameo", 5), ("flags", "flags", 8),
                                 ("text", "evidence", 60)], title=f"{len(rows)} events")


def write_event_rows(rows: list[dict[str, Any]], fmt: str, output: str | os.PathLike[str] | None) -> int:
    """Hand event rows to the events package's writer (gdelt, plover, parquet, csv, jsonl); `output`
    is a path (the CLI gives a temporary one it renames) or None for stdout."""
    from .errors import StoreError
    from .events.export import gdelt_undated, write_events

    if fmt == "parquet" and output is None:
        raise StoreError("parquet is binary: give a file with --output", code="S014")
    if fmt == "gdelt":
        undated = gdelt_undated(rows)
        if undated:
            note(f"left out {undated} event(s) with no known day (neither the event's nor the "
                 "article's date): a GDELT row needs a full date")
    out = stdout_for(fmt) if output is None else output
    written = write_events(list(rows), fmt, out)
    if output is None:
        sys.stdout.flush()
    return written
