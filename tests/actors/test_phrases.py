"""Resolving actor phrases from their text: countries, sectors, IGOs, context, with reasons."""

from __future__ import annotations

import pytest

from wirewatch.nlp.actors.phrases import Context, resolve_text

SEOUL = Context(country="KOR", reason="dateline SEOUL", korea=True)


def code(text: str, ctx: Context | None = None) -> str | None:
    actor = resolve_text(text, ctx).actor(text)
    return None if actor is None else actor.code


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Senior Hungarian and Romanian officials", "HUN"),
    ("Sudanese government", "SDNGOV"),
    ("Israeli army", "ISRMIL"),
    ("Egyptian police", "EGYCOP"),
    ("U.S. Congress", "USALEG"),
    ("Burundi's government", "BDIGOV"),
    ("the president of Armenia", "ARMGOV"),
    ("rebels in Darfur", "SDNREB"),
    ("French President Jacques Chirac", "FRAGOV"),
    ("Montenegro's prime minister", "MNEGOV"),
    ("Afghan opposition leader", "AFGOPP"),
    ("Rwandan rebels", "RWAREB"),
    ("Vietnamese-led forces", "VNMMIL"),  # a country's forces are MIL (PLOVER: VTN MIL)
    ("the State Department", "USAGOV"),
    ("a State Department spokesperson", "USAGOV"),
    ("the Pentagon", "USAMIL"),
    ("Voice of America", "USAMED"),
    ("KCNA", "PRKMED"),
    ("Yonhap", "KORMED"),
    ("U.N. Security Council", "IGOUNO"),
    ("the United Nations", "IGOUNO"),
    ("NATO", "IGOWSTNAT"),
    ("the European Union", "IGOEUREEC"),
    ("the IAEA", "IGOUNOIAE"),
    ("Amnesty International", "NGOHRIAMN"),
])
def test_phrases_without_context(phrase: str, expected: str) -> None:
    assert code(phrase) == expected


def test_unqualified_state_body_takes_the_dateline_country() -> None:
    res = resolve_text("the foreign ministry", SEOUL)
    actor = res.actor("the foreign ministry")
    assert actor is not None and actor.code == "KORGOV"
    assert any("dateline SEOUL" in r for r in actor.reasons)
    assert code("the foreign ministry") is None  # no dateline, no guess


def test_civilians_and_the_regime_do_not_take_the_dateline_country() -> None:
    assert code("rebels", SEOUL) is None
    assert code("the recalcitrant regime", SEOUL) is None


def test_the_north_needs_a_korea_story() -> None:
    assert code("the North", SEOUL) == "PRK"
    assert code("the South", SEOUL) == "KOR"
    assert code("the North") is None


def test_person_names_that_are_towns_do_not_become_places() -> None:
    # Obama (Japan), Hassan (India), Rivera (Uruguay) are towns; after a title they are names.
    assert code("President Obama") is None
    assert code("King Hassan") is None
    assert code("Judge Alejandro Rivera") is None
    assert code("the Red Crescent in Bam") == "NGOHLHRCR"


def test_lowercase_acronym_words_are_not_organisations() -> None:
    assert code("who") is None
    assert code("WHO") == "IGOUNOHLHWHO"
    assert code("Amnesty") == "NGOHRIAMN"


def test_successor_states_are_dated() -> None:
    old = resolve_text("Juba", Context(date="1995-03-01")).actor("Juba")
    assert old is not None and (old.code, old.name) == ("SDN", "Sudan")
    assert any("independence" in r for r in old.reasons)
    assert code("Juba", Context(date="2015-03-01")) == "SSD"


NAIROBI = Context(country="KEN", reason="dateline NAIROBI")


