"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (twenty-third
session, wip/stories25).

Written in our own words before the coder ran on any of them, weighted to what tests/events/stories22.py,
stories23.py and stories24.py cover little: regional and national agencies' house styles (Anadolu's
bare place line and "Name |date - Update : date" byline with an "Also read:" line, PTI's "New Delhi,
Oct 11 (PTI)" lead and initials tail, IANS's "--IANS" and "ab/sd", Kyodo's undated "TOKYO -" and
"==Kyodo", Yonhap's "(LEAD)", "By" line and "(END)", Bernama's "(Bernama) --" and "-- BERNAMA", WAM's
"12th March, 2024 (WAM) --" and name tail, SPA's "Riyadh, April 16, 2024, SPA --", IRNA's "Tehran,
IRNA --", "**2050" and "Follow us" lines, Prensa Latina's "(Prensa Latina)" and "arb/jpm" tail, EFE's
"Bogotá (EFE).-" and "(c) EFE", NAN's byline, "(NAN)(www.nannews.ng)" and "Edited by", APA's "Dakar
(APA) –" and "CD/te/APA", TASS's "/TASS/.", QNA's "(QNA) -" and "QNA/AB"); to regional and
international bodies as actors, named later as "the bloc", "the body", "the court", "the alliance",
"the agency" (the AU, ECOWAS, SADC, ASEAN, the GCC, the Arab League, the OAS, the EU and its
Commission, NATO, the CSTO, UNHCR, WFP, the ICC and the ICJ); to non-state actors (the RSF, the TTP,
the ELN, the M23, the Arakan Army, the Houthis, the Niger Delta Avengers, opposition parties, Amnesty,
HRW, MSF, the ICRC, companies, refugees, a religious minority); to a party's country from context (EU
copy datelined Brussels, courts in The Hague, UN agencies in Geneva, a Qatari emir in a Muscat story,
police "in Dhaka" in a New Delhi story); and to the leftover classes of stories24's known gaps ("the two
sides", "the parties", "both governments" well after the pair was named, an act noun whose author is in
the sentence before, one side reporting the other's attack, phone-call phrasings, a signing and a joint
statement told together). Non-events: a football result, history, plans, conditions, denials, rumours,
analysts, agency furniture.

Each story lists, as in stories22 (whose `review` reads these too):

* `events`: the acts an analyst codes (accepted sources, accepted targets, accepted CAMEO codes, a quote
  that finds the paragraph). Every row must be coded in its paragraph (actor + root: country and first
  sector, IGOs and NGOs on their first three letters).
* `also`: readings an analyst accepts but does not require. A coded triple that matches neither list is
  counted wrong.
* `none`: paragraphs that must give no CAMEO triple at all.
* `parties`: (a snippet, the mention inside it, accepted codes), pronouns and "the minister" included.

