"""Event exports round-trip and trend tables, on hand-built rows (no model)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from wirewatch.events.export import GDELT_COLUMNS, write_events
from wirewatch.events.trends import trend_table


def _actor(text: str, code: str, start: int) -> dict[str, Any]:
    return {"text": text, "code": code, "start": start, "end": start + len(text)}


def _row(article: str = "a1", date: str | None = "2024-03-05", etype: str = "CONSULT", cameo: str = "042",
         source: str = "KORGOV", target: str | None = "USAGOV", start: int = 10,
         sources: list[dict[str, Any]] | None = None, goldstein: float = 1.9,
         plover: float = 4.0) -> dict[str, Any]:
    return {
        "article_id": article, "published": "2024-03-05", "headline": "Minister visits Washington",
        "url": "https://example.org/a1",
        "source": _actor("Seoul", source, start), "target": _actor("Washington", target, start + 20)
        if target else None, "type": etype, "mode": "visit", "cameo": cameo, "goldstein": goldstein,
        "plover_score": plover, "date": date, "place": "Washington", "text": "Seoul ... Washington",
        "start": start, "end": start + 30, "trigger": "visited", "quote_index": None, "confidence": 0.9,
        "negated": False, "hypothetical": False,
        "sources": sources if sources is not None else [_actor("Seoul", source, start)],
        "targets": [_actor("Washington", target, start + 20)] if target else [],
    }


def _compound() -> list[dict[str, Any]]:
    both = [_actor("Kenya", "KEN", 0), _actor("Tanzania", "TZA", 10)]
    a = _row(etype="CONSULT", cameo="040", source="KEN", target="TZA", start=0, sources=both)
    b = _row(etype="CONSULT", cameo="040", source="TZA", target="KEN", start=0, sources=both)
    b["source"], b["target"] = both[1], both[0]
    a["targets"] = b["targets"] = []
    return [a, b]


def test_csv_parses_and_keeps_cameo_strings() -> None:
    out = io.StringIO()
    assert write_events([_row(), _row(cameo="173", etype="COERCE")], "csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["cameo"] for r in rows] == ["042", "173"]
    assert rows[0]["source_country"] == "KOR" and rows[0]["source_sector"] == "GOV"
    assert rows[0]["quad_class"] == "1" and rows[1]["quad_class"] == "4"
    assert rows[0]["negated"] == "false"


def test_jsonl_restores_a_lost_leading_zero(tmp_path: Path) -> None:
    row = _row()
    row["cameo"] = 42  # what pandas does to "042"
    path = tmp_path / "events.jsonl"
    write_events([row], "jsonl", str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["cameo"] == "042"


def test_parquet_reads_back_with_pyarrow(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    write_events([_row(), _row(target=None)], "parquet", path)
    table = pq.read_table(path)
    assert table.num_rows == 2
    assert str(table.schema.field("cameo").type) == "string"
    assert table.column("cameo").to_pylist() == ["042", "042"]
    assert table.column("target_code").to_pylist() == ["USAGOV", None]
    assert table.column("goldstein").to_pylist() == [1.9, 1.9]


def test_parquet_needs_a_path() -> None:
    with pytest.raises(ValueError, match="file path"):
        write_events([_row()], "parquet", io.StringIO())


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown event export format"):
        write_events([_row()], "xml", io.StringIO())


def test_gdelt_tsv_has_the_documented_columns() -> None:
    out = io.StringIO()
    write_events([_row()], "gdelt", out)
    (line,) = out.getvalue().splitlines()
    fields = line.split("\t")
    assert len(fields) == len(GDELT_COLUMNS) == 61
    rec = dict(zip(GDELT_COLUMNS, fields, strict=True))
    assert rec["Day"] == "20240305" and rec["MonthYear"] == "202403" and rec["Year"] == "2024"
    assert rec["Actor1Code"] == "KORGOV" and rec["Actor1CountryCode"] == "KOR"
    assert rec["Actor1Type1Code"] == "GOV"
    assert rec["Actor2CountryCode"] == "USA"
    assert (rec["EventCode"], rec["EventBaseCode"], rec["EventRootCode"]) == ("042", "042", "04")
    assert rec["QuadClass"] == "1" and rec["GoldsteinScale"] == "1.9"
    assert rec["ActionGeo_FullName"] == "Washington" and rec["SOURCEURL"] == "https://example.org/a1"
    assert rec["GlobalEventID"].isdigit()
    header = io.StringIO()
    write_events([_row()], "gdelt", header, header=True)
    assert header.getvalue().splitlines()[0].split("\t") == list(GDELT_COLUMNS)


def test_gdelt_skips_the_uncoded_plover_lead_of_a_reciprocal_event() -> None:
    lead = _compound()[0] | {"cameo": None, "target": None}
    out = io.StringIO()
    assert write_events([lead, *_compound()], "gdelt", out) == 2
    assert len(out.getvalue().splitlines()) == 2


def test_gdelt_igo_actor_goes_to_known_group() -> None:
    out = io.StringIO()
    write_events([_row(source="IGOUNO")], "gdelt", out)
    rec = dict(zip(GDELT_COLUMNS, out.getvalue().rstrip("\n").split("\t"), strict=True))
    assert rec["Actor1CountryCode"] == "" and rec["Actor1KnownGroupCode"] == "UNO"


def test_plover_json_merges_cameo_dyads_into_one_event() -> None:
    out = io.StringIO()
    assert write_events(_compound() + [_row(article="a2")], "plover", out) == 2
    events = json.loads(out.getvalue())
    assert len(events) == 2
    meeting = events[0]
    assert meeting["event_type"] == "CONSULT" and meeting["cameo"] == "040"
    assert [a["country"] for a in meeting["actor"]] == ["KEN", "TZA"] and meeting["recipient"] == []
    assert events[1]["actor"][0]["sector_code"] == "GOV"


def test_trend_table_by_month_and_week() -> None:
    rows = [_row(date="2024-03-05", goldstein=1.9), _row(date="2024-03-20", start=50, goldstein=2.8,
                                                        plover=2.5),
            _row(date="2024-04-01", etype="ASSAULT", cameo="190", goldstein=-10.0, plover=-9.0),
            _row(date=None, start=90)]  # no event date: the published date (2024-03-05)
    rows += _compound()  # one PLOVER event coded as two CAMEO dyads
    months = trend_table(rows, by="month")
    assert months == [
        {"period": "2024-03", "type": "CONSULT", "events": 4, "mean_goldstein": 2.125,
         "mean_plover_score": 3.625},
        {"period": "2024-04", "type": "ASSAULT", "events": 1, "mean_goldstein": -10.0,
         "mean_plover_score": -9.0},
    ]
    weeks = {(r["period"], r["type"]): r["events"] for r in trend_table(rows, by="week")}
    assert weeks == {("2024-W10", "CONSULT"): 3, ("2024-W12", "CONSULT"): 1, ("2024-W14", "ASSAULT"): 1}


def test_trend_table_rejects_unknown_period() -> None:
    with pytest.raises(ValueError, match="week, month"):
        trend_table([], by="day")
