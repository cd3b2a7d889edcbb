"""Whole wire stories of our own read as an analyst would, twenty-fourth set (forty-third session,
wip/stories45): ERA copy of 1985-2001 weighted to the Balkans and Eastern Europe, the Horn, Southern and
North Africa, the Southern Cone, the Korean peninsula, Indochina and the Levant (Belgrade and Zagreb's
normalisation, the Bosnia donors of 1996, Poland's amnesty of 1986, Timisoara, Kosovo's curfew of 1989,
the Algiers cessation of hostilities, Ethiopia's cut of Sudan's embassy, Renamo's boycott called off, the
Harare correspondents expelled, the Cubans' withdrawal from Angola, Malawi's aid frozen, the FIS leaders
arrested, Tunisia's break with Libya, Chile's state of siege of 1986, the Menem-Aylwin border accords,
Mercosur's safeguards quarrel, Yongbyon's inspectors barred, the Pyongyang declaration, the Vietnamese
withdrawal from Kampuchea, the China-Vietnam land border treaty, Terry Anderson freed, the Jerusalem and
Ashkelon bombs, the Guatemalan refugees' return and Germany's arms to Turkey halted). Every expectation of
tests/events/stories45.py is asserted, and what the coder still gets wrong is a strict xfail with its
reason. Below them, the general classes the stories showed and the branch fixed, each with sentences of
our own the stories do not hold (each failing on main f5227023), and controls that must keep their
reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, aimed, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories45")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NOROW = "a verb or noun no lexicon row codes"
_NOPARTY = "a noun that names no party of the story's own words (docs/events.md, stories41's decision)"
_FAR = "the act named again was told too far back, or never coded, for the act memory"
_BACK = "a bare role noun ('the donors', 'the suspects') not tied to the party named before it"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'tanjug_belgrade_zagreb_normalisation:clean:0': (
        "SRBGOV -> HRVREF 084 ('expected Belgrade to help return Croatian refugees': an expectation read as "
        "Belgrade's return of refugees)"
    ),
    'ansa_brussels_bosnia_donors:event:0': (
        "'International donors ... pledged 1.23 billion dollars for the reconstruction of Bosnia' : the "
        "donors name no party and Bosnia is the purpose's" + "; " + _NOPARTY
    ),
    'ansa_brussels_bosnia_donors:event:1': (
        "'Italy pledged 50 million dollars': the recipient is the paragraph before's" + "; " + _TARGET
    ),
    'ansa_brussels_bosnia_donors:event:2': "'thanked the donors'" + "; " + _NOPARTY,
    'ansa_brussels_bosnia_donors:event:3': (
        "'The Bosnian Serb authorities boycotted the meeting': a boycott of a meeting with no party named"
        + "; " + _TARGET
    ),
    'ansa_brussels_bosnia_donors:event:4': (
        "'the High Representative for Bosnia, Carl Bildt, warned that aid would be withheld from any "
        "community that ...': a threat to whoever obstructs" + "; " + _TARGET
    ),
    'pap_warsaw_amnesty_bujak:event:0': (
        "'all persons held for political offences ... would be released by September 15': a passive release "
        "announced by the minister, after a long subject" + "; " + _LONG
    ),
    'pap_warsaw_amnesty_bujak:event:2': "'welcomed the release' (the release is the lead's)" + "; " + _FAR,
    'pap_warsaw_amnesty_bujak:event:3': (
        "'said Poland needed a dialogue between the authorities and society': a need stated, no appeal row"
        + "; " + _NOROW
    ),
    'upi_belgrade_timisoara:event:2': (
        "'Romania closed its borders to all foreign tourists': a border closed to no state" + "; " + _TARGET
    ),
    'reuters_belgrade_kosovo_curfew:event:2': (
        "'where crowds stoned police and set fire to cars': a relative clause after the paragraph's report"
        + "; " + _LONG
    ),
    'reuters_belgrade_kosovo_curfew:event:4': (
        "'warned that the army would intervene': the threat's target is the army of the content" + "; "
        + _TARGET
    ),
    'reuters_belgrade_kosovo_curfew:party:0': (
        "Azem Vllasi, 'the former Kosovo communist leader' in prison, read as SRBELI" + "; " + _ERA
    ),
    'reuters_belgrade_kosovo_curfew:clean:0': (
        "SRBGOV -> SRBCVL 100 ('ordered schools closed' as a demand) and SRBGOV -> SRBMIL 130 (the army of "
        "the threat's content as its target)"
    ),
    'reuters_algiers_ethiopia_eritrea_truce:event:3': (
        "'U.S. envoy Anthony Lake ... praised both governments': the envoy's name not read by the tagger"
        + "; " + _ERA
    ),
    'reuters_algiers_ethiopia_eritrea_truce:party:3': "Anthony Lake unresolved" + "; " + _ERA,
    'afp_addis_sudan_embassy_cut:event:2': (
        "'..., accusing Khartoum of sheltering three men wanted for the attempt on ...': a set-off "
        "participle after two acts" + "; " + _LONG
    ),
    'afp_addis_sudan_embassy_cut:event:3': (
        "'Sudan had ignored repeated requests to hand over the suspects': no row for ignoring requests"
        + "; " + _NOROW
    ),
    'afp_addis_sudan_embassy_cut:event:4': (
        "'denied that the suspects were in Sudan': the denial's target is the accuser of the lead" + "; "
        + _FAR
    ),
    'afp_addis_sudan_embassy_cut:event:5': (
        "'called the measures a hostile act': the measures are the lead's" + "; " + _FAR
    ),
    'afp_addis_sudan_embassy_cut:clean:0': (
        "ETHBUS -> SDN 1313 (flights suspended read as a threat), ETHGOV -> SDNNGO 100 ('must leave' as a "
        "demand), SDNGOV -> SDN 111 (the denial aimed at the that-clause's Sudan)"
    ),
    'sapa_maputo_renamo_boycott:event:1': (
        "'after the United Nations and foreign envoys promised that his complaints ... would be "
        "investigated': a promise in a subordinate clause" + "; " + _LONG
    ),
    'sapa_maputo_renamo_boycott:event:3': (
        "'urged all parties to respect the verdict of the voters': 'all parties' names no party, the voters "
        "taken instead" + "; " + _BACK
    ),
    'sapa_maputo_renamo_boycott:clean:0': (
        "MOZREB -> MOZGOV 100 ('ordered his supporters not to vote' read as a demand on the government) and "
        "IGOUNO -> MOZCVL 020 (the voters as the appeal's target)"
    ),
    'reuters_harare_correspondents_expelled:event:2': (
        "'..., and ordered a second foreign journalist, Mercedes Sayagues of ..., to leave the country': the "
        "second verb of a long lead takes 'the country'" + "; " + _LONG
    ),
    'reuters_harare_correspondents_expelled:event:3': (
        "'said the two had worked illegally and had \"tarnished the image\"': 'the two' names no party"
        + "; " + _BACK
    ),
    'pl_luanda_cuban_withdrawal:event:1': (
        "'A team of United Nations military observers ... verified the departure': no row for verifying"
        + "; " + _NOROW
    ),
    'pl_luanda_cuban_withdrawal:event:2': (
        "'thanked the Cuban fighters': 'Cuban fighters' read as irregulars (CUBUAF) and the minister as "
        "AGOGOVMIL" + "; " + _ERA
    ),
    'pl_luanda_cuban_withdrawal:clean:0': "AGOGOVMIL -> CUBUAF 051 (the same act)",
    'reuters_blantyre_aid_frozen:event:1': "'Donors demanded that Banda release ...'" + "; " + _NOPARTY,
    'reuters_blantyre_aid_frozen:event:3': (
        "'would not bow to \"foreign dictation\"': no party named in the words" + "; " + _NOPARTY
    ),
    'reuters_blantyre_aid_frozen:event:4': "'accused the donors of interfering'" + "; " + _NOPARTY,
    'afp_algiers_fis_leaders_arrested:event:2': (
        "'Army units occupied the front's headquarters': the front's people read as another sector" + "; "
        + _BACK
    ),
    'afp_algiers_fis_leaders_arrested:event:3': (
        "'detained about 700 militants': the militants not tied to the FIS" + "; " + _BACK
    ),
    'afp_algiers_fis_leaders_arrested:clean:0': (
        "DZAMIL -> DZAMOS 173 (the headline's 'Islamic Front leaders' read as Muslims)"
    ),
    'ap_tunis_libya_relations_broken:event:5': (
        "'JANA said the decision was dictated by Washington': a charge with no verb of blame" + "; "
        + _NOROW
    ),
    'ap_tunis_libya_relations_broken:clean:0': (
        "TUNGOV -> TUNLEG 010 ('told parliament that Tunisia would not be intimidated': the addressee as "
        "target)"
    ),
    'efe_santiago_state_of_siege:event:3': (
        "'a day after gunmen ambushed General Augusto Pinochet's motorcade': an attack in a time clause at "
        "the end of a long lead" + "; " + _LONG
    ),
    'efe_santiago_state_of_siege:event:4': (
        "'the magazines ... had been suspended indefinitely': a passive told by the minister, no agent"
        + "; " + _LONG
    ),
    'efe_santiago_state_of_siege:event:5': (
        "'after armed men in civilian clothes took him from his home': an abduction told by 'took'" + "; "
        + _NOROW
    ),
    'efe_santiago_state_of_siege:event:6': (
        "'condemned the attack on Pinochet': the attackers are the paragraph before's" + "; " + _FAR
    ),
    'efe_santiago_state_of_siege:event:7': (
        "'called the arrests and closures a pretext to crush the peaceful opposition'" + "; " + _FAR
    ),
    'efe_santiago_state_of_siege:party:0': (
        "'the socialist Ricardo Lagos' of 1986 read as CHLELI (a later president out of term)" + "; " + _ERA
    ),
    'efe_santiago_state_of_siege:party:3': "the Manuel Rodriguez Patriotic Front unresolved" + "; " + _ERA,
    'ap_buenos_aires_border_accords:event:2': (
        "'President Carlos Menem and visiting Chilean President Patricio Aylwin signed': 'visiting' before a "
        "name gives no visit" + "; " + _NOROW
    ),
    'ap_buenos_aires_border_accords:clean:0': (
        "ARGGOV/CHLGOV -> ARGLEG 030 (the Congress that must approve as the target) and ARG -> CHLGOV 043 "
        "(the state visit's host in the later paragraph)"
    ),
    'ap_buenos_aires_border_accords:once:0': "CHLGOV -> ARG 057 twice (the lead's signing told again)",
    'reuters_brasilia_mercosur_safeguards:event:1': (
        "'said Brazil would not negotiate \"under threat\"': a refusal with no party in its clause" + "; "
        + _TARGET
    ),
    'reuters_brasilia_mercosur_safeguards:event:3': (
        "'the measure, which he called a violation of the Treaty of Asuncion': a relative clause" + "; "
        + _LONG
    ),
    'reuters_brasilia_mercosur_safeguards:event:4': (
        "'defended the decree, saying a flood of cheap Brazilian goods ... had cost thousands of Argentine "
        "jobs' read as 052 to Brazil" + "; " + _TARGET
    ),
    'reuters_brasilia_mercosur_safeguards:clean:0': (
        "BRA -> IGOSAM 164 (the headline's Mercosur talks) and ARGGOV -> BRA 052 (the decree defended)"
    ),
    'yonhap_seoul_inspections_refused:event:1': (
        "'barred international inspectors from taking samples': 'international inspectors' names no body"
        + "; " + _NOPARTY
    ),
    'yonhap_seoul_inspections_refused:event:2': (
        "'its inspectors ... had been refused access': a passive refusal reported by the agency" + "; "
        + _NOROW
    ),
    'yonhap_seoul_inspections_refused:event:3': (
        "'At Saturday's inter-Korean talks at Panmunjom, the North's chief delegate, Park Yong-su, "
        "threatened ...': the long sentence loses its subject (alone it codes)" + "; " + _LONG
    ),
    'yonhap_seoul_inspections_refused:event:4': "'walked out of the meeting'" + "; " + _NOROW,
    'yonhap_seoul_inspections_refused:event:5': "'called the threat deplorable'" + "; " + _FAR,
    'yonhap_seoul_inspections_refused:party:1': "Park Yong-su unresolved" + "; " + _ERA,
    'kyodo_seoul_joint_declaration:event:2': (
        "'the two sides will promote economic cooperation': 'the two sides' in a later paragraph" + "; "
        + _BACK
    ),
    'tass_phnom_penh_vietnamese_withdrawal:event:2': (
        "'called on the countries backing the Khmer Rouge to stop supplying them with arms': no country "
        "named" + "; " + _NOPARTY
    ),
    'tass_phnom_penh_vietnamese_withdrawal:event:3': (
        "'invited the United Nations to verify the withdrawal' read as 036" + "; " + _NOROW
    ),
    'tass_phnom_penh_vietnamese_withdrawal:event:4': (
        "'but the Secretary General declined to send observers': the second clause takes the first's "
        "subject" + "; " + _LONG
    ),
    'tass_phnom_penh_vietnamese_withdrawal:clean:0': (
        "KHMGOV -> VNMMIL 0232 (the appeal to stop supplying arms aimed at the soldiers thanked), KHMGOV -> "
        "IGOUNO 036 and 120 (the invitation, and the Secretary General's refusal given to the government)"
    ),
    'irna_tehran_anderson_freed:event:1': (
        "'Terry Anderson, freed in Beirut by the Islamic Jihad': a participle in an apposition" + "; "
        + _LONG
    ),
    'irna_tehran_anderson_freed:event:2': "'had used its good offices'" + "; " + _NOROW,
    'reuters_jerusalem_bus_bombs:event:1': (
        "'a second bomber blew himself up at a hitchhiking post for soldiers': the bomber is Israel's "
        "(ISR), not its irregulars" + "; " + _BACK
    ),
    'reuters_jerusalem_bus_bombs:event:4': (
        "'condemned the attacks': the attackers are the lead's" + "; " + _FAR
    ),
    'reuters_jerusalem_bus_bombs:clean:0': (
        "ISR -> ISRMIL 1831 (the second bomber and the soldiers) and PSEGOV -> ISRGOV 111 (the attacks "
        "condemned given to Israel)"
    ),
    'reuters_jerusalem_bus_bombs:once:0': "ISRUAF -> ISRCVL 1831 twice (two bombers in one lead)",
    'notimex_comitan_guatemalan_refugees:event:0': (
        "'More than 2,400 Guatemalan refugees left camps in Chiapas ... to return to their country': a "
        "return told by a purpose clause" + "; " + _NOROW
    ),
    'notimex_comitan_guatemalan_refugees:event:1': (
        "'said it would monitor the refugees' safety'" + "; " + _NOROW
    ),
    'notimex_comitan_guatemalan_refugees:event:2': (
        "'The Mexican Commission for Aid to Refugees (COMAR) provided food and transport to the border'"
        + "; " + _ERA
    ),
    'notimex_comitan_guatemalan_refugees:event:3': (
        "'said his government guaranteed the returnees' security'" + "; " + _NOROW
    ),
    'notimex_comitan_guatemalan_refugees:event:4': (
        "'accused the army of harassing returnees in the Huehuetenango province': the army read as the "
        "dateline's (Mexico's)" + "; " + _TARGET
    ),
    'notimex_comitan_guatemalan_refugees:clean:0': "GTMNGO -> MEXMIL 112 (the same act)",
    'aa_ankara_german_arms_halted:event:1': (
        "'after Germany suspended deliveries of military equipment to Turkey': a time clause after a long "
        "quote" + "; " + _LONG
    ),
    'aa_ankara_german_arms_halted:event:2': (
        "'The German government halted the deliveries ... over reports that ... used against Kurdish "
        "civilians': the civilians of the reports taken as the target" + "; " + _TARGET
    ),
    'aa_ankara_german_arms_halted:clean:0': "DEUGOV -> TURCVL 162 (the same act)",
    'aa_ankara_german_arms_halted:once:0': "TUR -> DEU 124 twice in the lead",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------

@pytest.mark.parametrize(("text", "date", "source"), [
    # a suicide or car bomber is a man with a bomb, an irregular (UAF) of the place, not the air force
    ("COLOMBO (Reuters) - A suicide bomber killed 12 soldiers outside an army camp on Monday.",
     "1996-07-01", "LKAUAF"),
    ("ALGIERS (AFP) - Three suicide bombers attacked a police station in the capital.", "1995-01-30",
     "DZAUAF"),
    ("ISTANBUL (Reuters) - Kurdish suicide bombers attacked a police post in Tunceli.", "1996-06-30",
     "TURUAF"),
])
def test_suicide_bombers_are_irregulars(code: Any, text: str, date: str, source: str) -> None:
    got = story_triples(code(text, date=date))
    assert any(s.endswith("UAF") and s[:3] in (source[:3], "---") for s, _, _ in got), got
    assert not any(s.endswith("MIL") for s, _, _ in got), got


def test_a_nations_suicide_bombers_stay_its_forces(code: Any) -> None:
    # control: "Palestinian suicide bombers" keep the nation's forces (PSEMIL), as the PLOVER GSR record
    got = story_triples(code("TEL AVIV (Reuters) - Two Palestinian suicide bombers killed 19 people at a bus "
                             "station on Sunday.", date="2001-03-04"))
    assert any(s == "PSEMIL" for s, _, _ in got), got


def test_bombers_of_an_air_force_stay_military(code: Any) -> None:
    # control: a country's bombers are its air force
    got = story_triples(code("BELGRADE (Reuters) - NATO bombers struck Serbian army barracks near Nis.",
                             date="1999-04-10"))
    assert not any(s.endswith("UAF") for s, _, _ in got), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # a strike, boycott or march called off eases dissent (082), aimed where the protest was
    ("LUSAKA (Reuters) - Zambian miners called off their strike on Monday after a pay offer.",
     "1990-06-01", "ZMBLAB", "ZMB"),
    ("SEOUL (Yonhap) - Students called off a protest march planned for Saturday.", "1987-06-20", "KOREDU",
     "KOR"),
    ("KINGSTON (Reuters) - The opposition party called off its boycott of parliament.", "1991-02-01",
     "JAMOPP", "JAM"),
])
def test_a_protest_called_off_eases_dissent(code: Any, text: str, date: str, source: str,
                                            target: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source[:3], target, "08"), got
    assert not any(c.startswith("14") for _, _, c in got), got


def test_a_strike_called_is_a_protest(code: Any) -> None:
    # control: a strike called, not called off
    got = story_triples(code("LUSAKA (Reuters) - The miners' union called a strike on Monday.",
                             date="1990-06-01"))
    assert any(c.startswith("143") for _, _, c in got), got


def test_an_offensive_called_off_de_escalates(code: Any) -> None:
    # control: an offensive called off keeps its de-escalation (087)
    got = story_triples(code("BEIRUT (Reuters) - Israel called off its offensive in south Lebanon on Friday.",
                             date="1996-04-26"))
    assert aimed(got, "ISR", "LBN", "087"), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # troops that leave a place for another withdraw from it; they do not visit it
    ("KABUL (TASS) - The last Soviet soldiers left Kabul on Sunday for Termez.", "1989-02-15", "USRMIL",
     "AFG"),
    ("BEIRUT (AFP) - Syrian troops left Beirut on Thursday for the Bekaa Valley.", "2001-06-15", "SYRMIL",
     "LBN"),
])
def test_troops_leaving_for_home_are_no_visitors(code: Any, text: str, date: str, source: str,
                                                 target: str) -> None:
    got = story_triples(code(text, date=date))
    assert not any(c.startswith("04") for _, _, c in got), got
    assert aimed(got, source, target, "087"), got


def test_a_leader_leaving_for_a_capital_visits_it(code: Any) -> None:
    # control: a president who leaves his capital for another visits it
    got = story_triples(code("WARSAW (PAP) - President Wojciech Jaruzelski left Warsaw on Monday for Moscow.",
                             date="1988-04-18"))
    assert aimed(got, "POL", "USR", "042"), got


@pytest.mark.parametrize(("text", "date", "mention", "want"), [
    # "the People's Republic of X" names the state, not its people
    ("HANOI (Reuters) - Vietnam signed a treaty with the People's Republic of Kampuchea.", "1986-02-01",
     "People's Republic of Kampuchea", "KHM"),
    ("ATHENS (Reuters) - Greece signed a trade pact with the People's Socialist Republic of Albania.",
     "1988-03-01", "People's Socialist Republic of Albania", "ALB"),
])
def test_a_peoples_republic_is_the_state(code: Any, text: str, date: str, mention: str, want: str) -> None:
    assert actor_at(code(text, date=date), mention) == want


def test_the_people_of_a_republic_are_its_people(code: Any) -> None:
    # control: "the people of the Republic of ..." are civilians
    art = code("SEOUL (Yonhap) - The president thanked the people of the Republic of Korea.",
               date="1988-01-01")
    assert actor_at(art, "the people") == "KORCVL"


@pytest.mark.parametrize(("text", "date", "source", "root"), [
    # "the Zionist regime" and "the Zionist entity" are Israel
    ("DAMASCUS (SANA) - Syria called on the Zionist regime to withdraw from the Golan.", "1996-05-01", "SYR",
     "0"),
    ("BEIRUT (Reuters) - Hezbollah accused the Zionist entity of shelling villages in the south.",
     "1993-07-20", "LBN", "11"),
])
def test_the_zionist_regime_is_israel(code: Any, text: str, date: str, source: str, root: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, "ISR", root), got


@pytest.mark.parametrize(("text", "date", "mention", "want"), [
    # era office holders by their terms
    ("WARSAW (PAP) - Czeslaw Kiszczak met Lech Walesa on Wednesday.", "1988-08-31", "Czeslaw Kiszczak",
     "POLGOV"),
    ("HANOI (Xinhua) - Nguyen Manh Cam met the Thai ambassador on Monday.", "1995-05-01", "Nguyen Manh Cam",
     "VNMGOV"),
    ("LILONGWE (Reuters) - Police detained Chakufwa Chihana at the airport.", "1992-04-06",
     "Chakufwa Chihana", "MWIOPP"),
])
def test_era_office_holders(code: Any, text: str, date: str, mention: str, want: str) -> None:
    assert (actor_at(code(text, date=date), mention) or "")[:6] == want
