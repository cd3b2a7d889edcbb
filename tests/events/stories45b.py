"""Whole wire stories of our own read as an analyst would, the twenty-fourth set's second part (forty-third
session, wip/stories45): seven ERA stories written after the branch's fixes and committed before the coder
ran on them, on the brief's subjects and regions: a basic treaty signed on a state visit (Hungary and
Romania, 1996), inspectors let back in (Yongbyon, 1994), a peace accord violated (Kismayo, 1993), a rebel
movement's ministers suspended for breaking an accord (Angola, 1998), envoys returned after eight years
(Argentina and Britain, 1990), an ousted prince pardoned (Cambodia, 1998) and a jailed leader freed in a
trade (Sheikh Yassin, 1997).

Conventions are stories45's (docs/events.md, "Forty-third session: ... (wip/stories45)").

Run `python tests/events/stories45b.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories45 at 01970b72, the branch's code bfa4387e; main f5227023 the same, line for line): of
the 36 required events 24 were coded at country + root and 22 at actor + root; of the coded triples 24 were
right, 2 accepted, 0 duplicated and 16 wrong; 0 of the 1 non-event paragraph was coded; of 18 parties 16
were right, 1 wrong and 1 unresolved. No row was corrected. After the set's fix (people flown to a place
make no visit, c730f232): 24 / 22; right 24, accepted 2, duplicated 0, wrong 14; parties 16 / 1 / 1.
"""

from __future__ import annotations

from stories22 import Story, main, review
from stories44 import (
    _APPEAL,
    _COERCE,
    _CRIT,
    _DEMAND,
    _DIPCO,
    _FIGHT,
    _IGO,
    _INTENT,
    _MEET,
    _PRAISE,
    _REDUCE,
    _REJ,
    _STATE,
    _USA,
    _YIELD,
)
from stories45 import _ARREST, _FREED, _SIGN

__all__ = ["STORIES", "Story", "review"]

_HUN = ("HUN", "HUNGOV")
_ROU = ("ROU", "ROUGOV")

DPA_TIMISOARA_BASIC_TREATY = Story(
    "dpa_timisoara_basic_treaty", "1996-09-16",
    """Hungary and Romania sign basic treaty

TIMISOARA, Romania, Sept 16 (dpa) - The prime ministers of Hungary and Romania, Gyula Horn and Nicolae \
Vacaroiu, signed a basic treaty on Monday in which the two countries renounce territorial claims on each \
other and Bucharest pledges to respect the rights of its 1.6 million ethnic Hungarians.

Horn, on the first visit to Romania by a Hungarian head of government since 1990, called the treaty a \
historic reconciliation between the two peoples.

Vacaroiu said the accord removed the last obstacle to both countries' hopes of joining NATO and the \
European Union.

The Democratic Alliance of Hungarians in Romania (UDMR) criticised the treaty, saying it did not \
guarantee autonomy for the minority.

U.S. Secretary of State Warren Christopher welcomed the signing in a statement released in Washington.

Transylvania, home to most of Romania's Hungarians, was part of Hungary until 1920.
""",
    events=[
        (_HUN, _ROU, _SIGN, "signed a basic treaty"),
        (_ROU, _HUN, _SIGN, "signed a basic treaty"),
        (_HUN, _ROU, ("042",), "on the first visit"),
        (("ROUOPP", "ROUPTY", "ROUCVL", "HUN"), _ROU + _HUN, _CRIT + ("120",), "criticised the treaty"),
        (_USA, _HUN + _ROU, ("051", "050"), "welcomed the signing"),
    ],
    also=[
        (_ROU, _HUN + ("ROUCVL",), _INTENT + ("030", "032"), "pledges to respect"),
        (_ROU, _HUN, ("043",), "on the first visit"),
        (_HUN, _ROU, _PRAISE + ("013",), "historic reconciliation"),
        (_ROU, _HUN, _PRAISE + _STATE, "removed the last obstacle"),
        (_HUN, _ROU, _SIGN, "Hungary and Romania sign"),
        (_ROU, _HUN, _SIGN, "Hungary and Romania sign"),
    ],
    none=["was part of Hungary until 1920"],
    parties=[
        ("Gyula Horn and Nicolae Vacaroiu", "Gyula Horn", ("HUNGOV",)),
        ("Gyula Horn and Nicolae Vacaroiu", "Nicolae Vacaroiu", ("ROUGOV",)),
        ("U.S. Secretary of State Warren Christopher", "Warren Christopher", ("USAGOV",)),
    ],
)

