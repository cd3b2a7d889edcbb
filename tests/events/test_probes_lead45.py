"""The lead45 probes (tests/events/probes_lead45.py): the codebook's sub-codes of material acts, written
blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead45")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "BUENOS AIRES (Reuters) - An Argentine judge opened an investigation on Monday into the disappearance of "
    "12 people during the 1976-83 military rule.":
        "the investigation's into-phrase names a disappearance with no doer; the military rule it happened "
        "under is a time phrase, which no rule reads as the party investigated",
    "ANKARA (Reuters) - More than 200 Kurdish prisoners went on hunger strike in Turkish jails on Monday to "
    "protest against prison conditions.":
        "coded TURCRM -> TUR 142: prisoners placed only by an ethnic word stay criminals (docs/actors.md: "
        "prisoners named by their nation are its people, but 'Kurdish' names no state)",
    "CAIRO (Reuters) - Egyptian police arrested 40 suspected members of the Islamic Group in raids in "
    "southern Egypt on Saturday.":
        "coded EGYCOP -> EGYMOS 173: the English name 'the Islamic Group' is read as a religious group; the "
        "actor tables are read in lower case, where 'the Islamic group al-Itihaad' is another state's, so "
        "only the Arabic spellings are listed",
    "HARARE (Reuters) - Zimbabwe's government seized 841 white-owned farms on Friday under its land reform "
    "programme.":
        "the farms' owners are named only inside a compound adjective ('white-owned'), so the seizure has no "
        "target and no triple",
    # batch 2
    "TOKYO (Kyodo) - Japan said on Tuesday it would seek the return of two Japanese fishermen held by North "
    "Korea, and offered to release a North Korean seaman in exchange.":
        "'seek the return of' people held by a state names the holder only in a participle's by-phrase, and "
        "the offer's released seaman is read as no party of North Korea's state",
    "WASHINGTON (Reuters) - The United States threatened on Monday to impose sanctions on foreign companies "
    "investing in Iran's oil industry.":
        "coded USA -> IRNBUS 1312: the foreign companies are placed by the industry they invest in; the row "
        "wants Iran's state, at whom the measure is aimed",
    "BAGHDAD (Reuters) - Iraq moved Western hostages to military and industrial sites on Thursday to use "
    "them as human shields against any allied attack.":
        "the purpose clause's 'them' is not tied to the main clause's hostages, so the human shield (184) "
        "has no target; 'Western' names no single state either",
    # batch 3
    "MOSCOW (Reuters) - Russia ordered its troops in Chechnya to cease fire on Monday, halting a 20-month "
    "war against separatist rebels.":
        "the ceasefire is the ordered troops' act; with the orderer's own forces as the order's object the "
        "reading keeps no target, and the rebels are named only in the set-off participle's war",
    "JERUSALEM (Reuters) - Israel's army opened an investigation on Monday into the killing of three "
    "Palestinian boys by its soldiers in the West Bank town of Hebron.":
        "coded ISRMIL -> PSEMIL 090: 'its soldiers' takes the nearest nationality (the boys'), not the "
        "subject's; the investigated are the army's own men",
    "KINSHASA (Reuters) - Zaire ordered a U.N. team investigating massacres of Rwandan Hutu refugees to "
    "leave the country on Thursday.":
        "coded COD -> IGOUNO 174 (country and root right): a team ordered to leave is read as people "
        "expelled; listing 'team' with the missions (166) took 'the head of the U.N. team' ordered out too, "
        "a person (174, lead30)",
    "MOSCOW (Reuters) - Russian tax police raided the offices of the independent NTV television station on "
    "Tuesday and confiscated documents.":
        "'the offices' is read as a government body with no country (---GOV) and the raid as force (190); "
        "the station (NTV) is no actor of the tables, and the confiscation has no object party",
}

ROW_GAPS: dict[tuple[str, str], str] = {}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL45, KNOWN_GAPS, ROW_GAPS)
