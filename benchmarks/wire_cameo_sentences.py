"""Sentences of the real wire copy in ../shared, addressed by reference only.

The real-news CAMEO dev set (`benchmarks/wire_cameo_gold.jsonl`) stores, for each sentence, the story's
key, the sentence's character span in the story's raw text and a short hash of the sentence, never the
text itself (the corpora are research-use and stay in ../shared). This module holds the three fixed
rules the set rests on:

- `story_key`: a unique key per story. `wire_raw_sample` repeats some KCNA ids (scorer README §6), so a
  repeated id gets the first 8 hex digits of the sha1 of its URL appended.
- `sentence_spans`: a deterministic splitter over the raw text (paragraph breaks, then sentence-final
  punctuation followed by a capital or a quote), so a span always rebuilds the same sentence.
- `half_of`: the READ / UNREAD split by a hash of (story key, sentence index), fixed before any
  sentence was read or annotated.

    .venv/bin/python benchmarks/wire_cameo_sentences.py --list CORPUS [--grep REGEX] [--half read]
        [--reserved-unused]

lists candidate sentences (used once, to pick and annotate the set by hand). `--reserved-unused` lists
only the stories `reserved_for_batch8` keeps from any census, that no batch of the gold file uses and that
repeat no story it uses (the pool batch 9 was drawn from, twenty-third session).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "wire_raw_sample": "data/structure/wire_raw_sample.jsonl",
    "reuters21578_dev": "data/structure/reuters21578_dev.jsonl",
    # TimeBank/AQUAINT news (APW, NYT, CNN, ABC, VOA, PRI, WSJ 1989-1998): batch 3, a source no rule
    # writer has mined; its text is in `text` and its date in `dct`.
    "timeml_dev": "data/time/timeml_dev.jsonl",
    # PolNeAR (2016 US news on the election and foreign affairs): batches 4-6, political quotes no rule
    # writer has mined; its text is in `text` and its date in `publication_date`.
    "polnear_dev": "data/quotes/polnear_dev.jsonl",
    "polnear_train": "data/quotes/polnear_train.jsonl",
}

# A paragraph break: a blank line, a newline followed by indentation (Reuters), or a newline right after
# sentence-final punctuation (KCNA puts one paragraph on each line).
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]+\S)|(?<=[.!?\"'”])\n")
# A sentence end inside a paragraph: final punctuation (and closing quotes), whitespace, then a capital,
# a digit or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]*(?=\s+[\"“`']*[A-Z0-9])")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|St|Jr|Sr|Prof|Rev|Adm|Cmdr|Corp|Inc|Co|Ltd|"
    r"No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft|vs|approx)\.|\b[A-Z]\.|\b[A-Z]\.[A-Z]\.)$")


def story_key(record: dict[str, Any], id_counts: Counter[str]) -> str:
    """The record's id, or id + '#' + sha1(url)[:8] when the id is not unique in its file."""
    rid = str(record["id"])
    if id_counts[rid] > 1:
        return rid + "#" + hashlib.sha1(str(record.get("url", "")).encode("utf-8")).hexdigest()[:8]
    return rid


def normalise(text: str) -> str:
    """The sentence as the coder sees it: whitespace runs collapsed to one space."""
    return " ".join(text.split())


def text_hash(text: str) -> str:
    """A short fingerprint of the normalised sentence, to check a span still rebuilds it."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:12]


def sentence_spans(raw: str) -> list[tuple[int, int]]:
    """Character spans [start, end) of the sentences of `raw`, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in [*_PARAGRAPH.finditer(raw), None]:
        stop = brk.start() if brk else len(raw)
        spans.extend(_split_paragraph(raw, start, stop))
        start = brk.end() if brk else len(raw)
    return spans


