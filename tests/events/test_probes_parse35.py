"""The parse35 probes (tests/events/probes_parse35.py): long era leads (1985-2005 agency copy), written blind,
weighted to names with lower-case particles, exchanges, subjects with long of-phrases, "to"-infinitive
chains, "both ... and" / "neither ... nor" parties, possessive acts as objects, semicolon and dash joins,
"in a statement carried by" attributions, headlines run into the lead and ages in appositions. Each row
must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_parse35")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Guatemalan soldiers on Sunday killed guerrilla commander Pedro de Leon and four of his men in a '
    'clash near the village of Nebaj in El Quiche province, an army spokesman said.':
        "'guerrilla commander Pedro de Leon' is read as a civilian (GTMCVL): a titled name's rebel role "
        'noun is not read, an actors-stage reading (country + root passes)',
    'The foreign ministers of the 12 European Community nations, meeting in Madrid on Tuesday, agreed '
    'to halt all arms sales to China in protest at the killing of students in Beijing, diplomats said.':
        "'agreed to halt all arms sales to China' is coded as a threat of sanctions (1312), not the "
        'embargo itself (163)',
    'As thousands of protesters filled the streets of Belgrade for a second day, police in riot gear on'
    ' Sunday beat demonstrators with truncheons and detained the opposition leader Vuk Draskovic, the '
    'independent radio station B92 said.':
        "'police in riot gear' names no country, so the as-clause's protesters are taken as the source "
        '(SRBOPP -> SRB 173): the place of the background clause does not place the police',
    'The chiefs of staff of the armies of the Economic Community of West African States on Friday '
    'warned Liberian rebel leader Charles Taylor that their peacekeepers would strike back if his '
    'fighters attacked them again, a statement said in Monrovia.':
        "'the chiefs of staff of the armies of ECOWAS' names no party: the bloc three of-phrases down "
        "is not reached ('the chiefs of ECOWAS' is)",
    'Envoys of the five permanent members of the U.N. Security Council on Friday urged the four '
    'Cambodian factions to accept a U.N. plan for a ceasefire and free elections, diplomats said in '
    'Paris.':
        "'Envoys of the five permanent members of the U.N. Security Council' is read as ---GOV, not the"
        ' council or its members; the appeal is coded (022)',
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    (_probes._BASHIR, 'SDNGOV'):
        "'ordered the border between the two countries closed' is coded as a demand (100): the object's"
        ' participle complement is not read as the closure the order makes',
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL35, KNOWN_GAPS, ROW_GAPS)
