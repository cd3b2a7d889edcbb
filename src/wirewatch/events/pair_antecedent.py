""""The two leaders", "both sides": the two parties of the meeting told just before (lead24).

"Putin met Erdogan in Sochi on Monday. The two leaders agreed to set up a buffer zone": the pair
names no country of its own (the actors stage leaves it without one, `phrases.pair_of_sides`), but a
reader takes it for the two sides of the talks in the sentence before. The act is theirs, as if the
sentence had said "Putin and Erdogan agreed" (emit.py then pairs them as it does a joint subject).

The two sides of a war the story tells are its "both sides" for longer (stories29): "Ethiopian warplanes
bombed the airport in Asmara ... The United States urged both sides to halt the air raids", "Peruvian
troops have captured an Ecuadorian outpost ... Argentina, Brazil, Chile and the United States have
invited both sides to talks" name the two states that fought, up to CONFLICT_MEMORY sentences on, when no
meeting or deal has given a nearer pair. Past both, the story's most named pair of any act between two
stands for "both sides" (gaps29, `story_pair`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..nlp.actors.phrases import pair_of_sides
from .arguments import NON_STATE
from .clause_pair import clause_pair, own_pair_subject
from .parse import subject_of
from .reading import ArticleContext, Reading
from .speech import PACT, PACT_MEMORY

Told = tuple[int, list[tuple[Any, int, int, Any]]]  # (sentence number, the two parties)
# how many sentences back the pair may have been told: the next sentence or the one after it
PAIR_MEMORY = 2
# acts whose two parties a later "the two leaders" names: meetings, talks, visits, calls, deals
PAIRING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# a deal reached or signed ("reached an agreement", "signed a peace accord") names the pair too (gaps29)
SIGNING = "057"
# how far back the two parties of any act between two may be, when no meeting or deal is near: "Greece
# threatened Turkey ... Turkey accused Athens ... Clinton telephoned both ... the two sides had agreed"
# (gaps29: a story's pair of sides is told in its lead, the "both sides" paragraphs come after the reactions)
STORY_PAIR_MEMORY = 8
# the two states of the last fight between two countries, and how many sentences on "both sides" names them
CONFLICT = "@conflict"
CONFLICT_MEMORY = 6


# heads of a pair of states or sides, which a story keeps for its length; a pair of persons ("the two
# leaders", "both ministers") is only the pair of the meeting just told (lead24's control)
# ("the two delegations" are the two sides at the table, sent by the states the story pairs; stories36)
_STATE_HEADS = frozenset({"sides", "countries", "nations", "neighbours", "neighbors", "parties",
                          "delegations"})


def _story_phrase(text: str) -> bool:
    return text.strip().lower().rsplit(" ", 1)[-1] in _STATE_HEADS


def sides_phrase(text: str) -> bool:
    """ "the two sides", "both countries", and a war's pair of parties ("the warring parties", "both
    warring sides"; gaps29)."""
    lower = " ".join(text.strip().lower().split())
    return pair_of_sides(text) or (lower.startswith(("the warring", "both warring", "the two warring"))
                                   and lower.rsplit(" ", 1)[-1] in ("parties", "sides")) \
        or (lower.startswith(_RIVAL_WORDS) and lower.rsplit(" ", 1)[-1] in _RIVAL_HEADS)


# thirty-ninth session: "the rival factions accused each other", "both factions": a pair of sides by rivalry
_RIVAL_WORDS = ("the rival", "the two rival", "both rival", "both factions", "the two factions")
_RIVAL_HEADS = frozenset({"factions", "sides", "parties", "groups", "camps", "militias", "leaders"})


def _coded(actor: object) -> bool:
    code = getattr(actor, "code", "") or ""
    return len(code) >= 3 and not code.startswith("---")


def remember_pair(r: Reading, ctx: ArticleContext) -> None:
    """Keep the two parties of a meeting or deal with two different codes for the next sentences, and
    those of any act between two for the story (`story_pair`)."""
    if r.negated or r.hypothetical:
        return
    sides = list(r.sources) + list(r.targets)
    if len(sides) != 2 or not all(_coded(s[0]) for s in sides) or sides[0][0].code == sides[1][0].code:
        return
    if ctx.pairs and ctx.pairs[-1][0] == ctx.sentence_no:
        ctx.pairs.pop()  # the sentence's last pair stands for it (a reading per direction)
    ctx.pairs.append((ctx.sentence_no, sides))
    if r.type == "ASSAULT" and (sides[0][0].code or "")[:3] != (sides[1][0].code or "")[:3] \
            and not any((s[0].code or "")[:3] in NON_STATE for s in sides):
        # the states at war, not the arm that struck ("Ethiopian warplanes" ETHMIL is Ethiopia's side)
        ctx.acts[CONFLICT] = (ctx.sentence_no, [(_state(a), st, e, t) for a, st, e, t in sides])
    if r.type in PAIRING_TYPES or (r.cameo or "")[:3] == SIGNING:
        ctx.pair = (ctx.sentence_no, sides)


