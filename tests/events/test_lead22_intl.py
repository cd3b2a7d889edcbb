"""International bodies and relief groups as parties (issue #7, twentieth session): the blind probes in
`probes_intl22.py` found each class; the sentences here are fresh ones, with controls.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "2006-03-10"


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


def test_aid_workers_are_a_relief_group_wherever_they_are(code: Any) -> None:
    art = code("Militants abducted three aid workers in Kandahar on Tuesday.", date=DATE)
    assert any(t == "NGO" for _, t, _ in triples(art)), triples(art)
    assert not any(t.endswith("CVL") for _, t, _ in triples(art)), triples(art)


def test_students_in_a_city_are_still_its_own(code: Any) -> None:
    art = code("Police arrested 40 students in Tehran on Tuesday.", date=DATE)
    assert any(t == "IRNEDU" for _, t, _ in triples(art)), triples(art)


def test_a_hyphenated_title_is_not_an_army_rank(code: Any) -> None:
    art = code("President Hamid Karzai met NATO Secretary-General Jaap de Hoop Scheffer in Kabul.", date=DATE)
    assert not any("MIL" in (s + t) for s, t, _ in triples(art)), triples(art)
    assert any(t.startswith("IGO") for _, t, _ in triples(art)), triples(art)


def test_relief_handed_out_is_aid(code: Any) -> None:
    art = code("UNICEF distributed medicine to flood victims in Pakistan.", date=DATE)
    got = triples(art)
    assert any(s.startswith("IGO") and t.startswith("PAK") and c.startswith("07") for s, t, c in got), got


def test_leaflets_handed_out_are_no_aid(code: Any) -> None:
    art = code("Activists distributed leaflets outside the embassy in Cairo.", date=DATE)
    assert not any(c.startswith("07") for _, _, c in triples(art)), triples(art)


def test_the_eurozone_is_the_european_union(code: Any) -> None:
    art = code("Eurozone finance ministers approved a rescue loan for Portugal.", date=DATE)
    assert any(s.startswith("IGOEUR") and t.startswith("PRT") for s, t, _ in triples(art)), triples(art)


def test_own_troops_withdrawn_are_no_target(code: Any) -> None:
    art = code("Ethiopia withdrew its troops on Thursday, the defence ministry said.", date=DATE)
    assert not any(t.startswith("ETH") for _, t, _ in triples(art)), triples(art)


def test_troops_withdrawn_from_a_country_target_it(code: Any) -> None:
    art = code("Ethiopia withdrew its troops from Somalia on Thursday.", date=DATE)
    assert any(s == "ETH" and t == "SOM" and c.startswith("08") for s, t, c in triples(art)), triples(art)


def test_a_newspaper_shut_down_is_censored(code: Any) -> None:
    art = code("Zambia shut down an independent newspaper on Monday.", date=DATE)
    assert any(c == "1721" for _, _, c in triples(art)), triples(art)
