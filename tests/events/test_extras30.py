"""The twenty-eighth session's precision classes (wip/extras30), on fresh sentences and controls (none of
them is a row of probes_extras30.py): an event noun that is only the cause of an act its verb's clause
tells is not coded ("threats dominated talks between A and B", "a raid prompted X to recall its envoy"),
and a warning drawn from a party is that party's threat; a news medium's pre-posed report of an attack is
transparent (the attack is coded with its own parties), a state or its agency's is its accusation; a
perfect told as a habit beside a simple past is background."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # an event noun only the cause of the act its clause tells
    ("Syria's threats against Jordan overshadowed a meeting between Egyptian and Saudi foreign ministers in "
     "Cairo on Tuesday.", None, (("SYR", "JOR", "13"),)),
    ("Pakistan's nuclear tests prompted Japan to freeze its grant aid to Islamabad.", ("JPN", "PAK", "16"),
     (("PAK", "*", "*"),)),
    ("The Iraqi shelling of Kurdish villages drew a stern warning from Washington on Friday.",
     ("USA", "IRQ", "13"), (("IRQ", "USA", "*"),)),
    ("Libya's refusal to surrender the suspects drew a warning from Britain on Monday.",
     ("GBR", "LBY", "13"), (("LBY", "GBR", "*"),)),
    # controls: the clause tells no act of a named party, so the cause stays the event
    ("Israeli air raids on southern Lebanon sparked protests across the region.", ("ISR", "LBN", "19"), ()),
    ("The Indian army's offensive in Kashmir killed 30 militants on Sunday.", ("IND", "IND", "19"), ()),
    ("Egypt's criticism of Israel drew praise from the Arab League.", ("IGO", "EGY", "05"), ()),
    # a news medium's report of an attack
    ("Iraqi television said on Sunday that Iranian artillery had shelled the port of Basra.",
     ("IRN", "IRQ", "19"), (("IRQ", "IRN", "11"),)),
    ("The Cairo newspaper Al-Ahram reported that Israeli troops had shot dead a Jordanian shepherd on the "
     "border.",
     ("ISR", "JOR", "19"), (("JOR", "ISR", "11"), ("EGY", "ISR", "11"))),
    # controls: a state or its government's agency accuses
    ("Sudan said on Tuesday that Eritrean troops had shelled its eastern border towns.", ("SDN", "ERI", "11"),
     (("ERI", "SDN", "19"),)),
    ("Syria's official news agency SANA said Israeli warplanes had bombed a Syrian radar post in Lebanon.",
     ("SYR", "ISR", "11"), ()),
    # a perfect told as a habit beside a simple past
    ("China has repeatedly condemned Taiwan's leaders, but on Monday it invited the island's envoy to "
     "Beijing for talks.", ("CHN", "TWN", "03"), (("CHN", "TWN", "11"),)),
    ("Greece has long accused Turkey of violating its airspace, and on Friday it recalled its ambassador "
     "from Ankara.", ("GRC", "TUR", "16"), (("GRC", "TUR", "11"),)),
    # controls: a plain perfect, or a habit told alone, is news
    ("Vietnam has condemned China's occupation of a reef in the Spratly Islands.", ("VNM", "CHN", "11"), ()),
    ("Turkey has repeatedly accused Syria of sheltering Kurdish rebels.", ("TUR", "SYR", "11"), ()),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_extras30_case(case: tuple[str, Triple | None, tuple[Triple, ...]]) -> None:
    text, want, unwanted = case
    got = _match.coded(text)
    if want is not None:
        src, tgt, root = want
        assert any(s[:3] == src and t[:3] == tgt and c[:2] == root for s, t, c in got), sorted(got)
    assert not _match.forbidden_hits(unwanted, got), sorted(got)
