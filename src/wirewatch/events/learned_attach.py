"""The learned argument step: a pairwise scorer that may fill the source or target the rules left empty.

For each reading the rule coder made (attach.py chose its source and target), every coded actor
mention of the sentence, the rules' own choices and the speaker of the quote the trigger is in are
candidates (never the pattern's own words). A candidate becomes a set of binary features
(`pair_features`): the dependency path from the trigger to the mention's head, its first and last step,
the prepositions on it, word order and distance, whether the mention is the subject of the reporting
verb governing the trigger, whether it or the trigger is in a quote, its entity label and sector, the
role the rules gave it and how its code stands to theirs, the reading's CAMEO root, type and trigger
part of speech, crossed with which role the rules left empty.

A multinomial logistic regression over three labels (neither, source, target), fitted offline by
tools/train_attacher.py with scikit-learn, scores the pairs. Its weights live in data/attacher.json;
this module reads them and computes a dot product, so the runtime never needs scikit-learn.

Where it acts (`fill_missing`): only on a reading with an empty source or target, and only with a
candidate whose probability for the empty role reaches the model's threshold and whose code differs
from the other role's codes. It picks among mentions; it never changes a code. The filled actor keeps
its mention's offsets and gets a reason naming the scorer, its probability and the path. The threshold
is cross-validation's choice; `null` (no threshold beat the rules alone) turns the step off.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import cameo as cm
from .arguments import speaker_of
from .attach import pattern_words
from .inquiries import inquired_victim
from .parse import lemma
from .reading import ArticleContext, Reading
from .triggers import Trigger

log = logging.getLogger(__name__)

Candidate = tuple[Any, int, int, Any]  # (Actor, start, end, head token or None), as attach.py uses

LABELS = ("neither", "source", "target")
MAX_PATH = 4  # longer paths are kept only by their first and last step
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "attacher.json"
MODEL_ENV = "WIREWATCH_ATTACHER"  # another weights file (the training tool's cross-validation folds)


@dataclass(slots=True)
class PairRecord:
    """One reading with its candidates, as the training tool sees them (before anything is filled)."""

    article_id: str
    root: str
    type: str | None
    rule_sources: list[str]
    rule_targets: list[str]
    candidates: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (code, text, features)


# the training tool collects every reading's pairs here; None at run time
RECORDER: ContextVar[list[PairRecord] | None] = ContextVar("attacher_recorder", default=None)


def reading_root(r: Reading) -> str:
    """The two-digit CAMEO root the reading's events get (emit.py's rule: its code, else its type's)."""
    code = cm.normalize(r.cameo) if r.cameo else cm.normalize(cm.PLOVER_TO_ROOT.get(r.type, "") + "0")
    return (code or "")[:2]


def _chain(tok: Any) -> list[Any]:
    """The token and its heads up to the root."""
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 64:
        out.append(out[-1].head)
    return out


def _step(tok: Any, arrow: str) -> str:
    label = f"{arrow}{tok.dep_}"
    return f"{label}:{tok.lower_}" if tok.dep_ in ("prep", "agent") else label


def dep_path(start: Any, end: Any) -> list[str]:
    """The steps from `start` to `end` over the parse: `<dep` climbs from a token to its head, `>dep`
    goes down into a child with that label; a preposition step names its word (`>prep:with`)."""
    up = _chain(start)
    down = _chain(end)
    on_down = {t.i: n for n, t in enumerate(down)}
    meet = next((n for n, t in enumerate(up) if t.i in on_down), None)
    if meet is None:
        return ["?"]
    steps = [_step(t, "<") for t in up[:meet]]
    steps += [_step(t, ">") for t in reversed(down[:on_down[up[meet].i]])]
    return steps


def _distance_bucket(n: int) -> str:
    for limit, name in ((2, "0-2"), (5, "3-5"), (10, "6-10")):
        if n <= limit:
            return name
    return "11+"


def _sector(code: str) -> str:
    if len(code) <= 3:
        return "country" if code.isalpha() and code.isupper() and code not in ("IGO", "NGO", "IMG") else code
    return code[3:6]


@dataclass(slots=True)
class PairContext:
    """What the features of every pair of one reading share: who the rules chose, and the countries
    the sentence's candidates name."""

    rule_sources: set[str]
    rule_targets: set[str]
    countries: int  # distinct countries among the candidates
    speaker: Any  # the subject of the reporting verb governing the trigger, or None
    in_quote: Callable[[int], bool]  # is this character offset inside a quote?

    @property
    def missing(self) -> str:
        """Which role the rules left empty: none, source, target or both."""
        if self.rule_sources and self.rule_targets:
            return "none"
        if len(self.rule_sources) > 1:
            return "none"  # a mutual act, coded both ways without a target
        return "both" if not (self.rule_sources or self.rule_targets) else \
            "source" if not self.rule_sources else "target"


def _relation(code: str, others: set[str]) -> str:
    """How a candidate's code stands to the codes of a role: none, same, same_country or other."""
    if not others:
        return "none"
    if code in others:
        return "same"
    return "same_country" if code[:3] in {o[:3] for o in others} else "other"


