"""Concern voiced over an act named again is aimed at the act's doers (thirty-ninth session,
wip/stories41).

"The United States expelled two Chinese diplomats on Monday. China expressed concern over the expulsions":
the lexicon's rows read concern, alarm or objection voiced over an act (`&CONDUCT`) as disapproval (111),
and a judgement whose own object is an act told before by a definite noun alone ("condemned the
decision") is aimed at that act's doers (`speech.object_act_doers`). The act of a concern sits one level
deeper, in the over / at / about phrase of the feeling noun, so it was never looked at, and the reading,
with no party to aim at, was dropped. The act's doers are taken from the act memory as for a verdict;
never the judge's own country. Concern over a state of affairs ("the situation in Kosovo") matches no row
and codes nothing, as before.
"""

from __future__ import annotations

from .reading import ArticleContext, Reading
from .speech import antecedent_act, attack_doers

_VOICING = frozenset({"express", "voice", "raise", "register"})
_FEELINGS = frozenset({"concern", "alarm", "dismay", "disappointment", "regret", "objection", "reservation",
                       "dissatisfaction", "displeasure", "unhappiness",
                       "misgiving", "unease", "anxiety"})
_ABOUT = frozenset({"over", "at", "about", "regarding", "concerning", "to", "with"})


def concern_over_told_act(r: Reading, ctx: ArticleContext) -> None:
    """Aim concern voiced over "the decision", "the expulsions" at those who did the act told before."""
    if not (r.cameo or "").startswith("11") or r.anchor.lemma_.lower() not in _VOICING or not r.sources:
        return  # a word test first: almost every reading leaves here
    own = {(a[0].code or "")[:3] for a in r.sources}
    if any((a[0].code or "")[:3] not in own for a in r.targets):
        return  # the concern already names another party ("over the arrest of X by Y")
    feelings = [c for c in r.anchor.children if c.dep_ == "dobj" and c.lemma_.lower() in _FEELINGS]
    acts = [g for h in [r.anchor, *feelings] for p in h.children if p.dep_ == "prep" and p.lower_ in _ABOUT
            for g in p.children if g.dep_ == "pobj"]
    for act in acts:
        told = antecedent_act(act, ctx) or attack_doers(act, ctx)  # "the incursion": the last force told
        doers = [a for a in told if (a[0].code or "")[:3] not in own]
        if doers:
            r.targets = doers
            return
