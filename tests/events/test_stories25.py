"""Whole wire stories of our own read as an analyst would, fourth set (twenty-third session,
wip/stories25): every expectation of tests/events/stories25.py is asserted, and what the coder still gets
wrong is a strict xfail with its reason. Below them, the general classes the stories showed and the
branch fixed, each with sentences of our own and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories25")

pytestmark = [pytest.mark.model]

_AUTHOR_BEFORE = "an act noun whose author is in the sentence before"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    "anadolu_addis:event:3":
        "'The RSF ... said its fighters had been shelled by army artillery': the army of a Sudanese story "
        "gets no country (---MIL)",
    "anadolu_addis:party:4": "'criticised the body': 'the body' is not linked to the AU named before",
    "anadolu_addis:clean:0": "the RSF's accusation aimed at an army of no country (---MIL)",
    "pti_newdelhi:event:1": "'\"We urge the Government of Bangladesh ...,\" Jaiswal told': the quoted appeal "
                            "is not coded",
    "pti_newdelhi:event:2": f"'rejected the criticism': {_AUTHOR_BEFORE}",
    "pti_newdelhi:event:3": "'foreign affairs adviser Touhid Hossain': an adviser is not read as an office "
                            "holder (BGD, not BGDGOV)",
    "pti_newdelhi:party:1": "'foreign affairs adviser' is not read as a government post",
    "pti_newdelhi:party:2": "'Hossain' repeats the adviser's BGD",
    "pti_newdelhi:clean:0":
        "'lodges protest' in the headline read as a demonstration (141), 'the interim government' of "
        "Bangladesh read as India's, and the adviser's accusation as BGD's",
    "ians_islamabad:event:0":
        "'struck suspected hideouts of the ... (TTP)': the TTP is no known group, so the target is PAK",
    "ians_islamabad:event:3": "'said its border forces had targeted Pakistani military posts': 'its' (the "
                              "ministry's) forces get no actor",
    "ians_islamabad:event:5": "'offered to mediate between the two neighbours': 'the two neighbours' names "
                              "no parties",
    "ians_islamabad:party:4": "'Tehreek-e-Taliban Pakistan (TTP)' is in no group table: PAK",
    "ians_islamabad:clean:0": "the air strike aimed at Pakistan itself (the TTP read as PAK)",
    "kyodo_tokyo:event:1": "'Tokyo had lodged a protest through diplomatic channels': the protest's target "
                           "is the sentence before's China",
    "kyodo_tokyo:event:3": f"'Wang rejected the protest': {_AUTHOR_BEFORE}",
    "yonhap_seoul:event:0": "'suspended part of a 2018 inter-Korean military agreement': suspending an "
                            "agreement has no row",
    "yonhap_seoul:event:1": f"'denounced the decision': {_AUTHOR_BEFORE}",
    "yonhap_seoul:event:2": "'The foreign ministers of South Korea, the United States and Japan condemned "
                            "the launch': three ministers named by 'of' a list get no actor",
    "yonhap_seoul:event:3": "the three ministers named by 'of' a list get no actor",
    "yonhap_seoul:event:4": "the three ministers named by 'of' a list get no actor",
    "yonhap_seoul:clean:0": "'endorsed it while on a state visit to Britain': the endorsement aimed at "
                            "Britain (051)",
    "bernama_kl:event:2": "'The NUG welcomed the offer': the National Unity Government is read as "
                          "Myanmar's government and the offer's author is the sentence before",
    "bernama_kl:event:4": "'Mohamad also met his Thai counterpart': 'Datuk Seri' splits the minister "
                          "from his name, which gets no actor",
    "bernama_kl:none:1": "'ASEAN will hold its summit in Vientiane' read as the bloc's intent to meet Laos",
    "bernama_kl:party:0": "'Foreign Minister Datuk Seri Mohamad Hasan': the honorific splits title and "
                          "name",
    "bernama_kl:party:1": "'He' finds no antecedent (the minister's name has no actor)",
    "bernama_kl:party:2": "'National Unity Government' (a shadow government) read as MMRGOV",
    "bernama_kl:party:4": "NER misses 'Parnpree Bahiddha-Nukara' after 'counterpart'",
    "bernama_kl:party:5": "NER misses 'Marlar Than Htaik' after 'bureaucrat,'",
    "bernama_kl:clean:0": "the NUG's welcome read as Myanmar's government's, and the summit as a meeting "
                          "with Laos",
    "wam_abudhabi:event:1": "'dispatched a ship carrying ... food ... to the Egyptian port ... for the "
                            "people of Gaza': read as a mobilisation (154) aimed at Egypt",
    "wam_abudhabi:event:3": "'President El-Sisi invited His Highness to visit Cairo': the invitation is "
                            "not coded ('His Highness' gets no actor)",
    "wam_abudhabi:clean:0": "the call coded with EGY, the aid ship as 154, and 'called on the "
                            "international community to act' aimed at the Houthis",
    "spa_riyadh:event:0": "'called on the two parties': 'the two parties' names no parties",
    "spa_riyadh:none:1": "'The meeting was attended by ...': the hosted meeting's coreferent mention puts "
                         "its event in this paragraph",
    "irna_tehran:event:1": "'added eight Iranian officials and two companies to its sanctions list': "
                           "adding to a sanctions list has no row",
    "irna_tehran:event:2": "'Kanaani said the Islamic Republic reserved the right ... and warned Brussels': "
                           "the warning's source is the clause's Islamic Republic (IRN), not the spokesman",
    "irna_tehran:clean:0": "the warning coded for IRN, not IRNGOV",
    "prensa_havana:event:4": "'said the OAS had become an instrument of Washington': a criticism with no "
                             "verb of criticism",
    "prensa_havana:party:6": "NER misses 'To Lam' after 'Vietnamese President'",
    "efe_bogota:event:1": "'suspended peace talks ... after the guerrilla group attacked a military base': "
                          "the attack in the after-clause is not coded",
    "efe_bogota:event:2": "'The army said the fighters had used drones': the army is read as the ELN "
                          "(coreference), the fighters as UAF",
    "efe_bogota:event:3": "'accused the armed forces of violating the ceasefire': 'the armed forces' of a "
                          "Colombian story get no country",
    "efe_bogota:event:4": "NER misses 'Vera Grabe' after 'chief negotiator,': the appeal has no source",
    "efe_bogota:party:2": "NER misses 'Vera Grabe'",
    "efe_bogota:party:3": "'the group' is not linked to the ELN",
    "efe_bogota:party:4": "'The army' is linked to the guerrilla group by coreference",
    "efe_bogota:clean:0": "the army's accusation coded as the ELN's, and the guarantors' readiness as a "
                          "ceasefire (0871) aimed at Cuba",
    "nan_abuja:event:2": "'The authority also lifted' ECOWAS's Authority of Heads of State read as NGAGOV",
    "nan_abuja:event:3": "'appealed to the three juntas': 'the three juntas' take the dateline's NGA",
    "nan_abuja:clean:0": "the juntas and the Authority read as Nigeria's",
    "apa_dakar:event:1": f"'welcomed the ruling': {_AUTHOR_BEFORE}s",
    "apa_dakar:event:2": "'praised both governments': 'both governments' take the dateline's SEN",
    "apa_dakar:event:3": "'later called his Equatorial Guinean counterpart ... to congratulate him': "
                         "calling to congratulate is not coded",
    "apa_dakar:clean:0": "the ICJ's rejection coded for Senegal's court, the praise aimed at SENGOV",
    "tass_moscow:event:0": "'told France 24 that his country had frozen its participation': 'France 24' "
                           "read as France and the freeze not coded",
    "tass_moscow:clean:0": "'told France 24' coded as a statement to France",
    "afp_brussels_nato:event:0": "'Russia said NATO was now \"directly involved\"': an accusation with no "
                                 "verb of accusing",
    "afp_brussels_nato:clean:0": "'accused some allies of moving too slowly while Russian missiles hit': "
                                 "the accusation aimed at Russia",
    "reuters_geneva:clean:0": "'warned that famine was looming' as a threat, 'had been unable to deliver "
                              "food' as aid, and the agency's appeal with no source country",
    "ap_thehague:event:0": "'asked the court's judges to issue an arrest warrant': the court's judges are "
                           "read as Myanmar's (the story's main country)",
    "ap_thehague:event:3": f"'welcomed the move': {_AUTHOR_BEFORE}",
    "ap_thehague:event:4": "'called on the judges': the ICC's judges read as Myanmar's",
    "ap_thehague:none:1": "the headline's 'arrest warrant' is coded as an arrest (173) whose mention runs "
                          "into 'carry out arrests'",
    "ap_thehague:clean:0": "seeking a warrant coded as an arrest, and the judges as MMRJUD",
    "xinhua_brussels:party:4": "'The China Chamber of Commerce to the EU' read as China, not a business body",
    "ap_sanaa:event:4": "'urged the parties to build on it': 'the parties' names no parties",
    "ap_sanaa:clean:0": "'agreed in talks in Switzerland ... sponsored by the United Nations' read as "
                        "Switzerland's mediation with the UN",
    "reuters_harare:event:1": f"'rejected the demand': {_AUTHOR_BEFORE}; the target is read as Congo's "
                              "army",
    "reuters_harare:event:2": "'accusing Kinshasa of arming the FDLR': the participle's accusation is not "
                              "coded",
    "reuters_harare:clean:0": "'the group seized more territory' coded for Congo (COD -> CODCVL), and the "
                              "rejection aimed at Congo's army",
    "afp_tunis:event:0": "'Tunisian police arrested the leader ..., Rached Ghannouchi': the arrest is "
                         "coded for TUN from the headline, not the police",
    "afp_tunis:event:1": f"'Ennahdha condemned the arrest': Ennahdha gets no actor; {_AUTHOR_BEFORE}",
    "afp_tunis:event:2": "'police had also raided the party's headquarters': a raid on a party's building "
                         "has no row",
    "afp_tunis:event:4": "'Saied has accused his opponents of plotting': 'his opponents' gets no actor",
    "afp_tunis:party:2": "'Ennahdha' alone (after 'the Islamist-inspired Ennahdha party') gets no actor",
    "afp_tunis:party:4": "'The National Salvation Front' read as a rebel front (TUNREB)",
    "afp_tunis:clean:0": "the headline's arrest aimed at Amnesty, the next clause's subject",
    "reuters_lagos:event:0": "'The Niger Delta Avengers' read as Niger (NER); a claim of responsibility "
                             "has no row",
    "reuters_lagos:event:1": "'would continue to target oil facilities until ...': the conditional threat "
                             "of 'the group' (unresolved) is not coded",
    "reuters_lagos:party:3": "'Residents of the nearby community of Bodo' get no actor",
    "qna_muscat:event:1": "'His Highness the Amir' gets no actor: the call is aimed at the dateline's OMN",
    "qna_muscat:event:3": "'The Amir also met with the GCC Secretary-General': the Amir gets no actor",
    "qna_muscat:party:4": "'His Highness the Amir' gets no actor",
    "qna_muscat:clean:0": "Raisi's call aimed at Oman's government (the Amir unresolved)",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


@pytest.mark.parametrize(("text", "mention", "want"), [
    # a post of an international body named just before the person is the body's, not the dateline
    # state's office the bare title gives
    ("MOSCOW, Feb. 23 /TASS/. CSTO Secretary General Imangali Tasmagambetov criticised Armenia.",
     "Imangali Tasmagambetov", "IGO"),
    ("MUSCAT, Nov 5 (QNA) - The minister met with the GCC Secretary-General Jasem Albudaiwi.",
     "Jasem Albudaiwi", "IGO"),
    ("ABUJA, Feb 24 (NAN) - The President of the ECOWAS Commission, Dr Omar Touray, urged Niger to "
     "release Bazoum.", "Omar Touray", "IGO"),
    ("ABUJA, Feb 24 (NAN) - ECOWAS Commission President Omar Touray urged Niger to release Bazoum.",
     "Omar Touray", "IGO"),
    ("JAKARTA, May 2 (Reuters) - ASEAN Secretary-General Kao Kim Hourn criticised Myanmar's junta.",
     "Kao Kim Hourn", "IGO"),
    # controls: a state's own officers, and a title a country's word qualifies, keep their reading
    ("MOSCOW, Feb. 23 /TASS/. Foreign Ministry spokeswoman Maria Zakharova criticised Armenia.",
     "Maria Zakharova", "RUSGOV"),
    ("ABUJA, Feb 24 (NAN) - Nigerian President Bola Tinubu urged Niger to release Bazoum.", "Bola Tinubu",
     "NGAGOV"),
    ("ABUJA, Feb 24 (NAN) - Senate President Godswill Akpabio urged Niger to release Bazoum.",
     "Godswill Akpabio", "NGALEG"),
    ("MOSCOW, Feb. 23 /TASS/. The CSTO met in Minsk, and President Vladimir Putin criticised Armenia.",
     "Vladimir Putin", "RUSGOV"),
])
def test_a_post_of_an_international_body_is_the_bodys(code: Any, text: str, mention: str, want: str) -> None:
    got = actor_at(code(text, date="2024-02-23"), mention) or ""
    assert (got[:3] if want == "IGO" else got[:6]) == want, got


@pytest.mark.parametrize(("text", "mention", "want"), [
    # a Brussels, Geneva or Hague dateline over a lead about a body seated there is where the body sits:
    # the story's bodies of no stated country are not the host state's
    ("BRUSSELS, Oct 4 (Xinhua) -- The European Union voted to impose tariffs on electric vehicles from "
     "China. China's Ministry of Commerce said it opposed the decision.", "Ministry of Commerce", "CHNGOV"),
    ("BRUSSELS, Oct 4 (AFP) - The European Union imposed sanctions on 25 Belarusian officials. Foreign "
     "Minister Sergei Aleinik condemned the decision.", "Sergei Aleinik", "BLRGOV"),
    ("THE HAGUE, Netherlands (AP) - The International Criminal Court issued a warrant for Myanmar's "
     "military leader. A spokesman for the junta, Maj. Gen. Zaw Min Tun, rejected it.", "Zaw Min Tun",
     "MMRMIL"),
    # controls: a lead that names the host country, or names no international body, keeps the dateline
    ("BRUSSELS, Oct 4 (Reuters) - Belgian police arrested two men on Friday. The interior ministry said "
     "they planned an attack.", "interior ministry", "BELGOV"),
    ("BRUSSELS, Oct 4 (Reuters) - Police arrested two men on Friday near a station. The interior ministry "
     "said they planned an attack.", "interior ministry", "BELGOV"),
    ("GENEVA, Oct 4 (Reuters) - Swiss voters rejected a plan to raise the pension age. The finance ministry "
     "said it would propose another.", "finance ministry", "CHEGOV"),
])
def test_a_dateline_at_an_international_bodys_seat(code: Any, text: str, mention: str, want: str) -> None:
    got = actor_at(code(text, date="2024-10-04"), mention) or ""
    assert got[:6] == want, got


@pytest.mark.parametrize(("text", "want"), [
    # "Brussels" acting in a story about the EU is the Union
    ("TEHRAN, April 23 (IRNA) - Iran condemned new sanctions imposed by the European Union. The spokesman "
     "warned Brussels against repeating past mistakes.", "IGO"),
    ("LONDON, Jan 5 (Reuters) - Britain and the European Union agreed a fishing deal. Brussels praised the "
     "deal.", "IGO"),
    ("MOSCOW, Jan 5 (Reuters) - Russia criticised the European Union's new sanctions and accused Brussels "
     "of hypocrisy.", "IGO"),
    # controls: a place after "in", a story with a Belgian party, a story that names no EU, stay Belgian
    ("TEHRAN, April 23 (IRNA) - Iran condemned new sanctions imposed by the European Union. Talks in "
     "Brussels failed.", "BEL"),
    ("LONDON, Jan 5 (Reuters) - The European Union and Belgium's government agreed a deal. Brussels "
     "praised the deal.", "BEL"),
    ("LONDON, Jan 5 (Reuters) - Britain signed a deal with Belgium on Friday. Brussels praised the deal.",
     "BEL"),
])
def test_brussels_acting_in_an_eu_story_is_the_union(code: Any, text: str, want: str) -> None:
    art = code(text, date="2024-04-23")
    at = text.rindex("Brussels")
    got = next((e.actor.code for e in art.entities if e.actor is not None and e.start <= at < e.end), "")
    assert got[:3] == want, got


def test_an_also_read_line_is_no_part_of_the_story(code: Any) -> None:
    # Anadolu, PTI and web copy set a pointer to another story between paragraphs
    text = ("Iran summons British envoy\n\nANKARA (AA) - Iran's foreign ministry summoned the British "
            "ambassador on Monday.\n\nAlso read: Türkiye calls for ceasefire in Sudan\n\nThe ministry "
            "accused London of interfering in Iran's affairs.\n\nRead also: Russia expels Moldovan "
            "diplomat\n")
    got = story_triples(code(text, date="2024-05-10"))
    assert got and all(s.startswith("IRN") and t.startswith("GBR") for s, t, _ in got), got


@pytest.mark.parametrize("text", [
    # controls: prose that starts with the words and has no colon, and a quote, stay in the story
    "ANKARA (AA) - Iran's foreign ministry summoned the British ambassador.\n\nAlso read out at the "
    "meeting was a note in which Iran accused Britain of interfering.\n",
    "ANKARA (AA) - Iran's foreign ministry summoned the British ambassador.\n\nRelated talks ended when "
    "Iran accused Britain of interfering.\n",
])
def test_prose_that_opens_with_the_words_is_kept(code: Any, text: str) -> None:
    got = {(s[:3], t[:3], c[:2]) for s, t, c in story_triples(code(text, date="2024-05-10"))}
    assert ("IRN", "GBR", "11") in got, got


@pytest.mark.parametrize(("text", "want"), [
    # a signing told with could / might / may is a possibility: nothing signed yet
    ("ANKARA (AA) - If the talks go well, Turkey and Greece could sign agreements on trade, the sources "
     "said.", set()),
    ("ANKARA (AA) - Turkey and Greece might sign a migration deal next month.", set()),
    ("NAIROBI (Reuters) - Kenya may sign a defence pact with Somalia, officials said.", set()),
    # controls: a signing done, and one negated ("could not"), keep their reading
    ("ANKARA (AA) - Turkey and Greece signed agreements on trade, the sources said.",
     {("TUR", "GRC", "057"), ("GRC", "TUR", "057")}),
])
def test_a_possible_signing_is_no_signing(code: Any, text: str, want: set[tuple[str, str, str]]) -> None:
    got = {(s[:3], t[:3], c) for s, t, c in story_triples(code(text, date="2023-11-12"))}
    assert got == want
