"""Targets found by construction, thirteenth round of issue #7 (wip/tgt13): acts the coder finds with a
source whose recipient is not the verb's own direct object. Each construction is English grammar (a
reciprocal object, the parties of an agreement named in a between-phrase, the on/against-phrase of an
attack noun that is the subject of a harm verb); the sentences are our own, with negatives."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


@pytest.mark.parametrize("text, expected", [
    # "each other" / "one another" as the object: the joined subject acts on itself, both ways
    ("Moscow and Kyiv accused each other of shelling the plant.",
     {("RUSGOV", "UKRGOV", "112"), ("UKRGOV", "RUSGOV", "112")}),  # capitals that act: GOV
    ("India and China blamed one another for the clash.", {("IND", "CHN", "112"), ("CHN", "IND", "112")}),
    ("Armenia and Azerbaijan criticised each other on Monday.",
     {("ARM", "AZE", "111"), ("AZE", "ARM", "111")}),
    # the parties of an agreement, deal or truce named in a between-phrase, on the noun or its participle
    ("Hamas rejected the US-brokered deal between Israel and the Palestinian Authority.",
     {("PSEREB", "ISR", "120")}),
    ("Hamas rejected an agreement reached between Israel and Egypt.",
     {("PSEREB", "ISR", "120"), ("PSEREB", "EGY", "120")}),
    ("Iran criticised the deal struck between the United States and Israel.",
     {("IRN", "USA", "111"), ("IRN", "ISR", "111")}),
    # an attack noun that is the subject of a harm verb: its on/against-phrase names the target
    ("Israel's attack on Lebanon killed ten people.", {("ISR", "LBN", "190")}),
    # (a city hit is its civilians, CVL, and a capital that acts its GOV: fourteenth session)
    ("A Russian missile strike on Kyiv killed five civilians.", {("RUS", "UKRCVL", "195")}),
    # a noun with no role sector read through its of/from-place: each coordinated place is a party
    ("The minister met officials from Japan, South Korea and China.",
     {("---GOV", "JPN", "040"), ("---GOV", "KOR", "040"), ("---GOV", "CHN", "040")}),
    ("Obama held meetings with the top officials from Japan, South Korea and China.",
     {("USAELI", "JPN", "040"), ("USAELI", "KOR", "040"), ("USAELI", "CHN", "040")}),
    # a consultation whose other side is named in a with-phrase is coded both ways, as talks are
    ("The Chinese foreign minister discussed trade with his Japanese counterpart.",
     {("CHNGOV", "JPNGOV", "040"), ("JPNGOV", "CHNGOV", "040")}),
    # the actor's own envoy or mission ("its", "their") stands for the actor: where it is posted is the
    # other party, bare (its ambassador is no government of the place)
    ("Morocco recalled its ambassador to Algeria.", {("MAR", "DZA", "161")}),
    ("Peru recalled its ambassador in Mexico for consultations.", {("PER", "MEX", "161")}),
    # an act noun whose relative clause names its parties: the clause's subject did it, its phrases say
    # to whom ("that" / no relative pronoun: the clause's object is the noun itself)
    ("The sanctions that Washington imposed on Moscow took effect on Monday.", {("USAGOV", "RUSGOV", "163")}),
    ("The aid that Japan promised to Sri Lanka arrived on Friday.", {("JPN", "LKA", "070")}),
    ("The attack Russia launched on Kyiv killed ten people.", {("RUS", "UKRCVL", "190")}),
    # a shared act told as a purpose, with no party of its own: the with-phrase of the act it serves
    ("Obama arranged a call with Merkel to discuss the crisis.", {("USAELI", "DEUELI", "040")}),
    ("Biden was arranging calls with both Putin and Zelensky to discuss the war.",
     {("USAGOV", "RUSGOV", "040"), ("USAGOV", "UKRGOV", "040")}),
    ("Britain set up a hotline with France to coordinate the response.", {("GBR", "FRA", "050")}),
])
def test_a_target_found_by_construction(code: Any, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = triples(code(text))
    assert expected <= got, sorted(got)


def test_each_other_in_a_with_phrase_is_no_third_party(code: Any) -> None:
    got = triples(code("Ethiopia and Eritrea have repeatedly clashed with one another."))
    assert got == {("ETH", "ERI", "190"), ("ERI", "ETH", "190")}, sorted(got)


def test_a_lone_subject_with_each_other_codes_nothing_new(code: Any) -> None:
    # one named party: "each other" has nobody to stand for
    got = triples(code("The rebels accused each other of treason."))
    assert not got, sorted(got)


def test_a_victim_with_a_country_keeps_it(code: Any) -> None:
    # the harm verb's own coded victim is the target; the attack's place does not replace it
    got = triples(code("Israel's attack on Gaza killed two Egyptian soldiers."))
    assert ("ISR", "PSE", "190") not in got, sorted(got)


def test_a_consultation_on_a_topic_stays_one_way(code: Any) -> None:
    # no with-phrase: the object is the topic, nobody consults back
    got = triples(code("The two leaders also discussed Iran."))
    assert not any(t[0] == "IRN" for t in got), sorted(got)


def test_another_states_envoy_keeps_its_government(code: Any) -> None:
    # no own pronoun: the envoy is the other state's, and the target keeps its sector
    got = triples(code("Britain summoned Russia's ambassador to London."))
    assert ("GBR", "RUSGOV", "114") in got, sorted(got)


def test_a_condemned_attack_with_no_attacker_has_no_target(code: Any) -> None:
    # the victims of a condemned attack are not whom the condemnation is aimed at; no attacker, no target
    got = triples(code("France condemned the killing of a Lebanese journalist in Syria."))
    assert not any(t[0] == "FRA" for t in got), sorted(got)
    got = triples(code("France condemned the killing of a Lebanese journalist by Syrian forces."))
    assert ("FRA", "SYRMIL", "111") in got, sorted(got)


def test_a_relative_clause_with_its_own_object_names_no_party(code: Any) -> None:
    got = triples(code("The sanctions that hit Russian banks were lifted."))
    assert not any(t[2].startswith("16") for t in got), sorted(got)


def test_a_purpose_with_its_own_object_keeps_it(code: Any) -> None:
    got = triples(code("Turkey teamed up with Russia to fight terrorism."))
    assert not any(t[2].startswith("19") and t[1] == "RUS" for t in got), sorted(got)


def test_a_named_counterpart_is_no_own_envoy(code: Any) -> None:
    # "their Australian counterpart in Tokyo" names Australia; Tokyo is the venue
    got = triples(code("The foreign ministers of Japan and India met with their Australian counterpart "
                       "in Tokyo."))
    assert ("JPNGOV", "AUSGOV", "040") in got, sorted(got)


def test_a_subject_list_of_places_stays_one_party(code: Any) -> None:
    # the list is read only where the phrase receives the act; a generic claim about a subject list
    # would otherwise code every pair
    got = triples(code("He believes officials from Germany, France and Italy talking behind closed doors can "
                       "reach sound decisions."))
    assert ("FRA", "ITA", "040") not in got, sorted(got)
