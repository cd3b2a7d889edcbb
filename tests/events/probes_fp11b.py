"""Probes of the tenth session's second precision pass (fp11b): deals between companies and a meeting's
city, with the nearby sentences (protests among them) that keep their triples.

Written for wirewatch from the census classes and the CAMEO codebook; no sentence of the census copy is
here. Triples as in `probes_wire.py` (country, country, code at the length written); an empty set is a
sentence that must code nothing. Dated 2024-03-05 (the probes' fixture date).
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (class, CAMEO root, sentence, expected triples)
FP11B: list[tuple[str, str, str, set[Triple]]] = [
    # --- protests keep their triples (a guard that dropped a protest aimed only at its own country's bare
    # code was tried and taken out: it broke the domestic-strike probes of earlier sessions, which code
    # "miners went on strike in South Africa" ZAF -> ZAF)
    ("protest_kept", "14", "Thousands of students protested in Seoul against the new tuition rules.",
     {("KOR", "KOR", "141")}),
    ("protest_kept", "14", "Thousands of Kenyans protested against the government in Nairobi.",
     {("KEN", "KEN", "141")}),
    ("protest_kept", "14", "Dock workers in France went on strike against the government's pension reform.",
     {("FRA", "FRA", "143")}),
    ("protest_kept", "14", "Students protested outside the US embassy in Seoul.", {("KOR", "USA", "141")}),
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
