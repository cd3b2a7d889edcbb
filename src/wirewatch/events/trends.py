"""Event trends by week or month (placeholder until the events stage lands)."""

from __future__ import annotations

from typing import Any


def trend_table(rows: list[dict[str, Any]], by: str = "month") -> list[dict[str, Any]]:
    raise NotImplementedError(by)
