"""The criticism probes of the seventeenth session (tests/events/probes_crit19.py): disapproval, and the
rejections and demands beside it, as 2016 campaign and Congress copy and diplomatic copy word them, with
null cases (markets, teams, films, weather, a speaker on their own side, concern over a state of affairs,
negated and hypothetical verdicts). Known gaps say why each miss misses; they are strict xfails, so a
fix shows as an unexpected pass."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_crit19")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Hillary Clinton went after Donald Trump on foreign policy in a speech in San Diego.":
        "the 'go after' row keeps out speeches and meetings gone after, and 'in a speech' counts as its "
        "object",
    "President Obama chastised Donald Trump for his remarks about Muslims.":
        "'his' is resolved to the subject, so the target is Obama's own code",
    "The House Benghazi committee faulted the State Department for its response to the attack.":
        "'Benghazi' makes the committee Libyan; a committee named for its inquiry is no actor table's",
    "Trump called Clinton crooked at a rally in Florida.":
        "the small parser reads 'crooked' as the main verb",
    "Donald Trump said Jeb Bush was a low-energy candidate.":
        "'low-energy' is campaign slang no evaluative class holds",
    "The Democratic National Committee condemned the Republican platform as extreme.":
        "'Republican' before a thing is no party (docs/actors.md), so the platform has no owner",
    "President Obama said the Republican budget was irresponsible.":
        "'Republican' before a thing is no party (docs/actors.md), so the budget has no owner",
    "Hillary Clinton warned that Donald Trump's policies would start a trade war with China.":
        "a warning is coded 130 and aimed at the country named last (China)",
    "House Democrats pushed back against the Republican health care bill.":
        "'Republican' before a thing is no party (docs/actors.md), so the bill has no owner",
    "The Trump campaign denied Clinton's claims that he had supported the war in Iraq.":
        "no reading between two USAELI persons ('Donald Trump denied Hillary Clinton's claims' gives none "
        "either, 'Colombia denied Venezuela's claims' 016); not traced",
    "Seoul called North Korea's missile launch a serious provocation.":
        "the misread deed is found, but the target is read as the missile's force (PRKMIL), not the state",
    "Russia warned that NATO's expansion into the Baltics would undermine European security.":
        "a warning is coded 130 and aimed at Europe; no verdict reading of a warning",
    "Iraq on Thursday ordered foreign embassies in Kuwait to close. Britain called the order grave and "
    "sinister.":
        "the small parser reads 'the order grave' as one noun phrase, so 'call' has no object (the verdict "
        "form 'said the order was grave' finds the act in the sentence before)",
}

_ROWS = [(row, _probes.US_DATE) for row in _probes.US19] + \
    [(row, _probes.INTL_DATE) for row in _probes.INTL19]


def _cases() -> list[Any]:
    cases = []
    for row, date in _ROWS:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, date, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row, _ in _ROWS}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize(("row", "date"), _cases())
def test_crit19_probe(code: Any, row: Any, date: str) -> None:
    art = code(row[3], date=date)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _match.matches(row, got, 6), sorted(got)


@pytest.mark.parametrize(("text", "date"), _probes.NULL19, ids=lambda t: t[:30])
def test_crit19_null(code: Any, text: str, date: str) -> None:
    art = code(text, date=date)
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert not _probes.null_hits(got), sorted(got)
