"""Whole wire stories of our own read as an analyst would, twentieth set (thirty-ninth session,
wip/stories41): ERA copy of 1985-2001 on the subjects the earlier sets used least (Ter-Petrosian's
disputed re-election, Biya's emergency in the North-West, the 1988 fraud charges in Mexico, Bhutto's
rigging charges, the Arakan exodus, Sudan's ban on relief flights, the aid agencies leaving Kabul, the
Bihac convoys, the Caldas corvette, the Agacher war, Horan's recall over the CSS-2 missiles, the U.N. arms
embargo on Yugoslavia of 1998, the 1996 intellectual-property row, the hormone-beef tariffs, Montesinos
handed over, Honecker flown to Berlin, Kazhegeldin detained in Rome, Ukraine's START-1 vote, the ABM
withdrawal, China's UNPREDEP veto, Kuwait Airways 422 at Larnaca, Ouko's killing, the Jakarta amnesty and
the Jibril exchange). Every expectation of tests/events/stories41.py is asserted, and what the coder still
gets wrong is a strict xfail with its reason. Below them, the general classes the stories showed and the
branch fixed, each with sentences of our own the stories do not hold, and controls that must keep their
reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories41")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NOROW = "a verb or noun no lexicon row codes"
_NOPARTY = "a noun that names no party of the story's own words (docs/events.md, stories41's decision)"
_FAR = "the act named again was told too far back, or only by a noun, for the act memory"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'ap_yerevan_disputed_vote:event:0': (
        "'..., a day after thousands of opposition supporters stormed the building': the storming in an "
        "after-clause read as the troops' (ARMMIL -> ARMLEG 144)" + "; " + _LONG
    ),
    'ap_yerevan_disputed_vote:event:3': (
        "'said the opposition had tried to seize power by force': an attempt told in a said clause read as "
        "the opposition's own act (ARMOPP -> ARM 173)"
    ),
    'ap_yerevan_disputed_vote:event:4': (
        "'and ordered the arrest of opposition leaders': the second verb after a said clause" + "; " + _LONG
    ),
    'ap_yerevan_disputed_vote:event:5': (
        "'The Interior Ministry said the protesters had beaten the speaker of parliament': 'the protesters' "
        'name no party here (the opposition of the lead)' + "; " + _NOPARTY
    ),
    'ap_yerevan_disputed_vote:event:6': (
        "'Observers from the OSCE said they had found serious irregularities in the count': a finding of "
        'wrongdoing by a verb the wrongdoing rows lack' + "; " + _NOROW
    ),
    'ap_yerevan_disputed_vote:clean:0': (
        "the storming read as the troops' (event 0) and the attempted seizure as the opposition's act "
        '(event 3)'
    ),
    'reuters_yaounde_disputed_vote:event:0': (
        "'declared a state of emergency in the English-speaking North-West Province': aimed at South Africa "
        "(the province read as ZAF's)" + "; " + _TARGET
    ),
    'reuters_yaounde_disputed_vote:event:4': (
        "'said the election had been marred by serious irregularities': a passive verdict on a vote with no "
        'party' + "; " + _NOROW
    ),
    'reuters_yaounde_disputed_vote:clean:0': (
        'the emergency aimed at ZAF (event 0) and the appeal to its own supporters aimed at the government'
    ),
    'afp_mexico_city_fraud_charges:event:2': (
        '\'presented a joint statement ... calling the vote count "a violation of the will of the people"\': '
        'a verdict in a participle after a noun' + "; " + _LONG
    ),
    'afp_mexico_city_fraud_charges:event:3': (
        "'Interior Minister Manuel Bartlett, who heads the commission, rejected the fraud charges': the "
        "charge's makers are three sentences back" + "; " + _FAR
    ),
    'afp_mexico_city_fraud_charges:event:4': (
        "'his party would stage a campaign of civil disobedience if ...': a conditional protest with no "
        'row; ' + _NOROW
    ),
    'reuters_islamabad_rigging_charges:event:2': (
        "'She said her alliance would boycott Saturday's provincial assembly elections unless ...': a "
        'boycott threatened with no party' + "; " + _TARGET
    ),
    'reuters_islamabad_rigging_charges:event:6': (
        "'and offered to cooperate with the opposition in parliament': the second verb, aimed at 'the "
        "opposition' with no country" + "; " + _LONG
    ),
    'reuters_dhaka_arakan_refugees:event:4': (
        "'denied that the army had crossed the border': the denial aimed at BGDMIL (the border's guards), "
        'not Bangladesh' + "; " + _TARGET
    ),
    'reuters_dhaka_arakan_refugees:clean:0': (
        "the denial aimed at BGDMIL and the verdict on 'the people entering Bangladesh' aimed at BGDCVL"
    ),
    'reuters_nairobi_relief_flights:event:0': (
        "'has barred U.N. relief flights to the southern region': a ban on flights has no row" + "; " + _NOROW
    ),
    'reuters_nairobi_relief_flights:event:2': (
        "'said the flights had been used to supply the rebels with arms': a passive charge whose doers are "
        "the flights' operators" + "; " + _TARGET
    ),
    'reuters_nairobi_relief_flights:clean:0': (
        "the SPLA's attack on Wau aimed at SDNMIL in the refusal's paragraph, and the SPLA's appeal to the "
        'world aimed at Khartoum'
    ),
    'ap_islamabad_kabul_aid_agencies:event:0': (
        "'ordered them to move into a derelict college building or leave the country': 'them' (the aid "
        'agencies) name no party' + "; " + _NOPARTY
    ),
    'ap_islamabad_kabul_aid_agencies:event:1': (
        "'The Taliban closed the offices of at least 30 agencies': the agencies name no party; " + _NOPARTY
    ),
    'ap_islamabad_kabul_aid_agencies:event:2': (
        "'accused them of spreading immorality among Afghan women': "
        'read as aimed at the women (AFGCVL); ' + _NOPARTY
    ),
    'ap_islamabad_kabul_aid_agencies:event:4': (
        "'called the Taliban's decision unacceptable': the EU read as no party in the conjunct" + "; " + _LONG
    ),
    'ap_islamabad_kabul_aid_agencies:clean:0': (
        "the agencies' pullout read as a yielding to AFGGOV (087) and the charge aimed at Afghan women"
    ),
    'reuters_zagreb_bihac_convoys:event:0': (
        "'Bosnian Serb forces turned back two U.N. aid convoys': turning back a convoy has no row; " + _NOROW
    ),
    'reuters_zagreb_bihac_convoys:event:1': (
        "'and Croatian Serb gunners shelled the town': "
        'the town (Bihac) names no party of the tables; ' + _TARGET
    ),
    'reuters_zagreb_bihac_convoys:event:3': (
        "'said the convoys would be allowed through only if the U.N. guaranteed ...': a conditional passive "
        'consent' + "; " + _NOROW
    ),
    'reuters_caracas_corvette:event:1': (
        "'and sent warplanes and gunboats to the area': a show of force aimed at an area" + "; " + _TARGET
    ),
    'reuters_caracas_corvette:event:2': (
        '\'had entered Venezuelan waters on Sunday in a "deliberate provocation"\': a verdict in a '
        'prepositional phrase' + "; " + _NOROW
    ),
    'reuters_caracas_corvette:event:3': (
        "'and that Venezuela would not negotiate while the ship remained there': a refusal with no party "
        'named' + "; " + _TARGET
    ),
    'reuters_caracas_corvette:event:4': (
        "'In Bogota, Colombian Foreign Minister Julio Londono Paredes rejected the charge': the charge's "
        'maker is a sentence back' + "; " + _FAR
    ),
    'reuters_caracas_corvette:event:5': (
        "'..., saying ..., and proposed that the two governments submit the dispute': the conjunct after a "
        'participle clause' + "; " + _LONG
    ),
    'reuters_caracas_corvette:event:6': (
        "'told reporters Venezuela would not rule out the use of force to defend its sovereignty': force "
        'not ruled out (now 138) aimed at nobody the sentence names' + "; " + _TARGET
    ),
    'reuters_caracas_corvette:clean:0': (
        "Lusinchi's meeting with his high command read as the army's, and Alfonsin's calls read among "
        'Venezuelans'
    ),
    'afp_ouagadougou_agacher_war:event:1': (
        "'and Burkinabe troops counter-attacked in the Agacher strip': "
        'a fight with no party named; ' + _TARGET
    ),
    'afp_ouagadougou_agacher_war:event:5': (
        "'Houphouet-Boigny, chairman of ANAD, called for an immediate ceasefire and sent envoys to Bamako "
        "and Ouagadougou': an appeal aimed at the sides named only by their capitals" + "; " + _TARGET
    ),
    'afp_ouagadougou_agacher_war:event:6': (
        "'Nigeria and Libya also offered to mediate': aimed at nobody the sentence names" + "; " + _TARGET
    ),
    'afp_ouagadougou_agacher_war:event:7': (
        "'the OAU appealed to both countries to withdraw': 'both countries' names no party (read as aimed "
        'at Nigeria and Libya)' + "; " + _NOPARTY
    ),
    'afp_ouagadougou_agacher_war:clean:0': (
        "the headline's war read as a threat, and the OAU's appeal aimed at Nigeria and Libya"
    ),
    'upi_washington_saudi_missiles:event:0': (
        "'it was replacing its ambassador to Saudi Arabia, Hume Horan, after ...': a replacement has no "
        'row; ' + _NOROW
    ),
    'upi_washington_saudi_missiles:event:2': (
        "'still regarded the sale of the CSS-2 missiles as a threat to stability': a verdict by 'regarded "
        "... as' on an unowned sale" + "; " + _LONG
    ),
    'upi_washington_saudi_missiles:event:3': (
        "'the kingdom would not accept lectures on its defense needs': "
        'a refusal with no party named; ' + _TARGET
    ),
    'upi_washington_saudi_missiles:event:4': (
        "'Israeli officials have refused to rule out a strike on the missile sites': force not ruled out "
        '(now 138) aimed at sites that name no party' + "; " + _TARGET
    ),
    'ap_un_kosovo_arms_embargo:event:1': (
        "'The resolution ... also urged Belgrade to open talks': a resolution as the appealing party; " + _ERA
    ),
    'ap_un_kosovo_arms_embargo:event:2': (
        "'and warned of further measures if it failed to make progress': the resolution as a party; " + _ERA
    ),
    'ap_un_kosovo_arms_embargo:event:4': (
        "'said the council had interfered ... and that Belgrade would reject the resolution': the envoy "
        "read as SRBGOV and the council's act as Yugoslavia's (SRBGOV -> YUG 120)" + "; " + _TARGET
    ),
    'ap_un_kosovo_arms_embargo:event:5': (
        "'Albright welcomed the vote': the council's vote is three sentences back" + "; " + _FAR
    ),
    'xinhua_beijing_ipr_countermeasures:event:0': (
        "'announced a list of countermeasures against U.S. products': countermeasures announced have no "
        'row; ' + _NOROW
    ),
    'xinhua_beijing_ipr_countermeasures:event:3': (
        "'told visiting U.S. businessmen that China was willing to resolve the dispute': the readiness "
        'aimed at the businessmen' + "; " + _TARGET
    ),
    'xinhua_beijing_ipr_countermeasures:event:4': (
        "'but would never yield to pressure': a refusal with no party named" + "; " + _TARGET
    ),
    'xinhua_beijing_ipr_countermeasures:event:5': (
        "'said the sanctions would take effect on June 17 unless Beijing shut down the remaining "
        "factories': an ultimatum by a verb of no row" + "; " + _NOROW
    ),
    'xinhua_beijing_ipr_countermeasures:clean:0': (
        "the vice premier's audience read as the businessmen's visit to him (USABUS -> CHNGOV 042)"
    ),
    'reuters_brussels_hormone_beef:event:1': (
        "'would retaliate against 100 percent U.S. tariffs ..., which took effect on Sunday': tariffs told "
        'as a noun in the object' + "; " + _NOROW
    ),
    'reuters_brussels_hormone_beef:event:3': (
        "'He said the Community was ready to resume talks with Washington': the EC (a Community) read as no "
        'party in the said clause' + "; " + _ERA
    ),
    'reuters_brussels_hormone_beef:event:4': (
        "'but would not lift its ban': the same" + "; " + _ERA
    ),
    'reuters_brussels_hormone_beef:event:6': (
        "'Kiechle appealed to both sides to avoid a trade war': 'both sides' names no party" + "; " + _NOPARTY
    ),
    'reuters_caracas_montesinos:event:1': (
        "'two days after he was arrested in Caracas': a passive arrest in an after-clause" + "; " + _LONG
    ),
    'reuters_caracas_montesinos:event:2': (
        "'rejected suggestions that his government had protected him': aimed at Montesinos (PERELI), not "
        'those who suggested it' + "; " + _TARGET
    ),
    'reuters_caracas_montesinos:clean:0': (
        'the rejection aimed at Montesinos (event 2)'
    ),
    'tass_moscow_honecker:event:0': (
        "'was flown to Berlin, where German prosecutors arrested him': an arrest in a where-clause; " + _LONG
    ),
    'tass_moscow_honecker:event:1': (
        "'said Honecker had been handed over to the German authorities': a passive handover" + "; " + _TARGET
    ),
    'tass_moscow_honecker:event:2': (
        "'had told Moscow earlier this month that Chile would not grant him asylum': a refusal of asylum "
        'has no row' + "; " + _NOROW
    ),
    'ansa_rome_kazhegeldin:event:1': (
        "'on an international warrant issued at the request of Kazakhstan, which accuses him of ...': a "
        "charge in a relative clause of a phrase's object" + "; " + _LONG
    ),
    'ansa_rome_kazhegeldin:event:3': (
        "'denied the charges and said the case was political revenge': Kazhegeldin read as KAZGOV (party "
        '0); ' + _ERA
    ),
    'ansa_rome_kazhegeldin:event:4': (
        "'His Republican People's Party ... accused the authorities of persecuting the opposition': the "
        'party read as KAZCVL and the charge aimed at Italy' + "; " + _ERA
    ),
    'ansa_rome_kazhegeldin:clean:0': (
        "the detention aimed at KAZGOV (party 0), the party's appeal and charge read as KAZCVL's to "
        "'Western governments' and Italy"
    ),
    'reuters_kiev_start_ratification:event:0': (
        "'Ukraine's parliament ratified the START-1 nuclear arms reduction treaty': a treaty ratified with "
        'no other party named' + "; " + _TARGET
    ),
    'reuters_kiev_start_ratification:event:3': (
        "'said Washington was disappointed': disappointment with no object" + "; " + _TARGET
    ),
    'reuters_kiev_start_ratification:event:6': (
        "'and warned that Russia would not ratify START-2 until Ukraine gave up the arsenal': aimed at "
        'Russia itself' + "; " + _TARGET
    ),
    'reuters_kiev_start_ratification:clean:0': (
        "the rejected Lisbon protocol aimed at Portugal (its place name) and Russia's warning at Russia"
    ),
    'afp_moscow_abm_withdrawal:event:1': (
        "'and proposed that the two countries put their new limits on paper': the conjunct of a said "
        "clause, 'the two countries' naming no party" + "; " + _NOPARTY
    ),
    'afp_moscow_abm_withdrawal:event:2': (
        "'Bush formally notified Russia ... that Washington would pull out of the treaty': a notified "
        'withdrawal' + "; " + _NOROW
    ),
    'afp_moscow_abm_withdrawal:event:3': (
        "'China expressed concern over the decision': the decision (the lead's, event 2 missed) is too far "
        'back for the act memory' + "; " + _FAR
    ),
    'afp_moscow_abm_withdrawal:event:4': (
        "'Foreign Ministry spokeswoman Zhang Qiyue urged Washington': Zhang read as RUSGOVMED" + "; " + _ERA
    ),
    'afp_moscow_abm_withdrawal:party:2': (
        "'Zhang Qiyue' read as RUSGOVMED under the Moscow dateline" + "; " + _ERA
    ),
    'afp_moscow_abm_withdrawal:clean:0': (
        "the lead's withdrawal aimed at Russia (USA -> RUS 160) and Zhang read as RUSGOVMED"
    ),
    'reuters_un_macedonia_veto:clean:0': (
        "'Qin Huasun denied that Taiwan had influenced the decision': the denial aimed at Taiwan, not the "
        'Western diplomats'
    ),
    'ap_larnaca_kuwait_airways_hijack:event:0': (
        "'Hijackers holding a Kuwait Airways jumbo jet at Larnaca airport shot dead ...': the hijackers "
        'read as Cyprus (the place they hold)' + "; " + _NOPARTY
    ),
    'ap_larnaca_kuwait_airways_hijack:event:2': (
        "'Kuwait's Cabinet said ... it would not bow to blackmail': a refusal with no party named; " + _TARGET
    ),
    'ap_larnaca_kuwait_airways_hijack:event:5': (
        "'and appealed to them to free the women and children on board': the same" + "; " + _NOPARTY
    ),
    'ap_larnaca_kuwait_airways_hijack:event:6': (
        "'The hijackers demanded fuel': "
        "'the hijackers' name no party, and the addressee is the story's; " + _NOPARTY
    ),
    'ap_larnaca_kuwait_airways_hijack:clean:0': (
        'the hijackers read as Cyprus (events 0-1) and the negotiation aimed at Cypriot civilians'
    ),
    'reuters_nairobi_ouko_killing:event:2': (
        "'hundreds of students ... who stoned cars and demanded to know who had killed the minister': acts "
        'in a relative clause of their doers' + "; " + _LONG
    ),
    'reuters_nairobi_ouko_killing:event:3': (
        "'The Law Society of Kenya called for an independent judicial inquiry': the society is no party of "
        'the tables' + "; " + _ERA
    ),
    'reuters_nairobi_ouko_killing:event:4': (
        "'and accused the police of bungling the search': "
        'the society read as KEN (KEN -> KENCOP 112); ' + _ERA
    ),
    'reuters_nairobi_ouko_killing:event:5': (
        "'Sir John Johnson said London had agreed to send a team of detectives': sending detectives has no "
        'row' + "; " + _NOROW
    ),
    'reuters_nairobi_ouko_killing:party:2': (
        "'Sir John Johnson' unresolved (a High Commissioner of 1990 the tables lack)" + "; " + _ERA
    ),
    'reuters_nairobi_ouko_killing:clean:0': (
        "the Law Society's charge read as KEN's (event 4)"
    ),
    'afp_jakarta_dissidents_freed:event:0': (
        "'freed two of the country's best known political prisoners, labour leader Muchtar Pakpahan ...': "
        'the prisoners read as IDNCRM' + "; " + _ERA
    ),
    'afp_jakarta_dissidents_freed:event:1': (
        "'but that East Timorese rebel leader Xanana Gusmao would not be released': a passive refusal in a "
        'said clause' + "; " + _TARGET
    ),
    'afp_jakarta_dissidents_freed:clean:0': (
        'the political prisoners read as IDNCRM (event 0)'
    ),
    'reuters_tel_aviv_prisoner_swap:event:0': (
        "'Israel freed 1,150 Arab prisoners ... in exchange for three Israeli soldiers': the Arab prisoners "
        "name no party, and the exchange's soldiers were taken as the freed (ISR -> ISRMIL 0841); " + _NOPARTY
    ),
    'reuters_tel_aviv_prisoner_swap:event:1': (
        "'The three soldiers ... were handed over to the International Committee of the Red Cross': a "
        'passive handover by the captors of the sentence before' + "; " + _TARGET
    ),
    'reuters_tel_aviv_prisoner_swap:event:2': (
        "'Right-wing politicians accused the government of surrendering to terrorism': 'right-wing "
        "politicians' name no party" + "; " + _NOPARTY
    ),
    'reuters_tel_aviv_prisoner_swap:clean:0': (
        "the headline's release read as of the Israeli soldiers (ISR -> ISRMIL 0841)"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # force a party would not rule out (or refused to) is a threat of force, 138, aimed at the party the
    # force would be aimed at
    ("ATHENS (Reuters) - Prime Minister Andreas Papandreou said Greece did not rule out military action "
     "against Turkey if Turkish survey ships entered Greek waters.", "1987-03-27", "GRC", "TUR"),
    ("WASHINGTON (AP) - President Clinton said on Tuesday he would not rule out the use of force against "
     "Serbia.", "1998-06-09", "USA", "SRB"),
    ("NEW DELHI (Reuters) - India refused to rule out air strikes against Pakistan.", "1999-05-28", "IND",
     "PAK"),
    ("MANILA (AP) - The Philippine government declined to rule out a military response to the seizure of "
     "the reef by Chinese forces.", "1995-02-16", "PHL", "CHN"),
])
def test_force_not_ruled_out_is_a_threat(code: Any, text: str, date: str, source: str, target: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, "138"), got
    assert not any(c[:2] == "12" for _, _, c in got), got


@pytest.mark.parametrize(("text", "date"), [
    # controls: what is not force, not ruled out, keeps no threat
    ("MOSCOW (Reuters) - Defence Minister Igor Sergeyev said Russia would not rule out changes to its "
     "nuclear doctrine.", "1999-10-05"),
    ("SEOUL (Yonhap) - South Korea did not rule out talks with North Korea next month.", "1994-05-02"),
])
def test_other_things_not_ruled_out_are_no_threat(code: Any, text: str, date: str) -> None:
    got = story_triples(code(text, date=date))
    assert not any(c[:2] == "13" for _, _, c in got), got


@pytest.mark.xfail(strict=True, reason=(
    "the rule drops the if-clause's court, but the dyad completion puts it back when no other party is "
    "told (NGA -> IGOUNOJUDICJ 138); with another party in the sentence or the story before, that party is "
    "taken (stories41b's Windhoek)"))
def test_force_not_ruled_out_is_not_aimed_at_its_condition(code: Any) -> None:
    # control: the party of an if-clause is the condition, not the one threatened
    got = story_triples(code("THE HAGUE (Reuters) - Nigeria would not rule out the use of force if the World "
                             "Court's ruling was ignored.", date="1998-06-11"))
    assert not any(t.startswith("IGO") and c.startswith("13") for _, t, c in got), got


def test_force_ruled_out_stays_a_refusal(code: Any) -> None:
    # control: force ruled out (not denied) keeps the refusal frame's reading
    got = story_triples(code("ANKARA (Reuters) - Turkey ruled out military action against Greece over the "
                             "islet.", date="1996-01-30"))
    assert not any(c[:2] == "13" for _, _, c in got), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # concern voiced over an act named again by a definite noun alone is aimed at the act's doers (111)
    ("BEIJING (Reuters) - Vietnam expelled three Chinese journalists on Friday. China expressed concern "
     "over the expulsions.", "1992-07-10", "CHN", "VNM"),
    ("TOKYO (Kyodo) - Pakistan tested a medium-range missile on Sunday. Japan expressed serious concern at "
     "the test.", "1998-04-06", "JPN", "PAK"),
    ("BONN (Reuters) - Turkish troops crossed into northern Iraq on Monday. Germany voiced concern over the "
     "incursion.", "1995-03-21", "DEU", "TUR"),
])
def test_concern_over_an_act_named_again(code: Any, text: str, date: str, source: str, target: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, "11"), got


@pytest.mark.parametrize(("text", "date"), [
    # controls: concern over a state of affairs, or over an act nobody was told to have done, codes nothing
    ("TOKYO (Kyodo) - Japan expressed concern over the situation in Cambodia.", "1997-07-08"),
    ("TOKYO (Kyodo) - Japan expressed concern over the decision.", "1997-07-08"),
])
def test_concern_with_no_act_told_codes_nothing(code: Any, text: str, date: str) -> None:
    got = story_triples(code(text, date=date))
    assert not any(c[:2] == "11" for _, _, c in got), got


@pytest.mark.parametrize(("text", "date", "source", "target", "root"), [
    # a verdict of timing or harm done ("premature", "a blow to", "a setback for") is disapproval, 111
    ("LONDON (Reuters) - The Foreign Office called Washington's decision premature.", "1991-07-11", "GBR",
     "USA", "11"),
    ("ANKARA (AP) - The opposition leader said the court's ruling was a setback for democracy.",
     "1998-01-17", "TUR", "TURJUD", "11"),
    ("PARIS (Reuters) - The Russian army shelled Grozny on Monday. France called the assault a blow to "
     "peace in the Caucasus.", "1995-01-09", "FRA", "RUS", "11"),
])
def test_verdicts_of_timing_and_harm(code: Any, text: str, date: str, source: str, target: str,
                                    root: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, root), got


def test_a_blow_to_no_party_is_no_verdict(code: Any) -> None:
    # control: a blow to a team after a defeat names no act of a party
    got = story_triples(code("PARIS (Reuters) - The coach said the defeat was a blow to the team.",
                             date="1998-07-01"))
    assert not any(c[:2] == "11" for _, _, c in got), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # "the veto", "the boycott" name the veto cast or the vote boycotted just before
    ("UNITED NATIONS (Reuters) - The United States vetoed a resolution on Jerusalem on Friday. Egypt called "
     "the veto regrettable.", "1997-03-07", "EGY", "USA"),
    ("DHAKA (Reuters) - The opposition Awami League boycotted the election on Thursday. Prime Minister "
     "Khaleda Zia called the boycott a violation of the constitution.", "1996-02-16", "BGD", "BGDOPP"),
])
def test_a_veto_or_boycott_named_again_is_judged(code: Any, text: str, date: str, source: str,
                                                 target: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, "11"), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # regret, dissatisfaction or displeasure voiced over another party's act is disapproval (111), not an
    # apology; the act may be named by its noun with an owner or named again
    ("CAIRO (AP) - Egypt expressed deep regret over the U.S. veto of the resolution.", "1995-05-17", "EGY",
     "USA"),
    ("BEIJING (Reuters) - Indonesia expelled two Chinese journalists on Monday. China voiced strong "
     "displeasure over the expulsions.", "1994-08-02", "CHN", "IDN"),
    # (main already reads this one: dissatisfaction "with" an arrest told just before)
    ("MOSCOW (Reuters) - Latvia arrested a Russian army officer on Tuesday. Russia expressed dissatisfaction "
     "with the arrest.", "1994-11-15", "RUS", "LVA"),
])
def test_regret_and_displeasure_over_an_act(code: Any, text: str, date: str, source: str,
                                            target: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, "111"), got
    assert not any(c.startswith("055") for _, _, c in got), got


def test_dissatisfaction_with_a_state_of_affairs_codes_nothing(code: Any) -> None:
    # control: dissatisfaction with an outcome nobody is told to have done codes nothing
    got = story_triples(code("BEIJING (AP) - China expressed dissatisfaction with the outcome of the talks.",
                             date="2000-07-12"))
    assert not any(c[:2] == "11" for _, _, c in got), got

