"""A verb of address after a reported clause told in another tense, or whose subject is a party's deed, is
the speaker's (fortieth session, wip/stories42).

"Soviet Ambassador Yuri Dubinin said the United States had trampled on the U.N. Charter and demanded that
Washington pay compensation": the parser hangs "demanded" on the reported clause ("had trampled"), whose
subject is a party, so the demand was read as the United States' (of itself). A reported clause told in a
past perfect, with a modal or in the present, and a simple-past conjunct with no auxiliary of its own do not
share a clause: the conjunct goes on with the narrative's own tense, the speaker's ("said the observers had
overstepped their mandate and accused Toledo", "said more than 150,000 refugees had crossed the border and
urged Burma to take them back"). Not after a person, who may have made the demand himself ("SANA said
Foreign Minister al-Shara had summoned the Turkish ambassador and demanded ..."), nor a pronoun (mostly the
speaker himself: "ELN said it had not attacked civilians and blamed ..."). A reported clause whose
subject is a deed a party owns names no one who could address anybody either ("Tareq Aziz said Kuwait's
policy of overproduction amounted to aggression against Iraq and demanded that Kuwait write off Iraq's
debts"), as a thing with no owner already did (`parse._speakers_conjunct`). A conjunct with an auxiliary
of its own ("had attacked the town and had demanded a ransom") or in the clause's own simple past with a
party for subject ("said Britain bore full responsibility and demanded ...") keeps the parser's reading.
Dependency labels, tags and entity types only.
"""

from __future__ import annotations

from typing import Any

# auxiliaries that put a reported clause in a tense other than the narrative's simple past
_OTHER_TENSE = frozenset({"had", "has", "have", "would", "will", "could", "can", "should", "must", "might",
                          "may", "shall", "is", "are", "was", "were", "'d", "'s"})
# deeds a party owns, which as a reported clause's subject do nothing to anybody ("Kuwait's policy")
DEEDS = frozenset({"policy", "policies", "decision", "move", "action", "actions", "step", "steps", "plan",
                   "plans", "conduct", "behaviour", "behavior", "stance", "position", "attitude", "refusal",
                   "presence", "programme", "program", "practice", "practices", "campaign", "measure",
                   "measures"})


def tense_break(clause: Any, conj: Any, subject: Any) -> bool:
    """Whether the simple-past conjunct `conj` (no auxiliary of its own) follows a reported `clause` told
    in another tense: the clause's verb takes a perfect, modal or progressive auxiliary, or is itself in
    the present ("said Washington is to blame and demanded ..."). Not when the clause's `subject` is a
    person, who may well have made the demand the report goes on to tell ("SANA said Foreign Minister
    Farouq al-Shara had summoned the Turkish ambassador and demanded that Ankara release more water")."""
    if conj.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in conj.children):
        return False
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return False  # (a pronoun mostly names the speaker: "ELN said it had not attacked civilians and
        # blamed the dissidents" is ELN's either way, as the parser already reads it)
    if subject.ent_type_ == "GPE" and not _placed_speaker(clause.head):
        # "Foreign Office spokesperson Mumtaz Zahra Baloch said Pakistan had lodged a strong protest ... and
        # demanded": a state named to a speaker placed by no word of his own is mostly his own state, whose
        # act the conjunct goes on with (stories26); "Soviet Ambassador Yuri Dubinin said the United
        # States had ..." names another
        return False
    if clause.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _OTHER_TENSE for c in clause.children)


def owned_deed(subject: Any) -> bool:
    """Whether a reported clause's subject is a deed owned by a party ("Kuwait's policy of
    overproduction", "Israel's decision"): a common noun of `DEEDS` with a possessor."""
    return subject.pos_ == "NOUN" and subject.lower_ in DEEDS and \
        any(c.dep_ == "poss" for c in subject.children)


def _placed_speaker(said: Any) -> bool:
    """Whether the subject of the speech verb `said` carries a nationality or a state of its own ("Soviet
    Ambassador Yuri Dubinin", "Croatian Defence Minister Gojko Susak")."""
    return any(t.ent_type_ in ("NORP", "GPE") for c in said.children if c.dep_ == "nsubj" for t in c.subtree)
