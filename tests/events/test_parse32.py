"""The thirtieth session's long-lead classes (wip/parse32), on fresh sentences and controls (none of them is
a row of probes_parse32.py): a past participle set off after the opening phrase (also a pair) cut out and
parsed again; a simple-past verb coordinated with a perfect-tense relative clause hung back on the main verb;
a pact signed or talks held, told in the passive with a between-phrase, done by the pair each way; a refusal
despite pressure from X refuses X; a subject swallowed by a fronted "Despite ..." phrase; "took X and dozens
of Y hostage"; a threat the clause is "under" is the of-phrase's, made on the clause's subject."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # a set-off past participle after the opening phrase, the phrase a pair
    ("Peru and Ecuador, locked in a border dispute that has flared into fighting three times, signed a "
     "peace treaty in Brasilia on Monday.", ("PER", "ECU", "05"), ()),
    ("India and Pakistan, embroiled in a dispute over Kashmir that has caused two wars, agreed on Friday to "
     "resume talks.", ("IND", "PAK", "03"), ()),
    # control: a participle with its own act stays background where the verb keeps its subject
    ("Kuwait, invaded by Iraqi troops in 1990, on Sunday held a parliamentary election.", None,
     (("*", "*", "19"),)),
    # a simple-past verb on a perfect relative clause is the main verb's second act
    ("Iraq on Monday seized documents that U.N. inspectors had gathered at a ministry and ordered the "
     "team's leader David Kay to leave Baghdad.", ("IRQ", "*", "17"), ()),
    # control: a relative clause's own conjunct stays its own
    ("Police on Monday arrested the men who had robbed the bank and fled to the hills.", None,
     (("*", "*", "08"),)),
    # a passive pact or talks noun whose between-phrase names the pair
    ("A border agreement between Russia and China was signed in Beijing on Tuesday.", ("RUS", "CHN", "05"),
     ()),
    ("A trade pact between Chile and Mexico was signed in Santiago by the two countries' trade ministers.",
     ("MEX", "CHL", "05"), ()),
    ("Talks between Greece and Turkey on the Aegean dispute will be held in Athens next month, officials "
     "said.", ("GRC", "TUR", "03"), ()),
    # control: a pact between two criticised by a third stays the third's
    ("A deal between Israel and Jordan was criticised by Syria on Friday.", None, (("ISR", "JOR", "*"),)),
    # a pact noun's between-pair, announced by a third party for a set day ("would take effect")
    ("The Organisation of African Unity announced on Monday that a ceasefire between Ethiopia and Eritrea "
     "would take effect at midnight.", ("ETH", "ERI", "08"), (("IGO", "*", "08"),)),
    ("Mediators said on Friday that a truce between Armenia and Azerbaijan would come into force on "
     "Sunday.", ("ARM", "AZE", "08"), ()),
    # control: a modal judgement on a truce stays no act
    ("Diplomats said a ceasefire between the two sides would not hold for long.", None, (("*", "*", "08"),)),
    # a refusal despite pressure names the pressers
    ("Despite strong pressure from Washington to sign the nuclear treaty, Pakistan on Monday refused to "
     "join it.", ("PAK", "USA", "12"), ()),
    ("Despite appeals from the European Union, Turkey on Monday rejected a plan to reopen its ports.",
     ("TUR", "*", "12"), (("IGO", "*", "*"),)),
    # "took X and dozens of Y hostage"
    ("Gunmen stormed the Colombian embassy in Santo Domingo and took the ambassador and dozens of diplomats "
     "hostage.", ("*", "*", "18"), ()),
    ("Armed men stormed parliament in Honiara on Monday and took Prime Minister Bartholomew Ulufa'alu and "
     "dozens of lawmakers hostage.", ("SLB", "SLB", "18"), ()),
    # a threat the clause is under: the threatened is the clause's subject
    ("Under threat of U.S. air strikes, Serbia on Monday pulled its troops back from the border.", None,
     (("SRB", "USA", "13"),)),
    ("Under threat of NATO air strikes, the Serbs on Friday began withdrawing their guns from around "
     "Gorazde.", ("IGO", "SRB", "13"), (("SRB", "IGO", "13"),)),
]


test_parse32_case = _match.case_test(CASES)  # the wanted triple coded, no forbidden one


_parsed = _match.reparsed  # the sentence after the re-parse repairs


def test_set_off_past_participle_cut() -> None:
    part = _parsed("Armenia and Azerbaijan, locked in a war that has killed thousands, agreed on Monday to a "
                   "ceasefire.")
    armenia = part[0]
    assert armenia.dep_ == "nsubj" and armenia.head.text == "agreed"
    assert part.text.startswith("Armenia and") and part[0].idx == 0


def test_past_verb_hung_back_from_perfect_relative() -> None:
    part = _parsed("North Korea removed the cameras that inspectors had placed on the reactor "
                   "and ordered the "
                   "inspectors to leave.")
    ordered = next(t for t in part if t.text == "ordered")
    assert ordered.head.text == "removed" and ordered.dep_ == "conj"


def test_relative_pronoun_keeps_its_conjunct() -> None:
    part = _parsed("Police on Monday arrested the men who had robbed the bank and fled to the hills.")
    fled = next(t for t in part if t.text == "fled")
    assert fled.head.text == "robbed"
