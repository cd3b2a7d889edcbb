"""WARC (and ARC) archives: each successful HTML or text response becomes one Document.

* HTML goes through `ingest/html.py` like a loose `.html` file; text/plain is taken as it is.
* The record URI is the document's `id`, `source` and `url`: the same page with the same text in
  two crawls has the same uid, so re-crawls deduplicate in the store.
* `WARC-Date` is when the page was *fetched*, so it is only an upper bound on publication: it goes
  to `Document.date` with `date_is_upper_bound=True`, unless the page itself stated a date.
* Requests, metadata, redirects, errors and non-text payloads are not documents and are skipped.
* A truncated archive keeps every record read before the break and adds one reject for the rest.
* The archive is streamed record by record (never read whole), and `--max-bytes` limits each
  record's payload, not the file: a 50 GB crawl of small pages is fine, one 60 MB page is not.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import IO, Any

from ..errors import BrokenContainer, TooLarge
from ..records import Document, Rejected
from .base import ReadOptions, reject
from .html import html_document
from .text import decode_bytes, repair_text

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)
_DOCUMENT_RECORDS = ("response", "resource", "conversion")


def read_warc(stream: IO[bytes], source: str, options: ReadOptions) -> Iterator[Document | Rejected]:
    """Documents from a `.warc` / `.warc.gz` / `.arc` stream (raw bytes, gzip or not) read from `source`."""
    from warcio.archiveiterator import ArchiveIterator

    seen = 0
    last_offset = 0
    gzipped = stream.peek(2)[:2] == b"\x1f\x8b" if hasattr(stream, "peek") else False
    try:
        records = ArchiveIterator(stream, arc2warc=True)
        for record in records:
            seen += 1
            last_offset = records.offset
            if record.rec_type not in _DOCUMENT_RECORDS:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{seen}"
            try:
                document = _document(record, uri, source, options)
            except Exception as exc:
                document = None
                failure: Exception | None = exc
            else:
                failure = None
            missing = _missing_bytes(record)
            if missing:  # the file ends inside this record: whatever was read of it is partial
                failure = BrokenContainer(f"{uri}: truncated WARC record ({missing} bytes missing); "
                                          f"the archive {source} ends inside it")
                document = None
            if failure is not None:
                yield reject(uri, failure)
            elif document is not None:
                yield document
    except Exception as exc:  # warcio raises several types for a cut-off file
        yield reject(source, BrokenContainer(
            f"{source}: broken or truncated WARC after {seen} records ({type(exc).__name__}: {exc})"))
        return
    if gzipped and source != "-" and not _gzip_complete_from(source, last_offset):
        # warcio stops quietly at a cut-off gzip member; say so instead of losing it unseen
        yield reject(source, BrokenContainer(
            f"{source}: truncated WARC: the gzip data ends inside a record after {seen} records"))


def _gzip_complete_from(path: str, offset: int) -> bool:
    """True when the file from `offset` on is whole gzip members (inflated in bounded steps)."""
    with open(path, "rb") as raw:
        raw.seek(offset)
        member: Any = None
        pending = b""
        while True:
            if not pending:
                pending = raw.read(65536)
                if not pending:
                    return member is None or bool(member.eof)
            if member is None or member.eof:
                if not pending.strip(b"\x00"):  # zero padding after the last member
                    pending = b""
                    continue
                member = zlib.decompressobj(31)
            try:
                member.decompress(pending, 65536)
            except zlib.error:
                return False
            pending = member.unused_data if member.eof else member.unconsumed_tail


def _document(record: Any, uri: str, warc_path: str, options: ReadOptions) -> Document | None:
    content_type = _content_type(record)
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
    is_html = "html" in content_type
    if not (is_html or content_type.startswith("text/plain")):
        return None
    payload = record.content_stream().read(options.max_bytes + 1)
    if len(payload) > options.max_bytes:
        raise TooLarge(f"{uri}: payload over {options.max_bytes} bytes; raise it with --max-bytes")
    text = _decode(payload, content_type, uri)
    if is_html:
        document = html_document(text, uri)
    else:
        document = Document(id=uri, text=repair_text(text), source=uri)
    crawl_date = record.rec_headers.get_header("WARC-Date")
    document.id = uri
    document.source = uri
    document.url = uri
    document.meta.update({"warc": warc_path, "crawl_date": crawl_date,
                          "warc_record_id": record.rec_headers.get_header("WARC-Record-ID")})
    if crawl_date and not document.date:
        document.date = crawl_date
        document.date_is_upper_bound = True
    return document


def _missing_bytes(record: Any) -> int:
    """Bytes the record's Content-Length announced that the file does not have (0 when whole)."""
    stream = record.raw_stream
    while stream.read(65536):  # skip what the reader did not need; warcio would read it anyway
        pass
    return int(getattr(stream, "limit", 0) or 0)


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    else:
        value = record.rec_headers.get_header("Content-Type")
    return (value or "").lower()


def _decode(payload: bytes, content_type: str, uri: str) -> str:
    """The charset the server declared when it decodes cleanly, else detection."""
    match = _CHARSET.search(content_type)
    if match:
        try:
            return payload.decode(match.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(payload, uri)
