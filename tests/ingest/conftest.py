"""Builders for the ingest tests: WARC archives and a corpus of bad inputs, all made in tmp_path."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from wirecopy import story

ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Ministers meet on port deal | Example News</title>
<meta name="description" content="Ministers met."></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet on port deal</h1>
<p>SEOUL, March 3 (Yonhap) -- South Korean and Japanese ministers met on Tuesday to discuss a port deal
that has been under negotiation for two years, officials in both capitals said.</p>
<p>"We made real progress today," the South Korean minister told reporters after the meeting, adding
that a draft could be ready within weeks.</p>
<p>The two sides will meet again in Tokyo next month to settle the remaining questions on tariffs and
shipping schedules, the ministry said in a statement.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def build_warc(records: list[tuple[str, str, bytes, int]], *, date: str = "2021-10-06T01:02:03Z",
               gzip: bool = True) -> bytes:
    """A WARC of (uri, content type, payload, HTTP status) responses, plus one request."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warc_record("http://example.test/", "request",
                                                  payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    for uri, content_type, payload, status in records:
        reason = "OK" if status == 200 else "Not Found"
        headers = StatusAndHeaders(f"{status} {reason}", [("Content-Type", content_type)],
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers,
                                           warc_headers_dict={"WARC-Date": date})
        writer.write_record(record)
    return buffer.getvalue()


@pytest.fixture
def bad_corpus(tmp_path: Path) -> dict[str, Path]:
    """One good file of each kind next to every kind of bad input; name -> path."""
    root = tmp_path / "corpus"
    root.mkdir()
    files: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        files[name] = root / name
        files[name].write_bytes(data)

    put("good.txt", story(1).encode())
    put("good.txt.gz", gzip.compress(story(2).encode()))
    put("binary.dat", bytes(range(256)) * 16)
    put("empty.txt", b"")
    put("blank.txt", b"  \n\n \t\n")
    put("zero.txt.gz", b"")
    put("truncated.txt.gz", gzip.compress(story(3).encode() * 20)[:150])
    accented = ("J\u00fcrgen M\u00fcller met Fran\u00e7ois and Jos\u00e9 Mart\u00ed "
                "in Malm\u00f6 and K\u00f6ln.\n")
    put("invalid-utf8.txt", (story(4) + accented)
        .encode() + b"\xff\xfe\xfa end\n")  # a few bad bytes: repaired by rule, stored
    put("damaged-utf8.txt", b"\xff".join(accented.encode() for _ in range(30)))  # damaged throughout
    put("huge.txt", story(5).encode() * 400)  # over the --max-bytes the tests pass
    put("lines.jsonl", b'{"id": "j1", "text": "' + story(6).replace("\n", "\\n").replace('"', '\\"').encode()
        + b'"}\n{"id": "j2", "text": \n{"id": "j3"}\n')
    put("nobody.html", b"<html><head><title>Nothing here</title></head><body><nav>Home</nav></body></html>")
    put("deep.html", b"<html><body>" + b"<div>" * 1500 + b"<p>deep</p>" + b"</div>" * 1500
        + b"</body></html>")
    warc = build_warc([("http://example.test/news/1", "text/html; charset=utf-8", ARTICLE_HTML.encode(), 200),
                       ("http://example.test/news/2", "text/html", ARTICLE_HTML.replace("port", "rail")
                        .encode(), 200)])
    put("truncated.warc.gz", warc[: len(warc) - 200])
    return files
