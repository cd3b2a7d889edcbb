"""One long document through the full pipeline: seconds and peak memory by length (issue #8).

    .venv/bin/python benchmarks/bench_long.py [--chars 300000] [--only events]

The text is issue #8's repro, `'SEOUL, Oct. 5 (Yonhap) -- ' + 'North Korea fired a missile,
officials said. ' * N`, with N chosen for about --chars characters: one paragraph of identical
sentences, the worst case for any lookup that scans the whole article per sentence. Runs in one
process without a time budget; prints characters, the outcome, seconds (model load excluded), peak
RSS of the process (model included) and the number of events. CPU seconds are printed too: on a
shared machine they are steadier than wall time.
"""

from __future__ import annotations

import argparse
import resource
import time

from wirewatch.pipeline import Analyzer
from wirewatch.records import Article, Document

HEAD = "SEOUL, Oct. 5 (Yonhap) -- "
SENTENCE = "North Korea fired a missile, officials said. "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=300_000)
    parser.add_argument("--only", default="events")
    args = parser.parse_args()
    text = HEAD + SENTENCE * max(1, (args.chars - len(HEAD)) // len(SENTENCE))
    analyzer = Analyzer(only=args.only, doc_timeout=None, max_chars=max(args.chars * 2, 2_000_000))
    analyzer.warm_up()
    started, cpu_before = time.monotonic(), _cpu()
    (result,) = analyzer.analyze_many([Document(id="long", text=text, source="long")])
    seconds, cpu = time.monotonic() - started, _cpu() - cpu_before
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    outcome = "analysed" if isinstance(result, Article) else f"rejected: {result.reason}"
    events = len(result.events) if isinstance(result, Article) else 0
    print(f"{len(text):,} characters: {outcome} in {seconds:.1f} s ({cpu:.1f} CPU-s), peak RSS {peak} MB, "
          f"{events:,} events")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
