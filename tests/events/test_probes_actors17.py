"""The actor probes of the fifteenth session (tests/events/probes_actors17.py): whose men act and whose
are hit, one act per sentence. Known gaps say why each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_actors17")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "The Contra rebels said they would observe a unilateral ceasefire during the papal visit.":
        "a unilateral ceasefire names no other party",
    "The African National Congress called for new sanctions against South Africa.":
        "dated 2000 the ANC governs (ZAFGOV); the sentence's apartheid-era sense is not read",
    "The Vatican condemned the execution of three priests in El Salvador.":
        "the priests executed are taken as the target, not the state that executed them",
    "OPEC ministers agreed to cut oil production by one million barrels a day.":
        "an agreement among a body's own members names no other party",
    "Bosnian Serb leader Radovan Karadzic rejected the international peace plan.":
        "'international' names no body: the plan's authors are not read",
    "Sikh extremists killed 15 bus passengers in the Punjab.":
        "the Punjab is in two countries and a faith lives in many: nobody's country is known",
    "Nicaraguan Defence Minister Humberto Ortega said the army would not attack Contra camps in Honduras.":
        "a denied intention to attack has no code in the lexicon",
    "The Irish Republican Army claimed responsibility for the bombing of a British army barracks.":
        "the claim of responsibility (015) is coded, not the bombing it claims",
    "Taliban militia captured the northern city of Mazar-i-Sharif.":
        "the tokenizer cuts 'Mazar-i-Sharif' at its hyphens and the gazetteer spells it otherwise",
    "Zairean President Mobutu Sese Seko dismissed his prime minister.":
        "dismissing one's own minister has no lexicon row",
    "Greenpeace activists boarded a French navy ship near Mururoa atoll.":
        "'board' a ship has no lexicon row",
    "Lebanese Druze militiamen shelled Christian positions in the Chouf mountains.":
        "a faith with no place the gazetteer knows gets no country ('Chouf' is unknown)",
    "Pakistani Islamic fundamentalists burned the U.S. embassy in Islamabad.":
        "burning a building has no lexicon row",
    "Sudanese government troops bombed villages in the south.":
        "villages with no country named are nobody's; the attackers' country is not guessed for them",
    "Colombian leftist guerrillas blew up an oil pipeline in the northeast.":
        "a pipeline is a facility, no party, and no country is named for it",
    "The Chinese embassy in Washington protested the sale of arms to Taiwan.":
        "the buyer named in the protested sale is taken as the target, not the seller the place implies",
    "The Japanese parliament approved an aid package for Russia.":
        "approving aid has no lexicon row",
    "Kenyan opposition leaders called for a general strike to protest the election results.":
        "the results protested name no party",
    "Haitian soldiers opened fire on supporters of ousted President Jean-Bertrand Aristide.":
        "supporters of a person take the person's code (HTIGOV), not a sector of their own",
    "The Serbian parliament rejected the Vance-Owen peace plan.":
        "the plan's authors (IGO) are not read from its name",
    "Chinese Premier Li Peng rejected calls for political reform.":
        "the calls rejected name nobody who made them",
    "The ruling Kuomintang party expelled two legislators who had visited Beijing.":
        "the legislators take the story's only place (Beijing), not the expelling party's country",
    "Chinese dissidents in exile urged Western governments to keep up pressure on Beijing.":
        "'Western governments' are coded as the West (WST), no state of the accepted ones",
    "Human rights activists accused the Guatemalan army of massacring peasants.":
        "activists with no body named are coded as the opposition (GTMOPP), not as an NGO or civilians",
    "Kurdish refugees fled across the border into Turkey to escape Iraqi attacks.":
        "fleeing has no CAMEO code; the attacks escaped are a noun with no act of their own",
    "Iraqi Kurds rose up against Saddam Hussein after the Gulf War.":
        "'rise up against' has no lexicon row",
    "The Soviet Union and Afghanistan signed an agreement on the withdrawal of Soviet troops.":
        "signing an agreement is CAMEO's 057 (root 05); the probe was written for 03 or 08",
    "The South African government lifted the state of emergency in Natal province.":
        "'Natal' is read as the Brazilian city, not the South African province",
    "Angolan troops and Cuban forces fought South African units in southern Angola.":
        "'units' is no military noun (the carmaker's units), so the victims are the country alone (ZAF)",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.ACTORS17:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.ACTORS17}
    assert set(KNOWN_GAPS) <= texts


@pytest.mark.parametrize("row", _cases())
def test_actors17_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _probes.accepted(row, got), sorted(got)