def pair_features(r: Reading, cand: Candidate, sent: Any, pc: PairContext) -> list[str]:
    """The binary features of one (reading, candidate) pair.

    Paths are written from the trigger to the mention's head: `<dep` climbs to a head, `>dep` goes down
    to a child, a preposition names its word (`>prep:with>pobj`); paths longer than MAX_PATH are "long"
    and kept by their first and last step. The reading's state (which role the rules left empty) is
    crossed with the path and the relation features, so one model learns how mentions fill an empty
    role apart from how the rules' own choices look.
    """
    actor, start, _, tok = cand
    code = actor.code or ""
    trig = r.trigger.tok
    root = reading_root(r)
    pos = "noun" if r.trigger.pattern.pos == "noun" else "verb"
    role = "source" if code in pc.rule_sources else "target" if code in pc.rule_targets else "none"
    missing = pc.missing
    vs_src, vs_tgt = _relation(code, pc.rule_sources), _relation(code, pc.rule_targets)
    feats = [f"root={root}", f"pos={pos}", f"sector={_sector(code)}", f"rule={role}", f"type={r.type}",
             f"missing={missing}", f"missing={missing}|root={root}", f"missing={missing}|rule={role}",
             f"vs_source={vs_src}", f"vs_target={vs_tgt}", f"missing={missing}|vs_source={vs_src}",
             f"missing={missing}|vs_target={vs_tgt}", f"countries={min(pc.countries, 3)}",
             f"missing={missing}|countries={min(pc.countries, 3)}"]
    if r.negated:
        feats.append("negated")
    if tok is None:  # the quote's speaker, named outside the sentence
        return [*feats, "path=QUOTE_SPEAKER", f"missing={missing}|path=QUOTE_SPEAKER"]
    steps = dep_path(trig, tok)
    path = ("".join(steps) or "self") if len(steps) <= MAX_PATH else "long"
    first, last = (steps[0], steps[-1]) if steps else ("self", "self")
    feats += [f"path={path}", f"first={first}", f"last={last}", f"first={first}|last={last}",
              f"path={path}|pos={pos}", f"first={first}|root={root}", f"last={last}|root={root}",
              f"len={min(len(steps), 6)}", f"missing={missing}|path={path}",
              f"missing={missing}|first={first}", f"missing={missing}|last={last}"]
    feats += [f"prep={s.split(':', 1)[1]}" for s in steps if ":" in s]
    order = "before" if tok.i < trig.i else "after"
    feats += [f"order={order}", f"dist={_distance_bucket(abs(tok.i - trig.i))}", f"order={order}|pos={pos}",
              f"missing={missing}|order={order}"]
    if pc.speaker is not None and (pc.speaker.i == tok.i or tok.i in {t.i for t in pc.speaker.subtree}):
        feats += ["speech_subject", f"missing={missing}|speech_subject"]
    if pc.in_quote(start):
        feats.append("mention_in_quote")
    if r.quote_index is not None:
        feats.append("trigger_in_quote")
    feats.append(f"label={tok.ent_type_ or 'none'}")
    if lemma(tok) in ("he", "she", "they", "it", "we"):
        feats.append("pronoun")
    return feats


def candidates(r: Reading, sent: Any, ctx: ArticleContext) -> list[Candidate]:
    """The coded actor mentions inside the sentence, the rule coder's own choices and the speaker of
    the trigger's quote; one per (span, code)."""
    out: dict[tuple[int, int, str], Candidate] = {}
    lo, hi = sent.start_char, sent.end_char
    # the pattern's own words ("the Paris agreement", "talks") are what happens, never a party
    banned = pattern_words(r.trigger)
    for ent in ctx.article.entities:
        if ent.actor is None or not ent.actor.code or ent.start < lo or ent.end > hi:
            continue
        span = sent.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if any(t.i in banned for t in span):
            continue
        out.setdefault((ent.start, ent.end, ent.actor.code), (ent.actor, ent.start, ent.end, span.root))
    for cand in r.sources + r.targets:
        if cand[0].code:
            out.setdefault((cand[1], cand[2], cand[0].code), cand)
    if r.quote_index is not None:
        quote = ctx.article.quotes[r.quote_index]
        actor = quote.speaker_actor
        if actor is not None and actor.code:
            start = quote.speaker_start if quote.speaker_start is not None else 0
            end = quote.speaker_end if quote.speaker_end is not None else 0
            inside = lo <= start and end <= hi and end > start
            if not inside:
                out.setdefault((start, end, actor.code), (actor, start, end, None))
    return list(out.values())


