"""The twenty-third session's fixes from batch 9's READ half (wire25): general constructions of English
wire copy, each with sentences of our own (none is a batch 9 sentence) and controls that keep their
reading.

* "arrived here" in a datelined story is a visit to the dateline's place (`visit_hosts.dateline_here`);
* "X needs to do Y", reported, is an appeal to X (02), where "must" / "has to" stay a demand (10); "has
  to" and "needs to" find X on the head verb (`coder._obligation`, `attach.attach_actors`);
* "used its speech / took the opportunity to criticise Y": the user acts (`parse.SUBJECT_CONTROL`);
* "said X was involved in the attack", "said X's involvement in the provocation was proved": an
  accusation of X (112, `speech._involved`);
* "will not bow to / had no plans to give in to X's pressure": a refusal to yield (124,
  `coder._refused_yield`), not an act that did not happen;
* "heralded X as a breakthrough": praise (051) only with a verdict of approval (lexicon row `herald`).
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]


def triples(art: Any) -> set[Triple]:
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


def has(got: set[Triple], src: str, tgt: str, root: str) -> bool:
    """A triple of these countries (first three letters) and this root (or code prefix)."""
    return any(s[:3] == src and t[:3] == tgt and c.startswith(root) for s, t, c in got)


# --- "arrived here" under a dateline --------------------------------------------------------------

@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("MOSCOW (Reuters) - Chinese Foreign Minister Wang Yi arrived here on Tuesday for talks.", "CHN", "RUS"),
    ("Pyongyang, October 3 (KCNA) -- A delegation of the Laotian People's Revolutionary Party arrived here "
     "by air on Wednesday.", "LAO", "PRK"),
    ("AMMAN (AP) - Egyptian President Hosni Mubarak arrived here on Sunday for a one-day visit.",
     "EGY", "JOR"),
    ("NEW DELHI (Reuters) - Japanese Prime Minister Shinzo Abe arrived here on Thursday.", "JPN", "IND"),
])
def test_an_arrival_here_is_a_visit_to_the_datelines_place(
        code: Any, text: str, visitor: str, host: str) -> None:
    got = triples(code(text, date="2017-10-04"))
    assert has(got, visitor, host, "042"), got
    assert has(got, host, visitor, "043"), got


@pytest.mark.parametrize("text", [
    "Chinese Foreign Minister Wang Yi arrived here on Tuesday.",  # no dateline: no place
    'MOSCOW (Reuters) - "We arrived here to work," the Chinese minister said.',  # a speaker's "here"
    "TOKYO (AP) - Relief supplies from South Korea arrived here on Tuesday.",  # goods are no visitors
])
def test_here_with_no_dateline_or_in_a_quote_names_no_host(code: Any, text: str) -> None:
    got = triples(code(text, date="2017-10-04"))
    assert not any(c in ("042", "043") for _, _, c in got), got


def test_an_arrival_in_a_named_place_keeps_it(code: Any) -> None:
    got = triples(code("MOSCOW (Reuters) - Chinese Foreign Minister Wang Yi arrived in Minsk on Tuesday.",
                       date="2017-10-04"))
    assert has(got, "CHN", "BLR", "042") and not has(got, "CHN", "RUS", "042"), got


# --- "needs to", "has to" -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Merkel said Greece needs to do more to cut its debt.", "DEU", "GRC"),
    ('"Japan needs to open its rice market," the Australian trade minister said.', "AUS", "JPN"),
    ("Clinton said Russia needs to stop interfering in the election.", "USA", "RUS"),
])
def test_a_reported_need_is_an_appeal(code: Any, text: str, src: str, tgt: str) -> None:
    got = triples(code(text, date="2016-05-05"))
    assert has(got, src, tgt, "02"), got
    assert not has(got, src, tgt, "10"), got


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Merkel said Greece has to accept the reforms.", "DEU", "GRC"),
    ("Paul Ryan said Trump has to do more to unite the party.", "USA", "USA"),
    ("Merkel said Greece must accept the reforms.", "DEU", "GRC"),  # control: "must" as before
])
def test_must_and_has_to_stay_a_demand(code: Any, text: str, src: str, tgt: str) -> None:
    got = triples(code(text, date="2016-05-05"))
    assert has(got, src, tgt, "10"), got


@pytest.mark.parametrize("text", [
    "The economy needs to grow faster, Merkel said.",  # no actor is asked
    "Merkel said she needs to think about it.",  # the speaker herself
    "Japan needs to import more oil this winter.",  # nobody reports it
    "Analysts said Japan needs to cut interest rates.",  # an uncoded speaker
])
def test_a_need_with_no_one_asking_or_no_one_asked_is_no_appeal(code: Any, text: str) -> None:
    got = triples(code(text, date="2016-05-05"))
    assert not any(c[:2] in ("02", "10") for _, _, c in got), got


# --- "used X to" ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Obama used his speech to criticize Russia.", "USA", "RUS", "11"),
    ("Erdogan used a televised address to denounce Israel.", "TUR", "ISR", "11"),
    ("Merkel took the opportunity to criticize Turkey.", "DEU", "TUR", "11"),
    ("Russia used Iranian drones to attack Ukraine's power grid.", "RUS", "UKR", "19"),
])
def test_the_user_of_an_occasion_or_means_acts(code: Any, text: str, src: str, tgt: str, root: str) -> None:
    got = triples(code(text, date="2016-05-05"))
    assert has(got, src, tgt, root), got


def test_object_control_verbs_keep_their_object_as_doer(code: Any) -> None:
    got = triples(code("Britain urged Japan to open its market.", date="2016-05-05"))
    assert has(got, "GBR", "JPN", "02"), got


# --- involvement in a harm ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("South Korea's defence ministry said the North Korean military was involved in the provocation.",
     "KOR", "PRK"),
    ("Turkey said Syria was involved in the bombing.", "TUR", "SYR"),
    ("The State Department said Russia's involvement in the hacking was clear.", "USA", "RUS"),
    ("Iran said Israel's role in the killing had been confirmed.", "IRN", "ISR"),
])
def test_a_reported_part_in_a_harm_is_an_accusation(code: Any, text: str, src: str, tgt: str) -> None:
    got = triples(code(text, date="2016-10-19"))
    assert has(got, src, tgt, "112"), got


@pytest.mark.parametrize("text", [
    "Israel said Iran may have been involved in the attack.",  # modal: it weighs
    "Israel said Iran was not involved in the attack.",  # negated
    "The State Department said Russia's involvement in the peace talks was clear.",  # no harm
    "Japan said China was involved in relief work after the earthquake.",  # no harm
])
def test_involvement_denied_weighed_or_harmless_is_no_accusation(code: Any, text: str) -> None:
    got = triples(code(text, date="2016-10-19"))
    assert not any(c.startswith("11") for _, _, c in got), got


# --- refusing to yield ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Japan will not bow to U.S. pressure.", "JPN", "USA"),
    ("Israel said it would never yield to Hamas's threats.", "ISR", "PSE"),
    ("Japanese officials said Japan had no plans to bow to British and U.S. pressure.", "JPN", "USA"),
    ("The Sri Lankan government will not give in to the demands of the Tamil Tigers.", "LKA", "LKA"),
])
def test_a_denied_yielding_to_pressure_is_a_refusal(code: Any, text: str, src: str, tgt: str) -> None:
    got = triples(code(text, date="1995-04-01"))
    assert has(got, src, tgt, "12"), got


@pytest.mark.parametrize("text", [
    "Japan bowed to U.S. pressure and opened its rice market.",  # yielded: no refusal
    "Japan will not bow to pressure.",  # nobody named presses
    "The prime minister did not bow to the crowd at the ceremony.",  # no pressure
])
def test_a_yielding_done_or_to_no_pressure_is_no_refusal(code: Any, text: str) -> None:
    got = triples(code(text, date="1995-04-01"))
    assert not any(c.startswith("12") for _, _, c in got), got


# --- heralded as ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Merkel heralded the European Union's deal with Turkey as a breakthrough.", "DEU", "IGO"),
    ("The Kenyan president heralded Ethiopia's peace deal as a historic achievement.", "KEN", "ETH"),
    ("Putin heralded China as a reliable partner.", "RUS", "CHN"),
])
def test_heralded_as_a_success_is_praise(code: Any, text: str, src: str, tgt: str) -> None:
    got = triples(code(text, date="2016-03-10"))
    assert has(got, src, tgt, "051"), got


@pytest.mark.parametrize("text", [
    "The visit heralded a thaw in relations between China and Japan.",
    "Merkel's remarks heralded a new era in ties with Turkey.",
])
def test_heralding_with_no_verdict_praises_no_one(code: Any, text: str) -> None:
    got = triples(code(text, date="2016-03-10"))
    assert not any(c == "051" for _, _, c in got), got