_PRK = ("PRK", "PRKGOV")
_KOR = ("KOR", "KORGOV")

YONHAP_SEOUL_INSPECTORS_BACK = Story(
    "yonhap_seoul_inspectors_back", "1994-11-29",
    """IAEA inspectors return to Yongbyon to verify freeze

SEOUL, Nov. 29 (Yonhap) -- North Korea allowed a team of inspectors from the International Atomic Energy \
Agency into its nuclear complex at Yongbyon on Tuesday to verify that it has frozen its graphite reactors \
under last month's agreement with the United States.

The three inspectors, who arrived in Pyongyang from Beijing on Monday, will stay for about a week, an \
agency spokesman said in Vienna.

It is the first inspection since June, when Pyongyang withdrew from the agency in protest at a board \
resolution that cut off technical aid.

South Korean Foreign Minister Han Sung-joo welcomed the visit and urged the North to resume dialogue with \
Seoul, which Pyongyang suspended after the death of Kim Il-sung in July.

Under the Geneva agreement signed on October 21, Washington will arrange for the supply of two light-water \
reactors and 500,000 tons of heavy fuel oil a year.

The North's official news agency said the inspectors had been received in line with the agreement and \
accused Seoul of trying to obstruct its implementation.
""",
    events=[
        (_PRK, _IGO, ("0862", "086", "080", "081"), "allowed a team"),
        (_KOR, _IGO + _PRK, ("051", "050"), "welcomed the visit"),
        (_KOR, _PRK, _APPEAL + _DEMAND, "urged the North"),
        (_PRK + ("PRKMED",), _KOR, ("112", "111", "110"), "accused Seoul"),
    ],
    also=[
        (_IGO, _PRK, ("042",), "arrived in Pyongyang"),
        (_PRK, _IGO, ("043",), "arrived in Pyongyang"),
        (_PRK, _IGO, ("161", "160", "166", "140", "114"), "withdrew from the agency"),
        (_IGO, _PRK, ("162", "160", "163"), "cut off technical aid"),
        (_PRK, _KOR, ("164", "160", "125"), "Pyongyang suspended"),
        (_USA, _PRK, _INTENT + ("071", "070", "033"), "will arrange"),
        (_USA + _PRK, _PRK + _USA, _SIGN, "signed on October 21"),
        (_PRK + ("PRKMED",), _IGO, ("0862", "086", "043"), "had been received"),
        (_IGO, _PRK, ("042", "090"), "inspectors return"),
    ],
    none=[],
    parties=[
        ("South Korean Foreign Minister Han Sung-joo", "Han Sung-joo", ("KORGOV",)),
    ],
)

_SOM = ("SOMREB", "SOMUAF", "SOMOPP", "SOM", "SOMMIL")

XINHUA_MOGADISHU_KISMAYO = Story(
    "xinhua_mogadishu_kismayo_violation", "1993-03-17",
    """Fighting in Kismayo violates Addis Ababa accord: U.N.

MOGADISHU, March 17 (Xinhua) -- Forces loyal to Colonel Omar Jess attacked the southern port of Kismayo \
on Tuesday, in the first breach of the peace agreement that Somalia's 15 factions signed in Addis Ababa \
only two days earlier, a United Nations spokesman said here today.

The spokesman said Belgian troops of the U.N.-led force fired on the attackers and drove them back from \
the town, which is held by General Mohamed Said Hersi Morgan.

Jess accused Morgan's militia of killing civilians in Kismayo and said his men were defending the town's \
residents.

The U.N. special envoy for Somalia, Admiral Jonathan Howe, condemned the attack and warned that the \
faction leaders who broke the accord would be held responsible.

Under the Addis Ababa accord the factions agreed to a ceasefire and to hand over their heavy weapons to \
international forces within 90 days.

Somalia has had no central government since President Mohamed Siad Barre was ousted in January 1991.
""",
    events=[
        (_SOM, _SOM, _FIGHT + ("180",), "attacked the southern"),
        (("BEL", "BELMIL", "IGO") + _IGO, _SOM, _FIGHT + ("180",), "fired on the attackers"),
        (_SOM, _SOM, ("112", "111", "110"), "Jess accused"),
        (_IGO, _SOM, _CRIT, "condemned the attack"),
        (_IGO, _SOM, ("130", "131", "138", "139"), "warned that"),
    ],
    also=[
        (_SOM, _SOM, _SIGN + ("0871",), "signed in Addis"),
        (_SOM, _SOM + _IGO, _INTENT + ("0871", "087", "0873", "057"), "agreed to a ceasefire"),
        (_SOM, _SOM, _FIGHT + _STATE, "were defending"),
        (_SOM, _SOM, _FIGHT + ("180",), "Fighting in Kismayo"),
        (_SOM, _SOM + ("SOMGOV",), _COERCE + _FIGHT + ("180",), "was ousted"),
    ],
    none=[],
    parties=[
        ("Colonel Omar Jess", "Omar Jess", ("SOMREB", "SOMUAF", "SOMOPP", "SOMMIL")),
        ("General Mohamed Said Hersi Morgan", "Mohamed Said Hersi Morgan", ("SOMREB", "SOMUAF", "SOMOPP",
                                                                           "SOMMIL")),
        ("Admiral Jonathan Howe", "Jonathan Howe", ("IGO", "IGOUNO", "UNO")),
    ],
)

