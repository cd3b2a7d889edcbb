"""Story threads: is this article another version of a story already seen?

Wire copy comes in versions. Yonhap sends `(URGENT)`, then `(LEAD)`, `(2nd LD)` of one story; AP moves
`BC-Flood-Bangladesh, 2nd Ld-Writethru`; Reuters `UPDATE 2-...`; other agencies re-run the copy. This
module computes what an article needs for the comparison (`Features`) and decides whether two
articles are one story (`match`), with the reason. The store (`store/stories.py`) keeps the features,
finds candidates and records the threads.

Three kinds of evidence, any one of which joins two articles:
- **near-duplicate text** (any agency): word 3-gram shingles of the body summarised by a MinHash
  (`datasketch`); containment of the smaller text in the larger one, estimated (conservatively)
  from the MinHash Jaccard and the two shingle counts, of at least `TEXT_CONTAINMENT`;
- **same agency slug** (`BC-Flood-Bangladesh`) within `SLUG_DAYS`;
- **same agency + dateline + overlapping headline** within a day, when the bodies also share some
  text; or, when one body is too short to compare by text (an `(URGENT)` one-liner), a headline
  overlap alone (lower for a version-tagged copy).
Dates and datelines only ever block a match: two dated articles more than `TEXT_DAYS` apart are never
one story, nor are two from one agency with different datelines.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from dataclasses import dataclass
from datetime import date

import numpy as np
from datasketch import MinHash

NUM_PERM = 96
BAND_ROWS = 3  # 32 bands of 3 rows: candidate probability 0.58 at Jaccard 0.3, 0.98 at 0.5
SHINGLE_WORDS = 3
MAX_SHINGLES = 3000
MIN_SHINGLES = 12          # shorter bodies (a one-line URGENT) match by headline, not by text
TEXT_CONTAINMENT = 0.55    # near-duplicate: most of the smaller text is in the larger one
TEXT_DAYS = 3
SLUG_DAYS = 2
HEADLINE_ALONE = 0.5       # Jaccard of headline words enough when one body is too short for text
HEADLINE_WITH_TEXT = 0.5   # overlap coefficient of headline words enough when the bodies share SOME_TEXT
SOME_TEXT = 0.3
HEADLINE_SHORT = 0.4       # ... and when that short one carries a version tag ((URGENT), (LEAD))

# shingles arrive already hashed to 32 bits (`shingles`; crc32 per word: stable across processes, as
# stored signatures must be); MinHash's random affine permutations do the mixing on top
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=20211005, scheme="affine32", hashfunc=int)
_SHINGLE_FACTORS = (1, 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SLUG = re.compile(r"(?<![\w-])(?:BC|AM|PM)-(?P<slug>[A-Za-z0-9][A-Za-z0-9&'-]*)")
_SLUG_VERSION = re.compile(r"-?(?:\d+(?:st|nd|rd|th)?-?Ld.*|Writethru.*|Correction.*|Urgent|Bulletin)\Z",
                           re.I)
VERSION_TAG = re.compile(
    r"\A(?:URGENT|BULLETIN|FLASH|LEAD|\d+(?:st|nd|rd|th) ?LD\b.*|UPDATE(?: \d+)?|UPDATED|CORRECTED|"
    r"CORRECTION|REFILE|RPT|REPEAT|RECASTS?|WRAPUP(?: \d+)?|.*Writethru.*|\d+(?:st|nd|rd|th) ?Ld.*)\Z", re.I)
# words that say nothing about which story a headline is (and wire abbreviations of country names)
_STOP = frozenset("""a an the of in on at to for from by with and or as is are was be been its it his her
their says said say over after amid into up out new than more vs via""".split())
_ALIASES = {"n": "north", "s": "south", "u": "us", "nk": "north", "skorea": "south", "nkorea": "north",
            "dprk": "north", "rok": "south", "usa": "us", "uk": "britain"}


@dataclass
class Features:
    """What story matching compares, for one article."""

    agency: str | None
    place: str | None
    day: str | None
    headline_words: frozenset[str]
    slug: str | None
    versioned: bool              # carries a version tag: (LEAD), 2nd LD, UPDATE 2, Writethru ...
    shingles: int                # distinct body shingles (capped at MAX_SHINGLES)
    signature: np.ndarray        # MinHash hash values, uint32, NUM_PERM of them

    @functools.cached_property
    def band_keys(self) -> list[int]:
        """LSH band keys: one 32-bit key per band of BAND_ROWS signature values (band index mixed in)."""
        if self.shingles < MIN_SHINGLES:
            return []
        keys = []
        for band in range(NUM_PERM // BAND_ROWS):
            chunk = self.signature[band * BAND_ROWS:(band + 1) * BAND_ROWS].tobytes()
            digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=4).digest()
            keys.append(int.from_bytes(digest, "big", signed=True))
        return keys


@dataclass(slots=True, frozen=True)
class Match:
    same: bool
    reason: str
    score: float


def headline_words(headline: str | None) -> frozenset[str]:
    """Content words of a headline: lower case, digits and tag words dropped, wire abbreviations
    expanded ("N. Korea" and "North Korea" agree)."""
    if not headline:
        return frozenset()
    words = []
    for word in _WORD.findall(headline.lower()):
        word = _ALIASES.get(word, word)
        if word in _STOP or word.isdigit() or len(word) < 2 and word not in ("us",):
            continue
        words.append(word)
    return frozenset(words)


def slug_of(header: str) -> str | None:
    """The story slug of an AP-style header: `BC-Flood-Bangladesh, 2nd Ld-Writethru` -> `flood-bangladesh`."""
    m = _SLUG.search(header)
    if m is None:
        return None
    slug = _SLUG_VERSION.sub("", m.group("slug").rstrip(",.;")).strip("-").lower()
    return slug or None


def is_version_tag(tag: str) -> bool:
    return bool(VERSION_TAG.match(tag.strip()))


def shingles(body: str) -> np.ndarray:
    """The distinct word 3-gram shingles of a body, as 32-bit hashes: each word hashed once (crc32),
    each shingle a polynomial of its three word hashes (cheaper than hashing joined strings)."""
    words = _WORD.findall(body.lower())[:MAX_SHINGLES + SHINGLE_WORDS - 1]
    if not words:
        return np.zeros(0, dtype=np.uint64)
    ids = np.fromiter((zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in words), dtype=np.uint64,
                      count=len(words))
    if len(ids) < SHINGLE_WORDS:
        ids = np.concatenate([ids, np.zeros(SHINGLE_WORDS - len(ids), dtype=np.uint64)])
    span = len(ids) - SHINGLE_WORDS + 1
    mixed = np.zeros(span, dtype=np.uint64)
    for offset, factor in enumerate(_SHINGLE_FACTORS):  # uint64 arithmetic wraps, as intended
        mixed = mixed * np.uint64(factor) + ids[offset:offset + span]
    return np.unique((mixed ^ (mixed >> np.uint64(32))) & np.uint64(0xFFFFFFFF))


def signature_of(items: np.ndarray) -> np.ndarray:
    minhash = MinHash(num_perm=NUM_PERM, seed=20211005, permutations=_TEMPLATE.permutations,
                      scheme="affine32", hashfunc=int)
    if len(items):
        minhash.update_batch(items)
    return np.asarray(minhash.hashvalues, dtype=np.uint32)


def features(*, agency: str | None, place: str | None, day: str | None, headline: str | None,
             tags: list[str], header: str, body: str) -> Features:
    items = shingles(body)
    return Features(agency=agency, place=(place or "").strip().upper() or None, day=day,
                    headline_words=headline_words(headline), slug=slug_of(header),
                    versioned=any(is_version_tag(t) for t in tags), shingles=len(items),
                    signature=signature_of(items))


def days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _containment(jaccard: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Share of the smaller shingle set found in the larger, from the MinHash Jaccard estimate:
    |A & B| = J (|A| + |B|) / (1 + J). J is first lowered by one standard error, sqrt(J(1-J)/k):
    for a short text against a long one J is small, the formula multiplies its noise several times
    over, and an overestimate is what would merge two different stories."""
    low = np.maximum(0.0, jaccard - np.sqrt(jaccard * (1.0 - jaccard) / NUM_PERM))
    small = np.maximum(np.minimum(a, b), 1)
    estimate = np.minimum(1.0, low * (a + b) / ((1.0 + low) * small))
    estimate[(a < MIN_SHINGLES) | (b < MIN_SHINGLES)] = 0.0
    return estimate


