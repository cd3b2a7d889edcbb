"""International organisations -> CAMEO IGO/NGO codes.

Codes follow the CAMEO actor codebook conventions (IGO + region + function + body: IGOUNO for the
United Nations and its organs, IGOWSTNAT for NATO, IGOEUREEC for the European Union ...). Keys are
lower-case surface forms as news copy writes them, matched after `countries.norm` (no leading "the").
Longer keys win, so "U.N. Security Council" is the council, not "U.N." plus a leftover.
"""

from __future__ import annotations

# (code, display name)
_UN = ("IGOUNO", "the United Nations")

IGOS: dict[str, tuple[str, str]] = {
    # The United Nations and its organs: one CAMEO root, IGOUNO.
    "united nations": _UN, "u.n.": _UN, "un": _UN, "uno": _UN,
    "u.n. security council": ("IGOUNO", "the UN Security Council"),
    "un security council": ("IGOUNO", "the UN Security Council"),
    "united nations security council": ("IGOUNO", "the UN Security Council"),
    "security council": ("IGOUNO", "the UN Security Council"),
    "unsc": ("IGOUNO", "the UN Security Council"),
    "u.n. general assembly": ("IGOUNO", "the UN General Assembly"),
    "un general assembly": ("IGOUNO", "the UN General Assembly"),
    "united nations general assembly": ("IGOUNO", "the UN General Assembly"),
    "general assembly": ("IGOUNO", "the UN General Assembly"),
    "u.n. secretary-general": ("IGOUNO", "the UN Secretary-General"),
    "un secretary-general": ("IGOUNO", "the UN Secretary-General"),
    "u.n. human rights council": ("IGOUNO", "the UN Human Rights Council"),
    "un human rights council": ("IGOUNO", "the UN Human Rights Council"),
    "human rights council": ("IGOUNO", "the UN Human Rights Council"),
    "u.n. command": ("IGOUNO", "the UN Command"),
    "un command": ("IGOUNO", "the UN Command"),
    "united nations command": ("IGOUNO", "the UN Command"),
    "unicef": ("IGOUNOKID", "UNICEF"),
    "unhcr": ("IGOUNOREFHCR", "the UN refugee agency"),
    "u.n. refugee agency": ("IGOUNOREFHCR", "the UN refugee agency"),
    "un refugee agency": ("IGOUNOREFHCR", "the UN refugee agency"),
    "united nations high commissioner for refugees": ("IGOUNOREFHCR", "the UN refugee agency"),
    "world food programme": ("IGOUNOWFP", "the World Food Programme"),
    "world food program": ("IGOUNOWFP", "the World Food Programme"),
    "wfp": ("IGOUNOWFP", "the World Food Programme"),
    "food and agriculture organization": ("IGOUNOAGRFAO", "the FAO"),
    "fao": ("IGOUNOAGRFAO", "the FAO"),
    "world health organization": ("IGOUNOHLHWHO", "the WHO"),
    "who": ("IGOUNOHLHWHO", "the WHO"),  # only ever matched case-sensitively, see CASED
    "international atomic energy agency": ("IGOUNOIAE", "the IAEA"),
    "iaea": ("IGOUNOIAE", "the IAEA"),
    "international court of justice": ("IGOUNOJUDICJ", "the International Court of Justice"),
    "icj": ("IGOUNOJUDICJ", "the International Court of Justice"),
    "international labour organization": ("IGOUNOLABILO", "the ILO"),
    "international labor organization": ("IGOUNOLABILO", "the ILO"),
    "ilo": ("IGOUNOLABILO", "the ILO"),
    "world bank": ("IGOUNODEVWBK", "the World Bank"),
    "u.n. war crimes tribunal": ("IGOUNOJUDWCT", "the UN war crimes tribunal"),
    "un war crimes tribunal": ("IGOUNOJUDWCT", "the UN war crimes tribunal"),
    "u.n. war crimes court": ("IGOUNOJUDWCT", "the UN war crimes tribunal"),
    "international criminal tribunal": ("IGOUNOJUDWCT", "the UN war crimes tribunal"),
    # Economic and financial bodies.
    "international monetary fund": ("IGOBUSIMF", "the IMF"),
    "imf": ("IGOBUSIMF", "the IMF"),
    "world trade organization": ("IGOBUSWTO", "the WTO"),
    "wto": ("IGOBUSWTO", "the WTO"),
    "opec": ("IGOBUSOPC", "OPEC"),
    "organization of petroleum exporting countries": ("IGOBUSOPC", "OPEC"),
    "organization of the petroleum exporting countries": ("IGOBUSOPC", "OPEC"),
    "bank for international settlements": ("IGOBUSBIS", "the BIS"),
    "paris club": ("IGOBUSPRC", "the Paris Club"),
    "g7": ("IGOBUSGOS", "the Group of Seven"), "g-7": ("IGOBUSGOS", "the Group of Seven"),
    "group of seven": ("IGOBUSGOS", "the Group of Seven"),
    "g8": ("IGOBUSGOE", "the Group of Eight"), "g-8": ("IGOBUSGOE", "the Group of Eight"),
    "group of eight": ("IGOBUSGOE", "the Group of Eight"),
    "g20": ("IGOBUS", "the Group of Twenty"), "g-20": ("IGOBUS", "the Group of Twenty"),
    "asian development bank": ("IGOSEADEVADB", "the Asian Development Bank"),
    "african development bank": ("IGOAFRDEVAFB", "the African Development Bank"),
    "european bank for reconstruction and development": ("IGOEURDEVEBR", "the EBRD"),
    "ebrd": ("IGOEURDEVEBR", "the EBRD"),
    "asia-pacific economic cooperation": ("IGOSEA", "APEC"),
    "apec": ("IGOSEA", "APEC"),
    # Regional and security organisations.
    "nato": ("IGOWSTNAT", "NATO"),
    "north atlantic treaty organization": ("IGOWSTNAT", "NATO"),
    "european union": ("IGOEUREEC", "the European Union"),
    "eu": ("IGOEUREEC", "the European Union"),
    "e.u.": ("IGOEUREEC", "the European Union"),
    "european community": ("IGOEUREEC", "the European Community"),
    "european commission": ("IGOEUREEC", "the European Commission"),
    "european parliament": ("IGOEUREEC", "the European Parliament"),
    "european council": ("IGOEUREEC", "the European Council"),
    "council of europe": ("IGOEURCOE", "the Council of Europe"),
    "osce": ("IGOEURSCE", "the OSCE"),
    "organization for security and cooperation in europe": ("IGOEURSCE", "the OSCE"),
    "organization for security and co-operation in europe": ("IGOEURSCE", "the OSCE"),
    "asean": ("IGOSEAASN", "ASEAN"),
    "association of southeast asian nations": ("IGOSEAASN", "ASEAN"),
    "african union": ("IGOAFRAFU", "the African Union"),
    "au": ("IGOAFRAFU", "the African Union"),
    "organization of african unity": ("IGOAFROAU", "the OAU"),
    "oau": ("IGOAFROAU", "the OAU"),
    "ecowas": ("IGOWAFWAS", "ECOWAS"),
    "economic community of west african states": ("IGOWAFWAS", "ECOWAS"),
    "arab league": ("IGOMEAARL", "the Arab League"),
    "league of arab states": ("IGOMEAARL", "the Arab League"),
    "gulf cooperation council": ("IGOPGSGCC", "the GCC"),
    "gcc": ("IGOPGSGCC", "the GCC"),
    "organization of american states": ("IGOOAS", "the OAS"),
    "oas": ("IGOOAS", "the OAS"),
    "organization of islamic cooperation": ("IGOMOSOIC", "the OIC"),
    "organization of the islamic conference": ("IGOMOSOIC", "the OIC"),
    "oic": ("IGOMOSOIC", "the OIC"),
    "commonwealth of independent states": ("IGOCASCIS", "the CIS"),
    "shanghai cooperation organization": ("IGOCAS", "the SCO"),
    "international criminal court": ("IGOJUDICC", "the International Criminal Court"),
    "icc": ("IGOJUDICC", "the International Criminal Court"),
    "interpol": ("IGOCOPITP", "Interpol"),
    "inter-parliamentary union": ("IGOLEGIPU", "the Inter-Parliamentary Union"),
    "non-aligned movement": ("IGONON", "the Non-Aligned Movement"),
    "commonwealth": ("IGOCWN", "the Commonwealth of Nations"),
    # Non-governmental organisations (CAMEO NGO root).
    "amnesty international": ("NGOHRIAMN", "Amnesty International"),
    "amnesty": ("NGOHRIAMN", "Amnesty International"),
    "human rights watch": ("NGOHRIHRW", "Human Rights Watch"),
    "international committee of the red cross": ("NGOHLHIRC", "the ICRC"),
    "icrc": ("NGOHLHIRC", "the ICRC"),
    "red cross": ("NGOHLHIRC", "the Red Cross"),
    "red crescent": ("NGOHLHRCR", "the Red Crescent"),
    "doctors without borders": ("NGOHLHMSF", "Doctors Without Borders"),
    "medecins sans frontieres": ("NGOHLHMSF", "Doctors Without Borders"),
    "msf": ("NGOHLHMSF", "Doctors Without Borders"),
    "oxfam": ("NGOXFM", "Oxfam"),
    "international crisis group": ("NGOICG", "the International Crisis Group"),
    "greenpeace": ("NGOENV", "Greenpeace"),
    "world economic forum": ("NGOWEF", "the World Economic Forum"),
    "international organization for migration": ("NGOREFIOM", "the IOM"),
    "iom": ("NGOREFIOM", "the IOM"),
}

# Short keys that are English words in lower case: matched only as written in capitals.
CASED = frozenset({"un", "who", "au", "eu", "icc", "fao", "ilo", "oas", "oic", "gcc", "iom", "msf",
                   "imf", "wto", "wfp", "icj", "uno", "osce", "unsc", "icrc", "commonwealth", "amnesty"})


def igo_code(key: str, original: str) -> tuple[str, str] | None:
    """(code, display name) for a normalised key; `original` decides the case-sensitive short forms."""
    hit = IGOS.get(key)
    if hit is None:
        return None
    if key in CASED and not _looks_like_name(original):
        return None
    return hit


def _looks_like_name(text: str) -> bool:
    """Acronyms must be written in capitals ("WHO", not "who"); words must be capitalised."""
    stripped = text.strip()
    if stripped.lower().startswith("the "):
        stripped = stripped[4:]
    letters = stripped.replace(".", "")
    if len(letters) <= 4:
        return letters.isupper()
    return stripped[:1].isupper()
