"""Probe set, seventh session (issue #7, item 4): coverage by construction, not by miss.

Batch 1 (breadth) asks for what wire copy names every day, listed from the categories of the brief and
not from any dev-set sentence: nationality nouns in the plural and in their old forms, capitals used
for their governments, bodies by their own names, armed groups and parties of the 1980s-2020s, office
titles in their common forms and office holders of the permanent five and frequent wire countries by
date. Batch 2 (census) holds the classes the census of unread-by-rules copy showed wrong
(docs/actors.md, "Census of unread copy"): a company's or club's president is no government, a
plural appositive ("the three foreign ministers") gives a sector but no country, "Bin Laden"
capitalised, a ministry's or a legislature's officer by the body's name. Batch 3 (context) holds the
context rules: a mediator's nationality does not spread to another party's spokesman, a bare surname
resolves to the full name earlier in the story, an ambiguous surname whose holders share one code.

Every sentence is our own wording. Each batch was committed before its fixes; first-run pass rates
are in docs/benchmarks.md, "Actors, seventh session".
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model


def _said(subject: str, code: str | None, published: str = "2015-06-01", dateline: str | None = None,
          rest: str = "said on Tuesday that the talks would go on.") -> Probe:
    return Probe(f"{subject} {rest}", subject, code, dateline, published)


# -- nationality nouns, plural and old forms -----------------------------------------------------------
DEMONYMS: list[Probe] = [
    _said("The Soviets", "USR", "1987-05-02"),
    _said("The Iraqis", "IRQ", "1990-10-02"),
    _said("Britons", "GBR", rest="living abroad were told to register."),
    # people named by where they live or work are its civilians (CVL, the CAMEO manual; fourteenth session)
    _said("Filipinos", "PHLCVL", rest="working in Kuwait were flown home."),
    _said("The Burmese", "MMR", "1989-03-01"),
    _said("The Israelis", "ISR"),
    _said("The Afghans", "AFG", "1988-04-14"),
    _said("The Yemenis", "YEM"),
    _said("The Kuwaitis", "KWT", "1991-03-01"),
    _said("The Saudis", "SAU"),
    _said("The Sudanese", "SDN"),
    _said("The Congolese", "COD", "2003-06-01"),
    _said("The Somalis", "SOM", "1993-06-01"),
    _said("The Serbs", "SRB", "2007-06-01"),
    _said("The Croats", "HRV", "1995-06-01"),
    _said("The Chechens", "RUS", "1995-06-01"),
    _said("The Ukrainians", "UKR"),
    _said("The Belarusians", "BLR"),
    _said("The Azerbaijanis", "AZE"),
    _said("The Taiwanese", "TWN"),
    _said("The Vietnamese", "VNM", "1988-06-01"),
    _said("The Cambodians", "KHM", "1991-06-01"),
    _said("The Thais", "THA"),
    _said("The Sri Lankans", "LKA"),
    _said("The Nepalese", "NPL"),
    _said("The Bangladeshis", "BGD"),
    _said("The Zimbabweans", "ZWE"),
    _said("The Rwandans", "RWA"),
    _said("The Eritreans", "ERI", "2000-06-01"),
    _said("The Libyans", "LBY"),
    _said("The Moroccans", "MAR"),
    _said("The Lebanese", "LBN"),
    _said("The Turks", "TUR"),
    _said("The Greeks", "GRC"),
    _said("The Greek Cypriots", "CYP"),
    _said("The Poles", "POL", "1989-06-01"),
    _said("The Czechs", "CZE", "1998-06-01"),
    _said("The Hungarians", "HUN"),
    _said("The Romanians", "ROU"),
    _said("The West Germans", "DEU", "1987-06-01"),
    _said("The Salvadorans", "SLV", "1989-06-01"),
    _said("The Nicaraguans", "NIC", "1987-06-01"),
    _said("The Panamanians", "PAN", "1989-06-01"),
    _said("The Colombians", "COL"),
    _said("The Argentines", "ARG", "1987-06-01"),
    _said("The Chileans", "CHL"),
    _said("The Cubans", "CUB"),
    _said("The Haitians", "HTI"),
    _said("The Canadians", "CAN"),
    _said("The New Zealanders", "NZL"),
    _said("The Kiwis", None, rest="were sold at a loss."),
]

# -- capitals and seats of government for the government ----------------------------------------------
CAPITALS: list[Probe] = [
    _said("Tehran", "IRN", rest="said it would answer the sanctions."),
    _said("Ankara", "TUR", rest="said it would answer the sanctions."),
    _said("Riyadh", "SAU", rest="said it would raise output."),
    _said("Damascus", "SYR", rest="said it would answer the strike."),
    _said("Islamabad", "PAK", rest="said it would protest to New Delhi."),
    _said("New Delhi", "IND", rest="said it would protest to Islamabad."),
    _said("Kyiv", "UKR", rest="said it had asked for more air defence."),
    _said("Kiev", "UKR", "2014-04-01", rest="said it had asked for more air defence."),
    _said("Minsk", "BLR", rest="said it would close the border."),
    _said("Tbilisi", "GEO", "2008-08-10", rest="said the ceasefire had been broken."),
    _said("Yerevan", "ARM", rest="said the ceasefire had been broken."),
    _said("Baku", "AZE", rest="said the ceasefire had been broken."),
    _said("Hanoi", "VNM", rest="protested to Beijing over the oil rig."),
    _said("Manila", "PHL", rest="protested to Beijing over the shoal."),
    _said("Jakarta", "IDN", rest="recalled its ambassador."),
    _said("Canberra", "AUS", rest="recalled its ambassador."),
    _said("Ottawa", "CAN", rest="recalled its ambassador."),
    _said("Havana", "CUB", rest="rejected the charge."),
    _said("Caracas", "VEN", rest="rejected the charge."),
    _said("Bogota", "COL", rest="rejected the charge."),
    _said("Brasilia", "BRA", rest="rejected the charge."),
    _said("Khartoum", "SDN", rest="rejected the charge."),
    _said("Addis Ababa", "ETH", rest="rejected the charge."),
    _said("Asmara", "ERI", "1999-06-01", rest="rejected the charge."),
    _said("Kigali", "RWA", rest="rejected the charge."),
    _said("Kinshasa", "COD", rest="rejected the charge."),
    _said("Pretoria", "ZAF", "1988-06-01", rest="rejected the charge."),
    _said("Harare", "ZWE", rest="rejected the charge."),
    _said("Abuja", "NGA", rest="rejected the charge."),
    _said("Sanaa", "YEM", "2010-06-01", rest="rejected the charge."),
    _said("Rangoon", "MMR", "1990-06-01", rest="rejected the charge."),
    _said("Naypyidaw", "MMR", rest="rejected the charge."),
    _said("Colombo", "LKA", rest="rejected the charge."),
    _said("Kathmandu", "NPL", rest="rejected the charge."),
    _said("Dhaka", "BGD", rest="rejected the charge."),
    _said("Belgrade", "SRB", "2010-06-01", rest="rejected the charge."),
    _said("Pristina", "XKX", "2012-06-01", rest="rejected the charge."),
    _said("Bonn", "DEU", "1988-06-01", rest="rejected the charge."),
    _said("Phnom Penh", "KHM", rest="rejected the charge."),
    _said("Taipei", "TWN", rest="rejected the charge."),
    _said("Ulan Bator", "MNG", rest="rejected the charge."),
    _said("Tripoli", "LBY", "2011-03-01", rest="rejected the charge."),
]

# -- bodies by their own names -----------------------------------------------------------------------
BODIES: list[Probe] = [
    _said("The Knesset", "ISRLEG", rest="passed the budget."),
    _said("The Duma", "RUSLEG", rest="passed the budget."),
    _said("The Majlis", "IRNLEG", rest="passed the budget."),
    _said("The Bundestag", "DEULEG", rest="passed the budget."),
    _said("The Bundesrat", "DEULEG", rest="passed the budget."),
    _said("The Storting", "NORLEG", rest="passed the budget."),
    _said("The Riksdag", "SWELEG", rest="passed the budget."),
    _said("The Folketing", "DNKLEG", rest="passed the budget."),
    _said("The Cortes", "ESPLEG", rest="passed the budget."),
    _said("The National People's Congress", "CHNLEG", rest="passed the budget."),
    _said("The Supreme People's Assembly", "PRKLEG", rest="passed the budget."),
    _said("The Supreme Soviet", "USRLEG", "1989-06-01", rest="passed the budget."),
    _said("The Rajya Sabha", "INDLEG", rest="passed the budget."),
    _said("The Quai d'Orsay", "FRAGOV"),
    _said("The Pentagon", "USAMIL"),
    _said("Foggy Bottom", "USAGOV"),
    _said("Whitehall", "GBRGOV"),
    _said("The Blue House", "KORGOV"),
    _said("Zhongnanhai", "CHNGOV"),
    _said("The Elysee", "FRAGOV"),
    _said("The Chancellery", "DEUGOV", dateline="BERLIN"),
    _said("The Politburo", "CHNGOV", dateline="BEIJING"),
    _said("The Politburo", "USRGOV", "1986-06-01", dateline="MOSCOW"),
    _said("The Home Office", "GBRGOV"),
    _said("The Ministry of Defence", "GBRGOVMIL", dateline="LONDON"),
    _said("The Bundeswehr", "DEUMIL"),
    _said("The Tatmadaw", "MMRMIL"),
    _said("The Stasi", "DEUSPY", "1989-06-01"),
    _said("Savak", "IRNSPY", "1978-06-01"),
    _said("The Securitate", "ROUSPY", "1989-06-01"),
    _said("The Food and Drug Administration", "USAGOV"),
    _said("The FDA", "USAGOV"),
    _said("The Federal Aviation Administration", "USAGOV"),
    _said("The Securities and Exchange Commission", "USAGOV"),
    _said("The Office of the U.S. Trade Representative", "USAGOV"),
]

# -- armed groups and parties of the 1980s-2020s ----------------------------------------------------------
GROUPS: list[Probe] = [
    _said("UNITA", "AGOREB", "1988-06-01"),
    _said("Renamo", "MOZREB", "1988-06-01"),
    _said("The Contras", "NICREB", "1987-06-01"),
    _said("The FMLN", "SLVREB", "1989-06-01"),
    _said("The Shining Path", "PERREB", "1990-06-01"),
    _said("The Khmer Rouge", "KHMREB", "1990-06-01"),
    _said("The Tamil Tigers", "LKAREB"),
    _said("The LTTE", "LKAREB"),
    _said("ETA", "ESPREB", "2005-06-01"),
    _said("The IRA", "GBRREB", "1990-06-01"),
    _said("Abu Sayyaf", "PHLREB"),
    _said("The New People's Army", "PHLREB"),
    _said("The Moro Islamic Liberation Front", "PHLREB", "2005-06-01"),
    _said("The Polisario Front", "ESHREB"),
    _said("The SPLA", "SDNREB", "2000-06-01"),
    _said("The Kosovo Liberation Army", "SRBREB", "1998-06-01"),
    _said("The Revolutionary United Front", "SLEREB", "1998-06-01"),
    _said("Al-Shabaab", "SOMREB"),
    _said("The Zapatistas", "MEXREB", "1994-06-01"),
    _said("Lashkar-e-Taiba", "PAKREB"),
    _said("Jaish-e-Mohammed", "PAKREB"),
    _said("The Mujahideen", "AFGREB", "1987-06-01", dateline="ISLAMABAD"),
    _said("The Muslim Brotherhood", "EGYOPP", "2005-06-01", dateline="CAIRO"),
    _said("SWAPO", "NAMREB", "1987-06-01"),
    _said("The Interahamwe", "RWAUAF", "1994-06-01"),
]

# -- office titles in their common forms -------------------------------------------------------------
TITLES: list[Probe] = [
    _said("Foreign Secretary Jack Morrow", "GBRGOV", dateline="LONDON"),
    _said("Defence Minister Ian Cole", "AUSGOVMIL", dateline="CANBERRA"),
    _said("Home Secretary Ann Pike", "GBRGOV", dateline="LONDON"),
    _said("Premier Li Wen", "CHNGOV", dateline="BEIJING"),
    _said("Chancellor Karl Weber", "DEUGOV", dateline="BERLIN"),
    _said("Speaker Tom Hale", "USALEG", dateline="WASHINGTON"),
    _said("Army Chief of Staff Gen. Omar Nadir", "PAKMIL", dateline="ISLAMABAD"),
    _said("White House Chief of Staff Dan Reed", "USAGOV"),
    _said("Interior Minister Juan Ortiz", "COLGOV", dateline="BOGOTA"),
    _said("Attorney General Ruth Lane", "USAJUD", dateline="WASHINGTON"),
    _said("Vice President Ali Hamid", "EGYGOV", dateline="CAIRO"),
    _said("Crown Prince Faisal", "SAUGOV", dateline="RIYADH"),
    _said("Supreme Leader Ayatollah Ali Khamenei", "IRNGOV"),
    _said("Emir Hamad", "QATGOV", dateline="DOHA"),
    _said("Secretary of State Ann Fry", "USAGOV", dateline="WASHINGTON"),
    _said("Foreign Minister Pedro Sol", "ESPGOV", dateline="MADRID"),
]

# -- office holders by date ----------------------------------------------------------------------------
HOLDERS: list[Probe] = [
    _said("Gromyko", "USRGOV", "1985-03-01"),
    _said("Qian Qichen", "CHNGOV", "1992-06-01"),
    _said("Rifkind", "GBRGOV", "1996-06-01"),
    _said("Malcolm Rifkind", "GBRGOVMIL", "1993-06-01"),
    _said("Herve de Charette", "FRAGOV", "1996-06-01"),
    _said("Les Aspin", "USAGOVMIL", "1993-06-01"),
    _said("Grachev", "RUSGOVMIL", "1994-12-20"),
    _said("Michel Rocard", "FRAGOV", "1989-06-01"),
    _said("Sahhaf", "IRQGOV", "1995-06-01"),
    _said("Aboul Gheit", "EGYGOV", "2006-06-01"),
    _said("Yitzhak Mordechai", "ISRGOVMIL", "1997-06-01"),
    _said("Natwar Singh", "INDGOV", "2005-06-01"),
    _said("Kasuri", "PAKGOV", "2004-06-01"),
    _said("Katsuya Okada", "JPNGOV", "2010-03-01"),
    _said("Hosokawa", "JPNGOV", "1993-10-01"),
    _said("Tomiichi Murayama", "JPNGOV", "1995-06-01"),
    _said("Heseltine", "GBRGOVMIL", "1985-06-01"),
    _said("Tom King", "GBRGOVMIL", "1991-02-01"),
    _said("Chevenement", "FRAGOVMIL", "1990-09-01"),
    _said("Manfred Woerner", "IGOWSTNAT", "1990-06-01"),
    _said("Volker Ruehe", "DEUGOVMIL", "1995-06-01"),
    _said("Chi Haotian", "CHNGOVMIL", "1996-06-01"),
    _said("Eagleburger", "USAGOV", "1992-10-01"),
    _said("Tansu Ciller", "TURGOV", "1994-06-01"),
    _said("Mesut Yilmaz", "TURGOV", "1998-06-01"),
    _said("Erbakan", "TURGOV", "1997-01-01"),
    _said("P.W. Botha", "ZAFGOV", "1987-06-01"),
    _said("Pik Botha", "ZAFGOV", "1990-06-01"),
    _said("Janos Martonyi", "HUNGOV", "1999-03-13"),
]

# -- census classes --------------------------------------------------------------------------------------
CENSUS: list[Probe] = [
    Probe("Ed Marsh, president of the local soccer club, said the game would be replayed.", "Ed Marsh", None,
          "ATLANTA"),
    Probe("Jo Park, the club's president and general manager, said the stadium was full.", "Jo Park", None,
          "DENVER"),
    Probe("Tim Ross, president of Acme Widgets Inc, said sales rose.", "Tim Ross", None, "CHICAGO"),
    Probe("Confederation of British Industry President Alan Frost praised the budget.",
          "Confederation of British Industry President Alan Frost", "GBRBUS", "LONDON"),
    Probe("Janos Varga, Jerzy Nowak and Jan Dvorak, the three foreign ministers, met in the capital.",
          "Jerzy Nowak", None, "WASHINGTON", "1999-03-13"),
    Probe("Reno said Bin Laden had no safe haven left.", "Bin Laden", "IMGMOSALQ", "WASHINGTON",
          "1999-06-07"),
    Probe("Lee Sok Chol, vice-chairman of the Standing Committee of the Supreme People's Assembly, "
          "met the envoy.", "Lee Sok Chol", "PRKLEG", "Pyongyang", "2024-07-26"),
    Probe("The NATO official added that the three countries would sign the documents.", "The NATO official",
          "IGOWSTNAT", "BRUSSELS", "1999-02-10"),
    Probe("The government's Management and Coordination Agency said unemployment rose.",
          "Management and Coordination Agency", "JPNGOV", "TOKYO", "1987-03-03"),
]

# -- context rules -----------------------------------------------------------------------------------------
CONTEXT: list[Probe] = [
    Probe("\"The Norwegian government has done its best,\" said Perera, the government's defense spokesman, "
          "in Colombo.", "Perera", "LKAGOVMILMED", "COLOMBO", "2006-11-28"),
    Probe("Finance Minister Hiroshi Tanaka spoke first. Mr Tanaka said the yen was too strong.", "Mr Tanaka",
          "JPNGOV", "TOKYO", "1995-06-01"),
    Probe("Treasury Secretary James Baker met the Japanese envoy. Mr Baker said the dollar was too weak.",
          "Mr Baker", "USAGOV", "WASHINGTON", "1987-04-10"),
    Probe("Baker said the dollar had fallen far enough.", "Baker", "USAGOV", "WASHINGTON", "1987-04-10"),
    Probe("Norwegian mediators flew to Colombo, where a government spokesman said the talks were off.",
          "a government spokesman", "LKAGOVMED", None, "2006-11-28"),
]

# -- batch 4, written before its fixes: international bodies and missions by their names and acronyms
IGOS: list[Probe] = [
    _said("ECOMOG", "IGOWAFWAS", "1996-06-01", rest="troops said they had retaken the bridge."),
    _said("Comecon", "IGOEEU", "1988-06-01", rest="said trade with the West would grow."),
    _said("The CIS", "IGOCASCIS", "1994-06-01", rest="summit said it would send peacekeepers."),
    _said("UNSCOM", "IGOUNO", "1998-02-01", rest="inspectors said they were barred from the site."),
    _said("UNMOVIC", "IGOUNO", "2003-02-01", rest="inspectors said they were barred from the site."),
    _said("The ADB", "IGOSEADEVADB", rest="said it would lend more to Manila."),
    _said("UNPROFOR", "IGOUNO", "1994-06-01", rest="said the convoy reached Gorazde."),
    _said("UNOSOM", "IGOUNO", "1993-06-01", rest="said the convoy reached Baidoa."),
    _said("KFOR", "IGOWSTNAT", "2000-06-01", rest="troops said the road was open."),
    _said("SFOR", "IGOWSTNAT", "1998-06-01", rest="troops said the road was open."),
    _said("IFOR", "IGOWSTNAT", "1996-06-01", rest="troops said the road was open."),
    _said("ISAF", "IGOWSTNAT", "2008-06-01", rest="troops said the road was open."),
    _said("Frontex", "IGOEUREEC", rest="said more boats had crossed."),
    _said("Europol", "IGOEUREEC", rest="said the ring had been broken up."),
    _said("The Arab League", "IGOMEAARL", rest="said the ceasefire must hold."),
    _said("NATO", "IGOWSTNAT", rest="said the ceasefire must hold."),
    # negatives: words that are no body's acronym here
    _said("Kiefer", None, rest="said the ceasefire must hold."),
]

# -- batch 5, written before its fix: KCNA copy runs a title or the next word into a leader's name
# (census sample A); the name inside the run-in is the listed person
RUN_INS: list[Probe] = [
    Probe("Pyongyang, May 3 (KCNA) -- ComradeKim Jong Ungave field guidance at a fish farm.", "Kim Jong Un",
          "PRKGOV", "Pyongyang", "2024-05-03"),
    Probe("Pyongyang, May 4 (KCNA) -- Kim Jong Unvisited the new hospital on Friday.", "Kim Jong Un",
          "PRKGOV", "Pyongyang", "2024-05-04"),
    Probe("Delegates laid baskets before the statues of PresidentKim Il Sungand the other leaders.",
          "Kim Il Sung", "PRKELI", "Pyongyang", "2024-09-07"),
    Probe("Pyongyang, May 3 (KCNA) -- Choe Son Huisent a message of greeting to her Cambodian counterpart.",
          "Choe Son Hui", "PRKGOV", "Pyongyang", "2024-05-03"),
    # negatives: a name that merely begins like a listed one is no run-in
    Probe("George Bushnell, a retired teacher, said the school would reopen.", "George Bushnell", None,
          "DENVER", "2004-05-03"),
]

# -- batch 6, written before its fix: in a one-sentence text, the country a speaker's own quotation
# names is whom they talk about, not whose they are (no dateline: no country rather than the other's)
QUOTED: list[Probe] = [
    Probe('"We have asked the Danish government to explain its stand," Ravi Perera, the government\'s trade '
          'spokesman, told reporters.', "Ravi Perera", None, None, "2006-11-28"),
    Probe('"We will not bow to Turkish pressure," the spokesman said.', "the spokesman", None, None,
          "2010-05-01"),
    Probe('"We have asked the Danish government to explain its stand," Ravi Perera, the government\'s trade '
          'spokesman, told reporters.', "Ravi Perera", "LKAGOVMED", "COLOMBO", "2006-11-29"),
    # a country the quotation makes its subject is the speaker's own (added with batch 6's refinement,
    # before it: the first rule dropped every quoted country)
    Probe('"Britain will not negotiate under threat," the prime minister said.', "the prime minister",
          "GBRGOV", None, "1990-05-01"),
    Probe('"China will never accept this interference," the foreign ministry spokesman said.',
          "the foreign ministry spokesman", "CHNGOVMED", None, "2010-05-01"),
    # a country outside the quotation still places the unqualified speaker
    Probe('"The talks will resume," a Turkish government spokesman said.', "a Turkish government spokesman",
          "TURGOVMED", None, "2010-05-01"),
]

BATCHES = {"DEMONYMS": DEMONYMS, "CAPITALS": CAPITALS, "BODIES": BODIES, "GROUPS": GROUPS, "TITLES": TITLES,
           "HOLDERS": HOLDERS, "CENSUS": CENSUS, "CONTEXT": CONTEXT, "IGOS": IGOS,
           "RUN_INS": RUN_INS, "QUOTED": QUOTED}
ALL = [probe for batch in BATCHES.values() for probe in batch]


coded, test_probe = probe_suite(ALL)
