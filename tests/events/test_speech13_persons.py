"""Persons of reported speech, thirteenth round of issue #7 (wip/speech13): inside a quote or a clause
under a speech verb, "us"/"me"/"our X" name the speaker, "you"/"your X" the one spoken to, and an
object "it" or "his country" the state or body that speaks. The sentences are our own, with negatives;
each construction holds for any verb and actor because it is English grammar."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


@pytest.mark.parametrize("text, expected", [
    # the first person as the one acted on is the speaker (a minister speaks for the government)
    ('"Russia attacked us last night," the Ukrainian president said.', {("RUS", "UKRGOV", "190")}),
    ('"Putin threatened me on Monday," the French president said.', {("RUSGOV", "FRAGOV", "130")}),
    ('"Pakistani troops attacked our soldiers," the Indian army chief said.', {("PAKMIL", "INDMIL", "190")}),
    ('"China has threatened our country for years," the Taiwanese foreign minister said.',
     {("CHN", "TWN", "130")}),
    # ... also under a speech verb with no quotation marks
    ("The Ukrainian president said Russia had threatened us again.", {("RUS", "UKRGOV", "130")}),
    # the second person is whom the words are said to ("told", "said to", "wrote to")
    ('"We will help you," the French president said to the Ukrainian leader.', {("FRAGOV", "UKRGOV", "033")}),
    ('"Your forces attacked our villages," the Indian minister told his Pakistani counterpart.',
     {("PAKMIL", "IND", "190")}),
    ('"You have attacked our towns," the Israeli defence minister told Hamas.', {("PSEREB", "ISR", "190")}),
    # an object "it", "his country" under "X said": the state or body that speaks
    ("Taiwan said China had threatened it.", {("CHN", "TWN", "130")}),
    ("Lithuania said on Tuesday that Russia had threatened it.", {("RUS", "LTU", "130")}),
    ("The Iranian envoy said Israel had threatened his country.", {("ISR", "IRN", "130")}),
])
def test_a_person_of_speech_is_its_speaker_or_addressee(code: Any, text: str,
                                                        expected: set[tuple[str, str, str]]) -> None:
    got = triples(code(text))
    assert expected <= got, sorted(got)


@pytest.mark.parametrize("text, not_expected", [
    # a third person inside a direct quote is not the speaker, who would say "we"
    ('"They attacked our soldiers," the Indian army chief said.', ("INDMIL", "---MIL", "190")),
    ('"They will impose sanctions on Japan," the South Korean minister said.', ("KORGOV", "JPN", "163")),
    # "it" after another noun of the clause is that thing, not the speaker
    ("Ukraine said Russia had shelled the dam and destroyed it.", ("RUS", "UKR", "190")),
    # "you" with nobody spoken to names no one
    ('"We will help you," the French president said.', ("FRAGOV", "FRAGOV", "033")),
    # "his country" with a person as the clause's subject may be that person's country
    ("The senator said Putin had betrayed his country.", ("RUSGOV", "USA", "111")),
])
def test_a_person_is_not_resolved_where_grammar_leaves_it_open(code: Any, text: str,
                                                               not_expected: tuple[str, str, str]) -> None:
    assert not_expected not in triples(code(text))


def test_the_press_spoken_to_is_no_party(code: Any) -> None:
    # "told reporters" / "told Reuters": the channel of the report, never "you"
    got = triples(code('"We will support you," the Japanese prime minister told Reuters.'))
    assert not any(t[1].endswith("MED") for t in got), sorted(got)


@pytest.mark.parametrize("text", [
    # "you" asked or told to act is not said to have acted
    '"You need to bomb the Iranian nuclear sites," the senator told the president.',
    '"You should attack Iran," the Israeli minister told his American counterpart.',
])
def test_a_second_person_asked_to_act_is_no_source(code: Any, text: str) -> None:
    got = triples(code(text))
    assert not any(t[1] == "IRN" and t[2].startswith(("18", "19")) for t in got), sorted(got)


def test_an_owned_noun_with_a_name_is_that_name_not_the_country(code: Any) -> None:
    # "our ally, Japan" names Japan; "our" only says whose ally it is
    got = triples(code('"We will defend our ally, Japan," the American defence secretary said.'))
    assert not any(t[1] == "USA" for t in got), sorted(got)


@pytest.mark.parametrize("text, expected", [
    # a spokesperson set off by commas speaks in the name of whom the title names
    ("Brian Fallon, a spokesman for Hillary Clinton, criticised Donald Trump.", ("USAELI", "USAELI", "111")),
    ("John Smith, a spokeswoman for Kenya's president, praised Uganda.", ("KENGOV", "UGA", "051")),
])
def test_a_spokesperson_in_apposition_speaks_for_the_principal(code: Any, text: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in triples(code(text))