def _state(actor: Any) -> Any:
    code = actor.code or ""
    return replace(actor, code=code[:3]) if code[3:6] in ("MIL", "COP") else actor


# words of a pair of sides that name their governments ("both leaders", "the two governments")
_RULERS = ("leader", "government", "president", "premier", "capital")


def _named_as(sides: list[tuple[Any, int, int, Any]], phrase: str) -> list[tuple[Any, int, int, Any]]:
    """The pair as the phrase names it: a war's bare states are their governments in "both leaders"."""
    if not any(w in phrase.lower() for w in _RULERS):
        return sides
    return [(replace(a, code=a.code + "GOV") if len(a.code or "") == 3 else a, st, e, t)
            for a, st, e, t in sides]


def _war_pair(ctx: ArticleContext) -> Told | None:
    """The two states of a fight told up to CONFLICT_MEMORY sentences before (stories29)."""
    war = ctx.acts.get(CONFLICT)
    return war if war is not None and 0 < ctx.sentence_no - war[0] <= CONFLICT_MEMORY else None


def _country(actor: object) -> str:
    return (getattr(actor, "code", "") or "")[:3]


_PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "we", "our"})


def _others_named(anchor: Any, sent: Any, ctx: ArticleContext) -> set[str]:
    """The countries of the coded mentions of a sentence outside the subjects of the act's verb and the
    verbs above it: "Asked about the visit of Philippine President Marcos, Hang said the two countries
    would sign ..." names the pair's other side itself (the Philippines), where "Holbrooke said the two
    sides had agreed" names only its speaker."""
    spans = []
    for verb in (anchor, *anchor.ancestors):
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            spans.append((subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)))
    # (a pronoun names no one new: "their troops" is the pair's own, whatever the actors stage took it for)
    return {_country(e.actor) for e in ctx.article.entities
            if e.actor is not None and _coded(e.actor) and sent.start_char <= e.start < sent.end_char
            and not any(lo <= e.start < hi for lo, hi in spans) and e.label != "PRON"
            and e.text.split(" ", 1)[0].lower() not in _PRONOUNS} - {"IGO", "NGO"}


def story_pair(ctx: ArticleContext, other: set[str], sent: Any, anchor: Any) -> Told | None:
    """The two sides the story is about, for a "both sides" past the pair memory: of the acts between two
    told up to STORY_PAIR_MEMORY sentences before, the pair whose countries the story's acts name most
    often (the first on a tie: the lead's pair is the story's), leaving out an international body beside a
    state (a mediator, no side: "accepted the mediation of the OAU") and a pair with one of a country in
    `other`, the act's other party ("the two neighbours fought together against Mengistu's government" is
    no act of Ethiopia on itself). None when there is none, or when the sentence names a country outside
    the pair and the act's parties (`_others_named`)."""
    told_here = [t for t in ctx.pairs if 0 < ctx.sentence_no - t[0] <= STORY_PAIR_MEMORY]
    named: dict[str, int] = {}
    for _, sides in told_here:
        for country in {_country(a[0]) for a in sides}:
            named[country] = named.get(country, 0) + 1
    best: tuple[int, list[tuple[Any, int, int, Any]]] | None = None
    best_score = 0
    for told in told_here:
        countries = {_country(a[0]) for a in told[1]}
        if countries & ({"IGO", "NGO"} | other):
            continue
        # (a state and its own rebels are one country's pair: "Russia swaps with the Kremlin" is a misreading
        # more often than a story's two sides)
        score = sum(named[c] for c in countries)
        if score > best_score:
            best, best_score = told, score
    if best is None or _others_named(anchor, sent, ctx) - other - {_country(a[0]) for a in best[1]}:
        return None
    return best


