"""Reported speech: what a speaker's words say about others' acts.

Owns hearsay ("reports said"), whether a trigger sits inside a report or quote, dropping targets
that are only quoted, alleged wrongs ("X said Y violated the deal" is X accusing Y, with a copular
verdict such as "said the tariffs were unacceptable"), and an attack on the speaker's own country
that the speaker reports ("Pakistan said Indian troops fired on its posts" is also an accusation).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.symbols import VERB

from .act_nouns import ACT_NOUNS, CLAIM_NOUNS, DEED_NOUNS, bare_definite
from .addressees import ADDRESSING
from .arguments import VERBAL_TYPES, Exclusion, phrase_actors, reporting_verb
from .judged_votes import vote_holders
from .lexicon import Pattern, default_lexicon
from .parse import (
    PRONOUNS,
    ancestors,
    is_negated,
    kids,
    lemma,
    sentence_of,
    span_text,
    subject_of,
    tokens_with_pos,
)
from .reading import ArticleContext, Reading
from .second_clauses import second_that_clauses
from .triggers import VERBAL_CHANNELS, Trigger
from .verdict_links import verdict_heads

HEARSAY = {"report", "rumour", "rumor", "speculation", "suggestion", "claim", "allegation", "story"}
# verbs of guessing: what their clause tells is a guess about the act, not a report of it (census 19)
GUESSES = {"speculate", "guess", "predict", "forecast", "wonder", "bet", "theorize", "theorise", "surmise"}


def hearsay(tok: Any, sent: Any) -> bool:
    """The act is told in the clause of a report or rumour noun ("reports that X had expelled Y",
    "speculation the U.S. will offer wheat", with or without "that")."""
    subjects = [c for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1 and any(lemma(s) in HEARSAY for s in subjects):
        return True  # the parser hangs "Speculation" on the clause's verb as a second subject
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in HEARSAY:
        return True  # "exaggerated reports of fighting": the fighting is what the reports tell
    child = tok
    for anc in ancestors(tok, sent):
        if anc.pos_ == "NOUN" and lemma(anc) in HEARSAY and child.dep_ in ("acl", "ccomp") and \
                any(m.dep_ == "mark" or m.dep_ in ("nsubj", "nsubjpass") for m in kids(child)):
            return True
        if anc.pos_ in ("VERB", "AUX") and lemma(anc) in GUESSES and child.dep_ == "ccomp":
            return True  # "economists speculated that the G-7 may meet": a guess reports no act
        child = anc
    return False


def in_report(tok: Any, sent: Any, triggers: dict[int, Trigger], quote_of: Any) -> bool:
    if quote_of(tok.idx) is not None:
        return True
    return reporting_verb(tok, sent, triggers) is not None


QUOTE_MARKS = {'"', "``", "''", "\u201c", "\u201d"}


def drop_quoted_targets(r: Reading, sent: Any) -> None:
    """A target named only inside quotation marks the act is not in is no party to it: marchers
    chanting "long live the USA" do not protest against the United States."""
    if not r.targets:
        return  # no target, nothing to drop: no walk over the sentence's tokens
    text = span_text(sent)
    if not any(mark in text for mark in QUOTE_MARKS):
        return  # no quotation mark in the sentence's text, so no token is one: no walk either
    marks = [t.idx for t in sent if t.text in QUOTE_MARKS]
    if not marks:
        return

    def quoted(offset: int) -> bool:
        return sum(1 for m in marks if m < offset) % 2 == 1

    if not quoted(r.anchor.idx):
        own = _quoted_complement(r.anchor)
        r.targets = [a for a in r.targets
                     if not quoted(a[1]) or (own is not None and own[0] <= a[1] < own[1])
                     or _scare_quoted(a[3])]


def _scare_quoted(tok: Any) -> bool:
    """Whether the quotation around a target holds nothing but the target's own noun phrase: a warning to
    "separatist forces" in Taiwan is the writer's distance from a label, no slogan ("Death to America",
    whose quoted words are more than the party's name, stays a slogan) (lead41)."""
    if tok is None or not hasattr(tok, "left_edge"):
        return False
    while tok.dep_ in ("amod", "compound") and tok.head.i > tok.i:
        tok = tok.head  # ("separatist" of "separatist forces", the word the actor was read from)
    doc = tok.doc
    first = tok.i  # the quoted words around the target, up to six, between two quotation marks
    while first > 0 and doc[first - 1].text not in QUOTE_MARKS and tok.i - first < 6:
        first -= 1
    last = tok.i
    while last + 1 < len(doc) and doc[last + 1].text not in QUOTE_MARKS and last - tok.i < 6:
        last += 1
    if first == 0 or last + 1 >= len(doc) or doc[first - 1].text not in QUOTE_MARKS \
            or doc[last + 1].text not in QUOTE_MARKS:
        return False
    # (a slogan tagged as one name, "Death to America", has a preposition or a verb inside)
    return tok.left_edge.i <= first and last <= tok.right_edge.i and not any(
        doc[i].pos_ in ("ADP", "VERB", "AUX") for i in range(first, last + 1))


def _quoted_complement(anchor: Any) -> tuple[int, int] | None:
    """The character span of the act's own infinitive when its words are quoted: Saddam threatened to
    "burn half of Israel" names the threatened in the quote (probes17c), unlike a slogan chanted."""
    doc = anchor.doc
    comp = next((x for x in kids(anchor)
                 if x.dep_ == "xcomp" and x.i > 0 and doc[x.i - 1].text in QUOTE_MARKS), None)
    if comp is None:
        return None
    last = comp.right_edge
    return comp.idx, last.idx + len(last.text)


# "A alleged / claimed / said that B failed to ...": telling of another's wrongdoing accuses them (112)
ALLEGING = {"allege", "claim", "charge", "contend", "assert", "say", "complain", "insist", "argue",
            # a court's ruling tells its verdict as a that-clause ("ruled that the decree was
            # unconstitutional", lead42)
            "rule"}

WRONGDOING = {"undermine", "violate", "fail", "renege", "dump", "sponsor", "harbor", "harbour", "shelter",
              "interfere",
              "meddle", "cheat", "plot", "orchestrate", "mastermind", "sabotage", "obstruct", "lie",
              "mislead", "smuggle", "breach", "flout", "betray", "deceive", "persecute", "oppress",
              "spy", "steal", "destabilize", "destabilise", "provoke", "stall", "hamper",
              "exaggerate", "distort", "fabricate", "falsify", "conceal",
              # abuse of power and foul play told of another party (crit11b, a class from the codebook's 112)
              "bully", "intimidate", "harass", "coerce", "bribe", "rig", "manipulate", "incite", "instigate",
              "loot", "plunder", "extort", "defraud", "collude", "conspire", "slander", "smear",
              # mishandling of what was entrusted (recallpol12: "said Clinton mishandled classified data")
              "mishandle", "mismanage", "misuse", "misappropriate", "embezzle", "squander",
              # a collision told of another party's craft ("said the American spy plane had rammed ...";
              # crit19)
              "ram"}

