"""Probe set, tenth session (issue #7, parties the actors stage misses or miscodes on unseen copy).

The classes come from a census of copy no gold batch uses (`actors_diag.py --uncoded actors11`, odd
batch-8 parity only) and from lists of how states are organised, not from annotated sentences. Every
sentence is our own wording; the phrase is looked up as the events stage does (`actor_for_span`).

- US_FEDERAL: US departments and agencies by name and acronym (the census's largest class of uncoded
  state bodies: GAO, USDA, the SEC, the Census Bureau ...), only in a story not placed elsewhere.
- CENTRAL_BANKS: the world's central banks by their own names are state bodies (GOV), not banks (BUS).
- SEATS: seats of government standing for the government ("the Casa Rosada said").
- LEGISLATURES and FORCES: legislatures, named police forces and armed services of one country.
- COMMODITY_IGOS: the commodity agreements' councils and the World Court.
- NEGATIVES: the same words where they name something else (a commercial bank with a central bank's
  name inside, a generic "postal service", a Manila story's Department of Agriculture, the town Gao).
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

US_FEDERAL: list[Probe] = [
    Probe("The GAO said the program had cost overruns.", "The GAO", "USAGOV", None, "2016-03-01"),
    Probe("The General Accounting Office criticised the agency's audit.", "The General Accounting Office",
          "USAGOV", None, "1987-04-02"),
    Probe("USDA raised its estimate of the corn crop.", "USDA", "USAGOV", None, "1987-03-10"),
    Probe("The Commodity Credit Corporation accepted bids for wheat.", "The Commodity Credit Corporation",
          "USAGOV", "WASHINGTON", "1987-03-10"),
    Probe("The CCC said it would sell the surplus grain.", "The CCC", "USAGOV", "WASHINGTON", "1987-03-10"),
    Probe("The SEC charged the trader with fraud.", "The SEC", "USAGOV", "NEW YORK", "1987-05-11"),
    Probe("The FCC fined the broadcaster on Tuesday.", "The FCC", "USAGOV", None, "2016-07-12"),
    Probe("The Congressional Budget Office said the bill would add to the deficit.",
          "The Congressional Budget Office", "USALEG", None, "2016-02-01"),
    Probe("The OMB sent the budget to Capitol Hill.", "The OMB", "USAGOV", None, "1998-02-02"),
    Probe("The Department of Energy cancelled the contract.", "The Department of Energy", "USAGOV", None,
          "2016-05-05"),
    Probe("The Labor Department said payrolls rose.", "The Labor Department", "USAGOV", "WASHINGTON",
          "1987-04-03"),
    Probe("The Interior Department approved the lease.", "The Interior Department", "USAGOV", None,
          "2016-08-08"),
    Probe("The Bureau of Labor Statistics revised its figures.", "The Bureau of Labor Statistics", "USAGOV",
          None, "2016-08-08"),
    Probe("The Census Bureau counted more residents in Texas.", "The Census Bureau", "USAGOV", None,
          "2016-08-08"),
    Probe("The Postal Service lost money again last year.", "The Postal Service", "USAGOV", None,
          "2016-08-08"),
    Probe("The Federal Open Market Committee left rates unchanged.", "The Federal Open Market Committee",
          "USAGOV", None, "2016-09-21"),
    Probe("The Commodity Futures Trading Commission fined the bank.",
          "The Commodity Futures Trading Commission", "USAGOV", None, "2016-09-21"),
    Probe("The International Trade Commission ruled against the importers.",
          "The International Trade Commission", "USAGOV", "WASHINGTON", "1987-03-25"),
    Probe("The NTSB said the pilot had not slept.", "The NTSB", "USAGOV", None, "2016-09-21"),
    Probe("The FDIC closed the savings bank.", "The FDIC", "USAGOV", None, "1990-09-21"),
    Probe("The Immigration and Naturalization Service detained the boy's relatives.",
          "The Immigration and Naturalization Service", "USACOP", None, "2000-04-10"),
    Probe("The Army Corps of Engineers repaired the levee.", "The Army Corps of Engineers", "USAMIL", None,
          "2005-09-10"),
]

CENTRAL_BANKS: list[Probe] = [
    Probe("The Bank of France intervened to support the franc.", "The Bank of France", "FRAGOV", "PARIS",
          "1987-03-05"),
    Probe("The Bank of Italy raised its discount rate.", "The Bank of Italy", "ITAGOV", None, "1987-03-05"),
    Probe("The Bank of Spain cut its rate by half a point.", "The Bank of Spain", "ESPGOV", None,
          "1987-03-05"),
    Probe("The Riksbank said inflation would slow.", "The Riksbank", "SWEGOV", None, "1998-03-05"),
    Probe("Norges Bank sold kroner on Monday.", "Norges Bank", "NORGOV", None, "1998-03-05"),
    Probe("The Bank of Russia let the rouble fall.", "The Bank of Russia", "RUSGOV", None, "2014-12-16"),
    Probe("The State Bank of Pakistan tightened credit.", "The State Bank of Pakistan", "PAKGOV", None,
          "2008-06-01"),
    Probe("Bank Negara kept its policy rate steady.", "Bank Negara", "MYSGOV", None, "2008-06-01"),
    Probe("Bank Indonesia bought rupiah in the market.", "Bank Indonesia", "IDNGOV", None, "1998-06-01"),
    Probe("The Bank of Thailand floated the baht.", "The Bank of Thailand", "THAGOV", None, "1997-07-02"),
    Probe("The South African Reserve Bank raised the repo rate.", "The South African Reserve Bank", "ZAFGOV",
          None, "2008-06-01"),
    Probe("The Reserve Bank of New Zealand cut its cash rate.", "The Reserve Bank of New Zealand", "NZLGOV",
          None, "2008-06-01"),
    Probe("The Bank of Mexico sold dollars to defend the peso.", "The Bank of Mexico", "MEXGOV", None,
          "1994-12-20"),
    Probe("The Central Bank of Brazil set new reserve rules.", "The Central Bank of Brazil", "BRAGOV", None,
          "1987-02-20"),
    Probe("The Bank of Greece warned about the deficit.", "The Bank of Greece", "GRCGOV", None, "2010-02-20"),
    Probe("The Netherlands Bank left its rates alone.", "The Netherlands Bank", "NLDGOV", None, "1987-02-20"),
]

SEATS: list[Probe] = [
    Probe("The Casa Rosada rejected the union's demands.", "The Casa Rosada", "ARGGOV", None, "2002-01-10"),
    Probe("Los Pinos denied the report.", "Los Pinos", "MEXGOV", None, "2010-01-10"),
    Probe("Matignon said the reform would go ahead.", "Matignon", "FRAGOV", None, "2010-01-10"),
    Probe("Malacanang dismissed the senator's claims.", "Malacanang", "PHLGOV", None, "2010-01-10"),
    Probe("Palazzo Chigi announced the decree on Friday.", "Palazzo Chigi", "ITAGOV", None, "2010-01-10"),
    Probe("The Executive Yuan approved the budget.", "The Executive Yuan", "TWNGOV", None, "2010-01-10"),
    Probe("Chequers hosted the talks at the weekend.", "Chequers", "GBRGOV", None, "2018-07-07"),
]

LEGISLATURES: list[Probe] = [
    Probe("The Wolesi Jirga rejected seven of the nominees.", "The Wolesi Jirga", "AFGLEG", None,
          "2010-01-16"),
    Probe("The Saeima elected a new president.", "The Saeima", "LVALEG", None, "2011-06-02"),
    Probe("The Seimas voted to ratify the treaty.", "The Seimas", "LTULEG", None, "2011-06-02"),
    Probe("The Riigikogu passed the bill.", "The Riigikogu", "ESTLEG", None, "2011-06-02"),
    Probe("The Jatiya Sangsad debated the amendment.", "The Jatiya Sangsad", "BGDLEG", None, "2011-06-02"),
    Probe("The Oliy Majlis approved the appointment.", "The Oliy Majlis", "UZBLEG", None, "2011-06-02"),
    Probe("Stormont was suspended again.", "Stormont", "GBRLEG", None, "2017-06-02"),
]

FORCES: list[Probe] = [
    Probe("Scotland Yard arrested two men.", "Scotland Yard", "GBRCOP", None, "2005-07-22"),
    Probe("The Royal Ulster Constabulary found the bomb.", "The Royal Ulster Constabulary", "GBRCOP", None,
          "1994-07-22"),
    Probe("The RCMP charged the suspect on Friday.", "The RCMP", "CANCOP", None, "2014-10-24"),
    Probe("The Carabinieri raided the villa.", "The Carabinieri", "ITACOP", None, "2014-10-24"),
    Probe("The Guardia Civil seized the boat.", "The Guardia Civil", "ESPCOP", None, "2014-10-24"),
    Probe("The Royal Navy shadowed the Russian frigate.", "The Royal Navy", "GBRMIL", None, "2017-01-10"),
    Probe("The Royal Air Force flew more sorties.", "The Royal Air Force", "GBRMIL", None, "2015-12-10"),
    Probe("The Luftwaffe sent four jets.", "The Luftwaffe", "DEUMIL", None, "2015-12-10"),
    Probe("The Border Security Force fired at the intruders.", "The Border Security Force", "INDMIL", None,
          "2016-10-02"),
    Probe("The Frontier Corps cleared the road.", "The Frontier Corps", "PAKMIL", None, "2009-10-02"),
    Probe("The SBU detained a suspected agent.", "The SBU", "UKRSPY", None, "2019-10-02"),
]

COMMODITY_IGOS: list[Probe] = [
    Probe("The World Court ordered both sides to withdraw.", "The World Court", "IGOUNOJUDICJ", "THE HAGUE",
          "1998-02-27"),
    Probe("The International Coffee Organization failed to agree on quotas.",
          "The International Coffee Organization", "IGOBUSICO", "LONDON", "1987-03-01"),
    Probe("The International Cocoa Organization met to discuss the buffer stock.",
          "The International Cocoa Organization", "IGOBUSICC", "LONDON", "1987-03-01"),
    Probe("The ICCO council adjourned without a deal.", "The ICCO council", "IGOBUSICC", "LONDON",
          "1987-03-01"),
    Probe("The International Tin Council's creditors sued the members.",
          "The International Tin Council", "IGOBUSITC", "LONDON", "1987-03-01"),
    Probe("The International Natural Rubber Organization released stock.",
          "The International Natural Rubber Organization", "IGOBUSINR", None, "1987-03-01"),
]

NEGATIVES: list[Probe] = [
    # a commercial bank with a central bank's name inside is the company
    Probe("The Industrial Bank of Korea lent more to small firms.", "The Industrial Bank of Korea", "KORBUS",
          None, "2010-01-10"),
    Probe("The National Bank of Greece reported a loss.", "The National Bank of Greece", "GRCBUS", None,
          "2010-01-10"),
    Probe("The Royal Bank of Canada raised its prime rate.", "The Royal Bank of Canada", "CANBUS", None,
          "2010-01-10"),
    # a US body's generic name in a story placed elsewhere is that country's
    Probe("The Department of Agriculture said rice stocks were ample.", "The Department of Agriculture",
          "PHLGOV", "MANILA", "2010-01-10"),
    # generic words are no US agency; the Malian town is a place
    Probe("A postal service strike closed the offices.", "A postal service strike", None, None, "2010-01-10"),
    Probe("Fighting broke out near Gao on Sunday.", "Gao", "MLI", None, "2013-01-20"),
    Probe("The sec of the club resigned.", "The sec", None, None, "2010-01-10"),
]

# Batch 2 (written before its rows, measured on the code of batch 1)
SERVICE_PEOPLE: list[Probe] = [
    Probe("Iran detained ten American sailors in the Gulf.", "ten American sailors", "USAMIL", None,
          "2016-01-13"),
    Probe("Two British airmen were hurt in the crash.", "Two British airmen", "GBRMIL", None, "2012-05-01"),
    Probe("U.S. service members will leave the base next year.", "U.S. service members", "USAMIL", None,
          "2020-05-01"),
    Probe("Israeli reservists were called up on Sunday.", "Israeli reservists", "ISRMIL", None, "2006-07-16"),
    Probe("Russian conscripts will not be sent abroad, the ministry said.", "Russian conscripts", "RUSMIL",
          None, "2022-03-01"),
    Probe("The junta dissolved parliament on Friday.", "The junta", "THAMIL", "BANGKOK", "2014-05-23"),
]

KOREAS: list[Probe] = [
    Probe("Floods hit Jagang Province last week.", "Jagang Province", "PRK", None, "2024-08-01"),
    Probe("Rains damaged farms in North Phyongan Province.", "North Phyongan Province", "PRK", None,
          "2024-08-01"),
    Probe("The governor of South Chungcheong Province resigned.",
          "The governor of South Chungcheong Province", "KORGOV", None, "2018-03-06"),
    Probe("Police on Jeju Island detained the suspects.", "Jeju Island", "KOR", None, "2018-06-06"),
    Probe("The General Federation of Trade Unions of Korea held a meeting.",
          "The General Federation of Trade Unions of Korea", "PRKLAB", "PYONGYANG", "2024-08-01"),
    Probe("The Socialist Women's Union of Korea sent greetings.", "The Socialist Women's Union of Korea",
          "PRK", "PYONGYANG", "2024-08-01"),
    Probe("The Committee for the Peaceful Reunification of the Country issued a statement.",
          "The Committee for the Peaceful Reunification of the Country", "PRKGOV", "PYONGYANG", "2010-08-01"),
    Probe("The WPK Central Committee met on Sunday.", "The WPK Central Committee", "PRKGOV", "PYONGYANG",
          "2024-08-01"),
    Probe("Minju Joson carried a commentary on the drills.", "Minju Joson", "PRKMED", "PYONGYANG",
          "2024-08-01"),
]

FORMER_NAMES: list[Probe] = [
    Probe("Peking protested the arms sale.", "Peking", "CHN", None, "1981-06-01"),
    Probe("Police in Bombay arrested three men.", "Police in Bombay", "INDCOP", None, "1993-03-13"),
    Probe("Floods hit Calcutta and its suburbs.", "Calcutta", "IND", None, "1999-09-01"),
    Probe("Thousands rallied in Saigon on Sunday.", "Saigon", "VNM", None, "1995-04-30"),
    Probe("Dacca rejected the charge.", "Dacca", "BGD", None, "1985-04-30"),
]

MEDIA: list[Probe] = [
    Probe("The New York Post reported the deal on Monday.", "The New York Post", "USAMED", None,
          "2016-09-12"),
    Probe("The Boston Globe said the mayor had resigned.", "The Boston Globe", "USAMED", None, "2016-09-12"),
    Probe("Kayhan accused the reformists of treason.", "Kayhan", "IRNMED", None, "2009-07-01"),
    Probe("The Hindu quoted a senior official.", "The Hindu", "INDMED", None, "2015-07-01"),
    Probe("Folha de S.Paulo published the recordings.", "Folha de S.Paulo", "BRAMED", None, "2016-05-23"),
]

NEGATIVES2: list[Probe] = [
    # a yacht race's sailors and an airline's crew are no military; a bare "the junta" needs a country
    Probe("The junta's critics were arrested.", "The junta", None, None, "2014-05-23"),
    # Kangwon/Gangwon is a province of both Koreas: no country from the name alone
    Probe("Snow fell across Kangwon Province.", "Kangwon Province", None, None, "2020-01-10"),
    # "Canton" is also a city of Ohio; "Moldavia" also a region of Romania
    Probe("The plant in Canton will close.", "Canton", "USA", None, "1989-01-10"),
]

# Batch 3 (written before its rows, measured on the code of batch 2): office abbreviations of headlines.
# A third class, a state's weapons, fire and positions as MIL ("Israeli artillery", "U.S. air strikes",
# "Iraqi fortifications"), was tried and reverted: it lost two exact triples on the set-aside third of
# batches 1-4 for one gained on the read part (docs/benchmarks.md, tenth session).
ABBREVIATIONS: list[Probe] = [
    Probe("German FM urges Syria to help stabilise Lebanon", "German FM", "DEUGOV", None, "2006-12-04"),
    Probe("Japanese PM to visit China next month", "Japanese PM", "JPNGOV", None, "2006-09-30"),
    Probe("Iraqi VP meets Turkish envoy", "Iraqi VP", "IRQGOV", None, "2006-09-30"),
    Probe("EU FMs back new sanctions on Iran", "EU FMs", "IGOEUREEC", None, "2012-01-23"),
]

NEGATIVES3: list[Probe] = [
    # "pm" is a time, an FM station a broadcaster, a think tank no army, rockets may be a militia's
    Probe("The Kenyan FM radio station was shut down.", "The Kenyan FM radio station", "KENMED", None,
          "2008-01-10"),
    Probe("A Chinese think tank published the study.", "A Chinese think tank", "CHN", None, "2018-01-10"),
    Probe("Palestinian rockets hit the town.", "Palestinian rockets", "PSE", None, "2014-07-10"),
    # an unowned weapon takes no country from the dateline: it may be the other side's
    Probe("The missile landed in the sea, officials said.", "The missile", None, "SEOUL", "2017-07-04"),
]

# Batch 4 (from the after-census: a name only the United States uses holds in a story placed elsewhere)
US_NAMES_ABROAD: list[Probe] = [
    Probe("The Immigration and Naturalization Service must decide the boy's case, officials said.",
          "The Immigration and Naturalization Service", "USACOP", "HAVANA", "2000-01-10"),
    Probe("The GAO report criticised the program, the newspaper said.", "The GAO", "USAGOV", "LONDON",
          "1998-01-10"),
    Probe("The Commodity Credit Corporation will guarantee the credits.", "The Commodity Credit Corporation",
          "USAGOV", "CAIRO", "1987-03-10"),
    # a generic name stays the story's country's
    Probe("The SEC suspended trading in the shares.", "The SEC", None, "MANILA", "1998-01-10"),
]

BATCHES = {"US_FEDERAL": US_FEDERAL, "CENTRAL_BANKS": CENTRAL_BANKS, "SEATS": SEATS,
           "LEGISLATURES": LEGISLATURES, "FORCES": FORCES, "COMMODITY_IGOS": COMMODITY_IGOS,
           "NEGATIVES": NEGATIVES, "SERVICE_PEOPLE": SERVICE_PEOPLE, "KOREAS": KOREAS,
           "FORMER_NAMES": FORMER_NAMES, "MEDIA": MEDIA, "NEGATIVES2": NEGATIVES2,
           "ABBREVIATIONS": ABBREVIATIONS, "NEGATIVES3": NEGATIVES3,
           "US_NAMES_ABROAD": US_NAMES_ABROAD}
ALL = [probe for batch in BATCHES.values() for probe in batch]


coded, test_probe = probe_suite(ALL)
