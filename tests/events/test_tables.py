"""The event lexicon file and the CAMEO/PLOVER tables (no model)."""

from __future__ import annotations

import pytest

from wirewatch.events import cameo as cm
from wirewatch.events.lexicon import FRAMES, PLOVER_OVER_CAMEO, default_lexicon, parse_lexicon


def test_every_lexicon_row_is_a_plover_type_or_frame_with_a_known_cameo_code() -> None:
    rows = [p for ps in default_lexicon().patterns.values() for p in ps]
    assert len(rows) > 300
    for p in rows:
        # "" = a CAMEO-only row for the statements (root 01) that PLOVER drops
        assert p.type in FRAMES or p.type in cm.PLOVER_TYPES or (p.type == "" and p.cameo
                                                               and cm.plover_type(p.cameo) is None), p
        if p.is_frame or p.cameo is None:
            continue
        assert p.cameo in cm.CODES or p.cameo in cm.FOUR_DIGIT, f"line {p.line}: unknown CAMEO code {p.cameo}"
        if p.cameo not in PLOVER_OVER_CAMEO:
            expected = cm.plover_type(p.cameo) or ""
            assert expected == p.type, f"line {p.line}: {p.lemma} {p.type} vs {p.cameo}"


def test_all_sixteen_plover_types_have_triggers() -> None:
    types = {p.type for ps in default_lexicon().patterns.values() for p in ps}
    # REQUEST comes from the @REQUEST frame ("demand", "urge", "call on") and from reported "must"
    assert set(cm.PLOVER_TYPES) - {"REQUEST"} <= types and "@REQUEST" in types


def test_lexicon_parser_names_the_bad_line() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse_lexicon("V  meet  CONSULT  040  -  -\nV  visit  CONSULT  042\n")
    with pytest.raises(ValueError, match="bad condition"):
        parse_lexicon("V  meet  CONSULT  040  -  nope=1\n")
    lex = parse_lexicon("# comment\nV  sign  SUPPORT  057  -  obj=treaty|accord;prt=on\n")
    (row,) = lex.lookup("verb", "sign")
    assert row.obj == {"treaty", "accord"} and row.prt == {"on"}


def test_cameo_codes_keep_their_leading_zero() -> None:
    assert cm.normalize(42) == "042"
    assert cm.normalize("42") == "042"
    assert cm.normalize(4) == "04"
    assert cm.normalize("1041") == "1041"
    assert cm.normalize("874") == "0874"
    assert cm.normalize(None) is None and cm.normalize("x1") is None


def test_goldstein_scores() -> None:
    assert cm.goldstein("042") == 1.9
    assert cm.goldstein("04") == 1.0
    assert cm.goldstein("0874") == 10.0  # the most cooperative code
    assert cm.goldstein("1831") == -10.0  # a 4-digit code scores as its parent
    assert cm.goldstein("19") == -10.0
    assert all(-10 <= score <= 10 for _, score in cm.CODES.values())


def test_cameo_to_plover_mapping() -> None:
    assert cm.plover_type("081") == "CONCEDE"
    assert cm.plover_type("084") == "RETREAT"  # 084-087 are material concessions
    assert cm.plover_type("10") == "REQUEST"
    assert cm.plover_type("195") == "ASSAULT"
    assert cm.plover_type("010") is None  # public statements are dropped
    assert cm.plover_score("ACCUSE") == -3.0
    assert cm.plover_score("CONSULT", "visit") == 4.0
    assert cm.quad_class("042") == 1 and cm.quad_class("173") == 4
    assert cm.cameo_name("173").startswith("Arrest")


def test_lexicon_paired_and_reverse_codes_and_noun_classes() -> None:
    lex = parse_lexicon("&TALKS  talk|negotiation\n"
                        "V  hold  CONSULT  046:046  -  obj=&TALKS\n"
                        "V  face  ACCUSE  :112  -  obj=charge\n"
                        "V  call  @REQUEST  020  -  pobj=for:&TALKS|truce\n"
                        "DISCARD  world_cup\n")
    (hold,) = lex.lookup("verb", "hold")
    assert (hold.cameo, hold.pair, hold.reverse, hold.obj) == ("046", "046", False, {"talk", "negotiation"})
    (face,) = lex.lookup("verb", "face")
    assert (face.cameo, face.pair, face.reverse) == ("112", None, True)
    (call,) = lex.lookup("verb", "call")
    assert call.pobj_preps == {"for"} and call.pobj == {"talk", "negotiation", "truce"}
    assert lex.discarded("Brazil beat Chile in the World Cup final") == "world cup"
    assert lex.discarded("Chile recalled its envoy to Brazil") is None
    with pytest.raises(ValueError, match="not defined"):
        parse_lexicon("V  hold  CONSULT  046  -  obj=&NOPE\n")
    with pytest.raises(ValueError, match="paired code"):
        parse_lexicon("V  hold  CONSULT  046:x  -  -\n")


def test_every_cameo_root_has_lexicon_rows() -> None:
    roots = {p.cameo[:2] for ps in default_lexicon().patterns.values() for p in ps if p.cameo}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}
