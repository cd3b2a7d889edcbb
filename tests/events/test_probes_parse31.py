"""The parse31 probes (tests/events/probes_parse31.py): long era leads (1985-2005 agency copy), written blind,
weighted to joint titled names, participles, partners carried over, coreference inside the lead and long
shapes. Each row must be coded (actor + root), except the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_parse31")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Rwandan President Juvenal Habyarimana and Alexis Kanyarengwe, chairman of the rebel Rwandan Patriotic '
    'Front, signed a peace agreement in the northern Tanzanian town of Arusha on Wednesday, ending three '
    'years of civil war, AFP reported.':
        "the second signer is known only by his apposition ('chairman of the rebel Rwandan Patriotic "
        "Front'), which gives him no code; the town of the signing is taken as the partner",
    'Russian troops backed by helicopter gunships on Friday overran a village in southern Dagestan held by '
    'Chechen-based Islamic militants, killing dozens of the fighters and forcing the rest to flee into the '
    'mountains, Interfax news agency said.':
        "a village 'held by' militants is placed as its civilians (the parse30 'positions held by' gap)",
    'Turkish warplanes on Sunday bombed suspected Kurdish rebel camps in northern Iraq, hitting targets of '
    'the Kurdistan Workers Party which has waged a 14-year armed campaign for self-rule, military sources '
    'in the southeastern city of Diyarbakir said.':
        "Kurdish rebels in northern Iraq are placed as Iraq's (IRQREB); the PKK named in the participle is "
        "Turkey's (an actors-stage choice)",
    'Yugoslav authorities on Monday ordered the head of the international monitoring mission in Kosovo, '
    'U.S. diplomat William Walker, to leave the country within 48 hours, accusing him of siding with the '
    'ethnic Albanian separatists, Tanjug news agency said.':
        "the mission's head is coded by his apposition's nationality and the separatists of the "
        "participle (USAREB), not as the international mission; the accusation of 'siding with' has no row",
    "Cambodia's Second Prime Minister Hun Sen, a former Khmer Rouge commander, on Saturday ousted his "
    'co-premier Prince Norodom Ranariddh after two days of heavy fighting in Phnom Penh between their rival '
    'forces, diplomats said.':
        "'ousted' a co-premier has no row (a coup inside a government)",
    'Soviet Foreign Minister Eduard Shevardnadze met Secretary of State James Baker in Wyoming on Saturday '
    'and the two men agreed to speed up work on a treaty to cut long-range nuclear arms, TASS news agency '
    'reported.':
        "Baker is coded by the story's date (2000: a former official, USAELI), as the guide's dated actors "
        'say; the era story would need its own date',
    'The United States on Sunday told Iraq it faced air strikes unless it allowed U.N. inspectors '
    'unfettered access, and Washington said it would not wait long for Baghdad to comply, State Department '
    'officials said.':
        "a threat told as 'told X it faced Y unless' has no frame (warned is read), and the compliance "
        "Washington waits for is coded as Iraq's act",
    'France, a week after resuming nuclear tests in the South Pacific despite protests from New Zealand '
    'and Australia, on Tuesday offered to sign a treaty making the region a nuclear-free zone, French '
    'officials said.':
        "an offer to sign a regional treaty names no partner; New Zealand is only in the aside's protests",
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ('NATO jets struck Bosnian Serb ammunition dumps near Pale on Thursday for a second day after the Serbs '
     'refused to pull heavy weapons back from Sarajevo, and the allied jets returned at dusk to hit radar '
     'sites, a NATO spokesman said.',
     'YUG'):
        'an after-clause under an air strike is its background (stories27), so the Serbs\' refusal is not '
        'coded',
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL31, KNOWN_GAPS, ROW_GAPS)
