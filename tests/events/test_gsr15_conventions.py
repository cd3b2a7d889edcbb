"""The CAMEO manual's conventions for parties the GSR examples show (thirteenth session, wip/lead15).

- An attack with no attacker named ("a roadside bomb near Samarra killed ...") is coded against the
  unidentified armed forces of its place (IRQUAF), for CAMEO as for PLOVER.
- "killed one soldier and wounded two others": the others are more of the first verb's victims.
- A governing title written in the text ("President Suharto") holds the office when the text was
  written, whatever the office-holder table's dates say about the story's date.
- A state's officials with no body named ("Palestinian officials", "a U.S. official") are its GOV.

Sentences written for wirewatch from the CAMEO codebook; none is from an evaluation set.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


def _triples(article: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in article.events if e.cameo}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("A roadside bomb near the town of Kirkuk killed three Iraqi policemen on Monday.", "IRQUAF", "IRQCOP"),
    ("Two U.S. soldiers were killed by a car bomb outside the Afghan city of Kandahar.", "AFGUAF", "USAMIL"),
    ("An explosion at a market in the Pakistani city of Peshawar killed 12 people.", "PAKUAF", "PAK"),
])
def test_unnamed_attacker_is_the_place_force(code: Any, text: str, source: str, target: str) -> None:
    got = _triples(code(text, date="2006-05-02"))
    assert any(s == source and t.startswith(target) and c[:2] in ("18", "19") for s, t, c in got), got


def test_named_attacker_keeps_its_own_code(code: Any) -> None:
    got = _triples(code("Taliban fighters killed three Afghan soldiers near Kandahar.", date="2006-05-02"))
    assert got and all(not s.endswith("UAF") for s, _, _ in got), got


def test_others_are_the_first_verbs_party(code: Any) -> None:
    article = code("A roadside bomb near Samarra killed one U.S. soldier and wounded two others.",
                   date="2006-05-02")
    # since the fifteenth session "wounded" takes the bomb's code (183) and is the same occurrence as the
    # killing, so it is one event; every coded party it hits is still American
    coded = [e for e in article.events if e.cameo]
    assert coded and all(e.target.code.startswith("USA") for e in coded), coded


@pytest.mark.parametrize(("text", "date", "actor"), [
    ("President Suharto rejected the demands of the students.", "2000-01-01", "IDNGOV"),
    ("Bulgarian President Todor Zhivkov criticized Turkey on Monday.", "2000-01-01", "BGRGOV"),
])
def test_a_title_in_the_text_holds_the_office(code: Any, text: str, date: str, actor: str) -> None:
    article = code(text, date=date)
    assert {e.source.code for e in article.events if e.source} == {actor}


def test_former_title_stays_an_elite(code: Any) -> None:
    article = code("Former President Suharto criticized the students.", date="2000-01-01")
    assert {e.source.code for e in article.events if e.source} == {"IDNELI"}


@pytest.mark.parametrize(("text", "triple"), [
    ("Palestinian officials accused Israel of violating the truce.", ("PSEGOV", "ISR", "112")),
    ("A U.S. official criticized Iran on Monday.", ("USAGOV", "IRN", "111")),
    ("Chinese army officials criticized Japan.", ("CHNMIL", "JPN", "111")),
    ("Former Kenyan officials criticized Uganda.", ("KENELI", "UGA", "111")),
])
def test_officials_of_a_state(code: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(code(text))


@pytest.mark.parametrize(("text", "triple"), [
    # the small model hangs the named subject on the verb as an adverbial (npadvmod)
    ("Turkey massed troops on its border with Syria.", ("TUR", "SYR", "15")),
])
def test_a_name_misparsed_before_its_verb_is_the_subject(code: Any, text: str,
                                                          triple: tuple[str, str, str]) -> None:
    got = _triples(code(text))
    assert any(s[:3] == triple[0] and t[:3] == triple[1] and c.startswith(triple[2]) for s, t, c in got), got


def test_a_title_of_honour_decades_on_is_no_office(code: Any) -> None:
    article = code("Delegates laid flowers before the statue of President Kim Il Sung.", date="2024-09-07")
    codes = {e.actor.code for e in article.entities if e.actor and "Kim Il Sung" in e.text}
    assert codes == {"PRKELI"}


@pytest.mark.parametrize(("text", "triple"), [
    # the small model leaves an international body untagged, or tags the whole sentence as its name
    ("Human Rights Watch criticised Indonesia on Thursday for the killings in Aceh.", ("NGO", "IDN", "11")),
    ("The Organization of the Islamic Conference condemned Israel.", ("IGO", "ISR", "11")),
    ("The Organisation of Islamic Conference voiced support for Pakistan's position on Kashmir.",
     ("IGO", "PAK", "05")),
    # the one a demand is made on is the subject of the clause asked for, above an xcomp chain
    ("The Security Council demanded that Liberia stop supporting rebels in Sierra Leone.",
     ("IGO", "LBR", "10")),
])
def test_bodies_and_demands(code: Any, text: str, triple: tuple[str, str, str]) -> None:
    got = _triples(code(text))
    assert any(s[:3] == triple[0] and t[:3] == triple[1] and c.startswith(triple[2]) for s, t, c in got), got


@pytest.mark.parametrize(("text", "sides"), [
    # a side named only by its role takes its own place's country, so the fight keeps both sides
    ("Clashes between Indonesian troops and separatist rebels in Aceh left 12 people dead.",
     {("IDNMIL", "IDNREB"), ("IDNREB", "IDNMIL")}),
    ("Fighting between government troops and rebels killed 20 people in Darfur.",
     {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")}),
])
def test_a_role_side_of_a_fight(code: Any, text: str, sides: set[tuple[str, str]]) -> None:
    got = {(s, t) for s, t, c in _triples(code(text)) if c.startswith("19")}
    assert got == sides


@pytest.mark.parametrize(("text", "triple"), [
    # spaCy splits a hyphenated word in three; the lexicon lists it whole (AP writes "cease-fire")
    ("Egyptian lawyers staged a sit-in outside the Israeli embassy in Cairo.", ("EGY", "ISR", "14")),
    ("Russia announced a build-up of troops on the Ukrainian border.", ("RUS", "UKR", "154")),
    ("Hezbollah violated the cease-fire with Israel.", ("LBN", "ISR", "196")),
])
def test_hyphenated_lexicon_words(code: Any, text: str, triple: tuple[str, str, str]) -> None:
    got = _triples(code(text))
    assert any(s[:3] == triple[0] and t[:3] == triple[1] and c.startswith(triple[2]) for s, t, c in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # ending one's own attacks de-escalates (087); the attack ended is no act of its own
    ("NATO ended its bombing campaign against Yugoslavia on Thursday.", {("IGO", "YUG", "087")}),
    ("Israel halted its air strikes on Lebanon.", {("ISR", "LBN", "087")}),
    ("The president ended his election campaign in Ohio.", set()),
])
def test_ending_an_offensive(code: Any, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = {(s[:3], t[:3], c) for s, t, c in _triples(code(text, date="2000-01-01"))}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an inquiry is aimed at whoever is investigated, never at the people the act inquired into befell
    ("The Indian government ordered an inquiry into the killing of 35 Sikhs in Kashmir.", set()),
    ("Interpol launched an investigation into the disappearance of a Belgian businessman in Congo.", set()),
    ("Italy opened an investigation into the bombing by Libyan agents.", {("ITA", "LBY", "09")}),
    ("Britain launched an investigation into Iran's nuclear programme.", {("GBR", "IRN", "09")}),
    # burning villages destroys property (171), even where the parser misreads the verb after it
    ("Government troops burned villages and massacred civilians in Darfur.", {("SDN", "SDN", "17")}),
])
def test_inquiries_and_burnings(code: Any, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = {(s[:3], t[:3], c[:2]) for s, t, c in _triples(code(text, date="2004-05-02"))}
    assert got == {(s, t, c[:2]) for s, t, c in expected}


@pytest.mark.parametrize(("text", "triple"), [
    ("Hamas vowed to avenge the killing of its leader by Israel.", ("PSE", "ISR", "138")),
    ("Palestinian youths threw stones at Israeli soldiers in Hebron.", ("PSE", "ISR", "145")),
])
def test_vengeance_and_stones(code: Any, text: str, triple: tuple[str, str, str]) -> None:
    got = _triples(code(text))
    assert any(s[:3] == triple[0] and t[:3] == triple[1] and c.startswith(triple[2]) for s, t, c in got), got
