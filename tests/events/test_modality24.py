"""The classes the modality probes showed (wip/modality24), each with sentences of our own beyond the
probe that showed it and with controls where the plain act keeps its code. A row: (sentence, a
triple that must be coded as (source prefix, target prefix, root), or None, and roots no triple may
have)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

Case = tuple[str, tuple[str, str, str] | None, tuple[str, ...]]

CASES: list[Case] = [
    # "no longer" negates: a cooperative act becomes its rejection (12x), never the act
    ("Hungary will no longer cooperate with Ukraine on energy projects.", ("HUN", "UKR", "12"), ("03",)),
    ("The United States no longer recognises the Taliban as the government of Afghanistan.", None,
     ("05",)),
    ("Mali's junta said it no longer supports the French mission in the Sahel.", None, ("05",)),
    ("Hungary will cooperate with Ukraine on energy projects.", ("HUN", "UKR", "03"), ("12",)),
    # hoping or aiming to act is an intention (03x), a hoped-for attack no attack
    ("Japan hopes to hold talks with China next month.", ("JPN", "CHN", "03"), ("04",)),
    ("India aims to sign a defence pact with Vietnam this year.", ("IND", "VNM", "03"), ("05",)),
    ("Kenya hopes to sign a trade agreement with Tanzania before the end of the year.",
     ("KEN", "TZA", "03"), ("05",)),
    ("Government troops hope to recapture Goma from the M23 rebels by the end of the month.", None,
     ("19",)),
    ("Kenya signed a trade agreement with Tanzania on Monday.", ("KEN", "TZA", "05"), ("03",)),
    # could / might / may: a possibility, not an act done
    ("Turkey may send troops to Libya, officials said.", None, ("15", "07")),
    ("Britain may expel more Russian diplomats, a government source said.", None, ("16",)),
    ("Analysts said the United States could strike Iranian nuclear sites within weeks.", None, ("19",)),
    ("Israel could not reach an agreement with Hamas on a truce.", ("ISR", "PSE", "12"), ()),
    ("Iran could close the Strait of Hormuz, a senior commander warned.", None, ("19",)),
    ("Britain expelled two Russian diplomats on Monday.", ("GBR", "RUS", "16"), ()),
    # "A quoted B as saying": B speaks
    ("Xinhua quoted the Chinese foreign minister as saying Japan had violated the agreement.",
     ("CHN", "JPN", "11"), ()),
    ("Reuters quoted the Iranian foreign minister as saying Tehran would not negotiate with Washington.",
     ("IRN", "USA", "12"), ()),
    ("KCNA quoted a North Korean foreign ministry spokesman as saying the United States was plotting an "
     "invasion.", ("PRK", "USA", "11"), ()),
    # a wrong said to go on is the wrong alleged
    ("India said Pakistan continued to harbour terrorists.", ("IND", "PAK", "11"), ()),
    ("Israel said Iran keeps violating the nuclear deal.", ("ISR", "IRN", "11"), ()),
    ("India's foreign ministry said Pakistan continued to shelter the militants behind the Mumbai "
     "attacks.", ("IND", "PAK", "11"), ()),
    ("Ukraine said it would continue to shelter refugees from Mariupol.", None, ("11",)),
    # a span of time given to act is an ultimatum (139)
    ("The United States gave Iraq 48 hours to hand over the suspects.", ("USA", "IRQ", "13"), ()),
    ("Israel gave Hamas a deadline to release the hostages.", ("ISR", "PSE", "13"), ()),
    ("ECOWAS gave the Malian junta an ultimatum to restore civilian rule.", ("IGO", "MLI", "13"), ()),
    # an act after a present-tense "until" has not happened
    ("Israel will keep fighting until Hamas releases the hostages.", None, ("08",)),
    ("Turkey will not approve Sweden's bid to join NATO until Stockholm cracks down on Kurdish "
     "militants.", ("TUR", "SWE", "12"), ("17",)),
    # an act called possible or potential is not done
    ("Officials in Washington said no decision had been taken on a possible visit to Beijing.", None,
     ("04",)),
    ("The Chinese president paid a visit to India in May.", ("CHN", "IND", "04"), ()),
    # a vow or threat to act by force is a threat of force (138)
    ("China has pledged to reunify Taiwan by military means if necessary.", ("CHN", "TWN", "13"),
     ("03",)),
    ("Haiti's gang leaders vowed to topple the prime minister's government by force.",
     ("HTI", "HTI", "13"), ("03",)),
    ("Kenya promised to settle the dispute with Uganda by negotiation.", ("KEN", "UGA", "03"), ()),
    # a coordinated clause with its own subject is an act of its own
    ("Russia refused to extend the grain deal, and Ukraine accused Moscow of blackmail.",
     ("UKR", "RUS", "11"), ()),
    ("The talks failed to produce a deal, but Kenya pledged aid to Somalia.", ("KEN", "SOM", "03"), ()),
    # approving a party's bid or request endorses it
    ("Turkey approved Sweden's bid to join NATO.", ("TUR", "SWE", "05"), ()),
    ("The EU approved Ukraine's request for candidate status.", ("IGO", "UKR", "05"), ()),
    ("Washington has not approved Israel's request for more bombs.", ("USA", "ISR", "12"), ("05",)),
    ("Parliament approved the government's budget.", None, ("05",)),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_modality24_class(code: Any, case: Case) -> None:
    text, want, banned = case
    art = code(text, date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    if want is not None:
        src, tgt, root = want
        assert any(s.startswith(src) and t.startswith(tgt) and c.startswith(root) for s, t, c in got), \
            sorted(got)
    assert not any(c[:2] in banned for _, _, c in got), sorted(got)
