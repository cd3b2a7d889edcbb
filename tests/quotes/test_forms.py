"""Each attribution form on sentences written for these tests: type, content, speaker and cue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from wirewatch.nlp.model import analysis_text
from wirewatch.nlp.quotes.extract import extract_quotes
from wirewatch.records import Actor, Article, Entity, Quote

from .conftest import by_cue

pytestmark = pytest.mark.model

QuotesOf = Callable[..., list[Quote]]


def only(quotes: list[Quote], cue: str) -> Quote:
    found = by_cue(quotes, cue)
    assert len(found) == 1, [(q.cue, q.content) for q in quotes]
    return found[0]


def test_direct_with_trailing_attribution(quotes_of: QuotesOf) -> None:
    q = only(quotes_of('"We will not back down," the minister said on Monday.'), "said")
    assert (q.type, q.content, q.speaker) == ("direct", '"We will not back down,"', "the minister")


def test_direct_with_leading_attribution(quotes_of: QuotesOf) -> None:
    q = only(quotes_of('The minister said: "We will not back down from this fight."'), "said")
    assert (q.type, q.content, q.speaker) == ("direct", '"We will not back down from this fight."',
                                              "The minister")


def test_direct_with_inverted_attribution(quotes_of: QuotesOf) -> None:
    q = only(quotes_of('"We will not back down," said Foreign Minister Park Jin, speaking in Seoul.'), "said")
    assert (q.type, q.content) == ("direct", '"We will not back down,"')
    assert q.speaker == "Foreign Minister Park Jin"


def test_two_part_quote_shares_one_cue(quotes_of: QuotesOf) -> None:
    """`"A," she said. "B."` is one attribution in two parts: both carry the same cue span."""
    text = '"The talks went well," she said. "We agreed to meet again next month."'
    parts = by_cue(quotes_of(text), "said")
    assert [q.content for q in parts] == ['"The talks went well,"', '"We agreed to meet again next month."']
    cue = text.index("said")
    assert {(q.cue_start, q.cue_end, q.speaker, q.type) for q in parts} == {(cue, cue + 4, "she", "direct")}


def test_multi_sentence_quote_stays_whole(quotes_of: QuotesOf) -> None:
    quotes = quotes_of('"The talks went well," Lee told reporters. '
                       '"We agreed to meet again next month. Nothing else was settled."')
    assert [q.content for q in by_cue(quotes, "told")] == [
        '"The talks went well,"', '"We agreed to meet again next month. Nothing else was settled."']


def test_follow_on_paragraph_keeps_the_speaker(quotes_of: QuotesOf) -> None:
    """A paragraph that only continues a quotation belongs to the attribution before it."""
    quotes = quotes_of('The minister said: "We will not back down.\n\n'
                       '"Our position has not changed since last year."')
    said = by_cue(quotes, "said")
    assert [q.content for q in said] == ['"We will not back down.',
                                         '"Our position has not changed since last year."']
    assert {q.speaker for q in said} == {"The minister"}


def test_colon_opens_a_block_quote(quotes_of: QuotesOf) -> None:
    quotes = quotes_of('The spokesman said:\n\n"The ministry will review every contract signed last year."')
    q = only(quotes, "said")
    assert (q.type, q.speaker) == ("direct", "The spokesman")
    assert q.content == '"The ministry will review every contract signed last year."'


def test_mixed_quote(quotes_of: QuotesOf) -> None:
    q = only(quotes_of('Kim said the two sides had made "real progress" on trade.'), "said")
    assert (q.type, q.speaker) == ("mixed", "Kim")
    assert q.content == 'the two sides had made "real progress" on trade'


def test_indirect_said_that_keeps_that(quotes_of: QuotesOf) -> None:
    q = only(quotes_of("The ministry said that the two sides had agreed to resume talks next week."), "said")
    assert (q.type, q.speaker) == ("indirect", "The ministry")
    assert q.content == "that the two sides had agreed to resume talks next week"


def test_reported_content_is_not_attributed_again(quotes_of: QuotesOf) -> None:
    """'agreed' inside what the ministry said is not a second attribution."""
    quotes = quotes_of("The ministry said that the two sides had agreed to resume talks next week.")
    assert [q.cue for q in quotes] == ["said"]


def test_told_someone_that(quotes_of: QuotesOf) -> None:
    q = only(quotes_of("The envoy told lawmakers that the sanctions would stay in place."), "told")
    assert (q.type, q.speaker) == ("indirect", "The envoy")
    assert q.content == "that the sanctions would stay in place"


def test_according_to_before_and_after(quotes_of: QuotesOf) -> None:
    before = only(quotes_of("According to the ministry, the two sides agreed to resume talks next week."),
                  "According to")
    assert (before.content.rstrip("."), before.speaker) == ("the two sides agreed to resume talks next week",
                                                            "the ministry")
    after = only(quotes_of("The talks will resume next week, according to a government official."),
                 "according to")
    assert (after.content, after.speaker) == ("The talks will resume next week", "a government official")


def test_nominal_cue_remarks_that(quotes_of: QuotesOf) -> None:
    q = only(quotes_of("Kim's remarks that the deal was a mistake drew sharp criticism."), "remarks")
    assert (q.type, q.content, q.speaker) == ("indirect", "that the deal was a mistake", "Kim")


def test_nominal_cue_takes_the_speaker_of_its_verb(quotes_of: QuotesOf) -> None:
    q = only(quotes_of("Opposition lawmakers made the claim that the vote had been rigged."), "claim")
    assert (q.content, q.speaker) == ("that the vote had been rigged", "Opposition lawmakers")


def test_stressed_the_need(quotes_of: QuotesOf) -> None:
    q = only(quotes_of("The prime minister stressed the need for closer cooperation with Japan."), "stressed")
    assert (q.content, q.speaker) == ("the need for closer cooperation with Japan", "The prime minister")


def test_reiterating_inherits_the_subject(quotes_of: QuotesOf) -> None:
    quotes = quotes_of("The United States has stressed the need for sanctions, "
                       "while reiterating it has no hostile intent.")
    q = only(quotes, "reiterating")
    assert (q.content, q.speaker) == ("it has no hostile intent", "The United States")


def test_parenthetical_attribution_splits_the_content(quotes_of: QuotesOf) -> None:
    parts = by_cue(quotes_of("The plan, the minister said, would cut emissions by half."), "said")
    assert [q.content for q in parts] == ["The plan", "would cut emissions by half."]
    assert {q.speaker for q in parts} == {"the minister"}


def test_phrasal_and_volition_cues(quotes_of: QuotesOf) -> None:
    called = only(quotes_of("The opposition leader called for an independent inquiry into the deal."),
                  "called for")
    assert called.content == "an independent inquiry into the deal"
    assert called.speaker == "The opposition leader"
    wants = only(quotes_of("The party wants to hold the election in March."), "wants")
    assert (wants.content, wants.speaker) == ("to hold the election in March", "The party")


def test_headline_content_colon_speaker(quotes_of: QuotesOf) -> None:
    quotes = quotes_of("The two countries will hold talks next month.",
                       headline="Seoul, Tokyo agree to resume summit talks: foreign ministry")
    q = only(quotes, ":")
    assert q.headline
    assert (q.type, q.content, q.speaker) == ("indirect", "Seoul, Tokyo agree to resume summit talks",
                                              "foreign ministry")


def test_scare_quotes_are_not_quotations(quotes_of: QuotesOf) -> None:
    assert quotes_of('The so-called "peace dividend" never arrived.') == []


def test_signed_quotation(quotes_of: QuotesOf) -> None:
    text = "\u201cWe came here to work, not to be insulted.\u201d \u2015 Maria Lopez\n"
    q = only(quotes_of(text), "\u2015")
    assert (q.type, q.speaker) == ("direct", "Maria Lopez")
    assert q.content == "\u201cWe came here to work, not to be insulted.\u201d"


def test_title_case_headline_verbs(quotes_of: QuotesOf) -> None:
    """`Speaker Praises X And Denounces Y`: the parser reads title case as proper nouns."""
    qs = quotes_of("The vote is set for Tuesday.",
                   headline="Senator Jane Roe Praises Farm Bill And Denounces Tariffs")
    got = [(q.cue, q.speaker, q.content, q.headline) for q in qs]
    assert got == [("Praises", "Senator Jane Roe", "Farm Bill", True),
                   ("Denounces", "Senator Jane Roe", "Tariffs", True)]


def test_title_case_headline_with_trailing_speaker(quotes_of: QuotesOf) -> None:
    qs = quotes_of("The vote is set for Tuesday.",
                   headline="Tariffs Are \u2018A Disaster,\u2019 Governor Tells Farmers")
    q = only(qs, "Tells")
    assert (q.speaker, q.content, q.headline) == ("Governor", "Tariffs Are \u2018A Disaster,\u2019", True)


def test_relative_pronoun_speaker_reaches_its_antecedent(quotes_of: QuotesOf) -> None:
    q = only(quotes_of("The union published a survey that shows most members oppose the merger."), "shows")
    assert (q.speaker, q.content) == ("a survey that", "most members oppose the merger")


def test_inverted_speaker_after_a_short_quotation(quotes_of: QuotesOf) -> None:
    q = only(quotes_of('The mayor spoke for an hour.\n\n"Meh," wrote a local supporter.'), "wrote")
    assert (q.type, q.speaker) == ("direct", "a local supporter")


def test_impersonal_it_is_no_speaker(quotes_of: QuotesOf) -> None:
    assert all(q.speaker is None for q in quotes_of("It appears that the talks have stalled."))


def test_asked_participle_does_not_make_the_answerer_ask(quotes_of: QuotesOf) -> None:
    qs = quotes_of("Asked about the tariffs, the governor said they would hurt farmers.")
    assert only(qs, "said").speaker == "the governor"
    assert all(q.speaker is None for q in by_cue(qs, "Asked"))


def test_speaker_actor_follows_coreference(nlp: Any) -> None:
    """`he` resolved by the actors stage to a named mention takes that mention's actor."""
    text = "Park Jin met reporters in Seoul.\n\nHe said the talks with Tokyo went well."
    article = Article(id="t", text=text, body=text, body_start=0, body_end=len(text))
    minister = Actor(name="Park Jin", code="KORGOV")
    he = text.index("He said")
    article.entities = [Entity(text="Park Jin", label="PERSON", start=0, end=8, actor=minister),
                        Entity(text="He", label="PRON", start=he, end=he + 2, refers_to="Park Jin")]
    extract_quotes(article, nlp(analysis_text(article)))
    q = only(article.quotes, "said")
    assert (q.speaker, q.speaker_actor) == ("He", minister)


