"""Compare the actors of a story with an analyst's list (tests/actors/golden/example_actors.json).

Used by tests/actors/test_example_actors.py and `benchmarks/actors_diag.py --examples`, so the test
and the reported error count are the same judgement.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wirewatch.records import Article, Entity

GOLDEN = Path(__file__).resolve().parent / "golden" / "example_actors.json"
ROOT = Path(__file__).resolve().parents[2]


def load_golden() -> dict[str, dict[str, Any]]:
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}


def story_path(story: dict[str, Any]) -> Path:
    return (ROOT / story["file"]).resolve()


def canon(text: str) -> str:
    """Case-insensitive, without a leading article: 'The foreign ministry' == 'foreign ministry'."""
    low = " ".join(text.lower().split())
    return low[4:] if low.startswith("the ") else low


def display_name(entity: Entity) -> str:
    """The actor an analyst would list for a mention: its referent's name, else the actor's."""
    assert entity.actor is not None
    return entity.refers_to or entity.actor.name


def story_errors(article: Article, story: dict[str, Any]) -> list[str]:
    """Every way the article's actors differ from the analyst's list (empty when they agree)."""
    coded = [e for e in article.entities if e.actor is not None and e.actor.code]
    found = {(canon(display_name(e)), e.actor.code) for e in coded}  # type: ignore[union-attr]
    wanted = {(canon(a["name"]), a["code"]) for a in story["actors"]}
    errors = [f"missing actor {name!r} {code}" for name, code in sorted(wanted - found)]
    for name, code in sorted(found - wanted):
        texts = sorted({e.text for e in coded if (canon(display_name(e)), e.actor.code) == (name, code)})  # type: ignore[union-attr]
        errors.append(f"extra actor {name!r} {code} from {texts}")
    for want in story["actors"]:
        for mention in want.get("mentions", []):
            hits = [e for e in article.entities if e.text == mention]
            if not hits:
                errors.append(f"no mention {mention!r} (for {want['name']})")
                continue
            wrong = [(e.actor.code if e.actor else None, e.refers_to or (e.actor.name if e.actor else None))
                     for e in hits if e.actor is None or e.actor.code != want["code"]
                     or canon(display_name(e)) != canon(want["name"])]
            if wrong:
                errors.append(f"mention {mention!r} is {wrong}, not {want['name']!r} {want['code']}")
    for junk in story.get("must_not", []):
        for e in coded:
            if canon(e.text) == canon(junk) or (" " in junk and canon(junk) in canon(e.text)):
                errors.append(f"junk actor {e.text!r} {e.actor.code}")  # type: ignore[union-attr]
    return errors


def analyse(path: Path, nlp: Any) -> Article:
    """Structure + spaCy + actors only, so other stages cannot change the verdict."""
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text
    from wirewatch.pipeline import analyze_structure
    from wirewatch.records import Document

    text = path.read_text(encoding="utf-8")
    article = analyze_structure(Document(id=path.stem, text=text, source=str(path)))
    assign_actors(article, nlp(analysis_text(article)))
    return article
