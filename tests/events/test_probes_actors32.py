"""The event probes of the thirtieth session (tests/events/probes_actors32.py): events whose party is an
actor of the seventeenth actors probe set (era spellings and leaders, the Pope as the Holy See's head of
state, rulers named by another role, a side placed by its partner's title, armed men storming a state's
seat, observers of a named body, a party before it took power), dated 2000-01-01. Known gaps say why each
miss misses; the test asserts the rest pass on actor + root."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors32")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Israeli helicopter gunships rocketed Hizballah positions in the Bekaa valley on Tuesday.':
        "the era spellings of Hezbollah are not in the tables (taken out again at the thirtieth session's "
        "merge: the unread PLOVER half loses a record with them)",
    'Tajik President Imomali Rakhmonov and opposition leader Said Abdullo Nuri signed a peace accord in '
    'Moscow on Friday.':
        "no event: the joint subject of a titled head and a titled opposition leader codes no signing (both "
        "actors are now right, TJKGOV and TJKOPP)",
    'The OSCE deployed its mission in Kosovo in October, and on Monday the international monitors accused '
    'Serbian police of attacking villages.':
        "the source is right (IGOEURSCE), but 'accused ... of attacking' is coded as the act accused of "
        "(154) with the police's country as target",
    'The United Nations ran the election in Cambodia, and its international observers criticised the '
    'government on Friday for intimidating voters.':
        "the events stage asks for 'observers' alone, which no mention covers; the whole phrase resolves "
        "to IGOUNO (the span rule), the single word to no one",
    'SWAPO guerrillas, who have fought South African rule since 1966, attacked a South African army base '
    'on Sunday.':
        "the era clause follows the armed men, and the mention the events stage asks is SWAPO's (NAMGOV on "
        "the placeholder date); the whole phrase gives NAMREB",
    'Nigerian military ruler General Ibrahim Babangida on Wednesday annulled the June presidential '
    'election.':
        "no event: 'annulled' an election has no row in the lexicon (the ruler is NGAGOV)",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.ACTORS32:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=f"{row[3][:40]}-{row[0][0] if row[0] else ''}"))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.ACTORS32}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors32_probe(code: Any, row: Any) -> None:
    art = code(row[3], date=_probes.DATE)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got), sorted(got)
