"""Whole wire stories of our own for the whole-story gaps (twenty-seventh session, wip/gaps29): every
expectation of tests/events/stories_gaps29.py is asserted, and what the coder still gets wrong is a
strict xfail with its reason."""

from __future__ import annotations

import pytest

from support import load_probe_module, story_tests

_stories = load_probe_module("stories_gaps29")

pytestmark = [pytest.mark.model]

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)
