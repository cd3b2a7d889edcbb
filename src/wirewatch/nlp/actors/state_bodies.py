"""Named state bodies of many countries by the names wire copy uses (tenth session, issue #7).

Whole classes written from public knowledge of how states are organised, not from any annotated
sentence: US federal departments and agencies by name and acronym, the world's central banks by their
own names, seats of government that stand for the government (metonymy), legislatures and cabinets by
their own names, and named police and armed services. Each row is phrase -> (country, sector, display
name), merged into `sectors.INSTITUTIONS` (a name listed there first keeps its row). The scanner reads
a key of four letters or fewer only when written in capitals ("SEC", never "sec"; "GAO", not the
Malian town "Gao").

Sectors follow docs/actors.md: a state body is GOV (a central bank too, as "central bank" is), a
police force or law-enforcement agency COP, an armed service MIL, a legislature LEG, a court JUD.
"""

from __future__ import annotations

# US federal departments, agencies and offices that wire copy names without "U.S." (USA + sector).
# Left out: acronyms another body shares in news copy (INS: an Indian navy ship's prefix; ITC: the
# International Tin Council and an Indian company; NRC: the Norwegian Refugee Council; CEA: France's
# atomic energy commission; VA, HUD as words), which are listed by their full names only.
US_FEDERAL: dict[str, tuple[str, str, str]] = {
    **dict.fromkeys(("department of energy", "energy department", "doe"),
                    ("USA", "GOV", "the US Department of Energy")),
    **dict.fromkeys(("department of education", "education department"),
                    ("USA", "GOV", "the US Department of Education")),
    **dict.fromkeys(("department of labor", "labor department"), ("USA", "GOV", "the US Labor Department")),
    **dict.fromkeys(("department of the interior", "interior department"),
                    ("USA", "GOV", "the US Interior Department")),
    **dict.fromkeys(("department of transportation", "transportation department"),
                    ("USA", "GOV", "the US Transportation Department")),
    **dict.fromkeys(("department of health and human services", "health and human services department",
                     "hhs"),
                    ("USA", "GOV", "the US Department of Health and Human Services")),
    **dict.fromkeys(("department of housing and urban development",
                     "housing and urban development department"),
                    ("USA", "GOV", "the US Department of Housing and Urban Development")),
    **dict.fromkeys(("department of veterans affairs", "veterans affairs department"),
                    ("USA", "GOV", "the US Department of Veterans Affairs")),
    **dict.fromkeys(("department of commerce",), ("USA", "GOV", "the US Commerce Department")),
    **dict.fromkeys(("department of agriculture", "usda"), ("USA", "GOV", "the US Agriculture Department")),
    **dict.fromkeys(("department of the treasury",), ("USA", "GOV", "the US Treasury")),
    **dict.fromkeys(("commodity credit corporation", "commodity credit corp", "ccc"),
                    ("USA", "GOV", "the Commodity Credit Corporation")),
    **dict.fromkeys(("general accounting office", "government accountability office", "gao"),
                    ("USA", "GOV", "the GAO")),
    **dict.fromkeys(("congressional budget office", "cbo"),
                    ("USA", "LEG", "the Congressional Budget Office")),
    **dict.fromkeys(("office of management and budget", "omb"),
                    ("USA", "GOV", "the Office of Management and Budget")),
    **dict.fromkeys(("council of economic advisers", "council of economic advisors"),
                    ("USA", "GOV", "the Council of Economic Advisers")),
    **dict.fromkeys(("securities and exchange commission", "sec"),
                    ("USA", "GOV", "the Securities and Exchange Commission")),
    "fcc": ("USA", "GOV", "the Federal Communications Commission"),
    **dict.fromkeys(("commodity futures trading commission", "cftc"),
                    ("USA", "GOV", "the Commodity Futures Trading Commission")),
    **dict.fromkeys(("federal election commission",), ("USA", "GOV", "the Federal Election Commission")),
    **dict.fromkeys(("federal deposit insurance corporation", "federal deposit insurance corp", "fdic"),
                    ("USA", "GOV", "the FDIC")),
    **dict.fromkeys(("federal home loan bank board",), ("USA", "GOV", "the Federal Home Loan Bank Board")),
    **dict.fromkeys(("federal open market committee", "fomc"),
                    ("USA", "GOV", "the Federal Open Market Committee")),
    **dict.fromkeys(("comptroller of the currency",), ("USA", "GOV", "the Comptroller of the Currency")),
    **dict.fromkeys(("international trade commission", "u.s. international trade commission", "usitc"),
                    ("USA", "GOV", "the US International Trade Commission")),
    **dict.fromkeys(("bureau of labor statistics", "bls"), ("USA", "GOV", "the Bureau of Labor Statistics")),
    **dict.fromkeys(("census bureau",), ("USA", "GOV", "the Census Bureau")),
    **dict.fromkeys(("postal service", "u.s. postal service", "usps"),
                    ("USA", "GOV", "the US Postal Service")),
    **dict.fromkeys(("national transportation safety board", "ntsb"),
                    ("USA", "GOV", "the National Transportation Safety Board")),
    **dict.fromkeys(("national oceanic and atmospheric administration", "noaa"), ("USA", "GOV", "NOAA")),
    **dict.fromkeys(("national weather service",), ("USA", "GOV", "the National Weather Service")),
    **dict.fromkeys(("small business administration",), ("USA", "GOV", "the Small Business Administration")),
    **dict.fromkeys(("social security administration",),
                    ("USA", "GOV", "the Social Security Administration")),
    **dict.fromkeys(("consumer financial protection bureau", "cfpb"),
                    ("USA", "GOV", "the Consumer Financial Protection Bureau")),
    **dict.fromkeys(("national institute of standards and technology", "nist"),
                    ("USA", "GOV", "the National Institute of Standards and Technology")),
    "nih": ("USA", "HLH", "the National Institutes of Health"),
    **dict.fromkeys(("transportation security administration", "tsa"),
                    ("USA", "COP", "the Transportation Security Administration")),
    **dict.fromkeys(("immigration and naturalization service",),
                    ("USA", "COP", "the Immigration and Naturalization Service")),
    **dict.fromkeys(("bureau of alcohol, tobacco, firearms and explosives",
                     "bureau of alcohol, tobacco and firearms",
                     "atf"), ("USA", "COP", "the ATF")),
    **dict.fromkeys(("u.s. marshals service", "marshals service"), ("USA", "COP", "the US Marshals Service")),
    **dict.fromkeys(("border patrol", "u.s. border patrol"), ("USA", "COP", "the US Border Patrol")),
    # the services: a bare "Marines" or "Army Corps of Engineers" in wire copy is American
    **dict.fromkeys(("u.s. marine corps", "army corps of engineers", "u.s. army corps of engineers"),
                    ("USA", "MIL", "the US military")),
    **dict.fromkeys(("defense intelligence agency",), ("USA", "SPY", "the Defense Intelligence Agency")),
    **dict.fromkeys(("office of the director of national intelligence", "director of national intelligence",
                     "odni"), ("USA", "SPY", "the Office of the Director of National Intelligence")),
    **dict.fromkeys(("c.i.a.",), ("USA", "SPY", "the CIA")),
    **dict.fromkeys(("f.b.i.",), ("USA", "COP", "the FBI")),
}

