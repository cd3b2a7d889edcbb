"""Probe set, thirteenth actors set (twenty-sixth session, wip/actors28): the actors of 1985-2005 agency
copy, at their story's own date and at 2000-01-01 (the date the real-news GSR records carry).

Five classes, with controls where the naive fix would be wrong; every sentence our own wording, written and
committed before the coder ran on any of them. The phrase is looked up as the events stage does
(`actor_for_span`).

- LEADERS: leaders and ministers of 1985-2005 by name alone and by "President X", at their own date and
  at 2000-01-01, where the project's convention makes a leader out of office an elite (ELI) unless a
  governing title within three years of the date says the office is held; a leader of a state that
  ended is an elite of its successor once it ended (Gorbachev in 2000); long-time opposition leaders
  between their offices are OPP (Bhutto, Kim Dae-jung, Rugova), a former premier who heads the
  legislature is LEG (Li Peng).
- LEADERS_B: a second batch of 61 office holders, rebel leaders and IGO heads of the era by name,
  written and committed after the first batch's fixes and before the coder ran on it.
- GROUPS: armed and political groups of the era with their country and sector (KLA in Serbia before
  2008, UNITA, RUF, LTTE, FARC, ELN, Hamas, Hezbollah, Islamic Jihad, PKK, ETA, IRA, Sinn Fein, GIA, FIS,
  Taliban, Northern Alliance, Abu Sayyaf, MILF, MNLF, Shining Path, Zapatistas, SPLA, Interahamwe,
  mujahideen).
- BODIES: international bodies of the era (OAU, ECOMOG, ECOWAS, SADC, UNSCOM, IAEA, KFOR, SFOR, OSCE,
  UNTAET, UNAMSIL, MONUC, UNPROFOR, KEDO, the Arab League, GCC, OIC, the Contact Group, the Warsaw Pact)
  and states and bodies that ended (the Soviet Union, the Kremlin, the Politburo, the KGB, the Red Army,
  Yugoslavia, Zaire, Czechoslovakia, East Germany, Burma's SLORC).
- KIND_MODIFIERS: a body's kind noun used as a modifier ("alliance officials", "the bloc's foreign
  ministers", "rebel leaders", "junta leaders", "ministry officials") is the body named before it in the
  story, not the dateline's state; controls: the kind with no such body named, a state's own service.
- CENTRAL_BANKS: a central bank by kind and by name is its state's GOV (docs/actors.md: a state body);
  controls: commercial banks are BUS.

First run (before any fix in this session, main 42970a4 + this file): 96 of 118 right: leaders 38 / 44
(Li Peng as chairman of the National People's Congress was an elite, Kim Dae-jung and Benazir Bhutto out
of office were elites where they led the opposition, Gorbachev in 2000 was a Soviet elite, Rugova was no
one), groups 24 / 25 (the Islamic Salvation Front by its full name was REB, by its acronym OPP), bodies
22 / 25 (KEDO and the Contact Group were no one, "Soviet officials" were the country alone), kind
modifiers 5 / 16 ("alliance officials" after NATO were the dateline's or the sentence's state, "the
bloc's foreign ministers" after the EU were Yugoslavia's government, "rebel leaders" after the RUF no
one, "ministry officials" after China's Foreign Ministry in a Washington story USAGOV), central banks
7 / 8 ("the central bank's governor" after the Bank of Thailand was no one).

LEADERS_B, first run (after the first batch's fixes; main gives the same): 54 of 61 (Chernomyrdin as the
1999 Balkan envoy, Kagame as vice-president in 1998, Megawati in opposition in 1999, Aristide's first term
and Holbrooke as envoy in 1998 were elites; "Assad" dated 2000-01-01 was Bashar, an elite, not Hafez;
"Hashimoto" was the Japanese town).

After the fixes: 175 of 179 (leaders 43 / 44, second batch 61 / 61, groups 24 / 25, bodies 24 / 25, kind
modifiers 15 / 16, central banks 8 / 8); the four misses are KNOWN_GAPS below, asserted to still miss.
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, gap_suite, probe_id, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"


def _two(first: str, second: str) -> str:
    return f"{first} {second}"


LEADERS: list[Probe] = [
    Probe("Yeltsin signed a decree dissolving the parliament on Tuesday.", "Yeltsin", "RUSGOV", "MOSCOW",
          "1993-09-21"),
    Probe("President Boris Yeltsin sacked his prime minister on Friday.", "President Boris Yeltsin", "RUSGOV",
          None, GSR),
    Probe("Yeltsin criticised the bombing of Belgrade in a television interview.", "Yeltsin", "RUSELI", None,
          GSR),
    Probe("Arafat accused Israel of stalling the talks.", "Arafat", "PSEGOV", None, GSR),
    Probe("Milosevic rejected the peace plan drawn up in Rambouillet.", "Milosevic", "SRBGOV", None, GSR),
    Probe("Saddam Hussein warned the United States against new air strikes.", "Saddam Hussein", "IRQGOV",
          None,
          GSR),
    Probe("Rabin shook hands with the Jordanian king at the border.", "Rabin", "ISRGOV", None, "1994-10-26"),
    Probe("Peres promised to press on with the talks after the funeral.", "Peres", "ISRGOV", None,
          "1995-11-08"),
    Probe("Netanyahu froze the handover of land on the West Bank.", "Netanyahu", "ISRGOV", None,
          "1998-12-20"),
    Probe("Barak met the Syrian foreign minister in Washington.", "Barak", "ISRGOV", None, GSR),
    Probe("Clinton urged both sides to return to the table.", "Clinton", "USAGOV", None, GSR),
    Probe("Albright flew to Damascus for talks with the president.", "Albright", "USAGOV", None, GSR),
    Probe("Kohl promised the east would prosper within a few years.", "Kohl", "DEUGOV", None, "1990-10-03"),
    Probe("Chancellor Helmut Kohl met the French president.", "Chancellor Helmut Kohl", "DEUGOV", None, GSR),
    Probe("Mitterrand sent French troops to the Gulf.", "Mitterrand", "FRAGOV", None, "1990-09-15"),
    Probe("Chirac called for an end to the sanctions on Iraq.", "Chirac", "FRAGOV", None, GSR),
    Probe("Jiang Zemin received the visiting Russian premier in Beijing.", "Jiang Zemin", "CHNGOV", None,
          GSR),
    Probe("Li Peng opened the annual session of the National People's Congress.", "Li Peng", "CHNLEG", None,
          GSR),
    Probe("Li Peng announced martial law in parts of the capital.", "Li Peng", "CHNGOV", None, "1989-05-20"),
    Probe("Kim Il-sung received the former U.S. president in Pyongyang.", "Kim Il-sung", "PRKGOV", None,
          "1994-06-16"),
    Probe("Kim Dae-jung urged the North to accept food aid.", "Kim Dae-jung", "KORGOV", None, GSR),
    Probe("Kim Dae-jung accused the ruling party of buying votes.", "Kim Dae-jung", "KOROPP", None,
          "1996-04-05"),
    Probe("Vajpayee ordered the army to drive the intruders out of Kargil.", "Vajpayee", "INDGOV", None, GSR),
    Probe("Nawaz Sharif ordered nuclear tests in reply to India's.", "Nawaz Sharif", "PAKGOV", None,
          "1998-05-28"),
    Probe("Nawaz Sharif was charged with hijacking and terrorism.", "Nawaz Sharif", "PAKELI", None, GSR),
    Probe("Benazir Bhutto accused the government of persecuting her family.", "Benazir Bhutto", "PAKOPP",
          None,
          GSR),
    Probe("Benazir Bhutto was sworn in as prime minister for a second time.", "Benazir Bhutto", "PAKGOV",
          None,
          "1993-10-19"),
    Probe("Musharraf promised to hold elections within three years.", "Musharraf", "PAKGOV", None, GSR),
    Probe("Mandela urged whites not to leave the country.", "Mandela", "ZAFGOV", None, "1995-06-01"),
    Probe("Mandela flew to Arusha to mediate in Burundi's civil war.", "Mandela", "ZAFELI", None, GSR),
    Probe("Mobutu refused to step down as the rebels advanced.", "Mobutu", "CODGOV", None, "1997-04-10"),
    Probe("President Mobutu Sese Seko left the country for medical treatment.", "President Mobutu Sese Seko",
          "CODGOV", None, GSR),
    Probe("Kabila's fighters took the diamond town of Mbuji-Mayi.", "Kabila", "CODREB", None, "1997-04-05"),
    Probe("Kabila accused Rwanda and Uganda of invading his country.", "Kabila", "CODGOV", None, GSR),
    Probe("Mugabe said the white farms would be seized without pay.", "Mugabe", "ZWEGOV", None, GSR),
    Probe("Suharto ordered troops to restore order in the capital.", "Suharto", "IDNGOV", None, "1998-05-14"),
    Probe("Habibie promised a referendum in East Timor.", "Habibie", "IDNGOV", None, "1999-01-27"),
    Probe("Fujimori called new elections after the bribery scandal.", "Fujimori", "PERGOV", None, GSR),
    Probe("President Fidel Castro denounced the embargo in a four-hour speech.", "President Fidel Castro",
          "CUBGOV", None, GSR),
    Probe("Chavez promised to rewrite the constitution.", "Chavez", "VENGOV", None, GSR),
    Probe("Gorbachev pulled Soviet troops out of Afghanistan.", "Gorbachev", "USRGOV", None, "1989-02-15"),
    Probe("Gorbachev criticised the war in Chechnya in a speech in Berlin.", "Gorbachev", "RUSELI", None,
          GSR),
    Probe("Rugova called for independence for the province.", "Rugova", "SRBOPP", None, "1998-03-20"),
    Probe("Rugova urged ethnic Albanians to vote in the local elections.", "Rugova", "SRBOPP", None, GSR),
]

LEADERS_B: list[Probe] = [
    Probe("Primakov said Russia would not accept NATO's expansion.", "Primakov", "RUSGOV", None,
          "1998-10-01"),
    Probe("Chernomyrdin flew to Belgrade with the Finnish president.", "Chernomyrdin", "RUSGOV", None,
          "1999-06-02"),
    Probe("Tariq Aziz said the inspectors would never return.", "Tariq Aziz", "IRQGOV", None, GSR),
    Probe("King Hussein returned to Amman after months of treatment.", "King Hussein", "JORGOV", None,
          "1998-10-01"),
    Probe("Assad received the American envoy in Damascus.", "Assad", "SYRGOV", None, GSR),
    Probe("Mubarak urged the Palestinians to accept the offer.", "Mubarak", "EGYGOV", None, GSR),
    Probe("Khatami called for a dialogue among civilisations.", "Khatami", "IRNGOV", None, GSR),
    Probe("Ocalan told the court he could end the war.", "Ocalan", "TURREB", None, "1999-06-01"),
    Probe("Savimbi refused to hand over the diamond areas.", "Savimbi", "AGOREB", None, GSR),
    Probe("Sankoh agreed to free the hostages.", "Sankoh", "SLEREB", None, GSR),
    Probe("Kabbah asked Nigeria to keep its troops in the country.", "Kabbah", "SLEGOV", None, GSR),
    Probe("Abacha ordered the arrest of the opposition leader.", "Abacha", "NGAGOV", None, "1996-06-01"),
    Probe("Moi dissolved parliament ahead of the elections.", "Moi", "KENGOV", None, GSR),
    Probe("Museveni sent troops into eastern Congo.", "Museveni", "UGAGOV", None, GSR),
    Probe("Kagame denied that Rwandan troops were in Congo.", "Kagame", "RWAGOV", None, "1998-08-10"),
    Probe("Izetbegovic signed the peace accord in Paris.", "Izetbegovic", "BIHGOV", None, "1995-12-14"),
    Probe("Tudjman ordered the offensive in the Krajina.", "Tudjman", "HRVGOV", None, "1995-08-04"),
    Probe("Karadzic rejected the map drawn up by the mediators.", "Karadzic", "BIHREB", None, "1994-07-20"),
    Probe("Hun Sen ousted his co-premier in two days of fighting.", "Hun Sen", "KHMGOV", None, "1997-07-07"),
    Probe("Pol Pot was sentenced to life by a jungle court.", "Pol Pot", "KHMREB", None, "1997-07-26"),
    Probe("Aung San Suu Kyi addressed supporters outside her house.", "Aung San Suu Kyi", "MMROPP", None,
          "1996-06-01"),
    Probe("President Fidel Ramos signed a peace deal with the Muslim rebels.", "President Fidel Ramos",
          "PHLGOV", None, "1996-09-02"),
    Probe("Estrada declared all-out war on the rebels.", "Estrada", "PHLGOV", None, GSR),
    Probe("Mahathir imposed controls on the ringgit.", "Mahathir", "MYSGOV", None, "1998-09-01"),
    Probe("Anwar Ibrahim was beaten in police custody.", "Anwar Ibrahim", "MYSOPP", None, "1998-10-01"),
    Probe("Megawati Sukarnoputri claimed victory in the election.", "Megawati Sukarnoputri", "IDNOPP", None,
          "1999-06-10"),
    Probe("Wahid promised to end the fighting in the Moluccas.", "Wahid", "IDNGOV", None, GSR),
    Probe("Lee Teng-hui said Taiwan would not bow to threats.", "Lee Teng-hui", "TWNGOV", None, "1996-03-10"),
    Probe("Zhu Rongji promised to cut the number of civil servants.", "Zhu Rongji", "CHNGOV", None, GSR),
    Probe("Qian Qichen met the American secretary of state.", "Qian Qichen", "CHNGOV", None, "1995-08-01"),
    Probe("Kim Jong Il received the South Korean president in Pyongyang.", "Kim Jong Il", "PRKGOV", None,
          GSR),
    Probe("Kim Young-sam ordered an inquiry into the collapse of the store.", "Kim Young-sam", "KORGOV", None,
          "1995-06-30"),
    Probe("Hashimoto promised to cut taxes.", "Hashimoto", "JPNGOV", None, "1997-11-01"),
    Probe("Obuchi formed a coalition with the Liberal Party.", "Obuchi", "JPNGOV", None, GSR),
    Probe("John Major called a leadership election.", "John Major", "GBRGOV", None, "1995-06-22"),
    Probe("Blair said Britain would keep its troops in Kosovo.", "Blair", "GBRGOV", None, GSR),
    Probe("Schroeder promised to cut unemployment.", "Schroeder", "DEUGOV", None, GSR),
    Probe("Jospin defended the 35-hour week.", "Jospin", "FRAGOV", None, GSR),
    Probe("Menem pardoned the former junta leaders.", "Menem", "ARGGOV", None, "1990-12-29"),
    Probe("Cardoso devalued the real.", "Cardoso", "BRAGOV", None, GSR),
    Probe("Zedillo sent troops to Chiapas.", "Zedillo", "MEXGOV", None, GSR),
    Probe("Pastrana ceded a zone to the rebels for peace talks.", "Pastrana", "COLGOV", None, GSR),
    Probe("Aristide promised to disarm the army's enforcers.", "Aristide", "HTIGOV", None, "1991-06-01"),
    Probe("Ortega suspended the ceasefire with the Contras.", "Ortega", "NICGOV", None, "1989-11-01"),
    Probe("Walesa vetoed the abortion bill.", "Walesa", "POLGOV", None, "1992-06-01"),
    Probe("Havel appointed a new prime minister.", "Havel", "CZEGOV", None, "1998-01-01"),
    Probe("Kuchma sacked the cabinet.", "Kuchma", "UKRGOV", None, GSR),
    Probe("Lukashenko dissolved the parliament.", "Lukashenko", "BLRGOV", None, GSR),
    Probe("Nazarbayev moved the capital to Astana.", "Nazarbayev", "KAZGOV", None, GSR),
    Probe("Shevardnadze survived a second attempt on his life.", "Shevardnadze", "GEOGOV", None,
          "1998-02-09"),
    Probe("Demirel called for early elections.", "Demirel", "TURGOV", None, "1998-06-01"),
    Probe("Annan urged Iraq to let the inspectors back.", "Annan", "IGOUNO", None, GSR),
    Probe("Boutros-Ghali called for more peacekeepers in Bosnia.", "Boutros-Ghali", "IGOUNO", None,
          "1995-05-01"),
    Probe("Solana ordered the air strikes to begin.", "Solana", "IGOWSTNAT", None, "1999-03-24"),
    Probe("Holbrooke met Milosevic for six hours.", "Holbrooke", "USAGOV", None, "1998-10-10"),
    Probe("Dudayev vowed to fight on.", "Dudayev", "RUSREB", None, "1995-01-20"),
    Probe("Maskhadov called for talks with Moscow.", "Maskhadov", "RUSREB", None, GSR),
    Probe("Garang rejected the government's offer of a truce.", "Garang", "SDNREB", None, GSR),
    Probe("Omar al-Bashir dissolved the parliament.", "Omar al-Bashir", "SDNGOV", None, GSR),
    Probe("Nasrallah warned Israel against new raids.", "Nasrallah", "LBNREB", None, GSR),
    Probe("Sheikh Ahmed Yassin called for more attacks.", "Sheikh Ahmed Yassin", "PSEREB", None, GSR),
]

GROUPS: list[Probe] = [
    Probe("KLA guerrillas ambushed a Serbian police patrol near Pec.", "KLA guerrillas", "SRBREB", None,
          "1998-06-01"),
    Probe("UNITA rebels shelled the besieged town of Kuito.", "UNITA rebels", "AGOREB", None, GSR),
    Probe("RUF rebels freed 20 child soldiers.", "RUF rebels", "SLEREB", None, GSR),
    Probe("The Tamil Tigers attacked a navy base in the north.", "The Tamil Tigers", "LKAREB", None, GSR),
    Probe("FARC guerrillas kidnapped a senator in the south.", "FARC guerrillas", "COLREB", None, GSR),
    Probe("ELN rebels blew up a stretch of the oil pipeline.", "ELN rebels", "COLREB", None, GSR),
    Probe("Hamas claimed the bus bombing in a leaflet.", "Hamas", "PSEREB", None, GSR),
    Probe("Hezbollah guerrillas fired rockets at northern Israel.", "Hezbollah guerrillas", "LBNREB", None,
          GSR),
    Probe("Islamic Jihad vowed revenge for the killing of its leader.", "Islamic Jihad", "PSEREB", None, GSR),
    Probe("PKK rebels killed five soldiers in the southeast.", "PKK rebels", "TURREB", None, GSR),
    Probe("ETA set off a car bomb in central Madrid.", "ETA", "ESPREB", None, GSR),
    Probe("The IRA announced a complete ceasefire.", "The IRA", "GBRREB", None, "1994-08-31"),
    Probe("Sinn Fein demanded a place at the talks.", "Sinn Fein", "GBROPP", None, GSR),
    Probe("The Armed Islamic Group claimed the massacre of villagers.", "The Armed Islamic Group", "DZAREB",
          None, GSR),
    Probe("The Islamic Salvation Front called for a boycott of the vote.", "The Islamic Salvation Front",
          "DZAOPP", None, GSR),
    Probe("Taliban forces captured the northern town of Taloqan.", "Taliban forces", "AFGREB", None, GSR),
    Probe("The Northern Alliance retook two villages north of Kabul.", "The Northern Alliance", "AFGREB",
          None,
          GSR),
    Probe("Abu Sayyaf gunmen seized 21 hostages from a diving resort.", "Abu Sayyaf gunmen", "PHLREB", None,
          GSR),
    Probe("The Moro Islamic Liberation Front rejected the army's offer.", "The Moro Islamic Liberation Front",
          "PHLREB", None, GSR),
    Probe("Shining Path guerrillas killed 12 villagers in Ayacucho.", "Shining Path guerrillas", "PERREB",
          None,
          GSR),
    Probe("Zapatista rebels seized four towns in Chiapas.", "Zapatista rebels", "MEXREB", None, "1994-01-01"),
    Probe("The SPLA shot down a government transport plane.", "The SPLA", "SDNREB", None, GSR),
    Probe("Interahamwe militiamen attacked a refugee camp.", "Interahamwe militiamen", "RWAUAF", None, GSR),
    Probe("Afghan mujahideen shelled the airport at Jalalabad.", "Afghan mujahideen", "AFGREB", None,
          "1989-03-10"),
    Probe("Chechen rebels shot down a Russian helicopter.", "Chechen rebels", "RUSREB", None, GSR),
]

BODIES: list[Probe] = [
    Probe("The OAU called for a ceasefire between Ethiopia and Eritrea.", "The OAU", "IGOAFROAU", None, GSR),
    Probe("ECOMOG troops drove the rebels out of Freetown.", "ECOMOG troops", "IGOWAFWAS", None, GSR),
    Probe("SADC leaders met in Maputo to discuss the war in Congo.", "SADC leaders", "IGOSAF", None, GSR),
    Probe("UNSCOM inspectors left Baghdad hours before the strikes.", "UNSCOM inspectors", "IGOUNO", None,
          GSR),
    Probe("KFOR troops detained three Serbs in Mitrovica.", "KFOR troops", "IGOWSTNAT", None, GSR),
    Probe("SFOR soldiers arrested a war crimes suspect in Prijedor.", "SFOR soldiers", "IGOWSTNAT", None,
          GSR),
    Probe("The OSCE sent monitors to Kosovo.", "The OSCE", "IGOEURSCE", None, GSR),
    Probe("UNTAET appointed a cabinet of East Timorese and foreigners.", "UNTAET", "IGOUNO", None, GSR),
    Probe("UNAMSIL peacekeepers were taken hostage by the rebels.", "UNAMSIL peacekeepers", "IGOUNO", None,
          GSR),
    Probe("UNPROFOR commanders called in air strikes near Gorazde.", "UNPROFOR commanders", "IGOUNO", None,
          "1994-04-10"),
    Probe("KEDO signed a contract to build two reactors in the North.", "KEDO", "IGO", None, GSR),
    Probe("The Arab League condemned the Israeli raid on Lebanon.", "The Arab League", "IGOMEAARL", None,
          GSR),
    Probe("The Contact Group gave Belgrade ten days to withdraw its forces.", "The Contact Group", "IGO",
          None,
          "1998-03-09"),
    Probe("The Warsaw Pact held its last summit in Prague.", "The Warsaw Pact", "IGOEEU", None, "1991-07-01"),
    Probe("Soviet officials denied that troops had fired on the crowd.", "Soviet officials", "USRGOV", None,
          "1989-04-10"),
    Probe("The Kremlin denied that it had ordered the crackdown in Vilnius.", "The Kremlin", "USRGOV", None,
          "1991-01-14"),
    Probe("The Kremlin said the operation in Chechnya would go on.", "The Kremlin", "RUSGOV", None, GSR),
    Probe("The Politburo met to discuss the unrest in the Baltic republics.", "The Politburo", "USRGOV",
          "MOSCOW", "1989-08-26"),
    Probe("The KGB arrested an American journalist in Moscow.", "The KGB", "USRSPY", None, "1986-08-30"),
    Probe("The Red Army pulled its last units out of Kabul.", "The Red Army", "USRMIL", None, "1989-02-14"),
    Probe("The Yugoslav army shelled villages near the Albanian border.", "The Yugoslav army", "YUGMIL", None,
          GSR),
    Probe("Zairean troops fled as the rebels advanced on Kisangani.", "Zairean troops", "CODMIL", None,
          "1997-03-10"),
    Probe("The Czechoslovak government promised free elections.", "The Czechoslovak government", "CZEGOV",
          None,
          "1989-11-28"),
    Probe("East German border guards opened the gates to the West.", "East German border guards", "DEUMIL",
          None, "1989-11-09"),
    Probe("The SLORC freed Aung San Suu Kyi after six years.", "The SLORC", "MMRMIL", None, "1995-07-10"),
]

KIND_MODIFIERS: list[Probe] = [
    Probe(_two("NATO warned Belgrade on Monday that air strikes were ready.",
               "Alliance officials said the planes were in place."), "Alliance officials", "IGOWSTNAT",
               "BRUSSELS",
          "1998-10-12"),
    Probe(_two("NATO resumed its air strikes on Yugoslavia on Tuesday.",
               "Alliance officials said bridges over the Danube had been hit."), "Alliance officials",
               "IGOWSTNAT",
          "BELGRADE", "1999-04-20"),
    Probe(_two("NATO's secretary-general met Russian envoys in Brussels.",
               "An alliance spokesman said the talks had been useful."), "An alliance spokesman", "IGOWSTNAT",
          None, "1999-05-03"),
    Probe(_two("The European Union imposed an oil embargo on Yugoslavia.",
               "The bloc's foreign ministers also banned flights."), "The bloc's foreign ministers",
               "IGOEUREEC",
          None, "1999-04-26"),
    Probe(_two("ECOWAS agreed to send more troops to Sierra Leone.",
               "Bloc officials said Nigeria would provide most of them."), "Bloc officials", "IGOWAFWAS",
               "ABUJA",
          "1998-03-01"),
    Probe(_two("The Revolutionary United Front freed 50 peacekeepers on Sunday.",
               "Rebel leaders said the rest would be released soon."), "Rebel leaders", "SLEREB", "FREETOWN",
          "2000-05-14"),
    Probe(_two("UNITA rejected the government's offer of talks.",
               "A rebel commander said the war would go on."), "A rebel commander", "AGOREB", "LUANDA", GSR),
    Probe(_two("Burma's ruling SLORC detained 200 students on Thursday.",
               "Junta leaders said the students had planned riots."), "Junta leaders", "MMRMIL", "BANGKOK",
          "1996-12-12"),
    Probe(_two("China's Foreign Ministry protested the sale of fighters to Taiwan.",
               "Ministry officials summoned the American ambassador."), "Ministry officials", "CHNGOV",
          "WASHINGTON", "1992-09-03"),
    Probe(_two("Iraq's oil ministry said exports through Turkey had resumed.",
               "Ministry officials said 1.2 million barrels a day were flowing."), "Ministry officials",
               "IRQGOV",
          "AMMAN", GSR),
    Probe(_two("The Kosovo Liberation Army said it had shot down a helicopter.",
               "Rebel commanders said the crew had been taken prisoner."), "Rebel commanders", "SRBREB", None,
          "1998-08-10"),
    # controls: no alliance, bloc or junta named; the state's own services after an IGO
    Probe("Alliance officials said the ruling coalition would hold together.", "Alliance officials", None,
          None,
          GSR),
    Probe(_two("Talks on the budget broke down on Tuesday.",
               "Ministry officials said a new draft would be ready in a week."), "Ministry officials",
               "TURGOV",
          "ANKARA", GSR),
    Probe(_two("Fighting flared again in the jungle near the border.",
               "Rebel leaders said they had lost 20 men."), "Rebel leaders", "COLREB", "BOGOTA", GSR),
    Probe(_two("NATO jets struck targets across Serbia overnight.",
               "Yugoslav army officials said three bridges were destroyed."), "Yugoslav army officials",
               "YUGMIL",
          None, "1999-04-22"),
    Probe(_two("The generals who seized power last week banned all parties.",
               "Junta leaders said elections would be held within a year."), "Junta leaders", "THAMIL",
               "BANGKOK",
          "1991-03-01"),
]

CENTRAL_BANKS: list[Probe] = [
    Probe("The central bank raised its key interest rate to 70 percent.", "The central bank", "IDNGOV",
          "JAKARTA", "1998-05-08"),
    Probe("Bank Indonesia said it would defend the rupiah.", "Bank Indonesia", "IDNGOV", None, "1998-01-09"),
    Probe("The Bundesbank left its discount rate unchanged.", "The Bundesbank", "DEUGOV", None, "1992-07-16"),
    Probe("The Federal Reserve cut interest rates for the third time.", "The Federal Reserve", "USAGOV", None,
          "1998-11-17"),
    Probe("The Reserve Bank of India tightened credit to protect the rupee.", "The Reserve Bank of India",
          "INDGOV", None, GSR),
    Probe(_two("The Bank of Thailand floated the baht on Wednesday.",
               "The central bank's governor said reserves were adequate."), "The central bank's governor",
          "THAGOV", None, "1997-07-02"),
    # controls: commercial banks
    Probe("Bank of America agreed to buy a rival for $60 billion.", "Bank of America", "USABUS", None,
          "1998-04-13"),
    Probe("Deutsche Bank agreed to buy Bankers Trust.", "Deutsche Bank", "DEUBUS", None, "1998-11-30"),
]

# Written after the fixes, from what the new rows and the title rule broke in other probe files and stories
# (probes_gsr16, gsr17a, lead27, shape19; stories25, stories26):
# a governing title before the name beats the table's other current office, "former" before it makes an
# elite. Not part of the blind count.
AFTER_FIXES: list[Probe] = [
    Probe("Chinese Premier Li Peng expressed regret over the minister's remarks.", "Chinese Premier Li Peng",
          "CHNGOV", None, GSR),
    Probe("Premier Li Peng received the visiting delegation.", "Premier Li Peng", "CHNGOV", None,
          "1999-06-01"),
    Probe("An inquiry was ordered into charges against former Prime Minister Benazir Bhutto.",
          "Benazir Bhutto", "PAKELI", None, "1999-09-01"),
    Probe("Benazir Bhutto led a rally of her party in Lahore.", "Benazir Bhutto", "PAKOPP", None,
          "1999-03-01"),
    Probe("Parliament chairman Li Peng met the visiting speaker.", "Li Peng", "CHNLEG", None, "2001-05-01"),
    Probe("Pakistani Prime Minister Benazir Bhutto held talks with the Indian premier.",
          "Pakistani Prime Minister Benazir Bhutto", "PAKGOV", None, GSR),
    # controls (stories25, stories26): the longest title is no governing one; an IGO post
    Probe("Opposition leader Yair Lapid slammed the ministers.", "Opposition leader Yair Lapid", "ISROPP",
          None, "2024-04-01"),
    Probe("NATO Secretary General Jens Stoltenberg proposed a fund for Ukraine.",
          "NATO Secretary General Jens Stoltenberg", "IGOWSTNAT", None, "2024-04-04"),
]

BATCHES = {"LEADERS": LEADERS, "LEADERS_B": LEADERS_B, "GROUPS": GROUPS, "BODIES": BODIES,
           "KIND_MODIFIERS": KIND_MODIFIERS, "CENTRAL_BANKS": CENTRAL_BANKS}
ALL = [probe for batch in BATCHES.values() for probe in batch] + AFTER_FIXES

# First run, before any fix of this session (pass / total per class).
FIRST_RUN: dict[str, tuple[int, int]] = {"LEADERS": (38, 44), "LEADERS_B": (54, 61), "GROUPS": (24, 25),
                                         "BODIES": (22, 25), "KIND_MODIFIERS": (5, 16),
                                         "CENTRAL_BANKS": (7, 8)}

# Misses kept after the fixes, by probe id, with why (the test asserts they still miss, so a fix shows).
KNOWN_GAPS: dict[str, str] = {
    "Gorbachev@2000-01-01":
        "kept on purpose: out of his listed office a leader is an elite of the office's country, and the GSR "
        "records date his acts of 1985-1991 2000-01-01, where USRELI keeps the country the copy means; a "
        "Russian row from 1992 would lose it on every such record",
    "The Islamic Salvation Front@2000-01-01":
        "the probe's reading, not the codebook's: the CAMEO manual's own example (a PLOVER GSR record: "
        "Bouteflika ready to lift the ban on the Islamic Salvation Front) codes the FIS DZAREB, and the "
        "table follows it (made OPP, the read half lost that triple)",
    "Soviet officials@1989-04-10":
        "the mention 'Soviet' is USRGOV ('qualifies officials') and the events stage codes the act so; the "
        "lookup of the whole phrase, which no mention covers, reads its words alone and gives the country",
    "Rebel leaders@BOGOTA2000-01-01":
        "the probe's expectation, not the convention: rebels never take the dateline's country (REB is no "
        "context sector) and the events stage writes ---REB; with a group named before they are its own",
}
KEPT = [p for p in ALL if probe_id(p) not in KNOWN_GAPS]
GAPS = [p for p in ALL if probe_id(p) in KNOWN_GAPS]

coded, test_probe = probe_suite(KEPT)

gaps_coded, test_known_gap, test_gaps_are_probes = gap_suite(GAPS, KNOWN_GAPS)


if __name__ == "__main__":
    from actors.actor_helpers import report_batches

    report_batches(BATCHES)
