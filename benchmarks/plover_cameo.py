"""The PLOVER GSR sentences read as CAMEO dyads: a country + root proxy for real-news CAMEO coding.

The PLOVER gold standard records are the CAMEO manual's example sentences, one act each, with the
actors and recipients of that act coded by country and sector. The CAMEO section each example was
taken from survives in the record id (`PLOVER-GSR01-DISAPPROVE-0010` comes from root 11), so every
record gives the CAMEO triples an analyst would code at country + root level:

- source: each gold actor; target: each gold recipient; code: the root of the id's section;
- a record whose actors are all marked `SRC/TAR` and that has no recipient ("Hungarian and Romanian
  officials agreed") is a joint act: each actor towards each other actor;
- a record with no recipient otherwise expects no triple (a CAMEO triple needs both parties).

`derive_gold` writes this as an `events-cameo` gold file, scored with ../shared/eval/score.py. Only
`triple_country_root` means anything here: the gold has roots, not 3- or 4-digit codes, and country codes
are normalised with the scorer's own alias table (PLOVER writes JAP for Japan, ITL for Italy).

A second, stricter reading keeps each gold actor's sector (`HUNGOV`, `ISRMIL`, `PSECVL`: the first sector
only) and scores it against predictions cut the same way (`actor_and_root`): the code to its root, the
actor to country + first sector. It shows how far the coder's agent conventions match the manual's, which
the hidden set's exact triples depend on. Organisations (IGO, NGO, IMG) compare by those three letters
only, since the GSR records give them sectors and no organisation codes.

`eval_events.py` reports both per half (read / unread), the unread half in aggregate only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# The CAMEO manual section of each GSR id, as its root.
SECTION_ROOT = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
    "RETREAT": "08", "INVESTIGATE": "09", "DEMAND": "10", "DISAPPROVE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "18", "FIGHT": "19",
}


ORGANISATIONS = ("IGO", "NGO", "IMG")


def _country(code: str, aliases: dict[str, str]) -> str:
    root = code.strip().upper()[:3]
    return aliases.get(root, root)


def _agent(actor: dict[str, Any], aliases: dict[str, str], with_sector: bool) -> str:
    country = _country(actor["code"], aliases)
    if not with_sector or country in ORGANISATIONS:
        return country
    sector = (actor.get("sector") or "").strip()[:3].upper()
    return country + (sector if sector.isalpha() else "")


def cut_actor(code: str | None) -> str:
    """A predicted actor code as the stricter reading compares it: country + first sector."""
    code = (code or "").upper()
    return code[:3] if code[:3] in ORGANISATIONS else code[:6]


def gold_triples(record: dict[str, Any], aliases: dict[str, str],
                 with_sector: bool = False) -> list[dict[str, str]]:
    """The CAMEO triples (source and target, root code) of one GSR record, the actors by country
    or, `with_sector`, by country and first sector."""
    root = SECTION_ROOT[record["id"].split("-")[2]]
    sources = [_agent(a, aliases, with_sector) for a in record["actor"] if a.get("code")]
    targets = [_agent(a, aliases, with_sector) for a in record["recipient"] if a.get("code")]
    pairs: set[tuple[str, str]] = set()
    if targets:
        pairs = {(s, t) for s in sources for t in targets}
    elif len(sources) > 1 and "SRC/TAR" in record.get("markup", ""):
        pairs = {(s, t) for i, s in enumerate(sources) for j, t in enumerate(sources) if i != j}
    return [{"source": s, "target": t, "code": root} for s, t in sorted(pairs)]


def derive_gold(plover: Path, out: Path, keep: Any, aliases: dict[str, str],
                with_sector: bool = False) -> Path:
    """Write the events-cameo gold of the records `keep(record_id)` accepts."""
    rows = []
    for line in plover.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if not keep(record["id"]):
            continue
        triples = gold_triples(record, aliases, with_sector)
        row = {"id": record["id"], "text": record["text"], "date": record["date"], "expected": triples}
        if not triples:
            row["noevents"] = True
        rows.append(json.dumps(row))
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return out


def cut_predictions(pred: Path, out: Path) -> Path:
    """The predictions as the stricter reading compares them: codes to their root, actors to
    country + first sector (`cut_actor`)."""
    rows = []
    for line in pred.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        events = []
        for e in record.get("events") or []:
            if not e.get("cameo"):
                continue
            cut = {"cameo": e["cameo"][:2]}
            for role in ("source", "target"):
                actor = e.get(role)
                cut[role] = {"code": cut_actor(actor.get("code"))} if actor else None
            events.append(cut)
        rows.append(json.dumps({"id": record["id"], "events": events}))
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return out


def scorer_aliases(shared: Path) -> dict[str, str]:
    """The scorer's table of legacy country codes, so that gold and scorer agree on them."""
    sys.path.insert(0, str(shared / "eval"))
    try:
        import score  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return dict(score.COUNTRY_ALIASES)


def list_misses(gold: Path, pred: Path) -> None:
    """Print each record of `gold` whose country + root triples differ from the prediction's."""
    preds = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        preds[record["id"]] = record
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        want = {(t["source"], t["target"], t["code"]) for t in g["expected"]}
        events = (preds.get(g["id"]) or {}).get("events") or []
        got = {((e.get("source") or {}).get("code", "")[:3], (e.get("target") or {}).get("code", "")[:3],
                e["cameo"][:2]) for e in events if e.get("cameo")}
        if want == got:
            continue
        print(g["id"], "missed", sorted(want - got), "extra", sorted(got - want))
        print("   ", g["text"])
        for e in events:
            print("    -", e.get("type"), e.get("cameo"), (e.get("source") or {}).get("code"),
                  (e.get("target") or {}).get("code"), repr(e.get("trigger")))
