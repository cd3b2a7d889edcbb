"""The fortieth session's long-lead classes (wip/leads42), on fresh sentences and controls (none of them is a
row of probes_leads42.py): a charge the doer of the lead's act lays in a relative clause on the act's party
("froze trade with Syria, which it accused of ...", "whose troops it accused of ...") is the doer's own act
(relative_charges.py); a refusal set against an agreement by "but" ("agreed to let inspectors return but
refused to hand over documents") is a second act, hung back on the agreement where the model coordinates it
with the bare verb under "let" (reparse._past_on_infinitive), and refuses the party the agreement is made
with (coder._refusal_shares_agreement); goods of a kind ("military equipment", "military hardware") name no
army (arguments.OPERATION_NOUNS), so an embargo "on oil, arms and military equipment against Sierra Leone's
junta" is not aimed at the dateline's forces."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits, a full code or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # a charge laid in a relative clause on the act's party (each uncoded on main)
    ("Chad on Monday closed its border with Libya, which it blamed for the attack.",
     ("TCD", "LBY", "11"), ()),
    ("Kenya on Monday recalled its envoy to Uganda, whose army it accuses of cross-border raids.",
     ("KEN", "UGA", "11"), ()),
    ("BONN (DPA) - West Germany on Tuesday expelled a Czechoslovak diplomat, whom it accused of spying on "
     "NATO bases.", ("DEU", "CZE", "11"), ()),
    ("The United States on Friday halted grain sales to Iran, which it accused of sponsoring terrorism.",
     ("USA", "IRN", "11"), ()),
    # controls: a relative clause with the relative word as its subject, or a named subject of its own, or
    # a reported clause, tells background
    ("Nicaragua, which broke off ties with Taipei, accused China of meddling.", ("NIC", "CHN", "11"),
     (("NIC", "TWN", "*"),)),
    ("Britain expelled two Libyan diplomats, who it said were spying.", ("GBR", "LBY", "16"),
     (("*", "*", "11"),)),
    # a refusal set against an agreement by "but": a second act, aimed where the agreement is (main codes
    # no refusal)
    ("Syria agreed to let Red Cross officials visit the prisoners but refused to free them.",
     ("SYR", "NGO", "12"), ()),
    ("North Korea agreed on Monday to let IAEA inspectors visit its reactor but refused to allow them into "
     "two waste sites.", ("PRK", "IGO", "12"), ()),
    # controls: "and said" is no refusal; a refusal beside an infinitive's conjunct keeps its reading
    ("Iraq agreed to let inspectors return and said it would cooperate.", None, (("*", "*", "12"),)),
    ("Japan suspended its contribution to a project to build two reactors in North Korea and halted food aid "
     "to Pyongyang.", ("JPN", "PRK", "16"), ()),
    # goods of a kind name no army: the embargo is aimed at the junta, not at the dateline's forces
    ("ABIDJAN (AFP) - West African leaders on Thursday imposed an embargo on fuel, arms and military "
     "equipment against Guinea-Bissau's military junta.", ("WAF", "GNB", "16"), (("*", "CIV", "*"),)),
    # controls: an army still named by its adjective and role, and a kind of aid keeps its recipient
    ("CAIRO (Reuters) - The Arab League on Monday lifted its ban on military equipment and spare parts for "
     "Iraq's army.", ("IGO", "IRQ", "08"), (("*", "EGY", "*"),)),
    ("NAIROBI (AP) - The European Union on Monday banned exports of military equipment to Sudan's "
     "government, diplomats said.", ("IGO", "SDN", "16"), (("*", "KEN", "*"),)),
]

test_leads42_case = _match.case_test(CASES)
