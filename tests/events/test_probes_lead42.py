"""The lead42 probes (tests/events/probes_lead42.py): acts whose parties are sector agents, written blind.
Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead42")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "GOMA, Zaire (Reuters) - The U.N. refugee agency on Friday started moving Rwandan refugees to new camps "
    "away from the border after attacks by militiamen.":
        "refugees moved by a relief agency to safer camps: no lexicon row reads 'move' people as protection "
        "(0234) or relief (07x), and a general one would code every 'moved troops' or 'moved house'",
    "PARIS (Reuters) - French police on Tuesday arrested 17 people suspected of links with the Algerian "
    "Armed Islamic Group in dawn raids around Paris and Lyon.":
        "people 'suspected of links with' a group are coded as the place's people (FRACVL), not as the "
        "group: a reading the conventions leave open (the suspects are not called members)",
    "JAKARTA (Reuters) - Thousands of Indonesian students occupied the parliament building on Tuesday, "
    "demanding that President Suharto step down.":
        "the sit-in is aimed at the building's body (IDNLEG 1411); the row wants the person its demanding "
        "participle presses, whom only a protest with no object is aimed at (arguments.aimed_state_body)",
    # batch 2
    "TEHRAN (AP) - Police and hardline vigilantes stormed a Tehran University dormitory before dawn on "
    "Friday, beating students and arresting dozens, witnesses said.":
        "the storming is coded as force (IRNCOP -> IRNEDU 190) and stands for the beatings and arrests its "
        "participles tell (182, 173), which the row wants",
    # batch 3
    "LONDON (Reuters) - A British magistrate on Friday ruled that former Chilean dictator Augusto Pinochet "
    "could be extradited to Spain to face charges of torture.":
        "a ruling that a person may be extradited (modal) codes nothing: the extradition is not done, and "
        "no row reads the ruling itself",
    "AMRITSAR, India (Reuters) - Indian troops stormed the Golden Temple in Amritsar on Wednesday to flush "
    "out Sikh militants who had occupied the shrine for two weeks.":
        "the storming is aimed at the shrine (a civil place, INDCVL); the militants its purpose clause names "
        "are reached only where the force verb has no object (purpose_goal.py)",
    "JOHANNESBURG (Reuters) - The African National Congress on Friday rejected the government's offer of "
    "talks as long as Nelson Mandela remained in prison.":
        "a writing error of the row's date, kept as written: the lead is of 1985-1990, and under the probes' "
        "date (2000) the ANC governs (ZAFGOV) and Mandela is a former president (ZAFELI)",
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL42, KNOWN_GAPS, ROW_GAPS)
