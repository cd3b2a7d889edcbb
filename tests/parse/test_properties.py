"""Properties that hold for any input: no crash, offsets point at their text, the trailer stays out."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.pipeline import analyze
from wirewatch.records import Article

# Wire-shaped lines mixed with free text, so the generator reaches the dateline/marker/trailer paths.
_PIECES = st.sampled_from([
    "SEOUL, Oct. 5 (Yonhap) -- ", "LONDON, Feb 26 - ", "NAIROBI, Kenya (AP) _ ", "WASHINGTON _ ",
    "KUALA LUMPUR, April 1 , 1997 (AFP)", "Pyongyang, December 24 (KCNA) --", "By Jane Doe, Reuters",
    "(END)", " REUTER", "-0-", "-", "&UR; MORE", "AP-NY-08-07-98 0618EDT", "x@yna.co.kr",
    "(LEAD) Headline here", "(Reporting by A B; Editing by C D)", "Jane Doe, VOA News.",
    "APW19980807.0261  NEWS STORY  08/07/1998 06:18:00", "&QL;", "said Tuesday", "the Biden administration",
    "\n", "\n\n", "\r\n", "   ", "\t", "\xa0",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(alphabet=string.printable + "—–“”’é", max_size=40)), max_size=25
                 ).map("".join)


def _collapse(s: str) -> str:
    return " ".join(s.split())


def check_offsets(a: Article) -> None:
    text = a.text
    assert 0 <= a.body_start <= a.body_end <= len(text)
    assert a.body == text[a.body_start:a.body_end]
    assert a.body == a.body.strip()
    if a.headline is not None and a.headline_start is not None:
        assert a.headline_end is not None
        assert _collapse(text[a.headline_start:a.headline_end]) == a.headline
        assert a.headline_end <= a.body_start or a.body == ""
    if a.dateline is not None:
        assert text[a.dateline.start:a.dateline.end] == a.dateline.text
        assert a.dateline.end <= a.body_start or a.body == ""
        assert a.dateline.place is None or a.dateline.place in a.dateline.text
        if a.dateline.date_text:
            assert a.dateline.date_text in a.dateline.text
    assert all(name and not name.lower().startswith("by ") for name in a.byline)
    tail = _collapse(text[a.body_end:])
    for related in a.related_headlines:
        # read from the trailer after the body; the same words may also stand in the story itself
        assert _collapse(related) in tail
        if _collapse(text).count(_collapse(related)) == 1:
            assert _collapse(related) not in _collapse(a.body)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_structure_never_crashes_and_offsets_hold(text: str) -> None:
    if not text.strip():
        return
    check_offsets(analyze(text, only="structure"))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    if not text.strip():
        return
    check_offsets(analyze(text, only="structure"))


def test_published_never_guesses_a_year_from_nothing() -> None:
    a = analyze("LONDON, Feb 26 - Shares rose today, dealers said.\n REUTER\n", only="structure")
    assert a.published == "XXXX-02-26"


def test_trailer_never_leaks_into_body_or_date() -> None:
    text = ("Ministers meet on trade\nBy Lee Min-ji\nSEOUL, Oct. 5 (Yonhap) -- "
            "Trade ministers met on Tuesday, officials said.\nThe talks will continue.\n"
            "lmj@yna.co.kr\n(END)\n-\n"
            "Biden administration officials visit Seoul\n-\nPresident Yoon Suk Yeol meets envoys\n")
    a = analyze(text, only="structure")
    assert a.body == "Trade ministers met on Tuesday, officials said.\nThe talks will continue."
    assert a.related_headlines == ["Biden administration officials visit Seoul",
                                   "President Yoon Suk Yeol meets envoys"]
    # the era clues sit only in the trailer: the year stays unknown
    assert a.published == "XXXX-10-05"
    assert not any("Biden" in e or "Yoon" in e for e in a.published_evidence)
    check_offsets(a)
