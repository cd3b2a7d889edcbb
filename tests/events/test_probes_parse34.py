"""The parse34 probes (tests/events/probes_parse34.py): long era leads (1985-2005 agency copy), written blind,
weighted to three coordinated verbs, long appositions, opening quotations, "X, which ..., said that", reported
speech two levels deep, passives with a late agent, "not only ... but also", long objects, background
clauses ("a day after", "in the wake of") and lists of countries. Each row must be coded (actor + root),
except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_parse34")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Nelson Mandela, the ANC leader who was freed in February after 27 years in prison, on Wednesday '
    'urged President F.W. de Klerk to lift the state of emergency in Natal province, the South '
    'African Press Association reported.':
        'Mandela and de Klerk are both read as the government (ZAFGOV) at 2000-01-01, an actors-stage'
        ' reading; the appeal is coded (country + root passes)',
    'Ahmad Shah Masood, the ethnic Tajik commander whose forces held Kabul until the Taliban swept '
    'into the capital last year, on Tuesday called on the United Nations to stop the flow of arms to '
    'the militia, a spokesman said.':
        "'the ethnic Tajik commander' makes Masood Tajikistan's military (TJKMIL), an actors-stage "
        'reading; the call on the U.N. is coded',
    'The Vietnamese government, which has stationed troops in Cambodia since it overthrew the Khmer '
    'Rouge in 1979, said on Wednesday that it would withdraw all its remaining soldiers by the end of'
    ' September, the official Vietnam News Agency reported.':
        'the pull-out names no place but in the which-clause (Cambodia): a withdrawal with no target '
        'is not coded',
    'Egyptian President Hosni Mubarak said on Saturday that King Fahd of Saudi Arabia had told him '
    'Riyadh would not allow U.S. warplanes to use Saudi bases for strikes on Iraq, the Middle East '
    'News Agency reported.':
        "the refusal two levels down is coded (SAUGOV 124) toward the strikes' target (Iraq), not the"
        " warplanes' state",
    'A German government spokesman said on Tuesday that Chancellor Helmut Kohl had told Russian '
    'President Boris Yeltsin by telephone that the bombing of Grozny was unacceptable and must stop '
    'at once, DPA news agency reported.':
        "'told Yeltsin that the bombing was unacceptable' is coded as a statement (010), not a "
        'criticism: a judgement in the told clause is no verb the lexicon knows',
    'The downing of two civilian planes flown by Cuban exiles off Havana was condemned in the '
    'strongest terms on Sunday by President Bill Clinton, who said the attack was a flagrant '
    'violation of international law, White House officials said.':
        "the condemnation is coded, aimed at the planes' exiles (CUBCVLMIL): the downing's doer, "
        'Cuba, is not named in the lead (country + root passes)',
    'Kuwait on Tuesday demanded the return of more than 600 Kuwaiti prisoners of war and civilians '
    'who were taken to Iraq by retreating Iraqi troops at the end of the 1991 Gulf War, the Kuwait '
    'News Agency said.':
        'the demand is aimed at the prisoners to return (KWTMIL), not at their holders named in the '
        "relative clause ('taken to Iraq by Iraqi troops')",
    'Colombian police, acting on a tip from an informer, raided a ranch near Medellin on Wednesday, '
    'seized two tonnes of cocaine and arrested 14 members of the drug cartel, including a cousin of '
    'its leader, the national police said.':
        "the arrests in the chained list are now coded, but 'members of the drug cartel, including a "
        "cousin of its leader' are read as COLGOV, not criminals",
    'Mikhail Gorbachev, the former Soviet president whose reforms ended the Cold War, on Tuesday '
    "sharply criticised Washington for pushing NATO eastward to Russia's borders, Itar-Tass news "
    'agency reported.':
        "'the former Soviet president' is read as the Soviet Union's elite (USRELI), not Russia's, an"
        ' actors-stage reading',
    'The U.N. High Commissioner for Refugees, which runs the camps in eastern Zaire, said on Tuesday '
    'that Rwandan troops had forced thousands of refugees back across the border at gunpoint.':
        "'had forced thousands of refugees back across the border' is no wrong the coder knows, so "
        'the reported act is no accusation',
    'South Korean officials said on Wednesday that North Korean negotiators had told them at '
    'Panmunjom that Pyongyang would boycott the next round of talks on family reunions.':
        "'would boycott the next round of talks', two levels down, is not coded: a boycott of talks "
        'is no refusal the lexicon knows in the future',
    'Britain on Friday agreed to the lifting of the protection zone of 150 miles around the Falkland '
    'Islands which it imposed after the 1982 war with Argentina, a Foreign Office spokesman said.':
        "'agreed to the lifting of the zone' codes nothing: the zone's other party is named only in "
        "the which-clause's after-phrase",
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ('Japan on Friday offered emergency aid worth $10 million to Bangladesh, Burma and Nepal, where '
     'floods have killed more than 1,000 people and left millions homeless, the Foreign Ministry said'
     ' in Tokyo.', 'JPNGOV'):
        "the aid 'worth $10 million to Bangladesh, Burma and Nepal' goes to the first country only: "
        "the recipients' conjuncts under 'worth' are not read",
    ('China on Monday offered food aid worth 20 million yuan to North Korea, Laos and Mongolia, the '
     'official Xinhua news agency said.', 'CHNGOV'):
        "the aid 'worth 20 million yuan to North Korea, Laos and Mongolia' goes to the first country "
        "only, as batch 1's Japan",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL34, KNOWN_GAPS, ROW_GAPS)
