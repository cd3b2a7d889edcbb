"""The variant probes of the nineteenth session (tests/events/probes_variants21.py): acts the coder gets
right on the read half of PLOVER dev, told of other parties, in other constructions and with wire copy's
clutter. Known gaps say why each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_variants21")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

ROWS = _probes.SURFACE21 + _probes.SHAPE21 + _probes.LONG21

KNOWN_GAPS: dict[str, str] = {
    "Two Tamil suicide bombers killed 30 people as well as themselves on Sunday when they blew themselves "
    "up in Colombo, police said.":
        "suicide bombers of a nation are its MIL, as the GSR record of Palestinian bombers codes them; the "
        "probe was written for REB or UAF",
    "Egyptian police blocked a march organised by students at Cairo University to protest against the "
    "war in Iraq.":
        "the attacher takes Iraq, in the march's aim, as the place of the students",
    "Damascus again rejected Monday a United Nations appeal to withdraw its troops from Lebanon.":
        "the small model tags 'appeal' a verb after 'a United Nations', so Lebanon is the rejected party",
    "Rejecting a United Nations appeal for a ceasefire, Ethiopian troops shelled Eritrean positions on "
    "Sunday.":
        "the small model makes the fronted participle the sentence's subject clause",
    "North Korea's refusal to admit the inspectors was denounced by Japan on Tuesday.":
        "the small model makes 'refusal' the root and 'was denounced' a clause of 'admit'",
    "President Bill Clinton, under pressure from Cuban exile groups in Florida, tightened sanctions "
    "against Cuba on Tuesday after Cuban jets shot down two civilian planes.":
        "the small model reads 'tightened' as an adjective of 'sanctions', in apposition to Clinton",
    "Egyptian President Hosni Mubarak, meeting Palestinian leader Yasser Arafat in Cairo, urged Israel to "
    "halt the building of Jewish settlements in the West Bank.":
        "a meeting told by a participle between subject and verb is not coded",
    "South Korea will send 200,000 tons of fertiliser to North Korea to ease food shortages there, the "
    "unification ministry in Seoul said on Tuesday.":
        "fertiliser is no relief good in the lexicon (it is as often traded)",
    "Israel agreed on Sunday to release 500 Palestinian prisoners as part of a deal reached with the "
    "Palestinian Authority in talks brokered by the United States.":
        "the release is aimed at the prisoners (PSECRM); the probe was written for the Authority",
}


# a sentence with several rows misses only in these (1-based, in the order of the rows)
GAP_ROWS: dict[str, set[int]] = {
    "Rejecting a United Nations appeal for a ceasefire, Ethiopian troops shelled Eritrean positions on "
    "Sunday.": {2},
    "Egyptian President Hosni Mubarak, meeting Palestinian leader Yasser Arafat in Cairo, urged Israel to "
    "halt the building of Jewish settlements in the West Bank.": {2},
}


def _cases() -> list[Any]:
    cases = []
    seen: dict[str, int] = {}
    for row in ROWS:
        n = seen[row[3]] = seen.get(row[3], 0) + 1
        gap = KNOWN_GAPS.get(row[3]) if n in GAP_ROWS.get(row[3], {n}) else None
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}#{n}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in ROWS}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_variants21_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
