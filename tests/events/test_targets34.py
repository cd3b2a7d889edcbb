"""The thirty-second session's target fixes (wip/targets34, issue #7): who an act is done to in era leads.
Fresh sentences (not the probe file's), each class with controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def aimed(got: set[tuple[str, str, str]], source: str, target: str, root: str) -> bool:
    """A triple from this source country at this target (country, or actor code when longer), its code
    starting with `root`."""
    return any(s[:3] == source and t[:len(target)] == target and c.startswith(root) for s, t, c in got)


def test_a_yielding_agreed_after_talks_is_made_to_the_ones_talked_with(code: Any) -> None:
    got = triples(code("Pakistan agreed on Thursday to close two training camps, after talks in Islamabad "
                       "with U.S. envoy Strobe Talbott.", date=DATE))
    assert aimed(got, "PAK", "USA", "03") or aimed(got, "PAK", "USA", "08"), got
    got = triples(code("Angola agreed on Wednesday to suspend its offensive, following a meeting in Lusaka "
                       "with the president of Zambia.", date=DATE))
    assert aimed(got, "AGO", "ZMB", "03") or aimed(got, "AGO", "ZMB", "08"), got
    # controls: no talks named, no party; a withdrawal done keeps its time setting (probes_completion);
    # a yielding with a party of its own keeps it
    got = triples(code("Turkey agreed on Monday to suspend its offensive after heavy rain.", date=DATE))
    assert not any(s[:3] == "TUR" and t for s, t, _ in got), got
    got = triples(code("Peruvian troops withdrew from the disputed valley after talks with Ecuador.",
                       date=DATE))
    assert not aimed(got, "PER", "ECU", "08"), got
    got = triples(code("Armenia agreed to lift its blockade of Azerbaijan after talks with Iran.", date=DATE))
    assert aimed(got, "ARM", "AZE", "0") and not aimed(got, "ARM", "IRN", "0"), got


def test_a_pullback_leaves_the_country_its_occupation_or_war_names(code: Any) -> None:
    got = triples(code("Cuba began pulling its troops back to the south on Tuesday, ending its 13-year "
                       "military presence in Angola.", date=DATE))
    assert aimed(got, "CUB", "AGO", "08"), got
    got = triples(code("Uganda said it was pulling its soldiers back to the frontier, ending its occupation "
                       "of parts of eastern Congo.", date=DATE))
    assert aimed(got, "UGA", "COD", "08") or aimed(got, "UGA", "COG", "08"), got
    got = triples(code("Zimbabwe began pulling its soldiers back to their barracks on Tuesday, ending its "
                       "military presence in Mozambique.", date=DATE))
    assert aimed(got, "ZWE", "MOZ", "08"), got
    # controls: no stay named, no country; two countries named, no choice
    got = triples(code("Israel began pulling its troops back to their barracks on Monday after the "
                       "holiday.", date=DATE))
    assert not any(s[:3] == "ISR" and t and c.startswith("08") for s, t, c in got), got
    got = triples(code("Iraq began pulling its troops back to their bases, years after its war with Iran "
                       "and its occupation of Kuwait.", date=DATE))
    assert not any(s[:3] == "IRQ" and t and c.startswith("08") for s, t, c in got), got


def test_a_defence_against_an_attacker_is_aimed_at_the_party_let_in(code: Any) -> None:
    got = triples(code("Bahrain agreed on Sunday to let American warships use its harbour to defend the "
                       "island against any Iranian attack.", date=DATE))
    assert aimed(got, "BHR", "USA", "0"), got
    assert not aimed(got, "BHR", "IRN", "03"), got
    # control: a party defended keeps the reading, the attacker is not taken
    got = triples(code("Britain pledged on Friday to defend Belize against any attack by Guatemala.",
                       date=DATE))
    assert aimed(got, "GBR", "BLZ", "03"), got
    assert not aimed(got, "GBR", "GTM", "03"), got


def test_unnamed_rebels_striking_a_named_place_are_its_countrys(code: Any) -> None:
    got = triples(code("Rebels shelled the Ugandan town of Gulu on Sunday, killing four civilians.",
                       date=DATE))
    assert any(s == "UGAREB" and t[:3] == "UGA" and c.startswith("19") for s, t, c in got), got
    got = triples(code("Guerrillas attacked the Peruvian city of Ayacucho on Friday, police said.",
                       date=DATE))
    assert any(s == "PERREB" and t[:3] == "PER" and c.startswith("19") for s, t, c in got), got
    # controls: gunmen are no rebels; two countries struck give no choice
    got = triples(code("Gunmen attacked the Colombian town of Segovia on Friday.", date=DATE))
    assert not any(s == "COLREB" for s, _, _ in got), got
    got = triples(code("Rebels shelled the Zairean town of Goma and the Rwandan town of Gisenyi on Friday.",
                       date=DATE))
    assert not any(s[3:] == "REB" and s[:3] in ("COD", "ZAR", "RWA") for s, _, _ in got), got


def test_remains_exchanged_or_returned_are_a_release(code: Any) -> None:
    # spaCy lemmatises the noun "remains" to "remain": the lexicon's "remains" never matched
    got = triples(code("Ethiopia and Eritrea exchanged the remains of soldiers killed in their border war on "
                       "Friday.", date=DATE))
    assert aimed(got, "ETH", "ERI", "084") and aimed(got, "ERI", "ETH", "084"), got
    got = triples(code("North Korea returned the remains of seven American servicemen on Thursday.",
                       date=DATE))
    assert aimed(got, "PRK", "USA", "084"), got
    # control: a verb "remain" is no release
    got = triples(code("Ethiopia and Eritrea remained at war on Friday.", date=DATE))
    assert not any(c.startswith("084") for _, _, c in got), got
