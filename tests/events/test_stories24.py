"""Whole wire stories of our own read as an analyst would, third set (twenty-second session,
wip/stories24): every expectation of tests/events/stories24.py is asserted, and what the coder still gets
wrong is a strict xfail with its reason. Below them, the general classes the stories showed and the
branch fixed, each with sentences of our own and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories24")

pytestmark = [pytest.mark.model]

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    "ap_bishkek:event:2":
        "'rejected the note': the note's author is the sentence before's (Kyrgyzstan's ministry)",
    "ap_bishkek:event:3":
        "'offered to mediate between the two neighbors': 'the two neighbors' names no parties",
    "ap_bishkek:clean:0":
        "the headline's rally aimed at the protesters' own country, and Tajikistan's ministry read as "
        "Kyrgyzstan's",
    "afp_brussels:clean:0":
        "'would expel two Lithuanian diplomats' coded as a threat (136)",
    "afp_brussels:once:0":
        "the lead's sanctions are merged into the headline's event, and the lead's completed dyad repeats "
        "its triple as a row of its own (a Brussels dateline had made that row IGO -> BEL before stories25)",
    "xinhua_hanoi:event:1":
        "'held talks with General Secretary of the Communist Party of Vietnam Central Committee Nguyen "
        "Phu Trong': the long title is read as China's",
    "xinhua_hanoi:event:3":
        "'Trong said Vietnam ... and thanked China': the thanks goes to Vietnam (VNM), not its speaker",
    "kyodo_tokyo:event:2":
        "'the main opposition Democratic Party' in Seoul is read as the US Democrats (USAGOV)",
    "kyodo_tokyo:event:4":
        "NER misses 'Masakazu Tokura' after 'Keidanren chairman': the meeting goes to Kishida's Japan",
    "kyodo_tokyo:party:3":
        "'Democratic Party' is the US party whatever the story's country",
    "kyodo_tokyo:party:4":
        "NER misses 'Masakazu Tokura' after 'Keidanren chairman'",
    "kyodo_tokyo:clean:0":
        "the Democratic Party as USAGOV, the protest aimed at KOR, Yoon's meeting with business leaders "
        "coded with JPNGOV",
    "aljazeera_moscow:event:1":
        "'Gershkovich, 32, was arrested by ...': the age apposition hides the name: the target is RUSCVL",
    "aljazeera_moscow:event:2":
        "'The FSB accused him': 'him' goes to the CIA (USASPY) of the same sentence",
    "aljazeera_moscow:once:0":
        "'called the charges \"baseless\" and demanded his immediate release' is two acts (111, 1053); the "
        "list accepts both roots for one event, so the second counts as its duplicate",
    "aljazeera_moscow:party:0":
        "'Wall Street Journal reporter Evan Gershkovich' gets no actor (a foreign paper's reporter)",
    "aljazeera_moscow:clean:0":
        "the standfirst's detention coded with the journalist as source (USAMED -> USA), the arrest "
        "aimed at RUSCVL, and 'accused him' aimed at the CIA",
    "bbc_sydney:event:0":
        "'al-Qaeda-linked militants' is not read as a group of the al-Qaeda family",
    "bbc_sydney:event:1":
        "'thanked the government of Niger' inside a said-clause coordination is not coded",
    "bbc_sydney:clean:0":
        "the release with no agent coded as Australia's own (AUS -> AUS 0841)",
    "reuters_maputo:clean:0":
        "the headline's rejection aimed at the EU observers of the same headline",
    "ap_caracas:event:1":
        "'said the ruling \"lacks any credibility\"' has no row (a quoted criticism with no verb of "
        "criticism)",
    "ap_caracas:party:0":
        "'Supreme Tribunal of Justice President Caryslia Rodríguez' is read as the head of state (GOV)",
    "anadolu_khartoum:event:6":
        "'called on the parties': 'the parties' names no parties",
    "ria_moscow:event:1":
        "'hosted talks between the foreign ministers of Armenia and Azerbaijan': since the host's mediation "
        "is coded (045, leads41), the pair's own talks (046) are not coded beside it",
    "ria_moscow:event:3":
        "'denied the report': the report's author is in the sentence before",
    "ria_moscow:event:4":
        "NER misses 'Bayramov' at the start of a sentence: the accusation has no GOV source",
    "ria_moscow:party:1":
        "NER misses 'Ararat Mirzoyan' in the apposition after 'Armenia and Azerbaijan'",
    "ria_moscow:party:2":
        "NER misses 'Jeyhun Bayramov' after a list of two names",
    "ria_moscow:party:5":
        "NER misses 'Bayramov' at the start of a sentence",
    "ria_moscow:clean:0":
        "'Mirzoyan said Baku was not ready to give guarantees' is read as Baku's refusal",
    "reuters_sydney:event:1":
        "'a Beijing court handed a suspended death sentence to' has no row (a sentence handed down)",
    "reuters_sydney:event:3":
        "\"Yang's family\" gets no actor; the appeal's source runs back to the spokesman",
    "reuters_sydney:clean:0":
        "China's court as the source of the spokesman's appeal, and the family's appeal as China's",
    "xinhua_nairobi:event:0":
        "'handed over 500 tonnes of rice donated by China to ...': the handing over of aid has no row",
    "xinhua_nairobi:party:0":
        "NER misses 'Zhou Pingjian' after 'Chinese Ambassador to Kenya'",
    "xinhua_nairobi:party:1":
        "NER misses 'Alfred Mutua' after 'Cabinet Secretary for Foreign Affairs'",
    "kyodo_abductions:event:2":
        "'Families of the abductees' gets no actor",
    "aljazeera_doha:clean:0":
        "'representatives of Kinshasa' read as Congo's legislature signing with Rwanda, and the "
        "reported shelling",
    "bbc_london:event:2":
        "'warned that Iran would respond to any new sanctions': the warning is aimed at Iran itself",
    "bbc_london:party:5":
        "NER misses 'Mohammad Rostami' after \"the unit's chief,\"",
    "bbc_london:clean:0":
        "the warning aimed at Iran, and 'Protests have continued across Iran' as IRN -> IRN 141",
    "anadolu_ankara:event:1":
        "'after hosting the leaders of the two countries': 'the two countries' names no parties",
    "anadolu_ankara:party:4":
        "NER misses 'Mohamud' at the start of a sentence",
    "tass_istanbul_denial:none:0":
        "'denied media reports that ... had held secret talks' is coded 016 aimed at Ukraine",
    "tass_istanbul_denial:clean:0":
        "'Kiev had banned itself by law from talking' as UKR -> UKR 172",
    "reuters_dubai:event:0":
        "'said ... that Israel \"must be punished and it will be\"': a quoted threat in the passive has "
        "no row",
    "reuters_dubai:event:1":
        "'told his German counterpart ... by phone that': telling by phone is not read as a call",
    "reuters_dubai:event:3":
        "'Gallant said Israel would strike': the threat's source is the clause's Israel, not its speaker",
    "reuters_dubai:event:5":
        "'told Amir-Abdollahian in a phone call that': telling in a call is not read as a call",
    "reuters_dubai:clean:0":
        "the threat coded for Israel (ISR), not its defence minister",
    "anadolu_istanbul:event:0":
        "'gathered outside the Israeli Consulate General ... to protest a deadly strike on a hospital': "
        "the protest's target is the hospital, not the state whose consulate it is",
    "anadolu_istanbul:event:1":
        "'police used water cannon to push them back': 'them' (the stone-throwers) is not resolved",
    "anadolu_istanbul:event:3":
        "'said the blast ... was caused by a failed rocket launch by the Palestinian Islamic Jihad': a "
        "cause told as a passive is not an accusation",
    "anadolu_istanbul:party:4":
        "'police' after 'and' in a second clause gets no actor",
    "anadolu_istanbul:clean:0":
        "the headline's protest for TUR alone, the protest aimed at a hospital, and the Amman protest "
        "aimed at Jordan",
    "afp_paris:none:0":
        "'Oman has mediated several prisoner releases ... in recent years' (a habit) is coded 045",
    "afp_paris:clean:0":
        "Oman's habit of mediation coded as mediation with Iran and the West",
    "tass_istanbul_denial:none:2":
        "'According to the reports, ... the two sides discussed': the story's pair (Russia, Ukraine) is "
        "now found for 'the two sides' (gaps29), and the reported, denied talks are coded; a report "
        "attributed to unnamed sources is no act",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


@pytest.mark.parametrize(("text", "mention", "want"), [
    # a sentence that opens "In PLACE," places its office holders and bodies of no stated country there,
    # not in the dateline's country, which only says where the story was filed
    ("MOSCOW, May 22 (Reuters) - Russia barred 63 Japanese citizens from entering the country. In Tokyo, "
     "Chief Cabinet Secretary Hirokazu Matsuno criticised the decision.", "Hirokazu Matsuno", "JPNGOV"),
    ("MOSCOW, May 22 (Reuters) - Russia expelled two Japanese diplomats. In Tokyo, the Foreign Ministry "
     "condemned the expulsion.", "Foreign Ministry", "JPNGOV"),
    ("BEIJING, March 3 (Reuters) - China raised tariffs on Australian wine. In Canberra on Friday, the "
     "trade minister said the government would appeal.", "trade minister", "AUSGOV"),
    ("NAIROBI, June 2 (AFP) - Kenya closed its border with Somalia. In Mogadishu, police arrested three "
     "Kenyan traders.", "police", "SOMCOP"),
    # controls: a role with its own country, a statement that is no place, troops (often a foreign
    # army's) and a place that is the dateline's own keep their reading
    ("MOSCOW, May 22 (Reuters) - Russia expelled two Japanese diplomats. In Tokyo, Russia's ambassador "
     "was summoned.", "ambassador", "RUSGOV"),
    ("MOSCOW, May 22 (Reuters) - Russia expelled two Japanese diplomats. In a statement, the Foreign "
     "Ministry said they had broken the law.", "Foreign Ministry", "RUSGOV"),
    ("JERUSALEM, May 22 (Reuters) - Israel widened its offensive. In Gaza, troops fired at a crowd near an "
     "aid convoy.", "troops", "ISRMIL"),
    ("MOSCOW, May 22 (Reuters) - Russia expelled two Japanese diplomats. In Moscow, the Foreign Ministry "
     "summoned the Japanese ambassador.", "Foreign Ministry", "RUSGOV"),
])
def test_a_fronted_place_places_the_sentence(code: Any, text: str, mention: str, want: str) -> None:
    assert actor_at(code(text, date="2023-05-22"), mention) == want


@pytest.mark.parametrize(("text", "mention", "want"), [
    # British and Australian copy writes the courtesy title with no full stop; NER takes it into the name
    ("SYDNEY, Feb 5 (Reuters) - Foreign Minister Penny Wong met Chinese officials on Monday. Ms Wong said "
     "the talks were useful.", "Ms Wong", "AUSGOV"),
    ("LONDON, Feb 5 (Reuters) - Prime Minister Rishi Sunak met Irish officials on Monday. Mr Sunak said "
     "the talks were useful.", "Mr Sunak", "GBRGOV"),
    ("WELLINGTON, Feb 5 (Reuters) - Foreign Minister Nanaia Mahuta met Chinese officials on Monday. Mrs "
     "Mahuta said the talks were frank.", "Mahuta said", "NZLGOV"),
    # control: the American full stop keeps its reading
    ("SYDNEY, Feb 5 (Reuters) - Foreign Minister Penny Wong met Chinese officials on Monday. Ms. Wong "
     "said the talks were useful.", "Wong said", "AUSGOV"),
])
def test_a_courtesy_title_without_a_stop_is_no_part_of_the_name(code: Any, text: str, mention: str,
                                                                 want: str) -> None:
    assert actor_at(code(text, date="2023-02-05"), mention) == want


_BBC_PAGE = """Iran summons UK envoy over sanctions

