"""A search snippet as the search page shows it: matches in <mark>, everything else escaped text."""

from __future__ import annotations

from wirewatch.web.highlight import snippet_html


def test_matches_are_marked_and_the_stored_text_stays_text() -> None:
    html = snippet_html('…the **<script>alert(1)</script>** & "**Kim**" said')
    assert html == ('…the <mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark> &amp; '
                    '&#34;<mark>Kim</mark>&#34; said')


def test_an_unclosed_marker_marks_the_rest_and_no_snippet_is_empty() -> None:
    assert snippet_html("a **b") == "a <mark>b</mark>"
    assert snippet_html("****x") == "x"
    assert snippet_html(None) == "" and snippet_html("") == ""
