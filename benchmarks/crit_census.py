"""Criticism census on unseen copy (tenth session, crit11): how often does wire wording of blame and
disapproval get a CAMEO root 11 (or a 12 rejection) from the coder?

    .venv/bin/python benchmarks/crit_census.py [--shared ../shared] [--out /tmp/crit_census]
        [--per-corpus 150] [--seed crit11] [--skip-run] [--judged benchmarks/crit_census_judged.json]
        [--exclude benchmarks/crit_census_judged.json]   # a fresh draw (second pass, crit11b)

Sentences come from stories that no gold batch uses (`wire_cameo_sentences.unused_stories`) and whose key
has an ODD first hex digit of sha1("batch8:" + key): the even ones are reserved for the batch-8 annotator
and are never read here. A sentence enters the census when it matches CUES, a broad list of blame and
disapproval wording written for this census (verbs, nouns, idioms, adjectives of blame), not taken from
any gold sentence. Up to --per-corpus cue sentences per corpus are taken in the order of sha1(seed:id),
written with their text to --out (outside the repository: the text is research-use data), run through
`wirewatch analyze` one sentence at a time as the gold evaluation runs them, and counted: how many got
an 11x, a 12x, any other act, or nothing.

--judged reads a file of verdicts given by hand to sentence ids (ids only, no text): "crit" (the sentence
reports criticism, blame or an official complaint by one party about another: root 11 is right) or
"other" (a false alarm of the cue list: sports, markets, a quoted noun, no second party). With it the
census prints, before/after style, the share of "crit" sentences that got an 11x and the number of
"other" sentences that got one (false alarms coded).
"""

from __future__ import annotations

import json
import re

from cue_census import arguments, roots_of, run

# Blame and disapproval wording, broad on purpose (a census cue, not a trigger): false alarms are
# judged by hand, misses of the coder are what the census is for.
CUES = re.compile(
    r"\b(critici[sz]\w*|critic(s)?\b|condemn\w*|denounc\w*|denunciation|slamm?\w*|blast(ed|s|ing)?\b|"
    r"attack(ed|s|ing)?\b|accus\w*|blam\w*|faulted|rebuk\w*|lash\w*|hit out|(took|take|taking|takes) aim|"
    r"swipe|went after|go after|going after|called out|assail\w*|decr(y|ied|ies)|deplor\w*|lambast\w*|"
    r"excoriat\w*|derid\w*|mock(ed|s|ing)\b|ridicul\w*|disparag\w*|insult\w*|bash\w*|scold\w*|chid\w*|"
    r"reprimand\w*|complain\w*|protest(ed|s)?\b|objected|disapprov\w*|rail(ed|ing|s)? against|fired back|"
    r"hammer(ed|ing)|tore into|ripped|outrage\w*|furious|disgrace\w*|shameful|reckless|disaster|unfit|"
    r"irresponsible|hypocri\w*|liar|sued|lawsuit|rejected|dismissed|spurned|rebuff\w*|snubb\w*|scoff\w*|"
    r"pushed back|questioned|disputed|disagree\w*|contradict\w*|grill\w*|chastis\w*|berat\w*|vilif\w*|"
    r"smear\w*|knock(ed|ing)\b|jab|broadside|tirade|diatribe|rant\w*|chastise\w*|admonish\w*|rapped|"
    r"took issue|taken issue|took to task|anger(ed)?\b|angry|dismay\w*|displeasure|"
    r"unacceptable|regrettable|deeply concerned|dangerous|incompetent|failed|failure)\b",
    re.IGNORECASE)


def outcome(codes: list[str], acts: list[str]) -> str:
    roots = roots_of(codes)
    if "11" in roots:
        return "coded_11"
    if "ACCUSE" in acts:
        return "accuse_no_dyad"
    if "12" in roots:
        return "coded_12"
    return "other_act" if acts else "nothing"


def main() -> None:
    args = arguments(__doc__, "crit", "verdicts by sentence id: crit / other")
    judged = run(args, CUES, outcome)
    if judged is not None:
        crit = sum(v for k, v in judged.items() if k.startswith("crit:"))
        other = sum(v for k, v in judged.items() if k.startswith("other:"))
        print("judged", json.dumps({"crit": crit, "crit_coded_11": judged["crit:coded_11"],
                                    "other": other, "other_coded_11": judged["other:coded_11"],
                                    **dict(sorted(judged.items()))}))


if __name__ == "__main__":
    main()