Conventions are those of docs/events.md ("Annotation guide") and docs/actors.md, as in the earlier sets:
a named office holder is his country's GOV, an official of an international body is the body's (IGO),
an opposition party OPP (or PTY), a rebel group or militia REB, "A said B attacked C" is A -> B 112
alone (also when A is B's enemy in the fight), a planned meeting or visit is coded as the guide keeps
it (040 / 042 / 043), a conditional or a denial is no act, a phone call is 040 both ways with the caller
as the required source.

Run `python tests/events/stories25.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories25 at 17866a2, main's code, before any change): of the 104 required events 46 were
coded at country + root and 42 at actor + root; of the coded triples 43 were right, 26 accepted, 1
duplicated and 40 wrong; 5 of the 70 non-event paragraphs were coded; of 134 parties 102 were right, 16
wrong and 16 unresolved.

Two `also` rows were added after the first run, where the coder's reading is the guide's and the list had
missed it: a state visit is a 042 / 043 pair, so Britain hosting Yoon (GBR -> KORGOV 043) is accepted,
and so is the Arab League's side of the meeting Saudi Arabia hosted (IGO -> SAU 042). Main scored on the
corrected lists: 46 / 42; right 43, accepted 28, duplicated 1, wrong 38; non-events coded 5 of 70;
parties 102 / 16 / 16.

After the branch's fixes (wip/stories25: an international body's officer named before the person, a
dateline at an international body's seat, "Brussels" for the EU, "Also read:" lines, a signing told with
could): 50 / 44; right 45, accepted 27, duplicated 1, wrong 34; non-events coded 3 of 70; parties right
108, wrong 10, unresolved 16. What still fails is a strict xfail in tests/events/test_stories25.py with its
reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

RSF = ("SDNREB", "SDNMIL", "SDNUAF")

AU_SUDAN = Story(
    "anadolu_addis", "2024-05-10",
    """AU urges Sudan's warring sides to return to talks

Addis Ababa

Mehmet Yilmaz |10.05.2024 - Update : 10.05.2024

The African Union on Friday urged the Sudanese army and the paramilitary Rapid Support Forces (RSF) to \
return to negotiations in Jeddah, as fighting spread to the city of El Fasher.

The call came in a statement by the chairperson of the AU Commission, Moussa Faki Mahamat, after a \
meeting of the body's Peace and Security Council in the Ethiopian capital.

Faki condemned the RSF's attack on a displacement camp near El Fasher, which aid groups said killed at \
least 30 civilians.

The RSF denied targeting civilians and said its fighters had been shelled by army artillery from inside \
the camp.

Sudan's Foreign Ministry welcomed the AU statement but criticised the body for treating "a legitimate \
government and a rebel militia" as equals.

The war has killed tens of thousands of people, according to UN estimates.

The UN refugee agency, UNHCR, said more than 600,000 people had fled Sudan to Chad since the war began in \
April 2023.

Also read: Türkiye calls for ceasefire in Sudan
""",
    events=[
        (("IGO",), ("SDNMIL", "SDN"), ("020", "026", "027"), "urged the Sudanese army"),
        (("IGO",), RSF, ("020", "026", "027"), "urged the Sudanese army"),
        (("IGO",), RSF, ("111", "110", "112"), "Faki condemned the RSF's attack"),
        (RSF, ("SDNMIL",), ("112",), "said its fighters had been shelled"),
        (("SDNGOV",), ("IGO",), ("111", "110"), "criticised the body"),
    ],
    also=[
        (RSF, ("SDNCVL", "SDN", "SDNMIL"), ("016",), "The RSF denied targeting"),
        (("SDNGOV",), ("IGO",), ("051", "050"), "welcomed the AU statement"),
        (("IGO",), ("SDNMIL", "SDN") + RSF, ("020", "026"), "AU urges Sudan's warring"),
    ],
    none=["Mehmet Yilmaz |", "The war has killed", "The UN refugee agency, UNHCR", "Also read:"],
    parties=[
        ("chairperson of the AU Commission, Moussa Faki Mahamat", "Moussa Faki Mahamat", ("IGO",)),
        ("Faki condemned", "Faki", ("IGO",)),
        ("The RSF denied", "RSF", RSF),
        ("Sudan's Foreign Ministry", "Sudan's Foreign Ministry", ("SDNGOV",)),
        ("criticised the body", "the body", ("IGO",)),
        ("The UN refugee agency, UNHCR", "UNHCR", ("IGO",)),
    ],
)

TEMPLE = Story(
    "pti_newdelhi", "2024-10-11",
    """India lodges protest with Bangladesh over attack on Hindu temple

New Delhi, Oct 11 (PTI) India on Friday lodged a strong protest with Bangladesh over the vandalism of a \
Hindu temple in Dhaka's Tantibazar area and asked the interim government to ensure the safety of \
minorities.

External Affairs Ministry spokesperson Randhir Jaiswal said the Indian High Commission in Dhaka had taken \
up the matter with Bangladeshi authorities.

"We urge the Government of Bangladesh to ensure the safety and security of Hindus and all minorities and \
their places of worship," Jaiswal told a weekly media briefing.

Bangladesh's foreign affairs adviser Touhid Hossain rejected the criticism and said the interim \
government was protecting all communities.

Hossain also accused sections of the Indian media of spreading false reports about the situation.

Meanwhile, members of the Hindu community staged a sit-in in Dhaka, demanding the arrest of those \
responsible.

Police in Dhaka said they had detained two suspects.

India and Bangladesh share a 4,096-km border.

The Indian cricket team will host Bangladesh in a T20 series next week.

PTI KR ZMN
""",
    events=[
        (("IND", "INDGOV"), ("BGD", "BGDGOV"), ("114", "111", "110"), "lodged a strong protest"),
        (("INDGOV",), ("BGDGOV", "BGD"), ("020", "023", "024"), "We urge the Government of Bangladesh"),
        (("BGDGOV",), ("INDGOV", "IND"), ("120", "125", "128"), "rejected the criticism"),
        (("BGDGOV",), ("INDMED",), ("112", "111"), "accused sections of the Indian media"),
        (("BGDREL", "BGDCVL", "BGDOPP", "BGD", "BGDHIN"), ("BGDGOV", "BGD", "BGDCOP"), ("140", "141", "143"),
         "staged a sit-in"),
    ],
    also=[
        (("IND", "INDGOV"), ("BGD", "BGDGOV"), ("020", "023", "024", "114", "111"),
         "India lodges protest with Bangladesh"),
        (("IND", "INDGOV"), ("BGD", "BGDGOV"), ("020", "023", "024", "114", "111"),
         "lodged a strong protest"),
        (("INDGOV",), ("BGDGOV", "BGD"), ("040", "114", "020"), "taken up the matter"),
        (("BGDCOP",), ("BGDCVL", "BGD", "BGDCRM"), ("173", "170"), "Police in Dhaka said"),
    ],
    none=["share a 4,096-km border", "Indian cricket team", "PTI KR ZMN"],
    parties=[
        ("spokesperson Randhir Jaiswal", "Randhir Jaiswal", ("INDGOV",)),
        ("foreign affairs adviser Touhid Hossain", "Touhid Hossain", ("BGDGOV",)),
        ("Hossain also accused", "Hossain", ("BGDGOV",)),
        ("Police in Dhaka", "Police", ("BGDCOP",)),
        ("the Indian High Commission", "Indian High Commission", ("INDGOV",)),
    ],
)

KHOST = Story(
    "ians_islamabad", "2024-03-18",
    """Pakistan strikes TTP hideouts in Afghanistan, Taliban vow response

Islamabad, March 18 (IANS) Pakistani fighter jets struck suspected hideouts of the banned \
Tehreek-e-Taliban Pakistan (TTP) in Afghanistan's Khost and Paktika provinces on Monday, two days after \
militants killed seven soldiers in North Waziristan.

Pakistan's Foreign Office said the operation targeted "terrorists" and not the Afghan people.

The Taliban government in Kabul condemned the strikes, saying they killed eight women and children.

Taliban spokesman Zabihullah Mujahid warned that Islamabad would face "consequences" for violating Afghan \
territory.

The Afghan Defence Ministry later said its border forces had targeted Pakistani military posts along the \
Durand Line.

The TTP, which is separate from the Afghan Taliban but allied with it, said its fighters had not been \
present in the area.

Islamabad has repeatedly accused Kabul of sheltering the group, a charge the Taliban deny.

China, a close partner of both neighbours, urged the two sides to exercise restraint and resolve their \
differences through dialogue.

Qatar offered to mediate between the two neighbours.

--IANS

ab/sd
""",
    events=[
        (("PAKMIL", "PAK"), ("PAKREB", "AFG", "AFGREB", "AFGCVL"), ("190", "195"), "fighter jets struck"),
        (("AFGGOV", "AFG"), ("PAK", "PAKMIL", "PAKGOV"), ("111", "110", "112"), "condemned the strikes"),
        (("AFGGOV",), ("PAKGOV", "PAK"), ("130", "138"), "warned that Islamabad"),
        (("AFGMIL", "AFGGOV", "AFG"), ("PAKMIL",), ("190", "195"), "targeted Pakistani military posts"),
        (("CHN", "CHNGOV"), ("PAK", "PAKGOV", "AFG", "AFGGOV"), ("020", "026", "027"),
         "urged the two sides"),
        (("QAT", "QATGOV"), ("PAK", "PAKGOV", "AFG", "AFGGOV"), ("030", "036", "039", "040", "045"),
         "Qatar offered to mediate"),
    ],
    also=[
        (("PAKMIL", "PAK"), ("PAKREB", "AFG", "AFGREB"), ("190", "195"), "Pakistan strikes TTP"),
        (("PAKREB", "PAKUAF"), ("PAKMIL",), ("180", "186", "190"), "militants killed seven soldiers"),
        (("AFGGOV",), ("PAKGOV", "PAK"), ("130", "138"), "Taliban vow response"),
        (("PAKGOV", "PAK"), ("AFGGOV", "AFG"), ("112",), "repeatedly accused Kabul"),
        (("AFGGOV", "AFG"), ("PAKGOV", "PAK"), ("016", "120"), "repeatedly accused Kabul"),
    ],
    none=["said its fighters had not been", "--IANS", "ab/sd"],
    parties=[
        ("Taliban spokesman Zabihullah Mujahid", "Zabihullah Mujahid", ("AFGGOV",)),
        ("The Taliban government in Kabul", "Taliban government", ("AFGGOV",)),
        ("The Afghan Defence Ministry", "Afghan Defence Ministry", ("AFGGOV", "AFGMIL")),
        ("Pakistan's Foreign Office", "Foreign Office", ("PAKGOV",)),
        ("The TTP, which", "TTP", ("PAKREB",)),
    ],
)

BUOY = Story(
    "kyodo_tokyo", "2023-07-25",
    """Japan demands China remove buoy from its EEZ near Senkakus

TOKYO - Japan on Tuesday demanded that China immediately remove a buoy it placed inside Japan's exclusive \
economic zone near the Senkaku Islands in the East China Sea, the top government spokesman said.

Chief Cabinet Secretary Yoshimasa Hayashi told a press conference that Tokyo had lodged a protest through \
diplomatic channels.

Foreign Minister Yoko Kamikawa held phone talks with her Chinese counterpart Wang Yi later in the day and \
conveyed Japan's concern, the ministry said.

Wang rejected the protest, saying the buoy was placed in waters under Chinese jurisdiction, according to a \
readout released by Beijing.

Beijing claims the islands, which it calls Diaoyu.

The Japanese government plans to consider removing the buoy itself if China does not act, a government \
source said.

Japan took control of the islands in 1895 and nationalized three of them in 2012.

Prime Minister Fumio Kishida is scheduled to visit Washington in April.

==Kyodo
""",
    events=[
        (("JPN", "JPNGOV"), ("CHN", "CHNGOV"), ("100", "101", "020", "025"), "demanded that China"),
        (("JPNGOV", "JPN"), ("CHN", "CHNGOV"), ("114", "111", "110"), "lodged a protest through"),
        (("JPNGOV",), ("CHNGOV",), ("040", "042", "043", "046"), "held phone talks"),
        (("CHNGOV",), ("JPNGOV", "JPN"), ("120", "125", "128"), "Wang rejected the protest"),
    ],
    also=[
        (("JPN", "JPNGOV"), ("CHN", "CHNGOV"), ("100", "101", "020", "025"), "Japan demands China"),
        (("CHNGOV",), ("JPNGOV",), ("040", "042", "043", "046"), "held phone talks"),
        (("JPNGOV",), ("CHNGOV", "CHN"), ("111", "110", "114", "012"), "conveyed Japan's concern"),
        (("JPNGOV",), ("USA", "USAGOV"), ("036", "040", "042", "043"), "Kishida is scheduled"),
        (("USA", "USAGOV"), ("JPNGOV",), ("036", "040", "042", "043"), "Kishida is scheduled"),
    ],
    none=["Beijing claims the islands", "plans to consider removing", "took control of the islands",
          "==Kyodo"],
    parties=[
        ("Chief Cabinet Secretary Yoshimasa Hayashi", "Yoshimasa Hayashi", ("JPNGOV",)),
        ("Foreign Minister Yoko Kamikawa", "Yoko Kamikawa", ("JPNGOV",)),
        ("counterpart Wang Yi", "Wang Yi", ("CHNGOV",)),
        ("Wang rejected", "Wang", ("CHNGOV",)),
        ("Prime Minister Fumio Kishida", "Fumio Kishida", ("JPNGOV",)),
    ],
)

SPY_SATELLITE = Story(
    "yonhap_seoul", "2023-11-22",
    """(LEAD) S. Korea suspends part of military pact after N. Korea's satellite launch

By Kim Hyun-jin

SEOUL, Nov. 22 (Yonhap) -- South Korea on Wednesday suspended part of a 2018 inter-Korean military \
agreement in response to North Korea's launch of a military spy satellite the previous night.

The Cabinet approved the suspension of a clause banning aerial reconnaissance near the border, and \
President Yoon Suk Yeol endorsed it while on a state visit to Britain.

North Korea's defence ministry denounced the decision as a "grave provocation" and said it would deploy \
more powerful forces along the border, according to the Korean Central News Agency (KCNA).

The foreign ministers of South Korea, the United States and Japan condemned the launch in a joint \
statement, saying it violated multiple U.N. Security Council resolutions.

Seoul's unification ministry urged Pyongyang to stop its provocations and return to dialogue.

Analysts said the North could conduct a seventh nuclear test in the coming months.

The two Koreas remain technically at war because the 1950-53 Korean War ended in an armistice, not a \
peace treaty.

(END)
""",
    events=[
        (("KOR", "KORGOV"), ("PRK", "PRKGOV"), ("160", "161", "163", "164", "120"),
         "suspended part of a 2018"),
        (("PRKGOV", "PRKMIL"), ("KORGOV", "KOR"), ("111", "110", "112"), "denounced the decision"),
        (("KORGOV",), ("PRK", "PRKGOV"), ("111", "110", "112"), "condemned the launch"),
        (("USAGOV",), ("PRK", "PRKGOV"), ("111", "110", "112"), "condemned the launch"),
        (("JPNGOV",), ("PRK", "PRKGOV"), ("111", "110", "112"), "condemned the launch"),
        (("KORGOV",), ("PRKGOV", "PRK"), ("020", "025", "026", "100"), "urged Pyongyang"),
    ],
    also=[
        (("KOR", "KORGOV"), ("PRK", "PRKGOV"), ("160", "161", "163", "164", "120"),
         "S. Korea suspends part"),
        (("KORGOV",), ("GBR", "GBRGOV"), ("042", "043"), "state visit to Britain"),
        (("GBR", "GBRGOV"), ("KORGOV",), ("042", "043"), "state visit to Britain"),
        (("PRKGOV", "PRKMIL"), ("KORGOV", "KOR"), ("130", "138", "150", "154"),
         "denounced the decision"),
        (("KORGOV", "USAGOV", "JPNGOV"), ("KORGOV", "USAGOV", "JPNGOV"), ("030", "040", "057"),
         "condemned the launch"),
    ],
    none=["By Kim Hyun-jin", "Analysts said the North", "remain technically at war", "(END)"],
    parties=[
        ("President Yoon Suk Yeol", "Yoon Suk Yeol", ("KORGOV",)),
        ("North Korea's defence ministry", "North Korea's defence ministry", ("PRKGOV", "PRKMIL")),
        ("Korean Central News Agency", "Korean Central News Agency", ("PRKMED", "PRKGOV")),
        ("Seoul's unification ministry", "unification ministry", ("KORGOV",)),
        ("urged Pyongyang", "Pyongyang", ("PRKGOV", "PRK")),
    ],
)

LUANG_PRABANG = Story(
    "bernama_kl", "2024-01-29",
    """ASEAN foreign ministers urge Myanmar junta to implement peace plan

KUALA LUMPUR, Jan 29 (Bernama) -- ASEAN foreign ministers on Monday urged Myanmar's military government to \
implement the bloc's five-point peace plan and to stop air strikes on civilian areas, Foreign Minister \
Datuk Seri Mohamad Hasan said.

Speaking to reporters after the ministers' retreat in Luang Prabang, Laos, Mohamad said the bloc remained \
united in its approach to the crisis.

He said Malaysia had offered to host talks between the junta and the National Unity Government (NUG), the \
shadow administration formed by ousted lawmakers.

The NUG welcomed the offer, while the junta has not responded.

Myanmar sent a senior foreign ministry bureaucrat, Marlar Than Htaik, to the meeting, the first time in \
more than two years that the military government had been represented.

Meanwhile, the Arakan Army, an ethnic armed group in Rakhine State, said its fighters had captured a \
military headquarters in the town of Paletwa.

Mohamad also met his Thai counterpart Parnpree Bahiddha-Nukara on the sidelines and discussed border trade.

ASEAN will hold its summit in Vientiane in October.

-- BERNAMA
""",
    events=[
        (("IGO",), ("MMRGOV", "MMRMIL", "MMR"), ("020", "024", "025", "027"), "urged Myanmar's military"),
        (("MYS", "MYSGOV"), ("MMRGOV", "MMRMIL", "MMROPP", "MMR"), ("030", "036", "039", "040", "045"),
         "offered to host talks"),
        (("MMROPP",), ("MYS", "MYSGOV"), ("050", "051", "030", "040"), "The NUG welcomed the offer"),
        (("MMRREB",), ("MMRMIL",), ("190", "192", "195"), "captured a military headquarters"),
        (("MYSGOV",), ("THAGOV",), ("040", "042", "043", "046"), "met his Thai counterpart"),
    ],
    also=[
        (("IGO",), ("MMRGOV", "MMRMIL", "MMR"), ("020", "024", "025"), "urge Myanmar junta"),
        (("THAGOV",), ("MYSGOV",), ("040", "042", "043", "046"), "met his Thai counterpart"),
        (("MMR", "MMRGOV", "MMRMIL"), ("IGO",), ("040", "042", "043", "046"), "Myanmar sent a senior"),
        (("IGO",), ("MMR", "MMRGOV", "MMRMIL"), ("040", "042", "043", "046"), "Myanmar sent a senior"),
    ],
    none=["the bloc remained united", "ASEAN will hold its summit", "-- BERNAMA"],
    parties=[
        ("Datuk Seri Mohamad Hasan", "Mohamad Hasan", ("MYSGOV",)),
        ("He said Malaysia", "He", ("MYSGOV",)),
        ("National Unity Government (NUG)", "National Unity Government", ("MMROPP",)),
        ("the Arakan Army", "Arakan Army", ("MMRREB",)),
        ("counterpart Parnpree Bahiddha-Nukara", "Parnpree Bahiddha-Nukara", ("THAGOV",)),
        ("bureaucrat, Marlar Than Htaik", "Marlar Than Htaik", ("MMRGOV",)),
    ],
)

SISI_CALL = Story(
    "wam_abudhabi", "2024-03-12",
    """UAE President receives phone call from Egyptian President

ABU DHABI, 12th March, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the \
UAE, received a phone call today from President Abdel Fattah El-Sisi of the Arab Republic of Egypt.

During the call, the two leaders discussed the humanitarian situation in the Gaza Strip and efforts to \
reach a ceasefire.

His Highness the UAE President and President El-Sisi stressed the need to ensure the flow of aid into the \
Strip without obstruction.

Separately, the UAE dispatched a ship carrying 4,000 tonnes of food and medical supplies to the Egyptian \
port of Al Arish for the people of Gaza, as part of Operation Chivalrous Knight 3.

The UAE Ministry of Foreign Affairs also welcomed a statement by the Gulf Cooperation Council (GCC) \
calling for an immediate ceasefire in Gaza.

In a separate statement, the ministry condemned an attack by the Houthi militia on a commercial ship in \
the Red Sea and called on the international community to act.

President El-Sisi invited His Highness to visit Cairo, and the UAE President accepted the invitation.

The operation was launched in November 2023 to support civilians in the Strip.

WAM/Hatem Mohamed/Tariq alFaham
""",
    events=[
        (("EGYGOV",), ("AREGOV", "ARE"), ("040", "042", "043", "046"), "received a phone call today"),
        (("ARE", "AREGOV"), ("PSE", "PSECVL", "EGY"), ("070", "071", "073"), "dispatched a ship"),
        (("AREGOV",), ("YEMREB", "YEM"), ("111", "110", "112"), "condemned an attack by the Houthi"),
        (("EGYGOV",), ("AREGOV",), ("036", "040", "043"), "invited His Highness to visit Cairo"),
    ],
    also=[
        (("AREGOV",), ("EGYGOV",), ("040", "042", "043", "046"), "received a phone call today"),
        (("AREGOV", "EGYGOV"), ("AREGOV", "EGYGOV"), ("040", "046"), "the two leaders discussed"),
        (("EGYGOV", "AREGOV"), ("AREGOV", "EGYGOV"), ("040", "046"), "UAE President receives phone"),
        (("AREGOV",), ("IGO",), ("050", "051"), "welcomed a statement by the Gulf"),
        (("AREGOV",), ("EGYGOV", "EGY"), ("036", "030", "040", "042", "081"),
         "invited His Highness to visit Cairo"),
    ],
    none=["The operation was launched", "WAM/Hatem Mohamed"],
    parties=[
        ("Sheikh Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", ("AREGOV",)),
        ("President Abdel Fattah El-Sisi", "Abdel Fattah El-Sisi", ("EGYGOV",)),
        ("The UAE Ministry of Foreign Affairs", "UAE Ministry of Foreign Affairs", ("AREGOV",)),
        ("Gulf Cooperation Council (GCC)", "Gulf Cooperation Council", ("IGO",)),
        ("the Houthi militia", "Houthi militia", ("YEMREB",)),
    ],
)

ARAB_LEAGUE_SUDAN = Story(
    "spa_riyadh", "2024-04-16",
    """Saudi Arabia hosts Arab League emergency meeting on Sudan

Riyadh, April 16, 2024, SPA -- Saudi Arabia hosted on Tuesday an emergency meeting of the Arab League's \
permanent representatives on the situation in Sudan, a year after fighting broke out between the Sudanese \
army and the Rapid Support Forces.

Arab League Secretary-General Ahmed Aboul Gheit called on the two parties to commit to the Jeddah \
Declaration signed in May 2023 and to protect civilians.

Saudi Minister of Foreign Affairs Prince Faisal bin Farhan received a phone call from the US Secretary of \
State Antony Blinken, during which they reviewed efforts to resume the Jeddah talks.

Prince Faisal also met with the Sudanese Minister of Foreign Affairs, Hussein Awad Ali, who conveyed a \
written message from the head of the Sovereignty Council, General Abdel Fattah al-Burhan, to the Custodian \
of the Two Holy Mosques King Salman bin Abdulaziz.

The Kingdom affirmed its support for Sudan's unity, sovereignty and stability.

Aboul Gheit also held talks with the Saudi Vice Minister of Foreign Affairs, Waleed Elkhereiji, on the \
sidelines of the meeting.

The RSF said in a statement that it welcomed any initiative that would end the war.

The meeting was attended by representatives of 20 member states.
""",
    events=[
        (("IGO",), ("SDNMIL", "SDN", "SDNGOV") + RSF, ("020", "026", "027"), "called on the two parties"),
        (("USAGOV",), ("SAUGOV",), ("040", "042", "043", "046"), "received a phone call from the US"),
        (("SAUGOV",), ("SDNGOV",), ("040", "042", "043", "046"), "also met with the Sudanese"),
        (("IGO",), ("SAUGOV",), ("040", "042", "043", "046"), "Aboul Gheit also held talks"),
    ],
    also=[
        (("SAU", "SAUGOV"), ("IGO",), ("040", "042", "043", "046"), "Saudi Arabia hosted"),
        (("SAU", "SAUGOV"), ("IGO",), ("040", "042", "043", "046"), "Saudi Arabia hosts Arab"),
        (("IGO",), ("SAU", "SAUGOV"), ("040", "042", "043", "046"), "Saudi Arabia hosts Arab"),
        (("IGO",), ("SAU", "SAUGOV"), ("040", "042", "043", "046"), "Saudi Arabia hosted"),
        (("SDNMIL", "SDN") + RSF, ("SDNMIL", "SDN") + RSF, ("190",), "Saudi Arabia hosted"),
        (("SAUGOV",), ("USAGOV",), ("040", "042", "043", "046"), "received a phone call from the US"),
        (("SDNGOV",), ("SAUGOV",), ("040", "042", "043", "046"), "also met with the Sudanese"),
        (("SDNGOV", "SDNMIL"), ("SAUGOV",), ("040", "041", "051", "010"), "also met with the Sudanese"),
        (("SAU", "SAUGOV"), ("SDN", "SDNGOV"), ("051", "050", "030"), "The Kingdom affirmed"),
        (("SAUGOV",), ("IGO",), ("040", "042", "043", "046"), "Aboul Gheit also held talks"),
    ],
    none=["welcomed any initiative", "The meeting was attended by"],
    parties=[
        ("Secretary-General Ahmed Aboul Gheit", "Ahmed Aboul Gheit", ("IGO",)),
        ("Prince Faisal bin Farhan", "Faisal bin Farhan", ("SAUGOV",)),
        ("State Antony Blinken", "Antony Blinken", ("USAGOV",)),
        ("Foreign Affairs, Hussein Awad Ali", "Hussein Awad Ali", ("SDNGOV",)),
        ("General Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan", ("SDNGOV", "SDNMIL")),
        ("King Salman bin Abdulaziz", "Salman bin Abdulaziz", ("SAUGOV",)),
        ("Affairs, Waleed Elkhereiji", "Waleed Elkhereiji", ("SAUGOV",)),
    ],
)

EU_DRONES = Story(
    "irna_tehran", "2024-04-23",
    """Iran slams new EU sanctions as "illegal"

Tehran, IRNA -- Iran's Foreign Ministry spokesman Nasser Kanaani on Tuesday condemned new sanctions \
imposed by the European Union on Iranian individuals and entities, calling them "illegal and \
unjustified".

The EU on Monday added eight Iranian officials and two companies to its sanctions list over what the bloc \
called Tehran's supply of drones to Russia.

Kanaani said the Islamic Republic reserved the right to take reciprocal measures and warned Brussels \
against "repeating past mistakes".

He also rejected claims by the E3 -- Britain, France and Germany -- that Iran was expanding its nuclear \
activities beyond civilian needs.

Meanwhile, the Director General of the International Atomic Energy Agency (IAEA), Rafael Grossi, is \
expected to visit Tehran next month, the spokesman said.

Iran and the IAEA signed a joint statement in March 2023 on resolving outstanding safeguards issues.

On Sunday, Foreign Minister Hossein Amir-Abdollahian held a phone conversation with his Omani counterpart \
Badr Albusaidi on regional developments, the ministry said.

Some Western media have reported that the EU is considering new measures against Iranian shipping lines.

**2050

Follow us on Twitter @IrnaEnglish
""",
    events=[
        (("IRNGOV",), ("IGO",), ("111", "110", "112"), "condemned new sanctions"),
        (("IGO",), ("IRNGOV", "IRN", "IRNBUS"), ("163", "160"), "added eight Iranian officials"),
        (("IRNGOV",), ("IGO",), ("130", "138", "139"), "warned Brussels"),
        (("IRNGOV",), ("GBR", "GBRGOV", "FRA", "FRAGOV", "DEU", "DEUGOV", "IGO"),
         ("120", "125", "128", "016"),
         "rejected claims by the E3"),
        (("IRNGOV",), ("OMNGOV",), ("040", "042", "043", "046"), "held a phone conversation"),
    ],
    also=[
        (("IRNGOV",), ("IGO",), ("111", "110", "112"), "Iran slams new EU"),
        (("IGO",), ("IRN", "IRNGOV"), ("163", "160"), "Iran slams new EU"),
        (("IGO",), ("IRN", "IRNGOV"), ("163", "160"), "condemned new sanctions"),
        (("IGO",), ("IRN", "IRNGOV"), ("036", "040", "042", "043"), "is expected to visit Tehran"),
        (("IRN", "IRNGOV"), ("IGO",), ("036", "040", "042", "043"), "is expected to visit Tehran"),
        (("IRN", "IRNGOV"), ("IGO",), ("057", "050"), "signed a joint statement"),
        (("IGO",), ("IRN", "IRNGOV"), ("057", "050"), "signed a joint statement"),
        (("OMNGOV",), ("IRNGOV",), ("040", "042", "043", "046"), "held a phone conversation"),
    ],
    none=["Some Western media have reported", "**2050", "Follow us on Twitter"],
    parties=[
        ("spokesman Nasser Kanaani", "Nasser Kanaani", ("IRNGOV",)),
        ("The EU on Monday", "EU", ("IGO",)),
        ("warned Brussels", "Brussels", ("IGO",)),
        ("(IAEA), Rafael Grossi", "Rafael Grossi", ("IGO",)),
        ("He also rejected", "He", ("IRNGOV",)),
        ("Minister Hossein Amir-Abdollahian", "Hossein Amir-Abdollahian", ("IRNGOV",)),
        ("counterpart Badr Albusaidi", "Badr Albusaidi", ("OMNGOV",)),
    ],
)

TERROR_LIST = Story(
    "prensa_havana", "2024-05-16",
    """Cuba denounces US decision on counterterrorism list

Havana, May 16 (Prensa Latina) Cuban Foreign Minister Bruno Rodriguez on Thursday rejected the decision of \
the United States government to keep Cuba on its list of countries that allegedly do not cooperate fully \
with counterterrorism efforts.

On the social network X, the foreign minister described the measure as arbitrary and politically \
motivated, and demanded that Washington remove the island from the list of state sponsors of terrorism.

Rodriguez thanked the governments of Mexico, Honduras and Bolivia for their solidarity with Cuba.

The Bolivian government expressed its rejection of the US blockade against Cuba in a statement issued in \
La Paz.

Meanwhile, the Venezuelan Foreign Ministry said the Organization of American States (OAS) had become an \
instrument of Washington against the peoples of the region.

In November, the UN General Assembly voted for the 32nd consecutive time in favor of a resolution calling \
for an end to the blockade.

The Cuban diplomat also held a meeting in Havana with Vietnam's Vice Minister of Foreign Affairs, Do Hung \
Viet, on the preparations for a visit by Vietnamese President To Lam.

Washington has maintained its blockade against the island for more than six decades.

arb/jpm/rgh
""",
    events=[
        (("CUBGOV",), ("USAGOV", "USA"), ("120", "125", "128", "111"), "rejected the decision of"),
        (("CUBGOV",), ("USAGOV", "USA"), ("100", "101", "020", "111"), "demanded that Washington"),
        (("CUBGOV",), ("MEXGOV", "MEX"), ("050", "051"), "Rodriguez thanked"),
        (("BOLGOV",), ("USA", "USAGOV"), ("111", "110", "120", "125"), "The Bolivian government expressed"),
        (("VENGOV",), ("IGO",), ("111", "110", "112"), "had become an instrument"),
        (("CUBGOV",), ("VNMGOV",), ("040", "042", "043", "046"), "The Cuban diplomat also held"),
    ],
    also=[
        (("CUBGOV", "CUB"), ("USAGOV", "USA"), ("111", "110", "120"), "Cuba denounces US"),
        (("CUBGOV",), ("HNDGOV", "HND", "BOLGOV", "BOL"), ("050", "051"), "Rodriguez thanked"),
        (("CUBGOV",), ("USAGOV", "USA"), ("111", "110", "112"), "demanded that Washington"),
        (("VENGOV",), ("USA", "USAGOV"), ("111", "110", "112"), "had become an instrument"),
        (("IGO",), ("USA", "USAGOV"), ("020", "100", "111"), "the UN General Assembly voted"),
        (("VNMGOV",), ("CUBGOV",), ("040", "042", "043", "046"), "The Cuban diplomat also held"),
        (("VNMGOV", "VNM"), ("CUB", "CUBGOV"), ("036", "042", "043"), "The Cuban diplomat also held"),
        (("CUB", "CUBGOV"), ("VNMGOV", "VNM"), ("036", "042", "043"), "The Cuban diplomat also held"),
    ],
    none=["has maintained its blockade", "arb/jpm/rgh"],
    parties=[
        ("Foreign Minister Bruno Rodriguez", "Bruno Rodriguez", ("CUBGOV",)),
        ("the foreign minister described", "the foreign minister", ("CUBGOV",)),
        ("The Bolivian government", "Bolivian government", ("BOLGOV",)),
        ("the Venezuelan Foreign Ministry", "Venezuelan Foreign Ministry", ("VENGOV",)),
        ("Organization of American States", "Organization of American States", ("IGO",)),
        ("The Cuban diplomat", "Cuban diplomat", ("CUBGOV",)),
        ("President To Lam", "To Lam", ("VNMGOV",)),
    ],
)

ARAUCA = Story(
    "efe_bogota", "2024-09-20",
    """Colombia suspends peace talks with ELN after attack on military base

Bogotá (EFE).- Colombian President Gustavo Petro on Friday suspended peace talks with the National \
Liberation Army (ELN) after the guerrilla group attacked a military base in the northeastern department of \
Arauca, killing two soldiers.

"With this action the ELN closes a peace process," Petro wrote on X.

The army said the fighters had used drones loaded with explosives in the pre-dawn attack in Puerto Jordán.

The ELN did not claim responsibility but in a statement accused the armed forces of violating the \
ceasefire first.

The government's chief negotiator, Vera Grabe, called on the group to show a real commitment to peace.

Cuba and Norway, which act as guarantors of the talks, said they remained ready to support the process.

The two sides signed a six-month bilateral ceasefire in Havana in June 2023, which expired in August \
without renewal.

The ELN, founded in 1964, has about 6,000 fighters, according to military intelligence.

(c) EFE 2024
""",
    events=[
        (("COLGOV",), ("COLREB",), ("160", "161", "164", "120", "125"), "suspended peace talks"),
        (("COLREB",), ("COLMIL",), ("180", "183", "190", "195"), "attacked a military base"),
        (("COLMIL",), ("COLREB",), ("112",), "The army said the fighters"),
        (("COLREB",), ("COLMIL",), ("112",), "accused the armed forces"),
        (("COLGOV",), ("COLREB",), ("020", "027", "024"), "Vera Grabe, called on the group"),
    ],
    also=[
        (("COL", "COLGOV"), ("COLREB",), ("160", "161", "164", "120", "125"), "Colombia suspends peace"),
        (("COLGOV",), ("COLREB",), ("111", "110", "112"), "closes a peace process"),
        (("CUB", "CUBGOV", "NOR", "NORGOV"), ("COLGOV", "COLREB", "COL"), ("030", "031", "036", "039"),
         "remained ready to support"),
        (("COLGOV", "COLREB"), ("COLGOV", "COLREB"), ("057", "080", "087", "083"),
         "signed a six-month bilateral"),
    ],
    none=["founded in 1964", "(c) EFE 2024"],
    parties=[
        ("President Gustavo Petro", "Gustavo Petro", ("COLGOV",)),
        ("National Liberation Army", "National Liberation Army", ("COLREB",)),
        ("negotiator, Vera Grabe", "Vera Grabe", ("COLGOV",)),
        ("called on the group", "the group", ("COLREB",)),
        ("The army said", "army", ("COLMIL",)),
    ],
)

ECOWAS_LIFTS = Story(
    "nan_abuja", "2024-02-24",
    """ECOWAS lifts sanctions on Niger, Guinea

By Sumaila Ogbaje

Abuja, Feb. 24, 2024 (NAN) The Economic Community of West African States (ECOWAS) has lifted the border \
closures and financial sanctions it imposed on Niger after the July 2023 coup.

The decision was announced by the President of the ECOWAS Commission, Dr Omar Touray, at the end of an \
extraordinary summit of the bloc's heads of state in Abuja on Saturday.

Touray said the measures were lifted on humanitarian grounds and urged the military authorities in Niamey \
to release former President Mohamed Bazoum.

The authority also lifted some sanctions on Guinea, but maintained the suspension of Mali, Burkina Faso and \
Niger from its decision-making bodies.

President Bola Tinubu, chairman of the authority, appealed to the three juntas to reconsider their \
decision to withdraw from the regional body.

The three countries announced in January that they would leave ECOWAS, accusing it of being under the \
influence of France.

Niger's junta did not immediately react to the decision.

(NAN)(www.nannews.ng)

Edited by Ali Baba-Inuwa
""",
    events=[
        (("IGO",), ("NER", "NERGOV", "NERMIL"), ("080", "081", "085"), "has lifted the border closures"),
        (("IGO",), ("NERMIL", "NERGOV", "NER"), ("020", "025", "024"), "urged the military authorities"),
        (("IGO",), ("GIN", "GINGOV", "GINMIL"), ("080", "081", "085"), "lifted some sanctions on Guinea"),
        (("NGAGOV", "IGO"), ("MLI", "MLIGOV", "MLIMIL", "BFA", "BFAGOV", "BFAMIL", "NER", "NERGOV",
                             "NERMIL"), ("020", "025", "026"), "appealed to the three juntas"),
    ],
    also=[
        (("IGO",), ("NER", "NERGOV", "GIN", "GINGOV"), ("080", "081", "085"), "ECOWAS lifts sanctions"),
        (("IGO",), ("MLI", "MLIGOV", "BFA", "BFAGOV", "NER", "NERGOV"), ("160", "163", "172"),
         "maintained the suspension"),
        (("MLI", "MLIGOV", "BFA", "BFAGOV", "NER", "NERGOV"), ("IGO",), ("112", "160", "161", "111"),
         "would leave ECOWAS"),
    ],
    none=["By Sumaila Ogbaje", "did not immediately react", "(NAN)(www.nannews.ng)", "Edited by Ali"],
    parties=[
        ("Dr Omar Touray", "Omar Touray", ("IGO",)),
        ("President Bola Tinubu", "Bola Tinubu", ("NGAGOV", "IGO")),
        ("military authorities in Niamey", "military authorities", ("NERMIL", "NERGOV")),
        ("former President Mohamed Bazoum", "Mohamed Bazoum", ("NERELI", "NERGOV")),
        ("Niger's junta", "junta", ("NERMIL", "NERGOV")),
    ],
)

MBANIE = Story(
    "apa_dakar", "2025-05-19",
    """ICJ rules for Equatorial Guinea in island dispute with Gabon

Dakar (APA) – The International Court of Justice (ICJ) on Monday ruled that a 1900 convention between \
France and Spain, and not a 1974 agreement, governs the border between Gabon and Equatorial Guinea, \
including sovereignty over the island of Mbanié.

The court, based in The Hague, rejected Gabon's argument that the 1974 Bata convention gave it title to \
the island.

Equatorial Guinea's Vice President Teodoro Nguema Obiang Mangue welcomed the ruling as "a victory of law".

Gabon's transitional government said in a statement that it took note of the judgment and would study it \
with its lawyers.

The two countries took the dispute to the court in 2016 after years of mediation by the United Nations \
failed.

UN Secretary-General Antonio Guterres praised both governments for their commitment to a peaceful \
settlement.

The island, which covers about 30 hectares, is believed to lie near oil deposits.

Gabon's transitional President Brice Clotaire Oligui Nguema later called his Equatorial Guinean \
counterpart Teodoro Obiang Nguema Mbasogo to congratulate him, the presidency in Libreville said.

The ruling is final and cannot be appealed.

CD/te/APA
""",
    events=[
        (("IGO",), ("GAB", "GABGOV"), ("120", "125", "128"), "rejected Gabon's argument"),
        (("GNQGOV",), ("IGO",), ("050", "051"), "welcomed the ruling"),
        (("IGO",), ("GAB", "GABGOV", "GNQ", "GNQGOV"), ("050", "051"), "praised both governments"),
        (("GABGOV",), ("GNQGOV",), ("040", "042", "043", "046", "050", "051"), "later called his Equatorial"),
    ],
    also=[
        (("IGO",), ("GAB", "GABGOV", "GNQ", "GNQGOV"), ("110", "111", "120", "050", "051"),
         "ruled that a 1900 convention"),
        (("IGO",), ("GAB", "GABGOV", "GNQ", "GNQGOV"), ("110", "111", "120", "050", "051"),
         "ICJ rules for Equatorial"),
        (("GAB", "GABGOV", "GNQ", "GNQGOV"), ("IGO", "GAB", "GABGOV", "GNQ", "GNQGOV"), ("115", "040", "045"),
         "took the dispute to the court"),
        (("GNQGOV",), ("GABGOV",), ("040", "042", "043", "046"), "later called his Equatorial"),
        (("GABGOV",), ("GNQGOV",), ("050", "051", "018"), "later called his Equatorial"),
    ],
    none=["took note of the judgment", "is believed to lie near", "cannot be appealed", "CD/te/APA"],
    parties=[
        ("The International Court of Justice", "International Court of Justice", ("IGO",)),
        ("The court, based", "The court", ("IGO",)),
        ("Teodoro Nguema Obiang Mangue", "Teodoro Nguema Obiang Mangue", ("GNQGOV",)),
        ("Gabon's transitional government", "transitional government", ("GABGOV",)),
        ("Antonio Guterres", "Antonio Guterres", ("IGO",)),
        ("Brice Clotaire Oligui Nguema", "Brice Clotaire Oligui Nguema", ("GABGOV",)),
        ("counterpart Teodoro Obiang Nguema Mbasogo", "Teodoro Obiang Nguema Mbasogo", ("GNQGOV",)),
    ],
)

CSTO_FREEZE = Story(
    "tass_moscow", "2024-02-23",
    """Kremlin says Armenia has not formally notified CSTO of freeze

MOSCOW, February 23. /TASS/. Armenia has not sent any official notification to the Collective Security \
Treaty Organization (CSTO) about freezing its participation in the bloc, Kremlin Spokesman Dmitry Peskov \
told reporters on Friday.

"We have not received any official notices," Peskov said, adding that Moscow would continue its dialogue \
with Yerevan.

On Thursday, Armenian Prime Minister Nikol Pashinyan told France 24 that his country had frozen its \
participation in the CSTO because the alliance had failed to protect Armenia during the border clashes \
with Azerbaijan in 2021 and 2022.

Russian Foreign Ministry Spokeswoman Maria Zakharova accused Western countries of trying to drive a wedge \
between Moscow and Yerevan.

CSTO Secretary General Imangali Tasmagambetov said the organisation had not received a request from \
Yerevan.

Armenia has refused to take part in the bloc's exercises and summits since 2023.

The CSTO comprises Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.
""",
    events=[
        (("ARM", "ARMGOV"), ("IGO",), ("160", "161", "164", "120"), "had frozen its participation"),
        (("RUSGOV",), ("WST", "USA", "IGO"), ("112", "111"), "accused Western countries"),
    ],
    also=[
        (("ARMGOV",), ("IGO",), ("111", "110", "112"), "had frozen its participation"),
        (("RUSGOV", "RUS"), ("ARM", "ARMGOV"), ("030", "036", "040", "043"), "would continue its dialogue"),
        (("ARM", "ARMGOV"), ("IGO",), ("120", "160", "161", "164"), "has refused to take part"),
    ],
    none=["Armenia has not sent any official", "said the organisation had not received",
          "The CSTO comprises"],
    parties=[
        ("Kremlin Spokesman Dmitry Peskov", "Dmitry Peskov", ("RUSGOV",)),
        ("Prime Minister Nikol Pashinyan", "Nikol Pashinyan", ("ARMGOV",)),
        ("Spokeswoman Maria Zakharova", "Maria Zakharova", ("RUSGOV",)),
        ("Secretary General Imangali Tasmagambetov", "Imangali Tasmagambetov", ("IGO",)),
        ("Collective Security Treaty Organization", "Collective Security Treaty Organization", ("IGO",)),
    ],
)

NATO_75 = Story(
    "afp_brussels_nato", "2024-04-04",
    """NATO chief urges allies to send more air defences to Ukraine

BRUSSELS, April 4, 2024 (AFP) - NATO Secretary General Jens Stoltenberg on Thursday urged member states to \
send more air defence systems to Ukraine, as foreign ministers of the alliance marked its 75th anniversary \
in Brussels.

Stoltenberg proposed a five-year fund of 100 billion euros for Kyiv, though several members, including \
Hungary, voiced reservations.

Hungarian Foreign Minister Peter Szijjarto said Budapest would not take part in any NATO mission in \
Ukraine.

Ukrainian Foreign Minister Dmytro Kuleba, who attended the meeting, accused some allies of moving too \
slowly while Russian missiles hit Ukrainian power plants.

Russia said NATO was now "directly involved" in the conflict, Kremlin spokesman Dmitry Peskov told \
reporters in Moscow.

US Secretary of State Antony Blinken met Kuleba on the sidelines and promised that more Patriot systems \
would arrive.

The alliance was founded in Washington on April 4, 1949, by 12 countries.

Belgian police closed several streets around the headquarters for the meeting.
""",
    events=[
        (("RUSGOV", "RUS"), ("IGO",), ("112", "111"), "NATO was now"),
        (("USAGOV",), ("UKRGOV",), ("040", "042", "043", "046"), "met Kuleba on the sidelines"),
    ],
    also=[
        (("IGO",), ("UKR", "UKRGOV"), ("030", "033", "070", "074"), "proposed a five-year fund"),
        (("HUN", "HUNGOV"), ("IGO",), ("111", "110", "120", "125"), "proposed a five-year fund"),
        (("HUNGOV", "HUN"), ("IGO", "UKR"), ("120", "125", "128"), "would not take part"),
        (("UKRGOV",), ("IGO",), ("111", "110", "112"), "accused some allies"),
        (("RUS", "RUSMIL"), ("UKR", "UKRCVL", "UKRBUS"), ("190", "195"), "accused some allies"),
        (("UKRGOV",), ("IGO",), ("040", "042", "043"), "accused some allies"),
        (("UKRGOV",), ("USAGOV",), ("040", "042", "043", "046"), "met Kuleba on the sidelines"),
        (("USAGOV",), ("UKRGOV", "UKR"), ("030", "032", "033", "070", "071", "074"),
         "met Kuleba on the sidelines"),
        (("IGO",), ("UKR", "UKRGOV"), ("020", "021"), "NATO chief urges allies"),
        (("IGO",), ("UKR", "UKRGOV"), ("020", "021"), "urged member states"),
    ],
    none=["The alliance was founded", "Belgian police closed"],
    parties=[
        ("Secretary General Jens Stoltenberg", "Jens Stoltenberg", ("IGO",)),
        ("Foreign Minister Peter Szijjarto", "Peter Szijjarto", ("HUNGOV",)),
        ("Foreign Minister Dmytro Kuleba", "Dmytro Kuleba", ("UKRGOV",)),
        ("spokesman Dmitry Peskov", "Dmitry Peskov", ("RUSGOV",)),
        ("State Antony Blinken", "Antony Blinken", ("USAGOV",)),
        ("Belgian police", "Belgian police", ("BELCOP",)),
    ],
)

DARFUR_REFUGEES = Story(
    "reuters_geneva", "2024-03-08",
    """UNHCR says Sudan refugees pour into Chad as WFP warns of famine

By Emma Farge

GENEVA, March 8 (Reuters) - The U.N. refugee agency said on Friday that more than 20,000 Sudanese refugees \
had crossed into eastern Chad in the past month, as the World Food Programme warned that famine was \
looming in the Darfur region.

UNHCR spokesperson Olga Sarrado told a briefing in Geneva that many of the refugees were women and children \
fleeing attacks by the Rapid Support Forces and allied Arab militias on the Masalit community.

The WFP said it had been unable to deliver food to parts of Darfur because the warring parties had blocked \
its convoys.

The agency urged the Sudanese army and the RSF to allow aid to cross front lines.

Chad's government, which hosts more than 1 million refugees, appealed to donors for more funding.

The RSF denied attacking civilians and said it was ready to facilitate the delivery of aid.

Médecins Sans Frontières (MSF) said one child was dying every two hours in a camp in North Darfur.

(Reporting by Emma Farge; Editing by Gareth Jones)
""",
    events=[
        (("IGO",), ("SDNMIL", "SDN"), ("020", "021", "023"), "The agency urged"),
        (("IGO",), RSF, ("020", "021", "023"), "The agency urged"),
    ],
    also=[
        (("IGO",), RSF, ("112", "111"), "fleeing attacks by the Rapid"),
        (("IGO",), RSF + ("SDN",), ("112", "111"), "had blocked its convoys"),
        (RSF + ("SDN",), ("IGO",), ("120", "170", "171", "172"), "had blocked its convoys"),
        (RSF, ("SDNCVL", "SDN"), ("016",), "The RSF denied"),
        (RSF, ("IGO", "SDNCVL", "SDN"), ("030", "031", "033"), "The RSF denied"),
    ],
    none=["By Emma Farge", "said one child was dying", "(Reporting by Emma"],
    parties=[
        ("spokesperson Olga Sarrado", "Olga Sarrado", ("IGO",)),
        ("The WFP said", "WFP", ("IGO",)),
        ("The agency urged", "The agency", ("IGO",)),
        ("Chad's government", "Chad's government", ("TCDGOV",)),
        ("Médecins Sans Frontières (MSF)", "Médecins Sans Frontières", ("NGO",)),
        ("The RSF denied", "RSF", RSF),
    ],
)

ICC_WARRANT = Story(
    "ap_thehague", "2024-11-27",
    """ICC prosecutor seeks arrest warrant for Myanmar military leader

THE HAGUE, Netherlands (AP) — The International Criminal Court's chief prosecutor on Wednesday asked the \
court's judges to issue an arrest warrant for Myanmar's military leader, Senior Gen. Min Aung Hlaing, for \
crimes against the Rohingya minority.

Prosecutor Karim Khan said his office had evidence that Min Aung Hlaing bore criminal responsibility for \
the deportation and persecution of Rohingya Muslims in 2017.

Myanmar's military government rejected the request, saying it did not recognize the court's jurisdiction.

A spokesman for the junta, Maj. Gen. Zaw Min Tun, accused the court of acting under pressure from Western \
countries.

Bangladesh, which hosts about 1 million Rohingya refugees in camps near Cox's Bazar, welcomed the move.

Human Rights Watch called on the judges to act quickly.

Rohingya refugees in the camps gathered to celebrate the news, community leaders said.

It is not clear when the judges will decide. The court has no police force and relies on member states \
to carry out arrests.

___

Associated Press writer Grant Peck in Bangkok contributed to this report.
""",
    events=[
        (("IGO",), ("MMRMIL", "MMRGOV", "MMR"), ("110", "111", "112", "115", "020"),
         "asked the court's judges"),
        (("MMRGOV", "MMRMIL"), ("IGO",), ("120", "125", "128"), "rejected the request"),
        (("MMRGOV", "MMRMIL"), ("IGO",), ("112", "111"), "accused the court"),
        (("BGD", "BGDGOV"), ("IGO",), ("050", "051"), "welcomed the move"),
        (("NGO",), ("IGO",), ("020",), "Human Rights Watch called on"),
    ],
    also=[
        (("IGO",), ("MMRMIL", "MMRGOV", "MMR"), ("110", "111", "112", "115", "020"), "ICC prosecutor seeks"),
        (("IGO",), ("MMRMIL", "MMRGOV", "MMR"), ("112", "111"), "bore criminal responsibility"),
        (("MMRMIL", "MMRGOV", "MMR"), ("MMRREL", "MMRCVL", "MMR", "MMRREF"), ("180", "174", "175"),
         "bore criminal responsibility"),
    ],
    none=["gathered to celebrate", "It is not clear", "___", "Associated Press writer"],
    parties=[
        ("Prosecutor Karim Khan", "Karim Khan", ("IGO",)),
        ("Senior Gen. Min Aung Hlaing", "Min Aung Hlaing", ("MMRMIL", "MMRGOV")),
        ("Maj. Gen. Zaw Min Tun", "Zaw Min Tun", ("MMRMIL", "MMRGOV")),
        ("Human Rights Watch", "Human Rights Watch", ("NGO",)),
        ("Myanmar's military government", "military government", ("MMRGOV", "MMRMIL")),
        ("accused the court", "the court", ("IGO",)),
    ],
)

EV_TARIFFS = Story(
    "xinhua_brussels", "2024-10-04",
    """China firmly opposes EU tariffs on Chinese electric vehicles

BRUSSELS, Oct. 4 (Xinhua) -- The European Union (EU) on Friday voted to impose additional tariffs of up to \
35.3 percent on electric vehicles imported from China, despite opposition from Germany and four other \
member states.

The European Commission, the bloc's executive arm, said it would continue talks with Beijing on an \
alternative solution in the form of price undertakings.

China's Ministry of Commerce said it firmly opposed the "unfair, non-compliant and unreasonable" \
protectionist practices and urged the EU side to return to dialogue.

The ministry said China would take all necessary measures to safeguard the interests of Chinese companies.

German Chancellor Olaf Scholz had called on the Commission to avoid a trade war.

The China Chamber of Commerce to the EU said it was deeply disappointed by the decision.

Chinese and EU negotiators held an eighth round of technical talks in Brussels last week.

Editor: Liu Fang
""",
    events=[
        (("IGO",), ("CHN", "CHNBUS", "CHNGOV"), ("160", "163", "170", "172"), "voted to impose additional"),
        (("CHNGOV",), ("IGO",), ("111", "110", "120", "125"), "firmly opposed the"),
        (("CHNGOV",), ("IGO",), ("020", "026", "027"), "urged the EU side"),
        (("DEUGOV",), ("IGO",), ("020", "025", "027"), "called on the Commission"),
        (("CHNGOV", "CHN"), ("IGO",), ("040", "042", "043", "046"), "held an eighth round"),
    ],
    also=[
        (("CHNGOV", "CHN"), ("IGO",), ("111", "110", "120", "125"), "China firmly opposes EU"),
        (("IGO",), ("CHN", "CHNBUS", "CHNGOV"), ("160", "163", "170", "172"), "China firmly opposes EU"),
        (("IGO",), ("CHNGOV", "CHN"), ("036", "030", "040", "043"), "would continue talks with Beijing"),
        (("DEU", "DEUGOV"), ("IGO",), ("111", "110", "120", "125"), "voted to impose additional"),
        (("CHNGOV", "CHN"), ("IGO",), ("130", "138", "139"), "all necessary measures"),
        (("CHNBUS",), ("IGO",), ("111", "110"), "deeply disappointed"),
        (("IGO",), ("CHNGOV", "CHN"), ("040", "042", "043", "046"), "held an eighth round"),
    ],
    none=["Editor: Liu Fang"],
    parties=[
        ("The European Commission", "European Commission", ("IGO",)),
        ("China's Ministry of Commerce", "Ministry of Commerce", ("CHNGOV",)),
        ("Chancellor Olaf Scholz", "Olaf Scholz", ("DEUGOV",)),
        ("called on the Commission", "Commission", ("IGO",)),
        ("The China Chamber of Commerce", "China Chamber of Commerce", ("CHNBUS",)),
    ],
)

PRISONER_SWAP = Story(
    "ap_sanaa", "2023-04-14",
    """Yemen's warring sides begin prisoner swap overseen by Red Cross

SANAA, Yemen (AP) — Yemen's internationally recognized government and the Iran-backed Houthi rebels began \
exchanging nearly 900 prisoners on Friday in a swap overseen by the International Committee of the Red \
Cross.

Planes operated by the ICRC flew detainees between Sanaa, Aden, Marib and the Saudi city of Abha, the \
organization said.

The Houthis released 15 Saudi soldiers as part of the deal, while the Saudi-led coalition freed dozens of \
rebel fighters.

The exchange was agreed in talks in Switzerland last month between the two sides, sponsored by the United \
Nations and the ICRC.

U.N. envoy Hans Grundberg welcomed the swap and urged the parties to build on it.

Days earlier, a Saudi delegation held talks with Houthi leaders in Sanaa on reviving a ceasefire that \
expired in October.

Houthi official Mohammed Ali al-Houthi said the rebels would not accept any deal that did not end the \
"aggression and siege".

The war, which began in 2014, has killed more than 150,000 people.
""",
    events=[
        (("YEMGOV",), ("YEMREB",), ("080", "081", "084", "086"), "began exchanging nearly 900"),
        (("YEMREB",), ("YEMGOV",), ("080", "081", "084", "086"), "began exchanging nearly 900"),
        (("YEMREB",), ("SAUMIL", "SAU"), ("080", "084"), "The Houthis released 15 Saudi"),
        (("SAU", "SAUMIL", "SAUGOV", "IGO"), ("YEMREB",), ("080", "084"), "coalition freed dozens"),
        (("IGO",), ("YEMGOV", "YEMREB", "YEM"), ("020", "026", "027"), "urged the parties"),
        (("SAUGOV",), ("YEMREB",), ("040", "042", "043", "046"), "held talks with Houthi leaders"),
    ],
    also=[
        (("YEMGOV", "YEMREB"), ("YEMGOV", "YEMREB"), ("080", "081", "084"), "Yemen's warring sides begin"),
        (("YEMGOV", "YEMREB", "NGO", "IGO"), ("YEMGOV", "YEMREB"), ("030", "040", "057", "080", "084"),
         "The exchange was agreed"),
        (("IGO", "NGO"), ("YEMGOV", "YEMREB"), ("040", "045"), "The exchange was agreed"),
        (("IGO",), ("YEMGOV", "YEMREB", "YEM"), ("050", "051"), "urged the parties"),
        (("YEMREB",), ("SAUGOV",), ("040", "042", "043", "046"), "held talks with Houthi leaders"),
        (("YEMREB",), ("SAU", "SAUGOV"), ("120", "125", "128"), "would not accept any deal"),
    ],
    none=["The war, which began in 2014"],
    parties=[
        ("U.N. envoy Hans Grundberg", "Hans Grundberg", ("IGO",)),
        ("Iran-backed Houthi rebels", "Houthi rebels", ("YEMREB",)),
        ("official Mohammed Ali al-Houthi", "Mohammed Ali al-Houthi", ("YEMREB",)),
        ("International Committee of the Red", "International Committee of the Red", ("NGO", "IGO")),
        ("a Saudi delegation", "Saudi delegation", ("SAUGOV",)),
    ],
)

SADC_GOMA = Story(
    "reuters_harare", "2024-08-17",
    """SADC extends troop mission in eastern Congo as M23 advances

HARARE, Aug 17 (Reuters) - Southern African leaders on Saturday extended the mandate of a regional military \
mission fighting M23 rebels in eastern Democratic Republic of Congo, as the group seized more territory \
near the city of Goma.

The Southern African Development Community (SADC) said at the end of a summit in Harare that the force, \
made up mainly of South African, Tanzanian and Malawian troops, would stay for another year.

The body also called on Rwanda to withdraw its soldiers from Congolese territory.

Rwanda's government spokeswoman Yolande Makolo rejected the demand, saying Kigali had no troops in Congo and \
accusing Kinshasa of arming the FDLR, a militia founded by Hutu extremists.

Congolese President Felix Tshisekedi thanked SADC leaders and said his army would continue to fight the \
rebels.

Earlier in the week, M23 fighters shot down a surveillance drone operated by the Congolese army, a \
spokesman for the group said.

Zimbabwean President Emmerson Mnangagwa took over the rotating chairmanship of the bloc from Angola's Joao \
Lourenco.

Lourenco, who has led mediation efforts in the crisis, said he would host the foreign ministers of the two \
neighbours in Luanda next week.

(Reporting by Nelson Banya; Editing by Frances Kerry)
""",
    events=[
        (("IGO",), ("RWA", "RWAGOV", "RWAMIL"), ("020", "025", "100"), "The body also called on Rwanda"),
        (("RWAGOV",), ("IGO",), ("120", "125", "128"), "rejected the demand"),
        (("RWAGOV",), ("CODGOV", "COD"), ("112",), "accusing Kinshasa"),
        (("CODGOV",), ("IGO",), ("050", "051"), "Tshisekedi thanked"),
        (("CODREB",), ("CODMIL",), ("190", "193", "195", "171"), "shot down a surveillance drone"),
        (("AGOGOV", "AGO"), ("CODGOV", "COD", "RWAGOV", "RWA"), ("036", "040", "043", "045", "046"),
         "would host the foreign ministers"),
    ],
    also=[
        (("IGO",), ("CODREB",), ("190", "193"), "extended the mandate"),
        (("CODREB",), ("COD", "CODMIL", "CODGOV"), ("190", "192"), "extended the mandate"),
        (("CODREB",), ("COD", "CODMIL", "CODGOV"), ("190", "192"), "SADC extends troop"),
        (("CODGOV", "CODMIL"), ("CODREB",), ("130", "138", "190"), "would continue to fight"),
        (("IGO",), ("CODGOV", "COD"), ("030", "031", "032", "033"), "would stay for another year"),
        (("CODGOV", "COD", "RWAGOV", "RWA"), ("AGOGOV", "AGO"), ("036", "040", "042", "046"),
         "would host the foreign ministers"),
        (("CODGOV", "COD", "RWAGOV", "RWA"), ("CODGOV", "COD", "RWAGOV", "RWA"), ("036", "040", "046"),
         "would host the foreign ministers"),
    ],
    none=["took over the rotating chairmanship", "(Reporting by Nelson"],
    parties=[
        ("spokeswoman Yolande Makolo", "Yolande Makolo", ("RWAGOV",)),
        ("President Felix Tshisekedi", "Felix Tshisekedi", ("CODGOV",)),
        ("President Emmerson Mnangagwa", "Emmerson Mnangagwa", ("ZWEGOV",)),
        ("The Southern African Development Community", "Southern African Development Community", ("IGO",)),
        ("M23 fighters shot", "M23 fighters", ("CODREB",)),
        ("accusing Kinshasa", "Kinshasa", ("CODGOV", "COD")),
        ("Lourenco, who has led", "Lourenco", ("AGOGOV",)),
    ],
)

GHANNOUCHI = Story(
    "afp_tunis", "2023-04-18",
    """Tunisia arrests opposition leader Ghannouchi, Amnesty demands release

TUNIS, April 18, 2023 (AFP) - Tunisian police arrested the leader of the Islamist-inspired Ennahdha party, \
Rached Ghannouchi, at his home in Tunis on Monday, his party said, the most prominent opponent of President \
Kais Saied to be detained.

Ennahdha condemned the arrest as "a dangerous development" and called on its supporters to mobilise \
peacefully.

The interior ministry said police had also raided the party's headquarters and ordered it closed.

Amnesty International urged the authorities to release Ghannouchi immediately and to stop targeting critics \
of the president.

The National Salvation Front, an opposition coalition that includes Ennahdha, said it would hold a protest \
in the capital on Friday.

Saied has accused his opponents of plotting against state security and of being responsible for the \
country's economic crisis.

The European Union said it was following developments "with great concern".

Ghannouchi, 81, served as speaker of parliament until Saied suspended it in July 2021.
""",
    events=[
        (("TUNCOP",), ("TUNOPP", "TUNPTY"), ("173", "170"), "Tunisian police arrested"),
        (("TUNOPP", "TUNPTY"), ("TUNCOP", "TUNGOV", "TUN"), ("111", "110", "112"), "condemned the arrest"),
        (("TUNCOP",), ("TUNOPP", "TUNPTY"), ("170", "171", "172", "173", "175"), "raided the party's"),
        (("NGO",), ("TUNGOV", "TUN", "TUNCOP"), ("020", "023", "024", "025"), "Amnesty International urged"),
        (("TUNGOV",), ("TUNOPP", "TUNPTY"), ("112",), "Saied has accused"),
    ],
    also=[
        (("TUN", "TUNCOP", "TUNGOV"), ("TUNOPP", "TUNPTY"), ("173", "170"), "Tunisia arrests opposition"),
        (("NGO",), ("TUNGOV", "TUN"), ("020", "023", "024", "025", "100"), "Amnesty demands release"),
        (("IGO",), ("TUN", "TUNGOV"), ("010", "012", "110", "111"), "with great concern"),
        (("TUNGOV",), ("TUNLEG",), ("172", "170", "175"), "until Saied suspended it"),
    ],
    none=["said it would hold a protest"],
    parties=[
        ("Ennahdha party, Rached Ghannouchi", "Rached Ghannouchi", ("TUNOPP", "TUNPTY")),
        ("President Kais Saied", "Kais Saied", ("TUNGOV",)),
        ("Ennahdha condemned", "Ennahdha", ("TUNOPP", "TUNPTY")),
        ("Amnesty International", "Amnesty International", ("NGO",)),
        ("The National Salvation Front", "National Salvation Front", ("TUNOPP", "TUNPTY")),
        ("The interior ministry", "interior ministry", ("TUNGOV",)),
    ],
)

DELTA_PIPELINE = Story(
    "reuters_lagos", "2023-01-12",
    """Militants blow up pipeline in Nigeria's Delta, Shell says

LAGOS, Jan 12 (Reuters) - Armed men blew up a crude oil pipeline operated by a Shell joint venture in \
Nigeria's Rivers state on Thursday, the company said, halting about 20,000 barrels per day of output.

The Niger Delta Avengers, a militant group that crippled oil production in 2016, claimed responsibility for \
the attack in a statement on its website.

The group said it would continue to target oil facilities until the government paid the region a bigger \
share of oil revenue.

Nigeria's military said troops had arrested 12 suspects in a raid on a camp in the creeks near Port \
Harcourt.

Residents of the nearby community of Bodo accused soldiers of burning homes during the raid, a charge the \
army denied.

Amnesty International called for an independent investigation into the allegations.

Shell, which has been selling its onshore assets in Nigeria, declined to comment on the security situation.

Oil prices rose by 1% on Thursday.

(Reporting by Camillus Eboh; Editing by Jason Neely)
""",
    events=[
        (("NGAREB",), ("NGABUS", "MNC", "GBRBUS", "NLDBUS", "NGA", "BUS"), ("180", "183", "186", "190"),
         "claimed responsibility for"),
        (("NGAREB",), ("NGAGOV", "NGA"), ("130", "138", "139"), "would continue to target oil"),
        (("NGACVL",), ("NGAMIL",), ("112",), "accused soldiers of burning"),
    ],
    also=[
        (("NGAUAF", "NGAREB"), ("NGABUS", "MNC", "GBRBUS", "NLDBUS", "NGA", "BUS"), ("180", "183", "186"),
         "Armed men blew up"),
        (("NGAREB",), ("NGABUS", "MNC", "GBRBUS", "NLDBUS", "NGA", "BUS"), ("180", "183", "186"),
         "Militants blow up pipeline"),
        (("NGAMIL",), ("NGAREB", "NGACVL", "NGA", "NGACRM"), ("173", "170", "171"), "had arrested 12"),
        (("NGAMIL",), ("NGACVL",), ("016", "120"), "a charge the army denied"),
        (("NGO",), ("NGAGOV", "NGAMIL", "NGA"), ("020", "024", "028"), "called for an independent"),
    ],
    none=["declined to comment", "Oil prices rose", "(Reporting by Camillus"],
    parties=[
        ("The Niger Delta Avengers", "Niger Delta Avengers", ("NGAREB",)),
        ("The group said", "The group", ("NGAREB",)),
        ("Nigeria's military", "military", ("NGAMIL",)),
        ("Residents of the nearby", "Residents", ("NGACVL",)),
        ("Amnesty International", "Amnesty International", ("NGO",)),
    ],
)

HLCC = Story(
    "anadolu_ankara_plans", "2023-11-12",
    """Türkiye, Greece to hold High-Level Cooperation Council next month

Ankara

Burak Dag |12.11.2023 - Update : 12.11.2023

Türkiye and Greece will hold a meeting of their High-Level Cooperation Council in Athens on Dec. 7, \
Turkish diplomatic sources said on Sunday.

President Recep Tayyip Erdogan is expected to travel to the Greek capital for the meeting, the first such \
visit since 2017.

If the talks go well, the two countries could sign agreements on trade, energy and migration, the sources \
said.

Greek government spokesman Pavlos Marinakis denied reports that Athens had agreed to discuss the \
demilitarization of Aegean islands.

Some Greek media have claimed that Ankara is preparing to send a research vessel to disputed waters, but \
officials in Ankara have not commented.

Analysts say the thaw could be tested by any new crisis over migrants or energy exploration.

The two neighbors came close to war over the islets of Kardak, known as Imia in Greek, in 1996.

In football, Galatasaray beat Fenerbahce 2-1 in the Istanbul derby on Saturday.

Also read: Türkiye, Greece foreign ministers meet in Ankara
""",
    events=[
        (("TUR", "TURGOV"), ("GRC", "GRCGOV"), ("036", "040", "043", "046"), "will hold a meeting"),
    ],
    also=[
        (("GRC", "GRCGOV"), ("TUR", "TURGOV"), ("036", "040", "043", "046"), "will hold a meeting"),
        (("TUR", "TURGOV", "GRC", "GRCGOV"), ("GRC", "GRCGOV", "TUR", "TURGOV"), ("036", "040", "043", "046"),
         "Türkiye, Greece to hold"),
        (("TURGOV",), ("GRC", "GRCGOV"), ("036", "040", "042"), "is expected to travel"),
        (("GRC", "GRCGOV"), ("TURGOV",), ("036", "040", "043"), "is expected to travel"),
    ],
    none=["Burak Dag |", "If the talks go well", "denied reports that Athens", "Some Greek media",
          "Analysts say the thaw", "came close to war", "In football, Galatasaray", "Also read:"],
    parties=[
        ("President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", ("TURGOV",)),
        ("spokesman Pavlos Marinakis", "Pavlos Marinakis", ("GRCGOV",)),
    ],
)

MUSCAT_VISIT = Story(
    "qna_muscat", "2023-11-05",
    """Qatar, Oman sign agreements, issue joint statement at end of Amir's visit

Muscat, November 5 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani and His Majesty Sultan \
Haitham bin Tarik of Oman witnessed on Sunday the signing of five memoranda of understanding between the two \
countries in the fields of investment, energy, education, health and media.

At the end of the visit, Qatar and Oman issued a joint statement in which the two sides affirmed their \
support for the efforts of the Gulf Cooperation Council (GCC) to strengthen regional security.

The statement said the two leaders discussed the situation in the Gaza Strip and called for an immediate \
and lasting ceasefire.

His Highness the Amir later received a phone call from President of the Islamic Republic of Iran Dr. \
Ebrahim Raisi, during which they reviewed bilateral relations and regional developments.

Earlier, His Highness the Amir arrived in Muscat on a two-day state visit and was received at Al Alam \
Palace by His Majesty the Sultan.

The Amir also met with the GCC Secretary-General Jasem Mohamed Albudaiwi, who briefed him on the \
preparations for the Council's summit in Doha next month.

Qatar and Oman are both members of the GCC, along with Saudi Arabia, the UAE, Kuwait and Bahrain.

QNA/AB
""",
    events=[
        (("QATGOV", "QAT"), ("OMNGOV", "OMN"), ("057", "050", "030", "031"),
         "witnessed on Sunday the signing"),
        (("IRNGOV",), ("QATGOV",), ("040", "042", "043", "046"), "received a phone call from President"),
        (("QATGOV",), ("OMN", "OMNGOV"), ("042", "040", "043", "046"), "arrived in Muscat"),
        (("QATGOV",), ("IGO",), ("040", "042", "043", "046"), "met with the GCC"),
    ],
    also=[
        (("OMNGOV", "OMN"), ("QATGOV", "QAT"), ("057", "050", "030", "031"),
         "witnessed on Sunday the signing"),
        (("QATGOV", "QAT", "OMNGOV", "OMN"), ("QATGOV", "QAT", "OMNGOV", "OMN"), ("057", "050", "030", "031"),
         "Qatar, Oman sign agreements"),
        (("QAT", "QATGOV", "OMN", "OMNGOV"), ("QAT", "QATGOV", "OMN", "OMNGOV"), ("057", "050", "030", "031"),
         "issued a joint statement"),
        (("QAT", "QATGOV", "OMN", "OMNGOV"), ("IGO",), ("050", "051"), "issued a joint statement"),
        (("QATGOV", "OMNGOV"), ("QATGOV", "OMNGOV"), ("040", "046"), "the two leaders discussed"),
        (("QATGOV",), ("IRNGOV",), ("040", "042", "043", "046"), "received a phone call from President"),
        (("OMNGOV", "OMN"), ("QATGOV",), ("043", "040", "042", "046"), "arrived in Muscat"),
        (("IGO",), ("QATGOV",), ("040", "042", "043", "046"), "met with the GCC"),
        (("QATGOV", "QAT"), ("OMNGOV", "OMN"), ("042", "043", "040"), "at end of Amir's visit"),
    ],
    none=["are both members of the GCC", "QNA/AB"],
    parties=[
        ("Sheikh Tamim bin Hamad Al-Thani", "Tamim bin Hamad Al-Thani", ("QATGOV",)),
        ("Sultan Haitham bin Tarik", "Haitham bin Tarik", ("OMNGOV",)),
        ("Dr. Ebrahim Raisi", "Ebrahim Raisi", ("IRNGOV",)),
        ("Secretary-General Jasem Mohamed Albudaiwi", "Jasem Mohamed Albudaiwi", ("IGO",)),
        ("His Highness the Amir later", "Amir", ("QATGOV",)),
        ("Gulf Cooperation Council (GCC)", "Gulf Cooperation Council", ("IGO",)),
    ],
)

STORIES: list[Story] = [AU_SUDAN, TEMPLE, KHOST, BUOY, SPY_SATELLITE, LUANG_PRABANG, SISI_CALL,
                        ARAB_LEAGUE_SUDAN, EU_DRONES, TERROR_LIST, ARAUCA, ECOWAS_LIFTS, MBANIE, CSTO_FREEZE,
                        NATO_75, DARFUR_REFUGEES, ICC_WARRANT, EV_TARIFFS, PRISONER_SWAP, SADC_GOMA,
                        GHANNOUCHI, DELTA_PIPELINE, HLCC, MUSCAT_VISIT]


if __name__ == "__main__":
    main(STORIES, "stories25")
