"""PETRARCH validation suite floors (CAMEO triples), measured with the shared scorer.

The suite's actors are fictional, so the run uses the benchmark-only actor dictionary
(benchmarks/petrarch_actors.csv). Many expectations use PETRARCH's validation dictionary codes rather
than the CAMEO codebook (docs/events.md), so these floors guard the dyad mechanics, not a target.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import DATA, ROOT, analyze_cli, require_shared, score

pytestmark = [pytest.mark.model, pytest.mark.data, pytest.mark.slow]

GOLD = DATA / "events" / "petrarch_unit_suite.jsonl"
ACTORS = ROOT / "benchmarks" / "petrarch_actors.csv"
# measured 2026-11-28 (docs/events.md). `expected` is written against PETRARCH-1's validation verb
# dictionary (restoring ties 064, visits 032/033, "welcomed a resumption" 041...); `expected_up2` is
# UniversalPetrarch's revision, close to the CAMEO codebook, which wirewatch codes to.
FLOORS = {
    # gold field: (exact-triple F1, country/root F1, null-case accuracy); measured 2026-12-03
    # (docs/benchmarks.md) 0.046 / 0.069 / 0.74, then 0.025 when "A and B agree that ..." became 050
    # as `expected_up2` codes it (`expected` says 030 for the same three sentences), and country/root
    # 0.046 -> 0.039 on 2026-12-03 when a scheduled meeting ("will meet", DEMO-11) became 040 both ways
    # as `expected_up2` has it (`expected` writes 031)
    # (0.025 -> 0.014 on 2026-12-04: a city shelled is its civilians, KORCVL, as the CAMEO manual's
    # examples code it, where `expected` writes KOR for "fired artillery shells at Seoul")
    "expected": (0.012, 0.035, 0.70),
    # measured 0.282 / 0.475 / 0.74 (0.214 / 0.401 / 0.74 before issue #7)
    "expected_up2": (0.26, 0.45, 0.70),
}


def test_petrarch_suite_floors(tmp_path: Path) -> None:
    require_shared(GOLD)
    pred = tmp_path / "pred.jsonl"
    analyze_cli(pred, str(GOLD), "--text-field", "text", "--id-field", "id", "--date-field", "date",
                "--actor-dictionary", str(ACTORS))
    scored = {}
    for field, (exact, country_root, null) in FLOORS.items():
        metrics = scored[field] = score("events-cameo", GOLD, pred, "--gold-field", field)
        assert metrics["triple_exact"]["f1"] >= exact, (field, metrics["triple_exact"])
        assert metrics["triple_country_root"]["f1"] >= country_root, (field, metrics["triple_country_root"])
        assert metrics["null_case_accuracy"]["accuracy"] >= null, (field, metrics["null_case_accuracy"])
    # The DATE tests name the same people on different dates (Smeagol is HOB, then HOBGOV, then HOBREB):
    # they check that a dated dictionary entry holds on the story's date only. 10 of 21 records pass
    # (2026-12-05); the other 11 test PETRARCH's own verb codes ("renewing a licence" 031).
    by_category = scored["expected_up2"]["record_exact_match_by_category"]
    assert by_category["DATE"]["correct"] >= 10, by_category["DATE"]
