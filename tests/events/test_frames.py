"""How frames read the event in their complement (hand-built triggers, no model)."""

from __future__ import annotations

from wirewatch.events.frames import frame_reading, future_reading
from wirewatch.events.lexicon import Pattern
from wirewatch.events.triggers import Trigger


def _trig(etype: str, cameo: str | None = None, mode: str | None = None, lemma: str = "x") -> Trigger:
    return Trigger(tok=None, pattern=Pattern(pos="verb", lemma=lemma, type=etype, cameo=cameo, mode=mode))


def test_intention_to_cooperate_is_agree_with_the_matching_03x_code() -> None:
    agree = _trig("@AGREE", "030")
    assert frame_reading(agree, _trig("CONSULT", "040")) == ("AGREE", "036", None)
    assert frame_reading(agree, _trig("AID", "070"))[:2] == ("AGREE", "033")
    assert frame_reading(agree, None) == ("AGREE", "030", None)


def test_intention_to_use_force_is_a_threat() -> None:
    assert frame_reading(_trig("@AGREE", "030"), _trig("ASSAULT", "190")) == ("THREATEN", "138", "violence")
    assert future_reading(_trig("SANCTION", "163"))[:2] == ("THREATEN", "1312")  # sanctions threat
    assert future_reading(_trig("COERCE", "172", "curfew")) == ("THREATEN", "132", "curfew")


def test_verbal_conflict_is_not_turned_into_agreement_by_the_future() -> None:
    assert future_reading(_trig("ACCUSE", "112", "allege")) == ("ACCUSE", "112", "allege")


def test_refusals_and_demands_take_their_sub_code_from_the_complement() -> None:
    assert frame_reading(_trig("@REJECT", "120"), _trig("CONSULT", "040"))[:2] == ("REJECT", "125")
    assert frame_reading(_trig("@REJECT", "129"), _trig("CONSULT", "040"))[:2] == ("REJECT", "129")  # veto
    demand = _trig("@REQUEST", "100")
    assert frame_reading(demand, _trig("RETREAT", "087", "ceasefire"))[:2] == ("REQUEST", "107")
    assert frame_reading(demand, _trig("RETREAT", "087", "withdraw")) == ("REQUEST", "106", "yield")
    assert frame_reading(_trig("@REQUEST", "020"), _trig("AID", "070")) == ("REQUEST", "023", "assist")
    assert frame_reading(_trig("@THREATEN", "130"), None) == ("THREATEN", "130", None)
