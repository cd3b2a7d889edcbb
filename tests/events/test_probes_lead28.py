"""The lead28 probes (tests/events/probes_lead28.py): GSR-style leads of 1985-2005 across the whole codebook
(yielding, investigating, rejecting, force posture, coercion, unconventional violence, cooperation and aid,
meetings and statements, the parties' sectors, Latin America, Africa and trade). Each row must be coded
(actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead28")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "China put its forces along the coast facing Taiwan on high alert ahead of the island's presidential "
    "election.":
        "'on high alert' hangs on 'coast facing Taiwan', not on 'put'; and an alert names no party",
    "NATO warplanes struck targets across Yugoslavia for a third night on Friday.":
        "a country struck with no party named is its civilians (YUGCVL) by the GSR convention of "
        "place_parties; the row wants the state (country + root matches)",
    "North Korea denied on Saturday that its submarine had been on a spying mission when it ran aground "
    "off the South Korean coast.":
        "a denial of a that-clause names no accuser: the South is only a coast",
    "The U.S. Congress approved 1.3 billion dollars in military aid to Colombia to fight drug traffickers "
    "and guerrillas.":
        "a legislature approving aid is no giver by the lexicon's rule (approve: notsubj=congress)",
    "Iraqi helicopter gunships strafed Shiite villages in the southern marshes, opposition groups said.":
        "villages of a faith with no place named take no country",
    "Sudan declared a unilateral ceasefire in the south on Wednesday to allow food to reach famine "
    "victims.":
        "a unilateral ceasefire names no other party",
    "Russia pressed ahead with building a nuclear power plant for Iran at Bushehr despite U.S. objections.":
        "building a plant for a state has no row",
    "North Korea said on Monday its talks with the United States in Geneva had been useful and "
    "constructive.":
        "a judgement of talks as useful is no optimism row",
    "Sudan denied any role in the attempt on the life of Egyptian President Hosni Mubarak in Addis Ababa.":
        "the victim two phrases down ('the attempt on the life of X') is not reached as the denial's target",
    "Spain and Morocco pledged on Monday to work together to stem illegal immigration across the Strait "
    "of Gibraltar.":
        "'work together' has no row: a row cost a batch 1-4 record ('working together to urge ...')",
    "The Organisation of African Unity condemned the killing of civilians in Rwanda and called on the "
    "government to stop the massacres.":
        "a condemned act with no doer is not aimed at the country where it happened",
    "Pope John Paul II appealed on Sunday for a peaceful solution to the crisis over Iraq.":
        "'a peaceful solution' is no calm noun; the crisis's place is not read",
    "The African National Congress and the South African government opened formal talks on ending "
    "apartheid.":
        "dated 2000-01-01 the ANC governs South Africa (ZAFGOV): one actor with the government, a writing "
        "error of the row's era kept as written",
    "Cardinal Jaime Sin, the Roman Catholic archbishop of Manila, called on President Joseph Estrada to "
    "resign.":
        "a cardinal is read with his faith (PHLCHRREL); the row wants PHLREL (country + root matches)",
    "Australia's parliament apologised to Aborigines for the injustices of the past.":
        "the Aborigines have no actor row (adding one made 'Aboriginal leaders' AUSGOV)",
    "Nigerian-led ECOMOG troops drove rebels out of Freetown on Saturday after a week of fighting.":
        "rebels driven out of a city take no country from it (---REB)",
    "South Africa freed Nelson Mandela on Sunday after 27 years in prison.":
        "dated 2000-01-01 Mandela is a former president (ZAFELI): the row's era, country + root matches",
    "South Africa lifted its ban on the African National Congress on Friday.":
        "dated 2000-01-01 the ANC governs (ZAFGOV): the row's era, country + root matches",
    "Kuwait demanded the return of more than 600 Kuwaitis it says are still held in Iraqi jails.":
        "a nationality plural as the return's of-object is no captive noun; 'held in Iraqi jails' names "
        "the captors by their jails, which captors.py does not read",
    "A U.N. team began an inquiry on Tuesday into the fate of Kuwaitis missing since the Gulf war.":
        "an inquiry into missing people names no party; the row reads Iraq from the war",
    "China attacked the governor of Hong Kong's democratic reform plan as a violation of the 1984 "
    "agreement.":
        "Hong Kong's governor is read as Hong Kong's (HKGGOV), as at the 2000 date; in the row's era he "
        "was Britain's",
    "Egyptian President Hosni Mubarak escaped unhurt on Monday when gunmen fired on his motorcade in Addis "
    "Ababa.":
        "'his motorcade' is not resolved to the subject (Mubarak); the gunmen take the venue's country",
    "Pope John Paul II celebrated an open-air mass in Havana's Revolution Square on Sunday.":
        "a mass celebrated abroad has no row (a symbolic act or a visit)",
    "Two American businessmen detained in China on spying charges were freed on Tuesday and flown to Hong "
    "Kong.":
        "a release told in the passive names no releaser: the country they were held in is not taken",
    "Prime Minister Nawaz Sharif was ousted in a military coup on Tuesday.":
        "a coup has no row",
    "Nigerian writer Ken Saro-Wiwa and eight other activists were sentenced to death by a military "
    "tribunal.":
        "a military tribunal is read MILJUD (MIL first); the row wants JUD (country + root matches)",
    "Indonesian President Abdurrahman Wahid suspended General Wiranto from the cabinet on Sunday.":
        "a minister suspended from a cabinet is read as relations reduced (160); the row wants a sanction "
        "at home (172)",
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ("Britain said on Tuesday it was disappointed that China had refused to discuss the future of "
     "democracy in Hong Kong.", "CHN"):
        "a judgement of an act told in a that-clause codes the judgement alone (GBR -> CHN 111, acts29), as "
        "the guide's 'A accused B of shelling' codes the accusation alone; the refusal is its topic",
    ("China and South Africa established diplomatic relations on Thursday after Pretoria cut its ties with "
     "Taiwan.", "ZAF"):
        "an act in an after-clause under a non-reaction is background, not coded (stories27's rule)",
    ("The head of the U.N. Special Commission arrived in Baghdad on Monday to investigate Iraq's "
     "concealment of banned weapons.", "IGOUNO"):
        "an investigation told as a visit's purpose is not coded as done",
    ("Venezuela sent troops to its border with Colombia after Colombian rebels attacked a Venezuelan army "
     "post.", "COLREB"):
        "an act in an after-clause under a non-reaction is background, not coded (stories27's rule)",
    ("Zimbabwe sent 3,000 troops to help Congolese President Laurent Kabila fight rebels backed by Rwanda "
     "and Uganda.", "UGA"):
        "backing told as a participle on the rebels ('rebels backed by Rwanda') is background, not coded",
    ("Norway hosted secret talks between Israeli and Palestinian negotiators that led to the Oslo "
     "accords.", "ISR"):
        "talks a third party hosts are coded as the host's mediation (045) only, by the older probe files' "
        "convention (test_probes, probes_wire): the GSR records code one event, the host's; a rule adding "
        "the parties' 046 was tried and dropped",
    ("Venezuelan President Hugo Chavez signed an oil supply agreement with Cuba in Havana.", "CUB"):
        "an agreement signed with a party is coded from the signer named as subject only (one event, as the "
        "GSR records code it); the row wants the partner's signature too",
    ("Zambia denied Angolan charges that it was supplying arms to UNITA rebels.", "AGO"):
        "the accusation named by 'Angolan charges' under the denial is not coded on its own",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL28, KNOWN_GAPS, ROW_GAPS)
