"""Floors on the shared Reuters-21578 dev set, measured with the project scorer (skips without shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import DATA, SCORER, require_shared, score

pytestmark = pytest.mark.data

GOLD = DATA / "structure" / "reuters21578_dev.jsonl"


def test_reuters_dev_floors(tmp_path: Path) -> None:
    require_shared(GOLD)
    require_shared(SCORER)
    from wirewatch.pipeline import analyze_structure
    from wirewatch.records import Document

    pred = tmp_path / "pred.jsonl"
    with GOLD.open(encoding="utf-8") as src, pred.open("w", encoding="utf-8") as out:
        for line in src:
            record = json.loads(line)
            # only the raw text: the gold date and title are what is scored
            article = analyze_structure(Document(id=record["id"], text=record["raw"]))
            out.write(json.dumps(article.to_record()) + "\n")
    m = score("structure", GOLD, pred)
    for name in ("headline", "byline", "dateline_place", "published_month_day", "end_marker"):
        assert m[name]["accuracy"] >= 0.995, (name, m[name])
    assert m["body_token_f1"]["mean"] >= 0.995
    assert m["all_fields_right"]["accuracy"] >= 0.99
    # a stated year is never wrong (no stated year at all counts as n == 0)
    if m["published_year_precision"]["n"]:
        assert m["published_year_precision"]["accuracy"] >= 0.98
