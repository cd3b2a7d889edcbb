"""The forty-third session's lead fixes (issue #7, wip/lead45): sub-codes and parties of material acts. Fresh
sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_protection_in_the_state_the_forces_enter(code: Any) -> None:
    # the people guarded took the dateline's country, the rule read the sending as a build-up at home
    got = triples(code("BRUSSELS (Reuters) - Belgium deployed 500 paratroopers to Rwanda on Tuesday to "
                       "protect civilians caught in the unrest.", date=DATE))
    assert aimed(got, "BEL", "RWA", "074"), got
    # control: forces sent within the sender's own state guard no one abroad
    got = triples(code("MADRID (Reuters) - Spain sent 300 police to the Basque country on Monday to protect "
                       "local councillors.", date=DATE))
    assert not any(c == "074" and t[:3] != "ESP" for _, t, c in got), got


def test_withdrawal_from_a_border_with_a_state(code: Any) -> None:
    got = triples(code("ATHENS (Reuters) - Greece pulled back troops from the border with Turkey on Friday, "
                       "the defence ministry said.", date=DATE))
    assert aimed(got, "GRC", "TUR", "0874") or aimed(got, "GRC", "TUR", "087"), got
    assert not any(t.startswith("GRC") and c[:3] == "087" for _, t, c in got), got
    # control: a border named where the act happens is still no target of a strike
    got = triples(code("ISLAMABAD (Reuters) - Pakistani troops attacked a militant camp near the border with "
                       "Afghanistan on Monday.", date=DATE))
    assert not any(t.startswith("AFG") for _, t, _ in got), got


def test_property_returned(code: Any) -> None:
    got = triples(code("BONN (Reuters) - Russia returned to Germany on Friday a consignment of paintings "
                       "taken by the Red Army in 1945.", date=DATE))
    assert aimed(got, "RUS", "DEU", "0842"), got
    # control: people returned stay 0841
    got = triples(code("TEHRAN (IRNA) - Iraq returned 300 Iranian prisoners of war on Sunday.", date=DATE))
    assert aimed(got, "IRQ", "IRN", "0841"), got


def test_an_inspection_team_expelled(code: Any) -> None:
    got = triples(code("PYONGYANG (KCNA) - North Korea expelled the International Atomic Energy Agency's "
                       "inspection team on Tuesday.", date=DATE))
    assert any(c == "1662" for _, _, c in got), got
    # control: diplomats expelled stay 166
    got = triples(code("MOSCOW (Reuters) - Russia expelled five British diplomats on Monday.", date=DATE))
    assert aimed(got, "RUS", "GBR", "166"), got


def test_the_islamic_group_by_its_arabic_name(code: Any) -> None:
    got = triples(code("ASYUT, Egypt (Reuters) - Militants of the Jamaa Islamiya shot dead two policemen in "
                       "southern Egypt on Sunday.", date=DATE))
    assert any(s == "EGYREB" for s, _, _ in got), got
    # control: a lower-case "Islamic group" is no name, nor Egypt's
    got = triples(code("NAIROBI (Reuters) - Ethiopian troops attacked bases of the Islamic group al-Itihaad "
                       "in southwestern Somalia on Friday.", date=DATE))
    assert not any(t == "EGYREB" for _, t, _ in got), got


def test_property_wrecked_by_rioters_is_a_violent_protest(code: Any) -> None:
    got = triples(code("LAHORE (Reuters) - Rioting shopkeepers set fire to a police station in Lahore on "
                       "Sunday in protest against the government's new sales tax.", date=DATE))
    assert any(c == "145" and t == "PAKGOV" for _, t, c in got), got
    got = triples(code("KINSHASA (Reuters) - Angry soldiers looted shops in Kinshasa on Monday in protest "
                       "against the killing of a comrade by police.", date=DATE))
    assert any(c == "145" for _, _, c in got), got
    # control: damage done by armed men is no protest
    got = triples(code("COLOMBO (Reuters) - Tamil rebels set fire to a bus in eastern Sri Lanka on "
                       "Saturday.", date=DATE))
    assert not any(c[:2] == "14" for _, _, c in got), got


def test_an_appeal_to_send_a_protection_force(code: Any) -> None:
    got = triples(code("KABUL (Reuters) - Afghan leaders appealed to NATO on Tuesday to send a protection "
                       "force to the northern cities.", date=DATE))
    assert any(c == "0234" and t.startswith("IGO") for _, t, c in got), got
    # control: troops asked for exercises are military aid asked for, not protection
    got = triples(code("SEOUL (Yonhap) - South Korea asked the U.S. to send more troops for joint exercises.",
                       date=DATE))
    assert not any(c == "0234" for _, _, c in got), got


def test_positions_taken_over_by_forces(code: Any) -> None:
    got = triples(code("MONROVIA (Reuters) - Rebel fighters took over government positions north of Monrovia "
                       "on Sunday.", date=DATE))
    assert any(c == "192" and s.startswith("LBR") for s, _, c in got), got
    # control: a firm taking over routes occupies nothing
    got = triples(code("LONDON (Reuters) - British Airways took over the routes of a rival airline on "
                       "Monday.",
                       date=DATE))
    assert not any(c[:2] == "19" for _, _, c in got), got


def test_people_used_as_human_shields(code: Any) -> None:
    got = triples(code("GROZNY (Reuters) - Chechen rebels are using civilians as human shields in the "
                       "village of Komsomolskoye, the Russian army said on Monday.", date=DATE))
    assert any(c == "184" for _, _, c in got), got


def test_a_person_released_by_name(code: Any) -> None:
    got = triples(code("JAKARTA (Reuters) - Indonesia released Xanana Gusmao from prison on Tuesday.",
                       date=DATE))
    assert aimed(got, "IDN", "TLS", "0841"), got
    # control: a product released is no one freed
    got = triples(code("SEATTLE (Reuters) - Microsoft released Windows 95 on Thursday.", date=DATE))
    assert not any(c.startswith("084") for _, _, c in got), got


def test_agreeing_to_peacekeepers_lets_them_in(code: Any) -> None:
    got = triples(code("LUANDA (Reuters) - Angola's government agreed on Monday to the deployment of U.N. "
                       "peacekeepers to monitor the peace accord.", date=DATE))
    assert any(c == "0861" and t.startswith("IGO") for _, t, c in got), got
    assert not any(c[:2] == "13" for _, _, c in got), got


def test_a_strike_enforced(code: Any) -> None:
    got = triples(code("KATHMANDU (Reuters) - Nepal's opposition parties enforced a general strike on Monday "
                       "to demand the government's resignation.", date=DATE))
    assert any(c[:2] == "14" and s.startswith("NPL") for s, _, c in got), got


def test_force_used_in_breach_of_a_truce(code: Any) -> None:
    got = triples(code("SARAJEVO (Reuters) - Bosnian Serb gunners shelled Gorazde on Tuesday in violation of "
                       "the ceasefire, U.N. officials said.", date=DATE))
    assert any(c == "196" for _, _, c in got), got
    # control: shelling after a truce broke down is shelling
    got = triples(code("SARAJEVO (Reuters) - Bosnian Serb gunners shelled Gorazde on Tuesday after the truce "
                       "collapsed.", date=DATE))
    assert not any(c == "196" for _, _, c in got), got


def test_an_alert_aimed_at_the_move_it_answers(code: Any) -> None:
    got = triples(code("ATHENS (Reuters) - Greece put its armed forces on alert on Tuesday as Turkey sent "
                       "warships into the Aegean.", date=DATE))
    assert any(c[:2] == "15" and s.startswith("GRC") and t.startswith("TUR") for s, t, c in got), got
    got = triples(code("BOGOTA (Reuters) - Colombia put its police on alert on Friday ahead of an expected "
                       "FARC offensive.", date=DATE))
    assert any(c == "151" for _, _, c in got), got
