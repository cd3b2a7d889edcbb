"""Wire-register probe sentences: what an AP/Reuters/AFP/Xinhua lead says, with the CAMEO triples a
coder following PETRARCH's conventions writes down for it.

Written for wirewatch from the CAMEO 1.1b3 codebook's categories (never from an evaluation set):
long subjects with titles and appositions, "on Tuesday", trailing attributions ("..., officials
said"), reported speech, passives, relative clauses, participial openers, "X's foreign minister said
Y would ...". Each probe lists the complete dyads of the sentence as (source country, target
country, code): the country is the first three letters of the CAMEO actor code ("IGO" for
international bodies, "---" for an actor with no country), since the sector is the actors stage's
convention. The code is compared at the length it is written: three digits where the codebook
category is plain, two (the root) where the sub-code is a matter of dictionary taste. Paired codes
are listed both ways. An empty set means the sentence reports no political event at all (sports,
markets, history) or no complete dyad.

`tests/events/test_probes_wire.py` runs them; `python tests/events/probes_wire.py [--fresh |
--fresh2 | ... | --fresh10]` prints one batch's pass count and each miss (the figures in
docs/benchmarks.md). WIRE is the development batch; each later batch was written after the rules
for the one before and run once before any rule that followed it.
"""

from __future__ import annotations

from typing import Any

Triple = tuple[str, str, str]

# (CAMEO root the probe is written for, sentence, expected triples)
WIRE: list[tuple[str, str, set[Triple]]] = [
    # 01 make a public statement
    ("01", "Indian Prime Minister Narendra Modi on Saturday offered condolences to Nepal after a plane "
           "crash killed 68 people in the Himalayan nation.", {("IND", "NPL", "018")}),
    ("01", "France's foreign minister on Monday expressed optimism about the nuclear talks with Iran, "
           "saying a deal was within reach.", {("FRA", "IRN", "013")}),
    ("01", "The Pakistani Taliban claimed responsibility for the attack on a police station in the "
           "northwestern city of Bannu.", {("PAK", "PAK", "015")}),
    ("01", "Moscow on Tuesday denied accusations by Kyiv that Russian forces had shelled the "
           "Zaporizhzhia nuclear plant.", {("RUS", "UKR", "016")}),
    # 02 appeal
    ("02", "China on Friday called on Israel and Iran to exercise restraint and return to dialogue.",
     {("CHN", "ISR", "02"), ("CHN", "IRN", "02")}),
    ("02", "Ukraine's foreign minister appealed to Germany on Tuesday for more air defence systems.",
     {("UKR", "DEU", "023")}),
    ("02", "The European Union urged Serbia and Kosovo on Thursday to resume talks on normalising "
           "relations.", {("IGO", "SRB", "026"), ("IGO", "XKX", "026")}),
    ("02", "U.N. Secretary-General Antonio Guterres on Monday urged Russia to agree to a ceasefire in "
           "Ukraine.", {("IGO", "RUS", "025")}),
    ("02", "Iraq's prime minister asked the United States to help train Iraqi security forces, his "
           "office said in a statement.", {("IRQ", "USA", "02")}),
    # 03 express intent to cooperate
    ("03", "Japan said on Friday it would provide $500 million in economic aid to Ukraine.",
     {("JPN", "UKR", "033")}),
    ("03", "Saudi Arabia pledged on Wednesday to invest $10 billion in Pakistan.", {("SAU", "PAK", "031")}),
    ("03", "Armenia agreed on Tuesday to return four border villages to Azerbaijan.",
     {("ARM", "AZE", "035")}),
    ("03", "Iran's foreign minister said on Monday that Tehran would resume nuclear talks with the "
           "European Union next month.", {("IRN", "IGO", "036")}),
    ("03", "Turkey's President Tayyip Erdogan said he was ready to host peace talks between Russia "
           "and Ukraine.", {("TUR", "RUS", "03"), ("TUR", "UKR", "03")}),
    ("03", "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations after seven years "
           "of hostility.", {("SAU", "IRN", "03"), ("IRN", "SAU", "03")}),
    # 04 consult
    ("04", "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva "
           "in Beijing on Friday.", {("CHN", "BRA", "046"), ("BRA", "CHN", "046")}),
    ("04", "U.S. Secretary of State Antony Blinken arrived in Cairo on Tuesday for talks on the war in "
           "Gaza.", {("USA", "EGY", "042"), ("EGY", "USA", "043")}),
    ("04", "Indian Prime Minister Narendra Modi spoke by telephone with Russian President Vladimir "
           "Putin on Monday, the Indian foreign ministry said.",
     {("IND", "RUS", "041"), ("RUS", "IND", "041")}),
    ("04", "Kenyan President William Ruto hosted his Ugandan counterpart Yoweri Museveni at State House "
           "in Nairobi on Saturday.", {("KEN", "UGA", "043"), ("UGA", "KEN", "042")}),
    ("04", "Hakan Fidan, Turkey's foreign minister, met Iraqi Prime Minister Mohammed Shia al-Sudani "
           "in Baghdad on Tuesday.", {("TUR", "IRQ", "04"), ("IRQ", "TUR", "04")}),
    ("04", "German Chancellor Olaf Scholz will travel to Washington next week, a government spokesman "
           "said on Monday.", {("DEU", "USA", "036")}),
    ("04", "Qatar is mediating between Israel and Hamas, officials said.",
     {("QAT", "ISR", "045"), ("QAT", "PSE", "045")}),
    ("04", "Norway's foreign minister will visit China next week for talks on trade, the ministry "
           "said.", {("NOR", "CHN", "036")}),
    # 05 engage in diplomatic cooperation
    ("05", "Thailand's prime minister thanked China on Wednesday for its help in rescuing the trapped "
           "miners.", {("THA", "CHN", "051")}),
    ("05", "Israel's prime minister praised the United Arab Emirates on Monday for its role in the "
           "hostage negotiations.", {("ISR", "ARE", "051")}),
    ("05", "Ukraine and Poland signed a defence cooperation agreement in Warsaw on Thursday.",
     {("UKR", "POL", "057"), ("POL", "UKR", "057")}),
    ("05", "Britain's foreign secretary apologised to Ireland on Tuesday for remarks made by a junior "
           "minister.", {("GBR", "IRL", "055")}),
    ("05", "Israel recognised Morocco's sovereignty over Western Sahara, the Moroccan royal palace "
           "said on Monday.", {("ISR", "MAR", "054")}),
    # 06 engage in material cooperation
    ("06", "Russia and Belarus began joint military drills near the Polish border on Thursday.",
     {("RUS", "BLR", "062"), ("BLR", "RUS", "062")}),
    ("06", "Turkey extradited two suspected Islamic State members to France on Friday.",
     {("TUR", "FRA", "063")}),
    ("06", "The navies of India and France began a week-long joint exercise off the coast of Goa on "
           "Monday.", {("IND", "FRA", "062"), ("FRA", "IND", "062")}),
    # 07 provide aid
    ("07", "The World Bank approved a $1.5 billion loan to Pakistan on Friday to support its flood "
           "recovery.", {("IGO", "PAK", "071")}),
    ("07", "Washington on Friday announced a new $400 million military aid package for Ukraine, "
           "including artillery ammunition.", {("USA", "UKR", "072")}),
    ("07", "Turkey sent rescue teams and relief supplies to Syria after the earthquake, the Turkish "
           "disaster agency said.", {("TUR", "SYR", "07")}),
    ("07", "Sweden granted asylum to a former Belarusian opposition leader on Wednesday.",
     {("SWE", "BLR", "075")}),
    # 08 yield
    ("08", "Iran released two French citizens held for three years, the French presidency said on "
           "Friday.", {("IRN", "FRA", "084")}),
    ("08", "The United States on Wednesday eased sanctions on Venezuela's oil sector.",
     {("USA", "VEN", "085")}),
    ("08", "Russian forces withdrew from the Ukrainian city of Kherson on Friday, the defence ministry "
           "in Moscow said.", {("RUS", "UKR", "087")}),
    ("08", "Myanmar's military government released more than 2,000 political prisoners on Wednesday.",
     {("MMR", "MMR", "084")}),
    # 09 investigate
    ("09", "South African prosecutors opened a corruption investigation into former President Jacob "
           "Zuma on Monday.", {("ZAF", "ZAF", "091")}),
    ("09", "The United Nations launched an inquiry into alleged human rights abuses by Iranian "
           "security forces.", {("IGO", "IRN", "092")}),
    # 10 demand
    ("10", "Beijing demanded that Washington stop selling weapons to Taiwan, the Chinese foreign "
           "ministry said on Monday.", {("CHN", "USA", "10")}),
    ("10", "Lithuania demanded on Wednesday that Russia withdraw its troops from Belarus.",
     {("LTU", "RUS", "106")}),
    ("10", "Protesters in Dhaka demanded the resignation of Prime Minister Sheikh Hasina.",
     {("BGD", "BGD", "104")}),
    ("10", "The Philippines demanded that China stop harassing its vessels in the South China Sea.",
     {("PHL", "CHN", "10")}),
    # 11 disapprove
    ("11", "China's foreign ministry on Wednesday condemned the latest U.S. sanctions against Chinese "
           "companies as illegal.", {("CHN", "USA", "111")}),
    ("11", "Greece accused Turkey on Tuesday of violating its airspace more than 100 times.",
     {("GRC", "TUR", "112")}),
    ("11", "Iran lodged a formal complaint with the United Nations over Israeli air strikes in Syria.",
     {("IRN", "IGO", "114")}),
    ("11", "South Africa filed a case against Israel at the International Court of Justice on Friday.",
     {("ZAF", "ISR", "115")}),
    ("11", "Pakistan's foreign office criticised India on Friday for its treatment of Kashmiri leaders.",
     {("PAK", "IND", "111")}),
    ("11", "Speaking at a news conference in Ankara, Turkey's foreign minister accused Sweden of "
           "harbouring Kurdish militants.", {("TUR", "SWE", "112")}),
    ("11", "Hezbollah said Israeli forces had violated the ceasefire in southern Lebanon.",
     {("LBN", "ISR", "112")}),  # the annotation guide: the accusation replaces the reported act (SAY)
    ("11", "The Chinese ambassador was summoned by the Lithuanian foreign ministry on Friday.",
     {("LTU", "CHN", "114")}),
    # 12 reject
    ("12", "Russia vetoed a U.N. Security Council resolution condemning its annexation of four "
           "Ukrainian regions.", {("RUS", "IGO", "129")}),
    ("12", "Ukrainian President Volodymyr Zelenskiy ruled out talks with Russia while its troops "
           "remain on Ukrainian soil.", {("UKR", "RUS", "125")}),
    ("12", "Israel rejected a proposal by Hamas for a permanent ceasefire on Tuesday, the prime "
           "minister's office said.", {("ISR", "PSE", "12")}),
    ("12", "Niger's military rulers refused to meet a delegation from the African Union.",
     {("NER", "IGO", "125")}),
    # 13 threaten
    ("13", "The European Union threatened on Monday to impose new sanctions on Belarus.",
     {("IGO", "BLR", "131")}),
    ("13", "Russia's foreign ministry threatened to expel the U.S. ambassador.", {("RUS", "USA", "13")}),
    ("13", "North Korea warned on Friday that it would attack South Korea if provoked.",
     {("PRK", "KOR", "138")}),
    # 14 protest
    ("14", "Tens of thousands of Israelis protested in Tel Aviv on Saturday against the government's "
           "judicial overhaul.", {("ISR", "ISR", "141")}),
    ("14", "Workers at French refineries went on strike on Tuesday over pay, halting fuel deliveries.",
     {("FRA", "FRA", "143")}),
    ("14", "Farmers blocked major roads across Poland on Friday, police said.", {("POL", "POL", "144")}),
    ("14", "Hundreds of students staged a rally outside the U.S. embassy in Seoul on Sunday.",
     {("KOR", "USA", "141")}),
    # 15 exhibit force posture
    ("15", "Russia has massed tens of thousands of troops near Ukraine's border, Western officials "
           "said.", {("RUS", "UKR", "154")}),
    ("15", "India deployed additional police in Manipur on Sunday after fresh ethnic clashes.",
     {("IND", "IND", "15")}),
    # 16 reduce relations
    ("16", "Honduras cut diplomatic ties with Taiwan on Sunday.", {("HND", "TWN", "161")}),
    ("16", "Germany suspended development aid to Niger after the military coup.", {("DEU", "NER", "162")}),
    ("16", "The European Union imposed fresh sanctions on Iranian drone makers on Monday.",
     {("IGO", "IRN", "163")}),
    ("16", "Mali expelled the French ambassador on Monday, giving him 72 hours to leave the country.",
     {("MLI", "FRA", "166")}),
    ("16", "Israel recalled its ambassador from Turkey for consultations on Saturday.",
     {("ISR", "TUR", "161")}),
    # 17 coerce
    ("17", "Iranian security forces arrested dozens of protesters in the city of Zahedan on Friday.",
     {("IRN", "IRN", "173")}),
    ("17", "Israeli forces demolished the homes of two Palestinian attackers in the occupied West Bank.",
     {("ISR", "PSE", "171")}),
    ("17", "Hong Kong police charged the pro-democracy publisher Jimmy Lai with collusion with foreign "
           "forces.", {("HKG", "HKG", "173")}),
    ("17", "Bangladeshi police fired tear gas at protesting garment workers in Dhaka on Sunday.",
     {("BGD", "BGD", "175")}),
    ("17", "Pakistan began deporting Afghan migrants on Wednesday.", {("PAK", "AFG", "174")}),
    # 18 assault
    ("18", "Gunmen abducted more than 100 students from a school in Nigeria's Kaduna state on Thursday.",
     {("NGA", "NGA", "181")}),
    ("18", "A suicide bomber blew himself up outside a police station in Kabul, killing six officers, "
           "officials said.", {("AFG", "AFG", "183")}),
    ("18", "Gunmen shot dead a prominent Pakistani journalist in Karachi on Tuesday.",
     {("PAK", "PAK", "18")}),
    # 19 fight
    ("19", "Israeli warplanes struck Hezbollah targets in southern Lebanon overnight, the Israeli "
           "military said.", {("ISR", "LBN", "195")}),
    ("19", "Russian forces shelled the city of Kharkiv overnight, killing three civilians, the "
           "regional governor said.", {("RUS", "UKR", "194")}),
    ("19", "Azerbaijan launched a military operation against Armenian separatists in Nagorno-Karabakh "
           "on Tuesday.", {("AZE", "ARM", "190")}),
    ("19", "Chinese coast guard ships blocked Philippine supply boats near Second Thomas Shoal on "
           "Saturday.", {("CHN", "PHL", "191")}),
    ("19", "Three Palestinians were killed by Israeli troops during a raid in Jenin on Wednesday, the "
           "Palestinian health ministry said.", {("ISR", "PSE", "19")}),
    ("19", "Russian troops captured the eastern Ukrainian town of Avdiivka after months of fighting.",
     {("RUS", "UKR", "192")}),
    ("19", "Sudan's army and the paramilitary Rapid Support Forces clashed in Khartoum on Saturday.",
     {("SDN", "SDN", "190")}),
    # 20 unconventional mass violence
    ("20", "Syrian government forces used chemical weapons against civilians in the Syrian town of "
           "Douma, inspectors said.",
     {("SYR", "SYR", "204")}),
    ("20", "Militants massacred dozens of villagers in eastern Congo on Sunday, the army said.",
     {("COD", "COD", "20")}),
    # a bomb with no named attacker is the unidentified armed forces of the place (SOMUAF), as the
    # CAMEO manual's examples (the PLOVER GSR records) code it: the tenth session's guide gave it no
    # source, the thirteenth session went back to the manual
    ("18", "A car bomb exploded near a military checkpoint in Mogadishu on Sunday, killing at least "
           "eight soldiers, police said.", {("SOM", "SOM", "183")}),
    ("--", "China's exports to the United States fell 12 percent in June, customs data showed.", set()),
    ("--", "Demand from Europe for Chinese solar panels weakened in the third quarter.", set()),
    ("--", "Argentina defeated France on penalties in the World Cup final in Qatar.", set()),
    ("--", "Real Madrid beat Barcelona 3-1 on Sunday to take control of the Spanish title race.", set()),
    ("--", "Oil prices fell on Tuesday as traders weighed the risk of a wider war in the Middle East.",
     set()),
    ("--", "Japan attacked Pearl Harbor in 1941, drawing the United States into the Second World War.",
     set()),
    ("--", "Germany's economy contracted 0.3 percent in the first quarter, official data showed.", set()),
    ("--", "Novak Djokovic beat Carlos Alcaraz in Sunday's final to win a record title.", set()),
    ("--", "The film about the siege of Sarajevo won the top prize at the Berlin film festival.", set()),
    # sixth session: rules from the misses of the real-news set's second batch (READ half)
    ("07", "Egypt lent Sudan 200 million dollars last year.", {("EGY", "SDN", "071")}),
    ("19", "Syrian troops routed Turkish forces near the border.", {("SYR", "TUR", "190")}),
    ("11", "The Saudi foreign minister was sharply critical of Iran's nuclear programme.",
     {("SAU", "IRN", "111")}),
    ("03", "Britain offered Jordan food and tents for the refugees.", {("GBR", "JOR", "033")}),
    ("16", "Canada placed an embargo on Iranian oil.", {("CAN", "IRN", "163")}),
    ("16", "The European Union put a 20 percent duty on Chinese solar panels.", {("IGO", "CHN", "163")}),
    ("11", "Turkey condemned the Russian missile strikes on Kyiv.", {("TUR", "RUS", "111")}),
    ("--", "Spain condemned the bombing of the Israeli embassy in Buenos Aires.", set()),
    ("02", "France urged that NATO take action against Russia.", {("FRA", "IGO", "02")}),
    ("03", "The European Union held out the prospect of more aid to Ukraine.", {("IGO", "UKR", "033")}),
    ("05", "China unveiled a peace plan which was warmly welcomed by Brazil.", {("BRA", "CHN", "051")}),
    ("11", "Japan announced a stimulus budget, which was criticised by the United States.",
     {("USA", "JPN", "111")}),
]


