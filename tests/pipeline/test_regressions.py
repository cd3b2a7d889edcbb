"""Regressions found on real copy, each pinned by a sentence written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from wirewatch.records import Document

pytestmark = pytest.mark.model


def test_infinitive_root_does_not_recurse_forever(analyzer: Any) -> None:
    # A root verb with a "to" auxiliary sent the timex tense check up the tree for ever: spaCy makes a
    # new Token object on each access, so an identity test for "the root is its own head" never held.
    text = "How to vote on Tuesday\n\nVoters can still register, officials said on Monday."
    article = analyzer.analyze(Document(id="t", text=text, source="t", date="2016-11-03"))
    assert [t.text for t in article.timexes] == ["Tuesday", "Monday"]
    assert all(t.value and t.value.startswith("2016-") for t in article.timexes)
