"""The store: schema and migrations, a single writer, read queries, export; SQLite or PostgreSQL.

    backend.py     the seam: `open_backend` picks SQLite (a path) or PostgreSQL (a postgresql:// URL)
    sqlite.py      the SQLite backend, over connect.py and migrations.py
    postgres.py    the PostgreSQL backend (psycopg 3): connections, writer statements
    schema.py      the one list of schema migrations, each with its SQLite and PostgreSQL step
    pg_schema.py   the PostgreSQL steps (same tables)
    pg_queries.py  its search (tsvector, ts_rank_cd) and the queries whose SQL differs
    ranking.py     how many matches of a broad query are ranked, on both backends
    tsquery.py     the query language compiled to a tsquery, and the tokens both sides share
    connect.py     SQLite connections (WAL, FTS5 check, sqlean fallback)
    migrations.py  the SQLite steps, tracked by PRAGMA user_version
    rows.py        Article -> table rows, stored rows -> SCHEMA records
    writer.py      the one writer: batches in transactions, furniture counts
    furniture.py   corpus-level furniture (recurring paragraphs per agency/source)
    restrip.py     older articles brought up to a changed furniture set, only those that change
    ingest.py      read -> skip stored -> analyse -> write loop
    query.py       the search query language -> safe FTS5 (`compile_query`, docs/search.md)
    validate.py    days, actor codes, dyads, limits
    queries.py     search, get, quotes, actors, events, stats
    export.py      jsonl / csv / parquet
    outputs.py     output files: never the store itself; temporary file, then rename
    api.py         `Store`, the public face of all of the above
"""

from .api import Rows, Store
from .backend import DEFAULT_DB
from .ingest import IngestSummary
from .query import CompiledQuery, compile_query

__all__ = ["DEFAULT_DB", "CompiledQuery", "IngestSummary", "Rows", "Store", "compile_query"]
