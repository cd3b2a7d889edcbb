"""Dyad-completion probes (tenth session, wip/fill11): sentences where the rules find the act and its
source but leave the target empty, and a coded party elsewhere in the sentence completes the CAMEO
dyad (events/dyad_completion.py) - or must not.

Written for wirewatch in our own wording. Positives: the target sits below a noun the rules do not
climb into ("licences granted to X", "a programme drawn up by X", "vaccines donated by X"). Negatives:
the only other party is a place ("rescue work done in Turkey"), a topic ("concern about a drought in
Bolivia"), the victim of an attack the act reacts to ("condemned the bombing of the Spanish consulate"),
the destination of another movement ("a force dispatched to Saudi Arabia"), a time setting ("after
talks with China"), a voice in quotation marks ("a banner reading "Russia must pay""), or the source's
own country ("Pakistan's army ... Pakistani airspace"). Triples as in `probes_wire.py`: country
level, the code at the length written; an empty set for a sentence with no complete dyad.

`tests/events/test_probes_completion.py` runs them; `python tests/events/probes_completion.py` prints
the pass count and each miss.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (what the completion meets, CAMEO root, sentence, expected triples)
COMPLETION: list[tuple[str, str, str, set[Triple]]] = [
    # --- must fill
    ("agent of the rejected plan", "12",
     "Kenya ruled out adopting a lending programme drawn up by the World Bank.", {("KEN", "IGO", "12")}),
    ("agent of the rejected plan", "12",
     "Zambia ruled out adopting the austerity measures recommended by the World Bank.",
     {("ZMB", "IGO", "12")}),
    ("holder of the threatened permits", "13", "Morocco threatened to suspend the import licences granted to "
                                               "Spanish fishing firms.", {("MAR", "ESP", "13")}),
    ("holder of the threatened visas", "13", "Australia has threatened to revoke visas issued to Indonesian "
                                             "students.", {("AUS", "IDN", "13")}),
    ("donor of the praised gift", "05", "Uruguay expressed gratitude for the vaccines donated by Chile.",
     {("URY", "CHL", "05")}),
    ("agent of the rejected plan", "12", "Ghana ruled out adopting the reform programme designed by the "
                                         "International Monetary Fund.", {("GHA", "IGO", "12")}),
    # --- must not fill
    ("a place", "05", "Canada praised the rescue work done in Turkey after the earthquake.", set()),
    ("a topic and a place", "11", "Peru expressed concern on Thursday about a drought in Bolivia.", set()),
    ("the victim of an attack", "11", "Mexico condemned the bombing of the Spanish consulate in Guadalajara.",
     set()),
    ("the victims of a massacre", "11", "Chad condemned the massacre of villagers in Sudan.", set()),
    ("where another act moved to", "11", "Iran condemned the deployment of the multinational force "
                                         "dispatched to Saudi Arabia.", set()),
    ("a time setting", "08", "Indian troops withdrew from the disputed valley after talks with China.",
     set()),
    ("a voice in quotation marks", "13", "Finland threatened to close the border, citing a banner reading "
                                         "\"Russia must pay\".", set()),
    ("a slogan in quotation marks", "13",
     "Estonia warned of new sanctions, quoting the slogan \"Moscow out\" from the rally.", set()),
    ("the source's own country", "13", "Pakistan's army warned of a firm response to any violation of "
                                       "Pakistani airspace.", set()),
]


def _main() -> None:
    from probes_wire import run_probes  # type: ignore[import-not-found]

    run_probes("completion probes", [(f"{root} [{what}]", text, expected)
                                     for what, root, text, expected in COMPLETION])


if __name__ == "__main__":
    _main()
