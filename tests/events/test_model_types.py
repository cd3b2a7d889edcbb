"""The coder on hand-written wire sentences: one per PLOVER type, plus negation, hypotheticals,
compound actors, reported demands and quote links. Needs the spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

# (sentence, PLOVER type, source country, target country or None)
TYPED = [
    ("Chile agreed on Monday to resume fuel shipments to Peru, the foreign ministry said.", "AGREE",
     "CHL", "PER"),
    ("Norway's prime minister met Swedish officials in Oslo on Tuesday.", "CONSULT", "NOR", "SWE"),
    ("Kenya praised Ethiopia for its role in the peace talks.", "SUPPORT", "KEN", "ETH"),
    ("Turkey apologized to Greece for the incident at sea.", "CONCEDE", "TUR", "GRC"),
    ("Brazil and Argentina launched joint naval exercises in the South Atlantic.", "COOPERATE", "BRA", "ARG"),
    ("Japan gave Vietnam 30 million dollars in flood aid.", "AID", "JPN", "VNM"),
    ("Indian troops withdrew from the disputed valley after talks with China.", "RETREAT", "IND", None),
    ("Germany demanded that Russia release the detained journalists.", "REQUEST", "DEU", "RUS"),
    ("Egypt accused Israel of violating the border agreement.", "ACCUSE", "EGY", "ISR"),
    ("Pakistan rejected India's proposal for talks on the disputed region.", "REJECT", "PAK", "IND"),
    ("Iran threatened to close its airspace to Saudi Arabia.", "THREATEN", "IRN", None),
    ("Thousands of students demonstrated in Manila against the new tax law.", "PROTEST", "PHL", None),
    ("The European Union imposed sanctions on Belarus over the disputed election.", "SANCTION", None, "BLR"),
    ("China deployed troops to its border with Myanmar.", "MOBILIZE", "CHN", None),
    ("Police in Uganda arrested 30 opposition supporters on Sunday.", "COERCE", "UGA", None),
    ("Syrian government forces shelled rebel positions near Aleppo, killing 12 civilians.", "ASSAULT",
     "SYR", None),
]


def _country(actor: Any) -> str | None:
    return None if actor is None or not actor.code else actor.code[:3]


@pytest.mark.parametrize(("text", "etype", "source", "target"), TYPED, ids=[t[1] for t in TYPED])
def test_each_plover_type(code: Any, text: str, etype: str, source: str | None, target: str | None) -> None:
    article = code(text)
    types = {e.type for e in article.events}
    assert types == {etype}, f"{text!r} coded as {types}"  # one reading, no spray of types
    # the first CAMEO-coded dyad; an event with no coded recipient has no CAMEO triple
    event = next((e for e in article.events if e.cameo), article.events[0])
    if source:
        assert _country(event.source) == source
    if target:
        assert _country(event.target) == target
    if event.target is None:
        assert event.cameo is None and event.goldstein is None
    else:
        assert event.cameo and isinstance(event.cameo, str) and len(event.cameo) >= 3
        assert event.goldstein is not None
    assert event.plover_score is not None
    assert article.text[event.start:event.end] == event.text and event.trigger in event.text


def test_negated_event_is_flagged_with_lower_confidence(code: Any) -> None:
    plain = code("France attacked the convoy near the border, the ministry said.").events[0]
    negated = code("France did not attack the convoy near the border, the ministry said.").events[0]
    assert negated.negated and not plain.negated
    assert negated.confidence is not None and plain.confidence is not None
    assert negated.confidence < plain.confidence


def test_negated_intention_to_cooperate_is_reject(code: Any) -> None:
    article = code("Syria said it will not accept any more refugees from Iraq.")
    assert {e.type for e in article.events} == {"REJECT"}
    assert article.events[0].source is not None and article.events[0].source.code.startswith("SYR")


@pytest.mark.parametrize(("text", "fact"), [
    ("Spain would consider sending troops to Mali if asked, the defense minister said.",
     "Spain sent troops to Mali, the defense minister said."),
    ("Greece could impose sanctions on Turkey, a government source said.",
     "Greece imposed sanctions on Turkey, a government source said."),
])
def test_hypothetical_events_are_flagged(code: Any, text: str, fact: str) -> None:
    events = code(text).events
    assert events and all(e.hypothetical for e in events)
    # the confidence is the calibrated chance the triple is right (events/confidence.py): a maybe is
    # less likely to be accepted than the same act told as done
    done = code(fact).events
    assert max(e.confidence or 0 for e in events) < min(e.confidence or 0 for e in done)


def test_willingness_to_meet_is_agree_not_consult(code: Any) -> None:
    text = "Canada is willing to meet with Cuba without preconditions, the foreign minister said."
    events = code(text).events
    assert [e.type for e in events] == ["AGREE"]
    assert events[0].cameo == "036"  # express intent to meet or negotiate
    assert _country(events[0].source) == "CAN" and _country(events[0].target) == "CUB"


def test_future_conflict_is_a_threat(code: Any) -> None:
    events = code("The rebels said they would blockade the capital from Monday.").events
    assert {e.type for e in events} == {"THREATEN"}


def test_reported_must_is_a_request_from_the_speaker(code: Any) -> None:
    article = code('"Venezuela must release the prisoners," the U.S. State Department said.')
    assert [e.type for e in article.events] == ["REQUEST"]
    event = article.events[0]
    assert _country(event.source) == "USA" and _country(event.target) == "VEN"
    assert event.quote_index is not None  # linked to the quote it is said in
    assert article.quotes[event.quote_index].content_start <= event.start


def test_compound_actors_expand_to_cameo_dyads_but_keep_plover_lists(code: Any) -> None:
    met = code("Kenya and Tanzania held talks on the border dispute.").events
    # PLOVER reading first: one event, both actors, no recipient, no CAMEO code
    assert met[0].type == "CONSULT" and met[0].target is None and met[0].cameo is None
    assert [_country(a) for a in met[0].sources] == ["KEN", "TZA"]
    # CAMEO reading: one coded dyad each way
    dyads = {(_country(e.source), _country(e.target)) for e in met if e.cameo}
    assert dyads == {("KEN", "TZA"), ("TZA", "KEN")}
    assert all(len(e.sources) == 2 and e.type == "CONSULT" for e in met)
    accused = code("Thailand and Cambodia accused Laos of diverting the river.").events
    assert {(_country(e.source), _country(e.target)) for e in accused} == {("THA", "LAO"), ("KHM", "LAO")}
    assert all(e.cameo == "112" for e in accused)  # not reciprocal: no PLOVER-only lead event
    assert {e.type for e in accused} == {"ACCUSE"}


def test_event_date_comes_from_the_sentence_timex(code: Any) -> None:
    events = code("Police in Uganda arrested 30 opposition supporters on Sunday.", date="2024-03-05").events
    assert events[0].date == "2024-03-03"
    undated = code("Egypt accused Israel of violating the border agreement.", date="2024-03-05").events
    assert undated[0].date == "2024-03-05"  # no timex: the publication date


@pytest.mark.parametrize(("text", "etype", "cameo"), [
    ("The Kenyan government imposed sanctions on Uganda.", "SANCTION", "163"),
    ("The Kenyan government imposed a curfew on Somali traders.", "COERCE", "1723"),
    ("The Kenyan government lifted the curfew on Somali traders.", "CONCEDE", "0813"),
])
def test_object_conditions_choose_the_reading(code: Any, text: str, etype: str, cameo: str) -> None:
    events = code(text).events
    assert [(e.type, e.cameo) for e in events] == [(etype, cameo)]


def test_nested_parties_of_the_object_are_the_targets(code: Any) -> None:
    # "welcomed the resumption of talks between Sudan and Chad": one CAMEO dyad per named party
    events = code("Kenya welcomed the resumption of talks between Sudan and Chad.").events
    assert {(e.type, e.cameo, e.source.code, e.target.code) for e in events
            if e.source and e.target} == {("SUPPORT", "051", "KEN", "SDN"), ("SUPPORT", "051", "KEN", "TCD")}


def test_an_event_noun_is_no_party_but_its_agent_is(code: Any) -> None:
    # "condemned the attack by X": X; "held talks with Y in Beijing": Y, never the talks' place
    events = code("Kenya condemned the attack by Somali militants on Friday.").events
    assert {(e.source.code, e.target.code[:3], e.cameo) for e in events if e.cameo} == {("KEN", "SOM", "111")}
    events = code("Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da "
                  "Silva in Beijing on Friday.").events
    assert {(e.source.code[:3], e.target.code[:3], e.cameo) for e in events if e.cameo} == \
        {("CHN", "BRA", "046"), ("BRA", "CHN", "046")}


def test_police_in_a_named_city_get_that_country(code: Any) -> None:
    text = "TOKYO, March 3 (Kyodo) -- Police in Seoul detained 12 protesters on Saturday.\n(END)\n"
    events = code(text).events
    assert [e.type for e in events] == ["COERCE"]
    assert events[0].source is not None and events[0].source.code == "KORCOP"


@pytest.mark.parametrize("text", [
    "Car sales declined 4 percent in March, the industry association said.",
    "The company declined to comment on the report.",
    "Lower costs helped boost quarterly profits, the chief executive said.",
    "Demand for crude oil rose sharply in the first quarter.",
    "Prices should fall next year as supply improves, analysts said.",
    "Shares traded at 42 dollars on Monday.",
])
def test_business_copy_codes_no_political_event(code: Any, text: str) -> None:
    assert code(text).events == []