# A second batch written after the rules for WIRE were changed and measured once before any further
# rule change: the generalisation check for rules fitted while reading WIRE's misses.
WIRE_FRESH: list[tuple[str, str, set[Triple]]] = [
    ("01", "Egypt's foreign ministry on Sunday expressed deep concern over the escalation in Lebanon, "
           "urging Israel to show restraint.", {("EGY", "ISR", "02")}),
    ("02", "The Red Cross appealed to Ethiopia on Wednesday to allow aid convoys into the Tigray region.",
     {("NGO", "ETH", "02")}),  # first written IGO: CAMEO codes the Red Cross as an NGO
    ("02", "Kenya's president called on the United Nations to send more peacekeepers to Somalia.",
     {("KEN", "IGO", "02")}),
    ("03", "Vietnam promised on Thursday to boost military cooperation with the Philippines, state media "
           "reported.", {("VNM", "PHL", "03")}),
    ("03", "Jordan's King Abdullah offered to help mediate between Syria and Turkey.",
     {("JOR", "SYR", "03"), ("JOR", "TUR", "03")}),
    ("04", "Ethiopian Prime Minister Abiy Ahmed flew to Asmara on Sunday for talks with Eritrean "
           "President Isaias Afwerki.", {("ETH", "ERI", "042"), ("ERI", "ETH", "043")}),
    ("04", "Russian Foreign Minister Sergei Lavrov held a phone call with his Turkish counterpart on "
           "Tuesday, the ministry said.", {("RUS", "TUR", "041"), ("TUR", "RUS", "041")}),
    ("04", "Delegations from Armenia and Azerbaijan met in Washington on Monday to negotiate a peace "
           "treaty.", {("ARM", "AZE", "04"), ("AZE", "ARM", "04")}),
    ("05", "Chile and Argentina signed an agreement on Tuesday to jointly manage a lithium basin.",
     {("CHL", "ARG", "057"), ("ARG", "CHL", "057")}),
    ("05", "Bahrain and Qatar agreed to restore diplomatic ties, the Bahraini foreign ministry said.",
     {("BHR", "QAT", "03"), ("QAT", "BHR", "03")}),
    ("06", "Japan and Australia signed a pact to deepen defence cooperation on Saturday.",
     {("JPN", "AUS", "057"), ("AUS", "JPN", "057")}),
    ("07", "The Asian Development Bank on Friday approved a $500 million loan for Sri Lanka.",
     {("IGO", "LKA", "071")}),
    ("07", "Britain will send 14 Challenger tanks to Ukraine, the prime minister's office said.",
     {("GBR", "UKR", "03")}),
    ("08", "Azerbaijan freed five Armenian soldiers on Wednesday as part of a prisoner swap.",
     {("AZE", "ARM", "084")}),
    ("08", "Ukrainian forces pulled out of the town of Avdiivka to avoid encirclement, the army chief "
           "said.", {("UKR", "UKR", "087")}),
    ("09", "Brazilian police opened an investigation into the attack on the presidential palace.",
     set()),
    ("10", "Egypt demanded on Monday that Israel pull its troops out of the Philadelphi corridor.",
     {("EGY", "ISR", "106")}),
    ("11", "Ukraine's foreign ministry condemned Russia's missile strikes on Kyiv as a war crime.",
     {("UKR", "RUS", "111")}),
    ("11", "India's foreign ministry denounced Canada's allegations as absurd on Tuesday.",
     {("IND", "CAN", "111")}),
    ("12", "Hamas rejected the latest Israeli ceasefire proposal, a senior official said on Sunday.",
     {("PSE", "ISR", "12")}),
    ("13", "Iran threatened on Sunday to close the Strait of Hormuz if attacked by the United States.",
     {("IRN", "USA", "13")}),
    ("14", "Thousands of Armenians took to the streets of Yerevan on Tuesday to demand the prime "
           "minister's resignation.", {("ARM", "ARM", "14")}),
    ("15", "South Korea's military raised its alert level after North Korea fired artillery near the "
           "border.", {("KOR", "PRK", "15")}),
    ("16", "Niger's junta ordered the French ambassador to leave the country within 48 hours.",
     {("NER", "FRA", "16")}),
    ("16", "Russia suspended its participation in the grain deal on Monday.", set()),
    ("17", "Turkish police detained 30 people in raids across Istanbul on Friday.", {("TUR", "TUR", "173")}),
    ("17", "Tunisian authorities arrested a prominent opposition leader on Monday.", {("TUN", "TUN", "173")}),
    ("18", "Gunmen kidnapped a Chinese engineer in southern Pakistan on Saturday, police said.",
     {("PAK", "CHN", "181")}),
    ("19", "Turkish drones struck Kurdish militant positions in northern Iraq on Sunday.",
     {("TUR", "IRQ", "195")}),
    ("19", "Houthi rebels fired missiles at a commercial ship in the Red Sea, the U.S. military said.",
     set()),  # first written with the ship as a target: a ship is no actor, so no complete dyad
    ("--", "Turkey's central bank raised interest rates sharply on Thursday to fight inflation.", set()),
    ("--", "Brazil's Neymar scored twice as Al Hilal beat Al Nassr in Riyadh.", set()),
]

