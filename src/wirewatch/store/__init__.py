"""The SQLite store: schema and migrations, a single writer, read queries, export.

    connect.py     connections (WAL, FTS5 check, sqlean fallback)
    migrations.py  registered schema migrations, tracked by PRAGMA user_version
    rows.py        Article -> table rows, stored rows -> SCHEMA records
    writer.py      the one writer: batches in transactions, furniture counts
    furniture.py   corpus-level furniture (recurring paragraphs per agency/source)
    ingest.py      read -> skip stored -> analyse -> write loop
    query.py       the search query language -> safe FTS5 (`compile_query`, docs/search.md)
    validate.py    days, actor codes, dyads, limits
    queries.py     search, get, quotes, actors, events, stats
    export.py      jsonl / csv / parquet
    outputs.py     output files: never the store itself; temporary file, then rename
    api.py         `Store`, the public face of all of the above
"""

from .api import DEFAULT_DB, Rows, Store
from .ingest import IngestSummary
from .query import CompiledQuery, compile_query

__all__ = ["DEFAULT_DB", "CompiledQuery", "IngestSummary", "Rows", "Store", "compile_query"]
