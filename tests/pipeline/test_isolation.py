"""One document never costs the others: limits, windows, failing stages, time budgets, lost workers."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from pipeline.test_evidence import _check_offsets
from support import ROOT
from wirecopy import story
from wirewatch.nlp import windows
from wirewatch.nlp.windows import parse_long, window_bounds
from wirewatch.pipeline import Analyzer
from wirewatch.records import Article, Document, Rejected

EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def _docs(*texts: str) -> list[Document]:
    return [Document(id=f"d{n}", text=text, source=f"d{n}") for n, text in enumerate(texts)]


def test_windows_cover_the_text_and_end_at_paragraph_breaks() -> None:
    text = "".join(f"Paragraph {n} says something about the talks.\n\n" for n in range(400))
    bounds = list(window_bounds(text, 1000))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))  # no gap, no overlap
    assert all(end - start <= 1000 for start, end in bounds)
    assert all(text[end - 2:end] == "\n\n" for _, end in bounds[:-1])
    # a text with no break at all is still cut, into pieces no longer than the window
    assert [e - s for s, e in window_bounds("x" * 2500, 1000)] == [1000, 1000, 500]


def test_text_over_the_limit_is_rejected_before_any_stage() -> None:
    results = list(Analyzer(only="structure", max_chars=5000).analyze_many(_docs(story(1), "x" * 5001)))
    assert isinstance(results[0], Article)
    assert isinstance(results[1], Rejected) and results[1].code == "A002"
    assert "--max-chars" in results[1].reason


@pytest.mark.model
def test_windowed_parse_keeps_the_text_and_its_offsets(nlp: Any) -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in EXAMPLES[:4])
    doc = parse_long(nlp, text, 3000)
    assert doc.text == text
    assert doc.ents and all(text[e.start_char:e.end_char] == e.text for e in doc.ents)


@pytest.mark.model
def test_long_document_is_analysed_in_windows_with_true_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue #8: a text over spaCy's max_length (E088) lost the whole batch; now it is cut in windows.
    # A small window stands in for the 100,000 characters, so the test stays quick.
    monkeypatch.setattr(windows, "WINDOW_CHARS", 2500)
    text = "SEOUL, Oct. 5 (Yonhap) -- " + "\n\n".join(
        "North Korea fired a missile on Tuesday, South Korean officials said." for _ in range(160))
    assert len(text) > 4 * 2500
    (article,) = Analyzer(only="events", doc_timeout=None).analyze_many(_docs(text))
    assert isinstance(article, Article), article
    # the same act restated 160 times is one event with a mention per restatement (events/dedup.py)
    assert len(article.entities) >= 300
    assert sum(len(e.mentions) or 1 for e in article.events) >= 150
    assert all(article.text[s:e] == "North Korea fired" for ev in article.events for s, e in ev.mentions)
    _check_offsets(article)


@pytest.mark.model
def test_a_failing_stage_rejects_only_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirewatch.nlp.quotes import extract

    real = extract.extract_quotes

    def flaky(article: Article, doc: Any) -> None:
        if "POISON" in article.text:
            raise RuntimeError("the quotes stage broke")
        real(article, doc)

    monkeypatch.setattr(extract, "extract_quotes", flaky)
    results = list(Analyzer(only="nlp").analyze_many(_docs(story(1), story(2, extra="POISON"), story(3))))
    assert [type(r).__name__ for r in results] == ["Article", "Rejected", "Article"]
    assert results[1].code == "A001" and "the quotes stage broke" in results[1].reason  # type: ignore[union-attr]


@pytest.mark.model
def test_a_failing_spacy_batch_is_retried_one_by_one(nlp: Any) -> None:
    class Brittle:  # fails on any batch, and on one text alone
        def pipe(self, texts: Any, **kwargs: Any) -> Any:
            raise ValueError("[E088] Text of length 1200000 exceeds maximum")

        def __call__(self, text: str) -> Any:
            if "POISON" in text:
                raise ValueError("cannot parse this one")
            return nlp(text)

    analyzer = Analyzer(only="nlp")
    analyzer._nlp = Brittle()
    results = list(analyzer.analyze_many(_docs(story(1), story(2, extra="POISON"), story(3))))
    assert [type(r).__name__ for r in results] == ["Article", "Rejected", "Article"]
    assert "cannot parse this one" in results[1].reason  # type: ignore[union-attr]


@pytest.mark.model
def test_time_budget_rejects_a_runaway_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirewatch.nlp.time import extract

    real = extract.extract_timexes

    def slow(article: Article, doc: Any) -> None:
        if "POISON" in article.text:
            time.sleep(30)
        real(article, doc)

    monkeypatch.setattr(extract, "extract_timexes", slow)
    started = time.monotonic()
    results = list(Analyzer(only="nlp", doc_timeout=2).analyze_many(
        _docs(story(1), story(2, extra="POISON"), story(3))))
    assert time.monotonic() - started < 20
    assert [type(r).__name__ for r in results] == ["Article", "Rejected", "Article"]
    assert results[1].code == "A003" and "--doc-timeout" in results[1].reason  # type: ignore[union-attr]


@pytest.mark.model
@pytest.mark.slow
def test_a_dead_or_stuck_worker_costs_only_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    import wirewatch.parallel as parallel
    from wirewatch.nlp.time import extract

    real = extract.extract_timexes

    def hostile(article: Article, doc: Any) -> None:
        if "DIE" in article.text:
            os._exit(3)  # as the OOM killer or a segfault would end it
        if "HANG" in article.text:  # a loop the alarm cannot stop: SIGALRM blocked
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(600)
        real(article, doc)

    monkeypatch.setattr(extract, "extract_timexes", hostile)  # forked workers inherit the patch
    monkeypatch.setattr(parallel, "HARD_LIMIT_GRACE", 2.0)
    texts = [story(1), story(2, extra="DIE"), story(3), story(4, extra="HANG"), story(5)]
    started = time.monotonic()
    results = list(parallel.analyze_parallel(_docs(*texts), workers=2, only="nlp", doc_timeout=0.5))
    assert time.monotonic() - started < 120
    assert [r.id for r in results] == ["d0", "d1", "d2", "d3", "d4"]  # input order, nothing lost
    assert [getattr(r, "code", "ok") for r in results] == ["ok", "A004", "ok", "A003", "ok"]


@pytest.mark.slow
def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(40):
        (corpus / f"s{n}.txt").write_text(story(n))
    cli = Path(sys.executable).with_name("wirewatch")
    parent = subprocess.Popen([str(cli), "ingest", str(corpus), "--db", str(tmp_path / "k.db"),
                               "--workers", "2", "--quiet"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
        workers = _children(parent.pid)
        time.sleep(0.2)
    assert len(workers) >= 2, "the pool never started"
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if _alive(pid)], "workers outlived their parent"


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    if int(handle.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except OSError:
                continue
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowed alarm
def test_the_budget_fires_again_when_its_first_alarm_is_swallowed() -> None:
    from wirewatch.budget import time_budget
    from wirewatch.errors import OverTimeBudget

    class Finalizer:  # Python prints and drops an exception raised in __del__
        def __del__(self) -> None:
            time.sleep(1.0)  # the first alarm lands here

    started = time.monotonic()
    with pytest.raises(OverTimeBudget), time_budget(0.3, "doc"):
        Finalizer()
        time.sleep(10)  # without the repeat, nothing would stop this
    assert time.monotonic() - started < 5
    time.sleep(1.5)  # and once the block is left, no alarm is still pending