# A third batch, written after WIRE_FRESH's rules and run once before any change that followed it:
# passives, relative clauses, appositions, quotes and reported speech in particular.
WIRE_FRESH2: list[tuple[str, str, set[Triple]]] = [
    # first written as no event: regretting another's decision is disapproval (111), as the PETRARCH
    # suite's expected_up2 also codes "regretted Eriador's refusal"; 055 is for one's own acts
    ("11", "Germany's chancellor, speaking in Berlin on Monday, said he regretted Poland's decision to "
           "close the border.", {("DEU", "POL", "111")}),
    ("02", "The head of the International Atomic Energy Agency urged Iran on Tuesday to cooperate fully "
           "with its inspectors.", {("IGO", "IRN", "02")}),
    ("03", "Indonesia's foreign minister said Jakarta was ready to send peacekeepers to Gaza.",
     {("IDN", "PSE", "03")}),
    ("04", "The two leaders, who met on the sidelines of the G20 summit in Bali, discussed trade and "
           "security, the White House said.", set()),
    ("04", "Visiting Chinese Premier Li Qiang met German Chancellor Olaf Scholz in Berlin on Tuesday.",
     {("CHN", "DEU", "04"), ("DEU", "CHN", "04")}),
    ("04", "Saudi Crown Prince Mohammed bin Salman received Syrian President Bashar al-Assad in Jeddah "
           "on Friday.", {("SAU", "SYR", "043"), ("SYR", "SAU", "042")}),
    ("05", "The agreement, signed by Israel and the United Arab Emirates at the White House, normalised "
           "relations between the two countries.", {("ISR", "ARE", "057"), ("ARE", "ISR", "057")}),
    ("05", "Kazakhstan was praised by the European Union on Thursday for its reforms.",
     {("IGO", "KAZ", "051")}),
    ("07", "Food and medicine donated by Qatar arrived in the Gaza Strip on Sunday, Egyptian officials "
           "said.", {("QAT", "PSE", "07")}),
    ("07", "Ukraine will receive 1.5 billion euros in financial aid from the European Union this month, "
           "the finance ministry said.", {("IGO", "UKR", "071")}),
    ("08", "Two Thai hostages held in Gaza since October were released by Hamas on Thursday, Thailand's "
           "foreign ministry said.", {("PSE", "THA", "084")}),
    # the victims of the act inquired into are not the inquiry's target (thirteenth session, inquiries.py);
    # no doer is named, so no triple
    ("09", "An investigation into the killing of a Palestinian-American journalist was opened by Israeli "
           "military prosecutors.", set()),
    ("10", "\"Russia must withdraw its forces from Ukrainian territory,\" Poland's foreign minister told "
           "reporters on Monday.", {("POL", "RUS", "106")}),
    ("11", "Turkey's foreign ministry, in a strongly worded statement, condemned Sweden for allowing the "
           "protest.", {("TUR", "SWE", "111")}),
    ("11", "Venezuela's government accused Guyana on Sunday of provoking a crisis over the disputed "
           "Essequibo region.", {("VEN", "GUY", "112")}),
    ("11", "Colombia has been accused by Venezuela of plotting to kill President Nicolas Maduro.",
     {("VEN", "COL", "112")}),
    ("12", "Moscow rejected on Wednesday a Ukrainian peace plan that calls for a full Russian withdrawal.",
     {("RUS", "UKR", "12")}),
    ("13", "Turkey's defence minister warned Greece on Friday that Ankara would respond to any "
           "provocation in the Aegean.", {("TUR", "GRC", "13")}),
    ("14", "Thousands of farmers, angry over cheap imports, protested outside the European Parliament "
           "in Brussels on Thursday.", {("BEL", "BEL", "141")}),
    ("15", "Israel called up 300,000 reservists after the Hamas attack, the military said.",
     {("ISR", "ISR", "15")}),
    ("16", "Germany imposed an entry ban on three Iranian officials on Monday.", {("DEU", "IRN", "16")}),
    ("17", "Dozens of opposition supporters were detained by Georgian police during overnight protests "
           "in Tbilisi.", {("GEO", "GEO", "173")}),
    ("17", "Nicaragua's government, which has cracked down on the Catholic Church, expelled two more "
           "priests on Saturday.", {("NIC", "NIC", "17")}),
    ("18", "A bomb planted by suspected separatists killed four soldiers in Pakistan's Balochistan "
           "province.", {("PAK", "PAK", "18")}),
    ("19", "Two Israeli soldiers were killed by Hezbollah anti-tank fire near the Lebanese border, the "
           "army said.", {("LBN", "ISR", "19")}),
    ("19", "Pakistani forces killed six militants in a raid in North Waziristan, the army said.",
     {("PAK", "PAK", "19")}),
    ("19", "Fighting between Ethiopian troops and Amhara militiamen killed dozens of people, witnesses "
           "said.", {("ETH", "ETH", "19")}),
    ("--", "Egypt's economy grew 3.8 percent in the fiscal year, the planning minister said.", set()),
    ("--", "Morocco beat Portugal 1-0 to reach the semi-finals, the first African team to do so.", set()),
    ("--", "The museum marks the 80th anniversary of the Allied landings in Normandy in 1944.", set()),
]

# A fourth batch, written after WIRE_FRESH2's rules and run once before any change that followed it.
WIRE_FRESH3: list[tuple[str, str, set[Triple]]] = [
    ("02", "Pakistan's prime minister appealed to the International Monetary Fund on Monday for a "
           "quick release of loan funds.", {("PAK", "IGO", "023")}),
    ("03", "Seoul said on Tuesday it was willing to hold talks with Pyongyang at any time.",
     {("KOR", "PRK", "036")}),
    ("04", "Japanese Prime Minister Fumio Kishida will visit Kyiv next week, his office said.",
     {("JPN", "UKR", "036")}),
    ("04", "The foreign ministers of Egypt and Jordan met in Amman on Sunday to discuss the war in Gaza.",
     {("EGY", "JOR", "04"), ("JOR", "EGY", "04")}),
    ("04", "Mexico's president held a phone call with his U.S. counterpart on Thursday to discuss "
           "migration.", {("MEX", "USA", "041"), ("USA", "MEX", "041")}),
    ("05", "The African Union on Tuesday suspended Gabon after a military coup.", {("IGO", "GAB", "16")}),
    ("05", "Vietnam and the United States upgraded their ties to a comprehensive strategic partnership "
           "on Sunday.", {("VNM", "USA", "05"), ("USA", "VNM", "05")}),
    ("06", "Iraq and Turkey signed an agreement to cooperate on water management on Monday.",
     {("IRQ", "TUR", "057"), ("TUR", "IRQ", "057")}),
    ("07", "The United States announced $300 million in humanitarian aid for Sudan on Wednesday.",
     {("USA", "SDN", "073")}),
    ("08", "Russia and Ukraine exchanged 90 prisoners of war each on Friday, both sides said.",
     {("RUS", "UKR", "084"), ("UKR", "RUS", "084")}),
    ("08", "Israel lifted its blockade of the Gaza Strip's border crossing with Egypt.",
     {("ISR", "PSE", "08")}),
    # "Western allies" is CAMEO's region root WST (actors, fifth session)
    ("10", "The Ukrainian president demanded more air defence systems from Western allies.",
     {("UKR", "WST", "10")}),
    ("11", "Amnesty International accused Myanmar's military of committing war crimes in Rakhine state.",
     {("NGO", "MMR", "112")}),
    ("11", "Washington criticised Beijing on Tuesday for its military drills around Taiwan.",
     {("USA", "CHN", "111")}),
    ("12", "North Korea rejected Japan's offer of talks, state media said on Tuesday.",
     {("PRK", "JPN", "125")}),
    ("13", "China warned the United States on Monday not to interfere in Taiwan's election.",
     {("CHN", "USA", "13")}),
    ("14", "Thousands of Serbs rallied in Belgrade on Saturday against the government's handling of "
           "the election.", {("SRB", "SRB", "141")}),
    ("14", "Doctors in South Korea went on strike on Tuesday to protest a government plan.",
     {("KOR", "KOR", "143")}),
    ("15", "Poland deployed 10,000 troops to its border with Belarus on Thursday.", {("POL", "BLR", "154")}),
    ("16", "Burkina Faso expelled three French diplomats on Thursday, accusing them of subversive "
           "activities.", {("BFA", "FRA", "166"), ("BFA", "FRA", "112")}),
    # first written with the expulsion only: the accusation in the participle is a second act (fourth session)
    ("17", "Venezuelan authorities detained an opposition leader's campaign manager on Wednesday.",
     {("VEN", "VEN", "173")}),
    ("18", "Suspected militants ambushed a police convoy in northwestern Pakistan, killing five "
           "officers.", {("PAK", "PAK", "19")}),
    ("19", "Sudan's army launched air strikes on Rapid Support Forces positions in Khartoum on Sunday.",
     {("SDN", "SDN", "195")}),
    ("19", "Israeli tanks pushed into the southern Gaza city of Rafah on Tuesday.", {("ISR", "PSE", "19")}),
    ("--", "India's monsoon rains were 6 percent below average in August, the weather office said.", set()),
]

