"""Force and coercion in the style of the CAMEO manual's example sentences, wip/gsrforce (issue #7): the
means of an attack, an attack prepared but not made, a border that is only a place, a conjoined list of
nationalities, and a misparsed "up to N" object. The sentences are our own, with negatives."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


Triples = set[tuple[str, str, str]]


def triples(art: Any) -> Triples:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


def countries(art: Any) -> set[tuple[str, str]]:
    return {(s[:3], t[:3]) for s, t, _ in triples(art)}


@pytest.mark.parametrize("text, party", [
    # a border named as where it happened is no party, nor the country across it
    ("Ethiopian troops captured a rebel base on the Sudanese border after two days of fighting.", "SDN"),
    ("Rwandan rebels vowed to fight until they gain control of villages near Uganda's border with Congo.",
     "COD"),
    ("Indian troops attacked a militant camp along the border with Pakistan.", "PAK"),
    ("Turkish troops shelled Kurdish rebel camps near the Iranian border.", "IRN"),
])
def test_a_border_as_a_place_is_no_party(code: Any, text: str, party: str) -> None:
    got = countries(code(text))
    assert not any(t == party for _, t in got), sorted(triples(code(text)))


@pytest.mark.parametrize("text, expected", [
    # ... while forces massed on a border are aimed at the country across it (kept)
    ("Russia massed troops on the Ukrainian border.", ("RUS", "UKR")),
    ("India deployed troops along its border with Pakistan.", ("IND", "PAK")),
    # and a border crossed into a named state still names it
    ("Pakistani troops fired across the border at Indian posts.", ("PAK", "IND")),
])
def test_forces_aimed_across_a_border_keep_their_target(code: Any, text: str,
                                                         expected: tuple[str, str]) -> None:
    got = countries(code(text))
    assert expected in got, sorted(triples(code(text)))


@pytest.mark.parametrize("text, expected", [
    # the means named on a harm verb says the kind of violence: a bomb set off by an armed group is 183
    ("Chechen rebels killed four Russian soldiers in a bomb attack on Tuesday.", ("RUSREB", "RUSMIL", "183")),
    ("Kurdish guerrillas injured two Turkish soldiers in a grenade attack on Friday.",
     ("TURREB", "TURMIL", "183")),
    ("Basque separatists wounded three Spanish policemen with a car bomb in Bilbao.",
     ("ESPREB", "ESPCOP", "1832")),
    ("Tamil rebels killed a Sri Lankan army officer with a roadside bomb near Jaffna.",
     ("LKAREB", "LKAMIL", "1833")),
    # ... hand weapons are physical assault (182), a killing with them 1823
    ("Sudanese militiamen killed twelve Chadian villagers with machetes and knives.",
     ("SDNUAF", "TCDCVL", "1823")),
    ("A camp for Somali refugees was attacked by Kenyan bandits armed with clubs.",
     ("KENCRM", "SOMREF", "182")),
])
def test_the_means_names_the_kind_of_violence(code: Any, text: str, expected: tuple[str, str, str]) -> None:
    got = triples(code(text))
    assert expected in got, sorted(got)


@pytest.mark.parametrize("text, root", [
    # a state's regular forces delivering the bomb or the strike: conventional force (19)
    ("Russian troops killed ten Chechen rebels in an artillery attack.", "19"),
    ("Israeli aircraft killed three Hamas militants in an air strike on Gaza.", "19"),
    ("Turkish troops killed five Kurdish rebels in a bomb attack on their camp.", "19"),
    # a weapon of the victims is no means of the attack
    ("Indian troops killed two Pakistani militants armed with rifles.", "19"),
])
def test_regular_forces_keep_conventional_force(code: Any, text: str, root: str) -> None:
    got = triples(code(text))
    assert got and all(c.startswith(root) for _, _, c in got), sorted(got)


@pytest.mark.parametrize("text, expected", [
    # an attack prepared or readied, not made, is a show of force posture (150), not the attack
    # (what rebels hold stands for them, SRBREB, as the manual's examples code "rebel-held territory")
    ("The Croatian army prepared to resume shelling Serb rebel positions.", ("HRVMIL", "SRBREB", "150")),
    ("The Turkish army prepared to launch an offensive against Kurdish rebels.", ("TURMIL", "TURREB", "150")),
    # (villages a nationality qualifies are its civilians, CVL: the manual's examples, fourteenth session)
    ("Serbian troops are poised to attack Albanian villages in Kosovo.", ("SRBMIL", "ALBCVL", "150")),
])
def test_an_attack_prepared_is_force_posture(code: Any, text: str, expected: tuple[str, str, str]) -> None:
    got = triples(code(text))
    assert expected in got and not any(c[:2] in ("18", "19") for _, _, c in got), sorted(got)


def test_an_attack_made_after_preparing_is_the_attack(code: Any) -> None:
    # the preparation is background; the shelling happened
    got = triples(code("After preparing for weeks, the Croatian army shelled Serb rebel positions."))
    assert any(c.startswith("19") for _, _, c in got), sorted(got)


@pytest.mark.parametrize("text, expected", [
    # coordinated nationalities on one counted noun: a target for each country
    ("Kenyan police beat dozens of Somali and Ethiopian refugees, a rights group said.",
     {("KENCOP", "SOMREF", "182"), ("KENCOP", "ETHREF", "182")}),
    ("Thai soldiers detained scores of Burmese and Laotian migrants on Monday.",
     {("THAMIL", "MMR", "173"), ("THAMIL", "LAO", "173")}),
])
def test_conjoined_nationalities_of_a_counted_noun(code: Any, text: str, expected: Triples) -> None:
    got = triples(code(text))
    assert expected <= got, sorted(got)


@pytest.mark.parametrize("text, expected", [
    # a two-word nationality the NER splits ("Sierra" ORG, "Leonean" PERSON) is one mention
    ("Guinean police beat Sierra Leonean refugees.", {("GINCOP", "SLEREF", "182")}),
    ("Guinean police beat scores of Sierra Leonean and Liberian refugees.", {("GIN", "SLE"), ("GIN", "LBR")}),
])
def test_two_word_nationalities(code: Any, text: str, expected: set[tuple[str, ...]]) -> None:
    art = code(text)
    got: set[tuple[str, ...]] = set(triples(art)) | set(countries(art))
    assert expected <= got, sorted(triples(art))


@pytest.mark.parametrize("text, expected", [
    # a pair NER tags as one span keeps joining the person after it
    ("Sri Lankan Foreign Minister Lakshman Kadirgamar met Indian officials in Delhi.", "LKAGOV"),
    ("Costa Rican President Oscar Arias criticized Nicaragua on Monday.", "CRIGOV"),
])
def test_two_word_nationality_of_a_person(code: Any, text: str, expected: str) -> None:
    got = triples(code(text, date="1988-03-05"))
    assert any(s == expected for s, _, _ in got), sorted(got)


@pytest.mark.parametrize("text, expected", [
    # physical assault "to death" is a killing by physical assault (1823)
    ("Rebels hacked to death 20 villagers in northern Uganda, the army said.", ("UGAREB", "UGACVL", "1823")),
    ("Kenyan police beat two Somali refugees to death in Nairobi.", ("KENCOP", "SOMREF", "1823")),
])
def test_assault_to_death_is_a_killing(code: Any, text: str, expected: tuple[str, str, str]) -> None:
    got = triples(code(text))
    assert expected in got, sorted(got)


def test_a_beating_is_no_killing(code: Any) -> None:
    got = triples(code("Kenyan police beat two Somali refugees in Nairobi."))
    assert ("KENCOP", "SOMREF", "182") in got, sorted(got)


@pytest.mark.parametrize("text, expected", [
    # preparing for an attack not yet made is force posture too, aimed at what the attack is aimed at
    # (a city force is readied against is its civilians, CVL: fourteenth session)
    ("Russian troops are preparing for an assault on Kabul.", ("RUSMIL", "AFGCVL", "150")),
    ("The Turkish army prepared for an offensive against Kurdish rebels.", ("TURMIL", "TURREB", "150")),
    ("Ethiopia is preparing for war with Eritrea, diplomats said.", ("ETH", "ERI", "150")),
])
def test_preparing_for_an_attack_is_force_posture(code: Any, text: str,
                                                  expected: tuple[str, str, str]) -> None:
    got = triples(code(text))
    assert expected in got, sorted(got)


def test_preparing_for_an_exam_is_no_posture(code: Any) -> None:
    assert not triples(code("Kenyan students prepared for the national exam."))


@pytest.mark.parametrize("text, expected", [
    # irregular armed men (UAF, CRM) attacking or killing people who bear no arms: unconventional (180)
    ("Gunmen shot dead a prominent Pakistani journalist in Karachi on Tuesday.", ("PAKUAF", "PAKMED", "180")),
    ("Militiamen attacked a camp for Sudanese refugees in Chad, killing 20 people.",
     ("TCDUAF", "SDNREF", "180")),
    ("Somali militiamen killed two Italian aid workers.", ("SOMUAF", "ITANGO", "180")),
])
def test_irregular_men_on_the_unarmed(code: Any, text: str, expected: tuple[str, str, str]) -> None:
    got = triples(code(text))
    assert expected in got, sorted(got)


@pytest.mark.parametrize("text", [
    # an armed target, rebels, or troops: conventional force stays 19
    "Gunmen killed three Iraqi policemen in Baghdad.",
    "Colombian rebels killed 12 Colombian peasants near Medellin.",
    "Ethiopian troops killed five Somali villagers.",
])
def test_armed_sides_keep_conventional_force(code: Any, text: str) -> None:
    got = triples(code(text))
    assert got and all(c.startswith("19") for _, _, c in got), sorted(got)


@pytest.mark.parametrize("text, expected", [
    # forces surrounding a place restrict movement (191), as "encircled" does; sinking boats is force
    # (190); burning villages destroys property: the codebook's 1712 since roots17d (it was 171, as
    # "torched" still is)
    ("Serb forces surrounded the Bosnian town of Srebrenica.", ("SRBMIL", "BIH", "191")),
    ("Indian navy gunboats sank two Pakistani fishing boats off the Gujarat coast.",
     ("INDMIL", "PAK", "190")),
    ("Sudanese militiamen burned Chadian villages near the border.", ("SDNUAF", "TCD", "1712")),
])
def test_surround_sink_burn(code: Any, text: str, expected: tuple[str, str, str]) -> None:
    got = triples(code(text))
    want = (expected[0][:3], expected[1][:3], expected[2])
    assert want in {(s[:3], t[:3], c) for s, t, c in got}, sorted(got)


@pytest.mark.parametrize("text", [
    "Fans surrounded the Brazilian team bus at the airport.",
    "The ferry sank off the Philippine coast on Monday.",
    "Investors burned through Japanese cash reserves.",
])
def test_surround_sink_burn_negatives(code: Any, text: str) -> None:
    got = triples(code(text))
    assert not any(c in ("191", "190", "171") for _, _, c in got), sorted(got)
