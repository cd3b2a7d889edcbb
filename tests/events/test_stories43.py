"""Whole wire stories of our own read as an analyst would, twenty-second set (forty-first session,
wip/stories43): ERA copy of 1985-2003 on the subjects the earlier sets used least, weighted to the
Pacific, the Caribbean, Southern and North Africa and Central Asia (Speight's hostages in Suva, Mururoa
1995, Aristide's overthrow, Havana's answer to Human Rights Watch, the Jamaat al Muslimeen's surrender, the
Daily News shut in Harare, the Swazi general strike, Algeria's amnesty, the Libya air embargo, the
Algeria-Morocco border closed, the UN observers freed in Tajikistan, Turkmen gas to Ukraine, the Japanese
geologists kidnapped in Batken, the Sandline affair, Vanuatu's president against parliament, the Rainbow
Warrior agents' sentence, Kardak, the Fowler report, the Votkinsk inspectors, Afghans home from Iran,
UNPREDEP vetoed, Kinkel's visit called off, the EU-Morocco fishing talks and the Ambon clashes). Every
expectation of tests/events/stories43.py is asserted, and what the coder still gets wrong is a strict
xfail with its reason. Below them, the general classes the stories showed and the branch fixed, each with
sentences of our own the stories do not hold (each failing on main 66ffa6dd), and controls that must keep
their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, aimed, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories43")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_BODY = "a body's or its officer's name read as another party by the actors stage (an actors helper's" \
    " subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NOROW = "a verb or noun no lexicon row codes"
_NOPARTY = "a noun that names no party of the story's own words (docs/events.md, stories41's decision)"
_FAR = "the act named again was told too far back, or never coded, for the act memory"
_BACK = "a bare role noun ('the gunmen', 'the rebels', 'the panel') not tied to the body named before it"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'reuters_suva_speight_hostages:party:1': (
        "'Military commander Commodore Frank Bainimarama' unresolved (a naval rank before the name)"
        + "; " + _ERA
    ),
    'reuters_suva_speight_hostages:clean:0': (
        "NZL -> FJIGOV 132 for 'said it would keep its ban on military contacts with Suva': a sanction "
        "kept read as a threat of one"
    ),
    'afp_wellington_mururoa_test:event:2': (
        "'Australia deeply regretted the decision': the decision (France's test) read as New Zealand's "
        "recall, told just before" + "; " + _FAR
    ),
    'afp_wellington_mururoa_test:event:4': (
        "'Japan's government also protested': an intransitive protest aimed at the party of the story"
        + "; " + _TARGET
    ),
    'afp_wellington_mururoa_test:event:6': (
        "'protesters set fire to the airport terminal and threw stones at police': the second verb of "
        "a where-clause" + "; " + _LONG
    ),
    'afp_wellington_mururoa_test:clean:0': (
        "AUS -> NZL 111 (the regretted decision read as New Zealand's)"
    ),
    'ap_port_au_prince_aristide_coup:event:6': (
        "'called the coup leaders \"gorillas\"': the coup leaders name no party" + "; " + _NOPARTY
    ),
    'ap_port_au_prince_aristide_coup:none:0': (
        "'The Organization of American States called an emergency meeting of its foreign ministers': "
        "a meeting of the body's own members read as a meeting with Haiti's government (040 both ways)"
    ),
    'ap_port_au_prince_aristide_coup:clean:0': (
        "IGOOAS <-> HTIGOV 040 (the OAS's own meeting)"
    ),
    'pl_havana_rights_report:event:1': (
        "'The report ... called on the European Union and Canada': the report's maker read as the "
        "United States (from 'U.S.-based' in the headline)" + "; " + _BODY
    ),
    'pl_havana_rights_report:clean:0': (
        "USA -> IGOEUREEC / CAN 020 (Human Rights Watch's appeal read as Washington's)"
    ),
    'upi_port_of_spain_jamaat_siege:event:1': (
        "'The rebels had earlier released Robinson': 'the rebels' with no country (---REB), though "
        "the story's Muslim rebels are Trinidad's" + "; " + _BACK
    ),
    'upi_port_of_spain_jamaat_siege:event:2': (
        "'Acting President Emmanuel Carter had signed an amnesty for the rebels': an amnesty signed "
        "for a party named in a for-phrase" + "; " + _NOROW
    ),
    'upi_port_of_spain_jamaat_siege:event:5': (
        "'the United States flew in emergency supplies': supplies flown in to no place named" + "; "
        + _TARGET
    ),
    'upi_port_of_spain_jamaat_siege:party:1': (
        "'Yasin Abu Bakr, leader of the Jamaat al Muslimeen' read as TTOGOV (the body is in no table)"
        + "; " + _ERA
    ),
    'upi_port_of_spain_jamaat_siege:clean:0': (
        "Abu Bakr read as TTOGOV (TTOGOV -> TTOMIL 087), the rebels unresolved (---REB)"
    ),
    'afp_harare_daily_news_closed:event:1': (
        "'Moyo said the paper had defied the law': a defiance of the law charged in a said-clause"
        + "; " + _NOROW
    ),
    'afp_harare_daily_news_closed:event:3': (
        "'The Media Institute of Southern Africa condemned the closure': the institute is in no table"
        + "; " + _ERA
    ),
    'afp_harare_daily_news_closed:event:5': (
        "'expelled Andrew Meldrum, the Harare correspondent of Britain's Guardian': read as Zimbabwe's "
        "media (ZWEMED) from 'Harare'" + "; " + _BODY
    ),
    'afp_harare_daily_news_closed:clean:0': (
        "ZWEMED -> ZWEMED 171 (the seizure of the computers read as the paper's), ZWECOP -> ZWE 144 "
        "(the offices sealed off), ZWEGOV -> ZWEMED 174 (Meldrum as Zimbabwe's media)"
    ),
    'reuters_mbabane_general_strike:event:1': (
        "'..., and police arrested four union leaders at dawn': the second clause of a long lead"
        + "; " + _LONG
    ),
    'reuters_mbabane_general_strike:event:4': (
        "'SFTU secretary-general Jan Sithole ... accused the government': Sithole read as SWZGOV"
        + "; " + _BODY
    ),
    'reuters_mbabane_general_strike:party:1': (
        "'SFTU secretary-general Jan Sithole' read as SWZGOV (the federation's acronym is never given "
        "in brackets)" + "; " + _BODY
    ),
    'reuters_mbabane_general_strike:clean:0': (
        "---GOV -> SWZLAB 173 from the headline's 'leaders arrested', SWZGOV -> SWZGOV 112 (Sithole)"
    ),
    'reuters_algiers_ais_amnesty:event:1': (
        "'AIS leader Madani Mezrag ... thanked Bouteflika': Mezrag read as DZAGOV" + "; " + _BODY
    ),
    'reuters_algiers_ais_amnesty:event:4': (
        "'Amnesty International criticised the law': a law with no owner in the sentence" + "; " + _FAR
    ),
    'mena_cairo_libya_air_embargo:event:4': (
        "'called the embargo an act of aggression': the embargo's imposer told a paragraph back"
        + "; " + _FAR
    ),
    'mena_cairo_libya_air_embargo:event:5': (
        "'expressed regret at the sanctions': read as an apology (055); sanctions are no &CONDUCT noun"
        + "; " + _NOROW
    ),
    'mena_cairo_libya_air_embargo:clean:0': (
        "IGOMEAARL -> LBY / WST 055 and -> WST 026 (the Western powers of 'dialogue between Libya and "
        "the Western powers' read as a party)"
    ),
    'ap_rabat_algeria_closes_border:clean:0': (
        "MARGOV -> DZAGOV 020 for 'did not blame the Algerian authorities themselves and called for "
        "calm'" + "; " + _TARGET
    ),
    'itartass_dushanbe_observers_freed:event:0': (
        "'freed the last of the hostages ..., among them four United Nations military observers': the "
        "hostages read as Tajik civilians" + "; " + _TARGET
    ),
    'itartass_dushanbe_observers_freed:event:1': (
        "'The gunmen had demanded ...': 'the gunmen' with no country (---UAF)" + "; " + _BACK
    ),
    'itartass_dushanbe_observers_freed:event:3': (
        "'Annan welcomed the release': aimed at TJKMIL (the field commander's group)" + "; " + _BODY
    ),
    'itartass_dushanbe_observers_freed:clean:0': (
        "TJKUAF / TJKMIL -> TJKCVL 0841, ---UAF -> TJKGOV 104, IGOUNO -> TJKMIL 051"
    ),
    'bbcm_ashgabat_gas_to_ukraine:event:0': (
        "'has stopped gas deliveries to Ukraine': deliveries stopped have no row" + "; " + _NOROW
    ),
    'kyodo_bishkek_geologists_kidnapped:event:1': (
        "'The militants, believed to belong to the Islamic Movement of Uzbekistan, have demanded': "
        "the IMU is in no table (UZBUAF)" + "; " + _ERA
    ),
    'kyodo_bishkek_geologists_kidnapped:clean:0': (
        "UZBUAF -> UZB 1053 (the IMU's men as Uzbekistan's unidentified forces), KGZGOV -> KGZMIL 151 "
        "('Akayev ordered troops to seal off the region': a posture ordered keeps the forces as its aim, "
        "probes codes12's reading)"
    ),
    'xinhua_port_moresby_sandline:event:0': (
        "'hours after the general demanded that Chan resign': a demand in an after-clause" + "; " + _LONG
    ),
    'xinhua_port_moresby_sandline:event:5': (
        "'..., and police fired tear gas to disperse them': the second clause" + "; " + _LONG
    ),
    'xinhua_port_moresby_sandline:event:7': (
        "'The Bougainville Revolutionary Army ... welcomed the army's action': the BRA is in no table"
        + "; " + _ERA
    ),
    'afp_port_vila_president_dissolves:event:0': (
        "'dissolved parliament': a dissolution has no row" + "; " + _NOROW
    ),
    'afp_port_vila_president_dissolves:event:1': (
        "'refused to step down': a refusal aimed at the president who named a rival" + "; " + _TARGET
    ),
    'afp_port_vila_president_dissolves:event:2': (
        "'called the move unconstitutional': the move (the dissolution) was never coded" + "; " + _FAR
    ),
    'afp_port_vila_president_dissolves:event:3': (
        "'ordered police to arrest Sope': Sope is in no table (the police are no longer the target, "
        "stories43's fix)" + "; " + _ERA
    ),
    'afp_port_vila_president_dissolves:event:5': (
        "'Sope ... accused the prime minister': Sope unresolved" + "; " + _ERA
    ),
    'afp_port_vila_president_dissolves:party:2': (
        "'Barak Sope' unresolved" + "; " + _ERA
    ),
    'ap_auckland_rainbow_warrior_trial:event:1': (
        "'Fabius said ... the sentence was too harsh': a verdict on a court's sentence by an adjective "
        "the verdict rows lack" + "; " + _NOROW
    ),
    'ap_auckland_rainbow_warrior_trial:event:2': (
        "'rejected any deal to release the agents': a deal with no party named" + "; " + _TARGET
    ),
    'ap_auckland_rainbow_warrior_trial:party:2': (
        "'Maj. Alain Mafart' read as NZLMIL (the rank under an Auckland dateline)" + "; " + _ERA
    ),
    'aa_ankara_kardak_rocks:event:1': (
        "'Turkish warships sailed to the area': a show of force aimed at a place" + "; " + _TARGET
    ),
    'aa_ankara_kardak_rocks:event:2': (
        "'handed the Greek ambassador a note proposing talks': a note handed over has no row" + "; "
        + _NOROW
    ),
    'reuters_un_fowler_report:event:2': (
        "'Togo's government rejected the report': the report read as UNITA's" + "; " + _FAR
    ),
    'reuters_un_fowler_report:event:3': (
        "'accused the panel of relying on the word of UNITA defectors': 'the panel' not tied to the "
        "U.N. panel" + "; " + _BACK
    ),
    'reuters_un_fowler_report:event:4': (
        "'praised the panel's work'" + "; " + _BACK
    ),
    'reuters_un_fowler_report:clean:0': (
        "TGO -> AGOREB 080, TGOGOV -> AGOREB 125, BFAGOV -> AGOREB 112 (the report and the panel read "
        "as UNITA's)"
    ),
    'tass_moscow_votkinsk_inspectors:event:1': (
        "'gave the inspectors access to the plant's gates': access given has no row" + "; " + _NOROW
    ),
    'irna_tehran_afghan_returns:event:0': (
        "'called on the international community to help Afghanistan': the international community is "
        "no party; the appeal goes to Afghanistan" + "; " + _NOPARTY
    ),
    'irna_tehran_afghan_returns:clean:0': (
        "IRNGOV -> AFG 023 (the appeal aimed at the country to be helped)"
    ),
    'dpa_bonn_kinkel_visit_cancelled:event:2': (
        "'had already closed the office of the Friedrich Naumann Foundation': an office closed has no "
        "row" + "; " + _NOROW
    ),
    'efe_rabat_fishing_talks_collapse:event:3': (
        "'Aznar said the collapse would have consequences ..., and Spanish fishermen blocked lorries': "
        "the consequences read as the fishermen's (ESPCVL -> MAR 133)" + "; " + _LONG
    ),
    'efe_rabat_fishing_talks_collapse:event:4': (
        "'Spanish fishermen blocked lorries carrying Moroccan tomatoes': lorries blocked have no row"
        + "; " + _NOROW
    ),
    'efe_rabat_fishing_talks_collapse:clean:0': (
        "the headline's 'Fishing talks between EU and Morocco collapse' parsed with 'collapse' a noun "
        "(046 both ways), ESPCVL -> MAR 133"
    ),
    'antara_ambon_religious_clashes:event:0': (
        "'At least 43 people have been killed in three days of fighting between Moslem and Christian "
        "gangs': the gangs of a passive's in-phrase" + "; " + _TARGET
    ),
    'antara_ambon_religious_clashes:event:1': (
        "'Gangs ... burned mosques, churches and hundreds of houses': the gangs read as criminals with "
        "no country (---CRM -> ---REL 1712)" + "; " + _BACK
    ),
    'antara_ambon_religious_clashes:event:3': (
        "'ordered troops to shoot rioters on sight': read as a mobilisation (151)" + "; " + _NOROW
    ),
    'antara_ambon_religious_clashes:event:6': (
        "'the Indonesian Ulemas Council demanded that the government send more troops': the council is "
        "in no table (read as the government's, 1034)" + "; " + _ERA
    ),
    'antara_ambon_religious_clashes:party:2': (
        "'Colonel Bugis Saman', the provincial police chief, read as IDNMIL from his rank" + "; " + _ERA
    ),
    'antara_ambon_religious_clashes:clean:0': (
        "---CRM -> ---REL 1712, IDNMIL -> IDNOPP 151, IDNGOV -> IDNMIL 1034"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------

@pytest.mark.parametrize(("text", "date", "one", "other"), [
    # talks that broke down, collapsed or foundered are halted (164), both ways as they were held
    ("ASMARA, June 12 (Reuters) - Talks between Ethiopia and Eritrea on the disputed border collapsed in "
     "Algiers on Monday.", "1995-06-12", "ETH", "ERI"),
    ("LUSAKA, Oct 2 (Reuters) - Negotiations between Zambia and Zimbabwe on the Kariba power line broke "
     "down on Friday.", "1998-10-02", "ZMB", "ZWE"),
    ("Talks between Armenia and Azerbaijan on the Lachin corridor foundered in Geneva on Monday.",
     "1993-04-05", "ARM", "AZE"),
])
def test_talks_that_broke_down_are_halted(code: Any, text: str, date: str, one: str, other: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, one, other, "164") and aimed(got, other, one, "164"), got
    assert not any(c.startswith("046") for _, _, c in got), got


@pytest.mark.parametrize(("text", "date", "one", "other"), [
    # a plural event noun opening the lead after its dateline is read as it is without the dateline
    ("SUVA, March 4 (Reuters) - Talks between Fiji and Tonga on fishing rights resumed on Monday.",
     "1996-03-04", "FJI", "TON"),
    ("GENEVA, July 9 (AFP) - Negotiations between Iran and Iraq on prisoners of war opened at the United "
     "Nations on Tuesday.", "1991-07-09", "IRN", "IRQ"),
])
def test_event_noun_after_a_dateline_opens_the_lead(code: Any, text: str, date: str, one: str,
                                                    other: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, one, other, "046") and aimed(got, other, one, "046"), got


def test_talks_that_resumed_are_held(code: Any) -> None:
    # control: talks resumed are held talks (046), with or without a dateline
    got = story_triples(code("Talks between Armenia and Azerbaijan on the Lachin corridor resumed in Geneva "
                             "on Monday.", date="1993-04-05"))
    assert aimed(got, "ARM", "AZE", "046") and not any(c == "164" for _, _, c in got), got


@pytest.mark.parametrize(("text", "date", "hands"), [
    # the armed forces an order is given to carry it out; they are never the act's aim
    ("SUVA, Aug 20 (Reuters) - Prime Minister Sitiveni Rabuka ordered police to detain Mr. Vakatora and "
     "two of his aides.", "1994-08-20", "FJICOP"),
    ("MANILA (AFP) - Ramos ordered the army to attack the rebels in Mindanao.", "1993-06-01",
     "PHLMIL"),
])
def test_ordered_forces_are_no_target(code: Any, text: str, date: str, hands: str) -> None:
    got = story_triples(code(text, date=date))
    assert not any(t.startswith(hands) for _, t, _ in got), got


@pytest.mark.parametrize(("text", "date", "source", "target", "root"), [
    # controls: a paper ordered to suspend publication is coerced; an army ordered to withdraw keeps
    # the order's own reading at it
    ("CARACAS (Reuters) - The government ordered the independent newspaper El Nacional to suspend "
     "publication.", "1992-01-10", "VENGOV", "VENMED", "172"),
    ("CARACAS (Reuters) - President Carlos Andres Perez ordered the army to withdraw from the border with "
     "Colombia.", "1992-01-10", "VENGOV", "VENMIL", "087"),
])
def test_an_order_to_others_keeps_its_aim(code: Any, text: str, date: str, source: str, target: str,
                                          root: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, root), got


@pytest.mark.parametrize(("text", "date", "mention", "want"), [
    # a ministry right before an official's title says whose he is
    ("HARARE, June 1 (Reuters) - Information Ministry official George Charamba said the paper had broken "
     "the law.", "2001-06-01", "George Charamba", "ZWEGOV"),
    ("ALMATY (Reuters) - Foreign Ministry official Yerlan Idrissov told reporters that Kazakhstan would "
     "not allow the tests.", "1997-05-05", "Yerlan Idrissov", "KAZGOV"),
])
def test_a_ministry_official_is_his_governments(code: Any, text: str, date: str, mention: str,
                                                want: str) -> None:
    assert actor_at(code(text, date=date), mention) == want


def test_a_party_official_is_no_government(code: Any) -> None:
    # control: an official of a body that is no ministry stays off the government
    art = code("ALMATY (Reuters) - Party official Yerlan Idrissov told reporters that Kazakhstan would not "
               "allow the tests.", date="1997-05-05")
    assert not (actor_at(art, "Yerlan Idrissov") or "").endswith("GOV")


def test_a_states_inspectors_are_its_government(code: Any) -> None:
    got = story_triples(code("BAGHDAD (Reuters) - French inspectors arrived in Basra on Monday.",
                             date="1991-05-20"))
    assert aimed(got, "FRAGOV", "IRQ", "042") and not any(s.endswith("COP") for s, _, _ in got), got


def test_police_inspectors_stay_police(code: Any) -> None:
    # control: inspectors of the police are police
    got = story_triples(code("LONDON (Reuters) - Police inspectors arrested three men in Leeds on Monday.",
                             date="1991-05-20"))
    assert aimed(got, "GBRCOP", "GBR", "173"), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # bare troops a state sends are its own: the state the story is filed from is whom they are sent to
    ("MONROVIA (Reuters) - Nigeria sent 500 troops to help restore order.", "1990-08-25", "NGA", "LBR"),
    ("MASERU, Sept 22 (Reuters) - South Africa sent troops to help restore order on Tuesday.", "1998-09-22",
     "ZAF", "LSO"),
])
def test_sent_troops_go_to_the_datelines_state(code: Any, text: str, date: str, source: str,
                                               target: str) -> None:
    got = story_triples(code(text, date=date))
    assert (source, target, "074") in got and not any(t.endswith("MIL") for _, t, _ in got), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # controls: troops sent to a named state, or another state's troops, keep their reading
    ("MONROVIA (Reuters) - Nigeria sent troops to Sierra Leone on Tuesday.", "1998-09-22", "NGA", "SLE"),
    ("MASERU, Sept 22 (Reuters) - South Africa sent Botswana's troops home on Tuesday.", "1998-09-22",
     "ZAF", "BWAMIL"),
])
def test_sent_troops_with_a_place_or_an_owner_keep_it(code: Any, text: str, date: str, source: str,
                                                      target: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, "07"), got
