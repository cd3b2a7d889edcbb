"""JSON Lines and JSON readers: one document per record, each bad line rejected on its own.

Field choice: an explicit `--text-field`/`--id-field`/... always wins. Without one:

* text: the first non-empty string among TEXT_FIELDS (`raw` before `body`, because where both
  exist `raw` is the whole wire copy and `body` an extract of it);
* id: the first of ID_FIELDS, else `path:line` (unique and readable);
* url: the first of URL_FIELDS;
* date: only fields whose *name says publication* (PUBLICATION_DATE_FIELDS). A bare `date`,
  `dct` or `datetime` is never taken on its own: in evaluation sets it is often the gold being
  scored (Reuters, wire_raw_sample), and elsewhere it may be a crawl or event date. Pass
  `--date-field date` when it really is the publication date;
* title: never guessed, for the same reason (a `title` field is the gold headline in the structure
  sets); pass `--title-field`.

Lines are decoded one by one, so one line of bad UTF-8 costs that line only. JSON that Python's
parser cannot hold (nested thousands deep, integers of thousands of digits) is a broken record, not
a crash.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import BrokenContainer, EmptyInput, TooLarge, UndecodableText
from ..records import Document, Rejected
from .base import ReadOptions, reject

TEXT_FIELDS = ("text", "raw", "content", "article", "story", "maintext", "full_text", "body")
ID_FIELDS = ("id", "doc_id", "docid", "uid", "guid", "_id")
PUBLICATION_DATE_FIELDS = ("published", "publication_date", "published_at", "date_published",
                           "datePublished", "pubdate", "pub_date", "date_publish")
URL_FIELDS = ("url", "link", "uri", "source_url")
CONTAINER_FIELDS = ("articles", "documents", "records", "items", "data", "docs")

# A .json file is parsed whole: 50 MB of `[{},{},...]` is 16 million dicts, over a gigabyte in Python
MAX_JSON_CONTAINERS = 2_000_000
_ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")


def _pick(record: dict[str, Any], chosen: str | None, candidates: tuple[str, ...]) -> Any:
    if chosen:
        return record.get(chosen)
    for name in candidates:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def document_from_record(record: Any, where: str, options: ReadOptions) -> Document:
    """One JSON object to a Document; raises a ReadError saying which field is missing."""
    if not isinstance(record, dict):
        raise BrokenContainer(f"{where}: expected a JSON object, got {type(record).__name__}")
    text = _pick(record, options.text_field, TEXT_FIELDS)
    if not isinstance(text, str):
        field = options.text_field or "/".join(TEXT_FIELDS)
        raise BrokenContainer(f"{where}: no text in field {field!r}; choose one with --text-field")
    if not text.strip():
        raise EmptyInput(f"{where}: the text field is empty")
    if len(text) > options.max_bytes:
        raise TooLarge(f"{where}: a text of {len(text)} characters is over the limit of "
                       f"{options.max_bytes}; raise it with --max-bytes")
    text, surrogates = _without_surrogates(text)
    raw_id = _pick(record, options.id_field, ID_FIELDS)
    date = _pick(record, options.date_field, PUBLICATION_DATE_FIELDS)
    normal_date = normalise_date(date, explicit=bool(options.date_field))
    title = record.get(options.title_field) if options.title_field else None
    url = _pick(record, options.url_field, URL_FIELDS)
    meta: dict[str, Any] = {}
    if date is not None and normal_date is None:
        meta["unparsed_date"] = _without_surrogates(str(date))[0]
    if surrogates:
        meta["decoding"] = {"repaired": len(surrogates), "replaced_at": surrogates[:100],
                            "reason": f"{len(surrogates)} lone UTF-16 surrogate escape(s) (\\ud800-\\udfff) "
                                      "in the JSON text replaced by U+FFFD (offsets into the text)"}
    return Document(
        id=_without_surrogates(str(raw_id))[0] if raw_id not in (None, "") else where,
        text=text, source=where, date=normal_date and _without_surrogates(normal_date)[0],
        title=_without_surrogates(title)[0] if isinstance(title, str) else None,
        url=_without_surrogates(url)[0] if isinstance(url, str) else None,
        meta=meta,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(value: str) -> tuple[str, list[int]]:
    """`value` with each lone surrogate (legal in JSON escapes, not encodable as UTF-8, so no
    database or file could take it) replaced by U+FFFD, one character for one: offsets stay."""
    places = [m.start() for m in _SURROGATE.finditer(value)]
    return (_SURROGATE.sub("\ufffd", value), places) if places else (value, places)


def normalise_date(value: Any, *, explicit: bool = False) -> str | None:
    """ISO dates pass; compact YYYYMMDD (PLOVER, PETRARCH) becomes YYYY-MM-DD.

    Other spellings ("Oct 5, 2021") are parsed only when the user named the field; a guessed field
    with an odd value is left alone rather than risk a wrong date.
    """
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    if not text:
        return None
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if _ISO_DATE.match(text):
        return text
    if not explicit:
        return None
    try:
        from dateutil import parser

        parsed = parser.parse(text)
    except (ValueError, OverflowError):
        return text  # the user said this is the date; keep what they gave
    if parsed.hour or parsed.minute or parsed.second:
        return parsed.isoformat()
    return parsed.date().isoformat()


def parse_json(text: str, where: str) -> Any:
    """`json.loads`, with every way it fails as a `BrokenContainer` naming the place."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BrokenContainer(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from exc
    except (RecursionError, ValueError) as exc:
        raise _unreadable(where, exc) from exc


