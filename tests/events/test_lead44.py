"""The forty-second session's lead fixes (issue #7, wip/lead44): acts told by the era's lesser verbs, and a
party known by a name of its own under another country's dateline. Fresh sentences (not the probe file's),
each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_the_asked_party_past_a_time_phrase_is_asked(code: Any) -> None:
    # the parser hangs "to free" on "pressed" as a purpose clause once "on Tuesday" stands between; the
    # release was then read as the presser's own act
    got = triples(code("BONN (Reuters) - Germany pressed Iran on Tuesday to free two German engineers held "
                       "since March on spying charges.", date=DATE))
    assert aimed(got, "DEU", "IRN", "02") or aimed(got, "DEU", "IRN", "10"), got
    assert not any(c.startswith("08") for _, _, c in got), got
    # control: a purpose clause of a press with no party asked stays no appeal
    got = triples(code("GROZNY (Reuters) - Russian troops pressed on Tuesday to take the last rebel "
                       "strongholds in the mountains.", date=DATE))
    assert not any(c[:2] in ("02", "10") for _, _, c in got), got


def test_people_sent_home(code: Any) -> None:
    got = triples(code("ISLAMABAD (Reuters) - Pakistan repatriated 150 Indian fishermen held for straying "
                       "into its waters, officials said on Monday.", date=DATE))
    assert aimed(got, "PAK", "IND", "0841"), got
    got = triples(code("HONG KONG (Reuters) - Hong Kong forcibly repatriated 120 Vietnamese boat people on "
                       "Tuesday.", date=DATE))
    assert aimed(got, "HKG", "VNM", "174"), got
    # control: a return two states agree on coerces no one
    got = triples(code("ISLAMABAD (Reuters) - Pakistan and Iran agreed on Monday to repatriate 50,000 Afghan "
                       "refugees under U.N. supervision.", date=DATE))
    assert not any(c[:2] in ("13", "17") for _, _, c in got), got
    # a boat of refugees turned back is theirs (the carried people are the target)
    got = triples(code("ROME (Reuters) - The Italian navy turned back a ship carrying 800 Albanian migrants "
                       "on Sunday, the coast guard said.", date=DATE))
    assert aimed(got, "ITA", "ALB", "174"), got


def test_a_treaty_voted_down(code: Any) -> None:
    got = triples(code("PANAMA CITY (Reuters) - Panama's legislature voted down a defence treaty with the "
                       "United States on Monday.", date=DATE))
    assert aimed(got, "PAN", "USA", "12"), got


def test_a_party_known_by_its_own_name_under_another_dateline(code: Any) -> None:
    # under a Harare or Washington dateline the ANC's full name was read as Africa's legislature (AFRLEG)
    got = triples(code("HARARE (Reuters) - Zimbabwe on Monday pledged support to the African National "
                       "Congress in its talks with Pretoria.", date=DATE))
    assert aimed(got, "ZWE", "ZAF", "0"), got
    assert not any(t.startswith("AFR") for _, t, _ in got), got
    got = triples(code("ISLAMABAD (Reuters) - Pakistan on Friday accused the Bharatiya Janata Party of "
                       "stirring up hatred against Muslims.", date=DATE))
    assert aimed(got, "PAK", "IND", "11"), got
    # control: a name many countries' parties bear stays the story's own ("Liberal Democratic Party" in
    # Moscow is Zhirinovsky's, not Japan's)
    got = triples(code("MOSCOW (Reuters) - The Liberal Democratic Party on Monday accused the Kremlin of "
                       "betraying its allies.", date=DATE))
    assert aimed(got, "RUS", "RUSGOV", "11"), got
    assert not any(s.startswith("JPN") for s, _, _ in got), got


def test_diplomats_kicked_out_are_expelled(code: Any) -> None:
    got = triples(code("BAGHDAD (Reuters) - Iraq kicked out two Kuwaiti diplomats on Sunday, accusing them "
                       "of plotting against the state.", date=DATE))
    assert aimed(got, "IRQ", "KWT", "166"), got
    got = triples(code("ACCRA (Reuters) - Ghana booted out a Nigerian envoy on Friday over a border "
                       "incident.", date=DATE))
    assert aimed(got, "GHA", "NGA", "166"), got


def test_positions_blasted_by_forces_are_attacked(code: Any) -> None:
    got = triples(code("COLOMBO (Reuters) - Sri Lankan warplanes blasted Tamil Tiger bases in the north on "
                       "Sunday, the military said.", date=DATE))
    assert any(s.startswith("LKA") and c[:2] in ("18", "19") for s, _, c in got), got
    assert not any(c.startswith("11") for _, _, c in got), got
    # control: a policy blasted is criticised
    got = triples(code("NEW DELHI (Reuters) - India on Monday blasted Pakistan's policy on Kashmir as "
                       "reckless.", date=DATE))
    assert aimed(got, "IND", "PAK", "11"), got


def test_ships_sunk_and_torpedoed(code: Any) -> None:
    got = triples(code("MANAMA (Reuters) - Iraqi warplanes sank an Iranian frigate in the northern Gulf on "
                       "Tuesday, shipping sources said.", date=DATE))
    assert aimed(got, "IRQ", "IRN", "19"), got
    got = triples(code("MANAMA (Reuters) - Iranian gunboats torpedoed a Liberian-registered tanker in the "
                       "southern Gulf on Monday, shipping sources said.", date=DATE))
    assert aimed(got, "IRN", "LBR", "19"), got
    # control: a ship that sinks is no attack
    got = triples(code("MANILA (Reuters) - A ferry carrying 300 passengers sank off the central Philippines "
                       "on Sunday, the coast guard said.", date=DATE))
    assert not any(c[:2] in ("18", "19") for _, _, c in got), got


def test_a_station_taken_off_the_air_is_censored(code: Any) -> None:
    got = triples(code("ZAGREB (Reuters) - Croatian authorities took the independent Radio 101 off the air "
                       "on Wednesday.", date=DATE))
    assert any(s.startswith("HRV") and c.startswith("172") for s, _, c in got), got


def test_aid_and_talks_put_on_hold_are_suspended(code: Any) -> None:
    got = triples(code("WASHINGTON (Reuters) - The United States put its military aid to Guatemala on hold "
                       "on Friday after the killing of an American.", date=DATE))
    assert aimed(got, "USA", "GTM", "162"), got
    assert not any(c.startswith("07") for _, _, c in got), got
    got = triples(code("ATHENS (Reuters) - Greece put its talks with Turkey on the Aegean on hold on Monday.",
                       date=DATE))
    assert aimed(got, "GRC", "TUR", "164"), got
    assert not any(c.startswith("04") for _, _, c in got), got


def test_armed_men_described_by_a_participle_do_its_act(code: Any) -> None:
    # the parser hung "fighting" on the main verb: Iran was read as fighting Baghdad
    got = triples(code("TEHRAN (Reuters) - Iran has smuggled weapons to Kurdish rebels fighting the Baghdad "
                       "government, Iraqi officials said on Monday.", date=DATE))
    assert not any(s in ("IRN", "IRNGOV") and c[:2] in ("18", "19") for s, _, c in got), got
    got = triples(code("ISLAMABAD (Reuters) - India has funnelled arms to Tamil guerrillas fighting the Sri "
                       "Lankan army, a Pakistani official said.", date=DATE))
    assert aimed(got, "IND", "LKA", "072"), got
    assert not any(s.startswith("IND") and c[:2] in ("18", "19") for s, _, c in got), got
    # control: set off by a comma, the participle is the subject's own
    got = triples(code("SRINAGAR (Reuters) - Indian troops raided a village near Srinagar, killing four "
                       "militants fighting for Kashmir's independence.", date=DATE))
    assert aimed(got, "INDMIL", "IND", "1"), got


def test_offers_and_deadlines_rebuffed_by_idiom(code: Any) -> None:
    got = triples(code("ATHENS (Reuters) - Greece on Tuesday poured cold water on a Turkish proposal for "
                       "talks on the Aegean continental shelf.", date=DATE))
    assert aimed(got, "GRC", "TUR", "12"), got
    got = triples(code("BAGHDAD (Reuters) - Iraq thumbed its nose at a United Nations deadline on Friday to "
                       "hand over its missile records.", date=DATE))
    assert aimed(got, "IRQ", "IGO", "12"), got
    got = triples(code("PYONGYANG (Reuters) - North Korea scoffed at a South Korean offer of a summit on "
                       "Monday, calling it a propaganda trick.", date=DATE))
    assert aimed(got, "PRK", "KOR", "12"), got


def test_a_person_ordered_out_of_the_country(code: Any) -> None:
    got = triples(code("RANGOON (Reuters) - Burma ordered an American journalist out of the country on "
                       "Friday for reporting on the opposition.", date=DATE))
    assert any(s.startswith("MMR") and t.startswith("USA") and c[:3] in ("166", "174")
               for s, t, c in got), got


def test_loans_underwritten_and_documents_initialled(code: Any) -> None:
    got = triples(code("TOKYO (Reuters) - Japan agreed on Monday to underwrite 2 billion dollars in loans "
                       "to Indonesia to shore up its currency.", date=DATE))
    assert aimed(got, "JPN", "IDN", "033"), got
    got = triples(code("BRUSSELS (Reuters) - Slovakia and Hungary initialled a treaty document on their "
                       "border and minorities on Thursday.", date=DATE))
    assert aimed(got, "SVK", "HUN", "057"), got


def test_a_party_unbanned(code: Any) -> None:
    got = triples(code("NAIROBI (Reuters) - Kenya's government unbanned the opposition Forum for the "
                       "Restoration of Democracy on Friday.", date=DATE))
    assert any(s.startswith("KEN") and c.startswith("081") for s, _, c in got), got


def test_troops_flown_into_a_state_are_sent_to_it(code: Any) -> None:
    # the sender's own paratroopers had been the aid's recipient
    got = triples(code("BRUSSELS (Reuters) - Belgium flew 500 paratroopers into Kinshasa on Tuesday to "
                       "protect foreigners from rioting soldiers.", date=DATE))
    assert aimed(got, "BEL", "COD", "0") or aimed(got, "BEL", "ZAR", "0"), got
    assert not any(t.startswith("BEL") for _, t, _ in got), got


def test_taken_to_task_and_thrown_out(code: Any) -> None:
    got = triples(code("BEIJING (Reuters) - China took Japan to task on Monday for a visit by its prime "
                       "minister to a war shrine.", date=DATE))
    assert aimed(got, "CHN", "JPN", "11"), got
    got = triples(code("KHARTOUM (Reuters) - Sudan threw out three British aid workers on Sunday, accusing "
                       "them of helping southern rebels.", date=DATE))
    assert aimed(got, "SDN", "GBR", "17"), got


def test_supplies_choked_off_assets_frozen_pipelines_shut_firms_barred(code: Any) -> None:
    got = triples(code("TBILISI (Reuters) - Russia has choked off fuel supplies to Georgia, Georgian "
                       "officials said on Monday.", date=DATE))
    assert aimed(got, "RUS", "GEO", "191"), got
    got = triples(code("LONDON (Reuters) - Prime Minister Margaret Thatcher ordered a freeze on Argentine "
                       "assets in Britain on Saturday.", date=DATE))
    assert aimed(got, "GBR", "ARG", "163"), got
    assert not any(c.startswith("10") for _, _, c in got), got
    got = triples(code("ANKARA (Reuters) - Turkey shut down the Iraqi oil pipeline to its Mediterranean port "
                       "on Tuesday in line with U.N. sanctions.", date=DATE))
    assert aimed(got, "TUR", "IRQ", "163"), got
    got = triples(code("BEIJING (Reuters) - China barred French firms from bidding for the Canton metro "
                       "contract on Friday.", date=DATE))
    assert aimed(got, "CHN", "FRA", "163"), got


def test_an_olive_branch_is_an_offer(code: Any) -> None:
    got = triples(code("COLOMBO (Reuters) - Sri Lanka's president extended an olive branch to the Tamil "
                       "Tigers on Friday.", date=DATE))
    assert aimed(got, "LKA", "LKA", "03"), got


def test_an_act_refused_is_not_done(code: Any) -> None:
    # over a refusal, its infinitive was coded as done (Italy extraditing Ocalan)
    got = triples(code("BONN (Reuters) - Tension grew on Monday over Austria's refusal to extradite the "
                       "Kurdish rebel leader to Turkey.", date=DATE))
    assert not any(c.startswith("06") for _, _, c in got), got
    got = triples(code("WASHINGTON (Reuters) - Anger grew in Congress over Iraq's failure to release the "
                       "American hostages.", date=DATE))
    assert not any(c.startswith("08") for _, _, c in got), got


def test_the_rest_of_the_forces_withdrawn_leave_a_state(code: Any) -> None:
    got = triples(code("MOSCOW (Reuters) - The Soviet Union pulled the last of its troops out of Afghanistan "
                       "on Wednesday.", date=DATE))
    assert any(s[:3] in ("USR", "RUS") and t.startswith("AFG") and c.startswith("087")
               for s, t, c in got), got


def test_what_a_pledge_gives_is_its_object_not_its_purpose(code: Any) -> None:
    got = triples(code("BRUSSELS (Reuters) - The European Union pledged 500 million ecus in aid to Poland on "
                       "Monday to back its economic reforms.", date=DATE))
    assert any(c.startswith("033") for _, _, c in got), got
    assert not any(c.startswith("032") for _, _, c in got), got
