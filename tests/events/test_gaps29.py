"""The whole-story classes of the twenty-seventh session (wip/gaps29), each with sentences of our own
written for the rule, not taken from the stories it was found on, and controls that must keep their
reading: the story's pair of sides past the two-sentence pair memory, a deal or an act named by its noun
past two sentences, intervention forces, and the one at a party's side."""

from __future__ import annotations

from typing import Any

import pytest

from support import story_triples

pytestmark = [pytest.mark.model]


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


# --- "both sides", "the two countries", "the warring parties": the story's pair ---------------------------

_FAR_PAIR = ("KHARTOUM (Reuters) - Chad accused Sudan on Monday of arming rebels in the east. Sudan denied "
             "any role. Oil prices rose. Markets in Khartoum were quiet. The weather was hot. {}")


@pytest.mark.parametrize(("last", "source", "target", "root"), [
    ("The Libyan leader urged the two countries to settle their dispute.", "LBY", "TCD", "02"),
    ("The Libyan leader urged the two countries to settle their dispute.", "LBY", "SDN", "02"),
    ("The Arab League called on both sides to show restraint.", "IGO", "SDN", "02"),
])
def test_both_sides_are_the_storys_pair(code: Any, last: str, source: str, target: str, root: str) -> None:
    art = code(_FAR_PAIR.format(last), date="1990-05-01")
    assert _has(art, source, target, (root,)), story_triples(art)


def test_the_warring_parties_are_the_storys_pair(code: Any) -> None:
    art = code("NAIROBI (AP) - The Ugandan government and the Lord's Resistance Army signed a truce on "
               "Friday. Aid agencies said 1.5 million people live in camps. Schools reopened. Kenya's "
               "president urged the warring parties to respect the truce.", date="2006-08-27")
    assert _has(art, "KEN", "UGAGOV", ("02",)), story_triples(art)


def test_the_two_sides_agreed_are_the_pair(code: Any) -> None:
    art = code("TBILISI (Reuters) - Georgia accused Russia on Tuesday of massing troops near South Ossetia. "
               "Moscow rejected the charge. French President Jacques Chirac telephoned both presidents. "
               "An EU envoy said the two sides had agreed to pull back their forces.", date="2004-08-10")
    assert _has(art, "GEO", "RUS", ("03", "08", "05")) and _has(art, "RUS", "GEO", ("03", "08", "05")), \
        story_triples(art)


def test_a_pair_is_no_party_to_an_act_on_one_of_itself(code: Any) -> None:
    # control: the pair is Eritrea and Ethiopia; fighting together against Ethiopia's government is no act
    # of the pair on one of itself
    art = code("ASMARA (Reuters) - Eritrea accused Ethiopia of shelling the port of Assab. Ethiopia denied "
               "it. Rain fell. Prices rose. The two neighbours fought together against Mengistu's "
               "government.",
               date="1999-02-08")
    assert not [t for t in story_triples(art) if t[1].startswith("ETH") and t[0][:3] in ("ERI", "IGO")
                and t[2][:2] == "19"], story_triples(art)


def test_a_sentence_naming_another_country_keeps_its_own_pair(code: Any) -> None:
    # control: the two countries of this sentence are the host and the visitor it names, not the story's
    art = code("HANOI (AFP) - Vietnam accused China of ramming a fishing boat. China rejected the protest. "
               "Prices fell. Rain fell. Asked about the coming visit of the Thai prime minister, the "
               "spokesman said the two countries would sign a trade agreement.", date="2004-05-01")
    assert not [t for t in story_triples(art) if {t[0][:3], t[1][:3]} == {"VNM", "CHN"}
                and t[2][:2] in ("03", "05")], story_triples(art)


def test_the_one_at_their_side_goes_along(code: Any) -> None:
    art = code("CAIRO (AP) - Egypt and Israel agreed on a border crossing. The two leaders met at Taba with "
               "a U.S. envoy at their side.", date="1999-06-01")
    assert not [t for t in story_triples(art) if t[1].startswith("USA")], story_triples(art)


