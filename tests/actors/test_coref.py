"""In-document coreference: rules on hand-built entities, then the model on written examples."""

from __future__ import annotations

from typing import Any

import pytest

from actors.actor_helpers import make_article
from wirewatch.nlp.actors.assign import assign_actors
from wirewatch.nlp.actors.coref import name_gender, resolve_coreference
from wirewatch.nlp.model import analysis_text
from wirewatch.records import Actor, Entity


def _ent(text: str, label: str, start: int, actor: str | None = None) -> Entity:
    code = None if actor is None else Actor(name=text, code=actor, country=actor[:3],
                                             sector=actor[3:] or None, reasons=["given"])
    return Entity(text=text, label=label, start=start, end=start + len(text), actor=code)


def test_pronouns_skip_persons_of_the_other_gender() -> None:
    hillary = _ent("Hillary Clinton", "PERSON", 0, "USAGOV")
    donald = _ent("Donald Trump", "PERSON", 30, "USAELI")
    she = _ent("she", "PRON", 60)
    he = _ent("he", "PRON", 80)
    resolve_coreference([hillary, donald, she, he], {})
    assert she.refers_to == "Hillary Clinton"  # Donald is nearer but male
    assert he.refers_to == "Donald Trump"
    assert she.actor is not None and she.actor.code == "USAGOV"


def test_east_asian_surnames_put_no_constraint_on_pronouns() -> None:
    assert name_gender("Choi Young-sam") is None
    assert name_gender("Hillary Clinton") == "f"


def test_role_noun_refers_to_the_person_introduced_with_it() -> None:
    choi = _ent("Choi Young-sam", "PERSON", 0, "KORGOV")
    other = _ent("Kim Min-ji", "PERSON", 40, "KORBUS")
    role = _ent("The spokesperson", "ROLE", 80)
    resolve_coreference([choi, other, role], {id(choi): {"spokesperson"}, id(role): {"spokesperson"}})
    assert role.refers_to == "Choi Young-sam"
    assert role.actor is not None and role.actor.code == "KORGOV"
    assert any("introduced with" in r for r in role.actor.reasons)


@pytest.mark.model
def test_acronyms_and_repeated_heads_refer_back(nlp: Any) -> None:
    text = ("MONROVIA, May 3 -- The Liberian Peace Council (LPC) accused the NPFL of attacks. "
            "The LPC said the Sudanese government had sent arms. The government denied it.")
    article = make_article(text)
    article.body_start = text.index("The Liberian")
    assign_actors(article, nlp(analysis_text(article)))
    lpc = [e for e in article.entities if e.text == "LPC"]
    assert len(lpc) == 2
    assert all(e.refers_to == "the Liberian Peace Council" for e in lpc)  # one canonical name
    assert all(e.actor is not None and e.actor.country == "LBR" for e in lpc)
    government = next(e for e in article.entities if e.text == "The government")
    assert government.refers_to == "Sudan's government"
    assert government.actor is not None and government.actor.code == "SDNGOV"
    for ent in article.entities:
        assert text[ent.start:ent.end] == ent.text
