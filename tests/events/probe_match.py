"""How the GSR-style probe files match a row against the coder's triples, and report a run.

A row is (accepted sources, accepted targets, accepted codes, sentence): actor codes compare on
country + first sector (`width` 6) or country alone (3), IGO and NGO codes on their first three
letters; codes compare whole (`full`) or on their root. Shared by the probe files, their tests and
their script runs (`python tests/events/probes_<name>.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

Triple = tuple[str, str, str]


def cut(code: str, width: int) -> str:
    return code[:3] if width == 3 or code[:3] in ("IGO", "NGO") else code[:6]


def matches(row: Any, got: set[Triple], width: int = 6, full: bool = False) -> bool:
    """Whether some coded triple has an accepted source, target and code (or root); for a row with no
    accepted target (an empty tuple), whether no coded triple has one of its codes (or roots)."""
    sources, targets, codes = row[0], row[1], row[2]
    if not targets:
        return not any((c in codes if full else c[:2] in {k[:2] for k in codes}) for _, _, c in got)
    want_s = {cut(s, width) for s in sources}
    want_t = {cut(t, width) for t in targets}
    roots = {c[:2] for c in codes}
    return any(cut(s, width) in want_s and cut(t, width) in want_t
               and (c in codes if full else c[:2] in roots) for s, t, c in got)


# the GSR records' date, which most probe files share
GSR_DATE = "2000-01-01"


def forbidden_hits(forbid: Any, got: set[Triple]) -> set[Triple]:
    """The coded triples a row's `forbidden` list names: (source country, target country, code), the code
    '*' (any), a root of two digits or a full code of three or more, a country '*' for any; IGO and NGO
    compare on their first three letters, as the countries do."""
    hits = set()
    for s, t, c in got:
        for fs, ft, fc in forbid:
            if ((fs == "*" or s[:3] == fs) and (ft == "*" or t[:3] == ft)
                    and (fc == "*" or (c[:2] == fc if len(fc) == 2 else c == fc))):
                hits.add((s, t, c))
    return hits


def unlisted(rows: list[Any], got: set[Triple]) -> set[tuple[str, str, str]]:
    """The country + root triples coded for a sentence that match none of its rows (extras a scorer of
    one gold record per lead counts against precision)."""
    want = {(cut(s, 3), cut(t, 3), c[:2]) for row in rows for s in row[0] for t in row[1] for c in row[2]}
    return {(cut(s, 3), cut(t, 3), c[:2]) for s, t, c in got} - want


def extras_report(name: str, rows: list[Any], *, date: str = GSR_DATE, show: bool = True) -> tuple[int, ...]:
    """For rows (sources, targets, codes, sentence, forbidden): print each miss and each extra, then the
    counts: rows right (country + root, actor + root), forbidden triples emitted (country + code as
    forbidden), and unlisted country + root extras per sentence. Returns those four counts."""
    by_text: dict[str, list[Any]] = {}
    for row in rows:
        by_text.setdefault(row[3], []).append(row)
    right3 = right6 = bad = extra = 0
    for text, group in by_text.items():
        got = coded(text, date)
        hits = set().union(*(forbidden_hits(r[4], got) for r in group))
        more = unlisted(group, got)
        ok = [(matches(r, got, 3), matches(r, got, 6)) for r in group]
        right3 += sum(a for a, _ in ok)
        right6 += sum(b for _, b in ok)
        bad += len(hits)
        extra += len(more)
        if show and (hits or more or not all(b for _, b in ok)):
            print(text)
            for r, (_, b) in zip(group, ok, strict=True):
                if not b:
                    print("    MISS want", r[0], r[1], r[2])
            if hits:
                print("    FORBIDDEN", sorted(hits))
            if more:
                print("    unlisted", sorted(more))
            print("    got", sorted(got))
    print(f"{name}: {len(rows)} rows, {len(by_text)} leads: country + root {right3}, actor + root {right6}, "
          f"forbidden emitted {bad}, unlisted extras {extra}")
    return right3, right6, bad, extra




def coded(text: str, date: str = GSR_DATE) -> set[Triple]:
    """The CAMEO triples the coder gives a sentence, dated as the GSR records are unless `date` says."""
    from wirewatch.pipeline import analyze

    art = analyze(text, date=date)
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


def wanted_in(want: Triple, got: set[Triple]) -> bool:
    """Whether a coded triple has the wanted countries (first three letters, "*" for any) and root: the
    check of the long-lead case tests (test_parse31.py, test_parse32.py)."""
    src, tgt, root = want
    return any((src == "*" or s[:3] == src) and (tgt == "*" or t[:3] == tgt) and c[:2] == root
               for s, t, c in got)


def reparsed(text: str) -> Any:
    """The sentence's parse after the events stage's re-parse repairs (events/reparse.py)."""
    from wirewatch.events.reparse import parsed_again
    from wirewatch.nlp.model import load_model

    return parsed_again(load_model()(text)[:], alone=False)


def batch_bounds(path: str, list_name: str) -> list[tuple[int, int]]:
    """(first row, end row) of each batch of the list `list_name` in the probe file at `path`, read from
    its "# batch N:" comments."""
    text = Path(path).read_text(encoding="utf-8")
    block = text[text.index(f"{list_name}: list[Row] = ["):]
    starts, count = [0], 0
    for line in block.splitlines()[1:]:
        if re.match(r"\s*# batch \d+:", line) and count:
            starts.append(count)
        if re.match(r"\s*\(\(", line):
            count += 1
        if line == "]":
            break
    return list(zip(starts, starts[1:] + [count], strict=True))


def report(name: str, rows: list[Any], *, full: bool = True, date: str = GSR_DATE) -> None:
    """Print each miss and the pass counts: country + root, actor + root and (`full`) actor + code."""
    counts = [0, 0, 0]
    for row in rows:
        got = coded(row[3], date)
        passed = (matches(row, got, 3), matches(row, got, 6), matches(row, got, 6, full=full))
        counts = [n + p for n, p in zip(counts, passed, strict=True)]
        if not passed[2]:
            print(row[3], "\n    want", row[0], row[1], row[2], "\n    got", sorted(got))
    print(f"{name}: {len(rows)} probes: country + root {counts[0]}, actor + root {counts[1]}"
          + (f", actor + code {counts[2]}" if full else ""))


def gap_params(rows: list[Any], known: dict[str, str], row_gaps: dict[tuple[str, str], str]) -> list[Any]:
    """The rows as pytest params, a known gap a strict xfail with its reason: `known` keyed by the
    sentence, `row_gaps` by (sentence, first accepted source) for a sentence probed twice where only one
    row is a gap. Shared by the strict-gap tests of the lead and clause probe files."""
    import pytest

    def marks(row: Any) -> list[Any]:
        gap = known.get(row[3]) or (row_gaps.get((row[3], row[0][0])) if row[0] else None)
        return [pytest.mark.xfail(reason=gap, strict=True)] if gap else []

    return [pytest.param(r, marks=marks(r), id=r[3][:40]) for r in rows]


def gap_tests(rows: list[Any], known: dict[str, str],
              row_gaps: dict[tuple[str, str], str]) -> tuple[Callable[[], None], Callable[[Any], None]]:
    """The two tests of a strict-gap probe file: every gap names one of its rows, and every row is coded
    (actor + root) but for the gaps, each a strict xfail (`gap_params`).
    `test_every_gap_names_a_probe, test_probe_is_coded = gap_tests(ALL, KNOWN_GAPS, ROW_GAPS)`."""
    import pytest

    def test_every_gap_names_a_probe() -> None:
        assert set(known) <= {row[3] for row in rows}
        assert set(row_gaps) <= {(row[3], row[0][0]) for row in rows if row[0]}

    @pytest.mark.parametrize("row", gap_params(rows, known, row_gaps))
    def test_probe_is_coded(row: Any) -> None:
        got = coded(row[3])
        assert matches(row, got, 6), sorted(got)

    return test_every_gap_names_a_probe, test_probe_is_coded


def case_test(cases: list[Any]) -> Callable[[Any], None]:
    """The test of a clause-repair case list: (text, wanted triple or None, forbidden triples); the wanted
    triple must be coded ("*" matches anything) and no forbidden one. Shared by test_parse31/32/33.
    `test_parse33_case = case_test(CASES)`."""
    import pytest

    @pytest.mark.parametrize("case", cases, ids=[c[0][:40] for c in cases])
    def test_case(case: Any) -> None:
        text, want, unwanted = case
        got = coded(text)
        if want is not None:
            assert wanted_in(want, got), sorted(got)
        assert not forbidden_hits(unwanted, got), sorted(got)

    return test_case