# "X said Y lacks the judgment / the credibility to ...": a verdict on Y's fitness (111, crit11b)
LACKED_QUALITIES = {"judgment", "judgement", "credibility", "legitimacy", "competence", "integrity",
                    "courage", "temperament", "honesty", "seriousness", "vision", "leadership", "will",
                    "authority", "mandate", "decency", "character", "understanding", "knowledge",
                    "experience", "qualification", "moral", "clarity", "sincerity", "backbone"}

COMPLYING = {"live", "abide", "comply", "honor", "honour", "keep", "fulfil", "fulfill", "implement",
             "respect", "adhere", "observe"}


_SPEECH_VERBS = frozenset(ALLEGING | ADDRESSING)  # (one set, not a union per token)


# verbs that say a deed goes on: "said Pakistan continued to shelter the militants", "keeps violating"
ONGOING = {"continue", "keep", "persist"}


def _kept_up(clause: Any) -> Any:
    """The deed a clause says goes on ("continued to shelter", "keeps violating"), else the clause's verb
    (modality24)."""
    if lemma(clause) not in ONGOING:
        return clause
    return next((c for c in kids(clause) if c.dep_ == "xcomp" and c.pos_ == "VERB"), clause)


def _said_clauses(speech: Any) -> list[Any]:
    """The clauses a verb of saying says: its complement, or the that-clause the small parser hangs on
    the statement it was said in ("said in a statement that Japan's claim was unacceptable")."""
    said = [c for c in kids(speech) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if said:
        return said + [c for s in said for c in second_that_clauses(s)]
    return [c for p in kids(speech) if p.dep_ == "prep" and p.lower_ == "in"
            for n in kids(p) if n.dep_ == "pobj" and lemma(n) in VERBAL_CHANNELS["in"]
            for c in kids(n) if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))]


def alleged_wrongs(sent: Any, triggers: dict[int, Trigger], ctx: ArticleContext,
                   kept: list[Reading]) -> list[Reading]:
    out: list[Reading] = []
    anchors = {r.anchor.i for r in kept}
    for speech in tokens_with_pos(sent, VERB):
        if lemma(speech) not in _SPEECH_VERBS or speech.i in anchors:
            continue
        for clause in _said_clauses(speech):
            deed = _kept_up(clause)
            wrong = lemma(deed) in WRONGDOING or (is_negated(clause) and lemma(deed) in COMPLYING)
            # "Iran had exaggerated reports": the small model reads a past perfect as have + adjective
            wrong = wrong or (lemma(clause) == "have" and any(
                a.dep_ == "amod" and a.lower_.endswith("ed") and
                (a.lower_[:-1] in WRONGDOING or a.lower_[:-2] in WRONGDOING)
                for o in kids(clause) if o.dep_ == "dobj" for a in kids(o)))
            verdict = _copular_verdict(clause) if not wrong else None
            if not wrong and verdict is None and (_lacks_quality(clause) or _distrusted(clause)
                                                  or _fitness_denied(clause) or _harm_foretold(clause)):
                verdict = ("ACCUSE", "111", "disapprove")
            if not wrong and verdict is None and _blamed(clause):
                wrong = True
            involved = _involved(clause) if not (wrong or verdict) else None
            involved = involved if involved is not None or wrong or verdict else _authored(clause)
            wrong = wrong or involved is not None
            if not (wrong or verdict) or clause.i in anchors or is_negated(speech):
                continue
            speaker, _ = subject_of(speech, sent, passive_is_agent=True)
            accused, _ = subject_of(clause, sent, passive_is_agent=_distrusted(clause))
            accused = involved if involved is not None else accused
            if accused is None and wrong:
                # "said the count had been rigged": a vote done wrong names its state (judged_votes)
                accused = next((c for c in kids(clause) if c.dep_ == "nsubjpass"
                                and vote_holders(c, ctx.link, ctx.article)), None)
            if accused is None or accused.lower_ in PRONOUNS:
                # '"He is a disaster," Trump said of Bush': the of-phrase names whom the verdict is on
                accused = next((o for p in kids(speech) if p.dep_ == "prep" and p.lower_ == "of"
                                for o in kids(p) if o.dep_ == "pobj"), accused)
            addressee = _addressee(speech, accused) if accused is not None else None
            # (ADDRESSING, verbs of telling: '"You are a disgrace," X told Y' judges Y; recallpol12)
            if addressee is None and lemma(speech) in ADDRESSING and not _told_an_audience(speech):
                continue  # "told Y that Z ..." stays the statement to Y; only "you" is Y
            accused = addressee if addressee is not None else accused
            if speaker is None or accused is None or speaker.lower_ in PRONOUNS:
                continue
            sources = phrase_actors(speaker, ctx.link)
            own = {a[0].code[:3] for a in sources}
            judged = phrase_actors(accused, ctx.link)
            if verdict and not judged:
                doer = _doer_of_deed(accused)
                judged = phrase_actors(doer, ctx.link) if doer is not None else []
            if verdict and not judged:
                # "Tokyo said the launch was ..." (crit19); "said the strikes were an act of aggression"
                judged = antecedent_act(accused, ctx) or attack_doers(accused, ctx)
            if not judged:
                # "said the election was a fraud", "said the count had been rigged" (stories35)
                judged = vote_holders(accused, ctx.link, ctx.article)
            targets = [a for a in judged if a[0].code[:3] not in own or _domestic_target(a, sources)]
            etype, code, mode = verdict or ("ACCUSE", "112", "allege")
            if sources and targets:
                trig = triggers.get(speech.i) or Trigger(speech, Pattern(
                    pos="verb", lemma=lemma(speech), type=etype, cameo=code, mode=mode))
                out.append(Reading(anchor=speech, trigger=trig, type=etype, cameo=code, mode=mode,
                                   sources=sources, targets=targets, confidence=0.75,
                                   quote_index=ctx.quote_of(speech.idx)))
    return out