_AGO = ("AGO", "AGOGOV")
_UNITA = ("AGOREB", "AGOOPP", "AGOPTY")

REUTERS_LUANDA_UNITA_SUSPENDED = Story(
    "reuters_luanda_unita_suspended", "1998-09-02",
    """Angola suspends UNITA ministers over peace accord breaches

LUANDA, Sept 2 (Reuters) - Angola's government on Wednesday suspended the four UNITA ministers and seven \
deputy ministers in the unity cabinet, accusing rebel leader Jonas Savimbi of violating the 1994 Lusaka \
peace accord.

A government statement said UNITA had refused to hand over the central highland towns of Andulo and \
Bailundo and had rearmed thousands of fighters.

The National Assembly also suspended the mandates of UNITA's 70 deputies who remain loyal to Savimbi.

The government said it would deal only with a breakaway group, UNITA-Renovada, which denounced Savimbi \
on Tuesday.

U.N. envoy Issa Diallo appealed to both sides to avoid a return to war and urged Savimbi to comply with \
the accord.

UNITA's spokesman in Lisbon said the government was preparing an offensive and rejected the suspension.

The Lusaka accord was signed in November 1994 after two years of fighting.
""",
    events=[
        (_AGO, _UNITA, ("172", "170", "160", "161", "166"), "suspended the four"),
        (_AGO, _UNITA, ("112", "111", "110"), "accusing rebel leader"),
        (_AGO, _UNITA, ("112", "111", "110"), "had refused to hand"),
        (("AGOLEG",) + _AGO, _UNITA, ("172", "170", "160", "161", "166"), "also suspended"),
        (_IGO, _AGO + _UNITA, _APPEAL + _DEMAND, "appealed to both"),
        (_IGO, _UNITA, _APPEAL + _DEMAND, "urged Savimbi"),
        (_UNITA, _AGO, _REJ + ("112", "111"), "rejected the suspension"),
    ],
    also=[
        (_AGO, ("AGOOPP", "AGOPTY", "AGOREB"), _INTENT + ("040", "046", "036"), "would deal only"),
        (("AGOOPP", "AGOPTY", "AGOREB"), _UNITA, _CRIT, "denounced Savimbi"),
        (_UNITA, _AGO, ("112", "111", "110"), "was preparing"),
        (_AGO, _UNITA, ("172", "170", "160", "161", "166"), "Angola suspends"),
        (_AGO + _UNITA, _UNITA + _AGO, _SIGN, "was signed in November 1994"),
    ],
    none=[],
    parties=[
        ("rebel leader Jonas Savimbi", "Jonas Savimbi", ("AGOREB", "AGOOPP")),
        ("U.N. envoy Issa Diallo", "Issa Diallo", ("IGO", "IGOUNO", "UNO")),
    ],
)

_ARG = ("ARG", "ARGGOV")
_GBR = ("GBR", "GBRGOV")

