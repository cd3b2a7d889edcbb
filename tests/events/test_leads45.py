"""The forty-third session's verbal-act classes (wip/leads45), on fresh sentences and controls (none of them
is a row of probes_leads45.py): a readiness word the model parses as a passive ("Cairo was prepared to
host talks") takes its passive subject as the one ready (ready_passive.py); hope or doubt about a party's
dealings, or about progress in them, is aimed at the other party of the dealings (hoped_dealings.py); an
offer, pledge or promise coordinated with a first cooperative act is its own act, made to the first act's
party (attach.co_act_of, coder.OFFER_VERBS); "had no comment on" / "declined to comment on" another
party's act is 011 (the lexicon; "no" counts as an object's modifier, and the row's own "no" is no
negation: "had no hope" is 012); a claim or denial of responsibility for an act is aimed at the party the
act struck (responsibility_for.py); regret voiced over another party's act, a rejection among them, is
disapproval (the lexicon's voice row)."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits, a full code or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # a readiness word parsed as a passive (main: no source, the capital read as the target)
    ("The Egyptian foreign minister said Cairo was prepared to host talks between Israel and Syria.",
     ("EGY", "ISR", "03"), ()),
    ("A Syrian official said Damascus was prepared to reopen its border with Jordan.", ("SYR", "JOR", "03"),
     ()),
    # control: a thing prepared is no party ready
    ("The minister said the proposals were prepared to help farmers.", None, (("*", "*", "*"),)),
    # hope about a party's dealings (main: no target, nothing coded)
    ("Egypt expressed hope that relations with Sudan would improve.", ("EGY", "SDN", "01"), ()),
    ("Jordan voiced confidence that its dialogue with Iraq would lead to an agreement.",
     ("JOR", "IRQ", "01"), ()),
    ("Israel said it saw little hope of progress in its negotiations with Syria.", ("ISR", "SYR", "01"), ()),
    # control: dealings with no party named
    ("Japan expressed hope that the talks would succeed.", None, (("*", "*", "*"),)),
    # an offer coordinated with a cooperative act (main: the offer not coded, or with no target)
    ("India praised Nepal and offered aid.", ("IND", "NPL", "03"), ()),
    ("Japan thanked Thailand for its help and promised to send more aid.", ("JPN", "THA", "03"), ()),
    # control: an offer after a condemnation is not made to the one condemned
    ("Washington denounced Iran's missile tests and pledged to confront terrorism.", ("USA", "IRN", "11"),
     (("USA", "IRN", "03"),)),
    # no comment on another party's act (main: nothing, or the act commented on as the speaker's)
    ("Japan said it had no comment on South Korea's decision.", ("JPN", "KOR", "01"), ()),
    ("The State Department declined to comment on Iran's proposal.", ("USA", "IRN", "01"), ()),
    ("Beijing refused to comment on Taiwan's statement.", ("CHN", "TWN", "01"), ()),
    # controls: no comment on a thing of no party; no comment at all
    ("Japan said it had no comment on the report.", None, (("*", "*", "*"),)),
    ("A spokesman declined to comment.", None, (("*", "*", "*"),)),
    # "had no hope" is pessimism, not optimism (main: 013)
    ("Japan had no hope that South Korea would change its decision.", ("JPN", "KOR", "01"),
     (("*", "*", "013"),)),
    # responsibility for an act, aimed at its victim (main: nothing)
    ("Iran denied any involvement in the bombing in Buenos Aires.", ("IRN", "ARG", "01"), ()),
    ("Sudan denied any involvement in the attempt on the life of Egypt's president in Addis Ababa.",
     ("SDN", "EGY", "01"), ()),
    # controls: an on-phrase victim, read so already; no victim named
    ("Libya denied responsibility for the attack on the U.S. embassy.", ("LBY", "USA", "01"), ()),
    ("Iraq denied responsibility for the bombing.", None, (("*", "*", "*"),)),
    # regret over another party's rejection (main: an apology, 055)
    ("Germany voiced regret about Poland's rejection of the border treaty.", ("DEU", "POL", "11"),
     (("*", "*", "055"),)),
    # control: regret for one's own conduct stays uncoded with no party
    ("Japan voiced regret for its wartime conduct.", None, (("*", "*", "11"),)),
]

test_leads45_case = _match.case_test(CASES)
