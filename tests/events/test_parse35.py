"""The thirty-third session's long-lead classes (wip/parse35), on fresh sentences and controls (none of them
is a row of probes_parse35.py): a name's lower-case particle read as the clause's verb ("Hans van den Broek
on Friday accused ...", "den" a verb with "Broek" its object), the name laid back as the real verb's
subject; two acts joined by a semicolon or a dash, the first hung on the second as its complement ("Iraqi
artillery shelled Mehran on Sunday; Iranian jets bombed a refinery"), the first made the head and the
second its conjunct; a joint subject answering an owned proposal for a two-way act ("Iran and Iraq
rejected a Soviet proposal for peace talks"), aimed at the owner, not at each other; a that-clause hung on
the statement the speaker said it in ("Iran said in a statement carried by IRNA that it would close ..."),
hung on the speaking verb; ASEAN's British spelling ("South-East"), read as Botswana's district."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # a name's particle read as the verb
    ("Dutch Foreign Minister Hans van den Broek on Friday accused Iraq of using chemical weapons against "
     "its Kurds, a Foreign Ministry spokesman said in The Hague.", ("NLD", "IRQ", "11"), ()),
    ("European Commissioner Hans van den Broek on Monday urged Turkey to withdraw its troops from northern "
     "Cyprus, a Commission spokesman said in Brussels.", ("EUR", "TUR", "02"), ()),
    ("Angolan President Jose Eduardo dos Santos, 44, on Sunday accused South Africa of sending troops into "
     "Cunene province, the official Angop news agency said.", ("AGO", "ZAF", "11"), ()),
    # controls: particle names the model reads right, as subject and object
    ("Argentine President Fernando de la Rua on Tuesday accused Britain of stalling talks on the Falkland "
     "Islands, the official Telam news agency said.", ("ARG", "GBR", "11"), ()),
    ("Brazilian police arrested Paulo da Costa, a 40-year-old banker, on Monday.", ("BRA", "BRA", "17"), ()),
    ("The Cuban government on Monday expelled a Dutch diplomat, Jan van der Meer, for spying.",
     ("CUB", "NLD", "16"), ()),
    # two acts joined by a semicolon or a dash, the first hung on the second
    ("Iraqi artillery shelled the Iranian border town of Mehran on Sunday; Iranian jets bombed an oil "
     "refinery near Basra in reply.", ("IRQ", "IRN", "19"), ()),
    ("Ethiopian troops captured the Eritrean town of Barentu on Wednesday; Eritrea recalled its ambassador "
     "from Addis Ababa.", ("ETH", "ERI", "19"), ()),
    ("Serb gunners shelled the Bosnian town of Tuzla on Monday -- Bosnian army troops attacked Serb "
     "positions on Mount Majevica.", ("SRB", "BIH", "19"), ()),
    # controls: the second act kept; a second clause that is no act
    ("Ethiopian troops captured the Eritrean town of Barentu on Wednesday; Eritrea recalled its ambassador "
     "from Addis Ababa.", ("ERI", "ETH", "16"), ()),
    ("Syrian troops shelled east Beirut on Tuesday; it was the heaviest shelling in months.",
     ("SYR", "LBN", "19"), ()),
    # a joint subject answering an owned proposal for a two-way act
    ("Both Ethiopia and Eritrea on Saturday rejected an OAU proposal for a ceasefire.", ("ETH", "IGO", "12"),
     (("ETH", "ERI", "12"), ("ERI", "ETH", "12"))),
    ("Iran and Iraq on Monday rejected a Soviet proposal for peace talks in Moscow.", ("IRN", "USR", "12"),
     (("IRN", "IRQ", "12"), ("IRQ", "IRN", "12"))),
    # controls: a two-way act with no owner named stays mutual; an owned offer accepted
    ("Greece and Turkey on Monday agreed to hold talks in Geneva.", ("GRC", "TUR", "03"), ()),
    ("Chad and Libya on Friday accepted a Moroccan offer of talks.", ("TCD", "MAR", "03"), ()),
    # a that-clause hung on the statement the speaker said it in
    ("Iran said in a statement carried by IRNA that it would close its border with Afghanistan.",
     ("IRN", "AFG", "13"), ()),
    ("Zaire said in a statement broadcast by state radio on Sunday that it would expel all Rwandan refugees "
     "by the end of the year.", ("COD", "RWA", "13"), ()),
    # the British spelling of ASEAN
    ("The Association of South-East Asian Nations on Monday called on Vietnam to withdraw its troops from "
     "Cambodia.", ("IGO", "VNM", "02"), (("BWA", "*", "*"),)),
]


test_parse35_case = _match.case_test(CASES)  # the wanted triple coded, no forbidden one


_parsed = _match.reparsed  # the sentence after the re-parse repairs


def test_particle_name_laid_back_as_subject() -> None:
    part = _parsed("Dutch Foreign Minister Hans van den Broek on Friday accused Iraq of using chemical "
                   "weapons, a spokesman said.")
    broek = next(t for t in part if t.text == "Broek")
    den = next(t for t in part if t.text == "den")
    assert broek.dep_ == "nsubj" and broek.head.text == "accused"
    assert den.head.text == "Broek" and den.dep_ == "compound"


def test_that_clause_on_the_speaking_verb() -> None:
    part = _parsed("Iran said in a statement carried by IRNA that it would close its border with "
                   "Afghanistan.")
    close = next(t for t in part if t.text == "close")
    assert close.head.text == "said" and close.dep_ == "ccomp"


def test_first_clause_made_head_of_the_join() -> None:
    part = _parsed("Iraqi artillery shelled the Iranian border town of Mehran on Sunday; Iranian jets bombed "
                   "an oil refinery near Basra in reply.")
    shelled = next(t for t in part if t.text == "shelled")
    bombed = next(t for t in part if t.text == "bombed")
    assert shelled.dep_ == "ROOT" and bombed.head.text == "shelled" and bombed.dep_ == "conj"
