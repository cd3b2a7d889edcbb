"""Which of the lexicon's verbs lose their event in one sentence frame that another frame keeps.

    .venv/bin/python benchmarks/verb_frames.py "The council on Friday {} Burma's government." \
        "The council {} the government of Burma."

Each single-word verb lemma of the lexicon is put into both frames in a naive past tense ("censure" ->
"censured"; irregular verbs come out wrong and are simply not coded in either frame) and run through the
whole pipeline. A verb that codes a CAMEO event in the second frame and none in the first is one the small
spaCy model misreads in the first frame's shape: the list says whether a parse repair belongs to a verb
list or to the frame (docs/events.md, "Thirty-eighth session ... (wip/lead40)").
"""

from __future__ import annotations

import argparse


def past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("frame", help="the frame to test, with {} for the verb")
    parser.add_argument("control", help="the control frame, with {} for the verb")
    parser.add_argument("--date", default="2000-01-01")
    args = parser.parse_args(argv)

    from wirewatch.events.lexicon import default_lexicon
    from wirewatch.pipeline import analyze

    lex = default_lexicon()
    verbs = sorted({lemma for pos, lemma in lex.patterns
                    if pos == "verb" and lemma.isalpha() and len(lemma) > 2})
    coded, lost = 0, []
    for verb in verbs:
        control = [e for e in analyze(args.control.format(past(verb)), date=args.date).events if e.cameo]
        if not control:
            continue
        coded += 1
        if not [e for e in analyze(args.frame.format(past(verb)), date=args.date).events if e.cameo]:
            lost.append(verb)
    print(f"{len(verbs)} verb lemmas; {coded} code an event in the control frame; "
          f"{len(lost)} lose it in the frame:")
    print(" ".join(lost))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
