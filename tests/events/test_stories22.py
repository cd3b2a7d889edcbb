"""Whole wire stories of our own read as an analyst would (twentieth session, wip/stories22): every
expectation of tests/events/stories22.py is asserted, and what the coder still gets wrong is a strict
xfail with its reason. Below them, the general classes the stories showed and the branch fixed, each
with sentences of our own and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories22")

pytestmark = [pytest.mark.model]

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    "afp_nairobi:event:1":
        "the march is told in a relative clause of the tear gas's target ('protesters who marched on "
        "parliament'): not coded",
    "afp_nairobi:event:2":
        "'officers' alone has no sector, so the stones are thrown at the country (KEN), not its police",
    "afp_nairobi:party:1":
        "gender-guesser reads 'Raila' as a woman's name, so 'he' passes over Odinga to President Ruto",
    "afp_nairobi:party:5":
        "NER tags 'The United States' alone; the embassy word is left out (USA, not USAGOV)",
    "afp_abidjan:event:0":
        "no row reads the activation of a standby force as mobilising (154)",
    "afp_abidjan:event:1":
        "'the junta' takes the Abidjan dateline's country (CIVMIL); the story is Niger's",
    "afp_abidjan:clean:0":
        "the junta and the Abuja meeting are placed by the Abidjan dateline (CIVMIL, NGA)",
    "reuters_caracas:event:1":
        "NER splits 'Maria Corina Machado' and reads 'Machado' as a Brazilian town, so the appeal is BRA's",
    "reuters_caracas:party:0":
        "'Machado' read as a town in Brazil (NER split her name at first mention)",
    "reuters_caracas:party:1":
        "NER tags only 'William Saab'; the title 'Attorney General Tarek' is left outside the name",
    "reuters_caracas:clean:0":
        "Machado read as a Brazilian town: a BRA appeal and a BRA investigated",
    "reuters_jakarta:event:1":
        "the subject with a participle apposition ('Burke, visiting Jakarta, praised ...') codes nothing",
    "reuters_jakarta:event:3":
        "a visit told by a participle apposition ('visiting Jakarta') is not coded",
    "reuters_jakarta:event:5":
        "'the two signed an agreement': 'the two' names no parties",
    "reuters_jakarta:none:0":
        "the 2002 Bali bombings (23 years before) are dated by a since-phrase, which the history rule "
        "does not read",
    "reuters_jakarta:clean:0":
        "the 2002 bombing coded as news, and an appeal by rights groups of no country",
    "ap_washington:event:1":
        "'said Beijing firmly opposed what it called ... sanctions': the opposition's object is a free "
        "relative",
    "ap_washington:clean:0":
        "'Republican senators' placed in Iran, and the refinery's purchase of Iranian crude read as aid "
        "(071)",
    "xinhua_beijing:event:2":
        "'Dar' alone is not linked to the name NER cut after the double title",
    "xinhua_beijing:party:1":
        "'Dar' alone is not linked to 'Foreign Minister Ishaq Dar'",
    "kcna_pyongyang:party:2":
        "'KPA General Staff' is in no table (the Korean People's Army by its acronym)",
    "yonhap_seoul:clean:0":
        "'a National Security Council meeting' is read as the US body (USAGOV), and an order to officials"
        " as a demand",
    "tass_moscow:event:2":
        "a meeting in an after-clause of a speaker's participle ('speaking in Ankara after meeting') is "
        "not coded",
    "tass_moscow:event:3":
        "'air defenses had shot down ... drones' has no row (shoot down drones)",
    "anadolu_ankara:event:0":
        "the quoted verb '\"neutralized\"' (Anadolu's usage) has no row",
    "anadolu_ankara:clean:0":
        "'told al-Sudani that Turkiye expected Baghdad to ...' is coded as a bare statement (010), not a "
        "demand",
    "pti_new_delhi:event:2":
        "'rejected a remark by a Bangladeshi adviser': the remark's by-phrase is not read as the target",
    "pti_new_delhi:event:4":
        "'prompting Indian Army soldiers to retaliate': the infinitive of 'prompt' is not coded",
    "pti_new_delhi:party:4":
        "'The spokesperson' is not linked back to the spokesperson named with the ministry",
    "qna_doha:event:4":
        "the condolences go to 'the families of the victims', whom the sentence does not place",
    "brussels_paper:event:0":
        "'adopted a package of sanctions against Russia' has no row (adopt a package)",
    "brussels_paper:event:1":
        "'had threatened to block the package': the package names no party (the EU is the story's)",
    "brussels_paper:event:2":
        "'denounced the measures': the measures are the EU's only by the story",
    "web_dayton:event:1":
        "'praised the officers': 'officers' alone has no sector, so the target is the country",
    "reuters_sudan:clean:0":
        "the headline's 'RSF attacks El Fasher as UN warns' made the UN a target; the demand aimed at SDN",
    "ap_jerusalem:event:0":
        "'tanks rolled into ... Rafah and seized the main crossing into Egypt' codes no occupation",
    "ap_jerusalem:event:1":
        "'Hamas said it had accepted a proposal put forward by mediators': the acceptance is not coded",
    "ap_jerusalem:clean:0":
        "the headline's 'Israel seizes Rafah crossing' read as confiscating property of Egypt's civilians",
    "afp_kinshasa:event:0":
        "'M23 fighters ... entered the centre of Goma' codes no occupation",
    "afp_kinshasa:event:3":
        "protesters who 'attacked the embassies' are coded for their accusation (111) only",
    "afp_kinshasa:event:4":
        "'held an emergency meeting and called on Rwanda': the second verb is not coded",
    "afp_kinshasa:clean:0":
        "'Kigali' read as Kinshasa's own (CODGOV cut ties with itself), 'backed by Rwandan troops' as "
        "praise (051)",
    "reuters_islamabad:event:3":
        "'was in Kabul for talks with Taliban officials' codes no visit or meeting",
    "reuters_vienna:event:0":
        "the IAEA's 'Board of Governors' is read as Iran's governors (IRNGOV), so the order is Iran's own",
    "reuters_vienna:event:1":
        "a visit told in a relative clause of the subject ('Grossi, who visited Tehran') is not coded",
    "reuters_vienna:event:3":
        "'called the resolution counterproductive': the resolution's author is the story's",
    "reuters_vienna:clean:0":
        "the headline 'IAEA board rebukes Iran; Tehran vows response' is coded Iran -> IAEA; the order's "
        "source is Iran",
    "ap_manila:event:0":
        "'Chinese coast guard ships' is read as China, not its coast guard (country + root right)",
    "ap_manila:event:1":
        "'said the Philippine ships had \"deliberately\" collided': a collision is no accusation row",
    "ap_manila:party:1":
        "a bare 'spokeswoman X' after a sentence about a body gets no country",
    "ap_manila:party:2":
        "'She' refers back to the spokeswoman, who has no actor",
    "ap_manila:clean:0":
        "'Chinese coast guard ships rammed and fired water cannons' is coded CHN -> PHL 194 (country only)",
    "reuters_buenos_aires:none:7":
        "'Argentina will host Colombia in June' (a fixture) is read as a planned visit (036)",
    "reuters_buenos_aires:clean:0":
        "a football fixture read as a planned visit (036)",
    "reuters_bogota:clean:0":
        "the headline's 'suspends peace talks' read as 087, troops sent to a region as aid to the army, "
        "and FARC dissidents as OPP",
    "reuters_kyiv:event:1":
        "'destroyed 38 of the 46 drones launched from Russia': the drones' owner is in a participle",
    "reuters_kyiv:clean:0":
        "'told a news conference with her Ukrainian counterpart' read as a statement (010) to Ukraine",
    "ap_bangkok:event:0":
        "'A Myanmar military air strike' is read as Myanmar, not its military (country + root right)",
    "ap_bangkok:clean:0":
        "the air strike's MMR -> MMRCVL 195 (see event 0); since lead33 it is no longer merged into the "
        "Karen capture, whose target is now the soldiers driven out",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


@pytest.mark.parametrize(("text", "mention", "want"), [
    # the tagger leaves the nationality and the first words of the title out of the name
    ("JAKARTA, Feb 12 (Reuters) - Australian Home Affairs Minister Tony Burke praised the police.",
     "Tony Burke", "AUSGOV"),
    ("BEIJING, May 20 (Xinhua) -- Wang Yi held talks with Pakistani Deputy Prime Minister and Foreign "
     "Minister Ishaq Dar in Beijing.", "Ishaq Dar", "PAKGOV"),
    ("NAIROBI, March 3 (AFP) - Ugandan Foreign Affairs Minister Jeje Odongo arrived for talks on Tuesday.",
     "Jeje Odongo", "UGAGOV"),
    # controls: a stated title keeps its own country; two people joined by "and" share no title
    ("JAKARTA, Feb 12 (Reuters) - Indonesian Foreign Minister Sugiono met the delegation.", "Sugiono",
     "IDNGOV"),
    ("SEOUL, May 2 (Yonhap) -- President Lee Jae-myung and Foreign Minister Cho Hyun met the envoy.",
     "Cho Hyun", "KORGOV"),
])
def test_the_nationality_before_a_split_title_is_the_offices(code: Any, text: str, mention: str,
                                                              want: str) -> None:
    assert actor_at(code(text, date="2025-05-20"), mention) == want


@pytest.mark.parametrize(("text", "mention", "want"), [
    ("NEW DELHI, Jan 13 (PTI) India summoned Bangladesh's Deputy High Commissioner Nurul Islam.",
     "Nurul Islam", "BGDGOV"),
    ("DHAKA, Jan 12 (AFP) - Dhaka summoned Indian High Commissioner Pranay Verma on Sunday.",
     "Pranay Verma", "INDGOV"),
    ("LONDON (Reuters) - Britain's Deputy Ambassador James Kariuki told the council it must act.",
     "James Kariuki", "GBRGOV"),
    # control: a deputy with no office after the word is a legislator
    ("LIMA (Reuters) - Congresswoman Rosa Bartra and deputy Carlos Bruce criticised the bill.",
     "Carlos Bruce", "PERLEG"),
    ("PARIS (AFP) - Socialist deputy Jean Dupont criticised the government.", "Jean Dupont", "FRALEG"),
])
def test_a_deputy_of_an_office_holds_that_office(code: Any, text: str, mention: str, want: str) -> None:
    assert (actor_at(code(text, date="2025-01-13"), mention) or "")[:6] == want


def test_a_deputy_title_before_a_second_title_is_one_target(code: Any) -> None:
    art = code("BEIJING, May 20 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Pakistani "
               "Deputy Prime Minister and Foreign Minister Ishaq Dar in Beijing on Tuesday.",
               date="2025-05-20")
    got = story_triples(art)
    assert not [t for t in got if "LEG" in t[0] + t[1]], got
    assert ("CHNGOV", "PAKGOV", "046") in got, got


@pytest.mark.parametrize("text", [
    "DAYTON, Ohio \u2014 Police arrested a 34-year-old man Tuesday after a standoff.",
    "Home | News | Local | Sports | Weather\n\nPolice arrest man after standoff\n\nPosted 6:14 PM, June 3, "
    "2025 | Updated 8:02 PM\n\nDAYTON, Ohio \u2014 Police arrested a 34-year-old man Tuesday after a "
    "standoff.",
    "Weather | Traffic | Sports | Contact\n\nFire destroys barn\n\nPublished 7:02 AM\n\nLANCASTER, "
    "Pennsylvania \u2014 Firefighters battled a blaze at a dairy farm overnight.",
])
def test_a_web_pages_undated_dateline_with_its_state_is_read(code: Any, text: str) -> None:
    from wirewatch.pipeline import analyze

    art = analyze(text, date="2025-06-03", only="structure")
    assert art.dateline is not None and art.dateline.region in ("Ohio", "Pennsylvania"), art.dateline
    assert "|" not in (art.headline or ""), art.headline


def test_the_dateline_place_is_not_the_first_sentences_agent(code: Any) -> None:
    art = code("DAYTON, Ohio \u2014 Police arrested a 34-year-old man Tuesday after a standoff.",
               date="2025-06-03")
    assert ("USACOP", "USA", "173") in story_triples(art) or ("USACOP", "USACVL", "173") in story_triples(art)
    assert not [t for t in story_triples(art) if t[0] == "USA"], story_triples(art)


@pytest.mark.parametrize("text", [
    "Smith, Jones \u2014 the two finalists \u2014 met on Sunday.",
    "ROME, Reuter - Italy's government resigned.",
])
def test_a_sentence_is_no_undated_dateline(text: str) -> None:
    from wirewatch.parse.dateline import match_dateline

    found = match_dateline(text, 0)
    assert found is None or found.agency == "Reuter", found


@pytest.mark.parametrize(("text", "mention", "want"), [
    ("Doha, January 21 (QNA) - The Amir received a phone call from US President Donald Trump. During the "
     "call, the Minister of State met a delegation.", "the Minister of State", "QATGOV"),
    ("MUSCAT, May 4 (ONA) - Sultan Haitham bin Tarik received a phone call from US Secretary of State Marco "
     "Rubio on Sunday. The minister of foreign affairs later met the Iranian ambassador.", "The minister",
     "OMNGOV"),
    # control: a visitor's country written as a nationality never moved the story
    ("RIYADH (SPA) - The Crown Prince received a phone call from French President Emmanuel Macron. The "
     "interior minister later met the ambassador.", "interior minister", "SAUGOV"),
    ("AMMAN (Petra) - King Abdullah received British Foreign Secretary David Lammy on Sunday. The prime "
     "minister also met him.", "prime minister", "JORGOV"),
])
def test_a_visitors_country_in_his_title_keeps_the_story_at_home(code: Any, text: str, mention: str,
                                                                  want: str) -> None:
    assert (actor_at(code(text, date="2025-01-21"), mention) or "")[:6] == want


def test_a_lead_about_another_country_still_moves_the_story(code: Any) -> None:
    art = code("LONDON (Reuters) - Police in Lagos fired tear gas at protesters across Nigeria on Monday. "
               "The police said 20 people were arrested.", date="2025-01-21")
    assert (actor_at(art, "The police") or "")[:6] == "NGACOP"


@pytest.mark.parametrize("text", [
    "Doha, January 21 (QNA) - Qatar expressed its strong condemnation of the attack on a police station in "
    "Pakistan's Khyber Pakhtunkhwa province.",
    "Kuwait City (KUNA) - Kuwait expressed its condemnation of the bombing of a market in northern Nigeria.",
    "Abu Dhabi (WAM) - The UAE expressed its strong condemnation of the attack on a hospital in Sudan.",
])
def test_condemning_an_attack_by_no_one_is_aimed_at_no_victim(code: Any, text: str) -> None:
    got = [t for t in story_triples(code(text, date="2025-01-21")) if t[2].startswith("11")]
    assert not got, got


@pytest.mark.parametrize(("text", "target"), [
    ("Doha (QNA) - Qatar expressed its condemnation of the Israeli attack on the aid convoy.", "ISR"),
    ("CAIRO (MENA) - Egypt expressed its condemnation of Israel's decision to expand settlements.", "ISR"),
    ("ANKARA - Turkey condemned the Israeli attack on the aid convoy.", "ISR"),
])
def test_condemning_a_named_attacker_still_targets_him(code: Any, text: str, target: str) -> None:
    got = story_triples(code(text, date="2025-01-21"))
    assert any(t[1][:3] == target and t[2].startswith("11") for t in got), got


@pytest.mark.parametrize(("text", "mention", "want"), [
    ("CAIRO, June 14 (Reuters) - The U.N. envoy for Sudan, Ramtane Lamamra, met army chief Abdel Fattah "
     "al-Burhan in Port Sudan on Wednesday.", "Ramtane Lamamra", "IGO"),
    ("KABUL, Dec 25 (Reuters) - The strikes came as Pakistan's special envoy for Afghanistan, Mohammad "
     "Sadiq, was in Kabul for talks.", "Mohammad Sadiq", "PAKGOV"),
    ("BANGKOK (AP) - The Association of Southeast Asian Nations' special envoy on Myanmar, Alounkeo "
     "Kittikhoun, met senior general Min Aung Hlaing last week.", "Alounkeo Kittikhoun", "IGO"),
    # controls: a post to a state keeps its holder's country
    ("BRUSSELS - Russia's ambassador to the EU, Kirill Logvinov, denounced the measures.", "Kirill Logvinov",
     "RUSGOV"),
    ("MANILA (AP) - U.S. Ambassador MaryKay Carlson condemned China's actions.", "MaryKay Carlson", "USAGOV"),
])
def test_a_name_in_apposition_to_a_post_abroad_holds_the_post(code: Any, text: str, mention: str,
                                                               want: str) -> None:
    assert (actor_at(code(text, date="2024-06-14"), mention) or "")[:len(want)] == want


@pytest.mark.parametrize("text", [
    "CAIRO (Reuters) - The envoy for Sudan said the talks would resume.",
    "NAIROBI (AFP) - Washington's special envoy on Somalia urged calm.",
    "ADDIS ABABA (Reuters) - The African Union's envoy to Sudan met the army chief.",
])
def test_an_envoy_is_never_the_state_he_is_sent_to(code: Any, text: str) -> None:
    art = code(text, date="2024-06-14")
    envoy = actor_at(art, "envoy") or ""
    assert not envoy.startswith(("SDN", "SOM")), envoy


def test_the_envoy_later_is_the_posted_envoy(code: Any) -> None:
    art = code("CAIRO, June 14 (Reuters) - The U.N. envoy for Sudan, Ramtane Lamamra, met army chief Abdel "
               "Fattah al-Burhan in Port Sudan on Wednesday. Burhan told the envoy the army would not "
               "negotiate.", date="2024-06-14")
    assert (actor_at(art, "the envoy") or "").startswith("IGO")


@pytest.mark.parametrize("text", [
    "JERUSALEM (AP) - Netanyahu has vowed to destroy Hamas.",
    "BEIRUT (AP) - Israel's defense minister vowed to destroy Hezbollah.",
    "KABUL (Reuters) - President Ashraf Ghani pledged to destroy the Taliban.",
])
def test_a_vow_to_destroy_a_party_is_a_threat_of_force(code: Any, text: str) -> None:
    got = story_triples(code(text, date="2017-01-05"))
    assert any(t[2] == "138" for t in got), got


@pytest.mark.parametrize(("text", "code_"), [
    ("JERUSALEM (AP) - Israeli troops destroyed three homes in the West Bank.", "1712"),
    ("KYIV (Reuters) - Zelenskiy vowed to rebuild the destroyed school.", "030"),
])
def test_destroying_things_and_rebuilding_keep_their_codes(code: Any, text: str, code_: str) -> None:
    got = story_triples(code(text, date="2017-01-05"))
    assert any(t[2] == code_ for t in got) and not any(t[2].startswith("13") for t in got), got


@pytest.mark.parametrize(("text", "mention", "want"), [
    ("ABU DHABI, Feb 3 (WAM) - Sheikh Mohamed bin Zayed received a phone call from UK Prime Minister Keir "
     "Starmer on Monday. The foreign minister later met the Indian ambassador.", "The foreign minister",
     "AREGOV"),
    ("CANBERRA, May 2 (AAP) - Prime Minister Anthony Albanese met the visitors. The defence minister later "
     "briefed reporters.", "The defence minister", "AUSGOV"),
    # control: the bare head still refers back to the person introduced with the full title
    ("NAIROBI, June 20 (AFP) - Interior Minister Kithure Kindiki defended the officers. The minister said "
     "the march had not been authorised.", "The minister", "KENGOV"),
])
def test_a_qualified_role_refers_back_only_to_that_office(code: Any, text: str, mention: str,
                                                          want: str) -> None:
    art = code(text, date="2025-05-02")
    at = art.text.index(mention)
    linked = [e for e in art.entities if e.start == at]
    assert linked and (linked[0].actor.code if linked[0].actor else "")[:6] == want, \
        [(e.text, e.refers_to, e.actor.code if e.actor else None) for e in linked]
    if "Starmer" in text or "Albanese" in text:
        assert linked[0].refers_to is None, linked[0].refers_to


@pytest.mark.parametrize("text", [
    "NAIROBI (AFP) - Police arrested 40 people, a police spokeswoman said. \"This is war,\" he told "
    "reporters.",
    "LONDON (Reuters) - The company's chairwoman resigned on Monday. He said the board had failed.",
    "MADRID (Reuters) - Queen Letizia opened the session. He then left the hall.",
])
def test_he_is_never_a_spokeswoman_or_a_queen(code: Any, text: str) -> None:
    art = code(text, date="2024-06-20")
    he = [e for e in art.entities if e.label == "PRON" and e.text.lower() == "he"]
    assert not [e for e in he if e.refers_to and any(w in (e.refers_to or "").lower()
                                                     for w in ("spokeswoman", "chairwoman", "letizia"))], \
        [(e.text, e.refers_to) for e in he]
