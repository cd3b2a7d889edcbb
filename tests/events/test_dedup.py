"""One event per occurrence (events/dedup.py) on hand-built events: no model needed."""

from __future__ import annotations

from wirewatch.events.dedup import merge_occurrences
from wirewatch.records import Event, EventActor


def _event(start: int, trigger: str, etype: str, source: str | None, target: str | None,
           cameo: str | None = None, date: str = "2024-03-05", place: str | None = None) -> Event:
    return Event(source=EventActor(text=source, code=source) if source else None,
                 target=EventActor(text=target, code=target) if target else None,
                 type=etype, cameo=cameo, date=date, place=place, start=start, end=start + 10,
                 trigger=trigger)


def test_a_restatement_merges_and_keeps_both_spans() -> None:
    first = _event(0, "fired", "ASSAULT", "PRK", None)
    again = _event(200, "fired", "ASSAULT", "PRK", None)
    (kept,) = merge_occurrences([first, again])
    assert kept.mentions == [[0, 10], [200, 210]]


def test_the_fuller_report_stands_for_the_occurrence() -> None:
    headline = _event(0, "attack", "ASSAULT", "ISR", None)
    lead = _event(100, "struck", "ASSAULT", "ISR", "PSE", cameo="195")
    (kept,) = merge_occurrences([headline, lead])
    assert kept.cameo == "195" and kept.target is not None and kept.mentions == [[100, 110], [0, 10]]


def test_other_dyads_places_dates_and_statements_stay_apart() -> None:
    assert len(merge_occurrences([_event(0, "struck", "ASSAULT", "ISR", "PSE"),
                                  _event(90, "struck", "ASSAULT", "ISR", "LBN")])) == 2
    assert len(merge_occurrences([_event(0, "rallied", "PROTEST", "KEN", None, place="Nairobi"),
                                  _event(90, "marched", "PROTEST", "KEN", None, place="Mombasa")])) == 2
    assert len(merge_occurrences([_event(0, "struck", "ASSAULT", "ISR", "PSE", date="2024-03-04"),
                                  _event(90, "struck", "ASSAULT", "ISR", "PSE", date="2024-03-06")],
                                 published="2024-03-07")) == 2
    # two different statements by the same pair: agreeing to cooperate (031) and to talk (036)
    assert len(merge_occurrences([_event(0, "cooperation", "AGREE", "JPN", "PHL", cameo="031"),
                                  _event(300, "talks", "AGREE", "JPN", "PHL", cameo="036")],
                                 headline_end=0)) == 2


def test_codes_of_one_actor_at_two_levels_of_detail_fit() -> None:
    merged = merge_occurrences([_event(0, "coordinated", "SUPPORT", "KORGOV", None),
                                _event(120, "coordinated", "SUPPORT", "KOR", "USA", cameo="050")])
    assert len(merged) == 1
    apart = merge_occurrences([_event(0, "fired", "COERCE", "KENCOP", "KENOPP"),
                               _event(120, "fired", "COERCE", "KENMIL", "KENOPP")])
    assert len(apart) == 2


def test_rows_of_one_reading_are_never_merged_with_each_other() -> None:
    both_ways = [_event(0, "talks", "CONSULT", "SDN", "TCD", cameo="046"),
                 _event(0, "talks", "CONSULT", "TCD", "SDN", cameo="046")]
    assert len(merge_occurrences(both_ways)) == 2


def test_a_report_that_says_also_is_another_act_and_further_talks_are_not() -> None:
    headline = _event(0, "agree", "AGREE", "JPN", "PHL", cameo="0312")
    headline.text = "Japan, Philippines agree to boost"
    also = _event(200, "agreed", "AGREE", "JPN", "PHL", cameo="0312")
    also.text = "The two also agreed to start"
    assert len(merge_occurrences([headline, also], headline_end=40)) == 2
    further = _event(200, "agreed", "AGREE", "JPN", "PHL", cameo="0312")
    further.text = "Japan and the Philippines agreed to hold further"
    assert len(merge_occurrences([headline, further], headline_end=40)) == 1
