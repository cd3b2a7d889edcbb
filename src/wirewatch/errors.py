"""The wirewatch exception tree.

    WirewatchError                 base of everything wirewatch raises on purpose
    ├── ReadError                  an input could not be read into documents (code R###)
    │   ├── EmptyInput             nothing to read (0 bytes, blank text)
    │   ├── TooLarge               over the configured size limit
    │   ├── UndecodableText        bytes that are not text in any encoding we trust
    │   └── BrokenContainer        truncated gzip/WARC, invalid JSON line, HTML with no body
    ├── AnalysisError              a stage failed on one document (code A###)
    │   ├── DocumentTooLong        longer than the analysis limit (--max-chars)
    │   ├── OverTimeBudget         ran past the per-document time budget (--doc-timeout)
    │   └── WorkerLost             the worker process died (or was stopped) while on this document
    └── StoreError                 the database refused an operation (code S###)

Every error carries a short `code` so rejects can be counted by reason, and a message that says what
to do next. Codes without a class of their own: R005 (an input that cannot be opened: missing, no
permission, not a regular file, a link out of its folder), A005 (an analysis the database refused to
store, `store/ingest.py`), D001 (a malformed actor dictionary), M001 (no spaCy model), W001 (no
analysis worker could start).
"""

from __future__ import annotations


class WirewatchError(Exception):
    code = "W000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class ReadError(WirewatchError):
    code = "R000"


class EmptyInput(ReadError):
    code = "R001"


class TooLarge(ReadError):
    code = "R002"


class UndecodableText(ReadError):
    code = "R003"


class BrokenContainer(ReadError):
    code = "R004"


class AnalysisError(WirewatchError):
    code = "A000"


class DocumentTooLong(AnalysisError):
    code = "A002"


class OverTimeBudget(AnalysisError):
    code = "A003"


class WorkerLost(AnalysisError):
    code = "A004"


class StoreError(WirewatchError):
    code = "S000"
