"""The parse37 probes (tests/events/probes_parse37.py): long era leads (1985-2005 agency copy), written blind,
weighted to a quotation that opens the lead, fronted participles and absolute phrases, "in a move seen as",
ellipsis ("as did X", "did the same", "so did", "responded in kind"), contrasts, "X, along with Y", two acts
joined by "then" / "before", codebook verbs as nouns in the object, the era's phrasal verbs and the verbs the
lexicon lacked (isolate, respond in kind, charges dismissed). Each row must be coded (actor + root), except
the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_parse37")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    '"We will not be intimidated," Taiwan\'s President Lee Teng-hui said on Tuesday as Chinese warships '
    'began a second week of live-fire exercises in waters less than 60 km off the island\'s northern '
    'coast, officials said in Taipei.':
        "exercises 'in waters ... off the island's coast' name the place two prepositions down and 'the "
        "island' for Taiwan, so no show of force (150) is aimed",
    'The Philippine government on Sunday announced the release of 36 communist rebels as a goodwill '
    'gesture ahead of peace talks with the National Democratic Front in Oslo, a presidential spokesman '
    'said in Manila.':
        "unplaced 'communist rebels' are placed by the talks' venue (NOR), an actors-stage reading",
    '"Our patience has limits," North Korea\'s official KCNA news agency said on Monday after South '
    'Korean and U.S. forces began their annual Team Spirit military exercises, which Pyongyang calls a '
    'rehearsal for invasion.':
        "the verdict in the relative clause ('which Pyongyang calls a rehearsal for invasion') on joint "
        "exercises is not read as North Korea's criticism, and the quote's warning names no party",
    'Unlike Britain, which opposed sanctions, the Commonwealth\'s other members on Sunday agreed to ban '
    'new investment in South Africa, with Prime Minister Margaret Thatcher again standing alone, delegates '
    'said in Nassau.':
        "'agreed to ban' a conflictual act is read as a threat (131, the @AGREE frame's convention), not "
        'the sanction a body decided (163)',
    'While Iraq said it was ready to exchange all remaining prisoners of war, Iran on Tuesday rejected the '
    'offer as a propaganda ploy, Tehran radio said.':
        "'the offer' rejected is the while-clause's (Iraq's): a definite noun's maker told in a clause "
        'before it is not carried to it',
    'Indonesian police on Saturday rounded up more than 200 supporters of ousted opposition leader '
    'Megawati Sukarnoputri after riots in central Jakarta, a police spokesman said.':
        "Megawati's supporters are IDNGOV at the GSR date (her vice-presidency), an actors-stage reading "
        '(country + root passes)',
    'An Israeli military court on Sunday acquitted three Jewish settlers accused of killing a Palestinian '
    'schoolgirl in Hebron, citing a lack of evidence, the settlers\' lawyer said.':
        "'a military court' is read as the military (ISRMIL), not the judiciary, an actors-stage reading "
        '(country + root passes)',
    '"Those who send the bombers will pay a heavy price," Prime Minister Yitzhak Shamir warned on Sunday, '
    'a day after a suicide attack on a bus killed 14 Israelis near Jerusalem, Israel radio said.':
        "the warning names its target only as 'those who send the bombers'; the time phrase's victims "
        '(ISRCVL) are taken instead',
    'China on Friday freed Wei Jingsheng, its best-known dissident, after 14 years in prison, in a move '
    'seen as an attempt to win support for Beijing\'s bid to host the 2000 Olympics, diplomats said.':
        "'the 2000 Olympics' in the 'in a move seen as' phrase discards the whole sentence as sports "
        '(the lexicon\'s DISCARD list)',
    'The South African government backed down on Thursday on a plan to evict 10,000 squatters from '
    'Crossroads after black leaders threatened a general strike, the Bureau for Information said.':
        "'black leaders' resolve to no actor, so the yielding has no party to be aimed at",
    'Germany on Wednesday pulled out of a joint European project to build a new fighter plane, citing its '
    'costs after unification, the defence ministry said in Bonn.':
        "'pulled out of a joint European project' is read as a retreat (087) aimed at the region (EUR): no "
        'row reads a project left as reduced cooperation with its partners',
    'The Organisation of the Islamic Conference on Monday called on its members to isolate Serbia '
    'diplomatically and to sever all economic ties with Belgrade, delegates said in Karachi.':
        "a call on members to isolate Serbia is coded as an appeal (020), not the rally of opposition "
        'against Serbia (113) that "called for the isolation of" codes',
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    (_probes._SUHARTO, 'IDNEDU'):
        "students' 'protests against price rises' name no party protested against (the government is "
        "only implied), so the protest has no target",
    (_probes._LAGOS, 'NGAEDU'):
        "students 'protesting against a rise in fuel prices' name no party protested against; and the "
        "arrests after 'then' fold into the tear gas (175, same root)",
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL37, KNOWN_GAPS, ROW_GAPS)