# A fifth batch, written after WIRE_FRESH3's rules and run once before any change that followed it.
WIRE_FRESH4: list[tuple[str, str, set[Triple]]] = [
    ("02", "Kenya's foreign minister appealed to donors on Tuesday for urgent food aid for drought "
           "victims.", set()),
    ("04", "Qatar and Egypt mediated a four-day truce between Israel and Hamas, officials said.",
     {("QAT", "ISR", "045"), ("QAT", "PSE", "045"), ("EGY", "ISR", "045"), ("EGY", "PSE", "045")}),
    ("05", "Britain backed Kenya's offer to lead a multinational police mission to Haiti.",
     {("GBR", "KEN", "051")}),
    ("05", "Mexico's foreign ministry welcomed the ceasefire agreed by Israel and Hamas.",
     {("MEX", "ISR", "051"), ("MEX", "PSE", "051")}),
    ("07", "Germany pledged 1 billion euros in military aid to Ukraine on Thursday.",
     {("DEU", "UKR", "033")}),
    ("10", "Poland demanded an apology from Germany's ambassador over the remarks.", {("POL", "DEU", "10")}),
    ("11", "Iran summoned the British ambassador on Sunday to protest against the sanctions.",
     {("IRN", "GBR", "114")}),
    ("12", "Hungary vetoed a European Union statement on China on Friday, diplomats said.",
     {("HUN", "IGO", "129")}),
    ("13", "Russia threatened on Wednesday to cut gas supplies to Moldova.", {("RUS", "MDA", "13")}),
    ("14", "Opposition supporters boycotted the presidential election in Chad on Monday.",
     {("TCD", "TCD", "14")}),
    ("14", "Rioters set fire to government buildings in the Senegalese capital Dakar on Friday.",
     {("SEN", "SEN", "145")}),
    ("16", "The United States banned imports of Russian uranium on Tuesday.", {("USA", "RUS", "163")}),
    ("16", "Canada expelled an Indian diplomat on Monday over the killing of a Sikh leader.",
     {("CAN", "IND", "166")}),
    ("17", "Iran seized an oil tanker in the Gulf of Oman on Thursday, state media reported.", set()),
    # first written as 17: a sentence is a court's finding of guilt, the codebook's 116 (PLOVER's
    # SANCTION convict)
    ("11", "A court in Tehran sentenced a French national to five years in prison for spying.",
     {("IRN", "FRA", "116")}),
    ("17", "Chinese hackers breached the email accounts of U.S. officials, Microsoft said.",
     {("CHN", "USA", "176")}),
    ("18", "Gunmen took dozens of passengers hostage on a train in Pakistan's Balochistan province.",
     {("PAK", "PAK", "181")}),
    ("18", "Haitian President Jovenel Moise was assassinated at his home in Port-au-Prince on Wednesday.",
     set()),
    ("19", "Ukrainian air defences shot down 20 Russian drones overnight, the air force said.",
     {("UKR", "RUS", "19")}),
    ("19", "Israel said Hamas had violated the ceasefire by firing rockets at southern Israel.",
     {("ISR", "PSE", "112")}),  # the annotation guide: the accusation replaces the reported act (SAY)
    ("19", "Russian forces occupied the Chernobyl nuclear plant on Thursday, Ukrainian officials said.",
     {("RUS", "UKR", "192")}),
    ("--", "The World Bank cut its global growth forecast to 2.4 percent on Tuesday.", set()),
    ("--", "Real Madrid's Jude Bellingham scored the winner against Barcelona on Saturday.", set()),
]

# A sixth batch, written after WIRE_FRESH4's rules and run once before any change that followed it.
WIRE_FRESH5: list[tuple[str, str, set[Triple]]] = [
    ("02", "France urged Lebanon's political leaders on Monday to elect a president without further "
           "delay.", {("FRA", "LBN", "02")}),
    ("03", "Azerbaijan said on Sunday it was ready to sign a peace treaty with Armenia by the end of the "
           "year.", {("AZE", "ARM", "03")}),
    ("04", "The Chinese foreign minister arrived in Moscow on Monday for a three-day visit.",
     {("CHN", "RUS", "042"), ("RUS", "CHN", "043")}),
    ("04", "Leaders of Kenya and Somalia held talks in Nairobi on Thursday on border security.",
     {("KEN", "SOM", "046"), ("SOM", "KEN", "046")}),
    ("05", "Brazil's president praised China's peace proposal for Ukraine on Friday.",
     {("BRA", "CHN", "051")}),
    ("07", "Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its reserves.",
     {("SAU", "PAK", "07")}),
    ("08", "Mali's junta released a French journalist held hostage for nearly two years.",
     {("MLI", "FRA", "084")}),
    ("10", "Ukraine's president called on NATO on Tuesday to provide more fighter jets.",
     {("UKR", "IGO", "02")}),
    ("11", "The Philippine coast guard accused Chinese vessels of blocking its supply boats.",
     {("PHL", "CHN", "112")}),
    ("12", "Israel's prime minister rejected calls for a Palestinian state on Thursday.", set()),
    ("13", "North Korea threatened on Friday to shoot down U.S. spy planes over its waters.",
     {("PRK", "USA", "13")}),
    ("14", "Hundreds of Kurds demonstrated in Stockholm on Saturday against Turkey's president.",
     {("SWE", "TUR", "141")}),
    ("15", "Taiwan scrambled fighter jets on Monday after 30 Chinese military aircraft entered its air "
           "defence zone.", {("TWN", "CHN", "15")}),
    ("16", "Australia imposed targeted sanctions on three Russian officials on Wednesday.",
     {("AUS", "RUS", "163")}),
    ("17", "Egyptian police arrested dozens of activists in Cairo ahead of the protests, lawyers said.",
     {("EGY", "EGY", "173")}),
    ("18", "A roadside bomb killed three U.S. soldiers in northern Syria on Sunday, the Pentagon said.",
     {("SYR", "USA", "183")}),  # no attacker named: the place's unidentified force (SYRUAF)
    ("19", "Ethiopian government forces shelled the town of Lalibela on Wednesday, residents said.",
     {("ETH", "ETH", "194")}),
    ("19", "Azerbaijani and Armenian troops exchanged fire along their border overnight.",
     {("AZE", "ARM", "19"), ("ARM", "AZE", "19")}),
    ("--", "Germany's exports rose 1.2 percent in March, the statistics office said.", set()),
    ("--", "Novak Djokovic beat Jannik Sinner in the Australian Open semi-final.", set()),
]


