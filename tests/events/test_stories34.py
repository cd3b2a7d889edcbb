"""Whole wire stories of our own read as an analyst would, thirteenth set (thirty-second session,
wip/stories34): ERA copy of 1988-2003 from the regions the earlier sets used least (Ivory Coast's mutiny,
Guinea-Bissau's war, Zaire and Rwanda, the Ndadaye coup, Eritrea and Sudan, Ethiopia's raids into Gedo,
Siad Barre's flight, Operation Storm, Tetovo, Albania's emergency, the Yerevan parliament shooting, Aksy,
Turkmenistan and the Uzbek envoy, Premadasa and the IPKF, the Pyrdiwah clash, the Maldives coup attempt,
Bucaram, the Bolivian gas war, the Jesuits, Serrano's self-coup, Chatichai's overthrow, the Thai-Lao border
war, Honiara, Ouvea). Every expectation of tests/events/stories34.py is asserted, and what the coder still
gets wrong is a strict xfail with its reason. Below them, the general classes the stories showed and the
branch fixed, each with sentences of our own the stories do not hold, and controls that must keep their
reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories34")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off phrase (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_GOVT = ("a bare 'the government' takes the country named last in the story, not the dateline's "
         "(the story's own state)")
_GUNMEN = "gunmen of no named country are read as nobody's (---UAF), not the story's own country's; " + _ERA

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'afp_abidjan_mutiny:clean:0': (
        "'The government's accusation against Ouagadougou' read from France (FRAGOV), named just before; "
        + _GOVT
    ),
    'lusa_bissau_mane:event:1': (
        "'Senegalese helicopters attacked the rebel base': the rebels are read as nobody's (---REB) and "
        "the attack given to the shelling of the paragraph's first sentence"
    ),
    'lusa_bissau_mane:event:2': (
        "'Mane, speaking to Lusa by telephone, said ... and demanded that Vieira resign': Mane gets no "
        "actor (see party 1)"
    ),
    'lusa_bissau_mane:event:3': (
        "'The government rejected any talks with the mutineers' read as SENGOV; "
        + _GOVT
    ),
    'lusa_bissau_mane:event:4': (
        "'Portugal ... appealed to both sides to agree to a ceasefire': the pair of the last act before it, "
        "the government's refusal read as SENGOV's (see event 3), now that the lead keeps Senegal "
        "(stories37: the lead's first name rejoined); with Guinea alone in the lead the pair was GNB's by "
        "chance"
    ),
    'lusa_bissau_mane:party:1': (
        "'Brig. Ansumane Mane', the sacked chief of staff leading the revolt: "
        + _ERA
    ),
    'lusa_bissau_mane:clean:0': (
        "Guinea's troops as a mobilisation (154), the shelling from SENMIL, the government's refusal from "
        "SENGOV (see event 3), and 'appealed to both sides' aimed at Guinea (GIN)"
    ),
    'reuters_kigali_bukavu:event:1': (
        "'accused Rwanda of shelling ..., and said it reserved the right to respond with force': the second "
        "verb after the accusation's long object is lost (alone, 'reserved the right to retaliate against "
        "Rwanda' now threatens); " + _LONG
    ),
    'reuters_kigali_bukavu:event:2': (
        "'Kagame denied that his army had crossed the border and accused Zairean troops of firing first': "
        "the second verb after a denial's that-clause is lost; " + _LONG
    ),
    'afp_bujumbura_ndadaye:clean:0': (
        "the headline's 'OAU condemns' aimed at the government (BDIGOV) rather than the putschists, and the "
        "killing read as aimed at France (FRAGOV) through 'the French embassy' of the attribution"
    ),
    'reuters_nairobi_gedo:event:0': (
        "'Ethiopian troops backed by tanks crossed into southwestern Somalia ... and attacked bases of the "
        "Islamic group al-Itihaad': the attack is read from Somalia's military (SOMMIL) at civilians and "
        "'the Islamic group' (SOMMOS); " + _LONG
    ),
    'reuters_nairobi_gedo:event:1': (
        "'Ethiopia's government said the raids were in self-defence ... and warned it would strike again if "
        "the group did not stop': a conditional warning after a long that-clause is lost; " + _LONG
    ),
    'reuters_nairobi_gedo:event:2': (
        "'Faction leader Hussein Mohamed Aidid condemned what he called an invasion of Somali soil': read "
        "as aimed at Somalia (SOM) from SOMGOV; a what-he-called object names no party; " + _TARGET
    ),
    'reuters_nairobi_gedo:clean:0': "the raids read from SOMMIL, the condemnation at SOM (see events 0, 2)",
    'afp_mogadishu_barre:event:1': (
        "'It promised to hold free elections and asked Italy and Egypt': the promise is aimed at Italy, "
        "the object of the verb joined to it (SOMREB -> ITA 030)"
    ),
    'afp_mogadishu_barre:event:3': (
        "'Two other rebel groups, the Somali National Movement ... and the Somali Patriotic Movement ..., "
        "rejected the appointment': the two movements get no actor; " + _ERA
    ),
    'afp_mogadishu_barre:clean:0': "the promise aimed at Italy (see event 1)",
    'hina_zagreb_knin:event:2': (
        "'The Krajina Serb leader, Milan Martic, ordered rocket attacks on Zagreb and appealed to Belgrade': "
        "Martic read as Serbia's government (see party 1), so his appeal to Belgrade is his own side's"
    ),
    'hina_zagreb_knin:event:3': (
        "'The Yugoslav government condemned the offensive as aggression': read as aimed at Serbia (SRBGOV), "
        "the paragraph's Martic, not at Croatia's offensive; " + _TARGET
    ),
    'hina_zagreb_knin:clean:0': (
        "the rocket attacks from SRBGOV and the condemnation at SRBGOV (see events 2, 3)"
    ),
    'mia_skopje_tetovo:event:2': (
        "'The guerrillas, who call themselves the National Liberation Army, rejected the ultimatum': the "
        "appositive relative clause with a name loses the subject's actor; " + _ERA
    ),
    'ata_tirana_emergency:event:2': (
        "'The Socialists, who boycotted the vote, denied the charge and demanded Berisha's resignation': "
        "'The Socialists' gets no actor (see party 1)"
    ),
    'ata_tirana_emergency:event:4': (
        "'Italy and Greece urged Berisha to open talks with the opposition': the two urgers are read as "
        "urging each other (026 both ways)"
    ),
    'ata_tirana_emergency:party:1': "'The Socialists', Albania's opposition party in 1997: " + _ERA,
    'ata_tirana_emergency:clean:0': "Italy and Greece urging each other (see event 4)",
    'armenpress_yerevan_parliament:event:0': (
        "'Five gunmen who burst into Armenia's parliament on Wednesday and shot dead Prime Minister ...': "
        "the killing in a relative clause is lost; " + _GUNMEN
    ),
    'armenpress_yerevan_parliament:event:1': "the hostages freed by the gunmen: " + _GUNMEN,
    'armenpress_yerevan_parliament:event:2': (
        "'Kocharian, who negotiated with the gunmen through the night, promised them a fair trial': the "
        "pronoun recipient of a promise is lost; " + _TARGET
    ),
    'armenpress_yerevan_parliament:event:3': (
        "'The Prosecutor-General's office charged the five with terrorism and murder': 'the five' gets no "
        "actor; " + _TARGET
    ),
    'armenpress_yerevan_parliament:clean:0': (
        "the gunmen read as ---UAF holding the parliament, freeing civilians and withdrawing from the army "
        "(087); " + _GUNMEN
    ),
    'akipress_bishkek_aksy:event:3': (
        "'He appealed for calm': an appeal for calm with no addressee names none (the protesters of the "
        "story); " + _TARGET
    ),
    'interfax_ashgabat_envoy:event:3': (
        "'The Uzbek Foreign Ministry said it would respond in kind': a retaliation in kind is no act the "
        "lexicon knows"
    ),
    'interfax_ashgabat_envoy:party:2': (
        "'former foreign minister Boris Shikhmuradov' coded TKMGOV in 2002, an exile then: " + _ERA
    ),
    'interfax_ashgabat_envoy:clean:0': (
        "'declared Uzbek Ambassador Abdurashid Kadyrov persona non grata and gave him 48 hours to leave': "
        "the "
        "pronoun's span of time is coded as an ultimatum beside the expulsion (the same act told twice)"
    ),
    'pti_colombo_ipkf:event:1': (
        "'an External Affairs Ministry spokesman said the IPKF would leave only when the devolution ... had "
        "been carried out': a conditional withdrawal is no refusal the coder reads"
    ),
    'pti_colombo_ipkf:event:2': (
        "'The Tigers welcomed Mr Premadasa's demand': 'The Tigers' alone gets no actor; " + _ERA
    ),
    'pti_colombo_ipkf:event:3': (
        "'said they would observe a ceasefire with the Sri Lankan army' (see event 2)"
    ),
    'pti_colombo_ipkf:clean:0': (
        "'the government was holding talks with the Liberation Tigers' read as India's (INDGOV), the "
        "paragraph's foreign troops; " + _GOVT
    ),
    'unb_dhaka_border:event:4': (
        "'The BDR handed over the bodies at the Kurigram border on Friday': bodies handed over are no act "
        "the lexicon knows"
    ),
    'afp_male_coup:event:0': (
        "'Indian paratroopers flown to the Maldives overnight crushed an attempt by some 150 Sri Lankan "
        "Tamil "
        "mercenaries to overthrow President ...': an attempt crushed is no act the coder reads"
    ),
    'afp_male_coup:event:2': (
        "'said the attackers had been hired by Maldivian businessman Abdullah Luthufi': a passive hiring's "
        "agent is not read as accused; " + _TARGET
    ),
    'afp_male_coup:event:3': (
        "'The Sri Lankan government condemned the coup attempt and denied ...': a coup attempt names no "
        "party (the mercenaries of the story); " + _TARGET
    ),
    'afp_male_coup:clean:0': (
        "'The mercenaries, who had landed in Male by boat ... and seized the radio station': the landing "
        "read "
        "as a visit (042/043) and the station as the media (MDVMED)"
    ),
    'efe_quito_bucaram:event:0': (
        "'Ecuador's Congress on Thursday night voted to remove President Abdala Bucaram for \"mental "
        "incapacity\"': a removal voted is no act the coder reads"
    ),
    'efe_quito_bucaram:event:1': (
        "'Bucaram, holed up in the presidential palace, refused to step down': a refusal to resign names no "
        "party (the Congress of the lead); " + _TARGET
    ),
    'efe_quito_bucaram:event:3': (
        "'U.S. Ambassador Leslie Alexander urged all sides to respect the constitution': 'all sides' names "
        "no party; " + _TARGET
    ),
    'efe_quito_bucaram:clean:0': (
        "the headline's 'armed forces withdraw support' read as a military withdrawal (0874)"
    ),
    'ap_lapaz_gas:event:0': (
        "'President Gonzalo Sanchez de Lozada resigned Friday after weeks of protests by ...': a resignation "
        "under protest is no yielding the coder reads"
    ),
    'ap_lapaz_gas:event:1': (
        "'Mesa promised to hold a referendum on the gas plan and called on protesters': a promise with no "
        "party named finds none; " + _TARGET
    ),
    'ap_lapaz_gas:event:2': (
        "'called on protesters to lift their roadblocks': the protesters are found as the target and then "
        "dropped (alone, 'President X called on protesters to go home' codes no target either)"
    ),
    'ap_lapaz_gas:event:3': (
        "'Coca growers' leader Evo Morales' coded BOLGOV in 2003, so his warning is his own side's (see "
        "party 2)"
    ),
    'ap_lapaz_gas:party:2': (
        "'Coca growers' leader Evo Morales' coded BOLGOV in 2003, president from 2006: "
        + _ERA
    ),
    'ap_sansalvador_jesuits:event:2': (
        "'Archbishop Arturo Rivera y Damas said the killers were members of the armed forces': the "
        "archbishop gets no actor (see party 1)"
    ),
    'ap_sansalvador_jesuits:event:3': (
        "'The rebels denied any role and accused the army's death squads': the rebels are nobody's (---REB), "
        "not the Salvadoran FMLN of the paragraph before; " + _ERA
    ),
    'ap_sansalvador_jesuits:party:1': "'Archbishop Arturo Rivera y Damas': " + _ERA,
    'ap_sansalvador_jesuits:clean:0': "the rebels' accusation from ---REB (see event 3)",
    'reuters_guatemala_serrano:event:1': (
        "'Serrano ... said Congress was riddled with corruption': a state described is no accusation the "
        "coder reads"
    ),
    'reuters_guatemala_serrano:event:3': (
        "'the government imposed censorship on newspapers and television': the media are read as the "
        "country (GTM), not its media (GTMMED)"
    ),
    'reuters_guatemala_serrano:event:4': (
        "'The Organisation of American States called an emergency meeting ... and demanded the restoration "
        "of constitutional rule': a restoration names no party; " + _TARGET
    ),
    'reuters_guatemala_serrano:party:1': "'Nobel peace laureate Rigoberta Menchu': " + _ERA,
    'reuters_guatemala_serrano:clean:0': (
        "'called an emergency meeting of foreign ministers' read as Guatemala meeting the OAS both ways"
    ),
    'upi_bangkok_chatichai:event:2': (
        "'They accused the Chatichai government of corruption': the pronoun's antecedent, the National "
        "Peacekeeping Council of the sentence before, gets no actor; " + _ERA
    ),
    'upi_bangkok_chatichai:event:4': (
        "'The State Department said the United States deplored the coup and would suspend ... aid': the "
        "deploring is lost to the threat joined to it (1311)"
    ),
    'xinhua_vientiane_border:event:2': (
        "'Thai army commander General Chavalit Yongchaiyudh said his troops would keep up their attacks "
        "until the Lao forces left': an attack kept up is no threat the coder reads"
    ),
    'xinhua_vientiane_border:event:3': (
        "'The Lao side proposed a ceasefire and talks between military commanders': 'The Lao side' gets no "
        "actor; " + _ERA
    ),
    'aap_honiara_ulufaalu:event:0': (
        "'Prime Minister Bartholomew Ulufa'alu, held under guard at his residence since Monday by the "
        "Malaita Eagle Force militia, agreed today to resign': the long apposition loses the verb; " + _LONG
    ),
    'aap_honiara_ulufaalu:event:1': (
        "'after the gunmen threatened to attack the rival Isatabu Freedom Movement' (see event 0): " + _LONG
    ),
    'aap_honiara_ulufaalu:event:2': (
        "'Downer condemned the coup and said Canberra would not send troops': a coup names no party (the "
        "militia of the story); " + _TARGET
    ),
    'aap_honiara_ulufaalu:clean:0': (
        "the militia read as SLBMILUAF seizing the police (171), and Australia's ship sent to evacuate its "
        "nationals read as a build-up against Solomon Islanders (154)"
    ),
    'afp_noumea_ouvea:event:2': (
        "'Jean-Marie Tjibaou, leader of the Kanak Socialist National Liberation Front (FLNKS), condemned the "
        "assault': Tjibaou coded FRAGOV (see party 1)"
    ),
    'afp_noumea_ouvea:event:3': "'accused Chirac of sacrificing Kanak lives' from FRAGOV (see party 1)",
    'afp_noumea_ouvea:party:1': "'Jean-Marie Tjibaou, leader of the ... FLNKS' coded FRAGOV: " + _ERA,
    'afp_noumea_ouvea:clean:0': (
        "'freed 23 gendarmes held hostage' read as the troops releasing the gendarmes (0841)"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "date", "mention", "want"), [
    # a lead's doer with a bare title is the dateline country's, whatever other country the lead names
    ("QUITO, Ecuador (AP) -- President Fabian Alarcon resigned on Tuesday after weeks of protests over a "
     "border dispute with Peru.", "1997-06-01", "Fabian Alarcon", "ECUGOV"),
    ("ASUNCION, Paraguay (AP) -- President Luis Gonzalez Macchi survived an impeachment vote on Thursday "
     "after weeks of protests by farmers over imports of cheap cotton from Brazil.", "2001-06-01",
     "Luis Gonzalez", "PRYGOV"),
])
def test_a_bare_titled_doer_keeps_the_datelines_country(code: Any, text: str, date: str, mention: str,
                                                        want: str) -> None:
    art = code(text, date=date)
    assert actor_at(art, mention) == want, story_triples(art)


def test_a_lead_about_another_country_still_moves(code: Any) -> None:
    # control: a lead whose doers are placed in one other country only is about that country
    art = code("JOHANNESBURG, South Africa (AP) -- Police in Harare fired tear gas at opposition supporters "
               "across Zimbabwe.", date="2001-06-01")
    assert actor_at(art, "Police") == "ZWECOP", story_triples(art)


def test_a_bare_titled_speaker_of_the_lead_does_not_keep_it(code: Any) -> None:
    # control: "..., Foreign Minister X said" only attributes a lead about another country, whose domestic
    # actors the later paragraphs name (stories25's Bernama story on Myanmar)
    art = code("MANILA, Philippines (AP) -- ASEAN ministers on Monday urged Burma's military government to "
               "free Aung San Suu Kyi, Foreign Minister Blas Ople said.\n\n"
               "The opposition welcomed the appeal.",
               date="2003-06-01")
    assert actor_at(art, "The opposition") == "MMROPP", story_triples(art)


@pytest.mark.parametrize(("text", "source", "target"), [
    # a right reserved to act is an intention, as a plan is: a threat of the act, never the act
    ("HANOI (VNA) - Vietnam reserved the right to retaliate against China.", "VNM", "CHN"),
    ("ATHENS (Reuters) - Greece said it reserved the right to take military action against Turkey.",
     "GRC", "TUR"),
])
def test_a_right_reserved_to_act_threatens(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="1995-06-01")
    got = story_triples(art)
    assert _has(art, source, target, ("13",)), got
    assert not any(c.startswith(("18", "19", "20")) for _, _, c in got), got


def test_retaliation_done_stays_force(code: Any) -> None:
    # control: the act itself, with no right reserved, is force
    art = code("HANOI (VNA) - Vietnam retaliated against China.", date="1995-06-01")
    assert _has(art, "VNM", "CHN", ("19",)), story_triples(art)


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    # a counted span of time given with an infinitive is an ultimatum, also where the parser hangs the span
    # as an adverb beside the people as direct object, and after a place's "in" (no "give in")
    ("MOSCOW (Itar-Tass) - The Russian command gave Chechen fighters in the mountains 48 hours to "
     "surrender.", "RUS", "RUS", "13"),
    # ... and envoys given such a span to leave are expelled, as envoys ordered to leave are
    ("ACCRA (Reuters) - Ghana gave two Togolese diplomats 72 hours to leave the country.", "GHA", "TGO",
     "16"),
    ("NAIROBI (KNA) - Kenya gave the Sudanese ambassador a week to leave Nairobi.", "KEN", "SDN", "16"),
])
def test_a_span_given_to_act_is_an_ultimatum(code: Any, text: str, source: str, target: str,
                                             root: str) -> None:
    art = code(text, date="1995-06-01")
    got = story_triples(art)
    assert _has(art, source, target, (root,)), got
    assert not any(c.startswith("08") for _, _, c in got), got


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    # controls: an ultimatum to act other than leave stays 139; giving in to demands stays a yielding
    ("WASHINGTON (AP) - The United States gave Iraq 48 hours to hand over the suspects.", "USA", "IRQ", "13"),
    ("BELGRADE (Tanjug) - The government gave in to the strikers' demands.", "SRB", "SRB", "08"),
])
def test_other_spans_and_giving_in_keep_their_reading(code: Any, text: str, source: str, target: str,
                                                      root: str) -> None:
    art = code(text, date="1995-06-01")
    assert _has(art, source, target, (root,)), story_triples(art)


@pytest.mark.parametrize(("text", "source", "target"), [
    # force aimed by an at-phrase is done to what the phrase names, a group with no name of its own too
    ("DUSHANBE (Itar-Tass) - Government troops fired at the guerrillas near the Afghan border.", "TJK",
     "TJK"),
    # (the rebels of a lead that names no place are the dateline's state's, lead38)
    ("COLOMBO (Reuters) - Soldiers fired mortars at rebel positions in the jungle.", "LKA", "LKA"),
])
def test_force_aimed_at_a_group_is_done_to_it(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="1995-06-01")
    assert _has(art, source, target, ("19",)), story_triples(art)


def test_a_day_is_no_victim(code: Any) -> None:
    # control: "on Monday" after an attack names no one
    art = code("KABUL (AFP) - Troops attacked the town on Monday.", date="1995-06-01")
    assert not any(t for _, t, _ in story_triples(art) if t), story_triples(art)
