"""A story-threading evaluation set generated from examples/*.txt (and the seed, when present).

Each source story yields the versions a wire desk and its competitors send:
    urgent     (URGENT) headline, the first paragraph only
    lead       (LEAD), headline reworded at its end, a paragraph added
    2nd_ld     (2nd LD), new lede, middle paragraphs re-ordered, one dropped, one added
    trim       the first ~60% of the paragraphs
    reorder    the lede, then the other paragraphs shuffled
    rewrite    another agency's re-run: its own dateline tag, a paraphrased headline, most paragraphs
               with reporting verbs and connectives changed
and hard negatives that must stay separate stories:
    transplant another source story's headline and body inside this story's agency, dateline, date
               and a slug of its own (a different story from the same dateline and day)
    sibling    hand-written same-day, same-dateline Yonhap stories on the same subject as the Yonhap
               sources (North Korea, Seoul-Washington policy) with overlapping headline words

`documents()` returns (doc_id, story_label, text); the label is the truth for pairwise scoring.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wirewatch.pipeline import analyze_structure  # noqa: E402
from wirewatch.records import Document  # noqa: E402

AGENCY_SWAP = {"Yonhap": "AFP", "AFP": "Reuters", "Reuters": "AFP", "AP": "Reuters", "Xinhua": "AFP",
               "Kyodo": "AP", "TASS": "Reuters", "KCNA": "Yonhap", "Bernama": "Reuters", "PTI": "AFP",
               "UPI": "AP", "dpa": "AFP", "VOA": "AP", "NYT News Service": "AP"}
REWORDS = [(r"\bsaid\b", "told reporters"), (r"\bhowever\b", "but"), (r"\balso\b", "further"),
           (r"\bwould\b", "will"), (r"\bthe government\b", "authorities"), (r"\bannounced\b", "said"),
           (r"\babout\b", "around"), (r"\bpercent\b", "pct")]
ADDED = ["Officials said further details would be released later in the day.",
         "The announcement drew swift reactions from opposition lawmakers and analysts.",
         "It was not immediately clear how the decision would affect next week's talks."]

SIBLINGS = [
    ("yonhap", "(LEAD) N. Korea fires artillery shells near western border island: JCS\n"
     "By Kim Soo-yeon\n"
     "SEOUL, March 14 (Yonhap) -- North Korea fired dozens of artillery shells into waters near the western "
     "border island of Yeonpyeong, the Joint Chiefs of Staff said Thursday, calling it a provocation.\n"
     "The shells landed north of the Northern Limit Line, the de facto inter-Korean maritime border, and "
     "caused no damage to the South, the JCS said.\n"
     "Residents of Yeonpyeong were told to stay indoors for about an hour as a precaution.\n"
     "The firing came days after Seoul and Washington wrapped up their springtime combined exercise.\n"
     "(END)\n"),
    ("yonhap", "Unification minister calls for humanitarian aid to N. Korea despite tensions\n"
     "By Park Bo-ram\n"
     "SEOUL, March 14 (Yonhap) -- Unification Minister Kim Yung-ho said Thursday the government will keep "
     "its door open to humanitarian assistance for North Korea regardless of political tensions.\n"
     "\"Humanitarian issues should be handled separately from politics,\" Kim said during a meeting with "
     "civic groups in Seoul.\n"
     "Kim also urged Pyongyang to respond to Seoul's offer to resume reunions of separated families.\n"
     "(END)\n"),
    ("seed", "S. Korea, U.S. hold talks on N. Korea policy, humanitarian aid\n"
     "By Kim Tae-shik\n"
     "SEOUL, Oct. 5 (Yonhap) -- Senior diplomats of South Korea and the United States held talks in Seoul "
     "on Tuesday on ways to bring North Korea back to dialogue, including humanitarian cooperation.\n"
     "Noh Kyu-duk, Seoul's special representative for Korean Peninsula peace, met his U.S. counterpart for "
     "about two hours, the foreign ministry said.\n"
     "The two sides agreed to keep close consultations on possible humanitarian projects such as vaccine "
     "supplies, a ministry official said.\n"
     "(END)\n"),
    ("seed", "N. Korea restores inter-Korean hotlines after two-month halt\n"
     "By Lee Haye-ah\n"
     "SEOUL, Oct. 5 (Yonhap) -- North Korea restored inter-Korean communication lines on Tuesday, two months "
     "after it stopped answering calls in protest of joint military drills, the unification ministry said.\n"
     "The two Koreas held their first phone call in the morning, the ministry said, describing the talks "
     "as routine.\n"
     "(END)\n"),
]


class Source:
    """A source story, split so its headline and paragraphs can be edited in place."""

    def __init__(self, name: str, text: str) -> None:
        article = analyze_structure(Document(id=name, text=text, source=name))
        self.name = name
        self.agency = article.agency
        self.text = text
        self.hs, self.he = article.headline_start, article.headline_end
        self.headline = article.headline or ""
        self.bs, self.be = article.body_start, article.body_end
        self.paragraphs = [p for p in text[self.bs:self.be].split("\n") if p.strip()]

    @property
    def editable(self) -> bool:
        return self.hs is not None and self.he is not None and len(self.paragraphs) >= 2

    def compose(self, headline: str, paragraphs: list[str]) -> str:
        assert self.hs is not None and self.he is not None
        return (self.text[:self.hs] + headline + self.text[self.he:self.bs] + "\n".join(paragraphs)
                + self.text[self.be:])

    def dateline_prefix(self) -> str:
        """The dateline that opens the first paragraph ("SEOUL, March 14 (Yonhap) -- "), if any."""
        m = re.match(r"[^()\n]{2,60}\([^()]{2,30}\)\s*(?:--|-|_|—)?\s*", self.paragraphs[0])
        return m.group(0) if m else ""


def _reword_end(headline: str, words: str) -> str:
    parts = headline.split()
    return " ".join(parts[:max(3, len(parts) - 2)] + [words])


def _reword(paragraph: str) -> str:
    for pattern, replacement in REWORDS:
        paragraph = re.sub(pattern, replacement, paragraph, count=1)
    return paragraph


def versions(source: Source, rng: random.Random) -> list[tuple[str, str]]:
    p = source.paragraphs
    h = source.headline
    out = [("urgent", source.compose("(URGENT) " + h, p[:1])),
           ("lead", source.compose("(LEAD) " + _reword_end(h, "officials say"), p + [ADDED[0]])),
           ("trim", source.compose(h, p[:max(2, (len(p) * 6 + 9) // 10)]))]
    middle = p[1:]
    rng.shuffle(middle)
    out.append(("reorder", source.compose(h, p[:1] + middle)))
    if len(p) >= 3:
        lede = source.dateline_prefix() + "In an update, " + _reword(p[0][len(source.dateline_prefix()):])
        rest = p[1:]
        rest = rest[:-1] if len(rest) > 2 else rest
        rng.shuffle(rest)
        headline = "(2nd LD) " + _reword_end(h, "(update)")
        out.append(("2nd_ld", source.compose(headline, [lede, *rest, ADDED[1]])))
    other = AGENCY_SWAP.get(source.agency or "", "AFP")
    if source.agency:
        swapped = [re.sub(r"\(" + re.escape(source.agency) + r"\)", f"({other})", q) for q in p]
        kept = [swapped[0]] + [_reword(q) for q in swapped[1:] if rng.random() < 0.8]
        head = re.sub(r"\b" + re.escape(source.agency) + r"\b", other, source.text[:source.bs])
        text = head + "\n".join(kept) + source.text[source.be:]
        if source.hs is not None and source.he is not None:
            paraphrase = _reword_end(h, "- " + other.lower() + " report")
            text = (head[:source.hs] + paraphrase + head[source.he:] + "\n".join(kept)
                    + source.text[source.be:])
        out.append(("rewrite", text))
    return out


def transplant(frame: Source, content: Source) -> str:
    """`content`'s story inside `frame`'s header, dateline and date: a different story, same dateline."""
    first = content.paragraphs[0][len(content.dateline_prefix()):]
    text = frame.compose(content.headline, [frame.dateline_prefix() + first, *content.paragraphs[1:]])
    assert frame.hs is not None
    slug = "BC-" + content.name.title().replace("_", "-")  # another story has another slug
    return re.sub(r"\bBC-[^\s,]+", slug, text[:frame.hs]) + text[frame.hs:]


def sources(shared: Path | None) -> list[Source]:
    out = [Source(path.stem, path.read_text(encoding="utf-8"))
           for path in sorted((ROOT / "examples").glob("*.txt"))]
    if shared is not None:
        seed = shared / "seed" / "yonhap-2021-10-05.txt"
        if seed.exists():
            out.append(Source("seed", seed.read_text(encoding="utf-8")))
    return [s for s in out if s.editable]


PARTS = 2


def documents(shared: Path | None = None, part: int = 0, seed: int = 0) -> list[tuple[str, str, str]]:
    """(doc_id, story label, text) of one part of the set.

    The sources are split in two: in part 0 the even-numbered ones get their versions and the odd ones
    only lend their text to transplants (so a transplant's text appears nowhere else in its part);
    part 1 swaps the roles. Score both parts.
    """
    rng = random.Random(seed + part)
    found = sources(shared)
    docs: list[tuple[str, str, str]] = []
    framed = [s for i, s in enumerate(found) if i % PARTS == part]
    lenders = [s for i, s in enumerate(found) if i % PARTS != part]
    for i, source in enumerate(framed):
        docs.append((f"{source.name}/original", source.name, source.text))
        docs.extend((f"{source.name}/{kind}", source.name, text) for kind, text in versions(source, rng))
        content = lenders[i % len(lenders)]
        docs.append((f"{source.name}/transplant-{content.name}", f"transplant:{content.name}",
                     transplant(source, content)))
    names = {s.name for s in framed}
    for i, (home, text) in enumerate(SIBLINGS):
        if home in names:
            docs.append((f"{home}/sibling-{i}", f"sibling:{i}", text))
    return docs


def write(folder: Path, shared: Path | None = None) -> int:
    """Write part 0 of the set as .txt files (the demo ingests them); returns how many."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = documents(shared, 0)
    for doc_id, _, text in docs:
        (folder / (doc_id.replace("/", "--") + ".txt")).write_text(text, encoding="utf-8")
    return len(docs)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write the story-threading set as text files.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    written = write(args.folder, args.shared if args.shared.exists() else None)
    print(f"wrote {written} documents to {args.folder}")
