"""Probe set, sixth session (issue #7, item 4): the actor classes behind the READ half's actor-caused
misses on the real-news CAMEO dev set (docs/actors.md, "Actor-caused misses on real copy").

Each probe is a sentence of our own wording (never a dev-set sentence), the phrase the events stage
would ask about, an optional dateline and publication date, and the code the conventions of
docs/actors.md give it. The set was written and committed before the fixes it prompted; its first-run
pass rate is in docs/benchmarks.md, "Actors, sixth session".
"""

from __future__ import annotations

from typing import Any

import pytest

from actors.actor_helpers import Probe, check_probe, code_probes, probe_id

pytestmark = pytest.mark.model


# -- names and spellings wire copy uses that the tables missed ---------------------------------------
NAMES: list[Probe] = [
    Probe("Ottawa remains wary of protectionist moods in the U.S, the minister said.", "U.S", "USA"),
    Probe("Exporters fear the U.S would act first.", "U.S", "USA"),
    Probe("The EC said it would answer the quotas with duties of its own.", "EC", "IGOEUREEC",
          published="1987-05-04"),
    Probe("The EC and Japan will hold talks on car exports next month.", "EC", "IGOEUREEC",
          published="1988-02-10"),
    Probe("Saudi officials said King Fahd would receive the envoy on Sunday.", "King Fahd", "SAUGOV",
          published="1990-09-01"),
    Probe("Diplomats said King Hussein had asked Washington for more time.", "King Hussein", "JORGOV",
          published="1990-08-20"),
    Probe("JORDAN'S KING HUSSEIN FLIES TO BAGHDAD FOR TALKS", "KING HUSSEIN", "JORGOV",
          dateline="LONDON", published="1990-08-12"),
    Probe("Jordan's King Hussein flew to Baghdad on Sunday.", "King Hussein", "JORGOV", dateline="LONDON",
          published="1990-08-12"),
    Probe("Kiechle told farmers the milk quotas would stay.", "Kiechle", "DEUGOV", published="1987-03-10"),
]

# -- titles and offices: an honorific never hides the office; a legislature's committees are LEG ------
OFFICES: list[Probe] = [
    Probe("Egyptian Foreign Minister Dr. Hany Fawzi met the envoy in Cairo.",
          "Egyptian Foreign Minister Dr. Hany Fawzi", "EGYGOV"),
    Probe("Jordanian Health Minister Dr. Salwa Haddad opened the clinic.",
          "Jordanian Health Minister Dr. Salwa Haddad", "JORGOV"),
    Probe("Israeli National Security Adviser Dr. Yoav Mann flew to Cairo.",
          "Israeli National Security Adviser Dr. Yoav Mann", "ISRGOVMIL"),
    Probe("Tom Becker, chairman of the Senate Finance Committee, opposed the bill.", "Tom Becker", "USALEG",
          published="1995-05-01"),
    Probe("The House Armed Services Committee voted to cut the program.",
          "The House Armed Services Committee", "USALEG", published="1995-05-01"),
    Probe("The letter went to Ruth Dale, chairwoman of the House Foreign Affairs Committee.", "Ruth Dale",
          "USALEG", published="2001-05-01"),
]

# -- military units and weapons platforms of a country are its military ------------------------------
UNITS: list[Probe] = [
    Probe("Syrian forces routed two Iraqi brigades near the river.", "Iraqi brigades", "IRQMIL"),
    Probe("Three Iranian divisions crossed the marshes overnight.", "Three Iranian divisions", "IRNMIL"),
    Probe("A Serbian battalion shelled the village.", "A Serbian battalion", "SRBMIL"),
    Probe("Israeli warplanes struck two targets near Tyre.", "Israeli warplanes", "ISRMIL"),
    Probe("Turkish jets bombed positions in the mountains.", "Turkish jets", "TURMIL"),
    Probe("Russian warships entered the bay on Friday.", "Russian warships", "RUSMIL"),
    Probe("Israeli tanks moved into the town at dawn.", "Israeli tanks", "ISRMIL"),
    Probe("Indian helicopter gunships fired on the camp.", "Indian helicopter gunships", "INDMIL"),
    Probe("Taliban units attacked the post.", "Taliban units", "AFGREB", published="2006-11-01"),
    Probe("The Japanese units of the carmaker lost money.", "The Japanese units", "JPN"),
]

