"""Criticism probes of the tenth session (crit11): CAMEO root 11 as political copy words it outside the
development sentences, by class (the census of unused stories in benchmarks/crit_census.py found the
classes; every sentence here is our own wording, none is taken from a corpus):

* attack in words: attack / hit / hammer / knock with a participle of saying, an as/for/over-phrase of
  grounds, or one named person attacking another (the `verbal` condition of events/triggers.py);
* campaign verbs and phrasal forms: bash, grill, call out, fire back at, tear into, snipe at;
* undergoing criticism: "drew criticism from X", "came in for criticism from X", "got a rebuke from X"
  (the critic is the from-phrase);
* owned criticism nouns: "X's criticism of Y" wherever the noun stands;
* accusation complements: "blamed the collapse on X" (the on-phrase is blamed);
* domestic verdicts: "the senator said the president's plan was a disaster", "said X was unfit";
* null cases: force, storms, markets, sports, cooking and films that share the words.

Triples as in `probes_wire.py` (source country, target country, code at the length written).
`tests/events/test_probes_crit11.py` runs them; `python tests/events/probes_crit11.py` prints the pass
count and each miss.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (construction, CAMEO root, sentence, expected triples)
CRIT11: list[tuple[str, str, str, set[Triple]]] = [
    # --- attack in words
    ("attack + saying", "11", "Senator Marco Rubio attacked Donald Trump, calling him a con artist.",
     {("USA", "USA", "111")}),
    ("attack + over grounds", "11", "The Canadian prime minister attacked the Chinese ambassador over his "
                                    "remarks on Taiwan.", {("CAN", "CHN", "111")}),
    ("attack + as", "11", "Senator Elizabeth Warren attacked Jerome Powell as reckless.",
     {("USA", "USA", "111")}),
    ("hammer + over owned", "11", "President Erdogan hammered Sweden over its refusal to extradite the "
                                  "suspects.", {("TUR", "SWE", "111")}),
    ("knock + for owned", "11", "Nikki Haley knocked Ron DeSantis for his handling of the budget.",
     {("USA", "USA", "111")}),
    ("attack person's record", "11", "Joe Biden attacked Donald Trump's record on health care.",
     {("USA", "USA", "111")}),
    ("person's attacks on person", "11", "Donald Trump's attacks on Hillary Clinton intensified on Monday.",
     {("USA", "USA", "111")}),
    ("person attacks person", "11", "Kamala Harris attacked Donald Trump at a rally in Atlanta.",
     {("USA", "USA", "111")}),
    # --- campaign verbs and phrasal forms
    ("fire back at", "11", "Joe Biden fired back at Donald Trump on Thursday.", {("USA", "USA", "111")}),
    ("call out", "11", "Senator Bernie Sanders called out the Saudi government for its war in Yemen.",
     {("USA", "SAU", "111")}),
    ("tear into", "11", "The Polish prime minister tore into Viktor Orban over his ties to Moscow.",
     {("POL", "HUN", "111")}),
    ("snipe at", "11", "Emmanuel Macron sniped at the Italian government over migration.",
     {("FRA", "ITA", "111")}),
    ("grill", "11", "Senator Josh Hawley grilled Attorney General Merrick Garland.", {("USA", "USA", "111")}),
    ("bash", "11", "Donald Trump bashed the Federal Reserve again on Monday.", {("USA", "USA", "111")}),
    # --- undergoing criticism: the critic is the from-phrase
    ("drew criticism from", "11", "The Japanese plan drew sharp criticism from China.",
     {("CHN", "JPN", "111")}),
    ("came in for criticism from", "11", "The Israeli prime minister came in for criticism from Germany.",
     {("DEU", "ISR", "111")}),
    ("got a rebuke from", "11", "The Hungarian government got a stern rebuke from Poland.",
     {("POL", "HUN", "111")}),
    ("received a reprimand from", "11", "The Indian envoy received a reprimand from the Canadian foreign "
                                        "minister.", {("CAN", "IND", "111")}),
    # --- owned criticism nouns
    ("X's criticism of Y", "11", "Beijing's criticism of Manila was unusually sharp.",
     {("CHN", "PHL", "111")}),
    ("X's denunciation of Y", "11", "Brazil's denunciation of the Israeli offensive surprised diplomats.",
     {("BRA", "ISR", "111")}),
    # --- accusation complements
    ("blame X on Y", "11", "Moscow blamed the collapse of the talks on Washington.", {("RUS", "USA", "112")}),
    ("blame X on Y's refusal", "11", "Tehran blamed the breakdown on the American refusal to lift "
                                     "sanctions.", {("IRN", "USA", "112")}),
    # --- domestic verdicts and names of the campaign trail
    ("said X's plan was a disaster", "11", "Senator Mitch McConnell said Joe Biden's border policy was a "
                                           "disaster.", {("USA", "USA", "111")}),
    ("said X was unfit", "11", "Nancy Pelosi said Donald Trump was unfit for office.",
     {("USA", "USA", "111")}),
    ("called X a failed N", "11", "Donald Trump called Mitt Romney a failed candidate.",
     {("USA", "USA", "111")}),
    ("surname alone", "11", "Trump criticized DeSantis on Friday.", {("USA", "USA", "111")}),
]

# sentences whose words are criticism words in another sense: no root-11 triple may come of them
NOT_CRITICISM: list[str] = [
    "Rebels attacked the army base near Aleppo.",
    "Israel attacked Hamas positions in Gaza.",
    "A gunman attacked the senator with a knife.",
    "The storm hit Florida on Tuesday.",
    "Shares of the carmaker were hit by the news of the recall.",
    "Critics praised the new film.",
    "The company blamed the decline on weak demand in Europe.",
    "Troops fired back at the militants near the border.",
    "The striker hammered the ball into the net.",
    "The chef grilled the steaks for the guests.",
    "The new album drew criticism from fans.",
    "Exporters were knocked by the strong yen.",
    "Hamas's attack on Israeli soldiers killed three.",
    "The rebels' attacks on the army convoy continued.",
    "Angry crowds trashed the Danish embassy in Beirut.",
]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from probes_wire import run_probes

    run_probes("crit11", [(tag, text, expected) for tag, _root, text, expected in CRIT11])
