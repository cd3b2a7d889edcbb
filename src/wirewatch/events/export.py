"""Event exports: CSV, JSONL, Parquet, GDELT 2.0 event TSV and POLECAT-style PLOVER JSON.

Rows are dicts: the SCHEMA event record (`Article.to_record()["events"][i]`) plus `article_id`,
`published`, `headline` and `url`. `out` is a text stream or a path; Parquet needs a path.
CAMEO codes are written as strings everywhere ("042"), and Parquet types the column as string, so no
reader turns them into 42.

GDELT: the 61 columns of the GDELT 2.0 event table in codebook order, tab-separated, no header (as
GDELT ships them; `header=True` adds one). Filled columns are listed in GDELT_FILLED; the rest (ethnic
and religion codes, tone, geo coordinates and feature ids) are left empty because wirewatch does not
derive them. NumMentions/NumSources/NumArticles are 1: one row is one coded mention in one article.
SQLDATE is the event's day, else the article's; events with neither are left out (`gdelt_undated`
counts them). DATEADDED is when the article was ingested (`ingested_at`), else its publication day.

PLOVER: a JSON array with one object per PLOVER event. The coder expands compound actors into one
CAMEO dyad per row; here rows of one event (same article, span, type and trigger) are merged back
into a single object whose `actor` and `recipient` are lists, as POLECAT does.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import IO, Any

from . import cameo as cm

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")

CSV_COLUMNS = (
    "article_id", "published", "headline", "url", "date", "type", "mode", "cameo", "cameo_root",
    "goldstein", "plover_score", "quad_class",
    "source_text", "source_code", "source_country", "source_sector",
    "target_text", "target_code", "target_country", "target_sector",
    "sources", "targets", "place", "trigger", "text", "start", "end", "quote_index", "confidence",
    "negated", "hypothetical",
)

GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
GDELT_FILLED = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName", "DATEADDED", "SOURCEURL",
)
# non-country roots of CAMEO actor codes; for these the "country" column stays empty in GDELT
NON_STATE_ROOTS = {"IGO", "NGO", "IMG", "MNC", "ISM", "---"}


def write_events(rows: Iterable[dict[str, Any]], fmt: str, out: IO[str] | str | os.PathLike[str], *,
                 header: bool | None = None) -> int:
    """Write event rows in `fmt`; returns the number of records written (PLOVER: merged events)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown event export format {fmt!r}; use one of {', '.join(FORMATS)}")
    rows = list(rows)
    if fmt == "parquet":
        if not isinstance(out, (str, os.PathLike)):
            raise ValueError("parquet export needs a file path, not a text stream")
        return _write_parquet(rows, os.fspath(out))
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return _write_text(rows, fmt, handle, header)
    return _write_text(rows, fmt, out, header)


