"""The real-news check on two stories written for this test after the rules were made (model).

The example stories' lists (test_example_actors.py) were used while writing the rules; these two
were not: they check that the fixes for the issue's list generalise (a regional-hub dateline, a
facility named after a person, "the Navy" and "the Guards" repeating a named body, a unit owned by
a named body ("the U.S. Navy's Fifth Fleet"), a country that owns a named office, Kenyan bodies in
a Nairobi story, seas and measures that are no actors). Judged by the same rules as the example
stories: every listed actor, with its mentions, and nothing else coded.
"""

from __future__ import annotations

from typing import Any

import pytest

from actors.example_golden import story_errors
from wirewatch.nlp.actors.assign import assign_actors
from wirewatch.nlp.model import analysis_text
from wirewatch.pipeline import analyze_structure
from wirewatch.records import Document

pytestmark = pytest.mark.model

GULF_STORY = """Iran seizes tanker in Strait of Hormuz, U.S. Navy says

DUBAI, July 14 (Reuters) - Iran's Revolutionary Guards seized a foreign oil tanker in the Strait \
of Hormuz on Sunday, the U.S. Navy's Fifth Fleet said, the latest incident in the Gulf waterway.

The Guards said the ship was smuggling 1 million litres of fuel, state television reported. \
Tehran did not name the vessel.

"We will not tolerate such piracy," a Fifth Fleet spokesman said, adding that the Navy was \
monitoring the situation from the Persian Gulf.

The foreign ministry in Tehran summoned the British ambassador, while Britain's Foreign Office \
said it was seeking urgent information. The ministry said the crew of 12 was safe.

Oil prices rose 2 percent. Exports through the Bandar Abbas port were unaffected, officials said.
"""

NAIROBI_STORY = """Kenya police disperse protest over fuel prices

NAIROBI, March 3 (VOA) — Police in Nairobi fired tear gas on Tuesday at hundreds of protesters \
angry over a 16% rise in fuel prices, witnesses said.

Parliament will debate the tax on Thursday, the Interior Ministry said in a statement. \
Opposition leaders called for a national strike.

"We will not allow lawlessness," police spokesman Bruno Shioso told reporters. He said 25 people \
were arrested near the Kenyatta International Convention Centre.

Fuel imports through the port of Mombasa rose to 600,000 tonnes in February, the energy regulator \
said. Tanzania's government said it was watching the Indian Ocean shipping lanes closely.

The ministry said the tax would raise 50 billion shillings.
"""

STORIES: dict[str, tuple[str, str, dict[str, Any]]] = {
    "gulf": (GULF_STORY, "2019-07-14", {
        "actors": [
            {"name": "Iran", "code": "IRN", "mentions": ["Iran", "Tehran"]},
            {"name": "the Revolutionary Guards", "code": "IRNMIL",
             "mentions": ["Revolutionary Guards", "Guards"]},
            {"name": "the U.S. Navy", "code": "USAMIL", "mentions": ["U.S. Navy", "the U.S. Navy", "Navy"]},
            {"name": "Fifth Fleet", "code": "USAMIL", "mentions": ["Fifth Fleet"]},
            {"name": "Iran's foreign ministry", "code": "IRNGOV",
             "mentions": ["The foreign ministry", "The ministry"]},
            {"name": "the United Kingdom", "code": "GBR", "mentions": ["Britain"]},
            {"name": "the Foreign Office", "code": "GBRGOV", "mentions": ["Foreign Office", "it"]},
            {"name": "the United Kingdom's ambassador", "code": "GBRGOV", "mentions": ["British"]},
            # a Dubai dateline on a story about Iran: the port's officials are Iran's, not the UAE's
            {"name": "Iran's officials", "code": "IRN", "mentions": ["officials"]},
        ],
        "must_not": ["Abbas", "Bandar Abbas port", "Gulf", "the Persian Gulf", "the Strait of Hormuz",
                     "1 million litres"],
    }),
    "nairobi": (NAIROBI_STORY, "2023-03-03", {
        "actors": [
            {"name": "Kenya's police", "code": "KENCOP", "mentions": ["Kenya", "Police"]},
            {"name": "Kenya", "code": "KEN", "mentions": ["Nairobi", "Mombasa"]},
            {"name": "Kenya's protesters", "code": "KENOPP", "mentions": ["protesters"]},
            {"name": "Parliament", "code": "KENLEG", "mentions": ["Parliament"]},
            {"name": "the Interior Ministry", "code": "KENGOV",
             "mentions": ["the Interior Ministry", "The ministry"]},
            {"name": "Kenya's opposition leaders", "code": "KENOPP", "mentions": ["Opposition leaders"]},
            {"name": "Bruno Shioso", "code": "KENCOPMED",
             "mentions": ["police spokesman Bruno Shioso", "He"]},
            {"name": "Kenya's energy regulator", "code": "KENGOV", "mentions": ["the energy regulator"]},
            {"name": "Tanzania's government", "code": "TZAGOV",
             "mentions": ["Tanzania's government", "it"]},
        ],
        "must_not": ["the Kenyatta International Convention Centre", "Indian Ocean", "600,000 tonnes", "16%",
                     "VOA"],
    }),
}


@pytest.mark.parametrize("key", sorted(STORIES))
def test_unseen_story_actors_match_the_analysts_list(key: str, nlp: Any) -> None:
    text, published, golden = STORIES[key]
    article = analyze_structure(Document(id=key, text=text, date=published))
    assign_actors(article, nlp(analysis_text(article)))
    assert story_errors(article, golden) == []
