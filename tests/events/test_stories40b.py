"""The second, small set of whole wire stories of our own (thirty-eighth session, wip/stories40), written
after the branch's fixes and committed before the coder ran on them (a coup in Bissau, a truce breach in
Kashmir, the Libya sanctions lifted, a consul expelled from Lagos, the Sahara hostages freed, Ershad's
curfew in Dhaka, Peru's Congress and the Constitutional Court). Every expectation of
tests/events/stories40b.py is asserted, and what the coder still gets wrong is a strict xfail with its
reason.
"""

from __future__ import annotations

import pytest

from support import load_probe_module, story_tests

_stories = load_probe_module("stories40b")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NOROW = "a verb or noun no lexicon row codes"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'afp_bissau_coup:event:0': (
        "'seized power on Sunday in a bloodless coup, detaining President Kumba Yala': read as an assault "
        'on Yala (GNBMIL -> GNBGOV 180); _NOROW'
    ),
    'afp_bissau_coup:event:1': (
        "'detaining President Kumba Yala': the participle read as the lead's assault; _LONG"
    ),
    'afp_bissau_coup:event:2': "'and said the military would hand power to a civilian government': _LONG",
    'afp_bissau_coup:event:3': (
        "'the armed forces had acted because Yala had repeatedly postponed the vote': a charge in a "
        'because-clause; _LONG'
    ),
    'afp_bissau_coup:event:6': (
        "'..., while Portugal ... said it would suspend its military cooperation': the cooperation's "
        'partner unnamed; _TARGET'
    ),
    'pti_jammu_truce:event:2': (
        "'Pakistan's military spokesman, Major-General Shaukat Sultan, denied the charge': Sultan read as "
        'INDMIL; _ERA'
    ),
    'reuters_tripoli_sanctions:event:1': (
        "'after Tripoli accepted responsibility for the 1988 Lockerbie bombing': an after-clause; _LONG"
    ),
    'reuters_tripoli_sanctions:event:2': (
        "'and agreed to pay up to $2.7 billion to the victims' families': _LONG"
    ),
    'reuters_tripoli_sanctions:event:3': "'Washington said its own sanctions would stay': _NOROW",
    'reuters_tripoli_sanctions:event:4': (
        "'and that Libya was still pursuing weapons of mass destruction': a charge by a verb the wrongdoing"
        ' words lack'
    ),
    'reuters_tripoli_sanctions:event:5': (
        "'Shalgam welcomed the vote': the council's vote ('voted to lift') names no act remembered under "
        "'vote'; _NOROW"
    ),
    'ap_lagos_consul:event:2': (
        "'and that Ghana had ignored repeated complaints': a charge by a verb the wrongdoing words lack"
    ),
    'ap_lagos_consul:event:4': (
        "'said Accra would recall its high commissioner for consultations': a recall with no place named; "
        '_TARGET'
    ),
    'dpa_algiers_hostages:event:0': (
        "'Algerian troops freed 17 European tourists held by Islamic militants ... after a gun battle': "
        'read as a release to the tourists (0841); _TARGET'
    ),
    'dpa_algiers_hostages:event:4': (
        "'said the kidnappers belonged to the Salafist Group ... and that several of them had been killed':"
        ' _ERA'
    ),
    'reuters_dhaka_curfew:event:3': (
        "'the opposition had tried to plunge the country into anarchy': a charge by a verb the wrongdoing "
        'words lack'
    ),
    'reuters_dhaka_curfew:event:4': (
        "'Opposition leaders called the emergency illegal': the emergency was told as declared, no act "
        'under the noun; _NOROW'
    ),
    'efe_lima_court_fujimori:event:0': (
        "'Peru's Congress ... dismissed three Constitutional Court judges': aimed at PER (the judges "
        'unresolved); _TARGET'
    ),
    'efe_lima_court_fujimori:event:1': "'Opposition legislators walked out of the chamber': _NOROW",
    'efe_lima_court_fujimori:event:3': (
        "'and the Organization of American States said it would send a mission to Lima': _LONG"
    ),
    'efe_lima_court_fujimori:event:4': (
        "'rejected foreign criticism of Peru's institutions': aimed at PERLEG; _TARGET"
    ),
    'pti_jammu_truce:party:0': "'Major-General Shaukat Sultan' read as INDMIL under the Jammu dateline: _ERA",
    'afp_bissau_coup:clean:0': 'the coup read as an assault on Yala (event 0)',
    'dpa_algiers_hostages:clean:0': (
        "the rescue read as a release to EURCVL and Fischer's appeal aimed at DZACVL"
    ),
    'efe_lima_court_fujimori:clean:0': (
        "the headline's Congress as PERLEGJUD and the rejection aimed at the Congress"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)
