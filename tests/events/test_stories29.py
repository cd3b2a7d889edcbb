"""Whole wire stories of our own read as an analyst would, eighth set (twenty-seventh session,
wip/stories29): ERA copy of 1988-1998 on subjects the earlier sets left aside (Central America, the end
of the Iran-Iraq war, Lebanon, Yemen, Somalia, the Horn, Zaire, Nigeria, Burundi, Cambodia, Burma, the
Philippines, Indonesia, Kashmir, Tajikistan, Abkhazia, German unification, the PKK, the Asian crisis,
trade). Every expectation of tests/events/stories29.py is asserted, and what the coder still gets wrong
is a strict xfail with its reason. Below them, the general classes the stories showed and the branch
fixed, each with sentences of our own and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories29")

pytestmark = [pytest.mark.model]

_ERA = "an era actor the actor tables lack (the actors29 helper's subject)"
_MEMORY = "the act is named more than two sentences after it was told (past the act memory)"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'ap_managua_sapoa:event:2': (
        "'talks mediated by Cardinal Miguel Obando y Bravo': a mediator in a passive "
        "participle phrase after the talks gets no row, and the cardinal no actor"
    ),
    'ap_managua_sapoa:none:0': (
        "'The Contras have been fighting since 1981 to overthrow': seven years back is news "
        "under the ten-year rule; the analyst reads a war's background"
    ),
    'ap_managua_sapoa:clean:0': "the Contras' background war (see none 0)",
    'upi_panama_invasion:event:1': (
        "'he had ordered the operation ... to bring Noriega to justice': a purpose clause of "
        "the order has no row"
    ),
    'upi_panama_invasion:event:4': "'put his army on alert': no row for an alert (force posture, 150)",
    'upi_panama_invasion:clean:0': (
        "'he had ordered the operation to protect American lives' read as a demand, and "
        "Ortega's alert aimed at Panama's army"
    ),
    'ap_portauprince_carter:event:0': (
        "'American troops poured into Haiti': no row for troops pouring in (the acts29 "
        "helper's landing class)"
    ),
    'ap_portauprince_carter:event:1': (
        "'Haiti's military leaders agreed to step down under a deal negotiated by ... "
        "Carter': the deal's other party is the by-phrase of a participle"
    ),
    'ap_portauprince_carter:event:2': (
        "'a deal negotiated by former President Jimmy Carter': the negotiator of a noun's "
        "participle gets no event"
    ),
    'ap_portauprince_carter:event:3': (
        "'Aristide, speaking in Washington, thanked President Clinton': the exiled president "
        "is HTIELI; " + _ERA
    ),
    'ap_portauprince_carter:event:4': (
        "'appealed to his supporters to avoid acts of revenge': 'his supporters' gets no "
        "actor"
    ),
    'ap_portauprince_carter:party:1': (
        "'exiled President Jean-Bertrand Aristide' coded HTIELI (the exile out of office): " + _ERA
    ),
    'ap_portauprince_carter:clean:0': (
        "the lead's 'agreed to step down' read as Haiti's army's intent towards Carter (035),"
        " and Aristide as HTIELI"
    ),
    'afp_lima_cenepa:event:3': (
        "'called on the four guarantor countries of the 1942 Rio Protocol to intervene': the "
        "guarantors are named only two sentences later"
    ),
    'irna_tehran_598:event:0': (
        "'formally accepted ... Resolution 598': accepting a resolution is the default accept"
        " row (030), not yielding (08)"
    ),
    'irna_tehran_598:event:1': (
        "'In a message to UN Secretary-General ..., President Ali Khamenei said': a message "
        "in a setting phrase gives no statement row"
    ),
    'irna_tehran_598:event:4': (
        "'said he would send a team to the region to arrange the ceasefire': a team sent to a"
        " region names no party"
    ),
    'irna_tehran_598:clean:0': "the acceptance coded 030 (see event 0)",
    'reuters_beirut_taif:event:0': (
        "'elected Christian deputy Rene Moawad as president': no row for an election by a "
        "parliament"
    ),
    'reuters_beirut_taif:event:3': (
        "'vowed to continue his war against Syria's 33,000 troops': a war continued is no "
        "threat row"
    ),
    'reuters_beirut_taif:event:4': (
        "'Syria, the United States and France welcomed the election': the election is four "
        "sentences back; " + _MEMORY
    ),
    'reuters_beirut_taif:event:5': "the United States' welcome (see event 4)",
    'reuters_beirut_taif:event:6': (
        "'sent a cable of congratulations to Moawad': the president-elect keeps his deputy's "
        "LEG code"
    ),
    'reuters_beirut_taif:clean:0': "the congratulations aimed at LBNLEG (see event 6); Aoun's 'vowed "
                                   "to continue his war against Syria's troops', now read as his, codes "
                                   "030 (a vow to go on with a war is no threat row)",
    'bbcm_sanaa_aden:event:0': (
        "'have liberated the Al-Anad base ... from the forces of the secessionist gang': no "
        "row for liberating a place"
    ),
    'bbcm_sanaa_aden:event:2': (
        "'said that the declaration of secession by Ali Salim al-Bid was null and void': a "
        "verdict of no force is no disapproval row"
    ),
    'bbcm_sanaa_aden:party:1': "'Ali Salim al-Bid': " + _ERA,
    'ap_mogadishu_aidid:event:0': (
        "'U.S. AC-130 gunships and helicopters attacked weapons sites': the gunships get no "
        "country in the story (---MIL)"
    ),
    'ap_mogadishu_aidid:event:3': (
        "'said his country would keep its troops in Somalia': troops kept are no aid row"
    ),
    'ap_mogadishu_aidid:event:4': (
        "'The Security Council last week demanded the arrest and trial of those responsible "
        "for the ambush': those responsible get no actor"
    ),
    'ap_mogadishu_aidid:party:1': (
        "'The U.N. special envoy to Somalia, retired U.S. Adm. Jonathan Howe': the envoy's "
        "rank beats the body's office; " + _ERA
    ),
    'ap_mogadishu_aidid:clean:0': (
        "the headline's 'attack Aidid's strongholds in Mogadishu' aimed at the city's "
        "civilians, and the gunships with no country"
    ),
    'afp_addis_asmara_raids:event:1': (
        "'Ethiopian warplanes bombed the airport in ... Asmara on Friday and Eritrean jets "
        "hit ...': the second clause is parsed into the first's object"
    ),
    'afp_addis_asmara_raids:event:3': (
        "'Eritrea's President Issaias Afeworki rejected the demand': the demand is a "
        "conditional of the sentence before with no row"
    ),
    'afp_addis_asmara_raids:clean:0': "the Ethiopian raid aimed at Ethiopia's civilians (see event 1)",
    'reuters_nairobi_spla:event:0': (
        "'had captured two garrison towns in Blue Nile state': the garrison takes the Nairobi"
        " dateline's country (KENMIL); the lead's SPLA does not place the story"
    ),
    'reuters_nairobi_spla:event:2': "'Ethiopia denied any involvement': a bare denial names no accuser",
    'reuters_nairobi_spla:event:3': (
        "'called on the nation to join the jihad': 'the nation' gets no actor (people, "
        "public, citizens do)"
    ),
    'reuters_nairobi_spla:clean:0': (
        "the headline's 'towns near Ethiopia' aimed at Ethiopia, and the garrison as Kenya's "
        "(see event 0)"
    ),
    'afp_kinshasa_kisangani:event:1': (
        "'government troops fled, looting shops as they went': a participle of a subordinate "
        "clause gets no event"
    ),
    'afp_kinshasa_kisangani:event:2': (
        "'the army had carried out a \"tactical withdrawal\" and would launch a counter-"
        "offensive to retake the city': the conjunct's intent has no target"
    ),
    'afp_kinshasa_kisangani:party:0': "'Rebel forces led by Laurent-Desire Kabila': " + _ERA,
    'reuters_lagos_sarowiwa:event:1': (
        "'a day after the military government hanged writer Ken Saro-Wiwa': the hanged writer"
        " gets no actor"
    ),
    'reuters_lagos_sarowiwa:event:2': (
        "'gave ... two years to restore democracy or face expulsion': an ultimatum by 'gave' "
        "has no row"
    ),
    'reuters_lagos_sarowiwa:event:5': (
        "'called for oil sanctions against the Abacha regime': 'the Abacha regime' gets no "
        "actor"
    ),
    'reuters_lagos_sarowiwa:party:3': "'writer Ken Saro-Wiwa': " + _ERA,
    'reuters_lagos_sarowiwa:clean:0': (
        "'who had argued for quiet diplomacy' read as a rejection (113) of Nigeria"
    ),
    'afp_bujumbura_sanctions:event:0': (
        "'Burundi's neighbours ... imposed an economic blockade on the country': the "
        "neighbours get no actor"
    ),
    'afp_bujumbura_sanctions:event:1': (
        "'Tanzania closed its border and suspended fuel deliveries': a border closed names "
        "nobody it is aimed at"
    ),
    'afp_bujumbura_sanctions:event:2': (
        "'Kenya halted flights to Bujumbura': flights halted to a city are no sanction row"
    ),
    'afp_bujumbura_sanctions:event:3': (
        "'Buyoya called the sanctions unjust': the Burundian leader gets no actor; " + _ERA
    ),
    'afp_bujumbura_sanctions:event:4': (
        "'would not negotiate with \"genocidal forces\"': the same speaker (see event 3)"
    ),
    'afp_bujumbura_sanctions:event:6': (
        "'The UN Security Council called on all parties to halt the violence': 'all parties' "
        "gets no actor"
    ),
    'afp_bujumbura_sanctions:party:0': "'Major Pierre Buyoya': " + _ERA,
    'afp_bujumbura_sanctions:clean:0': (
        "the headline's 'East African states' coded EAF, the blockade read as Burundi's own, "
        "and the militiamen as UAF"
    ),
    'xinhua_phnompenh_hunsen:event:0': (
        "'ASEAN has decided to delay Cambodia's admission': a delayed admission is no row"
    ),
    'xinhua_phnompenh_hunsen:event:1': (
        "'would not allow any foreign interference in Cambodia's internal affairs': the "
        "refusal is aimed at Cambodia, not at the body two clauses back"
    ),
    'xinhua_phnompenh_hunsen:event:2': (
        "'said he respected ASEAN's decision': no row for respecting a decision"
    ),
    'xinhua_phnompenh_hunsen:event:4': (
        "'Ranariddh, speaking in Paris, called on the international community to cut aid': "
        "'the international community' gets no actor and the appeal takes Hun Sen's "
        "government"
    ),
    'xinhua_phnompenh_hunsen:event:6': (
        "'Khmer Rouge guerrillas ... have offered to fight alongside Ranariddh's forces': an "
        "offer to fight beside someone is read as a threat"
    ),
    'xinhua_phnompenh_hunsen:clean:0': (
        "the headline's 'after fighting in Phnom Penh' given to ASEAN, the refusal aimed at "
        "Cambodia, the appeal at Hun Sen's government and Japan's plane read as aid"
    ),
    'kyodo_rangoon_nld:event:1': (
        "'Police set up barricades on the road leading to Suu Kyi's ... residence': no row "
        "for barricades"
    ),
    'kyodo_rangoon_nld:event:2': "'turned away foreign journalists': no row for turning people away",
    'afp_manila_mnlf:event:2': (
        "'Indonesian Foreign Minister Ali Alatas, whose government brokered the talks': a "
        "relative clause's 'whose government' gets no actor"
    ),
    'afp_manila_mnlf:event:3': (
        "'The breakaway Moro Islamic Liberation Front (MILF) rejected the agreement': the "
        "agreement's parties are taken from the Alatas sentence"
    ),
    'afp_manila_mnlf:event:4': (
        "'Christian politicians in Mindanao staged a protest rally': coded PHLCHR (religion "
        "before role)"
    ),
    'afp_manila_mnlf:clean:0': (
        "the witnessed signing aimed at Alatas, the MILF's rejection aimed at Indonesia, and "
        "the politicians as PHLCHR"
    ),
    'ap_jakarta_suharto:event:0': "'bowing to weeks of student protests': a participle's yielding has no row",
    'ap_jakarta_suharto:event:2': (
        "'pledged the military's support for Habibie': support pledged with a for-phrase has "
        "no row"
    ),
    'ap_jakarta_suharto:event:4': (
        "'welcomed the transfer of power': a transfer of power is no act noun the memory "
        "keeps"
    ),
    'ap_jakarta_suharto:event:6': (
        "'was ready to resume lending under its $43 billion rescue package': lending resumed "
        "has no row"
    ),
    'pti_srinagar_charar:event:0': (
        "'set fire to the 600-year-old shrine': the headline's 'Charar' of 'Charar-e-Sharief'"
        " is matched to Ethiopia's Harar by the gazetteer's spelling likeness and places the "
        "story there (the actors side)"
    ),
    'pti_srinagar_charar:event:1': "the security forces coded ETHMIL (see event 0)",
    'pti_srinagar_charar:event:2': "the home minister coded ETHGOV (see event 0)",
    'pti_srinagar_charar:event:3': "the home minister coded ETHGOV (see event 0)",
    'pti_srinagar_charar:event:4': (
        "'The All Party Hurriyat Conference called for a general strike': the alliance is "
        "placed in Ethiopia (see event 0)"
    ),
    'pti_srinagar_charar:party:0': "'Union Home Minister S.B. Chavan' coded ETHGOV (see event 0)",
    'pti_srinagar_charar:clean:0': "the story placed in Ethiopia (see event 0)",
    'itartass_moscow_tajik:event:2': (
        "'Russian President Boris Yeltsin, who hosted the ceremony': a relative clause's "
        "hosting has no row"
    ),
    'itartass_moscow_tajik:event:3': (
        "'called the accord \"a great event ...\"': a verdict on the accord with a quoted "
        "predicate has no praise row"
    ),
    'itartass_moscow_tajik:event:4': (
        "'pledged Russia's help in rebuilding the country': help pledged has no row"
    ),
    'itartass_moscow_tajik:party:1': (
        "'the leader of the United Tajik Opposition (UTO), Said Abdullo Nuri' read as the "
        "government (TJKGOV): the appositive's body is not read"
    ),
    'dpa_moscow_twoplusfour:event:0': (
        "'The foreign ministers of the two German states and the four World War II allies "
        "signed a treaty': a compound of unnamed ministers gets no actor"
    ),
    'dpa_moscow_twoplusfour:event:5': "'Bonn will pay Moscow 12 billion marks': no row for paying a sum",
    'yonhap_seoul_imf:event:2': (
        "'Seoul agreed to close insolvent merchant banks': the agreement's other party (the "
        "IMF) is a sentence back"
    ),
    'yonhap_seoul_imf:event:3': "'apologized to the nation': 'the nation' gets no actor",
    'yonhap_seoul_imf:event:4': (
        "'pledged to provide a second line of defense of 10 billion dollars': the recipient "
        "is the story's, named in no phrase"
    ),
    'yonhap_seoul_imf:event:5': "the United States' pledge (see event 4)",
    'reuters_tokyo_tariffs:event:1': (
        "'called the sanctions a clear violation of international trade rules': the sanctions"
        " are a plan of the sentence before, not a memory of an act"
    ),
    'reuters_tokyo_tariffs:event:2': (
        "'said Tokyo would not yield to unilateral pressure': a refusal to yield has no row"
    ),
    'reuters_tokyo_tariffs:event:3': (
        "'announced the tariffs on Tuesday': tariffs announced name no target in their "
        "sentence"
    ),
    'reuters_tokyo_tariffs:event:4': (
        "'would take effect on June 28 unless Tokyo made concessions': a condition's threat "
        "is not read as one"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "source", "target"), [
    # troops or rebels pressing their offensive fight (190), as "launched an offensive" does
    ("ANKARA (Reuters) - Turkish troops pressed their offensive against Kurdish rebels in the southeast on "
     "Tuesday.", "TURMIL", "TURREB"),
    ("KABUL (Reuters) - Taliban fighters pressed their attack on government positions north of the capital.",
     "AFG", "AFG"),
])
def test_pressing_an_offensive_is_fighting(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="1995-03-21")
    assert _has(art, source, target, ("19",)) and not any(t[2][:2] == "11" for t in story_triples(art)), \
        story_triples(art)


def test_a_speaker_pressing_an_attack_still_criticises(code: Any) -> None:
    art = code("WASHINGTON (AP) - Senator Bob Dole pressed his attack on President Clinton's health plan.",
               date="1994-03-01")
    assert _has(art, "USA", "USA", ("11",)), story_triples(art)


@pytest.mark.parametrize(("text", "want"), [
    # unplaced rebels who take a country's town or fire on its people are its rebels
    ("KINSHASA (AFP) - Rebel forces captured Zaire's third largest city on Saturday.", "CODREB"),
    ("SANAA (Reuters) - Separatist forces fired Scud missiles at Sanaa overnight, killing 25 civilians.",
     "YEMREB"),
    ("RANGOON (Reuters) - Ethnic Karen guerrillas have captured the trading town of Myawaddy.", "MMRREB"),
])
def test_rebels_on_a_countrys_ground_are_its_own(code: Any, text: str, want: str) -> None:
    art = code(text, date="1997-03-16")
    assert any(s.startswith(want) for s, _, _ in story_triples(art)), story_triples(art)


def test_militants_with_no_country_stay_unknown(code: Any) -> None:
    # control: gunmen and militants (UAF) may come from across a border
    art = code("GAZA (Reuters) - Militants fired rockets into southern Israel on Tuesday.", date="2001-05-01")
    assert all(s.startswith("---") for s, _, _ in story_triples(art)), story_triples(art)


@pytest.mark.parametrize("text", [
    # a nationality naming a border places neither the story nor the place the act happened in
    "NAIROBI (Reuters) - Sudanese rebels said they had captured two garrison towns in Blue Nile state near "
    "the Ethiopian border.",
    "BANGKOK (Reuters) - Burmese troops shelled Karen rebel camps in Kayin state near the Thai border.",
])
def test_a_border_nationality_is_no_place(code: Any, text: str) -> None:
    art = code(text, date="1997-01-15")
    assert not any(t[1][:3] in ("ETH", "THA") for t in story_triples(art)), story_triples(art)


@pytest.mark.parametrize(("text", "speaker", "sides"), [
    # the two states of a war the story tells are its "both sides" some sentences on
    ("ADDIS ABABA (AFP) - Ethiopian warplanes bombed Eritrean positions near Badme on Friday. Ethiopia's "
     "prime minister told parliament the invaders would be driven out. Eritrea's president accused Addis "
     "Ababa of declaring war. The United States urged both sides to halt the air raids.", "USA",
     ("ETH", "ERI")),
    ("LIMA (AFP) - Peruvian troops captured an Ecuadorian outpost after heavy fighting. Ecuador said it had "
     "shot down a Peruvian helicopter. Argentina and Brazil have invited both sides to talks in Rio de "
     "Janeiro.", "ARG", ("PER", "ECU")),
])
def test_both_sides_of_a_war(code: Any, text: str, speaker: str, sides: tuple[str, str]) -> None:
    art = code(text, date="1998-06-06")
    for side in sides:
        assert _has(art, speaker, side, ("02", "03", "04", "10")), story_triples(art)


def test_both_leaders_of_a_war_are_governments(code: Any) -> None:
    art = code("ADDIS ABABA (AFP) - Ethiopian warplanes bombed Eritrean positions on Friday. US President "
               "Bill Clinton telephoned both leaders.", date="1998-06-06")
    assert _has(art, "USAGOV", "ETHGOV", ("04",)) and _has(art, "USAGOV", "ERIGOV", ("04",)), \
        story_triples(art)


def test_a_meetings_pair_still_comes_first(code: Any) -> None:
    # control: talks told just before give "both sides", not the war further back
    art = code("BAKU (Reuters) - Armenian troops shelled Azerbaijani villages on Monday. Turkish and Russian "
               "envoys met in Moscow on Tuesday. The United Nations urged both sides to show restraint.",
               date="1994-05-01")
    got = {t[1][:3] for t in story_triples(art) if t[0].startswith("IGO")}
    assert got <= {"TUR", "RUS"}, story_triples(art)


@pytest.mark.parametrize(("text", "target"), [
    # where a deal was signed is no party to it
    ("MOSCOW (Itar-Tass) - Tajik president, opposition leader sign peace accord in Kremlin", "RUS"),
    ("GENEVA (Reuters) - Iraq and Kuwait signed a protocol in Geneva on Friday.", "CHE"),
])
def test_a_signings_venue_is_no_party(code: Any, text: str, target: str) -> None:
    art = code(text, date="1997-06-27")
    assert not any(t[1].startswith(target) for t in story_triples(art)), story_triples(art)


def test_a_named_cosignatory_stays(code: Any) -> None:
    # control: the one the deal is signed with, in the same place, stays a party
    art = code("MOSCOW (Reuters) - Germany signed a treaty with Russia in Moscow on Wednesday.",
               date="1990-09-12")
    assert _has(art, "DEU", "RUS", ("05",)), story_triples(art)


def test_a_government_and_its_rebels_signing_is_a_pact(code: Any) -> None:
    # a later welcome of "the accord" reaches both signatories of one country
    art = code("MOSCOW (Itar-Tass) - Tajik President Emomali Rakhmonov and the leader of the United Tajik "
               "Opposition (UTO), Said Abdullo Nuri, signed a peace agreement on Friday. Russia's foreign "
               "minister said Moscow would help. UN Secretary-General Kofi Annan welcomed the accord.",
               date="1997-06-27")
    assert _has(art, "IGO", "TJK", ("05",)), story_triples(art)
