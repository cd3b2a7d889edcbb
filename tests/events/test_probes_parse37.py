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