ACT_MEMORY = 2  # sentences back, the one before and the one before that
# an act named by a noun of its own verb ("fired missiles ... U.S. Secretary of State called the tests
# reckless" three sentences on): as far back as an attack's noun (gaps29)
NAMED_ACT_MEMORY = 6
# an act of force a later sentence names by a noun of its kind, not of its verb ("An Israeli airstrike hit a
# school ... Egypt condemned the strike", "Gunmen stormed a hospital ... condemned the attack"): the last one
# told with a target, up to ATTACK_MEMORY sentences back, as reaction paragraphs follow the casualty figures,
# the claim and the denial (stories26)
ATTACK_NOUNS = frozenset({"attack", "strike", "airstrike", "raid", "assault", "bombing", "shelling",
                          "bombardment", "killing", "shooting", "ambush",
                          # the words for force at large name the last act of force just as well ("Army troops
                          # opened fire on crowds ... Bush deplored the use of force", "condemned the
                          # violence", "the crackdown", "the offensive"; stories30)
                          "violence", "crackdown", "bloodshed", "offensive", "massacre", "use",
                          # and a seizure of power by force names the force that seized it ("Armed soldiers
                          # stormed Fiji's parliament ... Hawke condemned the coup"; stories31)
                          "coup", "putsch", "takeover",
                          # and the blast of a bomb names the bombing ("the IRA ended its ceasefire ... Major
                          # condemned the blast"; stories38)
                          "blast", "explosion",
                          # and an incursion or invasion names the act of force it was ("Turkish troops
                          # attacked rebel camps in northern Iraq ... Iran condemned the incursion";
                          # targets39; not "the operation", which as often names a police operation of
                          # arrests, not the last act of force: stories22)
                          "incursion", "invasion"})
# (the use of force only: "the use" of anything else names no act)
_USED = frozenset({"force", "violence", "arms", "troops"})
ATTACK_MEMORY = 6
_ATTACK = "@attack"
# the accusation a reply names ("Poland accused Moscow of ... Zakharova dismissed the accusations"): the last
# accusation aimed at the replier's own country, up to CHARGE_MEMORY sentences back (stories26)
CHARGE_NOUNS = frozenset({"accusation", "charge", "allegation", "criticism"})
CHARGE_MEMORY = 4
_CHARGE = "@charge:"
# an agreement signed, which reaction paragraphs name by its noun ("Australia and Papua New Guinea signed a
# defence treaty ... Beijing ... Egypt's Foreign Ministry welcomed the agreement"): both signatories, the
# last signing told up to PACT_MEMORY sentences back (stories27)
PACT_NOUNS = frozenset({"agreement", "deal", "treaty", "pact", "accord", "memorandum", "signing",
                        # a ceasefire signed is named by its kind ("signed a ceasefire agreement ... India
                        # welcomed the truce"; gaps29)
                        "truce", "ceasefire", "armistice", "protocol"})
# verbs of an agreement between two that is no signing, which a reaction names as one ("the two sides had
# agreed to withdraw their warships ... denounced the agreement"; gaps29)
AGREEING = frozenset({"agree"})
PACT_MEMORY = 6
PACT = _PACT = "@pact"
# a court's act, which a reaction names by the noun of a court's decision ("The Baku Military Court
# sentenced ... Armenia condemned the verdict", "A Rome court refused to validate ... called the ruling
# prejudicial"): the court, within ACT_MEMORY sentences (stories27)
RULING_NOUNS = ("verdict", "ruling", "judgment", "judgement", "sentence", "conviction")


# verbs that make their subject the author of what the clause under them tells
CLAIMING = {"say", "claim", "allege", "assert", "announce", "report", "insist", "accuse", "tell"}


def _claimant(anchor: Any) -> Any | None:
    """The subject of the saying verb an act is told under ("India said its troops had struck ...")."""
    tok = anchor
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "conj", "xcomp") or tok.head is tok:
            return None
        tok = tok.head
        if lemma(tok) in CLAIMING:
            subj, _ = subject_of(tok, sentence_of(tok), passive_is_agent=True)
            return subj if subj is not None and subj.lower_ not in PRONOUNS else None
    return None


def remember_act(r: Reading, ctx: ArticleContext) -> None:
    """Keep an act with a source for the next sentences, by its verb's lemma and the nouns naming it."""
    if r.negated or r.hypothetical or not r.sources:
        return
    word = lemma(r.anchor)
    # (a refusal to yield is a deed done, though REJECT is said: "Iraq barred the inspectors ... Butler
    # called the decision unacceptable"; stories28)
    deed = r.type not in VERBAL_TYPES or (r.cameo or "")[:3] == "124"
    # ("the move", "the measures" stand for a deed done to someone: "Budapest dropped its objections"
    # is no measure a later sentence denounces)
    done_to = deed and any(len(a[0].code or "") >= 3 and not a[0].code.startswith("---") for a in r.targets)
    for noun in (word, *ACT_NOUNS.get(word, ()), *(DEED_NOUNS if done_to else ())):
        _keep_earlier(ctx, noun, r.sources)
        ctx.acts[noun] = (ctx.sentence_no, list(r.sources))
    claimant = _claimant(r.anchor) if deed else None
    said_by = phrase_actors(claimant, ctx.link) if claimant is not None else []
    if r.type == "ACCUSE" and (r.cameo or "").startswith("112"):
        said_by = list(r.sources)  # "Ukraine said Russian forces shelled the plant": Ukraine's claim
    for noun in CLAIM_NOUNS if said_by else ():
        ctx.acts[noun] = (ctx.sentence_no, said_by)
    coded = [a for a in r.targets if len(a[0].code or "") >= 3 and not a[0].code.startswith("---")]
    # whom a deed was done to, by the doers' country: what a party "stood by" later (stories40)
    for country in {a[0].code[:3] for a in r.sources if len(a[0].code or "") >= 3} if deed and coded else ():
        for noun in (word, *ACT_NOUNS.get(word, ()), *DEED_NOUNS):
            ctx.acts[_AIMED + noun + country] = (ctx.sentence_no, coded)
    # (an act of force is an assault, a fight, mass violence or violent repression: "troops opened fire on
    # crowds", 175; stories30)
    code = r.cameo or ""
    forceful = r.type == "ASSAULT" or code[:2] in ("18", "19", "20") or code[:3] == "175"
    if forceful and coded:
        ctx.acts[_ATTACK] = (ctx.sentence_no, list(r.sources))
    agreed = lemma(r.anchor) in AGREEING and r.type in ("AGREE", "SUPPORT") \
        and len(r.sources) + len(coded) == 2
    if (r.cameo or "")[:3] == "057" or agreed:
        # both signatories: a reading per direction, so the sentence's second one adds its own side
        seen = ctx.acts.get(_PACT)
        parties = list(seen[1]) if seen is not None and seen[0] == ctx.sentence_no else []
        known = {a[0].code for a in parties}
        named = [a for a in (*r.sources, *coded)
                 if len(a[0].code or "") >= 3 and not a[0].code.startswith("---")]
        for a in named:
            if a[0].code not in known:
                known.add(a[0].code)
                parties.append(a)
        # a joint subject ("A and B signed") has no target; a government and its own rebels or opposition
        # are two parties too ("Rakhmonov and the opposition leader signed": TJKGOV, TJKREB; stories29,
        # gaps29)
        if len({a[0].code[:6] for a in parties}) > 1:
            ctx.acts[_PACT] = (ctx.sentence_no, parties)
    if any((a[0].code or "")[3:6] == "JUD" for a in r.sources):
        for noun in RULING_NOUNS:
            ctx.acts[noun] = (ctx.sentence_no, list(r.sources))
    if r.type == "ACCUSE" and (r.cameo or "")[:2] == "11":
        for country in {a[0].code[:3] for a in coded}:
            ctx.acts[_CHARGE + country] = (ctx.sentence_no, list(r.sources))


