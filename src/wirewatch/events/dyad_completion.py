"""Dyad completion: give a CAMEO triple to a reading the rules left without a target.

The rules (attach.py) name a source and a target only where the parse says who did what to whom. Often
the act is found and both parties are coded somewhere in the sentence, but the target stays empty
("Morocco threatened to suspend the import licences granted to Spanish fishing firms": the firms sit
below a noun the rules do not climb into). A CAMEO event is a complete dyad, so the act gives no triple.

This step fills the empty target of a one-source reading from the sentence's coded actor mentions (the
candidates the learned scorer sees, `learned_attach.candidates`: never the pattern's own words), less
those that are only a setting (`_only_setting`: a place, a topic, words in quotation marks the act word
is outside of) or belong elsewhere (`_elsewhere`: behind an act noun, the destination of another
movement, a time setting, a verb coordinated with the act), the source's own code and, where one side
is a bare country, its own country. The first policy that finds a party wins:

- `learned`: the learned pair scorer's first choice, when its probability reaches LEARNED_FLOOR;
- `subtree`: the nearest candidate after the act word inside the phrase of the act word or its anchor.

Sources are not completed: every source policy measured (`speaker`, `quote`, `clause`, `before`, the
scorer's choice) was right on at most 1 in 20 fills on batches 1-4. `WIREWATCH_DYAD_POLICY`
("source policies:target policies", comma-separated) selects others for that measurement.

Why guess at all: on unseen copy the coder's F1 is about 0.26, so an added triple helps F1 whenever it
is right more than F1/2 ~ 13 % of the time; the target policies were right about 40 % of the time out
of sample (docs/benchmarks.md, "Tenth session: wip/fill11").

The filled parties go to `Reading.completed_targets`: emit.py adds CAMEO rows for the completed dyad (no
PLOVER type) and, since the twenty-first session (targets23), gives the reading's PLOVER event the
completed target in place of its empty one (still one PLOVER event; its source stays the rules'). The
filled party keeps its mention's offsets and gets a reason naming the policy.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .arguments import ATTACK_NOUNS, CONDEMN_VERBS, JOURNEY_VERBS, LIKENESS, speaker_of, talked_topic
from .attach import pattern_words, told_the_press
from .border_place import border_place
from .cameo_guards import is_press, venue
from .emit import ACT_HEADS
from .inquiries import inquired_victim
from .learned_attach import Candidate, PairContext, candidates, default_model, pair_features
from .ordered_hands import without_own_hands
from .parse import ancestors, kids, lemma, span_text
from .reading import ArticleContext, Reading
from .recipients import condemned_attack
from .triggers import Trigger

# prepositions whose object is where or what about, never a party
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "within"}
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
PLACES = {"GPE", "LOC", "FAC"}

# the learned scorer's first choice fills at p >= 0.3: cross-validated on batches 1-4, 0.2 and 0.15
# added fills and no right one (docs/benchmarks.md, "Tenth session: wip/fill11")
LEARNED_FLOOR = 0.3
# "the force dispatched to Saudi Arabia": where another act moved something, not a party of this one
DESTINATION_PREPS = {"to", "into", "toward", "towards"}
MOTION_VERBS = {"dispatch", "send", "deploy", "move", "fly", "travel", "head", "go", "return", "transfer",
                "ship", "rush", "redeploy", "station", "airlift"}
TIME_PREPS = {"after", "before", "since", "during", "following", "amid", "until", "ahead"}
# acts whose for-phrase gives their grounds, not their purpose ("sentenced ... for plotting to kill X")
GROUNDED_TYPES = frozenset({"SANCTION", "COERCE", "ACCUSE"})
MAX_HOPS = 8  # a target deeper below the trigger belongs to another phrase's act

SOURCE_POLICIES: tuple[str, ...] = ()  # measured, none pays: docs/benchmarks.md
TARGET_POLICIES = ("learned", "subtree")
# an experiment knob (benchmarks): "source1,source2:target1,target2"; unset = the documented order
POLICY_ENV = "WIREWATCH_DYAD_POLICY"

Cands = list[Candidate]
Triggers = dict[int, Trigger]


def _policies() -> tuple[tuple[str, ...], tuple[str, ...]]:
    value = os.environ.get(POLICY_ENV)
    if value is None:
        return SOURCE_POLICIES, TARGET_POLICIES
    src, _, tgt = value.partition(":")
    return tuple(p for p in src.split(",") if p), tuple(p for p in tgt.split(",") if p)


def _head_in(cand: Candidate, tok: Any) -> bool:
    head = cand[3]
    return head is not None and (head.i == tok.i or any(head.i == t.i for t in tok.subtree))


QUOTE_MARKS = re.compile(r'"|“|”|``|\'\'')


def _quoted_spans(sent: Any) -> list[tuple[int, int]]:
    """The character spans between pairs of double quotation marks in the sentence: the quote finder
    leaves out short ones ("the slogan "Moscow out""), which still are someone else's words."""
    marks = [m.start() + sent.start_char for m in QUOTE_MARKS.finditer(span_text(sent))]
    return list(zip(marks[::2], marks[1::2], strict=False))


