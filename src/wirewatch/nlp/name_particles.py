"""Personal names with a lower-case particle, joined into one PERSON entity.

The small English model often ends a name at its particle: "Jose Eduardo dos Santos" comes out as the
person "Jose Eduardo" and the place "Santos" (a Brazilian city), "Luiz Inacio Lula da Silva" as
"Luiz Inacio Lula" and "Silva". A person followed by a particle and a capitalised word is one name; the
words after the particle belong to it whatever the model tagged them.
"""

from __future__ import annotations

from typing import Any

from spacy.util import filter_spans

NAME_PARTICLES = frozenset({"dos", "da", "das", "do", "de", "del", "della", "di", "van", "von", "der", "den",
                            "bin", "ibn", "du", "des", "la", "le", "ter", "ten", "al", "el", "ould"})
COMPONENT = "wirewatch_name_particles"


def join_name_particles(doc: Any) -> Any:
    """Extend each PERSON entity over a particle and the capitalised words after it (at most three)."""
    joined = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end >= len(doc) - 1:
            continue
        particle = doc[ent.end]
        if particle.text not in NAME_PARTICLES or particle.whitespace_ != " ":
            continue
        end = ent.end + 1
        while end < len(doc) and end - ent.end <= 3 and doc[end].text[:1].isupper() and doc[end].is_alpha \
                and doc[end].pos_ in ("PROPN", "") and not doc[end].is_sent_start:
            end += 1
        if end > ent.end + 1:
            joined.append(doc[ent.start:end])
    if joined:
        people = [doc.char_span(s.start_char, s.end_char, label="PERSON") for s in joined]
        doc.ents = filter_spans([p for p in people if p is not None] + list(doc.ents))
    return doc


def install_name_particles(nlp: Any) -> None:
    """Add the joining step right after the NER (a no-op for a pipeline without one)."""
    from spacy.language import Language

    if "ner" not in nlp.pipe_names or COMPONENT in nlp.pipe_names:
        return
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT)(join_name_particles)
    nlp.add_pipe(COMPONENT, after="ner")
