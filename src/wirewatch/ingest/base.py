"""What every reader shares: options, stable ids, turning errors into rejects."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import WirewatchError
from ..records import Rejected

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_CHARS = 2_000_000  # a longer text is not analysed (A002)
DEFAULT_DOC_TIMEOUT = 300.0  # seconds a document may take per analysis step (A003); 0 or None: no limit


@dataclass(slots=True, kw_only=True)
class ReadOptions:
    text_field: str | None = None  # None: auto-detect (text, body, content, raw, ...)
    id_field: str | None = None
    date_field: str | None = None
    title_field: str | None = None
    url_field: str | None = None
    # limits on one document: bytes while reading, characters and seconds while analysing (the
    # analysis limits live here so every path that reads inputs carries them to the analyser)
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT


def reject(source: str, exc: Exception, id: str | None = None) -> Rejected:
    code = exc.code if isinstance(exc, WirewatchError) else "R999"
    reason = str(exc) if isinstance(exc, WirewatchError) else f"[{code}] {type(exc).__name__}: {exc}"
    return Rejected(source=source, reason=reason, code=code, id=id)
