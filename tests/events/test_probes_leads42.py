"""The leads42 probes (tests/events/probes_leads42.py): long era leads (1985-2005 agency copy), written blind,
weighted to a long lead's second and third verbs, targets named only in a later or a relative clause, acts
with no codebook row, sanctions and their lifting, demands, accusations and denials with the accuser in a
participle, threats with a condition, yielding and its refusal, mediation, reciprocal acts and acts with no
target. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_leads42")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "ISLAMABAD (AP) - Pakistan on Tuesday ordered two diplomats to leave the country within 48 hours after "
    "they were caught near a nuclear plant, saying both men worked for the Indian High Commission.":
        "diplomats of no named state, whose mission a later participle's clause names ('saying both men "
        "worked for the Indian High Commission'): the expulsion is aimed at the expeller's own government "
        "(PAKGOV 166); a target named only in a reported clause after the act is not looked for",
    "LONDON (Reuters) - Britain broke off diplomatic relations on Friday with the country whose embassy it "
    "said had helped plan the attempt to bomb an El Al jumbo jet at Heathrow, Syria.":
        "the partner named only by an apposition at the end of the lead, after a relative clause on 'the "
        "country' ('..., Syria'): nothing is coded",
    "TALLINN (Reuters) - Russia on Wednesday withdrew the last of its troops from Estonia, ending half a "
    "century of military presence in the Baltic state, Estonian officials said.":
        "after the time phrase the model hangs 'from Estonia' on 'its troops' (the object 'the last of'), so "
        "the from-phrase is read as the troops' country: ESTMIL, where the place is the state (EST; "
        "country + root is right)",
    "MOSCOW (Reuters) - Russia on Monday cancelled a contract to sell cryogenic rocket engines to India, "
    "the Russian space agency said.":
        "a sale cancelled has no codebook row (the file's convention), but the lexicon's 'cancel' row codes "
        "a cancelled contract as a reduction of relations (RUS -> IND 160); left as it is, since 'cancelled "
        "the contract' of a joint project between states is read so elsewhere",
    "OSLO (Reuters) - Norway's foreign minister has for months carried messages between Israel and the "
    "Palestine Liberation Organisation, officials said on Monday.":
        "messages carried BETWEEN two parties (a go-between, 045): the lexicon's 'carry a message' row needs "
        "a to-phrase (040 from one party to another), and the between-phrase hangs on the noun, where no "
        "row condition reads; nothing is coded",
    "NAIROBI (Reuters) - Kenya's government on Thursday suspended all flights by relief agencies into "
    "southern Sudan from Lokichoggio, citing security, aid officials said.":
        "a government's suspension of others' relief flights has no codebook row (the file's convention: "
        "1623 is the giver's cut), but the flights are read as airline flights suspended, a reduction of "
        "relations (lead34's 161) aimed at the agencies (KENGOV -> NGO 161)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
    ("NICOSIA (Reuters) - Turkish Cypriot leader Rauf Denktash on Tuesday rejected a U.N. plan for a federal "
     "Cyprus, accusing the world body of siding with the Greek Cypriots.", "CYPREB"):
        "'the world body' (the era's epithet of the United Nations) names no actor: the accusation has no "
        "target (the rejection of the U.N. plan is coded, CYPGOV -> IGOUNO 120); an actors-stage epithet",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL42, KNOWN_GAPS, ROW_GAPS)
