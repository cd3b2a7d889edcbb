"""Read any pile of inputs into Documents: files, directories (recursive), gzip, and `-` for stdin.

    .txt (and anything unrecognised)  one document per file; id = the path (SCHEMA.md)
    .jsonl / .ndjson                  one document per line, streamed (memory stays flat)
    .json                             an object, a list of objects, or {"articles": [...]}
    .html / .htm                      ingest/html.py (main text of the page)
    .warc / .arc                      ingest/warc.py (HTML and text responses)
    any of these + .gz                decompressed on the fly; gzip is also recognised by its magic
                                      bytes, so `-` and misnamed files work too

Each input yields `Document`s and `Rejected`s; a broken input never stops the others. `--max-bytes`
limits one document: a whole file for the one-document formats, one line for JSON Lines.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..errors import BrokenContainer, EmptyInput, ReadError, TooLarge
from ..records import Document, Rejected
from .base import ReadOptions, reject
from .html import html_document
from .jsonl import iter_jsonl_lines, read_json
from .text import decode_bytes, repair_text

GZIP_MAGIC = b"\x1f\x8b"
_KINDS = ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"), (".html", "html"),
          (".htm", "html"), (".xhtml", "html"), (".warc", "warc"), (".arc", "warc"))
MISSING = "R005"  # the input could not be opened at all


def kind_of(name: str) -> str:
    """The reader for a file name: jsonl, json, html, warc or text."""
    name = name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix, kind in _KINDS:
        if name.endswith(suffix):
            return kind
    return "text"


def iter_paths(inputs: Iterable[str]) -> Iterator[str]:
    """Inputs with directories expanded (recursively, sorted, hidden files skipped)."""
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in
                                                child.relative_to(path).parts):
                    yield str(child)
        else:
            yield item


def _open_raw(source: str) -> IO[bytes]:
    if source == "-":
        return sys.stdin.buffer
    try:
        return open(source, "rb")
    except FileNotFoundError as exc:
        raise ReadError(f"{source}: no such file or directory", code=MISSING) from exc
    except PermissionError as exc:
        raise ReadError(f"{source}: permission denied", code=MISSING) from exc


def _peek(stream: IO[bytes]) -> tuple[bytes, IO[bytes]]:
    """The first two bytes and a stream that still starts at them."""
    buffered: io.BufferedReader = (stream if isinstance(stream, io.BufferedReader)
                                   else io.BufferedReader(stream))  # type: ignore[arg-type,type-var]
    return buffered.peek(2)[:2], buffered


def open_input(source: str, *, gunzip: bool = True) -> IO[bytes]:
    """A binary stream of the input, gunzipped when it is gzip (by magic bytes) and `gunzip`."""
    head, stream = _peek(_open_raw(source))
    if not head:
        raise EmptyInput(f"{source}: the file is empty (0 bytes)")
    if gunzip and head == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


def read_limited(stream: IO[bytes], source: str, limit: int) -> bytes:
    """All bytes of a stream, refusing more than `limit` and naming a broken gzip for what it is."""
    try:
        data = stream.read(limit + 1)
    except (EOFError, OSError, zlib.error) as exc:
        raise BrokenContainer(f"{source}: broken or truncated gzip ({exc})") from exc
    if len(data) > limit:
        raise TooLarge(f"{source}: more than {limit} bytes, over the limit; raise it with --max-bytes")
    return data


def _jsonl_lines(stream: IO[bytes], source: str) -> Iterator[bytes]:
    try:
        yield from stream
    except (EOFError, OSError, zlib.error) as exc:
        raise BrokenContainer(f"{source}: broken or truncated gzip after the last complete line "
                              f"({exc})") from exc


def read_source(source: str, options: ReadOptions) -> Iterator[Document | Rejected]:
    """Every document in one input (file path or `-`)."""
    kind = kind_of(source)
    try:
        # warcio reads gzipped WARCs record by record, so a cut-off archive keeps its good records
        stream = open_input(source, gunzip=kind != "warc")
    except Exception as exc:
        yield reject(source, exc)
        return
    with stream:
        if kind == "jsonl":
            try:
                yield from iter_jsonl_lines(_jsonl_lines(stream, source), source, options)
            except Exception as exc:  # the container broke mid-way: lines so far are kept
                yield reject(source, exc)
            return
        try:
            data = read_limited(stream, source, options.max_bytes)
            if not data.strip():
                raise EmptyInput(f"{source}: the file is empty")
            if kind == "warc":
                from .warc import read_warc

                yield from read_warc(data, source, options)
                return
            text = decode_bytes(data, source)
        except Exception as exc:
            yield reject(source, exc)
            return
    if kind == "json":
        yield from read_json(text, source, options)
        return
    try:
        if kind == "html":
            yield html_document(text, source)
        else:
            yield Document(id=source, text=repair_text(text), source=source)  # SCHEMA: id = path
    except Exception as exc:
        yield reject(source, exc)


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[Document | Rejected]:
    """Every document in every input, in order; unreadable ones as `Rejected`."""
    options = options or ReadOptions()
    for source in iter_paths(inputs):
        yield from read_source(source, options)
