"""What every reader shares: options, stable ids, turning errors into rejects."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import WirewatchError
from ..records import Rejected

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(slots=True, kw_only=True)
class ReadOptions:
    text_field: str | None = None  # None: auto-detect (text, body, content, raw, ...)
    id_field: str | None = None
    date_field: str | None = None
    title_field: str | None = None
    url_field: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def reject(source: str, exc: Exception, id: str | None = None) -> Rejected:
    code = exc.code if isinstance(exc, WirewatchError) else "R999"
    reason = str(exc) if isinstance(exc, WirewatchError) else f"[{code}] {type(exc).__name__}: {exc}"
    return Rejected(source=source, reason=reason, code=code, id=id)