EFE_MADRID_FALKLANDS_TIES = Story(
    "efe_madrid_argentina_britain_ties", "1990-02-15",
    """Argentina and Britain restore diplomatic relations

MADRID, Feb 15 (EFE) - Argentina and Britain agreed on Thursday to restore full diplomatic relations, \
broken off during the 1982 war over the Falkland Islands, and to exchange ambassadors within weeks.

The agreement was announced in a joint statement after two days of talks in Madrid between delegations \
led by Argentine Deputy Foreign Minister Lucio Garcia del Solar and Britain's ambassador to the United \
Nations, Sir Crispin Tickell.

Britain agreed to lift the 150-mile protection zone around the islands, and the two sides set up a \
system of military information to prevent incidents in the South Atlantic.

The question of sovereignty over the islands, which Argentina calls the Malvinas, was left aside under an \
"umbrella" formula.

Argentine Foreign Minister Domingo Cavallo said the agreement opened the way for British investment and a \
new relationship with the European Community.

Spanish Foreign Minister Francisco Fernandez Ordonez, whose government hosted the talks, congratulated \
both delegations.
""",
    events=[
        (_ARG, _GBR, _DIPCO + _INTENT, "agreed on Thursday"),
        (_GBR, _ARG, _DIPCO + _INTENT, "agreed on Thursday"),
        (_ARG, _GBR, ("046", "040", "041", "043"), "two days of talks"),
        (_GBR, _ARG, ("046", "040", "041", "043"), "two days of talks"),
        (_GBR, _ARG, ("087", "0872", "080", "081", "057", "030"), "agreed to lift"),
        (("ESP", "ESPGOV"), _ARG + _GBR, _PRAISE, "congratulated both"),
    ],
    also=[
        (_ARG + _GBR, _GBR + _ARG, _SIGN + ("062", "064"), "set up a"),
        (_ARG, _GBR, _PRAISE + _STATE + ("013",), "opened the way"),
        (("ESP", "ESPGOV"), _ARG + _GBR, ("043",), "hosted the talks"),
        (_ARG + _GBR, _GBR + _ARG, _DIPCO, "restore diplomatic relations"),
        (_ARG + _GBR, _GBR + _ARG, ("010", "057", "050"), "joint statement"),
        (_ARG + _GBR, _GBR + _ARG, _REDUCE + _FIGHT, "broken off during"),
    ],
    none=[],
    parties=[
        ("Deputy Foreign Minister Lucio Garcia del Solar", "Lucio Garcia del Solar", ("ARGGOV",)),
        ("Sir Crispin Tickell", "Crispin Tickell", ("GBRGOV", "GBR")),
        ("Argentine Foreign Minister Domingo Cavallo", "Domingo Cavallo", ("ARGGOV",)),
        ("Spanish Foreign Minister Francisco Fernandez Ordonez", "Francisco Fernandez Ordonez", ("ESPGOV",)),
    ],
)

_KHM = ("KHM", "KHMGOV")

AFP_PHNOM_PENH_PARDON = Story(
    "afp_phnom_penh_ranariddh_pardon", "1998-03-21",
    """King pardons ousted Cambodian prince

PHNOM PENH, March 21 (AFP) - King Norodom Sihanouk on Saturday pardoned his son, the ousted first prime \
minister Prince Norodom Ranariddh, clearing the way for the prince to return from exile and take part in \
July's elections.

Ranariddh was sentenced in absentia this month to a total of 35 years in prison by military courts, which \
convicted him of smuggling arms and of colluding with Khmer Rouge guerrillas.

Second Prime Minister Hun Sen, who ousted Ranariddh in fighting in Phnom Penh last July, had asked the king \
to grant the pardon under a Japanese peace plan.

Ranariddh welcomed the pardon from Bangkok and said he would return to Cambodia on March 30.

The United States and the European Union said the pardon was an important step toward free and fair \
elections but urged the government to guarantee the safety of opposition politicians.

More than 40 of the prince's supporters were killed after last July's fighting, according to U.N. human \
rights investigators.
""",
    events=[
        (_KHM + ("KHMELI", "KHMROY"), ("KHMOPP", "KHMELI", "KHMPTY", "KHM"), _FREED + ("081", "083"),
         "pardoned his son"),
        (("KHMJUD", "KHMMIL") + _KHM, ("KHMOPP", "KHMELI", "KHMPTY", "KHM"), ("173", "170", "172", "112"),
         "was sentenced"),
        (_KHM, _KHM + ("KHMELI", "KHMROY"), _APPEAL + _DEMAND, "had asked the king"),
        (("KHMOPP", "KHMELI", "KHMPTY"), _KHM + ("KHMELI", "KHMROY"), _PRAISE, "welcomed the pardon"),
        (_USA + ("EUR", "IGO"), _KHM, _APPEAL + _DEMAND, "urged the government"),
    ],
    also=[
        (("KHMOPP", "KHMELI", "KHMPTY"), _KHM, _INTENT + ("042",), "would return"),
        (_USA + ("EUR", "IGO"), _KHM, _PRAISE + _STATE, "important step"),
        (_KHM, ("KHMOPP", "KHMELI", "KHMPTY", "KHMCVL"), _FIGHT + ("180", "200"), "were killed"),
        (_KHM + ("KHMELI", "KHMROY"), ("KHMOPP", "KHMELI", "KHMPTY", "KHM"), _FREED + ("081", "083"),
         "King pardons"),
        (_KHM, ("KHMOPP", "KHMELI", "KHMPTY"), _COERCE + _FIGHT, "who ousted"),
    ],
    none=[],
    parties=[
        ("Prince Norodom Ranariddh", "Norodom Ranariddh", ("KHMOPP", "KHMELI", "KHMPTY")),
        ("Second Prime Minister Hun Sen", "Hun Sen", ("KHMGOV",)),
    ],
)

