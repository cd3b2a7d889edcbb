"""Addressees: who a statement is made to.

"A told B ..." is A's statement to B (CAMEO 010) when nothing else is coded, unless B is the press
("told Reuters": the channel of the report, tenth-session census); a letter, message or call "to B"
names B as the one addressed. Owns the speech verbs whose object is the listener and
the communication nouns whose "to" is the recipient.
"""

from __future__ import annotations

from typing import Any

from .actor_link import ActorLinker
from .arguments import Exclusion, phrase_actors
from .cameo_guards import is_press
from .lexicon import Pattern
from .parse import ancestors, is_negated, kids, lemma, subject_of
from .reading import ArticleContext, Reading
from .triggers import Trigger

# speech verbs whose object is the one spoken to: "A told B ..." is A's statement to B (CAMEO 010)
ADDRESSING = {"tell", "inform", "assure", "remind", "brief"}


def addressee_of(anchor: Any, sent: Any, triggers: dict[int, Trigger],
                 sources: list[tuple[Any, int, int, Any]],
                 link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """"Iran told the IAEA it would not allow inspections": the speaker's own act that names nobody
    is aimed at whom it was said to."""
    for anc in ancestors(anchor, sent):
        trig = triggers.get(anc.i)
        if trig is None or trig.frame != "@SPEECH":
            continue
        if lemma(anc) not in ADDRESSING:
            return []
        subj, _ = subject_of(anc, sent)
        speakers = {a[0].code for a in phrase_actors(subj, link)} if subj is not None else set()
        if not speakers or not speakers & {a[0].code for a in sources}:
            return []  # "A told B that C attacked": C's act is not aimed at B
        # "Iran told Reuters it would not allow inspections": the press is the channel, not the target
        return [a for h in kids(anc) if h.dep_ in ("dobj", "dative") for a in phrase_actors(h, link)
                if a[0].code not in speakers and not is_press(a[0].code)]
    return []


# acts said to someone, whose message names the addressee (statements 01 have no PLOVER type); a
# condemnation in a telegram is of the acts, not of its addressee
ADDRESSED = {"", "SUPPORT", "REQUEST", "AGREE", "REJECT", "THREATEN"}

# what a message travels in: "in a letter to X", "in a phone call with X"
COMMUNICATIONS = {"letter", "message", "telegram", "call", "conversation", "cable", "note", "email", "e-mail",
                  "videoconference", "video", "phone", "telephone"}


def written_to(anchor: Any, sources: list[tuple[Any, int, int, Any]],
               link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """"In a condolence telegram to President Clinton, Clerides condemned the acts and extended his
    sympathy": an act said in a message names its addressee there (also for a conjunct sharing it)."""
    own = {a[0].code for a in sources}
    for verb in [anchor] + ([anchor.head] if anchor.dep_ == "conj" else []):
        for p in kids(verb):
            if p.dep_ != "prep" or p.lower_ not in ("in", "during", "through", "via", "by"):
                continue
            for noun in (o for o in kids(p) if o.dep_ == "pobj" and lemma(o) in COMMUNICATIONS):
                found = [a for q in kids(noun) if q.dep_ == "prep" and q.lower_ in ("to", "with")
                         for g in kids(q) if g.dep_ == "pobj" for a in phrase_actors(g, link)
                         if a[0].code not in own]
                if found:
                    return found
    return []


# verbs of reaching someone whose participle adjunct says what was asked or offered: "wrote to X,
# demanding ...", "phoned X, urging ...", "sent a note to X, demanding an explanation" (recallwire12)
CONTACT_VERBS = {"write", "phone", "telephone", "ring", "call", "cable", "email", "e-mail", "send"}


def is_contact(verb: Any) -> bool:
    """A verb of writing or calling someone ("sent" only with a letter, note or message as its object)."""
    if lemma(verb) not in CONTACT_VERBS:
        return False
    return lemma(verb) != "send" or any(c.dep_ in ("dobj", "dative") and lemma(c) in COMMUNICATIONS
                                        for c in kids(verb))


def contacted(anchor: Any, sources: list[tuple[Any, int, int, Any]],
              link: ActorLinker) -> list[tuple[Any, int, int, Any]]:
    """"Chile sent a note to Argentina, demanding an explanation": a participle hanging on a verb of
    writing or calling is said to the one written to or called."""
    verb = anchor.head
    if anchor.dep_ != "advcl" or anchor.tag_ != "VBG" or verb is anchor or not is_contact(verb):
        return []  # ("sent troops to X, demanding ...": no message)
    own = {a[0].code for a in sources}
    objs = [c for c in kids(verb) if c.dep_ in ("dobj", "dative")]
    heads = [verb] + [o for o in objs if lemma(o) in COMMUNICATIONS]
    to = [g for h in heads for p in kids(h) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
          for g in kids(p) if g.dep_ == "pobj"]
    # "phoned the Nepali prime minister": the one called is the object
    called = [o for o in objs if lemma(o) not in COMMUNICATIONS] if lemma(verb) != "send" else []
    return [a for g in to + called for a in phrase_actors(g, link) if a[0].code not in own
            and not is_press(a[0].code)]


def told_statements(sent: Any, triggers: dict[int, Trigger], ctx: ArticleContext) -> list[Reading]:
    """"The Chinese foreign minister told his American counterpart that ...", where what was said codes
    no act: a statement from the speaker to the addressee (010), as PETRARCH codes speech with a coded
    addressee. CAMEO only: PLOVER has no statement category."""
    out = []
    for trig in triggers.values():
        tok = trig.tok
        if trig.frame != "@SPEECH" or lemma(tok) not in ADDRESSING or is_negated(tok):
            continue
        subj, _ = subject_of(tok, sent)
        heard = [c for c in kids(tok) if c.dep_ in ("dobj", "dative")]
        if subj is None or not heard:
            continue
        sources = phrase_actors(subj, ctx.link)
        exclude = Exclusion.of(sources)
        # "the minister told Reuters": the press carries the story, it is no party to a statement
        targets = [a for h in heard for a in phrase_actors(h, ctx.link)
                   if not exclude.blocks(a) and not is_press(a[0].code)]
        if sources and targets:
            pattern = Pattern(pos="verb", lemma=lemma(tok), type="", cameo="010", mode=None)
            out.append(Reading(anchor=tok, trigger=Trigger(tok, pattern), type="", cameo="010", mode=None,
                               sources=sources, targets=targets, quote_index=ctx.quote_of(tok.idx)))
    return out
