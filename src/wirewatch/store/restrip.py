"""Bring stored articles up to their group's current furniture set, touching only those that change.

Each article records the epoch of the set it was stripped with (`articles.furniture_epoch`), and
`furniture_sets` records each epoch's set and `agrees_with`: the epoch whose set that epoch's
remaining articles are known to agree with. An old epoch needs work only when the set it agrees
with differs from the current one, and then only on the articles that can differ:

* a paragraph that joined the set is still in those articles' indexed (stripped) body, so the
  full-text index finds them: a phrase query on its words, restricted to those epochs' articles;
* a paragraph that left the set was stripped from its articles, so the index cannot find them:
  the epoch's articles that had anything stripped are read. `furniture.KEEP_SHARE` makes this rare.

One index query per paragraph that joined the set finds its candidates in every older epoch.
Candidates are re-stripped in batches of `BATCH`, one transaction each; only those whose stripped
body changes are written (with the current epoch), so a re-run after an interruption skips them.
When every candidate is done, the older epochs are marked as agreeing with the current set.
A store made before the sets were recorded (keys unknown) reads the epoch's articles once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import furniture
from .backend import Backend, Connection
from .tsquery import tokens

BATCH = 500


@dataclass(slots=True)
class Restripped:
    examined: int = 0  # candidate articles read
    changed: int = 0   # of those, articles whose stripped body changed (written)


def recorded_keys(conn: Connection, grp: str, epoch: int) -> frozenset[int] | None:
    """The furniture set of `grp` at `epoch`; None when it was not recorded (an older store).
    Epoch 0 is the empty set every group starts with."""
    row = conn.execute("SELECT keys FROM furniture_sets WHERE grp = ? AND epoch = ?", (grp, epoch)).fetchone()
    if row is None:
        return frozenset() if epoch == 0 else None
    return None if row[0] is None else frozenset(int(k) for k in json.loads(row[0]))


def record_epoch(conn: Connection, grp: str, epoch: int, keys: Iterable[int] | None) -> None:
    """Note an epoch's set (None: not known), unless it is already noted."""
    conn.execute("INSERT INTO furniture_sets (grp, epoch, keys, agrees_with) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (grp, epoch) DO NOTHING",
                 (grp, epoch, None if keys is None else json.dumps(sorted(keys)), epoch))


def _phrase_words(conn: Connection, grp: str, key: int) -> list[str]:
    """The words of a furniture paragraph, for a phrase query (the stored line is its first 200
    characters: a word cut there is dropped)."""
    row = conn.execute("SELECT line, chars FROM furniture_lines WHERE grp = ? AND key = ?",
                       (grp, key)).fetchone()
    if row is None:
        return []
    words = tokens(row[0])
    return words[:-1] if int(row[1]) > len(row[0]) else words


def candidates(conn: Connection, backend: Backend, grp: str, bases: dict[int, frozenset[int] | None],
               current: frozenset[int]) -> list[int]:
    """Rowids of the group's articles, of the epochs in `bases` (epoch -> the set its articles agree
    with, None: unknown), whose stripped body may differ under `current`. One index query per
    paragraph that joined the set, whichever epochs lack it."""
    found: set[int] = set()
    every = "SELECT rowid FROM articles WHERE grp = ? AND furniture_epoch = ?"
    added: dict[int, list[int]] = {}  # paragraph key -> the epochs whose articles may still carry it
    for epoch, base in bases.items():
        if base is None:
            found.update(int(r[0]) for r in conn.execute(every, (grp, epoch)))
            continue
        if base - current:  # a paragraph left the set: the articles that had anything stripped
            found.update(int(r[0]) for r in conn.execute(every + " AND furniture > 0", (grp, epoch)))
        for key in current - base:
            added.setdefault(key, []).append(epoch)
    for key, epochs in sorted(added.items()):
        words = _phrase_words(conn, grp, key)
        if not words:  # a paragraph without words: nothing to look it up by
            for epoch in epochs:
                found.update(int(r[0]) for r in conn.execute(every, (grp, epoch)))
            continue
        found.update(int(r[0]) for r in conn.execute(backend.sql.furniture_candidates,
                                                     (grp, json.dumps(epochs), backend.body_phrase(words))))
    return sorted(found)


def settle(conn: Connection, backend: Backend, begin: Callable[[], object], grp: str, done: Restripped,
           progress: Callable[[Restripped], object] | None = None) -> None:
    """Re-strip what differs from the group's current set, counting into `done`; then mark the older
    epochs as agreeing with it."""
    row = conn.execute("SELECT epoch FROM furniture_groups WHERE grp = ?", (grp,)).fetchone()
    if row is None:
        return
    current_epoch = int(row[0])
    current = recorded_keys(conn, grp, current_epoch)
    if current is None:  # the writer records a set before settling; nothing to compare with
        return
    old = [(int(e), int(a)) for e, a in conn.execute(
        "SELECT epoch, agrees_with FROM furniture_sets WHERE grp = ? AND epoch != ? AND agrees_with != ? "
        "ORDER BY epoch", (grp, current_epoch, current_epoch))]
    if not old:
        return
    bases = {epoch: recorded_keys(conn, grp, agrees_with) for epoch, agrees_with in old}
    rowids = candidates(conn, backend, grp, {e: b for e, b in bases.items() if b != current}, current)
    for start in range(0, len(rowids), BATCH):
        begin()
        try:
            _restrip(conn, backend, rowids[start:start + BATCH], current_epoch, current, done)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        if progress:
            progress(done)
    begin()
    try:
        conn.executemany("UPDATE furniture_sets SET agrees_with = ? WHERE grp = ? AND epoch = ?",
                         [(current_epoch, grp, epoch) for epoch, _ in old])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _restrip(conn: Connection, backend: Backend, rowids: list[int], current_epoch: int,
             current: frozenset[int], done: Restripped) -> None:
    marks = ",".join("?" * len(rowids))
    rows: list[Any] = conn.execute(  # one done before an interruption is at the current epoch now
        "SELECT uid, full_body, body_clean, furniture, headline FROM articles_v "
        f"WHERE rid IN ({marks}) AND furniture_epoch != ?", [*rowids, current_epoch]).fetchall()
    for uid, body, old_clean, old_count, headline in rows:
        done.examined += 1
        clean, removed = furniture.strip(body, current)
        new_clean = clean if removed else None
        if new_clean == old_clean and removed == old_count:
            continue
        row = {"uid": uid, "body_clean": new_clean, "furniture": removed, "furniture_epoch": current_epoch,
               "headline": headline}
        backend.search_fields(row, clean)
        conn.execute(backend.sql.restrip_article, row)
        done.changed += 1
