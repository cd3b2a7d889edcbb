"""The state of a story's dateline on the story's day (forty-second session, wip/stories44).

The actors stage reads a dateline city of its time (`coref.article_context`: Moscow in 1986 is the Soviet
Union's, USR), but the events stage's own rules looked the dateline up bare, so "MOSCOW, Oct 22 (TASS) -
... The American ambassador was summoned to the ministry" made the summons Russia's (RUSGOV) in a story
whose every other actor is Soviet. Every rule that falls back on the dateline's state (a summoned or
recalled envoy's host, a visit "here", a vote's government, forces sent, the lead's place) asks here: the
gazetteer's place, then `countries.as_of` (the Soviet years for a place in a republic, the successions).
"""

from __future__ import annotations

from ..nlp.actors import countries
from ..nlp.actors.dictionary import day_of
from ..records import Article


def state_on_day(place: str, article: Article) -> str | None:
    """The country code of a dateline `place` on the story's day, or None when the gazetteer lacks it."""
    found = countries.lookup(place)
    if found is None or not found.iso3:
        return None
    if found.iso3 not in countries.SOVIET_REPUBLICS and found.iso3 not in countries.SUCCESSIONS:
        return found.iso3  # (most places: no date to weigh)
    soviet = countries.told_in_soviet_years(article.text)  # (cached: the actors stage asked it of this text)
    return countries.as_of(found.iso3, day_of(article.published), found.kind, soviet=soviet)[0]
