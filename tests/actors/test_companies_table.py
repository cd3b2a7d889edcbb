"""The companies file (data/companies.csv): what it may match bare, and how a bad row fails."""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry
import pytest

from wirewatch.nlp.actors import companies, sectors
from wirewatch.nlp.actors.dictionary import BUILTIN


def _rows() -> list[dict[str, str]]:
    lines = [line for line in companies.COMPANIES.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


def test_every_company_has_an_iso_home_country() -> None:
    unknown = {r["name"]: r["country"] for r in _rows()
               if pycountry.countries.get(alpha_3=r["country"]) is None}
    assert not unknown, unknown


def test_no_bare_name_is_a_country_capital_or_demonym() -> None:
    """"Emirates" or "Delta" alone would turn a place into a firm: such names are guarded."""
    from wirewatch.nlp.actors import countries

    places = {key: place.iso3 for key in companies.table()
              if (place := countries.lookup(key.title(), cities=False)) is not None}
    assert not places, places


def test_no_bare_name_is_an_office_holder_name() -> None:
    """A surname of the office-holder table ("Ford", "Dole") never names a company alone."""
    forms: set[str] = set()
    for line in BUILTIN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name,"):
            continue
        name, _, aliases, *_ = next(csv.reader([line]))
        for form in [name, *aliases.split("|")]:
            if form:
                forms |= {form.lower(), form.split()[-1].lower()}
    clashes = sorted(key for key in companies.table() if key in forms)
    assert not clashes, clashes


def test_guarded_names_need_a_company_word() -> None:
    table = companies.table()
    assert "shell" not in table and "amazon" not in table and "ford" not in table
    assert table["shell oil"] == ("GBR", "BUS", "Shell")
    assert table["amazon inc"] == ("USA", "BUS", "Amazon")
    assert table["ford motor co"] == ("USA", "BUS", "Ford")
    assert table["continental airlines"][2] == "Continental Airlines", "a listed name beats a cue"


def test_former_names_code_as_the_company_they_became() -> None:
    table = companies.table()
    assert table["statoil"] == ("NOR", "BUS", "Equinor")
    assert table["daimler-benz"] == ("DEU", "BUS", "Daimler")
    assert table["matsushita"] == ("JPN", "BUS", "Panasonic")


def test_companies_reach_the_institution_table_without_replacing_institutions() -> None:
    assert sectors.INSTITUTIONS["lukoil"] == ("RUS", "BUS", "Lukoil")
    assert sectors.INSTITUTIONS["wells fargo"] == ("USA", "BUS", "Wells Fargo")
    assert "BUS" not in sectors.CONTEXT_SECTORS, "BUS is never a context sector"


@pytest.mark.parametrize("row, complaint", [
    ("Acme,US,,", "ISO alpha-3"),
    (",USA,,", "ISO alpha-3"),
    ("Acme,USA,Lukoil,", "'lukoil' is already Lukoil"),
])
def test_a_bad_row_fails_with_its_line(tmp_path: Path, row: str, complaint: str) -> None:
    path = tmp_path / "companies.csv"
    path.write_text(f"# test\nname,country,aliases,guarded\nLukoil,RUS,,\n{row}\n", encoding="utf-8")
    with pytest.raises(companies.CompanyTableError, match="line 4") as err:
        companies.read(path)
    assert complaint in str(err.value)
