"""CAMEO and PLOVER reference tables: names, Goldstein scores, the PLOVER<->CAMEO mapping, PLOVER scores.

Sources (see shared/data/events/ONTOLOGY.md): the CAMEO 1.1b3 codebook for names, the
`CAMEO.goldsteinscale.txt` lookup GDELT distributes for Goldstein scores (3-digit codes and roots; a
4-digit code scores as its 3-digit parent), the PLOVER 2.0 manual for the CAMEO->PLOVER root mapping
and the per-category PLOVER conflict-cooperation scores.

CAMEO codes are strings everywhere ("042"), never ints: pandas/ICEWS users lose the leading zero.
"""

from __future__ import annotations

# Root code -> (name, Goldstein score of the root code).
ROOTS: dict[str, tuple[str, float]] = {
    "01": ("MAKE PUBLIC STATEMENT", 0.0),
    "02": ("APPEAL", 3.0),
    "03": ("EXPRESS INTENT TO COOPERATE", 4.0),
    "04": ("CONSULT", 1.0),
    "05": ("ENGAGE IN DIPLOMATIC COOPERATION", 3.5),
    "06": ("ENGAGE IN MATERIAL COOPERATION", 6.0),
    "07": ("PROVIDE AID", 7.0),
    "08": ("YIELD", 5.0),
    "09": ("INVESTIGATE", -2.0),
    "10": ("DEMAND", -5.0),
    "11": ("DISAPPROVE", -2.0),
    "12": ("REJECT", -4.0),
    "13": ("THREATEN", -6.0),
    "14": ("PROTEST", -6.5),
    "15": ("EXHIBIT FORCE POSTURE", -7.2),
    "16": ("REDUCE RELATIONS", -4.0),
    "17": ("COERCE", -7.0),
    "18": ("ASSAULT", -9.0),
    "19": ("FIGHT", -10.0),
    "20": ("USE UNCONVENTIONAL MASS VIOLENCE", -10.0),
}

