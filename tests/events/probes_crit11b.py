"""Criticism probes of the tenth session, second pass (crit11b): criticism an act sets off or runs into,
with the critic in a from-phrase and the target the act's owner. Every sentence is our own wording.

* set off: "X's test sparked / provoked / triggered / prompted / elicited condemnation from Y";
* run into: "X's plan met with criticism from Y";
* an angry reply: "reacted angrily / responded sharply to X's vote", "bristled at", "fumed over",
  "peppered X with criticism" (a verb's manner adverb is a `mod=` modifier since crit11b);
* told of another (events/speech.py): "said China was bullying its neighbours" (foul-play verbs join
  WRONGDOING, 112), "said Iran lacked credibility / the judgment to ..." (a quality of fitness denied, 111);
* null cases: the same verbs with no critic named, with praise or protest, or in their literal senses.

Triples as in `probes_wire.py` (source country, target country, code at the length written).
`tests/events/test_probes_crit11.py` runs them; `python tests/events/probes_crit11b.py` prints the pass
count and each miss.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (construction, CAMEO root, sentence, expected triples)
CRIT11B: list[tuple[str, str, str, set[Triple]]] = [
    ("sparked condemnation", "11", "Iran's missile test sparked condemnation from Saudi Arabia.",
     {("SAU", "IRN", "111")}),
    ("provoked criticism", "11", "The Chinese decision provoked an outcry and criticism from Japan.",
     {("JPN", "CHN", "111")}),
    ("triggered a rebuke", "11", "North Korea's launch triggered a rebuke from the United Nations Security "
                                 "Council.", {("IGO", "PRK", "111")}),
    ("provoked criticism, office", "11", "Netanyahu's speech to Congress has provoked criticism from the "
                                         "White House.", {("USA", "ISR", "111")}),
    ("met with criticism", "11", "Israel's settlement plan met with criticism from Egypt.",
     {("EGY", "ISR", "111")}),
    ("drawn condemnation", "11", "The Saudi strike in Yemen has drawn condemnation from Iran.",
     {("IRN", "SAU", "111")}),
    # --- an angry reply: react / respond with a manner adverb of anger, bristle / fume at, pepper with
    ("reacted angrily", "11", "Berlin reacted angrily to the Turkish vote.", {("DEU", "TUR", "111")}),
    ("responded sharply", "11", "Poland responded sharply to the Russian remarks.", {("POL", "RUS", "111")}),
    ("bristled at", "11", "Vietnam bristled at China's new map.", {("VNM", "CHN", "111")}),
    ("fumed over", "11", "Beijing fumed over Japan's decision.", {("CHN", "JPN", "111")}),
    ("peppered with criticism", "11", "The German chancellor peppered the Russian president with criticism.",
     {("DEU", "RUS", "111")}),
    # --- told of another: foul play reported (112), a quality of fitness denied (111)
    ("said was bullying", "11", "Japan's defence minister said China was bullying its neighbours.",
     {("JPN", "CHN", "112")}),
    ("said was harassing", "11", "Kenya said Somalia was harassing its fishermen.", {("KEN", "SOM", "112")}),
    ("said lacked credibility", "11", "The French foreign minister said Iran lacked credibility.",
     {("FRA", "IRN", "111")}),
    ("said lacks the judgment", "11", "Sanders said Clinton lacks the judgment to be president.",
     {("USA", "USA", "111")}),
]

# the same verbs with no critic named, with praise, protest or a meeting, a plain or market reaction,
# or in their literal senses: no root-11 triple may come of them
NOT_CRITICISM: list[str] = [
    "The price rise sparked outrage among consumers.",
    "The proposal met with approval from Canada.",
    "The Prime Minister met with critics of the plan in London.",
    "The fire was sparked by a faulty cable in the kitchen.",
    "The report prompted a review from the Canadian ministry.",
    "The earthquake triggered a tsunami warning from Japan.",
    "The German offer drew a warm response from Poland.",
    "The new album sparked criticism from fans.",
    "Berlin reacted quickly to the Turkish vote.",
    "Poland responded to the Russian remarks.",
    "Markets reacted sharply to the Fed decision.",
    "Shares responded sharply to the Chinese data.",
    "The rebels peppered the Syrian base with rockets.",
    "The French foreign minister said Iran lacked the money to rebuild.",
    "Japan said China would lack credibility if it did so.",
    "Germany said Poland did not lack the will to act.",
    "The minister said the farmers lacked water.",
]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from probes_wire import run_probes

    run_probes("crit11b", [(tag, text, expected) for tag, _root, text, expected in CRIT11B])
