"""Conflict census on unseen copy (tenth session, conflict11): how often does wire wording of demands,
rejections, threats, protest, force posture, reduced relations, coercion, assault, fighting and mass
violence (CAMEO roots 10 and 12-20) get a conflict root from the coder?

    .venv/bin/python benchmarks/conflict_census.py [--shared ../shared] [--out /tmp/conflict_census]
        [--per-corpus 150] [--seed conflict11] [--skip-run] [--judged FILE]

A sibling of crit_census.py sharing its sampling and counting (`cue_census.py`): sentences come from
stories that no gold batch uses (`wire_cameo_sentences.unused_stories`, which leaves out the stories
reserved for the batch-8 annotator: an even first hex digit of sha1("batch8:" + key)). A sentence enters
when it matches CUES, a broad list of conflict wording written for this census from the CAMEO codebook's
root names, not from any gold sentence. Text is written only under --out (outside the repository).
Each sentence is counted as coded_conflict (some 10 or 12-20 triple), coded_other_root, act_no_dyad or
nothing; census.jsonl keeps the codes per sentence so that a before/after diff lists the changed
sentences for judging.
"""

from __future__ import annotations

import json
import re

from cue_census import arguments, roots_of, run

# Conflict wording for CAMEO 10 and 12-20, broad on purpose (a census cue, not a trigger): false alarms
# (markets, sports, crime news between private people) are judged by hand; misses are what it is for.
CUES = re.compile(
    r"\b(demand(ed|s|ing)?|insist(ed|s)? (on|that)|ultimatum|reject(ed|s|ing)?|rebuff\w*|spurn\w*|"
    r"refus(ed|es|ing)|veto(ed|es)?|threat(en\w*|s)?|warn(ed|s|ing)?|protest\w*|demonstrat(ors?|ions?)|"
    r"rall(y|ied|ies)|march(ed|es)|boycott\w*|walk ?out|strike|sit-in|hunger strike|riot\w*|"
    r"(on|high) alert|mobili[sz]\w*|troops|massed|build-?up|war ?ships|manoeuvres|maneuvers|military drills|"
    r"sanction\w*|embargo\w*|expel\w*|expulsion|recall(ed|s|ing)?|sever(ed|s|ing)?\b|broke off|break off|"
    r"suspend\w*|suspension|cut off|freez\w*|froze|downgrad\w*|persona non grata|"
    r"arrest\w*|detain\w*|detention|seiz\w*|confiscat\w*|ban(ned|s)?\b|outlaw\w*|deport\w*|"
    r"crack(ed)? ?down|curfew|martial law|state of emergency|impos(ed|es|ing)|"
    r"attack\w*|assault\w*|bomb\w*|shell(ed|ing)|kill(ed|ing|s)?|kidnap\w*|abduct\w*|hostage\w*|"
    r"torture\w*|assassinat\w*|air ?strikes?|raid\w*|ambush\w*|invad\w*|invasion|occup(y|ied|ation)|"
    r"fight\w*|fought|clash\w*|battl\w*|offensive|shot|fired|rockets?|missiles?|ceasefire|"
    r"massacre\w*|genocide|ethnic cleansing|blockade\w*|besieg\w*|siege)\b",
    re.IGNORECASE)


CONFLICT_ROOTS = {"10", "12", "13", "14", "15", "16", "17", "18", "19", "20"}


def outcome(codes: list[str], acts: list[str]) -> str:
    roots = roots_of(codes)
    if roots & CONFLICT_ROOTS:
        return "coded_conflict"
    if roots:
        return "coded_other_root"
    return "act_no_dyad" if acts else "nothing"


def main() -> None:
    args = arguments(__doc__, "conflict", "verdicts by sentence id: a right two-digit CAMEO root, or other")
    judged = run(args, CUES, outcome)
    if judged is not None:
        print("judged", json.dumps(dict(sorted(judged.items()))))


if __name__ == "__main__":
    main()
