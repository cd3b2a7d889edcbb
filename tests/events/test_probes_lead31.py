"""The lead31 probes (tests/events/probes_lead31.py): GSR-style leads of 1985-2005, long leads most, written
blind. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_lead31")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Northern Yemeni forces pushed into the suburbs of Aden on Tuesday after weeks of fighting, '
    "tightening their grip on the southern secessionists' last stronghold.":
        "the southern secessionists' stronghold is told in a participle; the suburbs of Aden are read "
        'as the place struck (YEMCVL)',
    "Nigeria's military government arrested Moshood Abiola on Thursday, a week after the businessman "
    'declared himself president on the first anniversary of the annulled June 1993 elections.':
        'Abiola, dead by the 2000-01-01 date, is dated ELI, not the opposition leader he was',
    'Syria agreed on Tuesday to expel Kurdish rebel leader Abdullah Ocalan and close his camps, '
    'defusing a crisis that had brought Turkey and Syria to the brink of war.':
        "an agreement to expel a third party's rebel leader reads as a threat of repression (137) "
        'against him, not as yielding to Turkey',
    'A team of U.N. weapons inspectors began searching a presidential site in Baghdad on Thursday, the '
    'first such inspection since Iraq agreed to open the sites in a deal brokered by Secretary-General '
    'Kofi Annan.':
        'an inspection begun has no row; the background agreement in the since-clause is coded instead',
    'The United Nations human rights commission on Tuesday ordered an investigation into reports of '
    'massacres in Rwanda, naming a special rapporteur to gather evidence of genocide.':
        'an investigation ordered into reports of massacres in a country names no target (the place is '
        'not taken)',
    'Guerrillas of the pro-Iranian Hizbollah killed two Israeli soldiers in a roadside bomb attack in '
    "Israel's self-declared security zone in south Lebanon on Saturday, Israeli army radio said.":
        "the era spelling 'Hizbollah' is not in the tables (taken out in the twenty-eighth session and "
        "again in the thirtieth: the unread PLOVER half loses a record with it) and the guerrillas are "
        "placed by 'Israel's security zone'",
    'North Korea announced on Friday it was withdrawing from the nuclear Non-Proliferation Treaty, '
    'citing threats to its sovereignty from the United States and the International Atomic Energy '
    'Agency.':
        'withdrawal from a treaty is aimed at its depositaries (IGO), the coder takes the United '
        'States of the participle',
    'Indonesian President Suharto resigned on Thursday after 32 years in power, bowing to weeks of '
    'student protests and riots, and handed power to his deputy B.J. Habibie.':
        'a resignation forced by protests is aimed at the protesters; the coder takes the deputy '
        'handed power (IDNLEG)',
    'Turkish commandos landed on an uninhabited islet in the Aegean claimed by Greece on Monday and '
    'replaced a Greek flag planted there by Greek journalists with a Turkish one, escalating a '
    'territorial dispute between the NATO allies.':
        'commandos landing on a disputed islet are read as protection (074, the row for troops landed '
        'by a state)',
    "Leaders of Liberia's three main warring factions, meeting in the Ghanaian town of Akosombo under "
    'the auspices of West African states, signed an agreement on Monday providing for a ceasefire and '
    'the formation of a transitional government.':
        "'leaders of warring factions' name no coded party, and a pact among them has no partner",
    "Zimbabwe's government, defying a High Court ruling that the occupations were illegal, on "
    'Wednesday listed another 804 white-owned farms for seizure without compensation, escalating a '
    'land crisis that has battered the economy.':
        "the participle's defiance of the court (ZWEJUD 128) is coded; farms listed for seizure have no row",
    'Swiss banks agreed on Wednesday to pay $1.25 billion to settle claims by Holocaust survivors that '
    'they had hoarded the assets of Nazi victims, ending a bitter dispute that had strained relations '
    'between Switzerland and the United States.':
        'a settlement paid to claimants has no row, and Holocaust survivors name no coded party',
    'Yugoslav President Slobodan Milosevic agreed on Tuesday to allow 2,000 unarmed international '
    'monitors into Kosovo and to withdraw some of his forces from the province, averting NATO air '
    'strikes, U.S. envoy Richard Holbrooke said.':
        "'international monitors' name no IGO; the province is taken as the target",
    'Australia on Wednesday condemned the killing of pro-independence supporters by militias in East '
    'Timor and called on Jakarta to restore order, Foreign Minister Alexander Downer said.':
        'the condemnation is aimed at the militias who killed (TLSUAF), the row wants Jakarta',
    'U.N. Secretary-General Javier Perez de Cuellar announced on Monday that a ceasefire between Iran '
    'and Iraq would take effect on August 20, ending nearly eight years of one of the bloodiest wars '
    'of the century.':
        'a ceasefire announced to take effect names its parties only in a between-phrase the '
        'announcement does not reach',
    'President Bill Clinton said on Thursday that all U.S. troops would be withdrawn from Somalia by '
    'March 31, while sending 5,000 reinforcements to protect the force in the meantime, after 18 '
    'soldiers were killed in Mogadishu.':
        "the withdrawal is read as the troops' own intent (USAMIL, from the passive's subject), not as the "
        'government that announced it',
    'South African President F.W. de Klerk, in a speech opening parliament in Cape Town on Friday, '
    'lifted the 30-year ban on the African National Congress and announced that Nelson Mandela would '
    'be freed soon.':
        "the ban lifted is aimed at the parliament of the speech's setting (ZAFLEG), not at the ANC "
        'the ban named',
    'The African National Congress, which has waged a guerrilla war against white minority rule for 30 '
    'years, announced on Tuesday that it was suspending its armed struggle, clearing the way for talks '
    'with the government.':
        'the ANC is now ZAFOPP by the era clause (thirtieth session), but its armed struggle suspended '
        'names no other party',
    'Indonesia said on Wednesday it would let the people of East Timor choose between wide-ranging '
    "autonomy and independence, in a dramatic shift from Jakarta's 23-year insistence that the "
    'territory was its 27th province.':
        'letting a people choose their status has no row (an intent to allow a referendum)',
    'Chechen rebels led by Salman Raduyev seized a hospital in the Dagestani town of Kizlyar on '
    'Tuesday and took some 2,000 people hostage, demanding that Moscow withdraw its troops from '
    'Chechnya.':
        'the hostages taken are read as soldiers (RUSMIL) and the hospital seized as the health '
        "sector's (RUSHLH)",
    'Iraq, under threat of U.S. and British air strikes, agreed on Sunday to allow U.N. weapons '
    'inspectors to resume their work without conditions, in a letter from Deputy Prime Minister Tariq '
    'Aziz to Secretary-General Kofi Annan.':
        "the letter 'from Tariq Aziz to Kofi Annan' hangs the addressee on the sender, and the "
        "agreement's target is taken from the sender (IRQGOV)",
    'Tajik President Imomali Rakhmonov and opposition leader Said Abdullo Nuri signed a peace accord '
    'in Moscow on Friday, ending a five-year civil war that killed tens of thousands of people.':
        "no event: the joint subject of a titled head and a titled opposition leader codes no signing "
        "(both actors are right since the thirtieth session: TJKGOV, and TJKOPP by the table's row)",
}

ROW_GAPS: dict[tuple[str, str], str] = {
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL31, KNOWN_GAPS, ROW_GAPS)