10 October 2022

Iran's foreign ministry summoned the British ambassador on Monday over new sanctions.

The ministry accused London of interfering in Iran's affairs.

Related Topics
Iran
United Kingdom

More on this story
Iran protests: Students heckle official
UK sanctions Iran morality police
"""

_AJ_PAGE = """Iran summons UK envoy over sanctions

Published On 10 Oct 2022
10 Oct 2022

Iran's foreign ministry summoned the British ambassador on Monday over new sanctions.

list of 3 items
list 1 of 3
Israel strikes Hamas targets in Gaza
list 2 of 3
Russia expels Moldovan diplomat
list 3 of 3
What is behind the protests?
end of list

The ministry accused London of interfering in Iran's affairs.

Source: Al Jazeera
"""


def test_a_web_pages_related_stories_end_the_copy() -> None:
    from wirewatch.pipeline import analyze

    a = analyze(_BBC_PAGE, only="structure")
    assert "heckle" not in a.body and a.body.rstrip().endswith("Iran's affairs.")
    assert "Iran protests: Students heckle official" in a.related_headlines


def test_related_headlines_give_no_events(code: Any) -> None:
    for page in (_BBC_PAGE, _AJ_PAGE):
        art = code(page, date="2022-10-10")
        got = story_triples(art)
        # only the story's own acts (Iran's at Britain), none of the other stories' headlines
        assert got and all(s.startswith("IRN") and t.startswith("GBR") for s, t, _ in got), got


@pytest.mark.parametrize("text", [
    # controls: a heading followed by prose is no trailer, and a sentence that starts with the words is
    # story text
    "Iran summons UK envoy\n\nIran's foreign ministry summoned the British ambassador.\n\nRelated Topics\n\n"
    "The ministry also accused London of interfering in Iran's affairs and of backing rioters in several "
    "cities, a charge the British government denied on Monday evening in a long statement.\n",
    "Iran summons UK envoy\n\nIran's foreign ministry summoned the British ambassador.\n\n"
    "More on this story later, the ministry said.\n",
])
def test_prose_after_a_heading_stays_in_the_body(text: str) -> None:
    from wirewatch.pipeline import analyze

    a = analyze(text, only="structure")
    assert a.body.rstrip().endswith(text.rstrip().splitlines()[-1].rstrip()[-20:])


@pytest.mark.parametrize(("text", "mention", "want"), [
    # a state's consulate general or high commission is its mission abroad, as its embassy
    ("ISTANBUL, Oct 18 (Reuters) - Protesters gathered outside the Israeli Consulate General in "
     "Istanbul.", "Israeli Consulate General", "ISRGOV"),
    ("DHAKA, Oct 18 (Reuters) - The Indian High Commission in Dhaka said the visas would be issued.",
     "Indian High Commission", "INDGOV"),
    # controls: a general is still an officer, a UN high commissioner the UN's, a bare consulate the
    # country's (an attack on it keeps the force reading, test_junk21's c7)
    ("KARACHI, Oct 18 (Reuters) - Police guarded the Chinese consulate after the attack.",
     "Chinese consulate", "CHN"),
    ("ISTANBUL, Oct 18 (Reuters) - Israeli General Herzi Halevi visited the border.", "Herzi Halevi",
     "ISRMIL"),
    ("GENEVA, Oct 18 (Reuters) - The UN High Commissioner for Refugees criticised Greece.", "UN",
     "IGOUNO"),
])
def test_a_consulate_is_its_states_mission(code: Any, text: str, mention: str, want: str) -> None:
    got = actor_at(code(text, date="2023-10-18"), mention)
    assert (got or "")[:6] == want[:6], got


@pytest.mark.parametrize(("text", "want"), [
    # a forecast by commentators (a modal or a future under their belief or words) reports no act
    ("MOSCOW, May 1 (Reuters) - Some analysts believe that Russia and Ukraine could resume talks after the "
     "election.", set()),
    ("MOSCOW, May 1 (Reuters) - Russia and Ukraine could resume talks after the election, analysts "
     "believe.", set()),
    ("MOSCOW, May 1 (Reuters) - Analysts say Russia could impose sanctions on Moldova.", set()),
    ("NAIROBI, May 1 (Xinhua) -- Kenyan experts said China-Kenya cooperation will deepen further.", set()),
    # controls: an act commentators report, and a modal in an official's or a minister's words, stay
    ("MOSCOW, May 1 (Reuters) - Analysts said Russia expelled two Moldovan diplomats last week.",
     {("RUS", "MDAGOV", "166")}),
    # (an official's "could" is a possibility too, and codes nothing: modality24's convention)
    ("MOSCOW, May 1 (Reuters) - Officials said Russia could impose sanctions on Moldova.", set()),
    ("MOSCOW, May 1 (Reuters) - Russia will impose sanctions on Moldova, the minister said.",
     {("RUS", "MDA", "1312")}),
])
def test_a_commentators_forecast_is_no_act(code: Any, text: str, want: set[tuple[str, str, str]]) -> None:
    assert story_triples(code(text, date="2024-05-01")) == want