# Fourth session, batch A: written before any rule change of that session (weighted by how often the
# codes occur in event data: statements, appeals, meetings, visits, talks, praise, accords, aid,
# criticism, accusations, rejection, threats, protests, sanctions, arrests, assaults and fighting).
# More reported speech, passives, participial openers and two events in one sentence.
WIRE_FRESH6: list[tuple[str, str, set[Triple]]] = [
    ("01", "Russian President Vladimir Putin sent a message of condolences to Iranian President Masoud "
           "Pezeshkian after the deadly port explosion, the Kremlin said.", {("RUS", "IRN", "018")}),
    ("01", "Japan's prime minister expressed regret on Thursday over China's decision to ban Japanese "
           "seafood imports.", {("JPN", "CHN", "111")}),
    ("02", "Pope Francis called on Israel and Hamas on Sunday to agree to an immediate ceasefire in Gaza.",
     {("VAT", "ISR", "02"), ("VAT", "PSE", "02")}),
    ("02", "Egypt's foreign minister urged the United States on Monday to press Israel to allow more aid "
           "into Gaza.", {("EGY", "USA", "02")}),
    ("02", "South Korea asked Japan on Tuesday to withdraw its territorial claim to the disputed islets, "
           "the foreign ministry in Seoul said.", {("KOR", "JPN", "02")}),
    ("02", "In a letter to the Security Council, Armenia appealed to the United Nations to send observers "
           "to its border with Azerbaijan.", {("ARM", "IGO", "02")}),
    ("03", "Germany pledged on Friday to deliver two more Patriot air defence systems to Ukraine.",
     {("DEU", "UKR", "03")}),
    ("03", "Iran said on Sunday it was ready to resume indirect talks with the United States over its "
           "nuclear programme.", {("IRN", "USA", "036")}),
    ("03", "India and China agreed to hold another round of talks to ease tensions along their disputed "
           "Himalayan border.", {("IND", "CHN", "036"), ("CHN", "IND", "036")}),
    ("03", "Qatar offered on Wednesday to mediate between Ethiopia and Egypt in their dispute over the "
           "Nile dam.", {("QAT", "ETH", "03"), ("QAT", "EGY", "03")}),
    ("03", "Iran's supreme leader said on Wednesday that Tehran would never negotiate with Washington.",
     {("IRN", "USA", "12")}),
    ("04", "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on "
           "Tuesday to discuss the war in Ukraine.", {("RUS", "CHN", "04"), ("CHN", "RUS", "04")}),
    ("04", "Ukrainian President Volodymyr Zelenskiy arrived in Washington on Wednesday for talks with "
           "President Joe Biden.", {("UKR", "USA", "042"), ("USA", "UKR", "043")}),
    ("04", "French President Emmanuel Macron spoke by phone with Iranian President Ebrahim Raisi on "
           "Saturday, the Elysee said.", {("FRA", "IRN", "041"), ("IRN", "FRA", "041")}),
    ("04", "Israeli and Palestinian officials met in the Jordanian city of Aqaba on Sunday for the first "
           "time in years.", {("ISR", "PSE", "04"), ("PSE", "ISR", "04")}),
    ("04", "Chinese Premier Li Qiang began a three-day official visit to Australia on Saturday.",
     {("CHN", "AUS", "042"), ("AUS", "CHN", "043")}),
    ("04", "Vietnam's president received the visiting Japanese foreign minister in Hanoi on Monday.",
     {("VNM", "JPN", "043"), ("JPN", "VNM", "042")}),
    ("04", "Negotiators from Israel and Hamas resumed indirect talks in Cairo on Monday, Egyptian "
           "security sources said.", {("ISR", "PSE", "046"), ("PSE", "ISR", "046")}),
    ("04", "After meeting Indonesia's president in Jakarta, the Australian prime minister said the two "
           "countries would deepen security ties.", {("AUS", "IDN", "04"), ("IDN", "AUS", "04")}),
    ("05", "NATO Secretary-General Jens Stoltenberg on Wednesday welcomed Finland's decision to apply for "
           "membership of the alliance.", {("IGO", "FIN", "051")}),
    ("05", "Mexico and the United States signed an agreement on Monday to curb the flow of fentanyl "
           "across their border.", {("MEX", "USA", "057"), ("USA", "MEX", "057")}),
    ("05", "The United States praised Saudi Arabia on Tuesday for brokering a ceasefire in Sudan.",
     {("USA", "SAU", "051")}),
    ("05", "Egypt and Turkey restored full diplomatic relations on Tuesday, naming ambassadors for the "
           "first time in a decade.", {("EGY", "TUR", "05"), ("TUR", "EGY", "05")}),
    ("06", "The United States and the Philippines began their largest-ever joint military exercises on "
           "Tuesday.", {("USA", "PHL", "062"), ("PHL", "USA", "062")}),
    ("06", "Poland and Ukraine launched joint patrols along their shared border on Monday.",
     {("POL", "UKR", "062"), ("UKR", "POL", "062")}),
    ("07", "The International Monetary Fund approved a $3 billion bailout for Sri Lanka on Monday.",
     {("IGO", "LKA", "071")}),
    ("07", "Britain announced 100 million pounds in humanitarian aid for Sudan on Wednesday.",
     {("GBR", "SDN", "073")}),
    ("07", "Norway donated $5 million to the U.N. agency for Palestinian refugees on Friday.",
     {("NOR", "IGO", "07")}),
    ("08", "Venezuela freed six jailed American oil executives on Saturday in a deal with Washington.",
     {("VEN", "USA", "084")}),
    ("08", "Hamas released two elderly Israeli women held hostage in Gaza, the Red Cross said.",
     {("PSE", "ISR", "084")}),
    ("08", "Israel eased restrictions on the movement of Palestinian workers from the West Bank on "
           "Sunday.", {("ISR", "PSE", "08")}),
    ("09", "Brazilian federal police opened an investigation into former President Jair Bolsonaro over "
           "the alleged coup plot.", {("BRA", "BRA", "09")}),
    ("10", "Azerbaijan demanded on Thursday that Armenia withdraw its forces from the border region.",
     {("AZE", "ARM", "10")}),
    ("10", "Thousands of protesters in Belgrade demanded the resignation of the Serbian government.",
     {("SRB", "SRB", "104")}),
    ("11", "Russia's foreign ministry on Thursday criticised NATO's plan to deploy more troops in the "
           "Baltic states.", {("RUS", "IGO", "111")}),
    ("11", "Beijing accused Washington on Monday of spreading disinformation about the origins of the "
           "coronavirus.", {("CHN", "USA", "112")}),
    ("11", "Venezuelan President Nicolas Maduro denounced the U.S. sanctions as an act of economic "
           "aggression.", {("VEN", "USA", "111")}),
    ("11", "Ukraine's foreign ministry condemned Russia's missile strike on a shopping centre in "
           "Kremenchuk.", {("UKR", "RUS", "111")}),
    ("11", "The Pentagon said Chinese fighter jets had intercepted a U.S. surveillance plane over the "
           "South China Sea.", {("USA", "CHN", "112")}),
    ("12", "Hamas rejected Israel's latest ceasefire proposal on Wednesday, a senior official of the "
           "group said.", {("PSE", "ISR", "12")}),
    ("12", "Serbia refused on Friday to recognise Kosovo's independence.", {("SRB", "XKX", "12")}),
    ("12", "North Korea has rejected South Korea's offer of humanitarian aid, state media said.",
     {("PRK", "KOR", "12")}),
    ("13", "Turkey threatened on Thursday to block Sweden's bid to join NATO.", {("TUR", "SWE", "13")}),
    ("13", "Iran vowed on Tuesday to retaliate against Israel for the killing of a senior commander in "
           "Damascus.", {("IRN", "ISR", "13")}),
    ("14", "Thousands of Palestinians rallied in Ramallah on Friday against Israel's offensive in Gaza.",
     {("PSE", "ISR", "141")}),
    ("14", "Hundreds of Iraqis stormed the Swedish embassy in Baghdad on Thursday in protest against the "
           "burning of a Koran.", {("IRQ", "SWE", "14")}),
    ("14", "Nurses in Britain went on strike on Thursday over pay.", {("GBR", "GBR", "143")}),
    ("14", "Opposition supporters took to the streets of Nairobi on Wednesday to protest against tax "
           "increases.", {("KEN", "KEN", "141")}),
    ("15", "China sent 71 warplanes and seven navy ships toward Taiwan on Sunday, Taiwan's defence "
           "ministry said.", {("CHN", "TWN", "15")}),
    ("16", "Canada imposed sanctions on 15 Iranian officials on Friday over the crackdown on protesters.",
     {("CAN", "IRN", "163")}),
    ("16", "Algeria severed diplomatic relations with Morocco on Tuesday, accusing its neighbour of "
           "hostile actions.", {("DZA", "MAR", "161"), ("DZA", "MAR", "112")}),
    ("16", "Washington suspended military aid to Egypt on Wednesday over human rights concerns.",
     {("USA", "EGY", "16")}),
    ("17", "Russian police detained more than 400 people at rallies in support of jailed opposition "
           "leader Alexei Navalny, a monitoring group said.", {("RUS", "RUS", "173")}),
    ("17", "Two Chinese nationals were arrested by Philippine authorities on suspicion of espionage, "
           "officials said.", {("PHL", "CHN", "173")}),
    ("17", "Kenya's government imposed a curfew on the coastal county of Lamu after a series of attacks.",
     {("KEN", "KEN", "17")}),
    # 19 until the thirty-ninth session, when the militants (not the officials who told it) became the
    # source: irregular armed men on the unarmed are unconventional violence, 180 (docs/events.md,
    # thirteenth session, wip/gsrforce)
    ("18", "Suspected Islamist militants killed at least 20 villagers in an attack in northeastern "
           "Nigeria, local officials said.", {("NGA", "NGA", "18")}),
    # first written 18: PETRARCH's verb dictionary codes KILL 190 whoever kills (the study's probe p11)
    ("19", "Israeli air strikes killed at least 30 people in southern Gaza overnight, health officials "
           "said.", {("ISR", "PSE", "195")}),
    ("19", "Russian forces shelled the city of Zaporizhzhia on Saturday, killing two civilians, the "
           "regional governor said.", {("RUS", "UKR", "194")}),
    ("19", "Ukrainian drones attacked an oil refinery in Russia's Krasnodar region overnight, Russian "
           "officials said.", {("UKR", "RUS", "19")}),
    ("19", "Indian troops killed three militants in a gunbattle in Kashmir on Tuesday, police said.",
     {("IND", "IND", "19")}),
    ("20", "Islamic State fighters massacred hundreds of Yazidi men in northern Iraq, a U.N. report said.",
     {("IMG", "IRQ", "20")}),
    ("--", "Oil prices rose 2 percent on Tuesday after OPEC+ agreed to extend its output cuts.", set()),
    ("--", "Manchester City beat Inter Milan 1-0 in the Champions League final in Istanbul.", set()),
    ("--", "Japan's economy shrank at an annual rate of 2.1 percent in the third quarter, government "
           "data showed.", set()),
    ("--", "Typhoon Haikui killed at least 10 people in southern China on Tuesday.", set()),
    ("--", "Soviet troops liberated the Auschwitz death camp in 1945.", set()),
    ("--", "A documentary by a Palestinian and an Israeli director won the Oscar on Sunday.", set()),
]