# --- a deal or an act named by its noun past two sentences ------------------------------------------------


def test_a_truce_named_is_the_deal(code: Any) -> None:
    art = code("ISLAMABAD (Reuters) - India and Pakistan signed a ceasefire agreement on Friday. Shelling "
               "had killed 300 people. Villagers returned. Shops reopened. Japan welcomed the truce.",
               date="2003-11-28")
    assert _has(art, "JPN", "PAK", ("05",)), story_triples(art)


def test_a_side_rejecting_its_own_states_deal(code: Any) -> None:
    art = code("MANILA (UPI) - The Philippine government and the Moro National Liberation Front signed a "
               "peace agreement on Monday. Officials said it ends a long war. Rice prices rose. Schools "
               "reopened. The Moro Islamic Liberation Front rejected the agreement.", date="1996-09-02")
    assert _has(art, "PHLREB", "PHLGOV", ("12", "11")), story_triples(art)


def test_an_agreement_to_act_is_a_deal(code: Any) -> None:
    art = code("MOSCOW (Interfax) - Armenia accused Azerbaijan of shelling border villages. Azerbaijan "
               "denied it. Russia's envoy said the two sides had agreed to withdraw their troops. Schools "
               "reopened. Rain fell. Iran welcomed the agreement.", date="1993-05-01")
    assert _has(art, "IRN", "ARM", ("05",)) or _has(art, "IRN", "AZE", ("05",)), story_triples(art)


def test_an_act_named_by_its_own_noun_three_sentences_on(code: Any) -> None:
    art = code("NEW DELHI (Reuters) - India expelled two Pakistani diplomats on Friday. Officials said they "
               "had been spying. Their families left. Pakistan called the expulsion a hostile act.",
               date="1998-06-01")
    assert _has(art, "PAK", "IND", ("11",)), story_triples(art)


def test_a_labour_strike_is_no_attack_far_back(code: Any) -> None:
    # control: the attack noun keeps its short memory; "the strike" of workers is no attack told before
    art = code("LAGOS (Reuters) - Nigerian troops shelled rebel positions near the border. Workers began a "
               "general strike on Monday. Shops closed. Banks closed. The labour minister said the strike "
               "was illegal.", date="1994-07-01")
    assert not [t for t in story_triples(art) if t[0].startswith("NGAGOV") and t[1].startswith("NGAMIL")], \
        story_triples(art)


# --- intervention forces -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "FREETOWN (AFP) - ECOMOG troops entered the town of Makeni on Monday. Rebels accused the peacekeepers "
    "of killing civilians.",
    "PRISTINA (AFP) - NATO troops took up positions in Pristina. Serb residents accused the peacekeepers "
    "of ignoring attacks on them.",
])
def test_the_peacekeepers_are_the_body_named_before(code: Any, text: str) -> None:
    # (the accuser's own code is the actors stage's; the target is the rule's)
    art = code(text, date="1999-06-20")
    assert any(t.startswith("IGO") and c[:2] == "11" for _, t, c in story_triples(art)), story_triples(art)


def test_an_allied_force_with_no_body_named_is_no_party(code: Any) -> None:
    art = code("BAGHDAD (AP) - Iraqi anti-aircraft batteries opened fire on allied planes over the south.",
               date="1999-01-05")
    assert not [t for t in story_triples(art) if t[1].startswith("IRQ")], story_triples(art)


def test_a_national_contingent_keeps_its_country(code: Any) -> None:
    # control: "Fijian soldiers" of a UN force are no intervention phrase; they keep Fiji
    art = code("TYRE (Reuters) - Israeli artillery shelled a UN position, wounding two Fijian soldiers.",
               date="1996-04-18")
    assert not [t for t in story_triples(art) if t[1].startswith("LBNMIL")], story_triples(art)