# Central banks by their own names (GOV, as "central bank"). A commercial bank whose name contains one
# of these ("Industrial Bank of Japan", "National Bank of Greece") is kept out by the scanner: a
# capitalised word right before the key that is no country makes it another name.
CENTRAL_BANKS: dict[str, tuple[str, str, str]] = {
    **{k: (c, "GOV", n) for keys, c, n in (
        (("bank of france", "banque de france"), "FRA", "the Bank of France"),
        (("bank of italy", "banca d'italia"), "ITA", "the Bank of Italy"),
        (("bank of spain", "banco de espana"), "ESP", "the Bank of Spain"),
        (("bank of portugal", "banco de portugal"), "PRT", "the Bank of Portugal"),
        (("bank of greece",), "GRC", "the Bank of Greece"),
        (("central bank of ireland",), "IRL", "the Central Bank of Ireland"),
        (("netherlands bank", "de nederlandsche bank", "dutch central bank"), "NLD", "the Netherlands Bank"),
        (("national bank of belgium",), "BEL", "the National Bank of Belgium"),
        (("austrian national bank", "oesterreichische nationalbank"), "AUT", "the Austrian National Bank"),
        (("riksbank", "sveriges riksbank"), "SWE", "the Riksbank"),
        (("norges bank",), "NOR", "Norges Bank"),
        (("danmarks nationalbank", "national bank of denmark"), "DNK", "Danmarks Nationalbank"),
        (("bank of finland",), "FIN", "the Bank of Finland"),
        (("national bank of poland",), "POL", "the National Bank of Poland"),
        (("czech national bank",), "CZE", "the Czech National Bank"),
        (("national bank of hungary", "hungarian national bank", "magyar nemzeti bank"), "HUN",
         "the National Bank of Hungary"),
        (("national bank of romania",), "ROU", "the National Bank of Romania"),
        (("bulgarian national bank",), "BGR", "the Bulgarian National Bank"),
        (("bank of russia", "central bank of russia"), "RUS", "the Bank of Russia"),
        (("gosbank",), "USR", "Gosbank"),
        (("national bank of ukraine",), "UKR", "the National Bank of Ukraine"),
        (("central bank of the republic of turkey", "turkish central bank"), "TUR", "Turkey's central bank"),
        (("bank markazi", "central bank of iran"), "IRN", "Iran's central bank"),
        (("saudi arabian monetary agency", "saudi arabian monetary authority", "sama"), "SAU",
         "the Saudi Arabian Monetary Agency"),
        (("central bank of egypt",), "EGY", "the Central Bank of Egypt"),
        (("banque du liban",), "LBN", "the Banque du Liban"),
        (("bank al-maghrib",), "MAR", "Bank Al-Maghrib"),
        (("bank of algeria",), "DZA", "the Bank of Algeria"),
        (("south african reserve bank",), "ZAF", "the South African Reserve Bank"),
        (("central bank of kenya",), "KEN", "the Central Bank of Kenya"),
        (("bank of ghana",), "GHA", "the Bank of Ghana"),
        (("bank of tanzania",), "TZA", "the Bank of Tanzania"),
        (("bank of uganda",), "UGA", "the Bank of Uganda"),
        (("reserve bank of zimbabwe",), "ZWE", "the Reserve Bank of Zimbabwe"),
        (("bank of zambia",), "ZMB", "the Bank of Zambia"),
        (("national bank of ethiopia",), "ETH", "the National Bank of Ethiopia"),
        (("state bank of pakistan",), "PAK", "the State Bank of Pakistan"),
        (("bangladesh bank",), "BGD", "Bangladesh Bank"),
        (("central bank of sri lanka",), "LKA", "the Central Bank of Sri Lanka"),
        (("nepal rastra bank",), "NPL", "Nepal Rastra Bank"),
        (("central bank of the republic of china",), "TWN", "Taiwan's central bank"),
        (("hong kong monetary authority",), "HKG", "the Hong Kong Monetary Authority"),
        (("bank negara", "bank negara malaysia"), "MYS", "Bank Negara Malaysia"),
        (("bank indonesia",), "IDN", "Bank Indonesia"),
        (("bank of thailand",), "THA", "the Bank of Thailand"),
        (("bangko sentral ng pilipinas", "central bank of the philippines"),
         "PHL", "the Philippine central bank"),
        (("state bank of vietnam",), "VNM", "the State Bank of Vietnam"),
        (("reserve bank of new zealand",), "NZL", "the Reserve Bank of New Zealand"),
        (("bank of mexico", "banco de mexico", "banxico"), "MEX", "the Bank of Mexico"),
        (("central bank of brazil", "banco central do brasil"), "BRA", "Brazil's central bank"),
        (("central bank of argentina", "banco central de la republica argentina"), "ARG",
         "Argentina's central bank"),
        (("central bank of chile",), "CHL", "the Central Bank of Chile"),
        (("central bank of venezuela",), "VEN", "the Central Bank of Venezuela"),
        (("central reserve bank of peru",), "PER", "the Central Reserve Bank of Peru"),
    ) for k in keys},
}

