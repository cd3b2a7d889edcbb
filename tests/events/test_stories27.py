"""Whole wire stories of our own read as an analyst would, sixth set (twenty-fifth session,
wip/stories27): Latin America, Africa, Central and South-East Asia and the Pacific in house styles the
earlier sets use little. Every expectation of tests/events/stories27.py is asserted, and what the coder
still gets wrong is a strict xfail with its reason. Below them, the general classes the stories showed and
the branch fixed, each with sentences of our own and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories27")

pytestmark = [pytest.mark.model]

_NER = "NER gives no person after the title"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    "aa_ankara_somalia:event:3": "'would continue to stand by the Somali people and announced a further 50 "
                                 "million dollars in humanitarian aid': the aid announced in a conjunct of "
                                 "the frame 'continue' is deeper than the support now read in it "
                                 "(stories40's 'stand by' row; main loses it the same way after 'continue "
                                 "to support')",
    "aa_ankara_somalia:event:4": "'Mohamud thanked Türkiye for its support': the thanks (051) is merged "
                                 "into the signing (057) as one restatement of root 05, whose parties are "
                                 "the countries",
    "kyodo_tokyo_raa:none:0": "'The agreement needs to be ratified by the Diet': the ratification still to "
                              "come is merged into the signing as its restatement",
    "kyodo_tokyo_raa:none:1": "'Japan has signed similar pacts with Australia and Britain': two years back "
                              "is news under the guide's ten-year rule; the analyst reads background",
    "kyodo_tokyo_raa:clean:0": "the spokesman's 'should not target any third party' read as a demand of "
                               "Japan's military (the dateline's country on 'military cooperation'), and "
                               "the background pacts",
    "efe_mexico_icj:event:1": "'arrested former vice president Jorge Glas': Glas takes the Mexico City "
                              "dateline's government (MEXGOV)",
    "efe_mexico_icj:party:1": "'former vice president Jorge Glas' read as Mexico's (the dateline's country "
                              "on a title of another state)",
    "ansa_rome_albania:event:0": "'called the ruling \"prejudicial\"': calling an act names is criticism "
                                 "only of an owned act (lexicon 'owned'), and 'prejudicial' is no word of "
                                 "disapproval",
    "prensalatina_havana:clean:0": "'demanded Cuba's removal from the list': the demand aimed at the "
                                   "removed, not at the United States that keeps the list",
    "apa_baku_verdict:event:2": "'rejected the statement': a statement is no accusation the reply memory "
                                "keeps",
    "apa_baku_verdict:event:3": "'the state commissions of Azerbaijan and Armenia ... held their 11th "
                                "meeting': the of-phrase's pair gives no compound subject",
    "apa_baku_verdict:event:4": "the commissions of a pair give no compound subject (as event 3)",
    "apa_baku_verdict:party:3": "'Armenian national Vagif Khachatryan': " + _NER,
    "apa_baku_verdict:clean:0": "'Khachatryan was detained by Azerbaijani border guards': the detained, of "
                                "no actor, read as Azerbaijan",
    "nan_abuja_ecowas:clean:0": "'the three juntas announced their withdrawal from ECOWAS' read as "
                                "Nigeria's military (the dateline's country on 'the three juntas') "
                                "retreating (087)",
    "ians_delhi_hasina:party:1": "'the interim government's foreign affairs adviser Touhid Hossain' read as "
                                 "India's (the New Delhi dateline beats the possessor of the title)",
    "antara_jakarta_nickel:event:0": "'Indonesia will appeal a World Trade Organization panel ruling': an "
                                     "appeal against a ruling has no row",
    "antara_jakarta_nickel:party:0": "'Coordinating Minister for Economic Affairs Airlangga Hartarto': "
                                     + _NER,
    "antara_jakarta_nickel:clean:0": "the headline's appeal read as a request to the WTO (IGOBUS), and the "
                                     "EU's case in 2019 aimed at Europe",
    "pna_manila_duterte:event:1": "'condemned the arrest': the arrest is three sentences back (past the act "
                                  "memory), and a domestic judgement of one's own government is not aimed",
    "pna_manila_duterte:party:1": "'Palace Press Officer Claire Castro': " + _NER,
    "yonhap_astana_lead:party:2": "'presidential spokesperson Chung Hye-jeon': " + _NER,
    "reuters_caracas_vote:event:0": "'a result the opposition rejected as fraudulent': a rejection in a "
                                    "relative clause on its object is not coded",
    "afp_kinshasa_monusco:event:0": "'voted unanimously to extend the mandate of its peacekeeping mission': "
                                    "extending a mandate has no row",
    "afp_kinshasa_monusco:clean:0": "the lead's 'as fighting with M23 rebels rages' read as the UN fighting "
                                    "the M23, and the resolution's request read as France's appeal to "
                                    "Rwanda",
    "reuters_maputo_vote:party:0": "'Opposition candidate Venancio Mondlane': " + _NER,
    "reuters_maputo_vote:clean:0": "the headline's 'opposition calls new protests' read as a protest",
    "aap_portmoresby_treaty:event:2": "'A spokesman for the Chinese embassy in Port Moresby said Beijing "
                                      "hoped ... and urged Australia': an indefinite role with a for-phrase "
                                      "gets no actor",
    "aap_portmoresby_treaty:clean:0": "'Vanuatu's government last month delayed signing a separate security "
                                      "deal': a delayed signing read as a signing",
    "efe_bogota_tariffs:event:2": "'ordered a travel ban and visa revocations for Colombian government "
                                  "officials': the for-phrase gives no target",
    "efe_bogota_tariffs:event:3": "'ordering a 25% increase in tariffs on US imports': the imports' country "
                                  "gives no target",
    "efe_bogota_tariffs:clean:0": "the travel ban aimed at the United States ('US national security')",
    "aa_ankara_sahel:event:2": "'the Confederation of Sahel States (AES) ... accused Algeria': the "
                               "confederation gets no actor, and the accusation merges with Bamako's "
                               "against the army (DZAMIL)",
    "aa_ankara_sahel:party:3": "'the Confederation of Sahel States (AES)' gets no actor (no dictionary row)",
    "cmc_georgetown_icj:clean:0": "'said Guyana expected Venezuela to comply fully with the court's "
                                  "decision' read as Venezuela yielding to the court",
    "newziana_harare:party:1": "'Presidential spokesperson George Charamba': " + _NER,
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "place", "agency"), [
    # a bare credit after the day (Kyodo, AAP), APA's full stops, a comma credit before an en dash (CMC)
    ("OSAKA, Nov 2 Kyodo - Japan and India held talks on Friday.", "OSAKA", "Kyodo"),
    ("SUVA, March 9 AAP - Fiji's government said on Monday it would review the deal.", "SUVA", "AAP"),
    ("Ganja. March 2. APA. The court adjourned the hearing.", "Ganja", "APA"),
    ("PORT OF SPAIN, Trinidad, June 4, CMC – The government said on Tuesday ...", "PORT OF SPAIN", "CMC"),
])
def test_regional_datelines(text: str, place: str, agency: str) -> None:
    from wirewatch.parse.dateline import match_dateline

    m = match_dateline(text, 0)
    assert m is not None and m.place == place and m.agency == agency, m


def test_an_unknown_word_after_the_day_is_no_credit() -> None:
    from wirewatch.parse.dateline import match_dateline

    assert match_dateline("WASHINGTON, March 4 Congress - the vote", 0) is None


@pytest.mark.parametrize(("text", "source", "target"), [
    # a verb of address the parser coordinates into the reported clause of a thing has the speaker's subject
    ("CAIRO (AP) - Egypt's foreign minister said the project would not harm anyone and urged Ethiopia to "
     "resume talks.", "EGY", "ETH"),
    ("BOGOTA (EFE) - The opposition leader said the budget was \"a disgrace\", and called on the "
     "government to resign.", "COL", "COL"),
])
def test_the_speaker_addresses(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="2024-06-01")
    assert _has(art, source, target, ("02",)), story_triples(art)


def test_a_party_in_the_reported_clause_keeps_it(code: Any) -> None:
    # control: the reported clause's subject is a party; its conjunct stays its own (no 02 for the speaker)
    art = code("LONDON (Reuters) - Britain said Russia had lied and urged Moscow to release the prisoners.",
               date="2024-06-01")
    assert not _has(art, "GBR", "RUS", ("02",)) or _has(art, "GBR", "RUS", ("11",)), story_triples(art)


@pytest.mark.parametrize(("text", "root"), [
    ("HAVANA (AFP) - The European Union ended its sanctions on Belarusian potash firms.", "08"),
    ("WASHINGTON (Reuters) - The United States terminated its sanctions programme against Sudan.", "08"),
    ("OTTAWA (Reuters) - Canada ordered 25% tariffs on Chinese electric vehicles.", "16"),
])
def test_sanctions_ended_and_tariffs_ordered(code: Any, text: str, root: str) -> None:
    art = code(text, date="2024-06-01")
    assert any(c[:2] == root for _, _, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize(("text", "source", "target"), [
    # a reaction names an agreement signed some sentences before: both signatories
    ("HANOI (AFP) - Vietnam and Laos signed a border agreement on Monday. Officials said it covered 2,000 "
     "km. Construction of markers starts next year. The rivers will be surveyed. China welcomed the "
     "agreement.", "CHN", "VNM"),
    ("HANOI (AFP) - Vietnam and Laos signed a border agreement on Monday. Officials said it covered 2,000 "
     "km. Construction of markers starts next year. The rivers will be surveyed. China welcomed the "
     "agreement.", "CHN", "LAO"),
])
def test_a_reaction_names_the_agreement(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="2024-06-01")
    assert _has(art, source, target, ("05",)), story_triples(art)


def test_an_agreement_to_be_ratified_judges_nobody(code: Any) -> None:
    # control: ratifying is no judgement of the signatories
    art = code("MANILA (PNA) - The Philippines and Vietnam signed a coast guard pact on Monday. The "
               "agreement needs to be ratified by the Senate.", date="2024-06-01")
    assert not [t for t in story_triples(art) if t[0].startswith("PHLLEG")], story_triples(art)


@pytest.mark.parametrize(("text", "mention", "want"), [
    # a body the dateline places takes the possessive country NER left untagged
    ("YEREVAN (AFP) - Azerbaijan's Foreign Ministry rejected the statement.", "Foreign Ministry", "AZEGOV"),
    ("NAIROBI (AFP) - Uganda's Defence Ministry denied the report.", "Defence Ministry", "UGAGOV"),
    # control: no possessor, the dateline's
    ("YEREVAN (AFP) - The Foreign Ministry rejected the statement.", "Foreign Ministry", "ARMGOV"),
])
def test_a_possessor_places_the_body(code: Any, text: str, mention: str, want: str) -> None:
    got = actor_at(code(text, date="2024-06-01"), mention) or ""
    assert got[:6] == want, got


@pytest.mark.parametrize(("text", "source", "target"), [
    # a passive arrest told by the arrested party's own state body
    ("NAIROBI (Reuters) - The Interior Ministry said 40 protesters had been arrested.", "KENGOV", "KEN"),
    ("DHAKA (AFP) - Police said five opposition activists were detained overnight.", "BGD", "BGD"),
])
def test_a_passive_arrest_told_by_the_state(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="2024-06-01")
    assert _has(art, source, target, ("17",)), story_triples(art)


def test_an_arrest_abroad_is_not_the_tellers(code: Any) -> None:
    # control: an American held in Iran was not arrested by Washington
    art = code("WASHINGTON (Reuters) - The State Department said an American journalist had been detained in "
               "Iran.", date="2024-06-01")
    assert not [t for t in story_triples(art) if t[0].startswith("USA") and t[2][:2] == "17"], \
        story_triples(art)


@pytest.mark.parametrize(("text", "source", "targets"), [
    # envoys recalled from a list of states: each state of the from-phrase
    ("ADDIS ABABA (AFP) - Ethiopia recalled its ambassadors from Somalia and Djibouti on Friday.", "ETH",
     ("SOM", "DJI")),
    ("DAKAR (AFP) - Senegal recalled its ambassador from Gambia.", "SEN", ("GMB",)),
])
def test_envoys_recalled_from(code: Any, text: str, source: str, targets: tuple[str, ...]) -> None:
    art = code(text, date="2024-06-01")
    assert all(_has(art, source, t, ("16",)) for t in targets), story_triples(art)


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    # the act a diplomatic reaction answers, told in its after-clause
    ("SEOUL (Yonhap) - South Korea summoned the Japanese ambassador after Japan accused South Korea of "
     "violating the fisheries accord.", "JPN", "KOR", ("11",)),
    ("VILNIUS (AFP) - Lithuania expelled two Belarusian diplomats after Minsk arrested a Lithuanian "
     "citizen.", "BLR", "LTU", ("17",)),
])
def test_the_act_a_reaction_answers(code: Any, text: str, source: str, target: str,
                                    root: tuple[str, ...]) -> None:
    art = code(text, date="2024-06-01")
    assert _has(art, source, target, root), story_triples(art)


def test_an_after_clause_of_another_act_is_background(code: Any) -> None:
    # control: under a meeting, the after-clause tells background the wire gold leaves uncoded
    art = code("ANKARA (AA) - Erdogan met Putin in Sochi after Russia attacked a Ukrainian port.",
               date="2024-06-01")
    assert not [t for t in story_triples(art) if t[0].startswith("RUS") and t[2][:2] in ("18", "19")], \
        story_triples(art)


@pytest.mark.parametrize(("text", "mention", "want"), [
    ("KINSHASA (AFP) - Mozambique's Constitutional Council rejected the appeal.", "Constitutional Council",
     "MOZJUD"),
    ("LIMA (EFE) - The Constitutional Tribunal struck down the decree.", "Constitutional Tribunal", "PERJUD"),
])
def test_a_constitutional_council_is_a_court(code: Any, text: str, mention: str, want: str) -> None:
    got = actor_at(code(text, date="2024-06-01"), mention) or ""
    assert got[:6] == want, got


def test_a_role_placed_by_the_in_phrase_after_it(code: Any) -> None:
    art = code("DAKAR (AFP) - The bloc urged the military authorities in Bamako to hold elections.",
               date="2024-06-01")
    got = actor_at(art, "military authorities") or ""
    assert got[:3] == "MLI", got


def test_the_signing_beside_the_agreement(code: Any) -> None:
    art = code("TASHKENT (AFP) - Uzbek President Shavkat Mirziyoyev and Turkish President Recep Tayyip "
               "Erdogan agreed on Friday to boost trade and signed a strategic partnership declaration.",
               date="2024-06-01")
    assert _has(art, "UZB", "TUR", ("05",)), story_triples(art)
