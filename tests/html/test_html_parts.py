"""The pieces of the HTML reader: pass choice, furniture lines, title cleanup."""

from __future__ import annotations

from wirewatch.ingest.html import clean_title, render
from wirewatch.ingest.html_body import choose
from wirewatch.ingest.html_clean import drop_furniture, is_furniture

STORY = ("The council voted on Monday to close the old bridge to lorries. Engineers found cracks in two "
         "of its piers last month. The ban starts in June and will last until repairs are done.")
TEASERS = "Read our guide to the best walks along the river. Ten pubs you must visit this summer."


def test_precision_pass_wins_when_it_only_trims() -> None:
    text, method = choose(STORY + "\n" + TEASERS, STORY)
    assert (text, method) == (STORY, "precision")


def test_balanced_pass_wins_when_precision_collapses_or_wanders() -> None:
    long_story = "\n".join([STORY] * 6)
    assert choose(long_story, "The council voted on Monday.")[1] == "balanced"  # a stub
    assert choose(STORY, TEASERS)[1] == "balanced"  # different text, not a trim
    assert choose(STORY, "")[1] == "balanced"
    assert choose("", STORY)[1] == "precision"


def test_furniture_lines_go_and_prose_stays() -> None:
    for junk in ["Comments", "- Print Article", "Tags:",
                 "Copyright ©2024 Harbour Media, Inc. All Rights Reserved",
                 "Write to Tove Lindqvist at tove@courier.example",
                 "An error has occurred, please try again later."]:
        assert is_furniture(junk), junk
    for prose in ["Comments from residents were overwhelmingly negative, the mayor said.",
                  "The company said it had reserved all rights to appeal."]:
        assert not is_furniture(prose), prose
    assert drop_furniture(["Comments", "Tags"]) == []  # all furniture: the page has no article


def test_title_loses_the_site_name() -> None:
    site = "Harbour Courier"
    assert clean_title("Bridge closed to lorries | Harbour Courier", site) == "Bridge closed to lorries"
    assert clean_title("Harbour Courier - Bridge closed", "Harbour Courier") == "Bridge closed"
    assert clean_title("Bridge closed - for now", None) == "Bridge closed - for now"


def test_render_puts_the_headline_first_and_blank_lines_between_paragraphs() -> None:
    assert render("Head", ["One.", "Two."]) == "Head\n\nOne.\n\nTwo.\n"
    assert render(None, ["One."]) == "One.\n"