@pytest.mark.parametrize("headline", ["CITY COUNCIL APPROVES LEANER BUDGET",
                                      "City Council Approves Leaner Budget",
                                      "Parliament Appoints New Auditor"])
def test_headline_acts_are_not_quotes(quotes_of: QuotesOf, headline: str) -> None:
    """A vote or an appointment in a headline is an act: its object ("LEANER BUDGET") is no quote
    and its subject ("CITY COUNCIL") no speaker."""
    assert [q for q in quotes_of("The vote was 7 to 2.", headline=headline) if q.headline] == []


def test_shouted_headline_with_a_speech_verb_is_still_a_quote(quotes_of: QuotesOf) -> None:
    qs = quotes_of("The vote is set for Tuesday.", headline="GOVERNOR WARNS OF DROUGHT")
    assert [(q.cue, q.speaker) for q in qs if q.headline] == [("WARNS", "GOVERNOR")]


@pytest.mark.parametrize("headline", ["JAPAN MACHINE TOOL ORDERS RISE IN FEBRUARY",
                                      "Factory Orders Fall In March"])
def test_a_plural_noun_before_a_movement_verb_is_no_cue(quotes_of: QuotesOf, headline: str) -> None:
    assert [q for q in quotes_of("Orders were up 4 pct.", headline=headline) if q.headline] == []
