"""Conflict probes of the tenth session (conflict11): CAMEO roots 10 and 12-20 as wire copy words them,
by class (benchmarks/conflict_census.py counted cue sentences of unused stories; every sentence here is
our own wording, none is taken from a corpus):

* light verbs and phrasal forms of reduced relations and force posture: "slapped sanctions on",
  "cut off aid to", "ordered the expulsion of", "ordered the ambassador / troops out", "put troops on
  alert", "retaliated by expelling" (the means names the act);
* force posture at a border named by its country ("massed troops on the Ukrainian border", "near
  Pakistan's border"): aimed at that country;
* coercion and violence between coded parties: arrests, seizures, bans, deportations, shelling;
* null cases: markets (rallies, battles for market share, demand), budgets, sport, money deployed
  against a disease, and crime news between private people.

Triples as in `probes_wire.py` (source country, target country, code at the length written).
`tests/events/test_probes_conflict11.py` runs them; `python tests/events/probes_conflict11.py` prints the
pass count and each miss.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (construction, CAMEO root, sentence, expected triples)
CONFLICT11: list[tuple[str, str, str, set[Triple]]] = [
    ("slapped sanctions on", "16", "The United States slapped new sanctions on Venezuela on Tuesday.",
     {("USA", "VEN", "163")}),
    ("imposed sanctions on", "16", "The European Union imposed sanctions on Belarus over the crackdown.",
     {("IGO", "BLR", "163")}),
    ("cut off aid to", "16", "Washington cut off military aid to Egypt after the coup.",
     {("USA", "EGY", "16")}),
    ("expelled diplomats", "16", "Poland expelled three Russian diplomats on Monday.",
     {("POL", "RUS", "16")}),
    ("recalled ambassador", "16", "Turkey recalled its ambassador from Austria.", {("TUR", "AUT", "161")}),
    ("suspended talks", "16", "Pakistan suspended trade talks with India.", {("PAK", "IND", "16")}),
    ("ordered envoy out", "16", "Mali ordered the French ambassador out.", {("MLI", "FRA", "166")}),
    ("ordered troops out", "16", "Niger ordered French troops out of the country.", {("NER", "FRA", "166")}),
    ("retaliated by expelling", "16", "Moscow retaliated by expelling British diplomats.",
     {("RUS", "GBR", "166")}),
    ("retaliated by imposing", "16", "China retaliated by imposing tariffs on American soybeans.",
     {("CHN", "USA", "163")}),
    ("retaliated against", "19", "India retaliated against Pakistan.", {("IND", "PAK", "190")}),
    ("put troops on alert", "15", "Russia put its troops on high alert near the Ukrainian border.",
     {("RUS", "UKR", "15")}),
    ("massed on the adjective border", "15", "Russia massed troops on the Ukrainian border.",
     {("RUS", "UKR", "154")}),
    ("deployed near owned border", "15", "India deployed troops near Pakistan's border.",
     {("IND", "PAK", "154")}),
    ("demanded withdrawal", "10", "China demanded that Japan withdraw its ships from the disputed waters.",
     {("CHN", "JPN", "10")}),
    ("rejected proposal", "12", "Israel rejected the Egyptian proposal for a truce.", {("ISR", "EGY", "12")}),
    ("threatened sanctions", "13", "The European Union threatened Turkey with sanctions.",
     {("IGO", "TUR", "13")}),
    ("arrested opposition", "17", "Ethiopian police arrested dozens of opposition leaders.",
     {("ETH", "ETH", "173")}),
    ("seized tanker", "17", "Iran seized a British oil tanker in the Gulf.", {("IRN", "GBR", "171")}),
    ("deported migrants", "17", "Algeria deported hundreds of migrants to Niger.", {("DZA", "NER", "174")}),
    ("shelled positions", "19", "Syrian troops shelled rebel positions near Idlib.", {("SYR", "SYR", "19")}),
]

# sentences that must code no root 10 or 12-20 triple
NOT_CONFLICT: list[str] = [
    "The rally in Treasury bond futures lifted prices on Wednesday.",
    "Congress returned ready for another budget battle with the White House.",
    "The agency deployed two billion dollars to fight the epidemic in Africa.",
    "Strong consumer demand lifted sales at the retailer.",
    "Domestic demand in Japan rose for the third quarter.",
    "The two carmakers are locked in a battle for market share in China.",
    "The team beat Brazil two to one in the final.",
    "Shares plunged after the company warned on profits.",
    "The yen rallied against the dollar in Tokyo trading.",
    "The striker shot the ball past the Italian goalkeeper.",
    "The coach ordered the players out of the locker room.",
    "The judge ordered the lawyers out of the courtroom.",
    "Police arrested a man after a fight outside a bar.",
    "Nigeria deployed police on the northern border.",
]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from probes_wire import run_probes

    run_probes("conflict11", [(tag, text, expected) for tag, _root, text, expected in CONFLICT11])
    run_probes("conflict11 negatives", [(text[:30], text, set()) for text in NOT_CONFLICT])
