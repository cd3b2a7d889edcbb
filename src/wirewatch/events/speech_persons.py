"""Persons of reported speech: who "us", "you" and "it" are when a party is told through a speaker.

Inside a quote or a clause under a speech verb the first person names the speaker ('"Russia attacked us,"
the Ukrainian president said'; "our soldiers" are the speaker's country's forces), the second person the
one spoken to ('"We will help you," X said to Y', "told Y"), and an object "it" or "his country" the state
or body that speaks ("Taiwan said China had threatened it"), where the grammar leaves no other reading:
"it" with another noun before it in the clause is that thing, and "his country" under a person who is
the clause's subject may be that person's. The sources of "we", "I", a subject "it" and "our country"
are resolved in attach.py already; this module fills only a side the rules left empty (wip/speech13).
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from .addressees import ADDRESSING
from .arguments import Exclusion, _person, phrase_actors, reporting_verb, role_sector
from .cameo_guards import is_press
from .parse import PRONOUNS, kids, subject_of
from .reading import ArticleContext, Reading
from .triggers import Trigger

FIRST = {"us", "me"}
FIRST_OWNERS = {"our", "my"}
SECOND = {"you"}
SECOND_OWNERS = {"your"}
THIRD_OWNERS = {"his", "her"}
# the state a speaker calls "his country" ("his government" is its government)
OWN_STATE = {"country", "nation", "government", "administration"}

# a modal subject is asked or allowed to act, not said to ("you must", "you should")
MODALS = {"must", "should", "would", "could", "might", "may", "can", "ought"}

# prepositions whose object is a party of the act ("protested to us", "sanctions against our firms")
PARTY_PREPS = {"to", "against", "on", "with", "at", "toward", "towards", "for", "from", "into"}

Party = tuple[Any, int, int, Any]


def fill_persons(r: Reading, sent: Any, triggers: dict[int, Trigger], ctx: ArticleContext) -> None:
    """Fill an empty source or target of `r` from a first, second or third person its clause names."""
    if (r.sources and not _bare_owned(r.sources)) and (r.targets and not _bare_owned(r.targets)):
        return
    speech = reporting_verb(r.anchor, sent, triggers)
    if speech is None and r.quote_index is None:
        return  # neither quoted nor reported: a pronoun's antecedent is another sentence's business
    if not r.sources or _bare_owned(r.sources):
        # only the act's own subject, asserted: '"You need to bomb X," A told B' and "encouraged me to
        # endorse X" ask for an act nobody is said to do ("we", "I", "it": attach.py's speaker fallback)
        subj = next((c for c in kids(r.anchor) if c.dep_ == "nsubj"), None)
        asserted = not any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids(r.anchor)) and \
            r.anchor.dep_ != "xcomp" and not r.source_from_quote
        found = _resolve(subj, speech, r, sent, ctx, as_subject=True) \
            if subj is not None and subj.lower_ not in PRONOUNS and asserted else []
        if found and not any(_same_party(t, found) for t in r.targets):
            r.sources = found
    if r.sources and (not r.targets or _bare_owned(r.targets)):
        # (a demand told in a quote is made on the clause's subject: '"Your forces must leave," X told Y')
        heads = _objects(r) + ([c for c in kids(r.anchor) if c.dep_ == "nsubj"]
                               if r.source_from_quote else [])
        for tok in heads:
            found = [a for a in _resolve(tok, speech, r, sent, ctx) if not _same_party(a, r.sources)]
            if found:
                r.targets = found
                return


def _bare_owned(parties: list[Party]) -> bool:
    """Every party is a bare role ("---MIL") of a noun a person word owns: "our soldiers", "your forces"."""
    return all(a[0].code.startswith("---") and a[3] is not None and any(
        c.dep_ == "poss" and c.lower_ in FIRST_OWNERS | SECOND_OWNERS for c in kids(a[3])) for a in parties)


def _same_party(a: Party, others: list[Party]) -> bool:
    """`a` is one of `others`, or the bare country of one of them (or they of it): no dyad."""
    code = a[0].code
    return Exclusion.of(others).blocks(a) or any(
        o[0].code == code or (len(code) == 3 and o[0].code[:3] == code) or
        (len(o[0].code) == 3 and code[:3] == o[0].code) for o in others)


def _objects(r: Reading) -> list[Any]:
    """The act's own objects and prepositional objects, on the anchor and the trigger."""
    out = []
    for head in dict.fromkeys([r.anchor, r.trigger.tok]):
        for c in kids(head):
            if c.dep_ in ("dobj", "dative") and c.pos_ in ("PRON", "NOUN", "PROPN"):
                out.append(c)
            elif c.dep_ in ("prep", "dative") and c.lower_ in PARTY_PREPS:
                out += [o for o in kids(c) if o.dep_ == "pobj"]
    return out


