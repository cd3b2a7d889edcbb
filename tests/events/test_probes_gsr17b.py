"""The GSR-style probes over roots 10-20 of the fifteenth session (tests/events/probes_gsr17b.py): the
actor codes and full CAMEO code an analyst would accept for one act per sentence. Known gaps say why
each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_gsr17b")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Austria's foreign ministry demanded the release of two Austrian tourists held in Czechoslovakia.":
        "the people whose release is demanded are taken as the target (AUTCVL), not the state holding them",
    "Serbian opposition leaders called on citizens to rise up against the government of Slobodan "
    "Milosevic.":
        "an appeal to others to rise up against a third party is read as the appeal (020), not rallying "
        "opposition (113)",
    "Israeli Prime Minister Yitzhak Shamir refused to release the Lebanese prisoners held in Israel.":
        "prisoners with a nationality are coded CRM by the actors stage, where the manual codes the nation",
    "The Burmese junta threatened to close down newspapers that criticized the government.":
        "the relative clause's object (the government) is taken before the newspapers named by role",
    "Thousands of Tamils marched in Colombo to demand equal rights.":
        "a counted people named by ethnicity takes the country alone (LKA), not CVL",
    "Rioters in Jakarta set fire to shops and cars during protests against the government.":
        "the aim of the protest sits in a during-phrase; the place (IDN) is taken as the target",
    "Nigeria withdrew its troops from the peacekeeping force in Sierra Leone.":
        "troops withdrawn from a peacekeeping force are read as a withdrawal (087), not 1661",
    "Israeli soldiers demolished the homes of three Palestinian militants in Hebron.":
        "militants are UAF in the actors stage's table; the manual would code the owners REB or CVL",
    "Algeria's military-backed government outlawed the Islamic Salvation Front.":
        "the Front is listed as an armed group (REB), so the ban is no ban of a party (1722)",
    "Authorities in Belgrade closed down the independent radio station B92.":
        "a radio station is no medium noun of the role table; the place's civilians are taken (SRBCVL)",
    "The Philippine government issued a strong condemnation of the rebel attack on Davao.":
        "the rebels who made the attack condemned are named by a modifier with no country, so no target",
    "Greece's foreign ministry said the Turkish decision to explore for oil in the Aegean was a "
    "provocation.":
        "'a provocation' is a charge of wrongdoing in the lexicon (112); the codebook's 111 is the other "
        "reading",
    "Libya's leader said his forces would strike back at American warships in the Gulf of Sidra.":
        "the said clause's subject (his forces, LBYMIL) is the source, not the speaker who threatens",
    "Tens of thousands of Czechs demonstrated in Prague against the communist government.":
        "a counted nation's people named by a nationality noun take the country alone (CZE), not CVL",
    "Afghan President Najibullah was executed by Taliban fighters in Kabul.":
        "'execute' is listed only with convicts and prisoners as its object (170); a leader killed so is 186",
    "The resignation of President Carlos Menem was demanded by striking workers in Buenos Aires.":
        "the passive's agent named by role with no country is not taken as the source; the roles swap",
    "French truck drivers went on strike to protest against higher fuel taxes.":
        "drivers are no labour noun of the actors stage, so the strikers are the country alone (FRA)",
    "North Korea test-fired a missile over Japan.":
        "the parser reads 'test-fired a missile' as one noun phrase, so no verb is matched",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.GSR17B + _probes.FIXES17B:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.GSR17B + _probes.FIXES17B}
    assert set(KNOWN_GAPS) <= texts


def test_batches_cover_every_row() -> None:
    spans = _probes.batches()
    assert spans[0][0] == 0 and spans[-1][1] == len(_probes.GSR17B)


@pytest.mark.parametrize("row", _cases())
def test_gsr17b_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _probes.accepted(row, got), sorted(got)
