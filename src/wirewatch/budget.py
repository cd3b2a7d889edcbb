"""A per-document time budget: a document that runs past it raises `OverTimeBudget` where it is.

The budget is a SIGALRM timer (`setitimer`), so the exception is raised in the analysing code
itself, between two Python bytecodes, and the process (a pool worker, or the CLI in one-process
mode) carries on with the next document. It can only work in the main thread of a process on a
platform with SIGALRM; elsewhere `time_budget` does nothing, and `parallel.py`'s watchdog, which
replaces a worker that overstays by a wide margin, is the only guard. Code that never returns to
the interpreter (a long C loop) is also only stopped by that watchdog.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import OverTimeBudget


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None, what: str) -> Iterator[None]:
    """Raise `OverTimeBudget` inside the block once it has run `seconds` (None or <= 0: no limit)."""
    if not seconds or seconds <= 0 or not _can_alarm():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise OverTimeBudget(f"{what}: analysis ran past the time budget of {seconds:g} s; "
                             "raise it with --doc-timeout")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
