"""Golden structure for one hand-written document per agency format (examples/*.txt) and the seed.

Regenerate after a deliberate change with `WIREWATCH_REGEN_GOLDEN=1 pytest tests/parse/test_golden.py`
and review the diff: every value in a golden file was checked by hand against its example.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from wirewatch.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
GOLDEN = Path(__file__).resolve().parent / "golden"

FIELDS = ("headline", "headline_start", "headline_end", "tags", "byline", "dateline", "agency", "published",
          "body_start", "body_end", "contact", "end_marker", "related_headlines")


def structure_of(text: str, name: str) -> dict[str, Any]:
    article = analyze(text, id=name, only="structure")
    record = article.to_record()
    out = {k: record[k] for k in FIELDS if k in record}
    out["headline_start"], out["headline_end"] = article.headline_start, article.headline_end
    out["body_head"] = article.body[:60]
    out["body_tail"] = article.body[-60:]
    return out


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_matches_golden(path: Path) -> None:
    got = structure_of(path.read_text(encoding="utf-8"), path.name)
    golden = GOLDEN / f"{path.stem}.json"
    if os.environ.get("WIREWATCH_REGEN_GOLDEN"):
        golden.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert got == expected


def test_every_agency_format_has_an_example() -> None:
    stems = {p.stem.split("_")[0] for p in EXAMPLES}
    assert {"yonhap", "reuters", "ap", "afp", "xinhua", "kcna", "kyodo", "upi", "voa", "nyt", "dpa", "tass",
            "pti", "bernama"} <= stems


def test_seed_structure_is_exact(seed_text: str, seed_expected: dict[str, Any]) -> None:
    a = analyze(seed_text, id="seed", only="structure")
    assert a.headline == seed_expected["headline"]
    assert a.tags == seed_expected["tags"]
    assert a.byline == seed_expected["byline"]
    dl = seed_expected["dateline"]
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.date_text, a.dateline.agency, a.dateline.text) == (
        dl["place"], dl["date_text"], dl["agency"], dl["text"])
    assert [a.dateline.start, a.dateline.end] == dl["span"]
    assert a.agency == seed_expected["agency"]
    assert a.published == seed_expected["published"]
    assert a.contact == seed_expected["contact"]
    assert a.end_marker == seed_expected["end_marker"]
    assert a.related_headlines == seed_expected["related_headlines"]
    lo, hi = seed_expected["body_span_approx"]
    assert abs(a.body_start - lo) <= 2 and abs(a.body_end - hi) <= 2
    assert a.body.startswith("South Korea and the United States pursue")
    assert a.body.endswith("anywhere, anytime without preconditions.")


def test_seed_date_reasoning_names_weekday_and_era(seed_text: str) -> None:
    a = analyze(seed_text, id="seed", only="structure")
    evidence = " | ".join(a.published_evidence)
    assert "Oct. 5" in evidence and "Tuesday" in evidence and "Biden administration" in evidence
    assert "2021" in evidence and "furniture" in evidence
