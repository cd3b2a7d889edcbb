"""Fresh sentences and controls for the thirty-ninth session's actor classes (wip/actors41): separatist,
Lebanese, Pakistani, Iranian, West African, East Timorese and Kurdish leaders of 1985-2005 by their terms; a
self-proclaimed polity's authorities named by the region's word (Abkhazia, South Ossetia, Transdniestria,
Nagorno-Karabakh); a movement's leader named by its cause ("independence leader"); a leading state's
"-led" before a body's name; the British "Co-operation" spelling of a body's name; a dateline's own office
holder over a lead that names another country. Every row is a sentence of our own, none from the probe sets;
the controls must keep their reading."""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

PEOPLE: list[Probe] = [
    Probe("Ardzinba told reporters in Sukhumi that the war was over.", "Ardzinba", "GEOREB", None,
          "1994-03-01"),
    Probe("Igor Smirnov asked Moscow to keep its troops on the Dniester.", "Igor Smirnov", "MDAREB", None,
          "1997-05-08"),
    Probe("Arkadi Ghukasyan visited Yerevan for talks on the enclave.", "Arkadi Ghukasyan", "AZEREB", None,
          "2001-04-01"),
    Probe("Chibirov said South Ossetia would hold its own elections.", "Chibirov", "GEOREB", None,
          "1996-11-10"),
    Probe("Eduard Kokoity demanded that Georgian police leave the villages.", "Eduard Kokoity", "GEOREB",
          None, "2004-07-10"),
    Probe("Yandarbiyev signed the ceasefire in the Kremlin.", "Yandarbiyev", "RUSREB", None, "1996-05-27"),
    Probe("Selim Hoss refused to resign over the strike.", "Selim Hoss", "LBNGOV", None, "1999-06-01"),
    Probe("Nateq-Nouri warned the reformist deputies.", "Nateq-Nouri", "IRNLEG", None, "1998-06-01"),
    Probe("Moin Qureshi announced the election schedule.", "Moin Qureshi", "PAKGOV", None, "1993-09-01"),
    Probe("Kufuor led a march of his supporters in Accra.", "Kufuor", "GHAOPP", None, "1999-06-01"),
    Probe("Kufuor named his first cabinet.", "Kufuor", "GHAGOV", None, "2001-02-01"),
    Probe("Issoufou called on the army to stay out of politics.", "Issoufou", "NEROPP", None, "1997-02-01"),
    Probe("Jalal Talabani met the American envoy in Salahuddin.", "Jalal Talabani", "IRQREB", None,
          "1998-09-01"),
    Probe("Massoud Barzani called for a federal Iraq.", "Massoud Barzani", "IRQREB", None, "2003-02-01"),
    Probe("Ramos-Horta lobbied European governments to cut arms sales to Jakarta.", "Ramos-Horta", "TLSREB",
          None, "1994-05-01"),
    Probe("Denktash rejected the U.N. map.", "Denktash", "CYPREB", None, "1992-07-01"),
    # controls: the same people in their later offices
    Probe("Massoud Barzani met the Iraqi prime minister in Baghdad.", "Massoud Barzani", "IRQGOV", None,
          "2006-06-01"),
    Probe("Jalal Talabani signed the death warrant.", "Jalal Talabani", "IRQGOV", None, "2006-12-01"),
    Probe("Ramos-Horta met the Australian foreign minister.", "Ramos-Horta", "TLSGOV", None, "2003-05-01"),
    Probe("Robert Kocharyan met the Azerbaijani president in Key West.", "Robert Kocharyan", "ARMGOV", None,
          "2001-04-03"),
]

POLITIES: list[Probe] = [
    Probe("The Abkhaz government closed the border crossing.", "The Abkhaz government", "GEOREB", None, GSR),
    Probe("South Ossetian leaders appealed to Moscow.", "South Ossetian leaders", "GEOREB", None, GSR),
    Probe("The Karabakh Armenian authorities freed two prisoners.", "The Karabakh Armenian authorities",
          "AZEREB", None, GSR),
    Probe("Transdniestrian officials seized the railway station.", "Transdniestrian officials", "MDAREB",
          None, GSR),
    Probe("The Abkhaz parliament declared independence.", "The Abkhaz parliament", "GEOREB", None, GSR),
    # controls: the state's own officers, another state's troops, a region as where they are
    Probe("Georgian officials in Abkhazia were evacuated.", "Georgian officials", "GEO", None, GSR),
    Probe("The Moldovan government rejected the proposal.", "The Moldovan government", "MDAGOV", None, GSR),
    Probe("Russian officials in Abkhazia denied the report.", "Russian officials", "RUS", None, GSR),
    Probe("Chechen officials loyal to Moscow opened the school.", "Chechen officials", "RUS", None, GSR),
]

TITLES: list[Probe] = [
    Probe("Independence leader Xanana Gusmao called for calm in Dili.", "Independence leader Xanana Gusmao",
          "TLSREB", None, GSR),
    Probe("Pro-independence leader Xanana Gusmao met the Australian prime minister.",
          "Pro-independence leader Xanana Gusmao", "TLSREB", None, GSR),
    # control: a cause title over a table's opposition row keeps the row
    Probe("Independence leader Ibrahim Rugova met the U.S. envoy.", "Independence leader Ibrahim Rugova",
          "SRBOPP", None, GSR),
]

BODIES: list[Probe] = [
    Probe("Nigerian-led ECOMOG troops retook the airport.", "Nigerian-led ECOMOG troops", "IGOWAFWAS", None,
          GSR),
    Probe("The French-led NATO force patrolled the town.", "The French-led NATO force", "IGOWSTNAT", None,
          GSR),
    Probe("The Gulf Co-operation Council met in Muscat.", "The Gulf Co-operation Council", "IGOPGSGCC", None,
          GSR),
    Probe("The Organisation for Security and Co-operation in Europe sent observers.",
          "The Organisation for Security and Co-operation in Europe", "IGOEURSCE", None, GSR),
    # controls: a "-led" force of no named body stays the leading state's
    Probe("The Nigerian-led force retook the airport.", "The Nigerian-led force", "NGAMIL", None, GSR),
    Probe("A London-based bank bought the stake.", "A London-based bank", "GBRBUS", None, GSR),
]

HOME: list[Probe] = [
    Probe("Parliament Speaker Nabih Berri accused Washington of bias.", "Parliament Speaker Nabih Berri",
          "LBNLEG", "BEIRUT", GSR),
    Probe("Foreign Minister Kamal Kharrazi accused Washington of meddling.",
          "Foreign Minister Kamal Kharrazi", "IRNGOV", "TEHRAN", GSR),
]

ALL = [*PEOPLE, *POLITIES, *TITLES, *BODIES, *HOME]

coded, test_probe = probe_suite(ALL)
