"""A lead whose doer is an office holder with a bare title ("LA PAZ, Bolivia (AP) -- President Gonzalo
Sanchez de Lozada resigned Friday after weeks of protests over a plan to export gas through Chile") is
set in the dateline's country: wire copy gives a foreign office holder his nationality ("Chilean
President ..."), so a title with none is the home country's, whatever other country the lead names
(stories34). The lead-country rule of `assign` asks this before moving the story to that other country.
"""

from __future__ import annotations

from typing import Any

# the dependencies of a clause's doer
_DOERS = frozenset({"nsubj", "nsubjpass"})
# verbs that only attribute the lead ("..., Foreign Minister X said"): the speaker of the dateline's
# country says nothing of where the act he reports happens (stories25's Bernama lead on Myanmar)
_ATTRIBUTING = frozenset({"say", "tell", "add", "announce", "state", "report", "confirm", "note", "quote",
                          "claim", "write", "declare"})


def bare_titled_doer(lead: Any, title_words: frozenset[str], title_heads: frozenset[str]) -> bool:
    """Whether the lead's doer is a PERSON named after a title of no country ("President X", "Prime
    Minister X"): the title's words run right before the name (or open it), and the word before them
    is no place or nationality."""
    for ent in lead.ents:
        head = ent.root
        while head.dep_ == "compound" and head.head is not head:
            head = head.head  # a name split by the parser: "Luis Gonzalez" compound of "Macchi"
        if ent.label_ != "PERSON" or head.dep_ not in _DOERS or head.head.lemma_.lower() in _ATTRIBUTING:
            continue
        at = ent.start
        # the title may sit inside the entity ("President Gonzalo Sanchez de Lozada") or before it
        inside = 0
        while inside < len(ent) - 1 and ent[inside].lower_.rstrip(".") in title_words | title_heads:
            inside += 1
        start = ent.start + inside
        while at > lead.start and lead.doc[at - 1].lower_.rstrip(".") in title_words | title_heads \
                and lead.doc[at - 1].ent_type_ not in ("GPE", "NORP"):  # "U.S." is no title word here
            at -= 1
        titles = [t for t in lead.doc[at:start] if t.lower_.rstrip(".") in title_heads]
        if not titles:
            continue
        before = lead.doc[at - 1] if at > lead.start else None
        if before is None or (before.ent_type_ not in ("GPE", "NORP", "LOC", "ORG")
                              and before.tag_ != "POS" and not before.text[:1].isupper()):
            return True
    return False
