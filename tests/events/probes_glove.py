"""News-vector breadth probes (ninth session, issue #7): one or more invented sentences per class of
trigger that `data/event_lexicon_glove.tsv` adds (proposed by tools/glove_candidates.py from GloVe
vectors, vetted by the CAMEO codebook), and the physical or non-political senses its conditions keep
out. Written for wirewatch in our own wording, before the rows were checked against them; none comes
from an evaluation set.

Triples as in `probes_wire.py` (source country, target country, code at the length written; paired
codes both ways). `tests/events/test_probes_glove.py` runs them; `python tests/events/probes_glove.py`
prints the pass count and each miss.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (trigger class, CAMEO root, sentence, expected triples)
GLOVE: list[tuple[str, str, str, set[Triple]]] = [
    # --- 111: scorn and ridicule are criticism in words
    ("lambast", "11", "The Iranian foreign minister lambasted the British government on Tuesday.",
     {("IRN", "GBR", "111")}),
    ("deride", "11", "Moscow derided the Estonian president as a puppet of Washington.",
     {("RUS", "EST", "111")}),
    ("mock", "11", "The Venezuelan president mocked the Colombian government in a televised speech.",
     {("VEN", "COL", "111")}),
    ("ridicule", "11", "North Korea ridiculed the South Korean president's peace proposal.",
     {("PRK", "KOR", "111")}),
    ("scorn", "11", "Beijing scorned the Philippine complaint over the reef.",
     {("CHN", "PHL", "111")}),
    ("pillory", "11", "Turkish newspapers pilloried the Greek prime minister.",
     {("TUR", "GRC", "111")}),
    ("demonize", "11", "The Cuban foreign minister demonized the American president.",
     {("CUB", "USA", "111")}),
    ("insult", "11", "Pakistan's foreign minister insulted the Indian prime minister at the summit.",
     {("PAK", "IND", "111")}),
    ("scoff at", "11", "The Russian ambassador scoffed at the Polish proposal.", {("RUS", "POL", "111")}),
    ("contemptuous of", "11", "The Serbian president was contemptuous of the Kosovo government.",
     {("SRB", "XKX", "111")}),
    ("sneer at", "11", "The Chinese foreign ministry sneered at the Japanese defence review.",
     {("CHN", "JPN", "111")}),
    ("heckle", "11", "Opposition lawmakers from Kenya heckled the Ugandan president in Nairobi.",
     {("KEN", "UGA", "111")}),
    ("critique", "11", "The Indian minister critiqued Pakistan's handling of the inquiry.",
     {("IND", "PAK", "111")}),
    # --- verdict words widened: a reported verdict or a judging verb's predicate
    ("verdict: barbaric", "11", "Jordan said the Israeli raid on the camp was barbaric.",
     {("JOR", "ISR", "111")}),
    ("verdict: disingenuous", "11", "Australia called China's trade explanation disingenuous.",
     {("AUS", "CHN", "111")}),
    ("verdict: collusion", "11", "Kenya described Somalia's maritime claim as collusion with foreign "
                                 "oil firms.",
     {("KEN", "SOM", "112")}),
    ("verdict: remarkable", "05", "The Ghanaian president called Nigeria's mediation remarkable.",
     {("GHA", "NGA", "051")}),
    ("verdict: brutal", "11", "Lithuania said the Belarusian crackdown on protesters was brutal.",
     {("LTU", "BLR", "111")}),
    ("verdict: negligence", "11", "Nepal described India's handling of the floods as negligence.",
     {("NPL", "IND", "112")}),
    ("verdict: impressive", "05", "The Chilean president said Peru's recovery was impressive.",
     {("CHL", "PER", "051")}),
    # --- 05 praise, 02 appeal, 04 consultation
    ("admire", "05", "The Japanese prime minister said he admired the Indian prime minister.",
     {("JPN", "IND", "051")}),
    ("supportive of", "05", "Egypt was supportive of the Sudanese government.", {("EGY", "SDN", "051")}),
    ("exhort", "02", "The UN chief exhorted Ethiopia to open talks with the rebels.",
     {("IGO", "ETH", "02")}),
    ("chat with", "04", "The French president chatted with the German chancellor in Brussels.",
     {("FRA", "DEU", "040"), ("DEU", "FRA", "040")}),
    ("liaise with", "04", "Thai officials liaised with Cambodian officials on the border.",
     {("THA", "KHM", "040"), ("KHM", "THA", "040")}),
    ("lavish praise", "05", "The Saudi crown prince lavished praise on the Egyptian president.",
     {("SAU", "EGY", "051")}),
    # --- 01 denial, 12 rejection
    ("debunk", "01", "The Chinese embassy debunked the Indian allegations about the border.",
     {("CHN", "IND", "016")}),
    ("disown", "01", "The Ukrainian government disowned the leaked Polish memo's claims.",
     {("UKR", "POL", "016")}),
    ("snub", "12", "The Polish president's snub of the Hungarian prime minister was noted.",
     {("POL", "HUN", "120")}),
    # --- 16 sanctions, 17 coercion, 19 fighting, 20 mass killing
    ("reimpose", "16", "Washington reimposed sanctions on Venezuela.", {("USA", "VEN", "163")}),
    ("expropriate", "17", "The Bolivian government expropriated the Spanish company's power grid.",
     {("BOL", "ESP", "171")}),
    ("ransack", "17", "Serbian police ransacked the offices of the Kosovo mission.",
     {("SRB", "XKX", "171")}),
    ("persecute", "17", "The Myanmar military persecuted the Rohingya minority.",
     {("MMR", "MMR", "175")}),
    ("punch", "18", "A Turkish police officer punched the Greek consul in Istanbul.",
     {("TUR", "GRC", "182")}),
    ("lob", "19", "Israeli forces lobbed shells at Lebanese villages.", {("ISR", "LBN", "194")}),
    ("wrest", "19", "Ukrainian troops wrested control of the town from Russian forces.",
     {("UKR", "RUS", "192")}),
    # --- the conditions keep the physical and non-political senses out
    ("mock (adjective)", "--", "The students staged a mock trial of the Cuban president.", set()),
    ("lob (sport)", "--", "The Swiss player lobbed the ball over the Spanish defender.", set()),
    ("wrest (physical)", "--", "The French guard wrested the bag from the thief.", set()),
    ("chat (no partner)", "--", "The Brazilian president chatted for an hour.", set()),
    ("reimpose (not sanctions)", "--", "The Dutch city reimposed a curfew on bars.", set()),
    ("lavish (not praise)", "--", "The Qatari emir lavished money on the new stadium.", set()),
    ("sneer (no target)", "--", "The Greek minister sneered.", set()),
    ("punch (boxing)", "--", "The Mexican boxer punched the American champion in the third round.", set()),
    ("verdict (nobody's)", "--", "The Italian minister said the heat wave was barbaric.", set()),
]


def _main() -> None:
    from probes_wire import run_probes  # type: ignore[import-not-found]

    run_probes("glove probes", [(f"{root} [{trigger}]", text, expected)
                                for trigger, root, text, expected in GLOVE])


if __name__ == "__main__":
    _main()
