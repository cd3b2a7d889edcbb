""""Both sides", "the two leaders", "the rival factions" with their pair named earlier in the same sentence
(thirty-ninth session, wip/actors41).

"Fighting between Ethiopia and Eritrea flared again on Tuesday, and both sides accused each other of
starting it", "Clerides and Denktash held talks on Friday, and the two leaders agreed to meet again": the
pair is told in the sentence's first clause, not in a sentence before, and often in no act the coder
reads (a fight with no verb of its own), so `pair_antecedent`'s memory of earlier acts has nothing.
A reader takes the phrase for the two parties the clause before it joins with "and". The act is theirs,
as if the sentence had said "Ethiopia and Eritrea accused each other".
"""

from __future__ import annotations

from typing import Any

# what may stand between the pair's two mentions: "A and B", "A and his rival B"
_JOINS = frozenset({"and", ", and"})
# the men of the first party, named after it ("Taliban forces and the Northern Alliance")
_MEN = frozenset({"forces", "troops", "rebels", "fighters", "guerrillas", "militiamen", "gunmen", "soldiers",
                  "supporters", "loyalists", "militias", "units"})


def _coded(actor: Any) -> bool:
    code = getattr(actor, "code", "") or ""
    return len(code) >= 3 and not code.startswith("---")


def clause_pair(article: Any, sent: Any, start: int, sentence_no: int,
                other: set[str]) -> tuple[int, list[tuple[Any, int, int, Any]]] | None:
    """The two coded mentions joined by "and" nearest before character `start` (the pair phrase) in the
    sentence `sent`, as (sentence number, [(actor, start, end, token)] * 2); None when there is none, when
    they are one actor, or when one of them is of a country in `other` (the act's target: no act of a
    pair on one of itself)."""
    mentions = [e for e in article.entities
                if e.actor is not None and _coded(e.actor) and e.label != "PRON"
                and sent.start_char <= e.start and e.end <= start]
    for k in range(len(mentions) - 1, 0, -1):
        first, second = mentions[k - 1], mentions[k]
        between = article.text[first.end:second.start].strip().lower()
        between = between[:-4].rstrip() if between.endswith(" the") else between  # "A rebels and the B army"
        if between not in _JOINS and not (between.endswith(" and") and between[:-4] in _MEN):
            continue  # ("Taliban forces and the Northern Alliance": the first party's men before "and")
        if first.text == second.text or {first.actor.code[:3], second.actor.code[:3]} & other:
            return None
        pair = []
        for e in (first, second):
            span = sent.doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is None:
                return None
            pair.append((e.actor, e.start, e.end, span.root))
        return sentence_no, pair
    return None


# the heads of a pair phrase ("both sides", "the two leaders", "the rival factions"): a set test on the
# anchor's subject before any span is read
_PAIR_HEAD_WORDS = frozenset({"sides", "leaders", "factions", "countries", "nations", "parties", "groups",
                              "camps", "militias", "neighbours", "neighbors", "governments", "presidents",
                              "delegations"})


def own_pair_subject(anchor: Any, source_start: int) -> Any | None:
    """The anchor's own subject when it is a pair phrase's head outside the reading's source, which an
    earlier clause's party took ("Militiamen loyal to A and B fought ..., and both sides accused each
    other": the source was A); None otherwise."""
    subj = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _PAIR_HEAD_WORDS or subj.idx <= source_start:
        return None
    return subj
