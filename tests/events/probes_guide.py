"""Probes of the annotation guide (docs/events.md, "Annotation guide (from batch 7 on)"): for each of
its decisions, sentences of our own, several verbs, actors and countries each, positives and negatives.

Written for wirewatch from the guide's wording and the CAMEO codebook, before any rule of the tenth
session. Triples are written as in `probes_wire.py` (country, country, code at the length written),
except for the "officials" decision, whose actors are written in full: the point of that decision is
whether the sector is GOV or none.

`tests/events/test_probes_guide.py` runs them and prints nothing; the first run on main is in
docs/benchmarks.md.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (decision, CAMEO root, sentence, expected triples)
GUIDE: list[tuple[str, str, str, set[Triple]]] = [
    # --- officials and delegations: office holders, ministries, envoys, delegations -> country + GOV;
    # a country name used for the state -> the country alone
    ("officials", "05", "The Japanese foreign minister praised Vietnam for its economic reforms.",
     {("JPNGOV", "VNM", "051")}),
    ("officials", "11", "Brazil's foreign ministry condemned Paraguay over the border incident.",
     {("BRAGOV", "PRY", "111")}),
    ("officials", "04", "A Chinese delegation held talks with Kenya on Tuesday.",
     {("CHNGOV", "KEN", "04"), ("KEN", "CHNGOV", "04")}),
    ("officials", "11", "The Swedish ambassador criticised Turkey over press freedom.",
     {("SWEGOV", "TUR", "111")}),
    ("officials", "02", "Peru's president urged Chile to reopen the border.",
     {("PERGOV", "CHL", "02")}),
    ("officials", "04", "The Iranian negotiator met the EU envoy in Vienna.",
     {("IRNGOV", "IGOEUREEC", "04"), ("IGOEUREEC", "IRNGOV", "04")}),
    ("officials", "05", "The Israeli negotiator praised Egypt for its mediation.",
     {("ISRGOV", "EGY", "051")}),
    ("officials", "04", "The Chinese and Japanese delegations held talks in Beijing.",
     {("CHNGOV", "JPNGOV", "04"), ("JPNGOV", "CHNGOV", "04")}),
    ("officials", "04", "A Qatari emissary met Hamas leaders in Doha.",
     {("QATGOV", "PSEREB", "04"), ("PSEREB", "QATGOV", "04")}),
    # the thirteenth session follows the CAMEO manual's examples (the PLOVER GSR records): a state's
    # officials with no body named are its GOV
    ("officials", "11", "Chinese officials criticised Japan over the visit.", {("CHNGOV", "JPN", "111")}),
    ("officials", "05", "Japan praised Vietnam for its economic reforms.",
     {("JPN", "VNM", "051")}),
    ("officials", "11", "Brazil condemned Paraguay over the border incident.",
     {("BRA", "PRY", "111")}),
    # --- candidates and former officials holding no office: ELI by the story's date
    ("officials", "11", "Former Brazilian president Jair Bolsonaro criticised Argentina over trade.",
     {("BRAELI", "ARG", "111")}),
    ("officials", "11", "Former British prime minister Boris Johnson criticised China over Hong Kong.",
     {("GBRELI", "CHN", "111")}),
    ("officials", "05", "Former German chancellor Angela Merkel praised France for its support.",
     {("DEUELI", "FRA", "051")}),
    # --- sub-code level: a bare appeal or threat is the root; a named object keeps its sub-code
    ("sub-code", "02", "Canada urged Haiti to do more.", {("CAN", "HTI", "020")}),
    ("sub-code", "02", "Norway called on Sudan to act.", {("NOR", "SDN", "020")}),
    ("sub-code", "13", "Iran warned Israel.", {("IRN", "ISR", "130")}),
    ("sub-code", "02", "Canada urged Haiti to hold elections.", {("CAN", "HTI", "02")}),
    ("sub-code", "13", "Russia threatened Ukraine with military force.", {("RUS", "UKR", "138")}),
    ("sub-code", "13", "The United States threatened China with new sanctions.", {("USA", "CHN", "13")}),
    ("sub-code", "13", "Pakistan threatened India with military action.", {("PAK", "IND", "138")}),
    ("sub-code", "13", "Venezuela threatened Guyana with war.", {("VEN", "GUY", "138")}),
    ("sub-code", "13", "Serbia warned Kosovo.", {("SRB", "XKX", "130")}),
    # --- a third party reporting an atrocity: A B 112 only
    ("SAY attack", "11", "Britain accused Russia of bombing hospitals in Syria.", {("GBR", "RUS", "112")}),
    ("SAY attack", "11", "France said Syrian forces had shelled civilians in Idlib.",
     {("FRA", "SYR", "112")}),
    ("SAY attack", "11", "Canada said Iranian forces had killed protesters in Iraq.",
     {("CAN", "IRN", "112")}),
    ("SAY attack", "11", "Germany blamed Myanmar's army for killing villagers in Rakhine.",
     {("DEU", "MMR", "112")}),
    ("SAY attack", "19", "Russian jets bombed a hospital in Aleppo, Syrian officials said.",
     {("RUS", "SYR", "19")}),
    ("SAY attack", "19", "Israeli troops shelled a village in southern Lebanon, according to Lebanese media.",
     {("ISR", "LBN", "19")}),
    # --- 183 for a bomb thrown or planted by a non-state attacker; 190 when forces deliver it
    ("bomb", "18", "Taliban militants set off a bomb outside a police station in Kabul.",
     {("AFG", "AFG", "18")}),
    ("bomb", "18", "A suicide bomber from Boko Haram blew himself up at a market in Nigeria.",
     {("NGA", "NGA", "18")}),
    ("bomb", "19", "Saudi aircraft dropped bombs on a market in northern Yemen.", {("SAU", "YEM", "19")}),
    ("bomb", "19", "Turkish artillery shelled Kurdish positions in northern Syria.", {("TUR", "SYR", "19")}),
    # --- event nouns inside a prepositional phrase are not coded; a light verb's object is
    ("PP noun", "00", "Oil prices rose after news of U.S. sanctions against Iran.", set()),
    ("PP noun", "00", "Markets in Seoul fell in response to the strikes on Syria by the United States.",
     set()),
    ("PP noun", "00", "The ministers of Chile spoke at a meeting of the Organization of American States.",
     set()),
    ("PP noun", "16", "The European Union imposed sanctions on Belarus.", {("IGO", "BLR", "163")}),
    ("PP noun", "04", "India held talks with Nepal on Monday.", {("IND", "NPL", "04"), ("NPL", "IND", "04")}),
    # --- no attacker from the sentence before; an agentless attack has no source, except that a
    # bombing, blast or ambush is the unidentified force of its place (UAF), as the CAMEO manual's
    # examples code it (thirteenth session)
    ("no agent", "00", "Three Iraqi soldiers were killed in Mosul on Sunday.", set()),
    ("no agent", "18", "A roadside bomb killed four Afghan policemen in Helmand.", {("AFG", "AFG", "183")}),
    ("no agent", "00", "A car bomb exploded near a Somali army base, killing six soldiers.", set()),
    ("no agent", "00", "An air strike killed 12 civilians in northern Syria.", set()),
    ("no agent", "19", "Three Iraqi soldiers were killed by Islamic State fighters in Mosul on Sunday.",
     {("IMG", "IRQ", "19")}),
    # --- history: ten years or more is not coded; younger is news
    ("history", "00", "In 1990 Iraq invaded Kuwait.", set()),
    ("history", "19", "Last year Azerbaijan attacked Armenia.", {("AZE", "ARM", "19")}),
    ("history", "04", "In 2019 the president of Finland visited Estonia.",
     {("FIN", "EST", "042"), ("EST", "FIN", "043")}),
]
