"""JSON Lines and JSON readers: one document per record, each bad line rejected on its own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import BrokenContainer, EmptyInput
from ..records import Document, Rejected
from .base import ReadOptions, reject, stable_id

TEXT_FIELDS = ("text", "body", "content", "raw", "article", "story", "maintext")
ID_FIELDS = ("id", "doc_id", "docid", "uid", "guid")
DATE_FIELDS = ("date", "published", "publication_date", "date_publish", "pubdate", "dct", "datetime")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "uri")


def _pick(record: dict[str, Any], chosen: str | None, candidates: tuple[str, ...]) -> Any:
    if chosen:
        return record.get(chosen)
    for name in candidates:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def document_from_record(record: Any, where: str, options: ReadOptions) -> Document:
    if not isinstance(record, dict):
        raise BrokenContainer(f"{where}: expected a JSON object, got {type(record).__name__}")
    text = _pick(record, options.text_field, TEXT_FIELDS)
    if not isinstance(text, str):
        field = options.text_field or "/".join(TEXT_FIELDS)
        raise BrokenContainer(f"{where}: no text in field {field!r}; choose one with --text-field")
    if not text.strip():
        raise EmptyInput(f"{where}: the text field is empty")
    raw_id = _pick(record, options.id_field, ID_FIELDS)
    date = _pick(record, options.date_field, DATE_FIELDS)
    date = _normalise_date(date) if date is not None else None
    title = _pick(record, options.title_field, TITLE_FIELDS)
    url = _pick(record, options.url_field, URL_FIELDS)
    return Document(
        id=str(raw_id) if raw_id not in (None, "") else stable_id(text, where),
        text=text, source=where, date=date,
        title=title if isinstance(title, str) else None,
        url=url if isinstance(url, str) else None,
    )


def _normalise_date(value: Any) -> str | None:
    """ISO dates pass; compact YYYYMMDD (PLOVER, PETRARCH) becomes YYYY-MM-DD."""
    text = str(value).strip()
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text or None


def read_jsonl(text: str, source: str, options: ReadOptions) -> Iterator[Document | Rejected]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield reject(where, BrokenContainer(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})"))
            continue
        try:
            yield document_from_record(record, where, options)
        except Exception as exc:
            yield reject(where, exc)


def read_json(text: str, source: str, options: ReadOptions) -> Iterator[Document | Rejected]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # Many ".json" exports are really JSON Lines.
        if "\n" in text.strip():
            yield from read_jsonl(text, source, options)
            return
        yield reject(source, BrokenContainer(f"{source}: invalid JSON ({exc.msg})"))
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records):
        where = f"{source}#{number}" if isinstance(data, list) else source
        try:
            yield document_from_record(record, where, options)
        except Exception as exc:
            yield reject(where, exc)
