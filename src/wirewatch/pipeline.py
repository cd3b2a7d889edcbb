"""The analysis pipeline: a fixed order of stages, each one a file of its own.

    structure  -> parse/wire.py        headline, byline, dateline, body, end marker, trailer
    published  -> parse/published.py   publication date with its evidence
    nlp        -> nlp/model.py         one spaCy Doc over headline + body (never furniture)
    actors     -> nlp/actors/assign.py        entities with CAMEO actor codes, in-document coreference
    quotes     -> nlp/quotes/extract.py        direct, mixed, indirect and headline attributions
    timexes    -> nlp/time/extract.py       TIMEX3 recognition and normalisation anchored to `published`
    events     -> events/coder.py      PLOVER/CAMEO events with evidence spans

`Analyzer` runs them over a stream of `Document`s, batching the spaCy step, and turns a failure of
one document into a `Rejected` record instead of stopping the stream:

* any exception in any stage rejects that document only (code A001, or the error's own code); a
  spaCy batch that fails is re-run document by document so the culprit alone is rejected;
* a text longer than `max_chars` is rejected before any stage (A002); one longer than
  `nlp.windows.WINDOW_CHARS` is parsed in paragraph windows, offsets kept (spaCy's own limit,
  E088 at 1,000,000 characters, never applies);
* each document's structure step, and then its parse and NLP stages, must each finish within
  `doc_timeout` seconds (`budget.py`), else it is rejected (A003).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from .budget import time_budget
from .errors import DocumentTooLong, WirewatchError
from .heap import settle_long_lived
from .ingest.base import DEFAULT_DOC_TIMEOUT, DEFAULT_MAX_CHARS
from .records import Article, Document, Rejected

log = logging.getLogger(__name__)

LEVELS = ("structure", "nlp", "events")  # what `only=` accepts, cheapest first


def _check_level(only: str | None) -> str:
    level = only or "events"
    if level not in LEVELS:
        raise ValueError(f"only= must be one of {', '.join(LEVELS)}, not {only!r}")
    return level


_WARM_UP = ("Leaders meet on trade\n\nSEOUL, Oct. 5 (Yonhap) -- South Korean President Moon Jae-in met "
            "Japanese officials on Tuesday to discuss trade, the foreign ministry said. \"We agreed to talk "
            "again next month,\" spokesman Choi Young-sam told reporters in Seoul.\n")


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
                 batch_size: int = 32, actor_dictionaries: Iterable[str] = (),
                 max_chars: int = DEFAULT_MAX_CHARS, doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> None:
        self.level = _check_level(only)
        self.model_name = model
        self.batch_size = batch_size
        self.actor_dictionaries = list(actor_dictionaries)
        self.max_chars = max_chars
        self.doc_timeout = doc_timeout
        self._nlp: Any = None
        self._warm = False
        if self.level != "structure":
            from .nlp.model import check_model

            check_model(model)  # a bad model name fails here, not once per document
            if self.actor_dictionaries:
                check_actor_dictionaries(self.actor_dictionaries)

    def warm_up(self) -> None:
        """Run one short story through every stage, outside any time budget: the stages load their
        tables on first use (gazetteer, lexicons, date parser), which must not count against the
        first real document's budget."""
        if self._warm or self.level == "structure":
            return
        self._warm = True
        article = analyze_structure(Document(id="warm-up", text=_WARM_UP, source="warm-up"))
        from .nlp.model import analysis_text

        nlp = self.nlp  # a model that cannot load is an error for the run, not for a document
        try:
            self._run_nlp_stages(article, nlp(analysis_text(article)))
        except Exception as exc:  # a broken stage shows up again, per document, where it is handled
            log.warning("warm-up analysis failed: %s", exc)
        settle_long_lived()  # the model and the tables now loaded stay to the end (heap.py)

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
            over = too_long(item, self.max_chars)
            if over is not None:
                if raise_errors:
                    raise DocumentTooLong(over.reason)
                yield over
                continue
            try:
                with time_budget(self.doc_timeout, item.source):
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
        from .nlp.windows import WINDOW_CHARS, parse_long

        if self.doc_timeout:
            self.warm_up()
        texts = [analysis_text(a) for a in batch]
        docs = self._parse_short([(t, a.source) for t, a in zip(texts, batch, strict=True)
                                  if len(t) <= WINDOW_CHARS])
        for article, text in zip(batch, texts, strict=True):
            try:
                with time_budget(self.doc_timeout, article.source):
                    short = len(text) <= WINDOW_CHARS
                    doc = next(docs) if short else parse_long(self.nlp, text, WINDOW_CHARS)
                    if isinstance(doc, Exception):
                        raise doc
                    self._run_nlp_stages(article, doc)
            except Exception as exc:
                if raise_errors:
                    raise
                yield _rejected(article.document, exc, "nlp", fallback_id=article.id)
                continue
            yield article

    def _parse_short(self, texts: list[tuple[str, str]]) -> Iterator[Any]:
        """spaCy Docs for (text, source) pairs, batched; when the batch fails or overruns its
        budget, one by one (a failure in its place)."""
        try:
            with time_budget(self.doc_timeout and self.doc_timeout * len(texts), "a spaCy batch"):
                docs: list[Any] = list(self.nlp.pipe([t for t, _ in texts], batch_size=self.batch_size))
        except Exception:
            log.warning("a spaCy batch of %d texts failed; parsing them one by one", len(texts))
            docs = []
            for text, source in texts:
                try:
                    with time_budget(self.doc_timeout, source):
                        docs.append(self.nlp(text))
                except Exception as exc:
                    docs.append(exc)
        return iter(docs)

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


def too_long(document: Document, max_chars: int) -> Rejected | None:
    """The reject for a text over the analysis limit (A002), or None when it is within it."""
    if len(document.text) <= max_chars:
        return None
    error = DocumentTooLong(f"{document.source}: {len(document.text):,} characters is over the analysis "
                            f"limit of {max_chars:,}; raise it with --max-chars")
    return Rejected(source=document.source, id=document.id, code=error.code, reason=str(error))


def check_actor_dictionaries(paths: Iterable[str]) -> None:
    """Load the user actor dictionaries now, so a bad one fails before any document is read."""
    from .nlp.actors import dictionary

    dictionary.load(tuple(str(p) for p in paths))


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
