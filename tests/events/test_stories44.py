"""Whole wire stories of our own read as an analyst would, twenty-third set (forty-second session,
wip/stories44): ERA copy of 1986-2005 on the subjects the earlier sets used least, weighted to Central and
West Africa, the Andes, Central America, the Caucasus, South-East Asia and the Gulf (the Caracas price
riots, Iraq against Kuwait and the Emirates over OPEC quotas, Toktogul water for Uzbek gas, Nicaragua's
tariff on Honduras, Moscow's tit-for-tat expulsions of 1986, the North Koreans of Beijing's Spanish
embassy, the Malabo mercenary trial, the Saudi airliner hijacked to Baghdad, South Ossetia's broken truce,
the FMLN's demobilisation, Cameroon's refusal to extradite Bagosora to Kigali, the Iran-Iraq prisoner
exchange, the Ghauri test, Fire Focus in the Falklands, START-2 ratified, Turkey's recognition of
Azerbaijan, the Rio Protocol guarantors' ruling, the Brazzaville truce, Suharto pelted in Dresden, the Thai
embassy burned in Phnom Penh, Section 907 waived, Kuwait's assembly dissolved, US military aid to Indonesia
resumed, and the Senegal-Mauritania killings). Every expectation of tests/events/stories44.py is asserted,
and what the coder still gets wrong is a strict xfail with its reason. Below them, the general classes the
stories showed and the branch fixed, each with sentences of our own the stories do not hold (each failing
on main 4da5ced8), and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, aimed, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories44")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NOROW = "a verb or noun no lexicon row codes"
_NOPARTY = "a noun that names no party of the story's own words (docs/events.md, stories41's decision)"
_FAR = "the act named again was told too far back, or never coded, for the act memory"
_BACK = "a bare role noun ('the hijackers', 'both sides') not tied to the party named before it"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'reuters_caracas_price_riots:event:3': (
        "'demanded that the government reverse the fuel increase and called a general strike for "
        "Thursday': the second verb after a that-clause" + "; " + _LONG
    ),
    'mena_baghdad_opec_quotas:event:2': (
        "'Saddam warned that Iraq would take \"effective action\" if the overproduction did not stop': the "
        "overproduction's makers (Kuwait, the Emirates) are named in the lead only" + "; " + _TARGET
    ),
    'mena_baghdad_opec_quotas:clean:0': (
        "IRQGOV -> IRQ 130 (the warning fell back on the speaker's own country)"
    ),
    'afp_tegucigalpa_sea_border_tariff:event:1': (
        "'called the tax \"a flagrant violation\"': the tax (Nicaragua's, coded in the lead) is not "
        "remembered with its maker" + "; " + _FAR
    ),
    'tass_moscow_tit_for_tat:event:2': (
        "'\"Washington has chosen confrontation, and it bears full responsibility,\" Gerasimov said': a "
        "quoted charge with no verb of blame" + "; " + _NOROW
    ),
    'tass_moscow_tit_for_tat:clean:0': (
        "USR -> ISL 030 ('the understandings reached at Reykjavik': the summit's city read as Iceland)"
    ),
    'tass_moscow_tit_for_tat:once:0': (
        "USRGOV -> USAGOV 174 twice in the lead ('declared ... persona non grata' and 'ordered them to "
        "leave' read as two expulsions)"
    ),
    'itartass_bishkek_water_gas:none:0': (
        "'Under a 1998 agreement, Kyrgyzstan releases water in summer in exchange for Uzbek gas': a "
        "standing arrangement read as a release (KGZ -> UZB 084)"
    ),
    'itartass_bishkek_water_gas:clean:0': "KGZ -> UZB 084 (the standing arrangement)",
    'yonhap_seoul_spanish_embassy_defectors:clean:0': (
        "KOR -> PRK 138 ('threatened to kill themselves if they were handed back to North Korea': the "
        "group's threat given to South Korea, and aimed at the North)"
    ),
    'afp_malabo_mercenary_trial:event:0': (
        "'with the state prosecutor demanding the death penalty for ... Nick du Toit': du Toit, a South "
        "African in no table, is no party; the demand is aimed at the government" + "; " + _ERA
    ),
    'afp_malabo_mercenary_trial:clean:0': "GNQJUD -> GNQGOV 100 (the prosecutor's demand)",
    'kuna_kuwait_saudi_hijack_baghdad:event:1': (
        "'Iraqi officials negotiated with the hijackers': the hijackers (the two Saudi men of the lead) "
        "read as Iraq's (IRQUAF)" + "; " + _BACK
    ),
    'kuna_kuwait_saudi_hijack_baghdad:clean:0': "IRQGOV <-> IRQUAF 046 (the hijackers as Iraq's)",
    'bbcm_tbilisi_south_ossetia_truce:party:1': (
        "'Georgian State Minister for Conflict Resolution Giorgi Khaindrava' unresolved (a long title "
        "of 2004 before a name in no table)" + "; " + _ERA
    ),
    'bbcm_tbilisi_south_ossetia_truce:clean:0': (
        "GEOGOV <-> RUSMIL 196 ('said both sides had broken the truce': both sides read as the commander "
        "and the minister named before him)" + "; " + _BACK
    ),
    'upi_san_salvador_fmln_demobilised:event:1': (
        "'Boutros-Ghali, who praised both sides for keeping the peace accords': a relative clause's verb "
        "aimed at 'both sides'" + "; " + _BACK
    ),
    'reuters_yaounde_rwanda_extradition:event:2': (
        "'Richard Goldstone, welcomed the decision': the decision (the court's refusal) is not remembered "
        "with its maker" + "; " + _FAR
    ),
    'reuters_yaounde_rwanda_extradition:party:0': (
        "'Justice Minister Marthe Mukamurenzi said in Kigali' read as Cameroon's (the dateline's), though "
        "she speaks in Kigali and is in no table" + "; " + _ERA
    ),
    'irna_tehran_pow_exchange:event:2': (
        "'Velayati welcomed the release': the release (both sides', coded before) is not remembered with "
        "its makers" + "; " + _FAR
    ),
    'irna_tehran_pow_exchange:clean:0': (
        "IRN -> IRQCVL 0353 ('would free all Iraqi prisoners if Baghdad kept its promise': a conditional "
        "intent; prisoners of war read as civilians)"
    ),
    'pti_new_delhi_ghauri_test:event:1': (
        "'the test showed that Pakistan had obtained missile technology ... in violation of international "
        "agreements': a charge with no verb of blame" + "; " + _NOROW
    ),
    'pl_buenos_aires_fire_focus:event:2': (
        "'Caputo called the manoeuvres ... \"a provocation\"': the manoeuvres (Britain's exercise, never "
        "coded) name no party" + "; " + _FAR
    ),
    'pl_buenos_aires_fire_focus:event:5': (
        "'Britain would not negotiate on sovereignty': a refusal to negotiate with no party named" + "; "
        + _TARGET
    ),
    'itartass_moscow_start2_ratified:event:2': (
        "'The White House welcomed the vote': the Duma's vote is not remembered with its maker" + "; "
        + _FAR
    ),
    'aa_ankara_recognises_azerbaijan:event:2': (
        "'Hovannisian said the decision would encourage Azerbaijan's blockade of Armenia': a charge told as "
        "a consequence, no verb of blame" + "; " + _NOROW
    ),
    'efe_quito_guarantors_ruling:event:3': (
        "'several hundred nationalists protested outside Congress': nationalists name no party, and the "
        "Congress of the clause is Peru's only by the paragraph's 'In Lima'" + "; " + _NOPARTY
    ),
    'xinhua_brazzaville_corridor_truce:event:0': (
        "'Troops loyal to ... Lissouba and militiamen of ... Sassou Nguesso agreed ... to a 48-hour truce': "
        "a compound subject of two sides held by their leaders' names" + "; " + _LONG
    ),
    'xinhua_brazzaville_corridor_truce:event:1': "the same truce, the other way" + "; " + _LONG,
    'xinhua_brazzaville_corridor_truce:event:3': (
        "'Omar Bongo offered to mediate and invited both men to Libreville': an offer with no party named, "
        "and 'both men'" + "; " + _BACK
    ),
    'xinhua_brazzaville_corridor_truce:event:4': (
        "'Sassou Nguesso accepted the invitation': the invitation (Bongo's) is not remembered with its "
        "maker" + "; " + _FAR
    ),
    'xinhua_brazzaville_corridor_truce:party:1': (
        "'militiamen of former president Denis Sassou Nguesso': the lead's mention read as the president "
        "(COGGOV) though 'former' stands before the title" + "; " + _ERA
    ),
    'dpa_dresden_suharto_protest:event:2': (
        "'Ali Alatas called the protests \"an insult\"': the protests read as Indonesia's own (141 at "
        "Germany), not as the thing judged" + "; " + _FAR
    ),
    'dpa_dresden_suharto_protest:event:3': (
        "'and demanded that the German authorities punish those responsible': the second verb of the "
        "sentence" + "; " + _LONG
    ),
    'dpa_dresden_suharto_protest:clean:0': "IDNGOV -> DEUGOV 141 (Alatas's judgment read as a protest)",
    'ap_phnom_penh_thai_embassy_burned:event:0': (
        "'Rioters angered by remarks attributed to a Thai actress set fire to the Thai Embassy': the "
        "participle's actress gives the rioters Thailand's code" + "; " + _TARGET
    ),
    'ap_phnom_penh_thai_embassy_burned:clean:0': (
        "THA -> THAGOV / KHMCVL 171 (the rioters as Thai), THA -> KHMCVL 073 ('to evacuate hundreds of its "
        "citizens': its citizens are Thailand's own)"
    ),
    'ap_phnom_penh_thai_embassy_burned:event:5': (
        "'In Bangkok, hundreds of Thai protesters gathered outside the Cambodian Embassy': protesters who "
        "gather (a row for it, with subject protesters, was tried and dropped: it took the place of the "
        "participle's reading in stories24's 'Some 200 protesters gathered ..., demanding that Japan "
        "apologize' and coded a later 'the protests' in stories26)" + "; " + _NOROW
    ),
    'reuters_baku_section_907_waiver:clean:0': (
        "USALEG -> USA 172 ('The ban ... was passed by Congress after Azerbaijan closed its borders': the "
        "ban's aim, Azerbaijan, is named in the lead)"
    ),
    'kuna_kuwait_assembly_dissolved:event:0': (
        "'His Highness the Amir ... issued a decree ... dissolving the National Assembly': read at the "
        "country from the honorific (KWTELI -> KWT 172), not at the assembly" + "; " + _TARGET
    ),
    'kuna_kuwait_assembly_dissolved:event:1': (
        "'the Amir said some deputies had abused the freedom of debate': a charge with no verb of blame"
        + "; " + _NOROW
    ),
    'kuna_kuwait_assembly_dissolved:event:2': (
        "'A separate decree imposed prior censorship on newspapers': a decree names no party" + "; "
        + _NOPARTY
    ),
    'kuna_kuwait_assembly_dissolved:event:3': (
        "'Former deputy Ahmed al-Khatib said the dissolution was unconstitutional': the dissolution is "
        "not remembered with its maker" + "; " + _FAR
    ),
    'kuna_kuwait_assembly_dissolved:event:4': (
        "'called on the Amir to restore parliamentary life': the model tags a lone 'Amir' as a person's "
        "name, unresolved (reading it as the title was tried and dropped: in stories25's QNA story the "
        "first 'the Amir Sheikh' is split off its name and dated by the Muscat dateline, and the role took "
        "that Omani code)" + "; " + _ERA
    ),
    'kuna_kuwait_assembly_dissolved:event:5': (
        "'King Fahd of Saudi Arabia telephoned the Amir': the same lone 'Amir'" + "; " + _ERA
    ),
    'kuna_kuwait_assembly_dissolved:clean:0': "KWTELI -> KWT 172 (the dissolution at the country)",
    'antara_jakarta_us_military_aid:event:2': (
        "'Human rights groups in Jakarta criticised the decision': the decision (Washington's) is not "
        "remembered with its maker, and the groups are no table's" + "; " + _FAR
    ),
    'afp_dakar_senegal_mauritania_killings:event:2': (
        "'France and Algeria began an airlift ... to take Senegalese home': an airlift begun" + "; "
        + _NOROW
    ),
    'afp_dakar_senegal_mauritania_killings:clean:0': (
        "SENGOV -> MRT 020 (Diouf's appeal for calm aimed at Mauritania), SENAGR -> SEN 110 (the herders' "
        "clash), MRTGOV -> SENMIL 074 ('sent troops to protect Senegalese residents' in its own capital)"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------

@pytest.mark.parametrize(("text", "date", "source", "target", "root"), [
    # a rule that falls back on the dateline's state reads it on the story's day: Moscow before 1992 is
    # the Soviet Union's
    ("MOSCOW, March 3 (TASS) - The British ambassador was summoned to the Foreign Ministry and handed a "
     "protest.", "1989-03-03", "USRGOV", "GBRGOV", "11"),
    ("MOSCOW, June 1 (TASS) - Finnish President Mauno Koivisto arrived here on Monday for talks.",
     "1989-06-01", "FINGOV", "USR", "042"),
])
def test_the_datelines_state_is_that_of_the_day(code: Any, text: str, date: str, source: str, target: str,
                                                root: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, root) and not any(s.startswith("RUS") or t.startswith("RUS")
                                                        for s, t, _ in got), got


def test_moscow_after_1991_is_russias(code: Any) -> None:
    # control: the same summons in 1995 is Russia's
    got = story_triples(code("MOSCOW, March 3 (Itar-Tass) - The British ambassador was summoned to the "
                             "Foreign Ministry and handed a protest.", date="1995-03-03"))
    assert aimed(got, "RUSGOV", "GBRGOV", "11"), got


@pytest.mark.parametrize(("text", "date", "mention", "want"), [
    # the British and Commonwealth wires' ranks, hyphenated and without stops, are military
    ("SUKHUMI (Reuters) - The commander of the peacekeepers, Russian Maj-Gen Sergei Korobko, said the "
     "ceasefire was holding.", "1995-01-01", "Sergei Korobko", "RUSMIL"),
    ("KUWAIT (Reuters) - Lt-Col Tim Collins accused Iraqi troops of shelling the border.", "2003-03-20",
     "Tim Collins", "KWTMIL"),
    ("NAIROBI (Reuters) - Brigadier John Mwangi accused the rebels of attacking a convoy.", "1996-01-01",
     "John Mwangi", "KENMIL"),
])
def test_hyphenated_ranks_are_military(code: Any, text: str, date: str, mention: str, want: str) -> None:
    assert actor_at(code(text, date=date), mention) == want


def test_a_hyphenated_civil_title_stays_civil(code: Any) -> None:
    # control: a hyphenated title that is no rank keeps its body
    art = code("NAIROBI (Reuters) - Secretary-General Kofi Annan accused the rebels of attacking a convoy.",
               date="1996-01-01")
    assert actor_at(art, "Kofi Annan") == "IGOUNO"


def test_defence_lawyers_are_no_military(code: Any) -> None:
    art = code("HARARE (Reuters) - Defence lawyers accused the state of hiding evidence from the court.",
               date="2000-05-05")
    assert actor_at(art, "Defence lawyers") == "ZWEJUD"
    assert not any("MIL" in s for s, _, _ in story_triples(art))


def test_a_defence_ministry_stays_military(code: Any) -> None:
    # control: the ministry of defence keeps its military sector
    art = code("HARARE (Reuters) - The defence ministry accused the rebels of hiding evidence.",
               date="2000-05-05")
    assert "MIL" in (actor_at(art, "defence ministry") or "")


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # a ban or curbs waived are sanctions eased (081), aimed at the state they bore on
    ("WASHINGTON (Reuters) - President Bill Clinton waived a ban on wheat credits to Pakistan.",
     "1998-06-01", "USAGOV", "PAK"),
    ("WASHINGTON (Reuters) - Clinton waived curbs on military sales to India on Tuesday.", "1998-06-01",
     "USAGOV", "IND"),
])
def test_a_ban_waived_eases_sanctions(code: Any, text: str, date: str, source: str, target: str) -> None:
    assert aimed(story_triples(code(text, date=date)), source, target, "08")


def test_a_tax_on_another_states_goods_is_a_sanction(code: Any) -> None:
    got = story_triples(code("MOSCOW (Reuters) - Russia imposed a 20 percent tax on all goods from Georgia.",
                             date="2006-03-01"))
    assert aimed(got, "RUS", "GEO", "163"), got


def test_a_tax_on_fuel_is_no_sanction(code: Any) -> None:
    # control: a domestic tax
    got = story_triples(code("MOSCOW (Reuters) - The government imposed a new tax on fuel.",
                             date="2006-03-01"))
    assert not any(c.startswith("16") for _, _, c in got), got


def test_a_protest_at_a_states_mission_aims_at_it(code: Any) -> None:
    got = story_triples(code("LAGOS (Reuters) - In Kaduna, about 200 students demonstrated outside the "
                             "French consulate on Monday.", date="1995-03-01"))
    assert aimed(got, "NGA", "FRA", "141"), got


def test_a_mission_down_the_road_is_no_aim(code: Any) -> None:
    # control: the mission a relative clause names is not where the protest is held
    got = story_triples(code("LAGOS (Reuters) - Students hurled stones at police, who had sealed off the "
                             "roads leading to the French consulate.", date="1995-03-01"))
    assert aimed(got, "NGA", "NGACOP", "14"), got


@pytest.mark.parametrize(("text", "date"), [
    # "Congolese" is the Republic of Congo's in a Brazzaville story and before Zaire became DR Congo
    ("BRAZZAVILLE (AFP) - Congolese troops clashed with rebels near Dolisie.", "1993-08-01"),
    ("PARIS (AFP) - Congolese troops clashed with militiamen near Pointe-Noire.", "1994-08-01"),
])
def test_congolese_of_brazzaville(code: Any, text: str, date: str) -> None:
    assert actor_at(code(text, date=date), "Congolese") == "COGMIL"


def test_congolese_of_kinshasa_after_1997(code: Any) -> None:
    # control: Kinshasa's Congolese of 1998
    art = code("KINSHASA (Reuters) - Congolese President Laurent Kabila accused Rwanda of invading the east.",
               date="1998-08-08")
    assert actor_at(art, "Laurent Kabila") == "CODGOV"


def test_a_monitoring_note_is_no_text(code: Any) -> None:
    got = story_triples(code("Tbilisi, 20 August: Georgian troops shelled Sukhumi overnight.\n\n[Passage "
                             "omitted: Shevardnadze accused Russia of arming the Abkhaz rebels]",
                             date="1993-08-20"))
    assert not any(c.startswith("11") for _, _, c in got), got


def test_a_bracket_inside_a_paragraph_is_read(code: Any) -> None:
    # control: an editor's bracket inside a sentence leaves the sentence
    got = story_triples(code("Tbilisi, 20 August: Georgian troops shelled Sukhumi overnight.\n\nShevardnadze "
                             "accused Russia of arming the rebels [in Abkhazia].", date="1993-08-20"))
    assert aimed(got, "GEO", "RUS", "112"), got


@pytest.mark.parametrize(("text", "date", "source"), [
    # a state's attaches and local employees withdrawn from an embassy reduce relations (166), no retreat
    ("TEHRAN (Reuters) - Iran withdrew its military attache from the embassy in Baghdad.", "1979-12-01",
     "IRN"),
    ("HAVANA (Reuters) - Cuba withdrew its local employees from the Swiss embassy.", "1986-10-01", "CUB"),
])
def test_staff_withdrawn_from_an_embassy(code: Any, text: str, date: str, source: str) -> None:
    got = story_triples(code(text, date=date))
    assert any(s.startswith(source) and c.startswith("16") for s, _, c in got), got
    assert not any(c.startswith("087") for _, _, c in got), got
