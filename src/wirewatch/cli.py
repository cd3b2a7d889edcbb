"""The `wirewatch` command: a thin shell over the Python API."""

from __future__ import annotations

import sys

import click

from . import __version__
from .ingest.base import DEFAULT_MAX_BYTES, ReadOptions
from .ingest.readers import read_inputs
from .pipeline import LEVELS, Analyzer
from .records import Article
from .util import dumps_line


def read_options(f):  # type: ignore[no-untyped-def]
    """The options every command that reads inputs shares."""
    options = [
        click.option("--text-field", help="JSON field with the text (default: auto-detect)."),
        click.option("--id-field", help="JSON field with the record id (default: auto-detect)."),
        click.option("--date-field", help="JSON field with the publication date."),
        click.option("--title-field", help="JSON field with the title."),
        click.option("--url-field", help="JSON field with the URL."),
        click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Reject inputs larger than this."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def make_read_options(kwargs: dict) -> ReadOptions:  # type: ignore[type-arg]
    return ReadOptions(text_field=kwargs.pop("text_field"), id_field=kwargs.pop("id_field"),
                       date_field=kwargs.pop("date_field"), title_field=kwargs.pop("title_field"),
                       url_field=kwargs.pop("url_field"), max_bytes=kwargs.pop("max_bytes"))


@click.group()
@click.version_option(__version__, prog_name="wirewatch")
def cli() -> None:
    """wirewatch: who said and did what to whom, and when, from raw news-wire copy."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@read_options
@click.option("--only", type=click.Choice(LEVELS), default=None,
              help="Stop after this level: structure (no model), nlp (actors, quotes, times), events.")
@click.option("--model", default=None, help="spaCy model package or path.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input is rejected.")
def analyze(inputs: tuple[str, ...], only: str | None, model: str | None, strict: bool,
            **kwargs: object) -> None:
    """Print one analysis record (SCHEMA.md) per document as JSON Lines, without a database.

    Rejected inputs are reported on stderr and do not stop the run.
    """
    options = make_read_options(kwargs)
    analyzer = Analyzer(only=only, model=model)
    out = sys.stdout
    rejected = 0
    for item in analyzer.analyze_many(read_inputs(inputs, options)):
        if isinstance(item, Article):
            out.write(dumps_line(item.to_record()))
        else:
            rejected += 1
            click.echo(f"rejected {item.source}: {item.reason}", err=True)
    out.flush()
    if rejected and strict:
        raise SystemExit(1)


def main() -> None:
    cli()
