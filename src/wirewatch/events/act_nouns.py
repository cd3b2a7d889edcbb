"""The nouns a later sentence names an earlier act by ("North Korea fired a missile ... Tokyo called the
launch a provocation"; "The EU imposed sanctions ... Minsk condemned the decision"). The events stage
remembers each coded act under these nouns for two sentences (speech.remember_act), and a judgement of
"the launch" or "the decision" with no party of its own is aimed at that act's doers."""

from __future__ import annotations

from typing import Any

from .parse import kids, lemma

# the nouns a later sentence names an act by, for the act's verb ("North Korea fired a missile ... Tokyo said
# the launch was an outrageous act"); every lemma also names itself ("ordered ... the order")
ACT_NOUNS = {"fire": ("launch", "firing", "test"), "launch": ("launch", "test"), "test": ("test", "launch"),
             "decide": ("decision",), "expel": ("expulsion",), "execute": ("execution",),
             "invade": ("invasion",), "annex": ("annexation",), "detain": ("detention",),
             "seize": ("seizure",), "deploy": ("deployment",), "shell": ("shelling",), "bomb": ("bombing",),
             "close": ("closure",), "withdraw": ("withdrawal", "pullout"), "recognise": ("recognition",),
             "recognize": ("recognition",), "sentence": ("sentence",), "kill": ("killing",),
             "impose": ("imposition",), "suspend": ("suspension",), "break": ("break",),
             # a treaty ratified, an apology made, a force landed, troops pulled out, named again by the
             # reactions ("The Duma ratified START-2 ... the White House hailed the ratification",
             # "peacekeepers landed ... Gusmao welcomed the landing"; stories38)
             "ratify": ("ratification",), "apologize": ("apology",), "apologise": ("apology",),
             "land": ("landing",), "pull": ("pullout", "withdrawal"),
             # an arrest, a tariff or embargo imposed, a hijacking, a shooting, an assassination, an
             # extradition, named again by the reactions ("Austrian police detained General Talic ... Dodik
             # called the arrest a trap", "Nicaragua imposed a 35 percent tariff ... Flores called the
             # tariff a violation"; stories39)
             "arrest": ("arrest",), "hijack": ("hijacking",), "shoot": ("shooting", "killing"),
             "assassinate": ("assassination", "killing"), "extradite": ("extradition",),
             # a ban decreed, hostages freed, named again by the reactions ("Mugabe banned all strikes ...
             # Tsvangirai called the ban unconstitutional", "The gang freed its hostages ... Annan welcomed
             # the release"; stories40)
             "ban": ("ban",), "free": ("release",), "release": ("release",),
             # a veto cast, a vote boycotted, an envoy recalled, an offer rejected, named again by the
             # reactions ("China vetoed the extension ... France called the veto a blow to regional
             # stability"; stories41)
             "veto": ("veto",), "boycott": ("boycott",), "recall": ("recall",), "reject": ("rejection",)}
# (the verbs above whose act has more names than its own noun; kept apart so the table reads as before)
for _verb, _names in {"detain": ("arrest",), "impose": ("tariff", "embargo", "quota"),
                      "kill": ("assassination",)}.items():
    ACT_NOUNS[_verb] = (*ACT_NOUNS[_verb], *_names)
# nouns that name whatever a party did just before ("The EU imposed sanctions on Belarus. Minsk condemned
# the decision"), for a deed, not words (lead26)
DEED_NOUNS = ("move", "decision", "step", "action", "measure")
# nouns that name what a party said just before ("India said its troops had struck camps across the
# frontier. Pakistan rejected the claim"): the one who said it (lead26)
CLAIM_NOUNS = ("claim", "allegation", "accusation", "assertion", "charge", "remark", "comment", "finding")
# the words for an act of force a judgement names one told before by ("Chinese gunboats sank three Vietnamese
# ships ... Vietnam called the attack a grave violation of its sovereignty"): the judged thing names its
# doers, as "the launch" does, so the judging rows' `owned` holds and the noun is no new attack (targets39)
FORCE_NAMES = ("attack", "raid", "strike", "airstrike", "assault", "bombardment", "ambush", "incursion",
               "offensive", "massacre")
# every noun that may stand for an act told before
NAMED_BEFORE = frozenset({n for verb, names in ACT_NOUNS.items() for n in (verb, *names)}
                         | set(DEED_NOUNS) | set(CLAIM_NOUNS) | set(FORCE_NAMES))


DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def bare_definite(noun: Any, nouns: frozenset[str] | None = None) -> bool:
    """ "the launch", "the accusations": a noun (one of `nouns`, when given) with a definite determiner and
    no owner or modifier of its own, so that only an act told before can say whose it is. (An adjective
    after the noun is what a verdict calls it, no modifier: called the decision "unacceptable"; stories28.)"""
    return noun.pos_ == "NOUN" and (nouns is None or lemma(noun) in nouns) \
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids(noun)) \
        and not any(c.dep_ in ("poss", "amod", "compound", "nmod") and not (c.dep_ == "amod" and c.i > noun.i)
                    for c in kids(noun))
