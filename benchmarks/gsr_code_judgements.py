"""The full CAMEO code of the acts the coder gets right at country + root on the GSR read half.

The GSR proxy (`plover_cameo.py`) scores roots only; the held-out set scores exact codes. For every
read-half record where a predicted triple matches a gold triple at country + root, this compares the
predicted full code with the code(s) the CAMEO codebook gives the record's act, judged by hand in the
fourteenth session (`gsr_code_judgements.json`: record id -> codes; ids and codes only, no text):

- exact: the predicted code is one of the judged codes (a 4-digit code where the codebook has one);
- at three digits: the predicted code's first three digits are those of a judged code.

Run after `eval_events.py --out DIR`:  python benchmarks/gsr_code_judgements.py --out DIR [--list]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ALIASES = {"JAP": "JPN", "ITL": "ITA"}


def _country(code: str | None) -> str:
    root = (code or "")[:3]
    return ALIASES.get(root, root)


def root_right(out: Path) -> list[tuple[str, str, str, str]]:
    """(record id, source, target, predicted full code) of each distinct predicted triple that matches a
    read-half gold triple at country + root."""
    gold = {}
    for line in (out / "plover_cameo_gold_read.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        gold[g["id"]] = {(t["source"], t["target"], t["code"]) for t in g["expected"]}
    rows: set[tuple[str, str, str, str]] = set()
    for line in (out / "plover.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        want = gold.get(record["id"])
        if not want:
            continue
        for e in record.get("events") or []:
            if not e.get("cameo"):
                continue
            s = _country((e.get("source") or {}).get("code"))
            t = _country((e.get("target") or {}).get("code"))
            if (s, t, e["cameo"][:2]) in want:
                rows.add((record["id"], s, t, e["cameo"]))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="an eval_events.py output directory")
    parser.add_argument("--list", action="store_true", help="print each root-right triple and its verdict")
    args = parser.parse_args()
    judged = json.loads((HERE / "gsr_code_judgements.json").read_text(encoding="utf-8"))
    rows = root_right(args.out)
    exact = three = unjudged = 0
    for rid, s, t, code in rows:
        codes = (judged.get(rid) or {}).get("codes")
        if not codes:
            unjudged += 1
            verdict = "UNJUDGED"
        else:
            ok = code in codes
            ok3 = code[:3] in {c[:3] for c in codes} and (len(code) < 4 or ok)
            exact += ok
            three += ok3
            verdict = "ok" if ok else "ok3" if ok3 else "WRONG"
        if args.list:
            print(f"{verdict:8} {rid} {s}->{t} ours {code} codebook {codes}")
    n = len(rows) - unjudged
    print(json.dumps({"root_right_triples": len(rows), "judged": n, "unjudged": unjudged,
                      "code_exact": exact, "code_exact_rate": round(exact / n, 3) if n else None,
                      "code_3digit": three, "code_3digit_rate": round(three / n, 3) if n else None}))


if __name__ == "__main__":
    main()
