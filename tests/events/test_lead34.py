"""The thirty-second session's lead fixes (issue #7): GSR-style leads across the codebook. Fresh sentences
(not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_a_person_put_to_death_named_by_description_is_executed(code: Any) -> None:
    got = triples(code("Iraq hanged the poet Ahmad Karim and two army officers on Sunday.", date=DATE))
    assert any(s.startswith("IRQ") and t.startswith("IRQ") and c.startswith("17") for s, t, c in got), got
    got = triples(code("Iran hanged three Kurdish rebels on Tuesday.", date=DATE))
    assert any(s.startswith("IRN") and c.startswith("17") for s, _, c in got), got
    # control: an effigy or a portrait hanged is no person
    got = triples(code("Protesters hanged an effigy of the prime minister outside parliament on Monday.",
                       date=DATE))
    assert not any(c.startswith("17") for _, _, c in got), got


def test_monitors_turned_away_are_refused_involvement(code: Any) -> None:
    got = triples(code("Iraqi guards turned back a team of U.N. arms inspectors at a Baghdad ministry on "
                       "Wednesday.", date=DATE))
    assert any(s.startswith("IRQ") and t.startswith("IGO") and c.startswith("12") for s, t, c in got), got
    # control: refugees turned back are no monitors
    got = triples(code("Thai border guards turned back 300 Cambodian refugees on Friday.", date=DATE))
    assert not any(c.startswith("12") for _, _, c in got), got


def test_a_share_of_sanctions_lifted_is_aimed_at_the_sanctioned(code: Any) -> None:
    got = triples(code("Japan lifted the rest of its economic sanctions on India on Friday.", date=DATE))
    assert any(s.startswith("JPN") and t.startswith("IND") and c.startswith("08") for s, t, c in got), got
    got = triples(code("Washington lifted the last of its trade sanctions against Vietnam on Thursday.",
                       date=DATE))
    assert any(t.startswith("VNM") and c.startswith("08") for _, t, c in got), got


def test_an_accusing_participle_after_an_order_is_the_orderer_s(code: Any) -> None:
    got = triples(code("Libya ordered the Italian ambassador to leave Tripoli within a week, accusing Rome "
                       "of backing the rebels.", date=DATE))
    assert any(s.startswith("LBY") and t.startswith("ITA") and c.startswith("11") for s, t, c in got), got
    assert not any(s.startswith("ITA") and c.startswith("11") for s, _, c in got), got


def test_warplanes_that_attack_employ_aerial_weapons(code: Any) -> None:
    got = triples(code("Iraqi helicopter gunships pounded Kurdish villages near Sulaimaniya on Monday.",
                       date=DATE))
    assert any(c == "195" for _, _, c in got), got
    # control: guns on the ground are artillery
    got = triples(code("Iraqi artillery pounded Kurdish villages near Sulaimaniya on Monday.", date=DATE))
    assert not any(c == "195" for _, _, c in got), got


def test_a_venue_in_a_set_off_aside_does_not_place_the_act(code: Any) -> None:
    got = triples(code("Nigeria hanged nine activists on Friday, ignoring appeals from leaders meeting in "
                       "New Zealand.", date=DATE))
    assert any(s.startswith("NGA") and t.startswith("NGA") and c.startswith("17") for s, t, c in got), got
    assert not any(t.startswith("NZL") for _, t, _ in got), got


def test_a_bill_voted_down_is_rejected(code: Any) -> None:
    got = triples(code("Jordan's parliament on Monday voted down a government bill to lower the voting age.",
                       date=DATE))
    assert any(s.startswith("JOR") and t.startswith("JOR") and c.startswith("12") for s, t, c in got), got


def test_the_grounds_of_a_sentence_name_no_target(code: Any) -> None:
    got = triples(code("An Algerian military court on Sunday sentenced five Islamic militants to death for "
                       "plotting to assassinate President Liamine Zeroual.", date=DATE))
    assert not any(t == "DZAGOV" for _, t, _ in got), got
    got = triples(code("A Jordanian military court sentenced three militants to death on Monday for plotting "
                       "to attack American tourists.", date=DATE))
    assert not any(t.startswith("USA") for _, t, _ in got), got
    # control: the people sentenced are still the target
    got = triples(code("A Turkish security court on Tuesday sentenced six Kurdish guerrillas to death for "
                       "plotting to kill Prime Minister Tansu Ciller.", date=DATE))
    assert any(t == "TURREB" for _, t, _ in got), got


def test_relief_flights_suspended_cut_humanitarian_aid(code: Any) -> None:
    got = triples(code("The World Food Programme suspended relief flights to northern Uganda on Friday after "
                       "an attack on one of its convoys.", date=DATE))
    assert any(c == "1623" for _, _, c in got), got
    # control: airline flights suspended reduce relations, as before
    got = triples(code("Egypt suspended all flights to Sudan on Tuesday.", date=DATE))
    assert not any(c == "1623" for _, _, c in got), got


def test_a_name_with_a_lower_case_particle_is_one_person(code: Any) -> None:
    got = triples(code("Jose Eduardo dos Santos met Mozambican President Joaquim Chissano in Luanda on "
                       "Tuesday.", date=DATE))
    assert any(s == "AGOGOV" and t.startswith("MOZ") and c.startswith("04") for s, t, c in got), got
    assert not any(s.startswith("BRA") for s, _, _ in got), got  # not Santos, the Brazilian city
    got = triples(code("Dutch Foreign Minister Hans van den Broek met Yasser Arafat in Tunis on Monday.",
                       date=DATE))
    assert any(s == "NLDGOV" and t.startswith("PSE") and c.startswith("04") for s, t, c in got), got


def test_an_office_holder_dismissed_is_removed_not_rejected(code: Any) -> None:
    got = triples(code("President Boris Yeltsin dismissed Prime Minister Viktor Chernomyrdin and his entire "
                       "cabinet on Monday.", date="1998-03-23"))
    assert any(c.startswith("17") for _, _, c in got), got
    assert not any(c.startswith("12") for _, _, c in got), got
    # control: claims dismissed are still rejected
    got = triples(code("China on Tuesday dismissed American accusations of spying as groundless.", date=DATE))
    assert not any(c.startswith("17") for _, _, c in got), got


def test_troops_ordered_home_withdraw_from_the_place(code: Any) -> None:
    got = triples(code("Italian Prime Minister Romano Prodi on Friday ordered Italy's 2,000 soldiers home "
                       "from Albania.", date=DATE))
    assert any(t.startswith("ALB") and c.startswith("08") for _, t, c in got), got
    assert not any(c.startswith("15") for _, _, c in got), got


def test_a_people_that_masses_demonstrates(code: Any) -> None:
    got = triples(code("Thousands of Albanians massed in the main square of Tirana on Sunday demanding new "
                       "elections.", date=DATE))
    assert any(c.startswith("14") for _, _, c in got), got
    assert not any(c.startswith("15") for _, _, c in got), got
    # control: forces that mass mobilize
    got = triples(code("Iraq massed troops along the Kuwaiti border on Monday.", date=DATE))
    assert any(c.startswith("15") for _, _, c in got), got


def test_fuel_deliveries_cut_to_a_state_sanction_it(code: Any) -> None:
    got = triples(code("Russia cut natural gas deliveries to Georgia on Thursday over unpaid bills.",
                       date=DATE))
    assert any(s.startswith("RUS") and t.startswith("GEO") and c.startswith("16") for s, t, c in got), got


def test_a_town_named_like_a_politician_is_a_town(code: Any) -> None:
    got = triples(code("Government troops recaptured the port of Buchanan from rebels on Sunday.", date=DATE))
    assert not any(t.startswith("USA") for _, t, _ in got), got


def test_a_state_of_siege_lifted_eases_rule_at_home(code: Any) -> None:
    got = triples(code("Argentina lifted the state of siege on Thursday, a week after riots in Buenos Aires.",
                       date=DATE))
    assert any(s.startswith("ARG") and t.startswith("ARG") and c.startswith("08") for s, t, c in got), got
