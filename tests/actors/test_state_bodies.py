"""The tenth session's table of named state bodies (state_bodies.py): well-formed rows, one row per key,
and the rows reach the scanner's institution table."""

from __future__ import annotations

from collections import Counter

from wirewatch.nlp.actors import sectors, state_bodies
from wirewatch.nlp.actors.countries import gazetteer

SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "HLH", "LAB", "AGR", "PTY", ""}


def test_no_key_is_listed_twice() -> None:
    counts = Counter(key for table in state_bodies.TABLES for key in table)
    assert [key for key, n in counts.items() if n > 1] == []


def test_rows_name_a_country_a_state_sector_and_a_display_name() -> None:
    known = gazetteer()
    for key, (country, sector, name) in state_bodies.rows().items():
        assert key == key.lower() and key.strip() == key, key
        assert country == "USR" or known.name_of(country), (key, country)
        assert sector in SECTORS, (key, sector)
        assert name, key


def test_rows_reach_the_institution_table_unless_listed_before() -> None:
    assert set(state_bodies.rows()) <= set(sectors.INSTITUTIONS)
    assert sectors.INSTITUTIONS["bank of france"] == ("FRA", "GOV", "the Bank of France")


def test_guards_only_name_keys_of_the_tables() -> None:
    keys = set(state_bodies.rows()) | {"bank of england", "bank of japan", "bank of korea", "bank of canada",
                                       "bank of israel", "reserve bank of india", "reserve bank of australia"}
    assert state_bodies.US_ONLY <= set(state_bodies.US_FEDERAL)
    assert state_bodies.CAPITALISED <= keys
    assert state_bodies.NAME_INSIDE <= keys
