"""Whole wire stories of our own read as an analyst would, second set (twenty-first session,
wip/stories23): every expectation of tests/events/stories23.py is asserted, and what the coder still gets
wrong is a strict xfail with its reason. Below them, the general classes the stories showed and the
branch fixed, each with sentences of our own and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, load_probe_module, story_tests, story_triples
from wirewatch.parse.dateline import match_dateline

_stories = load_probe_module("stories23")

pytestmark = [pytest.mark.model]

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    "aps_algiers:once:0":
        "the March recall of the ambassador from Madrid, told in the pluperfect, is now aimed at Spain as "
        "the suspended treaty is: two acts of one dyad and code, which the story's rows count once (the "
        "forty-third session's merge; the background act was DZA -> MAR before)",
    "efe_bogota:event:3":
        "'The truckers' association' is no actor (an association of drivers has no table sector)",
    "efe_bogota:event:4":
        "'the strike leaders' has no sector: the accusation gets no target",
    "efe_bogota:event:5":
        "'the drivers' representatives' names no party: the meeting is not coded",
    "efe_bogota:party:4":
        "NER tags the sentence-initial 'Riot' of 'Riot police' as a person",
    "afp_lima:event:1":
        "NER splits 'Ana Cecilia Gervasi', and 'Gervasi' later is not linked back to the minister",
    "afp_lima:event:2":
        "'rejected the accusation': the accusation's author is in the sentence before",
    "afp_lima:event:4":
        "'Castillo supporters' (a person's supporters) gets no actor, so the march has no source",
    "afp_lima:event:5":
        "'police fired tear gas to disperse them': 'them' (the marchers) is not resolved",
    "afp_lima:none:1":
        "'left Lima for Mexico City' (going into asylum) is read as a visit to Mexico (042/043)",
    "afp_lima:party:1":
        "'Gervasi' is not linked to 'Foreign Minister Ana Cecilia Gervasi' (NER split the name)",
    "afp_lima:party:2":
        "'the ambassador, Pablo Monroy' takes the speaker's country (PER), not the posting state's",
    "afp_lima:party:6":
        "'Castillo supporters' gets no actor (a person's supporters)",
    "afp_lima:clean:0":
        "the expulsion named in a criticism is coded again (MEXGOV -> PER 166), and leaving for asylum "
        "as a visit",
    "efe_caracas:party:4":
        "\"Brazil's foreign ministry\": the possessive NER left outside the ministry is not read",
    "efe_caracas:clean:0":
        "ExxonMobil read as a US company target of Venezuela's accusation in the headline, and "
        "'the court' as VENJUD",
    "pti_new_delhi:clean:0":
        "the quoted rejection's speaker 'spokesperson' reads as GOVMED, and an IGO group's meeting is "
        "coded back from India",
    "app_islamabad:event:1":
        "'She said ... and urged the Swedish authorities': the pronoun speaker is not carried into the "
        "second verb",
    "app_islamabad:event:2":
        "'rallied in Islamabad ..., chanting slogans against Sweden': the participle's target is not "
        "the rally's",
    "app_islamabad:event:3":
        "'police stopped a group of protesters from marching' has no row (stop someone from doing)",
    "app_islamabad:clean:0":
        "the rally's place (Islamabad) is its target, not the party the participle names (Sweden)",
    "bdnews_dhaka:event:2":
        "the workers' stone-throwing is told in a relative clause of the tear gas's object",
    "bdnews_dhaka:party:1":
        "'BGMEA' is known only as NER's 'Exporters Association': its president is the country alone",
    "spa_riyadh:event:2":
        "'delivered more than 1,200 tons of food baskets': a measure noun heads the object",
    "spa_riyadh:party:3":
        "'Saudi Ambassador to Yemen Mohammed Al Jaber' after a said-clause gets no actor",
    "afp_beirut:event:1":
        "Le Drian, France's foreign minister to 2022, is dated ELI though the story names him envoy",
    "afp_beirut:event:3":
        "'Israeli artillery shelled the outskirts of ... village' has no target the tables place",
    "afp_beirut:clean:0":
        "the envoy dated ELI, a hosting read back from his arrival, and the headline's appeal to the UN "
        "coded for Lebanon",
    "petra_amman:party:2":
        "NER misses 'Safadi' at the start of a sentence",
    "petra_amman:party:3":
        "'The Public Security Directorate' is in no table (Jordan's police)",
    "reuters_xian:event:0":
        "'to five Central Asian countries' is read as the region (CAS), not the five states",
    "reuters_xian:none:1":
        "'Beijing has lent more than $50 billion ... over the past decade' (a sum of years) is coded 071",
    "reuters_xian:clean:0":
        "the region CAS as the target of the pledge and the loans, and 'Western governments' as WST",
    "arka_yerevan:event:1":
        "'said its units had carried out a \"revenge operation\"': a quoted operation has no row",
    "arka_yerevan:event:2":
        "'Yerevan denied that its forces had fired first' names no party the denial is aimed at",
    "arka_yerevan:party:1":
        "'State Border Service' is in no table (AZE alone)",
    "arka_yerevan:party:5":
        "NER misses 'Jeyhun Bayramov' after a list of two names",
    "arka_yerevan:clean:0":
        "'convened an emergency meeting of the Security Council' is read as a meeting with the UN",
    "reuters_tbilisi:event:3":
        "'lectures from Brussels' is read as Belgium, not the EU",
    "reuters_tbilisi:clean:0":
        "the rejection aimed at Belgium (BEL) for 'Brussels'",
    "beta_belgrade:event:1":
        "'after Serbian security forces detained ...': the appeal's target is the after-clause's agent",
    "beta_belgrade:event:2":
        "the detention is told in an after-clause: not coded",
    "beta_belgrade:event:4":
        "'called the detention an act of aggression': the detention's agent is in an earlier sentence",
    "beta_belgrade:clean:0":
        "the appeal aimed at SRBMIL, the accuser as SRB, and the detention coded as Kurti's own",
    "afp_pristina:event:4":
        "'would not bow to pressure from Brussels' is read as a refusal (124, wire25) aimed at Belgium "
        "('Brussels' the capital), not the EU",
    "afp_pristina:party:3":
        "'the spokeswoman for EU foreign policy chief Federica Mogherini, Maja Kocijancic' gets no actor",
    "afp_pristina:clean:0":
        "'until Serbia recognised Kosovo's independence' read as recognition (054), a boycott call as 113, "
        "the refusal to bow to 'Brussels' aimed at Belgium",
    "bernama_kuala_lumpur:event:2":
        "'conveyed its objection to the United States' has no row (convey an objection)",
    "bernama_kuala_lumpur:party:2":
        "'he said' after a quote goes to the last-named Prabowo, not to Anwar who is quoted",
    "bernama_kuala_lumpur:party:3":
        "'Foreign Minister Datuk Seri Mohamad Hasan': the Malay honorifics hide the title",
    "bernama_kuala_lumpur:party:4":
        "'He' refers to Mohamad Hasan, who has no actor",
    "bernama_kuala_lumpur:party:5":
        "'Wisma Putra' (Malaysia's foreign ministry by its building) is in no table",
    "vna_hanoi:event:1":
        "'and demands that China respect ...': the second verb of the lead is not coded",
    "vna_hanoi:event:2":
        "'had been rammed and chased away by a Chinese vessel' inside a said-that clause is not coded",
    "vna_hanoi:party:4":
        "NER misses 'Do Hung Viet' after the title",
    "vna_hanoi:once:0":
        "the spokeswoman's report of the ramming is coded as a second accusation (112) of the protest",
    "pna_manila:event:4":
        "'The Chinese embassy in Manila rejected the protest': the protest's author is the story's",
    "pna_manila:party:0":
        "NER misses 'Zhou Zhiyong' after the long title 'Deputy Chief of Mission'",
    "nan_abuja:event:4":
        "'The Senate President, Godswill Akpabio,' (an apposition) keeps the title's GOV",
    "nan_abuja:party:0":
        "'NLC' is not yet linked to the Labour Congress when its president is read: the country alone",
    "nan_abuja:party:1":
        "'Ajaero' repeats 'NLC President Joe Ajaero' (the country alone)",
    "nan_abuja:party:4":
        "NER splits 'The Nigeria | Labour Congress', so the union's words never reach the table",
    "nan_abuja:clean:0":
        "the bare 'Congress' NER left of the union's name is read as the legislature (NGALEG)",
    "xinhua_mogadishu:none:0":
        "the rejection's target mention runs into the last paragraph ('Somalia')",
    "xinhua_mogadishu:party:3":
        "\"Egypt's foreign ministry\": the possessive NER left outside the ministry is not read",
    "xinhua_mogadishu:clean:0":
        "'told an emergency session of parliament' coded 010, and Egypt's rejection aimed at Somalia",
    "afp_colombo:event:0":
        "'approved the release of about $337 million to Sri Lanka': the release of money has no row",
    "afp_colombo:event:1":
        "'The IMF's board said Sri Lanka had made ... but urged the government': the source is read as "
        "Sri Lanka",
    "afp_colombo:event:2":
        "'thanked the fund': 'the fund' alone is not linked to the IMF",
    "afp_colombo:event:3":
        "'India, Japan and France, which co-chair ..., agreed in November to restructure': not coded",
    "afp_colombo:clean:0":
        "the IMF board's appeal coded as Sri Lanka's to its own government",
    "irna_tehran:event:1":
        "'condemned the seizure as \"an act of piracy\"': the seizure's agent is in the sentence before",
    "irna_tehran:event:3":
        "'The three European countries had urged Tehran' is read as Europe (EUR), not the three states",
    "irna_tehran:event:5":
        "'was received by First Vice President Mohammad Mokhber' is coded for Iran alone (IRN)",
    "irna_tehran:event:6":
        "'Sudani and President Ebrahim Raisi held talks': a compound subject with no other party",
    "irna_tehran:clean:0":
        "the three states read as Europe, the hosting as Iran's alone",
    "mena_cairo:party:0":
        "'CIA Director William Burns, Qatari Prime Minister ...': the list's next nationality is taken",
    "mena_cairo:party:1":
        "'Sheikh' before the Qatari prime minister's name makes him ELI",
    "mena_cairo:clean:0":
        "the headline's talks coded with Gaza (045 to PSE), and Burns read as Qatari intelligence",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


@pytest.mark.parametrize(("text", "place"), [
    # EFE's point and hyphen, a colon after the credit, a web outlet's credit with digits, a regional
    # wire's credit running into the text, undated web copy with an en dash or a spaced hyphen
    ("QUITO, March 4 (EFE).- Ecuador's government declared a state of emergency.", "QUITO"),
    ("LAHORE, May 2 (APP): Punjab police arrested 12 people.", "LAHORE"),
    ("Sylhet, Jan 9 (bdnews24.com) - Police detained four people.", "Sylhet"),
    ("Kaduna, Feb 2, 2024 (NAN) The Kaduna State government imposed a curfew.", "Kaduna"),
    ("DAVAO CITY – The city council approved the budget.", "DAVAO CITY"),
    ("HANOI – Vietnam recalled its ambassador.", "HANOI"),
])
def test_regional_house_datelines_are_read(text: str, place: str) -> None:
    m = match_dateline(text, 0)
    assert m is not None and m.place == place, m


@pytest.mark.parametrize("text", [
    # controls: an upper-case headline's halves, a desk slug, a colon headline, no sentence after
    "ECONOMIC SPOTLIGHT - CHINA'S FOREIGN DEBT UP",
    "ANALYSIS - Why the talks failed",
    "WORLD: Leaders meet in Rome",
    "THE END - of an era",
    "WASHINGTON - Senators rebuked the Secretary of State.",
])
def test_headlines_stay_headlines(text: str) -> None:
    assert match_dateline(text, 0) is None


@pytest.mark.parametrize(("text", "mention", "want"), [
    # a dateline the branch now reads gives the story's bodies their country
    ("ABUJA, June 3, 2024 (NAN) The Senate passed the bill on Monday.", "Senate", "NGALEG"),
    ("ISLAMABAD, June 30 (APP): The Foreign Office summoned the Swedish charge d'affaires.",
     "Foreign Office", "PAKGOV"),
    ("Dhaka, Oct 31 (bdnews24.com) - Police fired tear gas at the workers.", "Police", "BGDCOP"),
])
def test_a_house_dateline_places_the_bodies(code: Any, text: str, mention: str, want: str) -> None:
    assert actor_at(code(text, date="2024-06-03"), mention) == want


@pytest.mark.parametrize(("text", "mention", "want"), [
    ("LONDON, June 3 (Reuters) - The Trades Union Congress called a strike.", "Trades Union Congress",
     "GBRLAB"),
    ("JOHANNESBURG, June 3 (Reuters) - The Congress of South African Trade Unions called a strike.",
     "Congress of South African Trade Unions", "ZAFLAB"),
    ("ACCRA, June 3 (Reuters) - The Ghana Federation of Labour threatened a strike.", "Federation of Labour",
     "GHALAB"),
    # controls: a legislature and a party called Congress keep their reading
    ("LIMA, June 3 (Reuters) - Congress voted to remove the president.", "Congress", "PERLEG"),
    ("MANILA, June 3 (Reuters) - The Congress approved the budget.", "Congress", "PHLLEG"),
])
def test_a_congress_of_labour_is_a_union_federation(code: Any, text: str, mention: str, want: str) -> None:
    art = code(text, date="2024-06-03")
    got = actor_at(art, mention) or next((t[0] for t in story_triples(art)), "")
    assert (got or "")[:6] == want, (got, story_triples(art))


@pytest.mark.parametrize(("text", "mention", "want"), [
    ("NEW DELHI, Aug 6 (PTI) Pakistan's Foreign Office rejected the remarks.", "Foreign Office", "PAKGOV"),
    ("BERLIN, May 2 (Reuters) - The Foreign Office summoned the Russian ambassador.", "Foreign Office",
     "DEUGOV"),
    ("ISLAMABAD, May 2 (APP): The Foreign Office said the talks would resume.", "Foreign Office", "PAKGOV"),
    # controls: Britain's own, and the bare name in a story placed elsewhere stays Britain's
    ("MOSCOW, May 2 (Reuters) - Britain's Foreign Office summoned the Russian ambassador.",
     "Foreign Office", "GBRGOV"),
    ("MOSCOW, May 2 (Reuters) - The Foreign Office summoned the Russian ambassador.", "Foreign Office",
     "GBRGOV"),
    ("LONDON, May 2 (Reuters) - The Foreign Office summoned the Russian ambassador.", "Foreign Office",
     "GBRGOV"),
])
def test_the_foreign_office_is_the_states_that_has_it(code: Any, text: str, mention: str, want: str) -> None:
    assert actor_at(code(text, date="2024-05-02"), mention) == want


@pytest.mark.parametrize(("text", "mention", "want"), [
    ("ABUJA, June 3 (NAN) - Senate President Godswill Akpabio met the union leaders.", "Godswill Akpabio",
     "NGALEG"),
    ("ABUJA, June 3 (NAN) - NLC President Joe Ajaero rejected the offer.", "Joe Ajaero", "NGA"),
    ("Dhaka, Oct 31 (bdnews24.com) - BGMEA President Faruque Hassan blamed outside forces.",
     "Faruque Hassan", "BGD"),
    # controls: the head of state keeps GOV, a known body's officer keeps its reading
    ("ABUJA, June 3 (NAN) - President Bola Tinubu met the union leaders.", "Bola Tinubu", "NGAGOV"),
    ("RAMALLAH, June 3 (Reuters) - Palestinian President Mahmoud Abbas met the envoy.", "Mahmoud Abbas",
     "PSEGOV"),
    ("GAZA (Reuters) - PLO Chairman Yasser Arafat met the envoy.", "Yasser Arafat", "PSE"),
])
def test_a_bodys_president_is_the_bodys(code: Any, text: str, mention: str, want: str) -> None:
    got = actor_at(code(text, date="2024-06-03" if "Arafat" not in text else "1998-06-03"), mention)
    assert got is not None and (got == want if len(want) == 6 or want == "NGA" or want == "BGD"
                                else got.startswith(want)), got


@pytest.mark.parametrize(("text", "want"), [
    ("AMMAN (Petra) -- Jordanian demonstrators chanted slogans against Israel.", ("JOROPP", "ISR", "141")),
    ("NEW DELHI (PTI) Opposition members raised slogans against the government in the Lok Sabha.",
     ("INDOPP", "INDGOV", "141")),
    ("KARACHI (APP): Pakistani protesters shouted slogans against the United States outside the consulate.",
     ("PAKOPP", "USA", "141")),
])
def test_slogans_against_a_party_are_a_demonstration(code: Any, text: str,
                                                     want: tuple[str, str, str]) -> None:
    got = story_triples(code(text, date="2023-10-18"))
    assert any(t[0][:6] == want[0] and t[1][:len(want[1])] == want[1] and t[2] == want[2] for t in got), got


@pytest.mark.parametrize("text", [
    # controls: fans chanting at a match and a company raising prices code nothing
    "CAIRO (Reuters) - Fans chanted slogans during the match.",
    "LONDON (Reuters) - The company raised prices again.",
])
def test_slogans_with_no_party_and_raised_prices_code_nothing(code: Any, text: str) -> None:
    assert not [t for t in story_triples(code(text, date="2023-10-18")) if t[2].startswith("14")]


@pytest.mark.parametrize(("text", "mention", "want"), [
    ("MANILA – The Department of Foreign Affairs (DFA) summoned the Chinese envoy on Monday.\n\nDFA "
     "spokesperson Teresita Daza said Manila had lodged a protest.", "Teresita Daza", "PHLGOV"),
    ("DHAKA, May 2 (bdnews24.com) - The Ministry of Foreign Affairs (MOFA) summoned the Indian envoy.\n\n"
     "MOFA spokesperson Seheli Sabrin said the talks would resume.", "Seheli Sabrin", "BGDGOV"),
    ("ACCRA, May 2 (GNA) - The Ghana Police Service (GPS) arrested ten people.\n\nGPS spokesman Alexander "
     "Obeng said the suspects would be charged.", "Alexander Obeng", "GHACOP"),
    # control: an acronym the story never introduced leaves the title as it was
    ("MANILA – DFA spokesperson Teresita Daza said Manila had lodged a protest.", "Teresita Daza", None),
])
def test_an_acronym_the_story_introduced_says_whose_the_title_is(code: Any, text: str, mention: str,
                                                                 want: str | None) -> None:
    got = actor_at(code(text, date="2024-03-25"), mention)
    assert (got or "")[:6] == (want or "") if want else got is None or not got.startswith("PHLGOV"), got


@pytest.mark.parametrize(("text", "want"), [
    ("AMMAN (Petra) -- Jordan sent 40 truckloads of food parcels to Gaza.", "07"),
    ("RIYADH (SPA) -- Saudi Arabia delivered 1,200 tons of food baskets to Yemen.", "07"),
])
def test_a_measure_of_relief_named_by_a_compound_is_aid(code: Any, text: str, want: str) -> None:
    got = story_triples(code(text, date="2024-04-10"))
    assert any(t[2].startswith(want) for t in got), got


def test_a_measure_of_goods_is_no_aid(code: Any) -> None:
    got = story_triples(code("LONDON (Reuters) - Britain sent 300 tons of steel beams to India.",
                        date="2024-04-10"))
    assert not [t for t in got if t[2].startswith("07")], got


@pytest.mark.parametrize("text", [
    "NEW DELHI, Aug 6 (PTI) External Affairs Minister S Jaishankar spoke with his Saudi counterpart Prince "
    "Faisal bin Farhan over the phone and discussed the situation in the Gulf.",
    "ANKARA, May 2 (AA) - Erdogan spoke by phone with Iraqi Prime Minister Mohammed Shia al-Sudani and "
    "discussed water sharing.",
    "KUALA LUMPUR, Nov 8 (Bernama) -- Anwar Ibrahim met Indonesian President Prabowo Subianto and discussed "
    "the crisis in Myanmar.",
])
def test_a_consultation_told_by_two_verbs_is_one(code: Any, text: str) -> None:
    art = code(text, date="2024-05-02")
    rows = [(e.source.code, e.target.code) for e in art.events
            if e.cameo and e.cameo.startswith("04") and e.source and e.target]
    assert rows and len(rows) == len(set(rows)), rows


def test_two_calls_with_two_partners_stay_two(code: Any) -> None:
    art = code("ANKARA, May 2 (AA) - Erdogan spoke by phone with Iraqi Prime Minister Mohammed Shia "
               "al-Sudani. He later discussed the war with Egyptian President Abdel Fattah al-Sisi.",
               date="2024-05-02")
    partners = {e.target.code[:3] for e in art.events if e.cameo and e.cameo.startswith("04") and e.target
                and e.source and e.source.code.startswith("TUR")}
    assert {"IRQ", "EGY"} <= partners, partners