# the same kind of act told before by other doers ("Russia ordered nine Polish diplomats to leave, a day
# after Warsaw expelled nine Russians ... Geremek called the expulsions unjustified": Russia's, though
# Warsaw's was told last; stories38b): kept under the noun with this suffix when a later act of other
# countries' doers replaces it
_EARLIER = "@earlier"
_AIMED = "@aimed:"


def own_act_targets(deed: Any, country: str, ctx: ArticleContext) -> list[tuple[Any, int, int, Any]]:
    """Those an act of `country`'s that `deed`'s noun names was done to ("Iraq ordered the American
    inspectors out ... Iraq stood by its decision": the inspectors), told up to NAMED_ACT_MEMORY
    sentences before; [] when none was."""
    seen = ctx.acts.get(_AIMED + lemma(deed) + country)
    if seen is None or not 0 < ctx.sentence_no - seen[0] <= NAMED_ACT_MEMORY:
        return []
    return _named_here(list(seen[1]), deed)


def _keep_earlier(ctx: ArticleContext, noun: str, sources: list[tuple[Any, int, int, Any]]) -> None:
    """Keep the act last told under `noun` when the new one's doers are of other countries."""
    seen = ctx.acts.get(noun)
    if seen is not None and seen[0] != ctx.sentence_no and \
            {a[0].code[:3] for a in seen[1]} != {a[0].code[:3] for a in sources}:
        ctx.acts[noun + _EARLIER] = seen


def earlier_doers(deed: Any, ctx: ArticleContext) -> list[tuple[Any, int, int, Any]]:
    """The doers of the act of `deed`'s kind told before the last one, within the same memory as
    `antecedent_act`; [] when none was."""
    return _recalled(deed, ctx, lemma(deed) + _EARLIER) if bare_definite(deed) else []


def antecedent_act(deed: Any, ctx: ArticleContext) -> list[tuple[Any, int, int, Any]]:
    """The doers of an act a verdict names by a definite noun alone ("said the launch was an outrageous
    act", "the order"), told in one of the two sentences before (crit19); [] when none was, or the noun
    has an owner or modifier of its own."""
    return _recalled(deed, ctx, lemma(deed)) if bare_definite(deed) else []


def _recalled(deed: Any, ctx: ArticleContext, key: str) -> list[tuple[Any, int, int, Any]]:
    """The doers kept under `key` when they were told recently enough for `deed`'s noun."""
    seen = ctx.acts.get(key)
    # (a noun of the act's own verb, "the tests", "the expulsion", names it past the reactions between, as
    # an attack's noun does; a deed or claim noun, "the decision", "the claim", only the act just told, and
    # an attack's noun past that the last attack told with a target, `attack_doers`)
    noun = lemma(deed)
    short = noun in DEED_NOUNS or noun in CLAIM_NOUNS or noun in ATTACK_NOUNS
    memory = ACT_MEMORY if short else NAMED_ACT_MEMORY
    if seen is None or not 0 < ctx.sentence_no - seen[0] <= memory:
        return []
    return list(seen[1])


def _named_here(doers: list[tuple[Any, int, int, Any]], deed: Any) -> list[tuple[Any, int, int, Any]]:
    """The doers of an earlier act, mentioned where the noun naming the act is (the act is judged here, and
    the judgement's text stays in its sentence); no token, as the noun itself is no actor (emit.py)."""
    reason = f"'{deed.text}': the doers of the act told before"
    return [(replace(a, reasons=[*a.reasons, reason]), deed.idx, deed.idx + len(deed.text), None)
            for a, _, _, _ in doers]


def attack_doers(deed: Any, ctx: ArticleContext) -> list[tuple[Any, int, int, Any]]:
    """The doers of the last act of force told with a target up to ATTACK_MEMORY sentences before, when a
    judgement names it by a bare definite noun of its kind ("condemned the strike", "the attacks")."""
    seen = ctx.acts.get(_ATTACK) if bare_definite(deed, ATTACK_NOUNS) else None
    if lemma(deed) == "use" and not any(p.dep_ == "prep" and p.lower_ == "of" and lemma(o) in _USED
                                        for p in kids(deed) for o in kids(p) if o.dep_ == "pobj"):
        return []
    if seen is None or not 0 < ctx.sentence_no - seen[0] <= ATTACK_MEMORY:
        return []
    return _named_here(seen[1], deed)


def signatories(deed: Any, ctx: ArticleContext) -> list[tuple[Any, int, int, Any]]:
    """The parties of the last agreement signed up to PACT_MEMORY sentences before, when a judgement names
    it by a bare definite noun of its kind ("welcomed the agreement", "the treaty")."""
    seen = ctx.acts.get(_PACT) if bare_definite(deed, PACT_NOUNS) else None
    if seen is None or not 0 < ctx.sentence_no - seen[0] <= PACT_MEMORY:
        return []
    return _named_here(seen[1], deed)


def charged_by(deed: Any, own: set[str], ctx: ArticleContext) -> list[tuple[Any, int, int, Any]]:
    """The authors of the accusation a reply names by a bare definite noun ("rejected the charge",
    "dismissed the accusations as ..."): the last accusation aimed at the replier's country, told up to
    CHARGE_MEMORY sentences before; [] when none was."""
    if not bare_definite(deed, CHARGE_NOUNS):
        return []
    told = [ctx.acts[_CHARGE + c] for c in own if _CHARGE + c in ctx.acts]
    told = [t for t in told if 0 < ctx.sentence_no - t[0] <= CHARGE_MEMORY]
    return _named_here(max(told, key=lambda t: t[0])[1], deed) if told else []


