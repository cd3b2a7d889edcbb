"""Whole wire stories of our own read as an analyst would, fifth set (twenty-fourth session,
wip/stories26): conflict and crisis reporting, reaction paragraphs, chains of reported speech. Every
expectation of tests/events/stories26.py is asserted, and what the coder still gets wrong is a strict
xfail with its reason. Below them, the general classes the stories showed and the branch fixed, each with
sentences of our own and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories26")

pytestmark = [pytest.mark.model]

_NER = "NER gives no person after the title"
_DAWN = "Dawn's bare 'ISLAMABAD:' / 'PESHAWAR:' dateline is not read (an undated, uncredited colon line)"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    "ap_deir_al_balah:event:3": "'Jordan's Foreign Ministry said it held Israel fully responsible': 'hold "
                                "responsible' inside the said-clause of 'it' is not coded",
    "ap_deir_al_balah:clean:0": "the school hit is read as its pupils (PSEEDU) in the headline",
    "reuters_cairo:event:0": "'the three mediators said they had presented both Israel and Hamas with a "
                             "bridging proposal': presenting a proposal has no row",
    "reuters_cairo:clean:0": "'has been urged by Western governments' coded WSTGOV -> IRN (no WSTGOV code)",
    "afp_warsaw:event:3": "'said Moscow would respond \"in a mirror manner\"': a promised response is no "
                          "threat row",
    "afp_warsaw:clean:0": "'Moscow vows response' aimed at the headline's Russian diplomats (136), 'We will "
                          "not allow Russia' read as a rejection aimed at Poland, the accused read as POLCVL",
    "dpa_brussels:event:2": "'condemned the decision as illegal': 'the decision' names an act told with "
                            "'imposed', whose lemma is not 'decide'",
    "dpa_brussels:none:0": "'The EU first sanctioned Iranian drone makers in 2022': two years back is news "
                           "under the guide's ten-year rule; the analyst reads it as background",
    "dpa_brussels:clean:0": "the sanctions aimed at Russia, the ministers' agreement coded for Luxembourg, "
                            "and the spokesman's denial aimed at Russia",
    "aljazeera_live:event:1": "'The Israeli army said it had hit about 300 Hezbollah targets': the army's "
                              "own claim of a strike is not coded",
    "xinhua_beijing:event:2": "'had approved the sale of ... spare parts ... to the island': approving an "
                              "arms sale has no row",
    "xinhua_beijing:party:0": "'A spokesperson for the Chinese Foreign Ministry' gets no ROLE mention (an "
                              "indefinite role with a for-phrase)",
    "rferl_minsk:event:4": "'summoned Belarus's charge d'affaires over the case': the envoy read as the "
                           "journalists' (BLRMED)",
    "rferl_minsk:clean:0": "the summons aimed at Belarusian media",
    "kyivindependent_kharkiv:event:1": "'called the attack \"another manifestation of Russian madness\"': "
                                       "calling an act names is no verb of criticism",
    "kyivindependent_kharkiv:event:2": "'urged Ukraine's partners to provide': 'Ukraine's partners' is no "
                                       "actor",
    "kyivindependent_kharkiv:event:3": "'shot down 24 of 31 Shahed-type drones launched by Russia': "
                                       "shooting down drones is coded against an army of no country",
    "kyivindependent_kharkiv:none:3": "'Russia launched its full-scale invasion ... in February 2022': "
                                      "two years back is news under the ten-year rule; the analyst reads "
                                      "background",
    "kyivindependent_kharkiv:party:0": "'Kharkiv Oblast Governor Oleh Syniehubov': " + _NER,
    "kyivindependent_kharkiv:clean:0": "the headline's 'calls for more air defense' aimed at Russia, and the "
                                       "drones shot down aimed at ---MIL",
    "timesofisrael_jerusalem:event:0": "'the hostage deal that US President Joe Biden laid out': laying out "
                                       "a deal has no row",
    "timesofisrael_jerusalem:event:4": "'Qatar said it was still in contact with both sides': being in "
                                       "contact has no row, and 'both sides' is four paragraphs from the "
                                       "pair",
    "dawn_islamabad:event:0": _DAWN + ": the police get no country",
    "dawn_islamabad:event:1": "'more than 120 protesters had been arrested': a passive arrest told by the "
                              "minister has no source",
    "dawn_islamabad:event:2": "'Interior Minister Mohsin Naqvi': " + _NER,
    "dawn_islamabad:event:3": "'The PTI' read as the Press Trust of India (INDMED), though the story "
                              "spelled it out as Pakistan Tehreek-i-Insaf",
    "dawn_islamabad:event:4": "'Amnesty International called on the authorities': 'the authorities' get no "
                              "country (" + _DAWN + ")",
    "dawn_islamabad:party:0": _NER,
    "dawn_islamabad:party:1": _NER,
    "dawn_islamabad:clean:0": "the police of no country, and the PTI read as Indian media",
    "hindu_newdelhi:event:2": "'the MEA had summoned Canada's Charge d'Affaires Stewart Wheeler': the MEA "
                              "acronym gets no actor (no entity for 'Ministry of External Affairs')",
    "hindu_newdelhi:party:0": "'High Commissioner Sanjay Kumar Verma': " + _NER,
    "hindu_newdelhi:party:1": "'The Ministry of External Affairs (MEA)' gets no actor",
    "hindu_newdelhi:party:2": "'Charge d'Affaires Stewart Wheeler': " + _NER,
    "hindu_newdelhi:clean:0": "withdrawing a High Commissioner read as 087, 'no faith' read as Canada's "
                              "rejection, and the Congress party's appeal aimed at Canada",
    "nation_nairobi:event:0": "'The Law Society of Kenya (LSK)' gets no body of its own (KEN), and the "
                              "abduction 'by people believed to be police officers' is read as aimed at "
                              "the opposition",
    "nation_nairobi:event:1": "the Law Society read as KEN, the demand aimed at KENOPP",
    "nation_nairobi:event:2": "'The body also accused': 'the body' is not linked to the Law Society",
    "nation_nairobi:event:3": "'officers lobbed teargas canisters at ... demonstrators': lobbing has no row",
    "nation_nairobi:event:4": "'has blamed \"criminals\" for the violence': quoted criminals get no actor",
    "nation_nairobi:party:0": "'LSK President Faith Odhiambo' read as KEN (the society has no sector)",
    "nation_nairobi:party:1": "'the body' is not linked to the Law Society",
    "nation_nairobi:clean:0": "the Law Society's condemnation and demand aimed at KENOPP",
    "reuters_beirut:event:5": "'a demand the mission rejected': a rejection in a relative clause on the "
                              "demand is not coded",
    "reuters_beirut:clean:0": "the tank fire aimed at LKAMIL, and Sri Lanka's call for restraint aimed at "
                              "China, the next reaction's party",
    "ap_elfasher:event:0": "'Gunmen stormed the last functioning hospital': the hospital takes the CAIRO "
                           "dateline's EGY",
    "ap_elfasher:event:1": "'The RSF denied any involvement and blamed \"outlaw gangs\"': 'The RSF' gets no "
                           "actor here, and quoted gangs none",
    "ap_elfasher:event:2": "'accused the paramilitary group of targeting civilians': the group takes the "
                           "CAIRO dateline's EGY",
    "ap_elfasher:event:3": "'An armed group calling itself the Darfur Joint Protection Force said its "
                           "fighters had repelled an RSF assault': an unknown group's claim is not coded",
    "ap_elfasher:party:0": "'the aid group Doctors Without Borders' gets no actor",
    "ap_elfasher:party:1": "'The RSF' (after 'the paramilitary Rapid Support Forces') gets no actor",
    "ap_elfasher:clean:0": "the hospital, the paramilitary group and the army chief read as Egypt's (the "
                           "CAIRO dateline)",
    "reuters_istanbul:event:1": "'after mediation by the United Arab Emirates': an act noun in a "
                                "prepositional phrase is not coded (the guide's PP-noun rule)",
    "reuters_istanbul:event:2": "'Fidan said President Tayyip Erdogan had told Russian President Vladimir "
                                "Putin in a phone call that ...': the call inside the chain of speech is "
                                "not coded",
    "reuters_istanbul:event:4": "'human rights commissioner Dmytro Lubinets' is read as UKR, not UKRGOV",
    "reuters_istanbul:party:3": "an ombudsman is read as the country alone",
    "reuters_istanbul:clean:0": "the swap coded against Russian criminals and the coordination "
                                "headquarters' statement as 050",
    "aljazeera_sanaa:event:3": "'Saudi Arabia ... called for restraint': an appeal with no addressee is not "
                               "aimed at the parties of the strikes",
    "aljazeera_sanaa:party:2": "'The group's military spokesman, Yahya Saree' gets no actor",
    "aljazeera_sanaa:party:3": "'Iran's foreign ministry': the possessive country is not kept on the "
                               "mention",
    "xinhua_manila:event:0": "'took control measures in accordance with the law against Philippine vessels': "
                             "Xinhua's 'control measures' have no row",
    "xinhua_manila:event:1": "'The Philippine side is fully responsible for the incident, the spokesperson "
                             "said': a verdict of responsibility with no verb of blame",
    "xinhua_manila:event:2": "'said Chinese personnel ... had boarded Philippine navy boats': A said B "
                             "attacked C is read as the boarding itself (CHN -> PHLMIL 171), not the "
                             "armed forces' accusation",
    "xinhua_manila:event:5": "'China urges the Philippine side ..., Foreign Ministry spokesperson Lin Jian "
                             "said': coded for CHN, not the spokesperson's CHNGOV",
    "xinhua_manila:party:2": "'The U.S. ambassador to the Philippines, MaryKay Carlson': " + _NER,
    "xinhua_manila:clean:0": "the appeal coded CHN -> PHL (the guide wants the spokesperson's GOV)",
    "dpa_berlin:event:3": "'said the killing showed \"what kind of murderous regime\" ruled in Tehran': a "
                          "verdict with no verb of criticism",
    "dpa_berlin:event:4": "'warned of \"serious consequences\"': the warning has no addressee",
    "dpa_berlin:none:1": "'Amnesty International said Iran carried out more than 800 executions': read as "
                         "IRN -> IRN 170",
    "dpa_berlin:party:2": "'The spokesman added' after 'his spokesman told reporters': an unnamed "
                          "spokesman owned by 'his' is no ROLE with an actor",
    "dpa_berlin:clean:0": "Amnesty's count of executions coded IRN -> IRN",
    "rferl_tbilisi:event:6": "'suspended its strategic partnership with Georgia': a partnership has no "
                             "suspension row",
    "dawn_torkham:event:5": "'The spokesperson also accused Kabul': the spokesperson repeats the Foreign "
                            "Office's GBRGOV (" + _DAWN + ")",
    "dawn_torkham:party:0": "'Foreign Office spokesperson' read as Britain's (" + _DAWN + ")",
    "dawn_torkham:party:1": "repeats the spokesperson's GBRGOV",
    "dawn_torkham:clean:0": "the exchange of fire coded against ---MIL, and the accusation for GBRGOV",
    "hindu_chennai:event:1": "'Chief Minister Thiru M.K. Stalin wrote to External Affairs Minister S. "
                             "Jaishankar, urging him': Stalin read as Sri Lanka's (LKAGOV)",
    "hindu_chennai:event:2": "'the Indian High Commission in Colombo was in touch with the Sri Lankan "
                             "authorities': being in touch has no row",
    "hindu_chennai:event:3": "'Fishermen's associations ... announced an indefinite strike': an announced "
                             "strike is a plan, and the associations get no actor",
    "hindu_chennai:party:1": "'Chief Minister Thiru M.K. Stalin': the honorific splits title and name, and "
                             "the state post is read as Sri Lanka's",
    "hindu_chennai:party:3": "'Mr. Stalin' repeats LKAGOV",
    "hindu_chennai:clean:0": "Stalin's letter coded for LKAGOV, and the arrested fishermen read as Sri "
                             "Lanka's (LKAAGR)",
    "nation_mandera:event:0": "'blamed the al-Shabaab militant group for the attack': 'the al-Shabaab "
                              "militant group' gets no actor",
    "nation_mandera:event:1": "'vowed that the government would \"pursue the perpetrators ...\"': a vow "
                              "against perpetrators of no name",
    "nation_mandera:event:2": "'Al-Shabaab claimed responsibility': a claim of responsibility has no row",
    "nation_mandera:event:3": "'The African Union Peace and Security Council condemned the attacks': the "
                              "attacks' doers are unnamed (an IED, unknown gunmen)",
    "nation_mandera:none:2": "'Kenya will host the East African Legislative Assembly' read as an "
                             "invitation (036)",
    "nation_mandera:clean:0": "the IED read as the police's attack, the UN's condemnation of unknown "
                              "gunmen, and the Assembly plan",
    "kyivindependent_icc:event:2": "'Mongolian President Ukhnaagiin Khurelsukh welcomed Putin with an honor "
                                   "guard': coded for MNG, not the president's GOV",
    "kyivindependent_icc:event:3": "'would work with its partners to ensure that Mongolia \"feels the "
                                   "consequences\"': a threat in a purpose clause",
    "kyivindependent_icc:event:4": "'The European Commission said it regretted that Mongolia had not "
                                   "complied': regret read as 055",
    "kyivindependent_icc:event:5": "'dismissed the warrant as legally void': the warrant's author (the "
                                   "court) is not remembered as an act's doer",
    "kyivindependent_icc:party:2": "'Foreign Ministry spokesperson Heorhii Tykhyi': " + _NER,
    "kyivindependent_icc:clean:0": "the Commission's regret read as 055",
    "reuters_istanbul:none:0": "'The two sides last exchanged prisoners in August 2023': the story's pair "
        "(Russia, Ukraine) is now found for 'the two sides' (gaps29); five months back is "
        "news under the guide's ten-year rule, the analyst reads background",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "source", "target", "roots"), [
    # a reaction names the act of force told some sentences before by a noun of its kind, not of its verb
    ("GAZA CITY (AP) — Israeli warplanes struck a refugee camp in Rafah on Tuesday, killing 14 people. The "
     "Health Ministry said most of the dead were women and children. Egypt condemned the strike.",
     "EGY", "ISR", ("11",)),
    ("KYIV (Reuters) - Russian forces shelled an apartment block in Dnipro on Saturday. Rescuers worked "
     "through the night. Regional officials said 40 people were killed. Poland condemned the attack.",
     "POL", "RUS", ("11",)),
    ("ADEN (AFP) - Houthi rebels fired a missile at a Greek tanker in the Red Sea on Monday. The crew was "
     "unhurt. Greece condemned the attack.", "GRC", "YEMREB", ("11",)),
    # ... and a verdict on it ("said the strikes were an act of aggression")
    ("BEIRUT (AP) - Israeli jets bombed a village in south Lebanon on Friday. Hezbollah said the strikes "
     "were an act of aggression.", "LBNREB", "ISR", ("11",)),
])
def test_a_reaction_names_an_act_of_force_told_before(code: Any, text: str, source: str, target: str,
                                                      roots: tuple[str, ...]) -> None:
    art = code(text, date="2024-06-01")
    assert _has(art, source, target, roots), story_triples(art)


@pytest.mark.parametrize(("text", "source"), [
    # controls: the attacker's own country praising it, and an explosion nobody is named for, give the
    # judge no target
    ("GAZA CITY (AP) — Israeli warplanes struck a refugee camp in Rafah on Tuesday. Israel's defence "
     "minister praised the strike.", "ISRGOV"),
    ("KABUL (AP) - An explosion tore through a market in Kabul on Monday. The United States condemned the "
     "attack.", "USA"),
])
def test_a_reaction_to_an_act_of_force_controls(code: Any, text: str, source: str) -> None:
    art = code(text, date="2024-06-01")
    judged = [t for t in story_triples(art) if t[0].startswith(source) and t[2][:2] in ("05", "11")]
    assert not judged, story_triples(art)


@pytest.mark.parametrize(("text", "source", "target"), [
    # a reply names the accusation against its own country told before ("rejected the charge")
    ("MOSCOW (Reuters) - Britain accused Russia of plotting cyber attacks on its elections. The Kremlin "
     "rejected the accusation.", "RUS", "GBR"),
    ("KIGALI (AFP) - Congo's government accused Rwanda of backing the M23 rebels. On Tuesday Rwanda's "
     "foreign minister rejected the allegation.", "RWA", "COD"),
    ("WARSAW (AFP) - Poland accused Moscow of directing arson attacks. The Russian foreign ministry's "
     "spokeswoman, Maria Zakharova, dismissed the accusations as \"spy mania\".", "RUS", "POL"),
])
def test_a_reply_names_the_accusation_against_it(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="2024-06-01")
    assert _has(art, source, target, ("01", "11", "12")), story_triples(art)


@pytest.mark.parametrize(("text", "source"), [
    # controls: France was not accused, so its rejection names no accuser; a bare denial is no act (guide)
    ("PARIS (Reuters) - Britain accused Russia of plotting cyber attacks. France rejected the accusation.",
     "FRA"),
    ("ISLAMABAD (Reuters) - Islamabad has repeatedly accused Kabul of sheltering the TTP. The Taliban deny "
     "the charge.", "AFG"),
])
def test_a_reply_that_answers_no_accusation_of_its_own(code: Any, text: str, source: str) -> None:
    art = code(text, date="2024-06-01")
    assert not [t for t in story_triples(art) if t[0].startswith(source)], story_triples(art)


@pytest.mark.parametrize(("text", "mention", "want"), [
    # a possessor the dateline would place is the nation its own modifier names
    ("WARSAW (AFP) - The Russian foreign ministry's spokeswoman criticised Poland.", "criticised", "RUS"),
    ("TOKYO (Kyodo) - The Chinese foreign ministry's spokesman criticised Japan's defence budget.",
     "criticised", "CHN"),
    ("ANKARA (Reuters) - The Greek defence ministry's spokesman accused Turkey of violating its airspace.",
     "accused", "GRC"),
    # controls: the dateline's own nationality keeps it
    ("ANKARA (Reuters) - The Turkish defence ministry's spokesman accused Greece of violating its airspace.",
     "accused", "TUR"),
    ("TOKYO (Kyodo) - The Japanese foreign ministry's spokesman criticised China.", "criticised", "JPN"),
])
def test_a_nationality_on_the_possessor_beats_the_dateline(code: Any, text: str, mention: str,
                                                           want: str) -> None:
    art = code(text, date="2024-06-01")
    sources = [e.source.code for e in art.events if e.cameo and e.source is not None]
    assert sources and sources[0][:3] == want, sources


@pytest.mark.parametrize(("text", "mention", "want"), [
    # "the spokesman / spokeswoman / spokesperson" is the person introduced with that role, whichever word
    ("MOSCOW (AP) - Maria Zakharova, the foreign ministry's spokeswoman, criticised Poland. The "
     "spokeswoman also accused Warsaw of lying.", "spokeswoman also", "RUSGOV"),
    ("ISLAMABAD (Reuters) - Foreign Office spokesperson Mumtaz Zahra Baloch said Pakistan had lodged a "
     "protest. The spokesperson also accused Kabul of sheltering militants.", "spokesperson also", "PAKGOV"),
    ("WARSAW (AFP) - The Russian foreign ministry's spokeswoman, Maria Zakharova, dismissed the report. "
     "The spokeswoman also accused Warsaw of lying.", "spokeswoman also", "RUSGOV"),
])
def test_the_spokesperson_is_the_one_introduced(code: Any, text: str, mention: str, want: str) -> None:
    got = actor_at(code(text, date="2024-06-01"), mention) or ""
    assert got[:6] == want, got


def test_the_minister_is_not_the_spokesperson(code: Any) -> None:
    # control: a role word the person was not introduced with still names someone else
    art = code("ISLAMABAD (Reuters) - Foreign Office spokesperson Mumtaz Zahra Baloch spoke on Friday. The "
               "minister later accused Kabul of sheltering militants.", date="2024-06-01")
    linked = [e.refers_to for e in art.entities if e.text.lower() == "the minister"]
    assert "Mumtaz Zahra Baloch" not in linked, linked
