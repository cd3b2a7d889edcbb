"""Real-news check: for every example story, the events an analyst would write down, nothing more.

Written by reading each story in examples/ (hand-written agency copy, not an evaluation set). For
each story: the occurrences of each PLOVER type an analyst would count (an occurrence is one event,
however many CAMEO dyads or restatements it has), and the ones that must be there with their
countries. Business, statistics and domestic-budget copy must code nothing. Where the actors stage
still resolves an actor wrongly, only the event is asserted and the gap is named.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from support import ROOT

pytestmark = [pytest.mark.model]

# story -> (most occurrences per type, required (type, source country, target country or None))
ANALYST: dict[str, tuple[dict[str, int], list[tuple[str, str | None, str | None]]]] = {
    "afp.txt": ({}, []),  # a domestic rule change announced: no event between actors
    "ap_archive.txt": ({"AID": 1}, []),  # floods; officials sending boats and food to villagers
    # the levy signed into law at home; opposition plans to go to court (future) - no treaty, no aid
    # the president "brushing aside protests by opposition lawmakers" rejects them (REJECT, seventh session)
    "ap_modern.txt": ({"PROTEST": 1, "ACCUSE": 1, "REJECT": 1}, []),
    "bernama.txt": ({}, []),  # palm oil exports
    "dpa.txt": ({}, []),  # "demand from China weakened" is a market, not a REQUEST
    "kcna.txt": ({"REQUEST": 1}, []),  # the premier calls for more fertilizer output at home
    # two agreements: maritime cooperation (headline and lead are one) and talks on a pact ("also")
    "kyodo.txt": ({"AGREE": 2}, [("AGREE", "JPN", "PHL"), ("AGREE", "PHL", "JPN")]),
    "nyt.txt": ({}, []),  # city budget
    "pti.txt": ({}, []),  # ration scheme extended
    "reuters_1987.txt": ({}, []),  # machine tool orders ("orders from U.S. Buyers")
    # one mine strike (headline and body are one occurrence); talks with management to resume
    "reuters_modern.txt": ({"PROTEST": 1, "CONSULT": 1, "AGREE": 1}, []),
    "tass.txt": ({}, []),  # harvest forecast
    "upi.txt": ({}, []),  # a domestic aid bill for farmers
    # one rally told three times; police tear gas on the crowds (Kenya's police on Kenya's people: the
    # crowds they disperse, not the parliament they gather near, are the target)
    "voa.txt": ({"PROTEST": 1, "COERCE": 1}, [("PROTEST", "KEN", "KEN"), ("COERCE", "KEN", "KEN")]),
    "xinhua.txt": ({}, []),  # grain output
    # one missile launch (headline, lead and "the launch" are one occurrence), the allies' exercise,
    # the JCS cooperating with the US, the president's order to the military
    "yonhap.txt": ({"ASSAULT": 1, "COOPERATE": 2, "REQUEST": 1},
                   [("ASSAULT", "PRK", None), ("COOPERATE", "KOR", "USA"), ("REQUEST", "KOR", "KOR")]),
}


def _occurrences(events: list[Any]) -> Counter[str]:
    return Counter(t for (_, _, _, t) in {(e.start, e.end, e.trigger, e.type) for e in events if e.type})


def _country(actor: Any) -> str | None:
    return None if actor is None or not actor.code else actor.code[:3]


@pytest.fixture(scope="module")
def stories(analyzer: Any) -> dict[str, Any]:
    from wirewatch.records import Document

    out = {}
    for name in ANALYST:
        text = (ROOT / "examples" / name).read_text(encoding="utf-8")
        out[name] = analyzer.analyze(Document(id=name, text=text, source="example"))
    return out


def test_every_example_story_has_an_analyst_list() -> None:
    assert sorted(ANALYST) == sorted(p.name for p in Path(ROOT / "examples").glob("*.txt"))


@pytest.mark.parametrize("name", sorted(ANALYST))
def test_nothing_over_counted(stories: dict[str, Any], name: str) -> None:
    most, _ = ANALYST[name]
    found = _occurrences(stories[name].events)
    over = {t: n for t, n in found.items() if n > most.get(t, 0)}
    assert not over, f"{name}: more events than an analyst counts: {over} (allowed {most})"


@pytest.mark.parametrize("name", sorted(n for n, (_, req) in ANALYST.items() if req))
def test_the_analysts_events_are_found(stories: dict[str, Any], name: str) -> None:
    events = stories[name].events
    for etype, source, target in ANALYST[name][1]:
        assert any(e.type == etype and (source is None or _country(e.source) == source)
                   and (target is None or _country(e.target) == target) for e in events), \
            (name, etype, source, target, [(e.type, _country(e.source), _country(e.target)) for e in events])


# the founding Yonhap story: the coordinated policy (headline, lead and quote are one occurrence), the
# spokesperson defending Chung's remarks, Chung's remarks on easing sanctions, the US demand on the
# North, the US offer to meet
SEED_MOST = {"SUPPORT": 2, "CONCEDE": 1, "REQUEST": 1, "AGREE": 1}


def test_seed_nothing_over_counted(seed_article: Any) -> None:
    found = _occurrences(seed_article.events)
    assert found == Counter(SEED_MOST), found
    coordinated = next(e for e in seed_article.events if e.type == "SUPPORT")
    assert len(coordinated.mentions) >= 3  # every report of it stays as evidence
    for start, end in coordinated.mentions:
        assert "coordinated" in seed_article.text[start:end]


def test_the_tear_gas_is_aimed_at_the_crowds_not_at_parliament(stories: dict[str, Any]) -> None:
    art = stories["voa.txt"]
    coerce = next(e for e in art.events if e.type == "COERCE")
    assert coerce.target is not None and coerce.target.code == "KENCVL"
    assert art.text[coerce.target.start:coerce.target.end] == "crowds"


def test_a_headline_and_its_lead_are_one_agreement_and_also_makes_another(stories: dict[str, Any]) -> None:
    art = stories["kyodo.txt"]
    spans = {tuple(tuple(m) for m in e.mentions) for e in art.events if e.type == "AGREE"}
    assert len(spans) == 2, spans
    texts = sorted(" | ".join(art.text[a:b] for a, b in mentions) for mentions in spans)
    assert any("Japan, Philippines agree" in t and "Japan and the Philippines agreed" in t
               for t in texts), texts
    assert any(t.startswith("The leaders also agreed") for t in texts), texts
