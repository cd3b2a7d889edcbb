"""Parties in and out of government, armed groups that changed role, bare "Congress", CAMEO
regions, and the names that are also words (fifth session, issue #7). Parse-free: `resolve_text`
with the article context the actors stage would pass."""

from __future__ import annotations

import pytest

from wirewatch.nlp.actors import tenure
from wirewatch.nlp.actors.phrases import Context, resolve_text


def _code(text: str, date: str | None = "2015-06-01", country: str | None = None,
          inferred: bool = False) -> str | None:
    ctx = Context(country=country, reason=f"dateline {country}" if country else None, date=date,
                  inferred=inferred)
    actor = resolve_text(text, ctx).actor(text)
    return actor.code if actor else None


@pytest.mark.parametrize(("text", "date", "code"), [
    ("the Taliban", "2021-08-14", "AFGREB"),
    ("the Taliban", "2021-08-15", "AFGGOV"),
    ("the Pakistani Taliban", "2023-01-01", "PAKREB"),  # another group: no change of role
    ("Hayat Tahrir al-Sham", "2024-12-07", "SYRREB"),
    ("Hayat Tahrir al-Sham", "2024-12-08", "SYRGOV"),
    ("the Rapid Support Forces", "2023-04-14", "SDNMIL"),
    ("the Rapid Support Forces", "2023-04-15", "SDNREB"),
])
def test_armed_groups_change_code_on_the_day_their_role_changed(text: str, date: str, code: str) -> None:
    assert _code(text, date) == code


def test_an_undated_story_keeps_the_tables_code_and_a_party_stays_a_party() -> None:
    assert _code("the Taliban", None) == "AFGREB"
    assert _code("the BJP", None) == "INDPTY"


@pytest.mark.parametrize(("text", "date", "code"), [
    ("Republicans", "2008-12-01", "USAGOV"), ("Republicans", "2009-01-20", "USAOPP"),
    ("Democrats", "2009-01-20", "USAGOV"), ("the GOP", "2017-01-20", "USAGOV"),
    ("the Labour Party", "2010-05-10", "GBRGOV"), ("the Labour Party", "2010-05-11", "GBROPP"),
    ("the Tories", "2024-07-04", "GBRGOV"), ("the Congress party", "2014-05-25", "INDGOV"),
    ("the Congress party", "2014-05-26", "INDOPP"), ("the CDU", "2022-01-01", "DEUOPP"),
    ("the Communist Party of China", "1990-01-01", "CHNGOV"), ("the ANC", "1990-01-01", "ZAFOPP"),
])
def test_a_party_is_government_in_power_and_opposition_out_of_it(text: str, date: str, code: str) -> None:
    assert _code(text, date) == code


def test_every_reason_names_the_date_it_was_decided_on() -> None:
    res = resolve_text("Democrats", Context(date="2018-06-01"))
    assert any("out of government on 2018-06-01" in r for r in res.reasons)


@pytest.mark.parametrize(("text", "country", "code"), [
    ("Congress", None, "USALEG"),
    ("Congress", "PER", "PERLEG"),  # Peru's legislature is a Congress too
    ("Congress", "CHN", "USALEG"),  # a Beijing story about the US Congress
    ("Congress", "IND", "INDOPP"),  # India's Congress party, out of power in 2015
    ("the Congress party", None, "INDOPP"),
    ("the African National Congress", None, "ZAFGOV"),
    ("Brazil's Congress", None, "BRALEG"),
    ("the 20th Party Congress", "CHN", "CHNLEG"),  # the dateline rule for a congress, never the US one
])
def test_bare_congress(text: str, country: str | None, code: str) -> None:
    assert _code(text, country=country) == code


@pytest.mark.parametrize(("text", "country", "inferred", "code"), [
    ("Labour", "AUS", False, "AUSOPP"),  # Australia's Labor, out of power in 2015
    ("Labour", "LTU", False, None),
    ("Conservatives", "LTU", True, None),  # "The Homeland Union (Conservatives)" in a Lithuanian story
    ("Democrats", "CHN", True, "USAGOV"),  # "Democrats criticised China": a guessed context is not a dateline
    ("Democrats", "SWE", False, None),
])
def test_a_party_name_many_countries_use(text: str, country: str, inferred: bool, code: str | None) -> None:
    assert _code(text, country=country, inferred=inferred) == code


@pytest.mark.parametrize(("text", "code"), [
    ("Hamas", "PSEREB"), ("Hammas", None),
    ("the Fed", "USAGOV"), ("Fed up", None), ("fed", None),
    ("the Duma", "RUSLEG"), ("the Rada", "UKRLEG"),
    ("labour", None), ("labour costs", None),
    ("the Democratic Republic of Congo", "COD"), ("republican values", None),
    ("the Democratic Forces for the Liberation of Rwanda", "RWAREB"), ("the Republican Guard", None),
    ("Republican senators", "USALEG"),
    ("Wagner", None), ("Wagner mercenaries", "RUSUAF"),
])
def test_names_that_are_also_words(text: str, code: str | None) -> None:
    assert _code(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("Western powers", "WST"), ("Western diplomats", "WSTGOV"), ("the West", "WST"), ("Gulf states", "PGS"),
    ("Gulf Arab officials", "PGS"), ("European governments", "EURGOV"), ("African leaders", "AFR"),
    ("Western Cambodia", "KHM"), ("West Java", "IDN"), ("the West Bank", "PSE"), ("the Gulf", None),
    ("the South African government", "ZAFGOV"), ("the European Union", "IGOEUREEC"),
])
def test_cameo_regions(text: str, code: str | None) -> None:
    assert _code(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("the U.S.-led coalition", "USAMIL"), ("the Saudi-led coalition", "SAUMIL"),
    ("the U.S.-led coalition against Islamic State", "USAMIL"), ("the coalition", None),
    ("the ruling coalition", None), ("Iran-backed Houthi rebels", "YEMREB"),
    ("Kremlin-backed separatists", None),
])
def test_coalitions_and_sponsors(text: str, code: str | None) -> None:
    assert _code(text) == code


def test_no_surface_form_names_two_parties_of_one_country() -> None:
    for key, parties in tenure.PARTIES.items():
        countries = [p.country for p in parties]
        assert len(countries) == len(set(countries)), key