# Seats of government that stand for the government in copy ("the Casa Rosada said"): GOV. Palaces whose
# name is also a town's or a district's are listed with the word "palace" only ("Miraflores palace").
SEATS_OF_GOVERNMENT: dict[str, tuple[str, str, str]] = {
    **{k: (c, "GOV", n) for keys, c, n in (
        (("casa rosada",), "ARG", "the Casa Rosada"),
        (("los pinos",), "MEX", "Los Pinos"),
        (("miraflores palace",), "VEN", "the Miraflores palace"),
        (("planalto palace", "planalto"), "BRA", "the Planalto"),
        (("la moneda", "la moneda palace"), "CHL", "La Moneda"),
        (("matignon", "hotel matignon"), "FRA", "Matignon"),
        (("malacanang", "malacanang palace"), "PHL", "Malacanang"),
        (("kantei",), "JPN", "the Kantei"),
        (("palazzo chigi",), "ITA", "Palazzo Chigi"),
        (("quirinale", "quirinal palace"), "ITA", "the Quirinale"),
        (("moncloa", "moncloa palace"), "ESP", "the Moncloa"),
        (("prague castle",), "CZE", "Prague Castle"),
        (("baabda palace",), "LBN", "the Baabda palace"),
        (("aso rock",), "NGA", "Aso Rock"),
        (("mukataa", "muqataa", "muqata'a"), "PSE", "the Mukataa"),
        (("bankova",), "UKR", "the Bankova"),
        (("akorda", "ak orda"), "KAZ", "Akorda"),
        (("rashtrapati bhavan",), "IND", "Rashtrapati Bhavan"),
        (("south block",), "IND", "South Block"),
        (("bangabhaban",), "BGD", "Bangabhaban"),
        (("carthage palace",), "TUN", "the Carthage palace"),
        (("el mouradia",), "DZA", "El Mouradia"),
        (("chequers",), "GBR", "Chequers"),
        (("rideau hall",), "CAN", "Rideau Hall"),
        (("executive yuan",), "TWN", "the Executive Yuan"),
        (("control yuan",), "TWN", "the Control Yuan"),
        (("expediency council",), "IRN", "the Expediency Council"),
    ) for k in keys},
    "judicial yuan": ("TWN", "JUD", "the Judicial Yuan"),
}

