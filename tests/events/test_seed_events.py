"""The founding example: the four events the seed's expected analysis requires, none from the trailer."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model, pytest.mark.data]


def _found(article: Any, required: dict[str, Any]) -> bool:
    for e in article.events:
        if e.type in required["types"] and e.source is not None and e.target is not None and \
                (e.source.code or "")[:3] == required["source_country"] and \
                (e.target.code or "")[:3] == required["target_country"]:
            return True
    return False


def test_seed_required_events_are_found(seed_article: Any, seed_expected: dict[str, Any]) -> None:
    missing = [r["what"] for r in seed_expected["events_required"] if not _found(seed_article, r)]
    assert not missing, f"required events not coded: {missing}"


def test_nothing_is_coded_after_the_end_marker(seed_article: Any, seed_text: str) -> None:
    end = seed_text.index("(END)")
    assert seed_article.events
    assert all(e.end <= end for e in seed_article.events)
    assert all(s.end is None or s.end <= end for e in seed_article.events for s in e.sources + e.targets)


def test_seed_events_carry_evidence(seed_article: Any) -> None:
    for e in seed_article.events:
        assert seed_article.text[e.start:e.end] == e.text
        for actor in [a for a in (e.source, e.target) if a is not None and a.start is not None]:
            assert actor.end is not None and seed_article.text[actor.start:actor.end] == actor.text
        assert e.date == "2021-10-05" or e.date.startswith("2021-")
        # CAMEO codes are strings, and only complete dyads have one
        assert isinstance(e.cameo, str) or e.target is None
