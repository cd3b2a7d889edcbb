"""Aim probes of the fourteenth session (codes16b): protests filed by what they demand, as the CAMEO
codebook files them (141-145 with a fourth digit: 1 leadership change, 2 policy change, 3 rights,
4 change in institutions or regime), and demands, appeals, intents, refusals and concessions of political
reform (024, 034, 083, 104, 123) by the same four aims. Short international sentences in the manner of
the manual's examples, real countries, our own invented wording, written before the rules.

Triples as in `probes_wire.py`. `tests/events/test_probes_codes16b.py` runs them;
`python tests/events/probes_codes16b.py` prints the pass count and each miss.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (code, sentence, expected triples)
AIMS16: list[tuple[str, str, set[Triple]]] = [
    # 141x demonstrations
    ("1411", "Thousands of Serbians demonstrated in Belgrade demanding the resignation of the Serbian "
     "president.", {("SRB", "SRB", "1411")}),
    ("1411", "Thousands of Ukrainians rallied in Kiev, saying the Ukrainian president must resign.",
     {("UKR", "UKR", "1411")}),
    ("1411", "Georgian opposition supporters staged a rally in Tbilisi to demand the ouster of the Georgian "
     "prime minister.", {("GEO", "GEO", "1411")}),
    ("1412", "Thousands of French farmers demonstrated in Paris against the French government's decision "
     "to cut fuel subsidies.", {("FRA", "FRA", "1412")}),
    ("1412", "Hundreds of Chilean students marched in Santiago to protest the Chilean government's "
     "education policy.", {("CHL", "CHL", "1412")}),
    ("1413", "Hundreds of Kenyan journalists marched in Nairobi to demand press freedom from the Kenyan "
     "government.", {("KEN", "KEN", "1413")}),
    ("1413", "Thousands of Algerians rallied in Algiers to protest human rights abuses by the Algerian "
     "police.", {("DZA", "DZA", "1413")}),
    ("1414", "Thousands of Thai students rallied in Bangkok to demand a new constitution from the Thai "
     "government.", {("THA", "THA", "1414")}),
    ("1414", "Thousands of Scots demonstrated in Glasgow calling for independence from Britain.",
     {("GBR", "GBR", "1414")}),
    # 142x hunger strikes
    ("1421", "Jailed Belarusian opposition activists began a hunger strike to demand the resignation of "
     "the Belarusian president.", {("BLR", "BLR", "1421")}),
    ("1422", "Kurdish prisoners in Turkey began a hunger strike to protest against the Turkish "
     "government's decision to close their schools.", {("TUR", "TUR", "1422")}),
    # 143x strikes and boycotts
    ("1432", "Nigerian oil workers went on strike in Lagos to demand higher wages.",
     {("NGA", "NGA", "1432")}),
    ("1433", "Bolivian miners went on strike in La Paz demanding the release of jailed union "
     "leaders.", {("BOL", "BOL", "1433")}),
    # 144x obstruction
    ("1442", "Indian farmers blocked highways into New Delhi to protest against the Indian government's "
     "new farm laws.", {("IND", "IND", "1442")}),
    # 145x riots
    ("1451", "Kenyan protesters rioted in Nairobi demanding the resignation of the Kenyan president.",
     {("KEN", "KEN", "1451")}),
]

# appeals and demands for political reform (024, 104) by the same four aims
REFORM16: list[tuple[str, str, set[Triple]]] = [
    ("0241", "Germany urged the Belarusian president to step down.", {("DEU", "BLR", "0241")}),
    ("1041", "The Armenian opposition demanded the resignation of the Armenian prime minister.",
     {("ARM", "ARM", "1041")}),
    ("0244", "The United States urged Egypt to adopt a democratic constitution.", {("USA", "EGY", "0244")}),
    ("1044", "Russia demanded that Ukraine hold a referendum on its constitution.", {("RUS", "UKR", "1044")}),
]

# yielding to demands for political reform (083) by the same four aims
YIELD16: list[tuple[str, str, set[Triple]]] = [
    ("0834", "The Kenyan president yielded to opposition demands for a new constitution.",
     {("KEN", "KEN", "0834")}),
    ("0831", "The Bahraini king gave in to demands from Bahraini protesters to dismiss the prime minister.",
     {("BHR", "BHR", "0831")}),
    ("0834", "The Tunisian president has conceded to demands from the opposition to reform the judiciary.",
     {("TUN", "TUN", "0834")}),
]

# codes16's list: a pact agreed named by its field (031x), a meeting between two others offered (039),
# threats of terror acts (1383)
ITEMS16B: list[tuple[str, str, set[Triple]]] = [
    ("0311", "Chile and Peru agreed on a new trade pact.", {("CHL", "PER", "0311"), ("PER", "CHL", "0311")}),
    ("0311", "Kenya and Uganda have agreed upon a customs union between the two countries.",
     {("KEN", "UGA", "0311"), ("UGA", "KEN", "0311")}),
    ("0312", "Japan and the Philippines agreed to a defence pact.",
     {("JPN", "PHL", "0312"), ("PHL", "JPN", "0312")}),
    ("039", "Qatar offered to host a meeting between Sudan and South Sudan.",
     {("QAT", "SDN", "039"), ("QAT", "SSD", "039")}),
    ("039", "The Norwegian foreign minister said Norway was ready to host talks between Israel and Jordan.",
     {("NOR", "ISR", "039"), ("NOR", "JOR", "039")}),
    ("1383", "Chechen rebels threatened to launch terrorist attacks in Moscow.", {("RUS", "RUS", "1383")}),
    ("1383", "Al-Qaeda threatened new suicide bombings against American targets.", {("IMG", "USA", "1383")}),
    ("1383", "The Taliban threatened to resume terrorist activities in Pakistan.", {("AFG", "PAK", "1383")}),
    ("138", "North Korea threatened to attack American bases in Guam.", {("PRK", "USA", "138")}),
]

# refusals of a proposal named by its field (121x), accusations by the charge (1121-1125)
REFUSE16: list[tuple[str, str, set[Triple]]] = [
    ("1211", "Brazil rejected a Chinese proposal for a free trade agreement.", {("BRA", "CHN", "1211")}),
    ("1212", "Egypt rejected an American proposal for a defence pact.", {("EGY", "USA", "1212")}),
    ("1211", "Vietnam rejected a Thai proposal for signing a trade pact.", {("VNM", "THA", "1211")}),
    ("1221", "Germany rejected calls from Greece for emergency economic aid.", {("DEU", "GRC", "1221")}),
]
CHARGES16: list[tuple[str, str, set[Triple]]] = [
    ("1124", "A Bosnian court indicted the Serbian president for war crimes.", {("BIH", "SRB", "1124")}),
    ("1124", "Rwanda accused French officers of genocide.", {("RWA", "FRA", "1124")}),
    ("1121", "Nigeria accused Ghana of corruption in the oil deal.", {("NGA", "GHA", "1121")}),
    ("1125", "Russia accused Estonia of espionage.", {("RUS", "EST", "1125")}),
    ("1122", "Canada accused Iran of torturing political prisoners.", {("CAN", "IRN", "1122")}),
    ("1123", "Armenia accused Azerbaijan of aggression.", {("ARM", "AZE", "1123")}),
    ("1124", "A Croatian court indicted a Serbian general for his role in the massacre.",
     {("HRV", "SRB", "1124")}),
]

# protests that name no aim, or one the codebook does not sort: the bare three-digit code
NO_AIM16: list[tuple[str, str, set[Triple]]] = [
    ("141", "Hundreds of Pakistanis demonstrated outside the Danish embassy in Islamabad.",
     {("PAK", "DNK", "141")}),
    ("141", "Thousands of Greeks marched in Athens against the visit of the American president.",
     {("GRC", "USA", "141")}),
    ("143", "Chinese consumers boycotted Japanese goods.", {("CHN", "JPN", "143")}),
    # a participle of saying tells a grievance, not a demand, unless what is said must happen
    ("141", "Thousands of Ukrainians rallied in Kiev, saying the election had been rigged.",
     {("UKR", "UKR", "141")}),
]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from probes_wire import run_probes

    run_probes("codes16b aims", AIMS16)
    run_probes("codes16b reform", REFORM16)
    run_probes("codes16b yield", YIELD16)
    run_probes("codes16b items", ITEMS16B)
    run_probes("codes16b refusals", REFUSE16)
    run_probes("codes16b charges", CHARGES16)
    run_probes("codes16b no aim", NO_AIM16)
