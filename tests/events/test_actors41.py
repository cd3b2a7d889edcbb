"""Thirty-ninth session (wip/actors41), the actor classes as the events stage meets them: "both sides", "the
two countries", "the rival factions" with their pair joined by "and" earlier in the same sentence, also when
the earlier clause's party took the act (`events/clause_pair.py`); a self-proclaimed polity's authorities
named by the region's word, which NER tags alone ("the Abkhaz authorities"); a dateline's own office
holder over a lead that names only another country ("accused Washington"). Controls: a pair phrase with no
pair before it codes nothing new; a lead about another country keeps that country. Fresh sentences, not
the probes'."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

GSR = "2000-01-01"

CASES = [
    ("ASMARA (Reuters) - Fighting between Eritrea and Ethiopia resumed near Badme on Sunday, and both sides "
     "blamed each other for the breakdown of the truce.", ("ERI", "ETH", "11")),
    ("ASMARA (Reuters) - Fighting between Eritrea and Ethiopia resumed near Badme on Sunday, and both sides "
     "blamed each other for the breakdown of the truce.", ("ETH", "ERI", "11")),
    ("KINSHASA (AFP) - Troops loyal to Laurent Kabila and Jean-Pierre Bemba clashed near Gbadolite on "
     "Friday, and both sides accused each other of attacking first.", ("CODGOV", "CODREB", "11")),
    ("ISLAMABAD (Reuters) - Skirmishes between Pakistan and India flared along the border on Monday, and "
     "the two countries accused each other of provoking them.", ("PAK", "IND", "11")),
    ("SUKHUMI, Georgia (Reuters) - The Abkhaz authorities on Friday accused Tbilisi of plotting a new "
     "offensive.", ("GEOREB", "GEO", "11")),
    ("TSKHINVALI, Georgia (AP) - South Ossetian officials on Monday rejected Georgia's offer of autonomy.",
     ("GEOREB", "GEO", "12")),
    ("TEHRAN (Reuters) - Foreign Minister Kamal Kharrazi on Tuesday accused Washington of arming Iran's "
     "enemies.", ("IRNGOV", "USA", "11")),
    ("BUJUMBURA (AFP) - Fighting between Hutu rebels and the Tutsi-led army spread to the capital on "
     "Sunday, and both sides accused each other of killing civilians.", ("BDIREB", "BDI", "11")),
    ("TSKHINVALI, Georgia (Reuters) - The South Ossetian parliament on Friday rejected Tbilisi's demand to "
     "disband the local militia.", ("GEOREB", "GEO", "12")),
    ("LAGOS (Reuters) - The Economic Community of West African States on Friday urged Sierra Leone's junta "
     "to restore the elected government.", ("IGOWAFWAS", "SLE", "02")),
    ("MONROVIA (AP) - Nigerian-led ECOMOG troops on Saturday attacked rebel positions north of the "
     "capital.", ("IGOWAFWAS", "LBR", "19")),
    # controls: the two leaders with no pair before them; a lead about another country keeps it; a state's
    # own parliament; a "-led" force with no body named
    ("LONDON (Reuters) - Police in Lagos on Monday arrested 40 students protesting against fuel prices.",
     ("NGACOP", "NGA", "17")),
    ("TBILISI (Reuters) - Georgian officials on Monday accused Russia of arming Abkhaz separatists.",
     ("GEOGOV", "RUS", "11")),
    ("CHISINAU (Reuters) - The Moldovan parliament on Friday rejected Moscow's plan for the region.",
     ("MDALEG", "RUS", "12")),
    ("MONROVIA (AP) - Nigerian-led troops on Saturday attacked rebel positions north of the capital.",
     ("NGAMIL", "LBR", "19")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[f"{c[0][:40]}-{c[1][0]}" for c in CASES])
def test_actor_classes_in_events(code: Any, text: str, want: tuple[str, str, str]) -> None:
    art = code(text, date=GSR)
    # the source whole, the target as long as the case writes it (a country, or a whole code), the root
    width = len(want[1])
    got = {(e.source.code, e.target.code[:width], (e.cameo or "")[:2]) for e in art.events
           if e.source and e.target}
    assert want in got, sorted(got)


def test_no_pair_before_codes_nothing_new(code: Any) -> None:
    art = code("NICOSIA (Reuters) - Both sides on Friday accused each other of stalling the talks.", date=GSR)
    assert not [e for e in art.events if e.cameo and e.cameo.startswith("11")], \
        sorted((e.source.code, e.target.code, e.cameo) for e in art.events)
