"""Quotation-mark pairing and quote typing (no model needed)."""

from __future__ import annotations

from wirewatch.nlp.quotes.marks import paragraph_quotes, paragraphs, quote_type


def spans(text: str) -> list[str]:
    return [text[q.start:q.end]
            for a, b in paragraphs(text, 0, len(text)) for q in paragraph_quotes(text, a, b)]


def test_curly_straight_and_doubled_apostrophes() -> None:
    text = "\u201cOne,\u201d he said. \"Two,\" she said. ''Three,'' they said."
    assert spans(text) == ["\u201cOne,\u201d", '"Two,"', "''Three,''"]


def test_nested_curly_quotation_is_one_span() -> None:
    text = "\u201cI\u2019d rather live in what he calls \u201chell\u201d than here.\u201d \u2015 A. Reader"
    assert spans(text) == ["\u201cI\u2019d rather live in what he calls \u201chell\u201d than here.\u201d"]


def test_stray_opener_does_not_swallow_the_paragraph() -> None:
    """A typo opener inside a quotation must not keep it open to the end of the line."""
    text = "\u201cWe will win \u201cthis time,\u201d he said, and left."
    assert spans(text) == ["\u201cWe will win \u201cthis time,\u201d"]


def test_unclosed_quote_runs_to_paragraph_end_only() -> None:
    text = '"The first paragraph of a long quotation.\n\n"The second one," she said.'
    assert spans(text) == ['"The first paragraph of a long quotation.', '"The second one,"']


def test_apostrophes_are_not_quotes() -> None:
    assert spans("It's the ministry's view, the officials' too.") == []


def test_quote_types_follow_double_quote_marks() -> None:
    assert quote_type("\u201cWe will not back down,\u201d") == "direct"
    assert quote_type('the sides made "real progress" on trade') == "mixed"
    assert quote_type("S. Korea, U.S. pursue 'fully coordinated' N.Korea policy") == "mixed"
    assert quote_type("that the talks would resume") == "indirect"
    assert quote_type("it's the ministry's view") == "indirect"


def test_curly_open_straight_close_and_a_stray_straight_mark() -> None:
    mixed = "\u201cImmunity deals are wrong,\" he said, calling them \"candy.\""
    assert spans(mixed) == ["\u201cImmunity deals are wrong,\"", '"candy."']
    stray = '"He walked onto the stage, chanting \u201cU-S-A!\u201d'
    assert spans(stray) == ["\u201cU-S-A!\u201d"]


def test_opening_mark_used_as_a_closer() -> None:
    text = "He blasted the film \u201cFrozen\u201c and the books for being \u201cpro-gay,\u201d he said."
    assert spans(text) == ["\u201cFrozen\u201c", "\u201cpro-gay,\u201d"]
