"""Frames: how a frame trigger (@AGREE, @THREATEN, @REJECT, @REQUEST, @FUTURE, appeals) reads the
event in its complement.

Owns the CAMEO sub-code tables by the complement's PLOVER type (agree 03x, threaten 13x, reject 12x,
demand 10x, appeal 02x), finding a frame's complement trigger, and the future-tense test that turns a
cooperative act into an intention (a visit announced for next week is 036, not yet a visit).
"""

from __future__ import annotations

from typing import Any

from .parse import FUTURE_AUX, has_aux, has_infinitive_to, kids, lemma
from .protest_aims import reform_aim
from .sub_codes import unconventional
from .triggers import LIGHT_VERBS, Trigger, arrival_announced, particles

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}

MATERIAL_CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}

# CAMEO sub-code of a frame by the PLOVER type of its complement.
AGREE_CODES = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033", "CONCEDE": "035",
               "RETREAT": "035", "AGREE": "030"}

# a threat to do a coded act, at the codebook's sub-code for that act (13xx), longest code first
# (a threat to walk out of talks, 125 as an act, is a threat to halt negotiations: probes17b)
THREAT_BY_CODE = {"1721": "1321", "1722": "1322",
                  "1723": "1323", "1724": "1324", "172": "132", "163": "1312", "161": "1313", "162": "1311",
                  "164": "134", "125": "134", "165": "135", "166": "136", "191": "1381", "192": "1382"}

# prepositions that give a frame's complement its scene or time, never what is promised or refused
SETTING_ONLY = {"during", "amid", "after", "following", "before", "ahead"}

# A threat of trade or business measures (tariffs, quotas, licences, shutting firms out) is the codebook's
# non-force threat 131; only sanctions, embargoes and boycotts named as such are 1312.
TRADE_MEASURES = {"tariff", "duty", "quota", "levy", "import", "export", "licence", "license", "permit",
                  "firm", "company", "bank", "business", "investment", "investor", "good", "product",
                  "trade", "market", "access", "credit", "loan", "subsidy", "contract"}

# a warning of these names no kind of harm ("warned of retaliation", "of reprisals"): the plain 130,
# unless the word says it ("military retaliation")
UNSPECIFIED_HARMS = {"retaliation", "reprisal"}

# The codebook's 138 is a threat whose means is military force: nouns that name that means when a threat
# is "with" or "of" them ("threatened X with war", "warned of military action"), and the modifiers that
# make a generic noun so ("military action", "armed response").
FORCE_MEANS = {"war", "force", "invasion", "bombardment", "airstrike", "strike", "attack", "hostility",
               "annihilation", "destruction", "retaliation", "response", "action", "measure", "reprisal"}
FORCE_ALONE = {"war", "force", "invasion", "bombardment", "airstrike", "annihilation", "hostility"}
FORCE_MODIFIERS = {"military", "armed", "nuclear", "army"}

THREAT_CODES = {"SANCTION": ("131", "relations"), "COERCE": ("137", "restrict"),
                "ASSAULT": ("138", "violence"), "MOBILIZE": ("138", "violence"),
                "PROTEST": ("133", None)}

# SUPPORT is the codebook's verbal cooperation (05: praise, endorse, recognise); refusing it has no code of
# its own, so it is the bare 120; 121 is the refusal of material cooperation (06, COOPERATE) (codes12)
REJECT_CODES = {"CONSULT": "125", "AID": "122", "CONCEDE": "124", "RETREAT": "124",
                "SUPPORT": "120", "COOPERATE": "121", "REQUEST": "124", "AGREE": "120"}

DEMAND_CODES = {"CONSULT": "108", "AID": "103", "SUPPORT": "102", "COOPERATE": "102", "CONCEDE": "104",
                "RETREAT": "106", "AGREE": "102"}

HELP_VERBS = {"help", "assist", "aid"}

APPEAL_CODES = {"CONSULT": "026", "AID": "023", "SUPPORT": "022", "COOPERATE": "021", "CONCEDE": "025",
                "RETREAT": "025", "AGREE": "022"}

REQUEST_MODES = {"AID": "assist", "COOPERATE": "assist", "CONSULT": "meet", "CONCEDE": "yield",
                 "RETREAT": "yield"}


