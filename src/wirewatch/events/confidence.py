"""A calibrated confidence for each CAMEO triple: the probability that an analyst would accept it.

Every event the coder emits with a CAMEO code gets a set of binary features read from the event itself
and the parse of its sentence, never from any gold (`triple_features`): its root, code depth and PLOVER
type (none: a completed dyad's CAMEO-only row); the trigger's part of speech and whether it is a noun
carried by a light verb ("held talks"); the kinds of evidence behind the source's and the target's codes,
read from their reasons (a name, a person in office, a role noun, a demonym, a capital, an institution, a
place taken as a party, the story's context, a party the dyad completion or the learned argument scorer
filled); a pronoun mention; whether it is in a quote, negated or hypothetical; word order and token
distance from the trigger to each party; how many triples the sentence gave; whether source and target
share a country; the hand-set confidence the rules gave the reading. (A reporting verb above the
trigger, the sentence's length and a party in another sentence were features until the nineteenth
session: cross-validated, the model was no worse without them, docs/benchmarks.md "perf21".)

A logistic regression over those features, fitted offline by tools/train_confidence.py with
scikit-learn on triples judged right or wrong (real-news batches 1-4 at exact level, the PLOVER dev READ
half at actor + root, the precision census's judged draws, the blind recall censuses at exact level), gives
the probability. Its weights live in
data/confidence.json in the learned argument step's format (learned_attach.AttacherModel, two labels),
so the runtime is a dot product and a logistic, and never needs scikit-learn.

`score_events` sets `Event.confidence` to that probability (rounded to two places) on every event with
a CAMEO code; an event without one keeps the rules' hand-set number. The model's threshold, when
cross-validation found one that pays, withholds the CAMEO code of a triple scoring below it (the PLOVER
event stays); `null` leaves every code in place.
"""

from __future__ import annotations

import math
import os
from bisect import bisect_right
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from ..records import Article, Event, EventActor
from .learned_attach import AttacherModel, cached_model
from .parse import doc_arrays, doc_sentence_starts, doc_text, lemma

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "confidence.json"
MODEL_ENV = "WIREWATCH_CONFIDENCE"  # another weights file (the training tool's folds; a missing path: off)
LABELS = ("wrong", "right")

# what a reason says about the evidence for a code, by the words the actor stage and the event rules write
# (first match wins; "other" when none does)
EVIDENCE = (
    ("completed", ("dyad completion",)),
    ("learned", ("learned argument",)),
    ("place", ("where it happens", "the place the act strikes", "country of the place", "unidentified armed",
               "no named recipient", "the actor's own country", "placed by")),
    ("context", ("the story", "dateline", "the lead is about", "stands for the subject", "says whose",
                 "nearest preceding", "previous sentence")),
    ("tenure", ("not in that office", "out of government", "holds none")),
    ("person", ("office holders", "spelling of", "works for", "the title says", "the country of")),
    ("role", ("role", "makes it a", "qualifies")),
    ("demonym", ("demonym", "people of the nation")),
    ("city", ("capital", "sits there", "a city in", "a us state")),  # not "the US State Department"
    ("institution", ("institution", "igo/ngo", "party", "transnational", "religious group")),
    ("country", ("iso", "common name", "abbreviat", "refers to", "a name of", "cameo code", "former name",
                 "in news copy", "names ", "is now", "joins two states", "republic", "territory")),
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our",
                      "them", "him", "us"})
LIGHT_VERBS = frozenset({"hold", "have", "make", "give", "take", "launch", "carry", "conduct", "stage",
                         "reach", "sign", "issue", "pay", "offer", "open", "begin", "start", "resume"})


@lru_cache(maxsize=4096)
def evidence_kind(reason: str) -> str:
    """The kind of evidence a reason gives (`EVIDENCE`), read once per distinct reason."""
    low = reason.lower()
    return next((kind for kind, words in EVIDENCE if any(w in low for w in words)), "other")


