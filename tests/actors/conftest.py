"""Fixtures for the actors tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def blank_nlp() -> Any:
    """A tokenizer-only pipeline: entities are set by hand, no model needed."""
    import spacy

    return spacy.blank("en")
