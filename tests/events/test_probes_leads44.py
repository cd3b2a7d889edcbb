"""The leads44 probes (tests/events/probes_leads44.py): long era leads (1985-2005 agency copy), written blind,
weighted to acts told inside time and cause clauses, two acts by two parties joined by while / as / but,
acts told as the object of denied / confirmed / welcomed / condemned, groups named by their members, lists
of targets, "X and Y signed", indirect objects, appeals and demands through a mediator, threats with
"unless" / "or face" and ultimatums, acts of courts, parliaments and treasuries on foreign parties,
passives whose agent is only the dateline's authorities, and telegraphic headlines. Each row must be coded
(actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_leads44")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

_CAPS = ("an all-capitals headline is parsed as one noun phrase (the small model tags every word a proper "
         "noun), so its verb is no verb")
_SPONSORS = ("WASHINGTON (Reuters) - The State Department on Friday named Iran, Syria and Sudan among seven "
             "countries it says sponsor international terrorism, barring them from U.S. aid and arms sales, "
             "officials said.")
_NAMED = ("'named X among countries it says sponsor terrorism' has no row (naming is no charge), and the "
          "participle 'barring them from U.S. aid' is not read as a sanction on the named states")

KNOWN_GAPS: dict[str, str] = {
    "SEOUL (Yonhap) - North Korea on Friday called off Red Cross talks scheduled for next week in protest at "
    "joint military exercises being staged by South Korean and U.S. forces, the Unification Ministry said.":
        "'Red Cross talks' name the talks' kind, read as the party (PRK -> NGOHLHIRC 164); the row wants "
        "the South (leads43's 'resume Red Cross talks' gap)",
    "PHNOM PENH (Reuters) - Troops loyal to Second Prime Minister Hun Sen seized Phnom Penh airport on "
    "Sunday, routing forces of First Prime Minister Prince Norodom Ranariddh after two days of fighting, "
    "diplomats said.":
        "an airport seized is aimed at the place's people (KHMMIL -> KHMCVL 192; country + root right, as "
        "leads43's port), and 'routing forces of' the other premier is not read",
    "MOSCOW (Reuters) - The Russian parliament on Friday put off ratification of the START-2 nuclear arms "
    "reduction treaty with the United States in protest at U.S. and British air strikes on Iraq, deputies "
    "said.":
        "ratification put off is read as the ratification (RUSLEG -> USA 057); a postponement has no row",
    "HANOI (Reuters) - Twenty-three Chinese fishermen arrested for fishing illegally in Vietnamese waters "
    "were freed on Tuesday and handed over to Chinese authorities at the border, the Foreign Ministry said.":
        "the release has no doer (agentless, and its conjunct's source is the dateline's, not shared); only "
        "the hand-over is coded (VNMGOV -> CHNGOV 063)",
    "U.S. SLAPS SANCTIONS ON CHINA OVER MISSILE SALES TO PAKISTAN":
        _CAPS + "; the sanctions are aimed at the last place named (USA -> PAK 163)",
    "ISRAEL SEALS OFF WEST BANK AND GAZA AFTER SUICIDE BOMBING KILLS 19": _CAPS + ": nothing is coded",
    "CHINA RECALLS AMBASSADOR FROM U.S. OVER TAIWAN VISIT": _CAPS + ": nothing is coded",
    _SPONSORS: _NAMED,
    # batch 3
    "MADRID (EFE) - Spain's National Court on Friday issued an international warrant for the arrest of "
    "former Chilean dictator Augusto Pinochet on charges of genocide and terrorism, court sources said.":
        "'a warrant for the arrest of X' is no trigger (the arrest noun under 'for'); 'an arrest warrant for "
        "X' is coded (ESPJUD -> CHLELI 173)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
    ("BUENOS AIRES (Reuters) - Argentina recalled its ambassador to Chile for consultations on Tuesday after "
     "Santiago refused to extradite a former Argentine intelligence officer wanted for the killing of a "
     "journalist, the Foreign Ministry said.", "CHL"):
        "a refusal to extradite is aimed at the person (CHLGOV -> ARGELI 121; country + root right), where "
        "the row wants the state that asked",
    ("PARIS (AFP) - France condemned the military coup in Niger on Tuesday as the European Union suspended "
     "all development aid to the West African state, diplomats in Brussels said.", "IGO"):
        "'the West African state' names Niger by description only, and an as-clause's act under a main act "
        "is its background (coder.after_clause's decision), so the aid cut is not coded",
    ("AMMAN (Petra) - Jordan closed its border with Iraq on Sunday as U.S. and British warplanes pounded "
     "targets around Baghdad for a third night, stranding hundreds of trucks on the desert highway, "
     "customs officials said.", "USA"):
        "an as-clause's act under another party's main act is its background, left uncoded as the project "
        "decided for after-clauses (coder.after_clause); the row wants the air strikes too",
    ("TEL AVIV (Reuters) - Israel agreed on Sunday to let Palestinian workers return to their jobs in "
     "Israel, but kept the West Bank and Gaza Strip sealed off for a second week, army officials said.",
     "ISRMIL"):
        "'kept X sealed off' (a closure continued, told by 'keep' with a participle) has no row; only the "
        "leave given is coded (ISR -> PSELAB 030)",
    ("NAIROBI (Reuters) - Kenya closed its border with Somalia on Monday after gunmen from across the "
     "frontier killed four Kenyan policemen in a cross-border raid, government officials said.", "SOM"):
        "'gunmen from across the frontier' are placed by no name (---UAF -> KENCOP 190 is coded beside the "
        "closure); the row wants Somalia's",
    ("TEHRAN (IRNA) - Iran recalled its ambassadors from Germany and France on Friday after a Berlin court "
     "ruled that Iran's leaders had ordered the killing of four Kurdish dissidents in a restaurant in the "
     "German capital.", "DEU"):
        "the after-clause is read beside the recall (a reaction), but a court's ruling that a party ordered "
        "a killing has no row there (the recall is coded to both states)",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL44, KNOWN_GAPS, ROW_GAPS)
