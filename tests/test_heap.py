"""The pipeline's warm-up takes the loaded model and tables out of the cycle collector's full passes."""

import gc

import pytest

from wirewatch import heap


def test_settling_freezes_what_is_loaded_once_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen: list[int] = []
    monkeypatch.setattr(heap, "_settled", False)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    heap.settle_long_lived()
    heap.settle_long_lived()  # a second analyzer's warm-up: nothing more is frozen
    assert frozen == [1]


def test_the_warm_up_freezes_the_model_and_tables() -> None:
    import subprocess
    import sys

    script = ("import gc; from wirewatch.pipeline import Analyzer; a = Analyzer(); "
              "before = gc.get_freeze_count(); a.warm_up(); print(before, gc.get_freeze_count())")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    before, after = map(int, out.split())
    assert before == 0 and after > 100_000  # the model and the tables: out of the full passes
