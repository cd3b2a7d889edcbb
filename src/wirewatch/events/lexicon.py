"""The event trigger lexicon: `data/event_lexicon.tsv` parsed into lookup tables.

A pattern maps a trigger lemma (verb, event noun or frame adjective) plus optional conditions on its
dependents to a PLOVER type, mode and CAMEO code. Frames (`@AGREE`, `@THREATEN`, `@REJECT`,
`@REQUEST`, `@FUTURE`, `@SPEECH`) do not code an event themselves: they say how the event in their
complement is to be read (events/frames.py). The file format is documented at its top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

WORD_CONDITIONS = ("obj", "notobj", "prt", "prep", "subj", "notsubj", "notmod", "mod", "notcomp", "comp",
                   "pred", "objmod")
FRAMES = ("@AGREE", "@THREATEN", "@REJECT", "@REQUEST", "@FUTURE", "@SPEECH")
POS = {"V": "verb", "N": "noun", "A": "adj"}


@dataclass(frozen=True, slots=True)
class Pattern:
    pos: str  # verb | noun | adj
    lemma: str
    type: str  # PLOVER type or a frame name
    cameo: str | None
    mode: str | None
    obj: frozenset[str] = frozenset()
    notobj: frozenset[str] = frozenset()
    prt: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()  # `prep=with`: a preposition beside the particle ("sat down with")
    pred: frozenset[str] = frozenset()  # `pred=a|b`: the object's secondary predicate ("called X a disaster",
    # "described X as a violation", "dismissed X as propaganda") is, or is modified by, one of these
    subj: frozenset[str] = frozenset()
    notsubj: frozenset[str] = frozenset()  # block when the subject is one of these ("troops arrived")
    notmod: frozenset[str] = frozenset()
    mod: frozenset[str] = frozenset()  # nouns: needs one of these modifiers ("suicide bombing")
    objmod: frozenset[str] = frozenset()  # `objmod=a|b`: the direct object has one of these modifiers
    # ("received a reply message", "sent a congratulatory letter": the kind of message, not the word)
    notcomp: frozenset[str] = frozenset()
    comp: frozenset[str] = frozenset()  # `comp=a|b`: the clausal complement's head is one of these
    # ("declared the ambassador persona non grata", "found X guilty", parsed as small clauses)
    passive_only: bool = False
    needs_arg: bool = False  # `arg`: an object or a clausal complement ("declined to", not "sales declined")
    needs_comp: bool = False  # `comp`: a clausal complement ("seeks to expand", not "seeks a policy")
    needs_dobj: bool = False  # `dobj`: a direct object ("helped refugees", not "helped boost profits")
    intransitive: bool = False  # `intrans`: no object and no clausal complement ("demonstrated in Kirkuk",
    # not "demonstrated American resolve"; "fought in Gaza", not "fought to keep the boy")
    actor_obj: bool = False  # `actobj`: the direct object names an actor ("welcomed the president")
    place_obj: bool = False  # `placeobj`: the direct object is a named place ("captured Lachin", "entered
    # Lesotho"), not a person or a thing (lead31)
    done: bool = False  # `done`: handed over to someone: no progressive, and a to-phrase or an
    # indirect object ("carried a message from A to B", not "was carrying", not "a message from A"; stories40)
    infinitive: bool = False  # `inf`: an infinitive complement ("told Russia to withdraw", not "told
    # reporters that ...")
    owned: bool = False  # `owned`: the thing judged is an actor or names one ("Sweden's decision", "the Iran
    # deal", "the American strike"), not "the meeting" or "the drought"
    that_clause: bool = False  # `that`: a finite that-clause with a subject of its own, on the trigger or on
    # its direct object ("was optimistic that Syria would", "hoped that Argentina would", "expressed concern
    # that Iran was"): the clause's subject is the one judged (`parse.judged_clause`; acts29)
    plural_obj: bool = False  # `plural`: the direct object is a plural noun ("met the rebels' demands"
    # concedes; "met demand for coal" is a market's, and no act)
    verbal: bool = False  # `verbal`: an attack in words, not force ("Trump attacked Romney, calling him ...",
    # "attacked Clinton as too cozy with Wall Street", a named person or a politician attacking a person)
    mutual: bool = False  # `mutual`: a compound subject with no other party acts on itself both ways
    # ("A and B inked a pact" is A->B and B->A; events/attach.py RECIPROCAL lists the older words)
    reverse: bool = False  # `rev` or a `:Y` code: the giver is the from/by phrase, the subject receives
    pair: str | None = None  # `X:Y`: the other party's code for the same act, the roles swapped
    pobj_preps: frozenset[str] = frozenset()  # `pobj=for:talk|...`: a preposition of the trigger...
    pobj: frozenset[str] = frozenset()  # ...whose object noun is one of these ("call for talks")
    line: int = 0  # line in the lexicon file, for evidence
    table: str = "event_lexicon.tsv"  # the file the row comes from
    evidence: str = ""  # why the row exists, where the table records it (the WordNet path of a breadth row)

    @property
    def is_frame(self) -> bool:
        return self.type.startswith("@")


@dataclass(slots=True)
class Lexicon:
    patterns: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)  # &WEAPON -> nouns
    # words a later table adds to a class (`&DISAPPROVAL+  callous|...`), merged where the class is
    # defined so that the rows using it in an earlier table see them too (see `widened_classes`)
    widened: dict[str, frozenset[str]] = field(default_factory=dict)
    discards: list[str] = field(default_factory=list)  # phrases whose sentence is no political event
    _discard_re: re.Pattern[str] | None = None
    _discard_ascii: bool = False  # every phrase lower-case ASCII: the substring pre-test is exact
    # phrases naming a past era ("World War II"): they time the act they hang on, not the sentence
    # (events/history_timed.py)
    history: list[str] = field(default_factory=list)
    _history_re: re.Pattern[str] | None = None
    _history_ascii: bool = False

    def discarded(self, sentence: str) -> str | None:
        """The discard phrase the sentence contains (sports, entertainment), if any."""
        if not self.discards:
            return None
        if self._discard_re is None:
            self._discard_re = _alternation(self.discards)
            self._discard_ascii = _lower_ascii(self.discards)
        if _surely_absent(sentence, self.discards, self._discard_ascii):
            return None
        hit = self._discard_re.search(sentence)
        return hit.group(1).lower() if hit else None

    def history_in(self, sentence: str) -> list[tuple[int, int]]:
        """Where the sentence names a past era ("World War II"), as character spans of `sentence`."""
        if not self.history:
            return []
        if self._history_re is None:
            self._history_re = _alternation(self.history)
            self._history_ascii = _lower_ascii(self.history)
        if _surely_absent(sentence, self.history, self._history_ascii):
            return []
        return [m.span() for m in self._history_re.finditer(sentence)]

    def lookup(self, pos: str, lemma: str) -> list[Pattern]:
        found = self.patterns.get((pos, lemma))
        if found is None and lemma.startswith("re-"):
            # "re-imposed sanctions" imposes them, "re-arrested" arrests: the act again is the act
            found = self.patterns.get((pos, lemma[3:]))
        return found or []


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    """One case-blind regex for whole phrases, the longest first ("world war ii" before "world war i")."""
    words = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _lower_ascii(phrases: list[str]) -> bool:
    """Every phrase lower-case ASCII: then a substring pre-test on ASCII text is exact."""
    return all(w.isascii() and w == w.lower() for w in phrases)


def _surely_absent(sentence: str, phrases: list[str], lower_ascii: bool) -> bool:
    """True only where no phrase can be in the sentence. Most sentences hold none: a substring test per
    phrase rules that out far faster than the alternation regex (ASCII text only, where lower() is exactly
    what re.I matches)."""
    if not (lower_ascii and sentence.isascii()):
        return False
    lowered = sentence.lower()
    return not any(map(lowered.__contains__, phrases))  # (`w in lowered` for each, no generator)


def _words(value: str, classes: dict[str, frozenset[str]], number: int) -> frozenset[str]:
    """`a|b|&CLASS`: words, with noun classes expanded (a class is defined before it is used)."""
    out: set[str] = set()
    for w in value.split("|"):
        if w.startswith("&"):
            if w not in classes:
                raise ValueError(f"event lexicon line {number}: noun class {w} is not defined above")
            out |= classes[w]
        elif w:
            out.add(w)
    return frozenset(out)


def _code(value: str, number: int) -> tuple[str | None, str | None, bool]:
    """(code, paired code, reverse) from `046`, `046:046` (both ways) or `:112` (reverse only)."""
    if value == "-":
        return None, None, False
    first, sep, second = value.partition(":")
    if not sep:
        return first, None, False
    if not second or not second.isdigit() or (first and not first.isdigit()):
        raise ValueError(f"event lexicon line {number}: bad paired code {value!r}")
    return (second, None, True) if not first else (first, second, False)


def parse_lexicon(text: str, into: Lexicon | None = None, table: str = "event_lexicon.tsv") -> Lexicon:
    """Parse the TSV lexicon format; raises ValueError naming the bad line. `into` adds the rows of a
    second table to a lexicon (its noun classes usable there), after the rows it already has. A row may
    carry a seventh column, its evidence (`wn=...`: the WordNet path that proposed it; `glove=...`:
    the code, cosine and nearest seeds of the word-vector proposal). A class line `&NAME+  a|b` widens a
    class defined earlier."""
    lex = into if into is not None else Lexicon()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if raw.lstrip().startswith("#") else raw.strip()
        if not line:
            continue
        cols = line.split()
        if cols[0] == "DISCARD":  # "DISCARD  world_cup": a sentence naming it codes no event
            if len(cols) != 2:
                raise ValueError(f"event lexicon line {number}: a discard line is 'DISCARD  phrase': {raw!r}")
            lex.discards.append(cols[1].replace("_", " ").lower())
            continue
        if cols[0] == "HISTORY":  # "HISTORY  world_war_ii": the act it times is history, not news
            if len(cols) != 2:
                raise ValueError(f"event lexicon line {number}: a history line is 'HISTORY  phrase': {raw!r}")
            lex.history.append(cols[1].replace("_", " ").lower())
            continue
        if cols[0].startswith("&"):  # a noun class: "&WEAPON  missile|rocket|..."
            if len(cols) != 2:
                raise ValueError(f"event lexicon line {number}: a class line is '&NAME word|word': {raw!r}")
            name = cols[0].removesuffix("+")
            if name != cols[0]:  # "&NAME+  a|b": widen a class defined in an earlier table
                if name not in lex.classes:
                    raise ValueError(f"event lexicon line {number}: noun class {name} is not defined above")
                lex.classes[name] = lex.classes[name] | _words(cols[1], lex.classes, number)
                continue
            lex.classes[name] = _words(cols[1], lex.classes, number) | lex.widened.get(name, frozenset())
            continue
        evidence = cols.pop() if len(cols) == 7 and cols[6].startswith(EVIDENCE) else ""
        if len(cols) != 6:
            raise ValueError(f"{table} line {number}: expected 6 columns (and evidence), "
                             f"got {len(cols)}: {raw!r}")
        pos, lemma, etype, cameo, mode, cond = cols
        if pos not in POS:
            raise ValueError(f"event lexicon line {number}: pos must be V, N or A: {raw!r}")
        kw: dict[str, frozenset[str]] = {}
        flags = {"pass": False, "arg": False, "comp": False, "dobj": False, "actobj": False, "rev": False,
                 "intrans": False, "inf": False, "mutual": False, "owned": False, "verbal": False,
                 "plural": False, "that": False, "placeobj": False, "done": False}
        for item in ([] if cond == "-" else cond.split(";")):
            if item in flags:
                flags[item] = True
                continue
            key, _, value = item.partition("=")
            if key == "pobj" and ":" in value:
                preps, _, nouns = value.partition(":")
                kw["pobj_preps"] = frozenset(preps.split("/"))
                kw["pobj"] = _words(nouns, lex.classes, number)
                continue
            if key not in WORD_CONDITIONS or not value:
                raise ValueError(f"event lexicon line {number}: bad condition {item!r}")
            kw[key] = _words(value, lex.classes, number)
        code, pair, reverse = _code(cameo, number)
        # "-": a CAMEO-only row (root 01 statements, which PLOVER drops): no PLOVER type
        pattern = Pattern(pos=POS[pos], lemma=lemma.lower(), type="" if etype == "-" else etype,
                          cameo=code, mode=None if mode == "-" else mode,
                          passive_only=flags["pass"], needs_arg=flags["arg"], needs_dobj=flags["dobj"],
                          needs_comp=flags["comp"], intransitive=flags["intrans"],
                          actor_obj=flags["actobj"], place_obj=flags["placeobj"], done=flags["done"],
                          reverse=flags["rev"] or reverse, pair=pair,
                          infinitive=flags["inf"], mutual=flags["mutual"], owned=flags["owned"],
                          verbal=flags["verbal"], plural_obj=flags["plural"],
                          that_clause=flags["that"],
                          line=number, table=table, evidence=evidence, **kw)
        if not pattern.is_frame and pattern.type.startswith("@"):
            raise ValueError(f"event lexicon line {number}: unknown frame {etype}")
        if pattern.type.startswith("@") and pattern.type not in FRAMES:
            raise ValueError(f"event lexicon line {number}: unknown frame {etype}")
        lex.patterns.setdefault((pattern.pos, pattern.lemma), []).append(pattern)
    return lex


# the hand-written lexicon, then the breadth rows proposed by a dev-time tool and kept by hand: from
# WordNet (tools/wordnet_candidates.py), from news-trained word vectors (tools/glove_candidates.py)
TABLES = ("event_lexicon.tsv", "event_lexicon_wordnet.tsv", "event_lexicon_glove.tsv")
EVIDENCE = ("wn=", "glove=")  # the seventh column of a breadth row: what proposed it


def widened_classes(texts: list[str]) -> dict[str, frozenset[str]]:
    """The words `&NAME+  a|b` lines add to each class, over all tables (plain words only)."""
    out: dict[str, frozenset[str]] = {}
    for text in texts:
        for line in text.splitlines():
            cols = line.split()
            if len(cols) == 2 and cols[0].startswith("&") and cols[0].endswith("+"):
                name = cols[0][:-1]
                out[name] = out.get(name, frozenset()) | frozenset(w for w in cols[1].split("|") if w)
    return out


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    texts = [resources.files("wirewatch").joinpath(f"data/{table}").read_text(encoding="utf-8")
             for table in TABLES]
    lex = Lexicon(widened=widened_classes(texts))
    for table, text in zip(TABLES, texts, strict=True):
        parse_lexicon(text, into=lex, table=table)
    return lex


# Lexicon rows whose PLOVER type is not the CAMEO->PLOVER root mapping of their CAMEO code: PLOVER 2.0
# moved these acts between categories, and the PLOVER type follows the manual.
PLOVER_OVER_CAMEO: dict[str, str] = {
    "055": "apologies and regret are CONCEDE in PLOVER 2.0 (CAMEO files them under 05 cooperation)",
    "083": "resigning is RETREAT mode resign in PLOVER 2.0 (CAMEO: accede to demands for change)",
    "085": "easing sanctions is a CONCEDE (policy) in PLOVER 2.0, not a material retreat (CAMEO: 08 yield)",
    "116": "a conviction is SANCTION mode convict in PLOVER 2.0 (CAMEO: find guilty, under 11)",
    "184": "holding people as shields or hostages is COERCE in PLOVER 2.0 (CAMEO: 18 assault)",
}

