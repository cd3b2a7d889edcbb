"""Probes of the twenty-fourth session (wip/lead26): acts whose parties the sentence does not hold in
the plain "A verb B" clause, written blind from the shapes last session left open (its KNOWN_GAPS and
the batch 9 breakdown: an act found but its source or target named elsewhere):

* BEFORE: a party named in the sentence before ("The two leaders signed ...", "He pledged ...",
  "Minsk condemned the decision" where the decision is the other side's, told just before).
* FROM: a reverse-only act told from the receiver ("received a shipment of arms from X", "won a
  credit line from X", "sought the extradition of Y from X"): the giver or the asked is the target or
  source as the code wants.
* HELP: a promise to help a state against a third party ("pledged to help Nigeria fight Boko Haram"):
  cooperation with the helped, never a threat by the helper.
* NOUN_SUBJECT: an act noun that is the subject of a copular or passive clause ("X's talks with Y
  were the first ...", "X's visit to Y was seen as ...").
* CHANNEL: an act told with the medium it went through ("on Twitter", "on state television", "in a
  letter to"): the medium is never a party.
* INSTRUMENT: a passive or nominal attack whose agent is a nationality on the weapon or the fire
  ("killed by Pakistani fire", "a Saudi-led coalition air strike killed").
* NULL26: the same words with no act between parties (history, forecasts, figures, denials).

Rows are (accepted sources, accepted targets, accepted codes, sentence or two), matched as
probe_match.py does (country + root, actor + root). Dated 2000-01-01 as the GSR records are, so named
leaders are avoided (their tenure would not cover the date): titles name them. Each batch was committed
before the coder was run on it.

First run (main 841eb7c): 18 of 33 country + root, 18 actor + root (BEFORE 3/6, FROM 2/6, HELP 1/3,
NOUN_SUBJECT 2/4, CHANNEL 2/4, INSTRUMENT 3/4, NULL26 5/6). One FROM row was written with source and
target swapped ("Kenya has come under criticism from Somalia": Somalia criticises) and was corrected after
that run; the coder had it right. Batch 2 (PASSAGES, 10 rows) was written after the first fixes and first
run on them: 8 of 10 country + root, 7 actor + root. Batch 3 (DIPLOMACY, 12 rows), written after batch
2's fixes: 11 of 12 on its first run.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]


def _G(country: str) -> tuple[str, str]:
    """A state or its government."""
    return (country, country + "GOV")


BEFORE: list[Row] = [
    (_G("JPN"), _G("IND"), ("057", "05"),
     "The Japanese prime minister met his Indian counterpart in Tokyo on Monday. "
     "The two leaders signed an agreement on civil nuclear cooperation."),
    (_G("IRN"), _G("IRQ"), ("03", "04", "05", "07"),
     "Iran's foreign minister arrived in Baghdad on Sunday for a two-day visit. "
     "He pledged Tehran's support to the Iraqi government in its fight against the militants."),
    (_G("BLR"), ("IGOEU", "IGOEUREUR"), ("111", "11"),
     "The European Union imposed new sanctions on Belarus on Monday. "
     "Minsk condemned the decision as interference in its internal affairs."),
    (_G("GBR"), _G("RUS"), ("16", "161", "166", "11"),
     "Russia poisoned a former spy on British soil, Prime Minister Theresa May said on Wednesday. "
     "Britain responded by expelling 23 Russian diplomats."),
    (_G("PAK"), _G("IND"), ("111", "11", "112"),
     "India's army chief said on Tuesday his troops had struck militant camps across the frontier. "
     "Pakistan's foreign ministry rejected the claim as a fabrication."),
    (_G("CHN"), _G("USA"), ("111", "11", "13"),
     "The U.S. Navy sailed a destroyer near islands claimed by China on Tuesday. "
     "Beijing called the move a serious provocation."),
]

FROM: list[Row] = [
    (_G("DEU"), _G("UKR"), ("07", "070", "072", "074"),
     "Ukraine received a shipment of air defence systems from Germany on Friday."),
    (_G("CHN"), _G("CUB"), ("07", "071"),
     "Cuba won a $500 million credit line from China to rebuild its power grid."),
    (("IGOWFP", "IGOUNO"), _G("HTI"), ("07", "073"),
     "Haiti has received emergency food aid from the World Food Programme after the earthquake."),
    (_G("TUR"), _G("USA"), ("02", "10", "020", "1041"),
     "Turkey sought the extradition of the exiled cleric from the United States."),
    (_G("PER"), _G("JPN"), ("02", "020", "10"),
     "Peru formally asked Japan to extradite its former president to face corruption charges."),
    (_G("SOM"), _G("KEN"), ("11", "112", "111"),
     "Kenya has come under sharp criticism from Somalia over its maritime border claims."),
]

HELP: list[Row] = [
    (_G("USA"), _G("NGA"), ("03", "05", "07", "033", "030"),
     "The United States pledged to help Nigeria fight Boko Haram."),
    (_G("FRA"), _G("MLI"), ("03", "05", "07", "033", "030"),
     "France offered to help Mali fight the jihadist groups that control the north."),
    (_G("RUS"), _G("SYR"), ("03", "05", "07", "033", "030", "057"),
     "Russia promised to help Syria rebuild its army after the war."),
]

NOUN_SUBJECT: list[Row] = [
    (_G("USA"), _G("CUB"), ("04", "043", "046"),
     "The U.S. president's talks with the Cuban leader were the first between the two countries' "
     "leaders in more than half a century."),
    (_G("IND"), _G("USA"), ("04", "042", "043"),
     "The Indian prime minister's visit to Washington was seen as a chance to deepen defence ties."),
    (_G("ISR"), _G("LBN"), ("19", "190", "195"),
     "Israel's air strikes on southern Lebanon were condemned by the Arab League."),
    (("IGOARL", "IGO"), _G("ISR"), ("111", "11"),
     "Israel's air strikes on southern Lebanon were condemned by the Arab League."),
]

CHANNEL: list[Row] = [
    (_G("USA"), _G("MEX"), ("111", "11"),
     "The U.S. president attacked Mexico on Twitter over the cost of the border wall."),
    (_G("TUR"), _G("NLD"), ("111", "11"),
     "Turkey's president lashed out at the Netherlands on state television after the rally ban."),
    (_G("PSE"), ("IGOUNO", "IGO"), ("02", "020", "025"),
     "In a letter to the U.N. Secretary-General, the Palestinian envoy asked for international "
     "protection for civilians in Gaza."),
    (_G("PRK"), _G("KOR"), ("13", "130", "138"),
     "North Korea threatened South Korea with \"merciless\" retaliation in a commentary carried by its "
     "official KCNA news agency."),
]

INSTRUMENT: list[Row] = [
    (("PAK", "PAKGOV", "PAKMIL"), ("IND", "INDMIL"), ("19", "190", "193", "195"),
     "Two Indian soldiers were killed by Pakistani fire along the Line of Control, the army said."),
    (("SAU", "SAUMIL", "SAUGOV"), ("YEM", "YEMCVL"), ("19", "190", "195", "18", "180"),
     "A Saudi-led coalition air strike killed 20 civilians at a market in northern Yemen."),
    (("RUS", "RUSMIL"), ("UKR", "UKRCVL"), ("19", "190", "195", "18", "180"),
     "Russian missiles hit apartment blocks in the Ukrainian city of Dnipro overnight, killing at "
     "least 12 people, local officials said."),
    (("ISR", "ISRMIL"), ("LBN", "LBNMIL", "LBNREB"), ("19", "190", "195"),
     "An Israeli drone strike in southern Lebanon killed two Hezbollah fighters on Sunday."),
]

NULL26: list[Row] = [
    ((), (), ("19",),
     "India and Pakistan have fought three wars since independence in 1947."),
    ((), (), ("19",),
     "Analysts said Russia could invade Ukraine within weeks if talks fail."),
    ((), (), ("19",),
     "Israel denied that its aircraft had attacked the convoy."),
    ((), (), ("07",),
     "Japan's exports to China rose 5 percent in May, the finance ministry said."),
    ((), (), ("11",),
     "The opposition leader posted a video on Twitter criticising the new tax on fuel."),
    ((), (), ("04",),
     "The summit between the two leaders was the subject of a documentary aired last year."),
]

# batch 2 (written blind after the first fixes): passages of two or three sentences as agencies write
# them, where a party is named only by a title, a pronoun, a capital or a "the" noun after the lead
PASSAGES: list[Row] = [
    (_G("FRA"), _G("DZA"), ("16", "161", "11", "111", "13"),
     "France recalled its ambassador to Algeria on Saturday. The foreign ministry said the move followed "
     "Algiers' expulsion of 12 French embassy staff."),
    (_G("DZA"), _G("FRA"), ("16", "166", "1663", "161"),
     "Algeria expelled 12 French embassy staff on Monday. Paris responded by recalling its ambassador."),
    (_G("NGA"), _G("NER"), ("04", "042", "043"),
     "Nigeria's foreign minister arrived in Niamey on Tuesday. It was his first visit to Niger since the "
     "coup."),
    (_G("KOR"), _G("PRK"), ("11", "111", "112"),
     "North Korea fired two ballistic missiles into the sea on Thursday. Seoul's defence ministry called "
     "the launch a clear violation of U.N. resolutions."),
    (_G("CHN"), _G("PHL"), ("11", "111", "112"),
     "A Chinese coast guard ship fired water cannon at a Philippine supply boat on Saturday. Beijing "
     "blamed Manila for the incident, saying the boat had entered Chinese waters."),
    (_G("EGY"), _G("ETH"), ("11", "111", "112"),
     "Ethiopia began filling the dam's reservoir last month. Egypt's irrigation minister said the "
     "decision was a breach of the 2015 declaration of principles."),
    (("IGOUNO", "IGO"), _G("MMR"), ("11", "111", "02", "020", "025", "10"),
     "The U.N. Security Council met on Friday to discuss the crisis in Myanmar. The council urged the "
     "military to release all detained leaders."),
    (_G("RUS"), _G("DEU"), ("16", "166", "161"),
     "Germany expelled two Russian diplomats on Wednesday over the killing of a Georgian man in Berlin. "
     "Russia retaliated on Thursday by expelling two German diplomats."),
    (_G("USA"), _G("IRN"), ("17", "172", "163", "16"),
     "The U.S. Treasury on Tuesday imposed sanctions on five Iranian officials. The measures freeze any "
     "assets they hold in the United States."),
    ((), (), ("19",),
     "The two countries fought a brief border war in 1962. Relations have improved since then."),
]

# batch 3 (written blind after batch 2's fixes): the diplomatic vocabulary of everyday wire copy, each in
# a shape the plain "A verb B" clause does not have
DIPLOMACY: list[Row] = [
    (_G("TUR"), _G("SWE"), ("11", "111", "114", "13"),
     "Turkey summoned Sweden's ambassador on Saturday over a protest in Stockholm."),
    (_G("CHN"), _G("JPN"), ("11", "114", "111"),
     "China lodged a stern protest with Japan over the minister's visit to the shrine."),
    (_G("IRN"), _G("USA"), ("12", "125", "120"),
     "Iran ruled out direct talks with the United States."),
    (_G("VNM"), _G("CHN"), ("03", "036", "030"),
     "Vietnam said it was ready to hold talks with China on the disputed waters."),
    (_G("QAT"), _G("AFG"), ("04", "043", "042", "045"),
     "Qatar hosted a delegation of the Afghan government for talks in Doha."),
    (_G("USA"), _G("RUS"), ("13", "130", "138"),
     "The U.S. secretary of state warned Russia of serious consequences if it used chemical weapons."),
    (_G("KOR"), _G("JPN"), ("01", "010", "11", "111", "114"),
     "South Korea's foreign ministry said in a statement that Japan's claim to the islands was "
     "unacceptable."),
    (_G("ARG"), _G("GBR"), ("02", "020", "10", "100", "04", "046"),
     "Argentina renewed its call for Britain to negotiate over the sovereignty of the Falkland Islands."),
    (_G("NGA"), _G("GHA"), ("05", "051", "057"),
     "Nigeria and Ghana signed a deal on Tuesday to build a gas pipeline between the two countries."),
    (_G("PAK"), _G("AFG"), ("11", "112", "111"),
     "Pakistan blamed Afghanistan for allowing militants to use its soil for attacks."),
    ((), (), ("04",),
     "The foreign minister is expected to hold talks with his counterparts if the summit takes place."),
    ((), (), ("11",),
     "The minister criticised the weather forecasters for failing to predict the floods."),
]

ALL26: list[Row] = BEFORE + FROM + HELP + NOUN_SUBJECT + CHANNEL + INSTRUMENT + NULL26 + PASSAGES + \
    DIPLOMACY

if __name__ == "__main__":
    for name, rows in (("BEFORE", BEFORE), ("FROM", FROM), ("HELP", HELP), ("NOUN_SUBJECT", NOUN_SUBJECT),
                       ("CHANNEL", CHANNEL), ("INSTRUMENT", INSTRUMENT), ("NULL26", NULL26),
                       ("PASSAGES", PASSAGES), ("DIPLOMACY", DIPLOMACY)):
        report(name, rows, full=False)