@dataclass(slots=True)
class AttacherModel:
    """The fitted weights: per feature one weight per label, an intercept per label, a threshold."""

    weights: dict[str, list[float]]
    intercepts: list[float]
    threshold: float | None  # None: cross-validation found no threshold that helps; nothing is filled
    labels: tuple[str, ...] = LABELS

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        scores = list(self.intercepts)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                scores = [s + x for s, x in zip(scores, w, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}


def load_model(path: Path) -> AttacherModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return AttacherModel(weights={k: list(v) for k, v in data["weights"].items()},
                         intercepts=list(data["intercepts"]), threshold=data["threshold"],
                         labels=tuple(data["labels"]))


@lru_cache(maxsize=4)
def _cached_model(path: str) -> AttacherModel | None:
    p = Path(path)
    if not p.exists():
        return None
    try:
        return load_model(p)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        # a damaged weights file turns the step off; the rules still code every sentence
        log.warning("learned argument step off: %s is unreadable (%s)", p, exc)
        return None


def cached_model(path: str) -> AttacherModel | None:
    """The weights at `path`, read once (None when the file is absent or unreadable); the triple
    confidence (events/confidence.py) reads its weights, in this format, here too."""
    return _cached_model(path)


def default_model() -> AttacherModel | None:
    """The committed weights (or the file $WIREWATCH_ATTACHER names); None when there are none."""
    return cached_model(os.environ.get(MODEL_ENV) or str(MODEL_PATH))


def _with_reason(cand: Candidate, role: str, p: float, path: str) -> Candidate:
    actor, start, end, tok = cand
    reason = f"learned argument scorer: {role} p={p:.2f} via {path}"
    return (replace(actor, reasons=[*actor.reasons, reason]), start, end, tok)


def fill_missing(r: Reading, sent: Any, triggers: dict[int, Trigger], ctx: ArticleContext,
                 model: AttacherModel | None = None) -> None:
    """Fill the reading's empty source or target with the best-scoring candidate above threshold."""
    recorder = RECORDER.get()
    model = model if model is not None else default_model()
    # nothing can be filled on a complete reading, nor on a mutual act ("A and B met": several sources,
    # no target), so neither is ever scored (the training tool still records every reading)
    if recorder is None and (model is None or model.threshold is None or (r.sources and r.targets)
                             or len(r.sources) > 1):
        return
    cands = candidates(r, sent, ctx)
    if not cands:
        return
    source_codes = {a[0].code for a in r.sources}
    target_codes = {a[0].code for a in r.targets}
    if recorder is None and not any(c[0].code not in (target_codes if not r.sources else source_codes)
                                    for c in cands):
        return  # every candidate is the other party: none could be picked, so none is scored
    pc = PairContext(rule_sources=source_codes, rule_targets=target_codes,
                     countries=len({(c[0].code or "")[:3] for c in cands}),
                     speaker=speaker_of(r.anchor, sent, triggers),
                     in_quote=lambda offset: ctx.quote_of(offset) is not None)
    if recorder is not None:
        scored = [(c, pair_features(r, c, sent, pc)) for c in cands]
        pairs = [(c[0].code, ctx.article.text[c[1]:c[2]], f) for c, f in scored]
        recorder.append(PairRecord(article_id=ctx.article.id, root=reading_root(r), type=r.type,
                                   rule_sources=sorted(source_codes), rule_targets=sorted(target_codes),
                                   candidates=pairs))
    if model is None or model.threshold is None:
        return
    # a pair's probability depends on its own features alone, so only the candidates `_best` may pick
    # (never the other party) are scored, each once, in candidate order (ties go to the first, as before)
    kept: dict[int, tuple[Candidate, list[str], dict[str, float]]] = {}

    def probs(other: set[str | None]) -> list[tuple[Candidate, list[str], dict[str, float]]]:
        for n, c in enumerate(cands):
            if n not in kept and c[0].code not in other:
                feats = pair_features(r, c, sent, pc)
                kept[n] = (c, feats, model.probabilities(feats))
        return [kept[n] for n, c in enumerate(cands) if c[0].code not in other]

    if not r.sources:
        best = _best(probs(target_codes), "source", target_codes, model.threshold)
        if best is not None:
            r.sources = [best]
            source_codes = {best[0].code}
    if not r.targets and len(r.sources) == 1:
        # (several sources and no target: a mutual act, coded both ways by emit.py)
        # (never the people an investigated act befell: "an inquiry into the killing of 35 Sikhs")
        best = _best([p for p in probs(source_codes) if not inquired_victim(r, p[0])], "target", source_codes,
                     model.threshold)
        if best is not None:
            r.targets = [best]


def _best(probs: list[tuple[Candidate, list[str], dict[str, float]]], role: str, other: set[str],
          threshold: float) -> Candidate | None:
    """The candidate most likely in `role`, if it reaches the threshold and is not the other party."""
    best = None
    for cand, feats, p in probs:
        if cand[0].code in other or p[role] < threshold or p[role] < p["neither"]:
            continue
        if best is None or p[role] > best[2]:
            best = (cand, feats, p[role])
    if best is None:
        return None
    path = next((f.split("=", 1)[1] for f in best[1] if f.startswith("path=") and "|" not in f), "?")
    return _with_reason(best[0], role, best[2], path)
