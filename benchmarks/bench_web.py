"""Web load: 50 concurrent clients on the search and article pages of a large store.

    .venv/bin/python benchmarks/bench_web.py [--articles 100000] [--clients 50] [--duration 30]
        [--think 0] [--workers 2] [--cache-mb 64] [--renderers 0] [--tool wrk|python]
        [--workdir /tmp/ww-web-bench]

Builds (once, kept in --workdir) a structure-level store of generated wire stories: six agencies and
datelines, four years of dates, bodies drawn from 20,000 words with Zipf frequencies, every tenth
story re-sent as a (LEAD) with a paragraph added, so story threads are real. It
is ingested through `Store.ingest` like any input (threads assigned at ingest). Then `wirewatch serve`
runs in its own process(es) and `--clients` connections ask for a third each search pages
(`/search?q=...`, queries drawn from the store's headlines), their facets fragments (drawn
separately) and article pages (`/article/UID`, random stored articles), closed loop: each waits for
its answer, then `--think` seconds (0: back to back), then asks again.

The load comes from `wrk` (Debian's C load generator, installed with apt-get when missing; the
script `wrk_urls.lua` walks the URL list), which costs far less CPU than Python clients on the same
two cores; `--tool python` uses asyncio httpx clients instead and splits the latency by page kind.
Reports latency percentiles, errors (status >= 400, socket errors, timeouts), and the CPU seconds
of the server processes and of the load generator during the run. `--server-src DIR` runs the
server from another checkout's `src` (for before/after). `--per-kind` serves through
`web_timed_server.py` (one process, default settings; `--renderers` passed on) and adds, per page
kind and page-cache answer, the milliseconds spent inside the app, the in-app p50/p95 of each 5 s
slice of the run (a cold start against the steady state), and the event loop's lag (how late a
10 ms sleep wakes): where the closed loop's latency is spent. Nothing is written inside the project.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import itertools
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

AGENCIES = (("Yonhap", "SEOUL", "--"), ("AP", "WASHINGTON", "--"), ("AFP", "PARIS", "-"),
            ("Xinhua", "BEIJING", "--"), ("Kyodo", "TOKYO", "--"), ("Reuters", "LONDON", "-"))
SUBJECTS = ("North Korea", "South Korea", "the United States", "Japan", "China", "France", "Russia",
            "the European Union", "India", "Brazil", "the central bank", "the foreign ministry",
            "the defense ministry", "opposition lawmakers", "the United Nations", "Germany")
VERBS = ("urged", "criticised", "praised", "met", "warned", "thanked", "accused", "invited", "sanctioned",
         "threatened", "agreed with", "rejected")
TOPICS = ("trade talks", "sanctions", "a missile launch", "rice prices", "a port deal", "border security",
          "the climate summit", "fisheries quotas", "a rail link", "vaccine supplies", "chip exports",
          "a naval drill", "energy prices", "refugee flows", "a cyberattack", "debt relief")
FILLER = ("officials said", "according to a statement", "the ministry added", "analysts said",
          "the report said", "a spokesperson told reporters", "state media reported")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def vocabulary(size: int = 20_000) -> list[str]:
    """The example stories' words, then made-up words from their syllables, to `size` words."""
    words: dict[str, None] = {}
    for path in sorted((ROOT / "examples").glob("*.txt")):
        words.update((w.lower(), None) for w in re.findall(r"[A-Za-z]{3,}", path.read_text(encoding="utf-8")))
    syllables = sorted({w[i:i + 3] for w in words for i in range(0, len(w) - 2, 3)})
    rng = random.Random(7)
    while len(words) < size:
        words.setdefault("".join(rng.sample(syllables, rng.choice((2, 3)))), None)
    return list(words)


WORDS = vocabulary()
# word frequencies fall off as in real text (Zipf, exponent 1.1): a few words are everywhere, most are
# rare; a uniform draw would make every query word match a sixth of the corpus
_WEIGHTS = list(itertools.accumulate(1.0 / (rank + 1) ** 1.1 for rank in range(len(WORDS))))


def _sentence(rng: random.Random, low: int, high: int) -> str:
    count = rng.randint(low, high)
    return " ".join(rng.choices(WORDS, cum_weights=_WEIGHTS, k=count))


