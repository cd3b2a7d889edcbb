"""The second, small set of whole wire stories of the thirty-sixth session's wip/stories38, written after
the branch's fixes (a Mindanao truce abandoned, Warsaw and Moscow's expulsions, the Nodong test, Athens's
rescuers for Izmit, Venezuela's oil strike, the Indian peacekeepers' last day in Sri Lanka, Tokyo's grant
aid frozen over China's tests). Every expectation of tests/events/stories38b.py is asserted, and what the
coder still gets wrong is a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from support import load_probe_module, story_tests

_stories = load_probe_module("stories38b")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'afp_cotabato_truce:event:1': (
        "'... abandoned its ceasefire with the government on Friday after troops overran one of its camps': "
        "the after-clause's act is lost once the main verb codes (this branch's 196); " + _LONG
    ),
    'afp_cotabato_truce:event:2': (
        "'and President Joseph Estrada ordered the army to crush the rebels': the order read as force on the "
        "army itself (PHLGOV -> PHLMIL 190); " + _TARGET
    ),
    'afp_warsaw_expulsions:event:3': (
        "'Russia's Foreign Ministry said the move was a forced response ... and summoned the Polish "
        "ambassador': the second verb after a said-clause; " + _LONG
    ),
    'kyodo_tokyo_nodong:event:0': (
        "'North Korea test-fired a new ballistic missile into the Sea of Japan late last month, the Defense "
        "Agency said Saturday': a test with no target in the sentence (the sea is no party); " + _TARGET
    ),
    'kyodo_tokyo_nodong:event:2': (
        "'Kono said the launch was a grave threat ... and urged Pyongyang to stop': the second verb after a "
        "verdict; " + _LONG
    ),
    'kyodo_tokyo_nodong:event:3': (
        "'Japan would raise the matter with the United States and South Korea': raising a matter is no "
        "consultation to the lexicon"
    ),
    'reuters_athens_izmit:event:0': (
        "'Greece sent a team of 24 rescue workers and sniffer dogs to Turkey': the rescue workers read as "
        "Greece's labour, the target (GRC -> GRCLAB 070); " + _TARGET
    ),
    'reuters_athens_izmit:event:2': (
        "'telephoned his Turkish counterpart Ismail Cem to offer condolences and said Greece was ready to "
        "send more doctors': the second verb's intent; " + _LONG
    ),
    'reuters_athens_izmit:clean:0': "the aid aimed at GRCLAB (see event 0)",
    'efe_caracas_oil_strike:event:0': (
        "'Chavez ordered soldiers to take over oil tankers ... as a general strike called by the opposition "
        "... entered its second week': read as an order to the army (VENGOV -> VENMIL 100); " + _TARGET
    ),
    'efe_caracas_oil_strike:event:1': (
        "'Chavez called the strike an economic coup': the strike of the lead's as-clause was not coded, so "
        "no strike is remembered (an act named by a bare noun whose doer the story told before)"
    ),
    'efe_caracas_oil_strike:event:2': (
        "'Opposition leaders rejected his offer of a referendum': 'his offer' owned by a pronoun whose "
        "antecedent is two sentences back; " + _TARGET
    ),
    'efe_caracas_oil_strike:event:3': "'and demanded early elections': the second verb; " + _LONG,
    'efe_caracas_oil_strike:clean:0': (
        "the troops as the target of Chavez's order and the OAS's appeal to 'both sides' read as the army "
        "(IGOOAS -> VENMIL 022)"
    ),
    'efe_caracas_oil_strike:once:0': "the OAS's appeal to 'both sides' coded for VENGOV twice (see clean 0)",
    'reuters_trincomalee_ipkf:event:0': (
        "'The last Indian peacekeeping troops sailed from Trincomalee ..., ending a 32-month mission to "
        "disarm the Tamil Tiger rebels': the departure read as de-escalation towards the rebels (INDMIL -> "
        "LKAREB 087), Sri Lanka not named as the host; " + _TARGET
    ),
    'reuters_trincomalee_ipkf:event:2': (
        "'The Liberation Tigers ... moved into the town of Trincomalee within hours of the departure': "
        "moving into a town is no occupation to the lexicon"
    ),
    'reuters_trincomalee_ipkf:event:3': (
        "'India would not interfere in Sri Lanka's internal affairs again': a negated interference is no "
        "act to the coder"
    ),
    'reuters_trincomalee_ipkf:clean:0': "the departure aimed at the rebels (see event 0)",
    'kyodo_tokyo_grants_frozen:event:4': (
        "'China's Foreign Ministry called the decision regrettable and said it would not change its testing "
        "program under outside pressure': a refusal with no named presser, in the second verb; " + _LONG
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)
