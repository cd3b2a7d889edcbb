"""Thirty-fourth session (wip/actors36): fresh sentences and controls for the classes the branch fixed.

- the federations' states and provinces (pycountry's ISO 3166-2, `subdivisions.py`) over another country's
  small town or countryinfo's misplaced province, and a division named by its kind word ("the state of X",
  "X state") places the story whatever NER made of the name;
- organised crime (mobsters, Mafia bosses, kingpins, crime families) takes the story's country, smugglers
  and pirates do not; the era's syndicates by their own names (Camorra, yakuza);
- "West African peacekeepers" by their region are the ECOWAS force;
- "Wahhabi" is a faith word (MOS), as "Islamist" is;
- "in the state of X" / "in X state" says whose a role is, as "in X" does.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite
from wirewatch.nlp.actors.countries import lookup

GSR = "2000-01-01"


@pytest.mark.parametrize(("name", "iso3"), [
    ("Para", "BRA"), ("Michoacan", "MEX"), ("North Kivu", "COD"), ("Nord-Kivu", "COD"), ("Katanga", "COD"),
    ("Kasai", "COD"), ("Rivers state", "NGA"), ("Plateau State", "NGA"), ("Goa", "IND"), ("Parana", "BRA"),
    # controls: a country, capital or large city keeps its reading; a name two states share is nobody's
    ("Niger", "NER"), ("Trujillo", "PER"), ("San Luis", "BRA"), ("Abidjan", "CIV"), ("Georgia", "GEO"),
    ("Punjab", None), ("Rivers", None), ("Delta", None), ("Amazonas", None),
])
def test_division_lookup(name: str, iso3: str | None) -> None:
    place = lookup(name)
    assert (place.iso3 if place is not None else None) == iso3, place


DIVISIONS: list[Probe] = [
    Probe("Police in the northern state of Para arrested 12 loggers accused of killing a rubber tapper.",
          "Police", "BRACOP", None, GSR),
    Probe("Soldiers in the state of Michoacan burned marijuana fields on Tuesday.", "Soldiers", "MEXMIL",
          None, GSR),
    Probe("Troops in Delta state evacuated foreign oil workers from two flow stations.", "Troops", "NGAMIL",
          None, GSR),
    Probe("Police in North Kivu province detained a local chief on Monday.", "Police", "CODCOP", None,
          "1999-12-31"),
    # controls: a capital's story keeps its country; a state of emergency names no place
    Probe("Police in Abidjan arrested 20 students after a march on the campus.", "Police", "CIVCOP", None,
          "1999-12-30"),
    Probe("The state of emergency was lifted and police freed 40 students.", "police", None, None, GSR),
]

CRIME: list[Probe] = [
    Probe("Mafia hitmen shot dead a prosecutor on his way to work.", "Mafia hitmen", "ITACRM", "PALERMO",
          GSR),
    Probe("A reputed crime boss was gunned down outside a steakhouse.", "A reputed crime boss", "USACRM",
          "NEW YORK", GSR),
    Probe("Yakuza gangsters were arrested for extorting money from bar owners.", "Yakuza gangsters", "JPNCRM",
          None, GSR),
    Probe("Drug barons offered to pay off the foreign debt in exchange for an amnesty.", "Drug barons",
          "COLCRM", "BOGOTA", GSR),
    Probe("Camorra bosses ordered the killing of a rival clan leader.", "Camorra bosses", "ITACRM", None,
          GSR),
    # controls: a state body a hostile voice calls gangsters stays that body; smugglers and pirates are often
    # foreign, so a dateline does not place them
    Probe("The puppet military gangsters staged a war drill near the border.",
          "The puppet military gangsters", "KORMIL", "SEOUL", GSR),
    Probe("Smugglers were caught landing cigarettes on a beach.", "Smugglers", None, "TUNIS", GSR),
    Probe("Pirates seized a fuel tanker off the coast.", "Pirates", None, "LAGOS", GSR),
]

PEACEKEEPERS: list[Probe] = [
    Probe("West African peacekeeping troops recaptured the airport from the rebels.",
          "West African peacekeeping troops", "IGOWAFWAS", None, GSR),
    Probe("The West African intervention force shelled the rebel-held town.",
          "The West African intervention force", "IGOWAFWAS", None, GSR),
    # controls: the region's leaders and a nationality's peacekeepers keep their readings
    Probe("West African leaders met in Abuja to discuss the crisis.", "West African leaders", "WAF", None,
          GSR),
    Probe("Ghanaian peacekeepers escorted a food convoy.", "Ghanaian peacekeepers", "GHAMIL", None, GSR),
]

# the Islamists of the North Caucasus by their faith's name: the faith word before the armed role, as the
# phrase path keeps it ("Moslem separatists" PHLMOSREB)
FAITH: list[Probe] = [
    Probe("Wahhabi militants in Dagestan seized the village of Karamakhi.", "Wahhabi militants", "RUSMOSUAF",
          None, GSR),
]

# the in-phrase whose object is the kind word: "in the state of X" says whose as "in X" does
IN_DIVISION: list[Probe] = [
    Probe("Guerrillas in the state of Chiapas blocked two highways.", "Guerrillas", "MEXREB", None, GSR),
    Probe("Gunmen in the northern province of Kunduz robbed an aid convoy.", "Gunmen", "AFGUAF", None, GSR),
    # control: an in-phrase with no division after the kind word places nothing
    Probe("Rebels in the state capital fired at a police post.", "Rebels", None, None, GSR),
]

ALL = [*DIVISIONS, *CRIME, *PEACEKEEPERS, *FAITH, *IN_DIVISION]

coded, test_probe = probe_suite(ALL)