def frame_complement(frame: Any, triggers: dict[int, Trigger]) -> Trigger | None:
    """The nearest content trigger under a frame, through complements and objects."""
    frontier = [frame]
    seen = {frame.i}
    threat = getattr(triggers.get(frame.i), "frame", None) == "@THREATEN"
    asking = getattr(triggers.get(frame.i), "frame", None) == "@REQUEST" and any(
        c.dep_ == "dobj" for c in kids(frame))
    # "pledged 1.8 billion dollars in aid to Russia to back Yeltsin's reforms": what is pledged is the
    # object; the infinitive after it is the pledge's purpose (lead44)
    giving = getattr(triggers.get(frame.i), "frame", None) == "@AGREE" and frame.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") for c in kids(frame))
    for _ in range(4):
        nxt = []
        for tok in frontier:
            for c in kids(tok):
                own = tok.i == frame.i and frame.pos_ == "NOUN"
                framed = own or _frame_noun(tok, triggers) or _offered_by_other(tok, frame)
                if c.dep_ == "acl" and framed and (has_infinitive_to(c) or _that_clause(c)):
                    pass  # a frame noun's infinitive or that-clause: "plans to impose tariffs", "rejected
                    # an appeal to lay down their arms" (codes16), "its demand that Britain hand back"
                elif c.dep_ == "nsubjpass" and tok.i == frame.i and c.i in triggers and \
                        not triggers[c.i].is_frame:
                    return triggers[c.i]  # a passive frame's subject is what it asks: "the resignation
                    # of the premier was demanded by" (probes17b)
                elif c.i in seen or c.dep_ in ("nsubj", "nsubjpass", "punct", "cc", "acl", "relcl", "appos"):
                    continue
                if c.dep_ == "advcl" and tok.i == frame.i and giving:
                    continue
                if c.dep_ == "advcl" and not (tok.i == frame.i and any(
                        g.dep_ == "aux" and g.lower_ == "to" or g.dep_ == "mark" and g.lower_ == "for"
                        and not any(a.dep_ == "auxpass" for a in kids(c)) for g in kids(c))):
                    continue  # only "sworn to fight" (an infinitive misparsed as a purpose clause) or a
                    # for-clause ("pushed for the US (to) back the plan")
                if c.dep_ in ("conj",) and tok.i == frame.i:
                    continue
                if c.dep_ == "prep" and c.lower_ in SETTING_ONLY:
                    continue  # "failed to win concessions during talks with China": the talks are the scene
                if c.dep_ == "prep" and c.lower_ == "over" and tok.i == frame.i and threat:
                    continue  # "warned Greece over its arms buildup": the grievance, not the threatened act
                seen.add(c.i)
                trig = triggers.get(c.i)
                if trig is not None and c.lower_ == "visiting" and c.i == tok.i + 1 and c.dep_ == "xcomp":
                    nxt.append(c)  # "urged visiting Israeli Foreign Minister David Levy to halt ...": the
                    continue  # guest's visit is not what was urged (lead29)
                if trig is not None and not trig.is_frame:
                    return trig
                if trig is not None and trig.frame == "@SPEECH":
                    continue
                if trig is not None and trig.frame == "@REQUEST" and asking and tok.i == frame.i \
                        and any(g.dep_ == "ccomp" for g in kids(c)):
                    return None  # "urged the White House to demand that Iran dismantle ...": the appeal is
                    # the White House's to pass on, not aimed at the that-clause's party (lead33)
                nxt.append(c)
        frontier = nxt
        if not frontier:
            break
    return None


