"""A state and its own armed or opposition side, relations cut, and words the small model misreads
(issue #7, twentieth session). The blind probes in `probes_domestic22.py` found each class; the sentences
here are fresh ones of our own, each class with a control that keeps its reading.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "2004-06-15"


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


def roots(art: Any) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in triples(art)}


# --- a state named alone and its own rebels are two sides, not a self-dyad

def test_a_state_named_alone_talks_with_its_own_rebels(code: Any) -> None:
    art = code("Angola opened negotiations with the rebels on Thursday.", date=DATE)
    assert ("AGO", "AGOREB", "04") in roots(art), triples(art)


def test_a_state_still_does_not_meet_its_own_government(code: Any) -> None:
    art = code("Kim Jong Il inspected a machine factory in Pyongyang.", date=DATE)
    assert not any(s[:3] == t[:3] for s, t, _ in triples(art)), triples(art)


# --- a capital abroad is where an armed side meets a state, not its home

@pytest.mark.parametrize("text, side", [
    ("The Burundian government resumed talks with Hutu rebel leaders in Pretoria.", "BDIREB"),
    ("Colombian officials met leaders of the rebels in Caracas on Monday.", "COLREB"),
    ("Uganda signed a truce with rebel commanders in Juba.", "UGAREB"),
])
def test_talks_in_a_capital_abroad_do_not_place_the_side(code: Any, text: str, side: str) -> None:
    art = code(text, date=DATE)
    assert any(side in (s, t) for s, t, _ in triples(art)), triples(art)


@pytest.mark.parametrize("text, side", [
    ("Police in Kampala arrested 14 rebel suspects on Friday.", "UGA"),
    ("Sudanese troops fought rebels in Darfur on Monday.", "SDN"),
])
def test_a_home_place_still_places_the_side(code: Any, text: str, side: str) -> None:
    art = code(text, date=DATE)
    assert art.events and all(s.startswith(side) for s, t, _ in triples(art)), triples(art)


# --- those who lead or speak for a side are the side

def test_rebel_leaders_are_rebels_not_a_government(code: Any) -> None:
    art = code("Nepal's government held talks with Maoist rebel leaders in Kathmandu.", date=DATE)
    assert ("NPLGOV", "NPLREB", "046") in triples(art), triples(art)


def test_met_opposition_leaders_is_a_meeting(code: Any) -> None:
    art = code("The Zambian president met opposition leaders at State House.", date=DATE)
    assert ("ZMBGOV", "ZMBOPP", "040") in triples(art), triples(art)


def test_met_opposition_is_still_no_meeting(code: Any) -> None:
    art = code("The Zambian budget met fierce opposition in parliament.", date=DATE)
    assert not any(c.startswith("04") for _, _, c in triples(art)), triples(art)


# --- "re-" verbs are one word to the parser

def test_a_re_verb_is_one_token_with_its_lemma(nlp: Any) -> None:
    doc = nlp("Iran re-imposed restrictions and Congo re-opened its border.")
    words = {t.text: (t.lemma_, t.pos_) for t in doc}
    assert words["re-imposed"] == ("re-impose", "VERB")
    assert words["re-opened"] == ("re-open", "VERB")
    assert doc.text == "Iran re-imposed restrictions and Congo re-opened its border."


def test_a_re_verb_codes_as_its_verb(code: Any) -> None:
    art = code("Washington re-imposed sanctions on Belarus on Friday.", date=DATE)
    assert ("USA", "BLR", "16") in roots(art) or ("USAGOV", "BLR", "16") in roots(art), triples(art)


def test_re_established_relations_are_restored(code: Any) -> None:
    art = code("Iraq and Syria re-established diplomatic relations after 26 years.", date=DATE)
    assert {("IRQ", "SYR", "050"), ("SYR", "IRQ", "050")} <= triples(art), triples(art)


# --- what a time or circumstance phrase names is never the act's object

def test_an_attack_after_which_a_service_stopped_is_not_halted(code: Any) -> None:
    art = code("Nepal suspended flights to India after the hijacking of the airliner.", date=DATE)
    assert not any(c.startswith("087") for _, _, c in triples(art)), triples(art)


def test_halting_an_offensive_still_de_escalates(code: Any) -> None:
    art = code("Israel halted its offensive against Hamas after the truce talks.", date=DATE)
    assert any(c.startswith("087") for _, _, c in triples(art)), triples(art)


# --- relations ended, trade frozen, a light verb of arrest

@pytest.mark.parametrize("text, want", [
    ("Libya ended its ties with Switzerland over the arrest of Gaddafi's son.", ("LBY", "CHE", "161")),
    ("Russia froze trade with Georgia on Tuesday.", ("RUS", "GEO", "163")),
    ("Pakistan suspended the train service to India.", ("PAK", "IND", "161")),
])
def test_relations_and_trade_cut(code: Any, text: str, want: tuple[str, str, str]) -> None:
    art = code(text, date=DATE)
    assert want in triples(art), triples(art)


def test_put_under_house_arrest_holds_the_object(code: Any) -> None:
    art = code("Belarusian authorities put the opposition candidate under house arrest.", date=DATE)
    assert any(t == "BLROPP" and c == "173" for _, t, c in triples(art)), triples(art)


# --- names the small model mistags

def test_a_rare_country_first_in_its_sentence_is_the_subject(code: Any) -> None:
    art = code("Tonga broke off diplomatic relations with Taiwan.", date=DATE)
    assert ("TON", "TWN", "161") in triples(art), triples(art)


def test_a_group_named_beside_a_state_shares_its_home(code: Any) -> None:
    art = code("Niger and Tuareg rebels signed a peace deal in Tripoli.", date=DATE)
    assert any(t in ("NERREB", "NERSEP") for _, t, _ in triples(art)), triples(art)


# --- a divided country's plural names both states

def test_the_two_koreas_are_both_states(code: Any) -> None:
    art = code("The two Koreas resumed military talks at Panmunjom on Wednesday.", date=DATE)
    assert {("KOR", "PRK", "046"), ("PRK", "KOR", "046")} <= triples(art), triples(art)


def test_both_koreas_act_on_a_third_state(code: Any) -> None:
    art = code("Both Koreas condemned Japan's textbook revisions.", date=DATE)
    assert {("KOR", "JPN"), ("PRK", "JPN")} <= {(s, t) for s, t, _ in triples(art)}, triples(art)
