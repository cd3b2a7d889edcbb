"""Companies by home country (data/companies.csv) -> the named-institution table's BUS rows.

CAMEO codes a company as its home country + BUS ("Toyota" JPNBUS, "Saudi Aramco" SAUBUS). The file
lists the world's largest firms by sector over 1985-2025 with their short and former names. A name
that is also a common word, a place or a person's name ("Shell", "Amazon", "Ford") is guarded: it
names the company only with a company word after it ("Shell Oil", "Amazon Inc", "Ford Motor Co").
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

COMPANIES = Path(__file__).resolve().parents[2] / "data" / "companies.csv"

# Words that, after a guarded name, make it a company: legal forms and the firm nouns of agency copy.
# Nouns that also make a common word a thing ("a shell company", "total oil output") are left out.
GUARD_CUES: tuple[str, ...] = (
    "inc", "corp", "co", "ltd", "limited", "plc", "llc", "sa", "ag", "nv", "se", "spa", "ab", "asa",
    "motor", "motors", "airline", "airlines",
)


class CompanyTableError(ValueError):
    """A malformed row of the companies file (the message names the line)."""


def read(path: Path = COMPANIES) -> dict[str, tuple[str, str, str]]:
    """Lower-case name -> (country, "BUS", display name), guarded names only with a cue after them.

    A name a row lists wins over a guarded name with a cue ("Continental Airlines" is the airline, not
    "Continental" + airline). Raises CompanyTableError on a row without a name, a country that is not
    three capitals, or a name two rows list."""
    table: dict[str, tuple[str, str, str]] = {}
    cued: dict[str, tuple[str, str, str]] = {}
    lines = [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    header, *rows = lines
    fields = next(csv.reader([header[1]]))
    for number, line in rows:
        row = dict(zip(fields, next(csv.reader([line])), strict=False))
        name, country = (row.get("name") or "").strip(), (row.get("country") or "").strip()
        if not name or len(country) != 3 or not country.isalpha() or not country.isupper():
            raise CompanyTableError(
                f"{path.name} line {number}: needs a name and an ISO alpha-3 country: {line!r}")
        guarded = {g.strip().lower() for g in (row.get("guarded") or "").split("|") if g.strip()}
        bare = {a.strip().lower() for a in [name, *(row.get("aliases") or "").split("|")] if a.strip()}
        for key in bare - guarded:
            if key in table and table[key][2] != name:
                raise CompanyTableError(f"{path.name} line {number}: {key!r} is already {table[key][2]}")
            table[key] = (country, "BUS", name)
        for key in (f"{g} {cue}" for g in guarded for cue in GUARD_CUES):
            cued.setdefault(key, (country, "BUS", name))
    return {**cued, **table}


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, str, str]]:
    """The shipped companies file, read once."""
    return read()
