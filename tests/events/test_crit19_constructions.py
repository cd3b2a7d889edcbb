"""Constructions of the seventeenth session's criticism pass (crit19), each with the sentences it must
leave alone: concern or objection over another party's act (111, never over a state of affairs), a
fitness denied ("said X was not qualified"), harm foretold of a party's plan ("said X's plan would
destroy jobs", "posed a threat to"), a harm laid at a party's door ("said X was responsible for the
deaths", "was behind the bombing", 112), questioned fitness, "held X responsible", disputed or
contradicted claims, "pushed back against", and mock / ridicule with a party or a party's thing."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.model]

US = "2016-07-01"
WORLD = "2000-01-01"


def _triples(code: Any, text: str, date: str) -> set[tuple[str, str, str]]:
    art = code(text, date=date)
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


def _dyads(code: Any, text: str, date: str, root: str) -> set[tuple[str, str]]:
    return {(s[:3], t[:3]) for s, t, c in _triples(code, text, date) if c.startswith(root)}


@pytest.mark.parametrize(("text", "dyad"), [
    ("Japan voiced concern over China's nuclear test on Monday.", ("JPN", "CHN")),
    ("Greece voiced strong objections to Turkey's plans to drill in disputed waters.", ("GRC", "TUR")),
    ("Poland expressed concern at the Russian decision to deploy missiles in Kaliningrad.", ("POL", "RUS")),
])
def test_concern_over_an_act(code: Any, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(code, text, WORLD, "11")


@pytest.mark.parametrize("text", [
    "Germany expressed concern about the humanitarian situation in Sudan.",
    "The finance minister voiced concern over the rise in food prices.",
    "China voiced concern over slowing global demand.",
])
def test_concern_over_a_state_of_affairs(code: Any, text: str) -> None:
    assert not _dyads(code, text, WORLD, "11")


@pytest.mark.parametrize(("text", "root"), [
    ("Bernie Sanders said Hillary Clinton was not qualified to be president.", "111"),
    ("Senator Ted Cruz said Hillary Clinton's tax plan would destroy jobs.", "111"),
    ("Baghdad said Washington was responsible for the deaths of civilians in the raid.", "112"),
    ("Israel said Syria was behind the bombing in Tel Aviv.", "112"),
    ("The Kremlin said Washington's plan for a missile shield posed a threat to Russia's security.", "111"),
])
def test_reported_verdicts(code: Any, text: str, root: str) -> None:
    date = US if "Clinton" in text else WORLD
    assert any(c == root for _, _, c in _triples(code, text, date))


@pytest.mark.parametrize("text", [
    "Bernie Sanders said he did not think Hillary Clinton was unqualified.",
    "The Republican nominee said his tax plan would create millions of jobs.",
    "The minister said China's slowdown would hurt exports.",
    "The minister said Japan was responsible for security in the region.",
    "Senator Ted Cruz said Hillary Clinton's tax plan could hurt small firms.",
    "The senator said Hillary Clinton was qualified to be president.",
])
def test_no_verdict(code: Any, text: str) -> None:
    date = US if "Clinton" in text or "Cruz" in text else WORLD
    assert not [t for t in _triples(code, text, date) if t[2].startswith("11")]


@pytest.mark.parametrize("text", [
    "Hillary Clinton questioned Donald Trump's fitness to be commander in chief.",
    "Hillary Clinton held Donald Trump responsible for the violence at his rallies.",
    "Bernie Sanders disputed Hillary Clinton's account of their debate.",
    "The White House contradicted Donald Trump's claim that the president had founded the Islamic State.",
    "The Clinton campaign ripped Donald Trump's economic speech on Monday.",
    "Donald Trump mocked Hillary Clinton's stamina at a rally in Ohio on Tuesday.",
])
def test_campaign_criticism(code: Any, text: str) -> None:
    assert ("USA", "USA") in _dyads(code, text, US, "11")


@pytest.mark.parametrize("text", [
    "Donald Trump mocked the idea that he could lose Pennsylvania.",
    "Democrats said they were disappointed with the turnout in Ohio.",
    "Analysts questioned the company's ability to repay its debt.",
    "New figures contradicted the claim that the economy was slowing.",
    "The court pushed back the deadline to March.",
])
def test_no_campaign_criticism(code: Any, text: str) -> None:
    assert not [t for t in _triples(code, text, US) if t[2][:2] in ("11", "12")]


@pytest.mark.parametrize(("text", "dyad"), [
    # an act named by a definite noun, told in the sentence before
    ("North Korea fired a ballistic missile over northern Japan on Tuesday. Tokyo said the launch was an "
     "outrageous act.", ("JPN", "PRK")),
    ("Iraq on Thursday ordered foreign embassies in Kuwait to close. Britain said the order was grave and "
     "sinister.", ("GBR", "IRQ")),
    # a deed the small parser reads as a verb after a verb of judging
    ("Moscow branded the NATO air strikes a crime against humanity.", ("RUS", "IGO")),
    # "as ADJ" hung on the verb as a clause
    ("Nigeria described the Commonwealth's suspension of its membership as unjust.", ("NGA", "IGO")),
])
def test_judged_deeds(code: Any, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(code, text, WORLD, "11")


def test_decision_by_a_party(code: Any) -> None:
    text = ("Bernie Sanders said the decision by the Democratic National Committee to limit the debates was "
            "a mistake.")
    assert ("USA", "USA") in _dyads(code, text, US, "11")


@pytest.mark.parametrize("text", [
    # the act named is not in the sentences before, or the verdict approves
    "Tokyo said the launch was an outrageous act.",
    "Iran tested a new missile. The minister said the test was a success.",
    "The minister described the talks as useful.",
    "The general called the strikes a success.",
])
def test_no_judged_deed(code: Any, text: str) -> None:
    assert not [t for t in _triples(code, text, WORLD) if t[2].startswith("11")]
