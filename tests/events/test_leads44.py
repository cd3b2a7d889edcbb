"""The forty-second session's long-lead classes (wip/leads44), on fresh sentences and controls (none of them
is a row of probes_leads44.py): an ultimatum told as "to X or face Y", or a deadline given "until" a date,
is its giver's 139 at the party given or told (ultimatums.py); a warning that a party "would face" a harm
is aimed at that party (faced_threats.py); a demand's party is its that-clause's subject however deep the
act asked sits (asked_subjects.py); an agentless arrest of foreigners "in" a state, or an expulsion "from"
it, is that state's, and with no place named the act of the security body that tells it
(held_in_state.py); a headline's two present-tense acts joined by a comma (reparse._headline_verb_pair); a
denied charge's own modifier names its maker (denial_target._charge_makers); a protest note handed "over"
a dispute is no extradition (the lexicon's hand row); a message "dealing with" a topic tells no act
(carried_messages.TOPIC_VERBS); a coup's soldiers are the state's where it took place (coup_place.py)."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits, a full code or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # an ultimatum told as "to X or face Y" (main: the demanded act as the giver's own, or nothing)
    ("MOSCOW (Reuters) - Russian commanders gave Chechen fighters in Argun until Monday to lay down their "
     "arms or face an all-out assault.", ("RUS", "RUS", "13"), (("*", "*", "08"),)),
    ("Britain told Argentina it had 24 hours to withdraw its troops from the islands or face military "
     "action.", ("GBR", "ARG", "13"), ()),
    ("The United States gave Iraq until noon on Friday to let the inspectors in or face air strikes.",
     ("USA", "IRQ", "13"), ()),
    ("Washington told Belgrade it must withdraw its tanks from Kosovo or face NATO air strikes.",
     ("USA", "SRB", "13"), (("*", "*", "10"),)),
    # controls: no giver, or no party given
    ("Workers must accept the pay cuts or face dismissal.", None, (("*", "*", "13"),)),
    ("The farmers told reporters they had to sell their cattle or face ruin.", None, (("*", "*", "13"),)),
    # a warning that a party would face a harm (main: aimed at the harm's noun)
    ("ATHENS (Reuters) - Greece warned that Turkey would face European Union sanctions unless it withdrew "
     "its warships.", ("GRC", "TUR", "13"), (("GRC", "IGO", "*"),)),
    ("Washington warned that Khartoum would face U.N. sanctions unless it handed over the suspects.",
     ("USA", "SDN", "13"), (("USA", "IGO", "*"),)),
    # control: a party warned by name stays the one warned
    ("Bush warned Iraq that it would face NATO strikes.", ("USA", "IRQ", "13"), (("USA", "IGO", "*"),)),
    # a demand's party is its that-clause's subject (main: no target, nothing coded)
    ("Egypt demanded that Israel commit itself to a full withdrawal.", ("EGY", "ISR", "10"), ()),
    ("Greece demanded that Turkey commit itself to a withdrawal.", ("GRC", "TUR", "10"), ()),
    # control: a that-clause naming no party asks no one
    ("The union demanded that wages rise.", None, (("*", "*", "*"),)),
    # an agentless arrest of foreigners in a state is that state's (main: nothing)
    ("Two British engineers were arrested in Yemen on Sunday.", ("YEM", "GBR", "17"), ()),
    ("Four Pakistani sailors were detained in India on suspicion of spying.", ("IND", "PAK", "17"), ()),
    # an expulsion from a state; foreigners held, told by a state's security body (main: nothing)
    ("TEHRAN (Reuters) - A British businessman accused of spying was expelled from Iran on Monday.",
     ("IRN", "GBR", "17"), ()),
    ("Two Indian fishermen were arrested off the northern coast, the Sri Lankan navy said.",
     ("LKA", "IND", "17"), ()),
    ("Three French tourists were jailed for two years in Burma for distributing leaflets.",
     ("MMR", "FRA", "17"), ()),
    ("An Israeli diplomat was ordered out of Egypt on Monday.", ("EGY", "ISR", "16"), ()),
    # controls: a place that is no state; an order out of no state
    ("Two Britons were jailed for life in London.", None, (("*", "*", "*"),)),
    ("The ambassador was ordered out of the meeting.", None, (("*", "*", "*"),)),
    # a deadline given until a date (main: the act asked as the giver's own, or nothing)
    ("NATO gave Bosnian Serbs until midnight to pull their heavy guns back from Sarajevo.",
     ("IGO", "BIH", "13"), (("*", "*", "08"),)),
    ("Washington gave Haiti's military rulers until October 15 to step down.", ("USA", "HTI", "13"), ()),
    # control: no party given a deadline
    ("He gave interviews until midnight to promote the book.", None, (("*", "*", "*"),)),
    # controls: the state's own people at home; a release (kidnappers free their hostages)
    ("Three Kenyans were arrested in Kenya on Sunday.", None, (("*", "*", "17"),)),
    ("Two Germans were freed in Lebanon.", None, (("LBN", "*", "*"),)),
    # a headline's two present-tense acts joined by a comma (main: nothing)
    ("Syria expels Turkish diplomat, recalls envoy from Ankara", ("SYR", "TUR", "16"), ()),
    # control: a reporting second verb keeps the first clause's act
    ("Iraq rejects U.N. demand, says inspectors are spies", ("IRQ", "IGO", "12"), ()),
    # a denied charge's own modifier names its maker (main: nothing)
    ("Cuba denied Bush administration charges that its agents had spied on exiles in Miami.",
     ("CUB", "USA", "01"), ()),
    # control: a nationality adjective on the charge, read so already
    ("Syria denied Israeli charges that it armed Hizbollah.", ("SYR", "ISR", "01"), ()),
    # a protest note handed over a dispute (main: an extradition, 063)
    ("Seoul handed a protest note to the Japanese envoy on Monday over the textbook row.",
     ("KOR", "JPN", "11"), (("*", "*", "06"),)),
    # control: people handed over are still extradited
    ("Britain handed over two IRA suspects to the Irish police.", ("GBR", "IRL", "06"), ()),
    # a message dealing with a topic (main: nothing)
    ("Jordan's foreign minister delivered a message from King Hussein to President Mubarak dealing with the "
     "Gulf crisis.", ("JOR", "EGY", "04"), ()),
    # control: a message whose participle tells an act keeps it
    ("An envoy delivered a letter from Arafat to Rabin proposing new talks.", ("PSE", "ISR", "03"), ()),
    # a coup's soldiers are the state's where it took place (main: the dateline's own army)
    ("WASHINGTON (Reuters) - The United States condemned the military coup in Pakistan on Tuesday.",
     ("USA", "PAK", "11"), (("USA", "USA", "*"),)),
    ("LONDON (Reuters) - Britain condemned the military coup in Fiji.", ("GBR", "FJI", "11"),
     (("GBR", "GBR", "*"),)),
    # control: a coup with no soldiers named
    ("PARIS (AFP) - France condemned the coup in Niger on Tuesday.", ("FRA", "NER", "11"), ()),
]

test_leads44_case = _match.case_test(CASES)
