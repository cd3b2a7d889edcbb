"""The founding example: every non-optional attribution of the seed story, with its speaker."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

QUOTE_MARKS = set(" \t\n\"'\u201c\u201d\u2018\u2019")


def chars(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i] not in QUOTE_MARKS}


def test_every_required_attribution_is_found_with_its_speaker(seed_article: Any,
                                                              seed_expected: dict[str, Any]) -> None:
    text = seed_article.text
    for gold in seed_expected["quotes"]:
        if gold.get("optional"):
            continue
        want = set().union(*(chars(text, a, b) for a, b in gold["quote_spans"]))
        hits = [q for q in seed_article.quotes
                if 2 * len(want & chars(text, q.content_start, q.content_end)) >= len(want)
                and 2 * len(want & chars(text, q.content_start, q.content_end))
                >= len(chars(text, q.content_start, q.content_end))]
        assert hits, f"no quote for {gold['cue']!r}: {gold['quote']!r}"
        speakers = set().union(*(chars(text, a, b) for a, b in gold["speaker_spans"]))
        assert any(q.speaker_start is not None and speakers & chars(text, q.speaker_start, q.speaker_end)
                   for q in hits), f"wrong speaker for {gold['quote']!r}: {[q.speaker for q in hits]}"


def test_headline_attribution(seed_article: Any) -> None:
    [q] = [q for q in seed_article.quotes if q.headline]
    assert (q.content, q.speaker, q.cue) == ("S. Korea, U.S. pursue 'fully coordinated' N.Korea policy",
                                             "foreign ministry", ":")
    assert q.type == "mixed"  # the single quotes around 'fully coordinated'


def test_offsets_point_at_their_text(seed_article: Any) -> None:
    text = seed_article.text
    for q in seed_article.quotes:
        assert text[q.content_start:q.content_end] == q.content
        if q.speaker is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker
        if q.cue is not None:
            assert text[q.cue_start:q.cue_end] == q.cue


def test_nothing_after_the_end_marker_is_quoted(seed_article: Any, seed_text: str) -> None:
    end = seed_text.index("(END)")
    assert seed_article.quotes
    assert all(q.content_end <= end and (q.speaker_end or 0) <= end for q in seed_article.quotes)


def test_speaker_actor_comes_from_the_actors_stage(seed_article: Any) -> None:
    """Choi's direct quote: the speaker mention overlaps an entity with an actor, which is copied."""
    told = [q for q in seed_article.quotes if q.cue == "told" and q.speaker == "Choi"]
    assert told
    for q in told:
        ents = [e for e in seed_article.entities if e.start < q.speaker_end and q.speaker_start < e.end]
        expected = next((e.actor for e in ents if e.actor is not None), None)
        assert q.speaker_actor is expected


def test_speaker_actors_of_the_seed(seed_article: Any) -> None:
    """What a user reads off the seed: Choi speaks for the South Korean government, the State
    Department spokesperson for the U.S. government."""
    actors = {q.speaker: q.speaker_actor.code for q in seed_article.quotes if q.speaker_actor is not None}
    assert actors.get("Choi") == "KORGOV"
    assert actors.get("a State Department spokesperson") == "USAGOV"
