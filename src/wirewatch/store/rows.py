"""Turning an analysed Article into table rows, and stored rows back into SCHEMA records."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import orjson

from ..records import Article
from ..util import stable_id

LEVEL_RANK = {"structure": 0, "nlp": 1, "events": 2}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def dumps(value: Any) -> str:
    return orjson.dumps(value, default=str).decode("utf-8")


def loads(value: str | bytes | None) -> Any:
    return None if value is None else orjson.loads(value)


def day_of(value: str | None) -> str | None:
    """YYYY-MM-DD of an ISO date or datetime; None for partial or unknown dates."""
    return value[:10] if value and _DAY.match(value) else None


def country_of(code: str | None) -> str | None:
    """The country (or IGO/NGO root) part of a CAMEO actor code."""
    return code[:3] if code and len(code) >= 3 else None


def group_of(article: Article) -> str:
    """The furniture group: the agency when the parser found one, else where the text came from."""
    if article.agency:
        return f"agency:{article.agency}"
    source = article.source or article.id
    if "://" in source:
        return f"site:{urlsplit(source).netloc}"
    for separator in (":", "#"):  # "file.jsonl:12", "file.json#3" -> the file
        head, found, tail = source.rpartition(separator)
        if found and tail.isdigit():
            return f"file:{head}"
    parent = source.rsplit("/", 1)[0] if "/" in source else "."
    return f"dir:{parent}"


def article_row(article: Article, level: str, record: dict[str, Any], now: str) -> dict[str, Any]:
    document = article.document
    sliced = article.text[article.body_start:article.body_end]
    stored_record = dict(record)
    stored_record["body"] = None  # the body lives in its own column (or is a slice of text)
    headline = article.headline or (document.title if document else None)
    return {
        "uid": document.uid if document is not None else _uid(article),
        "id": article.id,
        "source": article.source,
        "grp": group_of(article),
        "level": level,
        "headline": headline,
        "agency": article.agency,
        "published": article.published,
        "day": day_of(article.published),
        "url": document.url if document else None,
        "text": article.text,
        # SQL substr() stops at a NUL, so the body is sliced back out of text only when it has none
        "body": None if article.body == sliced and "\x00" not in article.text else article.body,
        "body_start": article.body_start,
        "body_end": article.body_end,
        "record": dumps(stored_record),
        "document": dumps(None if document is None else {
            "date": document.date, "date_is_upper_bound": document.date_is_upper_bound,
            "title": document.title, "url": document.url, "meta": document.meta}),
        "ingested_at": now,
    }


def _uid(article: Article) -> str:
    return stable_id(article.text, article.source)


def entity_rows(uid: str, record: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for idx, e in enumerate(record["entities"]):
        actor = e.get("actor") or {}
        rows.append((uid, idx, e["text"], e["label"], e["start"], e["end"], e.get("refers_to"),
                     actor.get("name"), actor.get("code"), actor.get("country"), actor.get("sector")))
    return rows


def quote_rows(uid: str, record: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for idx, q in enumerate(record["quotes"]):
        actor = q.get("speaker_actor") or {}
        names = " ".join(dict.fromkeys(n for n in (q.get("speaker"), actor.get("name")) if n))
        rows.append((uid, idx, q["type"], q["content"], q["content_start"], q["content_end"],
                     q.get("speaker"), q.get("speaker_start"), q.get("speaker_end"), actor.get("name"),
                     names, actor.get("code"), actor.get("country"), actor.get("sector"),
                     q.get("cue"), q.get("cue_start"), q.get("cue_end"), int(bool(q.get("headline")))))
    return rows


def timex_rows(uid: str, record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(uid, idx, t["text"], t["start"], t["end"], t["type"], t.get("value"), t.get("evidence"))
            for idx, t in enumerate(record["timexes"])]


def event_rows(uid: str, record: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for idx, ev in enumerate(record["events"]):
        source = ev.get("source") or {}
        target = ev.get("target") or {}
        rows.append((uid, idx, ev.get("type"), ev.get("mode"), ev.get("cameo"), ev.get("goldstein"),
                     ev.get("plover_score"), ev.get("date"),
                     day_of(ev.get("date")) or day_of(record.get("published")), ev.get("place"),
                     source.get("text"), source.get("code"), country_of(source.get("code")),
                     target.get("text"), target.get("code"), country_of(target.get("code")),
                     ev.get("text", ""), ev.get("start", 0), ev.get("end", 0), ev.get("trigger"),
                     ev.get("quote_index"), ev.get("confidence"), int(bool(ev.get("negated"))),
                     int(bool(ev.get("hypothetical"))), dumps(ev)))
    return rows


INSERT_ENTITY = "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?)"
INSERT_QUOTE = (
    "INSERT INTO quotes (uid, idx, type, content, content_start, content_end, speaker, speaker_start, "
    "speaker_end, speaker_name, speakers, actor_code, country, sector, cue, cue_start, cue_end, headline) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
INSERT_TIMEX = "INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?)"
INSERT_EVENT = (
    "INSERT INTO events (uid, idx, type, mode, cameo, goldstein, plover_score, date, day, place, "
    "source_text, source_code, source_country, target_text, target_code, target_country, text, start, "
    "\"end\", trigger, quote_index, confidence, negated, hypothetical, record) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


def record_from_row(row: Any) -> dict[str, Any]:
    """The SCHEMA record of a stored article (row from `articles_v`)."""
    record: dict[str, Any] = loads(row["record"])
    record["body"] = row["full_body"]
    return record
