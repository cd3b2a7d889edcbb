"""WARC archives: HTML and text responses become documents dated by the crawl, as an upper bound."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.conftest import ARTICLE_HTML, build_warc
from wirewatch.ingest.readers import read_inputs
from wirewatch.records import Document, Rejected


def test_warc_responses_become_documents_with_crawl_date_as_upper_bound(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc([
        ("http://example.test/news/1", "text/html; charset=utf-8", ARTICLE_HTML.encode(), 200),
        ("http://example.test/wire/2", "text/plain", b"SEOUL, March 3 (Yonhap) -- Plain wire text.\n",
         200),
        ("http://example.test/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64), 200),
        ("http://example.test/gone", "text/html", b"<html><body><p>Not found</p></body></html>", 404),
    ]))
    items = list(read_inputs([str(path)]))
    documents = [i for i in items if isinstance(i, Document)]
    assert not [i for i in items if isinstance(i, Rejected)]
    assert [d.id for d in documents] == ["http://example.test/news/1", "http://example.test/wire/2"]
    html, text = documents
    assert "real progress" in html.text and "<p>" not in html.text
    assert html.url == html.source == "http://example.test/news/1"
    assert text.text == "SEOUL, March 3 (Yonhap) -- Plain wire text.\n"
    for document in documents:
        assert document.date == "2021-10-06T01:02:03Z"
        assert document.date_is_upper_bound is True
        assert document.meta["warc"] == str(path)


@pytest.mark.parametrize("gzipped", [True, False])
def test_truncated_warc_keeps_the_records_before_the_break(tmp_path: Path, gzipped: bool) -> None:
    data = build_warc([(f"http://example.test/news/{i}", "text/plain", f"Story number {i}.\n".encode() * 5,
                        200) for i in range(5)], gzip=gzipped)
    path = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    path.write_bytes(data[: len(data) - 120])
    items = list(read_inputs([str(path)]))
    documents = [i for i in items if isinstance(i, Document)]
    rejects = [i for i in items if isinstance(i, Rejected)]
    assert 1 <= len(documents) < 5
    assert len(rejects) == 1 and rejects[0].code == "R004" and "truncated WARC" in rejects[0].reason
    assert all(d.text == f"Story number {d.id[-1]}.\n" * 5 for d in documents)  # no half records