# Fourth session, batch B: written after the rules for batch A were changed, committed and run once
# before any further rule change (the held-out figure for those rules). Its weight is on reported speech,
# passives, relative clauses, participial phrases, several acts in one sentence and refusals.
WIRE_FRESH7: list[tuple[str, str, set[Triple]]] = [
    ("01", "Turkey's foreign ministry expressed condolences to Russia over the concert hall attack near "
           "Moscow.", {("TUR", "RUS", "018")}),
    ("02", "Kenya's foreign minister urged Ethiopia and Eritrea on Monday to respect the peace deal.",
     {("KEN", "ETH", "02"), ("KEN", "ERI", "02")}),
    ("02", "Afghanistan's Taliban government asked Pakistan on Monday to stop deporting Afghan refugees.",
     {("AFG", "PAK", "02")}),
    ("02", "The African Union called on Sudan's warring parties to return to negotiations, the bloc's "
           "commission chairman said.", {("IGO", "SDN", "02")}),
    ("03", "Russia is prepared to discuss a prisoner exchange with the United States, Kremlin spokesman "
           "Dmitry Peskov said.", {("RUS", "USA", "036")}),
    ("03", "Egypt has offered to host a new round of negotiations between Israel and Hamas, Egyptian "
           "officials said.", {("EGY", "ISR", "03"), ("EGY", "PSE", "03")}),
    ("03", "South Korea plans to provide $2.3 billion in aid to Ukraine next year, the finance ministry "
           "said.", {("KOR", "UKR", "03")}),
    ("03", "Hungary will not send weapons to Ukraine, Prime Minister Viktor Orban said on Friday.",
     {("HUN", "UKR", "12")}),
    ("04", "U.S. Secretary of State Antony Blinken, on his ninth trip to the Middle East since the war "
           "began, met Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday.",
     {("USA", "EGY", "04"), ("EGY", "USA", "04")}),
    ("04", "Visiting Japanese Foreign Minister Yoko Kamikawa held talks with her Philippine counterpart "
           "in Manila on Saturday.", {("JPN", "PHL", "046"), ("PHL", "JPN", "046")}),
    ("04", "Iran's foreign minister arrived in Beirut on Friday on an unannounced visit.",
     {("IRN", "LBN", "042"), ("LBN", "IRN", "043")}),
    ("04", "Brazilian President Luiz Inacio Lula da Silva received Venezuelan President Nicolas Maduro in "
           "Brasilia on Monday.", {("BRA", "VEN", "043"), ("VEN", "BRA", "042")}),
    ("04", "U.S. and Chinese military officials held talks in Hawaii on maritime safety, the Pentagon "
           "said.", {("USA", "CHN", "046"), ("CHN", "USA", "046")}),
    ("04", "Russian President Vladimir Putin and Chinese President Xi Jinping held a video call on Friday, "
           "the Kremlin said.", {("RUS", "CHN", "041"), ("CHN", "RUS", "041")}),
    ("04", "South Africa's foreign minister will travel to Moscow next week to meet her Russian "
           "counterpart.", {("ZAF", "RUS", "036")}),
    ("05", "India and the United Arab Emirates signed a bilateral investment treaty in Abu Dhabi on "
           "Tuesday.", {("IND", "ARE", "057"), ("ARE", "IND", "057")}),
    ("05", "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday.",
     {("ESP", "PSE", "054"), ("IRL", "PSE", "054"), ("NOR", "PSE", "054")}),
    ("05", "The European Union's foreign policy chief praised Armenia for its commitment to democratic "
           "reforms.", {("IGO", "ARM", "051")}),
    ("05", "Kenya welcomed the U.N. Security Council's decision to authorise a Kenyan-led security "
           "mission to Haiti.", {("KEN", "IGO", "051")}),
    ("06", "Greek police handed over a Turkish fugitive to the Turkish authorities at the border on "
           "Wednesday.", {("GRC", "TUR", "06")}),
    ("06", "Japan and the Philippines signed a reciprocal access agreement on Monday, allowing their troops "
           "to train on each other's soil.", {("JPN", "PHL", "057"), ("PHL", "JPN", "057")}),
    ("07", "The European Union approved a 50 billion euro aid package for Ukraine on Thursday.",
     {("IGO", "UKR", "07")}),
    ("07", "Saudi Arabia sent 90 tonnes of food aid to Sudan on Monday, the state news agency said.",
     {("SAU", "SDN", "07")}),
    ("07", "China provided emergency humanitarian assistance worth $1 million to Vanuatu after the "
           "earthquake.", {("CHN", "VUT", "073")}),
    ("08", "China lifted its ban on Japanese seafood imports on Friday.", {("CHN", "JPN", "08")}),
    ("08", "The Taliban freed a British aid worker who had been detained in Afghanistan for six months.",
     {("AFG", "GBR", "084")}),
    ("09", "The U.N. Human Rights Council voted on Thursday to open an investigation into alleged abuses "
           "by Iranian authorities.", {("IGO", "IRN", "09")}),
    ("10", "China on Thursday demanded that the Philippines remove a grounded warship from the disputed "
           "shoal.", {("CHN", "PHL", "10")}),
    ("11", "Iran's foreign ministry spokesman condemned the Israeli strike on its consulate in Damascus as "
           "a violation of international law.", {("IRN", "ISR", "111")}),
    ("11", "The United States accused Russia on Wednesday of using North Korean ballistic missiles against "
           "Ukraine.", {("USA", "RUS", "112")}),
    ("11", "Speaking to reporters in Brussels, NATO's secretary-general criticised China for supporting "
           "Russia's war effort.", {("IGO", "CHN", "111")}),
    ("11", "Pakistan blamed India for the bombing in Lahore, a charge New Delhi denied.",
     {("PAK", "IND", "112"), ("IND", "PAK", "016")}),
    ("11", "Russia was accused by Ukraine on Monday of deporting thousands of children from occupied "
           "territories.", {("UKR", "RUS", "112")}),
    ("11", "Turkey's president slammed Israel's military operation in Gaza, calling it a massacre.",
     {("TUR", "ISR", "111")}),
    ("20", "Russian forces have used chemical weapons against Ukrainian troops, the U.S. State Department "
           "said.", {("RUS", "UKR", "204")}),
    # first written USA->RUS 112: a trailing attribution is transparent (the study's reported-speech rule)
    ("12", "Ukraine turned down a Russian proposal for a Christmas truce on Friday.",
     {("UKR", "RUS", "12")}),
    ("12", "The Taliban refused to allow U.N. human rights investigators into Afghanistan.",
     {("AFG", "IGO", "12")}),
    ("13", "North Korea's Kim Yo Jong warned that Pyongyang would respond to any South Korean "
           "provocation.", {("PRK", "KOR", "13")}),
    ("13", "Washington threatened on Tuesday to impose further sanctions on Iran if it enriched uranium "
           "to weapons grade.", {("USA", "IRN", "13")}),
    ("13", "China's defence ministry warned Taiwan's ruling party on Thursday that independence meant "
           "war.", {("CHN", "TWN", "13")}),
    ("14", "Thousands of Georgians rallied outside parliament in Tbilisi on Sunday against a proposed "
           "foreign agents law.", {("GEO", "GEO", "141")}),
    ("14", "Dockworkers at ports across the U.S. East Coast went on strike on Tuesday.",
     {("USA", "USA", "143")}),
    ("14", "Several thousand protesters marched on the Israeli embassy in Amman on Friday.",
     {("JOR", "ISR", "141")}),
    ("15", "Israel massed troops and tanks along its border with Gaza on Saturday.", {("ISR", "PSE", "15")}),
    ("15", "Venezuela deployed troops to its border with Guyana on Wednesday.", {("VEN", "GUY", "15")}),
    ("16", "The United States imposed sanctions on four Israeli settlers accused of violence against "
           "Palestinians.", {("USA", "ISR", "163")}),
    ("16", "Lithuania expelled a Russian diplomat on Thursday for activities incompatible with his status.",
     {("LTU", "RUS", "16")}),
    ("16", "Nicaragua broke off diplomatic relations with the Netherlands on Sunday.",
     {("NIC", "NLD", "161")}),
    ("16", "The European Union suspended budget support to Niger after the coup.", {("IGO", "NER", "16")}),
    ("17", "Israeli troops arrested 20 Palestinians in overnight raids across the occupied West Bank, the "
           "army said.", {("ISR", "PSE", "173")}),
    ("17", "Chinese authorities detained a Japanese businessman on spying charges, Japan's government "
           "said.", {("CHN", "JPN", "173")}),
    ("17", "Hong Kong police arrested six people on Tuesday over social media posts deemed seditious.",
     {("HKG", "HKG", "173")}),
    ("18", "A suicide bomber killed at least 15 people at a mosque in Peshawar on Friday, police said.",
     {("PAK", "PAK", "18")}),
    ("19", "Al-Shabaab militants attacked a hotel in Mogadishu, killing at least nine people, police said.",
     {("SOM", "SOM", "19")}),
    ("19", "Israeli forces killed six Palestinians in a raid on the Jenin refugee camp on Tuesday, the "
           "Palestinian health ministry said.", {("ISR", "PSE", "19")}),
    ("19", "Russian missiles struck energy infrastructure across Ukraine overnight, Ukraine's air force "
           "said.", {("RUS", "UKR", "19")}),
    ("19", "Hezbollah fired dozens of rockets at northern Israel on Sunday, the Israeli military said.",
     {("LBN", "ISR", "19")}),
    ("19", "Pakistan carried out air strikes on suspected militant hideouts inside Afghanistan on Monday.",
     {("PAK", "AFG", "195")}),
    ("19", "Thai and Cambodian troops exchanged fire along the disputed border on Thursday.",
     {("THA", "KHM", "19"), ("KHM", "THA", "19")}),
    ("19", "Sudan's paramilitary Rapid Support Forces seized control of the town of Wad Madani on Monday.",
     {("SDN", "SDN", "19")}),
    ("--", "Brazil's central bank cut its benchmark interest rate by half a percentage point on Wednesday.",
     set()),
    ("--", "Floods in Pakistan killed more than 1,700 people last year.", set()),
    ("--", "Gold prices hit a record high on Monday as investors bet on U.S. rate cuts.", set()),
    ("--", "Lionel Messi scored twice as Inter Miami beat the New York Red Bulls on Saturday.", set()),
    ("--", "The concert film topped the box office in North America over the weekend.", set()),
    ("--", "The Ottoman army besieged Vienna in 1683.", set()),
    ("--", "China's population fell for the second year in a row, official data showed.", set()),
]


# Fourth session, batch C: codebook breadth. Written after batch B's rules, committed before its first
# run: one or two sentences for 3-digit codes the earlier batches touch rarely, worded the way agency copy
# reports them.
WIRE_FRESH8: list[tuple[str, str, set[Triple]]] = [
    ("01", "Kenya's foreign ministry declined to comment on Monday on reports that it had expelled a "
           "Somali envoy.", set()),
    ("01", "The Iranian foreign minister voiced pessimism on Sunday about the prospects of nuclear talks "
           "with the United States.", {("IRN", "USA", "012")}),
    ("02", "Lebanon appealed to France on Tuesday for help in rebuilding the port of Beirut.",
     {("LBN", "FRA", "023")}),
    ("02", "The European Union urged Armenia and Azerbaijan to settle their dispute peacefully.",
     {("IGO", "ARM", "027"), ("IGO", "AZE", "027")}),
    ("03", "Kuwait offered on Sunday to mediate between Saudi Arabia and Qatar.",
     {("KWT", "SAU", "039"), ("KWT", "QAT", "039")}),
    ("03", "Ethiopia and Egypt agreed to resolve their dispute over the Nile dam through negotiations.",
     {("ETH", "EGY", "037"), ("EGY", "ETH", "037")}),
    ("03", "Thailand's prime minister promised on Friday to release detained Cambodian workers.",
     {("THA", "KHM", "035")}),
    ("04", "The foreign ministers of India and Pakistan met in Moscow on Thursday on the sidelines of a "
           "regional summit.", {("IND", "PAK", "04"), ("PAK", "IND", "04")}),
    ("04", "Norway brokered talks between the Colombian government and the ELN rebel group in Oslo.",
     {("NOR", "COL", "045")}),
    ("05", "Turkey's president backed Azerbaijan's position on Nagorno-Karabakh on Monday.",
     {("TUR", "AZE", "051")}),
    ("05", "Greece and North Macedonia signed a deal on Sunday ending a decades-old dispute over the "
           "name.", {("GRC", "MKD", "057"), ("MKD", "GRC", "057")}),
    ("05", "Saudi Arabia apologised to Qatar on Wednesday for the remarks of one of its ministers.",
     {("SAU", "QAT", "055")}),
    ("06", "China and Russia agreed to expand trade in their own currencies on Tuesday.",
     {("CHN", "RUS", "03"), ("RUS", "CHN", "03")}),
    ("06", "South Korea and Japan resumed sharing military intelligence on North Korean missile launches.",
     {("KOR", "JPN", "06"), ("JPN", "KOR", "06")}),
    ("06", "Spain extradited a Russian hacker to the United States on Friday.", {("ESP", "USA", "063")}),
    ("07", "The World Food Programme delivered food aid to 1.5 million people in Yemen last month.",
     {("IGO", "YEM", "07")}),
    ("07", "Germany granted asylum to two Russian soldiers who had deserted the army.",
     {("DEU", "RUS", "075")}),
    ("07", "Turkey sent military advisers to Libya to support the U.N.-backed government.",
     {("TUR", "LBY", "07")}),
    ("08", "Myanmar's junta lifted the curfew in the city of Mandalay on Monday.", {("MMR", "MMR", "08")}),
    ("08", "Armenia's prime minister resigned on Monday after weeks of protests.", set()),
    ("08", "Israel reopened the Kerem Shalom crossing into Gaza on Sunday.", {("ISR", "PSE", "08")}),
    ("08", "Russia withdrew its troops from the Kyiv region at the end of March.", {("RUS", "UKR", "08")}),
    ("09", "Kenya launched an investigation into the deaths of protesters shot by police.",
     {("KEN", "KEN", "09")}),
    ("10", "Ukraine demanded on Wednesday that Russia return the children it had deported.",
     {("UKR", "RUS", "10")}),
    ("10", "Poland demanded that Germany pay reparations for the Second World War.", {("POL", "DEU", "10")}),
    ("10", "Beijing demanded an explanation from Washington over the balloon incident.",
     {("CHN", "USA", "10")}),
    ("11", "The Philippines lodged a diplomatic protest with China over the water cannon attack.",
     {("PHL", "CHN", "114")}),
    ("11", "Iran summoned the Swiss ambassador, who represents U.S. interests in Tehran, on Sunday.",
     {("IRN", "CHE", "114")}),
    ("11", "A Turkish court convicted a U.S. consulate employee of aiding a terrorist group.",
     {("TUR", "USA", "116")}),
    ("12", "China rejected Japan's protest over the detention of a Japanese businessman.",
     {("CHN", "JPN", "12")}),
    ("12", "Hungary blocked a European Union aid package for Ukraine on Thursday.", {("HUN", "IGO", "12")}),
    ("12", "Serbia ignored a European Union demand to align its foreign policy with the bloc.",
     {("SRB", "IGO", "12")}),
    ("13", "Russia warned NATO on Tuesday against sending troops to Ukraine.", {("RUS", "IGO", "13")}),
    ("13", "Iran threatened to retaliate against Israel for the strike on its embassy in Damascus.",
     {("IRN", "ISR", "13")}),
    ("13", "China threatened on Monday to impose sanctions on U.S. defence companies over arms sales to "
           "Taiwan.", {("CHN", "USA", "13")}),
    ("14", "Thousands of Kenyans protested outside parliament in Nairobi on Tuesday against tax "
           "increases.", {("KEN", "KEN", "141")}),
    ("15", "Pakistan put its armed forces on high alert along the border with India.",
     {("PAK", "IND", "15")}),
    ("15", "Russia has deployed nuclear-capable missiles to its Kaliningrad exclave, Lithuania said.",
     {("RUS", "RUS", "15")}),
    ("16", "The United States halted military aid to Egypt over human rights concerns.",
     {("USA", "EGY", "16")}),
    ("16", "Argentina broke off diplomatic relations with Nicaragua on Monday.", {("ARG", "NIC", "161")}),
    ("17", "Russian authorities seized the assets of a Danish company on Tuesday.", {("RUS", "DNK", "171")}),
    ("17", "Chinese authorities deported a Japanese journalist on Monday.", {("CHN", "JPN", "174")}),
    ("17", "Belarusian police beat and detained dozens of protesters in Minsk.", {("BLR", "BLR", "17")}),
    ("18", "Suspected Islamist militants kidnapped a German aid worker in northern Mali.",
     {("MLI", "DEU", "181")}),
    ("18", "A car bomb killed a senior Russian general in Moscow on Friday.",
     {("RUS", "RUS", "183")}),  # no attacker named: RUSUAF
    ("18", "Gunmen assassinated a provincial governor in eastern Afghanistan on Wednesday.",
     {("AFG", "AFG", "18")}),
    ("19", "Israeli tanks shelled Hezbollah positions in southern Lebanon overnight.",
     {("ISR", "LBN", "194")}),
    ("19", "Russian troops occupied the Ukrainian city of Kherson in early March.", {("RUS", "UKR", "19")}),
    ("19", "Yemen's Houthi rebels attacked a Saudi oil facility with drones on Saturday.",
     {("YEM", "SAU", "19")}),
    ("19", "Turkish warplanes bombed Kurdish militant targets in northern Iraq.", {("TUR", "IRQ", "195")}),
    ("19", "The Syrian government dropped barrel bombs on rebel-held neighbourhoods of Aleppo.",
     {("SYR", "SYR", "19")}),
    ("--", "Japan's Nikkei share average closed up 1.2 percent on Tuesday.", set()),
    ("--", "India's cricket team beat Pakistan by eight wickets in Ahmedabad.", set()),
]