def containment(a: Features, b: Features) -> float:
    """How much of the smaller body is in the larger (0 when either is too short to compare)."""
    return containments(a, [b.signature.astype(np.uint32).tobytes()], [b.shingles])[0]


def containments(a: Features, signatures: list[bytes], shingle_counts: list[int]) -> list[float]:
    """`containment(a, b)` for many stored articles at once (their signatures as stored bytes)."""
    if not signatures:
        return []
    stacked = np.frombuffer(b"".join(signatures), dtype=np.uint32).reshape(len(signatures), NUM_PERM)
    jaccard = np.count_nonzero(stacked == a.signature, axis=1) / NUM_PERM
    counts = np.asarray(shingle_counts, dtype=np.float64)
    return [float(x) for x in _containment(jaccard, np.full_like(counts, a.shingles), counts)]


def headline_overlap(a: Features, b: Features) -> tuple[float, float]:
    """(Jaccard, overlap coefficient) of the two headlines' words."""
    small = min(len(a.headline_words), len(b.headline_words))
    if small == 0:
        return 0.0, 0.0
    shared = len(a.headline_words & b.headline_words)
    return shared / len(a.headline_words | b.headline_words), shared / small


def match(a: Features, b: Features, *, text: float | None = None) -> Match:
    """Are `a` and `b` versions of one story? The reason names the evidence that decided. `text` is
    their containment when the caller computed it already (`containments`)."""
    apart = days_apart(a.day, b.day)
    same_agency = bool(a.agency) and a.agency == b.agency
    if text is None:
        text = containment(a, b)
    if apart is not None and apart > TEXT_DAYS:
        return Match(False, f"{apart} days apart", 0.0)
    if same_agency and a.place and b.place and a.place != b.place:
        return Match(False, f"same agency, datelines {a.place} and {b.place}", 0.0)
    if same_agency and a.slug and a.slug == b.slug and (apart is None or apart <= SLUG_DAYS):
        return Match(True, f"same slug {a.slug}", 1.0)
    if text >= TEXT_CONTAINMENT:
        return Match(True, f"near-duplicate text (containment {text:.2f})", text)
    if not same_agency or (apart is not None and apart > 1):
        return Match(False, f"text containment {text:.2f}", text)
    jaccard, heads = headline_overlap(a, b)
    if heads >= HEADLINE_WITH_TEXT and text >= SOME_TEXT:
        return Match(True, f"same agency and dateline, headline overlap {heads:.2f}, text {text:.2f}",
                     (heads + text) / 2)
    # a body too short to compare by text (an URGENT one-liner): the headline has to carry it
    short = [x for x in (a, b) if x.shingles < MIN_SHINGLES]
    if short and jaccard >= (HEADLINE_SHORT if any(x.versioned for x in short) else HEADLINE_ALONE):
        return Match(True, f"short copy, same agency and dateline, headline Jaccard {jaccard:.2f}", jaccard)
    return Match(False, f"headline overlap {heads:.2f}, text {text:.2f}", 0.0)
