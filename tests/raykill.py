"""An analysis actor that dies, as a segfault or the OOM killer would end it, on any document with
DIE in its text (a module of its own: Ray's worker processes import it by name)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from wirewatch.engines.ray_engine import Analyse
from wirewatch.records import Document


class DyingAnalyse(Analyse):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        real = self.analyzer.analyze_many

        def analyze_many(items: Iterable[Any]) -> Iterator[Any]:
            items = list(items)
            if any(isinstance(item, Document) and "DIE" in item.text for item in items):
                os._exit(3)
            return real(items)

        self.analyzer.analyze_many = analyze_many  # type: ignore[method-assign]
