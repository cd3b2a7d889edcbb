"""A reaction an act drew, the act named as its cause: "Gunmen shot dead Senator Luis Carlos Galan ... The
killing drew condemnation from Venezuela and Peru", "The killing of two farmers by Mauritanian guards drew
a protest from Senegal" (stories39). The cause stays background (triggers._cause_of_told_act): it is the
act told before, or told here only as what the reaction answers; the news is the reaction, the from-party's
act, aimed at the cause's doers: its by-agent, else the doers of the act told before that the bare noun
names (speech.antecedent_act). Never at the cause's sufferers ("of two farmers"), and never at the
reacting party's own country."""

from __future__ import annotations

from .arguments import phrase_actors
from .parse import kids, lemma
from .reading import ArticleContext, Reading
from .speech import antecedent_act, attack_doers

# the verbs whose subject is the cause of a reaction they tell ("drew", "sparked", "prompted")
_DRAWING = frozenset({"draw", "spark", "prompt", "provoke", "trigger", "attract", "earn", "elicit", "stir",
                      "invite"})
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "THREATEN"})


def drawn_reaction_doers(r: Reading, ctx: ArticleContext) -> None:
    """Aim a reaction drawn by an act noun at that act's doers (in place)."""
    if r.type not in _REACTIONS or not r.sources:
        return
    verb = r.anchor if lemma(r.anchor) in _DRAWING else r.anchor.head
    if lemma(verb) not in _DRAWING:
        return  # a word test first: almost every reading leaves here
    cause = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if cause is None or cause.pos_ != "NOUN":
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    agents = [g for p in kids(cause) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
              for g in kids(p) if g.dep_ == "pobj"]
    told = [a for g in agents for a in phrase_actors(g, ctx.link)] if agents \
        else antecedent_act(cause, ctx) or attack_doers(cause, ctx)
    doers = [a for a in told if len(a[0].code or "") >= 3 and a[0].code[:3] not in own]
    if doers:
        r.targets = doers
        return
    # no doer told: those the act was done to ("the killing of two farmers") did not draw the reaction
    sufferers = {t.i for p in kids(cause) if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
    r.targets = [a for a in r.targets if a[3] is None or getattr(a[3], "i", None) not in sufferers]
