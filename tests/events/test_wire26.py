"""The twenty-fourth session's fixes from batches 9 and 10 READ halves and the blind probes of
criticism (wire26): general constructions of English wire copy, each with sentences of our own (none is
a batch sentence) and controls that keep their reading.

* an attack noun carried by a light verb is criticism (111) when made in words
  (`triggers._carried_attack`, lexicon rows `launch` / `mount` / `unleash` with `verbal`): a participle
  of saying on the light verb ("launched an attack on X, calling him ..."), the grounds (as / for /
  over), or a politician or named person aiming it at a named person; an armed subject, a weapon or a
  place attacked keeps it force (190);
* "called the American plan a mistake", which the small parser reads as one predicate holding the
  second noun as its object, is judged like "called Washington's plan a mistake"
  (`triggers.judged_objects`, `secondary_predicates`);
* time spent doing something is no visit, and the participle is done by whoever spent it
  (`triggers._spent_doing`, `parse.time_spender`, `parse.SUBJECT_CONTROL`): "spent the day attacking
  Iraq's leadership", "spent much of the news conference criticising X".
"""

from __future__ import annotations

from typing import Any

import pytest

from support import has_triple as has
from support import story_triples as triples

pytestmark = [pytest.mark.model]



# --- an attack carried by a light verb, made in words ----------------------------------------------

@pytest.mark.parametrize(("text", "date", "src", "tgt"), [
    ("British Prime Minister Tony Blair launched a fierce attack on Zimbabwe's President Robert Mugabe, "
     "calling him a disgrace to Africa.", "2000-06-01", "GBR", "ZWE"),
    ("French President Jacques Chirac launched a blistering attack on Italian Prime Minister Silvio "
     "Berlusconi, accusing him of betraying Europe.", "2003-06-01", "FRA", "ITA"),
    ("Senator John Kerry mounted an attack on President Bush over his handling of the war.",
     "2004-03-01", "USA", "USA"),
    ("Venezuelan President Hugo Chavez launched an attack on Colombian President Alvaro Uribe.",
     "2008-03-01", "VEN", "COL"),
    ("Russian Foreign Minister Sergei Lavrov unleashed a sharp attack on Britain's foreign secretary for "
     "his remarks on Georgia.", "2008-09-01", "RUS", "GBR"),
])
def test_an_attack_launched_in_words_is_criticism(code: Any, text: str, date: str, src: str,
                                                   tgt: str) -> None:
    got = triples(code(text, date=date))
    assert has(got, src, tgt, "111"), got
    assert not any(c[:2] in ("18", "19") for _, _, c in got), got


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Chechen rebels launched an attack on a Russian army convoy near Grozny.", "RUS", "RUS"),
    ("The United States launched an attack on Iraq on Wednesday.", "USA", "IRQ"),
    ("Israeli forces launched an attack on Hamas militants in Gaza.", "ISR", "PSE"),
    ("NATO launched an offensive against Serb forces in Kosovo.", "IGO", "SRB"),
])
def test_an_attack_launched_with_arms_stays_force(code: Any, text: str, src: str, tgt: str) -> None:
    got = triples(code(text, date="2000-01-01"))
    assert has(got, src, tgt, "19"), got
    assert not any(c.startswith("11") for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "Rebels launched an attack on the town, saying it was held by the army.",  # a place attacked
    "Gunmen launched an attack on the president's motorcade.",  # armed men
    "The minister launched an attack on the opposition leader with a chair.",  # a weapon
])
def test_an_attack_with_arms_or_on_a_place_is_no_criticism(code: Any, text: str) -> None:
    got = triples(code(text, date="2000-01-01"))
    assert not any(c.startswith("11") for _, _, c in got), got


# --- "called the American plan a mistake" ------------------------------------------------------------

@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("German Chancellor Gerhard Schroeder called the American plan a serious mistake.", "DEU", "USA", "111"),
    ("German Chancellor Gerhard Schroeder called the U.S. plan a mistake.", "DEU", "USA", "111"),
    ("Germany called the American plan a mistake.", "DEU", "USA", "111"),
    ("China called the American statement a gross interference in its internal affairs.", "CHN", "USA",
     "11"),
])
def test_a_verdict_on_a_states_plan_parsed_as_one_predicate(code: Any, text: str, src: str, tgt: str,
                                                             root: str) -> None:
    got = triples(code(text, date="2000-01-01"))
    assert has(got, src, tgt, root), got


@pytest.mark.parametrize("text", [
    "The minister called the plan a mistake.",  # no party owns the plan
    "Japan called the Chinese proposal a good basis for talks.",  # no verdict of disapproval
])
def test_a_verdict_with_no_owner_or_no_disapproval_is_no_criticism(code: Any, text: str) -> None:
    got = triples(code(text, date="2000-01-01"))
    assert not any(c.startswith("11") for _, _, c in got), got


# --- time spent doing ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Secretary of State Madeleine Albright spent much of the news conference attacking Iraq's "
     "leadership.", "USA", "IRQ"),
    ("Secretary of State Madeleine Albright spent the day criticising Iraq.", "USA", "IRQ"),
    ("Chinese Foreign Minister Tang Jiaxuan spent an hour denouncing Japan's new textbooks.", "CHN", "JPN"),
])
def test_time_spent_attacking_is_criticism_by_whoever_spent_it(code: Any, text: str, src: str,
                                                               tgt: str) -> None:
    got = triples(code(text, date="2000-01-01"))
    assert has(got, src, tgt, "11"), got
    assert not any(c in ("042", "043") for _, _, c in got), got


def test_time_spent_in_a_country_is_still_a_visit(code: Any) -> None:
    got = triples(code("The Iranian foreign minister spent three days in Syria.", date="2000-01-01"))
    assert has(got, "IRN", "SYR", "042"), got
