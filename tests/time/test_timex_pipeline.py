"""Timexes through the full pipeline: the seed story, offsets, the trailer, the dateline."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = pytest.mark.model


def test_seed_timexes_match_expected(seed_article: Any, seed_expected: dict[str, Any]) -> None:
    got = {(t.start, t.end): t.value for t in seed_article.timexes}
    for want in seed_expected["timexes"]:
        assert got.get(tuple(want["span"])) == want["value"], want["text"]


def test_every_offset_points_at_its_text(seed_article: Any) -> None:
    assert seed_article.timexes
    for t in seed_article.timexes:
        assert seed_article.text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.evidence


def test_nothing_after_the_end_marker(seed_article: Any) -> None:
    end = seed_article.text.index("(END)")
    assert seed_article.timexes and all(t.end <= end for t in seed_article.timexes)


WIRE = """Talks stall over tariffs
WASHINGTON, March 4 (Reuters) - Negotiators said on Tuesday they would meet again next week, \
after talks on Friday last week ended without a deal. The last round, in 2019, lasted three days.
(END)
Related: Markets rally on Monday as talks resume in 2023
"""


def test_wire_story_without_year_in_dateline(analyzer: Any) -> None:
    from wirewatch.records import Document

    article = analyzer.analyze(Document(id="w", text=WIRE, source="w", date="2021-03-04"))
    values = {t.text: t.value for t in article.timexes}
    assert values.get("Tuesday") == "2021-03-02"
    assert values.get("next week") == "2021-W10"
    assert values.get("Friday last week") == "2021-02-26"
    assert values.get("three days") == "P3D"
    assert "Monday" not in values and "2023" not in values  # the trailer is furniture
    for t in article.timexes:
        assert article.text[t.start:t.end] == t.text
    assert re.search(r"March 4", WIRE)
