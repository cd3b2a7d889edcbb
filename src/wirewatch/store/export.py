"""Exporting stored articles: JSON Lines (full SCHEMA records), CSV and Parquet (one flat row each).

All three stream: memory stays flat however large the store is.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..errors import StoreError
from ..util import dumps_line
from .rows import dumps

FLAT_COLUMNS = ("id", "uid", "story", "source", "url", "headline", "tags", "byline", "dateline_place",
                "agency", "published", "body", "body_start", "body_end", "contact", "end_marker", "entities",
                "quotes", "timexes", "events")
_PARQUET_CHUNK = 2000


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One article as scalars; lists of names joined by '; ', nested analyses as JSON text."""
    dateline = record.get("dateline") or {}
    return {
        "id": record["id"], "uid": record.get("uid"), "story": record.get("story"),
        "source": record.get("source"),
        "url": record.get("url"), "headline": record["headline"], "tags": "; ".join(record["tags"]),
        "byline": "; ".join(record["byline"]), "dateline_place": dateline.get("place"),
        "agency": record["agency"], "published": record["published"], "body": record["body"],
        "body_start": record["body_start"], "body_end": record["body_end"],
        "contact": "; ".join(record["contact"]), "end_marker": record["end_marker"],
        "entities": dumps(record["entities"]), "quotes": dumps(record["quotes"]),
        "timexes": dumps(record["timexes"]), "events": dumps(record["events"]),
    }


@contextmanager
def _text_out(output: str | Path | IO[str] | None) -> Iterator[IO[str]]:
    if output is None or output == "-":
        yield sys.stdout
    elif isinstance(output, str | Path):
        with open(output, "w", encoding="utf-8", newline="") as handle:
            yield handle
    else:
        yield output


def export_records(records: Iterable[dict[str, Any]], fmt: str, output: str | Path | IO[str] | None) -> int:
    count = 0
    if fmt == "parquet":
        return _parquet(records, output)
    with _text_out(output) as out:
        if fmt == "jsonl":
            for record in records:
                out.write(dumps_line(record))
                count += 1
        else:
            writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
            writer.writeheader()
            for record in records:
                writer.writerow(flat_row(record))
                count += 1
    return count


def _parquet(records: Iterable[dict[str, Any]], output: str | Path | IO[str] | None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not isinstance(output, str | Path) or str(output) == "-":
        raise StoreError("parquet is binary: give a file with --output", code="S014")
    schema = pa.schema([(name, pa.int64() if name in ("body_start", "body_end", "story") else pa.string())
                        for name in FLAT_COLUMNS])
    count = 0
    with pq.ParquetWriter(str(output), schema) as writer:
        chunk: list[dict[str, Any]] = []
        for record in records:
            chunk.append(flat_row(record))
            if len(chunk) >= _PARQUET_CHUNK:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count
