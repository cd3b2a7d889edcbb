"""HTML reader on the scrapinghub article-extraction benchmark (181 pages), scored with score.py html-body.

Isolates the reader: each record's body is the extracted paragraphs (the Document text minus the
headline the reader puts first), so the wire structure parser plays no part.

    .venv/bin/python benchmarks/bench_html.py [--shared ../shared] [--out /tmp/html_bench.jsonl]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

from wirewatch.errors import WirewatchError
from wirewatch.ingest.html import document_from_html
from wirewatch.ingest.text import decode_bytes

ROOT = Path(__file__).resolve().parent.parent


def body_of(text: str, title: str | None) -> str:
    """The Document text without the leading headline block."""
    if title and text.startswith(title + "\n\n"):
        return text[len(title) + 2:]
    return text


def run(pages: list[Path]) -> tuple[list[dict], int]:
    records, rejected = [], 0
    for page in pages:
        source = str(page)
        try:
            doc = document_from_html(decode_bytes(gzip.decompress(page.read_bytes()), source), source)
            records.append({"id": source, "body": body_of(doc.text, doc.title)})
        except WirewatchError:
            rejected += 1
    return records, rejected


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default="/tmp/html_bench.jsonl")
    ap.add_argument("--limit", type=int, default=0, help="first N pages only (sorted by name)")
    args = ap.parse_args()
    bench = Path(args.shared) / "data" / "structure" / "article_extraction_benchmark"
    pages = sorted((bench / "html").glob("*.html.gz"))
    if args.limit:
        pages = pages[:args.limit]
    start = time.perf_counter()
    records, rejected = run(pages)
    elapsed = time.perf_counter() - start
    with open(args.out, "w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    per_page = 1000 * elapsed / max(len(pages), 1)
    print(f"{len(pages)} pages, {rejected} rejected, {elapsed:.1f} s ({per_page:.0f} ms/page)")
    scorer = Path(args.shared) / "eval" / "score.py"
    cmd = [sys.executable, str(scorer), "html-body", "--gold", str(bench / "ground-truth.json"),
           "--pred", args.out]
    if args.limit:
        cmd.append("--only-predicted")
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
