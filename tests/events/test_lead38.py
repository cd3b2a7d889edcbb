"""The thirty-sixth session's lead fixes (issue #7). Fresh sentences (not the probe files'), each class with
controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_a_plural_role_opening_a_datelined_lead_is_the_actor(code: Any) -> None:
    # after the blanked dateline the tagger read these as names, and no one was the attacker
    got = triples(code("BOGOTA, Colombia (AP) - Guerrillas dynamited an electricity pylon in northern "
                       "Antioquia on Sunday, cutting power to three towns.", date=DATE))
    assert any(s in ("COLREB", "---REB") and c.startswith("18") for s, _, c in got), got
    got = triples(code("GROZNY, Russia (AP) - Separatists ambushed a Russian army convoy on Tuesday, "
                       "killing six soldiers.", date=DATE))
    assert aimed(got, "RUSREB", "RUSMIL", "19") or aimed(got, "---REB", "RUSMIL", "19"), got


def test_a_plural_role_opening_a_paragraph_is_tagged_a_noun() -> None:
    from wirewatch.nlp.model import load_model

    doc = load_model()("Convoy hit in the south\n\nGunmen opened fire on the trucks.")
    gunmen = next(t for t in doc if t.text == "Gunmen")
    assert (gunmen.tag_, gunmen.pos_, gunmen.lemma_) == ("NNS", "NOUN", "gunman")
    # control: a name made of such a word and another name keeps its tags
    doc = load_model()("Party split\n\nWorkers Party leaders met in Sao Paulo.")
    assert next(t for t in doc if t.text == "Workers").tag_ in ("NNP", "NNPS")


def test_two_nationalities_sharing_one_noun_are_two_parties_of_that_noun(code: Any) -> None:
    got = triples(code("Tajik and Afghan border guards exchanged fire across the Pyanj river on Friday.",
                       date=DATE))
    assert any(s.startswith(("TJKMIL", "TJKCOP")) and t.startswith(("AFGMIL", "AFGCOP"))
               and c.startswith("19") for s, t, c in got), got
    # control: a country's name before "and" is a party of its own, not a nationality
    got = triples(code("Kyrgyzstan and Tajik border guards clashed on Monday.", date=DATE))
    assert not any(s.startswith("KGZMIL") for s, _, _ in got), got


def test_the_harm_of_a_two_way_fight_names_no_target_under_a_dateline(code: Any) -> None:
    got = triples(code("ASMARA (Reuters) - Eritrean and Ethiopian troops clashed on the western front on "
                       "Monday, killing dozens of people, officials said.", date=DATE))
    assert aimed(got, "ERIMIL", "ETHMIL", "19") and aimed(got, "ETHMIL", "ERIMIL", "19"), got
    assert not any(t.endswith("CVL") for _, t, _ in got), got
    # nor does a named place it happened near
    got = triples(code("OSH, Kyrgyzstan (AP) - Kyrgyz and Uzbek border guards traded fire near the Fergana "
                       "valley on Friday.", date=DATE))
    assert aimed(got, "KGZMIL", "UZBMIL", "19") and not any(t.endswith("CVL") for _, t, _ in got), got
    # control: a one-way attack's harm still names its victims
    got = triples(code("ASMARA (Reuters) - Ethiopian jets bombed a village on the western front on "
                       "Monday, killing dozens of civilians.", date=DATE))
    assert any(s == "ETHMIL" and t.endswith("CVL") for s, t, _ in got), got


def test_aid_workers_are_ngo_not_labour_wherever_they_are_placed(code: Any) -> None:
    got = triples(code("KHARTOUM (AP) - Militiamen abducted four foreign aid workers in the Sudanese "
                       "capital on Friday.", date=DATE))
    assert any(t.endswith("NGO") and c.startswith("18") for _, t, c in got), got
    assert not any(t.endswith("LAB") for _, t, _ in got), got


def test_a_headline_passive_names_its_noun_as_the_target(code: Any) -> None:
    story = ("Pilgrims' bus ambushed in Kashmir\n\nSRINAGAR, India (Reuters) - Suspected militants ambushed "
             "a bus carrying Hindu pilgrims near Anantnag on Monday, killing five, police said.")
    got = triples(code(story, date=DATE))
    assert not any(s.endswith("CVL") or s == "IND" for s, _, _ in got), got
    story = ("Three policemen killed in Algeria\n\nALGIERS (Reuters) - Islamic guerrillas shot dead three "
             "policemen at a roadblock east of the capital, security forces said on Tuesday.")
    got = triples(code(story, date=DATE))
    assert not any(s.endswith("COP") for s, _, _ in got), got
    # control: an active headline in the present tense keeps its subject as the actor
    story = ("Rebels shell Kabul airport\n\nKABUL (Reuters) - Rebel gunners shelled Kabul airport on "
             "Sunday, wounding two airport workers.")
    got = triples(code(story, date=DATE))
    assert any(s.endswith("REB") and c.startswith("19") for s, _, c in got), got


def test_an_unplaced_actor_of_a_lead_acts_where_its_dateline_is(code: Any) -> None:
    got = triples(code("DHAKA (Reuters) - Rebels ambushed an army convoy on Thursday, killing nine "
                       "soldiers, police said.", date=DATE))
    assert any(s == "BGDREB" and c.startswith("19") for s, _, c in got), got
    # control: an envoy under a dateline is no one of the dateline's state
    got = triples(code("DHAKA (Reuters) - The envoy to Bangladesh criticised the police on Thursday over the "
                       "arrest of a journalist.", date=DATE))
    assert not any(s.startswith("BGD") for s, _, _ in got), got
    # control: a place the lead names still places the actor
    got = triples(code("DHAKA (Reuters) - Rebels ambushed an army convoy in Nepal on Thursday, killing nine "
                       "soldiers, police said.", date=DATE))
    assert not any(s.startswith("BGD") for s, _, _ in got), got
    # control: gunmen may come from across a border, and stay unplaced
    got = triples(code("DHAKA (Reuters) - Gunmen shot dead an opposition politician outside his home on "
                       "Thursday, police said.", date=DATE))
    assert not any(s.startswith("BGD") for s, _, _ in got), got


def test_a_street_or_road_places_the_act_in_its_town(code: Any) -> None:
    got = triples(code("Gunmen abducted a Swiss engineer on a Karachi street on Wednesday.", date=DATE))
    assert any(s == "PAKUAF" and c.startswith("18") for s, _, c in got), got


def test_a_person_seized_is_abducted_not_property_seized(code: Any) -> None:
    got = triples(code("Gunmen seized a German geologist in northern Yemen on Sunday.", date=DATE))
    assert any(t.startswith("DEU") and c == "181" for _, t, c in got), got
    # control: a thing seized stays property
    got = triples(code("Iranian gunboats seized a Kuwaiti tanker in the Gulf on Sunday.", date=DATE))
    assert not any(c == "181" for _, _, c in got), got


def test_force_used_to_break_up_a_march_is_repression(code: Any) -> None:
    got = triples(code("Riot police beat farmers with batons on Tuesday to break up a march in Lagos.",
                       date=DATE))
    assert any(s == "NGACOP" and c == "175" for s, _, c in got), got
