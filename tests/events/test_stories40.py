"""Whole wire stories of our own read as an analyst would, nineteenth set (thirty-eighth session,
wip/stories40): ERA copy of 1985-2004 on the subjects the earlier sets used least (Mainassara's coup in
Niamey, Azali's in Moroni, the Nordic truce monitors in Sri Lanka, the Gali fighting, the U.N. sanctions on
Sudan, Bush's lifting of the South Africa sanctions, the Gordievsky expulsions, Mexico's row with Havana,
Jiang's visit to Tokyo, Putin's to New Delhi, the Pakistani peacekeepers killed in Mogadishu, India's
pullout from Sierra Leone, the U.N. hostages of May 1995, the Riyadh bombing, Lluch's killing, the Soviet
diplomats kidnapped in Beirut, the U.N. observers freed in Tajikistan, the American inspectors expelled
from Iraq, the Tehran deal with three European ministers, Harare's strike ban, martial law in Lhasa,
Anwar's sentence, the Welfare Party's ban, the Stockholm donors for Central America). Every expectation of
tests/events/stories40.py is asserted, and what the coder still gets wrong is a strict xfail with its
reason. Below them, the general classes the stories showed and the branch fixed, each with sentences of
our own the stories do not hold, and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories40")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NOROW = "a verb or noun no lexicon row codes"
_VERDICT = "a verdict by a predicate the verdict rows lack"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'afp_niamey_coup:event:0': (
        "'defended their overthrow of President Mahamane Ousmane': a defence of an act named by a noun; "
        '_NOROW'
    ),
    'afp_niamey_coup:event:1': (
        "'..., and promised to hold fresh elections': the second verb after a participle clause; _LONG"
    ),
    'afp_niamey_coup:event:2': (
        "'France condemned the coup': the coup was told only as a noun ('their overthrow'), so no act is "
        'remembered'
    ),
    'afp_niamey_coup:event:4': (
        "'The United States also suspended its aid': the recipient is the sentence before's; _TARGET"
    ),
    'afp_niamey_coup:event:5': (
        "'and called for the immediate release of the detained leaders': aimed at NER, not the junta holding "
        'them; _TARGET'
    ),
    'reuters_moroni_coup:event:2': (
        "'ousted interim President ...' read as a verdict (COMGOV -> COMGOV 112): Azali read as COMGOV; _ERA"
    ),
    'reuters_moroni_coup:event:6': (
        "'Anjouan's separatist leaders ... rejected any talks': the separatists read as ---REB (Anjouan is no"
        ' place of the tables); _ERA'
    ),
    'reuters_colombo_truce_monitors:event:2': (
        "'The mission said navy gunboats sank the trawler after a two-hour gun battle': a reported sinking "
        'with its victims in an after-clause; _LONG'
    ),
    'reuters_colombo_truce_monitors:event:4': (
        "'the government stood by the navy's action': the navy's act was never coded, so there is nobody to "
        'refuse (read as support of the navy, accepted)'
    ),
    'tass_sukhumi_ceasefire:event:0': (
        "'Georgian and Abkhaz negotiators signed a ceasefire agreement': two nationalities on one noun; _ERA"
    ),
    'tass_sukhumi_ceasefire:event:1': 'the same agreement the other way; _ERA',
    'tass_sukhumi_ceasefire:event:2': (
        "'and agreed to withdraw their armed units': the joint subject of event 0; _LONG"
    ),
    'tass_sukhumi_ceasefire:event:4': (
        "'denied that his government armed the guerrillas': a denial with no party named; _TARGET"
    ),
    'tass_sukhumi_ceasefire:event:6': (
        "'The U.N. observer mission said ... both sides had violated the 1994 Moscow accord': 'both sides' "
        'names no party; _TARGET'
    ),
    'tass_sukhumi_ceasefire:event:7': (
        "'welcomed the agreement': the signing was not coded (event 0), so no pact is remembered"
    ),
    'reuters_khartoum_sanctions:event:4': (
        "'Egypt welcomed the resolution': the council's order was coded but 'resolution' names no act of it; "
        '_NOROW'
    ),
    'ap_pretoria_sanctions_lifted:event:1': (
        "'..., saying de Klerk had met the conditions ..., and invited de Klerk to visit Washington': the "
        'conjunct after a participle clause; _LONG'
    ),
    'upi_london_expulsions:event:2': (
        "'said Britain reserved the right to respond': a reserved right to respond is no threat row; _NOROW"
    ),
    'reuters_mexico_city_recall:event:5': (
        "'rejected the accusations as lies and said Mexico had bowed to pressure from Washington': the "
        "reported yielding read as Mexico's 080 to the USA"
    ),
    'reuters_mexico_city_recall:event:6': (
        "'said relations with Cuba would not be broken': a passive negated future; _NOROW"
    ),
    'reuters_mexico_city_recall:event:7': (
        "'..., while the opposition Institutional Revolutionary Party urged him to restore full ties': the "
        "while-clause's appeal aimed at Cuba (MEXOPP -> CUB 022); _TARGET"
    ),
    'kyodo_tokyo_jiang_visit:event:2': (
        "'but Japan refused to put a written apology ... into the document': a refusal with no party named; "
        '_TARGET'
    ),
    'kyodo_tokyo_jiang_visit:event:4': (
        "'told Obuchi that some Japanese still glorified the war': a verdict by a verb the wrongdoing words "
        'lack'
    ),
    'kyodo_tokyo_jiang_visit:event:5': (
        "'... still glorified the war and urged Tokyo': the model hangs the appeal in the that-clause, on "
        "'some Japanese'; _LONG"
    ),
    'kyodo_tokyo_jiang_visit:event:7': "'had no intention of changing its position on the apology': _NOROW",
    'tass_delhi_putin_visit:event:6': (
        "'condemned cross-border terrorism in Kashmir': aimed at India (the place), the militants unnamed; "
        '_TARGET'
    ),
    'tass_delhi_putin_visit:event:8': (
        "'India would buy 310 T-90 tanks ... from Russia': a purchase is no row; _NOROW"
    ),
    'ap_mogadishu_peacekeepers:event:0': (
        "'ambushed Pakistani U.N. peacekeepers inspecting weapons sites': aimed at Somali civilians (SOMUAF "
        '-> SOMCVL 190); _TARGET'
    ),
    'ap_mogadishu_peacekeepers:event:2': (
        "'and vowed that those responsible would be punished': a vow on a passive with no party; _TARGET"
    ),
    'ap_mogadishu_peacekeepers:event:3': (
        "'Aidid's Somali National Alliance denied any role': a bare denial stays no act (the accuser in the "
        'sentence before)'
    ),
    'ap_mogadishu_peacekeepers:event:8': (
        "'..., while Prime Minister Moeen Qureshi called for swift action': Qureshi read as SOMGOV; _ERA"
    ),
    'pti_freetown_withdrawal:event:1': (
        "'informed Kofi Annan of the decision in a telephone call': a call told as a noun after 'informed'; "
        '_NOROW'
    ),
    'pti_freetown_withdrawal:event:3': (
        "'India stood by its commander ... and would not replace him as Nigeria had demanded': the refusal of"
        " the as-clause's demand; _LONG"
    ),
    'pti_freetown_withdrawal:event:4': (
        "'Nigeria's Foreign Ministry welcomed the decision': India's decision was told as an infinitive "
        "('decided to withdraw'), no act remembered under the noun"
    ),
    'pti_freetown_withdrawal:event:5': (
        "'Nigerian troops were ready to take over the Indian positions': _NOROW"
    ),
    'reuters_sarajevo_hostages:event:1': (
        "'warned that every further air strike would be answered by attacks on U.N. troops': a passive "
        'warning; _TARGET'
    ),
    'reuters_sarajevo_hostages:event:2': (
        "'French peacekeepers retook a bridge ... that Serb fighters ... had seized': the taker in a relative"
        ' clause; _TARGET'
    ),
    'reuters_sarajevo_hostages:event:3': (
        "'condemned the hostage-taking as terrorism': 'hostage-taking' is split by the tokenizer and names no"
        ' act; _NOROW'
    ),
    'reuters_sarajevo_hostages:event:5': (
        "'U.N. officials said they had halted further air strikes': a halt of one's own strikes is no row; "
        '_NOROW'
    ),
    'ap_riyadh_bombing:event:0': (
        "'claimed responsibility ... for the car bomb that killed five Americans': the group unnamed and the "
        "bombing read as Saudi Arabia's (SAU -> USACVL 190); _ERA"
    ),
    'ap_riyadh_bombing:event:1': (
        "'In a statement faxed to a news agency in London, the group threatened ...': the group read as "
        'Britain (GBR -> USAMIL 138); _ERA'
    ),
    'ap_riyadh_bombing:event:3': (
        "'said security forces had detained several suspects and vowed that the bombers would be caught': a "
        'vow on a passive; _TARGET'
    ),
    'ap_riyadh_bombing:event:4': (
        "'Clinton condemned the bombing': aimed at SAUGOV (the bombers unnamed); _TARGET"
    ),
    'ap_riyadh_bombing:event:5': (
        "'and sent a team of FBI agents to help the Saudi investigation': aimed at USACOP; _TARGET"
    ),
    'efe_madrid_eta_bomb:event:2': (
        "'would not negotiate with the killers': 'the killers' name no party; _TARGET"
    ),
    'efe_madrid_eta_bomb:event:3': (
        "'and called on all democratic parties to stand together': the parties name no actor; _TARGET"
    ),
    'efe_madrid_eta_bomb:event:4': (
        "'refused to condemn the attack, drawing sharp criticism from the Socialist opposition': a reaction "
        'drawn by a participle; _LONG'
    ),
    'efe_madrid_eta_bomb:event:5': (
        "'marched through Barcelona ... to protest against the killing': aimed at ESP, not ETA; _TARGET"
    ),
    'ap_beirut_soviet_hostages:event:0': (
        "'Moslem extremists holding four Soviet diplomats said they had killed one': the extremists read as "
        'SYRREB; _ERA'
    ),
    'ap_beirut_soviet_hostages:event:1': (
        "'and threatened to execute the other three unless Moscow forced Syria ...': SYRREB (event 0); _ERA"
    ),
    'ap_beirut_soviet_hostages:event:2': (
        "'The Soviet Embassy condemned the killing': aimed at SYRREB (event 0); _ERA"
    ),
    'ap_beirut_soviet_hostages:event:4': (
        "'Nabih Berri denounced the kidnappers': Berri read as LBNGOV and the kidnappers unnamed; _ERA"
    ),
    'ap_beirut_soviet_hostages:event:5': (
        "'Syria has agreed to a ceasefire in Tripoli, Jumblatt told reporters': the ceasefire's other side "
        'unnamed; _TARGET'
    ),
    'tass_dushanbe_un_hostages:event:0': (
        "'An armed gang led by field commander Bakhrom Sodirov freed ...': read as AFGMIL (the leader's "
        'return from Afghanistan); _ERA'
    ),
    'tass_dushanbe_un_hostages:event:1': (
        "'after the government agreed to let the gunmen's leader return': _LONG"
    ),
    'tass_dushanbe_un_hostages:event:2': (
        "'The gang seized ... and threatened to kill them unless Dushanbe allowed ...': the gang read as "
        '---CRM; _ERA'
    ),
    'tass_dushanbe_un_hostages:event:4': (
        "'said those responsible would be brought to justice': a passive vow; _TARGET"
    ),
    'tass_dushanbe_un_hostages:event:5': (
        "'Annan welcomed the release': aimed at AFGMIL, the freers' reading of event 0; _ERA"
    ),
    'reuters_baghdad_inspectors:event:3': (
        "'the U.N. Special Commission pulled out its other 70 inspectors in protest': _NOROW"
    ),
    'reuters_baghdad_inspectors:event:5': (
        "'Washington would not rule out military force': a force not ruled out is no threat row; _NOROW"
    ),
    'reuters_baghdad_inspectors:event:10': (
        "'stood by its decision and accused the commission': 'the commission' unresolved, so the conjunct "
        "takes the first clause's target (USA; the U.N. on main by the dyad completion); _ERA"
    ),
    'afp_tehran_eu3_deal:event:1': (
        "'after talks in Tehran with the foreign ministers of Britain, France and Germany': talks in an "
        'after-phrase; _LONG'
    ),
    'afp_tehran_eu3_deal:event:2': 'the same talks the other way; _LONG',
    'afp_tehran_eu3_deal:event:4': (
        "'Straw said the agreement was an important step': a praise by a predicate noun; _VERDICT"
    ),
    'afp_tehran_eu3_deal:event:5': (
        "'and the three ministers promised Iran access to modern nuclear technology': 'the three ministers' "
        'name no party; _TARGET'
    ),
    'afp_tehran_eu3_deal:event:6': (
        "'..., while IAEA chief Mohamed ElBaradei welcomed the deal': 'the deal' names no act remembered "
        "('agreed to suspend'); _NOROW"
    ),
    'afp_tehran_eu3_deal:event:7': (
        "'Hardline newspapers accused the government of surrendering': the newspapers name no party; _ERA"
    ),
    'reuters_harare_strike:event:1': (
        "'a day after the ZCTU shut down factories and shops ... in a general strike': the strike in an "
        'after-clause; _LONG'
    ),
    'reuters_harare_strike:event:2': (
        "'called the ban unconstitutional': the model reads 'the ban unconstitutional' as one phrase, so the "
        'ban is a new act (ZWELAB -> ZWE 172)'
    ),
    'reuters_harare_strike:event:3': "'and said the unions would challenge it in the Supreme Court': _LONG",
    'reuters_harare_strike:event:5': (
        "'warned that the government would not tolerate further disruption': aimed at its own government; "
        '_TARGET'
    ),
    'xinhua_lhasa_martial_law:event:1': (
        "'after three days of riots in which a small number of separatists attacked government offices': "
        'riots in an after-phrase; _LONG'
    ),
    'xinhua_lhasa_martial_law:event:3': (
        "'would deal severely with the rioters': 'deal with' is no threat row; _NOROW"
    ),
    'xinhua_lhasa_martial_law:event:5': (
        "'The People's Liberation Army has sent troops into the city to help the People's Armed Police': read"
        ' as a show of force on the police (154); _TARGET'
    ),
    'xinhua_lhasa_martial_law:event:6': (
        "'A spokesman for the Dalai Lama in India condemned the crackdown': the crackdown was told as martial"
        ' law declared, no act under the noun'
    ),
    'xinhua_lhasa_martial_law:event:7': (
        "'called on foreign governments to press Beijing': aimed at Beijing of the infinitive; _TARGET"
    ),
    'reuters_kuala_lumpur_anwar:event:2': (
        "'told the court the verdict was a conspiracy by Mahathir': _VERDICT"
    ),
    'reuters_kuala_lumpur_anwar:event:3': "'said the trial had not been fair': _VERDICT",
    'reuters_kuala_lumpur_anwar:event:5': (
        "'..., while Australia expressed concern at the sentence': concern expressed is no row; _NOROW"
    ),
    'reuters_kuala_lumpur_anwar:event:6': (
        "'said the court had acted independently and rejected foreign criticism': 'foreign criticism' names "
        'no party; _TARGET'
    ),
    'reuters_kuala_lumpur_anwar:event:8': (
        "'Police detained at least 20 protesters who threw stones and bottles': an act in a relative clause "
        'of its doers; _LONG'
    ),
    'ap_ankara_welfare_ban:event:2': "'Erbakan called the ruling a black day for democracy': _VERDICT",
    'ap_ankara_welfare_ban:event:3': (
        "'but urged them to stay calm': an appeal to one's own followers; _TARGET"
    ),
    'ap_ankara_welfare_ban:event:4': (
        "'The European Union said it was deeply concerned by the ban': concern is no row; _NOROW"
    ),
    'ap_ankara_welfare_ban:event:5': "'said Turkey's democracy would be weakened by the decision': _VERDICT",
    'ap_ankara_welfare_ban:event:6': (
        "'foreign governments had no right to lecture Turkey on its laws': _VERDICT"
    ),
    'efe_stockholm_mitch_donors:event:0': (
        "'Donor countries and lenders pledged some 9 billion dollars ... to help Central America rebuild': "
        'donors name no party; _TARGET'
    ),
    'efe_stockholm_mitch_donors:event:1': (
        "'but demanded that the region's governments fight corruption': donors and 'the region's governments'"
        ' name no party; _TARGET'
    ),
    'efe_stockholm_mitch_donors:event:2': (
        "'The United States promised 1 billion dollars in new aid': the recipient is the lead's; _TARGET"
    ),
    'efe_stockholm_mitch_donors:event:3': (
        "'the Inter-American Development Bank and World Bank pledged loans': the recipient is the lead's; "
        '_TARGET'
    ),
    'efe_stockholm_mitch_donors:event:4': "'Flores thanked the donors': the donors name no party; _TARGET",
    'efe_stockholm_mitch_donors:event:5': (
        "'Aleman appealed to creditors': the creditors name no party; _TARGET"
    ),
    'kyodo_tokyo_jiang_visit:none:0': (
        "'Jiang will travel to Sendai and Sapporo': a plan of the visitor read as an intent to Japan (036)"
    ),
    'ap_mogadishu_peacekeepers:party:0': "'Admiral Jonathan Howe', the U.N. envoy, read as USAMIL: _ERA",
    'ap_riyadh_bombing:party:0': "'Prince Nayef', the interior minister, read as SAUELI: _ERA",
    'afp_tehran_eu3_deal:party:0': (
        "'Hassan Rowhani, the head of Iran's Supreme National Security Council' read as IGOUNO: _ERA"
    ),
    'reuters_moroni_coup:clean:0': 'the separatists as ---REB (event 6)',
    'reuters_mexico_city_recall:clean:0': (
        "the headline's expulsion read backwards (CUBGOV -> CUB 174), the meetings as Mexico's, the reported "
        "yielding, the while-clause's appeal aimed at Cuba"
    ),
    'kyodo_tokyo_jiang_visit:clean:0': (
        "the visit's host read as a 043 of the visit phrase, the appeal on 'some Japanese' (event 5) and the "
        'plan (none 0)'
    ),
    'tass_delhi_putin_visit:clean:0': (
        "the condemnation of terrorism in Kashmir aimed at India, and Pakistan's criticism of the remarks "
        'aimed at India'
    ),
    'ap_mogadishu_peacekeepers:clean:0': (
        "the ambush aimed at Somali civilians (event 0) and Pakistan's statement read as Somalia's appeal"
    ),
    'pti_freetown_withdrawal:clean:0': (
        'the rescue of besieged comrades read as a release (INDMIL -> SLE 0841)'
    ),
    'reuters_sarajevo_hostages:clean:0': 'the seizure of U.N. troops read as aimed at BIHMIL',
    'ap_riyadh_bombing:clean:0': (
        "the bombing as Saudi Arabia's, the group as Britain, the condemnation aimed at SAUGOV and the FBI "
        'team at USACOP'
    ),
    'efe_madrid_eta_bomb:clean:0': (
        "the headline's blame aimed at the victim (ESPREB -> ESPELI 112) and the march aimed at ESP"
    ),
    'ap_beirut_soviet_hostages:clean:0': 'the kidnappers read as SYRREB and ---CRM (events 0-2)',
    'tass_dushanbe_un_hostages:clean:0': 'the gang read as AFGMIL and ---CRM (events 0, 2, 5)',
    'reuters_baghdad_inspectors:clean:0': (
        "the headline's warning aimed at USACOP (136) and the conjunct's charge aimed at USA (event 10)"
    ),
    'reuters_harare_strike:clean:0': (
        'the restated ban as a new act (event 2) and the warning aimed at ZWEGOV'
    ),
    'xinhua_lhasa_martial_law:clean:0': (
        'the troops sent to help the police as a show of force on them, and the appeal aimed at Beijing'
    ),
    'reuters_kuala_lumpur_anwar:clean:0': "the headline's jailing read as Anwar's (MYSOPP -> MYS 173)",
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


@pytest.mark.parametrize(("text", "date", "speaker", "accused"), [
    # a second that-clause of a verb of saying ("said A and that B") is said too: its charge is the
    # speaker's act, though the first clause already coded one
    ("MEXICO CITY (Reuters) - The interior minister said Cuban diplomats had held secret talks with "
     "Mexican politicians during a visit and that Havana had interfered in the scandal.", "2004-05-03",
     "MEX", "CUB"),
    ("ATHENS (Reuters) - Greek Foreign Minister Theodoros Pangalos said the talks had failed and that "
     "Ankara had violated the 1988 accords.", "1996-02-01", "GRC", "TUR"),
    ("ISLAMABAD (Reuters) - Pakistan's Foreign Office said the meeting had ended without agreement and that "
     "India's behaviour was unacceptable.", "1999-06-12", "PAK", "IND"),
])
def test_a_second_that_clause_is_said_too(code: Any, text: str, date: str, speaker: str,
                                           accused: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, speaker, accused, "11"), got


def test_a_verb_list_in_one_said_clause_is_unchanged(code: Any) -> None:
    # control: a conjunct without "that" and a subject of its own is no second clause said
    got = story_triples(code("MEXICO CITY (Reuters) - The minister said Cuban diplomats had met Mexican "
                             "politicians and left the country.", date="2004-05-03"))
    assert not any(c[:2] == "11" for _, _, c in got), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # "stood by" one's own act or decision is a refusal to reverse it (120), aimed at those the act was
    # done to
    ("BONN (Reuters) - Germany expelled four Iranian diplomats on Friday. Tehran demanded an apology. "
     "Chancellor Helmut Kohl said Bonn stood by the expulsions.", "1997-04-12", "DEU", "IRN"),
    ("BAGHDAD (Reuters) - Iraq expelled six American weapons inspectors on Thursday. Russia urged Baghdad "
     "to reverse the decision. Deputy Prime Minister Tareq Aziz said Iraq stood by its decision.",
     "1997-11-13", "IRQ", "USA"),
])
def test_standing_by_ones_own_act_is_a_refusal(code: Any, text: str, date: str, source: str,
                                               target: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, "12"), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # "stood by" a party is support (051) aimed at it, not at a with-phrase inside the sentence
    ("AMMAN (Reuters) - King Hussein stood by Iraq in its dispute with Kuwait.", "1990-08-20", "JOR", "IRQ"),
    ("ANKARA (AP) - Prime Minister Mesut Yilmaz said the government stood by the Constitutional Court.",
     "1998-01-17", "TURGOV", "TURJUD"),
])
def test_standing_by_a_party_is_support(code: Any, text: str, date: str, source: str, target: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, "051"), got
    assert not any(t.startswith("KWT") for _, t, _ in got), got


def test_standing_by_ones_own_organ_is_no_refusal(code: Any) -> None:
    # control: the government standing by its navy's action refuses nobody, least of all the navy
    got = story_triples(code("COLOMBO (Reuters) - Defence Minister Tilak Marapana said the government "
                             "stood by the navy's action.", date="2003-03-12"))
    assert not any(c[:2] == "12" for _, _, c in got), got


def test_troops_standing_by_are_no_act(code: Any) -> None:
    # control: troops standing by are ready, nobody's support
    got = story_triples(code("DILI (Reuters) - Australian troops stood by as the militia withdrew from the "
                             "town.", date="1999-09-25"))
    assert not any(c.startswith("051") for _, _, c in got), got


@pytest.mark.parametrize(("text", "date", "sender", "addressee"), [
    # a plain message carried or delivered from A to B: A consults B (040); the envoy only carries it
    ("CAIRO (Reuters) - An Egyptian envoy carried a message from President Hosni Mubarak to Syrian "
     "President Hafez al-Assad on Sunday.", "1995-03-05", "EGY", "SYR"),
    ("AMMAN (AP) - A Palestinian official delivered a letter from Yasser Arafat to King Hussein.",
     "1994-06-10", "PSE", "JOR"),
    ("COLOMBO (Reuters) - The head of the truce mission carried a message from Prime Minister Ranil "
     "Wickremesinghe to rebel leader Velupillai Prabhakaran.", "2003-03-12", "LKAGOV", "LKAREB"),
])
def test_a_carried_message_is_the_senders(code: Any, text: str, date: str, sender: str,
                                          addressee: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, sender, addressee, "040"), got


def test_a_courier_alone_codes_no_message(code: Any) -> None:
    # control: no from-phrase, no sender: the courier is no party
    got = story_triples(code("CAIRO (Reuters) - The courier carried a letter to the Syrian embassy.",
                             date="1995-03-05"))
    assert not any(c.startswith("040") for _, _, c in got), got


def test_a_message_with_an_act_keeps_it(code: Any) -> None:
    # control: a message that names its act (a warning) keeps that act's code
    got = story_triples(code("CAIRO (Reuters) - An envoy of President Mubarak conveyed a stern warning to "
                             "Libyan leader Moammar Gadhafi.", date="1993-11-10"))
    assert aimed(got, "EGY", "LBY", "13"), got


def test_a_release_named_again_is_welcomed(code: Any) -> None:
    # "the release" names the hostages freed before: the welcome is aimed at the captors who freed them
    got = story_triples(code("SANAA (Reuters) - Tribesmen freed four German tourists on Monday. German "
                             "Foreign Minister Klaus Kinkel welcomed the release.", date="1997-12-02"))
    assert aimed(got, "DEU", "YEM", "05"), got


def test_a_message_still_carried_is_no_act(code: Any) -> None:
    # control: a message under way ("was carrying") is not yet delivered; the meeting told beside it is read
    got = story_triples(code("AMMAN (AP) - King Hussein was carrying a message to President Bush from Iraq's "
                             "Saddam Hussein, with whom the king met on Monday.", date="1990-08-15"))
    assert not any(s.startswith("IRQ") and t.startswith("USA") for s, t, _ in got), got
    assert aimed(got, "JOR", "IRQ", "04"), got
