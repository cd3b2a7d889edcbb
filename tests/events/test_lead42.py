"""The fortieth session's lead fixes (issue #7, wip/lead42): acts whose parties are sector agents. Fresh
sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_a_court_named_by_its_field_is_a_court(code: Any) -> None:
    got = triples(code("TEHRAN (Reuters) - An Iranian press court on Monday banned the weekly Mobin for "
                       "insulting officials.", date=DATE))
    assert aimed(got, "IRNJUD", "IRN", "172"), got
    got = triples(code("CAIRO (Reuters) - An Egyptian labour court on Sunday ordered the reinstatement of 40 "
                       "dismissed workers.", date=DATE))
    assert any(s == "EGYJUD" for s, _, _ in got), got
    # control: a service before a rank still says whose ("police commanders" are police)
    got = triples(code("ISLAMABAD (Reuters) - Pakistani police commanders on Monday arrested 20 opposition "
                       "activists in Lahore.", date=DATE))
    assert aimed(got, "PAKCOP", "PAKOPP", "173"), got


def test_an_outlet_named_under_a_dateline_is_that_countrys_press(code: Any) -> None:
    # the kind noun read as an adverb ("closed the independent daily Salam") and as an adjective
    got = triples(code("TEHRAN (AFP) - Iran's judiciary on Wednesday closed the independent daily Salam.",
                       date=DATE))
    assert aimed(got, "IRN", "IRNMED", "1721"), got
    got = triples(code("ALGIERS (Reuters) - The Algerian authorities on Monday ordered the closure of the "
                       "independent daily El Watan for two weeks.", date=DATE))
    assert aimed(got, "DZA", "DZAMED", "1721"), got
    got = triples(code("DAMASCUS (Reuters) - Syria on Sunday suspended the newspaper Al-Domari for a month.",
                       date=DATE))
    assert aimed(got, "SYR", "SYRMED", "172"), got
    # control: a paper named with a foreign state's word is that state's
    got = triples(code("TEHRAN (Reuters) - Iran on Sunday banned the British daily The Guardian.", date=DATE))
    assert not any(t.startswith("IRN") for _, t, _ in got), got


def test_people_forced_or_sent_back_across_a_border_are_expelled(code: Any) -> None:
    got = triples(code("DHAKA (Reuters) - Bangladeshi border guards pushed back 300 Rohingya refugees into "
                       "Burma on Saturday.", date=DATE))
    assert aimed(got, "BGD", "MMR", "174"), got
    got = triples(code("ISLAMABAD (AFP) - Pakistani police forced hundreds of Afghan refugees back "
                       "across the border on Monday.", date=DATE))
    assert aimed(got, "PAKCOP", "AFG", "174"), got
    # control: troops forced back by an enemy are no one expelled
    got = triples(code("Government troops were forced back by a rebel offensive on Monday.", date=DATE))
    assert not any(c == "174" for _, _, c in got), got


def test_a_crowd_that_occupies_a_building_sits_in(code: Any) -> None:
    got = triples(code("SEOUL (Reuters) - Hundreds of South Korean students occupied the offices of the "
                       "ruling party on Monday to protest against the government.", date=DATE))
    assert any(s == "KOREDU" and c.startswith("14") for s, _, c in got), got
    assert not any(c.startswith("19") for _, _, c in got), got
    # control: troops occupying a building take it by force
    got = triples(code("Iraqi troops occupied the Kuwaiti foreign ministry building on Friday.", date=DATE))
    assert aimed(got, "IRQMIL", "KWT", "192"), got


def test_a_strike_called_to_pressure_a_leader_is_aimed_at_the_leader(code: Any) -> None:
    got = triples(code("LIMA (Reuters) - Peru's largest labour federation on Monday called a general strike "
                       "to pressure President Alberto Fujimori to change his economic policy.", date=DATE))
    assert aimed(got, "PERLAB", "PERGOV", "14"), got


def test_a_vote_of_no_confidence_passed_removes_the_government(code: Any) -> None:
    got = triples(code("KATHMANDU (Reuters) - Nepal's parliament on Sunday passed a vote of no confidence in "
                       "the government of Prime Minister Man Mohan Adhikari.", date=DATE))
    assert aimed(got, "NPLLEG", "NPLGOV", "172"), got
    # control: a vote of confidence passed is no sanction
    got = triples(code("KATHMANDU (Reuters) - Nepal's parliament on Sunday passed a vote of confidence in "
                       "the government of Prime Minister Man Mohan Adhikari.", date=DATE))
    assert not any(c.startswith("17") for _, _, c in got), got


def test_stripped_of_immunity_or_citizenship_is_an_administrative_sanction(code: Any) -> None:
    got = triples(code("PRAGUE (Reuters) - The Czech parliament on Tuesday stripped a communist deputy of "
                       "his immunity from prosecution.", date=DATE))
    assert aimed(got, "CZELEG", "CZE", "172"), got
    got = triples(code("KIEV (Reuters) - Ukraine on Friday stripped an exiled opposition leader of his "
                       "citizenship.", date=DATE))
    assert aimed(got, "UKR", "UKROPP", "172"), got


def test_a_body_on_the_west_bank_is_palestinian(code: Any) -> None:
    got = triples(code("JERUSALEM (AP) - Israel on Monday ordered the closure of An-Najah University on the "
                       "occupied West Bank.", date=DATE))
    assert aimed(got, "ISR", "PSEEDU", "172"), got
    # control: a committee "on" a place is no body of the place
    got = triples(code("NEW YORK (Reuters) - The U.N. committee on Cyprus on Monday condemned Turkey.",
                       date=DATE))
    assert not any(s.startswith("CYP") for s, _, _ in got), got


def test_a_court_that_strikes_down_a_states_enactment_judges_it(code: Any) -> None:
    got = triples(code("KATHMANDU (Reuters) - Nepal's Supreme Court on Friday struck down the king's decree "
                       "dissolving parliament.", date=DATE))
    assert aimed(got, "NPLJUD", "NPL", "111"), got
    assert not any(c.startswith("19") for _, _, c in got), got
    got = triples(code("LAHORE (Reuters) - The Lahore High Court on Monday overturned the government's ban "
                       "on the opposition newspaper.", date=DATE))
    assert aimed(got, "PAKJUD", "PAKGOV", "111"), got
    # a court's verdict told in a that-clause, as a speaker's is
    got = triples(code("DHAKA (Reuters) - Bangladesh's High Court on Sunday ruled that General Ershad's ban "
                       "on the opposition rally was illegal.", date=DATE))
    assert aimed(got, "BGDJUD", "BGD", "111"), got
    # controls: a court that overturns a conviction yields to the accused; jets that strike still attack;
    # a ruling out is a refusal
    got = triples(code("BAGHDAD (Reuters) - Iraq on Monday ruled out talks with Kuwait.", date=DATE))
    assert aimed(got, "IRQ", "KWT", "12"), got
    got = triples(code("ANKARA (Reuters) - A Turkish appeals court on Monday overturned the conviction of "
                       "four Kurdish deputies.", date=DATE))
    assert not any(c.startswith("11") for _, _, c in got), got
    got = triples(code("Israeli jets struck guerrilla bases in southern Lebanon on Monday.", date=DATE))
    assert aimed(got, "ISRMIL", "LBN", "19"), got


def test_a_broadcaster_by_its_legal_name_is_the_press(code: Any) -> None:
    got = triples(code("SYDNEY (Reuters) - The Australian Broadcasting Corporation on Monday protested to "
                       "Indonesia over the expulsion of its Jakarta correspondent.", date=DATE))
    assert aimed(got, "AUSMED", "IDN", "11"), got
    # control: a corporation that is no broadcaster stays a business
    got = triples(code("TOKYO (Reuters) - The Japan Tobacco Corporation on Monday protested to the United "
                       "States over new tariffs.", date=DATE))
    assert not any(s.endswith("MED") for s, _, _ in got), got


def test_a_drug_lord_is_the_crime_of_where_he_lives(code: Any) -> None:
    # and a place he is wanted in is not where the arrest happens
    got = triples(code("MEXICO CITY (Reuters) - Mexican police arrested a drug lord in the northern city of "
                       "Tijuana on Friday.", date=DATE))
    assert aimed(got, "MEXCOP", "MEXCRM", "173"), got
    got = triples(code("BOGOTA (Reuters) - Colombian police on Friday arrested a reputed drug lord wanted in "
                       "the United States.", date=DATE))
    assert aimed(got, "COLCOP", "COL", "173"), got
    assert not any(t.startswith("USA") for _, t, _ in got), got
