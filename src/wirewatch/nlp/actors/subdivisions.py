"""First-level divisions of the large federations, from pycountry's ISO 3166-2 subdivisions.

Thirty-fourth session (wip/actors36): agency copy of 1985-2005 places a story by its state or province
("Military police in the Amazon state of Para ..."), and the gazetteer knew only countryinfo's provinces, so
Brazil's Para was read as a small Ivorian town and Michoacan, North Kivu or Rivers state were nobody's. The
names come from a maintained library, not a hand list: the ISO 3166-2 first-level divisions of the federations
and large states whose divisions wire copy names, folded to ASCII and cut to the short form copy writes
("Michoacán de Ocampo" -> "Michoacan", "Tatarstan, Respublika" -> "Tatarstan"). A name two of these states
share ("Punjab", "Amazonas") is nobody's; a name that is also an everyday word ("Rivers", "Plateau",
"Delta") is kept only with its kind word ("Rivers state"). The few era names ISO no longer lists (Irian
Jaya, North Ossetia) are a short curated table.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# the states whose first-level divisions wire copy names as places of their own (ISO 3166-1 alpha-3)
FEDERATIONS: tuple[str, ...] = ("BRA", "IND", "NGA", "MEX", "RUS", "PAK", "IDN", "ARG", "AUS", "CAN", "ETH",
                                "ZAF", "VEN", "MYS", "COL", "PER", "SDN", "COD", "CHN", "AFG")
# Indonesia's first level is seven island regions; its provinces are the second
_LEVEL_TYPES: dict[str, str] = {"IDN": "Province"}
# the kind words copy puts after a division's name ("Rivers state", "Sindh province")
KIND_WORDS: tuple[str, ...] = ("state", "province", "region", "republic", "territory", "department")
# division names that are everyday words, capital-district labels or given names: only "<name> state"
_WORDS = frozenset({"rivers", "plateau", "delta", "northern", "red sea", "river nile", "blue nile",
                    "white nile",
                    "acre", "ciudad", "distrito federal", "distrito capital", "lara", "miranda", "magdalena",
                    "formosa", "misiones", "san martin", "santander", "loreto", "pasco", "victoria", "altay",
                    "santa cruz", "merida", "bolivar", "sucre", "cordoba", "tanganyika", "capital", "central",
                    "eastern", "western", "southern", "north", "south", "east", "west"})
# era names ISO 3166-2 no longer lists: Irian Jaya was Papua's name until 2002
ERA_NAMES: dict[str, str] = {"irian jaya": "IDN", "north ossetia": "RUS", "yakutia": "RUS",
                             "kabardino-balkaria": "RUS", "north kivu": "COD", "south kivu": "COD",
                             "shaba": "COD", "katanga": "COD", "orissa": "IND", "baluchistan": "PAK",
                             "north-west frontier province": "PAK", "kordofan": "SDN", "darfur": "SDN"}

_RUSSIAN_FORMS = re.compile(r"oblast'|kray|okrug|Respublika|^Gorod|avtonomnaya")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def short_name(name: str, iso3: str) -> str | None:
    """The form copy writes of an ISO 3166-2 name, or None for a name copy never writes that way."""
    name = re.sub(r", Respublika$", "", _fold(name))
    if iso3 == "RUS" and _RUSSIAN_FORMS.search(name):
        return None  # "Sverdlovskaya oblast'": copy writes "the Sverdlovsk region"
    name = re.sub(r" (?:Uygur |Zhuangzu |Huizu )?(?:Sheng|Shi|Zizhiqu|SAR)$", "", name)
    if iso3 == "MEX":
        name = re.sub(r" de .*$", "", name)  # "Veracruz de Ignacio de la Llave"
    if iso3 == "MYS" and name.startswith("Wilayah Persekutuan"):
        return None
    return name.strip() or None


@lru_cache(maxsize=1)
def divisions() -> dict[str, tuple[str, str]]:
    """Lower-case name -> (iso3, ISO name) of every division of `FEDERATIONS` that one state alone has."""
    import pycountry

    found: dict[str, set[tuple[str, str]]] = {}
    for iso3 in FEDERATIONS:
        country = pycountry.countries.get(alpha_3=iso3)
        if country is None:
            continue
        level = _LEVEL_TYPES.get(iso3)
        for sub in pycountry.subdivisions.get(country_code=country.alpha_2) or ():
            if (sub.type != level) if level else sub.parent_code is not None:
                continue
            name = short_name(sub.name, iso3)
            if name:
                found.setdefault(name.lower(), set()).add((iso3, sub.name))
    out = {key: next(iter(hits)) for key, hits in found.items() if len({iso for iso, _ in hits}) == 1}
    for key, iso3 in ERA_NAMES.items():
        out.setdefault(key, (iso3, key.title()))
    return out


def everyday_word(key: str) -> bool:
    """A division name that is an everyday word or a generic label: only its kind-word form is a place."""
    return key in _WORDS
