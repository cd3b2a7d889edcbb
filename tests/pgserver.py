"""A private PostgreSQL server for the test session (scripts/pg_local.sh), and fresh databases on it."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from support import ROOT

BACKENDS = ("sqlite", "postgres")  # what `db_target` and the store fixtures are parametrized with
SCRIPT = ROOT / "scripts" / "pg_local.sh"
NOT_INSTALLABLE = 3  # pg_local.sh's exit status when PostgreSQL is missing and cannot be installed
_names = itertools.count()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    def __init__(self, url: str) -> None:
        self.url = url  # the maintenance database

    def database_url(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + name

    def create(self) -> str:
        import psycopg

        name = f"wirewatch_test_{next(_names)}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        return self.database_url(name)

    def drop(self, url: str) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")

    @contextmanager
    def database(self) -> Iterator[str]:
        url = self.create()
        try:
            yield url
        finally:
            self.drop(url)


@contextmanager
def running_server() -> Iterator[PgServer]:
    """Start a server in a private directory on a free loopback port; stop and remove it after."""
    pytest.importorskip("psycopg", reason="psycopg is missing: `make setup` installs the [postgres] extra")
    directory = Path(tempfile.mkdtemp(prefix="wirewatch-pg-"))
    port = str(_free_port())
    # durability is not under test here (the client is what gets killed): spare the shared disk
    env = {"PG_LOCAL_OPTIONS": "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"}
    started = subprocess.run(["bash", str(SCRIPT), "start", str(directory), port], capture_output=True,
                             text=True, env={**os.environ, **env})
    if started.returncode == NOT_INSTALLABLE:
        shutil.rmtree(directory, ignore_errors=True)
        pytest.skip(f"PostgreSQL cannot be installed here, its tests are skipped: {started.stderr.strip()}")
    if started.returncode != 0:
        shutil.rmtree(directory, ignore_errors=True)
        raise RuntimeError(f"scripts/pg_local.sh start failed:\n{started.stderr}")
    try:
        yield PgServer(started.stdout.strip().splitlines()[-1])
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", str(directory), port], capture_output=True)
        shutil.rmtree(directory, ignore_errors=True)
