"""The thirty-third session's lead fixes (issue #7): GSR-style leads across the codebook. Fresh sentences
(not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_relief_flown_to_a_state_is_aid_not_a_visit(code: Any) -> None:
    got = triples(code("Japan flew emergency food supplies to Bangladesh on Tuesday after a cyclone "
                       "struck the coast.", date=DATE))
    assert any(s.startswith("JPN") and t.startswith("BGD") and c.startswith("07") for s, t, c in got), got
    assert not any(c.startswith("04") for _, _, c in got), got
    # control: a leader who flies to a capital visits it
    got = triples(code("Chancellor Helmut Kohl flew to Warsaw on Thursday for talks with Polish leaders.",
                       date=DATE))
    assert any(s.startswith("DEU") and t.startswith("POL") and c == "042" for s, t, c in got), got


def test_a_party_recognised_as_a_state_s_rulers_is_that_state_s(code: Any) -> None:
    got = triples(code("Sudan on Sunday recognised the junta as the government of Sierra Leone.", date=DATE))
    assert any(s.startswith("SDN") and t.startswith("SLE") and c == "054" for s, t, c in got), got
    assert not any(t.startswith("SDN") for _, t, _ in got), got
    # control: a state recognised by name keeps its own code
    got = triples(code("Israel and the Vatican recognised each other on Thursday.", date=DATE)) | triples(
        code("Jordan recognised Croatia on Tuesday.", date=DATE))
    assert any(s.startswith("JOR") and t.startswith("HRV") and c == "054" for s, t, c in got), got


def test_the_lead_clause_under_a_trailing_time_clause_keeps_its_act(code: Any) -> None:
    got = triples(code("Turkey on Sunday recognised the Taleban as the government of Afghanistan, the second "
                       "country to do so after the militia seized Kabul.", date=DATE))
    assert any(s.startswith("TUR") and t.startswith("AFG") and c == "054" for s, t, c in got), got
    # control: a plain lead with a trailing time clause keeps its one reading
    got = triples(code("Egypt expelled two Libyan diplomats on Sunday after police found explosives in "
                       "their car.", date=DATE))
    assert any(s.startswith("EGY") and t.startswith("LBY") and c == "166" for s, t, c in got), got


def test_armed_men_loyal_to_a_leader_act_under_a_trailing_attribution(code: Any) -> None:
    got = triples(code("Somali gunmen loyal to General Omar Jess shot dead three Kenyan aid workers in "
                       "Kismayu on Friday, the United Nations said.", date=DATE))
    assert any(s.startswith("SOM") and t.startswith("KEN") and c[:2] in ("18", "19") for s, t, c in got), got
    assert not any(s.startswith("IGO") for s, _, _ in got), got
    # control: the teller of an act with no such adjective stays the teller
    got = triples(code("Rebels ambushed a convoy of Nigerian peacekeepers east of Freetown on Tuesday, a "
                       "U.N. spokesman said.", date=DATE))
    assert not any(s.startswith("IGO") for s, _, _ in got), got


def test_a_rebel_title_makes_a_later_opposition_leader_a_rebel(code: Any) -> None:
    got = triples(code("Renamo guerrilla leader Afonso Dhlakama met President Joaquim Chissano in Gaborone "
                       "on Tuesday.", date=DATE))
    assert any(s == "MOZREB" and t.startswith("MOZGOV") for s, t, _ in got), got
    # control: the opposition title keeps the table's opposition leader
    got = triples(code("Opposition leader Afonso Dhlakama met President Joaquim Chissano in Maputo on "
                       "Tuesday.", date=DATE))
    assert any(s == "MOZOPP" and t.startswith("MOZGOV") for s, t, _ in got), got


def test_indians_in_the_americas_are_the_state_s_native_peoples(code: Any) -> None:
    got = triples(code("Several thousand Indians occupied oil wells in the Ecuadorean Amazon on Tuesday to "
                       "demand a share of the revenue.", date=DATE)) | triples(
        code("Indians blocked the Pan-American highway in southern Colombia on Friday.", date=DATE))
    assert not any(s.startswith("IND") for s, _, _ in got), got
    assert any(s.startswith(("ECU", "COL")) for s, _, _ in got), got
    # control: India's nationals abroad stay India's
    got = triples(code("Indian troops fired on Pakistani positions in Kashmir on Monday.", date=DATE))
    assert any(s.startswith("IND") for s, _, _ in got), got


def test_an_office_holder_sacked_is_removed(code: Any) -> None:
    got = triples(code("Zambian President Frederick Chiluba sacked his finance minister on Friday.",
                       date=DATE))
    assert any(s.startswith("ZMB") and c == "172" for s, _, c in got), got
    # control: a town sacked is no dismissal
    got = triples(code("Rebels sacked the town of Kenema on Sunday.", date=DATE))
    assert not any(c == "172" for _, _, c in got), got
