"""kill -9 in the middle of an ingest loses nothing committed; running it again finishes the job exactly."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wirecopy import story

DOCS = 1500


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:  # not created yet, or mid-migration
        return 0


def _ingest(source: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "wirewatch", "ingest", str(source), "--db", str(db),
                             "--only", "structure", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    source = tmp_path / "wire.jsonl"
    source.write_text("".join(json.dumps({"id": f"doc-{n}", "text": story(n)}) + "\n" for n in range(DOCS)),
                      encoding="utf-8")
    db = tmp_path / "ww.db"
    process = _ingest(source, db)
    deadline = time.monotonic() + 120
    while _count(db) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    committed = _count(db)
    assert 0 < committed < DOCS, f"the kill did not land mid-way ({committed} of {DOCS} stored)"

    rerun = _ingest(source, db)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
        runs = conn.execute("SELECT finished, stored, duplicates FROM runs ORDER BY run").fetchall()
    assert len(ids) == DOCS and len(set(ids)) == DOCS
    assert set(ids) == {f"doc-{n}" for n in range(DOCS)}
    assert runs[0][0] is None                        # the killed run never finished...
    assert runs[1][1:] == (DOCS - committed, committed)  # ...the re-run stored exactly the rest
