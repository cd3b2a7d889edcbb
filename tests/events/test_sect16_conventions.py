"""Sectors as the CAMEO manual's own examples code them (fourteenth session, wip/sect16).

- A side named before its members ("opposition supporters", "rebel sympathisers") is their sector;
  a service named before its vehicles ("army tanks", "police helicopters") acts through them; those
  who rule a state are its government; a peace movement is civil opposition.
- A nation's homes, villages and towns are its civilians (CVL), and so is a counted group of its
  people ("about 40 Palestinians", "hundreds of Kenyans") or people named by where they live; a bare
  plural ("Palestinians accused ...") stays the nation.
- A place the act strikes, where a curfew or ban applies, or where a hit village lies, is its
  civilians (CVL); a capital that acts is its government (GOV), a capital one goes to is neither.
- People the act names by role with no country ("arrested students in Moscow", "released 35 rebels")
  take the place's or the actor's country and the role's sector (RUSEDU, PHLREB).

Sentences written for wirewatch; none is from an evaluation set.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


def _triples(article: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in article.events if e.cameo}


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("Zimbabwean opposition supporters marched against the government in Harare.", "ZWEOPP", "ZWEGOV", "14"),
    ("Burma's rulers rejected an appeal from the United Nations.", "MMRGOV", "IGOUNO", "12"),
    ("Serbian police helicopters fired on Albanian villages.", "SRBCOP", "ALBCVL", "19"),
    ("Indonesian troops burned East Timorese homes.", "IDNMIL", "TLSCVL", "17"),
    ("Israeli troops detained about 40 Palestinians in Hebron.", "ISRMIL", "PSECVL", "17"),
    ("Hundreds of Kenyan citizens protested against the Ugandan government.", "KENCVL", "UGAGOV", "14"),
    ("The Iranian peace movement criticized the government in Tehran.", "IRNOPP", "IRNGOV", "11"),
    ("Liberian rebels shelled the capital Monrovia on Sunday, killing 12 people.", "LBRREB", "LBRCVL", "19"),
    ("Ugandan troops captured a village in eastern Congo.", "UGAMIL", "CODCVL", "19"),
    ("Sri Lanka threatened to impose a curfew in Jaffna.", "LKA", "LKACVL", "13"),
    ("Moscow rejected the NATO proposal on Tuesday.", "RUSGOV", "IGOWSTNAT", "12"),
    ("Kenyan police beat dozens of Somali and Ethiopian refugees.", "KENCOP", "SOMREF", "18"),
    # people an act names by role, with no country: the place's or the actor's country, the role's sector
    ("Russian police arrested students in Moscow today.", "RUSCOP", "RUSEDU", "17"),
    ("Turkish police detained dozens of workers in Istanbul.", "TURCOP", "TURLAB", "17"),
    ("The Philippine government released 35 rebels on Monday.", "PHLGOV", "PHLREB", "08"),
    ("The United Nations reduced food aid to a Sudanese refugee camp in Chad.", "IGOUNO", "SDNREF",
     "16"),
])
def test_manual_sector(code: Any, text: str, source: str, target: str, root: str) -> None:
    got = _triples(code(text, date="2000-01-01"))
    assert any(s == source and t == target and c[:2] == root for s, t, c in got), got


def test_bare_plural_is_the_nation(code: Any) -> None:
    got = _triples(code("Palestinians accused Israel of violating the truce.", date="2000-01-01"))
    assert {s for s, _, _ in got} == {"PSE"}, got


def test_capital_one_goes_to_is_no_government(code: Any) -> None:
    article = code("The Japanese foreign minister arrived in Moscow for talks with Russian officials.",
                   date="2000-01-01")
    assert all(e.target.text != "Moscow" or e.target.code == "RUS" for e in article.events if e.target)


def test_trading_houses_are_no_homes(code: Any) -> None:
    article = code("Britain threatened to revoke the licences of Japanese brokerage houses.",
                   date="2000-01-01")
    assert all(not (e.target and e.target.code.endswith("CVL")) for e in article.events), \
        [(e.target.code if e.target else None) for e in article.events]


def test_a_capital_that_qualifies_a_noun_is_no_government(code: Any) -> None:
    got = _triples(code("Beijing consumer watchdogs are investigating how Wal-Mart came to sell the "
                        "clothes.", date="2000-01-01"))
    assert got and all(s == "CHN" for s, _, _ in got), got


def test_camps_struck_are_no_civilians(code: Any) -> None:
    got = _triples(code("U.S. forces launched cruise missile strikes against alleged terrorist camps in "
                        "Afghanistan.", date="2000-01-01"))
    assert got and all(not t.endswith("CVL") for _, t, _ in got), got


def test_an_asked_act_does_not_place_the_asker(code: Any) -> None:
    # the prisoners are in East Timor; the groups that urge their release are not placed there
    got = _triples(code("Human rights groups urged Indonesia to free political prisoners in East Timor.",
                        date="2000-01-01"))
    assert got and all(not s.startswith("TLS") for s, _, _ in got), got


def test_an_armed_group_named_attributively(code: Any) -> None:
    got = _triples(code("Sri Lankan warplanes bombed Tamil Tiger positions in the north.", date="2000-01-01"))
    assert ("LKAMIL", "LKAREB", "195") in got, got


def test_people_a_protest_is_aimed_at_keep_their_sector(code: Any) -> None:
    got = _triples(code("Palestinians threw stones at Israeli soldiers in Hebron on Friday.",
                        date="2000-01-01"))
    assert any(t == "ISRMIL" and c.startswith("14") for _, t, c in got), got


@pytest.mark.parametrize("text", [
    "The Zairean army has launched an offensive against rebels.",
    "The Zairean army launched an attack on rebels.",
])
def test_the_victims_of_an_offensive_are_its_against_phrase(code: Any, text: str) -> None:
    got = _triples(code(text, date="1996-11-01"))
    # the rebels a state's army fights at home are its own (lead17, events/home_opponents.py): CODREB,
    # where the fourteenth session left them ---REB
    assert ("CODMIL", "CODREB", "190") in got, got


@pytest.mark.parametrize(("text", "target"), [
    ("Ethiopian planes bombed rebel positions.", "---REB"),
    ("Turkish troops attacked Kurdish rebel camps in northern Iraq.", "IRQREB"),
])
def test_what_rebels_hold_stands_for_them(code: Any, text: str, target: str) -> None:
    got = _triples(code(text, date="2000-01-01"))
    assert any(t == target and c.startswith("19") for _, t, c in got), got



@pytest.mark.parametrize(("text", "want"), [
    ("Salvadoran army troops killed 12 leftist rebels in a clash near the Honduran border.",
     ("SLVMIL", "SLVREB", "190")),
    ("Salvadoran police arrested 20 rebels.", ("SLVCOP", "SLVREB", "173")),
    # troops known only by nationality may be abroad: the insurgent is nobody's
    ("The insurgent detonated his suicide vest, mortally wounding a U.S. soldier.",
     ("---REB", "USAMIL", "183")),
])
def test_rebels_a_state_fights_at_home_are_its_own(code: Any, text: str, want: Any) -> None:
    assert want in _triples(code(text, date="1990-01-01"))


@pytest.mark.parametrize(("text", "want"), [
    # the talks or meeting a visit is for name its host (lead17, events/visit_hosts.py)
    ("Australian Prime Minister Paul Keating visited Jakarta for talks with President Suharto.",
     ("AUSGOV", "IDNGOV", "042")),
    ("The Japanese foreign minister flew to Beijing to meet Chinese leaders.", ("JPNGOV", "CHNGOV", "042")),
    # (a capital visited, the direct object, is its government, as the GSR records' readme codes it)
    ("The Japanese foreign minister visited Beijing.", ("JPNGOV", "CHNGOV", "042")),
    # exercises near another's territory with no partner are a show of force; joint ones are cooperation
    ("Russia held naval drills near Japan.", ("RUS", "JPN", "150")),
    ("India and France held joint naval exercises off Goa.", ("IND", "FRA", "062")),
    ("Chadian troops drove Libyan forces out of the northern oasis.", ("TCDMIL", "LBYMIL", "190")),
    ("Sudanese government troops shelled rebel-controlled areas of the town.", ("SDNMIL", "SDNREB", "194")),
    # a former office holder read from the story's country is an elite
    ("A Japanese court sentenced a former minister to two years in prison.", ("JPNJUD", "JPNELI", "116")),
])
def test_lead17_constructions(code: Any, text: str, want: Any) -> None:
    assert want in _triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize(("text", "want"), [
    # after the merge (wip/int17): roles and places the helpers' probes found
    ("The Sandinista government expelled two U.S. diplomats.", ("NICGOV", "USAGOV", "166")),
    ("Argentine military officers accused the government of betrayal.", ("ARGMIL", "ARGGOV", "112")),
    ("Moscow and Kiev held talks on the Black Sea fleet.", ("RUSGOV", "UKRGOV", "046")),
    ("Japanese Prime Minister Kaifu visited Beijing.", ("JPNGOV", "CHNGOV", "042")),
    ("Japanese Prime Minister Kaifu arrived in Beijing for a visit.", ("JPNGOV", "CHN", "042")),
    ("The army killed 20 communist guerrillas in the Philippines.", ("PHLMIL", "PHLREB", "190")),
    ("According to Western diplomats, Afghan government troops shelled rebel bases.",
     ("AFGMIL", "AFGREB", "194")),
    ("The Israeli army forced out more than 1,000 Palestinian refugees from their homes.",
     ("ISRMIL", "PSEREF", "174")),
    ("Three US servicemen were killed by an improvised explosive device outside Basra.",
     ("IRQUAF", "USAMIL", "183")),
    ("Four soldiers were killed by a car bomb in Kabul.", ("AFG", "AFGMIL", "1832")),
])
def test_int17_constructions(code: Any, text: str, want: Any) -> None:
    assert want in _triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize(("text", "want"), [
    # the helpers' actors-stage leftovers, closed on the integration
    ("Police arrested 20 rebel fighters in Kashmir.", ("INDCOP", "INDREB", "173")),
    ("Somali gunmen killed an Italian newspaper editor in Mogadishu.", ("SOMUAF", "ITAMED", "180")),
    ("Vietnam pulled its troops out of Cambodia.", ("VNM", "KHM", "0874")),
])
def test_int17_leftovers(code: Any, text: str, want: Any) -> None:
    assert want in _triples(code(text, date="2000-01-01"))
