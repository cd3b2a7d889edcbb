"""Code probes of the fourteenth session (codes16): the full CAMEO code, at three digits and at four where
the codebook has one the sentence clearly fits, for short international wire sentences written in the
manner of the CAMEO manual's examples (one act each, real countries, our own invented wording; no text
is taken from any corpus). The held-out set scores exact (source, target, code) triples, so the sub-code
matters as much as the root.

The probes were written before the coder's output on them was looked at: the first run measures how
well the lexicon's sub-codes generalise. The sub-code follows the coder's own code table
(`events/cameo.py`, GDELT's CAMEO.eventcodes layout: 105 is "demand mediation", 106 "demand withdrawal").

Triples as in `probes_wire.py` (source country, target country, code at the length written).
`tests/events/test_probes_codes16.py` runs them; `python tests/events/probes_codes16.py` prints the pass
count and each miss.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (code, sentence, expected triples)
CODES16: list[tuple[str, str, set[Triple]]] = [
    # 01 statements
    ("018", "The Indian prime minister sent condolences to Nepal after the earthquake.",
     {("IND", "NPL", "018")}),
    ("018", "Japan expressed sympathy to Turkey over the victims of the floods.", {("JPN", "TUR", "018")}),
    ("019", "Brazil said it shared Argentina's position on the trade dispute.", {("BRA", "ARG", "019")}),
    # 02 appeals
    ("021", "Kenya appealed to China for greater economic cooperation.", {("KEN", "CHN", "021")}),
    ("022", "Armenia asked France to support its bid for a seat on the council.", {("ARM", "FRA", "022")}),
    ("023", "Haiti appealed to the United States for food aid.", {("HTI", "USA", "023")}),
    ("023", "Sri Lanka asked India for emergency financial assistance.", {("LKA", "IND", "023")}),
    ("024", "Britain called on Zimbabwe to hold free and fair elections.", {("GBR", "ZWE", "024")}),
    ("025", "France urged Iran to release the detained French journalist.", {("FRA", "IRN", "025")}),
    ("025", "Mexico urged the United States to lift its tariffs on Mexican steel.", {("MEX", "USA", "025")}),
    ("026", "China urged North Korea to return to the nuclear talks.", {("CHN", "PRK", "026")}),
    ("026", "Egypt called on Ethiopia to resume negotiations on the dam.", {("EGY", "ETH", "026")}),
    ("027", "Japan called on Peru and Ecuador to settle their border dispute peacefully.",
     {("JPN", "PER", "027"), ("JPN", "ECU", "027")}),
    ("028", "Colombia asked Cuba to mediate the peace talks.", {("COL", "CUB", "028")}),
    # 03 intents
    ("030", "Indonesia said it was ready to cooperate with Australia.", {("IDN", "AUS", "030")}),
    ("031", "Vietnam pledged to expand trade with South Korea.", {("VNM", "KOR", "031")}),
    ("032", "Sweden said it would support Finland's bid to join the alliance.", {("SWE", "FIN", "032")}),
    ("033", "Norway pledged $50 million in aid to Somalia.", {("NOR", "SOM", "033")}),
    ("033", "Germany promised to send more air defence systems to Ukraine.", {("DEU", "UKR", "033")}),
    ("035", "Libya said it would release the detained Tunisian fishermen.", {("LBY", "TUN", "035")}),
    ("036", "The Iranian president said he was willing to meet the Saudi king.", {("IRN", "SAU", "036")}),
    ("036", "Pakistan offered to hold talks with India on Kashmir.", {("PAK", "IND", "036")}),
    ("037", "Chile said it was ready to settle its maritime dispute with Bolivia.", {("CHL", "BOL", "037")}),
    ("039", "Turkey offered to mediate between Russia and Ukraine.",
     {("TUR", "RUS", "039"), ("TUR", "UKR", "039")}),
    # 04 consult
    ("041", "The French president spoke by telephone with the Russian president.", {("FRA", "RUS", "041")}),
    ("042", "The Japanese prime minister visited Vietnam.", {("JPN", "VNM", "042"), ("VNM", "JPN", "043")}),
    ("043", "Kazakhstan hosted the Chinese foreign minister.",
     {("KAZ", "CHN", "043"), ("CHN", "KAZ", "042")}),
    ("046", "Armenia and Azerbaijan negotiated a peace treaty.",
     {("ARM", "AZE", "046"), ("AZE", "ARM", "046")}),
    ("045", "Kuwait mediated between Saudi Arabia and Qatar.",
     {("KWT", "SAU", "045"), ("KWT", "QAT", "045")}),
    # 05 diplomatic cooperation
    ("051", "The Chinese foreign minister praised Pakistan's role in the talks.", {("CHN", "PAK", "051")}),
    ("052", "Moscow defended Belarus's decision to hold the military drills.", {("RUS", "BLR", "052")}),
    ("054", "Spain recognized the independence of Montenegro.", {("ESP", "MNE", "054")}),
    ("055", "Japan apologized to South Korea for the wartime abuses.", {("JPN", "KOR", "055")}),
    ("057", "India and Bangladesh signed a border agreement.",
     {("IND", "BGD", "057"), ("BGD", "IND", "057")}),
    # 06 material cooperation
    ("062", "American and Philippine troops held joint military exercises.",
     {("USA", "PHL", "062"), ("PHL", "USA", "062")}),
    ("063", "Spain extradited a suspected drug trafficker to Colombia.", {("ESP", "COL", "063")}),
    ("064", "Jordan shared intelligence with Iraq on the militants.", {("JOR", "IRQ", "064")}),
    # 07 aid
    ("071", "Saudi Arabia gave Egypt a $2 billion loan.", {("SAU", "EGY", "071")}),
    ("072", "The United States delivered fighter jets to Taiwan.", {("USA", "TWN", "072")}),
    ("073", "Turkey sent food and medicine to Syria.", {("TUR", "SYR", "073")}),
    ("074", "Rwanda deployed peacekeepers to the Central African Republic.", {("RWA", "CAF", "074")}),
    ("075", "Ecuador granted asylum to a Belarusian opposition activist.", {("ECU", "BLR", "075")}),
    # 08 yield
    ("0841", "Iran released two British sailors.", {("IRN", "GBR", "0841")}),
    ("0842", "Russia returned the seized navy ships to Ukraine.", {("RUS", "UKR", "0842")}),
    ("085", "The United States lifted sanctions on Venezuela.", {("USA", "VEN", "085")}),
    ("087", "Israel withdrew its troops from southern Lebanon.", {("ISR", "LBN", "087")}),
    ("0871", "Azerbaijan declared a ceasefire with Armenia.", {("AZE", "ARM", "0871")}),
    # 09 investigate
    ("091", "Swiss prosecutors opened an investigation into a Kazakh minister.", {("CHE", "KAZ", "091")}),
    # 10 demands
    ("101", "Poland demanded an explanation from Belarus over the border incident.", {("POL", "BLR", "101")}),
    ("106", "Georgia demanded that Russia withdraw its troops from Abkhazia.", {("GEO", "RUS", "106")}),
    ("107", "Egypt demanded an immediate ceasefire from Israel.", {("EGY", "ISR", "107")}),
    ("108", "Greece demanded a meeting with Turkey over the airspace violations.", {("GRC", "TUR", "108")}),
    # 11 disapprove
    ("111", "The Swedish foreign minister condemned Iran's crackdown on protesters.",
     {("SWE", "IRN", "111")}),
    ("111", "Canada criticized China over its treatment of the detained Canadians.", {("CAN", "CHN", "111")}),
    ("112", "Ukraine accused Russia of shelling the nuclear plant.", {("UKR", "RUS", "112")}),
    ("114", "Cyprus lodged a formal complaint with Turkey over the drilling ship.", {("CYP", "TUR", "114")}),
    ("115", "Ukraine sued Russia at the International Court of Justice.", {("UKR", "RUS", "115")}),
    # 12 reject
    ("121", "Lithuania rejected a Chinese offer to build its new port.", {("LTU", "CHN", "121")}),
    ("122", "Germany refused Greece's request for additional loans.", {("DEU", "GRC", "122")}),
    ("124", "Iran refused to release the detained American.", {("IRN", "USA", "124")}),
    ("125", "Seoul rejected Pyongyang's offer of talks.", {("KOR", "PRK", "125")}),
    ("127", "Morocco rejected the Algerian peace plan for Western Sahara.", {("MAR", "DZA", "127")}),
    ("129", "China vetoed the American resolution on Myanmar.", {("CHN", "USA", "129")}),
    # 13 threats
    ("130", "The Turkish president warned Greece over its arms buildup on the islands.",
     {("TUR", "GRC", "130")}),
    ("1311", "The United States threatened to cut military aid to Egypt.", {("USA", "EGY", "1311")}),
    ("1312", "Britain threatened Iran with new sanctions.", {("GBR", "IRN", "1312")}),
    ("1313", "Morocco threatened to cut diplomatic ties with Germany.", {("MAR", "DEU", "1313")}),
    ("134", "Venezuela threatened to suspend talks with Guyana.", {("VEN", "GUY", "134")}),
    ("138", "North Korea threatened Japan with military action.", {("PRK", "JPN", "138")}),
    ("139", "Azerbaijan gave Armenia a deadline to withdraw its forces.", {("AZE", "ARM", "139")}),
    # 14 protest
    ("141", "Hundreds of Pakistanis demonstrated outside the Danish embassy in Islamabad.",
     {("PAK", "DNK", "141")}),
    ("143", "Chinese consumers boycotted Japanese goods.", {("CHN", "JPN", "143")}),
    # 15 force posture
    ("154", "Armenia mobilized its army near the border with Azerbaijan.", {("ARM", "AZE", "154")}),
    # 16 reduce relations
    ("161", "Nicaragua broke diplomatic relations with Taiwan.", {("NIC", "TWN", "161")}),
    ("162", "The Netherlands suspended development aid to Burundi.", {("NLD", "BDI", "162")}),
    ("163", "Canada imposed sanctions on Russian banks.", {("CAN", "RUS", "163")}),
    ("164", "Pakistan suspended peace talks with India.", {("PAK", "IND", "164")}),
    ("166", "Poland expelled two Russian diplomats.", {("POL", "RUS", "166")}),
    # 17 coerce
    ("171", "Iran seized a British-flagged oil tanker in the Gulf.", {("IRN", "GBR", "171")}),
    ("173", "Russian police arrested an American journalist in Moscow.", {("RUS", "USA", "173")}),
    ("174", "Malaysia deported 200 Indonesian workers.", {("MYS", "IDN", "174")}),
    # 18 assault
    ("181", "Somali pirates hijacked a Greek tanker.", {("SOM", "GRC", "181")}),
    ("186", "Israeli agents assassinated an Iranian nuclear scientist.", {("ISR", "IRN", "186")}),
    # 19 fight
    ("190", "Ethiopian troops clashed with Eritrean forces.", {("ETH", "ERI", "190"), ("ERI", "ETH", "190")}),
    ("191", "Chinese warships blockaded the Taiwanese port of Kaohsiung.", {("CHN", "TWN", "191")}),
    ("192", "Russian forces occupied the Ukrainian town of Kherson.", {("RUS", "UKR", "192")}),
    ("193", "Indian troops fired rifles at Pakistani soldiers across the border.", {("IND", "PAK", "193")}),
    ("194", "Armenian artillery shelled Azerbaijani villages.", {("ARM", "AZE", "194")}),
    ("195", "Israeli jets bombed targets in Syria.", {("ISR", "SYR", "195")}),
    ("196", "Armenian forces violated the ceasefire with Azerbaijan.", {("ARM", "AZE", "196")}),
    # 20 mass violence
    ("204", "Syria used chemical weapons against Turkish troops.", {("SYR", "TUR", "204")}),
]

# Probes of the classes the read half's judged misses showed (benchmarks/gsr_code_judgements.py), our own
# sentences, written before each fix: the item an intent, demand or refusal names, the kind of aid cut,
# attempts, torture, demolition, expelled inspectors, diplomatic ties, war crimes investigated, blockades
# and boycotts of contact threatened.
FIXES16: list[tuple[str, str, set[Triple]]] = [
    ("0333", "India pledged to send food aid to Sri Lanka.", {("IND", "LKA", "0333")}),
    ("0354", "Germany agreed to lift its embargo on Iran.", {("DEU", "IRN", "0354")}),
    ("0356", "Armenia said it was ready to withdraw its forces from the Azerbaijani districts.",
     {("ARM", "AZE", "0356")}),
    ("1013", "The United States said Pakistan must hand over the suspected militants.",
     {("USA", "PAK", "1013")}),
    ("102", "Ghana demanded support from Nigeria for its candidate.", {("GHA", "NGA", "102")}),
    ("125", "Poland rejected an invitation from Belarus to attend the talks.", {("POL", "BLR", "125")}),
    ("1246", "Armenia dismissed an appeal from France to pull back its troops.", {("ARM", "FRA", "1246")}),
    ("1621", "Japan halted economic aid to Myanmar.", {("JPN", "MMR", "1621")}),
    ("1622", "Turkey suspended a military aid program for Azerbaijan.", {("TUR", "AZE", "1622")}),
    ("185", "Serbian agents tried to assassinate the Montenegrin prime minister.", {("SRB", "MNE", "185")}),
    ("1822", "Ethiopian soldiers tortured Eritrean prisoners.", {("ETH", "ERI", "1822")}),
    ("1712", "Israeli bulldozers demolished Palestinian houses in Hebron.", {("ISR", "PSE", "1712")}),
    ("1662", "Iraq expelled American weapons inspectors.", {("IRQ", "USA", "1662")}),
    ("054", "Slovakia established diplomatic relations with Kazakhstan.", {("SVK", "KAZ", "054")}),
    ("094", "Croatian prosecutors are investigating war crimes by Serbian paramilitaries.",
     {("HRV", "SRB", "094")}),
    ("1313", "Greek officials said they would boycott all contact with Turkey.", {("GRC", "TUR", "1313")}),
    ("1381", "Russia said it would tighten the naval blockade of Ukraine.", {("RUS", "UKR", "1381")}),
    ("191", "China tightened its blockade of Taiwan.", {("CHN", "TWN", "191")}),
]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from probes_wire import run_probes

    run_probes("codes16", CODES16)
    run_probes("codes16 fixes", FIXES16)
