"""The thirty-eighth session's lead fixes (issue #7). Fresh sentences (not the probe files'), each class with
controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_peacekeepers_no_state_owns_are_an_international_bodys_force(code: Any) -> None:
    # the dateline's state receives them; they are not its army
    got = triples(code("LUANDA (Reuters) - Angolan officials on Tuesday welcomed the international "
                       "peacekeepers to the central highlands.", date=DATE))
    assert aimed(got, "AGO", "IGO", "0"), got
    got = triples(code("KIGALI, Rwanda (AP) - Hutu militiamen ambushed peacekeepers on a road north of the "
                       "capital on Friday, wounding four.", date=DATE))
    assert aimed(got, "RWA", "IGO", "19"), got
    assert not any(t.startswith("RWAMIL") for _, t, _ in got), got
    # the body the story named just before sends them
    got = triples(code("LUANDA (Reuters) - The U.N. Security Council voted on Thursday to extend its mission "
                       "in Angola. UNITA rebels fired on peacekeepers near Huambo on Friday.", date=DATE))
    assert aimed(got, "AGO", "IGOUNO", "19"), got
    # controls: a nationality or an owner says whose they are
    got = triples(code("TUZLA, Bosnia (AP) - Serb gunners shelled Danish peacekeepers near Tuzla on Monday.",
                       date=DATE))
    assert aimed(got, "SRB", "DNKMIL", "19") or aimed(got, "BIH", "DNKMIL", "19"), got
    got = triples(code("Canada threatened on Sunday to pull its peacekeepers out of Cyprus.", date=DATE))
    assert not any(t == "IGO" for _, t, _ in got), got
    got = triples(code("KIGALI, Rwanda (AP) - Hutu militiamen ambushed an army patrol north of the capital.",
                       date=DATE))
    assert aimed(got, "RWA", "RWAMIL", "19"), got


def test_a_leaders_armed_men_are_his_countrys_of_their_own_sector(code: Any) -> None:
    # the possessive names whose men they are; the men's own word names what they are
    got = triples(code("ABIDJAN (AP) - Guinean helicopters on Sunday strafed Charles Taylor's fighters along "
                       "the border, refugees said.", date=DATE))
    assert aimed(got, "GIN", "LBRREB", "19"), got
    got = triples(code("KINSHASA (Reuters) - Rebels on Monday ambushed a convoy of President Mobutu's "
                       "soldiers near Kisangani.", date=DATE))
    assert any(t in ("ZARMIL", "CODMIL") for _, t, _ in got), got
    # control: a leader's aides are no armed men; the leader's office stays
    got = triples(code("The European Union on Tuesday criticised President Suharto's ministers for the "
                       "crackdown.", date=DATE))
    assert not any(t.endswith(("REB", "MIL")) for _, t, _ in got), got


def test_a_bodys_name_with_and_in_british_spelling_is_the_body_not_its_place(code: Any) -> None:
    # the small model cuts "Organisation ... Co-operation" before "in Europe", and Europe became the actor
    got = triples(code("ALMATY (Reuters) - The Organisation for Security and Co-operation in Europe on "
                       "Tuesday criticised Kazakhstan's presidential election as flawed.", date=DATE))
    assert aimed(got, "IGO", "KAZ", "11"), got
    assert not any(s.startswith("EUR") for s, _, _ in got), got
    # control: a region named alone stays the region
    got = triples(code("MOSCOW (AFP) - Russia on Monday criticised governments in Europe for the embargo.",
                       date=DATE))
    assert not any(t.startswith("IGO") for _, t, _ in got), got


def test_it_after_a_body_named_by_its_role_stands_for_the_body(code: Any) -> None:
    # "urged it to ...": "it" is the government just criticised, not the people the appeal is about
    got = triples(code("The European Union on Monday criticised Indonesia's military government and urged it "
                       "to release all East Timorese detainees.", date=DATE))
    assert aimed(got, "IGO", "IDNGOV", "025"), got
    assert not any(t.endswith("OPP") or t.endswith("CVL") for _, t, c in got if c.startswith("02")), got
    # control: "it" after a thing is the thing, and no party
    got = triples(code("Japan criticised the aid plan and called it unrealistic.", date=DATE))
    assert not any(c.startswith("02") for _, _, c in got), got
