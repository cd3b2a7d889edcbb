"""The thirty-ninth session's lead fixes (issue #7). Fresh sentences (not the probe file's), each class with
controls that keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed
from support import story_triples as triples

pytestmark = [pytest.mark.model]

DATE = "2000-01-01"


def test_a_past_era_times_only_the_act_it_hangs_on(code: Any) -> None:
    # the war is the background of today's demand, which used to be dropped with the whole sentence
    got = triples(code("BEIJING (Xinhua) - China on Tuesday demanded that Japan apologise for atrocities "
                       "committed by its troops during World War II.", date=DATE))
    assert aimed(got, "CHN", "JPN", "10"), got
    # controls: the act the era times is history; a sports result stays discarded
    assert not triples(code("MOSCOW (Reuters) - Soviet troops seized the islands in the last days of World "
                            "War II.", date=DATE))
    assert not triples(code("Brazil beat Argentina 2-0 in a World Cup qualifier on Sunday.", date=DATE))
    # the act an era clause is the aim of is history too: no refusal to sign today
    assert not triples(code("TOKYO (Reuters) - Japan and Russia have never signed a treaty formally ending "
                            "World War II.", date=DATE))


def test_a_release_asked_of_a_named_party_is_asked_of_it_not_of_the_captors(code: Any) -> None:
    got = triples(code("TOKYO (Kyodo) - Japan on Monday demanded that Russia return the islands seized by "
                       "Soviet troops in 1945.", date=DATE))
    assert aimed(got, "JPN", "RUS", "105"), got
    assert not any(t.startswith("USR") for _, t, _ in got), got
    # control: with no party asked by name, the holders are asked
    got = triples(code("TEHRAN (Reuters) - Iran on Monday demanded the release of Iranian prisoners of war "
                       "held by Iraq.", date=DATE))
    assert aimed(got, "IRN", "IRQ", "105"), got


def test_people_sent_with_aid_are_aid_not_its_recipient(code: Any) -> None:
    got = triples(code("DHAKA (AFP) - Japan said on Sunday it would send $2 million in emergency aid and a "
                       "team of doctors to help flood victims in Bangladesh.", date=DATE))
    assert ("JPN", "BGD", "0333") in got, got
    got = triples(code("MANILA (Reuters) - Australia said on Tuesday it would send food, medicine and a team "
                       "of army engineers to help typhoon victims in the Philippines.", date=DATE))
    assert ("AUS", "PHL", "0333") in got, got
    # control: people sent to a named state, the state receives them
    got = triples(code("South Korea sent doctors to Japan on Monday.", date=DATE))
    assert aimed(got, "KOR", "JPN", "07"), got


def test_little_hope_of_dealings_with_a_party_is_pessimism_about_it(code: Any) -> None:
    got = triples(code("CAIRO (Reuters) - Egypt said on Monday it had little hope of a settlement with "
                       "Israel.", date=DATE))
    assert ("EGY", "ISR", "012") in {(s[:3], t[:3], c) for s, t, c in got}, got
    got = triples(code("HAVANA (Reuters) - Cuba held out little hope of better relations with Washington.",
                       date=DATE))
    assert aimed(got, "CUB", "USA", "012"), got
    # control: hope about a market names no party
    assert not triples(code("The company held out little hope of a recovery in sales this year.", date=DATE))


def test_frozen_cooperation_reduces_relations(code: Any) -> None:
    got = triples(code("OTTAWA (Reuters) - Canada on Thursday froze military cooperation with Indonesia over "
                       "the killings in East Timor.", date=DATE))
    assert aimed(got, "CAN", "IDN", "16"), got


def test_an_act_judged_a_warning_is_its_doers_warning(code: Any) -> None:
    got = triples(code("WASHINGTON (AP) - The White House said the deployment of two aircraft carriers was a "
                       "warning to Beijing.", date=DATE))
    assert aimed(got, "USA", "CHN", "13"), got
    got = triples(code("BEIJING (Reuters) - China said on Friday its naval manoeuvres were a warning to "
                       "Taipei.", date=DATE))
    assert aimed(got, "CHN", "TWN", "13"), got
    assert not any(s.startswith("TWN") for s, _, _ in got), got


def test_a_scare_quoted_party_is_still_the_party(code: Any) -> None:
    got = triples(code('BAGHDAD (Reuters) - Iraq on Sunday accused the "Kuwaiti regime" of stealing its oil.',
                       date=DATE))
    assert aimed(got, "IRQ", "KWT", "112"), got
    # control: a slogan chanted names no target
    got = triples(code('TEHRAN (Reuters) - Protesters chanted "Death to America" outside the former U.S. '
                       'embassy.', date=DATE))
    assert not any(t.startswith("USA") for _, t, _ in got), got


def test_a_promise_not_to_act_is_restraint_or_refusal_not_the_act(code: Any) -> None:
    got = triples(code("DAMASCUS (Reuters) - Syria promised on Monday not to attack Israel while the talks "
                       "went on.", date=DATE))
    assert aimed(got, "SYR", "ISR", "035"), got
    assert not aimed(got, "SYR", "ISR", "13"), got
    got = triples(code("BEIJING (Reuters) - China vowed never to renounce the use of force against Taiwan.",
                       date=DATE))
    assert aimed(got, "CHN", "TWN", "12"), got
    # control: the promise itself, not negated, keeps its threat
    got = triples(code("Iraq vowed on Sunday to attack Kuwait.", date=DATE))
    assert aimed(got, "IRQ", "KWT", "13"), got


def test_a_charge_denied_with_no_accuser_is_aimed_at_the_party_its_clause_names(code: Any) -> None:
    got = triples(code("TEHRAN (Reuters) - Iran on Sunday denied charges that it had supplied weapons to "
                       "Shi'ite militias in Iraq.", date=DATE))
    assert aimed(got, "IRN", "IRQ", "016"), got
    got = triples(code("ISLAMABAD (Reuters) - Pakistan on Tuesday dismissed as absurd charges that it had "
                       "sent arms to militants in Indian Kashmir.", date=DATE))
    assert aimed(got, "PAK", "IND", "016"), got
    # control: a charge naming no other party aims at no one
    assert not triples(code("The ministry denied charges that it had mismanaged the budget.", date=DATE))


def test_an_awaited_act_does_not_take_the_refusals_place(code: Any) -> None:
    got = triples(code("NICOSIA (Reuters) - Cyprus said on Monday it had no intention of negotiating with "
                       "Turkey until Turkish troops withdrew from the north of the island.", date=DATE))
    assert aimed(got, "CYP", "TUR", "12"), got
    assert not any(c.startswith("087") for _, _, c in got), got
    # control: an until-clause of a thing done keeps the act it follows
    got = triples(code("SARAJEVO (Reuters) - Bosnian Serb gunners shelled Gorazde for three hours until NATO "
                       "jets bombed their positions.", date=DATE))
    assert any(c.startswith("19") for _, _, c in got), got
