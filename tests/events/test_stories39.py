"""Whole wire stories of our own read as an analyst would, eighteenth set (thirty-seventh session,
wip/stories39): ERA copy of 1989-2004 on the subjects the earlier sets used least (Zambia's disputed 2001
count, the Dominican strike of 1994, Galan's assassination and Barco's extradition decree, the Air France
hijack at Algiers, the Avrasya ferry, Adjara's mutiny, Chechen refugees in Ingushetia, Conte's speech on
refugees, the Senegal River killings, Nicaragua's tariff on Honduras, the NAFTA trucks, Burundi's regional
embargo, Hussein Kamel's asylum, Mengistu in Johannesburg, Talic's arrest in Vienna, the ICTR arrests in
Nairobi, Peru's MiG-29s, the Purulia arms drop, the first Tajik talks, the Ohrid envoys, the Bangui
mutiny, the Oakwood mutiny, Khudoberdiyev's revolt, the attack on Niyazov). Every expectation of
tests/events/stories39.py is asserted, and what the coder still gets wrong is a strict xfail with its
reason. Below them, the general classes the stories showed and the branch fixed, each with sentences of
our own the stories do not hold, and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories39")

pytestmark = [pytest.mark.model]

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


@pytest.mark.parametrize(("text", "date", "judge", "doer"), [
    # an arrest, a tariff, an embargo named again by a verdict is the act told before: the verdict is aimed
    # at its doers, and the judge arrests no one
    ("SOFIA (Reuters) - Greek police detained three Bulgarian truck drivers at the border on Monday. "
     "Bulgaria's Foreign Ministry called the arrest a provocation.", "1996-05-10", "BGR", "GRC"),
    ("BUENOS AIRES (Reuters) - Brazil imposed a 30 percent tariff on Argentine shoes on Tuesday. Argentina "
     "called the tariff a breach of the Mercosur treaty.", "1999-07-20", "ARG", "BRA"),
    ("PRETORIA (Reuters) - Zimbabwe imposed an embargo on South African maize on Monday. Pretoria called "
     "the embargo unjustified.", "1992-03-10", "ZAF", "ZWE"),
])
def test_an_act_named_again_is_judged(code: Any, text: str, date: str, judge: str, doer: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, judge, doer, "11"), got
    assert not any(s.startswith(judge) and c[:2] == "17" for s, _, c in got), got


def test_an_arrest_with_parties_of_its_own_is_a_new_act(code: Any) -> None:
    # control: "the arrest of two Greek smugglers" names its own parties
    got = story_triples(code("SOFIA (Reuters) - Greek police detained three Bulgarian truck drivers at the "
                             "border on Monday. On Tuesday Bulgarian police announced the arrest of two "
                             "Greek smugglers.", date="1996-05-10"))
    assert aimed(got, "BGR", "GRC", "17"), got


@pytest.mark.parametrize(("text", "date", "judge", "doer"), [
    # a reaction an act drew ("The killing drew condemnation from Paris") is aimed at the act's doers: its
    # by-agent, or those the story told before; the act itself, and its relative clause, stay background
    ("LIMA (Reuters) - Peruvian troops shelled an Ecuadorean border post on Monday. The shelling, which "
     "killed two soldiers, drew a protest from Quito.", "1995-01-30", "ECU", "PER"),
    ("ALGIERS (Reuters) - Islamic militants shot dead a French priest in Algiers on Sunday. The killing "
     "drew condemnation from Paris.", "1994-05-10", "FRA", "DZA"),
    ("DAKAR (AFP) - The killing of two farmers by Mauritanian border guards drew condemnation from "
     "Senegal.", "1989-04-28", "SEN", "MRT"),
])
def test_a_drawn_reaction_is_aimed_at_the_acts_doers(code: Any, text: str, date: str, judge: str,
                                                    doer: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, judge, doer, "11"), got
    assert not any(s.startswith(judge) and not t.startswith(doer) for s, t, _ in got), got


def test_a_drawn_reaction_is_never_aimed_at_the_sufferers(code: Any) -> None:
    # control: with no doer told, the farmers killed did not draw the condemnation
    got = story_triples(code("DAKAR (AFP) - The killing of two farmers drew condemnation from Senegal.",
                             date="1989-04-28"))
    assert not any(t.startswith("SENAGR") or t.startswith("SENCVL") for _, t, _ in got), got


def test_a_drawn_reaction_with_an_owner_keeps_its_reading(code: Any) -> None:
    # control: the cause's owner is the target, as before (crit11b)
    got = story_triples(code("TEHRAN (Reuters) - Iran's missile test sparked condemnation from Saudi Arabia.",
                             date="1998-07-23"))
    assert aimed(got, "SAU", "IRN", "11"), got


@pytest.mark.parametrize(("text", "date"), [
    # a strike told with the demand it presses is one protest (14x), not a protest and a demand
    ("MANILA (Reuters) - Thousands of Filipino teachers have been on strike for a week to demand that "
     "Congress raise their pay.", "1990-09-10"),
    ("LAGOS (Reuters) - The oil workers have been on a hunger strike since Monday to demand that the "
     "government free their leaders.", "1994-08-10"),
])
def test_a_strike_and_its_demand_count_once(code: Any, text: str, date: str) -> None:
    got = story_triples(code(text, date=date))
    assert any(c[:2] == "14" for _, _, c in got), got
    assert not any(c[:2] == "10" for _, _, c in got), got


def test_a_demand_of_its_own_stays(code: Any) -> None:
    # control: a demand that is no protest's purpose is the speaker's act
    got = story_triples(code("LAGOS (Reuters) - Opposition leaders demanded on Monday that Abacha hand power "
                             "to Abiola.", date="1994-08-10"))
    assert any(c[:2] == "10" for _, _, c in got), got