def pair_sources(r: Reading, sent: Any, ctx: ArticleContext) -> None:
    """Replace a source named "the two leaders" / "both sides" by the pair told just before, or past that,
    by the story's pair (`story_pair`)."""
    if len(r.sources) > 1:
        return
    if r.sources:
        actor, start, end, tok = r.sources[0]
        if _coded(actor) and getattr(actor, "country", None):
            own = own_pair_subject(r.anchor, start)
            if own is None:
                return  # "the two Korean leaders": the phrase names its own side
            # "... A and B fought, and both sides accused each other": the clause's own pair subject
            tok, start, end = own, own.left_edge.idx, own.idx + len(own.text)
    else:  # "both sides signed", "the two countries agreed": a pair the actors stage gives no actor
        tok, _ = subject_of(r.anchor, sent)
        if tok is None or tok.pos_ != "NOUN":
            return
        start, end = tok.left_edge.idx, tok.idx + len(tok.text)
    if not sides_phrase(ctx.article.text[start:end]):
        return
    other = {_country(a[0]) for a in r.targets if _coded(a[0])}
    pair = ctx.pair if ctx.pair is not None and 0 < ctx.sentence_no - ctx.pair[0] <= PAIR_MEMORY else None
    if pair is not None and {_country(a[0]) for a in pair[1]} & other:
        pair = None  # the pair is no party to an act on one of itself
    if pair is None:
        pair = _war_pair(ctx)
        if pair is not None and {_country(a[0]) for a in pair[1]} & other:
            pair = None
    if pair is None and _story_phrase(ctx.article.text[start:end]):
        pair = story_pair(ctx, other, sent, r.anchor)
    if pair is None:  # "Fighting between A and B flared, and both sides accused each other" (thirty-ninth)
        # (a target told before the phrase is the earlier clause's, shared by the parse: not this act's)
        own_targets = [t for t in r.targets if t[1] > start]
        pair = clause_pair(ctx.article, sent, start, ctx.sentence_no,
                           {_country(a[0]) for a in own_targets if _coded(a[0])})
        if pair is not None:
            r.targets = own_targets
    if pair is None:
        return
    phrase = ctx.article.text[start:end].strip()
    back = ctx.sentence_no - pair[0]
    reason = f'"{phrase}": one of the two parties of the act told {back} sentence(s) before'
    r.sources = [(replace(a, reasons=[*a.reasons, reason]), s, e, tok)
                 for a, s, e, _ in _named_as(pair[1], phrase)]
    # "The two leaders met ..., with U.S. envoy Dennis Ross at their side": the pair meets each other, the
    # one at their side goes along (gaps29)
    r.targets = [t for t in r.targets if not _at_their_side(t[3])]


def _at_their_side(tok: Any) -> bool:
    """A party in "with X at his / their side", who accompanies the subject."""
    if tok is None:
        return False
    noun = tok
    while noun.dep_ in ("compound", "amod", "nmod", "poss", "det", "appos", "conj", "punct") \
            and noun.head is not noun:
        noun = noun.head
    if noun.head.lower_ != "with":
        return False
    after = noun.doc.text[noun.idx + len(noun.text):noun.idx + len(noun.text) + 24].lower()
    return after.lstrip().startswith(("at his side", "at her side", "at their side", "at its side"))


def pair_targets(r: Reading, sent: Any, ctx: ArticleContext) -> None:
    """An act aimed at "both governments" / "the two sides" with no target found: the pair told just
    before ("He urged both governments to withdraw their troops"), or past that, the story's pair."""
    pair = ctx.pair if ctx.pair is not None and 0 < ctx.sentence_no - ctx.pair[0] <= PAIR_MEMORY else None
    pair = pair or _war_pair(ctx)
    if pair is None:
        # "congratulated both countries" some sentences after the two signed a treaty (stories27)
        pact = ctx.acts.get(PACT)
        if pact is not None and 0 < ctx.sentence_no - pact[0] <= PACT_MEMORY and len(pact[1]) == 2:
            pair = pact
    if r.targets:
        return
    obj = next((c for c in r.anchor.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None:  # "called on both sides to ...", "appealed to the two countries" (gaps29)
        obj = next((g for c in r.anchor.children
                    if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "to", "upon")
                    for g in c.children if g.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return
    start, end = obj.left_edge.idx, obj.idx + len(obj.text)
    if not sides_phrase(ctx.article.text[start:end]):
        return
    own = {(a[0].code or "")[:3] for a in r.sources if _coded(a[0])}
    if pair is not None and any((a[0].code or "")[:3] in own for a in pair[1]):
        pair = None  # one of the pair acting on "both sides" is no act on itself
    if pair is None and _story_phrase(ctx.article.text[start:end]):
        pair = story_pair(ctx, own, sent, r.anchor)
    if pair is None:
        return
    sides = pair[1]
    back = ctx.sentence_no - pair[0]
    phrase = ctx.article.text[start:end].strip()
    reason = f'"{phrase}": the two parties of the act told {back} sentence(s) before'
    r.targets = [(replace(a, reasons=[*a.reasons, reason]), s, e, obj)
                 for a, s, e, _ in _named_as(sides, phrase)]
