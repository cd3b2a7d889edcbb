"""Event trends: counts per period and PLOVER type, with mean Goldstein and mean PLOVER score.

Rows are event rows (SCHEMA event + article_id, published, headline, url). A row's period comes from
its event `date`, else the article's `published` date; rows with neither cannot be placed and are
left out. The coder merges restatements of one act in an article into one event (events/dedup.py)
and writes one row per CAMEO dyad of it ("A and B met" gives A->B and B->A), so rows of the same
event (article, span, type, trigger) are counted once here: the table counts occurrences.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

PERIODS = ("week", "month")


def period_of(value: str | None, by: str) -> str | None:
    """ISO week ("2021-W40") or month ("2021-10") of an ISO date or datetime; None if not a full date."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def trend_table(rows: list[dict[str, Any]], by: str = "month") -> list[dict[str, Any]]:
    """[{period, type, events, mean_goldstein, mean_plover_score}] sorted by period, then type."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    seen: set[tuple[Any, ...]] = set()
    counts: dict[tuple[str, str], int] = defaultdict(int)
    goldstein: dict[tuple[str, str], list[float]] = defaultdict(list)
    plover: dict[tuple[str, str], list[float]] = defaultdict(list)
    for row in rows:
        etype = (row.get("type") or "").upper()
        period = period_of(row.get("date"), by) or period_of(row.get("published"), by)
        if not etype or period is None:
            continue
        event_key = (row.get("article_uid") or row.get("article_id"), row.get("start"), row.get("end"), etype,
                     row.get("trigger"))
        if event_key in seen:
            continue
        seen.add(event_key)
        key = (period, etype)
        counts[key] += 1
        if row.get("goldstein") is not None:
            goldstein[key].append(float(row["goldstein"]))
        if row.get("plover_score") is not None:
            plover[key].append(float(row["plover_score"]))
    return [{"period": period, "type": etype, "events": counts[(period, etype)],
             "mean_goldstein": _mean(goldstein[(period, etype)]),
             "mean_plover_score": _mean(plover[(period, etype)])}
            for period, etype in sorted(counts)]
