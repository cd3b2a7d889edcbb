"""Whole wire stories of our own read as an analyst would, eleventh set (thirtieth session,
wip/stories32): ERA copy of 1987-2001 on subjects the earlier sets left aside (Zhivkov's fall, Tbilisi
1992, the Karabakh ceasefire, the Dniester memorandum, Batken, Pokhran, the test ban vote, Sandline,
Speight's coup, Desert Fox seen from Moscow, Lockerbie, Bashir's coup, Mengistu's flight, Saba Saba,
Bophuthatswana, Namibia, Guatemala's peace, the Cuban migration accord, Argentina and Britain, the Mexican
rescue, the banana sanctions, Estrada, June 1987 in Seoul, Rangoon 1988). Every expectation of
tests/events/stories32.py is asserted, and what the coder still gets wrong is a strict xfail with its
reason. Below them, the general classes the stories showed and the branch fixed, each with sentences of
our own the stories do not hold, and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories32")

pytestmark = [pytest.mark.model]

_ERA = "an era actor or title the actor tables lack (the actors32 helper's subject)"
_LONG = "a long lead's second verb or set-off phrase (the parse32 helper's subject)"
_TARGET = "who the act is done to (the targets32 helper's subject)"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'ap_sofia_zhivkov:event:0': (
        "'Mladenov, 53, told the plenum that the party would carry out deep reforms and pledged to turn "
        "Bulgaria into a modern democratic state': a pledge whose complement is no act codes nothing, and "
        "the second verb after a that-clause is lost; " + _LONG
    ),
    'ap_sofia_zhivkov:event:1': (
        "'the State Department welcomed the change': a change of leader welcomed names no party; " + _TARGET
    ),
    'interfax_tbilisi_gamsakhurdia:party:1': "'Tengiz Kitovani', a leader of the Military Council: " + _ERA,
    'bbcm_baku_ceasefire:event:3': (
        "'said Azerbaijan would never accept the loss ... and demanded the withdrawal': the demand is given "
        "to the reported clause's Azerbaijan (AZE), not to Aliyev (AZEGOV)"
    ),
    'bbcm_baku_ceasefire:clean:0': "the demand from AZE (see event 3)",
    'kyodo_tokyo_batken:event:0': (
        "'Armed Islamic militants who crossed into southern Kyrgyzstan from Tajikistan on Monday took four "
        "Japanese geologists, their Kyrgyz interpreter and a senior Kyrgyz Interior Ministry officer "
        "hostage': alone, 'militants took four Japanese geologists hostage' codes KGZUAF -> JPN 181; "
        "the long "
        "object list loses the hostage taking; " + _LONG
    ),
    'kyodo_tokyo_batken:event:1': "the Kyrgyz hostages (see event 0)",
    'kyodo_tokyo_batken:clean:0': (
        "the headline's 'Japanese geologists taken hostage in Kyrgyzstan' read as Japan taking Kyrgyzstan "
        "hostage, and the militants' demand for passage 'to Uzbekistan's Fergana Valley' aimed at Uzbekistan"
    ),
    'pti_newdelhi_pokhran:event:1': (
        "'The United States, which had not been told in advance, expressed deep disappointment': "
        "disappointment with no object takes no target from the story's tests; " + _TARGET
    ),
    'pti_newdelhi_pokhran:clean:0': "the tests read as India's force posture toward India (IND -> IND 150)",
    'ap_washington_ctbt:event:0': (
        "'Clinton, who had urged senators to delay the vote, denounced the Republican majority as "
        "reckless': 'the Republican majority' gets no actor (alone, 'denounced the Senate' codes)"
    ),
    'ap_washington_ctbt:event:1': (
        "'criticised the vote, saying ...': a vote criticised names no party (the Senate of the lead); "
        + _TARGET
    ),
    'ap_washington_ctbt:clean:0': "the criticism aimed at Russia (see event 1)",
    'afp_portmoresby_sandline:event:5': (
        "'urged the Papua New Guinea government to terminate the Sandline deal and offered to help find a "
        "peaceful solution': the second verb is lost; " + _LONG
    ),
    'afp_suva_speight:event:0': (
        "'Armed men led by failed businessman George Speight stormed Fiji's parliament on Friday and took "
        "Prime Minister Mahendra Chaudhry ... hostage': the armed men get no country (---UAF) and the second "
        "verb is lost; " + _LONG
    ),
    'afp_suva_speight:party:2': (
        "'President Ratu Sir Kamisese Mara': the chiefly and knightly honorifics; "
        "" + _ERA
    ),
    'itartass_moscow_desertfox:event:2': (
        "'air strikes on Iraq, which President Boris Yeltsin strongly condemned as a gross violation': a "
        "relative clause's object (the strikes) names their doers only through the noun's modifiers"
    ),
    'itartass_moscow_desertfox:event:3': (
        "'told the State Duma that ... and demanded their immediate halt': the demand is aimed at the Duma "
        "told; " + _TARGET
    ),
    'itartass_moscow_desertfox:clean:0': "the demand aimed at RUSLEG (see event 3)",
    'pana_tripoli_lockerbie:event:0': (
        "'handed over the two Libyans suspected of the 1988 bombing ... to the United Nations': the "
        "participle on the object loses the handover (alone, 'handed over the two Libyans to the United "
        "Nations' codes LBY -> IGO 063)"
    ),
    'pana_tripoli_lockerbie:event:1': (
        "'announced ... that the sanctions imposed on Libya in 1992 were suspended': sanctions suspended "
        "in a passive with no agent name no easer"
    ),
    'mena_cairo_bashir:event:0': (
        "'the Revolutionary Command Council for National Salvation dissolved parliament, banned political "
        "parties and declared a state of emergency': the council gets no actor; " + _ERA
    ),
    'mena_cairo_bashir:clean:0': (
        "the coup aimed at Sudan's civilians (SDNCVL) and Mubarak's message received read as Sudan hosting "
        "Egypt (043)"
    ),
    'reuters_addis_mengistu:event:0': (
        "'the rebels of the Ethiopian People's Revolutionary Democratic Front' coded ETHOPP (the party that "
        "ruled from 1991); " + _ERA
    ),
    'reuters_addis_mengistu:event:2': (
        "'Mengistu flew to Zimbabwe, where the government said he had been granted temporary asylum': asylum "
        "granted in a passive inside a where-clause names no grantor"
    ),
    'reuters_addis_mengistu:clean:0': (
        "the appeal aimed at ETHOPP (see event 0), and the flight into exile read as a visit (042/043)"
    ),
    'ap_nairobi_sabasaba:event:1': (
        "'Riot police stormed the All Saints Cathedral ..., beating worshippers with clubs and arresting "
        "several opposition leaders': the second participle is lost; " + _LONG
    ),
    'ap_nairobi_sabasaba:event:5': (
        "'condemned the violence and urged the government to open talks': 'the government' is read as the "
        "police of the violence; " + _TARGET
    ),
    'ap_nairobi_sabasaba:clean:0': "the beating read as 190, and the appeals aimed at KENCOP (see event 5)",
    'reuters_mmabatho_mangope:event:0': (
        "'took control of the nominally independent homeland of Bophuthatswana': the homeland is no place "
        "the gazetteer knows, so the occupation has no target and is not coded (alone, 'took control of the "
        "town of Mmabatho' codes ZAFMIL -> ZAFCVL 192); " + _ERA
    ),
    'xinhua_windhoek_independence:event:0': (
        "'de Klerk, attending the ceremony, pledged that his country would respect the independence of "
        "Namibia': a pledge whose complement is no act codes nothing"
    ),
    'efe_guatemala_peace:event:2': (
        "'praised the courage of both sides': 'both sides' gets no actor; "
        "" + _TARGET
    ),
    'efe_guatemala_peace:event:4': (
        "'asked the Guatemalan people for forgiveness ... and pledged that the guerrillas would hand in "
        "their "
        "weapons': the second verb is lost; " + _LONG
    ),
    'efe_madrid_falklands:party:1': "'British envoy Sir Crispin Tickell': the knightly honorific; " + _ERA,
    'reuters_washington_peso:event:2': (
        "'welcomed the package': a package welcomed names no giver; "
        "" + _TARGET
    ),
    'dpa_brussels_bananas:event:2': (
        "'accused Washington of taking the law into its own hands and called on it to withdraw the "
        "measures': the second verb with a pronoun object is lost; " + _LONG
    ),
    'dpa_brussels_bananas:event:3': (
        "'said the United States had acted because the EU had failed to comply with WTO rulings': a failure "
        "charged in a because-clause is no accusation the coder knows"
    ),
    'dpa_brussels_bananas:party:0': "'EU Trade Commissioner Sir Leon Brittan': " + _ERA,
    'dpa_brussels_bananas:clean:0': "the EU's failure read as its rejection of the WTO (124; see event 3)",
    'afp_manila_estrada:event:2': (
        "'said it would work closely with the new government': 'the new government' gets no actor; "
        + _TARGET
    ),
    'yonhap_seoul_june29:event:1': (
        "'called for the release of political prisoners including opposition leader Kim Dae-jung': the "
        "appeal is aimed at the prisoner named, not at the government that holds him"
    ),
    'yonhap_seoul_june29:event:2': "Kim Young-sam coded KORGOVOPP (president from 1993; see party 2)",
    'yonhap_seoul_june29:party:2': "'Kim Young-sam' in 1987, in opposition then: " + _ERA,
    'yonhap_seoul_june29:clean:0': "the appeal aimed at KOROPP (see event 1)",
    'upi_bangkok_sawmaung:party:2': (
        "'former Defense Minister Tin Oo' coded MMRGOVMIL: the 'former' of the second of two titled names "
        "joined by 'and' is lost; " + _ERA
    ),
    'upi_bangkok_sawmaung:clean:0': "the opposition leaders' call from MMRGOVMIL (see party 2)",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "source", "target", "roots"), [
    # an active verb joined to a passive one shares its subject, not the by-phrase's doer
    ("BEIJING (Xinhua) - Thai Prime Minister Chuan Leekpai was received by President Jiang Zemin and "
     "called for closer ties with China.", "THAGOV", "CHN", ("02",)),
    ("MANILA (AFP) - Gloria Arroyo was sworn in by Chief Justice Hilario Davide and pledged to help the "
     "United States.", "PHLGOV", "USA", ("03",)),
])
def test_a_verb_joined_to_a_passive_shares_its_subject(code: Any, text: str, source: str, target: str,
                                                      roots: tuple[str, ...]) -> None:
    art = code(text, date="2001-01-20")
    assert _has(art, source, target, roots), story_triples(art)


def test_sworn_in_is_no_vow(code: Any) -> None:
    art = code("MANILA (AFP) - Gloria Arroyo was sworn in by Chief Justice Hilario Davide on Saturday.",
               date="2001-01-20")
    assert not any(c.startswith("03") for _, _, c in story_triples(art)), story_triples(art)


def test_a_vow_sworn_stays_a_vow(code: Any) -> None:
    # control: swearing to do something is still an intent
    art = code("KABUL (AFP) - The Taliban swore that they would never hand over bin Laden to the United "
               "States.", date="1998-09-01")
    assert story_triples(art), story_triples(art)


@pytest.mark.parametrize("text", [
    # an act dated by a named decade over ten or more years before the story is history
    "GUATEMALA CITY, Dec 29 (EFE) - Washington armed the Guatemalan army in the 1980s.",
    "GUATEMALA CITY, Dec 29 (EFE) - The United States backed military governments during the 1970s.",
])
def test_an_act_of_a_past_decade_is_history(code: Any, text: str) -> None:
    art = code(text, date="1996-12-29")
    assert not story_triples(art), story_triples(art)


@pytest.mark.parametrize("text", [
    # controls: a decade that bounds a span, a decade reaching to the story's day, a decade on a noun
    "GUATEMALA CITY, Dec 29 (EFE) - Washington has armed the Guatemalan army since the 1980s.",
    "GUATEMALA CITY, Dec 29 (EFE) - Washington armed the Guatemalan army in the 1990s.",
    "GUATEMALA CITY, Dec 29 (EFE) - The United States on Sunday condemned the army for the killings of "
    "the 1980s.",
])
def test_a_decade_that_dates_no_act_gone_by_keeps_it(code: Any, text: str) -> None:
    art = code(text, date="1996-12-29")
    assert story_triples(art), story_triples(art)


@pytest.mark.parametrize("text", [
    # forces that take control of a town or a named place occupy it (192)
    "KINSHASA, March 15 (Reuters) - Congolese rebels took control of the city of Kisangani on Saturday.",
    "KINSHASA, March 15 (Reuters) - Congolese rebels took control of Kisangani on Saturday.",
    "MMABATHO, South Africa, March 11 (Reuters) - South African troops took control of the town of "
    "Mmabatho on Friday.",
])
def test_forces_that_take_control_of_a_place_occupy_it(code: Any, text: str) -> None:
    art = code(text, date="1997-03-15")
    assert any(c.startswith("192") for _, _, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize("text", [
    # controls: a firm's control of a rival, soldiers in control of a situation
    "LONDON (Reuters) - The firm took control of its rival on Monday.",
    "LONDON (Reuters) - Soldiers took control of the situation.",
])
def test_control_of_no_place_is_no_occupation(code: Any, text: str) -> None:
    art = code(text, date="1997-03-15")
    assert not any(c.startswith("19") for _, _, c in story_triples(art)), story_triples(art)
