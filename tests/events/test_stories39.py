"""Whole wire stories of our own read as an analyst would, eighteenth set (thirty-seventh session,
wip/stories39): ERA copy of 1989-2004 on the subjects the earlier sets used least (Zambia's disputed 2001
count, the Dominican strike of 1994, Galan's assassination and Barco's extradition decree, the Air France
hijack at Algiers, the Avrasya ferry, Adjara's mutiny, Chechen refugees in Ingushetia, Conte's speech on
refugees, the Senegal River killings, Nicaragua's tariff on Honduras, the NAFTA trucks, Burundi's regional
embargo, Hussein Kamel's asylum, Mengistu in Johannesburg, Talic's arrest in Vienna, the ICTR arrests in
Nairobi, Peru's MiG-29s, the Purulia arms drop, the first Tajik talks, the Ohrid envoys, the Bangui
mutiny, the Oakwood mutiny, Khudoberdiyev's revolt, the attack on Niyazov). Every expectation of
tests/events/stories39.py is asserted, and what the coder still gets wrong is a strict xfail with its
reason. Below them, the general classes the stories showed and the branch fixed, each with sentences of
our own the stories do not hold, and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories39")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_REFUSAL = "a refusal told by 'would not' or 'refused to' with a verb the lexicon lacks"
_NOROW = "a verb or noun no lexicon row codes"
_DATELINE = "a role noun read as the dateline's country in a story about another (the Moscow talks)"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'reuters_lusaka_recount:event:3': (
        "'European Union observers said the election had been poorly administered': a verdict by a "
        "participle the lexicon lacks"
    ),
    'reuters_lusaka_recount:event:5': (
        "'opposition supporters who marched on the commission's offices': a march in a relative clause "
        "under police fire; " + _LONG
    ),
    'reuters_lusaka_recount:event:6': "'told reporters he would not order a recount': " + _REFUSAL,
    'reuters_lusaka_recount:event:7': "'and urged his rivals to accept the people's verdict': " + _LONG,
    'efe_santo_domingo_fraud:event:2': (
        "'The Central Electoral Board ... agreed to review the rolls': " + _ERA
    ),
    'efe_santo_domingo_fraud:event:3': "'but refused to order a new vote': the board's second verb; " + _LONG,
    'efe_santo_domingo_fraud:event:4': (
        "'irregularities were serious enough to cast doubt on the result': " + _NOROW
    ),
    'efe_santo_domingo_fraud:event:5': (
        "'warned that the armed forces would not allow the stoppage to paralyse the country': the warning"
        " aimed at the speaker's own forces (DOMGOV -> DOMMIL 130); " + _TARGET
    ),
    'efe_santo_domingo_fraud:party:2': "'John Graham', head of the OAS mission, unresolved: " + _ERA,
    'efe_santo_domingo_fraud:clean:0': "the warning aimed at DOMMIL (see event 5)",
    'efe_bogota_galan:event:0': (
        "'hours after gunmen shot dead Senator Luis Carlos Galan': the after-clause; " + _LONG
    ),
    'efe_bogota_galan:event:1': "'Barco decreed that drug traffickers ... could be extradited': " + _NOROW,
    'efe_bogota_galan:event:2': (
        "'would wage all-out war on the drug cartels' under 'said in a national broadcast': " + _NOROW
    ),
    'efe_bogota_galan:clean:0': (
        "'The killing ... drew condemnation from governments across the hemisphere' read as COLGOV -> COL"
        " 111 (the critics unnamed, the dateline's state taken), the raids as fire on civilians, and "
        "Bush's offer aimed at COLMIL"
    ),
    'reuters_algiers_hijack:event:0': (
        "'Islamic militants holding an Air France airliner ... killed a French embassy cook': the victim "
        "read as Algeria's (DZAUAF -> DZAGOV 180); " + _TARGET
    ),
    'reuters_algiers_hijack:event:2': (
        "'and said France would not bow to blackmail': no party in 'blackmail'; " + _TARGET
    ),
    'reuters_algiers_hijack:event:3': (
        "'said the hijackers belonged to the Armed Islamic Group and had demanded ...': the second "
        "reported clause; " + _LONG
    ),
    'reuters_algiers_hijack:event:4': (
        "'Pasqua said elite gendarmes were ready to storm the plane': Pasqua read as DZAGOV; " + _ERA
    ),
    'reuters_algiers_hijack:party:1': "'Charles Pasqua' read as DZAGOV under the Algiers dateline: " + _ERA,
    'reuters_algiers_hijack:clean:0': (
        "the headline's 'jet leaves Algiers' as a withdrawal, the cook as Algeria's, and the gunmen's "
        "earlier victims as the state's (DZACOP, VNMGOV 190 for a killing of the unarmed)"
    ),
    'reuters_trabzon_ferry:event:4': (
        "'demanded that Ankara take ... and accused Turkish authorities': " + _LONG
    ),
    'reuters_trabzon_ferry:event:5': (
        "'rejected the charge as groundless': the accusation of the sentence before was not coded (event "
        "4), so no charge is remembered"
    ),
    'reuters_trabzon_ferry:clean:0': (
        "'Turkey would not negotiate with terrorists' also read as a demand (100)"
    ),
    'reuters_batumi_abashidze:event:1': (
        "'joined thousands of protesters in the streets': a protest joined is no row; " + _NOROW
    ),
    'reuters_batumi_abashidze:event:2': (
        "'gave Abashidze until midnight to disarm': an ultimatum told by 'gave until'; " + _NOROW
    ),
    'reuters_batumi_abashidze:event:3': (
        "'told Russian television that Tbilisi was preparing an invasion': a charge by a preparation verb"
        " the wrongdoing words lack"
    ),
    'reuters_batumi_abashidze:clean:0': (
        "'urged both sides' aimed at GEOMIL alone (RUSGOV -> GEOMIL 020); " + _TARGET
    ),
    'tass_nazran_refugees:event:0': (
        "'accused the federal government ... and appealed to the United Nations': the accusation aimed at"
        " the UN of the conjunct (RUSGOV -> IGOUNO 112); " + _TARGET
    ),
    'tass_nazran_refugees:event:2': (
        "'Federal troops closed the main crossing point': a crossing point is no border to the lexicon; "
        + _NOROW
    ),
    'tass_nazran_refugees:event:4': (
        "'said the closure was a crime ... and demanded that the crossing be reopened': a passive demand;"
        " " + _TARGET
    ),
    'tass_nazran_refugees:event:5': (
        "'The Federal Migration Service said it would send ... carriages': " + _ERA
    ),
    'tass_nazran_refugees:clean:0': "the accusation aimed at IGOUNO (see event 0)",
    'afp_conakry_refugees:event:1': (
        "'and told them to go home': an order to leave told by 'told ... to go home'; " + _NOROW
    ),
    'afp_conakry_refugees:event:2': (
        "'soldiers and civilian militias rounded up hundreds of refugees': refugees of no named country; "
        + _TARGET
    ),
    'afp_conakry_refugees:event:4': "'Liberia denied a Guinean charge ... and accused Conakry': " + _LONG,
    'afp_dakar_border:event:1': (
        "'drew an appeal for calm from President Abdou Diouf': an appeal drawn is aimed at the government"
        " (SEN -> SENGOV 020); " + _TARGET
    ),
    'afp_dakar_border:event:2': (
        "'Senegal would defend its territory and its citizens': a resolve to defend with no party; " + _TARGET
    ),
    'afp_dakar_border:event:5': (
        "'Morocco and Algeria offered to mediate between the two neighbours': the neighbours named by a "
        "noun; " + _TARGET
    ),
    'afp_dakar_border:clean:0': (
        "the appeal aimed at SENGOV (event 1) and Mauritania's evacuation as a promise to Senegal's "
        "civilians (MRTGOV -> SENCVL 0333)"
    ),
    'efe_managua_tariff:event:1': (
        "'Aleman said the treaty violated Nicaraguan sovereignty': a treaty's signatories told in the "
        "sentence before"
    ),
    'efe_managua_tariff:event:2': (
        "'and that his government would take the dispute to the ICJ': the second that-clause; " + _LONG
    ),
    'efe_managua_tariff:event:3': (
        "'recalled Nicaragua's ambassador in Tegucigalpa': aimed at HNDCVL; " + _TARGET
    ),
    'efe_managua_tariff:event:6': (
        "'sent its deputy secretary-general to both capitals to calm tensions': " + _NOROW
    ),
    'efe_managua_tariff:clean:0': (
        "the recall aimed at HNDCVL (event 3) and Honduran exporters read as Nicaraguan (NICAGR -> HNDGOV"
        " 020)"
    ),
    'ap_mexico_trucks:event:1': (
        "'a U.S. decision to keep Mexican trucks out of four border states': an act in a noun's "
        "infinitive; " + _LONG
    ),
    'ap_mexico_trucks:event:2': "'and said it might retaliate against American goods': " + _LONG,
    'ap_mexico_trucks:event:4': (
        "'Pena said Mexican trucks would be kept out until ...': Pena read as MEXGOV; " + _ERA
    ),
    'ap_mexico_trucks:event:5': (
        "'Mexican truckers' associations threatened to block border crossings': no party in 'border "
        "crossings'; " + _TARGET
    ),
    'ap_mexico_trucks:none:0': (
        "'Under NAFTA, Mexican trucks were to have been allowed ...' read as MEX -> USA 035: a plan of a "
        "treaty is no act"
    ),
    'ap_mexico_trucks:party:0': "'Federico Pena' read as MEXGOV: " + _ERA,
    'ap_mexico_trucks:clean:0': "the treaty's terms as MEX -> USA 035 (none 0)",
    'afp_bujumbura_embargo:event:0': (
        "'condemned the economic embargo imposed by neighbouring states': the imposers named by a noun; "
        + _TARGET
    ),
    'afp_bujumbura_embargo:event:1': "'and demanded that it be lifted at once': a passive demand; " + _TARGET,
    'afp_bujumbura_embargo:event:2': (
        "'Tanzania closed its border and halted fuel shipments': a border closed with no named neighbour;"
        " " + _TARGET
    ),
    'afp_bujumbura_embargo:event:3': "'He said Burundi was ready to negotiate with all parties': " + _TARGET,
    'afp_bujumbura_embargo:event:4': "'but would not bow to foreign pressure': " + _TARGET,
    'afp_bujumbura_embargo:event:5': (
        "'Nyerere, the region's mediator, said the sanctions would stay': " + _ERA
    ),
    'afp_bujumbura_embargo:clean:0': (
        "the headline's embargo read as Burundi's own (BDI -> BDIGOV 163) and the summit's agreement to "
        "cut trade as threats (1313)"
    ),
    'ap_amman_defectors:event:1': (
        "'Hussein Kamel Hassan ... called on the Iraqi army to overthrow Saddam': the defector read as "
        "JORMIL; " + _ERA
    ),
    'ap_amman_defectors:event:2': "'Iraq's official news agency accused the brothers': " + _ERA,
    'ap_amman_defectors:event:5': (
        "'the United States would defend Jordan if Iraq threatened it': a conditional read as a promise "
        "to Jordan (accepted 032), not a threat to Iraq"
    ),
    'ap_amman_defectors:event:6': "'and praised the king's courage': " + _LONG,
    'ap_amman_defectors:party:1': "'Hussein Kamel Hassan' read as JORMIL: " + _ERA,
    'reuters_johannesburg_mengistu:event:2': (
        "'Human rights groups condemned the decision': aimed at Ethiopia, whose request was told last; "
        + _TARGET
    ),
    'reuters_johannesburg_mengistu:event:3': "'urged President Thabo Mbeki' aimed at ZAFELI; " + _ERA,
    'reuters_johannesburg_mengistu:event:4': (
        "'said Addis Ababa regretted Pretoria's stand' read as an apology (055)"
    ),
    'reuters_johannesburg_mengistu:none:0': (
        "'Mengistu fled to Zimbabwe in 1991 when rebels captured Addis Ababa': background of 1991 coded"
    ),
    'reuters_johannesburg_mengistu:clean:0': (
        "the request's answer as 063, the condemnation aimed at Ethiopia, the regret as 055 and the 1991 "
        "capture"
    ),
    'reuters_banja_luka_talic:event:0': (
        "'Bosnian Serb leaders ... condemned the arrest': the leaders read as BIHREB; " + _ERA
    ),
    'reuters_banja_luka_talic:event:1': "'and demanded his immediate release': BIHREB (event 0); " + _ERA,
    'reuters_banja_luka_talic:event:3': (
        "'The tribunal charges him': the U.N. tribunal read as BIHJUD; " + _ERA
    ),
    'reuters_banja_luka_talic:event:7': (
        "'and urged other governments to hand over indicted suspects': " + _ERA
    ),
    'reuters_banja_luka_talic:clean:0': (
        "the headline's condemnation aimed at the general arrested, the leaders as BIHREB and the "
        "tribunal and its prosecutor as BIHJUD"
    ),
    'reuters_nairobi_ictr:event:0': "'arrested seven Rwandans wanted for genocide': aimed at RWACVL; " + _ERA,
    'reuters_nairobi_ictr:event:2': "'Louise Arbour, thanked the Kenyan government': read as KENJUD; " + _ERA,
    'reuters_nairobi_ictr:clean:0': (
        "Moi's refusal of last year in a relative clause aimed at Kenya itself (KENGOV -> KEN 124, 137), "
        "the arrest aimed at RWACVL and Arbour as KENJUD"
    ),
    'efe_quito_migs:event:1': (
        "'had sent a note to Lima ... and had asked the four guarantor nations': the guarantors named by "
        "a noun; " + _TARGET
    ),
    'efe_quito_migs:event:2': (
        "'\"This purchase is not a gesture of peace,\" Leoro told reporters': a negated verdict"
    ),
    'efe_quito_migs:event:3': "'said the jets ... posed no threat to anyone, and accused Ecuador': " + _LONG,
    'efe_quito_migs:clean:0': "the note read as an appeal (020) and Fujimori's charge as ---MIL -> ECU 112",
    'pti_calcutta_arms_drop:event:0': (
        "'forced down a Latvian cargo plane': the plane's country as a party; " + _TARGET
    ),
    'pti_calcutta_arms_drop:event:2': "'Jyoti Basu accused the Centre': 'the Centre' names no party; " + _ERA,
    'pti_calcutta_arms_drop:event:3': "'and demanded a judicial inquiry into the drop': " + _LONG,
    'pti_calcutta_arms_drop:event:4': "'a British national aboard the plane had been detained': " + _LONG,
    'pti_calcutta_arms_drop:event:5': (
        "'The Latvian embassy ... asked for consular access': aimed at INDCVL; " + _TARGET
    ),
    'pti_calcutta_arms_drop:clean:0': "the consular request aimed at INDCVL (event 5)",
    'tass_moscow_tajik_talks:event:0': (
        "'Representatives of the Tajik government and the armed Islamic opposition sat down face to "
        "face': " + _NOROW
    ),
    'tass_moscow_tajik_talks:event:1': "the same meeting the other way; " + _NOROW,
    'tass_moscow_tajik_talks:event:2': "'talks in Moscow mediated by the U.N. ... envoy': " + _LONG,
    'tass_moscow_tajik_talks:event:3': (
        "'The opposition delegation ... demanded a ceasefire': RUSOPP; " + _DATELINE
    ),
    'tass_moscow_tajik_talks:event:4': (
        "'The head of the government delegation ... said Dushanbe was ready to discuss': " + _DATELINE
    ),
    'tass_moscow_tajik_talks:event:5': "'but rejected any talk of power-sharing': " + _LONG,
    'tass_moscow_tajik_talks:event:6': (
        "'both sides had agreed to meet again in Tehran': 'both sides' read as RUSOPP and AFG; " + _DATELINE
    ),
    'tass_moscow_tajik_talks:event:7': "'Kozyrev met the two delegations': " + _TARGET,
    'tass_moscow_tajik_talks:event:8': "'and urged them to reach a lasting truce': " + _TARGET,
    'tass_moscow_tajik_talks:none:0': (
        "'Russian border guards have fought opposition fighters ... since 1992': an ongoing war told in "
        "the present perfect coded"
    ),
    'tass_moscow_tajik_talks:clean:0': (
        "the delegations read as RUSOPP, AFG and IRN (events 3, 6) and the background war"
    ),
    'afp_skopje_mediation:event:2': (
        "'after the guerrillas of the National Liberation Army attacked a police checkpoint': the "
        "after-clause; " + _LONG
    ),
    'afp_skopje_mediation:event:4': "'and said the army would crush them if the talks failed': " + _LONG,
    'afp_skopje_mediation:event:5': (
        "'Xhaferi said his party would walk out of the coalition unless ...': Xhaferi read as ALB; " + _ERA
    ),
    'afp_skopje_mediation:event:7': "'and said the alliance was ready to send 3,000 troops': " + _LONG,
    'afp_skopje_mediation:party:1': "'Arben Xhaferi' read as ALB: " + _ERA,
    'afp_skopje_mediation:clean:0': (
        "the EU envoy read as FRAELI, and NATO's appeal to both sides aimed at MKDMIL as 0256"
    ),
    'afp_bangui_mutiny:event:3': (
        "'accused the opposition of stirring up the revolt and called on the mutineers': " + _LONG
    ),
    'afp_bangui_mutiny:event:4': "'said it had acted at Patasse's request to protect foreigners': " + _NOROW,
    'ap_manila_oakwood:event:1': (
        "'The junior officers ... accused Arroyo's government': the officers read as PHL; " + _ERA
    ),
    'ap_manila_oakwood:event:4': "'and denied the soldiers' charges': " + _LONG,
    'ap_manila_oakwood:event:5': (
        "'the mutineers agreed to end the standoff': the mutineers read as ---REB; " + _ERA
    ),
    'ap_manila_oakwood:clean:0': "the officers as PHL and the mutineers as ---REB (events 1, 5)",
    'reuters_dushanbe_mutiny:event:5': (
        "'The former opposition United Tajik Opposition ... sent its own fighters to help government "
        "troops': read as a show of force (154)"
    ),
    'reuters_dushanbe_mutiny:clean:0': "the fighters sent to help read as TJKREB -> TJKMIL 154 (event 5)",
    'reuters_ashgabat_niyazov:event:1': (
        "'and ordered him to leave the country within 24 hours': the pronoun of the envoy; " + _LONG
    ),
    'reuters_ashgabat_niyazov:event:3': (
        "'said exiled opposition leader Boris Shikhmuradov ... had hidden in the Uzbek embassy': a charge"
        " told by a deed the wrongdoing words lack"
    ),
    'reuters_ashgabat_niyazov:event:4': (
        "'called the charge a provocation': the charge of the lead is aimed at the ambassador's country, "
        "told three sentences before (memory of two)"
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------


@pytest.mark.parametrize(("text", "date", "judge", "doer"), [
    # an arrest, a tariff, an embargo named again by a verdict is the act told before: the verdict is aimed
    # at its doers, and the judge arrests no one
    ("SOFIA (Reuters) - Greek police detained three Bulgarian truck drivers at the border on Monday. "
     "Bulgaria's Foreign Ministry called the arrest a provocation.", "1996-05-10", "BGR", "GRC"),
    ("BUENOS AIRES (Reuters) - Brazil imposed a 30 percent tariff on Argentine shoes on Tuesday. Argentina "
     "called the tariff a breach of the Mercosur treaty.", "1999-07-20", "ARG", "BRA"),
    ("PRETORIA (Reuters) - Zimbabwe imposed an embargo on South African maize on Monday. Pretoria called "
     "the embargo unjustified.", "1992-03-10", "ZAF", "ZWE"),
])
def test_an_act_named_again_is_judged(code: Any, text: str, date: str, judge: str, doer: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, judge, doer, "11"), got
    assert not any(s.startswith(judge) and c[:2] == "17" for s, _, c in got), got


def test_an_arrest_with_parties_of_its_own_is_a_new_act(code: Any) -> None:
    # control: "the arrest of two Greek smugglers" names its own parties
    got = story_triples(code("SOFIA (Reuters) - Greek police detained three Bulgarian truck drivers at the "
                             "border on Monday. On Tuesday Bulgarian police announced the arrest of two "
                             "Greek smugglers.", date="1996-05-10"))
    assert aimed(got, "BGR", "GRC", "17"), got


@pytest.mark.parametrize(("text", "date", "judge", "doer"), [
    # a reaction an act drew ("The killing drew condemnation from Paris") is aimed at the act's doers: its
    # by-agent, or those the story told before; the act itself, and its relative clause, stay background
    ("LIMA (Reuters) - Peruvian troops shelled an Ecuadorean border post on Monday. The shelling, which "
     "killed two soldiers, drew a protest from Quito.", "1995-01-30", "ECU", "PER"),
    ("ALGIERS (Reuters) - Islamic militants shot dead a French priest in Algiers on Sunday. The killing "
     "drew condemnation from Paris.", "1994-05-10", "FRA", "DZA"),
    ("DAKAR (AFP) - The killing of two farmers by Mauritanian border guards drew condemnation from "
     "Senegal.", "1989-04-28", "SEN", "MRT"),
])
def test_a_drawn_reaction_is_aimed_at_the_acts_doers(code: Any, text: str, date: str, judge: str,
                                                    doer: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, judge, doer, "11"), got
    assert not any(s.startswith(judge) and not t.startswith(doer) for s, t, _ in got), got


def test_a_drawn_reaction_is_never_aimed_at_the_sufferers(code: Any) -> None:
    # control: with no doer told, the farmers killed did not draw the condemnation
    got = story_triples(code("DAKAR (AFP) - The killing of two farmers drew condemnation from Senegal.",
                             date="1989-04-28"))
    assert not any(t.startswith("SENAGR") or t.startswith("SENCVL") for _, t, _ in got), got


def test_a_drawn_reaction_with_an_owner_keeps_its_reading(code: Any) -> None:
    # control: the cause's owner is the target, as before (crit11b)
    got = story_triples(code("TEHRAN (Reuters) - Iran's missile test sparked condemnation from Saudi Arabia.",
                             date="1998-07-23"))
    assert aimed(got, "SAU", "IRN", "11"), got


@pytest.mark.parametrize(("text", "date"), [
    # a strike told with the demand it presses is one protest (14x), not a protest and a demand
    ("MANILA (Reuters) - Thousands of Filipino teachers have been on strike for a week to demand that "
     "Congress raise their pay.", "1990-09-10"),
    ("LAGOS (Reuters) - The oil workers have been on a hunger strike since Monday to demand that the "
     "government free their leaders.", "1994-08-10"),
])
def test_a_strike_and_its_demand_count_once(code: Any, text: str, date: str) -> None:
    got = story_triples(code(text, date=date))
    assert any(c[:2] == "14" for _, _, c in got), got
    assert not any(c[:2] == "10" for _, _, c in got), got


def test_a_demand_of_its_own_stays(code: Any) -> None:
    # control: a demand that is no protest's purpose is the speaker's act
    got = story_triples(code("LAGOS (Reuters) - Opposition leaders demanded on Monday that Abacha hand power "
                             "to Abiola.", date="1994-08-10"))
    assert any(c[:2] == "10" for _, _, c in got), got
