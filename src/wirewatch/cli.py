"""The `wirewatch` command: a thin shell over the Python API (`wirewatch.Store`, `Analyzer`).

`analyze` prints SCHEMA records without a database (the scorers read it). Every other command
works on a store, `--db PATH` (default ./wirewatch.db). Library errors become click errors with
their code; nothing here knows SQL.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from . import __version__
from .engines import ENGINES
from .errors import WirewatchError
from .ingest.base import DEFAULT_DOC_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, ReadOptions
from .ingest.readers import read_inputs
from .pipeline import LEVELS, check_actor_dictionaries
from .records import Article
from .store import DEFAULT_DB, Store
from .store import validate as check
from .store.outputs import check_output
from .util import dumps_line

F = TypeVar("F", bound=Callable[..., Any])
TABLE_FORMATS = ("table", "json", "csv")


def read_options(f: F) -> F:
    """The options every command that reads inputs shares."""
    options = [
        click.option("--text-field", help="JSON field with the text (default: auto-detect)."),
        click.option("--id-field", help="JSON field with the record id (default: auto-detect)."),
        click.option("--date-field", help="JSON field with the publication date (default: only fields "
                                          "named for publication, e.g. 'published', never 'date')."),
        click.option("--title-field", help="JSON field with the title (never guessed)."),
        click.option("--url-field", help="JSON field with the URL (default: auto-detect)."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Reject a document larger than this (a file, one JSON line, one WARC record)."),
        click.option("--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
                     help="Reject a text longer than this before analysis (longer than 50,000 "
                          "characters is analysed in paragraph windows)."),
        click.option("--doc-timeout", type=click.FloatRange(min=0), default=DEFAULT_DOC_TIMEOUT,
                     show_default=True, help="Seconds one document may take per analysis step before "
                                             "it is rejected (0: no limit)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def make_read_options(kwargs: dict[str, Any]) -> ReadOptions:
    return ReadOptions(text_field=kwargs.pop("text_field"), id_field=kwargs.pop("id_field"),
                       date_field=kwargs.pop("date_field"), title_field=kwargs.pop("title_field"),
                       url_field=kwargs.pop("url_field"), max_bytes=kwargs.pop("max_bytes"),
                       max_chars=kwargs.pop("max_chars"), doc_timeout=kwargs.pop("doc_timeout") or None)


def existing_inputs(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """A missing input is a mistake in the command, not a bad document: fail before reading anything."""
    missing = [item for item in value if item != "-" and not os.path.lexists(item)]
    if missing:
        raise click.BadParameter(f"no such file or directory: {', '.join(missing)}", ctx=ctx, param=param)
    return value


def inputs_argument(f: F) -> F:
    return click.argument("inputs", nargs=-1, required=True, callback=existing_inputs)(f)


def check_dictionaries_first(dictionaries: tuple[str, ...]) -> None:
    """A bad actor dictionary fails the command before any document is read (exit 1)."""
    if dictionaries:
        check_actor_dictionaries(dictionaries)


def actor_dictionary_option(f: F) -> F:
    return click.option("--actor-dictionary", "actor_dictionaries", multiple=True,
                        type=click.Path(exists=True, dir_okay=False),
                        help="CSV of your own actors (name,code,aliases,start,end), on top of the "
                             "built-in tables; repeatable. See docs/actors.md.")(f)


class WorkersType(click.ParamType):
    """`auto` (every CPU this process may use) or a positive number of processes."""

    name = "auto|N"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        text = str(value).strip().lower()
        if text == "auto":
            from .parallel import default_workers

            return default_workers()
        if text.isdigit() and int(text) >= 1:
            return int(text)
        self.fail(f"{value!r} is not 'auto' or a whole number of processes >= 1", param, ctx)


def workers_option(f: F) -> F:
    return click.option("--workers", type=WorkersType(), default="auto", show_default=True,
                        help="Analysis processes (one spaCy model each); auto = the CPUs this process "
                             "may use. Output is the same for any number.")(f)


def db_option(f: F) -> F:
    return click.option("--db", "db", default=DEFAULT_DB, show_default=True, envvar="WIREWATCH_DB",
                        show_envvar=True, type=click.Path(dir_okay=False),
                        help="The wirewatch database: an SQLite file or a postgresql:// URL.")(f)


def format_option(choices: tuple[str, ...] = TABLE_FORMATS, default: str = "table") -> Callable[[F], F]:
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


def per_option(f: F) -> F:
    return click.option("--per", type=click.Choice(["story", "article"]), default="story", show_default=True,
                        help="Count a statement or an act once per story thread, or once per copy "
                             "(every version and re-run).")(f)


def library_errors(f: F) -> F:
    """Turn wirewatch errors into a one-line click error (exit 1) instead of a traceback."""
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except WirewatchError as exc:
            from .cli_render import safe

            raise click.ClickException(safe(str(exc), newlines=False)) from exc
    return wrapper  # type: ignore[return-value]


def limit_option(default: int | None, what: str = "rows") -> Callable[[F], F]:
    return click.option("--limit", type=click.IntRange(min=0), default=default,
                        show_default=default is not None,
                        help=f"At most this many {what}; 0 = no limit.")


def _checked(convert: Callable[[str], Any]) -> Callable[[click.Context, click.Parameter, str | None], Any]:
    """A click callback: the library's own check, its message shown as a usage error."""
    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
        if value is None:
            return None
        try:
            return convert(value)
        except WirewatchError as exc:
            from .cli_render import safe

            raise click.BadParameter(safe(str(exc), newlines=False)) from None
    return callback


