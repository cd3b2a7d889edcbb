"""Small helpers shared across modules."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson


def dumps_line(record: Any) -> str:
    """One JSON object on one line, UTF-8 kept readable."""
    return orjson.dumps(record).decode("utf-8") + "\n"


def stable_id(text: str, where: str) -> str:
    """Content hash + origin: the same text from the same place always gets the same id."""
    digest = hashlib.sha1(f"{where}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:16]
