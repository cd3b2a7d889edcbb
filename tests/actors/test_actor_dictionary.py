"""User actor dictionaries: CSV format, date ranges, override of built-ins, new mentions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from actors.actor_helpers import blank_doc, make_article
from wirewatch.errors import WirewatchError
from wirewatch.nlp.actors import dictionary as actor_dictionary
from wirewatch.nlp.actors.assign import assign_actors

CSV = """# test dictionary
name,code,aliases,start,end,note
Moon Jae-in,KORGOV,President Moon|Moon,2017-05-10,2022-05-09,president
Moon Jae-in,KORELI,Moon,2022-05-10,,former president
Arnor,ARN,Arnorian,,,fictional country
"""


@pytest.fixture()
def csv_path(tmp_path: Path) -> str:
    path = tmp_path / "actors.csv"
    path.write_text(CSV, encoding="utf-8")
    return str(path)


def test_date_ranges_pick_the_entry_in_force(csv_path: str) -> None:
    table = actor_dictionary.load((csv_path,))
    assert table.lookup("Moon", "2019-01-01").code == "KORGOV"  # type: ignore[union-attr]
    assert table.lookup("Moon", "2023-06-01").code == "KORELI"  # type: ignore[union-attr]
    assert table.lookup("Moon", "2010-01-01") is None  # before any range: strict for user files
    assert table.lookup("Arnorian", "1995-01-01").code == "ARN"  # type: ignore[union-attr]


def test_dictionary_overrides_and_adds_mentions(blank_nlp: Any, csv_path: str) -> None:
    text = "Arnor restored ties with Seoul, Moon said."
    article = make_article(text, published="2019-01-01")
    # NER found Seoul and Moon but not the fictional Arnor
    assign_actors(article, blank_doc(blank_nlp, text, [("Seoul", "GPE"), ("Moon", "PERSON")]),
                  dictionaries=[csv_path])
    by_text = {e.text: e for e in article.entities}
    assert by_text["Arnor"].actor.code == "ARN"  # type: ignore[union-attr]
    assert by_text["Arnor"].label == "ACTOR"
    assert text[by_text["Arnor"].start:by_text["Arnor"].end] == "Arnor"
    assert by_text["Moon"].actor.code == "KORGOV"  # type: ignore[union-attr]
    assert any("actors.csv:3" in r for r in by_text["Moon"].actor.reasons)  # type: ignore[union-attr]
    assert by_text["Seoul"].actor.code == "KOR"  # type: ignore[union-attr]


def test_malformed_files_say_where(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,code,start\nArnor,ARN,1995/01/01\n", encoding="utf-8")
    with pytest.raises(WirewatchError, match=r"bad.csv:2.*YYYY-MM-DD"):
        actor_dictionary.read_csv(bad)
    headless = tmp_path / "headless.csv"
    headless.write_text("Arnor;ARN\n", encoding="utf-8")
    with pytest.raises(WirewatchError, match="name,code"):
        actor_dictionary.read_csv(headless)


def test_dates_in_basic_format_and_partial_dates() -> None:
    assert actor_dictionary.day_of("20000101") == "2000-01-01"
    assert actor_dictionary.day_of("2021-10-05T09:00:00+09:00") == "2021-10-05"
    assert actor_dictionary.day_of("XXXX-09-26") is None
    assert actor_dictionary.day_of(None) is None


def test_builtin_surface_forms_name_one_person_at_a_time() -> None:
    """A name or surname in the shipped office-holder table never points at two different people
    on the same day ("Aliyev" is Heydar until 2003, then Ilham; "Rice" is Condoleezza, then Susan),
    so the date alone decides who a mention is."""
    table = actor_dictionary.builtin()
    clashes = []
    for surface, entries in table.forms.items():
        for i, first in enumerate(entries):
            for second in entries[i + 1:]:
                if first.name == second.name:
                    continue
                lo = max(first.start or "0000", second.start or "0000")
                hi = min(first.end or "9999", second.end or "9999")
                if lo < hi:
                    clashes.append((surface, first.name, second.name, lo, hi))
    assert not clashes


def test_builtin_rows_are_well_formed() -> None:
    """Every dated row starts before it ends, and every code is a known root plus sectors."""
    for entries in actor_dictionary.builtin().forms.values():
        for entry in entries:
            assert not (entry.start and entry.end) or entry.start <= entry.end, entry.source
            assert len(entry.code) >= 3 and len(entry.code) % 3 == 0, entry.source
