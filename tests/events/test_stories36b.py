"""The small second set of whole wire stories of our own (thirty-fourth session, wip/stories36), written
after the branch's first fixes: Lima's car bombs, Dhaka's general strike, the Pressler cut-off, Kobe's
foreign help, Jordan's closure of Hamas's offices, Tajikistan's broken truce and the Mykonos verdict. Every
expectation of tests/events/stories36b.py is asserted; what the coder still gets wrong is a strict xfail
with its reason.
"""

from __future__ import annotations

import pytest

from support import load_probe_module, story_tests

_stories = load_probe_module("stories36b")

pytestmark = [pytest.mark.model]

_LONG = "a long lead's second verb or set-off phrase (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NAMED = "an act named by a bare noun whose doer the story told before"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'reuters_lima_tarata:event:1': (
        "'Fujimori visited the wounded in hospital and vowed to crush the rebels': the vow, the second verb "
        "after a visit, is lost; " + _LONG
    ),
    'reuters_lima_tarata:event:3': (
        "'The United States condemned the bombing': the lead's car bombs exploded with no doer, and the "
        "guerrillas are named only by the minister's mark; " + _NAMED
    ),
    'ap_washington_pressler:event:2': (
        "'In Islamabad, Foreign Secretary Tanvir Ahmad Khan said the decision was unfair and "
        "discriminatory': " + _NAMED
    ),
    'afp_amman_hamas:event:0': (
        "'Jordanian police closed the offices of the Palestinian Islamic movement Hamas': a group's offices "
        "closed are no act to the lexicon"
    ),
    'afp_amman_hamas:event:1': (
        "'and arrested 12 of its members': the members of 'its' (Hamas) read as Jordan's (JORCOP -> JOR "
        "173); " + _TARGET
    ),
    'afp_amman_hamas:event:2': (
        "'Judeh said Hamas had used Jordanian territory for illegal activities': a use of territory for "
        "illegal ends is no wrongdoing to the lexicon (read as a refusal aimed at Jordan, 124)"
    ),
    'afp_amman_hamas:event:3': (
        "'Ghosheh ... called the move a gift to Israel': 'called X a gift' read as Hamas giving Israel aid "
        "(070)"
    ),
    'afp_amman_hamas:event:4': (
        "'and urged King Abdullah to reverse it': the second verb after the misread verdict is lost; " + _LONG
    ),
    'afp_amman_hamas:event:5': (
        "'Israel welcomed the decision': aimed at the decision's object (Hamas) rather than Jordan, which "
        "made it; " + _NAMED
    ),
    'afp_amman_hamas:clean:0': "the arrest aimed at Jordan, Judeh's charge read as 124, the 'gift' as aid",
    'tass_dushanbe_truce:event:0': (
        "'Tajik opposition fighters broke a ceasefire ... and seized the town of Tavildara': a town taken is "
        "aimed at its people (TJKCVL) rather than the state that held it; " + _TARGET
    ),
    'tass_dushanbe_truce:event:1': (
        "'The ministry said the rebels, who had crossed from bases in northern Afghanistan, had attacked "
        "army posts': the rebels read as Afghanistan's (AFGREB) through their bases"
    ),
    'tass_dushanbe_truce:clean:0': (
        "the rebels read as AFGREB (see event 1) in the charge and the U.N. appeal, and the town's capture "
        "as aimed at its people"
    ),
    'dpa_bonn_mykonos:event:2': (
        "'Kinkel said the verdict showed that Tehran had been involved in state terrorism': the part taken "
        "in a harm is told one clause down, under 'showed', and 'terrorism' is no harm of the class"
    ),
    'dpa_bonn_mykonos:event:5': (
        "'In Tehran, Iran's Foreign Ministry rejected the verdict as politically motivated': aimed at Iran "
        "itself, not the German court; " + _NAMED
    ),
    'dpa_bonn_mykonos:event:7': (
        "'Hundreds of demonstrators gathered outside the German embassy in Tehran': the demonstrators read "
        "as Germany's (the BONN dateline's) opposition"
    ),
    'dpa_bonn_mykonos:clean:0': "the rejection aimed at Iran and the protest at Germany by Germans",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)
