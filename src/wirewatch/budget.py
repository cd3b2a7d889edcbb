"""A per-document time budget: a document that runs past it raises `OverTimeBudget` where it is.

The budget is a SIGALRM timer (`setitimer`), so the exception is raised in the analysing code
itself, between two Python bytecodes, and the process (a pool worker, or the CLI in one-process
mode) carries on with the next document. Once expired, the timer fires again every second until
the block is left: an exception raised inside a finalizer or a callback that swallows it (Python
prints "Exception ignored in ..." and goes on) would otherwise be lost, and the document would run
unbounded. It can only work in the main thread of a process on a platform with SIGALRM; elsewhere
`time_budget` does nothing, and `parallel.py`'s watchdog, which replaces a worker that overstays by
a wide margin, is the only guard. Code that never returns to the interpreter (a long C loop) is
also only stopped by that watchdog.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType, TracebackType

from .errors import OverTimeBudget

REPEAT_SECONDS = 1.0


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class time_budget:  # noqa: N801 - used like a function: `with time_budget(30, source):`
    """Raise `OverTimeBudget` inside the block once it has run `seconds` (None or <= 0: no limit)."""

    def __init__(self, seconds: float | None, what: str) -> None:
        self.seconds = seconds
        self.what = what
        self.active = False
        self.previous: object = None

    def _expired(self, signum: int, frame: FrameType | None) -> None:
        if self.active:
            raise OverTimeBudget(f"{self.what}: analysis ran past the time budget of {self.seconds:g} s; "
                                 "raise it with --doc-timeout")

    def __enter__(self) -> time_budget:
        if self.seconds and self.seconds > 0 and _can_alarm():
            self.active = True
            self.previous = signal.signal(signal.SIGALRM, self._expired)
            signal.setitimer(signal.ITIMER_REAL, self.seconds, REPEAT_SECONDS)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self.active:
            self.active = False  # first: a late alarm from here on is ignored
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)  # type: ignore[arg-type]
