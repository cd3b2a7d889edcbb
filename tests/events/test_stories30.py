"""Whole wire stories of our own read as an analyst would, ninth set (twenty-eighth session,
wip/stories30): ERA copy of 1989-2003 on subjects the earlier sets left aside (Liberia, Mozambique,
Western Sahara, Algeria, Sri Lanka, Nagorno-Karabakh, Moldova, Lithuania, the Soviet withdrawal from
Afghanistan, Tiananmen, Hong Kong, the Spratlys, the Kurils, the Taiwan Strait, OPEC, Lockerbie, Cuba,
Chiapas, the 1989 Manila coup, Sipadan, Aceh, Seattle, Khartoum, Cambodia). Every expectation of
tests/events/stories30.py is asserted, and what the coder still gets wrong is a strict xfail with its
reason. Below them, the general classes the stories showed and the branch fixed, each with sentences of
our own the stories do not hold, and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories30")

pytestmark = [pytest.mark.model]

_ERA = "an era actor the actor tables lack (the actors30 helper's subject)"
_LONG = "a long lead's second verb or set-off phrase (the parse30 helper's subject)"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'afp_abuja_liberia:event:0': (
        "'The leaders of Liberia's warring factions, among them Charles Taylor of the ... (NPFL), "
        "signed': the leaders of factions get no actor"
    ),
    'afp_abuja_liberia:event:2': (
        "'welcomed the agreement': the signing has no row (see event 0), so no pact is remembered"
    ),
    'reuters_rome_renamo:event:2': (
        "'accused the government of hiding troops': 'the government' is taken from the lead's 'the "
        "Italian government', not the state the rebels fight"
    ),
    'reuters_rome_renamo:event:3': (
        "'promised Italian aid for the reconstruction of the war-shattered country': an epithet of the "
        "story's country gets no actor"
    ),
    'reuters_rome_renamo:clean:0': "Renamo's accusation aimed at Italy's government (see event 2)",
    'ap_rabat_polisario:event:0': (
        "'King Hassan II, in a speech broadcast on state television Thursday night, pledged to respect "
        "the truce': a truce respected has no row; " + _LONG
    ),
    'ap_rabat_polisario:event:3': (
        "'Algeria ... welcomed the cease-fire': a truce that 'took effect' is no signing the pact "
        "memory keeps"
    ),
    'reuters_algiers_emergency:event:1': (
        "'Leaders of the Islamic Salvation Front (FIS), whose chiefs ... are in jail, condemned the "
        "decree': the FIS gets no actor; " + _ERA
    ),
    'reuters_colombo_bank:event:3': (
        "'vowed to press the army's offensive ... and appealed to the public to remain calm': " + _LONG
    ),
    'interfax_baku_kelbajar:event:4': (
        "'closed its air space to flights carrying aid to Armenia': an air space closed to a country's "
        "flights is no sanction row"
    ),
    'interfax_baku_kelbajar:clean:0': (
        "'Yerevan denied that its regular troops were involved' read as a denial aimed at Azerbaijan's "
        "army (016)"
    ),
    'bbcm_chisinau_bendery:event:0': (
        "'Moldovan police and Dniester region guards fought': the Dniester guards get no rebel code "
        "(MDAREB); " + _ERA
    ),
    'bbcm_chisinau_bendery:event:1': "the guards' side of the fighting (see event 0)",
    'tass_vilnius_tvcentre:event:0': (
        "'Soviet army units took control of the television centre in Vilnius': taking control of a "
        "building has no row"
    ),
    'tass_vilnius_tvcentre:event:1': (
        "'The self-styled National Salvation Committee of Lithuania ... appealed to Soviet President "
        "Mikhail Gorbachev': the committee gets no actor"
    ),
    'tass_vilnius_tvcentre:event:3': (
        "'signed a joint statement ... condemning the military action': a participle on a statement "
        "noun gets no event"
    ),
    'tass_vilnius_tvcentre:clean:0': (
        "'Yeltsin flew to Tallinn' read as a visit to the Soviet Union and back (Tallinn placed in USR "
        "in 1991), where the analyst reads Estonia"
    ),
    'tass_termez_withdrawal:event:3': (
        "'said his forces were ready to defend the capital and offered a ceasefire': the offer takes "
        "'his forces' (AFGMIL) as its source"
    ),
    'tass_termez_withdrawal:event:4': (
        "'Guerrilla commanders in Peshawar rejected the offer': the commanders are placed in Pakistan "
        "by the city (PAKREB)"
    ),
    'tass_termez_withdrawal:event:5': "the commanders as PAKREB (see event 4)",
    'tass_termez_withdrawal:clean:0': "the offer from AFGMIL and the commanders as PAKREB (see events 3, 4)",
    'xinhua_hongkong_handover:event:1': (
        "'About 4,000 troops of the People's Liberation Army crossed the border into Hong Kong': troops "
        "crossing a border have no row"
    ),
    'xinhua_hongkong_handover:event:2': (
        "'said Washington would watch closely whether China respected the freedoms': a watch announced "
        "has no row"
    ),
    'xinhua_hongkong_handover:clean:0': (
        "'China had resumed the exercise of sovereignty over Hong Kong ..., ending 156 years of British "
        "colonial rule' read as 062 to Britain, and Cook's criticism in a reduced relative clause (a "
        "second root to the parser) aimed at Hong Kong"
    ),
    'afp_manila_mischief:event:1': "'..., and placed its forces in the area on alert': " + _LONG,
    'reuters_taipei_missiles:event:2': (
        "'Lee Teng-hui appealed for calm': an appeal with no addressee names no target (the island's "
        "public)"
    ),
    'reuters_taipei_missiles:clean:0': (
        "the missiles as 190 on TWNCVL (see event 0), and 'warned foreign countries not to interfere "
        "in China's internal affairs' aimed at China"
    ),
    'irna_vienna_opec:clean:0': (
        "'called on all producers to respect their quotas' aimed at Saudi Arabia, the sentence's other "
        "party"
    ),
    'dpa_tripoli_sanctions:event:1': (
        "'Crowds of demonstrators attacked the Venezuelan embassy in Tripoli': coded 190 on Venezuela's "
        "government and 145 on Libya, not a violent protest at Venezuela"
    ),
    'dpa_tripoli_sanctions:event:2': (
        "'Gaddafi, in a speech broadcast by state television, called the sanctions an act of aggression "
        "and said Libya would not bow': " + _LONG
    ),
    'dpa_tripoli_sanctions:event:3': (
        "'would not bow to pressure from Washington and London' (alone it codes LBY->USA 124): " + _LONG
    ),
    'dpa_tripoli_sanctions:clean:0': (
        "'refused to hand over two men accused of blowing up a Pan Am airliner' aimed at Pan Am "
        "(USABUS), the embassy attack (see event 1) and the sanctions read as Libya's own (163)"
    ),
    'dpa_tripoli_sanctions:once:0': "the lead's United Nations sanctions coded twice",
    'ap_havana_shootdown:event:1': (
        "'President Clinton, calling the attack a flagrant violation of international law, ordered': "
        + _LONG
    ),
    'ap_havana_shootdown:event:2': "'ordered new sanctions against Fidel Castro's government': " + _LONG,
    'ap_havana_shootdown:clean:0': (
        "the MiG fighters as CUBUAF (see event 0), and the government's statement that the planes "
        "violated its air space aimed at its own army"
    ),
    'reuters_sancristobal_ezln:event:0': (
        "'seized four towns': the headline's 'Indian rebels' are Mexico's rebels now (lead35), as the body's "
        "Zapatistas are, so the two readings are one occurrence, and the merged event keeps the headline's "
        "towns as the state's civilians (MEXCVL), which the row does not accept"
    ),
    'reuters_sancristobal_ezln:event:1': "'demanding land': the participle's demand names no addressee",
    'reuters_sancristobal_ezln:event:2': (
        "'said troops had retaken the town of Ocosingo': a town retaken names its civilians, not the "
        "rebels who held it"
    ),
    'reuters_sancristobal_ezln:event:3': (
        "'called on them to lay down their arms': 'them', the rebels of the clause before, is not "
        "resolved"
    ),
    'reuters_sancristobal_ezln:event:4': (
        "'The Roman Catholic bishop of San Cristobal, Samuel Ruiz, offered to mediate': the bishop gets "
        "no actor"
    ),
    'reuters_sancristobal_ezln:party:1': "'Samuel Ruiz': " + _ERA,
    'reuters_sancristobal_ezln:clean:0': "the towns seized and the town retaken as MEXCVL (events 0, 2)",
    'upi_manila_coup:event:1': (
        "'rebel soldiers who had seized two air bases and bombed the presidential palace': a relative "
        "clause's acts are read as background"
    ),
    'upi_manila_coup:event:2': (
        "'vowed to crush the rebellion': read as 137 aimed at the Philippines (the rebellion is no "
        "actor)"
    ),
    'upi_manila_coup:clean:0': (
        "the vow aimed at PHL (see event 2) and 'Rebel officers loyal to cashiered Col. Gregorio "
        "Honasan' coded PHL"
    ),
    'afp_kualalumpur_sipadan:event:2': (
        "'ordered troops to surround the rebels' camp': read as an alert (151) aimed at the troops, who "
        "take Malaysia's army"
    ),
    'afp_kualalumpur_sipadan:clean:0': "the alert aimed at MYSMIL (see event 2)",
    'antara_jakarta_aceh:event:1': (
        "'ordered the military to crush the separatist rebels': the order is read as one to the military"
    ),
    'antara_jakarta_aceh:event:3': "'GAM spokesman Sofyan Dawood': GAM gets no country (---REB); " + _ERA,
    'antara_jakarta_aceh:clean:0': (
        "'after peace talks in Tokyo with the Free Aceh Movement (GAM) collapsed' read as Japan's attack "
        "on Indonesia's army, and GAM as ---REB"
    ),
    'ap_seattle_wto:party:1': "'commissioner Pascal Lamy': " + _ERA,
    'mena_cairo_shifa:event:3': (
        "'said the plant was producing ingredients for chemical weapons': a claim about a plant names "
        "no owner (Sudan)"
    ),
    'mena_cairo_shifa:event:4': (
        "'called for an inquiry into the raid': the raid, told three sentences back only as the object "
        "of a verdict, is no act remembered"
    ),
    'reuters_paris_cambodia:event:0': (
        "'Cambodia's four warring factions, including the Khmer Rouge, signed a peace treaty ... with "
        "18 other nations': the signing is read with the UN, and the including-phrase names no party"
    ),
    'reuters_paris_cambodia:event:1': "the government's side of the signing (see event 0)",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "source", "target"), [
    # the words for force at large name the last act of force told, violent repression included
    ("RANGOON (Reuters) - Troops opened fire on student marchers in the capital on Wednesday. Japan "
     "deplored the use of force.", "JPN", "MMRMIL"),
    ("DHAKA (AFP) - Police beat opposition supporters outside parliament on Sunday. The United States "
     "condemned the violence.", "USA", "BGDCOP"),
    ("JAKARTA (Reuters) - Indonesian troops raided a rebel camp in Aceh on Monday. Amnesty International "
     "condemned the crackdown.", "NGO", "IDNMIL"),
])
def test_words_for_force_name_the_last_act(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="1998-05-12")
    assert _has(art, source, target, ("11",)), story_triples(art)


def test_the_use_of_something_else_names_no_act(code: Any) -> None:
    # control: "the use" of anything but force names no act of force
    art = code("RANGOON (Reuters) - Troops opened fire on student marchers on Wednesday. Japan criticised "
               "the use of the funds.", date="1998-05-12")
    assert not _has(art, "JPN", "MMR", ("11",)), story_triples(art)


@pytest.mark.parametrize("text", [
    # a clause or a span of time on the act's verb dates it as history ten or more years back
    "TEHRAN (IRNA) - Iraq invaded the province when the war began in 1980.",
    "ATHENS (Reuters) - Turkish troops occupied the north of the island in the summer of 1974.",
    "HANOI (AFP) - China attacked the border provinces in the closing weeks of the winter of 1979.",
])
def test_a_time_clause_or_span_dates_history(code: Any, text: str) -> None:
    art = code(text, date="1996-03-01")
    assert not story_triples(art), story_triples(art)


def test_an_act_dated_on_its_own_stays_news(code: Any) -> None:
    # control: the act's own date beats an old year in a clause under it
    art = code("BAGHDAD (Reuters) - Iraq expelled U.N. inspectors on Monday after they returned to Baghdad "
               "in 1991.", date="2003-10-13")
    assert _has(art, "IRQ", "IGO", ("16",)), story_triples(art)


@pytest.mark.parametrize(("text", "source", "target"), [
    # a verdict in a relative clause on a noun standing for the sentence's own act is aimed at its doer
    ("SEOUL (Yonhap) - North Korea test-fired a missile on Sunday, a move that Japan condemned as a "
     "provocation.", "JPN", "PRK"),
    ("ATHENS (Reuters) - Turkey sent warships to the disputed islet on Tuesday, in a show of force that "
     "Greece denounced as a threat to peace.", "GRC", "TUR"),
])
def test_a_verdict_on_the_sentences_own_act(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="1996-01-30")
    assert _has(art, source, target, ("11",)), story_triples(art)


def test_a_relative_clause_on_another_noun_stays_background(code: Any) -> None:
    # control: the sanctions a country imposed are no verdict on the main act
    art = code("BELGRADE (Reuters) - Serbia closed its border on Tuesday, citing sanctions that Greece "
               "condemned.", date="1993-05-04")
    assert not _has(art, "GRC", "SRB", ("11",)), story_triples(art)


@pytest.mark.parametrize(("text", "source", "target"), [
    # pressing a party's offensive is aimed at the party the offensive is against, not at its owner
    ("ANKARA (Reuters) - Prime Minister Tansu Ciller vowed to press the army's offensive against Kurdish "
     "rebels.", "TURGOV", "TURREB"),
    ("LIMA (Reuters) - President Alberto Fujimori vowed to press the army's offensive against Shining Path "
     "guerrillas.", "PERGOV", "PERREB"),
])
def test_pressing_a_partys_offensive(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="1994-05-01")
    assert _has(art, source, target, ("13", "19")), story_triples(art)


def test_condemning_a_partys_offensive_still_judges_its_owner(code: Any) -> None:
    # control: a verdict on the same noun is aimed at the offensive's owner
    art = code("CAIRO (MENA) - Egypt condemned Israel's offensive against Hezbollah.", date="1996-04-15")
    assert _has(art, "EGY", "ISR", ("11",)), story_triples(art)


@pytest.mark.parametrize(("text", "source", "target"), [
    # a district centre or province captured is territory taken, and a country's adjective on the place
    # noun makes it that country's ground
    ("BAKU (Reuters) - Armenian forces captured the Azerbaijani district centre of Fizuli on Monday.",
     "ARM", "AZE"),
    ("HANOI (AFP) - Chinese troops captured the strategic Vietnamese border post of Dong Dang.", "CHN",
     "VNM"),
])
def test_a_place_taken_is_its_countrys_ground(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="1993-08-23")
    assert any(s.startswith(source) and t == target and c[:2] == "19" for s, t, c in story_triples(art)), \
        story_triples(art)


def test_a_named_holder_of_the_place_stays_the_target(code: Any) -> None:
    # control: the side the place was taken from, when named, is the target (territory_holder)
    art = code("ASMARA (Reuters) - Ethiopian forces recaptured the town of Barentu from Eritrean troops.",
               date="2000-05-18")
    assert _has(art, "ETH", "ERI", ("19",)), story_triples(art)
