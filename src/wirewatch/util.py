"""Small helpers shared across modules."""

from __future__ import annotations

from typing import Any

import orjson


def dumps_line(record: Any) -> str:
    """One JSON object on one line, UTF-8 kept readable."""
    return orjson.dumps(record).decode("utf-8") + "\n"