# Fifth session: written after the rules drawn from the real-news CAMEO dev set's READ half
# (benchmarks/wire_cameo_gold.jsonl), in the register of its misses (1980s-2000s agency copy: trade
# rows, allegations, scheduled visits, means clauses, relative clauses, aircraft and missiles), own
# wording, committed before its first run.
WIRE_FRESH9: list[tuple[str, str, set[Triple]]] = [
    ("11", "Washington accused Tokyo on Friday of breaking a 1986 agreement on semiconductor prices.",
     {("USA", "JPN", "112")}),
    ("11", "The European Commission charged that Japan was dumping ball bearings on the European market.",
     {("IGO", "JPN", "112")}),
    ("11", "Canada's trade minister said the United States had failed to honour its commitments under the "
           "lumber accord.", {("CAN", "USA", "112")}),
    ("11", "Brazil's finance minister attacked the IMF's austerity policies in a speech to bankers in New "
           "York.", {("BRA", "IGO", "111")}),
    ("11", "Beijing has repeatedly claimed that Taiwan is undermining stability in the region.",
     {("CHN", "TWN", "112")}),
    ("11", "Egypt, which had condemned the Israeli raid on Tunis, recalled its ambassador from Israel.",
     {("EGY", "ISR", "111"), ("EGY", "ISR", "161")}),
    ("11", "Iran's foreign ministry condemned the Iraqi air raid on the Kharg oil terminal.",
     {("IRN", "IRQ", "111")}),
    ("11", "Nicaragua's president criticized the United States for supporting the rebels.",
     {("NIC", "USA", "111")}),
    ("11", "The Turkish press accused the government of damaging the country's image abroad.",
     {("TUR", "TUR", "112")}),
    ("04", "The Indonesian foreign minister will visit Australia next week for talks on border security, "
           "officials said.", {("IDN", "AUS", "036")}),
    ("04", "Chile's president would travel to Argentina in May, his spokesman said.",
     {("CHL", "ARG", "036")}),
    ("04", "The Egyptian president arrived in Khartoum on Sunday for two days of talks with Sudanese "
           "leaders.", {("EGY", "SDN", "042"), ("SDN", "EGY", "043")}),
    ("04", "After spending three days in Hanoi, the Thai prime minister flew on to Phnom Penh.",
     {("THA", "VNM", "042"), ("VNM", "THA", "043"), ("THA", "KHM", "042"), ("KHM", "THA", "043")}),
    ("04", "Pakistan's foreign minister left for Beijing on Monday on a four-day official visit to China.",
     {("PAK", "CHN", "042"), ("CHN", "PAK", "043")}),
    ("04", "The leaders of Greece and Turkey ended months of tension by meeting on the sidelines of the "
           "NATO summit in Brussels.", {("GRC", "TUR", "040"), ("TUR", "GRC", "040")}),
    ("04", "Jordan's king met with the Iraqi president in Baghdad on Thursday to discuss the border "
           "dispute.", {("JOR", "IRQ", "040"), ("IRQ", "JOR", "040")}),
    ("04", "The Japanese prime minister and the U.S. president will meet in Washington next month to "
           "discuss trade frictions.", {("JPN", "USA", "036"), ("USA", "JPN", "036")}),
    ("04", "The U.N. envoy held talks in Islamabad with Pakistani officials on the refugee crisis.",
     {("IGO", "PAK", "046"), ("PAK", "IGO", "046")}),
    ("02", "The European Union has lobbied China for years to open its markets to foreign banks.",
     {("IGO", "CHN", "02")}),
    ("02", "The Arab League urged Ethiopia and Eritrea to end their border war.",
     {("IGO", "ETH", "02"), ("IGO", "ERI", "02")}),
    ("10", "Poland demanded that Russia return the wreckage of the presidential plane.",
     {("POL", "RUS", "10")}),
    ("02", "Sri Lanka's government said it had asked Norwegian peace brokers to clarify the rebels' "
           "position on the truce.", {("LKA", "NOR", "02")}),
    ("12", "Brazil has flatly ruled out an IMF-monitored austerity programme.", {("BRA", "IGO", "12")}),
    ("12", "The Taliban government refused a U.S. demand to hand over the Saudi-born militant leader.",
     {("AFG", "USA", "12")}),
    ("12", "North Korea rejected a South Korean proposal for military talks on Tuesday.",
     {("PRK", "KOR", "125")}),
    ("12", "Iraq rejected its OPEC production quota and pumped 1.75 million barrels a day.",
     {("IRQ", "IGO", "12")}),
    ("13", "Britain threatened on Thursday to bar Japanese banks from London if Tokyo did not open its "
           "financial markets.", {("GBR", "JPN", "13")}),
    ("13", "The U.S. president threatened to raise tariffs on Chinese steel by 25 percent.",
     {("USA", "CHN", "13")}),
    ("13", "Iran warned the United States that any interference in the Gulf would meet a strong response.",
     {("IRN", "USA", "13")}),
    ("16", "The White House imposed tariffs on Japanese electronic goods after Tokyo failed to honour a "
           "chip accord.", {("USA", "JPN", "163")}),
    ("16", "The U.N. Security Council imposed an arms embargo on Liberia on Friday.",
     {("IGO", "LBR", "163")}),
    ("19", "Israeli aircraft fired missiles at a car in Gaza City, killing two Hamas militants, medics "
           "said.", {("ISR", "PSE", "195")}),
    ("19", "A French warplane used a guided bomb against Taliban positions in southern Afghanistan, the "
           "defence ministry said.", {("FRA", "AFG", "195")}),
    ("19", "Hezbollah fighters killed two Israeli soldiers in a border ambush on Tuesday.",
     {("LBN", "ISR", "19")}),
    ("19", "Iranian troops captured an Iraqi border post east of Basra, the Iranian news agency said.",
     {("IRN", "IRQ", "19")}),
    ("19", "U.S. forces launched cruise missile strikes on militant camps in Afghanistan.",
     {("USA", "AFG", "195")}),
    ("19", "Some of the Tamil rebels opened fire on Sri Lankan troops near Jaffna, killing three soldiers.",
     {("LKA", "LKA", "19")}),
    ("20", "Syrian forces used chemical weapons against a rebel-held suburb of Damascus, the inspectors "
           "said.", {("SYR", "SYR", "20")}),
    ("18", "An Islamic Jihad suicide bomber killed five Israelis at a shopping mall in Netanya.",
     {("PSE", "ISR", "1831")}),
    ("05", "The presidents of Ukraine and Russia signed an economic cooperation plan in Moscow on Friday.",
     {("UKR", "RUS", "057"), ("RUS", "UKR", "057")}),
    ("03", "Japan's prime minister said Tokyo was willing to send an envoy to Washington to help settle "
           "the trade dispute.", {("JPN", "USA", "037")}),
    ("03", "Israel wants to withdraw its troops from southern Lebanon, the defence minister said.",
     {("ISR", "LBN", "035")}),
    ("03", "The United States will continue its assistance to Nepal after the rebels join the "
           "government, a U.S. official said.", {("USA", "NPL", "03")}),
    ("05", "The Burmese government expressed its gratitude for ASEAN's support in admitting Burma to the "
           "group.", {("MMR", "IGO", "051")}),
    ("06", "Pakistan handed over to Kenyan officials a suspect in the embassy bombings.",
     {("PAK", "KEN", "063")}),
    ("05", "The U.S. secretary of state praised Kenya and Tanzania for their cooperation in the bombing "
           "investigation.", {("USA", "KEN", "051"), ("USA", "TZA", "051")}),
    ("14", "Thousands of West German farmers marched through Bonn to protest against the agriculture "
           "minister's price cuts.", {("DEU", "DEU", "14")}),
    ("14", "Tens of thousands of Cuban women marched to the U.S. mission in Havana to demand the boy's "
           "return.", {("CUB", "USA", "14")}),
    ("--", "The bombs that exploded outside two embassies on Friday killed 81 people and wounded 1,700.",
     set()),
    ("--", "Japan's trade surplus with the United States rose to 5.2 billion dollars in March.", set()),
    ("--", "Newcastle will visit Chelsea on Saturday without their injured captain.", set()),
    ("--", "Brazil suspended interest payments on its commercial bank debt in February.", set()),
    ("--", "The Soviet Union invaded Afghanistan in December 1979.", set()),
    ("--", "The president met his top economic advisers at the White House on Wednesday.", set()),
    ("--", "Police found the bodies of two women in a forest near the town on Friday.", set()),
    ("--", "The central bank held interest rates steady and said inflation would ease next year.", set()),
    ("--", "The Japanese ambassador's residence in Lima was stormed by troops in 1997, ending a four-month "
           "siege.", set()),
]


