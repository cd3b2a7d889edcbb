"""JSON Lines / JSON field choice, above all: never take a gold or crawl date as the publication date."""

from __future__ import annotations

import json
from pathlib import Path

from support import DATA, require_shared
from wirewatch.ingest.base import ReadOptions
from wirewatch.ingest.readers import read_inputs
from wirewatch.records import Document, Rejected


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _documents(path: Path, **options: object) -> list[Document]:
    items = list(read_inputs([str(path)], ReadOptions(**options)))  # type: ignore[arg-type]
    assert all(isinstance(i, Document) for i in items), items
    return items  # type: ignore[return-value]


def test_a_bare_date_field_is_not_taken_as_the_publication_date(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "wire.jsonl", [
        {"id": "r-1", "raw": "WIRE TEXT", "body": "an extract", "title": "GOLD HEADLINE",
         "date": "1987-02-26T15:07:13", "url": "http://example.test/1"}])
    (document,) = _documents(path)
    assert document.text == "WIRE TEXT"  # raw, not the body extract
    assert document.id == "r-1"
    assert document.date is None          # `date` may be the very thing being scored
    assert document.title is None         # `title` too
    assert document.url == "http://example.test/1"


def test_publication_named_fields_are_detected_and_explicit_fields_win(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "wire.jsonl", [
        {"text": "Story one", "published": "2021-10-05T09:00:00+09:00", "date": "1999-01-01",
         "headline": "One"},
        {"text": "Story two", "publication_date": "20211006", "date": "1999-01-01"}])
    first, second = _documents(path)
    assert first.date == "2021-10-05T09:00:00+09:00"
    assert second.date == "2021-10-06"  # compact YYYYMMDD normalised
    assert first.id == f"{path}:1"      # no id field: path:line
    explicit = _documents(path, date_field="date", title_field="headline")
    assert [d.date for d in explicit] == ["1999-01-01", "1999-01-01"]
    assert explicit[0].title == "One"


def test_explicit_date_field_in_prose_is_parsed(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "wire.jsonl", [{"text": "Story", "when": "Oct 5, 2021"}])
    (document,) = _documents(path, date_field="when")
    assert document.date == "2021-10-05"


def test_json_array_and_wrapped_list(tmp_path: Path) -> None:
    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]), encoding="utf-8")
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"articles": [{"id": "c", "content": "C"}]}), encoding="utf-8")
    assert [d.id for d in _documents(array)] == ["a", "b"]
    assert [d.text for d in _documents(wrapped)] == ["C"]


def test_each_bad_line_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "ok1", "text": "fine"}\n'
                     b'{"id": "broken", "text": \n'
                     b'{"id": "bad-utf8", "text": "caf\xe9"}\n'
                     b'{"id": "no-text", "headline": "only a headline"}\n'
                     b'[1, 2]\n'
                     b'\n'
                     b'{"id": "ok2", "text": "also fine"}\n')
    items = list(read_inputs([str(path)]))
    assert [i.id for i in items if isinstance(i, Document)] == ["ok1", "ok2"]
    rejects = {r.source: r for r in items if isinstance(r, Rejected)}
    assert set(rejects) == {f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"}
    assert "invalid JSON" in rejects[f"{path}:2"].reason
    assert rejects[f"{path}:3"].code == "R003" and "UTF-8" in rejects[f"{path}:3"].reason
    assert "--text-field" in rejects[f"{path}:4"].reason
    assert "expected a JSON object" in rejects[f"{path}:5"].reason


def test_reuters_dev_run_as_the_readme_says_gets_no_date() -> None:
    """`wirewatch analyze reuters21578_dev.jsonl --text-field raw --id-field id` must not see `date`."""
    path = require_shared(DATA / "structure" / "reuters21578_dev.jsonl")
    documents = [d for d in read_inputs([str(path)], ReadOptions(text_field="raw", id_field="id"))]
    assert len(documents) > 1000
    assert all(isinstance(d, Document) and d.date is None and d.title is None for d in documents)
    wire = require_shared(DATA / "structure" / "wire_raw_sample.jsonl")
    assert all(isinstance(d, Document) and d.date is None
               for d in read_inputs([str(wire)], ReadOptions(text_field="raw", id_field="id")))
