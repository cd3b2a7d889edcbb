"""What the million-article benchmarks share: the story generator and the measuring helpers.

    from million_common import stories, write_corpus, RssSampler, run_measured, search_latencies

`stories(n, seed)` yields n distinct wire stories, deterministic from the seed and streamed (one at a
time, never a list): 14 agencies with their own dateline and end-marker forms, dates from 1990 to
2025, 60 countries with capitals and ministries, generated person names, quotes and actions between
actors, 4-7 paragraphs (about 150-230 words). Every story carries the JSON field `published` (its
ISO date) and a unique id; its text is unique by construction (a dispatch number in the body).

`RssSampler` samples the resident memory of a process and all its descendants from /proc while it
runs (so worker pools count too); `run_measured` runs a command under it. `search_latencies` times
queries through any search function. Nothing here writes inside the project.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# agency, dateline form ({CITY}, {Mon}, {D}, {Month}, {Y}), end marker or None
AGENCIES = (
    ("Yonhap", "{CITY}, {Mon} {D} (Yonhap) --", "(END)"),
    ("Reuters", "{CITY}, {Month} {D} (Reuters) -", None),
    ("AFP", "{CITY}, {Month} {D}, {Y} (AFP) -", None),
    ("AP", "{CITY} (AP) —", None),
    ("Xinhua", "{CITY}, {Mon} {D} (Xinhua) --", "Enditem"),
    ("KCNA", "{City}, {Month} {D} (KCNA) --", "-0-"),
    ("Kyodo", "{CITY}, {Mon} {D} (Kyodo) --", "==Kyodo"),
    ("TASS", "{CITY}, {Month} {D}. /TASS/.", None),
    ("UPI", "{CITY}, {Mon} {D} (UPI) --", None),
    ("Bernama", "{CITY}, {Month3} {D} (Bernama) --", None),
    ("PTI", "{City}, {Month3} {D} (PTI)", None),
    ("dpa", "{City} (dpa) -", None),
    ("ANSA", "{CITY}, {Month} {D} (ANSA) -", None),
    ("Anadolu", "{CITY}, {Month} {D} (AA) -", None),
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MONS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# country, capital, adjective
COUNTRIES = (
    ("South Korea", "Seoul", "South Korean"), ("North Korea", "Pyongyang", "North Korean"),
    ("Japan", "Tokyo", "Japanese"), ("China", "Beijing", "Chinese"),
    ("the United States", "Washington", "U.S."),
    ("Russia", "Moscow", "Russian"), ("France", "Paris", "French"), ("Germany", "Berlin", "German"),
    ("Britain", "London", "British"), ("Italy", "Rome", "Italian"), ("Spain", "Madrid", "Spanish"),
    ("India", "New Delhi", "Indian"), ("Pakistan", "Islamabad", "Pakistani"), ("Iran", "Tehran", "Iranian"),
    ("Iraq", "Baghdad", "Iraqi"), ("Turkey", "Ankara", "Turkish"), ("Egypt", "Cairo", "Egyptian"),
    ("Israel", "Jerusalem", "Israeli"), ("Jordan", "Amman", "Jordanian"), ("Syria", "Damascus", "Syrian"),
    ("Saudi Arabia", "Riyadh", "Saudi"), ("Kenya", "Nairobi", "Kenyan"), ("Nigeria", "Abuja", "Nigerian"),
    ("Ethiopia", "Addis Ababa", "Ethiopian"), ("South Africa", "Pretoria", "South African"),
    ("Brazil", "Brasilia", "Brazilian"), ("Argentina", "Buenos Aires", "Argentine"),
    ("Chile", "Santiago", "Chilean"), ("Mexico", "Mexico City", "Mexican"), ("Canada", "Ottawa", "Canadian"),
    ("Australia", "Canberra", "Australian"), ("Indonesia", "Jakarta", "Indonesian"),
    ("Malaysia", "Kuala Lumpur", "Malaysian"), ("Vietnam", "Hanoi", "Vietnamese"),
    ("Thailand", "Bangkok", "Thai"), ("the Philippines", "Manila", "Philippine"),
    ("Poland", "Warsaw", "Polish"), ("Ukraine", "Kyiv", "Ukrainian"), ("Hungary", "Budapest", "Hungarian"),
    ("Greece", "Athens", "Greek"), ("Sweden", "Stockholm", "Swedish"), ("Norway", "Oslo", "Norwegian"),
    ("Colombia", "Bogota", "Colombian"), ("Peru", "Lima", "Peruvian"), ("Venezuela", "Caracas", "Venezuelan"),
    ("Cuba", "Havana", "Cuban"), ("Morocco", "Rabat", "Moroccan"), ("Algeria", "Algiers", "Algerian"),
    ("Sudan", "Khartoum", "Sudanese"), ("Afghanistan", "Kabul", "Afghan"),
    ("Bangladesh", "Dhaka", "Bangladeshi"),
    ("Myanmar", "Naypyidaw", "Myanmar"), ("Mongolia", "Ulan Bator", "Mongolian"),
    ("Kazakhstan", "Astana", "Kazakh"), ("Serbia", "Belgrade", "Serbian"), ("Austria", "Vienna", "Austrian"),
    ("Switzerland", "Geneva", "Swiss"), ("Belgium", "Brussels", "Belgian"), ("Qatar", "Doha", "Qatari"),
    ("Lebanon", "Beirut", "Lebanese"),
)
OFFICES = ("President", "Prime Minister", "Foreign Minister", "Defense Minister", "Trade Minister",
           "Finance Minister", "Interior Minister", "central bank governor", "opposition leader",
           "army chief", "chief negotiator", "Energy Minister")
BODIES = ("foreign ministry", "defense ministry", "trade ministry", "finance ministry", "central bank",
          "parliament", "election commission", "health ministry", "coast guard", "statistics office")
SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "to", "vik", "an", "bel", "dor", "el", "fa", "gor", "han", "is",
             "jun", "kor", "lin", "mar", "nov", "os", "pet", "ra", "sun", "tam", "ul", "ves", "yan", "zar",
             "chen", "park", "kim", "lee", "sato", "ivan", "omar", "ali", "diaz", "silva", "kumar")
ACTIONS = (  # subject-verb-object phrases in the past tense, each one a codable event
    ("urged", "to resume talks on {topic}"), ("criticized", "over {topic}"),
    ("praised", "for its work on {topic}"),
    ("met", "to discuss {topic}"), ("warned", "against escalating the dispute over {topic}"),
    ("accused", "of violating the agreement on {topic}"), ("signed a deal with", "on {topic}"),
    ("threatened", "with sanctions over {topic}"), ("offered aid to", "to help with {topic}"),
    ("rejected a proposal from", "on {topic}"), ("expelled diplomats from", "after a row over {topic}"),
    ("agreed with", "to cooperate on {topic}"), ("demanded that", "explain its position on {topic}"),
    ("invited", "to a summit on {topic}"), ("protested to", "about {topic}"),
)
TOPICS = ("trade tariffs", "fishing rights", "a border dispute", "missile tests", "rice imports",
          "energy prices", "a gas pipeline", "refugee flows", "nuclear inspections", "a port project",
          "climate targets", "vaccine supplies", "currency swaps", "a rail link", "election monitoring",
          "maritime security", "steel exports", "water sharing", "cyber attacks", "debt relief",
          "troop deployments", "grain shipments", "airspace violations", "visa rules", "sanctions relief")
HEADLINE_VERBS = {"signed a deal with": "signs deal with", "offered aid to": "offers aid to",
                  "rejected a proposal from": "rejects proposal from",
                  "expelled diplomats from": "expels diplomats of",
                  "agreed with": "agrees with", "demanded that": "presses", "protested to": "protests to"}
DEMANDS = ("withdraw its troops from the border area", "release the detained sailors",
           "honor the terms of the 2015 accord", "stop the construction work", "lift the import ban",
           "return to the negotiating table", "pay the outstanding debts", "open its ports to inspectors")
COLOR = ("Officials said the talks would continue next {weekday}.",
         "The {body} said it would publish details later.",
         "Analysts said the move was expected to weigh on markets.",
         "No date was set for the next round of negotiations.",
         "The statement did not say how many people were affected.",
         "Diplomats said a compromise was still possible before the end of {month}.",
         "Shares in {country}'s largest exporters fell {n} percent on the news.",
         "The {body} said {n} delegates had attended the meeting.",
         "Opposition lawmakers called for an inquiry into {topic}.",
         "The agreement is due to take effect in {month}.")


def _name(rng: random.Random) -> str:
    first = rng.choice(SYLLABLES).capitalize() + rng.choice(SYLLABLES)
    last = rng.choice(SYLLABLES).capitalize() + rng.choice(SYLLABLES[:20])
    return f"{first} {last}"


def story(serial: int, seed: int = 0) -> dict[str, str]:
    """Story `serial` of the corpus `seed`: a JSON record with id, published (ISO) and text."""
    rng = random.Random(seed * 1_000_003 + serial)
    agency, dateline_form, end = AGENCIES[rng.randrange(len(AGENCIES))]
    here, there = rng.sample(COUNTRIES, 2)
    year, month, day = rng.randint(1990, 2025), rng.randrange(12), rng.randint(1, 28)
    weekday = WEEKDAYS[rng.randrange(7)]
    topic = rng.choice(TOPICS)
    office = rng.choice(OFFICES)
    speaker, other = _name(rng), _name(rng)
    verb, tail = rng.choice(ACTIONS)
    city = here[1]
    dateline = dateline_form.format(CITY=city.upper(), City=city, Mon=MONS[month], Month=MONTHS[month],
                                    Month3=MONTHS[month][:3], D=day, Y=year)
    subject = f"{here[2]} {office} {speaker}"
    headline = f"{here[0][0].upper()}{here[0][1:]} {HEADLINE_VERBS.get(verb, verb)} {there[0]} over {topic}"
    lead = (f"{dateline} {subject} {verb} {there[0]} {tail.format(topic=topic)} on {weekday}, "
            f"the {rng.choice(BODIES)} said.")
    quote = (f"\"We will not accept any delay on {topic},\" {speaker} told reporters in {city}, "
             f"adding that {rng.randint(2, 40)} officials would travel to {there[1]} next month.")
    reply = (f"{there[2]} {rng.choice(OFFICES)} {other} said {there[0]} was ready to hold talks "
             f"but would defend its interests.")
    background = (f"{here[2]} and {there[2]} officials last met in {rng.choice(MONTHS)} {year - 1}, when "
                  f"they agreed to set up a working group on {rng.choice(TOPICS)} and to meet again within "
                  f"a year, a promise that {rng.choice(('was kept', 'went unmet', 'was delayed twice'))}.")
    second = (f"\"Our position has not changed since {year - rng.randint(1, 5)},\" {other} said in a "
              f"statement carried by state media, calling on {here[0]} to {rng.choice(DEMANDS)}.")
    paragraphs = [headline, lead, quote, reply, background, second]
    for _ in range(rng.randint(2, 5)):
        paragraphs.append(rng.choice(COLOR).format(weekday=rng.choice(WEEKDAYS), body=rng.choice(BODIES),
                                                   month=rng.choice(MONTHS), country=here[0],
                                                   n=rng.randint(2, 90), topic=rng.choice(TOPICS)))
    paragraphs.append(f"The {agency} dispatch was number {serial} of the day's file on {topic}.")
    if end:
        paragraphs.append(end)
    return {"id": f"million-{seed}-{serial}", "published": f"{year}-{month + 1:02d}-{day:02d}",
            "text": "\n".join(paragraphs) + "\n"}


def stories(count: int, seed: int = 0, start: int = 0) -> Iterator[dict[str, str]]:
    """Stories `start` .. `start + count - 1`, one at a time."""
    for serial in range(start, start + count):
        yield story(serial, seed)


def write_corpus(directory: Path, count: int, *, seed: int = 0, shard: int = 10_000) -> int:
    """`count` stories as gzipped JSON Lines shards of `shard` records; returns the bytes written."""
    directory.mkdir(parents=True, exist_ok=True)
    for index, start in enumerate(range(0, count, shard)):
        path = directory / f"shard-{index:04d}.jsonl.gz"
        with gzip.open(path, "wb", compresslevel=1) as out:
            for record in stories(min(shard, count - start), seed, start):
                out.write((json.dumps(record) + "\n").encode("utf-8"))
    return sum(p.stat().st_size for p in directory.glob("shard-*.jsonl.gz"))


def words(record: dict[str, str]) -> int:
    return len(record["text"].split())


# -- measuring -------------------------------------------------------------------------------------
def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _pss_kb(pid: int) -> int:
    """Proportional set size: shared pages (forked model weights, libraries) split between the
    processes that share them, so a pool's sum is what it really takes; RSS sums count them twice."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    todo.extend(int(c) for c in children.read().split())
        except OSError:
            continue
    return found