# 3-digit code -> (name, Goldstein). The "0" third digit is "not specified below".
CODES: dict[str, tuple[str, float]] = {
    "010": ("Make statement", 0.0), "011": ("Decline comment", -0.1),
    "012": ("Make pessimistic comment", -0.4), "013": ("Make optimistic comment", 0.4),
    "014": ("Consider policy option", 0.0), "015": ("Acknowledge or claim responsibility", 0.0),
    "016": ("Deny responsibility", 0.0), "017": ("Engage in symbolic act", 0.0),
    "018": ("Make empathetic comment", 3.4), "019": ("Express accord", 3.4),
    "020": ("Make an appeal or request", 3.0), "021": ("Appeal for material cooperation", 3.4),
    "022": ("Appeal for diplomatic cooperation", 3.4), "023": ("Appeal for aid", 3.4),
    "024": ("Appeal for political reform", -0.3), "025": ("Appeal to yield", -0.3),
    "026": ("Appeal to others to meet or negotiate", 4.0), "027": ("Appeal to others to settle dispute", 4.0),
    "028": ("Appeal to engage in or accept mediation", 4.0),
    "030": ("Express intent to cooperate", 4.0),
    "031": ("Express intent to engage in material cooperation", 5.2),
    "032": ("Express intent to provide diplomatic cooperation", 4.5),
    "033": ("Express intent to provide material aid", 5.2),
    "034": ("Express intent to institute political reform", 7.0), "035": ("Express intent to yield", 7.0),
    "036": ("Express intent to meet or negotiate", 4.0), "037": ("Express intent to settle dispute", 5.0),
    "038": ("Express intent to accept mediation", 7.0), "039": ("Express intent to mediate", 5.0),
    "040": ("Consult", 1.0), "041": ("Discuss by telephone", 1.0), "042": ("Make a visit", 1.9),
    "043": ("Host a visit", 2.8), "044": ("Meet at a third location", 2.5), "045": ("Mediate", 5.0),
    "046": ("Engage in negotiation", 7.0),
    "050": ("Engage in diplomatic cooperation", 3.5), "051": ("Praise or endorse", 3.4),
    "052": ("Defend verbally", 3.5), "053": ("Rally support on behalf of", 3.8),
    "054": ("Grant diplomatic recognition", 6.0), "055": ("Apologize", 7.0), "056": ("Forgive", 7.0),
    "057": ("Sign formal agreement", 8.0),
    "060": ("Engage in material cooperation", 6.0), "061": ("Cooperate economically", 6.4),
    "062": ("Cooperate militarily", 7.4), "063": ("Engage in judicial cooperation", 7.4),
    "064": ("Share intelligence or information", 7.0),
    "070": ("Provide aid", 7.0), "071": ("Provide economic aid", 7.4), "072": ("Provide military aid", 8.3),
    "073": ("Provide humanitarian aid", 7.4), "074": ("Provide military protection or peacekeeping", 8.5),
    "075": ("Grant asylum", 7.0),
    "080": ("Yield", 5.0), "081": ("Ease administrative sanctions", 5.0),
    "082": ("Ease political dissent", 5.0),
    "083": ("Accede to requests or demands for political reform", 5.0),
    "084": ("Return, release", 7.0), "085": ("Ease economic sanctions, boycott, embargo", 7.0),
    "086": ("Allow international involvement", 9.0), "087": ("De-escalate military engagement", 9.0),
    "090": ("Investigate", -2.0), "091": ("Investigate crime, corruption", -2.0),
    "092": ("Investigate human rights abuses", -2.0), "093": ("Investigate military action", -2.0),
    "094": ("Investigate war crimes", -2.0),
    "100": ("Demand", -5.0), "101": ("Demand information, investigation", -5.0),
    "102": ("Demand policy support", -5.0), "103": ("Demand aid, protection, or peacekeeping", -5.0),
    "104": ("Demand political reform", -5.0), "105": ("Demand mediation", -5.0),
    "106": ("Demand withdrawal", -5.0), "107": ("Demand ceasefire", -5.0),
    "108": ("Demand meeting, negotiation", -5.0),
    "110": ("Disapprove", -2.0), "111": ("Criticize or denounce", -2.0), "112": ("Accuse", -2.0),
    "113": ("Rally opposition against", -2.0), "114": ("Complain officially", -2.0),
    "115": ("Bring lawsuit against", -2.0), "116": ("Find guilty or liable (legally)", -2.0),
    "120": ("Reject", -4.0), "121": ("Reject material cooperation", -4.0),
    "122": ("Reject request or demand for material aid", -4.0),
    "123": ("Reject request or demand for political reform", -4.0),
    "124": ("Refuse to yield", -4.0), "125": ("Reject proposal to meet, discuss, or negotiate", -5.0),
    "126": ("Reject mediation", -5.0), "127": ("Reject plan, agreement to settle dispute", -5.0),
    "128": ("Defy norms, law", -5.0), "129": ("Veto", -5.0),
    "130": ("Threaten", -4.4), "131": ("Threaten non-force", -5.8),
    "132": ("Threaten with administrative sanctions", -5.8), "133": ("Threaten political dissent", -5.8),
    "134": ("Threaten to halt negotiations", -5.8), "135": ("Threaten to halt mediation", -5.8),
    "136": ("Threaten to halt international involvement", -7.0),
    "137": ("Threaten with repression", -7.0), "138": ("Threaten to use military force", -7.0),
    "139": ("Give ultimatum", -7.0),
    "140": ("Engage in political dissent", -6.5), "141": ("Demonstrate or rally", -6.5),
    "142": ("Conduct hunger strike", -6.5), "143": ("Conduct strike or boycott", -6.5),
    "144": ("Obstruct passage, block", -7.5), "145": ("Protest violently, riot", -7.5),
    "150": ("Demonstrate military or police power", -7.2), "151": ("Increase police alert status", -7.2),
    "152": ("Increase military alert status", -7.2), "153": ("Mobilize or increase police power", -7.2),
    "154": ("Mobilize or increase armed forces", -7.2),
    "160": ("Reduce relations", -4.0), "161": ("Reduce or break diplomatic relations", -4.0),
    "162": ("Reduce or stop material aid", -5.6), "163": ("Impose embargo, boycott, or sanctions", -8.0),
    "164": ("Halt negotiations", -6.5), "165": ("Halt mediation", -7.0),
    "166": ("Expel or withdraw", -7.0),
    "170": ("Coerce", -7.0), "171": ("Seize or damage property", -9.2),
    "172": ("Impose administrative sanctions", -5.0),
    "173": ("Arrest, detain, or charge with legal action", -5.0),
    "174": ("Expel or deport individuals", -5.0), "175": ("Use tactics of violent repression", -9.0),
    "176": ("Attack cybernetically", -7.0),
    "180": ("Use unconventional violence", -9.0), "181": ("Abduct, hijack, or take hostage", -9.0),
    "182": ("Physically assault", -9.5),
    "183": ("Conduct suicide, car, or other non-military bombing", -10.0),
    "184": ("Use as human shield", -8.0), "185": ("Attempt to assassinate", -8.0),
    "186": ("Assassinate", -10.0),
    "190": ("Use conventional military force", -10.0), "191": ("Impose blockade, restrict movement", -9.5),
    "192": ("Occupy territory", -9.5), "193": ("Fight with small arms and light weapons", -10.0),
    "194": ("Fight with artillery and tanks", -10.0), "195": ("Employ aerial weapons", -10.0),
    "196": ("Violate ceasefire", -9.5),
    "200": ("Use unconventional mass violence", -10.0), "201": ("Engage in mass expulsion", -9.5),
    "202": ("Engage in mass killings", -10.0), "203": ("Engage in ethnic cleansing", -10.0),
    "204": ("Use weapons of mass destruction", -10.0),
}

