"""The blind probes of borderline roots of the fifteenth session (tests/events/probes_roots17d.py): the
actor codes and full CAMEO code an analyst would accept for one act per sentence. Known gaps say why
each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_roots17d")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Iraqi troops occupied Kuwait in August 1990.":
        "the ten-year history rule drops an act dated a decade before the story (probe date 2000-01-01)",
    "France expelled five Iranian diplomats.":
        "expelled diplomats take 166 (expel or withdraw); the probe asked 161 (the root holds)",
    "The South African government freed Nelson Mandela after 27 years in prison.":
        "the actors stage codes Mandela as an elite (ZAFELI), not the opposition he led in 1990",
    "South Korea agreed to a ceasefire along the border with North Korea.":
        "agreeing to a ceasefire is read as intent to de-escalate (0356), not the truce itself (0871)",
    "Greece said it was pessimistic about relations with Turkey.":
        "the other party of 'relations with' under an about-phrase is not taken as the target",
    "Greece said it was optimistic about relations with Turkey.":
        "the other party of 'relations with' under an about-phrase is not taken as the target",
    "The U.S. Navy imposed a blockade on Cuba in October 1962.":
        "the ten-year history rule drops an act dated decades before the story (probe date 2000-01-01)",
    "Bosnian Serb forces killed thousands of Muslim men after the fall of Srebrenica.":
        "'Muslim men' names no country, so the killing has no target and no triple",
    "Peruvian riot police broke up a march by striking miners in Lima.":
        "the parser takes 'a march' as an adverbial, not the object of 'broke up', and 'riot' as an act",
    "Zimbabwean police broke up a march by striking teachers in Harare.":
        "the parser takes 'a march' as an adverbial and 'striking teachers' as a verb and its object (195)",
    "North Korea denied that it was building nuclear weapons.":
        "a denial with no other party named has no target; the probe's USA is not in the sentence",
    "Doctors Without Borders suspended its operations in southern Sudan.":
        "an aid agency's 'operations' are read only as military ones; its suspended aid (1623) is not coded",
    "Kidnappers in Beirut released a videotape of the French hostages they abducted in 1985.":
        "the abduction is dated a decade before the story, so the history rule drops it (the videotape is no "
        "longer read as a release since codes17f)",
    "Colombian rebels abducted 40 passengers from a domestic flight.":
        "passengers named with no country take no target, so the abduction has no triple",
    "Ugandan soldiers burned the homes of suspected rebel supporters in the north.":
        "the owners named as 'suspected rebel supporters' give no actor, and 'the north' no place",
    "Israel refused to cooperate with a U.N. fact-finding mission on Jenin.":
        "refusing to cooperate is 121 (material cooperation); the codebook's 1245 fits an inquiry better",
    "Nelson Mandela urged Nigeria to restore democracy.":
        "the actors stage codes Mandela by name as an elite (ZAFELI), whatever the date",
    "Indonesia allowed East Timor to vote on independence.":
        "allowing a vote is coded 080; the codebook's 083x (accede to reform) would name it (root holds)",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.ROOTS17D + _probes.FIXES17D:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.ROOTS17D + _probes.FIXES17D}
    assert set(KNOWN_GAPS) <= texts


def test_batches_cover_every_row() -> None:
    spans = _probes.batches()
    assert spans[0][0] == 0 and spans[-1][1] == len(_probes.ROOTS17D)


@pytest.mark.parametrize("row", _cases())
def test_roots17d_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _probes.accepted(row, got), sorted(got)
