"""Builders for hand-made articles and docs in the actors tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import pytest

from wirewatch.records import Article, Dateline


def make_article(text: str, *, dateline: str | None = None, published: str | None = None) -> Article:
    """An article whose body is the whole text, optionally with a dateline place."""
    article = Article(id="t", text=text, body_start=0, body_end=len(text), published=published)
    if dateline:
        article.dateline = Dateline(place=dateline, region=None, date_text=None, agency=None,
                                    text=dateline, start=0, end=0)
    return article


def blank_doc(nlp: Any, text: str, ents: list[tuple[str, str]]) -> Any:
    """A doc of `text` with the given (mention, label) entities at their first occurrence."""
    doc = nlp(text)
    spans = []
    for mention, label in ents:
        start = text.index(mention)
        span = doc.char_span(start, start + len(mention), label=label)
        assert span is not None, mention
        spans.append(span)
    doc.ents = spans
    return doc


def assigned(nlp: Any, text: str) -> Article:
    """An article of `text` with the actors stage run on it."""
    from wirewatch.nlp.actors.assign import assign_actors
    from wirewatch.nlp.model import analysis_text

    article = make_article(text)
    assign_actors(article, nlp(analysis_text(article)))
    return article


def code_of(article: Article, phrase: str) -> str | None:
    """The actor code of the first occurrence of `phrase` (None when it is no actor)."""
    from wirewatch.nlp.actors.assign import actor_for_span

    start = article.text.index(phrase)
    actor = actor_for_span(article, start, start + len(phrase))
    return actor.code if actor is not None else None


class Probe(NamedTuple):
    """A probe: a short wire sentence, the phrase the events stage would ask about, the expected code
    (None: no actor), and the story's dateline place and publication date."""
    sentence: str
    phrase: str
    code: str | None
    dateline: str | None = None
    published: str = "2015-06-01"


def code_probes(nlp: Any, probes: Sequence[Any]) -> list[tuple[str | None, list[str]]]:
    """Code and reasons of each probe's phrase, looked up with `actor_for_span` (the call the events
    and quotes stages make), the sentences parsed in one batch."""
    from wirewatch.nlp.actors.assign import actor_for_span, assign_actors
    from wirewatch.nlp.model import analysis_text

    articles = [make_article(p.sentence, dateline=getattr(p, "dateline", None), published=p.published)
                for p in probes]
    out: list[tuple[str | None, list[str]]] = []
    for probe, article, doc in zip(probes, articles, nlp.pipe([analysis_text(a) for a in articles]),
                                   strict=True):
        assign_actors(article, doc)
        start = probe.sentence.index(probe.phrase)
        actor = actor_for_span(article, start, start + len(probe.phrase))
        out.append((None, []) if actor is None else (actor.code, list(actor.reasons)))
    return out


def check_probe(probe: Any, coded: tuple[str | None, list[str]]) -> None:
    code, reasons = coded
    assert code == probe.code, \
        f"{probe.phrase!r} in {probe.sentence!r} ({probe.published}): {code} ({reasons})"
    if code is not None:
        assert reasons, "every code keeps its reasons"


def probe_id(probe: Probe) -> str:
    """A probe's test id: its phrase, dateline and publication date."""
    return f"{probe.phrase}@{probe.dateline or ''}{probe.published}"


def coded_by_id(nlp: Any, probes: Sequence[Probe]) -> dict[str, tuple[str | None, list[str]]]:
    """`code_probes` keyed by `probe_id`, for a module fixture; the ids must be unique."""
    ids = [probe_id(p) for p in probes]
    assert len(set(ids)) == len(ids), "probe ids are the keys of the coded results"
    return dict(zip(ids, code_probes(nlp, probes), strict=True))


def probe_suite(probes: Sequence[Probe]) -> tuple[Callable[..., Any], Callable[..., None]]:
    """The module fixture `coded` (every probe coded once) and the parametrised `test_probe` of a probe
    file: `coded, test_probe = probe_suite(ALL)`."""

    @pytest.fixture(scope="module")
    def coded(nlp: Any) -> dict[str, tuple[str | None, list[str]]]:
        return coded_by_id(nlp, probes)

    @pytest.mark.parametrize("probe", probes, ids=probe_id)
    def test_probe(probe: Probe, coded: dict[str, tuple[str | None, list[str]]]) -> None:
        check_probe(probe, coded[probe_id(probe)])

    return coded, test_probe


def gap_suite(probes: Sequence[Probe], gaps: dict[str, str]) -> tuple[Callable[..., Any], ...]:
    """For a probe file with known gaps (probe id -> why): the module fixture `gaps_coded`, the test that
    each gap still misses (so a fix shows) and the test that every gap names a probe.
    `gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)`."""

    @pytest.fixture(scope="module")
    def gaps_coded(nlp: Any) -> dict[str, tuple[str | None, list[str]]]:
        return coded_by_id(nlp, probes)

    @pytest.mark.parametrize("probe", probes, ids=probe_id)
    def test_known_gap(probe: Probe, gaps_coded: dict[str, tuple[str | None, list[str]]]) -> None:
        with pytest.raises(AssertionError):
            check_probe(probe, gaps_coded[probe_id(probe)])

    def test_gaps_are_probes() -> None:
        assert set(gaps) == {probe_id(p) for p in probes}

    return gaps_coded, test_known_gap, test_gaps_are_probes


def list_suite(lists: Sequence[Any]) -> tuple[Callable[..., Any], Callable[..., None]]:
    """For coordinated phrases (`sentence`, `phrase`, `codes`, `dateline`, `published`): the module fixture
    `listed` (the members' codes in text order, `actors_for_span`) and the parametrised `test_list`.
    `listed, test_list = list_suite(LISTS)`."""

    @pytest.fixture(scope="module")
    def listed(nlp: Any) -> dict[str, list[str]]:
        from wirewatch.nlp.actors.assign import actors_for_span, assign_actors
        from wirewatch.nlp.model import analysis_text

        articles = [make_article(p.sentence, dateline=p.dateline, published=p.published) for p in lists]
        out: dict[str, list[str]] = {}
        for probe, article, doc in zip(lists, articles, nlp.pipe([analysis_text(a) for a in articles]),
                                       strict=True):
            assign_actors(article, doc)
            start = probe.sentence.index(probe.phrase)
            out[probe.phrase] = [a.code for a in actors_for_span(article, start, start + len(probe.phrase))]
        return out

    @pytest.mark.parametrize("probe", lists, ids=lambda p: p.phrase)
    def test_list(probe: Any, listed: dict[str, list[str]]) -> None:
        assert tuple(listed[probe.phrase]) == probe.codes, f"{probe.phrase!r}: {listed[probe.phrase]}"

    return listed, test_list


def report_batches(batches: dict[str, Sequence[Probe]]) -> None:
    """Print each batch's count of right probes and its misses (a probe file's script run)."""
    from wirewatch.nlp.model import load_model

    nlp = load_model()
    for name, batch in batches.items():
        results = code_probes(nlp, batch)
        right = sum(code == p.code for p, (code, _) in zip(batch, results, strict=True))
        print(f"{name}: {right} / {len(batch)}")
        for p, (code, _) in zip(batch, results, strict=True):
            if code != p.code:
                print(f"   MISS {probe_id(p)}: want {p.code} got {code}  | {p.sentence}")
