"""Read any pile of inputs into Documents: files, directories (recursive), `.gz`, and `-` for stdin.

Each input yields `Document`s and `Rejected`s; a broken input never stops the others.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import BrokenContainer, TooLarge
from ..records import Document, Rejected
from .base import ReadOptions, reject
from .jsonl import read_json, read_jsonl
from .text import decode_bytes

SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".warc", ".arc")


def _kind(name: str) -> str:
    name = name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix, kind in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"),
                         (".html", "html"), (".htm", "html"), (".warc", "warc"), (".arc", "warc")):
        if name.endswith(suffix):
            return kind
    return "text"


def iter_paths(inputs: Iterable[str]) -> Iterator[str]:
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield str(child)
        else:
            yield item


def read_bytes(source: str, options: ReadOptions) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(source)
        size = path.stat().st_size
        if size > options.max_bytes:
            raise TooLarge(f"{source}: {size} bytes is over the limit of {options.max_bytes}; "
                           "raise it with --max-bytes")
        data = path.read_bytes()
    if source.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise BrokenContainer(f"{source}: broken gzip ({exc})") from exc
        if len(data) > options.max_bytes:
            raise TooLarge(f"{source}: decompresses to more than {options.max_bytes} bytes")
    return data


def read_source(source: str, options: ReadOptions) -> Iterator[Document | Rejected]:
    kind = _kind(source)
    try:
        data = read_bytes(source, options)
        if kind == "warc":
            from .warc import read_warc

            yield from read_warc(data, source, options)
            return
        text = decode_bytes(data, source)
    except Exception as exc:
        yield reject(source, exc)
        return
    if kind == "jsonl":
        yield from read_jsonl(text, source, options)
    elif kind == "json":
        yield from read_json(text, source, options)
    elif kind == "html":
        try:
            from .html import document_from_html

            yield document_from_html(text, source)
        except Exception as exc:
            yield reject(source, exc)
    else:
        yield Document(id=source, text=text, source=source)  # SCHEMA: a file's id is its path


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[Document | Rejected]:
    """Every document in every input, in order; unreadable ones as `Rejected`."""
    options = options or ReadOptions()
    for source in iter_paths(inputs):
        yield from read_source(source, options)
