"""The GSR-style probes of the fifteenth session over roots 01-09 (tests/events/probes_gsr17a.py): the
actor codes and the full CAMEO code an analyst would accept for one act per sentence, at the strictest
level (actor + full code). Known gaps say why each miss misses and at which level."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_gsr17a")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Greek Foreign Minister Theodoros Pangalos expressed pessimism about the prospects for talks with "
    "Turkey.":
        "country: a comment's party two phrases down its topic (about the prospects for talks with X) is "
        "not read (root 01, no GSR section)",
    "A Kurdish rebel group claimed responsibility for the bombing of a Turkish army post.":
        "country: a claim of responsibility names no target; the victim of the act claimed is not read",
    "Cuba said it fully shared China's position on the question of Taiwan.":
        "country: 'shared X's position' (019, express accord) has no lexicon row",
    "Iraq returned 30 Kuwaiti aircraft seized during the invasion.":
        "actor: aircraft are the military's platforms (KWTMIL) in the actors' role table; the owner state "
        "alone was written as the reading",
    "The Syrian government granted permission for a Red Cross team to visit prisoners.":
        "country: permission or access granted (086x) has no lexicon row; a generic one would code "
        "permits for firms",
    "The Indonesian government lifted a ban on the newspaper Tempo.":
        "actor: a newspaper named by an unknown title has no actor; the act falls back on the country",
    "Britain will provide training to the new Bosnian army.":
        "country: training provided has no lexicon row (072 for an army, 070 otherwise)",
    "The International Committee of the Red Cross delivered medicine to hospitals in Sarajevo.":
        "actor: hospitals are the health sector (BIHHLH) in the actors' role table; the place was written",
    "Guerrillas of the Salvadoran FMLN surrendered to government troops.":
        "actor: the FMLN is a party (OPP) from 1992 in the actors' tenure table; the probes are dated "
        "2000",
    "Romanian President Ion Iliescu pardoned 30 miners jailed for rioting.":
        "country: 'miners' is no role noun of the actors' table, so the pardoned have no sector or country",
    "Ethiopian troops pulled back from the disputed town of Badme.":
        "country: a town the gazetteer does not know gives the retreat no place, so no target",
    "A Mexican congressional commission investigated allegations of torture by army troops in Chiapas.":
        "actor: a congressional commission is coded the country alone (MEX), not its legislature",
    "Belgrade announced the withdrawal of its special police units from Kosovo.":
        "country: Kosovo is Serbia's at the probes' date, so the withdrawal is a self-dyad (SRB -> SRB) and "
        "is dropped",
    "The Sudanese government let Doctors Without Borders reopen its clinics in Darfur.":
        "country: the party let in is parsed as the subject of the bare infinitive, which no row of 'let' "
        "reads",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.GSR17A + _probes.FIXES17A:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.GSR17A + _probes.FIXES17A}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_gsr17a_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _probes.levels(row, got)[2], sorted(got)