# a passive arrest no agent is named for, told by a body of the arrested party's own state ("The Interior
# Ministry said 107 people had been detained", "Former president Rodrigo Duterte was arrested ...,
# Malacañang said"): the teller's state made it, as the annotation guide reads a ministry's count (stories27)
DETAINING = frozenset({"arrest", "detain", "jail", "imprison", "apprehend"})
TELLING = frozenset({"say", "announce", "report", "confirm", "state", "tell"})
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD"})
# the arms of a state, no one of which judges another's deed as a side would (gaps29)
STATE_ARMS = STATE_SECTORS | {"LEG", "SPY"}


def passive_arrest_teller(r: Reading, ctx: ArticleContext) -> None:
    """The state body that tells of a passive arrest with no agent is its source, when the arrested are
    of its own country (a foreign ministry telling of an arrest abroad made none)."""
    tok = r.anchor
    if r.sources or r.negated or r.hypothetical or (r.cameo or "")[:2] != "17" or lemma(tok) not in DETAINING:
        return
    if not any(c.dep_ == "nsubjpass" for c in kids(tok)) or any(c.dep_ == "agent" for c in kids(tok)):
        return
    if tok.dep_ != "ccomp" or lemma(tok.head) not in TELLING:
        return
    teller, _ = subject_of(tok.head, sentence_of(tok.head), passive_is_agent=True)
    if teller is None or teller.lower_ in PRONOUNS:
        return
    state = [a for a in phrase_actors(teller, ctx.link) if (a[0].code or "")[3:6] in STATE_SECTORS]
    home = {(a[0].code or "")[:3] for a in state}
    held = {(a[0].code or "")[:3] for a in r.targets if len(a[0].code or "") >= 3}
    # ("an American journalist had been detained in Iran": held abroad, by the place's state)
    places = {(a[0].code or "")[:3] for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("in", "at")
              for g in kids(p) if g.dep_ == "pobj" for a in phrase_actors(g, ctx.link)}
    if state and held and held <= home and places <= home:
        r.sources = state


# verbs that judge or answer an act named by their object: "Lithuania condemned the expulsion", "rejected
# the note", "welcomed the decision"
JUDGING_TYPES = {"ACCUSE", "REJECT", "SUPPORT"}


def object_act_doers(r: Reading, ctx: ArticleContext) -> None:
    """A judgement whose object is an act told just before by a definite noun alone
    ("Russia expelled two diplomats. Lithuania condemned the expulsion."): the act's doers are the target,
    as a verdict's are (antecedent_act; lead25). Never the judge's own country. The act's doers also
    replace a party the rules took from the verdict's own words ("called the launch a violation of U.N.
    resolutions": North Korea, not the U.N.; lead26)."""
    # (dismissing a charge, 016, answers it as a rejection does; a bare denial, "The Taliban deny the charge",
    # is no act under the annotation guide; stories26)
    judging = r.type in JUDGING_TYPES or ((r.cameo or "")[:3] == "016" and lemma(r.anchor) != "deny")
    if not r.sources or not judging or r.negated:
        return
    own = {a[0].code[:3] for a in r.sources}
    # (a reply names the accusation against its own country, a verdict an act of force; stories26)
    reply = r.type == "REJECT" or (r.cameo or "")[:3] == "016"
    for obj in (c for c in kids(r.anchor) if c.dep_ in ("dobj", "pobj", "nsubjpass")):
        told = charged_by(obj, own, ctx) if reply else []
        if not told and not (reply and bare_definite(obj, CHARGE_NOUNS)):
            # (a reply to an accusation answers only one against its own side: charged_by)
            told = antecedent_act(obj, ctx) or attack_doers(obj, ctx)
            if not told and (r.cameo or "")[:3] != "057":  # ("the agreement needs to be ratified")
                told = signatories(obj, ctx)
        doers = [a for a in told if a[0].code[:3] not in own]
        if not doers and told and r.type == "ACCUSE":
            # the judge's own side did the last such act: the one before it, by another, is the one
            # condemned (stories38b; praise or defence of such an act may be of the judge's own)
            doers = [a for a in earlier_doers(obj, ctx) if a[0].code[:3] not in own]
        if not doers:
            # a side of the state judging a deal or deed of another side of its own ("The rival Moro Islamic
            # Liberation Front rejected the agreement" the government signed with the MNLF; gaps29)
            # (not one arm of the state on another: "Israel's defence minister praised the strike")
            doers = [a for a in told if a[0].code[:3] in own and len(a[0].code) >= 6
                     and all(len(j[0].code) >= 6 and j[0].code[3:6] != a[0].code[3:6]
                             and not {j[0].code[3:6], a[0].code[3:6]} <= STATE_ARMS for j in r.sources)]
        if doers:
            r.targets = doers
            return


# reactions that judge an act without naming its doer, and what they may name the act by: a feeling voiced
# ("expressed deep disappointment", "voiced regret") or a bare definite noun ("condemned the attack",
# "welcomed the move", "criticised the verdict")
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT"})
_FEELINGS = frozenset({"disappointment", "regret", "concern", "dismay", "alarm", "anger", "outrage",
                       "satisfaction", "approval"})
_PROMPTS = frozenset({"after", "following"})


def prompted_doers(r: Reading, ctx: ArticleContext) -> None:
    """A reaction with no party of its own, told as answering an act in its after-clause ("Iran condemned
    the attack after U.S. warships shelled two Iranian oil platforms", "Japan welcomed the move after North
    Korea agreed to ...", "expressed deep disappointment after India conducted three nuclear tests"): the
    clause's named subject is the target, when it is of one country and not the judge's own (targets33).
    A reaction naming its own object's owner ("condemned Israel's decision after ...") keeps its search."""
    if r.sources and not r.negated and (r.cameo or "").startswith("055") and _regret_for_other(r, ctx.link):
        return
    if not r.sources or r.targets or r.negated or r.hypothetical or r.type not in REACTION_TYPES:
        return
    verb = r.anchor
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    objs = [c for c in kids(verb) if c.dep_ in ("dobj", "pobj", "attr")]
    if any(not bare_definite(o) and lemma(o) not in _FEELINGS for o in objs):
        return
    subjects = [s for c in kids(verb) if c.dep_ == "advcl" and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ in _PROMPTS for m in kids(c))
                for s in kids(c) if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in PRONOUNS]
    if len(subjects) != 1:
        return
    own = {(a[0].code or "")[:3] for a in r.sources}
    doers = [a for a in phrase_actors(subjects[0], ctx.link) if len(a[0].code or "") >= 3
             and not a[0].code.startswith("---") and a[0].code[:3] not in own]
    if len({a[0].code[:3] for a in doers}) == 1:
        r.targets = doers


