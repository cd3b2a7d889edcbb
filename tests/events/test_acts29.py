"""The twenty-seventh session's classes (wip/acts29), on fresh sentences and controls (none of them is a
row of probes_acts29.py): a judgement told with a that-clause is aimed at the clause's subject (013 hope,
012 doubt, 111 disappointment or concern), and aims at no one when the clause names no party; a government
toppled or ousted by soldiers or in a coup is 180; troops landed in a country are sent there (074); a
possessive pronoun's owner named in the clause above is the one attacked."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

# (sentence, wanted (source country, target country, code root) or None, unwanted code roots)
CASES: list[tuple[str, tuple[str, str, str] | None, tuple[str, ...]]] = [
    ("Turkish Prime Minister Bulent Ecevit said he was optimistic that Greece would lift its veto on "
     "Turkey's candidacy.", ("TUR", "GRC", "01"), ()),
    ("The Egyptian foreign minister said he hoped that Sudan would hand over the three suspects.",
     ("EGY", "SDN", "01"), ()),
    ("Seoul said it was disappointed that Pyongyang had cancelled the family reunions.", ("KOR", "PRK", "11"),
     ()),
    ("The Chilean government expressed concern that Peru was buying fighter jets from Russia.",
     ("CHL", "PER", "11"), ()),
    ("The Thai prime minister doubted that Burma would free the detained students.", ("THA", "MMR", "01"),
     ()),
    # controls: the clause names no party
    ("The Brazilian finance minister said he was optimistic that inflation would fall next year.", None,
     ("01",)),
    ("The Kenyan farm minister said he hoped that the rains would come before the planting season.", None,
     ("01",)),
    # coups
    ("Sierra Leonean soldiers toppled President Ahmad Tejan Kabbah on Sunday.", ("SLE", "SLE", "18"),
     ()),
    ("Army officers overthrew Burundi's president on Thursday.", ("BDI", "BDI", "18"), ()),
    ("Parliament toppled the Italian government in a vote of no confidence.", None, ("18",)),
    ("The prime minister ousted two ministers in a reshuffle on Monday.", None, ("18",)),
    # landings
    ("French paratroopers landed in the Comoros on Thursday.", ("FRA", "COM", "07"), ()),
    ("A Swissair jet landed in Geneva after an engine failure.", None, ("07", "04")),
    # a possessive pronoun's owner
    ("Burundian Defence Minister Firmin Sinzoyiheba escaped unhurt when gunmen attacked his car in "
     "Bujumbura.", ("BDI", "BDI", "18"), ()),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_acts29_case(case: tuple[str, tuple[str, str, str] | None, tuple[str, ...]]) -> None:
    text, want, unwanted = case
    got = _match.coded(text)
    if want is not None:
        src, tgt, root = want
        assert any(s[:3] == src and t[:3] == tgt and c[:2] == root for s, t, c in got), sorted(got)
    assert not any(c[:2] in unwanted for _, _, c in got), sorted(got)
