"""The forty-first session's long-lead classes (wip/leads43), on fresh sentences and controls (none of them is
a row of probes_leads43.py): forces a sender sends are its own hands, however a dateline places them
("PARIS (AFP) - France would send 500 more troops to Bosnia": FRA -> BIH 0334, not FRA -> FRAMIL;
arguments.target_actors); the doer of a sourceless passive act named by the by-agent of its passive time
clause ("were killed when their convoy was ambushed by Tamil Tiger guerrillas", time_clause_agents.py); a
refusal promised under a condition another party must meet is a threat at that party ("would block any
European Union aid to Turkey if Ankara did not withdraw", conditional_threats.py); a subject's present
participle read as a clausal subject with the subject as its own ("Taleban forces besieging the town of
Taloqan shelled ...", reparse._subject_with_participle); trade cut with a state is an embargo (the
lexicon's cut row, 163)."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits, a full code or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # forces sent under the sender's own dateline (main aims the sending at them, and codes nothing)
    ("ROME (ANSA) - Italy would send 500 more troops to Albania.", ("ITA", "ALB", "03"), ()),
    ("WASHINGTON (Reuters) - The United States will send more troops to Saudi Arabia, officials said.",
     ("USA", "SAU", "03"), ()),
    ("LONDON (Reuters) - Britain will send extra soldiers to Kosovo to protect Serbs.", ("GBR", "*", "03"),
     (("GBR", "GBR", "*"),)),
    # controls: forces sent to one's own border stay a posture; goods sent keep their recipient
    ("PARIS (AFP) - France would send food to Bosnia.", ("FRA", "BIH", "03"), ()),
    ("NAIROBI (Reuters) - Kenya will send more troops to its border with Somalia.", None,
     (("KEN", "*", "03"),)),
    # the doer of a sourceless passive act named in its passive time clause (main codes nothing)
    ("Two Israeli soldiers were killed on Sunday when their patrol was ambushed by Hizbollah guerrillas in "
     "south Lebanon.", ("LBN", "ISR", "19"), ()),
    ("Three Indian soldiers were killed when their bunker was shelled by Pakistani troops in Kashmir.",
     ("PAK", "IND", "19"), ()),
    # controls: an agent of the main verb stays; a time clause with no agent names no doer
    ("Eleven soldiers were killed by rebels when they were on patrol.", None, (("*", "*", "18"),)),
    ("Two journalists were wounded when their car was hit by a shell.", None, (("*", "*", "*"),)),
    ("The minister was arrested when he was stopped by police at the airport.", None, (("*", "*", "19"),)),
    # a subject's participle the model reads as a clausal subject with the subject as its own ("Khmer Rouge
    # guerrillas besieging the town of Pailin shelled ...": main's shelling has no doer)
    ("Khmer Rouge guerrillas besieging the town of Pailin shelled government positions on Friday.",
     ("KHM", "KHM", "19"), ()),
    ("Tamil Tiger rebels besieging the army camp at Elephant Pass shelled government positions on Monday.",
     ("LKA", "LKA", "19"), ()),
    # controls: a participle the model hangs on its noun already; a gerund subject is no doer
    ("Serbian forces besieging the enclave of Srebrenica shelled the town centre on Tuesday.",
     ("SRB", "BIH", "19"), ()),
    ("Banning the party angered Washington.", None, (("*", "*", "*"),)),
    # control: a verb whose object is misread as an adverb keeps main's reading (the police's 175, not a
    # march of their own)
    ("Indonesian riot police wielding batons and firing tear gas broke up a march by thousands of students "
     "in Jakarta on Monday.", ("IDN", "IDN", "17"), (("*", "*", "14"),)),
    # a refusal promised under a condition: a threat at the condition's party (main: a refusal at the
    # aid's giver)
    ("Cyprus said it would block any European Union loans to Turkey unless Ankara recognised the Greek "
     "Cypriot government.", ("CYP", "TUR", "13"), (("CYP", "IGO", "*"),)),
    ("Spain would veto Britain's bid if London refused to talk about Gibraltar.", ("ESP", "GBR", "13"), ()),
    # trade cut with a state is an embargo on it (main codes nothing), and promised under a condition a
    # threat
    ("Iraq cut off trade with Jordan on Monday.", ("IRQ", "JOR", "16"), ()),
    ("China said it would cut off trade with Britain unless London dropped its reform plan.",
     ("CHN", "GBR", "13"), ()),
    # controls: trade cut by a strike, and trade barriers cut, name no embargo
    ("The strike cut trade by half.", None, (("*", "*", "16"),)),
    ("Vietnam cut trade barriers.", None, (("*", "*", "16"),)),
    # controls: a refusal with no condition stays a refusal; a promised release under a condition stays
    # the promise
    ("Greece said it would block aid to Turkey.", ("GRC", "TUR", "12"), (("*", "*", "13"),)),
    ("Iran will free the hostages if Washington unfreezes its assets.", ("IRN", "USA", "03"),
     (("*", "*", "13"),)),
]

test_leads43_case = _match.case_test(CASES)