# Legislatures by their own names (LEG).
LEGISLATURES: dict[str, tuple[str, str, str]] = {
    **{k: (c, "LEG", n) for keys, c, n in (
        (("wolesi jirga",), "AFG", "the Wolesi Jirga"),
        (("meshrano jirga",), "AFG", "the Meshrano Jirga"),
        (("loya jirga",), "AFG", "the Loya Jirga"),
        (("saeima",), "LVA", "the Saeima"),
        (("seimas",), "LTU", "the Seimas"),
        (("riigikogu",), "EST", "the Riigikogu"),
        (("sabor",), "HRV", "the Sabor"),
        (("skupstina",), "SRB", "the Skupstina"),
        (("jatiya sangsad",), "BGD", "the Jatiya Sangsad"),
        (("dewan rakyat",), "MYS", "the Dewan Rakyat"),
        (("people's consultative assembly",), "IDN", "the People's Consultative Assembly"),
        (("pyidaungsu hluttaw", "hluttaw"), "MMR", "the Hluttaw"),
        (("state great khural", "great khural"), "MNG", "the State Great Khural"),
        (("jogorku kenesh",), "KGZ", "the Jogorku Kenesh"),
        (("oliy majlis",), "UZB", "the Oliy Majlis"),
        (("mazhilis", "majilis"), "KAZ", "the Mazhilis"),
        (("milli majlis",), "AZE", "the Milli Majlis"),
        (("national diet",), "JPN", "the Diet"),
        (("seanad",), "IRL", "the Seanad"),
        (("stormont",), "GBR", "Stormont"),
        (("holyrood",), "GBR", "Holyrood"),
        (("majles",), "IRN", "the Majlis"),
    ) for k in keys},
}

