"""Read any pile of inputs into Documents: files, directories (recursive), gzip, and `-` for stdin.

    .txt (and anything unrecognised)  one document per file; id = the path (SCHEMA.md)
    .jsonl / .ndjson                  one document per line, streamed (memory stays flat)
    .json                             an object, a list of objects, or {"articles": [...]}
    .html / .htm                      ingest/html.py (main text of the page)
    .warc / .arc                      ingest/warc.py (HTML and text responses)
    any of these + .gz                decompressed on the fly; gzip is also recognised by its magic
                                      bytes, so `-` and misnamed files work too

Each input yields `Document`s and `Rejected`s; a broken input never stops the others. `--max-bytes`
limits one document: a whole file for the one-document formats, one line for JSON Lines, one record
for WARC. Limits are enforced while reading (a line is read at most `max_bytes + 1` bytes at a time,
gzip inflates into bounded reads), so memory stays flat on a decompression bomb.

Only regular files are read: FIFOs, devices and sockets are rejected without blocking on them. In a
directory, symbolic links to files inside it are read, links that lead out of it are rejected
(never opened), and links to directories are not descended (no loops, nothing read twice).
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Collection, Iterable, Iterator
from typing import IO

from ..errors import BrokenContainer, EmptyInput, ReadError, TooLarge
from ..records import Document, Rejected
from .base import ReadOptions, reject
from .gunzip import GZIP_MAGIC, GunzipReader, gunzip
from .html import html_document
from .jsonl import iter_jsonl_lines, read_json
from .text import decode_text, repair_text

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


def iter_paths(inputs: Iterable[str], skip: Collection[str] = ()) -> Iterator[str | Rejected]:
    """Inputs with directories expanded (recursively, sorted, hidden files skipped).

    A symbolic link below a directory input that resolves outside that directory comes back as a
    `Rejected` (it is never opened); links to directories are not followed; a folder that cannot be
    listed is a `Rejected`. Files in a folder whose real path is in `skip` (the database being
    written, its -wal and -shm) are left out.
    """
    for item in inputs:
        if item != "-" and os.path.isdir(item):
            yield from _walk(item, skip)
        else:
            yield item


def _walk(top: str, skip: Collection[str]) -> Iterator[str | Rejected]:
    root = os.path.realpath(top)
    unlistable: list[OSError] = []
    for folder, dirs, files in os.walk(top, onerror=unlistable.append, followlinks=False):
        while unlistable:
            error = unlistable.pop()
            where = error.filename or folder
            yield reject(str(where), ReadError(f"{where}: cannot list the folder ({error.strerror})",
                                               code=MISSING))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            if skip and os.path.realpath(path) in skip:
                continue
            if os.path.islink(path):
                target = os.path.realpath(path)
                if os.path.commonpath([root, target]) != root:
                    yield reject(path, ReadError(f"{path}: a symbolic link that leads out of the input "
                                                 f"folder {top}; not followed", code=MISSING))
                    continue
            yield path
    for error in unlistable:  # the walk's last folder
        where = error.filename or top
        yield reject(str(where), ReadError(f"{where}: cannot list the folder ({error.strerror})",
                                           code=MISSING))


def _open_raw(source: str) -> IO[bytes]:
    """The file opened for reading, refused unless it is a regular file (or `-`)."""
    if source == "-":
        return sys.stdin.buffer
    try:
        # stat first: opening a device or FIFO can have effects of its own (a tape rewinds, a writer
        # waiting on the FIFO is released), so those are refused without being opened at all
        _refuse_special(source, os.stat(source).st_mode)
        # O_NONBLOCK: should the path have become a FIFO since, opening it must not wait for a writer
        fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError as exc:
        raise ReadError(f"{source}: no such file or directory", code=MISSING) from exc
    except PermissionError as exc:
        raise ReadError(f"{source}: permission denied", code=MISSING) from exc
    except OSError as exc:
        raise ReadError(f"{source}: cannot open ({exc.strerror})", code=MISSING) from exc
    try:
        _refuse_special(source, os.fstat(fd).st_mode)
    except ReadError:
        os.close(fd)
        raise
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _refuse_special(source: str, mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise ReadError(f"{source}: not a regular file ({_file_kind(mode)}); only files are read",
                        code=MISSING)


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "not a file"


def _peek(stream: IO[bytes]) -> tuple[bytes, IO[bytes]]:
    """The first two bytes and a stream that still starts at them."""
    buffered: io.BufferedReader = (stream if isinstance(stream, io.BufferedReader)
                                   else io.BufferedReader(stream))  # type: ignore[arg-type,type-var]
    return buffered.peek(2)[:2], buffered


def open_input(source: str, *, gunzip_data: bool = True) -> IO[bytes]:
    """A binary stream of the input, gunzipped when it is gzip (by magic bytes) and `gunzip_data`."""
    head, stream = _peek(_open_raw(source))
    if not head:
        stream.close()
        raise EmptyInput(f"{source}: the file is empty (0 bytes)")
    if gunzip_data and head == GZIP_MAGIC:
        return gunzip(stream, source)
    return stream


def gzip_damage(stream: IO[bytes]) -> str | None:
    """What a gunzipped stream had to drop (trailing garbage), if anything."""
    raw = getattr(stream, "raw", None)
    return raw.damage if isinstance(raw, GunzipReader) else None


def read_limited(stream: IO[bytes], source: str, limit: int) -> bytes:
    """All bytes of a stream, refusing more than `limit` (read at most `limit + 1`)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{source}: more than {limit} bytes, over the limit; raise it with --max-bytes")
    return data


def bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes | int]:
    """The lines of a stream; a line over `limit` bytes comes as its length (an int), never whole."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line
            continue
        length = len(line)
        while not line.endswith(b"\n"):  # skip the rest of the long line in bounded reads
            line = stream.readline(1 << 20)
            if not line:
                break
            length += len(line)
        yield length


def read_source(source: str, options: ReadOptions) -> Iterator[Document | Rejected]:
    """Every document in one input (file path or `-`)."""
    kind = kind_of(source)
    try:
        # warcio reads gzipped WARCs record by record, so a cut-off archive keeps its good records
        stream = open_input(source, gunzip_data=kind != "warc")
    except Exception as exc:
        yield reject(source, exc)
        return
    with stream:
        if kind == "jsonl":
            yield from _read_jsonl_stream(stream, source, options)
            return
        if kind == "warc":
            from .warc import read_warc

            yield from read_warc(stream, source, options)
            return
        try:
            data = read_limited(stream, source, options.max_bytes)
            if not data.strip():
                raise EmptyInput(f"{source}: the file is empty")
            text, decoding = decode_text(data, source)
        except Exception as exc:
            yield reject(source, exc)
            return
        damage = gzip_damage(stream)
    if kind == "json":
        yield from read_json(text, source, options)
        return
    try:
        if kind == "html":
            document = html_document(text, source)
        else:
            # (a text too long to analyse is not worth a mojibake pass over it)
            fixed = repair_text(text) if len(text) <= options.max_chars else text
            document = Document(id=source, text=fixed, source=source)  # SCHEMA: id = path
            if decoding and document.text != text:  # ftfy moved things: point at the final text
                decoding["replaced_at"] = [i for i, ch in enumerate(document.text) if ch == "\ufffd"]
        if decoding:
            document.meta["decoding"] = decoding
        if damage:
            document.meta["damage"] = damage
        yield document
    except Exception as exc:
        yield reject(source, exc)


def _read_jsonl_stream(stream: IO[bytes], source: str, options: ReadOptions) -> Iterator[Document | Rejected]:
    try:
        yield from iter_jsonl_lines(bounded_lines(stream, options.max_bytes), source, options)
    except Exception as exc:  # the container broke mid-way: lines so far are kept
        yield reject(source, exc)
        return
    damage = gzip_damage(stream)
    if damage:  # the lines before the garbage are stored; the garbage is on record
        yield reject(source, BrokenContainer(f"{source}: {damage}"))


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None,
                skip: Collection[str] = ()) -> Iterator[Document | Rejected]:
    """Every document in every input, in order; unreadable ones as `Rejected` (`skip`: see iter_paths)."""
    options = options or ReadOptions()
    for source in iter_paths(inputs, skip):
        if isinstance(source, Rejected):
            yield _printable(source)
        elif source != printable_path(source):  # a file name that is not UTF-8
            yield from (_printable(item) for item in read_source(source, options))
        else:
            yield from read_source(source, options)


def printable_path(path: str) -> str:
    """A path as text any database can hold: bytes of a non-UTF-8 file name shown as \\xNN."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _printable(item: Document | Rejected) -> Document | Rejected:
    item.source = printable_path(item.source)
    if item.id is not None:
        item.id = printable_path(item.id)
    if isinstance(item, Rejected):
        item.reason = printable_path(item.reason)
    return item
