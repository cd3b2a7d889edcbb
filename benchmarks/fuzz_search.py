"""Fuzz every search entry point with random and adversarial queries and count what breaks.

    .venv/bin/python benchmarks/fuzz_search.py [--queries 10000] [--seed 0] [--level nlp]

Builds a store in a temporary directory from examples/*.txt (at `nlp` level, so quotes exist; the
spaCy model is loaded once), then sends every query through four entry points:

    Store.search(q)                 the Python API
    Store.quotes(search=q)
    wirewatch search -- q           the CLI, in process (click's CliRunner), JSON output
    wirewatch quotes --search q

A failure is any exception from the API, and from the CLI a non-zero exit status or an exception.
The queries (seeded, so a run is repeatable) are: the issue #8 repros and a fixed list of
adversarial strings (SQL and FTS5 syntax, unbalanced quotes, NUL, escape sequences, lone surrogates,
10,000 characters, 1,000 terms, deep parentheses), then random mixes of query syntax and corpus
words, mutated headlines, and random Unicode from every plane that matters (controls, combining
marks, bidi controls, surrogates, CJK, emoji, private use). Prints one JSON line of counts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from click.testing import CliRunner  # noqa: E402

from wirewatch.cli import cli  # noqa: E402
from wirewatch.store import Store  # noqa: E402

FIXED = [
    "Kim Jong-un", "Chung Eui-yong", "short-range", "e-mail", "7:20", "Sea: JCS", '"unbalanced', "*",
    "body: korea", "U.S.-China", "N.Korea", "'; DROP TABLE articles; --", '" OR 1=1 --', "a\x00b", "\x00",
    "\x1b[2J\x1b]0;title\x07", "\udcff\udcfe", "\ud800", "NEAR(a b, 5)", "NEAR(", "{headline}: x",
    "headline:", "headline: ", "-", "--", "---x", "^x", "a + b", "a AND", "OR OR OR", "NOT", "NOT NOT x",
    "((((((((((x", "x))))))))))", "(" * 5000, '"' * 999, "*" * 1000, "x" * 10000,
    " ".join(f"w{i}" for i in range(1000)), " OR ".join(f"w{i}" for i in range(500)),
    "-a -b -c", "since:2021-13-45", "until:yesterday", "agency:", "agency:\"\"", 'speaker:"', "quote:*",
    "\u202eevil", "e\u0301", "\ufeff", "\uffff", "\U0010ffff", "北朝鮮 ミサイル", "한국 미사일", "🚀 launch",
    "%", "_", "\\", "[bold]x[/bold]", "[/x]", "{", "}", ":", "::", "a:b:c", "a:", ":a",
]
SYNTAX = ['"', "*", "-", ":", "(", ")", "^", "+", "{", "}", ",", ".", "'", "\\", "%", "_", "[", "]", "OR",
          "AND", "NOT", "NEAR", "NEAR(", "headline:", "body:", "title:", "speaker:", "quote:", "content:",
          "agency:", "since:", "until:", "search_body:", "rowid", "bm25", "MATCH", ";", "--", "/*", "*/",
          "\x00", "\x1b", "\t", "\n", "\r"]
RANGES = [(0x20, 0x7E, 30), (0x00, 0x1F, 4), (0x7F, 0x9F, 2), (0xA0, 0x24F, 6), (0x300, 0x36F, 3),
          (0x2000, 0x206F, 3), (0x3040, 0x30FF, 3), (0x4E00, 0x9FFF, 3), (0xAC00, 0xD7A3, 3),
          (0xD800, 0xDFFF, 2), (0xE000, 0xF8FF, 1), (0xFFF0, 0xFFFF, 1), (0x1F300, 0x1F6FF, 2),
          (0x10000, 0x10FFFF, 1)]


def random_unicode(rng: random.Random) -> str:
    weights = [w for _, _, w in RANGES]
    out = []
    for _ in range(rng.randint(0, 40)):
        low, high, _ = rng.choices(RANGES, weights)[0]
        out.append(chr(rng.randint(low, high)))
    return "".join(out)


def build_queries(count: int, seed: int, words: list[str]) -> list[str]:
    rng = random.Random(seed)
    queries = list(FIXED)
    while len(queries) < count:
        kind = rng.random()
        if kind < 0.35:
            pieces = rng.choices(SYNTAX + words, k=rng.randint(1, 12))
            queries.append(rng.choice(["", " ", "  "]).join(pieces))
        elif kind < 0.6:
            chosen = rng.sample(words, min(len(words), rng.randint(1, 5)))
            mutated = [rng.choice(["", "-", '"', "headline:", "body:", "speaker:", "NOT "]) + w
                       + rng.choice(["", "*", '"', ":", "-", " OR"]) for w in chosen]
            queries.append(" ".join(mutated))
        else:
            queries.append(random_unicode(rng))
    return queries[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--level", default="nlp", choices=["structure", "nlp", "events"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        db = Path(work) / "fuzz.db"
        with Store(db) as store:
            store.ingest([ROOT / "examples"], only=args.level)
            headlines = [r["headline"] or "" for r in store.records()]
        words = sorted({w.strip(".,'\"()") for h in headlines for w in h.split() if len(w) > 2})
        queries = build_queries(args.queries, args.seed, words)
        runner = CliRunner()
        store = Store(db)
        entry_points: dict[str, Callable[[str], int]] = {
            "api_search": lambda q: len(store.search(q, limit=10)),
            "api_quotes": lambda q: len(store.quotes(search=q, limit=10)),
            "cli_search": lambda q: _cli(runner, ["search", "--db", str(db), "--limit", "10", "--format",
                                                  "json", "--", q]),
            "cli_quotes": lambda q: _cli(runner, ["quotes", "--db", str(db), "--limit", "10", "--format",
                                                  "json", "--search", q]),
        }
        report: dict[str, object] = {"queries": len(queries), "seed": args.seed, "level": args.level,
                                     "articles": store.stats()["articles"], "quotes": store.stats()["quotes"]}
        for name, run in entry_points.items():
            failures: list[str] = []
            with_hits = 0
            started = time.perf_counter()
            for query in queries:
                try:
                    with_hits += run(query) > 0
                except Exception as exc:  # the point of the exercise: count, never stop
                    failures.append(f"{query[:60]!r}: {type(exc).__name__}: {str(exc)[:120]}")
            report[name] = {"exceptions": len(failures), "with_hits": with_hits,
                            "seconds": round(time.perf_counter() - started, 1), "first": failures[:5]}
        store.close()
    report["total_exceptions"] = sum(v["exceptions"] for v in report.values() if isinstance(v, dict))
    print(json.dumps(report, ensure_ascii=True))
    sys.exit(1 if report["total_exceptions"] else 0)


def _cli(runner: CliRunner, args: list[str]) -> int:
    result = runner.invoke(cli, args)
    if result.exit_code != 0 or result.exception is not None:
        raise RuntimeError(f"exit {result.exit_code}: {result.output[-200:]!r} {result.exception!r}")
    return len(json.loads(result.stdout))


if __name__ == "__main__":
    main()
