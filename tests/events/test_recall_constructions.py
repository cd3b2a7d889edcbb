"""Recall by construction (issue #7, sixth session): acts and parties the parse hides.

Each sentence is our own wording of a construction that wire copy uses and that the coder used to
miss (docs/events.md, "Sixth session"): the triples an analyst writes down, at country level, and
none more.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


def _triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code[:3], e.target.code[:3], e.cameo) for e in art.events if e.cameo}


CASES = [
    # a visit told in a before-clause is a second visit, not a detail of the first
    ("The Polish prime minister spent two days in Lithuania before flying to Latvia.", "2024-03-05",
     {("POL", "LTU", "042"), ("LTU", "POL", "043"), ("POL", "LVA", "042"), ("LVA", "POL", "043")}),
    # a coordinated threat with no party of its own addresses the first act's target
    ("Washington has accused Japan of reneging on the deal, and has threatened to take retaliatory action.",
     "2024-03-05", {("USA", "JPN", "112"), ("USA", "JPN", "130")}),
    # a conjunct's "he" is the first conjunct's subject; the first act takes no target from the second
    ("The Kenyan president praised the reforms, but he criticised Uganda for closing the border.",
     "2024-03-05", {("KEN", "UGA", "111")}),
    # "his country" is the speaker's state
    ("Secretary of State George Shultz said his country welcomed China's interest in joining GATT.",
     "1987-04-05", {("USA", "CHN", "051")}),
    # the attack noun's national modifier is the attacker, never also the victim
    ("Five Palestinians were killed in an Israeli raid in the West Bank town of Jenin.", "2024-03-05",
     {("ISR", "PSE", "190")}),
    # talks between two named parties are an event wherever they stand
    ("The meeting between the Chinese and Indian foreign ministers in Moscow ended without a statement.",
     "2024-03-05", {("CHN", "IND", "040"), ("IND", "CHN", "040")}),
    # a passive welcome in a relative clause, under a main act that names nobody
    ("Australia has unveiled a new visa scheme which was warmly welcomed by Indonesia.", "2024-03-05",
     {("IDN", "AUS", "051")}),
    # a second target hung on the first one's place
    ("Israel launched air strikes against Hamas positions in Gaza and Hezbollah targets in Lebanon.",
     "2024-03-05", {("ISR", "PSE", "195"), ("ISR", "LBN", "195")}),
    # an adjective set off after its noun takes that noun as subject
    ("The Kenyan president, critical of Uganda's border policy, said the talks would continue.", "2024-03-05",
     {("KEN", "UGA", "111")}),
    # a date on a noun does not make the act history
    ("Prosecutors in Argentina are investigating Iran over the 1994 bombing of a Jewish centre.",
     "2024-03-05", {("ARG", "IRN", "090")}),
    # a sector-coded source aims at a named party before its own bare country
    ("In the latest U.S.-Japan trade row, President Reagan has threatened to raise tariffs on Japanese "
     "goods.", "1987-04-05", {("USA", "JPN", "131")}),
    # a claim that another state exaggerated is an accusation
    ("Moscow said Kyiv had fabricated evidence of the killings.", "2024-03-05", {("RUS", "UKR", "112")}),
    # a restatement with a region stays one visit
    ("Brazil's president paid a visit to Angola last week, his first trip to Africa.", "2024-03-05",
     {("BRA", "AGO", "042"), ("AGO", "BRA", "043")}),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_recall_construction(code: Any, text: str, date: str, expected: set[tuple[str, str, str]]) -> None:
    assert _triples(code(text, date=date)) == expected


def test_headline_run_into_the_lead_is_cut(code: Any) -> None:
    """A headline, byline and dateline collapsed onto the lead's line: the lead is coded on its own
    (its subject is not the headline's), and each offset points at its own words."""
    text = ("PRESIDENT HOLDS TALKS WITH CHIRAC PARIS, March 16 - West German President Richard von "
            "Weizsaecker met French President Francois Mitterrand for talks on the first day of his visit.")
    art = code(text, date="1987-03-16")
    assert {("DEU", "FRA", "040"), ("FRA", "DEU", "040")} <= _triples(art)
    lead = text.index("West German")
    assert all(e.start >= lead for e in art.events if e.cameo)
