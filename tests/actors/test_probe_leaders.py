"""Probe set: real people and bodies named the way wire copy names them, with the story's date.

Written for this test (fourth actors session) before the office-holder table was extended, from
public knowledge of who held which office when, not from any dev set. Each probe is a short wire
sentence, the phrase the events stage would ask about, the story's publication date and the CAMEO
code an analyst expects: surname only ("Erdogan said"), full name, title + name, possessive
("Modi's government"), a pronoun whose antecedent is a named person, and the date rules of
docs/actors.md (out of the listed offices a built-in person is an elite of the country, ELI).
`None` means no actor: a bare common surname ("Lee", "Kim", "Khan", "Singh") or a word that is
also a surname ("Rice" the food, "May" the month) must not be taken for a known person.

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
    published: str


PROBES: list[Probe] = [
    # -- heads of state and government by surname, in office on the story's date ------------------
    Probe("Erdogan said Turkey would not back down over the pipeline.", "Erdogan", "TURGOV", "2019-05-01"),
    Probe("Putin told reporters the sanctions had failed.", "Putin", "RUSGOV", "2016-03-02"),
    Probe("Abe met business leaders in Osaka on Monday.", "Abe", "JPNGOV", "2015-06-01"),
    Probe("Abe flew to Jakarta on his first trip abroad as premier.", "Abe", "JPNGOV", "2006-11-10"),
    Probe("Merkel urged restraint on both sides.", "Merkel", "DEUGOV", "2014-03-05"),
    Probe("Macron called for a European army.", "Macron", "FRAGOV", "2018-11-07"),
    Probe("Xi told the party congress that reform would deepen.", "Xi", "CHNGOV", "2017-10-18"),
    Probe("Rouhani said Iran would abide by the deal.", "Rouhani", "IRNGOV", "2016-01-17"),
    Probe("Khamenei rejected any talks with Washington.", "Khamenei", "IRNGOV", "2019-05-29"),
    Probe("Pezeshkian arrived in New York for the General Assembly.", "Pezeshkian", "IRNGOV", "2024-09-22"),
    Probe("Sisi received the delegation in Cairo.", "Sisi", "EGYGOV", "2017-04-03"),
    Probe("Abbas rejected the plan as the slap of the century.", "Abbas", "PSEGOV", "2018-01-15"),
    Probe("Bolsonaro attacked the Supreme Court in a speech.", "Bolsonaro", "BRAGOV", "2021-09-07"),
    Probe("Duterte threatened to end the visiting forces agreement.", "Duterte", "PHLGOV", "2020-01-24"),
    Probe("Jokowi inaugurated the toll road on Friday.", "Jokowi", "IDNGOV", "2019-03-01"),
    Probe("Kishida pledged to double defence spending.", "Kishida", "JPNGOV", "2022-12-16"),
    Probe("Yoon declared martial law late on Tuesday.", "Yoon", "KORGOV", "2024-12-03"),
    Probe("Modi's government announced three new farm laws.", "Modi's government", "INDGOV", "2020-09-20"),
    Probe("Erdogan's government ordered the arrests.", "Erdogan's government", "TURGOV", "2016-07-20"),
    Probe("Netanyahu's office said the talks were productive.", "Netanyahu's office", "ISRGOV", "2015-06-01"),
    Probe("Scholz promised Ukraine more air defence.", "Scholz", "DEUGOV", "2023-01-25"),
    Probe("Sunak defended the Rwanda plan in parliament.", "Sunak", "GBRGOV", "2023-12-06"),
    Probe("Mishustin announced new support for industry.", "Mishustin", "RUSGOV", "2022-03-10"),
    Probe("Tinubu removed the fuel subsidy.", "Tinubu", "NGAGOV", "2023-06-01"),
    Probe("Tokayev asked the Russian-led alliance for help.", "Tokayev", "KAZGOV", "2022-01-05"),
    Probe("Pashinyan accused Baku of shelling Armenian villages.", "Pashinyan", "ARMGOV", "2022-09-13"),
    Probe("Aliyev said the operation in Karabakh was over.", "Aliyev", "AZEGOV", "2023-09-20"),
    Probe("Mirziyoyev freed hundreds of political prisoners.", "Mirziyoyev", "UZBGOV", "2018-03-01"),
    Probe("Kadhimi ordered an investigation into the rocket attack.", "Kadhimi", "IRQGOV", "2021-05-10"),
    Probe("Sudani met the U.S. envoy in Baghdad.", "Sudani", "IRQGOV", "2023-06-01"),
    Probe("Mikati called for calm in Beirut.", "Mikati", "LBNGOV", "2023-10-10"),
    Probe("Saied dissolved parliament on Wednesday.", "Saied", "TUNGOV", "2022-03-30"),
    Probe("Tebboune recalled Algeria's ambassador from Paris.", "Tebboune", "DZAGOV", "2021-10-02"),
    Probe("Dbeibah pledged elections by the end of the year.", "Dbeibah", "LBYGOV", "2021-06-01"),
    Probe("Burhan dissolved the transitional government.", "Burhan", "SDNGOV", "2021-10-25"),
    Probe("Hemedti's fighters seized the airport.", "Hemedti", "SDNREB", "2023-04-16"),
    Probe("Ramaphosa condemned the looting in Durban.", "Ramaphosa", "ZAFGOV", "2021-07-12"),
    Probe("Farmaajo extended his term by two years.", "Farmaajo", "SOMGOV", "2021-04-13"),
    Probe("Magufuli declared Tanzania free of the virus.", "Magufuli", "TZAGOV", "2020-06-08"),
    Probe("Maduro expelled the European Union's envoy.", "Maduro", "VENGOV", "2020-06-29"),
    Probe("Macri asked the IMF for an early disbursement.", "Macri", "ARGGOV", "2018-08-29"),
    Probe("Calderon sent troops into Michoacan.", "Calderon", "MEXGOV", "2006-12-11"),
    Probe("Correa granted asylum to the WikiLeaks founder.", "Correa", "ECUGOV", "2012-08-16"),
    Probe("Noboa declared an internal armed conflict.", "Noboa", "ECUGOV", "2024-01-09"),
    Probe("Diaz-Canel blamed Washington for the protests.", "Diaz-Canel", "CUBGOV", "2021-07-12"),
    Probe("Pedro Castillo tried to dissolve Congress.", "Pedro Castillo", "PERGOV", "2022-12-07"),
    Probe("Boluarte declared a state of emergency.", "Boluarte", "PERGOV", "2023-01-14"),
    Probe("Kirchner nationalised the pension funds.", "Kirchner", "ARGGOV", "2008-10-21"),
    Probe("Chretien refused to join the war in Iraq.", "Chretien", "CANGOV", "2003-03-17"),
    Probe("Turnbull lost the party vote on Friday.", "Turnbull", "AUSGOV", "2018-08-24"),
    Probe("Rudd apologised to the Stolen Generations.", "Rudd", "AUSGOV", "2008-02-13"),
    Probe("Berlusconi won a confidence vote in the Senate.", "Berlusconi", "ITAGOV", "2010-12-14"),
    Probe("Renzi resigned after losing the referendum.", "Renzi", "ITAGOV", "2016-12-05"),
    Probe("Rajoy invoked Article 155 against Catalonia.", "Rajoy", "ESPGOV", "2017-10-21"),
    Probe("Zapatero withdrew Spanish troops from Iraq.", "Zapatero", "ESPGOV", "2004-04-18"),
    Probe("Aznar backed the U.S.-led invasion.", "Aznar", "ESPGOV", "2003-03-16"),
    Probe("Tsipras called a referendum on the bailout terms.", "Tsipras", "GRCGOV", "2015-06-27"),
    Probe("Mitsotakis announced a tax cut.", "Mitsotakis", "GRCGOV", "2020-09-05"),
    Probe("Duda vetoed the judicial reform bill.", "Duda", "POLGOV", "2017-07-24"),
    Probe("Morawiecki defended the judicial overhaul in Strasbourg.", "Morawiecki", "POLGOV", "2021-10-19"),
    Probe("Iohannis called for early elections.", "Iohannis", "ROUGOV", "2019-11-11"),
    Probe("Babis rejected the auditors' findings.", "Babis", "CZEGOV", "2019-06-01"),
    Probe("Lofven lost a no-confidence vote.", "Lofven", "SWEGOV", "2021-06-21"),
    Probe("Kristersson said Sweden would apply to join NATO.", "Kristersson", "SWEGOV", "2023-03-01"),
    Probe("Jospin unveiled the 35-hour week.", "Jospin", "FRAGOV", "1998-02-10"),
    Probe("Villepin defended the veto threat at the Security Council.", "Villepin", "FRAGOV", "2003-03-07"),
    Probe("Mahathir named a new cabinet.", "Mahathir", "MYSGOV", "2018-05-21"),
    Probe("Anwar was sworn in as prime minister.", "Anwar", "MYSGOV", "2022-11-24"),
    Probe("Rajapaksa declared victory over the Tamil Tigers.", "Rajapaksa", "LKAGOV", "2009-05-19"),
    Probe("Hun Manet met Chinese investors in Phnom Penh.", "Hun Manet", "KHMGOV", "2023-09-15"),
    Probe("Kagame accused Kinshasa of backing the rebels.", "Kagame", "RWAGOV", "2023-01-20"),
    # -- foreign and defence ministers --------------------------------------------------------------
    Probe("Lavrov met Wang Yi in Beijing.", "Lavrov", "RUSGOV", "2018-04-23"),
    Probe("Lavrov met Wang Yi in Beijing.", "Wang Yi", "CHNGOV", "2018-04-23"),
    Probe("Le Drian summoned the Australian ambassador.", "Le Drian", "FRAGOV", "2021-09-17"),
    Probe("Maas urged Moscow to release the activist.", "Maas", "DEUGOV", "2021-01-18"),
    Probe("Baerbock travelled to Kyiv on Monday.", "Baerbock", "DEUGOV", "2022-05-10"),
    Probe("Raab demanded the immediate release of the crew.", "Raab", "GBRGOV", "2020-02-01"),
    Probe("William Hague warned Damascus against using chemical weapons.", "William Hague",
          "GBRGOV", "2012-07-24"),
    Probe("Jaishankar spoke with his Chinese counterpart.", "Jaishankar", "INDGOV", "2020-06-17"),
    Probe("Kuleba urged allies to send more artillery.", "Kuleba", "UKRGOV", "2022-06-14"),
    Probe("Amir-Abdollahian said Tehran was ready to resume talks.", "Amir-Abdollahian", "IRNGOV",
          "2022-09-01"),
    Probe("Araghchi ruled out direct talks with Washington.", "Araghchi", "IRNGOV", "2025-03-01"),
    Probe("Shoukry met his Israeli counterpart.", "Shoukry", "EGYGOV", "2016-07-10"),
    Probe("Cavusoglu said Ankara would respond.", "Cavusoglu", "TURGOV", "2020-02-28"),
    Probe("Hakan Fidan held talks with Blinken.", "Hakan Fidan", "TURGOV", "2023-11-06"),
    Probe("Austin said the drills would go ahead.", "Austin", None, "2022-03-01"),
    Probe("Hegseth ordered the strikes on Friday.", "Hegseth", "USAGOVMIL", "2025-03-15"),
    Probe("Gallant ordered a complete siege of Gaza.", "Gallant", "ISRGOVMIL", "2023-10-09"),
    Probe("Belousov inspected troops near the front.", "Belousov", "RUSGOVMIL", "2024-08-10"),
    Probe("Reznikov said the tanks would arrive by spring.", "Reznikov", "UKRGOVMIL", "2023-02-01"),
    Probe("Pistorius announced a new tank order.", "Pistorius", "DEUGOVMIL", "2023-06-15"),
    Probe("Rajnath Singh visited troops in Ladakh.", "Rajnath Singh", "INDGOVMIL", "2020-07-17"),
    Probe("Biden arrived in Kyiv as vice president.", "Biden", "USAGOV", "2015-12-07"),
    # -- heads of international organisations --------------------------------------------------------
    Probe("Guterres called for a humanitarian ceasefire.", "Guterres", "IGOUNO", "2023-10-18"),
    Probe("Ban Ki-moon condemned the nuclear test.", "Ban Ki-moon", "IGOUNO", "2013-02-12"),
    Probe("Stoltenberg said allies would boost their forces.", "Stoltenberg", "IGOWSTNAT", "2022-02-16"),
    Probe("Rasmussen said NATO had no plans to intervene.", "Rasmussen", "IGOWSTNAT", "2011-06-08"),
    Probe("Tedros declared a pandemic.", "Tedros", "IGOUNOHLHWHO", "2020-03-11"),
    Probe("Grossi visited the Zaporizhzhia plant.", "Grossi", "IGOUNOIAE", "2022-09-01"),
    Probe("Amano said Iran was complying with the deal.", "Amano", "IGOUNOIAE", "2016-09-01"),
    Probe("ElBaradei told the council Iraq had no nuclear programme.", "ElBaradei",
          "IGOUNOIAE", "2003-03-07"),
    Probe("Georgieva warned of a global slowdown.", "Georgieva", "IGOBUSIMF", "2022-10-06"),
    Probe("Strauss-Kahn was arrested in New York.", "Strauss-Kahn", "IGOBUSIMF", "2011-05-15"),
    Probe("Draghi said the bank would do whatever it takes.", "Draghi", "IGOEURECB", "2012-07-26"),
    Probe("Draghi formed a national unity government.", "Draghi", "ITAGOV", "2021-02-13"),
    Probe("Barroso presented the Commission's plan.", "Barroso", "IGOEUREEC", "2010-05-12"),
    Probe("Faki called for a ceasefire in Sudan.", "Faki", "IGOAFRAFU", "2023-04-16"),
    Probe("Wolfensohn announced debt relief for poor countries.", "Wolfensohn", "IGOUNODEVWBK", "1999-09-30"),
    # -- opposition, rebel and militant leaders -----------------------------------------------------
    Probe("Navalny was detained on arrival in Moscow.", "Navalny", "RUSOPP", "2021-01-17"),
    Probe("Tikhanovskaya urged European leaders to act.", "Tikhanovskaya", "BLROPP", "2020-09-21"),
    Probe("Odinga rejected the election result.", "Odinga", "KENOPP", "2017-08-10"),
    Probe("Tsvangirai was sworn in as prime minister.", "Tsvangirai", "ZWEGOV", "2009-02-11"),
    Probe("Nasrallah threatened Israel in a televised speech.", "Nasrallah", "LBNREB", "2006-07-29"),
    Probe("Sinwar rejected the proposal.", "Sinwar", "PSEREB", "2024-05-01"),
    Probe("Meshaal met Egyptian officials in Cairo.", "Meshaal", "PSEREB", "2012-11-20"),
    Probe("Baghdadi declared a caliphate in Mosul.", "Baghdadi", "IMGMOS", "2014-07-05"),
    Probe("Shekau claimed the kidnapping of the schoolgirls.", "Shekau", "NGAREB", "2014-05-05"),
    Probe("Kony's fighters raided villages in the north.", "Kony", "UGAREB", "2008-12-25"),
    Probe("Jolani's fighters entered Aleppo.", "Jolani", "SYRREB", "2024-11-30"),
    Probe("Suu Kyi called for dialogue with the junta.", "Suu Kyi", "MMROPP", "2010-11-14"),
    Probe("Guaido declared himself interim president.", "Guaido", "VENOPP", "2019-01-23"),
    Probe("Kilicdaroglu challenged Erdogan in the runoff.", "Kilicdaroglu", "TUROPP", "2023-05-20"),
    Probe("Besigye was arrested on his way to a rally.", "Besigye", "UGAOPP", "2016-02-18"),
    # -- the date rules: out of office is an elite of the country -----------------------------------
    Probe("Obama spoke at a rally in Philadelphia.", "Obama", "USAELI", "2020-10-21"),
    Probe("Trump spoke at a rally in Ohio.", "Trump", "USAELI", "2022-09-17"),
    Probe("Zelensky starred in a television comedy.", "Zelensky", "UKRELI", "2017-03-01"),
    Probe("Bolsonaro was barred from office until 2030.", "Bolsonaro", "BRAELI", "2023-06-30"),
    Probe("Netanyahu led the opposition in the Knesset.", "Netanyahu", "ISRELI", "2000-05-01"),
    Probe("Ahmadinejad registered to run again.", "Ahmadinejad", "IRNELI", "2017-04-12"),
    Probe("Navalny's widow addressed the summit.", "Navalny", "RUSELI", "2024-02-20"),
    Probe("Nasrallah was killed in an Israeli strike.", "Nasrallah", "LBNREB", "2024-09-27"),
    Probe("Kenyatta was sworn in as president.", "Kenyatta", "KENGOV", "2013-04-09"),
    Probe("Hariri resigned from Riyadh.", "Hariri", "LBNGOV", "2017-11-04"),
    Probe("Hariri was killed by a truck bomb in Beirut.", "Hariri", "LBNELI", "2005-02-14"),
    Probe("Rafik Hariri rebuilt downtown Beirut.", "Rafik Hariri", "LBNGOV", "1996-06-01"),
    Probe("Marcos fled to Hawaii.", "Marcos", "PHLELI", "1986-02-26"),
    Probe("Marcos met Biden at the White House.", "Marcos", "PHLGOV", "2023-05-01"),
    Probe("Aliyev signed the ceasefire.", "Aliyev", "AZEGOV", "1994-05-12"),
    Probe("Imran Khan was arrested in Islamabad.", "Imran Khan", "PAKOPP", "2023-05-09"),
    Probe("Shehbaz Sharif was elected prime minister.", "Shehbaz Sharif", "PAKGOV", "2022-04-11"),
    # -- pronouns and possessives of named people take the person's code ----------------------------
    Probe("Erdogan spoke in Ankara on Friday. He said the operation would continue.", "He", "TURGOV",
          "2019-10-11"),
    Probe("Lavrov arrived in Ankara on Tuesday. He said talks would be difficult.", "He", "RUSGOV",
          "2022-03-09"),
    Probe("Kagame's government denied the charge.", "Kagame's government", "RWAGOV", "2022-06-01"),
    Probe("Maduro's government freed six Americans.", "Maduro's government", "VENGOV", "2022-10-01"),
    Probe("Tinubu's spokesman said the talks would continue.", "Tinubu's spokesman", "NGAGOV",
          "2023-08-01"),
    # -- negatives: common surnames and words that are also surnames --------------------------------
    Probe("Lee said the plan was sound.", "Lee", None, "2015-06-01"),
    Probe("Kim said the ship had been seized.", "Kim", None, "2015-06-01"),
    Probe("Khan told reporters the match was over.", "Khan", None, "2015-06-01"),
    Probe("Singh said the factory would close.", "Singh", None, "2015-06-01"),
    Probe("Rice prices rose sharply in Manila.", "Rice", None, "2008-04-01"),
    Probe("In May, the central bank raised rates again.", "May", None, "2018-06-01"),
    Probe("Bush fires burned across New South Wales.", "Bush", None, "2019-12-20"),
    Probe("Sharif said the mill would close.", "Sharif", None, "2025-03-01"),
    Probe("Wallace scored twice in the second half.", "Wallace", None, "2021-05-01"),
    Probe("Johnson said the team would appeal.", "Johnson", None, "2021-05-01"),
    # -- batch 2, written after the table was extended (a generalisation check: 43 of 46 passed
    # first; "Morsi" NER missed resolved as a town, and Mark Carney's Bank of England years)
    Probe("Rice arrived in Jerusalem for talks with Olmert.", "Rice", "USAGOV", "2007-10-14"),
    Probe("Rice arrived in Jerusalem for talks with Olmert.", "Olmert", "ISRGOV", "2007-10-14"),
    Probe("Rice told the Security Council that Washington would not wait.", "Rice", "USAGOV", "2011-03-17"),
    Probe("Clinton met Lavrov in Geneva.", "Clinton", "USAGOV", "2009-03-06"),
    Probe("Clinton signed the welfare bill.", "Clinton", "USAGOV", "1996-08-22"),
    Probe("Carney told reporters the president had not decided.", "Carney", "USAGOV", "2013-08-28"),
    Probe("Powell said the Fed would raise rates gradually.", "Powell", "USAGOV", "2018-09-26"),
    Probe("Powell told the Security Council Iraq had weapons of mass destruction.", "Powell", "USAGOV",
          "2003-02-05"),
    Probe("Medvedev warned of a nuclear response.", "Medvedev", "RUSGOV", "2022-07-06"),
    Probe("Modi's government in Gujarat denied the charge.", "Modi's government", "INDGOV", "2005-03-01"),
    Probe("Sharon visited the Temple Mount.", "Sharon", "ISROPP", "2000-09-28"),
    Probe("Morsi resigned from the Brotherhood to run for president.", "Morsi", "EGYOPP", "2012-05-01"),
    Probe("Morsi was ousted by the army.", "Morsi", "EGYGOV", "2013-07-03"),
    Probe("Lagarde said France would cut its deficit.", "Lagarde", "FRAGOV", "2010-05-10"),
    Probe("Lagarde said the ECB would keep buying bonds.", "Lagarde", "IGOEURECB", "2020-06-04"),
    Probe("Barak ordered the army to prepare for a ground operation.", "Barak", "ISRGOVMIL", "2008-12-28"),
    Probe("Gul visited Yerevan for a football match.", "Gul", None, "2008-09-06"),
    Probe("Abdullah Gul visited Yerevan for a football match.", "Abdullah Gul", "TURGOV", "2008-09-06"),
    Probe("Sinwar's deputy was killed in the strike.", "Sinwar", "PSEREB", "2024-01-02"),
    Probe("Zarif resigned as vice president.", "Zarif", "IRNGOV", "2025-03-02"),
    Probe("Berlusconi was convicted of tax fraud.", "Berlusconi", "ITAELI", "2013-08-01"),
    Probe("Prodi took over as Commission president.", "Prodi", "IGOEUREEC", "1999-09-16"),
    Probe("Solana urged Iran to accept the offer.", "Solana", "IGOEUREEC", "2006-06-06"),
    Probe("Van Rompuy chaired the summit.", "Van Rompuy", "IGOEUREEC", "2012-06-28"),
    Probe("Barnier said the talks had stalled.", "Barnier", "IGOEUREEC", "2019-01-30"),
    Probe("Kallas called for more sanctions on Moscow.", "Kallas", "IGOEUREEC", "2025-02-24"),
    Probe("Rutte urged allies to spend more on defence.", "Rutte", "IGOWSTNAT", "2025-01-13"),
    Probe("Soleimani toured the front near Tikrit.", "Soleimani", "IRNMIL", "2015-03-05"),
    Probe("Prigozhin's mercenaries marched towards Moscow.", "Prigozhin", "RUSUAF", "2023-06-24"),
    Probe("Lukashenko brokered a deal with the mutineers.", "Lukashenko", "BLRGOV", "2023-06-24"),
    Probe("Kadyrov sent more fighters to Ukraine.", "Kadyrov", "RUSGOV", "2022-03-01"),
    Probe("Aoun was elected president by parliament.", "Aoun", "LBNGOV", "2025-01-09"),
    Probe("Aoun refused to sign the decree.", "Aoun", "LBNGOV", "2019-01-10"),
    Probe("Hariri resigned as prime minister.", "Hariri", "LBNGOV", "2019-10-29"),
    Probe("Sudani met Biden at the White House.", "Biden", "USAGOV", "2024-04-15"),
    Probe("Ruto deployed police to Haiti.", "Ruto", "KENGOV", "2024-06-25"),
    Probe("Hichilema asked creditors for relief.", "Hichilema", "ZMBGOV", "2022-03-01"),
    Probe("Bukele declared a state of exception.", "Bukele", "SLVGOV", "2022-03-27"),
    Probe("Petro suspended the ceasefire.", "Petro", None, "2023-05-22"),
    Probe("Gustavo Petro suspended the ceasefire.", "Gustavo Petro", "COLGOV", "2023-05-22"),
    Probe("Lula met Xi in Beijing.", "Lula", "BRAGOV", "2023-04-14"),
    Probe("Lula met Xi in Beijing.", "Xi", "CHNGOV", "2023-04-14"),
    Probe("Milei cut ministries by half.", "Milei", "ARGGOV", "2023-12-12"),
    Probe("Rice exports from Vietnam rose.", "Rice", None, "2008-04-01"),
    Probe("Carney praised the Bank of England's staff.", "Carney", "GBRGOV", "2016-01-01"),
    Probe("Powell said the dollar was strong.", "Powell", "USAGOV", "2023-01-01"),
    # -- batch 3: pronouns and possessives of named people (15 of 19 passed first: "She" took a man
    # known only by surname, NER missed "Merkel", "He" took the nearer object Putin over the
    # subject Erdogan, "Khamenei's representative" was a legislator)
    Probe("Putin met Erdogan in Sochi on Monday. She said nothing.", "She", None, "2019-01-01"),
    Probe("Merkel met Macron in Berlin on Monday. She said Europe must act.", "She", "DEUGOV", "2019-01-01"),
    Probe("Netanyahu flew to Washington on Sunday. He will meet Trump on Monday.", "He",
          "ISRGOV", "2018-03-04"),
    Probe("Putin's spokesman said the Kremlin had no comment.", "Putin's spokesman", "RUSGOV", "2019-01-01"),
    Probe("Erdogan's spokesman Ibrahim Kalin said Turkey would respond.", "Erdogan's spokesman Ibrahim Kalin",
          "TURGOV", "2019-01-01"),
    Probe("Biden's administration imposed new sanctions.", "Biden's administration", "USAGOV", "2022-01-01"),
    Probe("Zelenskiy's office said the talks would continue.", "Zelenskiy's office", "UKRGOV", "2022-04-01"),
    Probe("Khamenei's representative warned the United States.", "Khamenei's representative",
          "IRNGOV", "2019-01-01"),
    Probe("Maduro's troops blocked the bridge.", "Maduro's troops", "VENMIL", "2019-02-23"),
    Probe("Assad's army recaptured the town.", "Assad's army", "SYRMIL", "2016-12-01"),
    Probe("Netanyahu's cabinet approved the ceasefire.", "Netanyahu's cabinet", "ISRGOV", "2024-11-26"),
    Probe("Abe's government approved the budget.", "Abe's government", "JPNGOV", "2015-01-14"),
    Probe("Putin said on Friday that he would not attend. The Russian leader added that talks were over.",
          "The Russian leader", "RUSGOV", "2019-01-01"),
    Probe("Kim Jong Un oversaw the launch. He said the test was a success.", "He", "PRKGOV", "2019-05-05"),
    Probe("Haniyeh's son was killed in an Israeli strike.", "Haniyeh", "PSEREB", "2024-04-10"),
    Probe("Macron's party lost its majority.", "Macron's party", "FRAGOV", "2022-06-19"),
    Probe("Erdogan told reporters he would call Putin. He added that Turkey was ready to mediate.", "He",
          "TURGOV", "2022-03-01"),
    Probe("Obama's envoy arrived in Cairo.", "Obama's envoy", "USAGOV", "2011-02-01"),
    Probe("Duterte's police chief denied the killings.", "Duterte's police chief", "PHLCOP", "2017-01-01"),
    # -- batch 4: spellings wire copy uses for listed people, and their relatives (written with
    # the spelling-variant rule; 21 of 23 passed then: "Vladimir Zelensky", "Lula da Silva")
    Probe("Sergey Lavrov met his Turkish counterpart.", "Sergey Lavrov", "RUSGOV", "2019-01-01"),
    Probe("Tayyip Erdogan said Turkey would act.", "Tayyip Erdogan", "TURGOV", "2019-01-01"),
    Probe("Muammar Qaddafi vowed to fight on.", "Muammar Qaddafi", "LBYGOV", "2011-03-01"),
    Probe("Abdel Fattah al-Sisi met Netanyahu.", "Abdel Fattah al-Sisi", "EGYGOV", "2018-09-27"),
    Probe("Hunter Biden was indicted on gun charges.", "Hunter Biden", None, "2023-09-14"),
    Probe("Jeb Bush announced his candidacy.", "Jeb Bush", None, "2015-06-15"),
    Probe("Dmitri Peskov said the Kremlin was concerned.", "Dmitri Peskov", "RUSGOV", "2019-01-01"),
    Probe("Ayatollah Ali Khamenei said Iran would not negotiate.", "Ayatollah Ali Khamenei",
          "IRNGOV", "2019-01-01"),
    Probe("Hassan Rowhani said the deal was a victory.", "Hassan Rowhani", "IRNGOV", "2015-07-14"),
    Probe("Moammar Gadhafi's forces shelled Misrata.", "Moammar Gadhafi", "LBYGOV", "2011-04-20"),
    Probe("Mohammed bin Salman met Trump in the Oval Office.", "Mohammed bin Salman", "SAUGOV", "2018-03-20"),
    Probe("Bashar Assad met Putin in Moscow.", "Bashar Assad", "SYRGOV", "2015-10-21"),
    Probe("Kim Jong-un watched the missile launch.", "Kim Jong-un", "PRKGOV", "2017-07-04"),
    Probe("Vladimir Zelensky won the runoff.", "Vladimir Zelensky", "UKRELI", "2019-04-21"),
    Probe("Recep Tayyip Erdoğan visited Berlin.", "Recep Tayyip Erdoğan", "TURGOV", "2018-09-28"),
    Probe("Mahmud Abbas addressed the U.N.", "Mahmud Abbas", "PSEGOV", "2018-09-27"),
    Probe("Abu Bakr al-Baghdadi appeared in a video.", "Abu Bakr al-Baghdadi", "IMGMOS", "2019-04-29"),
    Probe("Nouri al-Maliki asked for U.S. air strikes.", "Nouri al-Maliki", "IRQGOV", "2014-06-18"),
    Probe("Kim Yo-jong warned Seoul.", "Kim Yo-jong", "PRKGOV", "2020-06-13"),
    Probe("Imran Khan's party won the most seats.", "Imran Khan's party", "PAKOPP", "2018-07-27"),
    Probe("Sheikh Hasina's government banned the party.", "Sheikh Hasina's government",
          "BGDGOV", "2024-08-01"),
    Probe("Prayut Chan-o-cha dissolved parliament.", "Prayut Chan-o-cha", "THAGOV", "2023-03-20"),
    Probe("Lula da Silva met Biden.", "Lula da Silva", "BRAGOV", "2023-02-10"),
    # relatives NER tags by surname only took the listed person's code before the first-name rule
    Probe("Ivanka Trump visited Seoul.", "Ivanka Trump", None, "2018-02-23"),
    Probe("Melania Trump visited a hospital.", "Melania Trump", None, "2018-05-01"),
    Probe("President Trump visited Seoul.", "President Trump", "USAGOV", "2017-11-07"),
    Probe("The probe landed on the Moon on Sunday.", "Moon", None, "2019-01-03"),
    Probe("The Obama administration imposed new sanctions.", "The Obama administration", "USAGOV",
          "2014-03-06"),
    Probe("Moon met Trump in Washington.", "Moon", "KORGOV", "2019-04-11"),
    # -- batch 5: spokespeople, US lawmakers, UN officials and bodies as wire copy names them
    # (11 of 33 passed before the rows for spokespeople, lawmakers and UN officials were added)
    Probe("Senator John McCain called for arming the rebels.", "Senator John McCain", "USALEG", "2014-06-01"),
    Probe("McCain called for arming the rebels.", "McCain", "USALEG", "2014-06-01"),
    Probe("Lindsey Graham urged the White House to act.", "Lindsey Graham", "USALEG", "2018-06-01"),
    Probe("Bernie Sanders rallied supporters in Iowa.", "Bernie Sanders", "USALEG", "2020-01-30"),
    Probe("Kenya's parliament approved the deployment.", "Kenya's parliament", 'KENLEG', '2023-07-01'),
    Probe("Kenyan lawmakers approved the deployment.", "Kenyan lawmakers", "KENLEG", "2023-07-01"),
    Probe("The Knesset passed the law.", "The Knesset", "ISRLEG", "2023-07-24"),
    Probe("Hezbollah fired rockets at northern Israel.", "Hezbollah", "LBNREB", "2023-10-09"),
    Probe("Houthi rebels attacked a ship.", "Houthi rebels", "YEMREB", "2024-01-10"),
    Probe("Rebels seized the town.", "Rebels", None, "2015-06-01"),
    Probe("The Syrian opposition rejected the talks.", "The Syrian opposition", "SYROPP", "2016-01-01"),
    Probe("Russian opposition leader Alexei Navalny was jailed.", "Russian opposition leader Alexei Navalny",
          "RUSOPP", "2021-02-02"),
    Probe("Chinese Foreign Ministry spokeswoman Hua Chunying said Beijing opposed the move.",
          "Chinese Foreign Ministry spokeswoman Hua Chunying",
          "CHNGOVMED", "2019-01-01"),
    Probe("Hua Chunying said Beijing opposed the move.", "Hua Chunying", "CHNGOV", "2019-01-01"),
    Probe("Zhao Lijian said the U.S. should stop smearing China.", "Zhao Lijian", "CHNGOV", "2020-05-01"),
    Probe("Wang Wenbin told a briefing that China opposed sanctions.", "Wang Wenbin", "CHNGOV", "2022-03-01"),
    Probe("Mao Ning said China firmly opposed the visit.", "Mao Ning", "CHNGOV", "2023-04-01"),
    Probe("Ned Price told reporters Washington was concerned.", "Ned Price", "USAGOV", "2022-03-01"),
    Probe("Matthew Miller told reporters Washington was concerned.", "Matthew Miller",
          "USAGOV", "2024-03-01"),
    Probe("John Kirby said the United States was watching closely.", "John Kirby", "USAGOV", "2023-03-01"),
    Probe("Karine Jean-Pierre said the president would veto the bill.", "Karine Jean-Pierre",
          "USAGOV", "2023-03-01"),
    Probe("Jen Psaki said the president was briefed.", "Jen Psaki", "USAGOV", "2021-03-01"),
    Probe("Nasser Kanaani said Iran condemned the attack.", "Nasser Kanaani", "IRNGOV", "2023-03-01"),
    Probe("Ismail Baghaei said Iran condemned the attack.", "Ismail Baghaei", "IRNGOV", "2025-03-01"),
    Probe("Stephane Dujarric said the U.N. was alarmed.", "Stephane Dujarric", "IGOUNO", "2023-03-01"),
    Probe("Volker Turk said the killings must stop.", "Volker Turk", "IGOUNOHRI", "2023-03-01"),
    Probe("Martin Griffiths warned of famine in Gaza.", "Martin Griffiths", "IGOUNO", "2024-01-10"),
    Probe("Tom Fletcher warned of famine in Gaza.", "Tom Fletcher", "IGOUNO", "2025-04-10"),
    Probe("Philippe Lazzarini said UNRWA staff had been killed.", "Philippe Lazzarini",
          "IGOUNOREF", "2024-01-10"),
    Probe("Daniel Hagari said troops had found the tunnel.", "Daniel Hagari", "ISRMIL", "2023-11-01"),
    Probe("Igor Konashenkov said Russian forces had shot down the drones.", "Igor Konashenkov",
          "RUSGOVMIL", "2023-03-01"),
    Probe("Mykhailo Podolyak said talks were not possible.", "Mykhailo Podolyak", "UKRGOV", "2022-06-01"),
    Probe("Yevgeny Prigozhin said his men had taken Bakhmut.", "Yevgeny Prigozhin", "RUSUAF", "2023-05-20"),
]


@pytest.fixture(scope="module")
def probe_codes(nlp: Any) -> dict[int, tuple[str | None, list[str]]]:
    """Code and reasons of every probe's phrase, the sentences parsed in one batch."""
    articles = [make_article(p.sentence, published=p.published) for p in PROBES]
    out: dict[int, tuple[str | None, list[str]]] = {}
    for n, (probe, article, doc) in enumerate(
            zip(PROBES, articles, nlp.pipe([analysis_text(a) for a in articles]), strict=True)):
        assign_actors(article, doc)
        start = probe.sentence.index(probe.phrase)
        actor = actor_for_span(article, start, start + len(probe.phrase))
        out[n] = (None, []) if actor is None else (actor.code, list(actor.reasons))
    return out


@pytest.mark.parametrize("n", range(len(PROBES)), ids=[f"{p.phrase}-{p.published}" for p in PROBES])
def test_leader_probe(n: int, probe_codes: dict[int, tuple[str | None, list[str]]]) -> None:
    probe = PROBES[n]
    code, reasons = probe_codes[n]
    assert code == probe.code, \
        f"{probe.phrase!r} in {probe.sentence!r} ({probe.published}): {code} ({reasons})"
    if code is not None:
        assert reasons, "every code keeps its reasons"
