"""Vega-Lite specifications for the actor, dyad and speaker pages, built from store rows.

The browser gets the spec as JSON data (never as script) and draws it with the vendored vega-embed
in its CSP-safe interpreter mode, so no expression is ever compiled with `eval`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"


def goldstein_line(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mean Goldstein score per period across types, weighting each type's mean by its events."""
    total: dict[str, float] = defaultdict(float)
    weight: dict[str, int] = defaultdict(int)
    for row in rows:
        if row.get("mean_goldstein") is None:
            continue
        total[row["period"]] += float(row["mean_goldstein"]) * int(row["events"])
        weight[row["period"]] += int(row["events"])
    return [{"period": p, "mean_goldstein": round(total[p] / weight[p], 2)}
            for p in sorted(weight) if weight[p]]


def trend_spec(rows: list[dict[str, Any]], by: str, title: str) -> dict[str, Any]:
    """Stacked bars of events by PLOVER type per period, and the mean Goldstein score as a line on
    its own axis (-10 conflict .. +10 cooperation)."""
    bars = [{"period": r["period"], "type": r["type"], "events": r["events"]} for r in rows]
    period = {"field": "period", "type": "ordinal", "title": by, "sort": "ascending"}
    return {
        "$schema": SCHEMA, "title": title, "width": "container", "height": 260,
        "layer": [
            {"data": {"values": bars}, "mark": {"type": "bar", "tooltip": True},
             "encoding": {"x": period,
                          "y": {"field": "events", "type": "quantitative", "stack": "zero",
                                "title": "events (once per story)"},
                          "color": {"field": "type", "type": "nominal", "title": "PLOVER type"}}},
            {"data": {"values": goldstein_line(rows)},
             "mark": {"type": "line", "point": True, "color": "#111", "tooltip": True},
             "encoding": {"x": period,
                          "y": {"field": "mean_goldstein", "type": "quantitative", "title": "mean Goldstein",
                                "scale": {"domain": [-10, 10]}}}},
        ],
        "resolve": {"scale": {"y": "independent"}},
    }


def count_spec(counts: dict[str, int], title: str, unit: str) -> dict[str, Any]:
    values = [{"period": k, "count": v} for k, v in sorted(counts.items())]
    return {"$schema": SCHEMA, "title": title, "width": "container", "height": 160,
            "data": {"values": values}, "mark": {"type": "bar", "tooltip": True},
            "encoding": {"x": {"field": "period", "type": "ordinal", "title": "month"},
                         "y": {"field": "count", "type": "quantitative", "title": unit}}}
