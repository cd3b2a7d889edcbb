"""Whole wire stories of our own read as an analyst would, seventeenth set (thirty-sixth session,
wip/stories38): ERA copy of 1989-2005 on the subjects the earlier sets used least (the Tigers' gunboats
and the end of the 1995 truce, UNOSOM's last day, Yeltsin's Tokyo visit, the Duma's START-2 vote, the IMF's
Kenya loan, the Tokyo donors for Afghanistan, Pakistan's tests, China's missiles off Taiwan, the AMIA
bombing, the Hanssen expulsions, the Mykonos verdict, Seoul's general strike, Nigeria's oil strike,
Dhaka's boycotted poll, Togo's boycott, Cuba's doctors for Katrina, Bam's quake aid, Arafat besieged, the
Indian blockade of Nepal, INTERFET in Dili, Belgium's pullout from UNAMIR, the Karabakh ceasefire,
Salinas's Chiapas truce, the Docklands bomb). Every expectation of tests/events/stories38.py is asserted,
and what the coder still gets wrong is a strict xfail with its reason. Below them, the general classes the
stories showed and the branch fixed, each with sentences of our own the stories do not hold, and controls
that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories38")

pytestmark = [pytest.mark.model]

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "date", "judge"), [
    # an act named again by a bare definite noun of its own verb is the act told before, no new one: the
    # judge of "the expulsion" expels no one
    ("PRAGUE (Reuters) - The Czech Republic expelled a Russian diplomat on Tuesday. In Moscow, a Foreign "
     "Ministry spokesman called the expulsion a throwback to the Cold War.", "1996-06-10", "RUS"),
    ("BRUSSELS (Reuters) - Belgium expelled two Iraqi diplomats on Monday. In Baghdad, Foreign Minister "
     "Mohammed Saeed al-Sahaf called the expulsions a gift to Washington.", "1998-06-10", "IRQ"),
])
def test_a_restated_act_noun_codes_no_new_act(code: Any, text: str, date: str, judge: str) -> None:
    art = code(text, date=date)
    got = story_triples(art)
    assert not any(s.startswith(judge) and c[:2] == "16" for s, _, c in got), got
    assert any(c[:3] == "166" and not s.startswith(judge) for s, _, c in got), got


@pytest.mark.parametrize(("text", "date", "triple"), [
    # controls: the noun with parties of its own is a new act; a judgement of the act keeps its target
    ("MOSCOW (Reuters) - Russia expelled four Estonian diplomats on Friday. Tallinn condemned the "
     "expulsions.", "1996-06-10", ("EST", "RUS", "11")),
    ("MOSCOW (Reuters) - Russia expelled four Estonian diplomats on Friday. Tallinn announced the expulsion "
     "of two Russian diplomats.", "1996-06-10", ("EST", "RUS", "16")),
])
def test_a_judged_or_owned_act_noun_keeps_its_reading(code: Any, text: str, date: str,
                                                      triple: tuple[str, str, str]) -> None:
    art = code(text, date=date)
    assert _has(art, triple[0], triple[1], (triple[2],)), story_triples(art)


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # a ceasefire ended, called off or left is violated (196), not declared (0871)
    ("MANILA (Reuters) - Communist rebels ended their Christmas truce with the army on Friday.", "1992-12-26",
     "PHLREB", "PHLMIL"),
    ("COLOMBO (Reuters) - The rebels called off their ceasefire with the army.", "1995-04-20", "LKAREB",
     "LKAMIL"),
    ("COLOMBO (Reuters) - The rebels pulled out of the truce with the government on Wednesday.",
     "1995-04-20", "LKAREB", "LKAGOV"),
])
def test_a_ceasefire_ended_is_violated(code: Any, text: str, date: str, source: str, target: str) -> None:
    art = code(text, date=date)
    assert _has(art, source, target, ("19",)), story_triples(art)
    assert not any(c.startswith("087") for _, _, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize("text", [
    # controls: a truce agreed, observed or declared, and fighting ended, are de-escalation
    "MANILA (Reuters) - The rebels said they would observe the ceasefire with the army.",
    "MANILA (Reuters) - The army and the rebels ended the fighting on Friday.",
])
def test_a_ceasefire_kept_is_no_violation(code: Any, text: str) -> None:
    art = code(text, date="1992-12-26")
    assert not any(c[:2] == "19" for _, _, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize(("text", "date", "source", "target", "root"), [
    # a treaty's ratification, a force's pullout, a bomb's blast, named again by a reaction
    ("WASHINGTON (Reuters) - The U.S. Senate ratified the chemical weapons treaty with Russia on Thursday. "
     "Moscow welcomed the ratification.", "1997-04-25", "RUS", "USA", "05"),
    ("BELGRADE (Reuters) - Russia pulled its peacekeepers out of Kosovo on Monday. Belgrade criticised the "
     "pullout.", "2003-06-10", "SRB", "RUS", "11"),
    ("JAFFNA (Reuters) - Tamil rebels detonated a bomb outside an army barracks in Jaffna on Monday. The "
     "government condemned the blast.", "1996-06-10", "LKAGOV", "LKAREB", "11"),
])
def test_an_act_named_by_its_noun_is_judged(code: Any, text: str, date: str, source: str, target: str,
                                           root: str) -> None:
    art = code(text, date=date)
    assert _has(art, source, target, (root,)), story_triples(art)
