"""The twenty-second session's lead fixes (issue #7): talks an arrival is announced for, and "the two
leaders" of a meeting told just before. Fresh sentences of our own, with controls.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

DATE = "2006-03-10"


def triples(art: Any) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


@pytest.mark.parametrize(("text", "pair"), [
    ("Japanese Prime Minister Shinzo Abe is due in Beijing for talks with Chinese leaders.", ("JPN", "CHN")),
    ("The Iranian foreign minister is expected in Moscow next week for talks with Russian officials.",
     ("IRN", "RUS")),
    ("Chinese Premier Li Peng is expected in New Delhi on Monday for talks with Indian leaders.",
     ("CHN", "IND")),
    ("Egypt's foreign minister will be in Khartoum on Sunday for talks with Sudanese officials.",
     ("EGY", "SDN")),
])
def test_talks_an_arrival_is_announced_for_are_a_commitment_to_meet(
        code: Any, text: str, pair: tuple[str, str]) -> None:
    # the codebook's 036, from the visitor to the hosts, as "will travel to X for talks with Y" reads
    got = triples(code(text, date=DATE))
    assert any(s[:3] == pair[0] and t[:3] == pair[1] and c == "036" for s, t, c in got), got
    assert not any(c[:2] == "04" for _, _, c in got), got


@pytest.mark.parametrize(("text", "pair"), [
    ("Russian Foreign Minister Sergei Lavrov is due in Ankara on Thursday for talks on Syria.",
     ("RUS", "TUR")),
    ("Chinese President Xi Jinping is due in Paris on Sunday for a three-day state visit.", ("CHN", "FRA")),
    ("The Iranian foreign minister is expected in Moscow next week for talks.", ("IRN", "RUS")),
    ("Pope Francis will be in Nairobi next week for a three-day visit.", ("VAT", "KEN")),
])
def test_with_no_partner_named_the_place_awaiting_the_visitor_is_the_host(
        code: Any, text: str, pair: tuple[str, str]) -> None:
    # the place visited stands for its state when nobody else is named, never the talks' topic
    got = triples(code(text, date=DATE))
    assert any(s[:3] == pair[0] and t[:3] == pair[1] and c == "036" for s, t, c in got), got
    assert not any(t[:3] == "SYR" for _, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Prices are expected in Tokyo for a rise.",
    "Lavrov was in Ankara on Thursday for talks on Syria.",
])
def test_no_arrival_announced_no_commitment(code: Any, text: str) -> None:
    assert not any(c == "036" for _, _, c in triples(code(text, date=DATE)))


@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Shinzo Abe was in Beijing for talks with Chinese leaders.",
    "Egypt's foreign minister is in Khartoum for talks with Sudanese officials.",
])
def test_talks_of_a_stay_under_way_or_past_are_talks(code: Any, text: str) -> None:
    got = triples(code(text, date=DATE))
    assert any(c == "046" for _, _, c in got) and not any(c == "036" for _, _, c in got), got


@pytest.mark.parametrize(("text", "pair", "root"), [
    ("SOCHI, Russia (Reuters) - Russian President Vladimir Putin met Turkish President Tayyip Erdogan on "
     "Monday. Both leaders criticised the United States.", ("RUS", "TUR"), "11"),
    ("BEIJING (Reuters) - Chinese Foreign Minister Wang Yi held talks with his Indian counterpart "
     "Subrahmanyam Jaishankar in Moscow on Thursday. The two ministers accused Pakistan of harbouring "
     "militants.", ("CHN", "IND"), "11"),
    ("ADDIS ABABA (AFP) - Sudan's army chief met Ethiopia's prime minister on Sunday. The two leaders "
     "later urged the African Union to mediate.", ("SDN", "ETH"), "02"),
])
def test_the_two_leaders_are_the_sides_of_the_meeting_just_told(
        code: Any, text: str, pair: tuple[str, str], root: str) -> None:
    got = triples(code(text, date=DATE))
    later = {s[:3] for s, _, c in got if c[:2] == root}
    assert set(pair) <= later, got
    assert not any(s.startswith("---") for s, _, _ in got), got


@pytest.mark.parametrize("text", [
    # nobody named before: the pair keeps no country (never the venue's)
    "GENEVA (AP) - The two leaders met in Geneva on Tuesday.",
    # the meeting was three sentences back: too far to be sure
    "SEOUL (Yonhap) - Moon Jae-in met Kim Jong-un at Panmunjom. Officials said the summit lasted two "
    "hours. Reporters waited outside. Later, the Education Ministry said schools stayed open. The two "
    "leaders accused Japan of distorting history.",
])
def test_the_two_leaders_with_no_meeting_just_before_stay_unnamed(code: Any, text: str) -> None:
    got = triples(code(text, date=DATE))
    judged = [s for s, _, c in got if c[:2] == "11" or "Geneva" in text]
    assert not any(s[:3] in ("CHE", "KOR", "PRK") for s in judged), got


def test_a_meeting_that_did_not_happen_names_no_pair(code: Any) -> None:
    text = ("WASHINGTON (AP) - Biden did not meet Xi at the summit in Bali. The two leaders accused each "
            "other's countries of spying.")
    got = triples(code(text, date=DATE))
    assert not any(s[:3] in ("USA", "CHN") and c[:2] == "11" for s, _, c in got), got


@pytest.mark.parametrize(("text", "pair", "code_"), [
    ("Russia retaliated with a ban on Polish meat imports.", ("RUS", "POL"), "163"),
    ("Ottawa retaliated with duties on U.S. steel and aluminium.", ("CAN", "USA"), "163"),
    ("Beijing retaliated with tariffs on Australian barley.", ("CHN", "AUS"), "163"),
    ("Venezuela nationalised the local operations of two American oil companies.", ("VEN", "USA"), "1711"),
    ("Zimbabwe expropriated farms owned by British citizens.", ("ZWE", "GBR"), "1711"),
    ("China sent 20,000 tonnes of rice to North Korea.", ("CHN", "PRK"), "070"),
    ("Turkey sent fuel and vaccines to Syria's rebel-held north.", ("TUR", "SYR"), "070"),
])
def test_trade_weapons_seizures_and_goods_between_states(
        code: Any, text: str, pair: tuple[str, str], code_: str) -> None:
    got = triples(code(text, date=DATE))
    assert any(s[:3] == pair[0] and t[:3] == pair[1] and c == code_ for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "Iran retaliated with missile strikes on U.S. bases in Iraq.",  # force, not a sanction
    "The company sent 20,000 tonnes of rice to its warehouses.",
    "Bolivia nationalised its gas industry in 2006.",  # the state's own: no second state
])
def test_force_shipments_of_a_firm_and_a_state_s_own_industry_are_no_such_act(code: Any, text: str) -> None:
    got = triples(code(text, date=DATE))
    assert not any(c in ("163", "070") or c.startswith("171") for _, _, c in got), got


@pytest.mark.parametrize(("text", "pair"), [
    ("British instructors trained Ukrainian soldiers in the use of anti-tank weapons.", ("GBR", "UKR")),
    ("U.S. special forces have trained Nigerian troops to fight Boko Haram.", ("USA", "NGA")),
    ("Turkish officers trained Somali army recruits at a base in Mogadishu.", ("TUR", "SOM")),
    ("Iran trained Houthi fighters in Yemen, Saudi Arabia said.", ("IRN", "YEM")),
])
def test_forces_trained_for_another_state_are_military_cooperation(
        code: Any, text: str, pair: tuple[str, str]) -> None:
    got = triples(code(text, date=DATE))
    assert any(s[:3] == pair[0] and t[:3] == pair[1] and c == "062" for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "The rebels trained hundreds of fighters in camps near the border.",
    "The Kenyan army trained 500 new recruits in Eldoret.",
])
def test_a_side_training_its_own_is_no_cooperation(code: Any, text: str) -> None:
    got = triples(code(text, date=DATE))
    assert not any(c == "062" for _, _, c in got), got


@pytest.mark.parametrize(("text", "pair"), [
    ("Indian and Chinese troops pulled back from a disputed area of the Galwan Valley.", ("IND", "CHN")),
    ("Armenian and Azerbaijani forces disengaged along the front line.", ("ARM", "AZE")),
    ("Thai and Cambodian soldiers pulled back from the disputed temple.", ("THA", "KHM")),
])
def test_two_sides_pulling_back_step_back_from_each_other(
        code: Any, text: str, pair: tuple[str, str]) -> None:
    got = triples(code(text, date=DATE))
    for source, target in (pair, pair[::-1]):
        assert any(s[:3] == source and t[:3] == target and c[:2] == "08" for s, t, c in got), got


def test_allies_pulling_back_from_a_third_state_s_town_are_not_each_other_s_target(code: Any) -> None:
    got = triples(code("U.S. and British troops pulled back from Basra.", date=DATE))
    assert not any({s[:3], t[:3]} == {"USA", "GBR"} for s, t, _ in got), got


@pytest.mark.parametrize(("text", "pair", "root"), [
    ("HANOI (Reuters) - Vietnam's prime minister met Chinese President Xi Jinping in Beijing on Tuesday. "
     "The two countries agreed to boost trade.", ("VNM", "CHN"), "03"),
    ("HANOI (Reuters) - Vietnam's prime minister met Chinese President Xi Jinping in Beijing on Tuesday. "
     "Both sides also signed an agreement on border management.", ("VNM", "CHN"), "05"),
])
def test_a_pair_with_no_actor_of_its_own_is_the_pair_just_told(
        code: Any, text: str, pair: tuple[str, str], root: str) -> None:
    got = triples(code(text, date=DATE))
    for source, target in (pair, pair[::-1]):
        assert any(s[:3] == source and t[:3] == target and c[:2] == root for s, t, c in got), got


def test_an_act_aimed_at_both_sides_is_aimed_at_the_pair_just_told(code: Any) -> None:
    text = ("ADDIS ABABA (Reuters) - Ethiopian and Eritrean delegations held talks in Jeddah on Monday. "
            "The U.N. envoy urged both sides to respect the ceasefire.")
    got = triples(code(text, date=DATE))
    assert {t[:3] for s, t, c in got if s.startswith("IGO") and c[:2] == "02"} == {"ETH", "ERI"}, got


def test_signed_documents_are_a_formal_agreement(code: Any) -> None:
    got = triples(code("China and Vietnam signed 36 cooperation documents covering railways and trade.",
                       date=DATE))
    assert ("CHN", "VNM", "057") in got and not any(c[:2] == "06" for _, _, c in got), got