def _dyad(value: str) -> str:
    return ":".join(check.dyad(value))


def _since(value: str) -> str:
    check.first_day(value)
    return value.strip()


def _until(value: str) -> str:
    check.last_day(value)
    return value.strip()


def output_option(f: F) -> F:
    return click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
                        help="File to write (default: stdout; parquet needs a file). Written to a "
                             "temporary file and renamed; the database itself is refused.")(f)


@click.group()
@click.version_option(__version__, prog_name="wirewatch")
def cli() -> None:
    """wirewatch: who said and did what to whom, and when, from raw news-wire copy."""
    from .cli_render import show_store_warnings

    show_store_warnings()


@cli.command()
@inputs_argument
@read_options
@click.option("--only", type=click.Choice(LEVELS), default=None,
              help="Stop after this level: structure (no model), nlp (actors, quotes, times), events.")
@click.option("--model", default=None, help="spaCy model package or path.")
@actor_dictionary_option
@workers_option
@click.option("--strict", is_flag=True, help="Exit non-zero if any input is rejected.")
@library_errors
def analyze(inputs: tuple[str, ...], only: str | None, model: str | None,
            actor_dictionaries: tuple[str, ...], workers: int, strict: bool, **kwargs: Any) -> None:
    """Print one analysis record (SCHEMA.md) per document as JSON Lines, without a database.

    Rejected inputs are reported on stderr and do not stop the run.
    """
    options = make_read_options(kwargs)
    if only != "structure":
        check_dictionaries_first(actor_dictionaries)
    from .parallel import analyze_parallel

    out = sys.stdout
    rejected = 0
    results = analyze_parallel(read_inputs(inputs, options), workers=workers, only=only, model=model,
                               actor_dictionaries=actor_dictionaries, max_chars=options.max_chars,
                               doc_timeout=options.doc_timeout)
    for item in results:
        if isinstance(item, Article):
            out.write(dumps_line(item.to_record()))
        else:
            rejected += 1
            click.echo(f"rejected {item.source}: {item.reason}", err=True)
    out.flush()
    if rejected and strict:
        raise SystemExit(1)


@cli.command()
@inputs_argument
@db_option
@read_options
@click.option("--only", type=click.Choice(LEVELS), default=None,
              help="Stop after this level (structure is fast and needs no model).")
