"""The end-of-ingest furniture pass on an existing store: how long, and how many articles it reads and
rewrites.

    nice .venv/bin/python benchmarks/bench_refresh.py --db out/million/million.db
    nice .venv/bin/python benchmarks/bench_refresh.py --db postgresql://...

`wirewatch ingest` recomputes each group's furniture set and re-strips older articles at its end
(store/restrip.py); an ingest stopped with Ctrl-C (as `bench_million.py --max-seconds` stops one)
leaves that pass to the next run. This runs it alone, as the next ingest would, and prints one JSON
object: wall and CPU seconds, the articles stored, the furniture epochs per group before, and the
articles read (`examined`) and rewritten (`changed`). Nothing is written inside the project.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from wirewatch.store import Store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="an SQLite path or a postgresql:// URL")
    args = parser.parse_args()
    with Store(args.db) as store:
        writer = store.writer
        count = writer.conn.execute("SELECT count(*) FROM articles").fetchone()
        epochs = writer.conn.execute("SELECT count(*) FROM furniture_sets").fetchone()
        dirty = writer.conn.execute("SELECT count(*) FROM furniture_groups WHERE dirty = 1").fetchone()
        started, cpu = time.monotonic(), time.process_time()
        changed = writer.refresh_furniture(restrip=True)
        seconds, cpu_s = time.monotonic() - started, time.process_time() - cpu
        print(json.dumps({"articles": int(count[0]), "recorded_epochs": int(epochs[0]),
                          "dirty_groups": int(dirty[0]), "seconds": round(seconds, 1),
                          "client_cpu_s": round(cpu_s, 1), "examined": writer.restripped.examined,
                          "changed": changed, "load": os.getloadavg()}))


if __name__ == "__main__":
    main()
