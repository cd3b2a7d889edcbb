"""Text that is not wire copy degrades gracefully: NLP downstream must still see all of it."""

from __future__ import annotations

from wirewatch.pipeline import analyze


def test_single_sentence_is_all_body() -> None:
    text = "  The United States and Jordan agreed upon a new free-trade pact, the White House announced.\n"
    a = analyze(text, only="structure")
    assert a.headline is None
    assert a.dateline is None and a.end_marker is None
    assert a.body == text.strip()
    assert (a.body_start, a.body_end) == (2, len(text.rstrip()))


def test_plain_paragraphs_without_headline() -> None:
    text = ("On the other hand, it's turning out to be another very bad financial week for Asia, with stock "
            "markets falling again and currencies under pressure across the region as investors pull out.\n\n"
            "The financial assistance from the World Bank is not helping.")
    a = analyze(text, only="structure")
    assert a.headline is None
    assert a.body == text


def test_titled_article_keeps_title_out_of_body() -> None:
    text = ("Poll: Wealthy Voters Abandon Republican Party for the Democratic Nominee.\n\n"
            "A new poll shows that households making $100,000 or more have shifted.\n\n"
            "The shift is largest among college graduates.")
    a = analyze(text, only="structure")
    assert a.headline == "Poll: Wealthy Voters Abandon Republican Party for the Democratic Nominee."
    assert a.body.startswith("A new poll shows")


def test_hard_wrapped_first_line_is_not_a_headline() -> None:
    text = ("Mark Example, of Virginia, to be Ambassador Extraordinary and\n"
            "Plenipotentiary of the United States to the Republic of Poland.\n")
    a = analyze(text, only="structure")
    assert a.headline is None
    assert a.body == text.strip()


def test_transcript_location_line_stays_in_view() -> None:
    # nothing is lost: whatever is not the headline is body
    text = "MS. SMITH: Good afternoon.\nQ: Thank you.\n"
    a = analyze(text, only="structure")
    assert (a.headline or "") + a.body != ""
    assert "Thank you." in a.body


def test_metadata_title_is_the_headline_and_leaves_the_body() -> None:
    from wirewatch.pipeline import analyze_structure
    from wirewatch.records import Document

    text = "Floral Tribute Paid\n[2024.09.05.]\nPyongyang, September 4 (KCNA) -- Flowers were laid.\n"
    a = analyze_structure(Document(id="k", text=text, title="Floral Tribute Paid"))
    assert a.headline == "Floral Tribute Paid" and a.headline_start == 0
    assert a.body == "Flowers were laid."
    b = analyze_structure(Document(id="w", text="Via Teleconference\n\nMR. X: Hello.\n",
                                   title="Press Call on Y"))
    assert b.headline == "Press Call on Y" and b.headline_start is None


def test_sentence_case_headline_ending_in_a_period() -> None:
    text = ("Flight attendants' union endorses candidate.\n\n"
            "A union representing flight attendants endorsed the candidate on Monday.")
    a = analyze(text, only="structure")
    assert a.headline == "Flight attendants' union endorses candidate."
    assert a.body.startswith("A union representing")


def test_first_sentence_of_a_story_is_not_a_headline() -> None:
    for text in ("Advanced Widgets Inc. said it purchased 93% of a unit of Example Group Inc.\n\n"
                 "The company paid $106 million in cash.",
                 "The New York Times said in an editorial on Thursday, April 6:\n\nThe decision was right."):
        a = analyze(text, only="structure")
        assert a.headline is None
        assert a.body == text


def test_headline_with_subhead_after_a_semicolon() -> None:
    text = ("Lawmaker urges retaliation on Russia; \nMember of House panel says U.S. must act.\n\n"
            "Rep. Example said on Sunday that the country should respond.")
    a = analyze(text, only="structure")
    assert a.headline == "Lawmaker urges retaliation on Russia; Member of House panel says U.S. must act."
    assert a.body.startswith("Rep. Example said")


def test_undated_dateline() -> None:
    text = "(Undated)\n\nThe boy will remain in the country for at least two more weeks, a court ruled."
    a = analyze(text, only="structure")
    assert a.headline is None
    assert a.dateline is not None and a.dateline.text == "(Undated)" and a.dateline.place is None
    assert a.body.startswith("The boy will remain")