@actor_dictionary_option
@workers_option
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Where the analysis runs: this machine's processes, or Ray Data (extra [ray]); with "
                   "ray, --workers is the number of actors, and left out, every CPU of the cluster.")
@click.option("--address", help="With --engine ray: join the Ray cluster at this address "
                                "(e.g. 10.0.0.5:6379 or 'auto') instead of starting a local one.")
@click.option("--output", "output_dir", type=click.Path(file_okay=False),
              help="With --engine ray: write the analyses as Parquet shards into this new or empty "
                   "folder instead of the database.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input is rejected.")
@click.option("--quiet", is_flag=True, help="No progress display.")
@click.option("--no-compact", is_flag=True,
              help="Leave the SQLite full-text index as the run left it instead of merging it back to "
                   "few segments at the end (for scripts of many small runs; see `wirewatch compact`).")
@library_errors
def ingest(inputs: tuple[str, ...], db: str, only: str | None, actor_dictionaries: tuple[str, ...],
           workers: int | None, engine: str, address: str | None, output_dir: str | None, strict: bool,
           quiet: bool, no_compact: bool, **kwargs: Any) -> None:
    """Read, analyse and store INPUTs (files, directories, .gz, .warc, `-` for stdin).

    Re-running is safe: documents already stored are skipped, so an interrupted ingest is completed
    by running it again. Exit status: 0 when anything was stored (or was already there), 1 when
    nothing could be stored, or with --strict when anything was rejected.
    """
    from .cli_render import ingest_progress, print_summary

    options = make_read_options(kwargs)
    if engine == "local" and (address or output_dir):
        raise click.UsageError("--address and --output need --engine ray")
    if only != "structure":
        check_dictionaries_first(actor_dictionaries)
    source = click.get_current_context().get_parameter_source("workers")
    if engine == "ray" and source is ParameterSource.DEFAULT:
        workers = None  # every CPU of the Ray cluster, not of this machine
    if output_dir:
        from .engines.ray_engine import write_parquet

        summary = write_parquet(inputs, output_dir, level=only or "events", options=options, workers=workers,
                                actor_dictionaries=actor_dictionaries, address=address)
        print_summary(summary, output_dir, into="Parquet shards in")
    else:
        with Store(db) as store, ingest_progress(quiet) as progress:
            summary = store.ingest(inputs, only=only, workers=workers, options=options, progress=progress,
                                   actor_dictionaries=actor_dictionaries, engine=engine, address=address,
                                   compact=not no_compact)
        print_summary(summary, db)
    usable = summary.stored + summary.upgraded + summary.duplicates
    if summary.read == 0:
        raise click.ClickException("nothing to read in the given inputs")
    if usable == 0 or (strict and summary.total_rejected):
        sys.exit(1)


def _query_notes(query: str, target: Any) -> None:
    """Tell the user what the query language ignored or read literally (stderr)."""
    from .cli_render import note
    from .store.query import compile_query

    for message in compile_query(query, target).notes:
        note(message)


@cli.command()
@click.argument("query")
@db_option
@limit_option(10, "results")
@click.option("--rank-newest", type=click.IntRange(min=0), default=None, metavar="N",
              help="Rank only the newest N matches of a query matching more (default 1,000, as the "
                   "web pages); 0 = rank every match (seconds for a common word in a million articles).")
@format_option()
@library_errors
def search(query: str, db: str, limit: int, rank_newest: int | None, fmt: str) -> None:
    """Full-text search (bm25 over headline and body) with highlighted snippets.

    Words must all match; "quoted phrases", Kim Jong-un and U.S.-China match as phrases; OR between
    words; -word or NOT word leaves out; prefix*; headline: body: agency: since: until: filter.
    Everything else is searched as literal words (docs/search.md). Put `--` before a query that
    starts with '-'.
    """
    from .cli_render import emit

    with Store(db) as store:
        rows = store.search(query, limit=limit, rank_newest=rank_newest)
    _query_notes(query, "articles")
    emit(rows, fmt, columns=[("score", "score", 6), ("id", "id", 28), ("published", "published", 10),
                             ("agency", "agency", 8), ("headline", "headline", 40),
                             ("snippet", "snippet", 60)], title=f"{len(rows)} results for {query!r}")


