"""Argument attachment over the shapes of wire copy, seventeenth session (wip/shape19): constructions
that join an act to a party the coder already finds in the sentence. Each holds for any verb and actor
because it is English grammar; the sentences are our own, with negatives."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


@pytest.mark.parametrize("text, expected", [
    # a reporting verb coordinated with an act ("did A and said B") reports a statement of its own:
    # what it says is read beside the first act, with the same subject, not dropped under it
    ("The United States had moved troops into the Gulf and said it would strike Iraq.",
     {("USA", "IRQ", "138")}),
    ("Israel closed the Gaza crossings and said it would retaliate against Hamas.",
     {("ISR", "PSEREB", "138")}),
    # a country's name right after a give/offer verb and before an adjective of the object is the
    # recipient the parser joined to the object, not the object's qualifier
    ("The United States offered Jordan new F-16 fighters.", {("USA", "JOR", "030")}),
    ("Washington promised Israel advanced F-35 jets.", {("USAGOV", "ISR", "030")}),
    # a plural that points back ("those countries", "the two countries", "both nations") as an object
    # stands for the coordinated states named before it in the same subject's clause, as "them" does
    ("Faced with protectionist anger in Congress, the Reagan administration stepped up its rhetoric "
     "against Taiwan and Korea, urging those countries to lift impediments to free trade.",
     {("USAGOV", "TWN", "020"), ("USAGOV", "KOR", "020")}),
    ("Egypt hosted Israel and Jordan and urged both nations to resume talks.",
     {("EGY", "ISR", "026"), ("EGY", "JOR", "026")}),
    # "it" as the object of a second verb of the same subject stands for the state named nearest before it
    ("Faced with growing support for independence on the island, the Chinese government stepped up its "
     "rhetoric against Taiwan, urging it to abandon the referendum plan.", {("CHNGOV", "TWN", "020")}),
    # a passive verb has an object (its subject): an `intrans` row ("seized on" a remark) never reads it,
    # so the late by-agent seizes the boat
    ("A Turkish fishing boat was seized off the north coast of Cyprus on Monday by Greek Cypriot patrol "
     "boats.", {("CYP", "TUR", "171")}),
])
def test_construction(code: Any, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(code(text, date="2001-01-01"))
    assert expected <= got, sorted(got)


@pytest.mark.parametrize("text, present, absent", [
    # the name keeps qualifying a noun when it is no object right after the verb, or is a possessor
    ("Syria condemned the U.S. new sanctions.", ("SYR", "USA", "111"), None),
    ("Iraq's new government met Syrian officials.", ("IRQGOV", "SYRGOV", "040"), ("IRQ", "SYRGOV", "040")),
    # "it" standing for a thing gives no party
    ("China condemned the missile test and called it a provocation.", None, ("CHN", "TWN", "111")),
    # a negated statement stays uncoded beside the act
    ("Iran denied the reports and said it had never attacked Iraqi ships.", None, ("IRN", "IRQ", "190")),
])
def test_negative(code: Any, text: str, present: tuple[str, str, str] | None,
                  absent: tuple[str, str, str] | None) -> None:
    got = triples(code(text, date="2001-01-01"))
    if present is not None:
        assert present in got, sorted(got)
    if absent is not None:
        assert absent not in got, sorted(got)