def _resolve(tok: Any, speech: Any | None, r: Reading, sent: Any, ctx: ArticleContext,
             as_subject: bool = False) -> list[Party]:
    """The party a person word stands for: the pronoun itself ("us") or a noun it owns ("our troops")."""
    owner = next((c for c in kids(tok) if c.dep_ == "poss"), None)
    word, head = (owner.lower_, tok) if owner is not None else (tok.lower_, None)
    if word in FIRST or word in FIRST_OWNERS:
        return _all_owned(_speakers(speech, r, sent, ctx), head)
    if word in SECOND or word in SECOND_OWNERS:
        return _all_owned(_addressees(speech, ctx), head)
    if as_subject or speech is None or tok.i < speech.i:
        return []  # the third person only in a clause after its reporting verb
    if word == "it" and head is None and not _noun_between(speech, tok, r.anchor, sent):
        speakers = _speakers(speech, r, sent, ctx)
        return [a for a in speakers if not _person(a)]
    if word in THIRD_OWNERS and head is not None and head.lemma_.lower() in OWN_STATE:
        clause_subj, _ = subject_of(r.anchor, sent)
        if clause_subj is None or any(_person(a) for a in phrase_actors(clause_subj, ctx.link)) or \
                clause_subj.ent_type_ == "PERSON":
            return []  # "the senator said Putin had betrayed his country": Putin's, perhaps
        return _all_owned(_speakers(speech, r, sent, ctx), head)
    return []


def _all_owned(parties: list[Party], head: Any | None) -> list[Party]:
    return [o for a in parties if (o := _owned(a, head)) is not None]


def _speakers(speech: Any | None, r: Reading, sent: Any, ctx: ArticleContext) -> list[Party]:
    """Who speaks: the reporting verb's subject, else the quote's speaker."""
    if speech is not None:
        subj, _ = subject_of(speech, sent, passive_is_agent=True)
        if subj is not None and subj.lower_ not in PRONOUNS:
            found = phrase_actors(subj, ctx.link)
            if found:
                return found
    if r.quote_index is None:
        return []
    quote = ctx.article.quotes[r.quote_index]
    if quote.speaker_actor is None:
        return []
    return [(quote.speaker_actor, quote.speaker_start or 0, quote.speaker_end or 0, None)]


def _addressees(speech: Any | None, ctx: ArticleContext) -> list[Party]:
    """Whom the words are said to: the object of "told", the object of "to" after "said", "wrote"."""
    if speech is None:
        return []
    heard = [c for c in kids(speech) if c.dep_ in ("dobj", "dative") and speech.lemma_.lower() in ADDRESSING]
    heard += [o for p in kids(speech) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
              for o in kids(p) if o.dep_ == "pobj"]
    return [a for h in heard for a in phrase_actors(h, ctx.link) if not is_press(a[0].code)]


def _noun_between(speech: Any, tok: Any, anchor: Any, sent: Any) -> bool:
    """A noun other than the act's subject between the reporting verb and "it": "it" may be that noun."""
    subj, _ = subject_of(anchor, sent)
    skip = set(range(subj.left_edge.i, subj.right_edge.i + 1)) if subj is not None else set()
    doc = tok.doc
    return any(doc[i].pos_ in ("NOUN", "PROPN") and i not in skip and doc[i].ent_type_ not in ("DATE", "TIME")
               for i in range(speech.i + 1, tok.i))


def _owned(party: Party, head: Any | None) -> Party | None:
    """The speaker or addressee itself, or the noun it owns: its country ("our country", "our airspace"),
    or its country's sector for a role ("our soldiers" MIL, "your government" GOV)."""
    actor = party[0]
    if head is None:
        return party
    if head.pos_ == "PROPN" or any(c.dep_ == "appos" for c in kids(head)):
        return None  # "our speaker of the House, Paul Ryan": the name is the party, not the country
    country = actor.country or (actor.code[:3] if len(actor.code) >= 3 else None)
    if not country or len(country) != 3 or country == "---":
        return None
    sector = "GOV" if head.lemma_.lower() in ("government", "administration") else role_sector(head)
    code = country + sector if sector and sector != "ELI" else country
    span = head.doc[head.left_edge.i:head.i + 1]
    state = Actor(name=span.text, code=code, country=country, sector=sector if code != country else None,
                  reasons=[f"'{span.text}' is of {actor.name} ({actor.code}), who speaks or is spoken to"])
    return (state, span.start_char, span.end_char, head)
