"""The targets32 probes (tests/events/probes_targets32.py): who an act is done to, in era leads written
blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_targets32")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Israel on Sunday blamed the pro-Iranian Hizbollah guerrillas for the rocket attack on northern '
    'Israeli towns that wounded 12 people.':
        "the era spelling 'Hizbollah' is not in the tables; the blame falls on the towns struck",
    'Pakistan on Monday denounced the demolition of the 16th century Babri mosque by Hindu zealots in '
    'the Indian town of Ayodhya and declared a day of mourning.':
        "'Hindu zealots' are placed by the speaker's country (PAKHIN), not by the Indian town they acted in",
    'Iranian students stormed the U.S. embassy in Tehran on Sunday and seized about 90 hostages, '
    'demanding the return of the deposed Shah.':
        'the hostage-taking in the conjunct is lost; the storming is read as armed force (190), not as '
        'abduction or a violent protest',
    'Armed men stormed a village south of Algiers overnight and killed 52 people, many of them women and '
    'children, in the latest massacre blamed on Moslem militants.':
        'the storming is armed force (190) at the bare country; the killing of 52 in the conjunct is '
        'not coded as mass killing of civilians',
    'Pakistani students set fire to the U.S. embassy in Islamabad on Wednesday after a radio report said '
    'Americans were behind the seizure of the Grand Mosque in Mecca.':
        'an embassy set on fire by students is read as property seized (171), not as a violent protest',
    "Iraqi troops blockaded the southern marshes on Tuesday, cutting off food supplies to thousands of "
    "Shi'ite Marsh Arabs, Iranian-based opposition groups said.":
        "coded IRQMIL -> IRQCVL 191 since targets33 (the people cut off); the row's sources lack IRQMIL, "
        'which the guide gives troops',
    'President Clinton on Tuesday signed into law a bill tightening the U.S. embargo against Cuba, a '
    'week after Cuban jets shot down two exile aircraft.':
        "a law signed that tightens an embargo is not read as the embargo; the week-after clause's "
        'downing is coded instead',
    'The United States formally notified Russia on Thursday that it would withdraw from the 1972 '
    'Anti-Ballistic Missile treaty in six months.':
        'a withdrawal from a treaty told as what a notice says is not coded (no party for the treaty)',
    "Britain on Wednesday ordered the army to scale down its patrols in Catholic areas of Belfast in "
    "response to the Irish Republican Army's ceasefire.":
        "'scale down' is no de-escalation in the lexicon; the order is read as a demand on the army",
    'President Boris Yeltsin on Sunday ordered a halt to bombing raids against Chechen separatists and '
    'proposed talks with their leader Dzhokhar Dudayev.':
        "'ordered a halt to bombing raids' is read as the order alone, with no target",
    'The United States suspended its security obligations to New Zealand under the ANZUS treaty on '
    'Wednesday after Wellington barred nuclear-armed warships from its ports.':
        'obligations suspended under a treaty have no lexicon row',
    'Argentina on Monday renewed its claim to the Falkland Islands and called on Britain to begin talks '
    'on the sovereignty of the territory.':
        'a call to begin talks is read as an appeal (026), not a demand to negotiate; the claim is not coded',
    'U.S. troops invaded Panama early on Wednesday to overthrow General Manuel Noriega, seizing key '
    'military installations around the capital.':
        'an invaded country is coded bare (PAN), the row wants its government or army',
    'Heavy fighting between government troops and rebels in 1994 left much of the town in ruins, and '
    'few of its residents have returned, aid workers said.':
        "'in 1994' on the fight's noun is not read as the fight's date (ten-year rule at 2000-01-01), and "
        'the unplaced sides are coded',
}

ROW_GAPS: dict[tuple[str, str], str] = {
    ('Egypt on Saturday condemned the killing of 29 Palestinian worshippers by a Jewish settler at a '
     'mosque in Hebron and called on Israel to protect Palestinians in the occupied territories.', 'EGYGOV'):
        "'called on Israel to protect' is read as an appeal (020), not a demand for protection (104)",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL32, KNOWN_GAPS, ROW_GAPS)