def _regret_for_other(r: Reading, link: Any) -> bool:
    """ "Pakistan voiced strong regret after India test-fired a missile": regret voiced at what another
    party did, told in the after-clause whose subject is the regret's target, is disapproval (111), not an
    apology (055; the lexicon's note on regret); the reading is recoded in place."""
    verb = r.anchor if r.anchor.pos_ in ("VERB", "AUX") else r.anchor.head
    if "regret" not in {lemma(r.anchor), *(lemma(c) for c in kids(verb) if c.dep_ == "dobj")}:
        return False
    subjects = [s for c in kids(verb) if c.dep_ == "advcl" and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ in _PROMPTS for m in kids(c))
                for s in kids(c) if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in PRONOUNS]
    if len(subjects) != 1:
        return False
    own = {(a[0].code or "")[:3] for a in r.sources}
    doers = [a for a in phrase_actors(subjects[0], link) if len(a[0].code or "") >= 3
             and not a[0].code.startswith("---") and a[0].code[:3] not in own]
    aimed = {(a[0].code or "")[:3] for a in r.targets}
    if len({a[0].code[:3] for a in doers}) != 1 or (aimed and not aimed <= {a[0].code[:3] for a in doers}):
        return False
    r.targets = r.targets or doers
    r.type, r.cameo, r.mode = "ACCUSE", "111", "disapprove"
    return True


# whom a speaker tells things without telling them to a party: "Trump told supporters ...", "told reporters"
AUDIENCES = {"supporter", "reporter", "journalist", "crowd", "audience", "rally", "voter", "listener",
             "viewer", "follower", "newspaper", "daily", "broadcaster", "television", "radio", "interviewer",
             "student", "worker"}


def _told_an_audience(speech: Any) -> bool:
    """ "'China is cheating us,' Trump told supporters": told to an audience, the verdict on a third party
    is the speaker's as after "said" (lead25); told to a party ("told Y that Z ...") it stays a statement."""
    return any(c.dep_ in ("dobj", "dative") and lemma(c) in AUDIENCES for c in kids(speech))


