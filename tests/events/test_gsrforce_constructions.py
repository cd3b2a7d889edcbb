"""Force and coercion in the style of the CAMEO manual's example sentences, wip/gsrforce (issue #7): the
means of an attack, an attack prepared but not made, a border that is only a place, a conjoined list of
nationalities, and a misparsed "up to N" object. The sentences are our own, with negatives."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]


Triples = set[tuple[str, str, str]]


def triples(art: Any) -> Triples:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


def countries(art: Any) -> set[tuple[str, str]]:
    return {(s[:3], t[:3]) for s, t, _ in triples(art)}


@pytest.mark.parametrize("text, party", [
    # a border named as where it happened is no party, nor the country across it
    ("Ethiopian troops captured a rebel base on the Sudanese border after two days of fighting.", "SDN"),
    ("Rwandan rebels vowed to fight until they gain control of villages near Uganda's border with Congo.",
     "COD"),
    ("Indian troops attacked a militant camp along the border with Pakistan.", "PAK"),
    ("Turkish troops shelled Kurdish rebel camps near the Iranian border.", "IRN"),
])
def test_a_border_as_a_place_is_no_party(code: Any, text: str, party: str) -> None:
    got = countries(code(text))
    assert not any(t == party for _, t in got), sorted(triples(code(text)))


@pytest.mark.parametrize("text, expected", [
    # ... while forces massed on a border are aimed at the country across it (kept)
    ("Russia massed troops on the Ukrainian border.", ("RUS", "UKR")),
    ("India deployed troops along its border with Pakistan.", ("IND", "PAK")),
    # and a border crossed into a named state still names it
    ("Pakistani troops fired across the border at Indian posts.", ("PAK", "IND")),
])
def test_forces_aimed_across_a_border_keep_their_target(code: Any, text: str,
                                                         expected: tuple[str, str]) -> None:
    got = countries(code(text))
    assert expected in got, sorted(triples(code(text)))