def _write_text(rows: list[dict[str, Any]], fmt: str, out: IO[str], header: bool | None) -> int:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(_with_string_codes(row), ensure_ascii=False) + "\n")
        return len(rows)
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        if header is not False:
            writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in flat_row(row).items()})
        return len(rows)
    if fmt == "gdelt":
        tsv = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        if header:
            tsv.writerow(GDELT_COLUMNS)
        written = 0
        for row in rows:
            if not row.get("cameo"):
                continue  # a GDELT row is a CAMEO event; the PLOVER lead of a reciprocal event has none
            if gdelt_day(row) is None:
                continue  # SQLDATE is required: undated events are left out (gdelt_undated counts them)
            record = gdelt_row(row)
            tsv.writerow([_tsv(record.get(col)) for col in GDELT_COLUMNS])
            written += 1
        return written
    events = plover_records(rows)
    json.dump(events, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(events)


def _with_string_codes(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["cameo"] = cm.normalize(row.get("cameo"))
    return out


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _tsv(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())  # a tab or newline inside a field would break the table


def _split_code(code: str | None) -> tuple[str | None, str | None]:
    if not code:
        return None, None
    return code[:3], (code[3:6] or None)


def _actor_cols(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    code = actor.get("code")
    country, sector = _split_code(code)
    return {f"{prefix}_text": actor.get("text"), f"{prefix}_code": code,
            f"{prefix}_country": country, f"{prefix}_sector": sector}


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """One event row as the flat CSV/Parquet columns."""
    code = cm.normalize(row.get("cameo"))
    out: dict[str, Any] = {
        "article_id": row.get("article_id"), "published": row.get("published"),
        "headline": row.get("headline"), "url": row.get("url"), "date": row.get("date"),
        "type": row.get("type"), "mode": row.get("mode"), "cameo": code,
        "cameo_root": code[:2] if code else None, "goldstein": row.get("goldstein"),
        "plover_score": row.get("plover_score"), "quad_class": cm.quad_class(code),
    }
    out.update(_actor_cols("source", row.get("source")))
    out.update(_actor_cols("target", row.get("target")))
    out["sources"] = ";".join(a.get("code") or "" for a in row.get("sources") or [])
    out["targets"] = ";".join(a.get("code") or "" for a in row.get("targets") or [])
    for key in ("place", "trigger", "text", "start", "end", "quote_index", "confidence", "negated",
                "hypothetical"):
        out[key] = row.get(key)
    return out


def _write_parquet(rows: list[dict[str, Any]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"goldstein": pa.float64(), "plover_score": pa.float64(), "confidence": pa.float64(),
             "quad_class": pa.int64(), "start": pa.int64(), "end": pa.int64(), "quote_index": pa.int64(),
             "negated": pa.bool_(), "hypothetical": pa.bool_()}
    schema = pa.schema([(col, types.get(col, pa.string())) for col in CSV_COLUMNS])
    flat = [flat_row(r) for r in rows]
    columns = {col: [f.get(col) for f in flat] for col in CSV_COLUMNS}
    table = pa.table(columns, schema=schema)
    pq.write_table(table, path)
    return len(rows)


def _event_id(row: dict[str, Any]) -> int:
    """Stable numeric id (GDELT ids are integers): a hash of where the event was coded."""
    key = "|".join(str(row.get(k)) for k in ("article_id", "start", "end", "type", "cameo", "trigger"))
    key += "|" + str((row.get("source") or {}).get("code")) + "|" + str((row.get("target") or {}).get("code"))
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], 16)


def _full_day(value: Any) -> date | None:
    """The day of an ISO date or datetime; None for partial or unknown ones ("XXXX-11-02", "2021-10")."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def gdelt_day(row: dict[str, Any]) -> date | None:
    """The event's day for GDELT's SQLDATE: its own date when that is a full day, else the article's
    publication day (GDELT dates events by their article), else None."""
    return _full_day(row.get("date")) or _full_day(row.get("published"))


def gdelt_undated(rows: Iterable[dict[str, Any]]) -> int:
    """How many CAMEO event rows a GDELT export leaves out for want of a day."""
    return sum(1 for row in rows if row.get("cameo") and gdelt_day(row) is None)


def _date_added(row: dict[str, Any], day: date | None) -> str | None:
    """DATEADDED (YYYYMMDDHHMMSS, UTC): when the article was ingested, as GDELT records when it
    processed one; rows from outside the store fall back to the publication day, then the event day."""
    stamp = row.get("ingested_at")
    if isinstance(stamp, str):
        try:
            added = datetime.fromisoformat(stamp)
        except ValueError:
            added = None
        if added is not None:
            if added.tzinfo is not None:
                added = added.astimezone(UTC)
            return added.strftime("%Y%m%d%H%M%S")
    fallback = _full_day(row.get("published")) or day
    return fallback.strftime("%Y%m%d000000") if fallback else None


def gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    """The GDELT 2.0 columns wirewatch can fill for one event row."""
    code = cm.normalize(row.get("cameo"))
    out: dict[str, Any] = {"GlobalEventID": _event_id(row)}
    day = gdelt_day(row)
    if day is not None:
        out.update(Day=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=day.year,
                   FractionDate=f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}")
    for n, key in ((1, "source"), (2, "target")):
        actor = row.get(key) or {}
        acode = actor.get("code")
        country, sector = _split_code(acode)
        if not acode:
            continue
        out[f"Actor{n}Code"] = acode
        out[f"Actor{n}Name"] = (actor.get("text") or "").upper()
        if country in NON_STATE_ROOTS:
            out[f"Actor{n}KnownGroupCode"] = acode[3:6] or None
        else:
            out[f"Actor{n}CountryCode"] = country
            out[f"Actor{n}Type1Code"] = sector
    if code:
        out.update(IsRootEvent=1, EventCode=code, EventBaseCode=code[:3], EventRootCode=code[:2],
                   QuadClass=cm.quad_class(code), GoldsteinScale=cm.goldstein(code))
    out.update(NumMentions=1, NumSources=1, NumArticles=1, ActionGeo_FullName=row.get("place"))
    out["DATEADDED"] = _date_added(row, day)
    out["SOURCEURL"] = row.get("url") or row.get("article_id")
    return out


def _plover_actor(actor: dict[str, Any]) -> dict[str, Any]:
    country, sector = _split_code(actor.get("code"))
    return {"raw_text": actor.get("text"), "code": actor.get("code"), "country": country,
            "sector_code": sector, "start": actor.get("start"), "end": actor.get("end")}


def plover_records(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """POLECAT-style PLOVER events: one per event, actor and recipient as lists."""
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        if not row.get("type"):
            continue
        key = (row.get("article_id"), row.get("start"), row.get("end"), row.get("type"), row.get("trigger"))
        if key in merged:
            continue
        # the lists are authoritative when present: a reciprocal meeting has actors and no recipient
        if row.get("sources"):
            sources, targets = row["sources"], row.get("targets") or []
        else:
            sources = [row["source"]] if row.get("source") else []
            targets = [row["target"]] if row.get("target") else []
        aux = [name for name, flag in (("negation", row.get("negated")),
                                       ("hypothetical", row.get("hypothetical"))) if flag]
        merged[key] = {
            "event_id": f"{row.get('article_id')}:{row.get('start')}-{row.get('end')}:{row.get('type')}",
            "story_id": row.get("article_id"), "story_date": row.get("published"),
            "event_date": row.get("date"), "event_type": row.get("type"), "event_mode": row.get("mode"),
            "aux_modes": aux, "event_text": row.get("text"), "trigger": row.get("trigger"),
            "start": row.get("start"), "end": row.get("end"),
            "actor": [_plover_actor(a) for a in sources],
            "recipient": [_plover_actor(a) for a in targets],
            "location": row.get("place"), "plover_score": row.get("plover_score"),
            "cameo": cm.normalize(row.get("cameo")), "goldstein": row.get("goldstein"),
            "confidence": row.get("confidence"), "headline": row.get("headline"), "url": row.get("url"),
        }
    return list(merged.values())
