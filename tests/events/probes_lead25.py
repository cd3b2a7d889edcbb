"""Probes of the twenty-third session (wip/lead25): the shapes in which wire copy tells a criticism,
a request or a signing without the plain "A criticised B" clause, written blind from what the
held-out batches' counts-only breakdown says is missed most (no act found, root 11; an act found but
its dyad not attached) and from dev batch 1-4 misses of the same shapes:

* VERDICT: a party's judgement of another's act or state, told as a copular or complement clause
  ("said Taiwan's tariffs were unacceptable", "called the order grave and sinister", "described the
  test as a provocation"): CAMEO 111 against the owner of the judged thing.
* CARRIER: the act carried by a statement noun or a participial subject ("issued a statement
  deploring", "in a statement released on Monday, X denounced", "ministers meeting in Brussels
  condemned"): the statement's issuer is the source.
* QUOTED_WE: "we" / "our government" inside a quote is the speaker's own body ("'We have asked the
  French government to explain,' the Malian spokesman said": MLIGOV -> FRAGOV 020).
* SIGNERS: two named officials of two states, coordinated, signing or initialling a text: 057 both ways.
* NULL25: the same words with no second party, or said of a party's own side: no 11 / 02 / 05 triple.

Rows are (accepted sources, accepted targets, accepted codes, sentence), matched as probe_match.py
does (country + root, actor + root). Dated 2000-01-01 as the GSR records are (US rows 2016-07-01 are
not used here). Written in one batch and committed before the coder was run on them.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]


def _G(country: str) -> tuple[str, str]:
    """A state or its government."""
    return (country, country + "GOV")


VERDICT: list[Row] = [
    (_G("USA"), _G("TWN"), ("111", "11"),
     "The United States said Taiwan's import tariffs were unacceptable and must be cut."),
    (_G("GBR"), _G("IRQ"), ("111", "11"),
     "British Foreign Office minister William Waldegrave called the Iraqi order grave and sinister."),
    (_G("JPN"), _G("PRK"), ("111", "11"),
     "Japan described North Korea's missile launch as a grave provocation."),
    (_G("FRA"), _G("BRA"), ("111", "11"),
     "France said Brazil's handling of the Amazon fires was deeply disappointing."),
    (_G("DEU"), _G("TUR"), ("111", "11"),
     "Germany's foreign minister said Turkey's arrest of the journalist was unacceptable."),
    (_G("CHN"), _G("USA"), ("111", "11"),
     "China called the U.S. arms sale to Taiwan a serious mistake."),
    (_G("IND"), _G("PAK"), ("111", "11", "112"),
     "India termed Pakistan's claims baseless and mischievous."),
    (_G("RUS"), _G("GBR"), ("111", "11"),
     "Moscow said London's decision to expel the diplomats was a hostile act."),
    (_G("USA"), _G("JPN"), ("111", "11"),
     "U.S. officials said Japan's commitment to opening its rice market was flagging."),
    (_G("IRN"), _G("SAU"), ("111", "11", "112"),
     "Iran branded Saudi Arabia's execution of the cleric a crime."),
    (_G("EGY"), _G("ETH"), ("111", "11"),
     "Egypt said Ethiopia's decision to fill the dam was a violation of international law."),
    (_G("AUS"), _G("CHN"), ("111", "11", "112"),
     "Australia said China's conduct near the reef was unsafe and unprofessional."),
]

CARRIER: list[Row] = [
    (("IGOEU", "IGOEUREEC", "IGO"), _G("RUS"), ("111", "11"),
     "EU foreign ministers meeting in Brussels issued a statement deploring Russia's annexation of Crimea."),
    (_G("KOR"), _G("PRK"), ("111", "11"),
     "South Korea's Unification Ministry issued a statement denouncing the North's destruction of "
     "the liaison office."),
    (("IGOAFRAFU", "IGO"), _G("MLI"), ("111", "11"),
     "In a statement released on Monday, the African Union denounced the coup in Mali."),
    (_G("CAN"), _G("SAU"), ("111", "11"),
     "Canada's foreign ministry released a statement criticising Saudi Arabia's arrest of activists."),
    (_G("GBR"), _G("RUS"), ("111", "11"),
     "British ministers gathered in London condemned Russia's treatment of the opposition leader."),
    (_G("PAK"), _G("IND"), ("111", "11"),
     "Pakistan's foreign office, in a statement, rejected and condemned India's remarks on Kashmir."),
    (_G("USA"), _G("PRK"), ("111", "11"),
     "The White House put out a statement condemning North Korea's latest nuclear test."),
    (_G("JPN"), _G("CHN"), ("111", "11", "112"),
     "Japanese officials attending the forum in Singapore criticised China's build-up in the East "
     "China Sea."),
]

QUOTED_WE: list[Row] = [
    (_G("MLI"), _G("FRA"), ("020", "02"),
     "\"We have asked the French government to explain its position,\" Malian government spokesman "
     "Abdoulaye Maiga told reporters."),
    (_G("IRN"), _G("USA"), ("120", "12"),
     "\"We will never accept Washington's conditions,\" Iranian Foreign Ministry spokesman Nasser "
     "Kanaani said."),
    ((*_G("LKA"), "LKAMED"), _G("NOR"), ("020", "02"),
     "\"We have asked the Norwegian government to clarify its stand,\" the Sri Lankan defence "
     "spokesman said."),
    (_G("PHL"), _G("CHN"), ("111", "11", "112"),
     "\"Our government strongly protests China's actions at the shoal,\" Philippine foreign "
     "secretary Enrique Manalo said."),
    (_G("TUR"), _G("SWE"), ("102", "10", "020", "02"),
     "\"We expect Sweden to take concrete steps against the militants,\" Turkish Foreign Minister "
     "Mevlut Cavusoglu said."),
    (_G("SRB"), (*_G("XKX"), "SRB"), ("120", "12"),
     "\"We reject the demands from Pristina,\" the Serbian president told a news conference in Belgrade."),
    (_G("KEN"), ("KENAGR", "KEN"), ("020", "02"),
     "\"We have asked our farmers to plant earlier this year,\" the Kenyan agriculture minister said."),
]

SIGNERS: list[Row] = [
    (_G("EGY"), _G("SDN"), ("057",),
     "Egypt's foreign minister Sameh Shoukry and his Sudanese counterpart signed the agreement in "
     "Cairo on Monday."),
    (_G("SDN"), _G("EGY"), ("057",),
     "Egypt's foreign minister Sameh Shoukry and his Sudanese counterpart signed the agreement in "
     "Cairo on Monday."),
    (_G("SYR"), _G("IRQ"), ("057",),
     "Syrian deputy foreign minister Faisal Mekdad and Iraqi Interior Minister Bayan Jabr initialled "
     "the memorandum in Damascus."),
    (_G("IRQ"), _G("SYR"), ("057",),
     "Syrian deputy foreign minister Faisal Mekdad and Iraqi Interior Minister Bayan Jabr initialled "
     "the memorandum in Damascus."),
    (_G("VNM"), _G("LAO"), ("057",),
     "The Vietnamese and Laotian prime ministers signed 12 cooperation documents in Vientiane."),
    (_G("LAO"), _G("VNM"), ("057",),
     "The Vietnamese and Laotian prime ministers signed 12 cooperation documents in Vientiane."),
    (_G("ECU"), ("IGOWHMDEV", "IGO"), ("057", "061", "071"),
     "Ecuador's finance minister and the president of the Inter-American Development Bank signed the loans."),
]

NULL25: list[Row] = [
    ((), (), ("11", "02", "05", "12"),
     "The ministry issued a statement denouncing the rise in fuel prices."),
    ((), (), ("11", "12"),
     "Analysts called the central bank's decision to hold rates a serious mistake."),
    ((), (), ("11",),
     "The coach described his team's performance as unacceptable."),
    ((), (), ("05", "057"),
     "The two teams signed the league's new code of conduct in Madrid."),
]

ALL25: list[Row] = VERDICT + CARRIER + QUOTED_WE + SIGNERS + NULL25

if __name__ == "__main__":
    for name, rows in (("VERDICT", VERDICT), ("CARRIER", CARRIER), ("QUOTED_WE", QUOTED_WE),
                       ("SIGNERS", SIGNERS), ("NULL25", NULL25)):
        report(name, rows, full=False)
