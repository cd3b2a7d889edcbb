"""Furniture found late is stripped from older articles: only from those it changes, resumably."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from wirecopy import story
from wirewatch.store import Store, furniture, restrip
from wirewatch.store.ingest import IngestSummary

BOILER = "Subscribe to the Example Wire morning briefing for the latest headlines."


def _wire(root: Path, numbers: range, boiler: set[int]) -> Path:
    """Yonhap stories (one furniture group), the boilerplate paragraph on those in `boiler`; no
    other paragraph recurs (the generated "next round" line would, by chance)."""
    root.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        text = story(n, agency=0, extra=BOILER if n in boiler else "")
        text = text.replace("The next round", f"Round {n}")
        (root / f"story-{n:04d}.txt").write_text(text, encoding="utf-8")
    return root


def _stripped(store: Store, n: int, root: Path) -> int:
    record = store.get(str(root / f"story-{n:04d}.txt"))
    assert record is not None
    return int(record["furniture_stripped"])


def test_late_furniture_restrips_only_the_articles_that_carry_it(store: Store, tmp_path: Path) -> None:
    # first run: the paragraph is in 3 stories, too few to be furniture; it stays searchable
    first = store.ingest([_wire(tmp_path / "one", range(0, 40), {0, 1, 2})], only="structure")
    assert first.restripped == 0 and store.furniture() == []
    assert len(store.search('"morning briefing"')) == 3
    # second run: 20 more carry it (23 of 80): furniture now, in the new articles and the 3 old ones
    second = store.ingest([_wire(tmp_path / "two", range(40, 80), set(range(40, 60)))], only="structure")
    assert [row["line"] for row in store.furniture()] == [BOILER]
    assert store.search('"morning briefing"') == []
    assert _stripped(store, 0, tmp_path / "one") == 1 and _stripped(store, 3, tmp_path / "one") == 0
    # the 23 carriers were found through the search index: none of the 57 others was even read
    assert second.restripped == 23
    assert store.writer.restripped.examined == 23
    assert store.ingest([tmp_path / "one"], only="structure").restripped == 0  # nothing left to do


def test_an_interrupted_restrip_is_finished_by_the_next_ingest(store: Store, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    root = _wire(tmp_path / "wire", range(0, 40), set(range(0, 12)))
    monkeypatch.setattr(restrip, "BATCH", 5)

    def interrupt_after_ten(summary: IngestSummary) -> None:
        if summary.restripped >= 10:  # Ctrl-C during the end-of-ingest re-strip, after two batches
            raise KeyboardInterrupt

    # the 40 are stored before the paragraph is known to be furniture; 12 carry it
    with pytest.raises(KeyboardInterrupt):
        store.ingest([root], only="structure", progress=interrupt_after_ten)
    assert sum(_stripped(store, n, root) for n in range(12)) == 10  # the two batches were kept
    again = store.ingest([root], only="structure")
    assert (again.duplicates, again.restripped) == (40, 2)
    assert sum(_stripped(store, n, root) for n in range(12)) == 12
    assert store.search('"morning briefing"') == []


def test_a_paragraph_that_stops_being_furniture_is_searchable_again(store: Store, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(furniture, "MIN_SHARE", 0.5)
    monkeypatch.setattr(furniture, "KEEP_SHARE", 0.25)
    store.ingest([_wire(tmp_path / "one", range(0, 8), set(range(0, 8)))], only="structure")
    assert store.search('"morning briefing"') == []
    # 8 of 80 is 10%: surely under the 25% a paragraph needs to stay furniture
    later = store.ingest([_wire(tmp_path / "two", range(8, 80), set())], only="structure")
    assert store.furniture() == []
    assert len(store.search('"morning briefing"')) == 8
    assert later.restripped == 8 and _stripped(store, 0, tmp_path / "one") == 0


def test_a_store_from_before_furniture_sets_keeps_its_stripping_after_the_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    root = _wire(tmp_path / "one", range(0, 40), set(range(0, 12)))
    with Store(db) as store:
        store.ingest([root], only="structure")
    with sqlite3.connect(db) as conn:  # back to schema 2: no record of which set stripped what
        conn.execute("DROP TABLE furniture_sets")
        conn.execute("PRAGMA user_version = 2")
    with Store(db) as store:
        later = store.ingest([_wire(tmp_path / "two", range(40, 50), {40})], only="structure")
        # the old epochs' articles are read once against the recorded set; none needed a change
        assert later.restripped == 0 and store.writer.restripped.examined > 0
        assert store.search('"morning briefing"') == []
        assert store.ingest([root], only="structure").restripped == 0
        assert store.writer.restripped.examined == 0  # and never again
