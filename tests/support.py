"""Paths and helpers for tests (importable from any test directory)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()
DATA = SHARED / "data"
SCORER = SHARED / "eval" / "score.py"


def require_shared(path: Path) -> Path:
    """Skip, with a reason a reader understands, when ../shared (research data) is not beside us."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared evaluation data sits beside the checkout in CI")
    return path


def analyze_cli(pred: Path, *args: str) -> None:
    """Run `wirewatch analyze ARGS > pred` the way ../shared/eval/README.md §1 does."""
    cli = Path(sys.executable).with_name("wirewatch")
    with pred.open("w", encoding="utf-8") as out:
        subprocess.run([str(cli), "analyze", *args], stdout=out, check=True, cwd=ROOT)


def score(task: str, gold: Path, pred: Path, *options: str) -> dict[str, Any]:
    """The metrics of the shared scorer (its last-line JSON); never a scorer of our own."""
    require_shared(SCORER)
    done = subprocess.run([sys.executable, str(SCORER), task, "--gold", str(gold), "--pred", str(pred),
                           "--json-only", *options], capture_output=True, text=True, check=True)
    metrics: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])["metrics"]
    return metrics


def load_probe_module(name: str) -> Any:
    """A probe-data module of tests/events (it runs as a script too, so it is no package module; tests
    run in importlib mode)."""
    events = ROOT / "tests" / "events"
    if str(events) not in sys.path:
        sys.path.insert(0, str(events))  # the probe files share probe_match.py, as their script runs do
    spec = importlib.util.spec_from_file_location(name, events / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def probe_cases(rows: Sequence[tuple[Any, ...]], known_gaps: dict[str, str], width: int = 40) -> list[Any]:
    """Probe rows `(label..., root, text, expected)` as `(text, expected)` test parameters, each named
    by its root, its labels and the start of its text. A known gap is a strict xfail with its reason,
    so a fix shows up as an unexpected pass."""
    cases = []
    for *labels, root, text, expected in rows:
        marks = [pytest.mark.xfail(reason=known_gaps[text], strict=True)] if text in known_gaps else []
        ident = "-".join([root, *labels, text[:width]])
        cases.append(pytest.param(text, expected, id=ident, marks=marks))
    return cases


# the expectations of a whole-story file (tests/events/stories22.py, stories23.py), one test kind each
STORY_KINDS = ("event", "none", "party", "clean", "once")


def _story_rows(story: Any, kind: str) -> Sequence[Any]:
    return {"event": story.events, "none": story.none, "party": story.parties,
            "clean": [None], "once": [None]}[kind]


def story_case_ids(stories: Sequence[Any]) -> set[str]:
    """Every test id ("story:kind:index") a whole-story file gives."""
    return {f"{s.name}:{kind}:{i}" for s in stories for kind in STORY_KINDS
            for i, _ in enumerate(_story_rows(s, kind))}


def story_cases(stories: Sequence[Any], known_gaps: dict[str, str], kind: str) -> list[Any]:
    """`(story, index)` test parameters of one kind, named "story:kind:index"; a known gap is a strict
    xfail with its reason."""
    cases = []
    for story in stories:
        for i, _ in enumerate(_story_rows(story, kind)):
            case_id = f"{story.name}:{kind}:{i}"
            gap = known_gaps.get(case_id)
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            cases.append(pytest.param(story, i, id=case_id, marks=marks))
    return cases


class StoryReviews:
    """Each story analysed and reviewed once, however many of its expectations are tested."""

    def __init__(self, review: Any) -> None:
        self.review = review
        self.done: dict[str, Any] = {}

    def __call__(self, code: Any, story: Any) -> Any:
        if story.name not in self.done:
            self.done[story.name] = self.review(story, code(story.text, date=story.date))
        return self.done[story.name]


def story_tests(stories: Any, known_gaps: dict[str, str]) -> dict[str, Any]:
    """The test functions every whole-story file asks of its stories (`tests/events/stories2N.py`): each
    required event coded, each non-event paragraph coding nothing, each party's code, no triple the
    analyst rejects, no act counted twice, and every known gap naming a case. A test module takes them
    with `globals().update(story_tests(stories_module, KNOWN_GAPS))`."""
    review = StoryReviews(stories.review)

    def params(kind: str) -> list[Any]:
        return story_cases(stories.STORIES, known_gaps, kind)

    @pytest.mark.parametrize(("story", "i"), params("event"))
    def test_the_analysts_event_is_coded(code: Any, story: Any, i: int) -> None:
        assert review(code, story).found[i], story.events[i]

    @pytest.mark.parametrize(("story", "i"), params("none"))
    def test_a_non_event_paragraph_codes_nothing(code: Any, story: Any, i: int) -> None:
        assert not review(code, story).coded_none[i], (story.none[i], review(code, story).coded_none[i])

    @pytest.mark.parametrize(("story", "i"), params("party"))
    def test_the_party_has_the_analysts_code(code: Any, story: Any, i: int) -> None:
        verdict, seen = review(code, story).parties[i]
        assert verdict == "right", (story.parties[i], seen)

    @pytest.mark.parametrize(("story", "i"), params("clean"))
    def test_no_triple_the_analyst_rejects(code: Any, story: Any, i: int) -> None:
        wrong = [v for v in review(code, story).verdicts if v[0] == "wrong"]
        assert not wrong, wrong

    @pytest.mark.parametrize(("story", "i"), params("once"))
    def test_each_act_is_counted_once(code: Any, story: Any, i: int) -> None:
        dups = [v for v in review(code, story).verdicts if v[0] == "dup"]
        assert not dups, dups

    def test_every_known_gap_names_a_case() -> None:
        ids = story_case_ids(stories.STORIES)
        assert not set(known_gaps) - ids, sorted(set(known_gaps) - ids)

    tests = (test_the_analysts_event_is_coded, test_a_non_event_paragraph_codes_nothing,
             test_the_party_has_the_analysts_code, test_no_triple_the_analyst_rejects,
             test_each_act_is_counted_once, test_every_known_gap_names_a_case)
    return {t.__name__: t for t in tests}


def actor_at(art: Any, mention: str, occurrence: int = 0) -> str | None:
    """The actor code of the entity covering the `occurrence`-th `mention` in an analysed story."""
    at = -1
    for _ in range(occurrence + 1):
        at = art.text.index(mention, at + 1)
    codes = [e.actor.code for e in art.entities if e.actor is not None and e.start < at + len(mention)
             and e.end > at]
    return codes[0] if codes else None


def story_triples(art: Any) -> set[tuple[str, str, str]]:
    """The CAMEO triples of an analysed story, an empty code for a missing party."""
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo)
            for e in art.events if e.cameo}


def aimed(got: set[tuple[str, str, str]], source: str, target: str, root: str) -> bool:
    """A triple whose source and target codes start with these (a country, or an actor code) and whose code
    starts with `root`."""
    return any(s.startswith(source) and t.startswith(target) and c.startswith(root) for s, t, c in got)


def has_triple(got: set[tuple[str, str, str]], source: str, target: str, root: str) -> bool:
    """A triple of these countries (first three letters) whose code starts with `root`."""
    return any(s[:3] == source and t[:3] == target and c.startswith(root) for s, t, c in got)
