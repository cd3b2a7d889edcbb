"""The lead29 probes (tests/events/probes_lead29.py): GSR-style leads of 1985-2005 across the codebook and
the era's agency house styles. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead29")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Chinese police on Thursday raided the homes of dozens of members of the outlawed Falun Gong movement "
    "in Beijing.":
        "a police raid on homes is read as an armed assault (190) on the members' people, not as repression",
    "Angola's UNITA rebels shot down a U.N.-chartered plane over the central highlands, killing all eight "
    "people on board, the United Nations said.":
        "the owner in a hyphenated modifier ('U.N.-chartered') is not read, and the dead on board are "
        "taken as the target",
    "Protesters in Belgrade pelted the U.S. embassy with eggs and stones on Tuesday to protest against "
    "NATO's threat of air strikes.":
        "the protest's stated aim (NATO's threat) is taken as the target over the embassy pelted",
    "Egypt's foreign minister Amr Moussa said on Saturday Israel's policies were leading the region towards "
    "war.":
        "a judgement told as a that-clause about another's policies has no row (the speech frame codes "
        "nothing)",
    "The United States on Thursday added Sudan to its list of states that sponsor terrorism.":
        "a state put on a list of terrorism's sponsors has no row",
    "The Kremlin said on Wednesday Russian forces would continue their offensive in Chechnya until the "
    "rebels were wiped out.":
        "the rebels of the until-clause are not reached: the threat is aimed at Chechnya, the place (RUS)",
    "Jordan's King Abdullah pardoned 500 prisoners on Sunday to mark the first anniversary of his "
    "accession.":
        "prisoners pardoned with no country named are not placed in the pardoner's own country",
    "Turkey launched a massive cross-border offensive into northern Iraq on Monday against Kurdish "
    "guerrillas of the PKK.":
        "the guerrillas are placed by the Iraqi ground the offensive entered (IRQREB), not by the PKK "
        "their of-phrase names (TURREB); the row wants the state entered",
    "China refused on Monday to renounce the use of force against Taiwan, rebuffing a call from visiting "
    "U.S. Defence Secretary William Perry.":
        "the rebuff told in a participle clause ('rebuffing a call from X') is not read as an act of its "
        "own; the refusal is aimed at Taiwan",
    "Israel, responding to a request from the Palestinian Authority, eased its closure of the West Bank on "
    "Sunday, allowing some 20,000 Palestinian labourers to return to work in Israel.":
        "the closure eased is aimed at the labourers of the participle clause (PSELAB), not at the West Bank "
        "it closed",
    "Libya, seeking an end to seven years of U.N. sanctions, agreed on Friday to hand over the two suspects "
    "in the Lockerbie bombing for trial in the Netherlands, a U.N. spokesman said.":
        "no receiver is named in the sentence: a trial's place is no party, and the spokesman only reports",
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ("Hundreds of Palestinian youths stoned Israeli troops in the West Bank town of Hebron on Friday, and "
     "soldiers fired rubber bullets to disperse them, witnesses said.", "ISRMIL"):
        "the bare 'soldiers' of the second clause are not linked to the 'Israeli troops' of the first, and "
        "'them' is read as the troops",
    ("Syrian President Hafez al-Assad told visiting U.S. Secretary of State Warren Christopher on Tuesday "
     "that Syria wanted a full Israeli withdrawal from the Golan Heights.", "SYRGOV"):
        "a withdrawal a state 'wanted' is no demand row; the visit the sentence tells is coded instead",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL29, KNOWN_GAPS, ROW_GAPS)