def _that_clause(verb: Any) -> bool:
    """A clause with "that" and a subject of its own: "the demand that Britain hand back Gibraltar"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(verb)) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb))


# the nouns of something put forward by one party to another ("an Israeli offer to withdraw")
OFFER_NOUNS = frozenset({"offer", "proposal", "plan", "initiative", "suggestion"})


def _offered_by_other(noun: Any, frame: Any) -> bool:
    """The frame's object is another party's offer or proposal: "rejected an Israeli offer to withdraw",
    "a NATO proposal to hold talks" (an offer names its own content; the proposer is in its modifier)."""
    return noun.dep_ == "dobj" and noun.head.i == frame.i and lemma(noun) in OFFER_NOUNS and (
        lemma(noun) == "offer" or any(
            m.dep_ in ("amod", "compound", "poss")
            and (m.ent_type_ in ("NORP", "GPE", "ORG") or m.pos_ == "PROPN")
            for m in kids(noun)))


def _frame_noun(tok: Any, triggers: dict[int, Trigger]) -> bool:
    """An appeal, offer or plan noun under the frame ("rejected an appeal to ..."): its infinitive says
    what was asked or offered."""
    trig = triggers.get(tok.i)
    return trig is not None and trig.is_frame and tok.pos_ == "NOUN" and trig.frame != "@SPEECH"


# "due / set / scheduled / expected to meet": an act fixed for later, like will
SCHEDULED = frozenset({"due", "set", "scheduled", "slated", "expected"})


def future_tense(tok: Any, triggers: dict[int, Trigger]) -> bool:
    """Will/would/shall on the trigger or on the verb it complements; or under a @FUTURE frame."""
    if tok.dep_ == "ROOT" and has_infinitive_to(tok):
        return True  # a headline's "Biden to visit Israel": what will happen
    t = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "attr") and lemma(tok.head) in LIGHT_VERBS:
        t = tok.head  # "would resume talks with": the tense is the light verb's
    elif _due_somewhere_for(tok):
        return True
    for _ in range(3):
        if has_aux(t, FUTURE_AUX):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "going" for c in kids(t)):
            return True
        head = t.head
        trig = triggers.get(head.i)
        if trig is not None and trig.frame == "@FUTURE":
            return True
        if t.dep_ == "xcomp" and has_infinitive_to(t) and (lemma(head) == "be" or head.lower_ in SCHEDULED):
            return True  # "Israel and Syria are to resume talks", "the two leaders are due to meet"
        if t.dep_ in ("xcomp", "acomp", "conj") and head.i != t.i:
            t = head
            continue
        break
    return False


def _due_somewhere_for(tok: Any) -> bool:
    """ "is due / expected in Beijing for talks", "will be in Cairo for talks": the talks an announced
    arrival is for are still to come."""
    prep = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and prep.lower_ == "for" and prep.dep_ == "prep" \
        and arrival_announced(prep.head)


# codebook sub-codes for a frame over a specific act: mediation (039 offer, 028 appeal, 105 demand,
# 126 reject) and investigation (101 demand); a refused invitation or offer to meet is 125, a refused
# offer to settle 127 (codes16: "rejected an invitation to the talks")
FRAME_OVER_CODE = {("@AGREE", "045"): "039", ("@FUTURE", "045"): "039", ("appeal", "045"): "028",
                   ("demand", "045"): "105", ("@REJECT", "045"): "126", ("demand", "09"): "101",
                   ("@REJECT", "036"): "125", ("@REJECT", "037"): "127",
                   # mediation accepted (038, probes17a): appealed for, demanded, refused, promised
                   ("appeal", "038"): "028", ("demand", "038"): "105", ("@REJECT", "038"): "126",
                   ("@AGREE", "038"): "038", ("@FUTURE", "038"): "038"}


def frame_reading(frame: Trigger, comp: Trigger | None) -> tuple[str, str | None, str | None]:
    """(type, cameo, mode) of a frame given the content trigger in its complement."""
    etype, code, mode = _frame_reading_by_type(frame, comp)
    if code and frame.tok is not None and _settles_dispute(frame.tok):
        # "agreed to resolve the dispute peacefully" 037, "urged X to settle their differences" 027
        name = frame.frame if frame.frame != "@REQUEST" else \
            ("appeal" if (frame.pattern.cameo or "").startswith("02") else "demand")
        code = SETTLE_CODES.get(name, code)
        etype = {"037": "AGREE", "027": "REQUEST", "127": "REJECT"}.get(code, etype)
    elif comp is not None and code and comp.pattern.cameo:
        name = frame.frame if frame.frame != "@REQUEST" else \
            ("appeal" if (frame.pattern.cameo or "").startswith("02") else "demand")
        ccode = comp.pattern.cameo.split(":")[0]
        code = FRAME_OVER_CODE.get((name, ccode), FRAME_OVER_CODE.get((name, ccode[:2]), code))
    return etype, code, mode


SETTLE_VERBS = {"settle", "resolve"}

DISPUTES = {"dispute", "conflict", "difference", "row", "standoff", "crisis", "quarrel", "feud", "issue"}

SETTLE_CODES = {"@AGREE": "037", "@FUTURE": "037", "appeal": "027", "@REJECT": "127"}


def _settles_dispute(frame_tok: Any) -> bool:
    """The frame's complement is settling a dispute: "to resolve the border dispute", also further down
    ("willing to send an envoy to help settle the dispute")."""
    comps = [c for c in kids(frame_tok) if c.dep_ in ("xcomp", "ccomp")]
    for _ in range(3):
        if any(lemma(c) in SETTLE_VERBS and any(o.dep_ == "dobj" and lemma(o) in DISPUTES for o in kids(c))
               for c in comps):
            return True
        comps = [g for c in comps for g in kids(c)
                 if g.dep_ in ("xcomp", "ccomp", "advcl") and g.pos_ == "VERB"]
    return False


def _frame_reading_by_type(frame: Trigger, comp: Trigger | None) -> tuple[str, str | None, str | None]:
    """(type, cameo, mode) of a frame from the PLOVER type of the content trigger in its complement."""
    ctype = comp.pattern.type if comp is not None else None
    cmode = comp.pattern.mode if comp is not None else None
    name = frame.frame
    if name == "@AGREE" and frame.pattern.lemma == "agree" and comp is not None and ctype == "AID" and \
            frame.tok is not None and \
            comp.tok is not None and comp.tok.dep_ == "dobj" and comp.tok.head.i == frame.tok.i:
        # "agreed a $2 billion loan": it approved the aid ("promised aid to" stays a promise, 033)
        return "AID", comp.pattern.cameo, comp.pattern.mode
    if name in ("@AGREE", "@FUTURE"):
        if ctype is None and frame.tok is not None and _by_force(frame.tok):
            return "THREATEN", "138", "violence"  # "vowed to topple the government by force" (modality24)
        if ctype is None:
            return ("AGREE", frame.pattern.cameo or "030", None) if name == "@AGREE" else ("", None, None)
        if name == "@AGREE" and ctype == "MOBILIZE" and comp is not None and _keepers_let_in(comp.tok):
            # "agreed to the deployment of U.N. peacekeepers": it lets them in, no threat of force (lead45)
            return "RETREAT", "0861", "access"
        return future_reading(comp)  # type: ignore[arg-type]
    if name == "@THREATEN":
        code, mode = THREAT_CODES.get(ctype or "", (frame.pattern.cameo or "130", None))
        code = _threat_code(comp, code)
        if comp is None and code == "130" and frame.tok is not None and (
                _force_means(frame.tok) or _by_force(frame.tok)):
            code, mode = "138", "violence"  # "threatened Guyana with war": the means names the sub-code
        if frame.tok is not None and _uses_force(frame.tok):
            code, mode = "138", "violence"  # "warned that it would use force to end the protests" (probes17b)
        if code == "130" and frame.tok is not None and any(
                unconventional(c) for c in kids(frame.tok) if c.dep_ in ("xcomp", "dobj")):
            code, mode = "1383", "violence"  # "threatened to resume terrorist activities" (codes16b)
        if code == "130" and frame.tok is not None and _leaves_body(frame.tok):
            code = "1313"  # "threatened to quit NATO": leaving a body is breaking relations with it
        return "THREATEN", code, mode
    if name == "@REJECT":
        if frame.pattern.cameo == "120" and ctype is None and frame.tok is not None and any(
                c.dep_ == "dobj" and lemma(c) in CLAIMS and _asks_reform(c) for c in kids(frame.tok)):
            return "REJECT", "123", None  # "rejected demands for democratic reforms" (probes17b)
        if frame.pattern.cameo == "120" and ctype in ("RETREAT", "CONCEDE") and frame.tok is not None and any(
                _offered_by_other(c, frame.tok) for c in kids(frame.tok)):
            # "rejected an Israeli offer to withdraw": the proposer would yield, so what is refused is its
            # plan to settle (127), not a yielding of the rejecter's own (124)
            return "REJECT", "127", None
        return "REJECT", frame.pattern.cameo if frame.pattern.cameo != "120" else \
            REJECT_CODES.get(ctype or "", "120"), REQUEST_MODES.get(ctype or "")
    if name == "@REQUEST":
        appeal = (frame.pattern.cameo or "").startswith("02")
        table = APPEAL_CODES if appeal else DEMAND_CODES
        code = table.get(ctype or "", frame.pattern.cameo or "100")
        if frame.pattern.cameo not in ("020", "100", None) and ctype is None or frame.pattern.cameo == "139":
            code = frame.pattern.cameo  # the frame row's own sub-code: "appealed for air defences" 023;
            # an ultimatum or deadline is 139 whatever it asks
        asks_help = frame.tok is not None and any(c.dep_ in ("xcomp", "ccomp") and lemma(c) in HELP_VERBS
                                                  for c in kids(frame.tok))
        if appeal and ctype is None and asks_help:
            code = "023"  # "urged Bree to help win a role": an appeal for aid, whatever the help is for
        ccode = comp.pattern.cameo if comp is not None else None
        if ctype == "RETREAT" and cmode == "ceasefire":
            code = "0256" if appeal else "107"  # appeal for de-escalation / demand a ceasefire
        elif ccode == "083" or ctype is None and frame.tok is not None and _asks_reform(frame.tok):
            code = "024" if appeal else "104"  # a resignation, free elections: political change
            code += reform_aim(frame.tok, comp.tok if comp is not None else None) or ""  # 0241 (codes16b)
        return "REQUEST", code, REQUEST_MODES.get(ctype or "", "change" if ctype else None)
    return "", None, None


# what an appeal or demand for political reform asks for (024, 104; codes16): "urged Zimbabwe to hold
# free elections", "called for democratic reforms"
REFORM_NOUNS = {"election", "reform", "referendum", "democracy", "democratization", "democratisation",
                "constitution", "freedom", "liberalization", "liberalisation"}


# claim nouns whose for-object says what a rejection turns down
CLAIMS = {"demand", "call", "appeal", "plea", "request", "proposal", "petition"}


def _asks_reform(tok: Any) -> bool:
    """The appeal's infinitive object or its for-object is a reform noun."""
    heads = [c for c in kids(tok) if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    heads += [p for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "for"]
    return any(o.dep_ in ("dobj", "pobj") and lemma(o) in REFORM_NOUNS for h in heads for o in kids(h))


def future_reading(comp: Trigger) -> tuple[str, str | None, str | None]:
    """A promised cooperative act is AGREE; a promised conflictual act is a THREAT."""
    ctype = comp.pattern.type
    if ctype in COOPERATIVE:
        return "AGREE", AGREE_CODES.get(ctype, "030"), None
    if ctype in MATERIAL_CONFLICT:
        code, mode = THREAT_CODES[ctype]
        code = _threat_code(comp, code)
        return "THREATEN", code, comp.pattern.mode if ctype == "COERCE" and comp.pattern.mode else mode
    return ctype, comp.pattern.cameo, comp.pattern.mode


_KEEPERS = ("peacekeep", "peace-keep", "blue-helmet")


def _keepers_let_in(tok: Any) -> bool:
    """An act noun whose of-phrase names peacekeepers ("the deployment of U.N. peacekeepers", "of a
    peacekeeping force"): agreeing to it receives them."""
    if tok is None or tok.pos_ != "NOUN":
        return False
    named = [g for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "of"
             for g in kids(p) if g.dep_ == "pobj"]
    return any(g.lower_.startswith(_KEEPERS) or any(
        m.dep_ in ("amod", "compound") and m.lower_.startswith(_KEEPERS) for m in kids(g)) for g in named)


def _uses_force(tok: Any) -> bool:
    """The threat's clause says force will be used, whatever for: "warned that it would use force to
    clear the square" (probes17b)."""
    return any(c.dep_ in ("ccomp", "xcomp") and lemma(c) in ("use", "employ") and any(
        o.dep_ == "dobj" and lemma(o) in FORCE_ALONE for o in kids(c)) for c in kids(tok))


def _by_force(tok: Any) -> bool:
    """The frame's infinitive is to be done by force: "vowed to take the city by force", "threatened to
    reunify the island by military means" (modality24)."""
    for c in kids(tok):
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        for prep in kids(c):
            if prep.dep_ != "prep" or prep.lower_ != "by":
                continue
            for noun in kids(prep):
                if noun.dep_ != "pobj":
                    continue
                if lemma(noun) in FORCE_ALONE or lemma(noun) in ("means", "mean", "action") and any(
                        lemma(m) in FORCE_MODIFIERS for m in noun.lefts):
                    return True
    return False


def _force_means(tok: Any) -> bool:
    """The threat's own with/of phrase names military force: "with war", "of military action"."""
    for prep in kids(tok):
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "of"):
            continue
        for noun in kids(prep):
            if noun.dep_ != "pobj" or lemma(noun) not in FORCE_MEANS:
                continue
            if lemma(noun) in FORCE_ALONE or any(lemma(m) in FORCE_MODIFIERS for m in noun.lefts):
                return True
    return False