# Named police forces and armed services of one country.
SECURITY_FORCES: dict[str, tuple[str, str, str]] = {
    **{k: (c, "COP", n) for keys, c, n in (
        (("scotland yard",), "GBR", "Scotland Yard"),
        (("royal ulster constabulary", "ruc"), "GBR", "the Royal Ulster Constabulary"),
        (("police service of northern ireland", "psni"), "GBR", "the Police Service of Northern Ireland"),
        (("royal canadian mounted police", "rcmp", "mounties"), "CAN", "the RCMP"),
        (("garda siochana", "gardai"), "IRL", "the Garda"),
        (("bundeskriminalamt", "bka"), "DEU", "the BKA"),
        (("central reserve police force", "crpf"), "IND", "the CRPF"),
        (("rapid action battalion",), "BGD", "the Rapid Action Battalion"),
        (("omon",), "RUS", "OMON"),
        (("carabinieri",), "ITA", "the Carabinieri"),
        (("guardia civil",), "ESP", "the Guardia Civil"),
    ) for k in keys},
    **{k: (c, "MIL", n) for keys, c, n in (
        (("royal navy",), "GBR", "the Royal Navy"),
        (("royal air force",), "GBR", "the Royal Air Force"),
        (("royal marines",), "GBR", "the Royal Marines"),
        (("luftwaffe",), "DEU", "the Luftwaffe"),
        (("rosgvardia",), "RUS", "Rosgvardia"),
        (("pasdaran",), "IRN", "the Revolutionary Guards"),
        (("artesh",), "IRN", "Iran's army"),
        (("fedayeen saddam",), "IRQ", "the Fedayeen Saddam"),
        (("border security force", "bsf"), "IND", "the Border Security Force"),
        (("assam rifles",), "IND", "the Assam Rifles"),
        (("frontier corps",), "PAK", "the Frontier Corps"),
        (("kopassus",), "IDN", "Kopassus"),
        (("abri",), "IDN", "ABRI"),
        (("tni",), "IDN", "the TNI"),
        (("sandf",), "ZAF", "the SANDF"),
        (("updf",), "UGA", "the UPDF"),
        (("fardc",), "COD", "the FARDC"),
        (("tsahal",), "ISR", "the Israel Defense Forces"),
        (("jsdf",), "JPN", "the Self-Defense Forces"),
    ) for k in keys},
    **{k: (c, "SPY", n) for keys, c, n in (
        (("sbu", "security service of ukraine"), "UKR", "the SBU"),
        (("aivd",), "NLD", "the AIVD"),
        (("savama",), "IRN", "Savama"),
        (("shabak",), "ISR", "the Shin Bet"),
    ) for k in keys},
}