@cli.command()
@click.argument("id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@library_errors
def show(id: str, db: str, fmt: str) -> None:
    """Show one stored article (by record id or uid): structure, quotes, events, body."""
    from .cli_render import print_article

    with Store(db) as store:
        record = store.get(id)
        thread = store.story(record["story"]) if record and record.get("story") is not None else None
    if record is None:
        from .cli_render import safe

        raise click.ClickException(safe(f"no article with id or uid {id!r} in {db}", newlines=False))
    if fmt == "json":
        from .cli_render import echo_data

        record.pop("text", None)
        record["thread"] = thread["versions"] if thread else []
        echo_data(dumps_line(record))
    else:
        print_article(record)
        print_thread(thread, current=record["uid"])


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True)
@output_option
@library_errors
def export(db: str, fmt: str, output: str | None) -> None:
    """Export every stored article: SCHEMA records (jsonl) or one flat row each (csv, parquet)."""
    from .cli_render import note, stdout_for

    with Store(db) as store:
        count = store.export(fmt, output if output else stdout_for(fmt))
    if output:
        note(f"wrote {count} articles to {output}")


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@library_errors
def stats(db: str, fmt: str) -> None:
    """What the store holds: articles by level and agency, analyses, rejects, furniture."""
    from .cli_render import print_stats

    with Store(db) as store:
        result = store.stats()
    if fmt == "json":
        from .cli_render import echo_data

        echo_data(dumps_line(result))
    else:
        print_stats(result)


@cli.command()
@db_option
@click.option("--speaker", help="Speaker name (mention or resolved actor), substring match.")
@click.option("--actor", callback=_checked(check.actor_code),
              help="Speaker actor code or prefix, e.g. KORGOV or KOR.")
@click.option("--search", "query", help="Search the quote and its speaker (docs/search.md: words, "
                                        "\"phrases\", OR, -word, prefix*, quote:, speaker:, agency:).")
@limit_option(None, "quotes")
@per_option
@format_option()
@library_errors
def quotes(db: str, speaker: str | None, actor: str | None, query: str | None, limit: int | None,
           per: str, fmt: str) -> None:
    """Who said what: attributed quotes, newest first."""
    from .cli_render import emit

    with Store(db) as store:
        rows = store.quotes(speaker=speaker, actor=actor, search=query, limit=limit, per=per)
    if query is not None:
        _query_notes(query, "quotes")
    emit(rows, fmt, columns=[("published", "published", 10), ("speaker", "speaker", 18),
                             ("speaker_name", "resolved", 20), ("actor_code", "actor", 8),
                             ("type", "type", 8), ("content", "quote", 70)], title=f"{len(rows)} quotes")


@cli.command()
@db_option
@click.option("--country", callback=_checked(check.actor_code),
              help="Country code (ISO-3 as CAMEO uses it), e.g. KOR.")
@limit_option(None, "actors")
@format_option()
@library_errors
def actors(db: str, country: str | None, limit: int | None, fmt: str) -> None:
    """Coded actors with their mentions, articles and quotes."""
    from .cli_render import emit

    with Store(db) as store:
        rows = store.actors(country=country, limit=limit)
    emit(rows, fmt, columns=[("name", "name", 30), ("code", "code", 10), ("country", "country", 7),
                             ("sector", "sector", 6), ("articles", "articles", 8),
                             ("mentions", "mentions", 8), ("quotes", "quotes", 6)],
         title=f"{len(rows)} actors")


EVENT_FORMATS = ("table", "jsonl", "csv", "parquet", "gdelt", "plover")


