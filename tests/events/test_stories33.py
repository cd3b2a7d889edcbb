"""Whole wire stories of our own read as an analyst would, twelfth set (thirty-first session,
wip/stories33): ERA copy of 1985-1989 and 2000-2005 on subjects the earlier sets left aside (Iran Air 655,
the Achille Lauro, the raid on Libya seen from Moscow, the Senate's sanctions override, the intifada's first
weeks, Marcos, Duvalier, Chile's plebiscite, Stroessner, the Geneva accords, Vietnam's pullout from
Cambodia, the Hainan collision, India's measures of December 2001, North Korea leaving the NPT, Libya's
weapons, the EU-3 in Tehran, Carmona, de la Rua, Taylor's exile, the Rose revolution, Beslan, Syria's
pullout, Nepal's royal coup, Andijan). Every expectation of tests/events/stories33.py is asserted, and
what the coder still gets wrong is a strict xfail with its reason. Below them, the general classes the
stories showed and the branch fixed, each with sentences of our own the stories do not hold, and controls
that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories33")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (the actors33 helper's subject)"
_LONG = "a long lead's second verb or set-off phrase (the parse33 helper's subject)"
_TARGET = "who the act is done to (the targets33 helper's subject)"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'irna_tehran_vincennes:event:1': (
        "'vowed to take revenge on the United States for the shooting down of ..., in which all 290 people "
        "on board were killed, and called on the United Nations Security Council to condemn': the second "
        "verb after a relative clause is lost (alone, 'Iran called on the UN Security Council' codes); "
        + _LONG
    ),
    'ansa_rome_lauro:clean:0': (
        "'Egypt agreed to negotiate with the gunmen' and 'would not negotiate with terrorists': gunmen and "
        "terrorists of no named country are read as the speaker's own (EGYUAF, USAUAF), not the story's "
        "Palestinian hijackers"
    ),
    'tass_moscow_libyaraid:event:4': "France and Spain's refusal aimed at USRMIL (see clean 0)",
    'tass_moscow_libyaraid:clean:0': (
        "'refused to let the planes fly over their territory': 'the planes' of a story told of U.S. "
        "bombers take the Moscow dateline's country (USRMIL); " + _ERA
    ),
    'ap_washington_override:event:0': (
        "'voted 78-21 ... to override his veto of a bill imposing economic sanctions on South Africa': a "
        "bill's participle under a veto under an override codes nothing (alone, 'passed a bill imposing "
        "sanctions on South Africa' codes, but 'the Senate' there is read as South Africa's)"
    ),
    'ap_washington_override:event:1': (
        "'said Pretoria deplored the vote': a vote deplored names no party (the Senate of the lead); "
        + _TARGET
    ),
    'ap_jerusalem_jabaliya:event:0': (
        "'Israeli soldiers on Tuesday shot and killed two Palestinian youths who stoned an army patrol ..., "
        "and the army imposed a curfew on several camps': the killing is lost in the long lead and the "
        "curfew is aimed at Israel (ISR); " + _LONG
    ),
    'ap_jerusalem_jabaliya:event:1': "the curfew aimed at ISR (see event 0)",
    'ap_jerusalem_jabaliya:clean:0': (
        "the curfew aimed at ISR (see event 0), and 'Arab residents of East Jerusalem went on strike' read "
        "as Israeli civilians (ISRCVL); " + _ERA
    ),
    'ap_jerusalem_jabaliya:once:0': (
        "the headline's 'U.N. council deplores Israel's handling' counted beside the lead's deplored "
        "resolution (the same act told twice)"
    ),
    'upi_manila_marcos:once:0': (
        "the headline's 'Reagan recognizes Aquino government' counted beside the lead's 'recognized the "
        "Aquino government' (the same act told twice), since 'In Washington' no longer sets the story in the "
        "US and the lead's act is coded (thirty-ninth session, wip/actors41)"
    ),
    'upi_manila_marcos:clean:0': (
        "the headline's 'Aquino government' read as the fallen president (PHLELI), Marcos's flight aboard "
        "U.S. helicopters read as a visit (042), and the officers' pledge of loyalty aimed at USAMIL"
    ),
    'afp_portauprince_duvalier:event:0': (
        "'ordered the release of all political prisoners': political prisoners get no actor; " + _TARGET
    ),
    'afp_portauprince_duvalier:event:1': "'the Tontons Macoutes militia': " + _ERA,
    'afp_portauprince_duvalier:event:2': (
        "'had agreed to admit Duvalier for up to eight days while a country willing to grant him asylum was "
        "found': admitting a fallen ruler is no act the lexicon knows"
    ),
    'afp_portauprince_duvalier:party:0': "'President-for-Life Jean-Claude Duvalier': " + _ERA,
    'efe_santiago_plebiscite:event:0': (
        "'Opposition leader Patricio Aylwin, the Christian Democrat chairman who led the \"No\" campaign, "
        "called on the armed forces ...': the apposition with a relative clause and a quoted word loses "
        "the verb; " + _LONG
    ),
    'efe_asuncion_stroessner:event:0': (
        "'led troops and tanks in an assault on the barracks of the presidential escort ... and overthrew "
        "General Alfredo Stroessner': an assault led is no act the coder reads"
    ),
    'efe_asuncion_stroessner:event:4': (
        "'Stroessner was placed under house arrest ..., the sources said, and Brazil offered him asylum': "
        "the second clause after a parenthetical attribution is lost; " + _LONG
    ),
    'tass_geneva_accords:party:0': "'Abdul Wakil', Afghanistan's foreign minister in 1988: " + _ERA,
    'tass_geneva_accords:party:1': "'Zain Noorani', Pakistan's minister of state in 1988: " + _ERA,
    'xinhua_beijing_hainan:event:2': (
        "'wrote an open letter to President George W. Bush accusing him of cowardice': a participle on a "
        "letter's writer is not read as an accusation of the addressee"
    ),
    'kcna_pyongyang_npt:event:0': (
        "'issued a statement today declaring its withdrawal ..., saying the U.S. had pursued a hostile "
        "policy': a saying-participle under a participle under a statement codes no accusation; " + _LONG
    ),
    'kcna_pyongyang_npt:event:1': (
        "'Powell said the United States was ready to talk': the act goes to the reported clause's "
        "country (USA), not to the named office holder (USAGOV)"
    ),
    'kcna_pyongyang_npt:clean:0': "the readiness from USA (see event 1)",
    'reuters_london_libyawmd:event:0': (
        "'Libya has agreed to give up its programmes ... and to admit international inspectors after nine "
        "months of secret talks with the United States and Britain': a yielding with no party named in "
        "its clause finds none; " + _TARGET
    ),
    'reuters_london_libyawmd:event:1': (
        "'welcomed the decision': a decision welcomed names no party; " + _TARGET
    ),
    'irna_tehran_eu3:event:0': (
        "'Iran on Tuesday agreed to sign the Additional Protocol ... and to suspend uranium enrichment': "
        "a treaty signed names no party; " + _TARGET
    ),
    'irna_tehran_eu3:event:1': (
        "'after talks in Tehran between Hassan Rohani, ..., and the foreign ministers of Britain, France and "
        "Germany': talks in an after-phrase are not coded"
    ),
    'irna_tehran_eu3:event:2': "the European side of the talks (see event 1)",
    'irna_tehran_eu3:event:3': (
        "'Kharrazi said the agreement showed that the Islamic Republic had nothing to hide and called on "
        "the IAEA': the second verb is given to the that-clause's subject (IRN), not to Kharrazi; " + _LONG
    ),
    'irna_tehran_eu3:party:0': (
        "'Hassan Rohani, secretary of the Supreme National Security Council' coded USAGOV: the council's "
        "name is read as Washington's; " + _ERA
    ),
    'irna_tehran_eu3:clean:0': "the appeal from IRN (see event 3)",
    'notimex_caracas_carmona:event:0': (
        "'forced President Hugo Chavez to resign early on Friday, hours after gunmen opened fire ..., and "
        "named Pedro Carmona': forcing a resignation is no act the coder reads; " + _LONG
    ),
    'notimex_caracas_carmona:event:1': (
        "'Carmona, sworn in at the palace, dissolved the National Assembly and the Supreme Court': "
        "Carmona gets no actor (see party 1)"
    ),
    'notimex_caracas_carmona:event:3': (
        "'Chavez's supporters from the slums of western Caracas' coded VENGOV, the president's own; "
        + _ERA
    ),
    'notimex_caracas_carmona:event:4': "the police's side of the clash with VENGOV (see event 3)",
    'notimex_caracas_carmona:party:1': (
        "'Pedro Carmona, the head of the Fedecamaras business federation': " + _ERA
    ),
    'notimex_caracas_carmona:clean:0': (
        "the headline's 'Chavez forced out' read as Chavez's own act, 'Mexico would not recognise the new "
        "government until elections were held' coded from MEX (a conditional refusal), and the clash read "
        "between VENGOV and VENCOP (see event 3)"
    ),
    'pana_monrovia_taylor:party:3': "'Mozambique's Joaquim Chissano' coded MOZ: " + _ERA,
    'itartass_tbilisi_rose:event:0': (
        "'resigned on Sunday after talks with opposition leaders Mikhail Saakashvili and Zurab Zhvania': "
        "talks in an after-phrase are not coded, and the resignation is read as yielding to Russia (083)"
    ),
    'itartass_tbilisi_rose:event:1': "the opposition's side of the talks (see event 0)",
    'itartass_tbilisi_rose:party:3': "'Aslan Abashidze', leader of Adzharia: " + _ERA,
    'itartass_tbilisi_rose:party:4': "'Nino Burjanadze', parliament speaker and acting president: " + _ERA,
    'itartass_tbilisi_rose:clean:0': (
        "the resignation after talks brokered by Ivanov read as Georgia yielding to Russia (083; see "
        "event 0)"
    ),
    'itartass_tbilisi_rose:once:0': (
        "'refused to recognise the new authorities ... and closed the region's administrative border': the "
        "two acts coded the same (160) count once"
    ),
    'interfax_beslan_school:event:1': (
        "'The hostage takers had demanded the withdrawal of Russian troops from Chechnya': the hostage "
        "takers get no actor"
    ),
    'interfax_beslan_school:party:2': "'Chechen and Ingush militants': " + _ERA,
    'sana_damascus_withdrawal:event:1': (
        "'President Bashar al-Assad sent a message to Lebanese President Emile Lahoud pledging that Syria "
        "would stand by Lebanon': the second clause of the long lead is lost; " + _LONG
    ),
    'sana_damascus_withdrawal:event:2': (
        "'demanded the resignation of pro-Syrian security chiefs over the killing of former Prime Minister "
        "Rafik Hariri': the demand is read from SYROPP and aimed at Hariri (LBNELI); " + _TARGET
    ),
    'sana_damascus_withdrawal:clean:0': "the demand from SYROPP at LBNELI (see event 2)",
    'pti_kathmandu_gyanendra:event:2': (
        "'the King accused the political parties of failing to hold elections': 'the political parties' "
        "gets no actor; " + _ERA
    ),
    'pti_kathmandu_gyanendra:party:2': (
        "'The Communist Party of Nepal (Maoist)' coded NPLPTY, the insurgents of 2005: " + _ERA
    ),
    'pti_kathmandu_gyanendra:clean:0': (
        "the dismissal of the government read as a rejection (NPLGOV -> NPLGOV 120), and the Maoists' "
        "strike from NPLPTY (see party 2); and (stories41's verdict words) 'the move was a serious setback' "
        "aimed at the last deed told, the army's (INDGOV -> NPLMIL 111), not the King's"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


def _has(art: Any, source: str, target: str, roots: tuple[str, ...]) -> bool:
    return any(s.startswith(source) and t.startswith(target) and c[:2] in roots
               for s, t, c in story_triples(art))


@pytest.mark.parametrize(("text", "source", "target"), [
    # revenge taken, exacted or wreaked is force: vowing it threatens force (138), as vowing to avenge does
    ("BAGHDAD (INA) - Iraq vowed to exact revenge on the Kurdish rebels.", "IRQ", "IRQ"),
    ("GAZA (Reuters) - Hamas vowed to take revenge on Israel for the killing.", "PSE", "ISR"),
    ("GAZA (Reuters) - Islamic Jihad threatened to wreak vengeance on Israel.", "PSE", "ISR"),
])
def test_a_vow_of_revenge_taken_is_a_threat(code: Any, text: str, source: str, target: str) -> None:
    art = code(text, date="1995-06-01")
    assert _has(art, source, target, ("13",)), story_triples(art)


def test_revenge_taken_is_force(code: Any) -> None:
    art = code("KABUL (AFP) - The Taliban took revenge on the villagers who had helped government troops.",
               date="1998-09-01")
    assert _has(art, "AFG", "AFG", ("19",)), story_triples(art)


def test_taking_part_is_no_force(code: Any) -> None:
    # control: "take" is force only with revenge for its object
    art = code("ISLAMABAD (APP) - Pakistan will take part in the talks with India.", date="1995-06-01")
    assert not any(c.startswith(("13", "19")) for _, _, c in story_triples(art)), story_triples(art)


@pytest.mark.parametrize(("text", "one", "other", "third"), [
    # a two-way act of two named parties does not borrow the object of the verb joined to it
    ("NICOSIA (Reuters) - Greek Prime Minister Andreas Papandreou and Turkish Prime Minister Tansu Ciller "
     "spoke by telephone and urged the United Nations to resume talks on Cyprus.", "GRC", "TUR", "IGO"),
    ("BEIJING (Xinhua) - Chinese President Jiang Zemin and Russian President Boris Yeltsin spoke by "
     "telephone and invited Kazakh President Nursultan Nazarbayev to the summit.", "CHN", "RUS", "KAZ"),
])
def test_two_who_spoke_by_telephone_spoke_to_each_other(code: Any, text: str, one: str, other: str,
                                                        third: str) -> None:
    art = code(text, date="1995-06-01")
    got = story_triples(art)
    assert _has(art, one, other, ("04",)) and _has(art, other, one, ("04",)), got
    assert not any(c.startswith("04") and t.startswith(third) for _, t, c in got), got


def test_two_who_met_and_signed_keep_each_other(code: Any) -> None:
    # control: a two-way act with no borrowed object stays between its two parties
    art = code("BEIJING (Xinhua) - Chinese President Jiang Zemin and Russian President Boris Yeltsin held "
               "talks in Moscow and signed a treaty.", date="1996-04-25")
    assert _has(art, "CHN", "RUS", ("04",)) and _has(art, "RUS", "CHN", ("04",)), story_triples(art)


def test_a_that_clause_subject_of_the_speakers_own_side_is_not_the_target(code: Any) -> None:
    # "his government", "its army" in a warning's that-clause is the speaker's side, the doer
    art = code("NEW DELHI (PTI) - The spokesman said Islamabad regretted the decision and warned that its "
               "army would respond to any Indian attack.", date="1995-06-01")
    got = story_triples(art)
    assert _has(art, "PAK", "IND", ("13",)), got
    assert not any(s[:3] == t[:3] == "PAK" for s, t, _ in got), got


@pytest.mark.parametrize(("text", "source", "target", "own"), [
    # an act on a meeting between the source's own side and another country's is aimed at the other side
    ("TOKYO (Kyodo) - Japan cancelled a meeting between its trade minister and U.S. Trade Representative "
     "Mickey Kantor.", "JPN", "USA", "JPN"),
    ("SEOUL (Yonhap) - North Korea called off talks between its delegation and South Korean officials.",
     "PRK", "KOR", "PRK"),
])
def test_a_meeting_called_off_is_aimed_at_the_other_side(code: Any, text: str, source: str, target: str,
                                                         own: str) -> None:
    art = code(text, date="1995-06-01")
    got = story_triples(art)
    assert _has(art, source, target, ("12", "16")), got
    assert not any(s.startswith(source) and t.startswith(own) for s, t, _ in got), got


def test_a_meeting_of_one_country_keeps_both_its_sides(code: Any) -> None:
    # control: talks between two sides of the source's own country keep both
    art = code("KHARTOUM (Reuters) - Sudan called off talks between the army and the SPLA.",
               date="1995-06-01")
    got = {t for _, t, c in story_triples(art) if c.startswith("16")}
    assert len(got) == 2, story_triples(art)


@pytest.mark.parametrize(("text", "source", "target"), [
    # a nationality tagged apart just before a state body names its state, not the sentence's other one
    ("MANILA (AFP) - A Chinese Foreign Ministry spokesman accused the Philippines of violating Chinese "
     "territory.", "CHNGOV", "PHL"),
    ("BANGKOK (Xinhua) - A Chinese Foreign Ministry spokesman condemned Vietnam.", "CHNGOV", "VNM"),
])
def test_a_nationality_before_a_state_body_names_its_state(code: Any, text: str, source: str,
                                                           target: str) -> None:
    art = code(text, date="1989-09-26")
    assert _has(art, source, target, ("11",)), story_triples(art)