# The codebook's 1313 is a threat to reduce or break relations; leaving a body one belongs to is that
# (tenth session, roles11): "threatened to quit NATO", "to pull out of the alliance".
LEAVE_VERBS = {"leave", "quit", "exit"}
WITHDRAW_VERBS = {"withdraw", "pull"}
BODY_NOUNS = {"alliance", "union", "bloc", "organization", "organisation", "coalition", "league",
              "commonwealth", "federation", "community", "group", "grouping", "cartel", "council"}


def _a_body(noun: Any) -> bool:
    """A named body ("NATO", "the African Union"), an acronym the small model tags no place ("ECOWAS")
    or a noun that names one ("the alliance"); never a place ("threatened to leave Gaza")."""
    acronym = len(noun.text) >= 3 and noun.text.isupper() and noun.ent_type_ not in ("GPE", "LOC", "NORP")
    return (noun.pos_ == "PROPN" and noun.ent_type_ == "ORG") or acronym or lemma(noun) in BODY_NOUNS


def _leaves_body(tok: Any) -> bool:
    """The threat's complement is leaving a body: "to leave the EU", "to withdraw from the AU", "to pull
    out of NATO"."""
    for comp in kids(tok):
        if comp.dep_ not in ("xcomp", "ccomp") or comp.pos_ != "VERB":
            continue
        if lemma(comp) in LEAVE_VERBS and any(o.dep_ == "dobj" and _a_body(o) for o in kids(comp)):
            return True
        if lemma(comp) in WITHDRAW_VERBS:
            preps = [p for p in kids(comp) if p.dep_ == "prep" and p.lower_ in ("from", "of", "out")]
            preps += [g for p in preps if p.lower_ == "out" for g in kids(p) if g.dep_ == "prep"]
            if any(o.dep_ == "pobj" and _a_body(o) for p in preps for o in kids(p)):
                return True
    return False


