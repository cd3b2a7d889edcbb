"""Role probes of the tenth session (roles11): the right act with the right party, compared with the
full actor code (country plus sector), and the sub-code of a threat to leave a body. Our own sentences,
written from docs/actors.md, the annotation guide (docs/events.md) and the CAMEO codebook; negatives
use the same words where no role or no break of relations is meant.

Triples are (source code, target code, CAMEO code) in full. `tests/events/test_probes_roles11.py` runs
them.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (class, sentence, expected triples)
ROLES11: list[tuple[str, str, set[Triple]]] = [
    # a nationality's capital, city or province owns its mayor or governor, an executive office (GOV)
    ("owned office", "The British capital's new mayor rejected the American offer.",
     {("GBRGOV", "USA", "120")}),
    ("owned office", "The French capital's mayor criticised Russia over the arrests.",
     {("FRAGOV", "RUS", "111")}),
    ("owned office", "The Iraqi province's governor accused Iran of smuggling weapons.",
     {("IRQGOV", "IRN", "1121")}),  # smuggling is the table's crime item (codes16b)
    ("owned office", "The Nigerian capital's streets were quiet on Sunday.", set()),
    # installations a country's forces hold are its military
    ("installation", "Iranian troops attacked Iraqi fortifications near the border.",
     {("IRNMIL", "IRQMIL", "190")}),
    ("installation", "Iranian troops attacked an Iraqi outpost near the border.",
     {("IRNMIL", "IRQMIL", "190")}),
    ("installation", "Russian warplanes bombed Syrian army positions near the border.",
     {("RUSMIL", "SYRMIL", "195")}),
    ("installation", "The company expanded its customer bases in Brazil.", set()),
    ("installation", "Japan restated its negotiating positions to the United States.", set()),
    # a threat to leave a body one belongs to is a threat to break relations (1313)
    ("threat to leave", "Turkey threatened to quit NATO after the vote.", {("TUR", "IGOWSTNAT", "1313")}),
    ("threat to leave", "Hungary threatened to leave the European Union over the quota plan.",
     {("HUN", "IGOEUREEC", "1313")}),
    ("threat to leave", "Venezuela threatened to pull out of OPEC over the quota dispute.",
     {("VEN", "IGOBUSOPC", "1313")}),
    ("threat to leave", "Mali threatened to withdraw from ECOWAS.", {("MLI", "IGOWAFWAS", "1313")}),
    ("threat to leave", "Israel threatened to leave Gaza.", {("ISR", "PSE", "130")}),
    ("threat to leave", "Russia threatened to withdraw its troops from Syria.", {("RUS", "SYR", "130")}),
    ("threat to leave", "Iran threatened to attack Israel.", {("IRN", "ISR", "138")}),
]