def _split_paragraph(raw: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    begin = start
    for end in _SENTENCE_END.finditer(raw, start, stop):
        if _ABBREVIATION.search(raw[max(begin, end.start() - 12):end.start()]):
            continue
        yield from _trimmed(raw, begin, end.end())
        begin = end.end()
    yield from _trimmed(raw, begin, stop)


def _trimmed(raw: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def half_of(key: str, index: int) -> str:
    """The fixed split: sha1 of 'story key:sentence index', even last byte = read, odd = unread."""
    digest = hashlib.sha1(f"{key}:{index}".encode()).digest()
    return "read" if digest[-1] % 2 == 0 else "unread"


def load_stories(shared: Path, corpus: str) -> dict[str, dict[str, Any]]:
    """Story key -> record for one corpus under ../shared."""
    lines = (shared / CORPORA[corpus]).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    counts = Counter(str(r["id"]) for r in records)
    return {story_key(r, counts): r for r in records}


def reserved_for_batch8(key: str) -> bool:
    """Unused stories whose key has an EVEN first hex digit of sha1('batch8:' + key) are reserved for the
    held-out batch 8 (tenth session): only its annotator reads them, so no census may."""
    return int(hashlib.sha1(f"batch8:{key}".encode()).hexdigest()[0], 16) % 2 == 0


def unused_stories(shared: Path, corpus: str) -> dict[str, dict[str, Any]]:
    """The stories of `corpus` that no batch of the gold file uses (only the gold's story keys are read)
    and that batch 8 has not reserved: copy a census may look at without touching any annotated or
    reserved sentence."""
    gold = ROOT / "benchmarks" / "wire_cameo_gold.jsonl"
    used = {(r["corpus"], r["story"]) for r in map(json.loads, gold.read_text(encoding="utf-8").splitlines())}
    return {key: record for key, record in load_stories(shared, corpus).items()
            if (corpus, key) not in used and not reserved_for_batch8(key)}


def reserved_unused_stories(shared: Path, corpus: str) -> dict[str, dict[str, Any]]:
    """The stories of `corpus` that `reserved_for_batch8` reserves and no batch of the gold file uses yet
    (batch 8 took some), less those that repeat a long sentence (over 80 characters) of a story the gold
    uses under any corpus's key: Reuters re-files stories, TimeBank copies wire stories and KCNA repeats
    articles under other ids (the unseen check of tests/events/test_wire_cameo_gold.py; batch 9's first
    draft drew 54 sentences from such repeats). Copy no census and no annotator has read."""
    gold = ROOT / "benchmarks" / "wire_cameo_gold.jsonl"
    used = {(r["corpus"], r["story"]) for r in map(json.loads, gold.read_text(encoding="utf-8").splitlines())}
    loaded = {c: load_stories(shared, c) for c in {corpus} | {c for c, _ in used}}

    def long_sentences(c: str, key: str) -> set[str]:
        raw = story_text(loaded[c][key])
        return {text_hash(raw[a:b]) for a, b in sentence_spans(raw) if b - a > 80}

    seen = set().union(*(long_sentences(c, key) for c, key in used))
    return {key: record for key, record in loaded[corpus].items()
            if (corpus, key) not in used and reserved_for_batch8(key)
            and not long_sentences(corpus, key) & seen}


def story_actors(key: str, record: dict[str, Any], nlp: Any) -> Any:
    """The story through the structure and actors stages, as `wirewatch analyze` runs them: the Article
    with its entities and their actor codes."""
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text
    from wirewatch.pipeline import analyze_structure
    from wirewatch.records import Document

    article = analyze_structure(Document(id=key, text=story_text(record), date=story_date(record) or None))
    assign_actors(article, nlp(analysis_text(article)))
    return article


def story_text(record: dict[str, Any]) -> str:
    """The story's raw text: `raw` in the structure corpora, `text` in TimeBank and PolNeAR."""
    return str(record["raw"] if "raw" in record else record["text"])


def story_date(record: dict[str, Any]) -> str:
    """The story's date, YYYY-MM-DD (the wire stamp's date for Reuters, the document date for TimeBank,
    the publication date for PolNeAR)."""
    for field in ("dateline_date", "date", "dct", "publication_date"):
        if record.get(field):
            return str(record[field])[:10]
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--list", choices=sorted(CORPORA), required=True)
    parser.add_argument("--grep", default="", help="only sentences matching this regex")
    parser.add_argument("--half", choices=("read", "unread"))
    parser.add_argument("--reserved-unused", action="store_true",
                        help="only stories reserved for batch 8 that no gold batch uses")
    args = parser.parse_args()
    pattern = re.compile(args.grep) if args.grep else None
    stories = (reserved_unused_stories(args.shared, args.list) if args.reserved_unused
               else load_stories(args.shared, args.list))
    for key, record in stories.items():
        raw = story_text(record)
        for index, (start, end) in enumerate(sentence_spans(raw)):
            text = normalise(raw[start:end])
            if pattern and not pattern.search(text):
                continue
            if args.half and half_of(key, index) != args.half:
                continue
            print(json.dumps({"story": key, "index": index, "start": start, "end": end,
                              "half": half_of(key, index), "date": story_date(record), "text": text},
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
