"""Probe set, fifth session (issue #7): organisations and bodies by their news names, and generic
agents whose country comes from the phrase or the story (model).

Written for this test, before the fixes they prompted, from the CAMEO codebook's scheme and the
PETRARCH/Phoenix agent conventions wirewatch follows (docs/actors.md), not from any dev set. Each
probe is a short wire sentence, the phrase the events stage would ask about, an optional dateline
and publication date, and the expected code; `None` means "no actor from this stage": nothing in
the text or the dateline says whose it is (the events stage then writes CAMEO's unknown-country
agent, "---REB"). `BODIES` is class 1 of the session's brief (named bodies, armed groups, parties,
IGOs, media), `AGENTS` class 2 (role nouns, sponsors, coalitions, regions).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from actors.actor_helpers import make_article
from wirewatch.nlp.actors.assign import actor_for_span, assign_actors
from wirewatch.nlp.model import analysis_text

pytestmark = pytest.mark.model


class Probe(NamedTuple):
    sentence: str
    phrase: str
    code: str | None
    dateline: str | None = None
    published: str = "2015-06-01"


BODIES: list[Probe] = [
    # -- state bodies by their news names ----------------------------------------------------------
    Probe("The State Department said on Monday it was reviewing the request.", "The State Department",
          "USAGOV"),
    Probe("The Pentagon announced the deployment of 3,000 more troops.", "The Pentagon", "USAMIL"),
    Probe("The Kremlin dismissed the report as fiction.", "The Kremlin", "RUSGOV"),
    Probe("The Elysee said the president would travel to Berlin on Thursday.", "The Elysee", "FRAGOV"),
    Probe("Downing Street declined to comment on the leaked memo.", "Downing Street", "GBRGOV"),
    Probe("The Blue House said the summit would go ahead as planned.", "The Blue House", "KORGOV"),
    Probe("Zhongnanhai has not commented on the reshuffle.", "Zhongnanhai", "CHNGOV"),
    Probe("The Knesset voted to dissolve itself on Wednesday.", "The Knesset", "ISRLEG"),
    Probe("The Duma approved the treaty in a first reading.", "The Duma", "RUSLEG"),
    Probe("Congress passed the spending bill hours before the deadline.", "Congress", "USALEG"),
    Probe("The U.S. Congress approved new sanctions on Moscow.", "The U.S. Congress", "USALEG"),
    Probe("The U.S. Supreme Court upheld the travel ban.", "The U.S. Supreme Court", "USAJUD"),
    Probe("The Supreme Court ruled that the ban was lawful.", "The Supreme Court", "USAJUD", "WASHINGTON"),
    Probe("The Supreme Court ordered a fresh inquiry into the deaths.", "The Supreme Court", "PAKJUD",
          "ISLAMABAD"),
    Probe("The Fed raised interest rates by a quarter point on Wednesday.", "The Fed", "USAGOV"),
    Probe("The Bundestag approved the deployment of 1,200 soldiers.", "The Bundestag", "DEULEG"),
    Probe("The Foreign Office summoned the Russian ambassador.", "The Foreign Office", "GBRGOV"),
    Probe("The Quai d'Orsay condemned the attack on the embassy.", "The Quai d'Orsay", "FRAGOV"),
    Probe("The Pentagon's top general warned against a hasty withdrawal.", "The Pentagon's top general",
          "USAMIL"),
    Probe("The Senate voted 52-48 to confirm the nominee.", "The Senate", "USALEG", "WASHINGTON"),
    Probe("The House of Representatives passed the bill on Friday.", "The House of Representatives", "USALEG",
          "WASHINGTON"),
    Probe("The Treasury imposed sanctions on three Iranian banks.", "The Treasury", "USAGOV", "WASHINGTON"),
    Probe("The White House said the president had been briefed.", "The White House", "USAGOV"),
    Probe("The Lok Sabha passed the citizenship bill after a heated debate.", "The Lok Sabha", "INDLEG"),
    Probe("The Rada voted to strip the deputy of immunity.", "The Rada", "UKRLEG"),
    Probe("The National Assembly approved the budget on Friday.", "The National Assembly", "KORLEG", "SEOUL"),
    Probe("The Kremlin's spokesman said Putin had no plans to meet him.", "The Kremlin's spokesman",
          "RUSGOV"),
    Probe("Tehran's foreign ministry summoned the British envoy.", "Tehran's foreign ministry", "IRNGOV"),
    Probe("Britain's Ministry of Defence said two jets had been scrambled.", "Britain's Ministry of Defence",
          "GBRGOVMIL"),
    Probe("The Bundesbank cut its growth forecast.", "The Bundesbank", "DEUGOV"),
    Probe("The European Central Bank kept rates on hold.", "The European Central Bank", "IGOEURECB"),
    Probe("The Federal Reserve signalled two more rate rises this year.", "The Federal Reserve", "USAGOV"),
    Probe("The Majlis approved the new oil minister.", "The Majlis", "IRNLEG"),
    Probe("The Verkhovna Rada adopted the law in a second reading.", "The Verkhovna Rada", "UKRLEG"),
    Probe("Capitol Hill reacted angrily to the pardon.", "Capitol Hill", "USALEG"),
    Probe("The Shin Bet said it had foiled the plot.", "The Shin Bet", "ISRSPY"),
    Probe("The Mossad declined to comment.", "The Mossad", "ISRSPY"),
    Probe("The Central Military Commission ordered the drills.", "The Central Military Commission", "CHNMIL",
          "BEIJING"),
    Probe("The Politburo met on Friday to discuss the economy.", "The Politburo", "CHNGOV", "BEIJING"),
    Probe("The Supreme Leader's office issued a statement.", "The Supreme Leader's office", "IRNGOV",
          "TEHRAN"),
    # -- negatives and traps ------------------------------------------------------------------------
    Probe("The Congress party accused the government of hiding the figures.", "The Congress party", "INDOPP",
          "NEW DELHI"),
    Probe("The Congress party-led government cut fuel prices.", "The Congress party", "INDGOV",
          published="2008-06-01"),
    Probe("India's main opposition Congress party boycotted the session.",
          "India's main opposition Congress party",
          "INDOPP", published="2019-06-01"),
    Probe("The Fed chairman said inflation was transitory.", "The Fed chairman", "USAGOV"),
    Probe("Traders said they were fed up with the outages.", "fed", None),
    Probe("Hammas Ali, a shopkeeper, said prices had doubled.", "Hammas Ali", None),
    Probe("Workers demanded better labour conditions.", "labour conditions", None),
    # -- armed and militant groups ------------------------------------------------------------------
    Probe("Hamas fired dozens of rockets at southern Israel.", "Hamas", "PSEREB"),
    Probe("Hezbollah said its fighters had shot down a drone.", "Hezbollah", "LBNREB"),
    Probe("The Taliban claimed responsibility for the bombing.", "The Taliban", "AFGREB"),
    Probe("The Taliban banned girls from secondary schools.", "The Taliban", "AFGGOV",
          published="2022-03-24"),
    Probe("Taliban fighters seized the district centre overnight.", "Taliban fighters", "AFGREB"),
    Probe("The Taliban government has not been recognised by any country.", "The Taliban government",
          "AFGGOV",
          published="2023-01-10"),
    Probe("Islamic State claimed the attack in a statement.", "Islamic State", "IMGMOS"),
    Probe("ISIS militants beheaded the hostage.", "ISIS militants", "IMGMOS"),
    Probe("ISIL fighters retreated from the town.", "ISIL fighters", "IMGMOS"),
    Probe("Daesh has lost most of its territory.", "Daesh", "IMGMOS"),
    Probe("The Islamic State group said one of its fighters carried out the attack.",
          "The Islamic State group",
          "IMGMOS"),
    Probe("Al-Qaeda released a video of the leader.", "Al-Qaeda", "IMGMOSALQ"),
    Probe("Al-Qaeda in the Arabian Peninsula claimed the attack.", "Al-Qaeda in the Arabian Peninsula",
          "IMGMOSALQ"),
    Probe("AQAP fighters overran an army post in Abyan.", "AQAP fighters", "IMGMOSALQ"),
    Probe("Al-Qaeda in the Islamic Maghreb kidnapped two Italians.", "Al-Qaeda in the Islamic Maghreb",
          "IMGMOSALQ"),
    Probe("Al-Shabaab fighters attacked a military base.", "Al-Shabaab fighters", "SOMREB"),
    Probe("Boko Haram abducted more than 200 schoolgirls.", "Boko Haram", "NGAREB"),
    Probe("The Houthis fired a missile at a tanker in the Red Sea.", "The Houthis", "YEMREB"),
    Probe("Ansar Allah said it would continue the attacks.", "Ansar Allah", "YEMREB"),
    Probe("Houthi rebels seized the capital.", "Houthi rebels", "YEMREB"),
    Probe("The PKK said it would lay down its arms.", "The PKK", "TURREB"),
    Probe("The YPG withdrew from the border town.", "The YPG", "SYRREB"),
    Probe("The U.S.-backed SDF captured Raqqa.", "The U.S.-backed SDF", "SYRREB"),
    Probe("The FARC signed a peace accord with the government.", "The FARC", "COLREB"),
    Probe("ELN guerrillas bombed an oil pipeline.", "ELN guerrillas", "COLREB"),
    Probe("M23 rebels captured the town of Bunagana.", "M23 rebels", "CODREB"),
    Probe("The Rapid Support Forces seized the airport.", "The Rapid Support Forces", "SDNREB",
          published="2023-05-01"),
    Probe("The Rapid Support Forces dispersed the sit-in.", "The Rapid Support Forces", "SDNMIL",
          published="2019-06-03"),
    Probe("The Wagner Group took control of Bakhmut.", "The Wagner Group", "RUSUAF"),
    Probe("Wagner mercenaries were deployed in Mali.", "Wagner mercenaries", "RUSUAF"),
    Probe("The Haqqani network was blamed for the embassy attack.", "The Haqqani network", "AFGREB"),
    Probe("Lashkar-e-Taiba was blamed for the Mumbai attacks.", "Lashkar-e-Taiba", "PAKREB"),
    Probe("Tehrik-i-Taliban claimed the school massacre.", "Tehrik-i-Taliban", "PAKREB"),
    Probe("Hayat Tahrir al-Sham fighters entered Aleppo.", "Hayat Tahrir al-Sham fighters", "SYRREB",
          published="2024-11-30"),
    Probe("HTS fighters guarded the ministry.", "HTS fighters", "SYRGOV", published="2025-01-15"),
    Probe("Islamic Jihad fired rockets from Gaza.", "Islamic Jihad", "PSEREB"),
    Probe("The Qassam Brigades said they had captured a soldier.", "The Qassam Brigades", "PSEREB"),
    Probe("The al-Aqsa Martyrs Brigades claimed the shooting.", "The al-Aqsa Martyrs Brigades", "PSEREB"),
    Probe("Jabhat al-Nusra fighters attacked the checkpoint.", "Jabhat al-Nusra fighters", "SYRREB"),
    Probe("The Allied Democratic Forces killed 30 villagers.", "The Allied Democratic Forces", "UGAREB"),
    Probe("JNIM claimed the attack on the army base.", "JNIM", "IMGMOSALQ"),
    Probe("The Janjaweed burned villages in Darfur.", "The Janjaweed", "SDNUAF"),
    Probe("Hezbollah's leader said the group would respond.", "Hezbollah's leader", "LBNREB"),
    # -- political parties --------------------------------------------------------------------------
    Probe("Republicans blocked the bill in the Senate.", "Republicans", "USAOPP", published="2015-06-01"),
    Probe("Republicans in Congress backed the president's tax plan.", "Republicans", "USAGOV",
          published="2018-06-01"),
    Probe("Democrats vowed to fight the nomination.", "Democrats", "USAOPP", published="2018-06-01"),
    Probe("Democrats hailed the president's climate plan.", "Democrats", "USAGOV", published="2022-06-01"),
    Probe("The Democratic Party chose Chicago for its convention.", "The Democratic Party", "USAGOV",
          published="2023-04-11"),
    Probe("The Labour Party unveiled its manifesto.", "The Labour Party", "GBROPP", published="2017-05-16"),
    Probe("The Labour government raised taxes.", "The Labour government", "GBRGOV", published="2008-05-16"),
    Probe("Labour said the plan would cost jobs.", "Labour", "GBROPP", "LONDON", published="2018-06-01"),
    Probe("The Tories lost their majority.", "The Tories", "GBRGOV", published="2017-06-09"),
    Probe("The CDU backed Merkel for a fourth term.", "The CDU", "DEUGOV", published="2016-11-20"),
    Probe("The BJP swept the state elections.", "The BJP", "INDGOV", published="2017-03-11"),
    Probe("The BJP accused the government of corruption.", "The BJP", "INDOPP", published="2012-03-11"),
    Probe("The ANC elected a new leader.", "The ANC", "ZAFGOV"),
    Probe("The LDP chose a new leader on Wednesday.", "The LDP", "JPNGOV"),
    Probe("The Communist Party of China expelled the former minister.", "The Communist Party of China",
          "CHNGOV"),
    Probe("The Chinese Communist Party marked its centenary.", "The Chinese Communist Party", "CHNGOV"),
    Probe("Likud lawmakers walked out of the session.", "Likud lawmakers", "ISRLEG"),
    Probe("The Muslim Brotherhood called for protests.", "The Muslim Brotherhood", "EGYOPP"),
    Probe("The Muslim Brotherhood's Freedom and Justice Party won the most seats.", "The Muslim Brotherhood",
          "EGYOPP", published="2012-01-21"),
    # -- IGOs and their organs ----------------------------------------------------------------------
    Probe("The UN Security Council met in an emergency session.", "The UN Security Council", "IGOUNO"),
    Probe("The General Assembly adopted the resolution by 141 votes.", "The General Assembly", "IGOUNO"),
    Probe("UNHCR said 10,000 people had fled.", "UNHCR", "IGOUNOREFHCR"),
    Probe("UNICEF warned of famine among children.", "UNICEF", "IGOUNOKID"),
    Probe("The WFP suspended deliveries in the north.", "The WFP", "IGOUNOWFP"),
    Probe("The OPCW confirmed that sarin had been used.", "The OPCW", "IGOOPCW"),
    Probe("The ICC issued an arrest warrant for the president.", "The ICC", "IGOJUDICC"),
    Probe("The ICJ ordered Israel to prevent genocide.", "The ICJ", "IGOUNOJUDICJ"),
    Probe("ASEAN foreign ministers met in Jakarta.", "ASEAN foreign ministers", "IGOSEAASN"),
    Probe("The Arab League suspended Syria's membership.", "The Arab League", "IGOMEAARL"),
    Probe("The GCC condemned the attack.", "The GCC", "IGOPGSGCC"),
    Probe("OPEC agreed to cut output.", "OPEC", "IGOBUSOPC"),
    Probe("The SCO summit opened in Astana.", "The SCO", "IGOCAS"),
    Probe("BRICS leaders agreed to expand the bloc.", "BRICS leaders", "IGOBUS"),
    Probe("ECOWAS threatened military intervention in Niger.", "ECOWAS", "IGOWAFWAS"),
    Probe("The OAS observers questioned the count.", "The OAS", "IGOOAS"),
    Probe("The African Union suspended Mali.", "The African Union", "IGOAFRAFU"),
    Probe("The EU Commission proposed a ban on Russian oil.", "The EU Commission", "IGOEUREEC"),
    Probe("The European Parliament voted to approve the deal.", "The European Parliament", "IGOEUREEC"),
    Probe("The Council of the EU adopted the sanctions package.", "The Council of the EU", "IGOEUREEC"),
    Probe("NATO allies agreed to send more air defences.", "NATO allies", "IGOWSTNAT"),
    Probe("The IAEA said Iran had enriched uranium to 60 percent.", "The IAEA", "IGOUNOIAE"),
    Probe("The UN Human Rights Council voted to open an inquiry.", "The UN Human Rights Council",
          "IGOUNOHRI"),
    Probe("UN peacekeepers came under fire near Goma.", "UN peacekeepers", "IGOUNO"),
    # -- media --------------------------------------------------------------------------------------
    Probe("Xinhua said the talks were constructive.", "Xinhua", "CHNMED"),
    Probe("KCNA said the missile flew 1,000 km.", "KCNA", "PRKMED"),
    Probe("Yonhap reported the launch, citing the military.", "Yonhap", "KORMED"),
    Probe("IRNA reported that the minister had resigned.", "IRNA", "IRNMED"),
    Probe("TASS quoted the minister as saying talks were possible.", "TASS", "RUSMED"),
    Probe("RIA reported that the plane had landed.", "RIA", "RUSMED"),
    Probe("RIA Novosti cited a source in the ministry.", "RIA Novosti", "RUSMED"),
    Probe("Al Jazeera aired the footage on Tuesday.", "Al Jazeera", "QATMED"),
    Probe("Iranian state TV showed the launch.", "Iranian state TV", "IRNGOVMED"),
    Probe("State television said the president had survived.", "State television", None),
    Probe("Syrian state television said the army had retaken the town.", "Syrian state television",
          "SYRGOVMED"),
    Probe("Rodong Sinmun said the drills were a rehearsal for invasion.", "Rodong Sinmun", "PRKMED"),
    Probe("The Global Times said the sanctions would backfire.", "The Global Times", "CHNMED"),
    Probe("Press TV reported the arrests.", "Press TV", "IRNMED"),
    Probe("RT broadcast the interview on Sunday.", "RT", "RUSMED"),
]

AGENTS: list[Probe] = [
    # -- unqualified domestic agents take the story's country (dateline) ----------------------------
    Probe("Security forces opened fire on the crowd.", "Security forces", "EGYMIL", "CAIRO"),
    Probe("Security forces opened fire on the crowd.", "Security forces", None),
    Probe("Troops fired tear gas at the crowd outside parliament.", "Troops", "AFGMIL", "KABUL"),
    Probe("Police arrested 40 people after the clashes.", "Police", "NGACOP", "LAGOS"),
    Probe("Lawmakers voted to extend martial law.", "Lawmakers", "UKRLEG", "KIEV"),
    Probe("Protesters blocked the main road to the airport.", "Protesters", "THAOPP", "BANGKOK"),
    Probe("Thousands of protesters marched on the presidential palace.", "protesters", None),
    Probe("The opposition called for a general strike.", "The opposition", "VENOPP", "CARACAS"),
    Probe("The opposition called for a general strike.", "The opposition", None),
    Probe("The ruling party won two thirds of the seats.", "The ruling party", "ZWEGOV", "HARARE"),
    Probe("Officials said the bridge would reopen on Monday.", "Officials", "PHL", "MANILA"),
    Probe("A senior official said the talks had stalled.", "A senior official", "RUS", "MOSCOW"),
    Probe("Diplomats said a deal was close.", "Diplomats", None),
    Probe("The army said it had killed 20 militants.", "The army", "PAKMIL", "ISLAMABAD"),
    Probe("The navy said it had rescued 300 migrants.", "The navy", "PHLMIL", "MANILA"),
    Probe("The government rejected the accusation.", "The government", "ETHGOV", "ADDIS ABABA"),
    Probe("The interior ministry said 12 people had died.", "The interior ministry", "TUNGOV", "TUNIS"),
    # -- no context: no country, and the role's sector for the events stage -------------------------
    Probe("Rebels seized the town after heavy fighting.", "Rebels", None),
    Probe("Militants attacked a checkpoint overnight.", "Militants", None),
    Probe("Gunmen stormed the hotel.", "Gunmen", None),
    Probe("Insurgents ambushed a convoy.", "Insurgents", None),
    Probe("State media said the leader had inspected the site.", "State media", None),
    Probe("Rebels seized the town after heavy fighting.", "Rebels", None, "BANGUI"),
    # -- the phrase's own words ---------------------------------------------------------------------
    Probe("Israeli forces raided the camp before dawn.", "Israeli forces", "ISR"),
    Probe("Israeli troops raided the camp before dawn.", "Israeli troops", "ISRMIL"),
    Probe("Pakistani militants crossed the border.", "Pakistani militants", "PAKUAF"),
    Probe("Afghan insurgents ambushed a convoy.", "Afghan insurgents", "AFGREB"),
    Probe("Gunmen in Mogadishu killed a lawmaker.", "Gunmen in Mogadishu", "SOMUAF"),
    Probe("Somali pirates seized the tanker.", "Somali pirates", "SOMCRM"),
    Probe("U.S. officials said the strike killed a commander.", "U.S. officials", "USA"),
    Probe("Chinese diplomats walked out of the meeting.", "Chinese diplomats", "CHNGOV"),
    Probe("Iranian state media said the ship had been seized.", "Iranian state media", "IRNGOVMED"),
    Probe("Russian separatists shelled the city.", "Russian separatists", "RUSREB"),
    Probe("Kurdish separatists in Turkey killed two soldiers.", "Kurdish separatists in Turkey", "TURREB"),
    Probe("The Turkish army shelled Kurdish positions.", "The Turkish army", "TURMIL"),
    Probe("The Egyptian opposition boycotted the vote.", "The Egyptian opposition", "EGYOPP"),
    Probe("Venezuela's ruling party won the regional elections.", "Venezuela's ruling party", "VENGOV"),
    Probe("Ethiopia's ruling coalition named a new leader.", "Ethiopia's ruling coalition", "ETHGOV"),
    Probe("Uganda's opposition leader was arrested again.", "Uganda's opposition leader", "UGAOPP"),
    Probe("Saudi diplomats left Beirut.", "Saudi diplomats", "SAUGOV"),
    # -- backers, leaders, allies and regions -------------------------------------------------------
    Probe("Iran-backed Houthi rebels fired a missile at Riyadh.", "Iran-backed Houthi rebels", "YEMREB"),
    Probe("Iranian-backed Hezbollah sent fighters to Syria.", "Iranian-backed Hezbollah", "LBNREB"),
    Probe("Pro-Russian separatists shelled the town.", "Pro-Russian separatists", None),
    Probe("Pro-Russian separatists in eastern Ukraine shelled the town.",
          "Pro-Russian separatists in eastern Ukraine", "UKRREB"),
    Probe("Kremlin-backed separatists seized the airport.", "Kremlin-backed separatists", None),
    Probe("Kremlin-backed separatists in Donetsk seized the airport.",
          "Kremlin-backed separatists in Donetsk",
          "UKRREB"),
    Probe("Russian-backed rebels in eastern Ukraine shelled the port.",
          "Russian-backed rebels in eastern Ukraine",
          "UKRREB"),
    Probe("Iran-backed militias in Iraq fired rockets at the base.", "Iran-backed militias in Iraq",
          "IRQUAF"),
    Probe("Iran-backed militias fired rockets at the base.", "Iran-backed militias", None),
    Probe("The U.S.-led coalition carried out 20 air strikes.", "The U.S.-led coalition", "USAMIL"),
    Probe("The Saudi-led coalition bombed the port of Hodeidah.", "The Saudi-led coalition", "SAUMIL"),
    Probe("Western powers urged Iran to return to the talks.", "Western powers", "WST"),
    Probe("Western diplomats said the vote was rigged.", "Western diplomats", "WSTGOV"),
    Probe("Gulf states pledged $3 billion in aid.", "Gulf states", "PGS"),
    Probe("Gulf Arab states cut ties with Qatar.", "Gulf Arab states", "PGS"),
    Probe("European governments condemned the decision.", "European governments", "EURGOV"),
    Probe("African leaders met in Addis Ababa.", "African leaders", "AFR"),
    Probe("The ruling coalition lost its majority.", "The ruling coalition", "ISRGOV", "JERUSALEM"),
    Probe("Government forces recaptured the town.", "Government forces", "SYRMIL", "DAMASCUS"),
    Probe("Government forces recaptured the town.", "Government forces", None),
    Probe("Pro-government militias attacked the protesters.", "Pro-government militias", None),
]

PROBES = BODIES + AGENTS


@pytest.fixture(scope="module")
def probe_codes(nlp: Any) -> dict[int, tuple[str | None, list[str]]]:
    """Code and reasons of every probe's phrase, the sentences parsed in one batch."""
    articles = [make_article(p.sentence, dateline=p.dateline, published=p.published) for p in PROBES]
    out: dict[int, tuple[str | None, list[str]]] = {}
    for n, (probe, article, doc) in enumerate(
            zip(PROBES, articles, nlp.pipe([analysis_text(a) for a in articles]), strict=True)):
        assign_actors(article, doc)
        start = probe.sentence.index(probe.phrase)
        actor = actor_for_span(article, start, start + len(probe.phrase))
        out[n] = (None, []) if actor is None else (actor.code, list(actor.reasons))
    return out


def _id(probe: Probe) -> str:
    return f"{probe.phrase}@{probe.dateline or ''}{probe.published}"


@pytest.mark.parametrize("n", range(len(PROBES)), ids=[_id(p) for p in PROBES])
def test_probe_code(n: int, probe_codes: dict[int, tuple[str | None, list[str]]]) -> None:
    probe = PROBES[n]
    code, reasons = probe_codes[n]
    assert code == probe.code, f"{probe.phrase!r} in {probe.sentence!r}: {code} ({reasons})"
    if code is not None:
        assert reasons, "every code keeps its reasons"
