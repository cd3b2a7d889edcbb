"""The store's schema migrations: one numbered list, each step written for both databases.

A step's SQLite function is in migrations.py, its PostgreSQL one in pg_schema.py; each backend
applies the steps its database has not seen, one transaction each (with the version bump), in order.
To change the schema, append a step; never edit one that has shipped. (One exception: step 2 used to
group the stored articles too; that grouping writes step 4's band rows, so step 4 does it now. Every
store ends in the same state.)
"""

from __future__ import annotations

from dataclasses import dataclass

from . import migrations, pg_schema


@dataclass(frozen=True, slots=True)
class Step:
    version: int
    what: str
    sqlite: migrations.Migration
    postgres: pg_schema.Migration


STEPS = (
    Step(1, "articles, their analyses, rejects, furniture counts, runs", migrations.initial,
         pg_schema.initial),
    Step(2, "story threads, with the stored articles grouped", migrations.story_threads,
         pg_schema.story_threads),
    Step(3, "each furniture epoch's set, for re-stripping only what changes", migrations.furniture_sets,
         pg_schema.furniture_sets),
    Step(4, "story band rows keyed by (band, day); stored articles not in a story grouped",
         migrations.bands_by_day, pg_schema.bands_by_day),
    Step(5, "a story's members indexed by agency (the join and merge checks)", migrations.story_agency_index,
         pg_schema.story_agency_index),
    Step(6, "the full-text index merged into one segment (SQLite; nothing on PostgreSQL)",
         migrations.search_index_merged, pg_schema.search_index_merged),
)

SQLITE_STEPS = {step.version: step.sqlite for step in STEPS}
POSTGRES_STEPS = {step.version: step.postgres for step in STEPS}


def latest_version() -> int:
    return STEPS[-1].version