# North Korea's state committees and mass organisations, by the names KCNA gives them: "of Korea" in
# them is the North ("the General Federation of Trade Unions of Korea" is no South Korean union).
# The committees that speak for the state to the South and abroad are GOV; the mass organisations the
# sector of whom they organise (LAB, AGR), or none; the two permitted minor parties PTY.
NORTH_KOREA: dict[str, tuple[str, str, str]] = {
    **{k: ("PRK", "GOV", n) for keys, n in (
        (("state affairs commission",), "the State Affairs Commission"),
        (("national defence commission", "national defense commission"), "the National Defence Commission"),
        (("committee for the peaceful reunification of the country",
          "committee for the peaceful reunification of korea", "cprk"),
         "the Committee for the Peaceful Reunification of the Country"),
        (("korea asia-pacific peace committee", "korea-asia-pacific peace committee"),
         "the Korea Asia-Pacific Peace Committee"),
        (("korean committee for cultural relations with foreign countries",),
         "the Korean Committee for Cultural Relations with Foreign Countries"),
        (("ministry of people's security", "ministry of social security"), "the Ministry of Social Security"),
    ) for k in keys},
    **dict.fromkeys(("general federation of trade unions of korea",),
                    ("PRK", "LAB", "the General Federation of Trade Unions of Korea")),
    **dict.fromkeys(("union of agricultural workers of korea",),
                    ("PRK", "AGR", "the Union of Agricultural Workers of Korea")),
    **dict.fromkeys(("socialist women's union of korea", "korean democratic women's union"),
                    ("PRK", "", "the Socialist Women's Union of Korea")),
    **dict.fromkeys(("kim il sung-kim jong il socialist youth league", "kim il sung socialist youth league",
                     "socialist patriotic youth league"),
                    ("PRK", "", "the Socialist Patriotic Youth League")),
    **dict.fromkeys(("korean children's union",), ("PRK", "", "the Korean Children's Union")),
    **dict.fromkeys(("korean social democratic party",),
                    ("PRK", "PTY", "the Korean Social Democratic Party")),
    **dict.fromkeys(("chondoist chongu party",), ("PRK", "PTY", "the Chondoist Chongu Party")),
}

TABLES: tuple[dict[str, tuple[str, str, str]], ...] = (US_FEDERAL, CENTRAL_BANKS, SEATS_OF_GOVERNMENT,
                                                       LEGISLATURES, SECURITY_FORCES, NORTH_KOREA)


# Guards the scanner applies (phrases.py), each over the keys of one kind:
# a US body's generic name ("the Department of Agriculture", "the Securities and Exchange Commission", "the
# SEC") is another state's in a story placed elsewhere (the Philippines has both): only without a
# dateline or main country, or with the United States as that country.
# The names only the United States uses ("the Immigration and Naturalization Service", "the GAO", "the
# CCC") hold in a story placed anywhere, as "the Pentagon" does (the Elian Gonzalez story from Havana).
US_ONLY: frozenset[str] = frozenset(
    k for k in US_FEDERAL
    if k.startswith(("department of", "doe", "hhs")) or k.endswith(" department") or k in {
        "securities and exchange commission", "sec", "census bureau", "postal service",
        "national weather service", "small business administration", "social security administration",
        "international trade commission", "federal election commission", "council of economic advisers",
        "council of economic advisors", "bureau of labor statistics", "border patrol", "marshals service",
        "comptroller of the currency"})
# generic words as a proper name: only capitalised ("the Postal Service", not "a postal service")
CAPITALISED: frozenset[str] = frozenset({
    "energy department", "education department", "labor department", "interior department",
    "transportation department", "census bureau", "postal service", "national weather service",
    "international trade commission", "marshals service", "border patrol", "south block",
    "border security force", "frontier corps", "netherlands bank", "council of economic advisers",
    "council of economic advisors", "bangladesh bank", "bank indonesia", "great khural"})
# a central bank's name inside a commercial bank's ("Industrial Bank of Japan")
NAME_INSIDE: frozenset[str] = frozenset(CENTRAL_BANKS) | {
    "bank of england", "bank of japan", "bank of korea", "bank of canada", "bank of israel",
    "reserve bank of india", "reserve bank of australia"}


def rows() -> dict[str, tuple[str, str, str]]:
    """Every row of the tables above, one dict (a key listed twice fails the module's test)."""
    merged: dict[str, tuple[str, str, str]] = {}
    for table in TABLES:
        merged.update(table)
    return merged
