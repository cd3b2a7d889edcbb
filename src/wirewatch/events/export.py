"""Event exports (placeholder until the events stage lands).

Rows are dicts: the SCHEMA event record plus `article_id`, `published`, `headline`, `url`.
"""

from __future__ import annotations

from typing import IO, Any


def write_events(rows: list[dict[str, Any]], fmt: str, out: IO[str] | str) -> None:
    raise NotImplementedError(fmt)
