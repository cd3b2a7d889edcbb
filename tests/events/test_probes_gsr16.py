"""The GSR-style probes of the fourteenth session (tests/events/probes_gsr16.py): the actor codes and
root an analyst would accept for one act per sentence. Known gaps say why each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_gsr16")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "The U.N. Security Council ordered an investigation into the killing of civilians in Rwanda.":
        "the place of the crime investigated is no party of the investigation",
    "Polish Solidarity leaders urged the government to release all political prisoners.":
        "Solidarity is no listed movement; the release requested is coded, not the demand",
    "Hundreds of students staged a sit-in outside the Indonesian parliament in Jakarta.":
        "the place of a sit-in outranks the body it is outside of (IDN, not IDNLEG)",
    "India placed its border troops on high alert after clashes with Pakistani forces.":
        "an alert names no target; the other side of the clashes it follows is not taken",
    "Israeli warplanes bombed Hezbollah positions in southern Lebanon.":
        "Hezbollah's positions are coded LBNREB; the sentence's country (LBN) is the other reading",
    "The European Union called on Belgrade to end the crackdown in Kosovo.":
        "'called on X to' is an appeal (020) in the lexicon; a demand (10) is the other reading",
    "Spanish police dismantled a Basque separatist cell in Bilbao.":
        "'dismantle' a cell or network has no lexicon row",
    "Syria welcomed the Arab summit's decision to support Lebanon.":
        "the party of the decision welcomed is the one it helps (LBN), not the summit (IGO)",
    "Exiled Burmese students staged a hunger strike outside the embassy in Bangkok.":
        "the strike's place (THA) is taken; the embassy's state (MMR) is not read",
    "Israeli helicopters fired missiles at a car in Gaza, killing two Hamas militants.":
        "the place of the car struck (PSE) is taken before the militants the participle names (PSEREB)",
    "The Philippine army said Muslim separatist rebels had ambushed a patrol on the southern island of "
    "Mindanao, killing eight soldiers.":
        "the religion before 'separatist rebels' gives MOS and drops REB; a patrol is no military noun",
    "The Indian government banned a Sikh militant group and arrested its leaders.":
        "'Sikh' names India's Sikhs (IND); 'militant group' after it adds no sector",
    "Ethiopian planes bombed rebel-held towns in the northern province of Eritrea.":
        "the towns' country sits two phrases down ('in the province of Eritrea') and is taken alone; "
        "'rebel-held' gives REB where the place is nearer (lead17)",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.GSR16:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.GSR16}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_gsr16_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _probes.accepted(row, got), sorted(got)
