"""Whole wire stories of our own read as an analyst would, seventeenth set (thirty-sixth session,
wip/stories38): ERA copy of 1989-2005 on the subjects the earlier sets used least (the Tigers' gunboats
and the end of the 1995 truce, UNOSOM's last day, Yeltsin's Tokyo visit, the Duma's START-2 vote, the IMF's
Kenya loan, the Tokyo donors for Afghanistan, Pakistan's tests, China's missiles off Taiwan, the AMIA
bombing, the Hanssen expulsions, the Mykonos verdict, Seoul's general strike, Nigeria's oil strike,
Dhaka's boycotted poll, Togo's boycott, Cuba's doctors for Katrina, Bam's quake aid, Arafat besieged, the
Indian blockade of Nepal, INTERFET in Dili, Belgium's pullout from UNAMIR, the Karabakh ceasefire,
Salinas's Chiapas truce, the Docklands bomb). Every expectation of tests/events/stories38.py is asserted,
and what the coder still gets wrong is a strict xfail with its reason. Below them, the general classes the
stories showed and the branch fixed, each with sentences of our own the stories do not hold, and controls
that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories38")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NAMED = "an act named by a bare noun whose doer the story told before"
_REFUSAL = "a refusal told by 'would not' or 'there would be no' with a verb or noun the lexicon lacks"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'ap_mogadishu_unosom:event:2': "'and the Americans returned fire': the second clause's act; " + _LONG,
    'ap_mogadishu_unosom:event:4': "'His rival, Ali Mahdi Mohamed, rejected the offer': unresolved; "
                                   + _ERA,
    'kyodo_tokyo_yeltsin:event:5': (
        "'Nationalist groups in Tokyo protested against the visit': the visit of the lead, named by a noun "
        "four sentences on; " + _NAMED
    ),
    'tass_moscow_start2:event:1': (
        "'Putin ... welcomed the decision' of the Duma: one arm of a state judging another's is no side's "
        "judgement by design (gaps29's control)"
    ),
    'afp_tokyo_afghan_donors:event:0': (
        "'Japan promised up to 500 million dollars over two and a half years': money promised with no "
        "recipient in the sentence (the lead's Afghanistan); " + _TARGET
    ),
    'afp_tokyo_afghan_donors:event:1': "'the United States pledged 296 million dollars': " + _TARGET,
    'afp_tokyo_afghan_donors:event:3': (
        "'Koizumi, who told him Tokyo would help disarm the country's militias': an intent in a relative "
        "clause; " + _LONG
    ),
    'reuters_islamabad_tests:event:0': (
        "'Pakistan said it carried out five nuclear tests ..., answering India's tests': the tests coded PAK "
        "-> PAK 150, India only in the participle; " + _TARGET
    ),
    'reuters_islamabad_tests:event:5': (
        "'said the explosions confirmed New Delhi's fears and that it remained ready to discuss a pact': the "
        "second that-clause; " + _LONG
    ),
    'reuters_islamabad_tests:clean:0': "the tests aimed at Pakistan itself (see event 0)",
    'efe_buenos_aires_amia:event:0': (
        "'Rabin condemned the bombing and said Israel would send a team of rescue experts': the second "
        "verb's aid with no named recipient; " + _LONG
    ),
    'efe_buenos_aires_amia:event:1': (
        "'Iran's embassy ... issued a statement denying any involvement in the blast': a denial told as a "
        "participle on 'statement', of a blast no one is named to have set off"
    ),
    'efe_buenos_aires_amia:event:2': (
        "'Thousands of people gathered ... to demand that the killers be found': a gathering to demand with "
        "no named addressee; " + _TARGET
    ),
    'efe_buenos_aires_amia:clean:0': (
        "'A car bomb destroyed the seven-storey building ...' read as Argentina's own destruction of goods "
        "(ARG -> ARGCVL 1712, the dateline as the doer of a bomb with none)"
    ),
    'reuters_washington_expulsions:event:2': (
        "'Ivanov called the expulsions a relapse into the Cold War': a verdict by a predicate noun the "
        "lexicon lacks (this branch stops the noun being coded as Russia's own expulsion)"
    ),
    'reuters_washington_expulsions:event:3': (
        "'and said Russia would respond in kind': an answer in kind to the act of an earlier sentence "
        "(echoed_acts reads the sentence's own acts only)"
    ),
    'dpa_bonn_mykonos:event:3': (
        "'Iran rejected the verdict as politically motivated': the court's ruling, in the lead's "
        "after-clause, was not coded, so no ruling is remembered; " + _NAMED
    ),
    'dpa_bonn_mykonos:clean:0': (
        "'Kinkel said ... the European Union's other members had agreed to withdraw their ambassadors as "
        "well' read as the EU's threat on Germany (IGOEUREEC -> DEUGOV 136)"
    ),
    'yonhap_seoul_general_strike:event:1': (
        "'Prosecutors issued arrest warrants for seven union leaders, ... and warned that police would "
        "enter': warrants issued are no arrest to the lexicon, and the warning is aimed at the police"
    ),
    'yonhap_seoul_general_strike:event:2': (
        "'Kim Young-sam said the government would not withdraw the law ...': no named party; " + _REFUSAL
    ),
    'yonhap_seoul_general_strike:event:4': (
        "'The main opposition ..., led by Kim Dae-jung, demanded that the law be scrapped': a passive demand "
        "with no named addressee; " + _TARGET
    ),
    'yonhap_seoul_general_strike:clean:0': "the warning aimed at the police (KORJUD -> KORCOP 130; event 1)",
    'reuters_lagos_oil_strike:event:2': "'Police arrested ... Frank Kokori': Kokori read as NGAGOV; " + _ERA,
    'reuters_lagos_oil_strike:event:3': (
        "'The United States and Britain condemned the decree': a decree named by a noun three sentences "
        "after the dissolution it ordered; " + _NAMED
    ),
    'reuters_lagos_oil_strike:clean:0': "the arrest aimed at NGAGOV (see event 2)",
    'afp_dhaka_boycott:event:3': (
        "'Zia told an election rally in Dhaka that the opposition had rejected every offer of talks': a "
        "charge of refusal told to a rally is not read as an accusation; " + _LONG
    ),
    'afp_dhaka_boycott:event:4': (
        "'The government deployed some 40,000 troops across the country to guard polling stations': troops "
        "deployed at home read as protection of the army itself (BGDGOV -> BGDMIL 074)"
    ),
    'afp_dhaka_boycott:clean:0': "the clashes as BGDCOP -> BGDCVL 190 and the deployment (events 0, 4)",
    'afp_lome_boycott:event:0': (
        "'Togo's main opposition candidates withdrew from Wednesday's election ... and called on "
        "their supporters to boycott the vote': a withdrawal from an election is no boycott to the lexicon, "
        "and the appeal is aimed at the government (TGOOPP -> TGOGOV 020)"
    ),
    'afp_lome_boycott:event:2': "'Edem Kodjo, head of the Togolese Union ..., urged France': unresolved; "
                                + _ERA,
    'afp_lome_boycott:event:3': (
        "'A team of observers from the former colonial power, France, pulled out on Sunday': observers of a "
        "state named in an appositive of their team; " + _ERA
    ),
    'afp_lome_boycott:party:2': "'Edem Kodjo' unresolved: " + _ERA,
    'afp_lome_boycott:clean:0': "the boycott call as an appeal to the government (see event 0)",
    'efe_havana_katrina:event:1': (
        "'and it did not take up the Cuban proposal': a proposal not taken up is no refusal to the lexicon"
    ),
    'efe_havana_katrina:event:2': (
        "'Chavez ... also offered fuel and aid workers to the victims': the victims of the lead's hurricane "
        "(the United States) read as Cuba's labour from 'aid workers' (VENGOV -> CUBLAB 030); " + _TARGET
    ),
    'efe_havana_katrina:clean:0': "Chavez's offer aimed at CUBLAB (see event 2)",
    'irna_tehran_bam:event:2': (
        "'A U.S. military cargo plane carrying medical supplies landed at Kerman airport': aid told as a "
        "plane that landed is no act to the lexicon"
    ),
    'irna_tehran_bam:clean:0': (
        "IRN -> ISR 030 ('would accept help from all countries except the \"Zionist regime\"': the party "
        "after 'except' taken as the target, as main codes 'except Israel'; the Zionist regime is Israel "
        "since wip/stories45)"
    ),
    'afp_ramallah_siege:event:1': (
        "'..., and Prime Minister Ariel Sharon called him an enemy who must be isolated': the lead's second "
        "clause, a verdict on a pronoun; " + _LONG
    ),
    'afp_ramallah_siege:clean:0': (
        "'Israeli tanks and troops besieged Palestinian leader Yasser Arafat': the siege's source read as "
        "PSEMIL (the dateline's) for 'troops', the second noun after one national adjective (the lead's "
        "coordinated-nationals class)"
    ),
    'reuters_kathmandu_blockade:event:2': (
        "'an External Affairs Ministry spokesman denied that India had imposed a blockade': a denial of its "
        "own state's act is no act to the coder (the annotation guide's reading of denials)"
    ),
    'reuters_dili_interfet:event:1': (
        "'Major-General Peter Cosgrove, the force commander, met ... Major-General Kiki Syahnakri': Cosgrove "
        "read as TLSMIL and Syahnakri unresolved; " + _ERA
    ),
    'reuters_dili_interfet:event:2': (
        "'Indonesian troops ... began leaving the burnt-out capital': leaving a place is no withdrawal to "
        "the lexicon"
    ),
    'reuters_dili_interfet:event:3': (
        "'Militia leader Eurico Guterres threatened to fight the peacekeepers': read as TLSGOV -> TLSMIL: "
        "the militia leader and the force the lead called 'Australian-led international' (no body named, so "
        "intervention.py leaves it to the dateline); " + _ERA
    ),
    'reuters_dili_interfet:event:5': (
        "'Gusmao ... welcomed the landing and urged the militias to lay down their arms': the conjunct's "
        "appeal takes the landing's doers (TLSREB -> AUSMIL 0256); " + _TARGET
    ),
    'reuters_dili_interfet:party:0': "'Major-General Peter Cosgrove' read as TLSMIL: " + _ERA,
    'reuters_dili_interfet:party:1': "'Major-General Kiki Syahnakri' unresolved: " + _ERA,
    'reuters_dili_interfet:clean:0': (
        "the meeting as TLSMIL <-> IDNMIL, the threat as TLSGOV -> TLSMIL and the appeal aimed at AUSMIL "
        "(events 1, 3, 5)"
    ),
    'afp_brussels_unamir:event:1': (
        "'a week after ten Belgian paratroopers were killed by Rwandan government troops in Kigali': a "
        "passive with its agent in an after-clause; " + _LONG
    ),
    'afp_brussels_unamir:event:3': (
        "'Boutros-Ghali said the pullout would make it impossible for the remaining peacekeepers to "
        "carry out their tasks': a forecast of the act's effect holds no word of judgement"
    ),
    'afp_brussels_unamir:event:4': (
        "'Fighting raged in Kigali between the army and rebels of the Rwandan Patriotic Front': a fight told "
        "as the noun subject of 'raged', with its sides in a between-phrase"
    ),
    'afp_brussels_unamir:clean:0': (
        "the headline 'Belgium to pull its troops out of Rwanda peacekeeping force' read as BEL -> RWAMIL "
        "0356 (the force as Rwanda's army)"
    ),
    'tass_moscow_karabakh:event:2': (
        "'..., Grachev said on Monday after hosting talks between them': hosting in an after-clause of the "
        "attribution; " + _LONG
    ),
    'ap_mexico_chiapas:event:0': (
        "'Salinas de Gortari declared a unilateral ceasefire in the southern state of Chiapas ..., 12 days "
        "after Indian rebels seized four towns': the rebels of the after-clause are not the truce's other "
        "party (MEXGOV -> MEX 0871); " + _TARGET
    ),
    'ap_mexico_chiapas:event:2': (
        "'The rebels said in a communique delivered to newspapers that they would respect the truce': the "
        "intent under a long attribution is not coded; " + _LONG
    ),
    'ap_mexico_chiapas:event:3': "'Police blamed rebel sympathizers': 'rebel sympathizers' names no party; "
                                 + _ERA,
    'ap_mexico_chiapas:event:4': (
        "'but the Zapatistas denied any role': a bare denial is no act by the annotation guide (016 is "
        "accepted but not coded)"
    ),
    'ap_mexico_chiapas:event:5': (
        "'Thousands marched in the capital to demand an end to the army's bombing of villages': the march's "
        "addressee is the owner of the object's act; " + _TARGET
    ),
    'ap_mexico_chiapas:clean:0': (
        "the truce aimed at Mexico (event 0) and the unclaimed car bomb read as MEXUAF -> MEXCVL 183"
    ),
    'reuters_london_docklands:event:0': (
        "'The Irish Republican Army ended its 17-month ceasefire on Friday': the truce's other side unnamed "
        "(this branch codes 'ended its ceasefire with the British government' 196); " + _TARGET
    ),
    'reuters_london_docklands:event:2': (
        "'said there would be no talks with Sinn Fein ... until the violence stopped': " + _REFUSAL
    ),
    'reuters_london_docklands:clean:0': (
        "the headline's 'IRA ends ceasefire with London bomb' aimed at GBRCVL (the instrument's 'with' read "
        "as the truce's partner) and the IRA's statement 'it was ending the truce' aimed at the broadcaster "
        "it told (IRLGOVMED): the same act told again"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "date", "judge"), [
    # an act named again by a bare definite noun of its own verb is the act told before, no new one: the
    # judge of "the expulsion" expels no one
    ("PRAGUE (Reuters) - The Czech Republic expelled a Russian diplomat on Tuesday. In Moscow, a Foreign "
     "Ministry spokesman called the expulsion a throwback to the Cold War.", "1996-06-10", "RUS"),
    ("BRUSSELS (Reuters) - Belgium expelled two Iraqi diplomats on Monday. In Baghdad, Foreign Minister "
     "Mohammed Saeed al-Sahaf called the expulsions a gift to Washington.", "1998-06-10", "IRQ"),
])
def test_a_restated_act_noun_codes_no_new_act(code: Any, text: str, date: str, judge: str) -> None:
    art = code(text, date=date)
    got = story_triples(art)
    assert not any(s.startswith(judge) and c[:2] == "16" for s, _, c in got), got
    assert any(c[:3] == "166" and not s.startswith(judge) for s, _, c in got), got


@pytest.mark.parametrize(("text", "date", "triple"), [
    # controls: the noun with parties of its own is a new act; a judgement of the act keeps its target
    ("MOSCOW (Reuters) - Russia expelled four Estonian diplomats on Friday. Tallinn condemned the "
     "expulsions.", "1996-06-10", ("EST", "RUS", "11")),
    ("MOSCOW (Reuters) - Russia expelled four Estonian diplomats on Friday. Tallinn announced the expulsion "
     "of two Russian diplomats.", "1996-06-10", ("EST", "RUS", "16")),
])
def test_a_judged_or_owned_act_noun_keeps_its_reading(code: Any, text: str, date: str,
                                                      triple: tuple[str, str, str]) -> None:
    art = code(text, date=date)
    assert _has(art, triple[0], triple[1], (triple[2],)), story_triples(art)


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # a ceasefire ended, called off or left is violated (196), not declared (0871)
    ("MANILA (Reuters) - Communist rebels ended their Christmas truce with the army on Friday.", "1992-12-26",
     "PHLREB", "PHLMIL"),
    ("COLOMBO (Reuters) - The rebels called off their ceasefire with the army.", "1995-04-20", "LKAREB",
     "LKAMIL"),
    ("COLOMBO (Reuters) - The rebels pulled out of the truce with the government on Wednesday.",
     "1995-04-20", "LKAREB", "LKAGOV"),
])
def test_a_ceasefire_ended_is_violated(code: Any, text: str, date: str, source: str, target: str) -> None:
    art = code(text, date=date)
    assert _has(art, source, target, ("19",)), story_triples(art)
    assert not any(c.startswith("087") for _, _, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize("text", [
    # controls: a truce agreed, observed or declared, and fighting ended, are de-escalation
    "MANILA (Reuters) - The rebels said they would observe the ceasefire with the army.",
    "MANILA (Reuters) - The army and the rebels ended the fighting on Friday.",
])
def test_a_ceasefire_kept_is_no_violation(code: Any, text: str) -> None:
    art = code(text, date="1992-12-26")
    assert not any(c[:2] == "19" for _, _, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize(("text", "date", "source", "target", "root"), [
    # a treaty's ratification, a force's pullout, a bomb's blast, named again by a reaction
    ("WASHINGTON (Reuters) - The U.S. Senate ratified the chemical weapons treaty with Russia on Thursday. "
     "Moscow welcomed the ratification.", "1997-04-25", "RUS", "USA", "05"),
    ("BELGRADE (Reuters) - Russia pulled its peacekeepers out of Kosovo on Monday. Belgrade criticised the "
     "pullout.", "2003-06-10", "SRB", "RUS", "11"),
    ("JAFFNA (Reuters) - Tamil rebels detonated a bomb outside an army barracks in Jaffna on Monday. The "
     "government condemned the blast.", "1996-06-10", "LKAGOV", "LKAREB", "11"),
])
def test_an_act_named_by_its_noun_is_judged(code: Any, text: str, date: str, source: str, target: str,
                                           root: str) -> None:
    art = code(text, date=date)
    assert _has(art, source, target, (root,)), story_triples(art)


@pytest.mark.parametrize(("text", "source", "target"), [
    # tit-for-tat: the judge's own side did the last such act, so the one it condemns is the other side's,
    # told before it (stories38b's Warsaw)
    ("ZAGREB (Reuters) - Belgrade expelled two Croatian diplomats on Monday. Croatia expelled two Yugoslav "
     "diplomats on Tuesday. Croatian Foreign Minister Mate Granic called the expulsions unjustified.", "HRV",
     "SRB"),
    ("RIGA (Reuters) - Russia expelled a Latvian diplomat on Monday. Latvia expelled a Russian diplomat on "
     "Tuesday in response. The Latvian Foreign Ministry condemned the expulsion.", "LVA", "RUS"),
])
def test_a_condemned_act_is_the_other_sides_in_a_tit_for_tat(code: Any, text: str, source: str,
                                                             target: str) -> None:
    art = code(text, date="1995-03-21")
    assert _has(art, source, target, ("11",)), story_triples(art)


def test_a_defended_act_of_ones_own_is_aimed_at_no_one(code: Any) -> None:
    # control: praise or defence of the judge's own last act is not turned on the other side
    art = code("RIGA (Reuters) - Russia expelled a Latvian diplomat on Monday. Latvia expelled a Russian "
               "diplomat on Tuesday in response. The Latvian Foreign Ministry defended the expulsion.",
               date="1995-03-21")
    assert not any(s.startswith("LVA") and t.startswith("RUS") and c[:2] == "05"
                   for s, t, c in story_triples(art)), story_triples(art)
