"""Actor codes of mentions that fall in a known error class, counted on copy no gold batch uses.

    .venv/bin/python benchmarks/actor_census.py --out /tmp/actor_census [--skip-run]

The twelfth session (actors12) classed the precision census's wrong-actor triples
(benchmarks/actor_error_classes.json). Several classes are mentions whose right code follows from their
wording, so a census can check them without a judge: each class below has a cue (a regex whose group
`m` is the mention to check) and the code the annotation guide gives that mention. Sentences come from
unused, odd-parity stories (`cue_census.cue_sentences`); the tool codes them with `wirewatch analyze`,
takes the entity that overlaps the cue's mention and counts `right` (the expected code), `wrong` (a code,
not the expected one) or `uncoded`, and how many emitted triples carry a wrong code. Text stays under
--out (research-use data); nothing of the copy goes into the project.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from cue_census import CORPORA, ROOT, cue_sentences
from wirewatch.nlp.actors.civil_bodies import civil_body

# party sectors by date: the party holding the US presidency is GOV, the other OPP (tenure.py)
_DEMOCRAT_YEARS = (("1993-01-20", "2001-01-20"), ("2009-01-20", "2017-01-20"), ("2021-01-20", "2025-01-20"))


def _party_code(party: str, date: str) -> str:
    democrats_rule = any(a <= date < b for a, b in _DEMOCRAT_YEARS)
    return "USAGOV" if (party == "democratic") == democrats_rule else "USAOPP"


def _country_usa(code: str, _match: re.Match[str], _date: str) -> bool:
    return code[:3] == "USA"


def _legislature(code: str, _match: re.Match[str], _date: str) -> bool:
    return code == "USALEG"


def _party_officer(code: str, match: re.Match[str], date: str) -> bool:
    body = match.group("body").lower()
    party = "republican" if body.startswith(("r", "republican")) else "democratic"
    return code == _party_code(party, date)


def _not_state_body(code: str, _match: re.Match[str], _date: str) -> bool:
    return code[3:6] not in ("GOV", "JUD", "LEG", "MIL", "COP")


def _not_government_post(code: str, match: re.Match[str], _date: str) -> bool:
    return not civil_body(match.group("body")) or code[3:6] not in ("GOV", "LEG", "JUD", "MIL", "COP")


def _never(_code: str, _match: re.Match[str], _date: str) -> bool:
    return False


def _not_bare_country(code: str, _match: re.Match[str], _date: str) -> bool:
    return len(code) != 3


# class -> (cue with the mention as group m, is the mention's code right)
CLASSES: dict[str, tuple[re.Pattern[str], Any]] = {
    # a US state or region whose name holds a country's ("New Jersey Gov.", "New Mexico", "New England")
    "us place with a country's name": (re.compile(r"\b(?P<m>New (?:Jersey|Mexico|England))\b"), _country_usa),
    # a US state named like a country: the census counts every "Georgia" as the state, so its
    # `wrong` and `right` rows were read by hand (docs/events.md, eleventh session, actors12)
    "Georgia": (re.compile(r"\b(?P<m>Georgia)\b(?!n)"), _country_usa),
    # a party's members in a chamber of Congress are legislators ("Senate Republicans")
    "a party's legislators": (
        re.compile(r"\b(?:Senate|House|[Cc]ongressional) (?P<m>Republicans|Democrats)\b"), _legislature),
    # a national party committee's officer speaks for the party, not the government
    "party committee officer": (
        re.compile(r"\b(?P<body>RNC|DNC|Republican National Committee|Democratic National Committee)(?:'s)? "
                   r"(?P<m>(?:[Cc]hair(?:man|woman)?|[Cc]o-chair|[Ss]pokes(?:man|woman|person)|"
                   r"[Cc]ommunications [Dd]irector|[Cc]hief [Ss]trategist)(?: [A-Z][a-z]+)+)"),
        _party_officer),
    # a watchdog group is civil society, not the court or office its name mentions ("Judicial Watch")
    "watchdog group": (re.compile(r"\b(?P<m>[A-Z][a-z]+(?: [A-Z][a-z]+)? Watch)\b"), _not_state_body),
    # a post of a civil or business body ("Smith, chairman of the National Association of
    # Manufacturers") is no government post (a body of the state counts as right whatever its code)
    "post of a civil body": (
        re.compile(r"\b(?P<m>[A-Z][a-z]+), (?:the )?(?:[a-z-]+ )?(?:president|chairman|chairwoman|director|"
                   r"head|spokesman|spokeswoman|founder|leader) of (?:the )?(?P<body>[A-Z][\w&'.-]*"
                   r"(?: (?:[A-Z][\w&'.-]*|of|for|and|on))*)"), _not_government_post),
    # an everyday word opening a sentence is no town ("Most" is one in Czechia, "To" in Burkina Faso):
    # any code is wrong, so `uncoded` is the right outcome here
    "everyday word as a town": (
        re.compile(r"(?:^|[.!?]\s+)[\"\u201c]?(?P<m>To|Most|Much|Can|Along|Mine|Same|Say|Than)\b"), _never),
    # the wire's "Pa." is Pennsylvania
    "Pa. as a town": (re.compile(r"\b(?P<m>Pa)\.(?=[,\s])"), _country_usa),
    # a country's named commission, agency or board is its government, never the bare country (the
    # cue takes any capitalised body name; a body of no country counts as uncoded)
    "named public body": (
        re.compile(r"\b(?P<m>(?:U\.S\.|U\.K\.|[A-Z][a-z]+) (?:(?:[A-Z][\w-]*|and|of|for|on) ){1,6}"
                   r"(?:Commission|Agency|Administration|Authority|Bureau|Board|Directorate|Inspectorate))\b"),
        _not_bare_country),
}
CUES = re.compile("|".join(f"(?:{cue.pattern})".replace("?P<m>", "").replace("?P<body>", "")
                           for cue, _ in CLASSES.values()))


def _mention_code(row: dict[str, Any], start: int, end: int) -> str | None:
    """The code of the entity overlapping [start, end) most (None: no entity, or one with no actor)."""
    best, overlap = None, 0
    for ent in row.get("entities") or []:
        o = min(end, ent["end"]) - max(start, ent["start"])
        if o > overlap:
            best, overlap = ent, o
    if best is None or not best.get("actor"):
        return None
    return str(best["actor"].get("code") or "") or None


def _triple_codes(row: dict[str, Any]) -> list[str]:
    return [(e.get(side) or {}).get("code") or "" for e in row.get("events") or [] if e.get("cameo")
            for side in ("source", "target")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=Path("/tmp/actor_census"))
    parser.add_argument("--per-corpus", type=int, default=400)
    parser.add_argument("--skip-run", action="store_true")
    args = parser.parse_args()
    if not (args.shared / "data/quotes/polnear_train.jsonl").exists():
        sys.exit(f"the census corpora are not under {args.shared}/data: nothing to count")
    args.out.mkdir(parents=True, exist_ok=True)
    rows = cue_sentences(args.shared, CUES, args.per_corpus, "actors12")
    inp, pred = args.out / "input.jsonl", args.out / "pred.jsonl"
    inp.write_text("".join(json.dumps({k: r[k] for k in ("id", "text", "date")}, ensure_ascii=False)
                           + "\n" for r in rows), encoding="utf-8")
    if not args.skip_run:
        with pred.open("w", encoding="utf-8") as fh:
            subprocess.run([str(ROOT / ".venv/bin/wirewatch"), "analyze", str(inp), "--text-field", "text",
                            "--id-field", "id", "--date-field", "date", "--workers", "2"],
                           stdout=fh, check=True)
    analysed = {r["id"]: r for r in map(json.loads, pred.read_text(encoding="utf-8").splitlines())}
    counts: dict[str, Counter[str]] = {name: Counter() for name in CLASSES}
    with (args.out / "census.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            out = analysed.get(row["id"], {})
            for name, (cue, is_right) in CLASSES.items():
                for match in cue.finditer(row["text"]):
                    code = _mention_code(out, match.start("m"), match.end("m"))
                    right = code is not None and is_right(code, match, row["date"])
                    verdict = "uncoded" if code is None else ("right" if right else "wrong")
                    counts[name][verdict] += 1
                    if verdict == "wrong":
                        counts[name]["wrong_in_triples"] += _triple_codes(out).count(code)
                    fh.write(json.dumps({"id": row["id"], "class": name, "mention": match.group("m"),
                                         "code": code, "verdict": verdict,
                                         "triples": _triple_codes(out)}, ensure_ascii=False) + "\n")
    print(json.dumps({"sentences": len(rows), "corpora": list(CORPORA),
                      **{name: dict(c) for name, c in counts.items()}}, indent=1))


if __name__ == "__main__":
    main()
