"""Forty-second session (wip/actors44), the actor classes as the events stage meets them: a government,
leadership or party "in exile" (or "exiled") is not the dateline's, whose capital it only sits in ("CONAKRY -
The government in exile appealed" is no Guinean act); a rebel side's "army" is the army of the state it
fights, as its "government" is ("NAIROBI - Burundi rebels accused the army" is Burundi's). Controls: a plain
"the government" keeps the dateline; a nationality's exiles keep their words; a state's officials abroad
leave "the army" to the dateline. Fresh sentences, not the probes'."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

CASES = [
    # (sentence, date, (source, target country, root)); "" for a part the case does not check
    ("ABIDJAN (Reuters) - The government in exile on Tuesday urged West African states to restore it to "
     "power.", "1997-08-01", ("---GOV", "", "")),
    ("TAIF (Reuters) - The exiled government on Sunday accused Iraqi troops of looting hospitals.",
     "1990-09-10", ("---GOV", "IRQ", "11")),
    ("NAIROBI (Reuters) - Sudanese rebels on Monday accused the army of bombing villages in the south.",
     "1996-06-01", ("SDNREB", "SDN", "11")),
    ("KAMPALA (Reuters) - Rwandan Patriotic Front rebels on Tuesday accused the army of breaking the "
     "ceasefire.", "1993-03-01", ("RWAREB", "RWA", "11")),
    ("ABIDJAN (Reuters) - LURD rebels on Monday accused the army of killing civilians in Lofa county.",
     "2001-06-01", ("LBRREB", "LBR", "11")),
    # controls: the dateline's own government; a nationality's exiles; a state's officials abroad
    ("CONAKRY (Reuters) - The government on Tuesday urged West African states to send more troops.",
     "1997-08-01", ("GINGOV", "", "")),
    ("NAIROBI (Reuters) - Ethiopian exiles on Monday accused the government of jailing journalists.",
     "1996-06-01", ("ETHOPP", "", "11")),
    ("NAIROBI (Reuters) - Ugandan officials on Monday accused the army of harbouring rebels.",
     "1997-06-01", ("UGA", "KEN", "11")),
    # control: the Dayak people are no Tuareg leader's (Mano Dayak's row has no bare "Dayak")
    ("PONTIANAK (Reuters) - Dayak fighters on Monday attacked Madurese homes.", "1997-02-01",
     ("---UAF", "", "")),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES, ids=[f"{c[0][:40]}-{c[1]}" for c in CASES])
def test_actor_classes_in_events(code: Any, text: str, date: str, want: tuple[str, str, str]) -> None:
    art = code(text, date=date)
    # the source whole, the target as long as the case writes it (a country, or nothing), the root as long
    # as the case writes it
    width, root = len(want[1]), len(want[2])
    got = {(e.source.code, (e.target.code if e.target else "")[:width], (e.cameo or "")[:root])
           for e in art.events if e.source}
    assert want in got, sorted(got)