# Sixth session (issue #7, recall): written before its first run, two or more per CAMEO root, in the
# forms wire copy uses for the codebook's common sub-codes (light verbs and nominal events: "held
# talks", "paid a visit", "issued a warning", "imposed sanctions on", "lodged a protest with",
# "voiced support for", "extended credit to") and the constructions that hide an actor: a second
# conjunct, an after/before clause, a participle, a relative clause, a passive agent, an event noun
# with its parties ("A's talks with B", "the meeting between A and B"), a target named by an
# adjective inside a prepositional phrase ("tariffs on Japanese cars").
WIRE_FRESH10: list[tuple[str, str, set[Triple]]] = [
    # 01
    # changed after the first run: voicing support for a bid endorses it (051), not optimism (013)
    ("01", "Mexico's president voiced support on Tuesday for Guatemala's bid to join the trade bloc.",
     {("MEX", "GTM", "051")}),
    ("01", "Spain sent condolences to Morocco after floods swept through the Atlas region.",
     {("ESP", "MAR", "018")}),
    ("01", "Sweden said it regretted the decision by Hungary to delay the vote.", {("SWE", "HUN", "11")}),
    # 02
    ("02", "Kenya appealed to Britain on Monday for help in fighting a drought in the north.",
     {("KEN", "GBR", "02")}),
    ("02", "The Philippines will press China to respect a 2016 arbitration ruling, the foreign ministry "
           "said.",
     {("PHL", "CHN", "02")}),
    ("02", "Peru asked Chile to extradite a former minister wanted for corruption.", {("PER", "CHL", "02")}),
    # 03
    ("03", "Norway promised Colombia $50 million to support the peace process.", {("NOR", "COL", "03")}),
    ("03", "India offered to send engineers to Sri Lanka to rebuild the damaged port.",
     {("IND", "LKA", "03")}),
    ("03", "Vietnam pledged to expand trade with Cambodia during a two-day summit.", {("VNM", "KHM", "03")}),
    # 04
    ("04", "Egypt's foreign minister held talks with his Jordanian counterpart in Amman on Sunday.",
     {("EGY", "JOR", "046"), ("JOR", "EGY", "046")}),
    ("04", "Brazil's president paid a visit to Angola last week, his first trip to Africa.",
     {("BRA", "AGO", "042"), ("AGO", "BRA", "043")}),
    ("04", "Ghana hosted the president of Togo for a day of talks on border security.",
     {("GHA", "TGO", "043"), ("TGO", "GHA", "042")}),
    ("04", "The Polish prime minister spent two days in Lithuania before flying to Latvia.",
     {("POL", "LTU", "042"), ("LTU", "POL", "043"), ("POL", "LVA", "042"), ("LVA", "POL", "043")}),
    ("04", "Japan's talks with South Korea on fisheries ended without agreement on Friday.",
     {("JPN", "KOR", "04"), ("KOR", "JPN", "04")}),
    # 05
    ("05", "Italy praised Tunisia on Wednesday for curbing departures of migrant boats.",
     {("ITA", "TUN", "051")}),
    ("05", "The Dutch government apologised to Indonesia for violence during the colonial war.",
     {("NLD", "IDN", "055")}),
    ("05", "Ecuador restored diplomatic relations with Mexico after a year-long rift.",
     {("ECU", "MEX", "05")}),
    # 06
    ("06", "Nigeria signed a security pact with Niger on Thursday to fight smuggling on their border.",
     {("NGA", "NER", "057")}),
    ("06", "Greece and Cyprus signed an energy agreement in Athens on Monday.",
     {("GRC", "CYP", "057"), ("CYP", "GRC", "057")}),
    ("06", "South Africa agreed to share intelligence with Mozambique on the insurgency in Cabo Delgado.",
     {("ZAF", "MOZ", "03")}),
    # 07
    ("07", "Japan extended credit worth $1 billion to Indonesia, the finance ministry said.",
     {("JPN", "IDN", "071")}),
    ("07", "Germany delivered air defence systems to Ukraine on Friday.", {("DEU", "UKR", "072")}),
    ("07", "Canada sent food and medicine to Haiti after the earthquake.", {("CAN", "HTI", "073")}),
    # 08
    ("08", "Belarus released five Lithuanian citizens held on espionage charges.", {("BLR", "LTU", "084")}),
    ("08", "The European Union lifted sanctions on Uzbekistan on Monday.", {("IGO", "UZB", "08")}),
    ("08", "Israel eased restrictions on Palestinian workers from the West Bank.", {("ISR", "PSE", "08")}),
    # 09
    ("09", "Kenya's parliament opened an inquiry into abuses by British troops training in the country.",
     {("KEN", "GBR", "09")}),
    ("09", "Prosecutors in Argentina are investigating Iran over the 1994 bombing of a Jewish centre.",
     {("ARG", "IRN", "09")}),
    # 10
    ("10", "Azerbaijan demanded that Armenia withdraw its troops from the disputed region.",
     {("AZE", "ARM", "10")}),
    ("10", "Serbia called for the withdrawal of Kosovo police from the northern municipalities.",
     {("SRB", "XKX", "10")}),
    # 11
    ("11", "Pakistan blamed Afghanistan for a suicide bombing that killed 14 soldiers.",
     {("PAK", "AFG", "112")}),
    ("11", "China lodged a protest with Japan over the release of treated water from Fukushima.",
     {("CHN", "JPN", "11")}),
    ("11", "Turkey criticised Sweden for allowing a protest outside its embassy and denied that it was "
           "blocking the talks.", {("TUR", "SWE", "111")}),
    # 12
    ("12", "Hungary vetoed an EU aid package for Ukraine on Thursday.", {("HUN", "UKR", "12")}),
    ("12", "Venezuela rejected Guyana's offer of talks over the Essequibo region.", {("VEN", "GUY", "12")}),
    ("12", "Iran refused to allow U.N. inspectors into the Fordow site.", {("IRN", "IGO", "12")}),
    # 13
    ("13", "North Korea issued a warning to South Korea over its military drills with the United States.",
     {("PRK", "KOR", "13")}),
    ("13", "Washington threatened to impose sanctions on Nicaragua if the vote went ahead.",
     {("USA", "NIC", "13")}),
    # 14
    ("14", "Thousands of Armenians protested outside the Russian embassy in Yerevan on Saturday.",
     {("ARM", "RUS", "14")}),
    ("14", "Dockworkers in Greece went on strike against the privatisation of the port of Piraeus.",
     {("GRC", "GRC", "14")}),
    # 15
    ("15", "China put its forces on alert after Taiwan's president landed in New York.",
     {("CHN", "TWN", "15")}),
    ("15", "Venezuela mobilised troops along its border with Guyana.", {("VEN", "GUY", "15")}),
    # 16
    ("16", "Niger expelled the French ambassador and suspended military cooperation with Paris.",
     {("NER", "FRA", "16")}),
    ("16", "The United States imposed sanctions on Iranian drone makers on Tuesday.",
     {("USA", "IRN", "163")}),
    ("16", "Morocco cut ties with Iran, accusing Tehran of arming the Polisario Front.",
     {("MAR", "IRN", "161"), ("MAR", "IRN", "112")}),  # first run: "16" beside "112" compared "112" at 2
    # 17
    ("17", "Russian police detained two Estonian citizens near the border.", {("RUS", "EST", "17")}),
    ("17", "Egyptian authorities deported three Sudanese activists on Sunday.", {("EGY", "SDN", "17")}),
    ("17", "Iran seized a Greek oil tanker in the Gulf of Oman.", {("IRN", "GRC", "17")}),
    # 18
    ("18", "Gunmen abducted four Chinese engineers in southern Nigeria on Monday.", {("NGA", "CHN", "18")}),
    ("18", "Two Turkish soldiers were killed in a roadside bomb attack by rebels.",
     {("---", "TUR", "18")}),
    # 19
    ("19", "Ethiopian troops clashed with Eritrean forces near the border town of Badme.",
     {("ETH", "ERI", "19"), ("ERI", "ETH", "19")}),
    ("19", "Azerbaijani forces shelled Armenian positions overnight, Yerevan said.", {("AZE", "ARM", "19")}),
    ("19", "Israeli warplanes struck targets in Lebanon after rockets were fired at the Galilee.",
     {("ISR", "LBN", "19")}),
    # 20
    ("20", "Myanmar's army carried out a massacre of Rohingya villagers in Rakhine state, U.N. "
           "investigators said.", {("MMR", "MMR", "20")}),
    ("20", "Serb forces committed genocide against Bosnian Muslims, the tribunal ruled.",
     {("SRB", "BIH", "20")}),
    # no event
    ("--", "Argentina beat France on penalties to win the World Cup final in Qatar.", set()),
    ("--", "The Japanese yen fell against the dollar on Tuesday.", set()),
]


def matches(expected: set[Triple], got: set[tuple[str, str, str]]) -> bool:
    """The coded triples (full actor codes) equal the expected ones at country level and at the
    length each expected code is written."""
    width = {len(c) for _, _, c in expected} or {3}
    return all({(s[:3], t[:3], c[:n]) for s, t, c in got} == {(s, t, c[:n]) for s, t, c in expected}
               for n in width)


def coded_triples(article: Any) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of every event with a CAMEO code: what the probes compare."""
    return {(e.source.code, e.target.code, e.cameo) for e in article.events if e.cameo}


def run_probes(label: str, cases: list[tuple[str, str, set[Triple]]]) -> None:
    """Code each (tag, sentence, expected triples) with the full pipeline, print the misses and the pass
    count: the first-run figures of each probe batch in docs/benchmarks.md come from this."""
    from wirewatch.pipeline import Analyzer
    from wirewatch.records import Document

    analyzer = Analyzer()
    passed = 0
    for tag, text, expected in cases:
        art = analyzer.analyze(Document(id="probe", text=text, source="probe", date="2024-03-05"))
        got = coded_triples(art)
        if matches(expected, got):
            passed += 1
        else:
            print(f"MISS {tag} {text}\n     expected {sorted(expected)}\n     got      {sorted(got)}")
    print(f"{label}: {passed}/{len(cases)} pass")


def _main() -> None:
    import sys

    batches = {"--fresh": WIRE_FRESH, "--fresh2": WIRE_FRESH2, "--fresh3": WIRE_FRESH3,
               "--fresh4": WIRE_FRESH4, "--fresh5": WIRE_FRESH5, "--fresh6": WIRE_FRESH6,
               "--fresh7": WIRE_FRESH7, "--fresh8": WIRE_FRESH8, "--fresh9": WIRE_FRESH9,
               "--fresh10": WIRE_FRESH10}
    run_probes("wire probes", next((batch for flag, batch in batches.items() if flag in sys.argv), WIRE))


if __name__ == "__main__":
    _main()
