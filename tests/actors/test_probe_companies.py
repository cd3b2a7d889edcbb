"""Probe set, ninth session (issue #7): companies by class, coded as their home country + BUS.

The sentences are our own wording over firms of every sector and region the table lists (oil, banks,
car makers, electronics, steel, mining, trading houses, airlines, defence, telecoms, platforms), none
from a dev batch. GUARDS: a company name that is also a common word, a place or a person's name is a
company only with a company word after it.
"""

from __future__ import annotations

from typing import Any

import pytest

from actors.actor_helpers import Probe, code_probes, probe_id, probe_suite

pytestmark = pytest.mark.model

FIRMS: list[Probe] = [
    Probe("Lukoil signed a deal to develop the oil field.", "Lukoil", "RUSBUS"),
    Probe("Sinopec agreed to buy a stake in the refinery.", "Sinopec", "CHNBUS"),
    Probe("Petronas said it would cut output.", "Petronas", "MYSBUS"),
    Probe("Repsol pulled out of the project.", "Repsol", "ESPBUS"),
    Probe("Statoil agreed to supply gas to Poland.", "Statoil", "NORBUS"),
    Probe("Texaco bought the refinery in 1988.", "Texaco", "USABUS", None, "1988-03-01"),
    Probe("Rosneft halted deliveries to the refinery.", "Rosneft", "RUSBUS"),
    Probe("Sonatrach raised gas prices for Italy.", "Sonatrach", "DZABUS"),
    Probe("Deutsche Bank agreed to pay a fine.", "Deutsche Bank", "DEUBUS"),
    Probe("Credit Suisse was fined by regulators.", "Credit Suisse", "CHEBUS"),
    Probe("BNP Paribas admitted violating sanctions.", "BNP Paribas", "FRABUS"),
    Probe("Nomura Securities opened an office in Seoul.", "Nomura Securities", "JPNBUS"),
    Probe("Lehman Brothers filed for bankruptcy.", "Lehman Brothers", "USABUS", None, "2008-09-15"),
    Probe("Volkswagen admitted cheating on emissions tests.", "Volkswagen", "DEUBUS"),
    Probe("Peugeot agreed to merge with Fiat Chrysler.", "Peugeot", "FRABUS"),
    Probe("Mazda will build a plant in Mexico.", "Mazda", "JPNBUS"),
    Probe("Kia Motors recalled 100,000 cars.", "Kia Motors", "KORBUS"),
    Probe("Ford Motor Co said it would close two plants.", "Ford Motor Co", "USABUS"),
    Probe("Toshiba sold machine tools to the Soviet Union.", "Toshiba", "JPNBUS", None, "1987-06-01"),
    Probe("POSCO signed a steel supply accord with Brazil.", "POSCO", "KORBUS"),
    Probe("ArcelorMittal will cut 2,000 jobs.", "ArcelorMittal", "LUXBUS"),
    Probe("Norilsk Nickel raised its output forecast.", "Norilsk Nickel", "RUSBUS"),
    Probe("Glencore agreed to buy the copper mine.", "Glencore", "CHEBUS"),
    Probe("Marubeni won a contract to build a power plant.", "Marubeni", "JPNBUS"),
    Probe("Lufthansa suspended flights to Tehran.", "Lufthansa", "DEUBUS"),
    Probe("Aeroflot resumed flights to Georgia.", "Aeroflot", "RUSBUS"),
    Probe("Embraer delivered jets to the air force.", "Embraer", "BRABUS"),
    Probe("Raytheon won a contract to supply missiles.", "Raytheon", "USABUS"),
    Probe("Rheinmetall will build a tank factory.", "Rheinmetall", "DEUBUS"),
    Probe("Elbit Systems sold drones to Azerbaijan.", "Elbit Systems", "ISRBUS"),
    Probe("Vodafone agreed to sell its stake.", "Vodafone", "GBRBUS"),
    Probe("Telefonica bought the mobile operator.", "Telefonica", "ESPBUS"),
    Probe("Facebook removed the accounts.", "Facebook", "USABUS"),
    Probe("Baidu launched a search service.", "Baidu", "CHNBUS"),
    Probe("ADNOC signed a supply deal with India.", "ADNOC", "AREBUS"),
    Probe("Sasol will build a plant in Louisiana.", "Sasol", "ZAFBUS"),
    Probe("Pertamina took over the oil block.", "Pertamina", "IDNBUS"),
    Probe("Gazprom Neft said exports rose.", "Gazprom Neft", "RUSBUS"),
    Probe("Manufacturers Hanover raised its prime rate.", "Manufacturers Hanover", "USABUS", None,
          "1987-04-01"),
    Probe("Yamaichi Securities collapsed under its debts.", "Yamaichi Securities", "JPNBUS", None,
          "1997-11-24"),
    Probe("Moody's cut Greece's credit rating.", "Moody's", "USABUS"),
]

GUARDS: list[Probe] = [
    Probe("Shell Oil agreed to sell its stake.", "Shell Oil", "GBRBUS"),
    Probe("Amazon Inc opened a warehouse in Poland.", "Amazon Inc", "USABUS"),
    Probe("Apple Inc said it would move production.", "Apple Inc", "USABUS"),
    Probe("Total SA will develop the gas field.", "Total SA", "FRABUS"),
    Probe("Shell fragments hit the school.", "Shell", None),
    Probe("Total exports fell 5 percent.", "Total", None),
    Probe("Apple growers in Washington protested.", "Apple growers", None),
    Probe("Amazon deforestation rose sharply.", "Amazon", None),
    Probe("Delta Air Lines cancelled 800 flights.", "Delta Air Lines", "USABUS"),
    Probe("Emirates Airline ordered 50 jets.", "Emirates Airline", "AREBUS"),
    Probe("The money went through a shell company in Cyprus.", "a shell company", "CYPBUS"),
]

# Guarded names that are a person, a place or a common word: whatever else they are, not a company.
NOT_COMPANIES: list[Probe] = [
    Probe("President Ford met Brezhnev in Vladivostok.", "President Ford", None, None, "1974-11-24"),
    Probe("Orange juice prices rose.", "Orange", None),
    Probe("Fighting spread across the Niger Delta.", "Niger Delta", None),
    Probe("The Emirates pledged $2 billion to Egypt.", "Emirates", None),
    Probe("Police in Santander arrested two men.", "Santander", None),
    Probe("Rafael Correa won the election.", "Rafael Correa", None),
    Probe("Sharp criticism came from Moscow.", "Sharp", None),
    Probe("The total oil output of the region fell.", "The total oil output", None),
    Probe("The Continental group of ministers met.", "The Continental group", None),
]

ALL = FIRMS + GUARDS


coded, test_probe = probe_suite(ALL)


@pytest.mark.parametrize("probe", NOT_COMPANIES, ids=probe_id)
def test_guarded_names_alone_are_no_company(probe: Probe, nlp: Any) -> None:
    (code, reasons), = code_probes(nlp, [probe])
    assert not (code or "").endswith("BUS"), f"{probe.phrase!r} in {probe.sentence!r}: {code} ({reasons})"


def test_company_reason_names_the_company(coded: dict[str, tuple[str | None, list[str]]]) -> None:
    """A former name is coded as the company it became, and the reason calls it a company."""
    _, reasons = coded[probe_id(FIRMS[4])]
    assert any("Equinor" in r and "company" in r for r in reasons), reasons