def _bucket(n: int, limits: tuple[int, ...]) -> str:
    for limit in limits:
        if n <= limit:
            return f"<={limit}"
    return f">{limits[-1]}"


def _sector(code: str) -> str:
    if code[:3] in ("IGO", "NGO", "IMG"):
        return code[:3]
    return code[3:6] or "country"


_DISTANCES = (2, 5, 10, 20)
# the features' strings, written once a process rather than once an event (f-strings were a third of the
# scoring): the word-order and distance features by (role, order, distance bucket)
_ORDER_FEATS = {(role, order, bucket): (f"{role}_order={order}", f"{role}_dist={bucket}",
                                        f"{role}_order={order}|{role}_dist={bucket}")
                for role in ("source", "target") for order in ("before", "after")
                for bucket in (*(f"<={d}" for d in _DISTANCES), f">{_DISTANCES[-1]}")}
_DIST_BUCKET = [_bucket(d, _DISTANCES) for d in range(_DISTANCES[-1] + 2)]  # by token distance (capped)
_KEPT_SIZE = 20_000  # the kept feature strings and evidence sets below are cleared past this many keys
# (role, code) -> the sector feature; (role, reasons) -> the evidence features and the last reason's kind
_SECTOR_FEAT: dict[tuple[str, str], str] = {}
_EVIDENCE_FEATS: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
# (code, type, triples in the sentence) -> the event's first six features
_HEAD_FEATS: dict[tuple[str, str | None, int], tuple[str, ...]] = {}


def _kept(table: dict[Any, Any]) -> dict[Any, Any]:
    if len(table) >= _KEPT_SIZE:
        table.clear()
    return table


def _sector_feat(role: str, code: str) -> str:
    feat = _SECTOR_FEAT.get((role, code))
    if feat is None:
        feat = _kept(_SECTOR_FEAT)[(role, code)] = f"{role}_sector={_sector(code)}"
    return feat


def _evidence_feats(role: str, reasons: list[str]) -> tuple[str, ...]:
    """The evidence kinds of a party's reasons (sorted, each once), then the last reason's kind."""
    key = (role, tuple(reasons))
    feats = _EVIDENCE_FEATS.get(key)
    if feats is None:
        kinds = sorted({evidence_kind(r) for r in reasons}) or ["no_reason"]
        last = evidence_kind(reasons[-1]) if reasons else "no_reason"
        feats = _kept(_EVIDENCE_FEATS)[key] = (*(f"{role}_evidence={k}" for k in kinds),
                                               f"{role}_last={last}")
    return feats


def _head_feats(ev: Event, triples_in_sentence: int) -> tuple[str, ...]:
    code = ev.cameo or ""
    key = (code, ev.type, triples_in_sentence)
    feats = _HEAD_FEATS.get(key)
    if feats is None:
        root = code[:2]
        depth = "root" if len(code) == 3 and code.endswith("0") else f"digits{len(code)}"
        feats = _kept(_HEAD_FEATS)[key] = (
            f"root={root}", f"code={code}", f"depth={depth}", f"type={ev.type or 'none'}",
            f"type={ev.type or 'none'}|root={root}", f"triples={_bucket(triples_in_sentence, (1, 2, 4))}")
    return feats