_ISR = ("ISR", "ISRGOV")
_JOR = ("JOR", "JORGOV")

KUNA_AMMAN_YASSIN_FREED = Story(
    "kuna_amman_yassin_freed", "1997-10-01",
    """Israel frees Hamas founder Sheikh Yassin to Jordan

AMMAN, Oct 1 (KUNA) -- Israel released the founder of the Islamic Resistance Movement (Hamas), Sheikh Ahmed \
Yassin, early on Wednesday and flew him to Jordan, where he was taken to a military hospital.

King Hussein visited the ailing sheikh at the hospital and said Jordan would care for him until he was \
well enough to return to Gaza.

Israeli officials said the release was a gesture to the king, whose relations with Israel were strained \
by a failed attempt by Israeli agents to kill a Hamas official in Amman last week.

Jordan has freed two Israeli agents arrested after the attack, according to Israeli radio.

Palestinian President Yasser Arafat welcomed the sheikh's release and said he hoped to meet him soon.

Yassin, who is paralysed, was serving a life sentence handed down in 1991 for ordering the killing of \
Palestinians suspected of collaborating with Israel.
""",
    events=[
        (_ISR, ("PSEREB", "PSE", "PSEOPP"), _FREED, "released the founder"),
        (_JOR, ("PSEREB", "PSE", "PSEOPP"), ("042", "043", "040", "073", "070"), "visited the ailing"),
        (_JOR, ("ISR", "ISRSPY", "ISRGOV", "ISRCVL"), _FREED, "has freed two"),
        (("PSE", "PSEGOV", "PLO"), _ISR + ("PSEREB",), _PRAISE, "welcomed the sheikh"),
    ],
    also=[
        (_ISR, _JOR, ("0841", "084", "080"), "flew him to Jordan"),
        (_JOR, ("PSEREB", "PSE", "PSEOPP"), _INTENT + ("073", "070"), "would care for"),
        (_ISR, _JOR, _PRAISE + _YIELD + _STATE, "was a gesture"),
        (("ISRSPY", "ISR", "ISRGOV"), ("PSEREB",), ("186", "180", "182"), "failed attempt"),
        (_JOR, ("ISRSPY", "ISR"), _ARREST, "arrested after"),
        (("PSE", "PSEGOV", "PLO"), ("PSEREB",), _INTENT + _MEET + ("036",), "hoped to meet"),
        (_ISR, ("PSEREB", "PSE", "PSEOPP"), _FREED, "Israel frees"),
        (_ISR, _JOR, _REDUCE, "were strained"),
        (("ISRJUD", "ISR", "ISRGOV"), ("PSEREB", "PSE"), _ARREST + ("172",), "life sentence"),
    ],
    none=[],
    parties=[
        ("Sheikh Ahmed Yassin", "Yassin", ("PSEREB", "PSE")),
        ("King Hussein", "King Hussein", ("JORGOV",)),
        ("Palestinian President Yasser Arafat", "Yasser Arafat", ("PSEGOV", "PLO")),
    ],
)


STORIES: list[Story] = [DPA_TIMISOARA_BASIC_TREATY, YONHAP_SEOUL_INSPECTORS_BACK, XINHUA_MOGADISHU_KISMAYO,
                        REUTERS_LUANDA_UNITA_SUSPENDED, EFE_MADRID_FALKLANDS_TIES, AFP_PHNOM_PENH_PARDON,
                        KUNA_AMMAN_YASSIN_FREED]


if __name__ == "__main__":
    main(STORIES, "stories45b")
