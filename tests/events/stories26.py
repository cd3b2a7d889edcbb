"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (twenty-fourth
session, wip/stories26): conflict and crisis reporting, reaction paragraphs and chains of reported speech.

Written in our own words before the coder ran on any of them, in the house styles of AP ("DEIR
AL-BALAH, Gaza Strip (AP) —", "___" and the "contributed to this report" line), Reuters ("(Reporting by
...; Editing by ...)"), AFP ("bur-jxb/rmb"), DPA ("Brussels (dpa) -" and its tail codes), Al Jazeera (live
blog "10:42 GMT -" time stamps and "Read more:" lines), Xinhua ("BEIJING, Dec. 21 (Xinhua) --", "X urges
Y to ..., the spokesperson added"), RFE/RL (undated leads, "RFE/RL's ... Service contributed"), the Kyiv
Independent ("Editor's note: This story has been corrected ...", "Key developments:" bullets), the Times
of Israel, Dawn (bare "ISLAMABAD:" datelines), The Hindu (a city alone on its line) and the Daily Nation
("This story has been corrected to show ..."). They are weighted to what stories22-25 cover little:

* conflict and crisis: strikes and shelling claimed by one side and denied by the other, casualty
  figures from health ministries, ceasefire talks with mediators (Qatar, Egypt, the UAE, Turkey, Angola),
  sanctions rounds, expulsions and recalls of diplomats, a detained journalist, protests broken up by
  police, fishermen arrested at sea, an IED and unknown gunmen;
* reaction paragraphs: one sentence per reacting party, several parties in one sentence ("Sri Lanka
  called for restraint, the United States said it was 'deeply concerned', and China said it was closely
  monitoring"), three states condemning in one joint statement;
* chains of reported speech: "A said B had told C that D would ...", "according to a statement from",
  anonymous officials and sources, spokespeople named once and then "the spokesman" / "the spokesperson";
* criticism and accusation as copy writes it: "slammed", "took aim at", "lashed out at", "accused ... of",
  "blamed ... for", "dismissed ... as", "held ... responsible", "called the attack ...";
* stories25's leftover classes: "the two sides" and "both sides" far from the pair, an honorific
  splitting a name ("Thiru M.K. Stalin", "Shri S. Jaishankar"), "the body" / "the court" / "the
  mission", an unknown armed group ("An armed group calling itself ...", "unknown gunmen"), "the foreign
  ministers of A, B and C";
* non-events: history, an anniversary-like background line, plans, a condition ("If a deal is reached"),
  rumours ("Unconfirmed reports ... said"), analysts' views, sports, market reports and agency furniture.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, "A said B attacked C" is A -> B 112 alone, a conditional or a denial is
no act, a phone call is 040 both ways.

Run `python tests/events/stories26.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories26 at ed66591, main's code 841eb7c, before any change): of the 124 required events 58
were coded at country + root and 50 at actor + root; of the coded triples 52 were right, 19 accepted, none
duplicated and 42 wrong; 4 of the 68 non-event paragraphs were coded; of 106 parties 80 were right, 6
wrong and 20 unresolved.

Four lists were corrected after the first run, where the coder's reading is the guide's and the list had
missed it: fishermen are the codebook's AGR sector (INDAGR accepted beside INDCVL), a state visit is a
042 / 043 pair (Mongolia hosting Putin, MNG -> RUSGOV 043, accepted), and a denial of an attack may be
the codebook's 016 (deny responsibility: Kigali's and Hamas's denials accepted as 016). Main scored on the
corrected lists: 58 / 51; right 53, accepted 21, duplicated 0, wrong 39; non-events coded 4 of 68; parties
80 / 6 / 20.

After the branch's fixes (wip/stories26: an act of force named later by a noun of its kind, a reply to the
accusation against its own country, a nationality on a possessor over the dateline, "the spokesman /
spokeswoman / spokesperson" linked whichever word): 63 / 56; right 61, accepted 20, duplicated 0, wrong
40; non-events coded 4 of 68; parties right 81, wrong 7, unresolved 18. What still fails is a strict xfail
in tests/events/test_stories26.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

GAZA_SCHOOL = Story(
    "ap_deir_al_balah", "2024-07-11",
    """Israeli strike on Gaza school kills 22, health officials say

DEIR AL-BALAH, Gaza Strip (AP) — An Israeli airstrike hit a school sheltering displaced families in \
central Gaza on Thursday, killing at least 22 people, according to the Health Ministry in the Hamas-run \
territory.

The Israeli military said its aircraft had struck a Hamas command center inside the compound and accused \
the militant group of using civilians as human shields.

Hamas denied that any of its fighters were in the building and called the military's account "a blatant \
lie."

The ministry does not distinguish between civilians and combatants in its count.

Associated Press footage showed rescuers pulling children from the rubble.

Egypt condemned the strike, and Jordan's Foreign Ministry said it held Israel fully responsible for the \
deaths.

The U.N. human rights office called for an independent investigation.

Analysts say the pace of strikes on shelters is likely to rise before any cease-fire takes effect.

___

Associated Press writer Samy Magdy in Cairo contributed to this report.
""",
    events=[
        (("ISR", "ISRMIL"), ("PSECVL", "PSE", "PSEREB"), ("190", "195", "180"), "An Israeli airstrike hit"),
        (("ISRMIL",), ("PSEREB",), ("112", "111"), "accused the militant group"),
        (("EGY", "EGYGOV"), ("ISR", "ISRMIL"), ("111", "110", "112"), "Egypt condemned the strike"),
        (("JORGOV",), ("ISR", "ISRMIL", "ISRGOV"), ("112", "111", "110"), "held Israel fully responsible"),
    ],
    also=[
        (("ISRMIL",), ("PSEREB",), ("190", "195"), "its aircraft had struck"),
        (("PSEREB",), ("ISRMIL",), ("111", "112", "120", "125", "016"), "Hamas denied that"),
        (("IGO",), ("ISR", "ISRMIL"), ("020", "090", "100"), "The U.N. human rights office"),
    ],
    none=["The ministry does not distinguish", "Associated Press footage", "Analysts say the pace",
          "Samy Magdy in Cairo"],
    parties=[
        ("The Israeli military said", "Israeli military", ("ISRMIL",)),
        ("Hamas denied", "Hamas", ("PSEREB",)),
        ("Jordan's Foreign Ministry", "Jordan's Foreign Ministry", ("JORGOV",)),
        ("The U.N. human rights office", "U.N. human rights office", ("IGO",)),
    ],
)

CAIRO_TALKS = Story(
    "reuters_cairo", "2024-08-16",
    """Gaza ceasefire talks end without deal, mediators to meet again next week

CAIRO, Aug 16 (Reuters) - Two days of Gaza ceasefire talks in Doha ended on Friday without an agreement, \
and mediators from Qatar, Egypt and the United States said they would meet again in Cairo next week.

In a joint statement, the three mediators said they had presented both Israel and Hamas with a bridging \
proposal that narrowed the remaining gaps.

Hamas, which did not attend the Doha round, accused Israeli Prime Minister Benjamin Netanyahu of adding \
new conditions to sabotage a deal.

Netanyahu's office rejected the charge and said the pressure should be on Hamas, not on Israel.

A senior U.S. official told reporters on condition of anonymity that Secretary of State Antony Blinken \
would travel to Israel on Saturday to press for an agreement.

An Egyptian source said Cairo had told the Hamas leadership that Israel would accept a phased withdrawal \
from the Philadelphi corridor, a claim Israeli officials did not confirm.

If a deal is reached, the first phase would see the release of 33 hostages, the source said.

Iran, which had threatened to retaliate against Israel for the killing of Hamas leader Ismail Haniyeh in \
Tehran, has been urged by Western governments to hold off while the talks continue.

Oil prices fell more than 1% on hopes of a truce.

(Reporting by Nidal al-Mughrabi and Maayan Lubell; Editing by Alison Williams)
""",
    events=[
        (("QAT", "QATGOV", "EGY", "EGYGOV", "USA", "USAGOV"), ("ISR", "ISRGOV", "PSEREB"), ("030", "036",
         "033",
         "034", "035", "039", "038", "031"), "they had presented both Israel"),
        (("PSEREB",), ("ISRGOV",), ("112", "111"), "accused Israeli Prime Minister"),
        (("ISRGOV",), ("PSEREB",), ("120", "125", "128", "100", "110", "111", "016"), "rejected the charge"),
        (("USAGOV",), ("ISR", "ISRGOV"), ("042", "043", "032", "040"), "would travel to Israel"),
    ],
    also=[
        (("QAT", "QATGOV", "EGY", "EGYGOV", "USA", "USAGOV"), ("QAT", "QATGOV", "EGY", "EGYGOV", "USA",
         "USAGOV"), ("040", "043", "036", "046"), "would meet again in Cairo"),
        (("EGY", "EGYGOV"), ("PSEREB",), ("010", "040", "030"), "Cairo had told the Hamas"),
        (("ISR", "ISRGOV"), ("EGY", "EGYGOV", "PSEREB"), ("030", "081", "087", "080"),
         "Cairo had told the Hamas"),
        (("USAGOV",), ("ISR", "ISRGOV"), ("020", "030", "036"), "would travel to Israel"),
        (("IRN", "IRNGOV"), ("ISR", "ISRGOV"), ("130", "138"), "Iran, which had threatened"),
        (("USA", "GBR", "FRA", "DEU", "EUR", "WST", "USAGOV"), ("IRN", "IRNGOV"), ("020", "026", "027"),
         "Iran, which had threatened"),
    ],
    none=["If a deal is reached", "Oil prices fell", "(Reporting by Nidal"],
    parties=[
        ("accused Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", ("ISRGOV",)),
        ("Netanyahu's office", "Netanyahu's office", ("ISRGOV",)),
        ("Secretary of State Antony Blinken", "Antony Blinken", ("USAGOV",)),
        ("Hamas, which did not attend", "Hamas", ("PSEREB",)),
    ],
)

WARSAW_EXPULSION = Story(
    "afp_warsaw", "2024-05-22",
    """Poland expels Russian diplomats over sabotage plot, Moscow vows response

WARSAW, May 22, 2024 (AFP) - Poland on Wednesday ordered three Russian diplomats to leave the country \
within five days, accusing Moscow of directing a wave of arson attacks on Polish shopping centres.

Foreign Minister Radoslaw Sikorski said the diplomats had been declared "persona non grata" and that the \
Russian consulate in Poznan would be closed.

"We will not allow Russia to wage a hybrid war on Polish soil," Sikorski told reporters in Warsaw.

Prosecutors charged nine people, mostly Belarusian and Ukrainian citizens, with acting on behalf of \
Russian intelligence.

The Russian foreign ministry's spokeswoman, Maria Zakharova, dismissed the accusations as "spy mania" \
and said Moscow would respond "in a mirror manner".

The spokeswoman also accused Warsaw of trying to sabotage relations between the two peoples.

Lithuania and Latvia said they stood with Poland, while the European Union's top diplomat Josep Borrell \
called the plot "a direct threat to the security of the Union".

Poland and Russia broke off most cultural exchanges after the 2022 invasion of Ukraine.

Poland's next presidential election is due in May 2025.

bur-jxb/rmb
""",
    events=[
        (("POL", "POLGOV"), ("RUS", "RUSGOV"), ("166", "160", "161"), "ordered three Russian diplomats"),
        (("POL", "POLGOV"), ("RUS", "RUSGOV"), ("112", "111"), "accusing Moscow of directing"),
        (("RUSGOV",), ("POL", "POLGOV"), ("120", "125", "111", "112", "016"), "dismissed the accusations"),
        (("RUSGOV",), ("POL", "POLGOV"), ("130", "131", "138"), "dismissed the accusations"),
        (("RUSGOV",), ("POL", "POLGOV"), ("112", "111"), "The spokeswoman also accused"),
    ],
    also=[
        (("POLGOV",), ("RUS", "RUSGOV"), ("166", "160", "161", "112", "111"), "Foreign Minister Radoslaw"),
        (("POLGOV",), ("RUS", "RUSGOV"), ("130", "138", "111", "112", "010"), "We will not allow Russia"),
        (("POL", "POLGOV"), ("RUS", "RUSGOV"), ("166", "160", "161"), "Poland expels Russian"),
        (("RUS", "RUSGOV"), ("POL", "POLGOV"), ("130", "131", "138"), "Moscow vows response"),
        (("POL", "POLGOV", "POLJUD"), ("BLR", "UKR", "BLRCVL", "UKRCVL", "POLCRM"), ("112", "111", "173"),
         "Prosecutors charged nine"),
        (("LTU", "LVA", "LTUGOV", "LVAGOV"), ("POL", "POLGOV"), ("050", "051", "010"), "stood with Poland"),
        (("IGO",), ("RUS", "RUSGOV"), ("111", "112"), "called the plot"),
    ],
    none=["broke off most cultural exchanges", "presidential election is due", "bur-jxb/rmb"],
    parties=[
        ("Foreign Minister Radoslaw Sikorski", "Radoslaw Sikorski", ("POLGOV",)),
        ("spokeswoman, Maria Zakharova", "Maria Zakharova", ("RUSGOV",)),
        ("The spokeswoman also", "spokeswoman", ("RUSGOV",)),
        ("top diplomat Josep Borrell", "Josep Borrell", ("IGO",)),
    ],
)

IRAN_SANCTIONS = Story(
    "dpa_brussels", "2024-10-14",
    """EU imposes new sanctions on Iran over missile deliveries to Russia

Brussels (dpa) - The European Union on Monday imposed sanctions on seven Iranian individuals and seven \
entities over the delivery of ballistic missiles to Russia for use in the war against Ukraine.

The measures, agreed by the bloc's foreign ministers in Luxembourg, include a ban on flights by Iran Air \
to EU airports.

EU foreign policy chief Josep Borrell said the transfers were "a serious escalation" and called on \
Tehran to stop them immediately.

Iran's Foreign Ministry spokesman Esmaeil Baqaei condemned the decision as "illegal" and said Tehran \
would take "proportionate measures".

The spokesman denied that Iran had sent any missiles to Russia.

German Foreign Minister Annalena Baerbock said Berlin had summoned Iran's ambassador on Friday to \
demand an end to the deliveries.

Hungary had held up the package for a week before agreeing to it, diplomats said.

The EU first sanctioned Iranian drone makers in 2022.

dpa ab/cd
""",
    events=[
        (("IGO",), ("IRN", "IRNCVL", "IRNBUS", "IRNGOV"), ("163", "160"), "imposed sanctions on seven"),
        (("IGO",), ("IRN", "IRNGOV"), ("020", "023", "024", "026", "100", "111"), "called on Tehran"),
        (("IRNGOV",), ("IGO",), ("111", "110", "112"), "condemned the decision"),
        (("DEUGOV",), ("IRNGOV", "IRN"), ("114", "110", "111"), "summoned Iran's ambassador"),
    ],
    also=[
        (("IGO",), ("IRN", "IRNCVL", "IRNBUS", "IRNGOV"), ("163", "160"), "EU imposes new sanctions"),
        (("IRNGOV",), ("IGO",), ("130", "131", "138"), "proportionate measures"),
        (("IGO",), ("IRN", "IRNBUS"), ("163", "160", "161"), "include a ban on flights"),
        (("IGO",), ("IRN", "IRNGOV"), ("111", "112"), "a serious escalation"),
        (("DEUGOV",), ("IRNGOV", "IRN"), ("100", "101", "102", "103"), "summoned Iran's ambassador"),
        (("HUN", "HUNGOV"), ("IGO",), ("120", "128"), "Hungary had held up"),
    ],
    none=["first sanctioned Iranian drone", "dpa ab/cd"],
    parties=[
        ("EU foreign policy chief Josep Borrell", "Josep Borrell", ("IGO",)),
        ("spokesman Esmaeil Baqaei", "Esmaeil Baqaei", ("IRNGOV",)),
        ("The spokesman denied", "spokesman", ("IRNGOV",)),
        ("Foreign Minister Annalena Baerbock", "Annalena Baerbock", ("DEUGOV",)),
    ],
)

LEBANON_LIVE = Story(
    "aljazeera_live", "2024-09-24",
    """Israel-Lebanon live: Israeli strikes hit south Lebanon as Hezbollah fires rockets

10:42 GMT - Israeli strikes kill 12 in south Lebanon, health ministry says

Israeli air strikes on villages in south Lebanon killed at least 12 people on Tuesday morning, Lebanon's \
health ministry said.

The Israeli army said it had hit about 300 Hezbollah targets overnight, including rocket launchers.

11:05 GMT - Hezbollah says it targeted Israeli base near Haifa

Hezbollah said its fighters had fired a barrage of rockets at an Israeli military base near Haifa in \
response to the strikes.

An Israeli military spokesman said most of the rockets had been intercepted.

11:30 GMT - Lebanon's PM accuses Israel of 'war of extermination'

Lebanon's caretaker Prime Minister Najib Mikati accused Israel of waging "a war of extermination" and \
urged the UN Security Council to act.

11:52 GMT - France calls emergency Security Council meeting

France has requested an emergency meeting of the UN Security Council on Lebanon, Foreign Minister \
Jean-Noel Barrot said, adding that Paris was "deeply worried".

12:10 GMT - Read more: How the Israel-Hezbollah conflict began

12:25 GMT - Schools remain closed across the south

Schools in south Lebanon will stay closed for the rest of the week, the education ministry said.
""",
    events=[
        (("ISR", "ISRMIL"), ("LBN", "LBNCVL"), ("190", "195"), "Israeli air strikes on villages"),
        (("ISRMIL",), ("LBNREB",), ("190", "195"), "had hit about 300 Hezbollah"),
        (("LBNREB",), ("ISRMIL", "ISR"), ("190", "194", "195"), "had fired a barrage"),
        (("LBNGOV",), ("ISR", "ISRMIL"), ("112", "111"), "Najib Mikati accused Israel"),
        (("LBNGOV",), ("IGO",), ("020", "023", "025", "026", "027"), "urged the UN Security Council"),
    ],
    also=[
        (("ISR", "ISRMIL"), ("LBN", "LBNCVL"), ("190", "195"), "Israeli strikes kill 12"),
        (("LBNREB",), ("ISRMIL", "ISR"), ("190", "194", "195"), "Hezbollah says it targeted"),
        (("LBNGOV",), ("ISR", "ISRMIL"), ("112", "111"), "Lebanon's PM accuses Israel"),
        (("FRA", "FRAGOV"), ("IGO",), ("020", "040", "036"), "requested an emergency meeting"),
        (("FRA", "FRAGOV"), ("IGO",), ("020", "040", "036"), "France calls emergency"),
    ],
    none=["Read more: How the Israel", "Schools in south Lebanon", "Schools remain closed"],
    parties=[
        ("Lebanon's health ministry", "health ministry", ("LBNGOV", "LBNHLH")),
        ("The Israeli army", "Israeli army", ("ISRMIL",)),
        ("Prime Minister Najib Mikati", "Najib Mikati", ("LBNGOV",)),
        ("Jean-Noel Barrot said", "Jean-Noel Barrot", ("FRAGOV",)),
    ],
)

TAIWAN_ARMS = Story(
    "xinhua_beijing", "2024-12-21",
    """China firmly opposes U.S. arms sales to Taiwan region: spokesperson

BEIJING, Dec. 21 (Xinhua) -- China on Saturday lashed out at the United States over its latest arms \
sales to China's Taiwan region and announced countermeasures against U.S. defense companies.

A spokesperson for the Chinese Foreign Ministry said the U.S. move seriously violated the one-China \
principle and sent a wrong signal to "Taiwan independence" separatist forces.

The spokesperson said China had lodged stern representations with the U.S. side.

The U.S. State Department had approved the sale of 295 million U.S. dollars in spare parts and tactical \
radios to the island on Friday.

China urges the United States to stop arming Taiwan and to stop creating factors that could lead to \
tensions in the Taiwan Strait, the spokesperson added.

The Ministry of Commerce said it would add seven U.S. firms to its unreliable entity list.

Observers said the sale was unlikely to change the military balance across the Strait.

Taiwan is an inalienable part of China's territory, according to the one-China principle.
""",
    events=[
        (("CHN", "CHNGOV"), ("USA", "USAGOV"), ("111", "110", "112"), "lashed out at the United States"),
        (("CHNGOV", "CHN"), ("USA", "USAGOV"), ("114", "110", "111"), "had lodged stern representations"),
        (("USAGOV", "USA"), ("TWN", "TWNGOV"), ("070", "061", "062", "071", "060"), "had approved the sale"),
        (("CHN", "CHNGOV"), ("USA", "USAGOV"), ("020", "100", "106", "107", "023", "026"),
         "China urges the United States"),
    ],
    also=[
        (("CHN", "CHNGOV"), ("USA", "USAGOV"), ("111", "110", "112", "120"), "China firmly opposes"),
        (("CHN", "CHNGOV"), ("USABUS", "USA"), ("163", "160", "130"), "announced countermeasures"),
        (("CHNGOV",), ("USA", "USAGOV"), ("111", "112"), "seriously violated"),
        (("CHNGOV",), ("USABUS", "USA"), ("163", "160", "130", "131"), "unreliable entity list"),
    ],
    none=["Observers said the sale", "Taiwan is an inalienable"],
    parties=[
        ("A spokesperson for the Chinese Foreign Ministry", "spokesperson", ("CHNGOV",)),
        ("The U.S. State Department", "U.S. State Department", ("USAGOV",)),
        ("The Ministry of Commerce", "Ministry of Commerce", ("CHNGOV",)),
    ],
)

MINSK_JOURNALIST = Story(
    "rferl_minsk", "2024-03-05",
    """Belarus Detains RFE/RL Journalist On 'Extremism' Charges

Belarusian authorities have detained a freelance journalist who contributed to RFE/RL's Belarus Service \
and charged him with taking part in an "extremist formation," his family says.

Ihar Karnei was detained in Minsk on March 1, his wife told RFE/RL, adding that officers of the KGB had \
searched their apartment and seized his laptop.

RFE/RL President Stephen Capus condemned the arrest and called on the Belarusian authorities to release \
Karnei immediately.

The U.S. State Department said Washington was "deeply concerned" and urged Minsk to free all journalists \
held for their work.

Belarus's Interior Ministry has designated RFE/RL's Belarus Service an extremist organization, making \
any cooperation with it punishable by up to seven years in prison.

Lithuania, which hosts many exiled Belarusian journalists, summoned Belarus's charge d'affaires over the \
case, the Lithuanian Foreign Ministry said.

Authoritarian ruler Alyaksandr Lukashenka has ruled Belarus since 1994.

The Belarusian Association of Journalists says at least 35 media workers are behind bars in the country.

Karnei, 55, had previously been jailed in 2023 for 90 days.
""",
    events=[
        (("BLR", "BLRGOV", "BLRSPY", "BLRCOP"), ("BLRMED",), ("173", "170"),
         "Belarusian authorities have detained"),
        (("NGO", "USAMED", "MED"), ("BLR", "BLRGOV"), ("111", "110", "112"), "Stephen Capus condemned"),
        (("NGO", "USAMED", "MED"), ("BLR", "BLRGOV"), ("020", "024", "025", "100", "108"),
         "Stephen Capus condemned"),
        (("USAGOV",), ("BLR", "BLRGOV"), ("020", "024", "025", "100", "108"), "urged Minsk to free"),
        (("LTU", "LTUGOV"), ("BLR", "BLRGOV"), ("114", "110", "111"), "summoned Belarus's charge"),
    ],
    also=[
        (("BLR", "BLRGOV", "BLRSPY", "BLRCOP"), ("BLRMED",), ("173", "170"), "Belarus Detains RFE/RL"),
        (("BLRSPY", "BLRGOV", "BLRCOP"), ("BLRMED", "BLRCVL"), ("173", "170", "171"),
         "was detained in Minsk"),
        (("BLRGOV",), ("NGO", "USAMED", "BLRMED", "MED"), ("172", "170", "111"), "has designated RFE/RL"),
        (("USAGOV",), ("BLR", "BLRGOV"), ("111", "110"), "deeply concerned"),
    ],
    none=["has ruled Belarus since 1994", "Association of Journalists says", "Karnei, 55, had previously"],
    parties=[
        ("RFE/RL President Stephen Capus", "Stephen Capus", ("NGO", "USAMED", "MED")),
        ("The U.S. State Department", "U.S. State Department", ("USAGOV",)),
        ("Belarus's Interior Ministry", "Belarus's Interior Ministry", ("BLRGOV",)),
        ("the Lithuanian Foreign Ministry", "Lithuanian Foreign Ministry", ("LTUGOV",)),
    ],
)

KHARKIV_SHELLING = Story(
    "kyivindependent_kharkiv", "2024-05-26",
    """Russian strike on Kharkiv hardware store kills 16, Zelensky calls for more air defense

Editor's note: This story has been corrected to show that the strike took place on Saturday, not Friday.

Russian forces struck a crowded hardware store in Kharkiv with two guided aerial bombs on May 25, \
killing at least 16 people and injuring over 40, Kharkiv Oblast Governor Oleh Syniehubov said.

Key developments:

- Russia hits Kharkiv hypermarket with guided bombs, killing 16.

- Zelensky urges partners to lift limits on Western weapons.

- Ukraine's military says it shot down 24 of 31 drones overnight.

President Volodymyr Zelensky called the attack "another manifestation of Russian madness" and urged \
Ukraine's partners to provide two more Patriot systems for the city.

The Russian Defense Ministry claimed its forces had struck a Ukrainian army depot in the area, without \
offering evidence.

Ukraine's Air Force said it had shot down 24 of 31 Shahed-type drones launched by Russia overnight.

The head of the Kharkiv regional administration said rescuers were still searching the rubble.

Kharkiv, Ukraine's second-largest city, lies about 30 kilometers from the Russian border.

Russia launched its full-scale invasion of Ukraine in February 2022.
""",
    events=[
        (("RUS", "RUSMIL"), ("UKR", "UKRCVL", "UKRBUS"), ("190", "195", "180"),
         "Russian forces struck a crowded"),
        (("UKRGOV",), ("RUS", "RUSMIL", "RUSGOV"), ("111", "110", "112"), "called the attack"),
        (("UKRGOV",), ("UKR", "IGO", "WST", "NAT", "EUR", "USA"), ("020", "021", "022"),
         "urged Ukraine's partners"),
        (("UKRMIL",), ("RUS", "RUSMIL"), ("190", "195"), "had shot down 24"),
    ],
    also=[
        (("RUS", "RUSMIL"), ("UKR", "UKRCVL", "UKRBUS"), ("190", "195", "180"), "Russian strike on Kharkiv"),
        (("RUS", "RUSMIL"), ("UKR", "UKRCVL", "UKRBUS"), ("190", "195", "180"), "Russia hits Kharkiv"),
        (("UKRGOV",), ("UKR", "IGO", "WST", "NAT", "EUR", "USA"), ("020", "021", "022"),
         "Zelensky urges partners"),
        (("UKRGOV",), ("UKR", "IGO", "WST", "NAT", "EUR", "USA"), ("020", "021", "022"),
         "Zelensky calls for more"),
        (("UKRMIL",), ("RUS", "RUSMIL"), ("190", "195"), "it shot down 24 of 31"),
        (("RUS", "RUSMIL"), ("UKR", "UKRCVL"), ("190", "195"), "launched by Russia"),
        (("RUSGOV", "RUSMIL"), ("UKRMIL",), ("190", "195"), "had struck a Ukrainian army"),
    ],
    none=["Editor's note: This story", "rescuers were still searching", "lies about 30 kilometers",
          "launched its full-scale invasion"],
    parties=[
        ("Governor Oleh Syniehubov", "Oleh Syniehubov", ("UKRGOV",)),
        ("President Volodymyr Zelensky", "Volodymyr Zelensky", ("UKRGOV",)),
        ("The Russian Defense Ministry", "Russian Defense Ministry", ("RUSGOV", "RUSMIL")),
        ("Ukraine's Air Force", "Air Force", ("UKRMIL",)),
    ],
)

HOSTAGE_DEAL = Story(
    "timesofisrael_jerusalem", "2024-06-02",
    """Israel and Hamas trade blame as Biden-backed hostage deal stalls

Israel and Hamas on Sunday traded accusations over the stalled hostage deal that US President Joe Biden \
laid out on Friday, with each side saying the other was holding up an agreement.

According to a statement from the Prime Minister's Office, Israel's conditions for ending the war had \
not changed: the destruction of Hamas's military and governing capabilities and the return of all the \
hostages.

Hamas official Osama Hamdan told Al-Araby TV that the group viewed Biden's speech "positively" but would \
not sign any deal that did not guarantee a permanent ceasefire.

A senior Israeli official, speaking on condition of anonymity, accused Hamas of "playing for time" and \
said Jerusalem had already accepted the framework.

Egyptian intelligence chief Abbas Kamel met Hamas leaders in Cairo on Saturday, an Egyptian official said.

Opposition leader Yair Lapid slammed the far-right ministers Itamar Ben Gvir and Bezalel Smotrich, who \
threatened to bring down the government if the deal goes ahead.

Qatar said it was still in contact with both sides and hoped they would respond positively to the \
proposal.

Some 120 hostages are still held in Gaza, not all of them alive.

The Times of Israel liveblog is tracking developments.
""",
    events=[
        (("USAGOV",), ("ISR", "ISRGOV", "PSEREB"), ("030", "036", "031", "039", "032"), "laid out on Friday"),
        (("ISRGOV", "ISR"), ("PSEREB",), ("112", "111"), "accused Hamas of"),
        (("EGYGOV", "EGYSPY"), ("PSEREB",), ("040", "042", "043", "046"), "Abbas Kamel met"),
        (("ISROPP", "ISRLEG", "ISRPTY"), ("ISRGOV",), ("111", "110", "112"), "Yair Lapid slammed"),
        (("QAT", "QATGOV"), ("ISR", "ISRGOV", "PSEREB"), ("040", "020", "010", "030"), "still in contact"),
    ],
    also=[
        (("ISR", "ISRGOV", "PSEREB"), ("ISR", "ISRGOV", "PSEREB"), ("112", "111"), "traded accusations"),
        (("PSEREB",), ("USAGOV",), ("051", "050", "010"), "Osama Hamdan told"),
        (("PSEREB",), ("USAGOV", "ISR", "ISRGOV"), ("120", "125", "128", "100"), "Osama Hamdan told"),
        (("ISRGOV",), ("USAGOV", "PSEREB"), ("030", "035", "038", "081", "057", "051"),
         "had already accepted"),
        (("ISRGOV",), ("ISRGOV",), ("130", "138", "131"), "threatened to bring down"),
        (("PSEREB",), ("EGYGOV", "EGYSPY"), ("040", "042", "043", "046"), "Abbas Kamel met"),
        (("QAT", "QATGOV"), ("ISR", "ISRGOV", "PSEREB"), ("020", "010"), "hoped they would respond"),
    ],
    none=["Some 120 hostages", "liveblog is tracking"],
    parties=[
        ("US President Joe Biden", "Joe Biden", ("USAGOV",)),
        ("Hamas official Osama Hamdan", "Osama Hamdan", ("PSEREB",)),
        ("intelligence chief Abbas Kamel", "Abbas Kamel", ("EGYGOV", "EGYSPY")),
        ("Opposition leader Yair Lapid", "Yair Lapid", ("ISROPP", "ISRLEG", "ISRPTY")),
        ("ministers Itamar Ben Gvir", "Itamar Ben Gvir", ("ISRGOV",)),
    ],
)

PTI_PROTEST = Story(
    "dawn_islamabad", "2024-10-05",
    """Police use tear gas to disperse PTI protesters in Islamabad; party slams 'fascist' crackdown

ISLAMABAD: Police fired tear gas and rubber bullets on Saturday to disperse supporters of the Pakistan \
Tehreek-i-Insaf (PTI) who tried to reach D-Chowk in defiance of a ban on gatherings in the capital.

Interior Minister Mohsin Naqvi said more than 120 protesters had been arrested and accused the party of \
attacking police with stones and slingshots.

The PTI lashed out at the government, calling the crackdown "fascist" and blaming Prime Minister Shehbaz \
Sharif for the violence.

Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur, who led a convoy from Peshawar, vowed that the \
protest would continue "until Imran Khan is freed".

The Islamabad High Court on Friday had declined to hear a PTI petition against the ban; the court will \
take up the case again on Monday.

Amnesty International called on the authorities to respect the right to peaceful assembly.

Mobile internet services remained suspended in parts of the city, the Pakistan Telecommunication \
Authority said.

The KSE-100 index closed 0.4 per cent lower.

Former prime minister Imran Khan has been in jail since August 2023.
""",
    events=[
        (("PAKCOP",), ("PAKOPP", "PAKPTY", "PAKCVL"), ("175", "170"), "Police fired tear gas"),
        (("PAKGOV",), ("PAKOPP", "PAKPTY", "PAKCVL"), ("173", "170"), "had been arrested"),
        (("PAKGOV",), ("PAKOPP", "PAKPTY"), ("112", "111"), "accused the party of"),
        (("PAKOPP", "PAKPTY"), ("PAKGOV",), ("111", "110", "112"), "lashed out at the government"),
        (("NGO",), ("PAK", "PAKGOV"), ("020", "024", "025", "100", "104"), "Amnesty International called"),
    ],
    also=[
        (("PAKCOP",), ("PAKOPP", "PAKPTY", "PAKCVL"), ("175", "170"), "Police use tear gas"),
        (("PAKOPP", "PAKPTY"), ("PAKGOV", "PAKCOP"), ("111", "110", "112"), "party slams"),
        (("PAKOPP", "PAKPTY", "PAKCVL"), ("PAKCOP", "PAKGOV"), ("140", "141", "145", "180"),
         "tried to reach"),
        (("PAKGOV", "PAKOPP", "PAKPTY"), ("PAKGOV", "PAKOPP", "PAKPTY"), ("140", "141", "130", "138", "100"),
         "vowed that the"),
        (("PAKJUD",), ("PAKOPP", "PAKPTY"), ("120", "125", "128"), "had declined to hear"),
        (("PAKGOV",), ("PAKCOP", "PAKCVL", "PAK", "PAKOPP"), ("170", "174", "171"), "Police fired tear gas"),
    ],
    none=["Mobile internet services", "The KSE-100 index", "has been in jail since"],
    parties=[
        ("Interior Minister Mohsin Naqvi", "Mohsin Naqvi", ("PAKGOV",)),
        ("Chief Minister Ali Amin Gandapur", "Ali Amin Gandapur", ("PAKGOV", "PAKOPP", "PAKPTY")),
        ("blaming Prime Minister", "Prime Minister", ("PAKGOV",)),
        ("the court will", "the court", ("PAKJUD",)),
        ("Amnesty International called", "Amnesty International", ("NGO",)),
    ],
)

CANADA_INDIA = Story(
    "hindu_newdelhi", "2024-10-15",
    """India expels six Canadian diplomats, withdraws High Commissioner

NEW DELHI

India on Monday expelled six Canadian diplomats, including the acting High Commissioner, and announced \
that it was withdrawing its own High Commissioner Sanjay Kumar Verma from Ottawa.

The Ministry of External Affairs (MEA) said it had "no faith" in the Canadian government's commitment to \
ensure the security of Indian diplomats.

Earlier, the MEA had summoned Canada's Charge d'Affaires Stewart Wheeler and told him that the \
"baseless targeting" of Indian officials was "completely unacceptable".

Canadian Prime Minister Justin Trudeau accused Indian government agents of involvement in violence \
against Canadians, including the killing of Sikh separatist Hardeep Singh Nijjar in June 2023.

External Affairs Minister Shri S. Jaishankar took aim at Ottawa, saying Canada had given space to \
"extremist and separatist elements".

The Congress party said the government should brief Parliament on the row.

Opposition leader Rahul Gandhi called for a united national response.

India-Canada trade stood at about $9 billion in 2023.

The two countries had launched talks on a trade agreement in 2010.
""",
    events=[
        (("IND", "INDGOV"), ("CANGOV", "CAN"), ("166", "160", "161"), "expelled six Canadian diplomats"),
        (("IND", "INDGOV"), ("CAN", "CANGOV"), ("160", "161", "166"), "withdrawing its own High"),
        (("INDGOV",), ("CANGOV", "CAN"), ("114", "111", "110"), "had summoned Canada's"),
        (("CANGOV",), ("INDGOV", "IND"), ("112", "111"), "Justin Trudeau accused"),
        (("INDGOV",), ("CAN", "CANGOV"), ("111", "110", "112"), "took aim at Ottawa"),
    ],
    also=[
        (("IND", "INDGOV"), ("CANGOV", "CAN"), ("166", "160", "161"), "India expels six"),
        (("IND", "INDGOV"), ("CAN", "CANGOV"), ("160", "161", "166"), "withdraws High Commissioner"),
        (("INDGOV",), ("CANGOV", "CAN"), ("111", "112", "110"), "no faith"),
        (("INDGOV",), ("CANGOV", "CAN"), ("111", "112", "110", "010"), "had summoned Canada's"),
        (("INDOPP", "INDPTY"), ("INDGOV",), ("020", "100", "104"), "should brief Parliament"),
    ],
    none=["trade stood at about", "had launched talks on a trade"],
    parties=[
        ("High Commissioner Sanjay Kumar Verma", "Sanjay Kumar Verma", ("INDGOV",)),
        ("The Ministry of External Affairs (MEA)", "Ministry of External Affairs", ("INDGOV",)),
        ("Charge d'Affaires Stewart Wheeler", "Stewart Wheeler", ("CANGOV",)),
        ("Prime Minister Justin Trudeau", "Justin Trudeau", ("CANGOV",)),
        ("Shri S. Jaishankar", "S. Jaishankar", ("INDGOV",)),
        ("Opposition leader Rahul Gandhi", "Rahul Gandhi", ("INDOPP", "INDLEG", "INDPTY")),
    ],
)

NAIROBI_LSK = Story(
    "nation_nairobi", "2024-07-02",
    """LSK condemns police abductions of protesters, demands inquiry

The Law Society of Kenya (LSK) has condemned the abduction of at least 30 young protesters by people \
believed to be police officers and demanded an independent inquiry.

In a statement on Tuesday, LSK President Faith Odhiambo said the body had documented cases in Nairobi, \
Kisumu and Mombasa since the start of the anti-Finance Bill protests.

The body also accused Interior Cabinet Secretary Kithure Kindiki of misleading Parliament about the \
number of people held.

Police spokesperson Resila Onyango denied that any protester was being held illegally.

On Monday, officers lobbed teargas canisters at hundreds of demonstrators who had gathered outside the \
Milimani Law Courts.

The Kenya National Commission on Human Rights (KNCHR) said 39 people had been killed in the protests.

President William Ruto has blamed "criminals" for the violence and defended the police.

This story has been corrected to show that Ms Odhiambo spoke on Tuesday, not Monday.

The Finance Bill, 2024 was withdrawn by the President on June 26.

Harambee Stars will face Zimbabwe in a friendly in Nairobi on Saturday.
""",
    events=[
        (("KENLEG", "KENCVL", "KENJUD", "NGO", "KENNGO", "KENBUS"), ("KENCOP", "KENGOV", "KEN"), ("111",
         "110",
         "112"), "has condemned the abduction"),
        (("KENLEG", "KENCVL", "KENJUD", "NGO", "KENNGO", "KENBUS"), ("KENGOV", "KENCOP", "KEN"), ("100",
         "109",
         "020", "025"), "demanded an independent inquiry"),
        (("KENLEG", "KENCVL", "KENJUD", "NGO", "KENNGO", "KENBUS"), ("KENGOV",), ("112", "111"),
         "The body also accused"),
        (("KENCOP",), ("KENCVL", "KENOPP", "KEN"), ("175", "170"), "officers lobbed teargas"),
        (("KENGOV",), ("KENCRM", "KENCVL", "KEN"), ("112", "111"), "has blamed"),
    ],
    also=[
        (("KENLEG", "KENCVL", "KENJUD", "NGO", "KENNGO", "KENBUS"), ("KENCOP", "KENGOV", "KEN"), ("111",
         "110",
         "112", "100"), "LSK condemns police"),
        (("KENCOP", "KEN", "KENGOV"), ("KENCVL", "KEN"), ("181", "180", "173"),
         "has condemned the abduction"),
        (("KENCOP",), ("KENLEG", "KENCVL", "KENJUD", "NGO", "KENNGO"), ("120", "125", "111"),
         "Police spokesperson Resila Onyango denied"),
        (("KENGOV",), ("KENCOP",), ("050", "051"), "defended the police"),
    ],
    none=["KNCHR) said 39 people", "This story has been corrected", "was withdrawn by the President",
          "Harambee Stars"],
    parties=[
        ("LSK President Faith Odhiambo", "Faith Odhiambo", ("KENLEG", "KENCVL", "KENJUD", "NGO", "KENNGO",
         "KENBUS")),
        ("The body also accused", "body", ("KENLEG", "KENCVL", "KENJUD", "NGO", "KENNGO", "KENBUS")),
        ("Secretary Kithure Kindiki", "Kithure Kindiki", ("KENGOV",)),
        ("Police spokesperson Resila Onyango", "Resila Onyango", ("KENCOP",)),
        ("President William Ruto", "William Ruto", ("KENGOV",)),
    ],
)

UNIFIL = Story(
    "reuters_beirut", "2024-10-11",
    """Israeli fire wounds UN peacekeepers in Lebanon for second day, drawing wide condemnation

BEIRUT, Oct 11 (Reuters) - Two Sri Lankan peacekeepers were wounded on Friday when Israeli tank fire hit \
a watchtower at the headquarters of the UN mission in southern Lebanon, UNIFIL said.

It was the second such incident in two days, the mission said in a statement, and it accused the Israeli \
military of "deliberately" firing on its positions.

The Israeli military said its troops had fired at a "threat" near the base and that it was reviewing the \
incident.

France, Italy and Spain condemned the attacks in a joint statement and summoned Israel's ambassadors in \
their capitals.

Sri Lanka called for restraint, the United States said it was "deeply concerned", and China said it was \
closely monitoring the situation.

UN Secretary-General Antonio Guterres said attacks on peacekeepers could constitute a war crime.

Israeli Prime Minister Benjamin Netanyahu called on Guterres to withdraw UNIFIL from combat zones \
"immediately", a demand the mission rejected.

The foreign ministers of Italy, France and Germany later spoke by phone and agreed to coordinate their \
response, the Italian foreign ministry said.

UNIFIL, set up in 1978, has about 10,000 troops from 50 countries.

(Reporting by Maya Gebeily and Laila Bassam; Editing by Andrew Heavens)
""",
    events=[
        (("ISR", "ISRMIL"), ("IGO",), ("190", "193", "194", "180"), "when Israeli tank fire hit"),
        (("IGO",), ("ISRMIL",), ("112", "111"), "it accused the Israeli"),
        (("FRA", "FRAGOV", "ITA", "ITAGOV", "ESP", "ESPGOV"), ("ISR", "ISRMIL", "ISRGOV"), ("111", "110",
         "112"),
         "France, Italy and Spain condemned"),
        (("FRA", "FRAGOV", "ITA", "ITAGOV", "ESP", "ESPGOV"), ("ISRGOV", "ISR"), ("114", "110", "111"),
         "summoned Israel's ambassadors"),
        (("ISRGOV",), ("IGO",), ("100", "020", "107", "108", "109"), "Benjamin Netanyahu called on Guterres"),
        (("IGO",), ("ISRGOV",), ("120", "128", "125"), "a demand the mission rejected"),
    ],
    also=[
        (("ISR", "ISRMIL"), ("IGO",), ("190", "193", "194", "180"), "Israeli fire wounds UN"),
        (("ISRMIL",), ("IGO", "LBN", "---"), ("190", "193"), "its troops had fired"),
        (("LKA", "LKAGOV"), ("ISR", "ISRMIL", "ISRGOV"), ("020", "027", "111"), "Sri Lanka called for"),
        (("USA", "USAGOV"), ("ISR", "ISRMIL", "ISRGOV"), ("111", "110"), "Sri Lanka called for"),
        (("IGO",), ("ISR", "ISRMIL", "ISRGOV"), ("111", "112"), "could constitute a war crime"),
        (("ITAGOV", "FRAGOV", "DEUGOV"), ("ITAGOV", "FRAGOV", "DEUGOV"), ("040", "030", "036", "031", "057"),
         "later spoke by phone"),
    ],
    none=["UNIFIL, set up in 1978", "(Reporting by Maya Gebeily"],
    parties=[
        ("a statement, and it accused", "it", ("IGO",)),
        ("Secretary-General Antonio Guterres", "Antonio Guterres", ("IGO",)),
        ("Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", ("ISRGOV",)),
        ("the Italian foreign ministry", "Italian foreign ministry", ("ITAGOV",)),
    ],
)

ELFASHER = Story(
    "ap_elfasher", "2024-06-10",
    """Gunmen storm hospital in Sudan's El Fasher as siege tightens

CAIRO (AP) — Gunmen stormed the last functioning hospital in the besieged Sudanese city of El Fasher on \
Sunday, looting supplies and forcing staff to flee, the aid group Doctors Without Borders said.

The group did not say who the attackers were. Residents said they belonged to the paramilitary Rapid \
Support Forces, which have encircled the city for weeks.

The RSF denied any involvement and blamed "outlaw gangs" for the raid.

Sudan's military, which is fighting the RSF for control of the country, accused the paramilitary group of \
targeting civilians in an attempt to seize El Fasher.

An armed group calling itself the Darfur Joint Protection Force said its fighters had repelled an RSF \
assault on the city's southern edge.

The foreign ministers of Saudi Arabia, Egypt and Qatar urged both sides to allow aid into the city.

A U.S. envoy, Tom Perriello, said he had told army chief Gen. Abdel-Fattah Burhan that the RSF commander \
would attend talks in Jeddah if the army did.

The fighting has killed more than 14,000 people since April 2023, according to the United Nations.

Sudan gained independence from Britain and Egypt in 1956.
""",
    events=[
        (("SDNREB", "SDNMIL", "SDNUAF", "SDN"), ("NGO", "SDNHLH", "SDNCVL"), ("180", "181", "171", "170",
         "190"),
         "Gunmen stormed the last"),
        (("SDNREB", "SDNMIL", "SDNUAF"), ("SDNCRM", "SDNUAF", "SDN"), ("112", "111"),
         "blamed \"outlaw gangs\""),
        (("SDNMIL",), ("SDNREB", "SDNMIL", "SDNUAF"), ("112", "111"), "accused the paramilitary group"),
        (("SDNREB", "SDNMIL", "SDNUAF", "SDN"), ("SDNREB", "SDNMIL", "SDNUAF"), ("190", "193", "180"),
         "had repelled an RSF"),
        (("SAUGOV", "EGYGOV", "QATGOV"), ("SDNMIL", "SDNREB", "SDN", "SDNUAF"), ("020", "023", "027", "081"),
         "The foreign ministers of Saudi Arabia"),
    ],
    also=[
        (("SDNREB", "SDNMIL", "SDNUAF", "SDN"), ("NGO", "SDNHLH", "SDNCVL"), ("180", "181", "171", "170",
         "190"),
         "Gunmen storm hospital"),
        (("SDNREB", "SDNMIL", "SDNUAF"), ("SDN", "SDNCVL"), ("190", "191", "180", "150"),
         "which have encircled"),
        (("SDNREB", "SDNMIL", "SDNUAF"), ("SDNMIL", "SDN", "SDNCVL", "SDNUAF"), ("120", "125", "111", "112"),
         "The RSF denied"),
        (("USAGOV",), ("SDNMIL",), ("010", "040", "030", "032"), "had told army chief"),
        (("SDNREB", "SDNMIL", "SDNUAF"), ("SDNMIL",), ("030", "036", "040", "043"), "would attend talks"),
        (("SDNREB", "SDNMIL", "SDNUAF", "SDN"), ("SDNREB", "SDNMIL", "SDNUAF"), ("112", "111", "190"),
         "said its fighters had repelled"),
    ],
    none=["The fighting has killed", "gained independence from Britain"],
    parties=[
        ("aid group Doctors Without Borders", "Doctors Without Borders", ("NGO",)),
        ("The RSF denied", "RSF", ("SDNREB", "SDNMIL", "SDNUAF")),
        ("Sudan's military", "Sudan's military", ("SDNMIL",)),
        ("A U.S. envoy, Tom Perriello", "Tom Perriello", ("USAGOV",)),
        ("Gen. Abdel-Fattah Burhan", "Abdel-Fattah Burhan", ("SDNMIL", "SDNGOV")),
    ],
)

GOMA_BLAME = Story(
    "afp_kinshasa", "2024-02-18",
    """DR Congo blames Rwanda for drone strike on Goma airport; Kigali denies

KINSHASA, Feb 18, 2024 (AFP) - The Democratic Republic of Congo on Sunday blamed Rwanda for a drone strike \
on the airport of the eastern city of Goma, which damaged a civilian aircraft and a military plane.

Government spokesman Patrick Muyaya said the attack was "a new act of aggression" by Kigali and its \
proxies, the M23 rebels.

Rwanda's government spokeswoman Yolande Makolo rejected the accusation and accused Kinshasa of arming \
the FDLR, a militia founded by Hutu extremists.

The M23 said on X that its fighters had shot down a Congolese drone near Sake, 25 kilometres west of \
Goma, but made no mention of the airport.

Angolan President Joao Lourenco, the African Union's mediator, invited Congolese President Felix Tshisekedi \
and Rwandan President Paul Kagame to a meeting in Luanda.

The United States condemned the M23's offensive and urged Rwanda to withdraw its troops from Congolese \
territory.

UN experts have said Rwandan troops fight alongside the M23, a charge Kigali denies.

The M23 first seized Goma in 2012.

Copper prices rose on the London Metal Exchange after the reports.

str-cld/sr
""",
    events=[
        (("COD", "CODGOV"), ("RWA", "RWAGOV", "RWAMIL"), ("112", "111"), "blamed Rwanda for a drone"),
        (("RWAGOV",), ("CODGOV", "COD"), ("120", "125", "111", "016"), "rejected the accusation"),
        (("RWAGOV",), ("CODGOV", "COD"), ("112", "111"), "accused Kinshasa of arming"),
        (("CODREB",), ("COD", "CODMIL"), ("190", "195", "180"), "had shot down a Congolese"),
        (("AGOGOV",), ("CODGOV", "RWAGOV"), ("036", "040", "043"), "invited Congolese President"),
        (("USA", "USAGOV"), ("CODREB",), ("111", "110"), "The United States condemned"),
        (("USA", "USAGOV"), ("RWA", "RWAGOV"), ("020", "023", "026", "100", "107"),
         "urged Rwanda to withdraw"),
    ],
    also=[
        (("COD", "CODGOV"), ("RWA", "RWAGOV", "RWAMIL"), ("112", "111"), "DR Congo blames Rwanda"),
        (("RWA", "RWAGOV"), ("COD", "CODGOV"), ("120", "125", "111", "016"), "Kigali denies"),
        (("CODGOV",), ("RWA", "RWAGOV", "CODREB"), ("112", "111"), "a new act of aggression"),
        (("IGO",), ("RWA", "RWAMIL", "RWAGOV"), ("112", "111"), "UN experts have said"),
    ],
    none=["first seized Goma in 2012", "Copper prices rose", "str-cld/sr"],
    parties=[
        ("spokesman Patrick Muyaya", "Patrick Muyaya", ("CODGOV",)),
        ("spokeswoman Yolande Makolo", "Yolande Makolo", ("RWAGOV",)),
        ("Angolan President Joao Lourenco", "Joao Lourenco", ("AGOGOV",)),
        ("Rwandan President Paul Kagame", "Paul Kagame", ("RWAGOV",)),
        ("The M23 said", "M23", ("CODREB",)),
    ],
)

ISTANBUL_SWAP = Story(
    "reuters_istanbul", "2024-01-04",
    """Russia, Ukraine swap hundreds of prisoners after UAE mediation

ISTANBUL, Jan 4 (Reuters) - Russia and Ukraine exchanged more than 400 prisoners of war on Wednesday in \
the largest swap since the start of the war, after mediation by the United Arab Emirates.

Ukraine's coordination headquarters for prisoners said 230 Ukrainians had come home, while Russia's \
defence ministry said 248 Russian servicemen had been returned.

Turkish Foreign Minister Hakan Fidan said President Tayyip Erdogan had told Russian President Vladimir \
Putin in a phone call that Ankara was ready to host talks between the two sides on Black Sea shipping.

A Kremlin spokesman, Dmitry Peskov, said Moscow had no plans for such talks.

Ukrainian officials, speaking on condition of anonymity, said Kyiv had asked Turkey to press Russia to \
release civilians as well.

According to a statement from the UAE foreign ministry, Abu Dhabi had mediated at the request of both \
countries.

Ukraine's human rights commissioner Dmytro Lubinets thanked the Emirates for their help.

The two sides last exchanged prisoners in August 2023.

Ukraine's Black Sea grain corridor has shipped more than 10 million tonnes since August, analysts said.

(Reporting by Huseyin Hayatsever and Olena Harmash; Writing by Jonathan Spicer; Editing by Mark Potter)
""",
    events=[
        (("RUS", "RUSGOV", "UKR", "UKRGOV"), ("UKR", "UKRGOV", "RUS", "RUSGOV"), ("081", "084", "0841", "057",
         "080"), "exchanged more than 400"),
        (("ARE", "AREGOV"), ("RUS", "UKR", "RUSGOV", "UKRGOV"), ("045", "040"),
         "after mediation by the United"),
        (("TURGOV",), ("RUSGOV",), ("040", "030", "036", "010", "032"), "had told Russian President"),
        (("UKR", "UKRGOV"), ("TUR", "TURGOV"), ("020", "021", "022", "023", "026", "027", "028"),
         "Kyiv had asked Turkey"),
        (("UKRGOV",), ("ARE", "AREGOV"), ("051", "050", "010"), "thanked the Emirates"),
    ],
    also=[
        (("RUS", "RUSGOV", "UKR", "UKRGOV"), ("UKR", "UKRGOV", "RUS", "RUSGOV"), ("081", "084", "0841", "057",
         "080"), "Russia, Ukraine swap"),
        (("ARE", "AREGOV"), ("RUS", "UKR", "RUSGOV", "UKRGOV"), ("045", "040"), "after UAE mediation"),
        (("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV"), ("040",), "in a phone call"),
        (("RUSGOV",), ("TUR", "TURGOV", "UKR", "UKRGOV"), ("120", "125", "128"), "had no plans for such"),
        (("ARE", "AREGOV"), ("RUS", "UKR", "RUSGOV", "UKRGOV"), ("045", "040"), "had mediated at"),
        (("UKRGOV", "RUSGOV", "RUSMIL", "UKRMIL"), ("UKRMIL", "RUSMIL", "UKR", "RUS"), ("0841", "084", "080"),
         "had come home"),
    ],
    none=["last exchanged prisoners in August", "grain corridor has shipped", "(Reporting by Huseyin"],
    parties=[
        ("Foreign Minister Hakan Fidan", "Hakan Fidan", ("TURGOV",)),
        ("President Tayyip Erdogan", "Tayyip Erdogan", ("TURGOV",)),
        ("A Kremlin spokesman, Dmitry Peskov", "Dmitry Peskov", ("RUSGOV",)),
        ("commissioner Dmytro Lubinets", "Dmytro Lubinets", ("UKRGOV",)),
    ],
)

RED_SEA = Story(
    "aljazeera_sanaa", "2024-01-12",
    """US, UK strike Houthi targets in Yemen; group vows retaliation

The United States and the United Kingdom have carried out air strikes on more than a dozen Houthi \
targets in Yemen, in response to the group's attacks on commercial shipping in the Red Sea.

US President Joe Biden said the strikes were "a clear message" that Washington would not tolerate \
attacks on international shipping.

Houthi spokesman Mohammed Abdulsalam said the attacks were "an act of aggression" and warned that the \
US and UK would "pay a heavy price".

The group's military spokesman, Yahya Saree, said five fighters had been killed.

Read more: Who are the Houthis and why are they attacking ships?

Saudi Arabia, which has been trying to end its own war with the Houthis, called for restraint and said it \
was following the situation "with great concern".

Iran's foreign ministry condemned the strikes as a violation of Yemen's sovereignty.

Russia requested an emergency meeting of the UN Security Council.

The Houthis say they are acting in solidarity with Palestinians in Gaza.

Brent crude rose 2 percent on the news.

Read more: Red Sea crisis: What shipping firms are doing
""",
    events=[
        (("USA", "USAMIL", "GBR", "GBRMIL"), ("YEMREB",), ("190", "195"), "have carried out air strikes"),
        (("YEMREB",), ("USA", "GBR", "USAGOV", "GBRGOV"), ("111", "110", "112"), "an act of aggression"),
        (("YEMREB",), ("USA", "GBR", "USAGOV", "GBRGOV"), ("130", "138"), "would \"pay a heavy price\""),
        (("SAU", "SAUGOV"), ("USA", "GBR", "YEMREB"), ("020", "027", "111"), "called for restraint"),
        (("IRNGOV",), ("USA", "GBR", "USAMIL", "GBRMIL"), ("111", "110", "112"),
         "Iran's foreign ministry condemned"),
    ],
    also=[
        (("USA", "USAMIL", "GBR", "GBRMIL"), ("YEMREB",), ("190", "195"), "US, UK strike Houthi"),
        (("YEMREB",), ("USA", "GBR"), ("130", "138"), "group vows retaliation"),
        (("YEMREB",), ("---",), ("190", "195"), "have carried out air strikes"),
        (("USAGOV",), ("YEMREB",), ("130", "138", "111"), "a clear message"),
        (("RUS", "RUSGOV"), ("IGO",), ("020", "040", "036"), "requested an emergency meeting"),
    ],
    none=["Read more: Who are the Houthis", "acting in solidarity", "Brent crude rose",
          "Read more: Red Sea crisis"],
    parties=[
        ("US President Joe Biden", "Joe Biden", ("USAGOV",)),
        ("Houthi spokesman Mohammed Abdulsalam", "Mohammed Abdulsalam", ("YEMREB",)),
        ("military spokesman, Yahya Saree", "Yahya Saree", ("YEMREB",)),
        ("Iran's foreign ministry", "foreign ministry", ("IRNGOV",)),
    ],
)

SECOND_THOMAS = Story(
    "xinhua_manila", "2024-06-18",
    """China Coast Guard takes control measures against Philippine vessels intruding into Ren'ai Jiao

BEIJING, June 18 (Xinhua) -- The China Coast Guard (CCG) on Monday took control measures in accordance \
with the law against Philippine vessels that illegally intruded into the waters adjacent to Ren'ai Jiao \
in China's Nansha Qundao, a CCG spokesperson said.

The spokesperson said the Philippine side had ignored repeated warnings and deliberately approached a \
Chinese vessel in an unprofessional manner, causing a collision.

The Philippine side is fully responsible for the incident, the spokesperson said.

The Armed Forces of the Philippines said Chinese personnel armed with knives and axes had boarded \
Philippine navy boats and seized rifles, injuring a sailor.

Philippine Defense Secretary Gilberto Teodoro accused China of "piracy" and said Manila would not be \
intimidated.

The U.S. ambassador to the Philippines, MaryKay Carlson, condemned China's "aggressive, dangerous \
maneuvers".

China urges the Philippine side to stop its provocations and not to misjudge the situation, Foreign \
Ministry spokesperson Lin Jian said at a regular press briefing.

Ren'ai Jiao is part of China's Nansha Qundao.

The Philippines grounded the BRP Sierra Madre at the shoal in 1999.
""",
    events=[
        (("CHNMIL", "CHNGOV", "CHNCOP"), ("PHL", "PHLMIL"), ("170", "171", "150", "180"),
         "took control measures"),
        (("CHNMIL", "CHNGOV", "CHNCOP"), ("PHL", "PHLMIL", "PHLGOV"), ("112", "111"), "fully responsible"),
        (("PHLMIL",), ("CHN", "CHNMIL", "CHNCOP", "CHNGOV"), ("112", "111"),
         "The Armed Forces of the Philippines"),
        (("PHLGOV",), ("CHN", "CHNGOV"), ("112", "111"), "accused China of \"piracy\""),
        (("USAGOV",), ("CHN", "CHNGOV"), ("111", "110", "112"), "condemned China's"),
        (("CHNGOV",), ("PHL", "PHLGOV"), ("020", "100", "107", "130"), "China urges the Philippine"),
    ],
    also=[
        (("CHNMIL", "CHNGOV", "CHNCOP", "CHN"), ("PHL", "PHLMIL"), ("170", "171", "150", "180"),
         "takes control measures"),
        (("CHNMIL", "CHNGOV", "CHNCOP"), ("PHL", "PHLMIL", "PHLGOV"), ("112", "111"), "had ignored repeated"),
        (("CHN", "CHNMIL", "CHNCOP"), ("PHLMIL", "PHL"), ("170", "171", "180", "190", "182"), "had boarded"),
        (("PHLGOV",), ("CHN", "CHNGOV"), ("130", "111"), "would not be"),
    ],
    none=["Ren'ai Jiao is part of", "grounded the BRP Sierra Madre"],
    parties=[
        ("The China Coast Guard (CCG)", "China Coast Guard", ("CHNMIL", "CHNGOV", "CHNCOP")),
        ("Secretary Gilberto Teodoro", "Gilberto Teodoro", ("PHLGOV",)),
        ("MaryKay Carlson", "MaryKay Carlson", ("USAGOV",)),
        ("spokesperson Lin Jian", "Lin Jian", ("CHNGOV",)),
    ],
)

SHARMAHD = Story(
    "dpa_berlin", "2024-10-29",
    """Germany recalls ambassador from Tehran after execution of German-Iranian

Berlin (dpa) - Germany on Tuesday recalled its ambassador from Tehran for consultations and summoned the \
Iranian charge d'affaires after Iran executed the German-Iranian dissident Jamshid Sharmahd.

Foreign Minister Annalena Baerbock said the killing showed "what kind of murderous regime" ruled in \
Tehran and warned of "serious consequences".

Chancellor Olaf Scholz said the execution was a "scandal", his spokesman told reporters.

The spokesman added that the government had repeatedly asked Iran to grant Sharmahd consular access, \
without success.

Iran's judiciary said Sharmahd had been hanged for his role in a 2008 bombing of a mosque in Shiraz, a \
charge his family rejected.

Iranian Foreign Ministry spokesman Esmaeil Baqaei accused Berlin of supporting terrorists and said \
Germany had no right to lecture Iran.

The EU's foreign policy chief Josep Borrell said the bloc strongly condemned the execution and would \
consider further measures.

Sharmahd, 69, was abducted in Dubai in 2020 and taken to Iran, according to his family.

Amnesty International said Iran carried out more than 800 executions last year.

dpa xy yyzz n1 ab
""",
    events=[
        (("DEU", "DEUGOV"), ("IRN", "IRNGOV"), ("161", "160", "166", "114"), "recalled its ambassador"),
        (("DEU", "DEUGOV"), ("IRNGOV", "IRN"), ("114", "110", "111"), "summoned the Iranian charge"),
        (("IRN", "IRNGOV", "IRNJUD"), ("DEUCVL", "DEU", "IRNCVL", "IRNOPP", "DEUOPP", "IRNDIS"), ("180",
         "186",
         "170", "175"), "after Iran executed"),
        (("DEUGOV",), ("IRN", "IRNGOV"), ("111", "110", "112"), "murderous regime"),
        (("DEUGOV",), ("IRN", "IRNGOV"), ("130", "138"), "murderous regime"),
        (("IRNGOV",), ("DEU", "DEUGOV"), ("112", "111"), "accused Berlin of supporting"),
        (("IGO",), ("IRN", "IRNGOV", "IRNJUD"), ("111", "110"), "strongly condemned the execution"),
    ],
    also=[
        (("DEU", "DEUGOV"), ("IRN", "IRNGOV"), ("161", "160", "166"), "Germany recalls ambassador"),
        (("DEUGOV",), ("IRN", "IRNGOV"), ("111", "110"), "was a \"scandal\""),
        (("DEUGOV",), ("IRN", "IRNGOV"), ("020", "021", "100", "024"), "had repeatedly asked Iran"),
        (("IRNJUD",), ("DEUCVL", "DEU", "IRNCVL", "IRNOPP", "IRNDIS"), ("180", "186", "112", "111"),
         "had been hanged"),
        (("IRNGOV",), ("DEU", "DEUGOV"), ("111", "120", "125"), "no right to lecture"),
        (("IGO",), ("IRN", "IRNGOV"), ("160", "163", "130", "036"), "consider further measures"),
    ],
    none=["was abducted in Dubai in 2020", "Amnesty International said Iran", "dpa xy yyzz"],
    parties=[
        ("Foreign Minister Annalena Baerbock", "Annalena Baerbock", ("DEUGOV",)),
        ("Chancellor Olaf Scholz", "Olaf Scholz", ("DEUGOV",)),
        ("The spokesman added", "spokesman", ("DEUGOV",)),
        ("Iran's judiciary", "judiciary", ("IRNJUD",)),
        ("spokesman Esmaeil Baqaei", "Esmaeil Baqaei", ("IRNGOV",)),
    ],
)

TBILISI = Story(
    "rferl_tbilisi", "2024-12-01",
    """Georgian Police Use Water Cannon On Pro-EU Protesters For Third Night

TBILISI -- Georgian riot police used water cannon and pepper spray overnight to break up thousands of \
protesters who had gathered outside parliament to denounce the government's decision to suspend EU \
accession talks.

The Interior Ministry said 107 people had been detained and 32 police officers injured.

President Salome Zurabishvili, a critic of the ruling Georgian Dream party, accused the government of \
declaring "war on its own people" and said she would not leave office when her term ends.

Prime Minister Irakli Kobakhidze dismissed the protests as "an attempt at revolution" financed from \
abroad and blamed the opposition for the violence.

The European Union's new foreign policy chief, Kaja Kallas, said the use of force against peaceful \
protesters was unacceptable and warned that the bloc could suspend visa-free travel for Georgians.

The United States suspended its strategic partnership with Georgia, State Department spokesman Matthew \
Miller said.

Georgian Dream has governed the country since 2012.

Opinion polls suggest about 80 percent of Georgians support joining the EU.

RFE/RL's Georgian Service contributed to this report.
""",
    events=[
        (("GEOCOP",), ("GEOCVL", "GEOOPP", "GEO"), ("175", "170"), "used water cannon"),
        (("GEOGOV", "GEOCOP"), ("GEOCVL", "GEOOPP", "GEO"), ("173", "170"), "had been detained"),
        (("GEOGOV", "GEOELI"), ("GEOGOV",), ("112", "111"), "accused the government of"),
        (("GEOGOV",), ("GEOCVL", "GEOOPP"), ("111", "110", "112"), "dismissed the protests"),
        (("GEOGOV",), ("GEOOPP",), ("112", "111"), "blamed the opposition"),
        (("IGO",), ("GEOGOV", "GEO", "GEOCOP"), ("111", "110"), "was unacceptable"),
        (("USA", "USAGOV"), ("GEO", "GEOGOV"), ("161", "160", "164"), "suspended its strategic partnership"),
    ],
    also=[
        (("GEOCOP",), ("GEOCVL", "GEOOPP", "GEO"), ("175", "170"), "Georgian Police Use Water"),
        (("GEOCVL", "GEOOPP", "GEO"), ("GEOGOV",), ("140", "141", "111"), "to denounce the government's"),
        (("GEOGOV",), ("IGO",), ("161", "164", "160"), "to suspend EU"),
        (("IGO",), ("GEOGOV", "GEO", "GEOCOP"), ("130", "131", "163"), "could suspend visa-free"),
        (("GEOGOV", "GEOELI"), ("GEOGOV",), ("120", "128", "140"), "would not leave office"),
    ],
    none=["has governed the country since 2012", "Opinion polls suggest", "Georgian Service contributed"],
    parties=[
        ("The Interior Ministry", "Interior Ministry", ("GEOGOV",)),
        ("President Salome Zurabishvili", "Salome Zurabishvili", ("GEOGOV", "GEOELI")),
        ("Prime Minister Irakli Kobakhidze", "Irakli Kobakhidze", ("GEOGOV",)),
        ("chief, Kaja Kallas", "Kaja Kallas", ("IGO",)),
        ("The United States suspended", "United States", ("USA", "USAGOV")),
    ],
)

TORKHAM = Story(
    "dawn_torkham", "2024-09-14",
    """Pakistan, Afghan forces exchange fire at Torkham; FO lodges protest with Kabul

PESHAWAR: Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Friday night, \
killing two Pakistani soldiers and wounding a civilian, security officials said.

The officials said Afghan forces had opened fire on Pakistani troops who were repairing a border post.

The Taliban-run Ministry of Defence in Kabul said Pakistani forces had started the clash by building \
"illegal structures" on Afghan soil.

In Islamabad, Foreign Office spokesperson Mumtaz Zahra Baloch said Pakistan had lodged a strong protest \
with the Afghan interim government and demanded that it rein in its forces.

The spokesperson also accused Kabul of failing to act against militants of the banned Tehreek-i-Taliban \
Pakistan (TTP).

Traders said the crossing would remain closed until further notice.

The crossing was last closed for nine days in February.

Pakistan beat Afghanistan by six wickets in the one-day series opener in Sharjah on Thursday.

The rupee closed at Rs278.4 against the dollar in the interbank market.
""",
    events=[
        (("PAKMIL", "AFGMIL", "PAK", "AFG", "AFGREB", "AFGGOV"), ("AFGMIL", "PAKMIL", "AFG", "PAK", "AFGREB",
         "AFGGOV"), ("190", "193", "194"), "exchanged fire at the Torkham"),
        (("AFGMIL", "AFG", "AFGGOV", "AFGREB"), ("PAKMIL",), ("190", "193"), "had opened fire on Pakistani"),
        (("AFGGOV", "AFGMIL", "AFGREB"), ("PAKMIL", "PAK"), ("112", "111"), "had started the clash"),
        (("PAK", "PAKGOV"), ("AFGGOV", "AFG", "AFGREB"), ("114", "111", "110"),
         "had lodged a strong protest"),
        (("PAK", "PAKGOV"), ("AFGGOV", "AFG", "AFGREB"), ("100", "020", "107", "108"), "rein in its forces"),
        (("PAKGOV",), ("AFG", "AFGGOV", "AFGREB"), ("112", "111"), "accused Kabul of failing"),
    ],
    also=[
        (("PAKMIL", "AFGMIL", "PAK", "AFG", "AFGREB", "AFGGOV"), ("AFGMIL", "PAKMIL", "AFG", "PAK", "AFGREB",
         "AFGGOV"), ("190", "193", "194"), "exchange fire at Torkham"),
        (("PAKGOV", "PAK"), ("AFGGOV", "AFG", "AFGREB"), ("114", "111", "110"), "FO lodges protest"),
        (("PAKBUS", "PAK", "PAKCVL"), ("AFG",), ("160", "166"), "would remain closed"),
    ],
    none=["was last closed for nine days", "by six wickets", "The rupee closed"],
    parties=[
        ("spokesperson Mumtaz Zahra Baloch", "Mumtaz Zahra Baloch", ("PAKGOV",)),
        ("The spokesperson also", "spokesperson", ("PAKGOV",)),
        ("Taliban-run Ministry of Defence", "Ministry of Defence", ("AFGGOV", "AFGMIL", "AFGREB")),
    ],
)

FISHERMEN = Story(
    "hindu_chennai", "2024-08-05",
    """Sri Lankan Navy arrests 22 T.N. fishermen; Stalin urges Centre to intervene

CHENNAI

The Sri Lankan Navy on Sunday arrested 22 fishermen from Rameswaram for allegedly fishing in Sri Lankan \
waters near Delft Island and seized three mechanised boats.

Chief Minister Thiru M.K. Stalin wrote to External Affairs Minister S. Jaishankar, urging him to take up \
the matter with Colombo and secure the release of the fishermen.

In the letter, Mr. Stalin said 394 fishermen had been arrested by the island nation's Navy since \
January.

The MEA said the Indian High Commission in Colombo was in touch with the Sri Lankan authorities and that \
consular access had been sought.

Fishermen's associations in Ramanathapuram district announced an indefinite strike from Monday.

A Sri Lankan Navy spokesperson said the fishermen had been handed over to the Jaffna fisheries \
department for legal action.

The two countries signed an agreement on the maritime boundary in 1974.

The Madras High Court will hear a petition on bottom trawling next month.
""",
    events=[
        (("LKAMIL", "LKA"), ("INDCVL", "IND", "INDBUS", "INDAGR"), ("173", "170"), "arrested 22 fishermen"),
        (("INDGOV",), ("INDGOV",), ("020", "021", "023", "024", "025", "028"), "wrote to External Affairs"),
        (("INDGOV", "IND"), ("LKA", "LKAGOV"), ("040", "020", "024", "025"), "was in touch with"),
        (("INDLAB", "INDCVL", "INDBUS"), ("INDGOV", "LKA", "LKAGOV", "LKAMIL"), ("140", "143"),
         "announced an indefinite strike"),
    ],
    also=[
        (("LKAMIL", "LKA"), ("INDCVL", "IND", "INDBUS", "INDAGR"), ("173", "170"), "Navy arrests 22"),
        (("INDGOV",), ("INDGOV",), ("020", "021", "023", "024", "025", "028"), "Stalin urges Centre"),
        (("LKAMIL", "LKA"), ("INDCVL", "IND", "INDBUS", "INDAGR"), ("173", "170"),
         "had been arrested by the island"),
        (("LKAMIL",), ("INDCVL", "LKAGOV", "IND"), ("173", "170", "080", "086"), "had been handed over"),
        (("INDGOV", "IND"), ("LKA", "LKAGOV"), ("020", "024", "025"), "consular access had been sought"),
    ],
    none=["signed an agreement on the maritime boundary", "will hear a petition on bottom"],
    parties=[
        ("The Sri Lankan Navy on Sunday", "Sri Lankan Navy", ("LKAMIL",)),
        ("Chief Minister Thiru M.K. Stalin", "M.K. Stalin", ("INDGOV",)),
        ("Minister S. Jaishankar", "S. Jaishankar", ("INDGOV",)),
        ("In the letter, Mr. Stalin", "Stalin", ("INDGOV",)),
        ("A Sri Lankan Navy spokesperson", "Sri Lankan Navy", ("LKAMIL",)),
    ],
)

MANDERA = Story(
    "nation_mandera", "2024-04-22",
    """Eight police officers killed as IED hits patrol vehicle in Mandera

Eight police officers were killed on Monday when their vehicle hit an improvised explosive device near \
the Kenya-Somalia border in Mandera County, police said.

Interior Cabinet Secretary Kithure Kindiki blamed the al-Shabaab militant group for the attack and vowed \
that the government would "pursue the perpetrators wherever they are".

Al-Shabaab claimed responsibility in a statement posted on a website linked to the group.

Hours later, unknown gunmen attacked a quarry in the same county, killing three workers, county police \
commander Samuel Mutunga said.

The African Union Peace and Security Council condemned the attacks, and the body urged member states to \
support Somalia's fight against the militants.

Somalia's government expressed solidarity with Kenya and said its forces would step up operations in \
the Gedo region.

Kenya has troops in Somalia as part of the African Union Transition Mission (Atmis), which is due to \
wind down by December.

Analysts say the attacks could be an attempt to pressure Nairobi to pull its troops out.

Kenya will host the East African Legislative Assembly in Nairobi next month.
""",
    events=[
        (("KENGOV",), ("SOMREB",), ("112", "111"), "blamed the al-Shabaab"),
        (("KENGOV",), ("SOMREB",), ("130", "138"), "pursue the perpetrators"),
        (("SOMREB",), ("KENCOP", "KEN"), ("183", "1833", "180", "190"), "Al-Shabaab claimed responsibility"),
        (("IGO",), ("SOMREB",), ("111", "110"), "condemned the attacks"),
        (("SOMGOV", "SOM"), ("KEN", "KENGOV"), ("051", "050", "010", "018"), "expressed solidarity"),
    ],
    also=[
        (("SOMREB", "KENUAF", "---"), ("KENCOP",), ("183", "1833", "180", "190"),
         "Eight police officers were killed"),
        (("SOMREB", "KENUAF", "---"), ("KENCOP",), ("183", "1833", "180"), "IED hits patrol"),
        (("KENUAF", "SOMREB", "KENCRM", "---"), ("KENCVL", "KEN", "KENBUS", "KENLAB"), ("180", "190", "193"),
         "unknown gunmen attacked"),
        (("IGO",), ("IGO", "SOM", "SOMGOV"), ("020", "021", "022"), "urged member states"),
        (("SOMGOV", "SOM", "SOMMIL"), ("SOMREB",), ("190", "150", "030"), "step up operations"),
    ],
    none=["Kenya has troops in Somalia", "Analysts say the attacks", "will host the East African"],
    parties=[
        ("Secretary Kithure Kindiki", "Kithure Kindiki", ("KENGOV",)),
        ("Al-Shabaab claimed", "Al-Shabaab", ("SOMREB",)),
        ("commander Samuel Mutunga", "Samuel Mutunga", ("KENCOP",)),
        ("The African Union Peace and Security Council", "African Union Peace and Security Council",
         ("IGO",)),
        ("and the body urged", "body", ("IGO",)),
    ],
)

ULAANBAATAR = Story(
    "kyivindependent_icc", "2024-09-03",
    """Ukraine slams Mongolia for failing to arrest Putin during visit

Ukraine's Foreign Ministry on Sept. 3 slammed Mongolia for failing to arrest Russian President Vladimir \
Putin during his visit to Ulaanbaatar, saying the country had let the fugitive "escape justice".

Putin arrived in Mongolia on Sept. 2 for his first visit to a member state of the International Criminal \
Court since the court issued a warrant for his arrest in March 2023.

Mongolian President Ukhnaagiin Khurelsukh welcomed Putin with an honor guard in Sukhbaatar Square.

Foreign Ministry spokesperson Heorhii Tykhyi said Ukraine would work with its partners to ensure that \
Mongolia "feels the consequences".

The European Commission said it regretted that Mongolia had not complied with its obligations, and a \
spokesperson for the court said judges could refer the case to the Assembly of States Parties.

Kremlin spokesman Dmitry Peskov said Moscow had "no worries" about the trip and dismissed the warrant as \
legally void.

Unconfirmed reports on Russian Telegram channels said Putin might also travel to Beijing later in the week.

Mongolia depends on Russia for about 90% of its fuel imports.

The ICC has 124 member states.
""",
    events=[
        (("UKRGOV",), ("MNG", "MNGGOV"), ("111", "110", "112"), "slammed Mongolia"),
        (("RUSGOV",), ("MNG", "MNGGOV"), ("042", "043"), "Putin arrived in Mongolia"),
        (("MNGGOV",), ("RUSGOV",), ("043", "042", "051"), "welcomed Putin with"),
        (("UKRGOV", "UKR"), ("MNG", "MNGGOV"), ("130", "131", "138"), "feels the consequences"),
        (("IGO",), ("MNG", "MNGGOV"), ("111", "110"), "it regretted that Mongolia"),
        (("RUSGOV",), ("IGO",), ("120", "125", "111"), "dismissed the warrant"),
    ],
    also=[
        (("UKR", "UKRGOV"), ("MNG", "MNGGOV"), ("111", "110", "112"), "Ukraine slams Mongolia"),
        (("IGO",), ("RUSGOV",), ("173", "112"), "issued a warrant for his"),
        (("MNG", "MNGGOV"), ("RUSGOV",), ("043", "042"), "Putin arrived in Mongolia"),
        (("UKR", "UKRGOV"), ("UKR", "IGO", "WST", "EUR"), ("030", "031", "040"), "work with its partners"),
        (("IGO",), ("MNG", "MNGGOV"), ("130", "111", "100"), "could refer the case"),
    ],
    none=["Unconfirmed reports on Russian Telegram", "depends on Russia for about 90%", "The ICC has 124"],
    parties=[
        ("Ukraine's Foreign Ministry", "Ukraine's Foreign Ministry", ("UKRGOV",)),
        ("President Ukhnaagiin Khurelsukh", "Ukhnaagiin Khurelsukh", ("MNGGOV",)),
        ("spokesperson Heorhii Tykhyi", "Heorhii Tykhyi", ("UKRGOV",)),
        ("spokesperson for the court", "court", ("IGO",)),
        ("spokesman Dmitry Peskov", "Dmitry Peskov", ("RUSGOV",)),
    ],
)

STORIES: list[Story] = [GAZA_SCHOOL, CAIRO_TALKS, WARSAW_EXPULSION, IRAN_SANCTIONS, LEBANON_LIVE, TAIWAN_ARMS,
                        MINSK_JOURNALIST, KHARKIV_SHELLING, HOSTAGE_DEAL, PTI_PROTEST, CANADA_INDIA,
                         NAIROBI_LSK,
                        UNIFIL, ELFASHER, GOMA_BLAME, ISTANBUL_SWAP, RED_SEA, SECOND_THOMAS,
                        SHARMAHD, TBILISI, TORKHAM, FISHERMEN, MANDERA, ULAANBAATAR]


if __name__ == "__main__":
    main(STORIES, "stories26")