def story(n: int) -> tuple[str, str]:
    """Story n: (headline, text) of unique copy with a dateline and four to seven paragraphs."""
    rng = random.Random(n)
    agency, city, dash = AGENCIES[rng.randrange(len(AGENCIES))]
    a, b = rng.sample(SUBJECTS, 2)
    verb, topic = rng.choice(VERBS), rng.choice(TOPICS)
    month, day = rng.randrange(12), rng.randint(1, 28)
    headline = f"{a[0].upper() + a[1:]} {verb} {b} over {topic}, {_sentence(rng, 2, 3)}"
    paragraphs = [f"{city}, {MONTHS[month]} {day} ({agency}) {dash} {a[0].upper() + a[1:]} {verb} {b} "
                  f"over {topic} on {rng.choice(('Monday', 'Tuesday', 'Friday'))}, {rng.choice(FILLER)}, "
                  f"{_sentence(rng, 8, 16)}."]
    for _ in range(rng.randint(3, 6)):
        paragraphs.append(f"{_sentence(rng, 20, 45).capitalize()}, {rng.choice(FILLER)}.")
    text = headline + "\n" + "\n".join(paragraphs) + "\n(END)\n"
    return headline, text


def documents(count: int) -> list[dict[str, str]]:
    docs: list[dict[str, str]] = []
    n = 0
    while len(docs) < count:
        n += 1
        headline, text = story(n)
        published = (date(2019, 1, 1) + timedelta(days=random.Random(-n).randrange(1461))).isoformat()
        docs.append({"id": f"gen-{n}", "text": text, "published": published})
        if n % 10 == 0 and len(docs) < count:  # a re-lead: tag, one more paragraph
            lead = text.replace(headline, "(LEAD) " + headline, 1).replace(
                "(END)", "Further details were expected later in the day, officials said.\n(END)")
            docs.append({"id": f"gen-{n}-lead", "text": lead, "published": published})
    return docs


def build(db: Path, count: int) -> float:
    from wirewatch.store import Store

    shards = db.parent / "shards"
    shards.mkdir(parents=True, exist_ok=True)
    docs = documents(count)
    paths = []
    for i in range(0, len(docs), 10_000):
        path = shards / f"docs-{i // 10_000:03d}.jsonl.gz"
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            for doc in docs[i:i + 10_000]:
                handle.write(json.dumps(doc) + "\n")
        paths.append(path)
    started = time.perf_counter()
    with Store(db) as store:
        store.ingest(paths, only="structure", text_field="text", id_field="id", date_field="published",
                     batch_size=500)
    return time.perf_counter() - started


def thread_check(db: Path, count: int) -> dict[str, int]:
    """How the store threaded the generated corpus: every (LEAD) should be in its original's story,
    and nothing else merged (stories = documents - leads)."""
    docs = documents(count)
    leads = [d["id"][:-len("-lead")] for d in docs if d["id"].endswith("-lead")]
    conn = sqlite3.connect(db)
    story = dict(conn.execute("SELECT a.id, m.story FROM story_members m JOIN articles a ON a.uid = m.uid"))
    conn.close()
    return {"leads": len(leads), "leads_joined": sum(story.get(i) == story.get(i + "-lead") for i in leads),
            "stories": len(set(story.values())), "stories_expected": len(docs) - len(leads)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def targets(db: Path, count: int, seed: int = 0) -> list[str]:
    conn = sqlite3.connect(db)
    uids = [r[0] for r in conn.execute("SELECT uid FROM articles ORDER BY random() LIMIT 5000")]
    headlines = [r[0] for r in conn.execute("SELECT headline FROM articles ORDER BY random() LIMIT 2000")]
    conn.close()
    rng = random.Random(seed)
    words = [w for h in headlines for w in re.findall(r"[A-Za-z]{4,}", h) if w.lower() not in ("report",)]
    urls = []
    for i in range(count):
        query = " ".join(rng.sample(words, rng.choice((1, 1, 2)))).replace(" ", "+")
        # what a browser asks for: a search page, its facets fragment (htmx), an article
        page = (f"/search?q={query}", f"/search/facets?q={query}", f"/article/{rng.choice(uids)}")[i % 3]
        urls.append(page)
    return urls


async def load(base: str, urls: list[str], clients: int,
               think: float = 0.0) -> tuple[list[tuple[str, float]], list[str]]:
    """Python clients (httpx): slower than wrk per request, but the latency of every URL is kept."""
    import httpx

    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    timings: list[tuple[str, float]] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        async def client() -> None:
            while not queue.empty():
                url = queue.get_nowait()
                started = time.perf_counter()
                try:
                    response = await http.get(url)
                    if response.status_code != 200:
                        errors.append(f"{response.status_code} {url}")
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__} {url}")
                timings.append((url, time.perf_counter() - started))
                if think:
                    await asyncio.sleep(think * random.uniform(0.5, 1.5))
        await asyncio.gather(*(client() for _ in range(clients)))
    return timings, errors


