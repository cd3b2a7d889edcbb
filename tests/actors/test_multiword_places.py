"""A title's country is the whole place name before it, not its last word: "North Korea's leader"
is North Korea's (PRK), though "Korea" alone names South Korea in news copy."""

from __future__ import annotations

from typing import Any

import pytest

from actors.actor_helpers import assigned, code_of

pytestmark = pytest.mark.model

CASES = [
    ("North Korea's leader Kim Jong Un criticized the United States on Tuesday.", "Kim Jong Un", "PRKGOV"),
    ("North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing.", "Kim Jong Un", "PRKGOV"),
    ("North Korean Foreign Minister Pak Ui Chun arrived in Moscow on Monday.", "Pak Ui Chun", "PRKGOV"),
    ("South Korean President Roh Moo-hyun left for Washington on Monday.", "Roh Moo-hyun", "KORGOV"),
    ("South African President Jacob Zuma criticized the sanctions on Friday.", "Jacob Zuma", "ZAFGOV"),
    ("North Korea's Foreign Minister Ri Su Yong met Russian officials on Monday.", "Ri Su Yong", "PRKGOV"),
    ("New Zealand's prime minister Helen Clark welcomed the deal on Tuesday.", "Helen Clark", "NZLGOV"),
]


@pytest.mark.parametrize(("text", "name", "code"), CASES)
def test_title_takes_the_whole_place_name(nlp: Any, text: str, name: str, code: str) -> None:
    assert code_of(assigned(nlp, text), name) == code
