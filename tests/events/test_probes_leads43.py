"""The leads43 probes (tests/events/probes_leads43.py): long era leads (1985-2005 agency copy), written blind,
weighted to acts told by participles and absolute clauses, purpose clauses, layered reported speech, passive
agents and "at the hands of", acts announced on another's behalf, negated acts and refusals, conditional
offers and threats, joint statements, "agreed to", counter-accusations, acts reported by sources, modal
rulings, sieges and occupations with a purpose, groups suspected of links with another, and the acts of
intergovernmental bodies on states. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_leads43")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

_AMNESTY = ("LONDON (Reuters) - Amnesty International said on Tuesday that hundreds of Kurdish villagers had "
            "died under torture at the hands of Iraqi security forces since 1988, and urged the United "
            "Nations to send human rights monitors to northern Iraq.")
_MODAL = ("modal rulings name no act the coder reads: a court's ruling that a party 'could face trial', "
          "'could be tried', 'may be tried' or 'could be extradited' has no lexicon row (the ruling verb "
          "codes nothing; the passive infinitive under a modal is speculation), so nothing is coded")

KNOWN_GAPS: dict[str, str] = {
    "KHARTOUM (Reuters) - Sudan's government said on Saturday that it would declare a ceasefire in the "
    "south if the rebel Sudan People's Liberation Army agreed to talks under the mediation of East African "
    "states.":
        "a conditional offer's party is the condition's subject (the SPLA); the ceasefire promised is aimed "
        "at the mediators named last in the condition (SDNGOV -> EAF 0356)",
    "ABIDJAN (AFP) - Rebels of Charles Taylor's National Patriotic Front of Liberia have seized the port of "
    "Buchanan and are closing in on Monrovia, diplomats in the Ivorian capital said on Thursday.":
        "a port seized is aimed at the place's people (LBRREB -> LBRCVL 192; country + root right), where "
        "the row wants the government that held it",
    "SANTIAGO (Reuters) - Former Chilean dictator Augusto Pinochet could face trial for human rights abuses "
    "after an appeals court stripped him of his immunity from prosecution on Thursday, legal sources said.":
        _MODAL + "; 'stripped him of his immunity' has no row either",
    "MADRID (EFE) - A Spanish judge ruled on Friday that former Argentine army officers accused of killing "
    "Spanish citizens during the 1976-83 dictatorship could be tried in Spain, court sources said.": _MODAL,
    "PARIS (AFP) - A French judge ruled on Thursday that a former Rwandan army captain living in France may "
    "be tried for genocide, rejecting his lawyers' claim that French courts had no jurisdiction.": _MODAL,
    "LONDON (Reuters) - Britain's highest court ruled on Wednesday that former Chilean ruler Augusto "
    "Pinochet could be extradited to Spain to face charges of torture, a ruling welcomed by his victims.":
        _MODAL,
    "DUSHANBE (Reuters) - Islamic opposition fighters occupied the town of Tavildara in central Tajikistan "
    "on Sunday to press the government into concessions at peace talks, officials said.":
        "the occupation of a town is coded alone (TJKMOSOPP -> TJKCVL 192), but under the purpose clause "
        "('to press the government into concessions') nothing is; the row wants the government pressed",
    "VIENNA (Reuters) - The Organisation for Security and Cooperation in Europe said on Tuesday that it "
    "would send 2,000 monitors to Kosovo to verify the withdrawal of Yugoslav troops from the province.":
        "monitors sent by an intergovernmental body have no sending row (the forces rule of this session "
        "reads troops and soldiers, not monitors or observers): nothing is coded",
    "ANKARA (Reuters) - Turkish warplanes bombed suspected Kurdish rebel bases in northern Iraq on Sunday, "
    "pressing an offensive aimed at wiping out guerrillas of the Kurdistan Workers Party, the army said.":
        "Kurdish rebels' bases in northern Iraq are placed by the place (IRQREB) where the rebels are the "
        "state's they fight (TURREB; country + root right, IRQ)",
    "BANGKOK (Reuters) - Karen refugees arriving in Thailand said on Monday that they had suffered forced "
    "labour and beatings at the hands of Burmese soldiers, a Thai official said.":
        "'at the hands of' names the doer of a wrong suffered; no rule reads it (nothing is coded)",
    "BEIJING (Reuters) - A Chinese Foreign Ministry spokesman said on Tuesday that China had suspended "
    "military contacts with the United States in protest at the bombing of its embassy in Belgrade.":
        "'suspended military contacts' is read as military action halted (087); alone ('China suspended "
        "military contacts with the United States') it is 161",
    "TEHRAN (Reuters) - Iran has moved 70,000 Revolutionary Guards to its border with Afghanistan after the "
    "killing of Iranian diplomats by Taleban militia in Mazar-i-Sharif, diplomats in Tehran said.":
        "a build-up on one's own border, prompted by a killing named in an after-phrase, is aimed at no one "
        "(posture_prompt reads an after-clause's subject, not a noun's by-phrase)",
    "CAIRO (Reuters) - Egyptian security forces have arrested 25 suspected members of a militant group with "
    "links to al-Gama'a al-Islamiya, accusing them of plotting to kill tourists, security sources said.":
        "'suspected members of a militant group' names no actor; without the accusing participle the dyad "
        "is completed with the state (EGYMIL -> EGY 173), with it nothing is coded",
    # batch 3
    "WASHINGTON (Reuters) - The United States ordered a second aircraft carrier to the Gulf on Wednesday in "
    "a move aimed at pressing Iraq to allow U.N. arms inspectors back into the country, officials said.":
        "the carrier sent is read as a call on Iraq (USA -> IRQ 0255, 'pressing Iraq to allow inspectors'; "
        "country + root 02 is not in the row's posture, threat or force codes); the move's own act is lost "
        "to the purpose clause's",
    "UNITED NATIONS (Reuters) - Security Council diplomats said on Monday that Iraqi Foreign Minister "
    "Mohammed Saeed al-Sahaf had told U.N. Secretary-General Kofi Annan that Baghdad would let inspectors "
    "visit the presidential palaces.":
        "a layered report whose inner speaker told a party that his state would let inspectors in: nothing "
        "is coded (the told-statement under a report under 'diplomats said' is not read as the inner "
        "speaker's promise)",
    "SEOUL (Reuters) - North and South Korea said in a joint statement on Friday that they would reopen a "
    "border liaison office and resume Red Cross talks on reuniting separated families next month.":
        "'North and South Korea said they would resume Red Cross talks' codes nothing (without 'Red Cross' "
        "and with 'South Korea and North Korea' the pair's 036 is coded both ways)",
    "BELGRADE (Reuters) - Yugoslav President Slobodan Milosevic agreed on Tuesday to let 2,000 unarmed "
    "international monitors into Kosovo, U.S. envoy Richard Holbrooke said.":
        "'international monitors' name no body, so the leave given is aimed at the place (YUGGOV -> SRB "
        "0355); the row wants the monitors' bodies (IGO)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
    ("TBILISI (Reuters) - Georgian villages near the border with Chechnya were bombed by Russian aircraft on "
     "Thursday, Georgia's Defence Ministry said, calling the raid a gross violation of its airspace.", "GEO"):
        "the reporting ministry's participle ('calling the raid a gross violation of its airspace') is not "
        "read as its charge against the raiders; the raid itself is coded (RUSMIL -> GEOCVL 183)",
    ("ABUJA (Reuters) - The Economic Community of West African States on Friday suspended Ivory Coast from "
     "its decision-making bodies after soldiers seized power in Abidjan, and sent a mission to press the "
     "junta to hand over to civilians.", "IGOWAF"):
        "a mission sent 'to press the junta to hand over' is not read as the bloc's appeal to the junta (the "
        "suspension is coded, IGOWAFWAS -> CIV 160)",
    ("COLOMBO (Reuters) - The Sri Lankan government accused the Tamil Tigers on Monday of using a ceasefire "
     "to rearm, while the rebels charged that government troops had attacked their positions in the east.",
     "LKAREB"):
        "the counter-charge in the while-clause (rebels -> the army) is not coded; only the government's "
        "accusation is",
    (_AMNESTY, "IRQ"):
        "'at the hands of' names the doer of a wrong suffered; no rule reads it (the torture is not coded)",
    (_AMNESTY, "NGOHRIAMN"):
        "the NGO's report of torture by a state's forces is not read as its accusation; only its appeal to "
        "the U.N. (020) and a stray 083 at Iraq are coded",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL43, KNOWN_GAPS, ROW_GAPS)