def _only_setting(cand: Candidate, ctx: ArticleContext, trigger: Any, sent: Any) -> bool:
    """The mention is a place, a topic, or a voice in quotation marks the trigger is outside of: no
    party. (An indirect quote's content is the act's own clause: "threatened to deny licences to
    Japanese houses".)"""
    head = cand[3]
    if head is None:
        return False
    quote = ctx.quote_of(cand[1])
    direct = quote is not None and ctx.article.quotes[quote].type == "direct"
    if direct and ctx.quote_of(trigger.idx) != quote:
        return True
    if any(a < cand[1] < b and not a < trigger.idx < b for a, b in _quoted_spans(sent)):
        return True
    climb = head
    while climb.dep_ in ("compound", "amod", "poss", "conj", "appos") and climb.head.i != climb.i:
        climb = climb.head  # "in the Iraqi capital", "on Iraq and Kuwait"
    if climb.dep_ != "pobj":
        return False
    prep = climb.head.lower_
    if prep in TOPIC_PREPS or prep == "despite":
        return True  # (and "despite strong U.S. objections": a circumstance; lead30)
    return prep in PLACE_PREPS and (head.ent_type_ in PLACES or climb.ent_type_ in PLACES)


_MADE = frozenset({"made", "built", "designed", "manufactured", "produced"})


def _qualifier(cand: Candidate) -> bool:
    """The mention is the first half of a hyphenated modifier of a thing ("Russian-made missiles", "a
    Switzerland-sized zone"): the maker or the measure of the thing, no party to what is done with it
    (stories28). Not a sponsor: who rejects "IMF-sponsored reforms" rejects the IMF's (wire gold)."""
    head = cand[3]
    if head is None or head.i + 2 >= len(head.doc):
        return False
    dash, tail = head.doc[head.i + 1], head.doc[head.i + 2]
    return dash.text in ("-", "\u2013") and not dash.whitespace_ and tail.lower_ in _MADE | LIKENESS


def _companion(cand: Candidate, r: Reading, sent: Any) -> bool:
    """The mention sits inside the with-phrase of a journey ("will travel to the United States with his
    wife and with X, chief of the Cuban Interests Section"): who travels with the visitor is a companion,
    not the host. Only the journey verb's own with-phrase, not one inside a noun ("for talks with Putin")."""
    head, trigger = cand[3], r.trigger.tok
    if head is None or trigger.pos_ != "VERB" or lemma(trigger) not in JOURNEY_VERBS:
        return False
    chain = [head, *ancestors(head, sent)]
    if trigger not in chain[1:]:
        return False
    top = chain[chain.index(trigger) - 1]  # the verb's own dependent the mention hangs under
    return top.dep_ == "prep" and top.lower_ == "with"


def _talked_about(cand: Candidate, trigger: Any) -> bool:
    """The mention sits inside the topic phrase of "talk" ("talked of the rivalry between China and
    Japan"): what is talked about, no party talked with (arguments.talked_topic says when)."""
    topic = talked_topic(trigger)
    head = cand[3]
    if topic is None or head is None:
        return False
    # a list of gerunds the parser hangs on the verb after the first ("talking about deporting workers,
    # banning all Muslims ..."): the same topic, when it has no subject of its own
    spans = [topic] + [c for c in kids(trigger) if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
                       and c.i > topic.i and any(g.dep_ == "pcomp" for g in kids(topic))
                       and not any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(c))]
    return any(s.left_edge.i <= head.i <= s.right_edge.i for s in spans)


def _before(r: Reading, cands: list[Candidate]) -> list[Candidate]:
    trig = r.trigger.tok.i
    return sorted((c for c in cands if c[3] is not None and c[3].i < trig), key=lambda c: -c[3].i)


def _after(r: Reading, cands: list[Candidate]) -> list[Candidate]:
    trig = r.trigger.tok.i
    return sorted((c for c in cands if c[3] is not None and c[3].i > trig), key=lambda c: c[3].i)


def _source_speaker(r: Reading, sent: Any, triggers: Triggers, cands: Cands) -> Cands:
    subj = speaker_of(r.anchor, sent, triggers)
    return [] if subj is None else [c for c in cands if _head_in(c, subj)]


