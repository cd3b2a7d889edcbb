"""The second, small set of whole wire stories of our own (thirty-seventh session, wip/stories39), written
after the branch's fixes and committed before the coder ran on them (a disputed count in Lagos, the Batken
raiders, a hijacked Ethiopian jet, the Blace border camp, the sugar quota cut, an extradition refused in
Caracas, the Abidjan conscripts' mutiny). Every expectation of tests/events/stories39b.py is asserted, and
what the coder still gets wrong is a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from support import load_probe_module, story_tests

_stories = load_probe_module("stories39b")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_RELATIVE = "an act told only in a relative clause of its doers is not coded, so no act is remembered"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'reuters_lagos_count:event:1': "'Moshood Abiola, whom unofficial tallies showed winning the vote, "
                                   "accused ...': the subject with a long relative clause; " + _LONG,
    'reuters_lagos_count:event:2': "'and said he would not accept a new election': " + _LONG,
    'reuters_lagos_count:event:3': (
        "'The annulment drew condemnation from Washington and London': the annulment was told in a relative "
        "clause ('which it annulled on Wednesday'); " + _RELATIVE
    ),
    'tass_bishkek_ambush:event:4': "'..., which urged Bishkek to do everything ...': an appeal in a relative "
                                   "clause of its doer; " + _LONG,
    'tass_bishkek_ambush:event:5': "'denied that ... and said his government was ready to help Kyrgyzstan': "
                                   + _LONG,
    'tass_bishkek_ambush:event:6': "'Uzbek aircraft bombed suspected militant positions': positions of no "
                                   "named party; " + _TARGET,
    'afp_addis_hijack:event:0': "'Three men who hijacked an Ethiopian Airlines Boeing ... freed all 60 "
                                "passengers': " + _RELATIVE,
    'afp_addis_hijack:event:1': "'and asked Kenya for political asylum': the unnamed men read as Kenya's "
                                "(KEN -> KENCVL 023); " + _ERA,
    'afp_addis_hijack:event:2': "'Kenyan police took the hijackers into custody': the hijackers read as "
                                "Kenya; " + _ERA,
    'afp_addis_hijack:event:4': "'its information minister called the hijacking an act of terrorism': the "
                                "hijacking was not coded (event 0); " + _RELATIVE,
    'afp_addis_hijack:clean:0': "the hijackers read as Kenya's and the request for the men as KENGOV -> "
                                "ETHGOV 112 (events 1, 2)",
    'reuters_skopje_refugees:event:3': "'Macedonian police began loading refugees onto buses and taking "
                                       "them to Albania': no row for refugees moved by force",
    'reuters_skopje_refugees:event:5': "'Washington, which offered to take 20,000 refugees': an offer in a "
                                       "relative clause of its doer; " + _LONG,
    'ap_manila_sugar:event:1': "'Concepcion said Manila would raise the cut with Washington': a matter "
                               "raised with a party is no row",
    'ap_manila_sugar:event:3': "'The U.S. Embassy said the cut ... was not aimed at the Philippines': a "
                               "denial is no act by the annotation guide",
    'efe_caracas_extradition:event:1': "'Chavez said his government would not hand over anyone': no party in "
                                       "'anyone'; " + _TARGET,
    'efe_caracas_extradition:event:4': "'Colombia's Foreign Ministry called the ruling regrettable': the "
                                       "court's refusal two sentences before is not remembered as a ruling",
    'efe_caracas_extradition:event:5': "'The two presidents spoke by telephone': the presidents named by a "
                                       "noun; " + _TARGET,
    'efe_caracas_extradition:event:6': "'and agreed to meet next month': " + _TARGET,
    'afp_abidjan_mutiny:event:1': "'received a delegation of the mutineers': the mutineers of the lead named "
                                  "by a noun; " + _TARGET,
    'afp_abidjan_mutiny:event:2': "'and promised to examine their grievances': " + _LONG,
    'afp_abidjan_mutiny:event:3': "'The defence minister accused ... and warned that ringleaders would be "
                                  "punished': a passive threat; " + _TARGET,
    'afp_abidjan_mutiny:clean:0': "'The defence minister accused unnamed politicians' aimed at the mutineers "
                                  "(CIVGOVMIL -> CIVMIL 112)",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)
