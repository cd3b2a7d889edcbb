"""The parse38 probes (tests/events/probes_parse38.py): long era leads (1985-2005 agency copy), written blind,
weighted to a message, note, warning or offer handed, delivered, conveyed or relayed to a party; an act
named by a noun with a by-phrase; reduced relatives; modals and aspect verbs over the act; "X's decision
to" and "X's refusal to"; a second act in a which-clause; lists of three parties; a dateline place that is
also the subject; and the era's phrasal verbs ("stepped up", "held up", "turned back", "handed over",
"pulled back", "hit back at"). Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_parse38")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    "Japan's Foreign Ministry on Tuesday conveyed a request through diplomats in Beijing to North "
    'Korea to free two Japanese seamen held in Pyongyang since 1983 on charges of espionage, Kyodo '
    'news agency reported.':
        "the request's infinitive ('to free two Japanese seamen') is read as Japan's own release "
        "(0841): the to-phrase 'to North Korea' after 'through diplomats in Beijing' is not taken as "
        'the addressee',
    'The arrest by Israeli troops of a senior Hamas leader in Hebron on Wednesday sparked clashes in '
    'which soldiers shot and wounded 14 Palestinian stone-throwers, Palestinian hospital officials '
    'said.':
        "'a senior Hamas leader' resolves to a civilian (PSECVL), and the shooting in 'clashes in "
        "which soldiers shot and wounded' is not coded (a relative clause on the clashes)",
    'A car bomb blamed on the Basque separatist group ETA killed three members of the paramilitary '
    'Civil Guard in the northern city of Vitoria on Thursday, the interior ministry said in Madrid.':
        "'Vitoria' is read as the Brazilian city (BRACVL) and 'members of the paramilitary Civil "
        "Guard' as civilians, an actors-stage reading",
    'Police acting on a tip-off arrested four suspected members of the Red Brigades guerrilla group '
    'in a raid on an apartment in Milan on Saturday, the ANSA news agency reported.':
        "the reduced relative 'acting on a tip-off' takes the source from the trailing 'ANSA news "
        "agency' (ITAMED), not the police",
    'Ethiopian troops began to pull back from the disputed border town of Badme on Tuesday under a '
    'peace plan brokered by the Organisation of African Unity, Eritrean officials said in Asmara.':
        "'pull back' with 'back' read as an adverb and 'from the town' hung on it is read as a "
        'withdrawal from the brokering body (160, OAU), not a retreat from Eritrean ground',
    'Israel on Wednesday failed to meet a United Nations deadline to withdraw its troops from a strip'
    ' of southern Lebanon, saying its forces would stay until Beirut disarmed Hezbollah guerrillas, '
    'officials said in Jerusalem.':
        "'failed to meet a deadline to withdraw' is read as no act: a deadline missed is not read as "
        'a refusal (12)',
    'Iraqi officials on Tuesday held up a team of U.N. weapons inspectors for nine hours in a car '
    'park outside the Defence Ministry in Baghdad, refusing to let them enter, a U.N. spokesman said.':
        "'held up' inspectors (obstructed) has no row, and 'refusing to let them enter' is not read "
        'as a refusal aimed at the inspectors',
    "Washington on Wednesday stepped up economic pressure on Nicaragua by cutting the country's sugar"
    ' import quota by 90 percent, a State Department spokesman said.':
        "'stepped up pressure ... by cutting the sugar import quota' codes nothing: the means in the "
        "by-phrase ('cutting a quota') is no row",
    "Britain's ambassador in Buenos Aires on Wednesday conveyed a proposal from London to the "
    'Argentine government for the resumption of direct flights to the Falkland Islands, the Foreign '
    'Office said.':
        "'a proposal' is no event noun of the lexicon, so a proposal conveyed codes nothing",
    'The seizure by Iranian Revolutionary Guards of a Kuwaiti-flagged tanker in the Gulf on Friday '
    'was the first attack on a ship under U.S. escort, Pentagon officials said.':
        "'was the first attack on a ship under U.S. escort' takes over: the seizure's by-phrase doer "
        'is not read, and U.S. escort is read as a party',
    'The shooting down by Ethiopian gunners of a Sudanese cargo plane near Kassala has raised tension'
    ' along the border, diplomats in Khartoum said on Monday.':
        "'the shooting down' (a gerund with a particle) is no event noun, so the by-phrase's act "
        'codes nothing',
    "Soldiers loyal to Haiti's military rulers fired on a crowd of supporters of exiled President "
    'Jean-Bertrand Aristide in Port-au-Prince on Sunday, killing at least six, witnesses said.':
        "'soldiers loyal to X' take X (HTIGOV) as the doer, and the crowd of supporters resolves to "
        'the country only (HTI); country + root passes',
    'Rebels backed by Rwanda and Uganda captured the eastern Congolese town of Kisangani on Saturday '
    'after three days of fighting with government troops, a rebel spokesman said in Goma.':
        'the town captured is read as its people (CODCVL), not the government whose troops held it; '
        'country + root passes',
    "Iraqi forces stepped up their attacks on Shi'ite rebels in the southern marshes on Sunday, "
    'shelling villages and burning reed beds, Iranian radio said.':
        "'Shi'ite rebels' in the southern marshes resolve to no actor, so the attacks stepped up have"
        ' no target',
    "Burma's refusal to admit U.N. human rights envoys led the European Union on Monday to extend its"
    ' visa ban on members of the ruling junta, officials said in Brussels.':
        "'extend its visa ban on members of the junta' has no row (an extended ban is no new sanction"
        ' of the lexicon) and the refusal is read against Brussels',
    'South African troops raided suspected ANC bases in Gaborone, the capital of Botswana, on '
    'Thursday, a raid which Washington called an outrage against a peaceful neighbour, officials '
    'said.':
        "the ANC resolves to the government at the GSR date (ZAFGOV), and 'called an outrage' with "
        "'which' for its object and 'outrage' as the object is no verdict row",
    "Kenya's high commissioner in London on Friday handed the Foreign Office a note protesting "
    'remarks by a British minister about corruption in Nairobi, the Kenyan government said.':
        "the model hangs 'a note' on 'protesting' and 'remarks' on 'handed', so no participle hangs "
        'on a handed document and the protest is lost',
    'Jordan on Monday handed over to Syria four members of the Moslem Brotherhood wanted for a '
    'bombing in Damascus, a government spokesman said in Amman.':
        'the hand-over of wanted men is read as an intent to cooperate (0313), not the judicial '
        'cooperation or the return done (063 / 084)',
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ('The expulsion by Iraq of two British diplomats accused of spying drew a swift response from '
     'London on Tuesday, when the Foreign Office ordered an Iraqi military attache to leave the '
     'country within seven days.', 'GBR'):
        "the answer in a when-clause ('when the Foreign Office ordered an Iraqi military attache to "
        "leave') after 'drew a swift response' is not read as Britain's expulsion",
    ('The bombing by Turkish warplanes of Kurdish rebel camps in northern Iraq on Monday drew '
     'condemnation from Baghdad, which called the raids a flagrant violation of Iraqi airspace, the '
     'Iraqi News Agency said.', 'TUR'):
        "the bombing is the cause of the condemnation it drew, background by the project's convention"
        " (triggers._cause_of_told_act); and the model hangs 'of Kurdish rebel camps' on 'warplanes'",
    ('Iraq on Monday refused to allow U.N. weapons inspectors into the Agriculture Ministry in '
     'Baghdad, prompting a sharp warning from Washington that it would not tolerate any obstruction '
     'of their work, diplomats said.', 'USA'):
        "a reaction in a participle ('prompting a sharp warning from Washington that ...') is not "
        "read as Washington's act aimed at the main clause's doer",
    ("Iran's decision to expel a BBC correspondent, announced on Sunday by the official Islamic "
     "Republic News Agency, drew a protest from London, where the Foreign Office summoned Iran's "
     "charge d'affaires.", 'IRN'):
        "the decision is the cause of the protest it drew, background by the project's convention "
        '(triggers._cause_of_told_act)',
    ("Libya's refusal to hand over two men wanted for the bombing of a French airliner over Niger led"
     ' the U.N. Security Council on Tuesday to impose an air and arms embargo on Tripoli, diplomats '
     'said in New York.', 'LBY'):
        "the refusal is the cause of the embargo it led to, background by the project's convention "
        '(triggers._cause_of_told_act)',
    ('Indian troops on Thursday stormed a shrine in Srinagar where Kashmiri militants had been holed '
     'up for three weeks, an operation which Pakistan denounced as an outrage against Moslems '
     'everywhere, Radio Pakistan said.', 'IND'):
        "militants 'holed up' in a where-clause on the shrine are not the target of the storming "
        "(INDCVL, the shrine's place)",
    ('Morocco on Monday halted talks on a new fishing agreement with the European Union, a step which'
     ' Spain, whose trawlers depend on Moroccan waters, called unacceptable, officials said in Rabat.',
     'ESP'):
        "the model parses the which-clause's 'called' under 'officials said' and 'whose trawlers "
        "depend ...' as the clause's verb, so Spain's verdict is lost",
    ('The release by Serbia of 11 Kosovo Albanian prisoners on Monday was welcomed by the United '
     "States as a first step towards talks on the province's future, State Department officials said.",
     'SRB'):
        "the release named by a noun in the passive subject of 'was welcomed' is not coded beside the"
        " welcome (the prisoners' party is unplaced)",
    ('Sudan on Tuesday refused to let a U.N. relief flight land in the southern town of Juba, '
     'accusing the world body of ferrying arms to rebels, aid officials said in Nairobi.', 'SDNGOV'):
        "'accusing the world body of ...': 'the world body' is not resolved to the U.N. named before "
        'it',
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL38, KNOWN_GAPS, ROW_GAPS)
