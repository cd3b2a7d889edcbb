"""Whole wire stories of our own read as an analyst would, sixteenth set (thirty-fifth session,
wip/stories37): ERA copy of 1989-2005 on the subjects the earlier sets used least (Abidjan's disputed
vote, Speight's hostages in Suva, Musharraf's coup and the Commonwealth, the Arusha embargo on Burundi,
the ELN's German hostages, the Jolo hostages freed, the U.S. embargo on Vietnam lifted, Tanzania's
Rwandan refugees, Hong Kong's boat people, the F-16s for Taiwan, Bonn's arms halt to Turkey, Saad Eddin
Ibrahim's trial, the pardons of Chun and Roh, Fujimori's extradition, Aegean airspace, the Bangladesh
border clash, the Hanish arbitration, the car tariffs of 1995, Russia's gas to Ukraine, the Kaduna riots,
Jordan's bread riots, the Polisario's last prisoners, Pankisi, Oviedo's defiance). Every expectation of
tests/events/stories37.py is asserted, and what the coder still gets wrong is a strict xfail with its
reason. Below them, the general classes the stories showed and the branch fixed, each with sentences of
our own the stories do not hold, and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import actor_at, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories37")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off phrase (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NAMED = "an act named by a bare noun whose doer the story told before"
_REFUSAL = ("a refusal told by 'would not' and a verb of yielding or dealing the lexicon lacks, or with no "
            "named party")
_HISTORY = ("history under ten years old is coded by design (the ten-year rule; the hidden set's records "
            "all carry one date, so a nearer cut would drop news)")

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'reuters_abidjan_vote:event:0': (
        "'... after dissolving the electoral commission, and his main rival Laurent Gbagbo rejected the "
        "result as a fraud': the lead's second clause, and a result of no named vote aims at no one by "
        "design (disputed_results); " + _LONG
    ),
    'reuters_abidjan_vote:event:4': "'condemned the seizure of the vote count': " + _NAMED,
    'reuters_abidjan_vote:clean:0': (
        "Gbagbo's appeal as CIVELI's, and the State Department's condemnation aimed at USA (the seizure of "
        "the vote count names no doer)"
    ),
    'reuters_suva_hostages:event:3': (
        "'Howard condemned the seizure as an assault on democracy and warned that Canberra could impose "
        "sanctions': the seizure named by a bare noun; " + _NAMED
    ),
    'reuters_suva_hostages:clean:0': (
        "the lead's storming read as ---UAF's attack on the parliament (FJILEG, 190) where Speight is "
        "unresolved, and Howard's conditional sanctions aimed at Canberra itself (AUSGOV -> AUSGOV 1312)"
    ),
    'reuters_islamabad_coup:event:1': (
        "'and the United States said it would not deal with the new rulers until they set a timetable': the "
        "lead's second clause and 'the new rulers'; " + _REFUSAL
    ),
    'reuters_islamabad_coup:event:4': (
        "'Sharif has been held under guard at a government rest house': a passive detention with no agent"
    ),
    'reuters_arusha_burundi:event:2': "'Buyoya said the sanctions were unjust': " + _NAMED,
    'reuters_arusha_burundi:event:3': (
        "'and he appealed to the leaders to give his government time': 'the leaders' of the lead's summit "
        "read as his own (BDIGOV); " + _TARGET
    ),
    'reuters_arusha_burundi:party:2': "'Major Pierre Buyoya' unresolved: " + _ERA,
    'reuters_arusha_burundi:clean:0': "Buyoya's appeal aimed at his own government (see event 3)",
    'ap_bogota_kidnap:event:1': (
        "'..., the army said Thursday': a trailing attribution keeps the kidnapping by design (no charge of "
        "the army's is coded beside it)"
    ),
    'ap_bogota_kidnap:event:2': (
        "'In Bonn, the Foreign Ministry called on the kidnappers': the kidnappers read as Germany's "
        "criminals (DEUCRM) from the fronted place; " + _TARGET
    ),
    'ap_bogota_kidnap:event:4': "'would not negotiate with kidnappers': no named party; " + _REFUSAL,
    'ap_bogota_kidnap:clean:0': (
        "the kidnappers as DEUCRM (see event 2), and 'dozens of foreign oil workers' as Colombia's labour "
        "(COLLAB, not ---)"
    ),
    'afp_jolo_hostages:event:2': "'would not pay any for the remaining hostages': " + _REFUSAL,
    'afp_hanoi_embargo:event:2': (
        "'He said Vietnam was ready to open talks on setting up liaison offices in the two capitals': talks "
        "with no partner named (the lead's United States); " + _TARGET
    ),
    'afp_hanoi_embargo:event:4': "'Veterans' groups in the United States criticised the move': " + _NAMED,
    'reuters_dar_refugees:event:0': (
        "'fired into the air and used sticks ... to turn back tens of thousands of Rwandan Hutu refugees': "
        "the purpose clause's turning back (174 on its own, this branch's fix) is lost after the firing; "
        + _LONG
    ),
    'reuters_dar_refugees:event:3': (
        "'Rwanda's government said it was ready to receive the refugees': refugees received home are no act "
        "to the lexicon"
    ),
    'reuters_dar_refugees:clean:0': (
        "'told parliament that those who refused to go would be escorted': the refugees' refusal read as the "
        "minister's rejection of parliament (TZAGOV -> TZALEG 120)"
    ),
    'reuters_hongkong_boatpeople:event:1': "'condemned the deportations as inhumane': " + _NAMED,
    'reuters_hongkong_boatpeople:event:3': (
        "'Hurd said in London that the returns would go on': a policy carried on, named by a bare noun, is "
        "no act to the lexicon"
    ),
    'reuters_hongkong_boatpeople:event:4': (
        "'Vietnam's Foreign Ministry said it had received the group': people received are no act to the "
        "lexicon"
    ),
    'reuters_hongkong_boatpeople:clean:0': (
        "the headline's '51 boat people', with no nationality, read as Hong Kong's own (HKGCVL)"
    ),
    'xinhua_beijing_f16:event:3': (
        "'Liu demanded that Washington revoke the decision and warned that it would seriously harm "
        "relations': a warning whose subject is the decision, in the second clause; " + _LONG
    ),
    'xinhua_beijing_f16:event:4': "'Bush announced the sale on Wednesday': " + _NAMED,
    'xinhua_beijing_f16:event:5': "'Taiwan's Defence Ministry welcomed the decision': " + _NAMED,
    'dpa_bonn_tanks:none:0': "'Germany has supplied Turkey ... since 1990' coded 070: " + _HISTORY,
    'dpa_bonn_tanks:clean:0': "the supplies since 1990 (see none 0)",
    'reuters_cairo_ibrahim:event:0': (
        "'An Egyptian security court sentenced sociologist Saad Eddin Ibrahim': the small model reads 'A "
        "security court sentenced sociologist' as a noun phrase in apposition to the name, so no verb and no "
        "court ('sentenced dissident X' is coded 116)"
    ),
    'reuters_cairo_ibrahim:event:1': (
        "'Ibrahim ... told reporters from the defendants' cage that he would appeal and called the verdict a "
        "blow': Ibrahim unresolved (see party 0), the verdict a bare noun; " + _NAMED
    ),
    'reuters_cairo_ibrahim:event:2': "'said it was deeply troubled by the sentence': " + _NAMED,
    'reuters_cairo_ibrahim:event:4': (
        "'Cairo would not accept foreign interference in its judicial affairs': 'foreign' names no party; "
        + _TARGET
    ),
    'reuters_cairo_ibrahim:party:0': (
        "'sociologist Saad Eddin Ibrahim' read as EGYJUD in the lead (the misparse of event 0) and "
        "unresolved here: " + _ERA
    ),
    'yonhap_seoul_pardon:event:2': "'The president-elect welcomed the decision': " + _NAMED,
    'yonhap_seoul_pardon:event:3': "'Dissident and student groups denounced the pardons': " + _NAMED,
    'yonhap_seoul_pardon:once:0': (
        "'granted special pardons ... and ordered their release from prison': the pardon and the release of "
        "one act coded twice (084)"
    ),
    'efe_lima_fujimori:event:1': (
        "'Wagner handed the 700-page request to the Japanese ambassador in Lima': a request handed over is "
        "no act to the lexicon"
    ),
    'efe_lima_fujimori:event:2': (
        "'Wagner said Peru expected Japan to show its commitment': an expectation voiced is no appeal to the "
        "lexicon (read as Japan's cooperation, JPN -> PERJUD 060)"
    ),
    'efe_lima_fujimori:event:3': (
        "'In Tokyo, a Foreign Ministry spokesman said Japan would study the request, but noted that Japanese "
        "law does not allow ...': a request studied is no act, and the 'noted that' clause read as a refusal "
        "aimed at Japanese citizens"
    ),
    'efe_lima_fujimori:event:4': "'Fujimori ... dismissed the charges as political persecution': " + _NAMED,
    'efe_lima_fujimori:clean:0': "the expectation read as cooperation and the law as a refusal (events 2, 3)",
    'reuters_athens_airspace:event:1': (
        "'... after Turkish warplanes violated Greek airspace 24 times': an airspace violation is no act to "
        "the lexicon (a 150 row was tried and dropped: it took the GSR-style charge 'said that Afghan "
        "warplanes had violated Pakistani airspace', 112, of probes_gsr17c)"
    ),
    'reuters_athens_airspace:event:2': "'Bikas said the flights were a deliberate provocation': " + _NAMED,
    'afp_paris_hanish:event:2': (
        "'in the presence of French Foreign Minister Herve de Charette, whose government had mediated "
        "between them': mediation in a relative clause of a passive's by-phrase; " + _LONG
    ),
    'kyodo_tokyo_autos:event:0': (
        "'file a complaint with the World Trade Organization against the 100 percent tariffs the United "
        "States plans to impose': the tariffs' imposer is in a relative clause, so the complaint aims at the "
        "WTO ('against the United States' is coded)"
    ),
    'kyodo_tokyo_autos:event:1': (
        "'\"Japan will not yield to unilateral threats,\" Hashimoto told a news conference': a quote with no "
        "named party (the story's United States; 'will not yield to threats from the United States' is "
        "coded 124); " + _TARGET
    ),
    'kyodo_tokyo_autos:event:2': (
        "'Kantor announced the sanctions ... after talks on opening Japan's market ... broke down': the "
        "sanctions named by a bare noun aim at the U.S. civilians; " + _NAMED
    ),
    'kyodo_tokyo_autos:clean:0': "the complaint aimed at the WTO and the sanctions at USACVL (events 0, 2)",
    'tass_kiev_gas:event:1': (
        "'Gazprom cut its supplies ... and warned that it would halt deliveries altogether unless Kiev began "
        "paying': the second verb of a long lead; " + _LONG
    ),
    'tass_kiev_gas:event:3': (
        "'said Ukraine would not be pressured into giving up its share of the Black Sea Fleet': " + _REFUSAL
    ),
    'reuters_kaduna_riots:event:3': (
        "'Obasanjo appealed for calm in a broadcast to the nation and ordered the army to restore order': "
        "the appeal with no addressee takes the second verb's army (NGAMIL)"
    ),
    'reuters_kaduna_riots:event:5': (
        "'and demanded that the plan for Islamic law be dropped': the demand aimed at the Muslims (NGAMOS) "
        "of the plan, not at the state government of the first verb"
    ),
    'reuters_kaduna_riots:event:6': (
        "'Makarfi said the bill had been suspended': a passive yielding with no agent (the speaker's own "
        "government)"
    ),
    'reuters_kaduna_riots:clean:0': (
        "the patrols read as a show of force on Muslims (NGAMIL -> NGAMOS 151), the burning of churches and "
        "mosques as 1712 on religion with no country (---REL), the appeal aimed at the army (event 3), the "
        "demand at the Muslims (event 5)"
    ),
    'reuters_amman_bread:event:0': (
        "'vowed on Saturday to crush with an iron fist anyone who tried to undermine Jordan's security': "
        "'anyone who ...' names no party (the headline's 'vows to crush bread rioters' is coded 137, this "
        "branch's fix); " + _TARGET
    ),
    'reuters_amman_bread:event:2': (
        "'and hurled stones at police, who fired tear gas to disperse them': the police's act in a relative "
        "clause; " + _LONG
    ),
    'reuters_amman_bread:event:4': (
        "'the king accused unnamed foreign parties and their agents inside Jordan': 'unnamed foreign "
        "parties' names no party; " + _TARGET
    ),
    'reuters_amman_bread:event:6': "'Kabariti said the government would not back down': " + _REFUSAL,
    'reuters_amman_bread:none:0': (
        "'Jordan agreed on an economic reform programme with the IMF in 1992' coded: " + _HISTORY
    ),
    'reuters_amman_bread:clean:0': (
        "'The army sealed off Kerak and imposed a curfew' read as a blockade by protest (144) on Jordan, and "
        "the IMF programme of 1992 (see none 0)"
    ),
    'afp_rabat_prisoners:event:1': (
        "'The release followed mediation by U.S. Senator Richard Lugar': a mediation named by a noun whose "
        "parties are the story's; " + _NAMED
    ),
    'afp_rabat_prisoners:event:2': (
        "'The International Committee of the Red Cross ... welcomed the end of what it called the world's "
        "longest captivity': " + _NAMED
    ),
    'afp_rabat_prisoners:none:0': (
        "'Morocco annexed the former Spanish colony in 1975, and fought the Polisario until a U.N.-brokered "
        "ceasefire in 1991' coded 190: the fight's end in 1991 is fourteen years back, but the second verb "
        "takes no date"
    ),
    'afp_rabat_prisoners:party:1': (
        "'The Polisario Front' unresolved as a mention (its acts are ESHREB's through the gazetteer); " + _ERA
    ),
    'afp_rabat_prisoners:clean:0': "the fight until 1991 (see none 0)",
    'reuters_tbilisi_pankisi:event:4': (
        "'Russia's Defence Ministry denied that any of its aircraft had crossed the border': a denial of a "
        "crossing no one is named to have made is no act"
    ),
    'efe_asuncion_oviedo:event:1': (
        "'Wasmosy told reporters at the presidential palace that he would not give in to threats': threats "
        "of no named party ('would not give in to threats from the army' is coded 124); " + _TARGET
    ),
    'efe_asuncion_oviedo:event:4': (
        "'The foreign ministers of the Mercosur trade bloc warned that Paraguay would be expelled': the "
        "bloc's ministers read as Paraguay's government (PRYGOV); " + _ERA
    ),
    'efe_asuncion_oviedo:clean:0': "the bloc's warning as Paraguay's own (see event 4)",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "date", "source"), [
    # a language's initials ("known by its Spanish initials FMLN") name no nationality
    ("SAN SALVADOR, Nov 12 (Reuters) - The rebels, known by their Spanish initials FMLN, attacked an army "
     "post in Chalatenango.", "1989-11-12", "SLV"),
])
def test_a_languages_initials_name_no_country(code: Any, text: str, date: str, source: str) -> None:
    art = code(text, date=date)
    assert _has(art, source, "SLV", ("19",)), story_triples(art)
    assert not any(s.startswith("ESP") for s, _, _ in story_triples(art)), story_triples(art)


def test_a_nationality_before_a_noun_stays_a_country(code: Any) -> None:
    # control: "Spanish police" are Spain's
    art = code("MADRID (Reuters) - Spanish police arrested two ETA suspects.", date="1997-05-12")
    assert actor_at(art, "Spanish police") == "ESPCOP", [(e.text, e.actor and e.actor.code)
                                                        for e in art.entities]


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # people sent, turned or pushed back over a border are deported (174)
    ("KUALA LUMPUR (Reuters) - Malaysia sent 300 Indonesian migrants back to Sumatra on Tuesday.",
     "1995-03-14", "MYS", "IDN"),
    ("ANKARA (Reuters) - Turkish soldiers turned back thousands of Iraqi Kurdish refugees at the border.",
     "1991-04-04", "TURMIL", "IRQ"),
    ("BANGKOK (Reuters) - Thai troops pushed back 3,000 Karen refugees into Burma on Monday.", "1997-06-04",
     "THAMIL", "MMR"),
])
def test_people_sent_back_are_deported(code: Any, text: str, date: str, source: str, target: str) -> None:
    art = code(text, date=date)
    assert _has(art, source, target, ("17",)), story_triples(art)


@pytest.mark.parametrize("text", [
    # controls: an envoy sent back home, refugees turning back of themselves
    "BANGKOK (Reuters) - Thailand sent its ambassador back to Rangoon.",
    "BANGKOK (Reuters) - The refugees turned back at the border.",
])
def test_other_returns_are_no_deportation(code: Any, text: str) -> None:
    art = code(text, date="1997-06-04")
    assert not any(c[:2] == "17" for _, _, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # a vow to crush rioters is a threat of repression (13), not an intent
    ("AMMAN (Reuters) - King Hussein vowed to crush the rioters.", "1996-08-17", "JORGOV", "JOR"),
    ("BANGKOK (Reuters) - Interior Minister Anan Kalinta vowed to crush the rioters.", "1992-05-17", "THAGOV",
     "THA"),
])
def test_a_vow_to_crush_rioters_is_a_threat(code: Any, text: str, date: str, source: str,
                                            target: str) -> None:
    art = code(text, date=date)
    assert _has(art, source, target, ("13",)), story_triples(art)
    assert not _has(art, source, target, ("03",)), story_triples(art)


def test_a_vow_to_help_stays_an_intent(code: Any) -> None:
    # control
    art = code("BANGKOK (Reuters) - The minister vowed to help the protesters.", date="1992-05-17")
    assert _has(art, "THA", "THA", ("03",)), story_triples(art)


def test_a_bare_surname_ner_left_untagged_is_its_bearers(code: Any) -> None:
    # "telephoned Shokhin": the surname alone after the full name is the same person
    art = code("KIEV (Itar-Tass) - Russian Deputy Premier Alexander Shokhin arrived on Monday. Ukrainian "
               "Prime Minister Leonid Kuchma telephoned Shokhin later in the day.", date="1993-05-17")
    assert _has(art, "UKRGOV", "RUSGOV", ("04",)), story_triples(art)


@pytest.mark.parametrize(("text", "pair"), [
    # after a headline, the paragraph's first name the parser cut off is joined again to its sentence
    ("Red Sea talks\n\nSANAA, May 21 (AFP) - Yemen and Oman held talks on Tuesday.", ("YEM", "OMN")),
    ("Border talks\n\nASMARA, May 21 (AFP) - Eritrea and Ethiopia held talks on Tuesday.", ("ERI", "ETH")),
])
def test_a_lead_after_a_headline_keeps_its_first_name(code: Any, text: str, pair: tuple[str, str]) -> None:
    art = code(text, date="1996-05-21")
    a, b = pair
    assert _has(art, a, b, ("04",)) and _has(art, b, a, ("04",)), story_triples(art)


def test_a_lead_the_parser_kept_whole_is_unchanged(code: Any) -> None:
    # control
    art = code("Border talks\n\nNEW DELHI, May 21 (Reuters) - India and Pakistan held talks on Tuesday.",
               date="1996-05-21")
    assert _has(art, "IND", "PAK", ("04",)) and _has(art, "PAK", "IND", ("04",)), story_triples(art)


@pytest.mark.parametrize(("text", "source", "target"), [
    # captives sent back home are released (0841; stories37b's Panmunjom)
    ("ISLAMABAD (Reuters) - Pakistan sent 40 Indian fishermen back across the Wagah border on Tuesday.",
     "PAK", "IND"),
])
def test_captives_sent_back_are_released(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="1996-06-13")
    assert _has(art, source, target, ("08",)), story_triples(art)
