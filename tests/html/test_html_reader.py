"""The HTML reader: article text without page furniture, metadata, rejects, robustness."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.errors import BrokenContainer, EmptyInput, ReadError
from wirewatch.ingest.html import document_from_html
from wirewatch.ingest.readers import read_inputs
from wirewatch.records import Document, Rejected

BOILERPLATE = ["Share on Facebook", "Privacy policy", "Ferry timetable", "Sailorman88",
               "seagrass until it is gone", "All rights reserved", "Weather", "Related stories"]


def _body(doc: Document) -> str:
    assert doc.title is not None
    assert doc.text.startswith(doc.title + "\n\n")
    return doc.text[len(doc.title) + 2:]


def test_news_page_keeps_the_story_and_drops_the_furniture(news_page: str, body_paragraphs: list[str],
                                                           headline: str) -> None:
    doc = document_from_html(news_page, "story.html")
    body = _body(doc)
    assert [p.strip() for p in body.split("\n\n") if p.strip()] == body_paragraphs
    for junk in BOILERPLATE:
        assert junk not in doc.text
    # the headline leads the text exactly once; the " | Harbour Courier" suffix of <title> is gone
    assert doc.title == headline
    assert doc.text.count(headline) == 1
    assert doc.id == doc.source == "story.html"


def test_news_page_metadata(news_page: str) -> None:
    doc = document_from_html(news_page, "story.html")
    assert doc.date == "2024-03-12"
    assert doc.date_is_upper_bound is False
    assert doc.url == "https://courier.example/news/velmora-dredging"
    assert doc.meta["author"] == "Tove Lindqvist"
    assert doc.meta["sitename"] == "Harbour Courier"
    assert "date_evidence" in doc.meta


def test_jsonld_date_and_author(jsonld_page: str) -> None:
    doc = document_from_html(jsonld_page, "story.html")
    assert doc.date == "2023-11-05"
    assert doc.meta["author"] == "Jonas Eikeland"
    assert "The port authority of Velmora approved" in doc.text


def test_no_date_in_the_page_means_no_date(page_maker) -> None:  # type: ignore[no-untyped-def]
    # the story mentions "Tuesday" and "spring"; that is no publication date
    doc = document_from_html(page_maker(), "story.html")
    assert doc.date is None
    assert "date_evidence" not in doc.meta


def test_page_without_article_is_rejected_with_advice(empty_page: str) -> None:
    with pytest.raises(BrokenContainer, match="no article text") as info:
        document_from_html(empty_page, "menu.html")
    assert "menu.html" in str(info.value)
    assert ".txt" in str(info.value)  # says what to do instead


def test_not_html_at_all_is_rejected() -> None:
    with pytest.raises(BrokenContainer, match="rename it to .txt"):
        document_from_html("Just a line of plain words, saved with the wrong name.", "notes.html")
    with pytest.raises(EmptyInput):
        document_from_html(" \n ", "blank.html")


def _nested(depth: int, paragraphs: list[str]) -> str:
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<html><head><title>Deep page</title></head><body>" + "<div>" * depth + story
            + "</div>" * depth + "</body></html>")


def test_deeply_nested_page_is_read_whole(body_paragraphs: list[str]) -> None:
    # libxml2 drops everything below depth 256 unless told otherwise: the story must survive
    doc = document_from_html(_nested(400, body_paragraphs), "deep.html")
    assert all(p in doc.text for p in body_paragraphs)
    assert any("huge_tree" in note for note in doc.meta["notes"])


def test_absurdly_nested_page_is_rejected_not_crashed(body_paragraphs: list[str]) -> None:
    with pytest.raises(BrokenContainer, match="deep") as info:
        document_from_html(_nested(5000, body_paragraphs), "deeper.html")
    assert "deeper.html" in str(info.value)


def test_body_split_into_chunks_is_read_whole(page_maker, body_paragraphs: list[str]) -> None:  # type: ignore[no-untyped-def]
    first, rest = body_paragraphs[:2], body_paragraphs[2:]
    chunk = '<div class="article-chunk">{}</div>'
    page = page_maker().replace(
        "".join(f"<p>{p}</p>\n" for p in body_paragraphs),
        chunk.format("".join(f"<p>{p}</p>" for p in first))
        + '<div class="ad-slot"><a href="/ad">Sponsored: buy a boat today</a></div>'
        + chunk.format("".join(f"<p>{p}</p>" for p in rest)))
    doc = document_from_html(page, "chunks.html")
    positions = [doc.text.find(p) for p in body_paragraphs]
    assert all(pos > 0 for pos in positions) and positions == sorted(positions)
    assert "Sponsored" not in doc.text


def test_embedded_tweet_is_kept_as_a_quote_and_teasers_are_not(page_maker) -> None:  # type: ignore[no-untyped-def]
    tweet = ('<div class="social-embed"><blockquote class="twitter-tweet"><p>The dredgers arrive in '
             'March and the cod will pay the price for a bigger quay.</p>&mdash; Bay Watchers '
             '(@baywatchers) March 12, 2024</blockquote></div>')
    teaser = ('<article class="teaser"><h3>You may also like</h3><p>Lighthouse keeper retires after '
              'forty years of service on the rocky outer island of Skarvholm…</p></article>')
    doc = document_from_html(page_maker(body_extra=tweet + teaser), "tweet.html")
    assert "The dredgers arrive in March" in doc.text
    assert "Lighthouse keeper" not in doc.text


def test_html_gz_files_are_routed_to_the_html_reader(tmp_path: Path, news_page: str,
                                                     empty_page: str) -> None:
    good = tmp_path / "story.html.gz"
    good.write_bytes(gzip.compress(news_page.encode("utf-8")))
    bad = tmp_path / "menu.htm"
    bad.write_text(empty_page, encoding="utf-8")
    out = list(read_inputs([str(good), str(bad)]))
    assert isinstance(out[0], Document) and isinstance(out[1], Rejected)
    assert out[0].source == str(good)
    assert "<p>" not in out[0].text and "Harbour master Ilse Brandvik" in out[0].text
    assert out[1].code == BrokenContainer.code and "no article text" in out[1].reason


def test_article_declared_only_in_jsonld_is_used(body_paragraphs: list[str]) -> None:
    # a script-rendered page: empty shell markup, the story only in schema.org articleBody
    import json

    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Channel plan approved",
            "datePublished": "2024-03-12", "articleBody": "\n".join(body_paragraphs)}
    page = (f'<html><head><title>Channel plan approved</title><script type="application/ld+json">'
            f'{json.dumps(data)}</script></head><body><div id="app"></div></body></html>')
    doc = document_from_html(page, "shell.html")
    assert all(p in doc.text for p in body_paragraphs)
    assert doc.date == "2024-03-12"


def test_hover_card_inside_a_paragraph_is_not_glued_into_the_sentence(page_maker) -> None:  # type: ignore[no-untyped-def]
    card = ('<span class="person"><a href="/p/brandvik">Ilse Brandvik</a><span class="card">'
            '<img src="/b.jpg" alt=""><a href="/p/brandvik">Ilse Brandvik</a>'
            '<a href="/s/1">Harbour fees rise again for cruise ships this summer</a>'
            '<a href="/s/2">Brandvik re-elected to chair the regional ports board</a></span></span>')
    page = page_maker().replace("Harbour master Ilse Brandvik told", f"Harbour master {card} told")
    doc = document_from_html(page, "card.html")
    assert "Harbour master Ilse Brandvik told reporters" in doc.text
    assert "cruise ships" not in doc.text


_TAGS = ["<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<span class='x'>", "</span>",
         "<blockquote class='twitter-tweet'>", "</blockquote>", "<a href='/'>", "</a>", "<img src=x>",
         "<script>", "</script>", "<!--", "-->", "<html>", "<body>", "<title>", "</title>"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_TAGS), st.text(max_size=40)), max_size=40))
def test_any_markup_gives_a_document_or_a_read_error(parts: list[str]) -> None:
    page = "".join(parts)
    try:
        doc = document_from_html(page, "fuzz.html")
    except ReadError:
        return
    assert doc.text.strip() and doc.source == "fuzz.html"