def event_filters(f: F) -> F:
    options = [
        click.option("--actor", callback=_checked(check.actor_code),
                     help="Source or target actor code or prefix (KOR, USAGOV)."),
        click.option("--dyad", callback=_checked(_dyad),
                     help="SOURCE:TARGET code prefixes, directional, e.g. KOR:PRK."),
        click.option("--type", "event_type", help="PLOVER event type, e.g. REQUEST."),
        click.option("--since", callback=_checked(_since),
                     help="First day, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (from its first day)."),
        click.option("--until", callback=_checked(_until),
                     help="Last day, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (to its last day)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@cli.command()
@db_option
@event_filters
@limit_option(None, "events")
@per_option
@format_option(EVENT_FORMATS)
@output_option
@library_errors
def events(db: str, actor: str | None, dyad: str | None, event_type: str | None, since: str | None,
           until: str | None, limit: int | None, per: str, fmt: str, output: str | None) -> None:
    """Coded events (who did what to whom, when), oldest first, with their evidence."""
    from .cli_render import print_events, write_event_rows

    if fmt == "table" and output:
        raise click.UsageError("--output writes a file format: add --format jsonl, csv, parquet, gdelt "
                               "or plover")
    with Store(db) as store:
        if output:  # refuse a bad path before the query runs
            check_output(output, db)
        rows = store.events(actor=actor, dyad=dyad, type=event_type, since=since, until=until, limit=limit,
                            per=per)
        if fmt == "table":
            print_events(rows)
        elif output:
            with store.write_output(output) as temp:
                write_event_rows(rows, fmt, temp)
        else:
            write_event_rows(rows, fmt, None)


@cli.command()
@db_option
@event_filters
@click.option("--by", type=click.Choice(["week", "month"]), default="month", show_default=True)
@per_option
@format_option()
@library_errors
def trends(db: str, actor: str | None, dyad: str | None, event_type: str | None, since: str | None,
           until: str | None, by: str, per: str, fmt: str) -> None:
    """Events per week or month for a dyad, actor or type (negated and hypothetical left out).

    An act reported by several versions of one story counts once (--per article counts every copy)."""
    from .cli_render import emit

    with Store(db) as store:
        rows = store.trends(dyad=dyad, actor=actor, type=event_type, by=by, since=since, until=until,
                            per=per)
    columns = [(key, key, 14) for key in (rows[0] if rows else {"period": None})]
    emit(rows, fmt, columns=columns, title=f"events by {by}" + (f" for {dyad}" if dyad else ""))


@cli.command()
@db_option
@click.option("--code", help="Only this error code, e.g. R004 (any case).")
@format_option()
@library_errors
def rejects(db: str, code: str | None, fmt: str) -> None:
    """Inputs that could not be stored, with the reason."""
    from .cli_render import emit

    with Store(db) as store:
        rows = store.rejects(code=code)
    emit(rows, fmt, columns=[("code", "code", 5), ("stage", "stage", 8), ("source", "source", 40),
                             ("reason", "reason", 80)], title=f"{len(rows)} rejected inputs")


@cli.command()
@db_option
@limit_option(30, "paragraphs")
@format_option()
@library_errors
def furniture(db: str, limit: int, fmt: str) -> None:
    """Paragraphs recurring across an agency's documents, stripped from search (see docs/store.md)."""
    from .cli_render import emit

    with Store(db) as store:
        rows = store.furniture(limit=limit)
    emit(rows, fmt, columns=[("group", "group", 24), ("docs", "docs", 6), ("group_docs", "of", 6),
                             ("line", "paragraph", 80)], title=f"{len(rows)} furniture paragraphs")


@cli.command()
@click.argument("story", type=int, required=False)
@db_option
@click.option("--agency", help="Only stories with a version from this agency (as stored, e.g. Yonhap).")
@click.option("--since", help="Stories still running on or after this day (YYYY-MM-DD).")
@click.option("--until", help="Stories started on or before this day (YYYY-MM-DD).")
@click.option("--min-versions", "min_articles", type=int, default=1, show_default=True,
              help="Only threads with at least this many articles (2: stories that were updated or re-run).")
@click.option("--limit", type=int, default=30, show_default=True)
@format_option()
@library_errors
def stories(story: int | None, db: str, agency: str | None, since: str | None, until: str | None,
            min_articles: int, limit: int, fmt: str) -> None:
    """Story threads: the versions (URGENT, LEAD, 2nd LD, ...) and re-runs of one story, grouped.

    With a STORY id, list that story's versions and why each joined the thread."""
    from .cli_render import emit

    with Store(db) as store:
        if story is not None:
            found = store.story(story)
            if found is None:
                raise click.ClickException(f"no story {story} in {db}")
            if fmt == "json":
                click.echo(dumps_line(found), nl=False)
            else:
                print_thread(found, current=None)
            return
        rows = store.stories(agency=agency, since=since, until=until, min_articles=min_articles, limit=limit)
    emit(rows, fmt, columns=[("story", "story", 6), ("first_day", "first", 10), ("last_day", "last", 10),
                             ("articles", "versions", 8), ("agencies", "agencies", 8),
                             ("agency", "agency", 8), ("headline", "headline", 70)],
         title=f"{len(rows)} stories")


def print_thread(thread: dict[str, Any] | None, *, current: str | None) -> None:
    """The versions of a story as a table; `current` marks the article being shown."""
    from .cli_render import emit

    if not thread:
        return
    rows = [{**v, "tags": ", ".join(v["tags"]), "this": "*" if v["uid"] == current else "",
             "why": v["reason"] or "first version"} for v in thread["versions"]]
    emit(rows, "table", columns=[("this", "", 1), ("published", "published", 10), ("agency", "agency", 8),
                                 ("tags", "tags", 10), ("headline", "headline", 50), ("id", "id", 24),
                                 ("why", "joined because", 40)],
         title=f"story {thread['story']}: {len(rows)} version(s)")


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind. The default serves this machine only; 0.0.0.0 exposes the store "
                   "to the network (read-only unless --allow-ingest).")
@click.option("--port", type=int, default=8765, show_default=True)
@click.option("--allow-ingest", is_flag=True,
              help="Enable POST /api/ingest, guarded by a bearer token (WIREWATCH_TOKEN, else one is "
                   "generated and printed).")
@click.option("--allowed-host", "allowed_hosts", multiple=True,
              help="Host header to accept (repeatable); default: the bound host, localhost, 127.0.0.1.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Server processes, each with its own read connections and page cache "
                   "[default: one per two CPU cores, at most 8].")
@click.option("--cache-mb", type=click.IntRange(min=0), default=64, show_default=True,
              help="Memory per process for rendered pages, dropped whenever the store changes (0: none).")
@click.option("--renderers", type=click.IntRange(min=0), default=None,
              help="Worker processes per server process computing search, facets and article pages "
                   "(0: the server's threads) [default: as many in all as CPU cores; 0 on one core].")
@library_errors
def serve(db: str, host: str, port: int, allow_ingest: bool, allowed_hosts: tuple[str, ...],
          workers: int | None, cache_mb: int, renderers: int | None) -> None:
    """Serve the web UI and the JSON API (OpenAPI docs at /api/docs) on the store."""
    from .web.server import serve as run_server

    run_server(db, host=host, port=port, allow_ingest=allow_ingest, allowed_hosts=list(allowed_hosts),
               workers=workers, cache_mb=cache_mb, renderers=renderers)


@cli.command()
@db_option
@library_errors
def compact(db: str) -> None:
    """Merge the store's full-text index (SQLite) into one segment: searches look each word up once
    instead of once per segment. Ingest does this at its end unless --no-compact; PostgreSQL needs
    nothing."""
    from .cli_render import print_compacted

    with Store(db) as store:
        done = store.compact_index()
    print_compacted(done, db)


def main() -> None:
    cli()
