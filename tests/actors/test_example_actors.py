"""The real-news check for actors: every example story and the seed against an analyst's list.

The expected lists (golden/example_actors.json) were written by reading each story, not from the
program's output: the distinct actors with their CAMEO codes, the mentions that must carry them
(coreference included), and junk that must never be an actor (measure phrases, facilities, seas,
common nouns, bylines).
"""

from __future__ import annotations

from typing import Any

import pytest

from actors.example_golden import analyse, load_golden, story_errors, story_path

pytestmark = pytest.mark.model

STORIES = load_golden()


@pytest.mark.parametrize("key", sorted(STORIES))
def test_story_actors_match_the_analysts_list(key: str, nlp: Any) -> None:
    path = story_path(STORIES[key])
    if not path.exists():
        pytest.skip(f"{path} is absent (the seed lives in ../shared/seed)")
    article = analyse(path, nlp)
    assert story_errors(article, STORIES[key]) == []


@pytest.mark.parametrize("key", sorted(STORIES))
def test_every_coded_actor_keeps_its_reasons(key: str, nlp: Any) -> None:
    path = story_path(STORIES[key])
    if not path.exists():
        pytest.skip(f"{path} is absent")
    article = analyse(path, nlp)
    for entity in article.entities:
        if entity.actor is not None and entity.actor.code:
            assert entity.actor.reasons, entity.text
            assert article.text[entity.start:entity.end] == entity.text