# 4-digit codes the coder emits, with their Goldstein score (the parent's, except 0874); codes not
# listed score and are named as their 3-digit parent.
FOUR_DIGIT: dict[str, tuple[str, float]] = {
    "0874": ("Retreat or surrender militarily", 10.0),
    "0256": ("Appeal for de-escalation of military engagement", -0.3),
    "0811": ("Ease restrictions on political freedoms", 5.0),
    "0812": ("Ease ban on political parties or politicians", 5.0),
    "0813": ("Ease curfew", 5.0), "0814": ("Ease state of emergency or martial law", 5.0),
    "0841": ("Return, release person(s)", 7.0), "0842": ("Return, release property", 7.0),
    "0861": ("Receive deployment of peacekeepers", 9.0), "0862": ("Receive inspectors", 9.0),
    "0863": ("Allow humanitarian access", 9.0),
    "0871": ("Declare truce, ceasefire", 9.0),
    "0872": ("Ease military blockade", 9.0), "0873": ("Demobilize armed forces", 9.0),  # probes17a
    "1723": ("Impose curfew", -5.0), "1724": ("Impose state of emergency or martial law", -5.0),
    "1311": ("Threaten to reduce or stop aid", -5.8),
    "1312": ("Threaten with sanctions, boycott, embargo", -5.8),
    "1313": ("Threaten to reduce or break relations", -5.8), "1323": ("Threaten to impose curfew", -5.8),
    "1324": ("Threaten to impose state of emergency or martial law", -5.8),
    "1381": ("Threaten blockade", -7.0), "1382": ("Threaten occupation", -7.0),
    "1383": ("Threaten unconventional attack", -7.0),
    "1121": ("Accuse of crime, corruption", -2.0), "1122": ("Accuse of human rights abuses", -2.0),
    "1123": ("Accuse of aggression", -2.0), "1124": ("Accuse of war crimes", -2.0),
    "1125": ("Accuse of espionage, treason", -2.0),
    "0831": ("Accede to demands for change in leadership", 5.0),
    "0832": ("Accede to demands for policy change", 5.0),
    "0833": ("Accede to demands for rights", 5.0),
    "0834": ("Accede to demands for change in institutions, regime", 5.0),
    "1831": ("Carry out suicide bombing", -10.0), "1832": ("Carry out car bombing", -10.0),
    "1833": ("Carry out roadside bombing", -10.0),
    # protests and appeals or demands for political reform by their aim (events/protest_aims.py, codes16b)
    "1411": ("Demonstrate for leadership change", -6.5), "1412": ("Demonstrate for policy change", -6.5),
    "1413": ("Demonstrate for rights", -6.5),
    "1414": ("Demonstrate for change in institutions, regime", -6.5),
    "1421": ("Conduct hunger strike for leadership change", -6.5),
    "1422": ("Conduct hunger strike for policy change", -6.5),
    "1423": ("Conduct hunger strike for rights", -6.5),
    "1424": ("Conduct hunger strike for change in institutions, regime", -6.5),
    "1431": ("Conduct strike or boycott for leadership change", -6.5),
    "1432": ("Conduct strike or boycott for policy change", -6.5),
    "1433": ("Conduct strike or boycott for rights", -6.5),
    "1434": ("Conduct strike or boycott for change in institutions, regime", -6.5),
    "1441": ("Obstruct passage to demand leadership change", -7.5),
    "1442": ("Obstruct passage to demand policy change", -7.5),
    "1443": ("Obstruct passage to demand rights", -7.5),
    "1444": ("Obstruct passage to demand change in institutions, regime", -7.5),
    "1451": ("Engage in violent protest for leadership change", -7.5),
    "1452": ("Engage in violent protest for policy change", -7.5),
    "1453": ("Engage in violent protest for rights", -7.5),
    "1454": ("Engage in violent protest for change in institutions, regime", -7.5),
    "0241": ("Appeal for leadership change", -0.3), "0242": ("Appeal for policy change", -0.3),
    "0243": ("Appeal for rights", -0.3), "0244": ("Appeal for change in institutions, regime", -0.3),
    "1041": ("Demand leadership change", -5.0), "1042": ("Demand policy change", -5.0),
    "1043": ("Demand rights", -5.0), "1044": ("Demand change in institutions, regime", -5.0),
    # the parallel items of intents, appeals and refusals (events/sub_codes.py, codes16)
    "0311": ("Express intent to cooperate economically", 5.2),
    "0312": ("Express intent to cooperate militarily", 5.2),
    "0313": ("Express intent to cooperate on judicial matters", 5.2),
    "0314": ("Express intent to cooperate on intelligence", 5.2),
    "0331": ("Express intent to provide economic aid", 5.2),
    "0332": ("Express intent to provide military aid", 5.2),
    "0333": ("Express intent to provide humanitarian aid", 5.2),
    "0334": ("Express intent to provide military protection or peacekeeping", 5.2),
    "0351": ("Express intent to ease administrative sanctions", 7.0),
    "0352": ("Express intent to ease popular dissent", 7.0),
    "0353": ("Express intent to release persons or property", 7.0),
    "0354": ("Express intent to ease economic sanctions, boycott, or embargo", 7.0),
    "0355": ("Express intent to allow international involvement", 7.0),
    "0356": ("Express intent to de-escalate military engagement", 7.0),
    "0211": ("Appeal for economic cooperation", 3.4), "0212": ("Appeal for military cooperation", 3.4),
    "0213": ("Appeal for judicial cooperation", 3.4), "0214": ("Appeal for intelligence", 3.4),
    "0231": ("Appeal for economic aid", 3.4), "0232": ("Appeal for military aid", 3.4),
    "0233": ("Appeal for humanitarian aid", 3.4),
    "0234": ("Appeal for military protection or peacekeeping", 3.4),
    "0251": ("Appeal for easing of administrative sanctions", -0.3),
    "0252": ("Appeal for easing of popular dissent", -0.3),
    "0253": ("Appeal for release of persons or property", -0.3),
    "0254": ("Appeal for easing of economic sanctions, boycott, or embargo", -0.3),
    "0255": ("Appeal for target to allow international involvement", -0.3),
    "1011": ("Demand economic cooperation", -5.0), "1012": ("Demand military cooperation", -5.0),
    "1013": ("Demand judicial cooperation", -5.0), "1014": ("Demand intelligence cooperation", -5.0),
    "1031": ("Demand economic aid", -5.0), "1032": ("Demand military aid", -5.0),
    "1033": ("Demand humanitarian aid", -5.0), "1034": ("Demand military protection or peacekeeping", -5.0),
    "1211": ("Reject economic cooperation", -4.0), "1212": ("Reject military cooperation", -4.0),
    "1221": ("Reject request for economic aid", -4.0), "1222": ("Reject request for military aid", -4.0),
    "1223": ("Reject request for humanitarian aid", -4.0),
    "1224": ("Reject request for military protection or peacekeeping", -4.0),
    "1241": ("Refuse to ease administrative sanctions", -4.0),
    "1242": ("Refuse to ease popular dissent", -4.0),
    "1243": ("Refuse to release persons or property", -4.0),
    "1244": ("Refuse to ease economic sanctions, boycott, or embargo", -4.0),
    "1245": ("Refuse to allow international involvement", -4.0),
    "1246": ("Refuse to de-escalate military engagement", -4.0),
    # items of acts the lexicon names by their object (codes16)
    "1621": ("Reduce or stop economic assistance", -5.6),
    "1622": ("Reduce or stop military assistance", -5.6),
    "1623": ("Reduce or stop humanitarian assistance", -5.6),
    "1661": ("Expel or withdraw peacekeepers", -7.0),
    "1662": ("Expel or withdraw inspectors, observers", -7.0),
    "1711": ("Confiscate property", -9.2),
    "1712": ("Destroy property", -9.2), "1721": ("Impose restrictions on political freedoms", -5.0),
    "1722": ("Ban political parties or politicians", -5.0),
    "1321": ("Threaten to impose restrictions on political freedoms", -5.8),
    "1322": ("Threaten to ban political parties or politicians", -5.8),
    "1822": ("Torture", -9.5), "1823": ("Kill by physical assault", -10.0),
}

