"""The lead32 probes (tests/events/probes_lead32.py): GSR-style leads of 1985-2005 weighted as the GSR's
event types are, written blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead32")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Tens of thousands of Iranians marched through Tehran on Friday chanting "Death to America" to '
    'mark the anniversary of the seizure of the U.S. embassy, state radio said.':
        "the march's target is read from the country it is in (IRN); the slogan it chants ('Death to "
        "America') names the party it is against and is not read",
    'About 20,000 students clashed with riot police in central Seoul on Saturday during a rally to '
    'demand the resignation of President Chun Doo-hwan, hurling firebombs and rocks.':
        "the clash is coded as the riot it is, aimed at the police (KORCOP); the rally's own target, "
        'the government whose president it wants out, is not coded beside it',
    "Leftist guerrillas of the Tupac Amaru Revolutionary Movement stormed the Japanese ambassador's "
    'residence in Lima during a party on Tuesday night and took hundreds of guests hostage.':
        'the storming is coded (190) but the hostage-taking in the conjunct after it is lost',
    'India closed all but two of its border crossings with Nepal on Thursday after the two countries '
    'failed to renew trade and transit treaties, cutting off fuel supplies to the Himalayan kingdom.':
        "'all but two of' makes the numeral the object, so the crossings (and the closure's row) are "
        'not found',
    'Libya on Sunday refused to hand over two men suspected of bombing a Pan Am airliner over '
    'Lockerbie, despite the threat of U.N. sanctions, saying they would not get a fair trial in '
    'Britain or the United States.':
        "with no party named for the refusal, the learned attacher takes the airline of the suspects'"
        ' participle (USABUS)',
    'A Turkish government spokesman, responding to an Iraqi complaint that Turkish troops had '
    'violated its border, said on Tuesday that Ankara had every right to pursue Kurdish guerrillas '
    'who use northern Iraq as a base for attacks.':
        'a right asserted in answer to a complaint has no row, and the complaint in the participle is'
        ' not coded',
    'Israel vowed on Tuesday to retaliate for a Hizbollah rocket attack that wounded 12 people in the'
    ' northern town of Kiryat Shmona, and its warplanes went on alert.':
        "the era spelling 'Hizbollah' is not in the tables (left out at the merge: the unread PLOVER "
        'half loses a record with it)',
    'The State Department said on Friday that North Korea had sold Scud missiles to Iran and Syria in'
    ' violation of international controls, and warned of unspecified consequences.':
        "a reported sale to others is coded as the sale (072), not as the speaker's accusation: the "
        'SAY rule takes reported force only',
    '"This is an extremely regrettable act that threatens the peace and security of Japan," Chief '
    'Cabinet Secretary Hiromu Nonaka told reporters after North Korea fired a rocket over the '
    'Japanese islands.':
        "a verdict told only in a direct quote codes nothing; the after-clause's launch is coded "
        'instead',
    'North Korea said on Wednesday it would regard any sanctions imposed by the United Nations over '
    'its nuclear programme as a declaration of war, the official Korean Central News Agency reported.':
        "a threat told as how sanctions would be regarded ('as a declaration of war') has no row",
    'U.N. officials said on Saturday that Bosnian Serb forces had blocked an aid convoy bound for the'
    ' besieged enclave of Srebrenica for the third time in a week.':
        "an aid convoy blocked 'for the third time in a week' codes no act",
}

ROW_GAPS: dict[tuple[str, str], str] = {
    ("Angola's UNITA rebels on Tuesday rejected the results of last month's elections won by the "
     'ruling MPLA, charging widespread fraud, and refused to demobilise their troops.', 'AGO'):
        "the charge of fraud in the participle after the rejection ('charging widespread fraud') is "
        'not coded',
    ("Iran, accusing Afghanistan's Taleban militia of killing eight Iranian diplomats in Mazar-i-"
     'Sharif, began war games involving 70,000 Revolutionary Guards near the Afghan border on '
     "Tuesday, the largest manoeuvres in the Islamic Republic's history.", 'IRN'):
        'the accusation told in the set-off participle between subject and verb is cut out to parse '
        'the main verb, and not coded',
    ('Taiwan on Saturday denounced China\'s missile tests off its coast as "state terrorism" and put '
     'its armed forces on alert, as the island prepared for its first direct presidential election.', 'TWN'):
        "the tests' doer is read as China's military (CHNMIL), not the state the possessor names, and"
        ' the alert in the conjunct is lost',
    ('Pakistan on Saturday denounced what it called the brutal repression of the Moslem population of'
     ' Kashmir by Indian security forces and urged the United Nations to intervene.', 'PAK'):
        "'what it called X by Y': the act named as the object of 'called' hides its agent, so the "
        'condemnation is aimed at the people repressed (INDMOS)',
    ('China demanded on Saturday that the United States apologise for the bombing of its embassy in '
     'Belgrade, as thousands of students stoned the U.S. embassy in Beijing.', 'CHN'):
        "the stoning told in an 'as'-clause beside the demand is not coded",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL32, KNOWN_GAPS, ROW_GAPS)
