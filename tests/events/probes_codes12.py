"""Code probes of the eleventh session (codes12): the right CAMEO code for an act the coder finds, by
class. A code census of unused stories (`benchmarks/code_census.py`) and two fresh precision-census draws
(seeds 16 and 17, judged for the code) found acts given another root or another code of the same root;
the codebook's category descriptions decide each class. Every sentence here is our own wording, none is
taken from a corpus:

* "complained that ..." in public is criticism (111); 114 is a complaint made officially, to a body;
* "blocked" a law, rule, effort or policy is a rejection (12); 144 is a blockade or a sit-in that
  obstructs passage, and troops or ships that block a port are force (191);
* "insisted that X was ..." asserts a fact, no demand; "insisted on X" and "insisted that Y should /
  must ..." demand (10);
* "opposed" a person ("was opposed to the chancellor", "opposed him") is disapproval (110); opposing a
  proposal stays a rejection (12);
* "seized on / upon" a rival's words is using them in argument (111), no seizure (171);
* refusing an endorsement or a recognition rejects verbal cooperation (05): the bare 120; 121 is the
  refusal of material cooperation (06);
* "defended" prices, a border or one's own record is no verbal defence of another party (052);
* "received" tonnes of a commodity or a surge of imports is trade, no visit hosted (043);
* "pressed his attack on" is criticism (111), no appeal (02);
* arms promised to a state ("promised to send tanks to Ukraine") are an intent to give military aid
  (033), no threat of force (138), as "will send tanks to" and "offered warships to" already were;
* a Commonwealth high commissioner summoned or recalled is an envoy like an ambassador (114, 161);
* foreign troops "ordered to leave" the country are expelled (166), as "ordered troops out" is; a state
  ordering its own troops to patrol stays 151; a state "dragged" before a court is sued (115);
* a state charged "with" a wrong by another state is accused (112); a person charged by prosecutors
  stays 173; a state that "protested to" another complains officially (114), people protesting
  against their government demonstrate (141);
* a state defended "against" an attack or offensive gets military protection (074; vowed, 033), not a
  verbal defence (052); aid convoys or trucks let in are humanitarian access (086), not the bare 080;
* an event noun carried by a negated light verb ("did not attend the summit") did not happen: the
  coder's negation arithmetic reads it as "did not meet" is read (125), not as a meeting (040);
* a lead, a majority or a harvest "threatened" is endangered: no threat (13) by anyone;
* "agreed that X was ..." shares an opinion, no accord (050) or intent (03); "agreed that X should /
  would ..." stays the accord (050) or the intent its complement names.
* force words between a politician outside the executive and their own country's bare code ("fought
  the Washington establishment", "attacked Paris as ...") are a campaign: 111 for an attack in words,
  nothing for a fight or a battle.

Triples as in `probes_wire.py` (source country, target country, code at the length written).
`tests/events/test_probes_codes12.py` runs them; `python tests/events/probes_codes12.py` prints the pass
count and each miss.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (construction, sentence, expected triples)
CODES12: list[tuple[str, str, set[Triple]]] = [
    ("complained that", "Turkish officials complained that Greece had ignored its proposals on the islands.",
     {("TUR", "GRC", "111")}),
    ("complained that",
     "The Indian foreign minister complained that Pakistan had done nothing about the camps.",
     {("IND", "PAK", "111")}),
    ("complained about", "Vietnam complained about the Chinese survey ship in its waters.",
     {("VNM", "CHN", "111")}),
    ("blocked rule", "Hungary blocked the European Union's new migration rules.", {("HUN", "IGO", "12")}),
    ("blocked law", "Poland's constitutional court blocked the Polish government's media law.",
     {("POL", "POL", "12")}),
    ("blocked efforts", "Russia blocked British efforts to send monitors to the region.",
     {("RUS", "GBR", "12")}),
    ("blocked by troops", "Israeli troops blocked the Palestinian convoy at the crossing.",
     {("ISR", "PSE", "191")}),
    ("insisted on", "Iran insisted on the lifting of American sanctions.", {("IRN", "USA", "10")}),
    ("insisted should", "China insisted that Japan should withdraw its ships from the islands.",
     {("CHN", "JPN", "10")}),
    ("opposed to person", "The French president was firmly opposed to the Italian prime minister.",
     {("FRA", "ITA", "110")}),
    ("opposed proposal", "Germany opposed the Polish proposal for a border fund.", {("DEU", "POL", "12")}),
    ("seized on", "The Labour leader seized on the British prime minister's remarks about migrants.",
     {("GBR", "GBR", "111")}),
    ("refused to endorse", "Hungary refused to endorse Ukraine's candidate for the post.",
     {("HUN", "UKR", "120")}),
    ("declined to back", "Brazil declined to back the American resolution.", {("BRA", "USA", "120")}),
    ("defended decision", "China defended Russia's decision to hold the referendum.",
     {("CHN", "RUS", "052")}),
    ("pressed attack", "The Polish opposition leader pressed his attack on the German chancellor.",
     {("POL", "DEU", "111")}),
    ("attacked own country", "Marine Le Pen attacked Paris as a city run by bankers.",
     {("FRA", "FRA", "111")}),
    ("promised to send arms", "Germany promised to send tanks to Ukraine.", {("DEU", "UKR", "033")}),
    ("pledged to send arms", "Norway pledged to send more fighter jets to Ukraine.",
     {("NOR", "UKR", "033")}),
    ("summoned high commissioner", "Ghana summoned the British high commissioner over the remarks.",
     {("GHA", "GBR", "114")}),
    ("recalled high commissioner", "India recalled its high commissioner from Canada.",
     {("IND", "CAN", "161")}),
    ("ordered troops to leave", "Chad ordered the American troops to leave the country.",
     {("TCD", "USA", "166")}),
    ("ordered troops to patrol", "The Kenyan president ordered troops to patrol the border.",
     {("KEN", "KEN", "151")}),
    ("dragged to court", "South Africa dragged Israel to the International Court of Justice.",
     {("ZAF", "ISR", "115")}),
    ("state charged with", "Serbia charged Kosovo with ethnic cleansing.", {("SRB", "XKX", "112")}),
    ("person charged with", "Turkish prosecutors charged the Swedish journalist with terrorism.",
     {("TUR", "SWE", "173")}),
    ("protested to", "Morocco protested to Spain over the remarks.", {("MAR", "ESP", "114")}),
    ("protested against", "Thousands of Armenians protested against the government in Yerevan.",
     {("ARM", "ARM", "141")}),
    ("vowed to defend against", "The United States vowed to defend the Philippines against any armed attack.",
     {("USA", "PHL", "033")}),
    ("defended against", "France defended Chad against the rebel offensive.", {("FRA", "TCD", "074")}),
    ("allowed aid in", "Israel allowed aid convoys into Gaza.", {("ISR", "PSE", "086")}),
    ("did not attend summit", "Hungary did not attend the summit with Ukraine.", {("HUN", "UKR", "125")}),
    ("agreed that should", "China and India agreed that the border dispute should be settled through talks.",
     {("CHN", "IND", "050"), ("IND", "CHN", "050")}),
]

# sentences that must code no demand (10), protest blockade (144), seizure (171), verbal defence (052)
# or visit (04), each the class's wrong reading
NOT_THESE_CODES: list[tuple[str, str]] = [
    ("10", "Japanese officials insisted that their markets were already open to American rice."),
    ("10", "The Kenyan minister insisted the election had been fair."),
    ("10", "Brazilian officials insist the economy will recover next year."),
    ("144", "A Spanish judge blocked the Catalan government's referendum law."),
    ("17", "The Labour leader seized on the British prime minister's remarks about migrants."),
    ("052", "OPEC members vowed to defend oil prices at eighteen dollars a barrel."),
    ("052", "Saudi Arabia will defend its share of the Asian oil market."),
    ("04", "Traders in Egypt received 50,000 tonnes of French wheat."),
    ("04", "Germany received a surge of Chinese imports last year."),
    ("114", "Japanese officials complained that Washington had ignored their proposals."),
    ("19", "Senator Ted Cruz has long fought the Washington establishment."),
    ("19", "The Labour candidate battled back in Scotland in the last week of the campaign."),
    ("02", "The Polish opposition leader pressed his attack on the German chancellor."),
    ("13", "The Hungarian opposition hopes to threaten the ruling party's majority in parliament."),
    ("0", "Japanese and Korean analysts agreed that the Chinese budget was realistic."),
    ("114", "Farmers in France protested to denounce the trade deal with Brazil."),
    ("114", "Indian officials complained to reporters that Pakistan had ignored the talks."),
]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from probes_wire import run_probes

    run_probes("codes12", CODES12)
    run_probes("codes12 negatives", [(text[:30], text, set()) for _, text in NOT_THESE_CODES])
