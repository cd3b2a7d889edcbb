"""Where quote content spans over- or under-shoot PolNeAR: a diagnostic, not a scorer.

Matching is the shared scorer's own (its functions are imported from ../shared/eval/score.py), so
the pairs listed are exactly the ones `score.py quotes` matches. Two lists:

- mis:  matched pairs whose character overlap / union is under 0.9 (a boundary off, forgiven by
        the 50 % rule);
- near: gold attributions left unmatched that share characters with an unmatched prediction.

Each case is classed by its edges: `L+` the prediction starts before the gold, `L-` after, `L=`
the same (two characters of slack); `R+` / `R-` / `R=` likewise for the end.

    python benchmarks/quotes_boundaries.py GOLD PRED            # counts per class
    python benchmarks/quotes_boundaries.py GOLD PRED near L=R+ 20   # 20 examples of one class
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not found: {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _edges(gold: tuple[int, int], pred: tuple[int, int]) -> str:
    (gs, ge), (ps, pe) = gold, pred
    left = "L+" if ps < gs - 2 else "L-" if ps > gs + 2 else "L="
    right = "R+" if pe > ge + 2 else "R-" if pe < ge - 2 else "R="
    return left + right


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit(__doc__)
    score = _scorer()
    gold_path, pred_path = argv[0], argv[1]
    kind, cls = (argv[2], argv[3]) if len(argv) > 3 else ("", "")
    limit = int(argv[4]) if len(argv) > 4 else 15
    preds = {r["id"]: r for r in map(json.loads, Path(pred_path).open(encoding="utf-8"))}
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for gold in map(json.loads, Path(gold_path).open(encoding="utf-8")):
        text = gold["text"]
        gq = [score.gold_quote(q) for q in gold["quotes"]]
        raw = preds.get(gold["id"], {}).get("quotes") or []
        pq = score.merge_same_cue([score.pred_quote(q) for q in raw])
        pairs = score.match_quotes(text, gq, pq)
        used_p = {b for _, b in pairs}

        cases: list[tuple[str, int, int]] = []
        for a, b in pairs:
            gc, pc = score.char_set(text, gq[a]["parts"]), score.char_set(text, pq[b]["parts"])
            if len(gc & pc) < 0.9 * len(gc | pc):
                cases.append(("mis", a, b))
        for a in set(range(len(gq))) - {a for a, _ in pairs}:
            gc = score.char_set(text, gq[a]["parts"])
            best = max(((len(gc & score.char_set(text, pq[b]["parts"])), b)
                        for b in range(len(pq)) if b not in used_p), default=(0, -1))
            if best[0]:
                cases.append(("near", a, best[1]))
        for which, a, b in cases:
            g_parts, p_parts = gq[a]["parts"], pq[b]["parts"]
            g = (min(x for x, _ in g_parts), max(y for _, y in g_parts))
            p = (min(x for x, _ in p_parts), max(y for _, y in p_parts))
            key = (which, _edges(g, p))
            counts[key] += 1
            lo, hi = min(g[0], p[0]), max(g[1], p[1])
            examples[key].append(f"gold cue {gold['quotes'][a]['cue']!r} gold [{g[0] - lo}:{g[1] - lo}] "
                                 f"pred [{p[0] - lo}:{p[1] - lo}] :: "
                                 + text[lo:hi].replace("\n", " / ")[:400])
    for key, n in counts.most_common():
        print(*key, n)
    if kind:
        cases = examples[(kind, cls)]
        random.Random(0).shuffle(cases)
        for line in cases[:limit]:
            print("-", line)


if __name__ == "__main__":
    main(sys.argv[1:])
