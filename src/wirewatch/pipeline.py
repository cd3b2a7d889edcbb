"""The analysis pipeline: a fixed order of stages, each one a file of its own.

    structure  -> parse/wire.py        headline, byline, dateline, body, end marker, trailer
    published  -> parse/published.py   publication date with its evidence
    nlp        -> nlp/model.py         one spaCy Doc over headline + body (never furniture)
    actors     -> nlp/actors/assign.py        entities with CAMEO actor codes, in-document coreference
    quotes     -> nlp/quotes/extract.py        direct, mixed, indirect and headline attributions
    timexes    -> nlp/time/extract.py       TIMEX3 recognition and normalisation anchored to `published`
    events     -> events/coder.py      PLOVER/CAMEO events with evidence spans

`Analyzer` runs them over a stream of `Document`s, batching the spaCy step, and turns a failure of
one document into a `Rejected` record instead of stopping the stream.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import WirewatchError
from .records import Article, Document, Rejected

log = logging.getLogger(__name__)

LEVELS = ("structure", "nlp", "events")  # what `only=` accepts, cheapest first


def _check_level(only: str | None) -> str:
    level = only or "events"
    if level not in LEVELS:
        raise ValueError(f"only= must be one of {', '.join(LEVELS)}, not {only!r}")
    return level


def analyze_structure(document: Document) -> Article:
    """Structure and publication date only: no model, fast."""
    from .parse.published import infer_published
    from .parse.wire import parse_structure

    article = Article(id=document.id, text=document.text, source=document.source, document=document)
    parse_structure(article)
    infer_published(article)
    return article


class Analyzer:
    """Runs the pipeline. Holds the spaCy model, loaded once and only if a stage needs it."""

    def __init__(self, *, only: str | None = None, model: str | None = None,
                 batch_size: int = 32, actor_dictionaries: Iterable[str] = ()) -> None:
        self.level = _check_level(only)
        self.model_name = model
        self.batch_size = batch_size
        self.actor_dictionaries = list(actor_dictionaries)
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from .nlp.model import load_model

            self._nlp = load_model(self.model_name)
        return self._nlp

    def analyze(self, document: Document) -> Article:
        """Analyse one document; raises on failure (use `analyze_many` for batches)."""
        for item in self.analyze_many([document], raise_errors=True):
            assert isinstance(item, Article)
            return item
        raise AssertionError("unreachable")

    def analyze_many(self, documents: Iterable[Document | Rejected], *,
                     raise_errors: bool = False) -> Iterator[Article | Rejected]:
        """Analyse a stream; yields one Article or Rejected per input, in input order."""
        batch: list[Article] = []
        for item in documents:
            if isinstance(item, Rejected):
                yield from self._finish(batch, raise_errors)
                batch = []
                yield item
                continue
            try:
                article = analyze_structure(item)
            except Exception as exc:  # one broken document never stops a batch
                if raise_errors:
                    raise
                yield _rejected(item, exc, "structure")
                continue
            if self.level == "structure":
                yield article
                continue
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._finish(batch, raise_errors)
                batch = []
        yield from self._finish(batch, raise_errors)

    def _finish(self, batch: list[Article], raise_errors: bool) -> Iterator[Article | Rejected]:
        if not batch:
            return
        from .nlp.model import analysis_text

        docs = self.nlp.pipe([analysis_text(a) for a in batch], batch_size=self.batch_size)
        for article, doc in zip(batch, docs, strict=True):
            try:
                self._run_nlp_stages(article, doc)
            except Exception as exc:
                if raise_errors:
                    raise
                yield _rejected(article.document, exc, "nlp", fallback_id=article.id)
                continue
            yield article

    def _run_nlp_stages(self, article: Article, doc: Any) -> None:
        from .nlp.actors.assign import assign_actors
        from .nlp.quotes.extract import extract_quotes
        from .nlp.time.extract import extract_timexes

        assign_actors(article, doc, dictionaries=self.actor_dictionaries)
        extract_quotes(article, doc)
        extract_timexes(article, doc)
        if self.level == "events":
            from .events.coder import code_events

            code_events(article, doc)


def _rejected(document: Document | None, exc: Exception, stage: str,
              fallback_id: str | None = None) -> Rejected:
    code = exc.code if isinstance(exc, WirewatchError) else "A001"
    log.warning("%s failed on %s: %s", stage, getattr(document, "source", "?"), exc)
    return Rejected(source=getattr(document, "source", "") or "", id=getattr(document, "id", fallback_id),
                    reason=f"{stage} stage failed: {type(exc).__name__}: {exc}", code=code)


def analyze(text: str, *, id: str = "text", date: str | None = None, title: str | None = None,
            url: str | None = None, only: str | None = None, model: str | None = None) -> Article:
    """Analyse one text. `date` is the publication date when the caller knows it."""
    document = Document(id=id, text=text, source=id, date=date, title=title, url=url)
    if _check_level(only) == "structure":
        return analyze_structure(document)
    return _default_analyzer(only, model).analyze(document)


_ANALYZERS: dict[tuple[str | None, str | None], Analyzer] = {}


def _default_analyzer(only: str | None, model: str | None) -> Analyzer:
    key = (only, model)
    if key not in _ANALYZERS:
        _ANALYZERS[key] = Analyzer(only=only, model=model)
    return _ANALYZERS[key]
