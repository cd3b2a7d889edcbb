"""The lead44 probes (tests/events/probes_lead44.py): acts told by the era's lesser verbs, written blind.
Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead44")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "SEOUL (Reuters) - North Korea on Friday denounced joint South Korean-U.S. military exercises as a "
    "rehearsal for invasion, the North's official news agency said.":
        "two states joined by a hyphen on a target noun ('South Korean-U.S. exercises'): the tagger names "
        "only the second, and whether both are targets of the criticism is a convention not yet decided",
    # batch 2
    "LONDON (Reuters) - A British submarine torpedoed and sank the Argentine cruiser General Belgrano "
    "outside the exclusion zone around the Falklands, the Ministry of Defence said.":
        "the small model parses 'A British submarine' as the sentence's root and 'torpedoed' as a participle "
        "on it; the sunk ship is named only by its name ('General Belgrano'), which no object row lists",
    "TOKYO (Kyodo) - Japan put on hold its grant aid to China on Tuesday in protest at Beijing's nuclear "
    "test, the Foreign Ministry announced.":
        "with the object after 'on hold' the parser reads 'hold' as a verb taking the aid; the aid is coded "
        "as given (070). 'put its aid on hold' is suspended (162)",
    "BELGRADE (Reuters) - Serbian authorities took the independent B92 radio station off the air on "
    "Tuesday, the latest blow to the opposition media.":
        "coded SRBGOV -> SRBOPPMED 1721: the station is read as the opposition's media from the sentence's "
        "last words, a sector the row does not list (country and code are right)",
    # batch 3
    "TIRANA (Reuters) - Albania ordered a Greek Orthodox cleric out of the country on Saturday, accusing him "
    "of stirring up separatism among the ethnic Greek minority.":
        "coded ALB -> GRCREL 174: a cleric is his church's (REL), a sector the row does not list (country "
        "and code are right)",
    # batch 4
    "BAGHDAD (Reuters) - Iraq threw out six American members of the U.N. arms inspection team on Thursday, "
    "accusing them of spying for Washington.":
        "'members' names no actor, so the throwing out is no act (only 'accusing them of spying' is coded, "
        "IRQ -> USA 1125); the expelled are named by their nationality before the team they belong to",
    "MANILA (Reuters) - President Corazon Aquino extended an olive branch to communist rebels on Monday, "
    "offering a 60-day ceasefire and talks.":
        "the offer's to-phrase 'communist rebels' resolves to no party ('communist' is tagged a nationality "
        "with no country), so the offer has no target and no triple; as an object ('killed 12 communist "
        "rebels') the phrase is the dateline's rebels",
    "LAGOS (Reuters) - Nigeria gave illegal immigrants two weeks to leave the country on Monday, a move that "
    "will force out about a million Ghanaians.":
        "the immigrants are read as Nigeria's civilians (the dateline's); who they are is told only in the "
        "relative clause ('about a million Ghanaians')",
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL44, KNOWN_GAPS, ROW_GAPS)