def _addressee(speech: Any, judged: Any) -> Any | None:
    """Whom a verdict on "you" or "your X" judges: the one the speaker told it to ('"You are a disgrace,"
    X told Y'), or None when the verdict is on anyone else or no one is addressed."""
    second = judged.lower_ == "you" or any(c.dep_ == "poss" and c.lower_ == "your" for c in kids(judged))
    if not second:
        return None
    return next((c for c in kids(speech) if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")),
                None)


def _doer_of_deed(deed: Any) -> Any | None:
    """Whom a verdict on a deed judges, when the deed names no party itself (recallpol12): the subject of a
    free relative ("what Russia is doing is dangerous") or of the relative clause on the deed ("the
    policies that China is pursuing were reckless"); never a pronoun, which a single sentence cannot
    resolve."""
    if deed.dep_ == "csubj":
        clauses = [deed]
    elif deed.pos_ in ("NOUN", "PROPN"):
        clauses = [c for c in kids(deed) if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")]
    else:
        return None
    for clause in clauses:
        doer = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
        if doer is not None and doer.lower_ not in PRONOUNS:
            return doer
    # "the decision by the Democratic National Committee to limit the debates was a mistake" (crit19)
    if deed.pos_ == "NOUN":
        return next((g for p in kids(deed) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                     for g in kids(p) if g.dep_ == "pobj" and g.lower_ not in PRONOUNS), None)
    return None


def _domestic_target(target: tuple[Any, int, int, Any], sources: list[tuple[Any, int, int, Any]]) -> bool:
    """A verdict or an alleged wrong may be on a party of the speaker's own country (criticism is domestic
    as often as not: "the senator said the president's remarks were unacceptable", USALEG->USAGOV, "said
    the Treasury had failed to protect consumers"), but only another sector or another named person,
    never the country itself or the speaker's own code."""
    code = target[0].code
    if len(code) == 3 or any(len(s[0].code) == 3 for s in sources):
        return False
    return not Exclusion.of(sources).blocks(target)


def _lacks_quality(clause: Any) -> bool:
    """ "said Clinton lacks the judgment to be president", "said Iran lacked credibility": the clause denies
    its subject a quality of fitness (not negated, not modal: "would lack" weighs, it does not judge)."""
    if lemma(clause) != "lack" or is_negated(clause) or any(
            a.dep_ == "aux" and a.lower_ in MODALS for a in kids(clause)):
        return False
    objs = [c for c in kids(clause) if c.dep_ == "dobj"]
    words = {lemma(o) for o in objs}
    words |= {lemma(m) for o in objs for m in kids(o) if m.dep_ in ("amod", "compound")}
    return bool(words & LACKED_QUALITIES)


# "said Clinton was not qualified / not fit to be president": a fitness denied is a verdict (111, crit19)
FITNESS = {"qualified", "fit", "ready", "competent", "capable", "trustworthy", "honest", "truthful",
           "credible", "serious", "presidential", "suited", "equipped", "prepared"}

# "said Clinton's tax plan would destroy jobs", "said the visit had hurt the feelings of the Chinese
# people": harm foretold or told of another party's plan or act (111, crit19). The subject must be a
# deed or plan of a party, so an economy's or a storm's harm is no verdict.
HARMING = {"destroy", "hurt", "harm", "damage", "wreck", "ruin", "cripple", "devastate", "endanger",
           "jeopardize", "jeopardise", "poison", "sour", "derail", "torpedo", "doom", "sabotage",
           "bankrupt", "imperil", "destabilize", "destabilise", "inflame"}
DEEDS = {"plan", "policy", "proposal", "agenda", "idea", "decision", "move", "deal", "budget", "bill", "law",
         "remark", "comment", "rhetoric", "approach", "strategy", "program", "programme", "expansion",
         "action", "sanction", "tariff", "measure", "visit", "step", "stance", "statement", "conduct",
         "behaviour", "behavior", "policies", "plans", "deployment", "buildup", "build-up", "test",
         "presidency", "administration", "leadership", "reform", "ban", "wall", "shield", "fence"}
POSED = {"threat", "danger", "menace", "risk"}

# "said Washington was responsible for the deaths", "said Syria was behind the bombing": a harm laid at
# another party's door (112, crit19); "responsible for security" lays nothing
HARMS = {"death", "killing", "attack", "bombing", "blast", "explosion", "violence", "massacre", "murder",
         "assassination", "plot", "unrest", "riot", "crisis", "shelling", "raid", "strike", "kidnapping",
         "abduction", "fighting", "bloodshed", "atrocity", "crime", "disappearance", "famine", "collapse",
         "failure", "leak", "hacking", "hack", "fire", "incident", "escalation", "tension", "clash",
         "ambush", "downing", "sinking", "suffering", "destruction", "genocide", "coup", "uprising", "terror"}


def _fitness_denied(clause: Any) -> bool:
    """ "said Clinton was not qualified to be president", "not fit to lead": the copula negated over a word of
    fitness (crit19). Modal clauses weigh, they do not judge."""
    if lemma(clause) != "be" or not is_negated(clause) or any(
            a.dep_ == "aux" and a.lower_ in MODALS for a in kids(clause)):
        return False
    return any(c.dep_ == "acomp" and c.lower_ in FITNESS for c in kids(clause))


def _harm_foretold(clause: Any) -> bool:
    """ "said X's tax plan would destroy jobs", "said Washington's plan posed a threat to Russia's security",
    "said the visit had hurt the feelings of ...": the clause's subject is a deed or plan and its verb
    does harm (crit19). Negated clauses and "could" / "might" (a possibility weighed) judge nothing."""
    if is_negated(clause) or any(a.dep_ == "aux" and a.lower_ in ("could", "might", "may")
                                 for a in kids(clause)):
        return False
    subj = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
    if subj is None or lemma(subj) not in DEEDS and subj.lower_ not in DEEDS:
        return False
    if lemma(clause) in HARMING:
        return True
    return lemma(clause) in ("pose", "represent", "constitute") and any(
        c.dep_ == "dobj" and lemma(c) in POSED for c in kids(clause))


def _blamed(clause: Any) -> bool:
    """ "said Washington was responsible for the deaths of civilians", "said Syria was behind the bombing"
    (crit19): not negated, not modal, the harm named."""
    if lemma(clause) != "be" or is_negated(clause) or any(
            a.dep_ == "aux" and a.lower_ in MODALS for a in kids(clause)):
        return False
    preps = [p for c in kids(clause) if c.dep_ == "acomp" and c.lower_ in ("responsible", "culpable", "to")
             for p in kids(c) if p.dep_ == "prep" and p.lower_ == "for"]
    preps += [p for p in kids(clause) if p.dep_ == "prep" and p.lower_ == "behind"]
    return any(lemma(g) in HARMS for p in preps for g in kids(p) if g.dep_ == "pobj")


# nouns of a part taken in a deed ("Russia's involvement in the hacking", "Iran's role in the attack")
INVOLVEMENT = {"involvement", "role", "complicity", "hand", "participation"}
# what a reported clause says of such a part: shown ("was proved", "was confirmed") or plain ("was clear")
SHOWN = {"prove", "confirm", "establish", "verify", "expose", "uncover", "reveal"}
PLAIN = {"clear", "evident", "obvious", "undeniable", "certain", "beyond doubt"}
# the deeds a part is taken in: the harms of `_blamed`, and a state's hostile acts short of force
INVOLVED_IN = HARMS | {"provocation", "sabotage", "espionage", "interference", "meddling", "incursion",
                       "intrusion", "violation", "infiltration", "conspiracy"}


def _involved(clause: Any) -> Any | None:
    """The one a reported clause says took part in a harm (wire25), the accused of an accusation (112):
    "said the South Korean military was involved in the provocation" (the military), "said Russia's
    involvement in the hacking was proved / was clear" (Russia, the part's possessor). Not negated, not
    modal: "may have been involved" weighs, it does not accuse."""
    if is_negated(clause) or any(a.dep_ == "aux" and a.lower_ in MODALS for a in kids(clause)):
        return None

    def in_harm(tok: Any) -> bool:
        return any(lemma(g) in INVOLVED_IN for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "in"
                   for g in kids(p) if g.dep_ == "pobj")

    if lemma(clause) == "involve" and any(c.dep_ == "auxpass" for c in kids(clause)) and in_harm(clause):
        return next((c for c in kids(clause) if c.dep_ == "nsubjpass"), None)
    shown = lemma(clause) in SHOWN and any(c.dep_ == "auxpass" for c in kids(clause)) or \
        lemma(clause) == "be" and any(c.dep_ == "acomp" and lemma(c) in PLAIN for c in kids(clause))
    part = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in INVOLVEMENT),
                None)
    if not shown or part is None or not in_harm(part):
        return None
    return next((c for c in kids(part) if c.dep_ == "poss"), None)


# a harm's author told by its mark ("said the bombings were the work of terrorists", "said the bomb bore all
# the hallmarks of ETA"; stories36): the marks, the verbs that carry one, and the harms (a bomb too)
AUTHOR_MARKS = frozenset({"work", "handiwork", "hallmark", "hallmarks", "signature", "trademark"})
_MARK_VERBS = frozenset({"be", "bear", "have", "carry", "show"})
_MARKED = HARMS | {"bomb", "bombing", "blast", "car-bomb", "explosion", "attack"}


def _authored(clause: Any) -> Any | None:
    """The author a reported clause gives a harm by its mark (112): "the bombings were the work of
    terrorists trained in Chechnya" (terrorists), "the bomb bore all the hallmarks of ETA" (ETA). Not
    negated, not modal ("could be the work of" weighs)."""
    if lemma(clause) not in _MARK_VERBS or is_negated(clause) or any(
            a.dep_ == "aux" and a.lower_ in MODALS for a in kids(clause)):
        return None
    subj = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
    if subj is None or lemma(subj) not in _MARKED:
        return None
    dep = "attr" if lemma(clause) == "be" else "dobj"
    return next((g for m in kids(clause) if m.dep_ == dep and lemma(m) in AUTHOR_MARKS
                 for p in kids(m) if p.dep_ == "prep" and p.lower_ == "of"
                 for g in kids(p) if g.dep_ == "pobj"), None)


def _distrusted(clause: Any) -> bool:
    """ "said Russia cannot be trusted", "could not be trusted" (recallpol12): a passive "trust" denied is a
    verdict of distrust on its subject (111)."""
    return lemma(clause) == "trust" and is_negated(clause) and any(c.dep_ == "auxpass" for c in kids(clause))


