"""The parse36 probes (tests/events/probes_parse36.py): long era leads (1985-2005 agency copy), written blind,
weighted to reciprocal acts, removals by an unusual verb, passives with a far by-agent, relative clauses
between subject and verb, "to"-infinitive chains, "not only ... but also", headlines run into the lead,
present-tense headline leads and the era's compound verbs. Each row must be coded (actor + root), except
the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_parse36")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'The Sudan People\'s Liberation Army, which has fought Khartoum\'s Islamic government since 1983, on '
    'Sunday shot down a military transport plane over the southern garrison town of Juba, killing all 20 '
    'people aboard, a rebel spokesman said in Nairobi.':
        "the participle's 'people aboard' make the shot-down military plane's target civilians (SDNCVL)",
    'The Khmer Rouge not only refused to take part in the U.N.-run election but also attacked polling '
    'stations in three provinces on Sunday, killing two Cambodian election workers, U.N. officials said in '
    'Phnom Penh.':
        "'election workers' are read as labour (KHMLAB), an actors-stage reading (country + root passes)",
    'The offices of the independent daily El Watan were raided on Monday, a day after it published an '
    'interview with a banned Islamic leader, by Algerian security police, the paper\'s editor said.':
        "'the offices of the independent daily El Watan' name no newspaper (---GOV): a daily unknown to "
        'the tables is not read as the media (country + root passes)',
    'Indonesia vowed on Tuesday to press ahead with its military campaign against separatist rebels in '
    'Aceh, rejecting calls from human rights groups for a ceasefire, the armed forces chief said.':
        "'press ahead with its military campaign' codes no force (a campaign is no act the lexicon "
        "knows), so the vow is a bare promise (030), not a threat of force",
    'Soldiers led by Brigadier-General Raoul Cedras on Monday deposed Haiti\'s first freely elected '
    'president, Jean-Bertrand Aristide, and sent him into exile in Venezuela, diplomats said in '
    'Port-au-Prince.':
        "soldiers with no country word take the conjunct's place of exile (VENMIL), an actors-stage "
        'reading (the coup itself is coded, 180)',
    'Japan on Friday decided to ask Peru to let Japanese police help investigate the seizure of its '
    'ambassador\'s residence in Lima by Tupac Amaru rebels, a government spokesman said in Tokyo.':
        "'asked Peru to let Japanese police help investigate' aims the request at the police, the "
        "subject of the investigation the complement codes, not at Peru ('to let police take part' is "
        'aimed at Peru)',
    'Moscow pledged on Friday to step up arms supplies to the Kabul government to help it fight the '
    'Moslem guerrillas after Soviet troops leave, Tass said.':
        "'Moscow' is Russia's at the GSR date (RUSGOV) though the lead tells of Soviet troops, an "
        'actors-stage reading (country + root fails on USR only)',
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    (_probes._LEGHARI, 'PAK'):
        "'Prime Minister Benazir Bhutto's government' dismissed is PAKOPP at the GSR date (her opposition "
        "years), and the accusation of 'her administration' finds no target (the possessive's owner is "
        'not carried to the pronoun)',
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL36, KNOWN_GAPS, ROW_GAPS)
