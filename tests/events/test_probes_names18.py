"""The actor-breadth probes of the sixteenth session (tests/events/probes_names18.py): real actors of
1980-2005 wire copy of every region, one act per sentence. Known gaps say why each miss misses."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_names18")

pytestmark = [pytest.mark.model]

_DATED = "dated 2000-01-01 (the probes' date, as the GSR records') the leader is out of office: ELI"
_KILL_ROOT = "a killing is coded 190 (root 19); the probe accepted 18 only"

KNOWN_GAPS: dict[str, str] = {
    # batch 1
    "ELN rebels released 12 hostages seized from a church in Cali.":
        "the hostages are taken as the church's (COLREL), not as civilians",
    "Shining Path guerrillas killed 14 peasants in the Peruvian Andes.":
        "peasants are coded as agriculture (PERAGR), not civilians",
    "The IRA shot dead a British soldier in Belfast.":
        "'shot dead a British soldier' is coded against civilians (GBRCVL), not the soldier's army",
    "Gunmen of the Ulster Defence Association killed two Catholics in north Belfast.":
        "Catholics are a faith sector (GBRCHR), not civilians",
    "PFLP guerrillas fired rockets into northern Israel from Lebanon.":
        "the place fired from (Lebanon) is taken as the target, not the one fired into",
    "ULFA militants killed 12 migrant workers in Assam.":
        "migrant workers are coded as labour (INDLAB); the probe accepted 18 only for the killing",
    "Greek November 17 guerrillas killed a British military attache in Athens.":
        "an attache is no role noun (the country alone) and the killing is 190",
    # batch 2
    "The Inkatha Freedom Party rejected the ANC proposal for a new constitution.":
        "the proposal's owner (the ANC, before 'proposal') is not read as the target",
    "Jordan's Islamic Action Front denounced the government's ties with Israel.":
        "the ties' other party (Israel) is taken before the government that has them",
    "Malaysia's Islamic party PAS accused the government of persecuting Anwar Ibrahim.":
        "'Islamic party' adds the faith first (MYSMOSPTYOPP): the first sector is MOS",
    "Amal militiamen clashed with Hezbollah fighters in the southern suburbs of Beirut.":
        "the probe did not accept Hezbollah's own code (LBNREB)",
    "Herri Batasuna refused to condemn the latest ETA killing.":
        "a refusal to condemn is coded as a rejection (120), not as the condemnation the probe asked",
    # batch 3
    "Sikh militants shot dead eight Hindus in Punjab.":
        "'Punjab' is in two countries, so the Hindus have none and no triple is coded",
    "Marcos loyalists marched on the presidential palace in Manila.":
        "the palace is taken as the country (PHL), not its government",
    "Yeltsin supporters rallied outside the Russian parliament in Moscow.":
        "a rally outside a body is coded against the country, not the body",
    "Bosnian Serb forces expelled thousands of Muslims from Banja Luka.":
        "an expulsion is coded 174 (root 17); the probe asked 18 or 19",
    "Iraqi troops crushed a Shiite uprising in the southern city of Basra.":
        "'crush an uprising' has no lexicon row",
    "Ten thousand Falun Gong members protested outside the Chinese leadership compound in Beijing.":
        "a protest outside a compound is coded against the country, not its government",
    "Tibetan monks demonstrated against Chinese rule in Lhasa.":
        "'Chinese rule' is coded as the country, not its government",
    "Saddam Hussein used poison gas against the Kurds of Halabja.":
        "the use of poison gas is coded as repression (175), and the Kurds as the country",
    "Turkey banned a pro-Kurdish party for links to the PKK.":
        "the PKK in the for-phrase is taken as the target, not the party banned",
    "The Burmese army drove thousands of Rohingya Muslims into Bangladesh.":
        "'drive into' has no lexicon row",
    "Serbian police beat ethnic Albanian demonstrators in Pristina.":
        "Pristina is coded as Kosovo (XKX), the probe asked for Serbia or Yugoslavia",
    "Croatian troops drove Serb civilians out of the Krajina region.":
        "'drove out' is coded as an attack (190); the probe asked 18 or 20",
    # batch 4
    "Yasser Arafat met Yitzhak Rabin in Cairo to discuss the Gaza-Jericho accord.": _DATED + " (Rabin)",
    "Hafez al-Assad met Bill Clinton in Geneva.": "the meeting is not coded (no triple)",
    "Ayatollah Khomeini denounced America as the Great Satan.": _DATED,
    "Nelson Mandela held talks with Mangosuthu Buthelezi in Durban.": _DATED + " (Mandela)",
    "F.W. de Klerk held talks with Nelson Mandela in Cape Town.":
        "'F.W. de Klerk' is not found as one name; both are out of office in 2000",
    "Mobutu Sese Seko accused Belgium of meddling in Zaire.": _DATED,
    "Jonas Savimbi rejected the results of the Angolan election.":
        "the election's results are coded as the country, not its government",
    "Isaias Afwerki rejected the OAU peace plan for the border war with Ethiopia.":
        "the plan's author (the OAU) is taken as the target, which the codebook also allows",
    "Alberto Fujimori dissolved the Peruvian Congress.": "'dissolve' a legislature has no lexicon row",
    "Augusto Pinochet accused the opposition of plotting with the communists.":
        _DATED + "; 'the communists' with no country are read as Russia's party",
    "Manuel Noriega accused Washington of plotting to overthrow him.": _DATED,
    "Mikhail Gorbachev met Ronald Reagan in Reykjavik.": _DATED,
    "Boris Yeltsin urged the Chechen rebels to lay down their arms.": _DATED,
    "Francois Mitterrand met Helmut Kohl in Strasbourg.": _DATED,
    "Margaret Thatcher rejected Argentine demands for talks on the Falklands.": _DATED,
    "Helmut Kohl signed a border treaty with Poland.": _DATED,
    "Atal Behari Vajpayee met Nawaz Sharif in Lahore.": _DATED + " (Sharif, deposed in 1999)",
    "Rajiv Gandhi signed an accord with Sri Lanka on the Tamil question.": _DATED,
    "Velupillai Prabhakaran rejected the Sri Lankan government offer of talks.":
        "'the Sri Lankan government offer' is coded as the country, not its government",
    "Fidel Ramos signed a peace agreement with the Moro National Liberation Front.": _DATED,
    "Suharto rejected calls for independence for East Timor.": _DATED,
    "Hun Sen accused Prince Norodom Ranariddh of smuggling weapons.":
        "'Prince Norodom Ranariddh' is not found with the title (no triple)",
    "Deng Xiaoping criticised Britain over the future of Hong Kong.": _DATED,
    "Tomiichi Murayama apologised to China for wartime aggression.": _DATED,
    "Benjamin Netanyahu warned Hamas of severe retaliation.": _DATED,
    "King Hussein met Yitzhak Rabin in Washington.": _DATED + " (Rabin)",
    "Yevgeny Primakov criticised NATO plans to expand eastward.": _DATED,
    "Klaus Kinkel urged Turkey to respect human rights.": _DATED,
    # batch 5
    "The Organisation of the Islamic Conference condemned India over the Ayodhya mosque.":
        "the mosque in the over-phrase is taken as the target (INDREL), not India",
    "The International Monetary Fund released a loan instalment to Russia.":
        "'release' is read as freeing (084), not as paying out aid",
    "The World Trade Organisation ruled against the United States in a dispute over steel tariffs.":
        "'rule against' has no lexicon row",
    "UN peacekeepers returned fire after Serb gunners shelled their base in Tuzla.":
        "the returned fire is not coded; the shelling's victims are read from Tuzla",
    "Medecins Sans Frontieres set up clinics for Rwandan refugees in Tanzania.":
        "'set up clinics for' has no lexicon row",
    "Reporters Without Borders condemned the killing of journalists in Algeria.":
        "the journalists killed have no country the coder gives a triple for",
    "Save the Children criticised United Nations sanctions for the deaths of Iraqi children.":
        "the sanctions' author before 'sanctions' is not read as the target",
    # batch 6
    "Right-wing paramilitaries of the AUC massacred 30 peasants in northern Colombia.":
        "peasants are coded as agriculture (COLAGR), not civilians",
    "Basque separatist guerrillas killed two Civil Guards in Bilbao.":
        "'Civil Guards' is no police noun (read as civilians); the killing is 190",
    "Ulster Volunteer Force gunmen shot dead three Catholic workers in County Armagh.":
        "Catholic workers in an Irish county name no state the coder trusts (no triple)",
    "The South Lebanon Army said it would withdraw from its positions near Jezzine.":
        "a withdrawal from one's own positions names no other party",
    "The Supreme Council for the Islamic Revolution in Iraq said its fighters attacked Iraqi army units "
    "near Basra.":
        "'its fighters' take the country but not the group's sector (IRQUAF)",
    "John Garang rejected the Sudanese government offer of a ceasefire.":
        "'the Sudanese government offer' is coded as the country, not its government",
    "The Congolese Rally for Democracy rejected the Lusaka ceasefire accord.":
        "the accord's place (Lusaka, Zambia) is taken as the target",
    "Bodo militants killed 20 villagers in Assam.":
        "militants with a people's name are UAF, not REB; the killing is 190",
    "Tajik Islamic rebels attacked Russian border guards on the Afghan frontier.":
        "'Islamic' adds the faith first (TJKMOSREB): the first sector is MOS",
    "Dniester separatists clashed with Moldovan police near Bendery.":
        "the probe asked for Moldova's army or government; the police are COP",
}


def _cases() -> list[Any]:
    cases = []
    for row in _probes.NAMES18:
        gap = KNOWN_GAPS.get(row[3])
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        cases.append(pytest.param(row, marks=marks, id=row[3][:40]))
    return cases


def test_every_gap_names_a_probe() -> None:
    texts = {row[3] for row in _probes.NAMES18}
    assert set(KNOWN_GAPS) <= texts


def test_batches_cover_every_row() -> None:
    spans = _probes.batches()
    assert spans[0][0] == 0 and spans[-1][1] == len(_probes.NAMES18)


@pytest.mark.parametrize("row", _cases())
def test_names18_probe(code: Any, row: Any) -> None:
    art = code(row[3], date="2000-01-01")
    got = {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}
    assert _probes.accepted(row, got), sorted(got)
