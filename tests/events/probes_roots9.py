"""Root and trigger probes (eighth session): classes of acts the coder missed or mis-rooted on real
wire copy, one or more sentences per class, in our own wording.

Written before any rule of the session. Each class names a family of words or a construction, not a
sentence: threats of trade measures (tariffs, quotas, licences: 131, not the sanction threat 1312),
announced plans (a plan noun is an intention frame like the verb), insults (name-calling is
disapproval 111, not an accusation 112), visits told as nouns (a by-agent or a state visit),
mutual clashes (both sides fight, 190 both ways), signed documents (memo, contract), attacks told as
nouns under a by-agent ("in an offensive by X"), requests whose sub-code a deep noun must not set,
and false positives: an attack with no attacker in a death toll. Triples are written as in
`probes_wire.py` (country level; the code at the length written; an empty set for no complete dyad).

`tests/events/test_probes_roots9.py` runs them; `python tests/events/probes_roots9.py` prints the pass
count and each miss.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (class, CAMEO root, sentence, expected triples)
ROOTS9: list[tuple[str, str, str, set[Triple]]] = [
    # --- threats of trade measures: a non-force threat (131); sanctions keep 1312
    ("threat, tariffs", "13", "Brazil threatened to raise tariffs on Argentine steel.",
     {("BRA", "ARG", "131")}),
    ("threat, quotas", "13", "The Indonesian government threatened to impose import quotas on Malaysian palm "
                             "products.", {("IDN", "MYS", "131")}),
    ("threat, licences", "13", "Singapore threatened to revoke the licences of Thai airlines.",
     {("SGP", "THA", "131")}),
    ("threat, sanctions", "13", "Canada threatened to impose sanctions on Iran.", {("CAN", "IRN", "1312")}),
    # --- a plan noun frames its infinitive like the verb "plan"
    ("plan noun, conflict", "13", "Mexico announced plans to impose tariffs on American pork.",
     {("MEX", "USA", "131")}),
    ("plan noun, cooperation", "03", "Vietnam unveiled plans to send rice to the Philippines.",
     {("VNM", "PHL", "033")}),
    # --- name-calling is disapproval
    ("insult, liar", "11", "The Venezuelan president called the Colombian president a liar.",
     {("VEN", "COL", "111")}),
    ("insult, warmonger", "11", "Iran's foreign minister called the Israeli prime minister a warmonger.",
     {("IRN", "ISR", "111")}),
    # --- visits told as nouns
    ("visit noun, by-agent", "04", "Ahead of next week's visit to Ankara by the Greek foreign minister, both "
                                   "sides lowered their tone.",
     {("GRC", "TUR", "042"), ("TUR", "GRC", "043")}),
    ("state visit", "04", "The Indian prime minister begins a three-day state visit to Japan on Monday.",
     {("IND", "JPN", "042"), ("JPN", "IND", "043")}),
    # --- a clash has two sides
    ("clash with", "19", "Indian troops clashed with Chinese soldiers on the disputed border.",
     {("IND", "CHN", "190"), ("CHN", "IND", "190")}),
    ("clash between", "19", "Armenian and Azerbaijani forces clashed overnight near the border.",
     {("ARM", "AZE", "190"), ("AZE", "ARM", "190")}),
    # --- signed documents
    ("sign a memo", "05", "Egypt and Sudan signed a memo on water cooperation in Cairo.",
     {("EGY", "SDN", "057"), ("SDN", "EGY", "057")}),
    ("sign a contract", "05", "Kenya signed a contract with China to extend the railway.",
     {("KEN", "CHN", "057")}),
    # --- an attack noun under a by-agent
    ("offensive by", "19", "Sudanese troops suffered heavy losses in an offensive by Ethiopian forces.",
     {("ETH", "SDN", "19")}),
    ("raid by", "19", "Two Somali villagers died in a raid by Kenyan soldiers.", {("KEN", "SOM", "19")}),
    # --- a request's sub-code comes from what is asked, not from a noun deep inside it
    ("ask to clarify", "02", "Colombia asked Norway to clarify the rebels' position on the truce.",
     {("COL", "NOR", "020")}),
    # --- second batch, written before its rules: verbal protests by states, regret over another's act,
    # verdicts told by an adjective, agreeing an aid package, paying a call, a host's scheduled visit
    ("state protests an act", "11", "Japan protested the Chinese coast guard's incursions near the islands.",
     {("JPN", "CHN", "11")}),
    ("regret over the fact", "11", "Seoul expressed regret over the fact that Tokyo approved the textbooks.",
     {("KOR", "JPN", "111")}),
    ("verdict adjective", "11", "The Pakistani foreign minister called India's decision shortsighted.",
     {("PAK", "IND", "111")}),
    ("verdict adjective", "11", "Brazil's president called Argentina's new trade policy misguided.",
     {("BRA", "ARG", "111")}),
    ("agree an aid package", "07", "The Asian Development Bank agreed a $500 million loan for Sri Lanka.",
     {("IGO", "LKA", "07")}),
    ("pay a call", "04", "The Brazilian finance minister paid a call on the Argentine president in Buenos "
                         "Aires.", {("BRA", "ARG", "042"), ("ARG", "BRA", "043")}),
    ("scheduled hosting", "04", "The Japanese prime minister will host the Dutch prime minister in Tokyo "
                                "next week.", {("JPN", "NLD", "036")}),
    # --- third batch, written before its rules: warnings and dares, signed loans and papers, expelled
    # nationals, gifts of supplies, a tank's shell, police seizures of contraband
    ("warn X that", "13", "Iran warned the United States that any interference in the strait would meet a "
                          "strong response.", {("IRN", "USA", "13")}),
    ("praise but warn", "13", "The U.S. trade representative praised Vietnam's new tariff cuts but warned of "
                              "retaliation if the reforms stall.",
     {("USA", "VNM", "051"), ("USA", "VNM", "130")}),
    ("dare", "13", "The Russian president dared the Turks to shoot down another plane.",
     {("RUS", "TUR", "13")}),
    ("sign a loan", "05", "Ghana's finance minister and the head of the World Bank signed the loans in "
                          "Accra.", {("GHA", "IGO", "057"), ("IGO", "GHA", "057")}),
    ("expel nationals", "17", "Tanzania expels Iraqis after embassy bombing.", {("TZA", "IRQ", "174")}),
    ("gift of supplies", "07", "The Japanese foreign minister announced a gift of medical supplies to "
                               "Mozambique.", {("JPN", "MOZ", "07")}),
    ("tank shell", "19", "A Syrian tank shell killed four Lebanese farmers near the border.",
     {("SYR", "LBN", "194")}),
    ("contraband seizure", "--", "Pakistani customs officers seized two tonnes of heroin in Karachi on "
                                 "Monday.", set()),
    # --- fourth batch, written before its rules: military positions seized, an act's setting is not
    # what a frame refuses
    ("seize positions", "19", "Iranian troops seized two Iraqi outposts east of Basra.",
     {("IRN", "IRQ", "19")}),
    ("setting of a failure", "04", "India failed to win concessions during talks with China in Beijing.",
     {("IND", "CHN", "04"), ("CHN", "IND", "04")}),
    # --- fifth batch, written before its rule: the kind of aid two of-phrases down
    ("aid kind, measured", "07", "Canada sent a shipment of 40 tonnes of medical supplies to Haiti.",
     {("CAN", "HTI", "073")}),
    # --- no attacker named: the unidentified force of the place (thirteenth session, the CAMEO manual's
    # examples); a fight with no sides named has no dyad
    ("death toll", "18", "The bombings of the embassies in Nairobi and Dar es Salaam killed more than 200 "
                         "people.", {("KEN", "KEN", "183")}),
    ("death toll, clash", "--", "Four miners were killed in fighting at a Zambian copper mine on Sunday.",
     set()),
]


def _main() -> None:
    from probes_wire import run_probes  # type: ignore[import-not-found]

    run_probes("roots9 probes", [(f"{root} [{cls}]", text, expected) for cls, root, text, expected in ROOTS9])


if __name__ == "__main__":
    _main()
