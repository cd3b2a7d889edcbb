"""PLOVER dev floors, measured with the shared scorer (never a scorer of our own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import DATA, analyze_cli, require_shared, score

pytestmark = [pytest.mark.model, pytest.mark.data, pytest.mark.slow]

GOLD = DATA / "events" / "plover_dev.jsonl"
# measured 2026-11-28 (docs/benchmarks.md): type F1 0.902, source accuracy 0.910 (targets 0.80 / 0.85)
TYPE_F1_FLOOR = 0.89
SOURCE_FLOOR = 0.88


def test_plover_dev_floors(tmp_path: Path) -> None:
    require_shared(GOLD)
    pred = tmp_path / "pred.jsonl"
    analyze_cli(pred, str(GOLD), "--text-field", "text", "--id-field", "id", "--date-field", "date")
    metrics = score("events-plover", GOLD, pred)
    assert metrics["type"]["f1"] >= TYPE_F1_FLOOR, metrics["type"]
    assert metrics["source_accuracy"]["accuracy"] >= SOURCE_FLOOR, metrics["source_accuracy"]
