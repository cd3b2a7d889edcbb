"""The stage on hand-built articles, without the model: dateline, trailer, offsets, no anchor."""

from __future__ import annotations

from wirewatch.nlp.time.extract import extract_timexes
from wirewatch.records import Article, Dateline

TEXT = ("Ministers meet again\n"
        "PARIS, Monday (AFP) - Ministers said on Monday they would meet again next month.\n"
        "(END)\n"
        "Related: Talks collapse on Friday\n")


def _article(published: str | None, date_text: str = "Monday") -> Article:
    body_start = TEXT.index("Ministers said")
    dl_text = f"PARIS, {date_text} (AFP) -"
    text = TEXT.replace("PARIS, Monday (AFP) -", dl_text)
    body_start = text.index("Ministers said")
    return Article(id="t", text=text, published=published, headline="Ministers meet again",
                   headline_start=0, headline_end=20, body_start=body_start,
                   body_end=text.index("\n(END)"),
                   dateline=Dateline(place="PARIS", region=None, date_text=date_text, agency="AFP",
                                     text=dl_text, start=text.index("PARIS"),
                                     end=text.index("PARIS") + len(dl_text)))


def test_dateline_weekday_body_and_trailer() -> None:
    article = _article("2021-10-04")  # a Monday
    extract_timexes(article, None)
    got = [(t.text, t.start, t.value) for t in article.timexes]
    assert [g[0] for g in got] == ["Monday", "Monday", "next month"]
    assert got[0][1] == article.text.index("Monday")  # the dateline's own Monday
    assert [g[2] for g in got] == ["2021-10-04", "2021-10-04", "2021-11"]
    for t in article.timexes:
        assert article.text[t.start:t.end] == t.text
        assert t.end <= article.body_end  # "Friday" in the trailer is never read


def test_dateline_month_day_is_never_in_the_future() -> None:
    article = _article("2022-01-02", date_text="Dec. 31")
    extract_timexes(article, None)
    assert article.timexes[0].text == "Dec. 31" and article.timexes[0].value == "2021-12-31"


def test_no_anchor_leaves_values_underspecified() -> None:
    article = _article(None, date_text="Oct. 5")
    extract_timexes(article, None)
    values = [t.value for t in article.timexes]
    assert values == ["XXXX-10-05", "XXXX-WXX-1", "XXXX-XX"]
