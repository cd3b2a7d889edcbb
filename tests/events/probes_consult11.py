"""Cooperation-wording probes (tenth session, consult11): the classes of CAMEO roots 01-08 wording that a
census of unused wire copy (`benchmarks/cooperation_census.py`) found uncoded, in our own sentences, with
the triples a coder following the annotation guide writes down, and business or campaign sentences that
use the same words for no political act (empty sets).

Triples as in `probes_wire.py`: source country, target country, code at the length written; paired codes
both ways. `tests/events/test_probes_consult11.py` runs them.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (class, CAMEO root, sentence, expected triples)
CONSULT11: list[tuple[str, str, str, set[Triple]]] = [
    # 05 backing received: the owner of the endorsement gives it
    ("backing received", "05", "The Ukrainian president won the backing of Poland for his peace formula.",
     {("POL", "UKR", "051")}),
    ("backing received", "05", "Armenia's prime minister secured the endorsement of France for the border "
                               "deal.", {("FRA", "ARM", "051")}),
    ("backing received", "05", "The Moldovan president received the blessing of Romania for the reform "
                               "plan.", {("ROU", "MDA", "051")}),
    ("backing received", "05", "The Kosovar prime minister received strong backing from Germany on Monday.",
     {("DEU", "XKX", "051")}),
    ("congratulations offered", "05", "The Chilean president offered his congratulations to the new Peruvian "
                                      "president.", {("CHL", "PER", "051")}),
    # 05 support thrown or put behind someone
    ("support thrown", "05", "Spain threw its weight behind Morocco's autonomy plan for Western Sahara.",
     {("ESP", "MAR", "051")}),
    ("support thrown", "05", "The Ghanaian president threw his support behind Nigeria's bid for a seat on "
                             "the Security Council.", {("GHA", "NGA", "051")}),
    # 05 messages of greeting or congratulations (the guide: a message of greeting is 051)
    ("message", "05", "The Laotian president sent a message of greeting to the Vietnamese leader on the "
                      "anniversary.", {("LAO", "VNM", "051")}),
    ("message", "05", "The Chinese foreign minister sent congratulations to his new Indonesian "
                      "counterpart.", {("CHN", "IDN", "051")}),
    ("message", "05", "The Cuban president conveyed his greetings to the people of Angola.",
     {("CUB", "AGO", "051")}),
    ("message", "01", "The Nepali prime minister sent a message of sympathy to Bangladesh after the "
                      "floods.", {("NPL", "BGD", "018")}),
    # 04 an audience granted, a mission, a journey, a stopover, a call with someone
    ("audience", "04", "The Moroccan king granted an audience to the visiting Mauritanian prime minister.",
     {("MAR", "MRT", "043"), ("MRT", "MAR", "042")}),
    ("mission", "04", "The Pakistani foreign minister left on Monday on a mission to Kabul.",
     {("PAK", "AFG", "042"), ("AFG", "PAK", "043")}),
    ("journey", "04", "The Greek prime minister's journey to Ankara was the first in six years.",
     {("GRC", "TUR", "042"), ("TUR", "GRC", "043")}),
    ("stopover", "04", "The Brazilian president made a stopover in Lisbon on his way to Rome.",
     {("BRA", "PRT", "042"), ("PRT", "BRA", "043")}),
    ("call with", "04", "In a call with the Emirati president on Tuesday, the Egyptian president discussed "
                        "Gaza.", {("EGY", "ARE", "04"), ("ARE", "EGY", "04")}),
    # 05 a message of greeting received: the sender praises the receiver
    ("message received", "05", "The Mongolian president received a message of greeting from the emir of "
                               "Kuwait.", {("KWT", "MNG", "051")}),
    # 04 a visit or trip whose modifier names the host ("his Moscow visit")
    ("place-modified visit", "04", "The Austrian chancellor's Beijing visit ended with a trade deal.",
     {("AUT", "CHN", "042"), ("CHN", "AUT", "043")}),
    ("place-modified visit", "04", "Ahead of the Kenyan president's Indian trip, officials prepared three "
                                   "agreements.", {("KEN", "IND", "042"), ("IND", "KEN", "043")}),
    # 04 talks named by a hyphenated pair of states: both parties, whatever place the clause names
    ("joined pair", "04", "Franco-German talks on the budget resumed in Brussels on Friday.",
     {("FRA", "DEU", "046"), ("DEU", "FRA", "046")}),
    ("joined pair", "04", "Sino-Indian border talks made progress, a Chinese spokesman said.",
     {("CHN", "IND", "046"), ("IND", "CHN", "046")}),
    ("joined pair", "04", "The Kenya-Somalia talks ended without agreement in Nairobi.",
     {("KEN", "SOM", "046"), ("SOM", "KEN", "046")}),
    # 04 hosting with a light verb; shuttle diplomacy; 05 vouching
    ("played host", "04", "The Emirati president played host to the Ethiopian prime minister in Abu Dhabi.",
     {("ARE", "ETH", "043"), ("ETH", "ARE", "042")}),
    ("shuttled between", "04", "The Qatari envoy shuttled between Kabul and Islamabad last week.",
     {("QAT", "AFG", "045"), ("QAT", "PAK", "045")}),
    ("vouched for", "05", "The Estonian prime minister vouched for Finland's commitment to the alliance.",
     {("EST", "FIN", "051")}),
    # 04 a dinner given for a guest, a courtesy call paid on someone, credentials received
    ("dinner given", "04", "The Tanzanian president gave a state dinner for the visiting Rwandan president.",
     {("TZA", "RWA", "043"), ("RWA", "TZA", "042")}),
    ("courtesy call", "04", "The Bangladeshi foreign minister paid a courtesy call on the Nepali prime "
                            "minister.", {("BGD", "NPL", "042"), ("NPL", "BGD", "043")}),
    ("credentials received", "04", "The Polish president received the credentials of the new Lithuanian "
                                   "ambassador.", {("LTU", "POL", "040")}),
    # 02 help sought or turned to; 03 money committed; 07 arms shipped; 08 soldiers returned
    ("help sought", "02", "Malawi sought Zambia's help to fight the cholera outbreak.",
     {("MWI", "ZMB", "023")}),
    ("turned to", "02", "The Haitian government turned to Canada for help with its police.",
     {("HTI", "CAN", "023")}),
    ("committed", "03", "Saudi Arabia committed $2 billion to Pakistan's reserves.", {("SAU", "PAK", "033")}),
    ("shipped arms", "07", "Iran shipped drones to Russia last year, the report said.",
     {("IRN", "RUS", "072")}),
    ("returned soldiers", "08", "Armenia returned two captured soldiers to Azerbaijan on Thursday.",
     {("ARM", "AZE", "0841")}),
    # negatives: the same words in business, markets and campaigns
    ("negative", "-", "The insurer's mission to cut costs in Europe has stalled.", set()),
    ("negative", "-", "The bill received support from lawmakers of both parties.", set()),
    ("negative", "-", "The Canadian prime minister received support from most voters in a poll.", set()),
    ("negative", "-", "The shares received a boost from strong quarterly earnings.", set()),
    ("negative", "-", "A call with investors is scheduled for Thursday.", set()),
    ("negative", "-", "The pop star threw a party for her fans in Miami.", set()),
    ("negative", "-", "Production will stop in March at the Detroit plant.", set()),
    ("negative", "-", "The quarterback picked up the support of thousands of fans.", set()),
    ("negative", "-", "The singer sent a message of thanks to her fans.", set()),
    ("negative", "-", "The senator's campaign trip was cut short by the storm.", set()),
    ("negative", "-", "Franco-German talks could help the euro, analysts said.", set()),
    ("negative", "-", "The striker played host to his former teammates at his restaurant.", set()),
    ("negative", "-", "The carmaker held a reception for dealers in Detroit.", set()),
    ("negative", "-", "The retailer shipped systems to customers in Texas.", set()),
    ("negative", "-", "The charity sought more funding from donors for its clinics.", set()),
]
