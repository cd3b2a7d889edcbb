"""The leads45 probes (tests/events/probes_leads45.py): the era's verbal acts in long leads of 1985-2005
agency copy, written blind: comments and statements on another party, appeals, intentions, consultations,
diplomatic cooperation, demands, disapproval, rejections and threats, said by spokesmen, ministries,
agencies and state media for their state, with light-verb nouns, targets only in an over- or about-phrase,
and comments made to a newspaper. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_leads45")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "HANOI (Reuters) - South Korean President Kim Dae-jung expressed regret on Tuesday for the suffering "
    "South Korean troops caused Vietnam during the Vietnam War, in a rare apology made on a visit to "
    "Hanoi.":
        "coded KORGOV -> KORMIL 055 after the forty-third session's merge: the refitted learned step takes "
        "the troops that caused the suffering for the apology's target (on the branch, with the earlier "
        "weights, KORGOV -> VNM 055)",
    "MOSCOW (Reuters) - Russia acknowledged on Thursday that its warplanes had strayed into Georgian "
    "airspace, but said the incursion was a navigational error and not a hostile act, a Defence Ministry "
    "spokesman said.":
        "'acknowledged that' a clause has no row (only 'acknowledged responsibility' is 015), and an "
        "airspace straying into is no act; nothing is coded",
    "OSLO (Reuters) - Norway mediated months of secret talks between Israel and the Palestine Liberation "
    "Organisation that led to the accord initialled in Oslo, Foreign Minister Johan Joergen Holst told "
    "reporters on Monday.":
        "the small model parses 'Norway mediated months of' as a noun phrase (mediated an adjective, the "
        "dateline its subject); only the talks are coded (ISR <-> PSEGOV 046); the short sentence is NOR "
        "045",
    "TEHRAN (IRNA) - Iran on Tuesday denied any involvement in the bombing of a Jewish community centre in "
    "Buenos Aires which killed nearly 100 people, calling Argentina's charges baseless, the official news "
    "agency IRNA said.":
        "the denial is aimed at the party harmed (IRN -> ARGJEW 016, responsibility_for.py; country + root "
        "right) where the accuser named in the participle ('calling Argentina's charges baseless') is the "
        "row's target (a denied charge is 016 at the accuser)",
    "HARARE (Reuters) - President Robert Mugabe told the state-owned Herald newspaper on Saturday that "
    "Britain was trying to recolonise Zimbabwe by backing white farmers who opposed the seizure of their "
    "land.":
        "a charge told as a reported deed with no trigger ('was trying to recolonise Zimbabwe') is not read "
        "as the speaker's accusation; only the by-phrase's backing is coded (GBR -> ZWEAGR 051)",
    # batch 3
    "SEOUL (Reuters) - North Korea denied on Tuesday that its submarine had been on a spying mission when it "
    "ran aground off the South Korean coast, saying it had drifted after engine failure, the official KCNA "
    "agency said.":
        "a denial of a charge whose accuser is not named (the South is only the coast's owner) has no "
        "target; nothing is coded",
    "SARAJEVO (Reuters) - Bosnia's government urged NATO on Saturday to launch air strikes on Serb artillery "
    "positions around Gorazde to stop the shelling of the Moslem enclave, a government spokesman said.":
        "an appeal to a party to use force on a third is read as a threat at the third (BIHGOV -> SRBMIL "
        "130), not as the appeal to the one urged (BIHGOV -> NATO 02)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
    ("LAGOS (Reuters) - Nigeria's military government on Friday rejected a Commonwealth demand that it free "
     "detained opposition leader Moshood Abiola and accused Britain of leading a campaign to isolate Lagos, "
     "state radio said.", "NGAGOV"):
        "the model tags 'free' an adverb and 'detained' the that-clause's verb, and hangs 'accused Britain' "
        "on it as its conjunct, inside the demand; only the rejection is coded (NGAGOV -> IGOCWN 120)",
    ("CANBERRA (Reuters) - Australia voiced concern on Monday over Indonesia's handling of the violence "
     "in East "
     "Timor and offered to send police to help restore order, Foreign Minister Alexander Downer told "
     "parliament.", "AUSGOV"):
        "police offered 'to help restore order' are read as a threat of force aimed at the sender's own "
        "police "
        "(AUS -> AUSCOP 138; the frame's reading of a force sent with no protection purpose), not as an "
        "offer "
        "of help to Indonesia; the concern over Indonesia's handling is coded (AUS -> IDN 111)",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL45, KNOWN_GAPS, ROW_GAPS)
