"""The learned argument step (events/learned_attach.py): its features, where it fills, its weights."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc, Span

from support import ROOT, SHARED
from wirewatch.events import learned_attach as la
from wirewatch.events.lexicon import Pattern
from wirewatch.events.reading import Reading
from wirewatch.events.triggers import Trigger
from wirewatch.pipeline import analyze
from wirewatch.records import Actor

# "Kenya signed a trade deal with Uganda on Monday, officials said." parsed by hand, so the features do
# not depend on the statistical parser
WORDS = ["Kenya", "signed", "a", "trade", "deal", "with", "Uganda", "on", "Monday", ",", "officials", "said",
         "."]
HEADS = [1, 11, 4, 4, 1, 4, 5, 1, 7, 11, 11, 11, 11]
DEPS = ["nsubj", "ccomp", "det", "compound", "dobj", "prep", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT",
        "punct"]


def _hand_parse() -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS)
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 6, 7, label="GPE")]
    return doc


def _reading(doc: Doc, sources: list[Any]) -> Reading:
    pattern = Pattern(pos="verb", lemma="sign", type="AGREE", cameo="057", mode=None)
    return Reading(anchor=doc[1], trigger=Trigger(doc[1], pattern), type="AGREE", cameo="057", mode=None,
                   sources=sources)


def test_features_of_a_hand_written_parse_are_what_the_docstring_says() -> None:
    doc = _hand_parse()
    kenya = (Actor(name="Kenya", code="KEN", country="KEN"), 0, 5, doc[0])
    uganda = (Actor(name="Uganda", code="UGA", country="UGA"), 39, 45, doc[6])
    reading = _reading(doc, [kenya])
    assert la.dep_path(doc[1], doc[6]) == [">dobj", ">prep:with", ">pobj"]
    assert la.dep_path(doc[4], doc[0]) == ["<dobj", ">nsubj"]  # climbing from the noun, down to the subject
    pc = la.PairContext(rule_sources={"KEN"}, rule_targets=set(), countries=2, speaker=doc[10],
                        in_quote=lambda offset: False)
    feats = set(la.pair_features(reading, uganda, doc[:], pc))
    assert {"path=>dobj>prep:with>pobj", "first=>dobj", "last=>pobj", "prep=with", "order=after", "dist=3-5",
            "root=05", "pos=verb", "sector=country", "rule=none", "missing=target", "vs_source=other",
            "label=GPE", "missing=target|path=>dobj>prep:with>pobj"} <= feats
    assert "speech_subject" not in feats and "mention_in_quote" not in feats
    source_feats = set(la.pair_features(reading, kenya, doc[:], pc))
    assert {"path=>nsubj", "order=before", "dist=0-2", "rule=source", "vs_source=same"} <= source_feats
    # "officials" is the subject of the reporting verb that governs "signed"
    officials = (Actor(name="officials", code="KENGOV", country="KEN"), 54, 63, doc[10])
    assert "speech_subject" in la.pair_features(reading, officials, doc[:], pc)
    assert "path=<ccomp>nsubj" in la.pair_features(reading, officials, doc[:], pc)


def test_a_long_path_keeps_only_its_first_and_last_step() -> None:
    doc = _hand_parse()
    reading = _reading(doc, [])
    monday = (Actor(name="x", code="XXX", country="XXX"), 0, 1, doc[8])
    pc = la.PairContext(rule_sources=set(), rule_targets=set(), countries=1, speaker=None,
                        in_quote=lambda offset: True)
    feats = set(la.pair_features(reading, monday, doc[:], pc))
    assert {"path=>prep:on>pobj", "missing=both", "mention_in_quote"} <= feats
    deep = la.dep_path(doc[0], doc[6])  # Kenya -> signed -> deal -> with -> Uganda
    assert deep == ["<nsubj", ">dobj", ">prep:with", ">pobj"]


def _write_model(path: Path, threshold: float | None) -> Path:
    # one hand-set weight: a mention of another country than the source, for an empty target
    model = {"labels": list(la.LABELS), "intercepts": [0.0, 0.0, 0.0], "threshold": threshold,
             "weights": {"missing=target|vs_source=other": [0.0, 0.0, 6.0]}}
    path.write_text(json.dumps(model), encoding="utf-8")
    return path


@pytest.fixture
def use_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    def use(threshold: float | None) -> None:
        monkeypatch.setenv(la.MODEL_ENV, str(_write_model(tmp_path / f"m{threshold}.json", threshold)))
        la._cached_model.cache_clear()
    yield use
    la._cached_model.cache_clear()


# the praise's object is "the new government": the rules find no actor there and leave the target empty
# (since lead33 "its new government" after "flew to Peru" is Peru's, the visit's target)
PRAISE = "Chile's president flew to Peru and praised the new government."


def _praise_targets(text: str) -> list[Any]:
    article = analyze(text, date="2024-03-05")
    return [e.target for e in article.events if e.cameo == "051"]


def test_the_scorer_fills_a_target_the_rules_left_empty(use_model: Any) -> None:
    use_model(None)  # no threshold: the step is off, the rules' reading has no CAMEO triple
    assert _praise_targets(PRAISE) == []
    use_model(0.5)
    targets = _praise_targets(PRAISE)
    assert [(t.code, t.text) for t in targets] == [("PER", "Peru")]
    assert PRAISE[targets[0].start:targets[0].end] == "Peru"  # the evidence points at the mention
    assert any(r.startswith("learned argument scorer: target p=1.00 via ") for r in targets[0].reasons)


def test_the_scorer_never_takes_the_source_as_the_target(use_model: Any) -> None:
    use_model(0.5)
    article = analyze("Chile's president praised its new government.", date="2024-03-05")
    assert not [e for e in article.events if e.cameo]  # the only mention is the source's own


def test_a_damaged_weights_file_turns_the_step_off_and_loses_nothing(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "attacher.json"
    broken.write_text('{"labels": ["neither", "source"', encoding="utf-8")
    monkeypatch.setenv(la.MODEL_ENV, str(broken))
    la._cached_model.cache_clear()
    try:
        article = analyze("Kenya signed a trade deal with Uganda on Monday.", date="2024-03-05")
    finally:
        la._cached_model.cache_clear()
    assert {(e.source.code, e.target.code) for e in article.events if e.cameo and e.source and e.target} \
        == {("KEN", "UGA")}
    assert not article.warnings
    assert any("learned argument step off" in r.getMessage() for r in caplog.records)


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("train_attacher", ROOT / "tools/train_attacher.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cross_validation_turns_the_step_on_only_when_a_threshold_beats_the_rules() -> None:
    tool = _tool()
    figures = {"rules": {"f1": 0.509}, "learned@0.5": {"f1": 0.507}, "learned@0.6": {"f1": 0.509},
               "learned@0.7": {"f1": 0.506}, "learned@0.8": {"f1": 0.509}}
    assert tool.choose_threshold(figures) is None  # equal is not better: the rules stay alone
    figures["learned@0.5"]["f1"] = 0.511
    assert tool.choose_threshold(figures) is None  # a gain within chance (under two triples) is not one
    figures["learned@0.6"]["f1"] = figures["learned@0.7"]["f1"] = 0.52
    assert tool.choose_threshold(figures) == 0.7  # a tie goes to the threshold that fills less


def test_committed_weights_equal_a_retrain() -> None:
    if importlib.util.find_spec("sklearn") is None:
        pytest.skip("scikit-learn is absent (the dev extra installs it): the weights cannot be refitted")
    if not (SHARED / "data/events/plover_dev.jsonl").exists():
        pytest.skip(f"{SHARED} is absent: the training data sits beside the checkout")
    done = subprocess.run([sys.executable, str(ROOT / "tools/train_attacher.py"), "--check"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    committed = json.loads(la.MODEL_PATH.read_text(encoding="utf-8"))
    assert "cross_validation" in committed and committed["training"]["pairs"]["source"] > 100
