"""Whole wire stories of our own read as an analyst would, fourteenth set (thirty-third session,
wip/stories35): ERA copy of 1992-2004 on the subjects the earlier sets used least (the Estai, Gibraltar's
trawler and border checks, Iraq's expulsion of the American inspectors, the Israel-Hezbollah exchange, Abu
Musa, Algeria's closed border, Bakassi, Tanzania's closed border, Togo's disputed vote, Niger's coup, the
Cooch Behar zero line, Pakistan's freed fishermen, North Korea's exit from the IAEA, Japan's scrapped
fisheries pact, China's recalled envoy, the East Timor force, Myanmar's closed crossings, Nicaragua's
tariff, Peru's runoff, the FARC's freed soldiers, the Drozdy residences, the OSCE in Belgrade, UNPROFOR's
mandate, Russia's visas for Georgians). Every expectation of tests/events/stories35.py is asserted, and
what the coder still gets wrong is a strict xfail with its reason. Below them, the general classes the
stories showed and the branch fixed, each with sentences of our own the stories do not hold, and controls
that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories35")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off phrase (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_SAID = "an act another party is said to have done, told by the one who suffered it (A -> B 112)"
_REFUSAL = "a refusal told as a negated future ('would not ...') of a verb the lexicon does not hold"
_QUOTED = ("a set-off 'quoted by the official ... News Agency' read as a party (the agency is no party; "
           "a sources helper's subject)")

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'reuters_ottawa_estai:event:1': (
        "'Tobin said the trawler ... had been catching undersized turbot with illegal nets': a charge of "
        "wrongdoing told as a plain act (fishing) is no accusation to the coder; " + _SAID
    ),
    'reuters_ottawa_estai:event:3': (
        "'and Foreign Minister Javier Solana demanded the immediate release': Solana read as CANGOV (see "
        "party 1)"
    ),
    'reuters_ottawa_estai:event:4': (
        "'The European Union, which sets the catch quotas ..., said the seizure broke international law': a "
        "verdict by a verb of wrongdoing on an act noun (the seizure) finds no doer; " + _LONG
    ),
    'reuters_ottawa_estai:event:5': (
        "'and suspended the signing of a trade cooperation agreement with Canada': the EU's second verb "
        "after a long relative clause is lost; " + _LONG
    ),
    'reuters_ottawa_estai:clean:0': (
        "the trawler seized read as Canada's (CANCVL), and 'summoned the Canadian ambassador ... to protest' "
        "also read as CANGOV -> CANGOV 1053"
    ),
    'reuters_ottawa_estai:party:1': (
        "'Foreign Minister Javier Solana' after 'the Canadian ambassador' read as CANGOV: the tenure tables "
        "lack Solana as Spain's foreign minister of 1995; " + _ERA
    ),
    'efe_madrid_gibraltar:event:0': (
        "'Spain tightened checks at its border with Gibraltar': a border in a locative phrase is no party, "
        "but checks tightened at it are aimed across it; " + _TARGET
    ),
    'efe_madrid_gibraltar:event:1': (
        "'Gibraltar police boarded the trawler Pirana ... and detained its skipper': the skipper is Spanish "
        "only by the attribution ('the Spanish fishermen's association said'); " + _TARGET
    ),
    'efe_madrid_gibraltar:clean:0': "the skipper's detention read as GBR -> GBR 173 (see event 1)",
    'reuters_baghdad_unscom:event:1': (
        "'A Foreign Ministry spokesman said the Americans were spies': a copular charge by a noun of "
        "wrongdoing (spies, agents, mercenaries) the verdict classes lack"
    ),
    'reuters_baghdad_unscom:event:2': (
        "'Richard Butler, executive chairman of the U.N. Special Commission, pulled out all of his "
        "inspectors in response': no target for a withdrawal with no from-phrase; " + _TARGET
    ),
    'reuters_baghdad_unscom:event:4': (
        "'and that the United States did not rule out the use of force': a threat told by a negated 'rule "
        "out' in the second that-clause; " + _LONG
    ),
    'dpa_beirut_swap:event:1': (
        "'vowed to keep fighting until Israel released the remaining Lebanese detainees': a vow to fight on "
        "is read as no threat"
    ),
    'dpa_beirut_swap:clean:0': (
        "the headline's swap read as Hezbollah releasing 'German-brokered' people (DEUCRM, 0841)"
    ),
    'afp_algiers_border:event:4': (
        "'as Moroccan police rounded up those without residence papers': the rounded-up are the Algerians "
        "of the main clause; " + _TARGET
    ),
    'afp_algiers_border:clean:0': "the round-up read as MARCOP -> MAR 173 (see event 4)",
    'afp_yaounde_bakassi:event:3': (
        "'the military government of General Sani Abacha said the peninsula was Nigerian territory': a "
        "counter-claim and a charge against the gendarmes are read as no act"
    ),
    'afp_ngara_refugees:event:3': (
        "'Aid workers ... said Burundian troops fired in the air to drive the refugees back': shots in the "
        "air aimed at no one are read as no act"
    ),
    'reuters_lome_vote:event:1': (
        "'rejected the re-election of President Gnassingbe Eyadema and called a general strike': the "
        "second verb after a long object is lost; " + _LONG
    ),
    'reuters_lome_vote:event:3': (
        "'Olympio ... demanded that the results be annulled': a demand whose that-clause names a vote "
        "finds no target (Olympio unresolved, see party 1)"
    ),
    'afp_niamey_coup:event:2': (
        "'Both men were being held at a military camp, a junta spokesman said': a passive detention of "
        "'both men' (the two leaders of the sentence before); " + _TARGET
    ),
    'afp_niamey_coup:event:5': (
        "'The United States also suspended its aid, worth about $25 million a year': aid suspended with no "
        "recipient named; " + _TARGET
    ),
    'afp_niamey_coup:event:6': (
        "'and called for a swift return to constitutional rule': a call with no addressee; " + _TARGET
    ),
    'afp_niamey_coup:clean:0': (
        "France's suspended cooperation 'with Niamey' read as aimed at Niger's civilians (NERCVL) and the "
        "headline's aid suspension at the dissolved parliament (NERLEG)"
    ),
    'pti_delhi_zeroline:event:2': (
        "'and said not a single person would be allowed in': a refusal told by a negated passive 'allow' "
        "with no object; " + _REFUSAL
    ),
    'pti_delhi_zeroline:clean:0': (
        "Advani's plan to fence the border and deport the immigrants read as INDGOV -> INDCVL 137"
    ),
    'ap_lahore_fishermen:clean:0': (
        "'handed them over to Indian border officials' read as Pakistan sharing with India's government (063)"
    ),
    'yonhap_seoul_iaea:event:1': (
        "'A Foreign Ministry spokesman, quoted by ..., said the North would no longer allow the agency's "
        "inspectors to remain': aimed at the agency that quoted him; " + _QUOTED
    ),
    'yonhap_seoul_iaea:event:2': (
        "'warned that any sanctions would be regarded as a declaration of war': a conditional threat with no "
        "named target; " + _QUOTED
    ),
    'yonhap_seoul_iaea:clean:0': (
        "North Korea's exit read as a yielding to the IAEA (083), the spokesman's refusal and a threat aimed "
        "at KCNA (PRKGOVMED), and Seoul's regret aimed at the IAEA rather than Pyongyang"
    ),
    'kyodo_tokyo_fisheries:event:0': (
        "'Japan on Friday notified South Korea that it was scrapping the ... agreement': the act inside the "
        "that-clause of 'notified' is lost ('Japan scrapped its fisheries agreement with South Korea' is "
        "coded 161); " + _LONG
    ),
    'kyodo_tokyo_fisheries:event:1': (
        "'told a news conference that Japan remained ready to negotiate': readiness with no partner named "
        "(South Korea is the story's); " + _TARGET
    ),
    'kyodo_tokyo_fisheries:event:3': (
        "'and President-elect Kim Dae-jung called Tokyo's decision regrettable': the second clause of a "
        "sentence led by 'South Korea also said' is lost; " + _LONG
    ),
    'xinhua_beijing_recall:event:1': (
        "'Spokesman Shen Guofang said the visit, which Lee made to Cornell University last week, had "
        "seriously damaged Sino-U.S. relations': harm told of a visit whose doer sits in a set-off relative "
        "clause (and Shen is unresolved, see party 1)"
    ),
    'xinhua_beijing_recall:event:2': (
        "'put off a planned visit to the United States by ... Chi Haotian and suspended talks': aimed at the "
        "visitor (CHNGOVMIL), not the state visited; " + _TARGET
    ),
    'xinhua_beijing_recall:clean:0': "the visit and the talks put off aimed at Chi Haotian (see event 2)",
    'xinhua_beijing_recall:party:1': "'Spokesman Shen Guofang' unresolved: " + _ERA,
    'aap_newyork_timor:event:0': (
        "'The United Nations Security Council ... unanimously authorised a multinational force led by "
        "Australia to restore peace in East Timor': an authorisation of a force is no act to the lexicon"
    ),
    'aap_newyork_timor:event:1': (
        "'Australia would provide about 4,500 of the force's 8,000 troops': aimed at the U.S. military (the "
        "force read as America's); " + _TARGET
    ),
    'aap_newyork_timor:event:2': (
        "'B.J. Habibie, who agreed on Sunday to let the force in': the agreement in a relative clause is "
        "aimed at the force's own country, not the UN or Australia; " + _TARGET
    ),
    'aap_newyork_timor:clean:0': (
        "Australia's troops aimed at USAMIL (see event 1), and the invasion of 1975 coded (see none 0)"
    ),
    'aap_newyork_timor:none:0': (
        "'Indonesia invaded the former Portuguese colony in 1975 and annexed it the following year': "
        "history 24 years old, coded as an occupation of Portugal (192)"
    ),
    'reuters_bangkok_maesai:event:2': (
        "'would send Foreign Minister Surakiart Sathirathai to Yangon to ease tension': the place of a visit "
        "sent to is not taken as its host; " + _TARGET
    ),
    'reuters_bangkok_maesai:clean:0': (
        "the headline's 'accuses army' aimed at the Shan rebels (MMRREB), the rebels' attack read from "
        "the SPDC statement as done, and 'ease tension' read as THA -> THA 081"
    ),
    'afp_managua_tariff:event:2': (
        "'Honduras' Foreign Minister Roberto Flores Bermudez said the tariff violated ...': Flores Bermudez "
        "read as NICGOV (see party 1)"
    ),
    'afp_managua_tariff:event:3': (
        "'Nicaraguan navy patrol boats seized three Honduran fishing boats ..., the Honduran government "
        "said': a trailing attribution keeps the act, and the seizure is not coded either"
    ),
    'afp_managua_tariff:clean:0': (
        "Honduras' appeal to the region's bodies read as Nicaragua's to Central America (CAM)"
    ),
    'afp_managua_tariff:party:1': (
        "'Honduras' Foreign Minister Roberto Flores Bermudez' read as NICGOV after 'the foreign ministry' "
        "of Managua (alone the sentence gives HNDGOV); " + _ERA
    ),
    'ap_lima_runoff:event:1': (
        "'Toledo ... told thousands of supporters ... that the election was a fraud': a verdict told to an "
        "audience is kept a statement to it (speech.ADDRESSING)"
    ),
    'ap_lima_runoff:event:3': (
        "'rejected what he called foreign interference in Peru's affairs': a free relative names no party; "
        + _TARGET
    ),
    'ap_lima_runoff:clean:0': "Fujimori's rejection aimed at Peru itself (see event 3)",
    'efe_bogota_exchange:event:1': (
        "'the rebels would not release the remaining officers they held unless Congress passed a law': "
        "'the rebels' read as nobody's (---REB), not the FARC of the story"
    ),
    'efe_bogota_exchange:event:2': (
        "'Pastrana ... rejected the demand': a demand named by a bare noun finds no maker (the FARC two "
        "sentences before)"
    ),
    'efe_bogota_exchange:clean:0': (
        "the Red Cross flight read as a visit between the ICRC and the government (042/043), and the rebels "
        "read as ---REB (see event 1)"
    ),
    'interfax_minsk_drozdy:event:0': (
        "'The ambassadors of the European Union's member states left Belarus ... in protest': envoys "
        "leaving a country in protest are recalled (161), a reading the lexicon lacks"
    ),
    'interfax_minsk_drozdy:event:3': (
        "'Lukashenko told reporters that Belarus would not bow to pressure': pressure of no named party; "
        + _TARGET
    ),
    'interfax_minsk_drozdy:once:0': (
        "'telephoned his Belarussian counterpart ... and urged a quick settlement': the call's 040 and the "
        "appeal's 020 both kept, and the appeal twice"
    ),
    'reuters_belgrade_osce:event:3': (
        "'the United States would tighten the outer wall of sanctions on Yugoslavia if Milosevic ignored "
        "the report': aimed at Americans (USACVL) through 'the outer wall'; " + _TARGET
    ),
    'reuters_belgrade_osce:clean:0': "the conditional threat aimed at USACVL (see event 3)",
    'hina_zagreb_unprofor:event:1': (
        "'Tudjman said the force ... had failed to restore Zagreb's authority': a failure told of the U.N. "
        "force is aimed at Croatia's army (HRVMIL)"
    ),
    'hina_zagreb_unprofor:event:2': (
        "'Krajina Serb leaders warned that a withdrawal ... would mean war': the Krajina Serbs read as "
        "Serbia's government (SRBGOV); " + _ERA
    ),
    'hina_zagreb_unprofor:event:3': (
        "'their self-styled president, Milan Martic, put his forces on full alert': Martic read as HRVGOV "
        "(see party 2), and an alert is no mobilisation to the lexicon"
    ),
    'hina_zagreb_unprofor:event:4': (
        "'U.N. spokesman Michael Williams said ... the world body regretted the decision': regret of a "
        "decision named by a bare noun finds no doer"
    ),
    'hina_zagreb_unprofor:clean:0': (
        "Tudjman's charge aimed at his own army (see event 1), the Krajina threat from SRBGOV (see event 2)"
    ),
    'tass_moscow_visas:clean:0': "the background's remittances read as aid (071; see none 0)",
    'tass_moscow_visas:none:0': (
        "'Georgia's economy depends heavily on money sent home by its workers in Russia': background read as "
        "Russian labour's aid to Georgian labour (071)"
    ),
    'tass_moscow_visas:party:1': (
        "'Foreign Minister Irakli Menagarishvili' with a bare title under a Moscow dateline read as RUSGOV; "
        + _ERA
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "date", "source", "target", "roots"), [
    # a verdict on an election is a verdict on the government of the state that held it (judged_votes)
    ("HARARE, March 14 (Reuters) - Zimbabwe's opposition said on Thursday that the presidential election was "
     "a sham.", "2002-03-14", "ZWEOPP", "ZWEGOV", ("11",)),
    ("WASHINGTON (AP) -- The State Department said Tuesday the results of the elections in Haiti were "
     "fraudulent.", "2000-05-30", "USAGOV", "HTIGOV", ("11",)),
    ("LIMA, Peru (AP) -- The State Department said the election had been rigged.", "2000-06-01", "USAGOV",
     "PERGOV", ("11",)),
    ("BAKU, Oct 16 (Reuters) - The European Union said the poll was not credible.", "2003-10-16", "IGO",
     "AZEGOV", ("11",)),
])
def test_a_verdict_on_an_election_is_aimed_at_its_state(code: Any, text: str, date: str, source: str,
                                                        target: str, roots: tuple[str, ...]) -> None:
    art = code(text, date=date)
    assert _has(art, source, target, roots), story_triples(art)


@pytest.mark.parametrize(("text", "date"), [
    # controls: praise of a vote judges nothing, and a verdict on another thing is not an election's
    ("HARARE, March 11 (Reuters) - Observers said the vote was peaceful.", "2002-03-11"),
    ("LIMA, Peru (AP) -- The State Department said the suspects had been arrested.", "2000-06-01"),
])
def test_other_verdicts_are_not_an_elections(code: Any, text: str, date: str) -> None:
    art = code(text, date=date)
    assert not any(t.endswith("GOV") and c[:2] == "11" for _, t, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # a passive recall is the envoy's own state's, aimed at his post or the dateline's state (recalled_envoys)
    ("MINSK, June 23 (Interfax) - The German ambassador was recalled on Tuesday.", "1998-06-23", "DEUGOV",
     "BLR"),
    ("BONN, June 23 (Reuters) - The German ambassador to Belarus was recalled on Tuesday.", "1998-06-23",
     "DEUGOV", "BLR"),
    ("BEIJING, June 17 (Xinhua) -- China recalls ambassador to U.S.", "1995-06-17", "CHN", "USA"),
])
def test_a_recalled_envoy_is_his_states_act_on_his_post(code: Any, text: str, date: str, source: str,
                                                        target: str) -> None:
    art = code(text, date=date)
    assert _has(art, source, target, ("16",)), story_triples(art)


def test_an_envoy_recalled_at_home_names_no_post(code: Any) -> None:
    # control: under his own capital's dateline, with no post named, nobody is guessed
    art = code("BONN, June 23 (Reuters) - The German ambassador was recalled on Tuesday.", date="1998-06-23")
    assert not any(c[:2] == "16" for _, _, c in story_triples(art)), story_triples(art)


def test_a_foreign_office_protest_is_a_complaint(code: Any) -> None:
    art = code("LONDON, Feb 2 (Reuters) - The Foreign Office summoned the Spanish ambassador on Tuesday and "
               "protested against the border delays.", date="1999-02-02")
    assert _has(art, "GBRGOV", "ESP", ("11",)), story_triples(art)
    assert not any(c[:2] == "14" for _, _, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize(("text", "date", "source", "target", "roots"), [
    # a host state that will not extend the peacekeepers' mandate refuses them; one that agrees lets them stay
    ("ZAGREB, Jan 13 (Hina) - Croatia said it would not renew the mandate of the U.N. peacekeepers.",
     "1995-01-13", "HRV", "IGO", ("12",)),
    ("SKOPJE, Feb 25 (MIA) - Macedonia said it would not extend the mandate of the U.N. preventive force.",
     "1999-02-25", "MKD", "IGO", ("12",)),
])
def test_a_mandate_not_extended_is_refused(code: Any, text: str, date: str, source: str, target: str,
                                          roots: tuple[str, ...]) -> None:
    art = code(text, date=date)
    assert _has(art, source, target, roots), story_triples(art)


def test_the_councils_renewal_lets_nobody_in(code: Any) -> None:
    # control: the Security Council renewing a mandate is no host's leave (086)
    art = code("UNITED NATIONS (Reuters) - The Security Council extended the mandate of the U.N. force in "
               "Cyprus for six months.", date="1996-06-20")
    assert not any(c[:2] in ("08", "12") for _, _, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # visas required of another state's citizens are an administrative sanction on it (172)
    ("MADRID, May 4 (EFE) - Spain imposed visas on Moroccans on Tuesday.", "1991-05-04", "ESP", "MAR"),
    ("MOSCOW, Dec 6 (Itar-Tass) -- Russia introduced a visa regime for Georgians on Wednesday.",
     "2000-12-06", "RUS", "GEO"),
    ("RABAT, Aug 26 (AFP) - Morocco imposed visa requirements on Algerian nationals.", "1994-08-26", "MAR",
     "DZA"),
])
def test_visas_imposed_are_a_sanction(code: Any, text: str, date: str, source: str, target: str) -> None:
    art = code(text, date=date)
    assert _has(art, source, target, ("17",)), story_triples(art)
