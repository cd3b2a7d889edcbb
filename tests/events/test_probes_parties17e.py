"""The GSR-style probes of the fifteenth session on far parties (tests/events/probes_parties17e.py): the
actor codes and full CAMEO code an analyst would accept for one act per sentence. Known gaps say why
each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_parties17e")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "The United Nations appealed to Rwanda to allow aid convoys to reach the refugees.":
        "'appeal to' is coded an appeal (025x), which the codebook also allows; the probe asked for 10x",
    "Kenya rejected an appeal from Uganda to reopen the border crossing at Malaba.":
        "parties right; the code is 1245 (reject a request to ease restrictions), not one the probe listed",
    "Moscow protested to Estonia over the treatment of ethnic Russians in Tallinn.":
        "parties right at country level; an official protest is coded 114, not the 111/112 the probe listed",
    "Japan urged Russia to return the four islands it seized at the end of the war.":
        "'urge' is coded an appeal (0253), which the codebook also allows; the probe asked for 10x",
    "Morocco said Algeria was arming the Polisario Front guerrillas.":
        "a party named only in the reported clause: the clause's act (072) is coded, not the "
        "speaker's charge",
    "The Brazilian president, Fernando Collor, offered Argentina help in settling its debt crisis.":
        "an offer of help is coded an intent to give aid (033); the probe listed 020/023/036",
    "Nigeria ordered the expulsion of Ghanaian workers living in Lagos.":
        "'ordered the expulsion of' is coded 166 (expel), where the codebook's act on people is 174",
    "Australia and Indonesia agreed to share intelligence on people smuggling.":
        "an agreement to cooperate is coded 0314 (intent), not the 064 of the sharing itself",
    "The expulsion of a British journalist by Zimbabwe drew protests from London.":
        "an act noun that is the subject of 'drew protests' is folded into the protest, whose target is "
        "the journalist (GBRMED); the expulsion itself is not coded",
    "Senegal sent troops to Gambia to put down a coup attempt.":
        "troops sent to put down a coup are read as military protection (074); the probe listed 15x/190",
    "China criticized the sale of American fighter jets to Taiwan.":
        "the seller named only by the goods' adjective takes the goods' sector (USAMIL), not USAGOV",
    "The US-brokered deal between Israel and the Palestinians was signed in Washington.":
        "a deal as the subject of a passive 'was signed' with its parties in a between-phrase is not coded",
    "Tanzanian President Julius Nyerere agreed to mediate between the Burundi government and the "
    "rebels.":
        "an agreement to mediate is coded the intent (039), which the codebook also allows",
    "Moscow signed an agreement with Kabul to supply weapons to the Afghan army.":
        "the signing (057) is coded, not the supply it provides for; Moscow in 2000 is RUS",
    "The US Senate adopted a bill that would tighten the embargo against Cuba.":
        "'tighten the embargo' is no sanction verb of the lexicon, so the bill's act is not matched",
    "Malaysia announced a plan that will expel illegal immigrants from Indonesia.":
        "parties right; a measure's act in the future ('will expel') is read as a threat (137)",
    "Egypt adopted measures that will cut its diplomatic ties with Israel.":
        "parties right; a measure's act in the future ('will cut') is read as a threat (1313)",
    "Russia decided to approve a decree that will impose a blockade on Georgia.":
        "parties right; a measure's act in the future ('will impose') is read as a threat (1381)",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.PARTIES17E + _probes.FIXES17E:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.PARTIES17E + _probes.FIXES17E}
    assert set(KNOWN_GAPS) <= texts


def test_batches_cover_every_row() -> None:
    spans = _probes.batches()
    assert spans[0][0] == 0 and spans[-1][1] == len(_probes.PARTIES17E)


@pytest.mark.parametrize("row", _probes.NOT_ADOPTED, ids=[r[1][:40] for r in _probes.NOT_ADOPTED])
def test_rejected_measure_is_not_its_act(code: Any, row: Any) -> None:
    art = code(row[1], date="2000-01-01")
    got = {(e.source.code, e.cameo) for e in art.events if e.cameo and e.source is not None}
    assert not any(s.startswith(row[0]) and c.startswith("16") for s, c in got), sorted(got)


@pytest.mark.parametrize("row", _cases())
def test_parties17e_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _probes.accepted(row, got), sorted(got)