def _unreadable(where: str, exc: Exception) -> BrokenContainer:
    if isinstance(exc, RecursionError):
        return BrokenContainer(f"{where}: JSON nested too deep to read")
    # e.g. "Exceeds the limit (4300 digits) for integer string conversion"
    return BrokenContainer(f"{where}: JSON with a value that cannot be read ({exc})")


def iter_jsonl_lines(lines: Iterable[bytes | int], source: str,
                     options: ReadOptions) -> Iterator[Document | Rejected]:
    """Records from raw JSONL lines; a bad line becomes one Rejected and the rest go on.

    An int in `lines` stands for a line too long to read (its length in bytes).
    """
    for number, raw in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if isinstance(raw, int) or len(raw) > options.max_bytes:
            length = raw if isinstance(raw, int) else len(raw)
            yield reject(where, TooLarge(f"{where}: line of {length} bytes is over the limit of "
                                         f"{options.max_bytes}; raise it with --max-bytes"))
            continue
        if not raw.strip():
            continue
        try:
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise UndecodableText(f"{where}: invalid UTF-8 at byte {exc.start} "
                                      "(JSON Lines must be UTF-8)") from exc
            record = parse_json(line, where)
            yield document_from_record(record, where, options)
        except Exception as exc:
            yield reject(where, exc)


def read_jsonl(text: str, source: str, options: ReadOptions) -> Iterator[Document | Rejected]:
    """JSON Lines from already-decoded text (the stream reader is `iter_jsonl_lines`)."""
    yield from iter_jsonl_lines((line.encode("utf-8", "surrogatepass") for line in text.splitlines()),
                                source, options)


def read_json(text: str, source: str, options: ReadOptions) -> Iterator[Document | Rejected]:
    """A JSON document: one object, a list of objects, or an object holding such a list."""
    containers = text.count("{") + text.count("[")  # an upper bound: brackets in strings count too
    if containers > MAX_JSON_CONTAINERS:
        yield reject(source, TooLarge(
            f"{source}: JSON with up to {containers:,} objects and arrays (limit {MAX_JSON_CONTAINERS:,}) "
            "would not fit in memory once parsed; write it as JSON Lines, one record a line"))
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if "\n" in text.strip():  # many ".json" exports are really JSON Lines
            yield from read_jsonl(text, source, options)
            return
        yield reject(source, BrokenContainer(f"{source}: invalid JSON ({exc.msg})"))
        return
    except (RecursionError, ValueError) as exc:
        yield reject(source, _unreadable(source, exc))
        return
    if isinstance(data, dict) and _pick(data, options.text_field, TEXT_FIELDS) is None:
        for name in CONTAINER_FIELDS:
            if isinstance(data.get(name), list):
                data = data[name]
                break
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records):
        where = f"{source}#{number}" if isinstance(data, list) else source
        try:
            yield document_from_record(record, where, options)
        except Exception as exc:
            yield reject(where, exc)