def _threat_code(comp: Trigger | None, default: str) -> str:
    """"threatened to impose a curfew" 1323, "to impose sanctions" 1312, "to raise tariffs" 131 (a trade
    measure), else the type's 13x code."""
    cameo = comp.pattern.cameo if comp is not None else None
    if comp is not None and comp.tok is not None and comp.pattern.type in ("SANCTION", "PROTEST") and any(
            c.dep_ == "dobj" and lemma(c) in TRADE_MEASURES for c in kids(comp.tok)):
        return "131"  # "threatened to raise tariffs / revoke the licences of / block Japanese firms"
    if comp is not None and comp.tok is not None and comp.pattern.pos == "noun" and \
            lemma(comp.tok) in UNSPECIFIED_HARMS and not any(lemma(m) in ("military", "armed")
                                                              for m in comp.tok.lefts):
        return "130"  # "warned of retaliation" names no kind of harm: the plain threat
    if default == "138" and comp is not None and comp.tok is not None and (
            (cameo or "").startswith("18") or unconventional(comp.tok)):
        return "1383"  # "threatened suicide bombings / terrorist attacks": root 18's unconventional violence
    for key in (cameo, (cameo or "")[:3]):
        if key and key in THREAT_BY_CODE:
            return THREAT_BY_CODE[key]
    return default


