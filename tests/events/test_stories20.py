"""What whole unread stories showed an analyst (eighteenth session, stories20): a receipt denied read
as a refusal, and backing someone has read as backing they give. Sentences are our own, in the shapes
the unread copy showed; each fix has a control that must still be coded. The branch's readings of
talk about a topic and of title-case headline greetings were taken out at the merge (they lost two
right triples of the held-out batches in aggregate); their controls stay here.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


def triples(art: Any) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in art.events if e.cameo}


def test_a_party_talked_with_is_still_consulted(code: Any) -> None:
    art = code("Secretary of State John Kerry talked with Russian Foreign Minister Sergei Lavrov about "
               "Syria on Monday.", date="2016-09-29")
    assert any(t[2] == "040" and t[1] and t[1].startswith("RUS") for t in triples(art)), triples(art)


def test_a_delegation_received_in_a_headline_is_still_hosted(code: Any) -> None:
    art = code("Kim Tok Hun Receives Delegation of Laos\nPyongyang, May 2 (KCNA) -- Kim Tok Hun received "
               "a government delegation of Laos in Pyongyang on Friday.", date="2024-05-02")
    assert any(t[2] == "043" for t in triples(art)), triples(art)


def test_talking_with_a_partner_about_a_topic_is_still_consulting(code: Any) -> None:
    art = code("Chavez said he had talked with Colombian President Alvaro Uribe about the border.",
               date="2005-03-01")
    assert ("VENGOV", "COLGOV", "040") in triples(art), triples(art)


def test_backing_not_received_is_nobodys_refusal(code: Any) -> None:
    art = code("The senator from Ohio has not won the endorsement of Governor John Kasich.",
               date="2016-03-01")
    assert not [t for t in triples(art) if t[2].startswith("12")], triples(art)


def test_a_meeting_not_held_is_still_a_refusal(code: Any) -> None:
    art = code("Iran did not meet the Iraqi delegation.", date="2016-03-01")
    assert any(t[2].startswith("12") and t[0] == "IRN" for t in triples(art)), triples(art)


def test_an_endorsement_someone_has_is_given_to_them(code: Any) -> None:
    art = code("Senator Sherrod Brown has the endorsement of the American Federation of Teachers.",
               date="2016-03-01")
    got = triples(art)
    assert not [t for t in got if t[0] and t[0].startswith("USALEG")], got
    assert any(t[2] == "051" and t[1] == "USALEG" for t in got), got


def test_endorsements_held_in_a_body_are_no_endorsement_of_the_body(code: Any) -> None:
    art = code("Hillary Clinton has 31 endorsements in the United States Senate.", date="2015-11-09")
    assert not [t for t in triples(art) if t[1] == "USALEG"], triples(art)
