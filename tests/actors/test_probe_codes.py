"""Probe set: realistic wire phrases and the CAMEO actor code an analyst expects (model).

Written for this test from the CAMEO actor codebook's conventions and the Phoenix/PETRARCH agent
conventions that wirewatch follows (docs/actors.md, research/event-coding.md §6), not from any dev
set. Each probe is a short sentence, the phrase the events stage would ask about, an optional
dateline, and the expected code; `None` means "no actor": nothing in the text or the dateline says
whose it is, and no country is made up (the events stage then writes CAMEO's unknown-country agent,
"---REB").

The phrase is looked up with `actor_for_span`, the call the events and quotes stages make.
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


PROBES: list[Probe] = [
    # -- heads of state, ministers and state bodies by title and nationality ------------------------
    Probe("Iran's foreign minister said on Tuesday that talks would resume.", "Iran's foreign minister",
          "IRNGOV"),
    Probe("The Pakistani army chief met tribal elders on Monday.", "The Pakistani army chief", "PAKMIL"),
    Probe("Israeli police arrested two men near the mosque.", "Israeli police", "ISRCOP"),
    Probe("The Kenyan parliament passed the bill late on Thursday.", "The Kenyan parliament", "KENLEG"),
    Probe("A Thai court sentenced the former minister to two years in prison.", "A Thai court", "THAJUD"),
    Probe("Nigerian troops killed 12 insurgents in Borno state.", "Nigerian troops", "NGAMIL"),
    Probe("Chinese President Xi Jinping arrived in Moscow on Friday.", "Chinese President Xi Jinping",
          "CHNGOV"),
    Probe("Russian Defence Minister Sergei Shoigu inspected the fleet.",
          "Russian Defence Minister Sergei Shoigu",
          "RUSGOVMIL"),
    Probe("U.S. Secretary of State John Kerry flew to Geneva.", "U.S. Secretary of State John Kerry",
          "USAGOV"),
    Probe("Egyptian security forces dispersed the sit-in.", "Egyptian security forces", "EGYMIL"),
    Probe("The Iraqi prime minister visited Tehran.", "The Iraqi prime minister", "IRQGOV"),
    Probe("Kenya's president signed the law on Monday.", "Kenya's president", "KENGOV"),
    Probe("The Ukrainian army shelled rebel positions near Donetsk.", "The Ukrainian army", "UKRMIL"),
    Probe("The Afghan government rejected the report.", "The Afghan government", "AFGGOV"),
    Probe("Zimbabwean lawmakers approved the budget.", "Zimbabwean lawmakers", "ZWELEG"),
    Probe("Turkish warplanes struck targets in northern Iraq.", "Turkish warplanes", "TURMIL"),
    Probe("A Chinese foreign ministry spokesman said Beijing was concerned.",
          "A Chinese foreign ministry spokesman", "CHNGOVMED"),
    Probe("North Korean state media said the test was a success.", "North Korean state media", "PRKGOVMED"),
    Probe("The Japanese coast guard detained the captain.", "The Japanese coast guard", "JPNMIL"),
    Probe("Saudi Arabia's King Salman received the envoy.", "Saudi Arabia's King Salman", "SAUGOV"),
    Probe("Qatar's emir met the delegation in Doha.", "Qatar's emir", "QATGOV"),
    Probe("Indian police fired tear gas at the crowd.", "Indian police", "INDCOP"),
    Probe("Police in Mumbai arrested three suspects.", "Police in Mumbai", "INDCOP"),
    Probe("The Lebanese army deployed along the border.", "The Lebanese army", "LBNMIL"),
    Probe("Israeli Prime Minister Benjamin Netanyahu addressed the Knesset.",
          "Israeli Prime Minister Benjamin Netanyahu", "ISRGOV"),
    Probe("Palestinian President Mahmoud Abbas condemned the raid.", "Palestinian President Mahmoud Abbas",
          "PSEGOV"),
    Probe("Israeli soldiers shot a Palestinian man in Hebron.", "Israeli soldiers", "ISRMIL"),
    Probe("Afghan security forces retook the district.", "Afghan security forces", "AFGMIL"),
    Probe("Myanmar's military denied the allegations.", "Myanmar's military", "MMRMIL"),
    Probe("U.S. lawmakers passed new sanctions on Iran.", "U.S. lawmakers", "USALEG"),
    Probe("British Prime Minister David Cameron called for calm.", "British Prime Minister David Cameron",
          "GBRGOV"),
    Probe("German Chancellor Angela Merkel met Greek leaders.", "German Chancellor Angela Merkel", "DEUGOV"),
    Probe("French troops entered the town of Gao.", "French troops", "FRAMIL"),
    Probe("Brazil's Supreme Court ordered the release of the senator.", "Brazil's Supreme Court", "BRAJUD"),
    Probe("South Korea's Unification Ministry proposed talks.", "South Korea's Unification Ministry",
          "KORGOV"),
    Probe("North Korean leader Kim Jong Un watched the launch.", "North Korean leader Kim Jong Un", "PRKGOV"),
    Probe("The Venezuelan opposition called a general strike.", "The Venezuelan opposition", "VENOPP"),
    Probe("Iraqi Kurdish Peshmerga forces recaptured the town.", "Iraqi Kurdish Peshmerga forces", "IRQMIL"),
    Probe("The Peshmerga repelled an attack near Kirkuk.", "The Peshmerga", "IRQMIL"),
    Probe("The Vietnamese government protested to Beijing.", "The Vietnamese government", "VNMGOV"),
    Probe("An Indonesian navy ship seized the trawler.", "An Indonesian navy ship", "IDNMIL"),
    # -- well-known bodies named without a country ---------------------------------------------------
    Probe("The State Department said the visa was revoked.", "The State Department", "USAGOV"),
    Probe("The Pentagon confirmed the drone strike.", "The Pentagon", "USAMIL"),
    Probe("The Kremlin dismissed the claims as absurd.", "The Kremlin", "RUSGOV"),
    Probe("The Knesset voted to dissolve itself.", "The Knesset", "ISRLEG"),
    Probe("The Bundestag approved the bailout.", "The Bundestag", "DEULEG"),
    Probe("The Palestinian Authority suspended security coordination.", "The Palestinian Authority",
          "PSEGOV"),
    # -- armed groups, rebels and militants ----------------------------------------------------------
    Probe("Syrian rebels shelled a government checkpoint.", "Syrian rebels", "SYRREB"),
    Probe("Taliban fighters attacked a police post in Helmand.", "Taliban fighters", "AFGREB"),
    Probe("Hamas fired rockets into southern Israel.", "Hamas", "PSEREB"),
    Probe("Hezbollah denied any role in the bombing.", "Hezbollah", "LBNREB"),
    Probe("The Kurdistan Workers' Party declared a ceasefire.", "The Kurdistan Workers' Party", "TURREB"),
    Probe("The PKK claimed the attack on the convoy.", "The PKK", "TURREB"),
    Probe("The Pakistani Taliban claimed the school attack.", "The Pakistani Taliban", "PAKREB"),
    Probe("Tehrik-i-Taliban Pakistan threatened new attacks.", "Tehrik-i-Taliban Pakistan", "PAKREB"),
    Probe("Boko Haram abducted more than 200 schoolgirls.", "Boko Haram", "NGAREB"),
    Probe("Al-Shabaab claimed the attack on the mall.", "Al-Shabaab", "SOMREB"),
    Probe("Houthi rebels seized the presidential palace.", "Houthi rebels", "YEMREB"),
    Probe("The FARC released two soldiers.", "The FARC", "COLREB"),
    Probe("The ELN kidnapped an oil engineer.", "The ELN", "COLREB"),
    Probe("The Free Syrian Army said it shot down a helicopter.", "The Free Syrian Army", "SYRREB"),
    Probe("The Lord's Resistance Army attacked villages in the region.", "The Lord's Resistance Army",
          "UGAREB"),
    Probe("Lashkar-e-Taiba denied involvement in the Mumbai attacks.", "Lashkar-e-Taiba", "PAKREB"),
    Probe("The Shining Path ambushed an army patrol.", "The Shining Path", "PERREB"),
    Probe("The Tamil Tigers attacked a naval base.", "The Tamil Tigers", "LKAREB"),
    Probe("M23 rebels withdrew from Goma.", "M23 rebels", "CODREB"),
    Probe("Islamic State militants blew up the temple.", "Islamic State militants", "IMGMOS"),
    Probe("Al-Qaeda in the Arabian Peninsula claimed the attack.", "Al-Qaeda in the Arabian Peninsula",
          "IMGMOSALQ"),
    Probe("The New People's Army raided a police station.", "The New People's Army", "PHLREB"),
    Probe("A Syrian rebel commander said his men would not withdraw.", "A Syrian rebel commander", "SYRREB"),
    Probe("The rebel commander said his men would not disarm.", "The rebel commander", None),
    Probe("Palestinian militants fired a rocket at Sderot.", "Palestinian militants", "PSEUAF"),
    Probe("Palestinian gunmen opened fire on the bus.", "Palestinian gunmen", "PSEUAF"),
    Probe("Pro-Russian separatists in eastern Ukraine shot down the plane.",
          "Pro-Russian separatists in eastern Ukraine", "UKRREB"),
    Probe("Chechen rebels attacked a police station in Grozny.", "Chechen rebels", "RUSREB"),
    Probe("Insurgents attacked a convoy on the highway.", "Insurgents", None),
    # -- opposition, parties, former office holders --------------------------------------------------
    Probe("Opposition leader Raila Odinga called for protests.", "Opposition leader Raila Odinga", "KENOPP",
          "NAIROBI"),
    Probe("Opposition lawmakers walked out of the session.", "Opposition lawmakers", "VENOPP", "CARACAS"),
    Probe("The opposition party boycotted the vote.", "The opposition party", "KHMOPP", "PHNOM PENH"),
    Probe("The ruling party won two-thirds of the seats.", "The ruling party", "ZWEGOV", "HARARE"),
    Probe("Former President Jimmy Carter arrived in Pyongyang.", "Former President Jimmy Carter", "USAELI"),
    Probe("Former Pakistani prime minister Nawaz Sharif returned from exile.",
          "Former Pakistani prime minister Nawaz Sharif", "PAKELI"),
    Probe("The Muslim Brotherhood called for mass rallies.", "The Muslim Brotherhood", "EGYOPP"),
    Probe("Egyptian protesters gathered in Tahrir Square.", "Egyptian protesters", "EGYOPP"),
    Probe("Russian opposition activists were detained in Moscow.", "Russian opposition activists", "RUSOPP"),
    # -- international organisations -----------------------------------------------------------------
    Probe("The European Union imposed sanctions on Belarus.", "The European Union", "IGOEUREEC"),
    Probe("NATO condemned the missile test.", "NATO", "IGOWSTNAT"),
    Probe("The U.N. Security Council met in emergency session.", "The U.N. Security Council", "IGOUNO"),
    Probe("The IAEA said inspectors had found traces of uranium.", "The IAEA", "IGOUNOIAE"),
    Probe("The World Bank approved a $300 million loan to Ghana.", "The World Bank", "IGOUNODEVWBK"),
    Probe("The International Monetary Fund cut its growth forecast.", "The International Monetary Fund",
          "IGOBUSIMF"),
    Probe("The African Union suspended Mali's membership.", "The African Union", "IGOAFRAFU"),
    Probe("ECOWAS threatened to send troops.", "ECOWAS", "IGOWAFWAS"),
    Probe("The Arab League called an emergency summit.", "The Arab League", "IGOMEAARL"),
    Probe("ASEAN foreign ministers met in Kuala Lumpur.", "ASEAN", "IGOSEAASN"),
    Probe("OPEC agreed to cut output.", "OPEC", "IGOBUSOPC"),
    Probe("UNICEF said 300 children had died.", "UNICEF", "IGOUNOKID"),
    Probe("The UNHCR said 4,000 refugees crossed the border.", "The UNHCR", "IGOUNOREFHCR"),
    Probe("The WHO declared a global health emergency.", "The WHO", "IGOUNOHLHWHO"),
    Probe("The International Criminal Court issued an arrest warrant.", "The International Criminal Court",
          "IGOJUDICC"),
    Probe("The OSCE sent monitors to the region.", "The OSCE", "IGOEURSCE"),
    Probe("The Shanghai Cooperation Organisation held its summit.", "The Shanghai Cooperation Organisation",
          "IGOCAS"),
    Probe("The World Health Organisation warned of a new outbreak.", "The World Health Organisation",
          "IGOUNOHLHWHO"),
    Probe("U.N. Secretary-General Ban Ki-moon urged restraint.", "U.N. Secretary-General Ban Ki-moon",
          "IGOUNO"),
    Probe("The World Food Programme suspended deliveries.", "The World Food Programme", "IGOUNOWFP"),
    Probe("The European Commission fined the company.", "The European Commission", "IGOEUREEC"),
    Probe("The Gulf Cooperation Council backed the move.", "The Gulf Cooperation Council", "IGOPGSGCC"),
    Probe("Interpol issued a red notice for the businessman.", "Interpol", "IGOCOPITP"),
    # -- non-governmental organisations --------------------------------------------------------------
    Probe("Amnesty International accused the army of torture.", "Amnesty International", "NGOHRIAMN"),
    Probe("Human Rights Watch urged the government to free the activists.", "Human Rights Watch",
          "NGOHRIHRW"),
    Probe("Doctors Without Borders evacuated its staff from the hospital.", "Doctors Without Borders",
          "NGOHLHMSF"),
    Probe("Médecins Sans Frontières said the clinic was bombed.", "Médecins Sans Frontières", "NGOHLHMSF"),
    Probe("The International Committee of the Red Cross visited the prisoners.",
          "The International Committee of the Red Cross", "NGOHLHIRC"),
    Probe("Greenpeace activists boarded the oil platform.", "Greenpeace activists", "NGOENV"),
    Probe("Save the Children said the camp lacked clean water.", "Save the Children", "NGOHLH"),
    Probe("Reporters Without Borders condemned the arrest of the journalist.", "Reporters Without Borders",
          "NGOHRI"),
    Probe("Transparency International ranked the country near the bottom.", "Transparency International",
          "NGO"),
    Probe("The Syrian Observatory for Human Rights said 30 people were killed.",
          "The Syrian Observatory for Human Rights", "SYRNGO"),
    # -- media ---------------------------------------------------------------------------------------
    Probe("Reuters reported that the talks had collapsed.", "Reuters", "GBRMED"),
    Probe("The Associated Press obtained a copy of the letter.", "The Associated Press", "USAMED"),
    Probe("KCNA said the leader inspected the unit.", "KCNA", "PRKMED"),
    Probe("Xinhua said the two sides signed 20 agreements.", "Xinhua", "CHNMED"),
    Probe("Egyptian journalists protested outside the syndicate.", "Egyptian journalists", "EGYMED"),
    # -- business ------------------------------------------------------------------------------------
    Probe("Toyota recalled 2 million cars.", "Toyota", "JPNBUS"),
    Probe("Gazprom cut gas supplies to Ukraine.", "Gazprom", "RUSBUS"),
    Probe("Exxon Mobil signed an exploration deal with Rosneft.", "Exxon Mobil", "USABUS"),
    Probe("Petrobras halted work at the refinery.", "Petrobras", "BRABUS"),
    Probe("Saudi Aramco raised its prices for Asia.", "Saudi Aramco", "SAUBUS"),
    Probe("A Japanese carmaker said it would close the plant.", "A Japanese carmaker", "JPNBUS"),
    Probe("Chinese companies won most of the contracts.", "Chinese companies", "CHNBUS"),
    # -- ethnic, religious and social groups ---------------------------------------------------------
    Probe("Ethnic Uighurs clashed with police in Urumqi.", "Ethnic Uighurs", "CHN"),
    Probe("Tibetan monks staged a protest in Lhasa.", "Tibetan monks", "CHNREL"),
    Probe("Muslim clerics in Cairo denounced the decree.", "Muslim clerics in Cairo", "EGYMOSREL"),
    Probe("Syrian refugees crossed into Turkey.", "Syrian refugees", "SYRREF"),
    Probe("Afghan refugees in Pakistan were ordered to leave.", "Afghan refugees in Pakistan", "AFGREF"),
    Probe("Rohingya refugees arrived in Bangladesh by boat.", "Rohingya refugees", "MMRREF"),
    Probe("Somali pirates hijacked a tanker.", "Somali pirates", "SOMCRM"),
    Probe("Mexican drug cartels fought over the route.", "Mexican drug cartels", "MEXCRM"),
    Probe("Brazilian farmers blocked the highway.", "Brazilian farmers", "BRAAGR"),
    Probe("Vietnamese fishermen were detained near the islands.", "Vietnamese fishermen", "VNMAGR"),
    Probe("South African miners went on strike.", "South African miners", "ZAFLAB"),
    Probe("Greek trade unions called a general strike.", "Greek trade unions", "GRCLAB"),
    Probe("Indian doctors protested against the attacks.", "Indian doctors", "INDHLH"),
    Probe("Israeli settlers uprooted olive trees.", "Israeli settlers", "ISRCVL"),
    Probe("Thousands of Bangladeshi garment workers marched.", "Bangladeshi garment workers", "BGDLAB"),
    # -- unqualified domestic actors take the dateline's country ------------------------------------
    Probe("Police said four people were arrested.", "Police", "KENCOP", "NAIROBI"),
    Probe("The interior ministry said the curfew would be lifted.", "The interior ministry", "EGYGOV",
          "CAIRO"),
    Probe("Parliament rejected the amendment.", "Parliament", "UGALEG", "KAMPALA"),
    Probe("The Supreme Court struck down the law.", "The Supreme Court", "INDJUD", "NEW DELHI"),
    Probe("Prosecutors charged the former mayor with fraud.", "Prosecutors", "ITAJUD", "ROME"),
    Probe("The army said it had killed five militants.", "The army", "PAKMIL", "ISLAMABAD"),
    Probe("A foreign ministry spokesman said the visit was postponed.", "A foreign ministry spokesman",
          "CHNGOVMED", "BEIJING"),
    Probe("A government spokesman denied the report.", "A government spokesman", "PHLGOVMED", "MANILA"),
    Probe("Security forces fired on the crowd.", "Security forces", "SYRMIL", "DAMASCUS"),
    Probe("Congress approved the spending bill.", "Congress", "USALEG", "WASHINGTON"),
    Probe("The central bank raised interest rates.", "The central bank", "TURGOV", "ANKARA"),
    Probe("Students marched through the capital on Friday.", "Students", "THAEDU", "BANGKOK"),
    Probe("Workers at a textile factory went on strike.", "Workers", "EGYLAB", "CAIRO"),
    Probe("Villagers said the floods had destroyed their homes.", "Villagers", "BGDCVL", "DHAKA"),
    Probe("Farmers blocked roads with tractors.", "Farmers", "GRCAGR", "ATHENS"),
    Probe("Refugees waited at the border crossing.", "Refugees", None, "ATHENS"),
    Probe("The regime fired artillery across the border.", "The regime", None, "SEOUL"),
    Probe("Militants attacked a checkpoint.", "Militants", None),
    # -- a second batch, written after the tables above were extended, to see whether they generalise
    Probe("The Egyptian foreign ministry summoned the ambassador.", "The Egyptian foreign ministry",
          "EGYGOV"),
    Probe("Sudanese government forces bombed villages in Darfur.", "Sudanese government forces", "SDNMIL"),
    Probe("Philippine police killed a suspected drug dealer.", "Philippine police", "PHLCOP"),
    Probe("The Colombian defence minister visited the troops.", "The Colombian defence minister",
          "COLGOVMIL"),
    Probe("Kurdish rebels ambushed a Turkish patrol.", "Kurdish rebels", "TURREB"),
    Probe("Uzbek opposition leaders fled the country.", "Uzbek opposition leaders", "UZBOPP"),
    Probe("Iranian Revolutionary Guards seized a British tanker.", "Iranian Revolutionary Guards", "IRNMIL"),
    Probe("The Sri Lankan navy rescued 40 fishermen.", "The Sri Lankan navy", "LKAMIL"),
    Probe("Bahraini Shiite protesters marched in Manama.", "Bahraini Shiite protesters", "BHRMOSOPP"),
    Probe("A former Peruvian president was sentenced to 25 years.", "A former Peruvian president", "PERELI"),
    Probe("The Taliban's supreme leader issued a decree.", "The Taliban's supreme leader", "AFGREB"),
    Probe("The Haqqani network claimed the attack in Kabul.", "The Haqqani network", "AFGREB"),
    Probe("Jaish-e-Mohammed claimed the suicide bombing.", "Jaish-e-Mohammed", "PAKREB"),
    Probe("Renamo gunmen attacked a bus in central Mozambique.", "Renamo gunmen", "MOZREB"),
    Probe("The Syrian Democratic Forces captured the dam.", "The Syrian Democratic Forces", "SYRREB"),
    Probe("The United Nations Development Programme funded the project.",
          "The United Nations Development Programme", "IGOUNODEV"),
    Probe("UNESCO listed the old city as endangered.", "UNESCO", "IGOUNOEDU"),
    Probe("The OECD raised its forecast for Germany.", "The OECD", "IGOBUSOECD"),
    Probe("The European Central Bank kept rates on hold.", "The European Central Bank", "IGOEURECB"),
    Probe("The Organisation of Islamic Cooperation condemned the cartoons.",
          "The Organisation of Islamic Cooperation", "IGOMOSOIC"),
    Probe("The International Rescue Committee warned of famine.", "The International Rescue Committee",
          "NGOREF"),
    Probe("The Committee to Protect Journalists called for his release.",
          "The Committee to Protect Journalists",
          "USANGO"),
    Probe("Al Jazeera said its bureau had been raided.", "Al Jazeera", "QATMED"),
    Probe("Iran's Fars news agency said the drone was downed.", "Iran's Fars news agency", "IRNMED"),
    Probe("BP said the spill had been contained.", "BP", "GBRBUS"),
    Probe("Nigerian oil workers began a strike on Monday.", "Nigerian oil workers", "NGALAB"),
    Probe("Chinese fishermen were arrested off Palau.", "Chinese fishermen", "CHNAGR"),
    Probe("Coptic Christians were attacked in Minya.", "Coptic Christians", "EGYCHR"),
    Probe("Jewish settlers clashed with Palestinian villagers.", "Palestinian villagers", "PSECVL"),
    Probe("Afghan interpreters asked for visas.", "Afghan interpreters", "AFG"),
    Probe("Pakistani paramilitary rangers raided the party office.", "Pakistani paramilitary rangers",
          "PAKMIL"),
    Probe("Saudi-led coalition warplanes struck Sanaa.", "Saudi-led coalition warplanes", "SAUMIL"),
    Probe("The riot police fired water cannon at the students.", "The riot police", "HKGCOP", "HONG KONG"),
    Probe("Lawmakers voted 230-190 to impeach the president.", "Lawmakers", "KORLEG", "SEOUL"),
    Probe("Teachers went on strike over unpaid wages.", "Teachers", "ZWEEDU", "HARARE"),
    Probe("Residents fled the fighting on foot.", "Residents", "SDNCVL", "KHARTOUM"),
    Probe("Migrant workers protested over unpaid wages.", "Migrant workers", None, "DOHA"),
    Probe("The opposition boycotted the election.", "The opposition", "BGDOPP", "DHAKA"),
    Probe("Ex-President Mohamed Morsi was sentenced to death.", "Ex-President Mohamed Morsi", "EGYELI"),
    Probe("Ugandan soldiers serving with the African Union killed 10 militants.", "Ugandan soldiers",
          "UGAMIL"),
    Probe("Russia's Federal Security Service said it foiled a plot.", "Russia's Federal Security Service",
          "RUSSPY"),
    Probe("Pakistan's Inter-Services Intelligence denied the report.",
          "Pakistan's Inter-Services Intelligence",
          "PAKSPY"),
]



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


@pytest.mark.parametrize("n", range(len(PROBES)), ids=[p.phrase for p in PROBES])
def test_probe_code(n: int, probe_codes: dict[int, tuple[str | None, list[str]]]) -> None:
    probe = PROBES[n]
    code, reasons = probe_codes[n]
    assert code == probe.code, f"{probe.phrase!r} in {probe.sentence!r}: {code} ({reasons})"
    if code is not None:
        assert reasons, "every code keeps its reasons"
