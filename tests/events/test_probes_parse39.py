"""The parse39 probes (tests/events/probes_parse39.py): long era leads (1985-2005 agency copy), written blind,
weighted to force aimed at a purpose clause's goal; purpose and result clauses; concessive and conditional
clauses; a lead that opens with a quotation; an act noun with an of-phrase object and a by-phrase; two acts
joined by "and"; a passive with a far agent; an apposition between verb and object; and the era's phrasal
verbs ("cracked down on", "rounded up", "called off", "pulled out of", "backed down", "stood by"). Each row
must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_parse39")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'DHAKA, Nov 28 (Reuters) - Bangladeshi police wielding bamboo batons and firing tear gas on Sunday '
    'stopped hundreds of opposition activists from marching on the office of Prime Minister Khaleda Zia, '
    'witnesses said.':
        "the force is told by a participle on the subject ('police wielding bamboo batons and firing tear "
        "gas ... stopped activists'): a reduced relative's act is not read, and 'stopped X from marching' "
        'is no act',
    'Iraqi troops opened fire on Tuesday to prevent thousands of Kurdish villagers from crossing the '
    'mountains into Turkey, killing at least 12 of them, Turkish officials said in Ankara.':
        "the people met are found ('thousands of Kurdish villagers'), but 'Kurdish' resolves to Turkey "
        "(TURCVL) from the 'into Turkey' of their crossing, an actors-stage reading; an analyst codes "
        "Iraq's Kurds",
    'Unless Baghdad lets U.N. inspectors back into the presidential sites, Washington will have no choice '
    'but to use force, Defence Secretary William Cohen said on Tuesday.':
        "with the unless-clause fronted and hung on the hedge's 'have', the threatened 'use force' finds "
        'no target (the same clause after the act is read)',
    "The storming of the Japanese ambassador's residence in Lima by Peruvian commandos on Tuesday ended a "
    'four-month siege by Tupac Amaru rebels, killing all 14 of the guerrillas, officials said.':
        "'storming' is no event noun, and 'ended a four-month siege' is read as the embassy's owner "
        'ending it (JPNGOV 0872)',
    'NAIROBI (AP) - Three Italian aid workers were kidnapped on Monday near the Somali town of Merca, '
    'about 100 km south of the capital Mogadishu, by gunmen loyal to a local clan leader, U.N. officials '
    'said.':
        "'gunmen loyal to a local clan leader' resolve to the government (SOMGOV), an actors-stage "
        "reading of 'loyal to'",
    'NAIROBI, July 4 (Reuters) - Kenyan police on Wednesday arrested a leading advocate of multi-party '
    'politics, former cabinet minister Kenneth Matiba, at his home in Nairobi, his lawyer said.':
        "'a leading advocate of multi-party politics' resolves to civilians (KENCVL), not the opposition; "
        'country + root passes',
    'SEOUL (Yonhap) - South Korea on Monday called off Red Cross talks with North Korea on family '
    'reunions after the North test-fired a ballistic missile over the Sea of Japan, officials said.':
        "'Red Cross talks with North Korea': the compound naming the talks' kind takes the target (the "
        "Red Cross) before the with-phrase's North Korea",
    'WASHINGTON (AP) - The United States will stand by its commitments to Taiwan despite its new ties '
    'with Beijing, Secretary of State George Shultz told Congress on Wednesday.':
        "'stand by' has no lexicon row: a row was tried and dropped, since 'stood by Iraq in its dispute "
        "with Kuwait' took the with-phrase as the one supported",
    'HARARE, Nov 13 (Reuters) - Zimbabwean riot police fired tear gas and water cannon on Monday to stop '
    'thousands of trade unionists marching on parliament to protest against a rise in fuel prices, '
    'witnesses said.':
        "'fired tear gas and water cannon' reads the cannon as the fired object's head: the people the "
        "purpose stops ('thousands of trade unionists') have no country, and the force act is dropped",
    'The bombing of the southern town of Yei by Sudanese government aircraft on Wednesday killed 11 '
    "civilians, including six children, the rebel Sudan People's Liberation Army said.":
        "'Sudanese government aircraft' resolve to the government (SDNGOV), not the air force, and a "
        "bombing from aircraft stays 183 (no aerial 195 for an act noun's by-phrase); country + root "
        'passes',
    'ATHENS (Reuters) - Greece on Wednesday closed its northern neighbour, the former Yugoslav republic '
    "of Macedonia, off from the port of Salonika, in a dispute over the republic's name, officials said.":
        "'closed X off from the port' (a blockade, 191) has no row: 'close' with the particle 'off' and a "
        'from-phrase is not read',
    'The shelling of Gorazde by Bosnian Serb artillery on Saturday killed at least 15 people and wounded '
    'dozens, U.N. officials said in Sarajevo.':
        "'Bosnian Serb artillery' resolves to Bosnia's rebels (BIHREB), where the era's convention takes the "
        'Serb side (SRB / BIHSRB), an actors-stage reading; country + root passes',
    'LONDON (Reuters) - Britain would have no choice but to defend the Falkland Islands by force if '
    'Argentina attacked them again, Defence Secretary Michael Heseltine told parliament on Thursday.':
        "'defend X by force' is no force verb (read as an intent to cooperate with the islands, 032), so the "
        'hedge has no force to make a threat of',
    'JAKARTA (AFP) - Indonesia on Thursday called off joint military exercises with Australia and '
    'recalled its ambassador from Canberra in protest at Australian criticism of its policy in East '
    'Timor, officials said.':
        "'called off joint military exercises' is read as the exercises held (062), and the coordinated "
        "'recalled its ambassador from Canberra' is not read",
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL39, KNOWN_GAPS, ROW_GAPS)
