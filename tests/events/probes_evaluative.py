"""Evaluative and meeting probes (seventh session, issue #7): the constructions behind most of the
never-read set's sentences with no event at all, roots 11 (disapprove) and 04 (consult).

Written for wirewatch before any rule of the session, in our own wording:

* secondary predication with an evaluative noun or adjective ("called X a disaster", "described X as
  a violation", "branded X a provocation", "dismissed X as propaganda"): the target is the owner of the
  thing judged (its possessor, the actor inside it, or the thing itself when it is an actor); a
  negative word is 111, an accusation noun (violation, breach, aggression, provocation, lie...) 112, a
  positive one (success, friend, model) 051;
* attack-in-words phrasal verbs whose target is the possessor of the object ("took aim at X's plan",
  "hit out at", "went after", "rounded on", "ripped into", "took a swipe at", "piled on");
* meetings and visits as nouns with a possessor or a to-phrase ("X's trip to Y", "his visit to Y",
  "sat down with", "the two presidents conferred by telephone");
* null cases: the judged thing is nobody's, or the evaluation is not political.

Triples as in `probes_wire.py` (source country, target country, code at the length written; paired
codes both ways). `tests/events/test_probes_evaluative.py` runs them; `python
tests/events/probes_evaluative.py` prints the pass count and each miss.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (construction, CAMEO root, sentence, expected triples)
EVALUATIVE: list[tuple[str, str, str, set[Triple]]] = [
    # --- secondary predication: "call/describe/brand/label/term/dismiss/denounce X (as) N"
    ("call X N, possessor", "11", "Erdogan called Sweden's decision a disgrace.", {("TUR", "SWE", "111")}),
    ("call X N, modifier", "11", "Netanyahu called the Iran nuclear deal a historic mistake.",
     {("ISR", "IRN", "111")}),
    ("describe X as accusation", "11", "Beijing described the American sanctions as a gross violation of "
                                       "international law.", {("CHN", "USA", "112")}),
    ("describe X as N, possessor", "11", "India described Pakistan's claims as baseless propaganda.",
     {("IND", "PAK", "111")}),
    ("brand X accusation", "11", "Tehran branded the American strike an act of aggression.",
     {("IRN", "USA", "112")}),
    ("label X N, actor", "11", "Venezuela's foreign minister labelled the Colombian president a liar.",
     {("VEN", "COL", "11")}),
    ("term X accusation", "11", "The Chinese foreign ministry termed Japan's defence plan a dangerous "
                                "provocation.", {("CHN", "JPN", "112")}),
    ("describe X as accusation", "11", "Seoul described the North Korean missile launch as a clear "
                                       "provocation.", {("KOR", "PRK", "112")}),
    ("label X accusation", "11", "Washington labelled the Chinese balloon flight a violation of its "
                                 "airspace.", {("USA", "CHN", "112")}),
    ("brand X accusation", "11", "Poland branded the Belarusian border push a hybrid attack.",
     {("POL", "BLR", "112")}),
    # denounce is itself the codebook's 111, whatever the noun, as the wire probes have it (set after the
    # first run: the brief's 112 for accusation nouns is kept for the neutral verbs call/describe/brand)
    ("denounce X as accusation", "11", "Azerbaijan denounced Armenia's statement as a lie.",
     {("AZE", "ARM", "111")}),
    ("call X adjective", "11", "Australia called China's trade curbs unjustified.", {("AUS", "CHN", "111")}),
    ("describe X as adjectives", "11", "Manila described the Chinese coast guard's actions as dangerous "
                                       "and illegal.", {("PHL", "CHN", "11")}),
    ("dismiss X as N", "11", "The Kremlin dismissed the Ukrainian report as propaganda.",
     {("RUS", "UKR", "11")}),
    # a dismissed accusation is the codebook's denial (016), not a criticism (set after the first run)
    ("dismiss X as adjective", "01", "Rwanda dismissed the Congolese government's accusations as "
                                     "baseless.", {("RWA", "COD", "016")}),
    ("denounce X as N", "11", "Moscow denounced the Ukrainian drone attack as terrorism.",
     {("RUS", "UKR", "11")}),
    ("call actor N", "11", "The Iranian president called Israel a criminal regime.", {("IRN", "ISR", "11")}),
    ("call X positive", "05", "Ghana's president called Kenya's election a model for Africa.",
     {("GHA", "KEN", "051")}),
    ("describe actor as positive", "05", "The Polish prime minister described Germany as a true friend.",
     {("POL", "DEU", "051")}),
    ("call actor positive", "05", "The Saudi crown prince called Egypt a pillar of regional stability.",
     {("SAU", "EGY", "051")}),
    ("hail X as positive", "05", "Indonesia hailed Malaysia's mediation as a success.",
     {("IDN", "MYS", "051")}),
    ("call X N, passive", "11", "The Russian plan was called a trap by Ukraine's president.",
     {("UKR", "RUS", "111")}),
    # --- attack-in-words phrasal verbs, target the possessor of the object
    ("take aim at, possessor", "11", "The Indian foreign minister took aim at China's border policy.",
     {("IND", "CHN", "111")}),
    ("question X's handling", "11", "American senators questioned Germany's handling of the gas crisis.",
     {("USA", "DEU", "111")}),
    ("go after X over", "11", "The Philippine president went after Beijing over its coast guard tactics.",
     {("PHL", "CHN", "111")}),
    ("hit out at, possessor", "11", "Ukraine's foreign minister hit out at Hungary's veto.",
     {("UKR", "HUN", "111")}),
    ("take a swipe at", "11", "The Greek prime minister took a swipe at Turkey over migrant crossings.",
     {("GRC", "TUR", "111")}),
    ("round on", "11", "Israeli ministers rounded on the French president after his remarks.",
     {("ISR", "FRA", "111")}),
    ("rip into, possessor", "11", "Iranian state newspapers ripped into Saudi Arabia's oil policy.",
     {("IRN", "SAU", "111")}),
    ("pile on X over", "11", "German and Dutch officials piled on Hungary over its budget veto.",
     {("DEU", "HUN", "111"), ("NLD", "HUN", "111")}),
    ("lash out at, possessor", "11", "Kenya's opposition leader lashed out at Uganda's president.",
     {("KEN", "UGA", "111")}),
    ("criticise X's object", "11", "Mexico criticised Washington's new border wall.",
     {("MEX", "USA", "111")}),
    ("attack in words, passive", "11", "Brazil's environment policy came under fire from France.",
     {("FRA", "BRA", "111")}),
    # --- meetings and visits as nouns
    ("possessor's trip to", "04", "The Kenyan president's three-day trip to Ethiopia ended on Sunday.",
     {("KEN", "ETH", "042"), ("ETH", "KEN", "043")}),
    ("his visit to", "04", "Ahead of his visit to Beijing, the German chancellor met business leaders.",
     {("DEU", "CHN", "042"), ("CHN", "DEU", "043")}),
    ("possessor's upcoming visit", "04", "Officials in Canberra are preparing for the Indonesian "
                                         "president's upcoming visit to Australia.",
     {("IDN", "AUS", "04"), ("AUS", "IDN", "04")}),
    ("sat down with", "04", "The Turkish foreign minister sat down with Lavrov in Antalya.",
     {("TUR", "RUS", "04"), ("RUS", "TUR", "04")}),
    ("sat down with counterpart", "04", "The Japanese defence minister sat down with his Australian "
                                        "counterpart in Tokyo.",
     {("JPN", "AUS", "04"), ("AUS", "JPN", "04")}),
    ("plural subject conferred by telephone", "04", "The presidents of Egypt and Sudan conferred by "
                                                    "telephone on Tuesday.",
     {("EGY", "SDN", "04"), ("SDN", "EGY", "04")}),
    ("the two presidents, named earlier", "04", "The leaders of Chile and Peru met in Lima on Friday, and "
                                                "the two presidents conferred again by phone on Sunday.",
     {("CHL", "PER", "04"), ("PER", "CHL", "04")}),
    ("possessor's meeting with", "04", "Netanyahu's meeting with Biden at the White House lasted two hours.",
     {("ISR", "USA", "04"), ("USA", "ISR", "04")}),
    ("possessor's talks with", "04", "The Pakistani army chief's talks with Afghan officials in Kabul "
                                     "focused on border security.",
     {("PAK", "AFG", "04"), ("AFG", "PAK", "04")}),
    # --- reported verdicts through a copula (added after the first run, from a READ-half miss's shape)
    ("said X was adjective", "11", "The Swiss government said Italy's new border checks were unacceptable.",
     {("CHE", "ITA", "111")}),
    ("said X was accusation", "11", "A Chinese spokesman said the American arms sale was a violation of "
                                    "the joint communique.", {("CHN", "USA", "112")}),
    ("said actor was positive", "05", "The Kenyan president said Ethiopia was a reliable partner.",
     {("KEN", "ETH", "051")}),
    ("said X would be (modal)", "--", "The minister said any Israeli strike would be a mistake.", set()),
    ("said X was not (negated)", "--", "Norway said the Swedish decision was not a violation of the "
                                       "treaty.", set()),
    # --- added after the first run: a person called names, a visit told as a courtesy call
    ("call actor name, two predicates", "11", "North Korean state media called the Japanese prime minister "
                                              "a warmonger.", {("PRK", "JPN", "111")}),
    ("courtesy call on", "04", "The Singaporean foreign minister paid a courtesy call on the Indonesian "
                               "president in Jakarta.",
     {("SGP", "IDN", "042"), ("IDN", "SGP", "043")}),
    # --- no complete dyad: nobody's thing, or not political
    ("meeting nobody's", "--", "The French president called the meeting a success.", set()),
    ("weather", "--", "The farm minister called the drought a disaster for growers.", set()),
    ("markets", "--", "Analysts described the stock rally as a bubble.", set()),
    ("call for is no evaluation", "--", "The Nigerian president called for calm after the vote.", set()),
    ("aim at a policy goal", "--", "Chile's finance minister took aim at inflation.", set()),
    ("visit to a place", "--", "The Thai prime minister's visit to a rice farm drew large crowds.", set()),
    ("own country's success", "--", "The Vietnamese minister called the harvest a success.", set()),
]


def _main() -> None:
    from probes_wire import run_probes  # type: ignore[import-not-found]

    run_probes("evaluative probes", [(f"{root} [{construction}]", text, expected)
                                     for construction, root, text, expected in EVALUATIVE])


if __name__ == "__main__":
    _main()
