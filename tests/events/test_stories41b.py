"""Whole wire stories of our own read as an analyst would, the twentieth set's second part (thirty-ninth
session, wip/stories41): seven ERA stories written after the branch's fixes (Lukashenko's re-election, the
Kasikili/Sedudu island, the Phalcon sale cancelled, Priebke's extradition, the Nemetin prisoner exchange,
Murtaza Bhutto's killing, the U.S. veto on East Jerusalem land). Every expectation of
tests/events/stories41b.py is asserted; what the coder still gets wrong is a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from support import load_probe_module, story_tests

_stories = load_probe_module("stories41b")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NOROW = "a verb or noun no lexicon row codes"
_NOPARTY = "a noun that names no party of the story's own words (docs/events.md, stories41's decision)"
_FAR = "the act named again was told too far back, or never coded, for the act memory"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'reuters_minsk_lukashenko_vote:event:1': (
        "'Opposition candidate Vladimir Goncharik refused to concede defeat': Goncharik unresolved (party "
        '1); ' + _ERA
    ),
    'reuters_minsk_lukashenko_vote:event:2': (
        "'accused the election commission of rigging the results': the same; " + _ERA
    ),
    'reuters_minsk_lukashenko_vote:event:6': (
        "'The U.S. State Department called the election a setback for democracy in Belarus': the verdict is "
        "on a vote that names no party (the election is nobody's act); " + _TARGET
    ),
    'reuters_minsk_lukashenko_vote:event:7': (
        "'and said Washington would not recognise the result': a refusal aimed at a result, no party; "
        + _TARGET
    ),
    'afp_windhoek_kasikili_island:event:2': (
        "'after talks mediated by Zimbabwe's President Robert Mugabe': mediated talks in an after-phrase; "
        + _LONG
    ),
    'afp_windhoek_kasikili_island:event:3': (
        "'said Botswana had raised its flag on the island': a flag raised on disputed ground has no row; "
        + _NOROW
    ),
    'afp_windhoek_kasikili_island:event:5': (
        "'Botswana's government rejected the charge': the charge's maker is the paragraph before, its act "
        'uncoded; ' + _FAR
    ),
    'afp_windhoek_kasikili_island:event:6': (
        "'Mugabe called the accord a model for Africa': 'the accord' (the agreement signed two paragraphs "
        'back) is too far for the act memory; ' + _FAR
    ),
    'afp_windhoek_kasikili_island:clean:0': (
        "the lead's joint agreement read one way as 037 (BWA -> NAM)"
    ),
    'ap_jerusalem_phalcon_cancelled:event:0': (
        "'cancelled the sale of an advanced Phalcon radar plane to China': a sale cancelled has no row; "
        + _NOROW
    ),
    'ap_jerusalem_phalcon_cancelled:event:1': (
        "'bowing to months of pressure from Washington, which said ...': a yielding in a participle with the "
        "presser in a noun's from-phrase; " + _LONG
    ),
    'ap_jerusalem_phalcon_cancelled:event:2': (
        "'told President Jiang Zemin of the decision in a letter and promised to send an envoy': the "
        'conjunct of a frame verb; ' + _LONG
    ),
    'ap_jerusalem_phalcon_cancelled:event:3': (
        "'China expressed strong dissatisfaction with the decision': the decision (the cancellation, event "
        '0) was never coded, so no act is remembered; ' + _FAR
    ),
    'ap_jerusalem_phalcon_cancelled:event:4': (
        "'Foreign Ministry spokesman Zhu Bangzao called the cancellation a breach of contract': Zhu read as "
        'ISRGOVMED under the Jerusalem dateline; ' + _ERA
    ),
    'ap_jerusalem_phalcon_cancelled:event:5': (
        "'and demanded that Israel pay for the losses': the same (ISRGOVMED -> ISR 100); " + _ERA
    ),
    'ap_jerusalem_phalcon_cancelled:event:6': (
        "'The White House welcomed the move': the move (event 0) was never coded; " + _FAR
    ),
    'ap_jerusalem_phalcon_cancelled:party:2': (
        "'Zhu Bangzao' read as ISRGOVMED under the Jerusalem dateline; " + _ERA
    ),
    'ap_jerusalem_phalcon_cancelled:clean:0': (
        "the pressure's clause read as Israel's threat to U.S. forces, and Zhu as ISRGOVMED"
    ),
    'ansa_buenos_aires_priebke:event:2': (
        "'Jewish groups in Buenos Aires welcomed the extradition': the groups name no party; " + _NOPARTY
    ),
    'ansa_buenos_aires_priebke:event:3': (
        "'Priebke's lawyer, Pedro Bianchi, ... accused the Supreme Court': a lawyer named by his client "
        'names no party; ' + _NOPARTY
    ),
    'reuters_zagreb_prisoner_swap:event:0': (
        "'Croatia and the Yugoslav army exchanged more than 1,000 prisoners of war': Croatia read as HRVMIL "
        'beside the army; ' + _ERA
    ),
    'reuters_zagreb_prisoner_swap:event:1': (
        'the same exchange the other way; ' + _ERA
    ),
    'reuters_zagreb_prisoner_swap:event:2': (
        "'Susak said Belgrade was still holding hundreds of Croats': holding prisoners told as a state has "
        'no row; ' + _NOROW
    ),
    'reuters_zagreb_prisoner_swap:clean:0': (
        'the exchange read between the two armies (events 0-1)'
    ),
    'reuters_karachi_murtaza_killing:event:0': (
        "'was killed ... when police opened fire on his convoy': the victim named only as the subject of a "
        'passive; ' + _TARGET
    ),
    'reuters_karachi_murtaza_killing:event:1': (
        "'His supporters said the police had ambushed the convoy': 'his supporters' name no party; "
        + _NOPARTY
    ),
    'reuters_karachi_murtaza_killing:event:2': (
        "'Murtaza's widow, Ghinwa, accused the government': Ghinwa unresolved (party 1); " + _ERA
    ),
    'reuters_karachi_murtaza_killing:event:3': (
        "'and demanded a judicial inquiry': the same; " + _ERA
    ),
    'reuters_karachi_murtaza_killing:party:1': (
        "'Ghinwa' unresolved (a widow named by her husband); " + _ERA
    ),
    'reuters_karachi_murtaza_killing:clean:0': (
        "'officers had returned fire in self-defence' read as a police attack on Pakistan"
    ),
    'ap_un_jerusalem_land_veto:clean:0': (
        "'would harm the peace talks between Israel and the Palestinians' read as the talks themselves (046 "
        'both ways)'
    ),
    'ap_un_jerusalem_land_veto:once:0': (
        "the headline's veto and the lead's counted twice (USA -> IGOUNO 129)"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)