# CAMEO root -> PLOVER type (PLOVER 2.0 manual). Root 08 splits by sub-code; see plover_type().
ROOT_TO_PLOVER: dict[str, str | None] = {
    "01": None, "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}

# PLOVER type -> the CAMEO root a PLOVER-only event falls back to (the most typical root).
PLOVER_TO_ROOT: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "CONCEDE": "08", "COOPERATE": "06", "AID": "07",
    "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "SANCTION": "16", "MOBILIZE": "15", "COERCE": "17", "ASSAULT": "18",
}

# PLOVER 2.0 base conflict-cooperation score per category. ACCUSE is printed "3" in the manual; its
# modes score -2 to -3.5, so the sign is a typo and -3 is used.
PLOVER_SCORES: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5, "PROTEST": -5.0,
    "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}
# The per-mode scores of the manual's table that differ from the category score.
PLOVER_MODE_SCORES: dict[tuple[str, str], float] = {
    ("CONSULT", "visit"): 4.0, ("RETREAT", "disarm"): 10.0, ("ASSAULT", "unconventional"): -10.0,
}

PLOVER_TYPES: tuple[str, ...] = tuple(PLOVER_SCORES)

# QuadClass by root (GDELT convention; see ONTOLOGY.md section 1).
QUAD_CLASS: dict[str, int] = {r: (1 if r <= "05" else 2 if r <= "09" else 3 if r <= "14" else 4)
                              for r in ROOTS}


