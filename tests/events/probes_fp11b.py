"""Probes of the tenth session's second precision pass (fp11b): protests and strikes aimed at a place,
and deals between companies, with the nearby sentences that keep their triples.

Written for wirewatch from the census classes and the CAMEO codebook; no sentence of the census copy is
here. Triples as in `probes_wire.py` (country, country, code at the length written); an empty set is a
sentence that must code nothing. Dated 2024-03-05 (the probes' fixture date).
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (class, CAMEO root, sentence, expected triples)
FP11B: list[tuple[str, str, str, set[Triple]]] = [
    # --- a protest or strike whose only "target" is the place it happened in: no dyad
    ("protest_place", "--", "Dock workers went on strike in France on Monday.", set()),
    ("protest_place", "--", "Farmers protested in India on Tuesday.", set()),
    ("protest_place", "--", "Nurses staged a walkout in Kenya on Monday.", set()),
    ("protest_place", "--", "Students demonstrated in Seoul for a third day.", set()),
    # ... while a protest aimed at a government, at a foreign state, or naming its grievance keeps its triple
    ("protest_place", "14", "Thousands of students protested in Seoul against the new tuition rules.",
     {("KOR", "KOR", "141")}),
    ("protest_place", "14", "Thousands of Kenyans protested against the government in Nairobi.",
     {("KEN", "KEN", "141")}),
    ("protest_place", "14", "Dock workers in France went on strike against the government's pension reform.",
     {("FRA", "FRA", "143")}),
    ("protest_place", "14", "Students protested outside the US embassy in Seoul.", {("KOR", "USA", "141")}),
    # --- deals between two companies are commerce
    ("companies", "--", "Airbus signed an agreement with General Electric last December.", set()),
    ("companies", "--", "Boeing agreed to buy engines from Rolls-Royce.", set()),
    # ... while a state's deal with a company keeps its triple
    ("companies", "05", "Pakistan signed an agreement with General Electric.", {("PAK", "USA", "057")}),
]

FP11B += [
    # --- a meeting's city is its venue, not a party; a country's name before "talks" is a party
    ("meeting_city", "--", "The Vienna talks between Iran and the European Union ended without a deal.",
     set()),
    ("meeting_city", "--", "The Geneva conference on Syria opened on Monday.", set()),
    ("meeting_city", "03", "Japan and Canada agreed on new targets at their Paris meeting last month.",
     {("JPN", "CAN", "036"), ("CAN", "JPN", "036")}),
]
