"""The extras30 probes (tests/events/probes_extras30.py): GSR-style era leads with distractor clauses. Each
row must be coded (actor + root) and no lead may give a triple its rows forbid, except the known gaps,
each a strict xfail with its reason."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_extras30")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

_ACTORS = "an actor-stage gap: "
_SECOND = "a recall gap of the controls: the second clause's own act, told after 'and', is not read: "

KNOWN_GAPS: dict[str, str] = {
    "The United States, which accuses Sudan of sponsoring terrorism, on Thursday closed its embassy in "
    "Khartoum and withdrew its diplomats.":
        _ACTORS + "an embassy closed in a capital is aimed at its people (SDNCVL), not at the state",
    "Ethiopia, which fought a border war with Eritrea this year, on Wednesday accused its neighbour of "
    "massing troops along their common frontier.":
        "'its neighbour' is not resolved to the state the relative clause names",
    "The Shining Path guerrillas, whose leader Abimael Guzman was captured in September, killed 12 peasants "
    "in a raid on a village in the Ayacucho region, police said on Sunday.":
        _ACTORS + "peasants are AGR by the role table; the row wants the people (CVL)",
    "Egypt on Sunday sent its ambassador back to Tel Aviv, nearly two years after recalling him in protest "
    "against Israel's policies in the occupied territories.":
        "an ambassador sent back to a capital (a return of envoys) has no row",
    "North Korea on Friday returned the bodies of five U.S. servicemen killed in the 1950-53 Korean War, the "
    "first such handover since talks on the remains broke down in 1996.":
        _ACTORS + "the remains returned are the servicemen's (USAMIL), not their state",
    "A Chinese warship docked in San Diego on Wednesday, the first visit by a Chinese naval vessel to the "
    "United States since the Communists took power in 1949.":
        "a warship docking in a port is no visit row",
    "Turkey's threats against Syria over its support for Kurdish rebels dominated talks between Egyptian "
    "President Hosni Mubarak and Syrian President Hafez al-Assad in Damascus on Sunday.":
        "the talks' between-phrase loses to the subject's owner and the rebels of its over-phrase",
    "Washington on Tuesday welcomed the release of three American aid workers held by Serb forces for a "
    "month.":
        "the welcome is aimed at no party: the release's agent is in a participle under its object",
    "The collapse of talks between the government and the rebels prompted Sudan's army on Wednesday to "
    "launch a new offensive in the south.":
        "the offensive prompted has no target (the rebels are in the subject), and the talks named in the "
        "subject are coded with an unplaced rebel side",
    "Pakistan's army chief flew to Beijing on Tuesday for talks on buying Chinese fighter jets, a military "
    "spokesman said.":
        "a flight to a capital for talks is not read as a visit when the traveller is an army chief",
    "If Pyongyang refuses to freeze its nuclear programme, the United States will seek U.N. sanctions "
    "against North Korea, Defence Secretary William Perry said on Sunday.":
        "the sanctions sought are read as the U.N.'s threat, not the seeker's",
    "Rebels attacked a government garrison in eastern Congo on Sunday, killing 30 soldiers, a rebel "
    "spokesman told Reuters by telephone.":
        _ACTORS + "a garrison is read as the government's (CODGOVMIL), whose first sector is GOV",
    "Indonesian troops opened fire on pro-independence demonstrators in Dili on Thursday, killing at least "
    "five people, a Portuguese radio station reported.":
        "firing on demonstrators is repression (175) of East Timor's opposition; the row's targets name "
        "no TLSOPP",
}

# a sentence probed twice where only one row is a gap: keyed by (text, first accepted source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ("Hamas militants fired mortar bombs at a Jewish settlement in Gaza on Thursday, and Israeli helicopters "
     "retaliated by firing rockets at a Hamas workshop.", "ISRMIL"):
        _ACTORS + "a Hamas workshop is read as the place's people (the settlement is ISRCVL since lead33)",
    ("Palestinian gunmen ambushed an Israeli patrol near Nablus on Tuesday, and Israeli troops later sealed "
     "off the city.", "ISRMIL"):
        _SECOND + "'Israeli troops later sealed off the city'",
    ("North Korea fired a missile over Japan on Monday, and Tokyo responded by suspending food aid to "
     "Pyongyang.", "JPN"):
        _SECOND + "'Tokyo responded by suspending food aid'",
    ("Chinese President Jiang Zemin met U.S. President Bill Clinton in Auckland on Saturday and invited him "
     "to visit China next year.", "CHNGOV"):
        "the meeting is dropped beside the invitation of its second verb phrase",
    ("India expelled a Pakistani diplomat for spying on Monday, and Islamabad retaliated by ordering an "
     "Indian diplomat out within 48 hours.", "PAK"):
        _SECOND + "'Islamabad retaliated by ordering an Indian diplomat out'",
    ("Israel released 26 Lebanese prisoners on Sunday and Hezbollah handed over the bodies of two Israeli "
     "soldiers in a German-brokered exchange.", "LBNREB"):
        "bodies handed over are material cooperation (063) with the soldiers' army, not a return of persons "
        "(the prisoners released are the Lebanese people now, LBNCVL: actors31)",
    ("Nigeria's military ruler General Sani Abacha on Friday freed 20 political prisoners and promised to "
     "hand power to civilians by October.", "NGAGOV"):
        "a promise to hand power to civilians has no target: civilians of no named state",
}

ROW_GAPS[("Armenian President Levon Ter-Petrosyan met Azerbaijani President Heydar Aliyev in Geneva on "
          "Tuesday, and the two agreed to extend the ceasefire in Nagorno-Karabakh.", "ARMGOV")] = \
    _SECOND + "'the two agreed to extend the ceasefire'"

# leads that still give a triple their rows forbid
FORBIDDEN_GAPS: dict[str, str] = {
    "Turkey's threats against Syria over its support for Kurdish rebels dominated talks between Egyptian "
    "President Hosni Mubarak and Syrian President Hafez al-Assad in Damascus on Sunday.":
        "the talks are given the subject's owner (TUR) and the rebels of its over-phrase as parties",
}

test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.EXTRAS30, KNOWN_GAPS, ROW_GAPS)

_LEADS: dict[str, list[Any]] = {}
for _row in _probes.EXTRAS30:
    _LEADS.setdefault(_row[3], []).append(_row)


def test_every_forbidden_gap_names_a_lead() -> None:
    assert set(FORBIDDEN_GAPS) <= set(_LEADS)


@pytest.mark.parametrize("text", [
    pytest.param(t, marks=[pytest.mark.xfail(reason=FORBIDDEN_GAPS[t], strict=True)] if t in FORBIDDEN_GAPS
                 else [], id=t[:40]) for t in _LEADS])
def test_lead_gives_no_forbidden_triple(text: str) -> None:
    got = _match.coded(text)
    hits = set().union(*(_match.forbidden_hits(r[4], got) for r in _LEADS[text]))
    assert not hits, sorted(got)
