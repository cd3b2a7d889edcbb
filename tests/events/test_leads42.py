"""The fortieth session's long-lead classes (wip/leads42), on fresh sentences and controls (none of them is a
row of probes_leads42.py): a charge the doer of the lead's act lays in a relative clause on the act's party
("froze trade with Syria, which it accused of ...", "whose troops it accused of ...") is the doer's own act
(relative_charges.py); a refusal set against an agreement by "but" ("agreed to let inspectors return but
refused to hand over documents") is a second act, hung back on the agreement where the model coordinates it
with the bare verb under "let" (reparse._past_on_infinitive), and refuses the party the agreement is made
with (coder._refusal_shares_agreement); goods of a kind ("military equipment", "military hardware") name no
army (arguments.OPERATION_NOUNS), so an embargo "on oil, arms and military equipment against Sierra Leone's
junta" is not aimed at the dateline's forces. Second fixes: a list's middle verb the model reads as a
participle whose last verb asks a party "on" ("..., handed over the remains of 40 soldiers and called on
Algiers to ...", reparse._listed_verb_as_participle); a set-off accusing participle hung on the charge's own
clause ("rejected Turkish charges that it was sheltering rebels, accusing Ankara of ...",
reparse._accusing_on_inner_clause); a refusal's second, "or"-joined complement ("refused to demobilise its
troops or allow U.N. monitors in", refused_alternatives.py). Third fixes: "whose pilgrims it blamed" with the
owned noun read as the clause's verb (relative_charges.py); a second finite verb the model joins to a
demand's that-clause ("demanded that Iraq free 30 pilots ... and called on the United Nations to ...",
reparse._past_on_subjunctive) or to a reduced relative inside it ("... Greeks jailed for espionage and called
on ...", reparse._past_on_reduced_relative)."""

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
    # a list's middle verb read as a participle, its last verb asking a party by "on" (main loses the call)
    ("Morocco on Wednesday freed 80 Algerian prisoners, handed over the remains of 40 soldiers and called on "
     "Algiers to reopen the border.", ("MAR", "DZA", "02"), ()),
    # control: a list the model reads flat keeps its three acts
    ("Vietnam on Monday freed 12 Thai fishermen, returned their boats and called on Bangkok to stop its "
     "trawlers entering Vietnamese waters.", ("VNM", "THA", "02"), ()),
    # a set-off accusing participle hung on the charge's own clause is the denier's (or speaker's) act
    ("Syria on Monday rejected Turkish charges that it was sheltering Kurdish rebels, accusing Ankara of "
     "trying to cover up its own abuses.", ("SYR", "TUR", "11"), ()),
    ("Libya on Sunday dismissed British allegations that it was training IRA guerrillas, accusing London of "
     "waging a propaganda war.", ("LBY", "GBR", "11"), ()),
    ("Zambia denied that its troops had crossed into Zaire, accusing Kinshasa of spreading lies.",
     ("ZMB", "COD", "11"), ()),
    # controls: an accusing participle on the main verb already; a report's clause keeps its own accuser
    ("Chad rejected the report, accusing France of bias.", ("TCD", "FRA", "11"), ()),
    ("ACCRA (GNA) - The Ghana News Agency reports that the two juntas announced their withdrawal from the "
     "bloc, accusing it of serving foreign interests.", None, (("GHA", "*", "11"),)),
    # a refusal's second, "or"-joined complement (main reads only the first)
    ("UNITA on Monday refused to demobilise its troops or allow U.N. monitors into the diamond areas.",
     ("AGO", "IGO", "12"), ()),
    # control: a refused comment is no act, and its "or" conjunct names no party
    ("Iraq refused to comment or allow reporters in.", None, (("*", "*", "12"),)),
    # third fixes: the owned noun of "whose" read as the relative clause's verb (main codes no charge)
    ("Jordan on Tuesday recalled its envoy from Syria, whose agents it blamed for the bombing.",
     ("JOR", "SYR", "11"), ()),
    ("Egypt on Monday expelled the ambassador of Sudan, whose leaders it blamed for the attack.",
     ("EGY", "SDN", "11"), ()),
    # a second finite verb the model joins to a demand's that-clause, or to a reduced relative in it
    ("Iran on Sunday demanded that Iraq free 30 Iranian pilots captured during the war and called on the "
     "United Nations to press Baghdad.", ("IRN", "IGO", "02"), ()),
    ("Bulgaria on Monday demanded that Turkey return three Bulgarian fishermen detained near the border and "
     "called on the European Community to intervene.", ("BGR", "IGO", "02"), ()),
    ("Poland on Tuesday demanded that Belarus free two Polish journalists jailed for spying and called on "
     "the European Union to impose sanctions on Minsk.", ("POL", "IGO", "02"), ()),
    ("Egypt demanded that Israel withdraw from Taba and urged Washington to mediate.", ("EGY", "USA", "02"),
     ()),
    # controls: a past tense in a said-clause keeps its own subject; the demand itself stays
    ("Iraq said that Kuwait stole its oil and demanded compensation.", ("IRQ", "KWT", "11"), ()),
    ("Portugal demanded that Indonesia release 40 East Timorese students arrested in Jakarta and called on "
     "the United Nations to send observers.", ("PRT", "IDN", "10"), ()),
]

test_leads42_case = _match.case_test(CASES)