def _copular_verdict(clause: Any) -> tuple[str, str, str | None] | None:
    """A reported verdict on someone's act: "said the island's tariffs were unacceptable" (111), "said the
    strike was a violation of its sovereignty" (112), "said Kenya was a true partner" (051), with the
    word classes of the lexicon's evaluative rows. Negated or modal clauses ("would be a mistake") weigh,
    they do not judge."""
    linked = verdict_heads(clause, lemma)  # "was a violation", "amounted to aggression" (stories42)
    if linked is None or is_negated(clause) or any(
            a.dep_ == "aux" and a.lower_ in MODALS for a in kids(clause)):
        return None
    heads = list(linked)
    heads += [c for h in list(heads) for c in h.conjuncts]
    words = {lemma(h) for h in heads}
    words |= {lemma(m) for h in heads for m in kids(h) if m.dep_ in ("amod", "compound")}
    ofs = [g for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ == "of"
           for g in kids(p) if g.dep_ == "pobj"]
    words |= {lemma(g) for g in ofs}
    # "the textbook definition of a racist comment", "an example of reckless leadership" (crit19)
    words |= {m.lower_ for g in ofs for m in kids(g) if m.dep_ == "amod"}
    classes = default_lexicon().classes
    for name, reading in VERDICTS:
        if words & classes.get(name, frozenset()):
            return reading
    return None


# the evaluative word classes of the lexicon, strongest first (events/data/event_lexicon.tsv)
VERDICTS: tuple[tuple[str, tuple[str, str, str | None]], ...] = (
    ("&WRONGDOING", ("ACCUSE", "112", "allege")), ("&DISAPPROVAL", ("ACCUSE", "111", "disapprove")),
    ("&APPROVAL", ("SUPPORT", "051", None)))

MODALS = {"would", "could", "might", "may", "can", "should", "will"}


# words that make a news medium a state's own voice ("Syria's official news agency", "state radio")
_STATE_PRESS = frozenset({"official", "state", "state-run", "state-owned", "government", "government-run",
                          "government-owned", "semi-official"})


def _press_only(code: str) -> bool:
    """A news medium that is not a government's own (IRNMED, FRAMED; not IRQGOVMED, a state agency that
    speaks for its government): it reports the attack, as a trailing attribution does, and accuses no one."""
    return code.endswith("MED") and "GOV" not in code


# help that a speaker says another party gives to the armed men fighting the speaker's own state is a
# charge as an attack reported is ("Sudan's government said Kampala was itself supporting John Garang's
# Sudan People's Liberation Army": SDN -> UGA 112, not Uganda's support; stories31)
_HELPING = frozenset({"SUPPORT", "AID", "COOPERATE"})
_ARMED = frozenset({"REB", "INS", "UAF"})


def _other_side(code: str, speakers: list[tuple[Any, int, int, Any]]) -> bool:
    """Whether an attacker of the speaker's own country is the other side of its fight (stories36): the
    state's rebels told by an arm of the state ("Deputy Defence Minister Ratwatte said the Tamil Tigers had
    carried out the attack": LKAGOV -> LKAREB 112), or the state's forces told by its rebels. A state arm
    reporting another ("the police said soldiers fired") and rebels reporting rebels stay the act."""
    armed = code[3:6] in _ARMED
    for s in speakers:
        said = s[0].code
        if len(said) < 6 or said[:3] != code[:3] or said[3:6] in _ARMED and armed:
            return False
        if not armed and said[3:6] not in _ARMED:
            return False
    return bool(speakers)


# a bare noun of a state's own arms as the speaker ("The army said troops had retaken the town"): a rebel
# code on it came from a coreference slip, so it tells of no other side
_STATE_ARMS = frozenset({"army", "military", "troops", "police", "government", "ministry", "forces"})


def _said_directly(anchor: Any, speech: Any) -> bool:
    """Whether the attack is what the reporting verb says, its complement or a conjunct of it ("said the
    Tigers had carried out the attack"), not a clause set under it ("told the envoy the army would not
    negotiate while the RSF occupied civilian areas")."""
    tok = anchor
    for _ in range(4):
        if tok.head.i == speech.i:
            return tok.dep_ in ("ccomp", "conj", "xcomp", "parataxis")
        if tok.dep_ not in ("conj", "ccomp", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def reported_attack(r: Reading, sent: Any, triggers: dict[int, Trigger],
                    ctx: ArticleContext) -> Reading | None:
    """ "Pakistan said Indian troops fired on its border posts", "France said Syrian forces shelled
    civilians": a pre-posed reporting verb whose complement is another party's violence is the
    speaker's accusation, A->B 112, which replaces the attack (PETRARCH's SAY transformation, the
    annotation guide's rule whoever the victim is). "X said it struck ..." is X's own act, coded as the
    act; a trailing "..., officials said" is transparent and changes nothing."""
    # (force on protesters read as violent repression, 175, is violence reported all the same: probes17b)
    # ("said Georgia was allowing Chechen fighters to shelter": leave given to the speaker's armed foes is
    # help to them, lead32)
    aid = r.type in _HELPING or r.type == "CONCEDE"
    if not (r.type == "ASSAULT" or r.cameo == "175" or aid) or r.negated or not r.sources:
        return None
    speech = reporting_verb(r.anchor, sent, triggers)
    if speech is None or speech.i > r.anchor.i:
        return None
    subj, _ = subject_of(speech, sent, passive_is_agent=True)
    if subj is None or subj.lower_ in PRONOUNS:
        return None
    speakers = phrase_actors(subj, ctx.link)
    slip = subj.lower_ in _STATE_ARMS and not any(c.dep_ in ("amod", "compound") for c in subj.children) \
        and any(s[0].code[3:6] in _ARMED for s in speakers)
    domestic = not aid and not slip and _said_directly(r.anchor, speech)
    accused = [a for a in r.sources if a[0].code[:3] not in {s[0].code[:3] for s in speakers}
               or domestic and _other_side(a[0].code, speakers)]
    if not speakers or not accused:
        return None  # "X said it struck ...": X's own act, coded as the act
    if aid and not any(t[0].code[:3] in {s[0].code[:3] for s in speakers} and t[0].code[3:6] in _ARMED
                       for t in r.targets):
        return None  # "Tokyo said Washington was supporting its plan": help reported is no charge
    said_by = [*subj.subtree, *(t for c in speech.children if c.dep_ == "nsubj" for t in c.subtree)]
    if all(_press_only(s[0].code) for s in speakers) and not any(t.lower_ in _STATE_PRESS for t in said_by):
        return None  # "Iranian radio said Iraqi warplanes bombed ...": a station is no party (extras30)
    return Reading(anchor=speech, trigger=triggers[speech.i], type="ACCUSE", cameo="112", mode="allege",
                   sources=speakers, targets=accused, hypothetical=r.hypothetical, confidence=0.8,
                   quote_index=r.quote_index)
