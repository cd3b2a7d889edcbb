"""Fixtures shared by every test directory."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pgserver import BACKENDS
from support import SHARED, require_shared

SEED = SHARED / "seed" / "yonhap-2021-10-05.txt"
SEED_EXPECTED = SHARED / "seed" / "expected.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return require_shared(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict[str, Any]:
    return json.loads(require_shared(SEED_EXPECTED).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy model, loaded once for the whole run."""
    from wirewatch.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def analyzer() -> Any:
    from wirewatch.pipeline import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def seed_article(seed_text: str, analyzer: Any) -> Any:
    from wirewatch.records import Document

    return analyzer.analyze(Document(id="yonhap-2021-10-05.txt", text=seed_text, source="seed"))


@pytest.fixture(scope="session")
def pg_server() -> Any:
    """A PostgreSQL server of our own for the whole run (skips only if it cannot be installed)."""
    from pgserver import running_server

    with running_server() as server:
        yield server



@pytest.fixture(params=BACKENDS)
def db_target(request: pytest.FixtureRequest, tmp_path: Any) -> Any:
    """A fresh, empty database on each backend: an SQLite path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        yield tmp_path / "ww.db"
        return
    server = request.getfixturevalue("pg_server")
    with server.database() as url:
        yield url