@pytest.mark.parametrize(("phrase", "expected"), [
    # research/event-coding.md §6: the CAMEO/Phoenix agent conventions
    ("Somali militants", "SOMUAF"),
    ("Somali gunmen", "SOMUAF"),
    ("Kenyan protesters", "KENOPP"),
    ("Kenyan activists", "KENOPP"),
    ("Egyptian officials", "EGY"),
    ("Nigerian leaders", "NGA"),
    ("Nigerian people", "NGACVL"),
    ("Nigerian workers", "NGALAB"),
    ("Nigerian farmers", "NGAAGR"),
    ("Turkish security forces", "TURMIL"),
    ("Greek coast guard", "GRCMIL"),
    ("Iraq's national security adviser", "IRQGOVMIL"),
    ("the British defence secretary", "GBRGOVMIL"),
    ("North Korean state media", "PRKGOVMED"),
    ("a Colombian government spokesman", "COLGOVMED"),
    ("Chinese Foreign Ministry spokesman", "CHNGOVMED"),
    ("Kenyan opposition lawmakers", "KENOPP"),
    ("Russian Interior Ministry officials", "RUSGOV"),
])
def test_cameo_agent_conventions(phrase: str, expected: str) -> None:
    assert code(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the ministry's spokesperson", "KENGOV"),  # a spokesperson of a coded body takes its code
    ("a spokesman for the ministry", "KENGOV"),
    ("a government spokesman", "KENGOVMED"),  # CAMEO: government + spokesman
    ("Police", "KENCOP"),
    ("parliament", "KENLEG"),
    ("officials", "KEN"),  # a domestic actor with no sector of its own
    ("Opposition leaders", "KENOPP"),
])
def test_domestic_actors_take_the_story_country(phrase: str, expected: str) -> None:
    assert code(phrase, NAIROBI) == expected


def test_sectors_concatenate_in_word_order_with_reasons() -> None:
    actor = resolve_text("a government spokesman", NAIROBI).actor("a government spokesman")
    assert actor is not None and actor.sector == "GOVMED"
    assert any("'government'" in r for r in actor.reasons) and any("'spokesman'" in r for r in actor.reasons)


@pytest.mark.parametrize("phrase", ["workers", "people", "militants", "state media", "leaders", "forces"])
def test_non_state_and_ambiguous_nouns_do_not_take_the_story_country(phrase: str) -> None:
    assert code(phrase, NAIROBI) is None


@pytest.mark.parametrize(("phrase", "expected"), [
    # a company's president is no government (seventh session): BUS, and a company has no story country
    ("the president of the company's European unit", None),
    ("officials of the ministry", "KENGOV"),  # a head without a sector takes its modifier's
    ("leaders of the opposition", "KENOPP"),
    ("the Ministry of Defence", "KENGOVMIL"),
])
def test_own_words_first_then_the_prepositional_modifier(phrase: str, expected: str) -> None:
    assert code(phrase, NAIROBI) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Union Bank of Finland", "FINBUS"),  # a proper name: its head only, no "union" LAB
    ("the Defense Department", "KENGOVMIL"),
    ("the Police Department", "KENCOP"),
])
def test_proper_names_take_their_head_sector(phrase: str, expected: str) -> None:
    assert code(phrase, NAIROBI) == expected


CANBERRA = Context(country="AUS", reason="dateline CANBERRA")
MANILA = Context(country="PHL", reason="dateline MANILA")


@pytest.mark.parametrize(("phrase", "ctx", "expected"), [
    ("the House Ways and Means Committee", None, "USALEG"),  # no country in the story: the US Congress's
    ("chairwoman of the Senate Foreign Relations Committee", None, "USALEG"),
    ("the Senate Blue Ribbon Committee", MANILA, "PHLLEG"),  # a Congress country: its own
    ("the Senate Estimates Committee", CANBERRA, "AUSLEG"),  # another country's Senate: the plain words
    ("the House of Representatives", None, None),  # no committee named: no US default
])
def test_legislative_committees_are_their_legislature(phrase: str, ctx: Context | None,
                                                      expected: str | None) -> None:
    assert code(phrase, ctx) == expected