def ensure_wrk() -> str:
    """The wrk binary, installed from Debian's packages when missing (as the Makefile does chromium)."""
    found = shutil.which("wrk")
    if found is None:
        print("installing wrk (apt-get install -y wrk)", file=sys.stderr)
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True, stdout=subprocess.DEVNULL)
        found = shutil.which("wrk")
    if found is None:
        raise SystemExit("wrk is not installed and apt-get could not install it; use --tool python")
    return found


def run_wrk(base: str, urls: list[str], clients: int, duration: float, think: float,
            workdir: Path) -> dict[str, object]:
    """Closed-loop load from wrk: `clients` connections for `duration` seconds, one JSON summary."""
    listing = workdir / "wrk-urls.txt"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    env = {**os.environ, "WRK_URLS": str(listing), "WRK_THINK_MS": str(int(think * 1000)),
           "WRK_THREADS": "1"}
    command = [ensure_wrk(), "-t", "1", "-c", str(clients), "-d", f"{duration:.0f}s", "--timeout", "10s",
               "-s", str(ROOT / "benchmarks" / "wrk_urls.lua"), base]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    summary: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return summary


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its descendants (the uvicorn workers), from /proc."""
    children: dict[int, list[int]] = {}
    stats: dict[int, list[str]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(entry.name)] = fields
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    ticks = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        if current in stats:  # utime, stime, and those of reaped children
            total += sum(int(v) for v in stats[current][11:15]) / ticks
        todo += children.get(current, [])
    return total


def wait_ready(base: str, seconds: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/stats.json", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the server did not come up")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def in_app_summary(log: dict[str, list[Any]]) -> dict[str, object]:
    """web_timed_server.py's log: share of requests, p50/p95/p99 ms inside the app per (page kind,
    cache answer), and the event loop's lag."""
    groups: dict[str, list[float]] = {}
    slices: dict[int, list[float]] = {}
    for kind, cache, ms, ended in log["requests"]:
        groups.setdefault(f"{kind}/{cache}", []).append(ms)
        slices.setdefault(int(ended // 5), []).append(ms)
    total = max(1, len(log["requests"]))
    summary: dict[str, object] = {
        name: {"share_pct": round(100 * len(values) / total, 1),
               "p50_ms": round(statistics.median(values), 1), "p95_ms": round(percentile(values, 0.95), 1),
               "p99_ms": round(percentile(values, 0.99), 1)}
        for name, values in sorted(groups.items()) if len(values) >= 20}
    # the warm-up's requests are in the first slice too; a cold start shows as a slow first slice or two
    summary["per_5s"] = [{"from_s": 5 * n, "requests": len(v), "p50_ms": round(statistics.median(v), 1),
                          "p95_ms": round(percentile(v, 0.95), 1)} for n, v in sorted(slices.items())]
    lags = log["loop_lag_ms"]
    if lags:
        summary["loop_lag"] = {"wakes": len(lags), "p50_ms": round(statistics.median(lags), 1),
                               "p95_ms": round(percentile(lags, 0.95), 1), "max_ms": round(max(lags), 1)}
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load (wrk)")
    parser.add_argument("--requests", type=int, default=2000, help="requests in total (--tool python)")
    parser.add_argument("--tool", choices=("wrk", "python"), default="wrk")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ww-web-bench"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--workers", type=int, default=None,
                        help="server processes (wirewatch serve --workers; default: its own default)")
    parser.add_argument("--cache-mb", type=int, default=None, help="wirewatch serve --cache-mb (0: no cache)")
    parser.add_argument("--renderers", type=int, default=None, help="wirewatch serve --renderers")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean seconds each client waits between requests (0: back to back)")
    parser.add_argument("--server-src", type=Path, default=None,
                        help="run the server from this src directory (another checkout) instead")
    parser.add_argument("--per-kind", action="store_true",
                        help="time each request inside the app, by page kind, and the event loop's lag")
    args = parser.parse_args()
    if args.per_kind and (args.workers not in (None, 1) or args.cache_mb is not None):
        parser.error("--per-kind serves one process with the default page cache")
    db = args.workdir / f"web-{args.articles}.db"
    if args.rebuild or not db.exists():
        for old in args.workdir.glob(db.name + "*"):
            old.unlink()
        args.workdir.mkdir(parents=True, exist_ok=True)
        seconds = build(db, args.articles)
        print(f"built {db} ({args.articles} articles, structure level) in {seconds:.0f} s "
              f"= {args.articles / seconds:.0f} docs/s")
        print("story threads:", json.dumps(thread_check(db, args.articles)))
    conn = sqlite3.connect(db)
    articles, threads = conn.execute("SELECT (SELECT COUNT(*) FROM articles), "
                                     "(SELECT COUNT(*) FROM stories WHERE articles > 1)").fetchone()
    conn.close()
    port = free_port()
    command = [sys.executable, "-m", "wirewatch", "serve", "--db", str(db), "--port", str(port)]
    timing_log = args.workdir / "timing.json"
    if args.per_kind:
        timing_log.unlink(missing_ok=True)
        command = [sys.executable, str(ROOT / "benchmarks" / "web_timed_server.py"), "--db", str(db),
                   "--port", str(port), "--log", str(timing_log)]
    if args.workers is not None:
        command += ["--workers", str(args.workers)]
    if args.cache_mb is not None:
        command += ["--cache-mb", str(args.cache_mb)]
    if args.renderers is not None:
        command += ["--renderers", str(args.renderers)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if args.server_src is not None:
        env["PYTHONPATH"] = str(args.server_src.resolve())
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    result: dict[str, object] = {
        "articles": articles, "story_threads": threads, "clients": args.clients, "think_s": args.think,
        "workers": args.workers, "cache_mb": args.cache_mb, "renderers": args.renderers, "tool": args.tool,
        "load_average_before": os.getloadavg()[0]}
    try:
        assert server.stderr is not None
        server.stderr.readline()  # "serving ... at ..."
        base = f"http://127.0.0.1:{port}"
        wait_ready(base)
        asyncio.run(load(base, targets(db, 100, seed=1), 10))  # warm-up: connections, page cache
        server_cpu = cpu_seconds(server.pid)
        own = resource.getrusage(resource.RUSAGE_SELF)
        waited = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        if args.tool == "wrk":
            urls = targets(db, max(args.requests, 100_000))  # more than any run gets through
            summary = run_wrk(base, urls, args.clients, args.duration, args.think, args.workdir)
        else:
            timings, errors = asyncio.run(load(base, targets(db, args.requests), args.clients, args.think))
        wall = time.perf_counter() - started
        result["server_cpu_s"] = round(cpu_seconds(server.pid) - server_cpu, 1)
        # before the server is stopped and reaped, so that only wrk is in the children's count
        after, reaped = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    result["load_tool_cpu_s"] = round(
        (reaped.ru_utime + reaped.ru_stime - waited.ru_utime - waited.ru_stime) if args.tool == "wrk"
        else (after.ru_utime + after.ru_stime - own.ru_utime - own.ru_stime), 1)
    result["load_average_after"] = os.getloadavg()[0]
    result["wall_s"] = round(wall, 1)
    if args.per_kind:
        result["in_app"] = in_app_summary(json.loads(timing_log.read_text(encoding="utf-8")))
    if args.tool == "wrk":
        count = int(summary["requests"])  # type: ignore[call-overload]
        result.update({"requests": count, "requests_per_s": round(count / wall, 1)})
        result["errors"] = {k: summary[k] for k in ("http_errors", "connect_errors", "read_errors",
                                                     "write_errors", "timeouts")}
        result["all"] = {f"{k}_ms": round(int(summary[f"{k}_us"]) / 1000, 1)  # type: ignore[call-overload]
                         for k in ("p50", "p95", "p99", "max")}
        result["server_cpu_ms_per_request"] = round(1000 * float(result["server_cpu_s"]) / max(1, count), 2)
        print(json.dumps(result, indent=1))
        return
    result.update({"requests": len(timings), "errors": len(errors),
                   "requests_per_s": round(len(timings) / wall, 1)})
    for kind, prefix in (("search", "/search?"), ("facets", "/search/facets"), ("article", "/article"),
                         ("all", "/")):
        values = [t * 1000 for url, t in timings if url.startswith(prefix)]
        result[kind] = {"p50_ms": round(statistics.median(values), 1),
                        "p95_ms": round(percentile(values, 0.95), 1),
                        "p99_ms": round(percentile(values, 0.99), 1), "max_ms": round(max(values), 1)}
    print(json.dumps(result, indent=1))
    for error in errors[:10]:
        print("error:", error)


if __name__ == "__main__":
    main()
