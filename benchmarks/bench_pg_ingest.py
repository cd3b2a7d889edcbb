"""CPU of a structure-level ingest into PostgreSQL: the client's and the server's, for one corpus.

    nice .venv/bin/python benchmarks/bench_pg_ingest.py --url postgresql://...:PORT/postgres \
        --pgdata DIR/data CORPUS [--src OTHER_CHECKOUT/src] [--name NAME]

Creates the database NAME on the server (dropped first if it exists), runs `wirewatch ingest CORPUS
--db URL/NAME --only structure --quiet` with `--src` first on PYTHONPATH (to measure another
checkout's code with this virtualenv), and reports wall time and the CPU seconds of the client
(the ingest process and its children) and of the server: the postmaster's own and reaped children's
time plus its live children's, read from /proc before and after (so run one measurement at a time
on a server nothing else uses; scripts/pg_local.sh starts one). On a loaded machine compare CPU
seconds, not wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


def _fields(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def server_cpu(pgdata: Path) -> float:
    """CPU seconds the server has used so far: the postmaster, its reaped children, its live ones."""
    postmaster = int((pgdata / "postmaster.pid").read_text().split()[0])
    f = _fields(postmaster)  # after the name: utime, stime, cutime, cstime are fields 12-15
    ticks = sum(int(v) for v in f[11:15])
    children = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()
    for child in children:
        try:
            ticks += sum(int(v) for v in _fields(int(child))[11:13])
        except (FileNotFoundError, ProcessLookupError):
            pass  # ended meanwhile: counted in the postmaster's children time
    return ticks / TICKS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--url", required=True, help="the server's maintenance database URL")
    parser.add_argument("--pgdata", type=Path, required=True, help="the server's data directory")
    parser.add_argument("--src", type=Path, help="a checkout's src/ to run instead of this one's")
    parser.add_argument("--name", default="bench_pg_ingest")
    args = parser.parse_args()
    import psycopg

    with psycopg.connect(args.url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{args.name}"')
        conn.execute(f'CREATE DATABASE "{args.name}"')
    env = dict(os.environ)
    if args.src:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(args.src), env.get("PYTHONPATH", "")) if p)
    url = args.url.rsplit("/", 1)[0] + "/" + args.name
    command = [str(ROOT / ".venv" / "bin" / "wirewatch"), "ingest", str(args.corpus), "--db", url,
               "--only", "structure", "--quiet"]
    before_server, before_client = server_cpu(args.pgdata), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    run = subprocess.run(command, env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    after_client = resource.getrusage(resource.RUSAGE_CHILDREN)
    client = (after_client.ru_utime - before_client.ru_utime) + (after_client.ru_stime
                                                                 - before_client.ru_stime)
    server = server_cpu(args.pgdata) - before_server
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*) FROM articles").fetchone()
    stored = int(row[0]) if row else 0
    print(json.dumps({"code": str(args.src or ROOT / "src"), "stored": stored, "exit": run.returncode,
                      "wall_s": round(wall, 1), "client_cpu_s": round(client, 1),
                      "server_cpu_s": round(server, 1),
                      "cpu_ms_per_article": round((client + server) / max(stored, 1) * 1000, 2),
                      "load": os.getloadavg()}, indent=1))


if __name__ == "__main__":
    main()