def _source_quote(r: Reading, sent: Any, triggers: Triggers, cands: Cands) -> Cands:
    return [c for c in cands if c[3] is None] if r.quote_index is not None else []


def _source_clause(r: Reading, sent: Any, triggers: Triggers, cands: Cands) -> Cands:
    for verb in [r.anchor, *ancestors(r.anchor, sent)]:
        if any(c.dep_ == "nsubjpass" for c in kids(verb)):
            return []  # a passive's subject is what the act befell ("were injured in the blast")
        subjects = [c for c in kids(verb) if c.dep_ == "nsubj"]
        found = [c for s in subjects for c in cands if _head_in(c, s)]
        if found:
            return found
    return []


def _nearest_before(r: Reading, sent: Any, triggers: Triggers, cands: Cands) -> Cands:
    return _before(r, cands)[:1]


def _elsewhere(cand: Candidate, r: Reading, sent: Any, triggers: Triggers) -> str | None:
    """Why the mention is a party of something else than this act, or None. Climbing from the mention
    to the line of the trigger and its heads:
    - an act noun on the way: "condemned the bombing of the U.S. embassies" - the embassies are what
      the bombing hit, not whom the condemnation is aimed at;
    - where something else moved to: "condemned the deployment of the force dispatched to Saudi
      Arabia";
    - a verb coordinated with this act's own is another act with its own parties: "rejected the
      proposal and accused Venezuela";
    - a time setting: "withdrew from the valley after talks with China" - "after", "during",
      "following" ... name when, not whom;
    - more than MAX_HOPS steps."""
    head = cand[3]
    if head is None:
        return None
    line = {r.trigger.tok.i, r.anchor.i} | {t.i for t in ancestors(r.trigger.tok, sent)} \
        | {t.i for t in ancestors(r.anchor, sent)}
    own = {r.trigger.tok.i, r.anchor.i} | pattern_words(r.trigger)
    tok, steps = head, 0
    while tok.i not in line and tok.head.i != tok.i and steps < 64:
        if steps and tok.pos_ == "NOUN" and lemma(tok) in ACT_HEADS:
            return "behind an act noun"
        if tok.dep_ == "prep" and tok.lower_ in DESTINATION_PREPS and tok.head.i not in own \
                and lemma(tok.head) in MOTION_VERBS:
            return "a destination"
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("conj", "parataxis") and tok.head.i in own:
            return "a coordinated act"
        if tok.dep_ == "prep" and tok.lower_ in TIME_PREPS:
            return "a time setting"
        if r.type in GROUNDED_TYPES and tok.dep_ == "prep" and tok.lower_ == "for" and tok.head.i in own and \
                any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in kids(tok)):
            # "sentenced eight militants to death for plotting to assassinate President Mubarak": the
            # grounds name the deed's victim, not the one the act is done to (lead34)
            return "the grounds of the act"
        tok = tok.head
        steps += 1
    return "too deep" if steps > MAX_HOPS else None


def _target_subtree(r: Reading, sent: Any, triggers: Triggers, cands: Cands) -> Cands:
    return [c for c in _after(r, cands) if _head_in(c, r.anchor) or _head_in(c, r.trigger.tok)][:1]


def _target_after(r: Reading, sent: Any, triggers: Triggers, cands: Cands) -> Cands:
    return _after(r, cands)[:1]


def _nearest(r: Reading, sent: Any, triggers: Triggers, cands: Cands) -> Cands:
    trig = r.trigger.tok.i
    return sorted((c for c in cands if c[3] is not None), key=lambda c: abs(c[3].i - trig))[:1]


Policy = Callable[[Reading, Any, dict[int, Trigger], list[Candidate]], list[Candidate]]
POLICIES: dict[str, dict[str, Policy]] = {
    "source": {"speaker": _source_speaker, "quote": _source_quote, "clause": _source_clause,
               "before": _nearest_before, "near": _nearest},
    "target": {"subtree": _target_subtree, "after": _target_after, "near": _nearest,
               "before": _nearest_before},
}


# what each policy took, for the filled party's reason
POLICY_NOTES = {"speaker": "the subject of the reporting verb above the act",
                "quote": "the speaker of the quote the act is in",
                "clause": "the subject of the nearest clause above the act",
                "before": "the nearest coded party before the act",
                "subtree": "the nearest coded party after the act word, inside its phrase",
                "after": "the nearest coded party after the act word",
                "near": "the nearest coded party"}


def _with_reason(cand: Candidate, role: str, policy: str, note: str) -> Candidate:
    actor, start, end, tok = cand
    reason = f"dyad completion: {role} by the '{policy}' policy ({note})"
    return (replace(actor, reasons=[*actor.reasons, reason]), start, end, tok)


