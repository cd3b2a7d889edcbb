"""Breadth probes (seventh session): wire sentences whose trigger word the lexicon did not have.

`WIRE_BREADTH11` was written before any lexicon row of the seventh session, from the CAMEO 1.1b3
codebook's categories and the verbs and nouns agency copy uses for them, choosing on purpose words
that `data/event_lexicon.tsv` lacked at the time (synonyms, more specific verbs, event nouns, light
verb phrases: "inked a pact", "lashed out at", "amassed troops", "took ... into custody"). Its
first-run pass count is therefore a held-out figure for how the lexicon does on words nobody wrote
a row for. The last block holds sentences with no political event in which those words have their
everyday sense ("thronged the beaches", "slaughtered chickens"): a row that fires on them fails.

Same shape and matching as `probes_wire.py`: (root, sentence, expected triples at country level,
the code compared at the length it is written). Run `python tests/events/probes_breadth.py` for the
pass count and each miss; `test_probes_breadth.py` runs them as tests.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

WIRE_BREADTH11: list[tuple[str, str, set[Triple]]] = [
    # 01 make a public statement
    ("01", "Britain's foreign secretary refuted allegations by Iran that London had funded the protests.",
     {("GBR", "IRN", "016")}),
    ("01", "Rwanda on Thursday rebutted accusations by Congo that it backs the M23 rebels.",
     {("RWA", "COD", "016")}),
    ("01", "Mongolia's president voiced optimism on Monday about border talks with China.",
     {("MNG", "CHN", "013")}),
    ("01", "Chile admitted responsibility for the sinking of a Peruvian fishing boat, the navy said.",
     {("CHL", "PER", "015")}),
    # 02 appeal
    ("02", "Bangladesh exhorted Myanmar on Monday to take back the Rohingya refugees.",
     {("BGD", "MMR", "02")}),
    ("02", "Haiti's interim leader issued a plea to the United States for emergency food aid.",
     {("HTI", "USA", "02")}),
    ("02", "Sri Lanka's president implored India to reschedule its debt, his office said.",
     {("LKA", "IND", "02")}),
    ("02", "Moldova beseeched the European Union on Friday to speed up its membership bid.",
     {("MDA", "IGO", "02")}),
    # 03 express intent to cooperate
    ("03", "New Zealand assured Fiji on Tuesday that it would send doctors to help fight a measles outbreak.",
     {("NZL", "FJI", "03")}),
    ("03", "Ecuador said it was eager to reopen talks with Colombia.", {("ECU", "COL", "036")}),
    ("03", "Indonesia volunteered to send peacekeepers to Gaza.", {("IDN", "PSE", "03")}),
    ("03", "Morocco is keen to expand trade with Nigeria, its trade minister said.", {("MAR", "NGA", "03")}),
    # 04 consult
    ("04", "India's foreign minister touched down in Colombo on Friday.",
     {("IND", "LKA", "042"), ("LKA", "IND", "043")}),
    ("04", "Slovakia's prime minister journeyed to Budapest on Wednesday, his first foreign trip.",
     {("SVK", "HUN", "042"), ("HUN", "SVK", "043")}),
    ("04", "Kazakhstan's president sat down with Uzbek President Shavkat Mirziyoyev in Tashkent on Thursday.",
     {("KAZ", "UZB", "04"), ("UZB", "KAZ", "04")}),
    ("04", "Egypt's president huddled with the Sudanese army chief in Cairo on Sunday.",
     {("EGY", "SDN", "04"), ("SDN", "EGY", "04")}),
    ("04", "The Indian prime minister landed in Nairobi on Monday for a two-day stay.",
     {("IND", "KEN", "042"), ("KEN", "IND", "043")}),
    # 05 diplomatic cooperation
    ("05", "Vietnam and the Philippines inked a maritime cooperation pact in Hanoi on Tuesday.",
     {("VNM", "PHL", "057"), ("PHL", "VNM", "057")}),
    ("05", "Israel struck a deal with Lebanon on their maritime border, U.S. mediators said.",
     {("ISR", "LBN", "057")}),
    ("05", "Greece and North Macedonia hammered out an agreement on the name dispute.",
     {("GRC", "MKD", "057"), ("MKD", "GRC", "057")}),
    ("05", "Turkey and Armenia mended ties on Friday after decades of hostility.",
     {("TUR", "ARM", "050"), ("ARM", "TUR", "050")}),
    ("05", "The Indonesian president extolled Australia for its role in the regional security pact.",
     {("IDN", "AUS", "051")}),
    # 06 material cooperation
    ("06", "Japan and the Philippines conducted joint naval manoeuvres in the South China Sea.",
     {("JPN", "PHL", "062"), ("PHL", "JPN", "062")}),
    ("06", "Estonia passed intelligence on Russian troop movements to Ukraine.", {("EST", "UKR", "064")}),
    ("06", "Paraguay turned over a wanted drug lord to Brazil on Friday.", {("PRY", "BRA", "063")}),
    ("06", "Morocco teamed up with Spain to dismantle a people-smuggling ring.", {("MAR", "ESP", "06")}),
    # 07 provide aid
    ("07", "Turkey rushed tents and blankets to Syria after the earthquake.", {("TUR", "SYR", "07")}),
    ("07", "Washington equipped the Ukrainian army with Patriot missiles.", {("USA", "UKR", "072")}),
    ("07", "Jordan airdropped food parcels into Gaza on Tuesday.", {("JOR", "PSE", "07")}),
    ("07", "Saudi Arabia bankrolled Bahrain's budget with a $10 billion package.", {("SAU", "BHR", "071")}),
    # 08 yield
    ("08", "Kosovo rescinded its ban on imports from Serbia on Wednesday.", {("XKX", "SRB", "08")}),
    ("08", "Armenia ceded four border villages to Azerbaijan.", {("ARM", "AZE", "08")}),
    ("08", "Venezuela's government paroled 12 opposition activists on Friday.", {("VEN", "VEN", "084")}),
    ("08", "Mali's junta relented to pressure from ECOWAS and set an election date.", {("MLI", "IGO", "08")}),
    # 09 investigate
    ("09", "The U.N. human rights office looked into reports of abuses by Ethiopian forces in Tigray.",
     {("IGO", "ETH", "09")}),
    ("09", "IAEA inspectors inspected Iran's Fordow enrichment site on Saturday.", {("IGO", "IRN", "09")}),
    ("09", "German prosecutors scrutinised payments by a Russian state bank to a German lawmaker.",
     {("DEU", "RUS", "09")}),
    # 10 demand
    ("10", "Britain told Russia on Friday to withdraw its troops from Moldova's Transnistria region.",
     {("GBR", "RUS", "10")}),
    ("10", "Ukraine's president challenged Hungary to lift its veto on European aid.",
     {("UKR", "HUN", "10")}),
    ("10", "Kenyan opposition leaders clamoured for the resignation of the electoral commission chairman.",
     {("KEN", "KEN", "10")}),
    # 11 disapprove
    ("11", "Hungary's prime minister lashed out at the European Commission over frozen funds.",
     {("HUN", "IGO", "111")}),
    ("11", "Azerbaijan held Armenia responsible for the shelling of the town of Tartar.",
     {("AZE", "ARM", "112")}),
    ("11", "Lithuania's foreign minister excoriated Belarus for pushing migrants across the border.",
     {("LTU", "BLR", "111")}),
    ("11", "Greece took issue with Turkey's plans to drill for gas near Crete.", {("GRC", "TUR", "11")}),
    ("11", "A Russian court found an American journalist guilty of espionage on Friday.",
     {("RUS", "USA", "116")}),
    ("11", "Thailand handed a protest note to Cambodia's ambassador in Bangkok.", {("THA", "KHM", "114")}),
    # 12 reject
    ("12", "Venezuela repudiated the election monitoring report of the Organization of American States.",
     {("VEN", "IGO", "12")}),
    ("12", "Beijing brushed aside Manila's protest over the collision.", {("CHN", "PHL", "12")}),
    ("12", "Israel balked at a U.N. demand for a humanitarian pause.", {("ISR", "IGO", "12")}),
    ("12", "The Polish government disregarded a ruling by the European Court of Justice.",
     {("POL", "IGO", "12")}),
    # 13 threaten
    ("13", "China cautioned the Philippines on Monday against further provocations in the disputed waters.",
     {("CHN", "PHL", "13")}),
    ("13", "The Azerbaijani defence ministry vowed retribution against Armenia after the shelling.",
     {("AZE", "ARM", "13")}),
    ("13", "North Korea's leader vowed to annihilate South Korea if attacked.", {("PRK", "KOR", "13")}),
    # 14 protest
    ("14", "Thousands of Georgians thronged the streets of Tbilisi on Sunday against the foreign agents law.",
     {("GEO", "GEO", "14")}),
    ("14", "Dockworkers in Chile staged a work stoppage on Monday over pension reform.",
     {("CHL", "CHL", "143")}),
    ("14", "Farmers in Belgium barricaded roads with tractors in protest at EU farm policy.",
     {("BEL", "BEL", "14")}),
    ("14", "Rioters rampaged through the streets of Dakar after the opposition leader's arrest.",
     {("SEN", "SEN", "145")}),
    # 15 exhibit force posture
    ("15", "Russia amassed more than 100,000 troops near Ukraine's border.", {("RUS", "UKR", "15")}),
    ("15", "India beefed up its troops along the border with Pakistan after the attack.",
     {("IND", "PAK", "15")}),
    ("15", "Azerbaijan concentrated troops and armour near the Armenian border, Yerevan said.",
     {("AZE", "ARM", "15")}),
    ("15", "North Korea test-fired two ballistic missiles toward Japan on Wednesday.",
     {("PRK", "JPN", "15")}),
    # 16 reduce relations
    ("16", "Mali terminated its defence agreement with France on Monday.", {("MLI", "FRA", "16")}),
    ("16", "The Netherlands curtailed development aid to Burundi over the crackdown.",
     {("NLD", "BDI", "16")}),
    ("16", "Niger declared the French ambassador persona non grata.", {("NER", "FRA", "16")}),
    ("16", "Russia tore up its grain agreement with Ukraine in July.", {("RUS", "UKR", "16")}),
    ("16", "Sweden slashed aid to Rwanda after the disputed election.", {("SWE", "RWA", "16")}),
    # 17 coerce
    ("17", "Iranian authorities impounded a Greek tanker in the Gulf on Friday.", {("IRN", "GRC", "171")}),
    ("17", "Chinese police took two Canadian nationals into custody in Beijing.", {("CHN", "CAN", "173")}),
    ("17", "Myanmar's junta incarcerated a Japanese filmmaker for taking part in a protest.",
     {("MMR", "JPN", "173")}),
    ("17", "Saudi Arabia put to death two Bahraini men convicted of terrorism.", {("SAU", "BHR", "170")}),
    ("17", "Belarusian riot police quelled a protest by students in Minsk.", {("BLR", "BLR", "17")}),
    # 18 assault
    ("18", "Haitian gang members snatched 17 American missionaries near Port-au-Prince.",
     {("HTI", "USA", "181")}),
    ("18", "Pakistani Taliban militants set off a bomb outside a police station in Peshawar.",
     {("PAK", "PAK", "183")}),
    ("18", "Congolese rebels hacked five villagers to death in Ituri province.", {("COD", "COD", "18")}),
    # 19 fight
    ("19", "Indian soldiers skirmished with Chinese troops along their Himalayan border.",
     {("IND", "CHN", "19")}),
    ("19", "The Saudi navy blockaded Yemen's Hodeidah port.", {("SAU", "YEM", "191")}),
    ("19", "Russian forces launched a counteroffensive against Ukrainian troops in Kursk.",
     {("RUS", "UKR", "19")}),
    ("19", "Azerbaijani troops mortared Armenian positions overnight, Yerevan said.", {("AZE", "ARM", "19")}),
    ("19", "Russia annexed four Ukrainian regions last year.", {("RUS", "UKR", "19")}),
    # 20 mass violence
    ("20", "Myanmar's army slaughtered hundreds of Rohingya villagers in Rakhine state.",
     {("MMR", "MMR", "20")}),
    ("20", "Syrian government forces gassed civilians in Douma, the inspectors concluded.",
     {("SYR", "SYR", "204")}),
    ("20", "Russian forces carried out mass killings of Ukrainian civilians in Bucha.",
     {("RUS", "UKR", "20")}),
    ("20", "Ethiopian troops wiped out entire villages in Tigray, survivors said.", {("ETH", "ETH", "20")}),
    # no political event: the new words in their everyday sense
    ("--", "Hikers thronged the beaches of Crete over the Easter weekend.", set()),
    ("--", "Farmers slaughtered thousands of chickens to contain a bird flu outbreak in Vietnam.", set()),
    ("--", "Engineers inspected the damaged bridge after the storm.", set()),
    ("--", "Shares in Tesla slumped after the carmaker slashed prices in China.", set()),
    ("--", "The company equipped its factories in Mexico with new robots.", set()),
    ("--", "The striker struck a deal with the club to extend his contract by two years.", set()),
    ("--", "The recipe calls for the peas to be shelled and the garlic crushed.", set()),
    ("--", "Mortgage rates in Canada rose for a third month, the central bank said.", set()),
]


def _main() -> None:
    from probes_wire import run_probes  # type: ignore[import-not-found]

    run_probes("breadth probes", WIRE_BREADTH11)


if __name__ == "__main__":
    _main()
