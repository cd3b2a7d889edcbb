"""An armed or separatist group that no table lists, known by the words of its own name.

Wire copy of the 1980s-2000s names many such groups once and in full: "the Popular Front for the
Liberation of Oromia", "the Movement for the Actualization of the Sovereign State of Biafra", "the
Mouvement des Forces Democratiques de Casamance". A name that joins a kind of body (front, movement,
army, forces ...) with the vocabulary of armed struggle or secession (liberation, revolutionary,
sovereign ...) is an armed opposition, CAMEO's REB. Its country is a place its name gives, else the
story's country; with neither it is CAMEO's countryless rebel (---REB), which the events stage may
place from the state that fights it (events/home_opponents.py).

A capitalised party name no table lists ("the Serbian Democratic Party", "the National Democratic
Party" in a Cairo story) is a party, CAMEO's PTY, of the nationality its name gives, else of the story's
country.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Actor
from . import countries

if TYPE_CHECKING:
    from .phrases import Context

# the kind of body the name is (a party is read by `party_by_name`: "the People's Revolutionary Party"
# of Laos governs)
_KINDS = frozenset({
    "front", "movement", "army", "forces", "force", "organization", "organisation", "brigade", "brigades",
    "tigers", "council", "union", "alliance", "group", "mujahideen", "mujahedeen", "mujahedin",
    "militia", "militias", "commando", "commandos", "resistance", "liberation",
    "frente", "ejercito", "ejército", "fuerzas", "mouvement", "armée", "armee",
})
# words of armed struggle or secession; one of them with a kind makes the body armed
_ARMED = frozenset({
    "liberation", "liberate", "revolutionary", "revolution", "guerrilla", "guerrillas", "insurgent",
    "insurgents", "resistance", "mujahideen", "mujahedeen", "mujahedin", "jihad", "militia", "militias",
    "separatist", "independence", "self-determination", "sovereign", "sovereignty", "salvation",
    "brigades", "martyrs", "tigers", "commando", "commandos",
    "liberación", "liberacion", "revolucionarias", "revolucionario", "libération",
})
# kinds of political movement that, with forces of their own, are an armed opposition ("the Movement of
# Democratic Forces of Casamance"); a "Special Forces Group" is a state's, a "Union of Democratic
# Forces" a party
_MOVEMENTS = frozenset({"movement", "front", "mouvement", "frente", "organization", "organisation"})
# a state's own services are named by these alone ("the Afghan National Army"); a rebel group's name
# has a word of struggle besides, or a kind of movement ("the Popular Revolutionary Army")
_ARMED_HEADS = frozenset({"army", "forces", "force"})
_WORD = re.compile(r"[A-Za-zÀ-ÿ'-]+")
# state bodies that share the vocabulary ("the Revolutionary Guards", "the Armed Forces Ministry")
# and places, institutions and clubs named after an army or a revolution ("the Walter Reed Army Medical
# Center", "Revolution Square", "the Army Corps of Engineers")
_STATE_WORDS = frozenset({"guard", "guards", "ministry", "command", "government", "corps", "center",
                          "centre", "hospital", "school", "college", "academy", "university", "institute",
                          "museum", "club", "square", "stadium", "day", "band", "hotel", "press", "radio",
                          "television", "newspaper", "magazine", "party's"})


def rebels_by_name(text: str, own: Actor | None, ctx: Context, head: str | None = None) -> Actor | None:
    """The REB actor of an untabled group whose name says it bears arms. `own` is what the name's own
    words gave (a homeland's country: "... of Oromia"), else the story's country (`ctx`) places it.
    `head` is the role noun the phrase reader found at its head ("army" in "the Popular Revolutionary
    Army"), which alone says nothing of whose army."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 2 or any(w in _STATE_WORDS for w in words):
        return None
    kinds = [w for w in words if w in _KINDS and w != head]
    joined = " ".join(words)
    armed = next((w for w in words if w in _ARMED and w != head), None) \
        or next((h for h in countries.SEPARATIST_HOMELANDS if h in joined), None)  # "Biafran" too
    if armed is not None and not any(w != armed for w in kinds) and head is None:
        return None  # one word of both kinds ("the Army ...") says too little
    if armed is None and "armed" in words and any(k not in _ARMED_HEADS for k in kinds):
        armed = "armed"  # "the Armed Islamic Group"; "the Armed Forces" alone are a state's
    services = [w for w in words if w in _ARMED_HEADS]
    if armed is None and (head in _ARMED_HEADS or services) and any(k in _MOVEMENTS for k in kinds):
        armed = head or services[0]  # "the Movement of Democratic Forces of Casamance"
    if armed is None or not (kinds or head):
        return None
    why = f"'{text}' is an untabled group whose name says it bears arms ('{armed}'): REB"
    return _placed(text, "REB", why, own, ctx, required=False)


def party_by_name(text: str, own: Actor | None, ctx: Context) -> Actor | None:
    """The PTY actor of a capitalised party name the tables lack, of the country its own words give
    (a nationality: "the Serbian Democratic Party"), else of the story's; None with neither."""
    if "Party" not in _WORD.findall(text):
        return None
    return _placed(text, "PTY", f"'{text}' is a party's name no table lists: PTY", own, ctx, required=True)


def _placed(text: str, sector: str, why: str, own: Actor | None, ctx: Context, *,
            required: bool) -> Actor | None:
    """The actor of `sector` in the country the name's own words give, else the story's country (with
    its reason), else CAMEO's unknown country ---, or None when a country is `required`."""
    if own is not None and own.country:
        country: str | None = own.country
        reasons = [why, *own.reasons]
    elif ctx.country and ctx.reason:
        country, reasons = ctx.country, [why, ctx.explain(text)]
    elif required:
        return None
    else:
        country, reasons = None, [why]
    return Actor(name=text, code=(country or "---") + sector, country=country, sector=sector, reasons=reasons)