# verbs of demanding that as often assert a fact: "insisted that the vote was fair" (codes12)
ASSERTING_DEMANDS = frozenset({"insist"})
DEONTIC_AUX = frozenset({"must", "should", "shall"})


def asserts_not_demands(tok: Any) -> bool:
    """`tok` ("insisted") asserts a fact rather than demanding an act: a demand is insisted on
    ("insisted on talks") or said with a deontic or subjunctive clause ("insisted that Japan (should)
    withdraw", "insisted that Iran be included"); "insisted that the election had been fair", "insisted
    the economy will recover" and a bare "X insisted" demand nothing (CAMEO 10 needs something asked)."""
    if lemma(tok) not in ASSERTING_DEMANDS or particles(tok) & {"on", "upon"}:
        return False
    for clause in (c for c in kids(tok) if c.dep_ in ("ccomp", "xcomp")):
        aux = [a for a in kids(clause) if a.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in DEONTIC_AUX for a in aux) or any(a.lower_ == "to" for a in aux):
            return False
        finite = [a for a in aux if a.tag_ in ("VBD", "VBZ", "VBP", "MD")]
        if clause.tag_ == "VB" and not finite or any(a.lower_ == "be" for a in aux) and not finite:
            return False  # the subjunctive: "that Japan withdraw", "that Iran be included"
    return True
