"""The small second set of whole wire stories of our own (thirty-fifth session, wip/stories37), written
after the branch's first fixes: the Atlantique shot down, Macedonia's closed border, the Brasilia peace,
the Abyan hostages, the Lockerbie handover, Quito's junta and the fishermen sent home across Panmunjom.
Every expectation of tests/events/stories37b.py is asserted; what the coder still gets wrong is a strict
xfail with its reason.
"""

from __future__ import annotations

import pytest

from support import load_probe_module, story_tests

_stories = load_probe_module("stories37b")

pytestmark = [pytest.mark.model]

_LONG = "a long lead's second verb or set-off phrase (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NAMED = "an act named by a bare noun whose doer the story told before"
_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'reuters_islamabad_atlantique:event:3': (
        "'India's Defence Ministry said the plane had violated Indian airspace ... and ignored warnings': "
        "the plane's violation is told of a thing, whose owner (Pakistan's navy) is two paragraphs back; "
        + _TARGET
    ),
    'efe_brasilia_peace:event:2': (
        "'Fujimori and ... Mahuad embraced after the ceremony and pledged to open the border': the pledge "
        "of a pair, after a first verb, names no other party; " + _LONG
    ),
    'efe_brasilia_peace:clean:0': (
        "'hundreds of protesters who opposed the accord clashed with riot police, who fired tear gas, and "
        "the authorities imposed a curfew': the curfew read as the protesters' (PEROPP -> PER 1723)"
    ),
    'reuters_sanaa_abyan:event:0': (
        "'Three Britons and an Australian were killed ... when Yemeni troops stormed a hideout where Islamic "
        "militants were holding 16 Western tourists': the storming aimed at the dead tourists of the main "
        "clause; " + _TARGET
    ),
    'reuters_sanaa_abyan:event:1': (
        "'The militants, who seized the tourists on Monday': 'Islamic militants' with no country of theirs; "
        + _ERA
    ),
    'reuters_sanaa_abyan:event:2': "the militants' demand (see event 1)",
    'reuters_sanaa_abyan:event:4': (
        "'Robin Cook said London had not been consulted before the troops went in': a complaint told by a "
        "negated passive is no act to the lexicon"
    ),
    'reuters_sanaa_abyan:clean:0': (
        "the headline's storming as Yemen's civilians' (YEMCVL), the storming aimed at the dead (event 0), "
        "and 'began shooting them' as a charge against ---CRM"
    ),
    'reuters_un_lockerbie:event:0': (
        "'suspended seven years of air and arms sanctions on Libya': the object's head is 'years' "
        "('suspended sanctions on Libya' is coded 085)"
    ),
    'reuters_un_lockerbie:event:1': (
        "'hours after Tripoli handed over two men accused of the ... bombing': the act of an after-clause; "
        + _LONG
    ),
    'reuters_un_lockerbie:event:2': (
        "'Annan said Libya had met the council's conditions and thanked South Africa and Saudi Arabia': the "
        "thanks taken by the that-clause's Libya; " + _LONG
    ),
    'reuters_un_lockerbie:event:4': "'Gadhafi welcomed the decision': " + _NAMED,
    'reuters_un_lockerbie:event:5': (
        "'but demanded that the sanctions be lifted entirely': a passive demand whose party is the council "
        "of the story; " + _TARGET
    ),
    'reuters_un_lockerbie:clean:0': "Annan's thanks read as Libya's (see event 2)",
    'reuters_quito_junta:event:0': (
        "'Thousands of Indian protesters backed by rebel army colonels seized Ecuador's Congress': read as a "
        "seizure of property (171) and the headline's 'Indian' as India; " + _ERA
    ),
    'reuters_quito_junta:event:1': (
        "'joined the junta but dissolved it hours later and handed power to Vice President Gustavo Noboa': "
        "the third verb of a long sentence; " + _LONG
    ),
    'reuters_quito_junta:event:3': (
        "'appealed to the Indian movement for dialogue': 'the Indian movement' names India, not Ecuador's "
        "Indians; " + _ERA
    ),
    'reuters_quito_junta:clean:0': "'army backs Indian uprising' read as support of India (see event 3)",
    'yonhap_seoul_fishermen:event:3': (
        "'North Korea's Red Cross society said the fishermen had strayed into its waters': a charge told by "
        "'strayed into' is no act to the lexicon"
    ),
    'yonhap_seoul_fishermen:once:0': (
        "'had been released as a humanitarian gesture': the release told again, by the North's Red Cross, "
        "counted a second time"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)