def _own_country(code: str, other: set[str]) -> bool:
    """A bare country beside its own sector ("the DPRK's defence ministry warned ... the DPRK's
    waters"): a state does not act on itself; two sectors of one country (DEUAGR, DEUGOV) may."""
    return any(code[:3] == o[:3] and (len(code) == 3 or len(o) == 3) for o in other)


def _learned(role: str, r: Reading, sent: Any, triggers: Triggers, ctx: ArticleContext,
             cands: Cands) -> tuple[Cands, str]:
    """The candidate the learned pair scorer (learned_attach.py) ranks highest for the role, when its
    probability reaches the floor; ([], "") without a model."""
    model = default_model()
    floor = float(os.environ.get("WIREWATCH_DYAD_LEARNED_FLOOR", LEARNED_FLOOR))
    if model is None or not cands:
        return [], ""
    pc = PairContext(rule_sources={a[0].code for a in r.sources}, rule_targets={a[0].code for a in r.targets},
                     countries=len({(c[0].code or "")[:3] for c in cands}),
                     speaker=speaker_of(r.anchor, sent, triggers),
                     in_quote=lambda offset: ctx.quote_of(offset) is not None)
    scored = [(model.probabilities(pair_features(r, c, sent, pc))[role], c) for c in cands]
    p, best = max(scored, key=lambda x: x[0])
    return ([best], f"the learned pair scorer ranks it first, p={p:.2f}") if p >= floor else ([], "")


def _fill(role: str, order: tuple[str, ...], r: Reading, sent: Any, triggers: dict[int, Trigger],
          ctx: ArticleContext, cands: list[Candidate], other: set[str]) -> Candidate | None:
    usable = [c for c in cands if c[0].code and c[0].code not in other and not _own_country(c[0].code, other)]
    if role == "source":
        # "Tehran radio said the attack was launched": the outlet that reports an act is not its author
        usable = [c for c in usable if not is_press(c[0].code)]
    for name in order:
        if name != "learned" and name not in POLICIES[role]:
            raise ValueError(f"{POLICY_ENV}: no {role} policy {name!r} (known: learned, "
                             f"{', '.join(POLICIES[role])})")
        if name == "learned":
            found, note = _learned(role, r, sent, triggers, ctx, usable)
        else:
            found, note = POLICIES[role][name](r, sent, triggers, usable), POLICY_NOTES[name]
        if found:
            return _with_reason(found[0], role, name, note)
    return None


def _deal(r: Reading) -> bool:
    """A signing (057): where it took place is no party; an intent's place may be its aim."""
    return (r.cameo or "").startswith("057")


def complete_dyad(r: Reading, sent: Any, triggers: dict[int, Trigger], ctx: ArticleContext) -> None:
    """Fill `r.completed_sources` / `r.completed_targets` where the rules left that role empty."""
    if (r.sources and r.targets) or len(r.sources) > 1 or not (r.sources or r.targets):
        return  # complete, mutual ("A and B met"), or nobody named at all
    if r.negated:
        return  # no CAMEO code for an act that did not happen
    src_order, tgt_order = _policies()
    role, order = ("target", tgt_order) if r.sources else ("source", src_order)
    if not order:
        return  # no policy for the missing role (sources, by default): no candidates to weigh
    if role == "target" and told_the_press(r.trigger.tok, ctx.link):
        return  # "talking to reporters to praise X": it has its addressee, the press, no party
    if role == "target" and condemned_attack(r.anchor, CONDEMN_VERBS, ATTACK_NOUNS):
        return  # "condemned the killing of a Lebanese journalist": no attacker named, no target (tgt13)
    cands = [c for c in candidates(r, sent, ctx)
             if not _only_setting(c, ctx, r.trigger.tok, sent) and _elsewhere(c, r, sent, triggers) is None
             and not (r.type != "MOBILIZE" and c[3] is not None and border_place(c[3]))  # a border: where
             and not (role == "target" and inquired_victim(r, c))  # "an inquiry into the killing of X"
             and not (r.type == "CONSULT" and _talked_about(c, r.trigger.tok))
             # "sign peace accord in Kremlin": where a deal was signed is no party to it (stories29)
             and not (role == "target" and _deal(r) and venue(c[3]))
             and not (role == "target" and _companion(c, r, sent))
             # "ordered troops to seal off the region": the troops carry the order out (stories43)
             and not (role == "target" and not without_own_hands(r.anchor, r.cameo, r.sources, [c]))
             and not _qualifier(c)]
    if not cands:
        return
    other = {a[0].code for a in (r.sources or r.targets)}
    found = _fill(role, order, r, sent, triggers, ctx, cands, other)
    if found is not None:
        if role == "source":
            r.completed_sources = [found]
        else:
            r.completed_targets = [found]
