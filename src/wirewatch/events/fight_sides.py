"""The parties of force (wip/mil14, issue #7): constructions by which conflict copy names the sides of
a fight or an attack without a subject acting on an object.

* The casualties of a side-less fight are its sides: "An Israeli officer and three Palestinian militants
  were wounded in clashes in the West Bank" is a passive harm whose in/during phrase is a mutual fight
  (clash, fighting, gunbattle) naming no side of its own (no "with", "between", "by", possessor); its
  casualties, joined in the subject, are coded both ways (CAMEO 190, as "A and B clashed" is). Only when
  they are of two countries and one of them is armed (forces, police, rebels, militants), or of one
  country its forces and an armed group: "a British tourist and an Egyptian guide were killed in
  clashes" names two victims, not two sides, nor do "policemen and a protester" (repression, not a
  fight), and one side alone ("an Israeli officer was wounded in clashes") leaves the fighters unnamed.
* A fight's between-phrase on its onset verb ("fighting broke out between A and B") and a gerund act
  subject ("Fighting between A and B killed ten", "Shelling by X ..."), read by events/attach.py.
* "Came under fire / attack from X" is force when X bears arms, criticism otherwise.
* Who suffered losses in an attack by Y is its target.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .parse import MUTUAL_FIGHTS, kids, lemma
from .reading import Reading
from .triggers import Trigger

# passive harms whose subject is a casualty ("were killed / wounded / injured / hurt in clashes")
CASUALTY_VERBS = {"kill", "wound", "injure", "hurt"}
# sectors of people who bear arms: a casualty of one of these in a fight is a fighter
STATE_FORCES = {"MIL", "COP", "SPY"}
NON_STATE_ARMED = {"UAF", "REB", "INS", "SEP"}
ARMED = STATE_FORCES | NON_STATE_ARMED
# phrases on a fight noun that name its own sides or agent; then the casualties are not read as sides
_OWN_SIDES = {"with", "between", "by", "against"}


def _fight_of(verb: Any) -> Any | None:
    """The mutual fight noun of a passive harm's in/during phrase that names no side of its own."""
    for p in kids(verb):
        if p.dep_ != "prep" or p.lower_ not in ("in", "during"):
            continue
        for noun in kids(p):
            # ("during fighting" may parse as a gerund, pcomp: the same fight)
            if noun.dep_ not in ("pobj", "pcomp") or not _is_fight(noun):
                continue
            if any(c.dep_ in ("poss", "dobj") or (c.dep_ in ("prep", "agent") and c.lower_ in _OWN_SIDES)
                   or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
                   for c in kids(noun)):
                return None  # "clashes with Israeli troops", "Israeli-Palestinian clashes": their own sides
            return noun
    return None


def _is_fight(noun: Any) -> bool:
    return lemma(noun) in MUTUAL_FIGHTS or noun.lower_ in MUTUAL_FIGHTS


def _armed(actor: Any) -> bool:
    return _sector(actor) in ARMED


def _two_sides(actors: list[Any]) -> bool:
    """Two parties that can be a fight's sides: of two countries, one of them armed ("an Israeli officer
    and Palestinian militants"); of one country, its state's forces and an armed group outside the state
    ("a Turkish soldier and Kurdish rebels"), never police and protesters (that is repression, 17x/145)."""
    codes = {a.code for a in actors}
    countries = {a.country for a in actors}
    if len(codes) != 2 or None in countries:
        return False
    if len(countries) == 2:
        return any(_armed(a) for a in actors)
    sectors = {_sector(a) for a in actors}
    return bool(sectors & STATE_FORCES) and bool(sectors & NON_STATE_ARMED)


def _sector(actor: Any) -> str:
    return actor.sector or actor.code[3:6]


def casualties_as_sides(r: Reading) -> bool:
    """Make the casualties of a side-less fight its two sides, both ways; True when it did."""
    verb = r.anchor
    if r.type != "ASSAULT" or r.sources or len(r.targets) < 2 or r.negated:
        return False
    if lemma(verb) not in CASUALTY_VERBS:
        return False
    if not any(c.dep_ == "nsubjpass" for c in kids(verb)) or any(c.dep_ == "agent" for c in kids(verb)):
        return False
    fight = _fight_of(verb)
    if fight is None:
        return False
    if not _two_sides([a[0] for a in r.targets]):
        return False
    r.sources, r.targets = list(r.targets), []
    mutual_trigger(r, fight)
    return True


def mutual_trigger(r: Reading, fight: Any) -> None:
    """The fight noun carries the act, and a fight is mutual: emit.py codes its sides each way."""
    if _is_fight(fight):
        r.trigger = Trigger(fight, replace(r.trigger.pattern, mutual=True))


# verbs that tell only that an act happened or went on: their between-phrase names the act's parties
# ("fighting broke out between A and B", "clashes erupted between A and B", "talks resumed between")
ONSET_VERBS = {"break", "erupt", "rage", "flare", "continue", "resume", "begin", "start", "occur",
               "take", "intensify", "escalate", "spread"}


