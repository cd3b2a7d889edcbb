"""The sentence-shape probes of the fifteenth session (tests/events/probes_gsr17c.py): the actor codes and
root an analyst would accept for one act per sentence, written in the shapes of real wire copy. Known gaps
say why each miss misses; a wording no general rule reaches stays a gap rather than a rule naming it."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_gsr17c")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    '"We will never negotiate with terrorists," Peruvian President Alberto Fujimori said of the Shining '
    'Path rebels.':
        "a refusal told only in a leading quote, its party in a trailing 'said of' phrase, is not read",
    'Thai officials said that Burmese troops had shelled a Thai border village, wounding three villagers.':
        "the annotation guide codes a pre-posed report of another's attack as the speaker's accusation (112)",
    'Nigeria will send 1,500 troops to join the peacekeeping force in Liberia, Nigerian officials said '
    'on Monday.':
        "the peacekeeping force in Liberia is taken as the target (LBRMIL), not the country it protects",
    'Moscow said on Friday that it would not oppose the lifting of martial law in Poland, the Tass news '
    'agency reported.':
        "'would not oppose' an easing is an intent to yield with no lexicon row; the easing has no doer",
    'South African police detained Winnie Mandela, the wife of the jailed black nationalist leader Nelson '
    'Mandela, in Soweto.':
        "the appositive's 'leader' gives the detained woman GOV; nationalist (OPP) is no sector word",
    'More than 400 people died when Iranian pilgrims clashed with Saudi police in Mecca.':
        "a clash of pilgrims with police is read as fighting (190) both ways, not a riot (145)",
    "Israel's decision to deport 12 Palestinians from the occupied territories was condemned by the "
    'United States.':
        "the condemnation of the nominal act is coded; the deportation it names is not",
    'President Samuel Doe of Liberia was killed by rebels loyal to Prince Yormie Johnson, Western diplomats '
    'said.':
        "rebels loyal to a person take no country (---REB), though the state they fight is named",
    'Mexican officials said on Monday that relations with Guatemala had never been better.':
        "a judgement of relations (013) has no lexicon row",
    'Nelson Mandela, the African National Congress leader jailed for 27 years, was freed by the South '
    'African government on Sunday.':
        "the ANC leader in the appositive gives no OPP; the released man takes the country alone",
    'At least 40 people were killed when Israeli jets bombed a village in the Bekaa Valley, Lebanese police '
    'said.':
        "the Bekaa Valley is no listed place; the country of the trailing attribution is not taken",
    'Portugal, the former colonial power in East Timor, protested to the United Nations about the '
    "Indonesian army's treatment of civilians there.":
        "the body a protest is lodged with (the UN) is taken before the party it is about",
    "Nigeria's military government dissolved the country's supreme court and suspended the constitution.":
        "dissolving a court or suspending a constitution has no lexicon row (172 or 1721)",
    'Hungary opened its border with Austria on Sunday, allowing thousands of East Germans to leave for the '
    'West.':
        "the border's other side (AUT) is taken; the people the participle lets go are not",
    'The Association of South East Asian Nations (ASEAN) offered to host a peace conference on Cambodia in '
    'Jakarta.':
        "an offer to host a conference has no lexicon row; its topic (on Cambodia) is no party",
    'An Argentine court sentenced former junta leader Jorge Videla to life imprisonment for human rights '
    'abuses.':
        "'former junta leader' is read as GOV; former holders are ELI only as 'former' + a role noun",
    'The Colombian government declared war on the drug cartels after the assassination of presidential '
    'candidate Luis Carlos Galan.':
        "'declared war on' cartels has no lexicon row, and cartels with no country are no party",
    'Vietnam handed over the remains of 25 American servicemen missing since the war to a U.S. delegation '
    'in Hanoi.':
        "the servicemen of the of-phrase (USAMIL) are taken before the delegation the remains go to",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.GSR17C:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.GSR17C}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_gsr17c_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _probes.accepted(row, got), sorted(got)
