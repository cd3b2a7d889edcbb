"""The targets33 probes (tests/events/probes_targets33.py): who an act is done to, in era leads written
blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_targets33")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'France on Sunday condemned the kidnapping of seven French monks by Islamic militants in Algeria '
    'as an odious crime.':
        "'Islamic militants' in Algeria are irregulars (DZAUAF), the row wants the rebels (DZAREB)",
    'Washington said it was deeply disappointed on Friday after Pakistan carried out five nuclear '
    'tests in response to those of India.':
        "'said it was deeply disappointed' with no at/with/that complement is no trigger; the after-"
        "clause's tests are coded alone",
    'A Moslem cleric in Bangladesh on Friday offered a reward to anyone who killed the feminist '
    'writer Taslima Nasreen for insulting Islam.':
        'a reward offered for a killing is no threat in the lexicon',
    "Azerbaijan blockaded Armenia's rail links on Tuesday, cutting off fuel supplies to the "
    'landlocked republic.':
        "'blockaded rail links' is read as a blockade protest (144), not a blockade (191)",
    'President Clinton on Monday signed into law a bill imposing new sanctions on foreign companies '
    "that invest in Iran's oil industry.":
        "the sanctions' target is the companies that invest in Iran (IRNBUS), the row wants Iran's state",
    "Iraqi troops invaded Kuwait before dawn on Thursday, seizing the oil-rich emirate's capital and "
    'forcing the ruling family to flee.':
        'an invaded country is coded bare (KWT), the row wants its government or army',
    'Chinese police on Friday closed the offices of a pro-democracy magazine in Beijing and seized '
    'its printing presses.':
        "a magazine's offices closed are read as aimed at the place's people (CHNCVL), not the magazine "
        '(CHNMED)',
    'The Indian government dissolved the state assembly of Jammu and Kashmir on Monday and imposed '
    'direct rule from New Delhi.':
        "a state assembly dissolved is read as its people's (INDCVL), the row wants the assembly (INDLEG)",
    'President Boris Yeltsin on Friday suspended the activities of the Communist Party in Russia and '
    'seized its property.':
        "a party's activities suspended and its property seized have no lexicon row with the party as target",
    'New Zealand on Monday barred a U.S. warship from its ports after Washington refused to say '
    'whether it carried nuclear weapons.':
        'a warship barred from ports has no lexicon row',
    'U.S. Marines and paratroopers invaded the Caribbean island of Grenada on Tuesday, six days after '
    'a military coup.':
        "an invaded country is coded bare (GRD), and the 'military coup' of the after-phrase gives a "
        'second doer (GRDMIL)',
    'U.S. cruise missiles struck suspected guerrilla training camps in Afghanistan on Thursday in '
    'retaliation for the bombing of two U.S. embassies in East Africa.':
        'camps of unnamed guerrillas in Afghanistan are coded as the bare country (AFG)',
    'The 1967 Middle East war, in which Israel captured the West Bank and Gaza Strip, is remembered '
    'by Palestinians as the setback.':
        "the 1967 capture in a relative clause on a dated war is coded (the war's year is not carried to "
        'the clause)',
}

ROW_GAPS: dict[tuple[str, str], str] = {
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL33, KNOWN_GAPS, ROW_GAPS)