def between_of(noun: Any) -> list[Any]:
    """The between-phrases that name an act noun's parties: its own, or those of an onset verb it is the
    subject of (not of any verb: "talks with A led to a split between B and C" is another matter)."""
    own = [p for p in kids(noun) if p.dep_ == "prep" and p.lower_ == "between"]
    if own or noun.dep_ != "nsubj" or lemma(noun.head) not in ONSET_VERBS:
        return own
    if lemma(noun.head) == "take" and \
            not any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids(noun.head)):
        return own  # only "took place between", never "took hold"
    return [p for p in kids(noun.head) if p.dep_ == "prep" and p.lower_ == "between"]


def fight_parties(noun: Any, parties: list[tuple[Any, int, int, Any]]) -> list[tuple[Any, int, int, Any]]:
    """The parties of a fight's between-phrase that can be its sides: a state named as such ("between
    India and Pakistan") or an armed group; "fighting broke out between fans of Brazil and Argentina"
    names supporters, not sides. Other acts ("talks between A and B") keep all their parties."""
    if not _is_fight(noun):
        return parties
    return [a for a in parties if _armed(a[0]) or _named_between(a[3])]


def _named_between(tok: Any) -> bool:
    """The token is a name standing in the between-phrase itself, or conjoined there (not "fans of X")."""
    if tok is None or tok.ent_type_ not in ("GPE", "ORG", "NORP"):
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "between"


def act_gerund(tok: Any) -> bool:
    """A gerund subject that names an act, as a noun would ("Fighting between A and B killed ten",
    "Shelling by Armenian forces wounded ..."): the lexicon knows it as an act noun and it has no object
    of its own ("Shelling the town was a mistake" is a clause, not a noun)."""
    from .lexicon import default_lexicon

    if tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "csubj") or any(c.dep_ == "dobj" for c in kids(tok)):
        return False
    return bool(default_lexicon().lookup("noun", tok.lower_))


# "came under fire / attack from X": criticism (the lexicon's :111 row) unless the attacker bears arms
# or the fire is a weapon's ("came under rocket fire", "under mortar attack")
UNDER_FORCE = {"fire", "attack"}
# weapons that make "fire" or "attack" force, never words ("rocket fire", "mortar attack")
WEAPON_MODIFIERS = {"rocket", "mortar", "artillery", "tank", "sniper", "machine-gun", "machinegun", "gun",
                    "missile", "air", "heavy", "small-arms", "automatic"}


def under_armed_fire(r: Reading, link: Any = None) -> bool:
    """Read "an Indian patrol came under fire from Pakistani troops" as the attack it is (190), not the
    criticism of "Clinton came under fire from Republicans" (111); True when it changed the reading.
    With no from-phrase, a nationality on an armed attack names the attacker ("Southern Lebanon came under
    heavy Israeli air attack": ISR, lead28)."""
    if r.cameo != "111" or lemma(r.trigger.tok) != "come":
        return False
    noun = next((o for p in kids(r.trigger.tok) if p.dep_ == "prep" and p.lower_ == "under"
                 for o in kids(p) if o.dep_ == "pobj" and lemma(o) in UNDER_FORCE), None)
    if noun is None:
        return False
    weapon = any(c.dep_ in ("compound", "amod") and c.lower_ in WEAPON_MODIFIERS for c in kids(noun))
    if not r.sources and weapon and link is not None:
        from .arguments import phrase_actors

        r.sources = [a for c in kids(noun)
                     if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                     for a in phrase_actors(c, link, deep=False)]
    if not r.sources:
        return False
    if not weapon and not all(_armed(a[0]) for a in r.sources):
        return False
    r.type, r.cameo, r.mode = "ASSAULT", "190", None
    return True


# "Syrian troops suffered heavy losses in an attack by Turkish forces": the sufferer is the attack's target
SUFFER_VERBS = {"suffer", "sustain", "incur", "take"}
LOSS_NOUNS = {"casualty", "loss", "damage", "blow", "setback", "defeat", "injury", "toll"}


def sufferer_of_attack(r: Reading, link: Any) -> bool:
    """Give an attack noun with no target the subject of the loss it caused: "X suffered casualties / heavy
    losses in an offensive by Y" is Y -> X. Only a verb of suffering with a loss as its object, the attack in
    its in/during/from phrase; True when it filled the target."""
    from .arguments import Exclusion, phrase_actors

    noun = r.trigger.tok
    if r.type != "ASSAULT" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    if any(p.dep_ == "prep" and p.lower_ in ("on", "against") for p in kids(noun)):
        return False  # "an attack by Y on Z" names its own target
    prep = noun.head
    verb = prep.head
    if lemma(verb) in LOSS_NOUNS and verb.dep_ == "dobj":
        verb = verb.head  # "sustained heavy casualties in a raid": the phrase may hang on the loss
    if prep.lower_ not in ("in", "during", "from") or lemma(verb) not in SUFFER_VERBS:
        return False
    if not any(c.dep_ == "dobj" and lemma(c) in LOSS_NOUNS for c in kids(verb)):
        return False
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    exclude = Exclusion.of(r.sources)
    # the sufferer is named; a target the coder took from a place in the phrase ("in northeast Iraq") yields
    sufferers = [a for a in phrase_actors(subj, link) if not exclude.blocks(a)]
    if sufferers:
        r.targets = sufferers
    return bool(sufferers)
