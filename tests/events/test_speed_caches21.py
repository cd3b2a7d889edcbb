"""The nineteenth session's speed work (perf21) gives the answers the plain code gives.

The triple confidence (events/confidence.py) now writes its feature strings once a process (kept per
code, sector, reasons, order and distance), reads each trigger's features once per token, finds the
trigger by the Doc's text instead of a Token per word, takes sentence starts from the coder's own walk
(`parse.doc_sentence_starts`) and sums the weights with `map`. Here the plain code (the features as
wirewatch 49a369e computed them, Token by Token, less the three the session's refit dropped: a reporting
verb above the trigger, the sentence's length, a party in another sentence) is kept and compared with
the runtime's on sentences of our own, run through the whole pipeline. The per-Doc arrays
(`parse.doc_arrays`, `tokens_with_pos`) are checked against the tokens' own attributes and
`emit._qualifies_noun`'s bisect against its old walk of the sentence.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import Any

import pytest

from wirewatch.events import confidence as cf
from wirewatch.events.coder import code_events
from wirewatch.events.learned_attach import AttacherModel
from wirewatch.events.parse import doc_sentence_starts, lemma
from wirewatch.records import Document, Event, EventActor

TEXTS = [
    "Gondor's foreign minister met Rohan's envoy in Edoras on Monday and signed a trade accord.",
    "Rebels attacked a convoy near the border with Mordor, officials said. Troops killed 12 rebels.",
    "Israeli troops killed three Palestinians in Gaza. Protesters gathered in Moscow on Saturday.",
    "President Biden said he would hold talks with China next week. \"We will not accept this,\" he said.",
    "The United Nations condemned the attack. Iran accused the United States of spying and expelled two "
    "diplomats, the ministry said on Tuesday.",
    "SEOUL (Reuters) - North Korea fired a missile into the sea, South Korea's military said. Japan "
    "protested to Pyongyang. The attack attacked nobody; attackers attacked again.",
    "Police arrested dozens of students in Dhaka after clashes. Bangladesh's prime minister visited "
    "India and met Prime Minister Modi.",
]


def _bucket(n: int, limits: tuple[int, ...]) -> str:
    for limit in limits:
        if n <= limit:
            return f"<={limit}"
    return f">{limits[-1]}"


def _plain_trigger(doc: Any, starts: list[int], ev: Event) -> Any:
    if not ev.trigger or not starts:
        return None
    n = max(bisect_right(starts, ev.start) - 1, 0)
    while n < len(starts) and starts[n] < ev.end:
        if doc[n].text == ev.trigger:
            return doc[n]
        n += 1
    return None


def _plain_at(doc: Any, starts: list[int], offset: int | None) -> Any:
    if offset is None or not starts:
        return None
    n = bisect_right(starts, offset) - 1
    return doc[n] if n >= 0 else None


def _plain_party(role: str, actor: EventActor | None, trig: Any, doc: Any, starts: list[int]) -> list[str]:
    if actor is None or not actor.code:
        return [f"{role}=none"]
    code = actor.code
    kinds = sorted({cf.evidence_kind(r) for r in actor.reasons}) or ["no_reason"]
    feats = [f"{role}_sector={cf._sector(code)}", *(f"{role}_evidence={k}" for k in kinds)]
    last = cf.evidence_kind(actor.reasons[-1]) if actor.reasons else "no_reason"
    feats.append(f"{role}_last={last}")
    words = actor.text.lower().split()
    if len(words) == 1 and words[0] in cf.PRONOUNS:
        feats.append(f"{role}_pronoun")
    if actor.start is None or actor.end is None or actor.end <= actor.start:
        feats.append(f"{role}_offstage")
        return feats
    tok = _plain_at(doc, starts, actor.start)
    if tok is not None:
        feats.append(f"{role}_label={tok.ent_type_ or 'none'}")
    if tok is not None and trig is not None:
        order = "before" if tok.i < trig.i else "after"
        feats += [f"{role}_order={order}", f"{role}_dist={_bucket(abs(tok.i - trig.i), (2, 5, 10, 20))}",
                  f"{role}_order={order}|{role}_dist={_bucket(abs(tok.i - trig.i), (2, 5, 10, 20))}"]
    return feats


def plain_features(ev: Event, doc: Any, triples_in_sentence: int) -> list[str]:
    """The features as the plain code read them: a Token for every word looked at, strings per event."""
    starts = [t.idx for t in doc] if doc is not None else []
    code = ev.cameo or ""
    root = code[:2]
    depth = "root" if len(code) == 3 and code.endswith("0") else f"digits{len(code)}"
    feats = [f"root={root}", f"code={code}", f"depth={depth}", f"type={ev.type or 'none'}",
             f"type={ev.type or 'none'}|root={root}", f"triples={_bucket(triples_in_sentence, (1, 2, 4))}",
             f"hand={ev.confidence}"]
    trig = _plain_trigger(doc, starts, ev)
    if trig is None:
        feats.append("trigger=unfound")
    else:
        pos = "noun" if trig.pos_ in ("NOUN", "PROPN") else \
            "verb" if trig.pos_ in ("VERB", "AUX") else "other"
        feats += [f"pos={pos}", f"pos={pos}|root={root}"]
        if pos == "noun" and trig.head.pos_ in ("VERB", "AUX") and lemma(trig.head) in cf.LIGHT_VERBS:
            feats.append("light_verb")
    if ev.quote_index is not None:
        feats.append("in_quote")
    if ev.negated:
        feats.append("negated")
    if ev.hypothetical:
        feats.append("hypothetical")
    if len(ev.mentions) > 1:
        feats.append("restated")
    feats += _plain_party("source", ev.source, trig, doc, starts)
    feats += _plain_party("target", ev.target, trig, doc, starts)
    src, tgt = (ev.source.code if ev.source else None) or "", (ev.target.code if ev.target else None) or ""
    if src and tgt:
        feats.append("same_country" if src[:3] == tgt[:3] else "two_countries")
        feats.append(f"sectors={cf._sector(src)}>{cf._sector(tgt)}")
    return feats


@pytest.fixture(scope="module")
def coded(nlp: Any) -> list[tuple[Any, Any]]:
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text
    from wirewatch.nlp.quotes.extract import extract_quotes
    from wirewatch.nlp.time.extract import extract_timexes
    from wirewatch.pipeline import analyze_structure

    out = []
    for n, text in enumerate(TEXTS):
        article = analyze_structure(Document(id=f"t{n}", text=text, source="test", date="2024-03-05"))
        doc = nlp(analysis_text(article))
        assign_actors(article, doc)
        extract_quotes(article, doc)
        extract_timexes(article, doc)
        code_events(article, doc)
        out.append((article, doc))
    return out


def test_the_features_are_the_plain_features(coded: list[tuple[Any, Any]]) -> None:
    seen = 0
    for article, doc in coded:
        for ev in article.events:
            if not ev.cameo:
                continue
            for triples in (1, 2, 3, 5):
                assert cf.triple_features(ev, doc, triples) == plain_features(ev, doc, triples)
                # the kept strings answer the same the second time, and on a fresh index of the Doc
                fresh = cf.triple_features(ev, doc, triples, cf._Tokens(doc))
                assert fresh == plain_features(ev, doc, triples)
            seen += 1
    assert seen >= 8


def test_the_features_of_changed_events_are_the_plain_features(coded: list[tuple[Any, Any]]) -> None:
    # a party named nowhere, a pronoun with spaces around it, no reasons, a trigger absent from the span,
    # a hand-set confidence written as an int, a party far from its trigger or in another sentence
    article, doc = coded[5]
    ev = next(e for e in article.events if e.cameo)
    far = EventActor(text=" they ", code="PRKMIL", start=len(doc.text) - 3, end=len(doc.text) - 1, reasons=[])
    off = EventActor(text="he", code="USAGOV", start=None, end=None, reasons=["the story's subject"])
    variants = [
        Event(source=far, target=off, type=None, cameo="0231", text=ev.text, start=ev.start, end=ev.end,
              trigger="nothinglikeit", confidence=1),
        Event(source=ev.source, target=far, type=ev.type, cameo="190", text=ev.text, start=0,
              end=len(doc.text), trigger="attacked", confidence=0.5),
        Event(source=off, target=None, type="ASSAULT", cameo="19", text=ev.text, start=ev.start, end=ev.end,
              trigger=ev.trigger, confidence=None, quote_index=0, negated=True, hypothetical=True),
    ]
    for variant in variants:
        for d in (doc, None):
            assert cf.triple_features(variant, d, 2) == plain_features(variant, d, 2)


def test_the_trigger_found_by_text_is_the_first_token_with_its_text(coded: list[tuple[Any, Any]]) -> None:
    article, doc = coded[5]  # "attack", "attacked", "attackers": one text, several tokens starting with it
    tokens = cf._Tokens(doc)
    starts = [t.idx for t in doc]
    for trigger in ("attacked", "attack", "attackers", "fired", "said", "missile", "tack", "-", "."):
        for start in range(0, len(doc.text), 7):
            for end in (start + 1, start + 12, start + 40, len(doc.text)):
                ev = Event(source=None, target=None, type=None, text="", start=start, end=end,
                           trigger=trigger)
                found, plain = tokens.trigger(ev), _plain_trigger(doc, starts, ev)
                assert (found.i if found is not None else None) == (plain.i if plain is not None else None)


def test_sentence_starts_and_keys_are_spacys(coded: list[tuple[Any, Any]]) -> None:
    for article, doc in coded:
        assert doc_sentence_starts(doc) == [s.start for s in doc.sents]
        tokens = cf._Tokens(doc)
        for ev in article.events:
            tok = _plain_at(doc, [t.idx for t in doc], ev.start)
            assert cf._sentence_key(tokens, ev) == (tok.sent.start if tok is not None else ev.start)
            for i in range(len(doc)):
                assert tokens.sentence_start(i) == doc[i].sent.start


def test_probability_is_the_plain_sum() -> None:
    weights = {f"f{n}": [0.0, (-1) ** n * 0.1 * n + 1e-7 * n] for n in range(40)}
    model = AttacherModel(weights=weights, intercepts=[0.0, -0.3], threshold=None, labels=cf.LABELS)
    for feats in ([], ["f1"], [f"f{n}" for n in range(0, 60, 3)], ["x", "f7", "f7", "y", "f39"]):
        z = -0.3 + sum(weights[f][1] if f in weights else 0.0 for f in feats)
        assert cf.probability(model, feats) == 1.0 / (1.0 + math.exp(-z))


def test_doc_arrays_are_the_tokens_attributes(coded: list[tuple[Any, Any]], nlp: Any) -> None:
    from spacy.symbols import NOUN, VERB

    from wirewatch.events.parse import doc_arrays, tokens_with_pos

    other = nlp("Talks were held; the envoy, who had been staging protests, left.")
    for doc in [*(d for _, d in coded), other, coded[0][1]]:  # (another Doc between: kept anew)
        arrays = doc_arrays(doc)
        assert arrays.pos == [t.pos for t in doc] and arrays.idx == [t.idx for t in doc]
        assert arrays.lower == [t.lower for t in doc] and arrays.lemma == [t.lemma for t in doc]
        for sent in doc.sents:
            for pos, name in ((VERB, "VERB"), (NOUN, "NOUN")):
                assert [t.i for t in tokens_with_pos(sent, pos)] == [t.i for t in sent if t.pos_ == name]


def test_the_qualified_noun_found_by_bisect_is_the_plain_walk(coded: list[tuple[Any, Any]]) -> None:
    from wirewatch.events.emit import _qualifies_noun

    def plain(sent: Any, actor: EventActor | None) -> bool:
        if actor is None or actor.end is None:
            return False
        last = next((t for t in sent if t.idx < actor.end <= t.idx + len(t.text)), None)
        return last is not None and last.dep_ in ("compound", "nmod", "amod") and last.head.i > last.i

    seen = 0
    for _, doc in coded:
        for sent in doc.sents:
            for end in range(sent.start_char - 2, sent.end_char + 3):
                actor = EventActor(text="x", code="USA", start=max(end - 3, 0), end=end)
                assert _qualifies_noun(sent, actor) == plain(sent, actor)
                seen += plain(sent, actor)
    assert seen > 0  # some ends do fall on a noun's modifier ("Gondor's foreign minister")