def normalize(code: str | int | None) -> str | None:
    """A CAMEO code as a string with its leading zero restored (42 -> "042", 4 -> "04")."""
    if code is None or code == "":
        return None
    text = str(code).strip()
    if not text.isdigit():
        return None
    if len(text) == 1 or (len(text) == 2 and text > "20"):
        text = text.zfill(len(text) + 1)
    elif len(text) == 3 and text[:2] > "20":
        text = "0" + text
    return text


def root(code: str) -> str:
    return code[:2]


def goldstein(code: str | None) -> float | None:
    """Goldstein score of a CAMEO code; a 4-digit code scores as its parent, unknown codes as the root."""
    code = normalize(code)
    if code is None:
        return None
    if code in FOUR_DIGIT:
        return FOUR_DIGIT[code][1]
    if len(code) >= 3 and code[:3] in CODES:
        return CODES[code[:3]][1]
    return ROOTS[code[:2]][1] if code[:2] in ROOTS else None


def cameo_name(code: str | None) -> str | None:
    code = normalize(code)
    if code is None:
        return None
    if code in FOUR_DIGIT:
        return FOUR_DIGIT[code][0]
    if code[:3] in CODES and len(code) >= 3:
        return CODES[code[:3]][0]
    return ROOTS[code[:2]][0] if code[:2] in ROOTS else None


def plover_type(code: str | None) -> str | None:
    """PLOVER category of a CAMEO code (root-level mapping, 081-083 CONCEDE vs 084-087 RETREAT)."""
    code = normalize(code)
    if code is None:
        return None
    if code[:2] == "08" and len(code) >= 3 and code[2] in "4567":
        return "RETREAT"
    return ROOT_TO_PLOVER.get(code[:2])


def plover_score(ptype: str | None, mode: str | None = None) -> float | None:
    if ptype is None:
        return None
    if mode and (ptype, mode) in PLOVER_MODE_SCORES:
        return PLOVER_MODE_SCORES[(ptype, mode)]
    return PLOVER_SCORES.get(ptype)


def quad_class(code: str | None) -> int | None:
    code = normalize(code)
    return None if code is None else QUAD_CLASS.get(code[:2])
