"""Meeting and visit probes (tenth session, meet11b): a second act coordinated with a first that names
its own party in a prepositional phrase ("rejected the plan but met with the envoy", "praised the truce
and flew to Qatar") is an act of its own, as a conjunct with a direct object already was. Our own
sentences, with the triples a coder following the annotation guide writes down, and negatives where the
conjunct's party is no actor (fans, lenders, reporters, a constituency).

Triples as in `probes_wire.py`: source country, target country, code at the length written; paired codes
both ways. `tests/events/test_probes_meet11b.py` runs them.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (class, CAMEO root, sentence, expected triples)
MEET11B: list[tuple[str, str, str, set[Triple]]] = [
    # a meeting coordinated with a rejection: both acts
    ("conjunct meet", "04", "Vietnam rejected the Chinese claim but met with China's envoy.",
     {("VNM", "CHN", "120"), ("VNM", "CHN", "040"), ("CHN", "VNM", "040")}),
    ("conjunct meet", "04", "The Kenyan president rejected Uganda's proposal but will meet with the Ugandan "
                            "president in Nairobi.",
     {("KEN", "UGA", "120"), ("KEN", "UGA", "036")}),
    ("conjunct meet", "04", "Hungary rejected the Austrian demand and met with the Austrian chancellor.",
     {("HUN", "AUT", "120"), ("HUN", "AUT", "040"), ("AUT", "HUN", "040")}),
    # a phone call or talks coordinated with a criticism
    ("conjunct call", "04", "Peru criticised the Chilean plan and later spoke with the Chilean foreign "
                            "minister by phone.",
     {("PER", "CHL", "111"), ("PER", "CHL", "041"), ("CHL", "PER", "041")}),
    ("conjunct talks", "04", "Greece condemned the Turkish flights but held talks with Turkey's foreign "
                             "minister.",
     {("GRC", "TUR", "111"), ("GRC", "TUR", "046"), ("TUR", "GRC", "046")}),
    # a journey coordinated with praise: the visit pair
    ("conjunct visit", "04", "The Egyptian president praised the truce and flew to Qatar on Monday.",
     {("EGY", "QAT", "042"), ("QAT", "EGY", "043")}),
    # negatives: the conjunct's party is no actor
    ("negative", "--", "The minister praised the harvest and flew to her constituency.", set()),
    ("negative", "--", "The singer cancelled the concert and met with fans in a hotel.", set()),
    ("negative", "--", "The company rejected the bid and met with its lenders on Friday.", set()),
    ("negative", "--", "The coach criticised the referee and spoke with reporters after the match.", set()),
    # classes seen among the dev misses and left open (known gaps in the test file)
    ("depart X for Y", "04", "The Chilean president left Santiago for Brasilia on Monday.",
     {("CHL", "BRA", "042"), ("BRA", "CHL", "043")}),
    ("officials from A and B", "04", "Officials from Greece and Turkey met in Athens on Tuesday.",
     {("GRC", "TUR", "040"), ("TUR", "GRC", "040")}),
]
