"""The lead30 probes (tests/events/probes_lead30.py): GSR-style leads of 1985-2005, long leads most, written
blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead30")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'The Philippine government and the Moslem separatist Moro National Liberation Front signed a peace '
    'agreement in Jakarta on Monday, ending a 24-year rebellion on the southern island of Mindanao.':
        "the MNLF is coded by its faith (PHLMOS), not as the rebels it is (PHLREB): a separatist front's "
        "sector should win over its people's religion",
    'Croatian troops launched a massive offensive on Friday to retake the rebel Serb-held Krajina region,'
    ' shelling the rebel stronghold of Knin.':
        "'the rebel Serb-held Krajina region' is read as Serbia's (SRB), not as Croatia's rebels",
    'Cuba agreed on Friday to stop thousands of Cubans from fleeing to the United States on rafts, in '
    'return for a U.S. promise to admit at least 20,000 Cuban immigrants a year.':
        "an agreement to stop one's own people reaching a state names that state only inside the gerund "
        'clause',
    "Forces loyal to Cambodia's Second Prime Minister Hun Sen routed troops of First Prime Minister "
    "Prince Norodom Ranariddh in fierce fighting in Phnom Penh on Sunday, in what Ranariddh's supporters "
    'called a coup.':
        'the troops of a named leader take his dated code (KHMELI at 2000-01-01, KHMLEG since the fortieth '
        "session's row) through the target path, not their own sector",
    'Russia signed a contract on Wednesday to complete a nuclear power plant at Bushehr in southern Iran,'
    ' despite strong U.S. objections.':
        'a contract to build for a state names the state only as the place of the plant',
    "South Korean riot police stormed Seoul's Myongdong Cathedral on Friday to arrest striking union "
    'leaders who had taken refuge there, firing tear gas at hundreds of workers.':
        "police storming a building to arrest strikers is read as force on the building's people (CVL), not"
        ' repression of the workers',
    'Cuban MiG fighters shot down two small planes flown by Cuban exiles off Havana on Saturday, '
    'prompting President Bill Clinton to order new sanctions against the communist island.':
        "'fighters' before a family name of aircraft is read as irregulars (CUBUAF), and the consequence "
        "clause's sanctions are not reached",
    'President Bill Clinton signed an order on Sunday banning all U.S. trade with Iran, accusing Tehran '
    'of sponsoring terrorism and seeking nuclear weapons.':
        "with the accusing participle beside it, the ban told by the order's gerund is not coded (alone it "
        'is)',
    'ELN guerrillas hijacked a domestic airliner with 46 people on board on Monday and forced it to land '
    'at a jungle airstrip, Colombian officials said.':
        'a hijacked airliner names no party; its passengers are not placed',
    "Britain and Ireland signed a historic agreement in Belfast on Friday with Northern Ireland's "
    'political parties, setting up a new assembly and ending 30 years of sectarian conflict.':
        "a partner named in a with-phrase that resolves to no actor ('Northern Ireland's political "
        "parties') stops the two signers' own dyad",
    'The 1991 Gulf War, in which a U.S.-led coalition drove Iraqi forces out of Kuwait, cost Saudi Arabia'
    ' some $55 billion.':
        'a relative clause of history inside a subject dated by its year is coded',
    'Russian Prime Minister Vladimir Putin, vowing to wipe out what he called terrorist bands, said on '
    'Friday Moscow would press ahead with air strikes on Chechnya until the rebels laid down their arms.':
        "a threat told as what Moscow 'would press ahead with' under a reporting verb, with the rebels only"
        ' in the until-clause, is not read',
    "Sierra Leone's President Ahmad Tejan Kabbah and rebel leader Foday Sankoh, meeting in the Togolese "
    'capital Lome, signed a peace accord on Wednesday ending eight years of civil war.':
        "the parser makes 'Sankoh' the subject and hangs the titled president, and the 'and', under it as "
        'compounds: the two signers are not read as two',
    'India launched air strikes on Wednesday against what it said were Pakistan-backed infiltrators '
    'holding mountain positions in the Kargil sector of Kashmir, the first use of air power in the region'
    ' in 20 years.':
        "'against what it said were X' hides the target behind a free relative; the strikes are placed on "
        'the ground struck (INDCVL)',
}

ROW_GAPS: dict[tuple[str, str], str] = {
    ('Thousands of riot police fired tear gas to disperse some 10,000 students who hurled rocks and '
    'firebombs during a rally in Seoul on Saturday demanding the ouster of President Roh Tae-woo.', 'KOREDU'):
        "the students' riot is told in a relative clause, which codes nothing of its own (the police's "
        'repression is coded)',
    ('Iraqi anti-aircraft batteries fired on U.S. and British warplanes patrolling the northern no-fly '
    'zone on Monday, and the allied jets responded by bombing an air defence site near Mosul, the U.S. '
    'military said.', 'USA'):
        "'the allied jets' of the second clause are not linked to the U.S. and British warplanes, and "
        "'responded by bombing' is lost in the long sentence",
    ('Pakistan offered on Thursday to hold talks with India at any level to resolve the Kashmir dispute, '
    'but New Delhi said it would not negotiate while cross-border terrorism continued.', 'IND'):
        "'New Delhi said it would not negotiate' names no partner; the offer of the first clause is not "
        'carried over',
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL30, KNOWN_GAPS, ROW_GAPS)
