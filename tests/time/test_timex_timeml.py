"""Floors on TimeML dev (TempEval-3 TBAQ), scored by the shared scorer. Skips without ../shared."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from support import DATA, ROOT, SCORER, require_shared

pytestmark = [pytest.mark.model, pytest.mark.data, pytest.mark.slow]

GOLD = DATA / "time" / "timeml_dev.jsonl"


def test_timeml_dev_floors(tmp_path: Path) -> None:
    require_shared(GOLD)
    pred = tmp_path / "pred.jsonl"
    cli = Path(sys.executable).parent / "wirewatch"
    with pred.open("w") as out:
        subprocess.run([str(cli), "analyze", str(GOLD), "--text-field", "text", "--id-field", "id",
                        "--date-field", "dct", "--only", "nlp"], stdout=out, check=True, cwd=ROOT)
    scored = subprocess.run([sys.executable, str(SCORER), "time", "--gold", str(GOLD), "--pred", str(pred),
                             "--json-only"], capture_output=True, text=True, check=True)
    metrics = json.loads(scored.stdout.strip().splitlines()[-1])["metrics"]
    # measured 0.923 / 0.836 / 0.943 (docs/time.md); HeidelTime on the same set: 0.862 / 0.742 / 0.870
    assert metrics["date_value_accuracy"]["accuracy"] >= 0.915
    assert metrics["value"]["f1"] >= 0.83
    assert metrics["relaxed"]["f1"] >= 0.935
