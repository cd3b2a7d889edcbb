"""Lexicon senses the sentence-shape probes of wip/probes17c called for (issue #7), each decided by the
CAMEO codebook's definition and tested on our own sentences, with negatives: a military strike that
destroys installations is force (190), a diplomatic note of protest is an official complaint (114),
relief dropped from the air is humanitarian aid (073), an appeal to accept a ceasefire is an appeal for
de-escalation (0256), elite troops sent to a country are military protection (074), talks opened are
negotiation (046), and doers "believed to belong to" a group are that group's."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "1990-05-01"


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


@pytest.mark.parametrize("text, expected", [
    # "destroy" with a military or infrastructure object is the force that did it (190)
    ("Iraqi jets destroyed three Iranian radar installations near the border on Sunday.",
     ("IRQMIL", "IRN", "19")),
    ("Syrian artillery destroyed two Israeli army outposts in the Golan Heights.",
     ("SYR", "ISRMIL", "19")),
    # a note of protest sent or handed to a state is an official complaint (114)
    ("Hungary sent a note of protest to Romania over the treatment of ethnic Hungarians.",
     ("HUN", "ROU", "114")),
    ("Ecuador handed a protest note to Peru after the border incident.",
     ("ECU", "PER", "114")),
    # relief dropped from the air is humanitarian aid (073)
    ("Jordanian planes dropped food and medicine to the besieged town in southern Lebanon.",
     ("JOR", "LBN", "073")),
    # an appeal to accept a ceasefire is an appeal for de-escalation (0256)
    ("Algeria urged Morocco and the Polisario Front to accept a ceasefire in the Western Sahara.",
     ("DZA", "MAR", "0256")),
    # elite troops sent to a country are military protection (074), as plain troops are
    ("Belgium sent 500 paratroopers to Zaire to protect foreign residents.",
     ("BEL", "COD", "074")),
    # talks opened with a party are negotiation (046), as talks held are
    ("The Sri Lankan government opened talks with Tamil rebels in Thimpu on Monday.",
     ("LKAGOV", "LKAREB", "046")),
    # talks called off are negotiations halted (164), not talks held
    ("Pakistan called off talks with India on the Siachen glacier, citing troop movements.",
     ("PAK", "IND", "164")),
    # a participle set off by commas between the subject and its verb does not take the subject away
    ("Chinese Premier Li Peng and Thai Prime Minister Chatichai Choonhavan, meeting in Bangkok, signed a "
     "trade agreement.",
     ("CHNGOV", "THAGOV", "057")),
    ("The foreign ministers of Egypt and Sudan, speaking after talks in Khartoum, signed an accord on "
     "border security.",
     ("EGYGOV", "SDNGOV", "057")),
    # the threatened named inside the quoted words of the threat itself ("threatened to 'burn X'")
    ("President Hafez al-Assad of Syria threatened to \"teach Israel a lesson\" if its troops crossed "
     "the border.",
     ("SYRGOV", "ISR", "13")),
    # "X believed / said to belong to Y": the group the clause names owns the doers
    ("Guerrillas believed to belong to UNITA attacked a government convoy in southern Angola.",
     ("AGOREB", "AGO", "19")),
    ("Men said to belong to the Khmer Rouge attacked a Cambodian army post near Battambang.",
     ("KHMREB", "KHMMIL", "19")),
])
def test_sense(code: Any, text: str, expected: tuple[str, str, str]) -> None:
    got = triples(code(text, date=DATE))
    src, tgt, cameo = expected
    assert any(s[:len(src)] == src and t[:len(tgt)] == tgt and c.startswith(cameo) for s, t, c in got), \
        sorted(got)


@pytest.mark.parametrize("text", [
    "A fire destroyed 40 homes in the Kenyan capital on Sunday.",
    "Food prices dropped sharply in Poland last month.",
    "Iraq dropped its demand for food aid from the United Nations.",
    "Lebanese gunmen dropped leaflets over the camp.",
    # a slogan chanted names no party of the march
    'Thousands of Poles marched through Warsaw chanting "long live America".',
])
def test_no_sense(code: Any, text: str) -> None:
    got = triples(code(text, date=DATE))
    assert not any(c[:2] in ("19", "07") or "USA" in (s[:3], t[:3]) for s, t, c in got), sorted(got)


def test_valley_is_no_place(code: Any) -> None:
    """A valley named in the text is no city "The Valley" (Anguilla's capital)."""
    got = triples(code("Syrian jets bombed a village in Lebanon's Bekaa Valley on Sunday.", date=DATE))
    assert got and not any("AIA" in (s[:3], t[:3]) for s, t, _ in got), sorted(got)
