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
def ray_session() -> Any:
    """One local Ray for every test marked `ray` (it takes seconds to start on two cores); the engine
    reuses a running session instead of starting its own, and this fixture shuts it down at the end."""
    import os

    from support import ROOT
    from wirewatch.engines.ray_engine import LOOPBACK_ENV

    os.environ.setdefault(LOOPBACK_ENV, "0")  # before ray is first imported: bind to 127.0.0.1
    # Ray's worker processes inherit the environment: let them import test helpers (tests/raykill.py)
    paths = [str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    pytest.importorskip("ray", reason="the [ray] extra is not installed (make setup installs it)")
    from wirewatch.engines.ray_engine import start_ray, stop_ray

    started = start_ray(cpus=2)
    yield
    if started:
        stop_ray()


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
