"""A calibrated confidence for each CAMEO triple: the probability that an analyst would accept it.

Every event the coder emits with a CAMEO code gets a set of binary features read from the event itself
and the parse of its sentence, never from any gold (`triple_features`): its root, code depth and PLOVER
type (none: a completed dyad's CAMEO-only row); the trigger's part of speech and whether it is a noun
carried by a light verb ("held talks"); the kinds of evidence behind the source's and the target's codes,
read from their reasons (a name, a person in office, a role noun, a demonym, a capital, an institution, a
place taken as a party, the story's context, a party the dyad completion or the learned argument scorer
filled); a pronoun mention; whether it is in a quote or under a reporting verb, negated or hypothetical;
word order and token distance from the trigger to each party; the sentence's length and how many triples
it gave; whether source and target share a country; the hand-set confidence the rules gave the reading.

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
from pathlib import Path
from typing import Any

from ..records import Article, Event, EventActor
from .learned_attach import AttacherModel, cached_model
from .parse import lemma

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
    ("city", ("capital", "sits there", "a city in", "us state")),
    ("institution", ("institution", "igo/ngo", "party", "transnational", "religious group")),
    ("country", ("iso", "common name", "abbreviat", "refers to", "a name of", "cameo code", "former name",
                 "in news copy", "names ", "is now", "joins two states", "republic", "territory")),
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our",
                      "them", "him", "us"})
LIGHT_VERBS = frozenset({"hold", "have", "make", "give", "take", "launch", "carry", "conduct", "stage",
                         "reach", "sign", "issue", "pay", "offer", "open", "begin", "start", "resume"})
REPORTING = frozenset({"say", "tell", "report", "add", "claim", "announce", "state", "allege", "accuse",
                       "according", "quote", "insist", "warn", "charge", "deny", "believe"})


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


class _Tokens:
    """The tokens of an article's parse by character offset: one bisect per lookup (a long article has
    thousands of tokens and hundreds of events)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        # (read from the Doc's array: iterating makes a Token object per word)
        self.starts: list[int] = doc.to_array("IDX").tolist() if doc is not None and len(doc) else []
        self._sentences: list[int] | None = None

    def sentence_of(self, i: int) -> int:
        """The index of the sentence holding token `i` (spaCy's `Token.sent` builds a Span per call)."""
        if self._sentences is None:
            self._sentences = [s.start for s in self.doc.sents]
        return bisect_right(self._sentences, i) - 1

    def sentence_start(self, i: int) -> int:
        n = self.sentence_of(i)
        assert self._sentences is not None
        return self._sentences[n]

    def sentence_len(self, i: int) -> int:
        n = self.sentence_of(i)
        assert self._sentences is not None
        end = self._sentences[n + 1] if n + 1 < len(self._sentences) else len(self.doc)
        return end - self._sentences[n]

    def at(self, offset: int | None) -> Any:
        """The token covering `offset` (or the last one starting before it)."""
        if offset is None or not self.starts:
            return None
        n = bisect_right(self.starts, offset) - 1
        return self.doc[n] if n >= 0 else None

    def trigger(self, ev: Event) -> Any:
        """The trigger's token: the first token of the event's span with the trigger's text."""
        if not ev.trigger or not self.starts:
            return None
        n = max(bisect_right(self.starts, ev.start) - 1, 0)
        while n < len(self.starts) and self.starts[n] < ev.end:
            if self.doc[n].text == ev.trigger:
                return self.doc[n]
            n += 1
        return None


def _party_features(role: str, actor: EventActor | None, trig: Any, tokens: _Tokens) -> list[str]:
    if actor is None or not actor.code:
        return [f"{role}=none"]
    code = actor.code
    kinds = sorted({evidence_kind(r) for r in actor.reasons}) or ["no_reason"]
    feats = [f"{role}_sector={_sector(code)}", *(f"{role}_evidence={k}" for k in kinds)]
    last = evidence_kind(actor.reasons[-1]) if actor.reasons else "no_reason"
    feats.append(f"{role}_last={last}")
    words = actor.text.lower().split()
    if len(words) == 1 and words[0] in PRONOUNS:
        feats.append(f"{role}_pronoun")
    if actor.start is None or actor.end is None or actor.end <= actor.start:
        feats.append(f"{role}_offstage")  # a speaker or party named outside the sentence
        return feats
    tok = tokens.at(actor.start)
    if tok is not None:
        feats.append(f"{role}_label={tok.ent_type_ or 'none'}")
    if tok is not None and trig is not None:
        order = "before" if tok.i < trig.i else "after"
        feats += [f"{role}_order={order}", f"{role}_dist={_bucket(abs(tok.i - trig.i), (2, 5, 10, 20))}",
                  f"{role}_order={order}|{role}_dist={_bucket(abs(tok.i - trig.i), (2, 5, 10, 20))}"]
        if tokens.sentence_of(tok.i) != tokens.sentence_of(trig.i):
            feats.append(f"{role}_other_sentence")
    return feats


def triple_features(ev: Event, doc: Any, triples_in_sentence: int,
                    tokens: _Tokens | None = None) -> list[str]:
    """The binary features of one emitted event with a CAMEO code (see the module's docstring); `doc` is
    the article's parse (None: the features that need no parse), `tokens` its offset index if built."""
    tokens = tokens if tokens is not None else _Tokens(doc)
    code = ev.cameo or ""
    root = code[:2]
    depth = "root" if len(code) == 3 and code.endswith("0") else f"digits{len(code)}"
    feats = [f"root={root}", f"code={code}", f"depth={depth}", f"type={ev.type or 'none'}",
             f"type={ev.type or 'none'}|root={root}", f"triples={_bucket(triples_in_sentence, (1, 2, 4))}",
             f"hand={ev.confidence}"]
    trig = tokens.trigger(ev)
    if trig is None:
        feats.append("trigger=unfound")
    else:
        pos = "noun" if trig.pos_ in ("NOUN", "PROPN") else \
            "verb" if trig.pos_ in ("VERB", "AUX") else "other"
        feats += [f"pos={pos}", f"pos={pos}|root={root}"]
        if pos == "noun" and trig.head.pos_ in ("VERB", "AUX") and lemma(trig.head) in LIGHT_VERBS:
            feats.append("light_verb")
        feats.append(f"sentence_len={_bucket(tokens.sentence_len(trig.i), (15, 25, 40, 60))}")
        if any(lemma(a) in REPORTING for a in trig.ancestors):
            feats.append("reported")
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
    z = bias + sum(delta.get(f, 0.0) for f in feats)
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
    tok = tokens.at(ev.start)
    return tokens.sentence_start(tok.i) if tok is not None else ev.start


def score_events(article: Article, doc: Any, model: AttacherModel | None = None) -> None:
    """Set each CAMEO event's confidence to the model's probability; below the model's threshold, withhold
    its CAMEO code (a CAMEO-only row then goes)."""
    recorder = RECORDER.get()
    model = model if model is not None else default_model()
    if model is None and recorder is None:
        return
    coded = [(n, ev) for n, ev in enumerate(article.events) if ev.cameo]
    if not coded:
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
