"""The twenty-first session's lead fixes (issue #7): blind probes in `probes_agree23.py` found each
class; the sentences here are fresh ones, with controls.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "2006-03-10"


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


@pytest.mark.parametrize(("text", "pair", "root"), [
    ("Following talks in Nairobi, Kenya and Somalia agreed to reopen their border.", ("KEN", "SOM"), "03"),
    ("During a summit in Lusaka, Zambia and Angola signed a trade pact.", ("ZMB", "AGO"), "05"),
    ("After talks in Algiers, Ethiopia and Eritrea agreed to withdraw troops.", ("ETH", "ERI"), "03"),
])
def test_a_fronted_phrase_ending_in_a_place_leaves_the_subject_its_own(
        code: Any, text: str, pair: tuple[str, str], root: str) -> None:
    # the small model reads "Algiers, Ethiopia and Eritrea" as one list and loses the subject
    got = triples(code(text, date=DATE))
    for source, target in (pair, pair[::-1]):
        assert any(s[:3] == source and t[:3] == target and c[:2] == root for s, t, c in got), got


def test_a_list_inside_the_fronted_phrase_stays_there(code: Any) -> None:
    text = "In talks with Russia, China and India, the United States urged restraint."
    got = triples(code(text, date=DATE))
    assert got and all(s == "USA" or t == "USA" for s, t, _ in got), got
    assert not any(s[:3] in ("CHN", "IND") and t[:3] in ("CHN", "IND") for s, t, _ in got), got