class _Tokens:
    """An article's parse read once for every event scored in it: its token offsets from the Doc's array
    (`parse.doc_arrays`, kept from the coder's walk; one bisect per lookup: iterating would make a Token
    object per word), its sentence starts (the ones the coder has just walked, `doc_sentence_starts`)
    and the trigger features of each trigger token and root, which the events of one reading share."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.starts: list[int] = doc_arrays(doc).idx if doc is not None else []  # (the coder's, kept)
        self._sentences: list[int] | None = None
        self.triggers: dict[tuple[int, str], tuple[str, ...]] = {}

    @property
    def sentences(self) -> list[int]:
        if self._sentences is None:
            self._sentences = doc_sentence_starts(self.doc)
        return self._sentences

    def sentence_of(self, i: int) -> int:
        """The index of the sentence holding token `i` (spaCy's `Token.sent` builds a Span per call)."""
        return bisect_right(self.sentences, i) - 1

    def sentence_start(self, i: int) -> int:
        return self.sentences[self.sentence_of(i)]

    def index_at(self, offset: int | None) -> int | None:
        """The index of the token covering `offset` (or of the last one starting before it)."""
        if offset is None or not self.starts:
            return None
        n = bisect_right(self.starts, offset) - 1
        return n if n >= 0 else None

    def at(self, offset: int | None) -> Any:
        """The token covering `offset` (or the last one starting before it)."""
        n = self.index_at(offset)
        return self.doc[n] if n is not None else None

    def trigger(self, ev: Event) -> Any:
        """The trigger's token: the first token of the event's span with the trigger's text (a token's
        text is the Doc's text at its offset, so only tokens starting where that text occurs are read)."""
        trigger = ev.trigger
        if not trigger or not self.starts:
            return None
        starts, text = self.starts, doc_text(self.doc)  # (the coder's kept text of its last Doc)
        n = max(bisect_right(starts, ev.start) - 1, 0)
        stop = ev.end - 1 + len(trigger)  # an occurrence starting before the span's end
        at = text.find(trigger, starts[n], stop)
        while at >= 0:
            n = bisect_right(starts, at) - 1
            if starts[n] == at and self.doc[n].text == trigger:
                return self.doc[n]
            at = text.find(trigger, at + 1, stop)
        return None


def _trigger_feats(trig: Any, root: str, tokens: _Tokens) -> tuple[str, ...]:
    """The features of the trigger token (its part of speech, a light verb above it), kept per token and
    root for the events of one reading."""
    key = (trig.i, root)
    feats = tokens.triggers.get(key)
    if feats is None:
        pos = "noun" if trig.pos_ in ("NOUN", "PROPN") else \
            "verb" if trig.pos_ in ("VERB", "AUX") else "other"
        found = [f"pos={pos}", f"pos={pos}|root={root}"]
        if pos == "noun" and trig.head.pos_ in ("VERB", "AUX") and lemma(trig.head) in LIGHT_VERBS:
            found.append("light_verb")
        feats = tokens.triggers[key] = tuple(found)
    return feats


def _party_features(role: str, actor: EventActor | None, trig: Any, tokens: _Tokens) -> list[str]:
    if actor is None or not actor.code:
        return [f"{role}=none"]
    code = actor.code
    feats = [_sector_feat(role, code), *_evidence_feats(role, actor.reasons)]
    text = actor.text
    if text.lower().strip() in PRONOUNS:  # (one word: a pronoun holds no space)
        feats.append(f"{role}_pronoun")
    if actor.start is None or actor.end is None or actor.end <= actor.start:
        feats.append(f"{role}_offstage")  # a speaker or party named outside the sentence
        return feats
    n = tokens.index_at(actor.start)
    if n is None:
        return feats
    feats.append(f"{role}_label={tokens.doc[n].ent_type_ or 'none'}")
    if trig is not None:
        t = trig.i
        bucket = _DIST_BUCKET[min(abs(n - t), _DISTANCES[-1] + 1)]
        feats += _ORDER_FEATS[role, "before" if n < t else "after", bucket]
    return feats


def triple_features(ev: Event, doc: Any, triples_in_sentence: int,
                    tokens: _Tokens | None = None) -> list[str]:
    """The binary features of one emitted event with a CAMEO code (see the module's docstring); `doc` is
    the article's parse (None: the features that need no parse), `tokens` its offset index if built."""
    tokens = tokens if tokens is not None else _Tokens(doc)
    feats = [*_head_feats(ev, triples_in_sentence), f"hand={ev.confidence}"]
    trig = tokens.trigger(ev)
    if trig is None:
        feats.append("trigger=unfound")
    else:
        feats += _trigger_feats(trig, (ev.cameo or "")[:2], tokens)
    if ev.quote_index is not None:
        feats.append("in_quote")
    if ev.negated:
        feats.append("negated")
    if ev.hypothetical:
        feats.append("hypothetical")
    if len(ev.mentions) > 1:
        feats.append("restated")
    feats += _party_features("source", ev.source, trig, tokens)
    feats += _party_features("target", ev.target, trig, tokens)
    src, tgt = (ev.source.code if ev.source else None) or "", (ev.target.code if ev.target else None) or ""
    if src and tgt:
        feats.append("same_country" if src[:3] == tgt[:3] else "two_countries")
        feats.append(f"sectors={_sector(src)}>{_sector(tgt)}")
    return feats


@dataclass(slots=True)
class TripleRecord:
    """One emitted event with a CAMEO code, as the training tool sees it (before any filter)."""

    article_id: str
    index: int  # its place in Article.events
    triple: tuple[str, str, str]
    features: list[str]


# the training tool collects every scored event here; None at run time
RECORDER: ContextVar[list[TripleRecord] | None] = ContextVar("confidence_recorder", default=None)


def default_model() -> AttacherModel | None:
    """The committed weights (or the file $WIREWATCH_CONFIDENCE names); None when there are none."""
    return cached_model(os.environ.get(MODEL_ENV) or str(MODEL_PATH))


def probability(model: AttacherModel, feats: list[str]) -> float:
    """P(right): with two labels the softmax is a logistic of the difference of their scores, so one
    weight per feature is summed (kept per model)."""
    bias, delta = _deltas(model)
    z = bias + sum(map(delta.get, feats, repeat(0.0, len(feats))))  # (in order: the same sum as a loop)
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


# per model (held beside its weights, so an id is never another model's): intercept and weight differences
_DELTAS: dict[int, tuple[AttacherModel, float, dict[str, float]]] = {}


def _deltas(model: AttacherModel) -> tuple[float, dict[str, float]]:
    held = _DELTAS.get(id(model))
    if held is None or held[0] is not model:
        right = model.labels.index("right")
        delta = {f: w[right] - w[1 - right] for f, w in model.weights.items()}
        held = _DELTAS[id(model)] = (model, model.intercepts[right] - model.intercepts[1 - right], delta)
    return held[1], held[2]


def _sentence_key(tokens: _Tokens, ev: Event) -> Any:
    n = tokens.index_at(ev.start)
    return tokens.sentence_start(n) if n is not None else ev.start


def score_events(article: Article, doc: Any, model: AttacherModel | None = None) -> None:
    """Set each CAMEO event's confidence to the model's probability; below the model's threshold, withhold
    its CAMEO code (a CAMEO-only row then goes)."""
    coded = [(n, ev) for n, ev in enumerate(article.events) if ev.cameo]
    if not coded:
        return  # (before the model is looked up: most articles of a sentence set have no CAMEO event)
    recorder = RECORDER.get()
    model = model if model is not None else default_model()
    if model is None and recorder is None:
        return
    tokens = _Tokens(doc)
    per_sentence: dict[Any, set[tuple[str, str, str]]] = {}
    keys = {}
    for n, ev in coded:
        keys[n] = _sentence_key(tokens, ev)
        per_sentence.setdefault(keys[n], set()).add(_triple(ev))
    dropped = False
    for n, ev in coded:
        feats = triple_features(ev, doc, len(per_sentence[keys[n]]), tokens)
        if recorder is not None:
            recorder.append(TripleRecord(article.id, n, _triple(ev), feats))
        if model is None:
            continue
        p = probability(model, feats)
        ev.confidence = round(p, 2)
        if model.threshold is not None and p < model.threshold:
            ev.cameo, ev.goldstein = None, None
            dropped = dropped or not ev.type
    if dropped:
        article.events = [ev for ev in article.events if ev.type or ev.cameo]


def _triple(ev: Event) -> tuple[str, str, str]:
    return ((ev.source.code if ev.source else None) or "", (ev.target.code if ev.target else None) or "",
            ev.cameo or "")
