"""wirewatch: turn raw news-wire copy into a searchable record of who said and did what to whom, and when."""

from __future__ import annotations

import logging

from .pipeline import Analyzer, analyze
from .records import Actor, Article, Document, Entity, Event, Quote, Rejected, Timex
from .store import Store

__version__ = "0.1.0"

__all__ = ["Actor", "Analyzer", "Article", "Document", "Entity", "Event", "Quote", "Rejected",
           "Store", "Timex", "__version__", "analyze"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
