"""Paths and helpers for tests (importable from any test directory)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()
DATA = SHARED / "data"
SCORER = SHARED / "eval" / "score.py"


def require_shared(path: Path) -> Path:
    """Skip, with a reason a reader understands, when ../shared (research data) is not beside us."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared evaluation data sits beside the checkout in CI")
    return path
