"""The thirty-fifth session's long-lead classes (wip/parse37), on fresh sentences and controls (none of them
is a row of probes_parse37.py): an act told once and done again by a second party in an ellipsis ("as did
X", "X did the same", "and so did X", "X followed suit", "X, along with Y, ..."), and an answer in kind by
the first act's target, aimed back at its doer; charges or a case dropped, dismissed or thrown out by a
court, judge or prosecutor, a yielding to the accused; a yielding with no object aimed at the pressers its
after-clause or "in the face of" phrase names; the act named by a noun in the object of a decision
("approved the sale of", "authorized the release of", "announced the suspension of")."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

_DUTCH = "The Netherlands on Tuesday expelled two Iraqi diplomats for spying, as did Belgium, officials said."

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # an act echoed by a second party
    (_DUTCH, ("BEL", "IRQ", "16"), ()),
    (_DUTCH, ("NLD", "IRQ", "16"), ()),
    ("Sweden on Monday froze development aid to Kenya over the killing of opposition activists, and Norway "
     "did the same a day later.", ("NOR", "KEN", "16"), ()),
    ("Australia condemned the French nuclear test at Mururoa on Wednesday, and so did New Zealand.",
     ("NZL", "FRA", "11"), ()),
    ("Japan suspended new loans to India after its nuclear tests, and Canada followed suit on Friday.",
     ("CAN", "IND", "16"), ()),
    ("Syria, along with Libya, on Monday denounced the Jordanian-Palestinian accord as a betrayal.",
     ("LBY", "*", "11"), ()),
    # an answer in kind by the first act's target, aimed back at its doer
    ("Ecuador expelled a Peruvian military attache on Sunday, and Lima responded in kind hours later.",
     ("PER", "ECU", "16"), (("PER", "PER", "*"),)),
    # controls: a pronoun's echo adds no party; a partner of the object is no doer; a negated do
    ("Britain expelled two Syrian diplomats on Friday, as it did in 1986.", ("GBR", "SYR", "16"),
     (("GBR", "GBR", "*"),)),
    ("Peruvian police arrested a Shining Path leader along with three of his aides on Monday.",
     ("PER", "PER", "17"), (("PER", "PER", "16"),)),
    ("Egypt recalled its ambassador from Israel on Tuesday, but Jordan did not.", ("EGY", "ISR", "16"),
     (("JOR", "*", "*"),)),
    # charges dropped, dismissed or thrown out by a bench
    ("A Johannesburg court on Monday dismissed charges of treason against 16 black activists.",
     ("ZAF", "ZAF", "08"), (("ZAF", "ZAF", "01"),)),
    ("Prosecutors in Madrid on Friday dropped charges against four Basque journalists.", ("ESP", "ESP", "08"),
     ()),
    ("India's Supreme Court on Tuesday threw out the case against three opposition politicians.",
     ("IND", "IND", "08"), ()),
    # controls: a party that dismisses a charge against itself denies it (016)
    ("Libya on Monday dismissed U.S. charges of backing terrorism.", ("LBY", "USA", "01"),
     (("LBY", "*", "08"),)),
    # a yielding aimed at the pressers
    ("The Jordanian government backed down on Sunday on plans to raise bread prices after students rioted "
     "in the south.", ("JOR", "JOR", "08"), ()),
    ("Bangladesh's government backed down on Thursday after farmers blocked highways for three days.",
     ("BGD", "BGD", "08"), ()),
    ("The Moroccan government backed down in the face of strikes by teachers.", ("MAR", "MAR", "08"), ()),
    # control: a yielding to a named party keeps it
    ("China backed down on Saturday in its dispute with Vietnam.", ("CHN", "VNM", "08"), ()),
    # the act named by a noun in the object of a decision
    ("The U.S. Senate on Thursday approved the sale of 40 fighter planes to Taiwan.", ("USA", "TWN", "07"),
     ()),
    ("Bonn on Friday announced the suspension of all economic aid to Kenya.", ("DEU", "KEN", "16"),
     (("DEU", "KEN", "07"),)),
    ("Britain on Monday announced the suspension of talks with Argentina on the Falklands.",
     ("GBR", "ARG", "16"), ()),
    # second fixes: a move another party matched; the first act's target doing the same
    ("Chad expelled two Libyan diplomats on Monday, a move Libya matched on Tuesday.", ("LBY", "TCD", "16"),
     (("LBY", "LBY", "*"),)),
    ("Ghana closed its embassy in Lagos on Friday, and Nigeria did the same in Accra.", ("NGA", "GHA", "16"),
     (("NGA", "NGA", "*"),)),
    # a visit called off; an actor isolated; an acquittal; a withdrawal ordered
    ("Japan on Friday called off a visit to Moscow by its foreign minister.", ("JPN", "RUS", "16"),
     (("JPN", "RUS", "04"),)),
    ("The Organisation of African Unity voted on Monday to isolate Nigeria's military government.",
     ("IGO", "NGA", "16"), ()),
    ("A Pakistani court on Tuesday acquitted four opposition activists of sedition.", ("PAK", "PAK", "08"),
     ()),
    ("Gorbachev ordered the withdrawal of Soviet troops from Mongolia.", ("*", "MNG", "08"),
     (("*", "*", "15"),)),
    # controls: a matched offer is no echo; isolating a virus is no act; troops ordered to a place
    ("Kenya offered to host the talks, a move Uganda welcomed on Monday.", None, (("UGA", "*", "03"),)),
    ("French scientists isolated a new strain of the virus.", None, (("*", "*", "16"),)),
    ("Yeltsin ordered troops to the Chechen border on Monday.", None, (("*", "*", "08"),)),
    # controls: an announced aid stays aid; a decision on a non-act noun codes nothing
    ("Bonn on Friday announced $50 million in aid to Kenya.", ("DEU", "KEN", "07"), (("DEU", "KEN", "16"),)),
    ("The Senate approved the nomination of a new ambassador to Egypt.", None, (("*", "EGY", "*"),)),
]


test_parse37_case = _match.case_test(CASES)  # the wanted triple coded, no forbidden one
