"""The thirty-seventh session's lead fixes (issue #7). Fresh sentences (not the probe files'), each class with
controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_a_camp_or_barracks_captured_is_ground_taken(code: Any) -> None:
    got = triples(code("COLOMBO (Reuters) - Sri Lankan troops captured a Tamil Tiger training camp in the "
                       "northern jungle on Thursday, the defence ministry said.", date=DATE))
    assert aimed(got, "LKAMIL", "LKAREB", "192"), got
    got = triples(code("Chechen fighters overran a Russian army checkpoint near Grozny on Monday.",
                       date=DATE))
    assert aimed(got, "RUSREB", "RUSMIL", "19") or aimed(got, "---REB", "RUSMIL", "19"), got
    # control: a person captured is arrested, not ground taken
    got = triples(code("Peruvian police captured a senior commander of the Shining Path in Lima on Friday.",
                       date=DATE))
    assert aimed(got, "PERCOP", "PER", "173") and not any(c.startswith("192") for _, _, c in got), got


def test_a_claim_nouns_by_phrase_hung_on_the_verb_names_the_target(code: Any) -> None:
    # the parser hangs "by X" on the verb, not on "allegations": X made them, and X is denied
    got = triples(code("Syria denied charges by Israel that it was harbouring guerrillas.", date=DATE))
    assert aimed(got, "SYR", "ISR", "016"), got
    got = triples(code("DAMASCUS (Reuters) - Syria on Monday denied charges by a human rights group that "
                       "it held Lebanese prisoners.", date=DATE))
    assert aimed(got, "SYR", "NGO", "016"), got
    # control: a by-phrase of means names no one
    got = triples(code("Nigerian police dispersed the marchers by force in Lagos on Saturday.", date=DATE))
    assert not any(t.startswith("---") and c.startswith("17") for _, t, c in got), got


def test_an_unnamed_relief_or_rights_group_is_an_ngo_target(code: Any) -> None:
    got = triples(code("The Ethiopian government expelled a foreign relief agency on Tuesday, accusing it of "
                       "spying.", date=DATE))
    assert aimed(got, "ETH", "NGO", "1"), got
    got = triples(code("Burma's military government criticised a human rights group for what it called "
                       "interference in its internal affairs.", date=DATE))
    assert aimed(got, "MMR", "NGO", "11"), got
    # control: people of a country stay that country's ("Sudanese aid workers" are not a relief body)
    got = triples(code("Rebels in southern Sudan kidnapped three Sudanese villagers on Sunday.", date=DATE))
    assert not any(t == "NGO" for _, t, _ in got), got


def test_military_or_financial_support_pledged_is_aid_to_the_party_it_is_for(code: Any) -> None:
    got = triples(code("LUANDA (Reuters) - Angola pledged military support for the government of Congo "
                       "on Tuesday.", date=DATE))
    assert aimed(got, "AGO", "COD", "0332") and not any(t.startswith("AGOMIL") for _, t, _ in got), got
    got = triples(code("Japan promised financial support to Indonesia to help it overcome the crisis.",
                       date=DATE))
    assert aimed(got, "JPN", "IDN", "0331"), got
    # control: support in words stays support (051)
    got = triples(code("Egypt pledged its full support for the Palestinian leadership.", date=DATE))
    assert aimed(got, "EGY", "PSE", "051"), got


def test_the_capital_taken_in_a_lead_is_the_datelines(code: Any) -> None:
    got = triples(code("MONROVIA (Reuters) - Rebel fighters loyal to Charles Taylor captured the capital on "
                       "Saturday after a week of street battles.", date=DATE))
    assert aimed(got, "LBR", "LBR", "192"), got
    # control: "the capital" of a state the lead names is that state's, not the dateline's
    got = triples(code("NAIROBI (Reuters) - Rebels captured the capital of Somalia on Saturday.", date=DATE))
    assert not any(t.startswith("KEN") for _, t, _ in got), got
