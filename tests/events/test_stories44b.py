"""Whole wire stories of our own read as an analyst would, the twenty-third set's second part
(forty-second session, wip/stories44): seven ERA stories written after the branch's fixes (truce
violations traded in Ivory Coast, the 1998 sanctions on Pakistan and India waived, the Shahab-3 test
condemned, Fujimori's dissolution of Congress, Ieng Sary's pardon, Armenian and Azerbaijani prisoners
exchanged, Guatemala's recognition of Belize). Every expectation of tests/events/stories44b.py is
asserted; what the coder still gets wrong is a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from support import load_probe_module, story_tests

_stories = load_probe_module("stories44b")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NOROW = "a verb or noun no lexicon row codes"
_FAR = "the act named again was told too far back, or never coded, for the act memory"
_RECIP = "'each other' after a compound subject one of whose parts no table holds"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'afp_abidjan_truce_violations:event:0': (
        "'Ivory Coast's army and the rebel New Forces accused each other': the New Forces are in no table"
        + "; " + _RECIP
    ),
    'afp_abidjan_truce_violations:event:1': "the same charge, the other way" + "; " + _RECIP,
    'afp_abidjan_truce_violations:event:2': (
        "'Army spokesman Colonel Jules Yao Yao said rebels had attacked a government position': a charge "
        "told as a report, no verb of blame (the attack itself is coded and accepted)" + "; " + _NOROW
    ),
    'afp_abidjan_truce_violations:event:3': (
        "'Guillaume Soro, denied the charge and accused President Laurent Gbagbo': Soro, the New Forces' "
        "secretary general, read as the government (CIVGOV -> CIVGOV)" + "; " + _ERA
    ),
    'afp_abidjan_truce_violations:clean:0': "CIVGOV -> CIVGOV 112 (Soro as the government)",
    'reuters_islamabad_sanctions_waived:event:1': (
        "'Bush signed the waiver on Saturday': a waiver signed, the noun of the act" + "; " + _NOROW
    ),
    'reuters_islamabad_sanctions_waived:event:2': (
        "'said the decision showed that Washington valued Pakistan as a partner': praise told as a "
        "consequence" + "; " + _NOROW
    ),
    'reuters_islamabad_sanctions_waived:event:3': (
        "'India also welcomed the move': the move (the waiver) is not remembered with its maker" + "; "
        + _FAR
    ),
    'reuters_jerusalem_shahab3_test:event:2': (
        "'Mordechai said the Shahab-3 test showed that Iran was a threat to the whole region': a charge "
        "with no verb of blame" + "; " + _NOROW
    ),
    'reuters_jerusalem_shahab3_test:event:4': (
        "'Russia's Foreign Ministry denied that Russian firms had given Iran missile technology': the "
        "denial aimed at Iran, named in the clause, not at the accusers" + "; " + _TARGET
    ),
    'reuters_jerusalem_shahab3_test:clean:0': "RUSGOV -> IRN 016 (the denial at Iran)",
    'efe_lima_congress_dissolved:event:2': (
        "'Fujimori accused Congress of obstructing ... the fight against the Shining Path': the charge "
        "given to Congress as the doer and the guerrillas as its aim (PERLEG -> PERREB 112)" + "; " + _TARGET
    ),
    'efe_lima_congress_dissolved:event:4': (
        "'The United States suspended all aid except humanitarian assistance': aid cut with no party named"
        + "; " + _TARGET
    ),
    'efe_lima_congress_dissolved:none:0': (
        "'The Organization of American States will hold an emergency meeting of foreign ministers in "
        "Washington': a plan read as the OAS's intent to meet the United States (036)"
    ),
    'efe_lima_congress_dissolved:party:1': (
        "'former Interior Minister Agustin Mantilla' read as the government (PERGOV) though 'former' stands "
        "before the title" + "; " + _ERA
    ),
    'efe_lima_congress_dissolved:clean:0': (
        "PERMIL -> PERCVL 192 (the newspaper offices occupied read as civilians), PERLEG -> PERREB 112, "
        "IGOOAS -> USAGOV 036"
    ),
    'xinhua_phnom_penh_ieng_sary_amnesty:event:3': (
        "'The Khmer Rouge radio denounced Ieng Sary as a traitor': the movement's radio is in no table"
        + "; " + _ERA
    ),
    'xinhua_phnom_penh_ieng_sary_amnesty:event:4': (
        "'The United States said it was disappointed by the amnesty': disappointment at an act noun"
        + "; " + _FAR
    ),
    'xinhua_phnom_penh_ieng_sary_amnesty:party:1': (
        "'Prince Norodom Ranariddh' (first prime minister, 1993-1997) unresolved" + "; " + _ERA
    ),
    'xinhua_phnom_penh_ieng_sary_amnesty:clean:0': (
        "---GOV -> KHMREB 0841 ('The pardon, requested by the two co-prime ministers ... frees Ieng Sary': "
        "the co-prime ministers with no country)"
    ),
    'bbcm_baku_prisoner_exchange:event:0': (
        "'Azerbaijan and Armenia exchanged 30 prisoners of war and hostages': the exchange aimed at the "
        "prisoners (AZEGOV -> AZECVL 0841), not both ways between the states" + "; " + _TARGET
    ),
    'bbcm_baku_prisoner_exchange:event:1': (
        "'said Armenia had handed over 17 Azerbaijanis': read as judicial cooperation (063)" + "; "
        + _NOROW
    ),
    'bbcm_baku_prisoner_exchange:party:0': (
        "'Russian mediator Vladimir Kazimirov' unresolved (mediator is no title; the envoy of 1992-1996 is "
        "in no table)" + "; " + _ERA
    ),
    'bbcm_baku_prisoner_exchange:clean:0': "AZEGOV -> AZECVL 0841, ARM -> AZE 063",
    'ap_guatemala_recognises_belize:none:0': (
        "'Guatemala had refused to recognize Belize when it became independent in 1981': a refusal ten "
        "years back read as a rejection (GTM -> BLZ 120)"
    ),
    'ap_guatemala_recognises_belize:clean:0': "GTM -> BLZ 120 (the refusal of 1981)",
}

globals().update(story_tests(_stories, KNOWN_GAPS))