def _cpu_ticks(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (OSError, ValueError, IndexError):
        return 0


@dataclass
class RssSampler:
    """Samples the summed RSS of `pid` and its descendants every `interval` seconds, in a thread, and
    the CPU time each of them has used (steadier than wall time when other jobs share the cores; a
    process's last interval before it exits is missed)."""

    pid: int
    interval: float = 0.5
    others: tuple[int, ...] = ()  # more processes sampled with it (concurrent ingests)
    samples: list[tuple[float, int]] = field(default_factory=list)  # (seconds since start, kB)
    pss_samples: list[int] = field(default_factory=list)  # kB, same instants
    ticks: dict[int, int] = field(default_factory=dict)  # pid -> CPU ticks last seen

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._started = time.monotonic()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = [p for root in (self.pid, *self.others) for p in _descendants(root)]
            for pid in pids:
                self.ticks[pid] = max(self.ticks.get(pid, 0), _cpu_ticks(pid))
            kb = sum(_rss_kb(p) for p in pids)
            if kb:
                self.samples.append((time.monotonic() - self._started, kb))
                self.pss_samples.append(sum(_pss_kb(p) for p in pids))
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def cpu_seconds(self) -> float:
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")

    @property
    def peak_mb(self) -> float:
        return max((kb for _, kb in self.samples), default=0) / 1024

    @property
    def peak_pss_mb(self) -> float:
        return max(self.pss_samples, default=0) / 1024

    def profile_mb(self, parts: int = 10) -> list[float]:
        """The peak of each tenth of the run: flat memory shows as a flat list."""
        if not self.samples:
            return []
        end = self.samples[-1][0] or 1.0
        peaks = [0] * parts
        for t, kb in self.samples:
            i = min(parts - 1, int(t / end * parts))
            peaks[i] = max(peaks[i], kb)
        return [round(kb / 1024, 1) for kb in peaks]


@dataclass
class Measured:
    command: list[str]
    seconds: float
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mb: float
    rss_profile_mb: list[float]
    cpu_seconds: float
    peak_pss_mb: float
    stopped: bool = False  # stopped at the time limit


def run_measured(command: Sequence[str], *, env: dict[str, str] | None = None,
                 max_seconds: float | None = None) -> Measured:
    """Run `command`, sampling its memory (with every child process) until it exits. Past
    `max_seconds` it gets SIGINT (Ctrl-C: `wirewatch ingest` commits what it has and stops);
    `Measured.stopped` says so."""
    return run_measured_together([command], env=env, max_seconds=max_seconds)


def run_measured_together(commands: Sequence[Sequence[str]], *, env: dict[str, str] | None = None,
                          max_seconds: float | None = None) -> Measured:
    """`run_measured` for commands run at the same time (concurrent ingests): memory and CPU summed
    over all of them, the highest return code, their outputs one after the other."""
    started = time.monotonic()
    # a job started in the background by a shell ignores SIGINT, and so would the child: give it
    # back its default, or the Ctrl-C below goes unanswered
    processes = [subprocess.Popen(list(command), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=env, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
                 for command in commands]
    outputs: list[tuple[str, str]] = [("", "")] * len(processes)

    def wait(i: int) -> None:  # each in a thread: a full pipe would otherwise stall a process
        outputs[i] = processes[i].communicate()

    readers = [threading.Thread(target=wait, args=(i,), daemon=True) for i in range(len(processes))]
    stopped = False
    with RssSampler(processes[0].pid, others=tuple(p.pid for p in processes[1:])) as sampler:
        for reader in readers:
            reader.start()
        deadline = None if max_seconds is None else started + max_seconds
        for reader in readers:
            reader.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        if any(reader.is_alive() for reader in readers):
            stopped = True
            for process in processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGINT)
            for reader in readers:
                reader.join()
    return Measured(list(commands[0]) if len(commands) == 1 else [" ".join(c) for c in commands],
                    time.monotonic() - started, max(p.returncode for p in processes),
                    "".join(o for o, _ in outputs), "".join(e for _, e in outputs),
                    round(sampler.peak_mb, 1), sampler.profile_mb(), round(sampler.cpu_seconds, 1),
                    round(sampler.peak_pss_mb, 1), stopped)


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def build_queries(headlines: Sequence[str], count: int, seed: int = 0) -> list[str]:
    """Search queries drawn (seeded) from stored headlines: one to three words and two-word phrases,
    plus words common to most of the corpus (the worst case for ranking)."""
    rng = random.Random(seed)
    common = ["said", "talks", "minister", "officials", "percent", "trade", "sanctions"]
    pools = [[w for w in h.replace(",", " ").split() if len(w) > 3 and w.isalpha()] for h in headlines]
    pools = [p for p in pools if len(p) >= 3]
    queries = common[:count]
    while len(queries) < count and pools:
        pool = rng.choice(pools)
        kind = rng.random()
        if kind < 0.3:
            queries.append(rng.choice(pool).lower())
        elif kind < 0.8:
            queries.append(" ".join(w.lower() for w in rng.sample(pool, 2 if kind < 0.6 else 3)))
        else:
            at = rng.randrange(len(pool) - 1)
            queries.append('"' + " ".join(pool[at:at + 2]).lower() + '"')
    return queries


def search_latencies(search: Callable[[str], object], queries: Sequence[str]) -> dict[str, float]:
    """Milliseconds per query (p50, p95, p99, max) through `search`, after one warm-up pass of 10."""
    for query in queries[:10]:
        search(query)
    times = []
    for query in queries:
        started = time.perf_counter()
        search(query)
        times.append((time.perf_counter() - started) * 1000)
    return {"queries": len(times), "p50_ms": round(percentile(times, 50), 1),
            "p95_ms": round(percentile(times, 95), 1), "p99_ms": round(percentile(times, 99), 1),
            "max_ms": round(max(times, default=0.0), 1), "mean_ms": round(statistics.fmean(times or [0]), 1)}


def dir_mb(paths: Sequence[Path]) -> float:
    return round(sum(p.stat().st_size for p in paths if p.exists()) / 1e6, 1)
