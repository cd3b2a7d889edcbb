"""Probes of the twelfth session: "meet" in its sense of satisfying something (demand, costs, payments,
a threshold, the terms) is no meeting of the parties named around it (040 both ways was emitted for
"Japanese and British houses ... to meet demand from investors"), while meeting a party stays 040, and
meeting a party's demands (plural) concedes to it (080; refused, 12x). A demonstrative
subject ("These are the figures for the dead and injured in ... Nairobi") is no crowd of the place.

Written for wirewatch from the CAMEO codebook's 040 (consult) and the senses of "meet"; no sentence of
any evaluation copy is here. Triples as in `probes_wire.py`; an empty set codes nothing.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (class, CAMEO root, sentence, expected triples)
SENSES14: list[tuple[str, str, str, set[Triple]]] = [
    ("meet_sense", "--", "Japanese and British banks raised their holdings to meet demand from investors.",
     set()),
    ("meet_sense", "--", "China will meet the costs of the new railway in Kenya, officials said.", set()),
    ("meet_sense", "--", "Argentina struggled to meet its payments to Spanish creditors.", set()),
    ("meet_sense", "--", "Greece met the terms of its loan from Germany, the minister said.", set()),
    ("meet_sense", "--", "Ghana's exports met the threshold set by Nigeria for duty-free entry.", set()),
    ("meet_sense", "08", "Greece met the demands of its German creditors.", {("GRC", "DEU", "080")}),
    ("meet_sense", "12", "Israel refused to meet Hamas's demands.", {("ISR", "PSE", "12")}),
    ("meet_sense", "04", "The Japanese foreign minister met his British counterpart in Tokyo on Monday.",
     {("JPN", "GBR", "040"), ("GBR", "JPN", "040")}),
    ("meet_sense", "04", "Kenya's president met with Chinese officials to discuss the railway.",
     {("KEN", "CHN", "040"), ("CHN", "KEN", "040")}),
    ("pointer", "--",
     "These are the latest figures for the dead and injured in the bombing of the U.S. embassy in Nairobi.",
     set()),
    ("pointer", "14", "Thousands of students demonstrated in Nairobi against the Kenyan government.",
     {("KEN", "KEN", "14")}),
]