# -- "his country", "her government": the country of the person the pronoun stands for ---------------
POSSESSIVES: list[Probe] = [
    Probe("Japanese Foreign Minister Taro Aso said his country would not pay.", "his country", "JPN",
          published="2006-05-01"),
    Probe("Chilean President Ana Reyes said her government would appeal.", "her government", "CHLGOV"),
    Probe("Two Nigerian diplomats said their country had done nothing wrong.", "their country", "NGA"),
    Probe("Secretary of State George Shultz said his country welcomed the offer.", "his country", "USA",
          published="1987-03-03"),
]

# -- a capital stands for the state of the story's day: Moscow was the Soviet Union's until 1991 ------
DATED_PLACES: list[Probe] = [
    Probe("Moscow rejected the proposal on Tuesday.", "Moscow", "USR", published="1987-04-01"),
    Probe("The Kremlin said the talks would go on.", "The Kremlin", "USRGOV", published="1989-06-01"),
    Probe("Moscow rejected the proposal on Tuesday.", "Moscow", "RUS", published="1995-04-01"),
    Probe("The Kremlin said the talks would go on.", "The Kremlin", "RUSGOV", published="2001-06-01"),
]

# -- an organisation's delegation in a capital is the organisation's, not the capital's country -------
OWNERS: list[Probe] = [
    Probe("Anna Berg, head of the EU delegation in Moscow, protested the arrests.", "Anna Berg",
          "IGOEUREEC", published="2012-05-01"),
    Probe("Omar Said, head of the UN mission in Kabul, condemned the blast.", "Omar Said", "IGOUNO",
          published="2012-05-01"),
]

# -- second batch (written after the first batch's fixes, before its own): a byline inside the text
# (a Reuters lead carries headline, byline and dateline in one run) names the reporter, who is no actor
# and no antecedent of "he" -------------------------------------------------------------------------
BYLINES: list[Probe] = [
    Probe("SEOUL TALKS OPEN By Jane Miller, Reuters LONDON, May 4 - Britain's trade minister left for Seoul "
          "saying he would press for access.", "he", "GBRGOV", published="1987-05-04"),
    Probe("SEOUL TALKS OPEN By Jane Miller, Reuters LONDON, May 4 - Britain's trade minister left for Seoul "
          "saying he would press for access.", "Jane Miller", None, published="1987-05-04"),
    Probe("DEBT PLAN By Tom Hale, Reuters WASHINGTON, March 2 - Brazil said it would resume payments.",
          "Tom Hale", None, published="1987-03-02"),
    Probe("Police arrested a man named by Ann Cole, a Kenyan lawyer, as the suspect.", "Ann Cole", "KENJUD"),
]

# -- third batch (written after the second batch's fixes, before its own): a ministry NER tags as an
# organisation takes its country from "in <capital>" as a role phrase does (a fifth probe, an unplaced
# minister in a one-sentence story naming Burma three times and the US once, was dropped with the rule
# it asked for: docs/actors.md, "Known limits") -------------------------------------------------------
PLACED: list[Probe] = [
    Probe("The defense ministry in Paris said the jets had returned safely.", "The defense ministry",
          "FRAGOVMIL"),
    Probe("The Interior Ministry in Cairo banned the march on Friday.", "The Interior Ministry", "EGYGOV"),
    Probe("The Foreign Ministry in Tokyo summoned the envoy.", "The Foreign Ministry", "JPNGOV"),
    Probe("The U.S. Embassy in Nairobi closed on Friday.", "The U.S. Embassy", "USAGOV"),
]

PROBES: list[Probe] = NAMES + OFFICES + UNITS + POSSESSIVES + DATED_PLACES + OWNERS + BYLINES + PLACED


@pytest.fixture(scope="module")
def probe_codes(nlp: Any) -> list[tuple[str | None, list[str]]]:
    return code_probes(nlp, PROBES)


@pytest.mark.parametrize("n", range(len(PROBES)), ids=[probe_id(p) for p in PROBES])
def test_probe_code(n: int, probe_codes: list[tuple[str | None, list[str]]]) -> None:
    check_probe(PROBES[n], probe_codes[n])
