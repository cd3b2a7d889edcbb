"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (twenty-sixth
session, wip/stories28): ERA copy, the agency leads of 1988-2005 the hidden real-news CAMEO set is drawn
from. The Gulf war's aftermath and UN inspections in Iraq, Bosnia and Kosovo, Israel and the PLO, the
nuclear tests and Kargil, the Taiwan Strait, North Korea and KEDO, Chechnya, the end of the Soviet Union,
South Africa's transition, Sierra Leone and ECOMOG, Angola and UNITA, East Timor, Colombia and the FARC,
Northern Ireland, Cyprus, Afghanistan and the Taliban, Algeria, Sri Lanka, the Congo war.

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: Reuters, AFP,
AP's "JERUSALEM (AP) -", UPI ("ISLAMABAD, Pakistan, May 28 (UPI) --"), ITAR-TASS over a Chechen village,
Kyodo ("NEW YORK, Dec. 15 Kyodo -", "==Kyodo"), dpa ("BONN, March 25 (dpa) -" and its tail code), IRNA,
KCNA ("Pyongyang, June 13 (KCNA) --"), MENA, Interfax, Xinhua ("BEIJING, November 12 (Xinhua) --") and
two BBC Monitoring summaries ("Text of report by ... radio", "[Passage omitted: ...]", "Source: ...").
They include non-events: history, plans, conditions, market lines and agency furniture.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, "A said B attacked C" is A -> B 112 alone, a conditional or a denial is
no act, a phone call is 040 both ways, a visit a 042 / 043 pair, signing an agreement 057 both ways,
recognition 054, freezing aid 162, breaking relations 161, a foreign force sent to help a government 07x.
Armed groups of the day are their country's REB (the Bosnian Serbs of 1995 also under BIH/SRB, Chechen
separatists RUSREB, the Taliban of 1998 AFGREB or AFGGOV), the Soviet Union USR.

Run `python tests/events/stories28.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories28 at 0e66cfd, main's code 42970a4, before any change): of the 119 required events
69 were coded at country + root and 63 at actor + root; of the coded triples 65 were right, 16 accepted,
none duplicated and 41 wrong; 4 of the 38 non-event paragraphs were coded; of 84 parties 71 were right, 8
wrong and 5 unresolved.

Four kinds of list correction after the first run, where the coder's reading is the guide's and the list
had left it out: "agreed to allow an international peacekeeping force" is intent (0355), as "agreed to
expand cooperation" is (stories27); an act the story tells in a reported clause is accepted ("the
resolution of the IAEA board of governors to suspend technical assistance to the DPRK", IAEA -> PRK 162);
and the speaker's own state as the subject of its reported stance or intent is accepted beside the
speaker ("Jiang said China supports ...", "Vajpayee said India was ready to discuss ...", "... that India
would not resume talks"). Main scored on the corrected lists: 69 / 63; right 65, accepted 20, duplicated 0,
wrong 37; non-events coded 4 of 38; parties 71 / 8 / 5.

After the branch's fixes (wip/stories28: a phone call received both ways, makers and measures no parties,
background lines, attending a signing, inspectors barred, withdrawal from a body, missiles fired in an
exercise, a monitoring service's header, a possessive before a split title, a second appeal beside the
first): 81 / 74; right 76, accepted 19, duplicated 0, wrong 29; non-events coded 1 of 38; parties right 73,
wrong 7, unresolved 4. What still fails is a strict xfail in tests/events/test_stories28.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

TAIPEI_MISSILES = Story(
    "reuters_taipei_missiles", "1996-03-08",
    """China fires missiles off Taiwan, U.S. calls tests reckless

TAIPEI, March 8 (Reuters) - China's People's Liberation Army fired surface-to-surface missiles into \
waters close to Taiwan on Friday in exercises that Beijing said were routine but that Taipei called an \
attempt to intimidate voters ahead of the island's first direct presidential election.

Chinese Foreign Ministry spokesman Shen Guofang told a regular news briefing in Beijing that the \
exercises were aimed at those who sought to split the motherland, and warned the United States against \
interfering in China's internal affairs.

Taiwan's President Lee Teng-hui urged the island's 21 million people to stay calm and said the armed \
forces were ready for any emergency.

U.S. Secretary of State Warren Christopher called the tests "reckless" and "risky", and the Pentagon \
said the aircraft carrier Independence had been ordered to waters east of Taiwan.

Japan's Chief Cabinet Secretary Seiroku Kajiyama expressed concern and asked Beijing to exercise restraint.

Taiwan's stock market fell 2.8 percent and the Taiwan dollar weakened to 27.6 against the U.S. currency.

Taiwan and the mainland have been ruled separately since the end of a civil war in 1949.
""",
    events=[
        (("CHNMIL", "CHN", "CHNGOV"), ("TWN", "TWNGOV", "TWNMIL"), ("150", "152", "153", "138", "130"),
         "fired surface-to-surface missiles"),
        (("CHNGOV",), ("USA", "USAGOV"), ("130", "131", "138", "111", "112", "100", "106"),
         "warned the United States against"),
        (("USAGOV",), ("CHN", "CHNGOV", "CHNMIL"), ("111", "110"), "called the tests"),
        (("JPNGOV",), ("CHN", "CHNGOV"), ("020", "025", "100", "110", "111", "012"),
         "asked Beijing to exercise restraint"),
    ],
    also=[
        (("CHNMIL", "CHN", "CHNGOV"), ("TWN", "TWNGOV", "TWNMIL"), ("150", "152", "138", "130"),
         "China fires missiles off Taiwan"),
        (("USAGOV", "USA"), ("CHN", "CHNGOV", "CHNMIL"), ("111", "110"), "China fires missiles off Taiwan"),
        (("TWNGOV", "TWN"), ("CHN", "CHNGOV", "CHNMIL"), ("111", "112", "110"), "attempt to intimidate"),
        (("TWNGOV",), ("TWN", "TWNCVL"), ("020", "023", "025"), "urged the island's 21 million"),
        (("TWNGOV", "TWNMIL"), ("CHN", "CHNMIL"), ("150", "152"), "armed forces were ready"),
        (("USAGOV", "USAMIL", "USA"), ("CHN", "CHNGOV", "CHNMIL", "TWN"), ("150", "152", "153"),
         "aircraft carrier Independence"),
    ],
    none=["Taiwan's stock market fell", "ruled separately since"],
    parties=[
        ("spokesman Shen Guofang", "Shen Guofang", ("CHNGOV",)),
        ("President Lee Teng-hui", "Lee Teng-hui", ("TWNGOV",)),
        ("Secretary of State Warren Christopher", "Warren Christopher", ("USAGOV",)),
        ("Secretary Seiroku Kajiyama", "Seiroku Kajiyama", ("JPNGOV",)),
    ],
)

BAGHDAD_UNSCOM = Story(
    "afp_baghdad_unscom", "1998-01-13",
    """Iraq blocks UN arms team led by American

BAGHDAD, Jan 13 (AFP) - Iraq on Tuesday barred a UN weapons inspection team led by American Scott Ritter \
from carrying out its work, accusing its leader of spying for the United States.

Deputy Prime Minister Tariq Aziz told a news conference that the team had too many Americans and Britons \
and that Baghdad would not deal with it until its make-up was changed.

The executive chairman of the UN Special Commission (UNSCOM), Richard Butler, called the decision \
"totally unacceptable" and said he would report to the Security Council in New York on Wednesday.

In Washington, State Department spokesman James Rubin said Iraq was "playing with fire" and warned that \
the United States ruled out no option, including the use of force.

Russian Foreign Minister Yevgeny Primakov telephoned Aziz and urged Baghdad to cooperate with the \
inspectors, the Itar-Tass news agency reported.

UNSCOM was set up under the ceasefire resolution that ended the Gulf war.

Brent crude for February rose 30 cents to 16.05 dollars a barrel in London.
""",
    events=[
        (("IRQGOV", "IRQ"), ("IGO",), ("120", "121", "124", "128", "129"), "barred a UN weapons"),
        (("IRQGOV", "IRQ"), ("IGO", "USA", "USAGOV"), ("112",), "accusing its leader of spying"),
        (("IGO",), ("IRQ", "IRQGOV"), ("111", "110"), "totally unacceptable"),
        (("USAGOV",), ("IRQ", "IRQGOV"), ("130", "138", "131", "139"), "playing with fire"),
        (("RUSGOV",), ("IRQGOV",), ("040",), "telephoned Aziz"),
        (("IRQGOV",), ("RUSGOV",), ("040",), "telephoned Aziz"),
        (("RUSGOV",), ("IRQGOV", "IRQ"), ("020", "021", "022", "025", "100", "101", "102", "105"),
         "urged Baghdad to cooperate"),
    ],
    also=[
        (("IRQGOV", "IRQ"), ("IGO",), ("120", "121", "124", "128"), "Iraq blocks UN arms team"),
        (("IRQGOV",), ("IGO",), ("120", "124", "125", "128", "111"), "would not deal with it"),
        (("IGO",), ("IRQ", "IRQGOV"), ("036", "030", "010", "110"), "would report to the Security"),
    ],
    none=["UNSCOM was set up", "Brent crude for February"],
    parties=[
        ("Deputy Prime Minister Tariq Aziz", "Tariq Aziz", ("IRQGOV",)),
        ("Richard Butler", "Richard Butler", ("IGO",)),
        ("spokesman James Rubin", "James Rubin", ("USAGOV",)),
        ("Minister Yevgeny Primakov", "Yevgeny Primakov", ("RUSGOV",)),
    ],
)

_BSERB = ("BIHREB", "BIH", "BIHMIL", "BIHSRB", "SRB", "SRBREB", "BIHGOV")

SARAJEVO_NATO = Story(
    "reuters_sarajevo_nato", "1995-08-30",
    """NATO jets pound Bosnian Serb positions around Sarajevo

SARAJEVO, Aug 30 (Reuters) - NATO warplanes pounded Bosnian Serb ammunition dumps, radar sites and \
artillery positions around Sarajevo on Wednesday in the biggest military operation in the alliance's \
history.

The strikes followed a mortar attack on a Sarajevo market on Monday that killed 37 people, which UN \
officials blamed on the Bosnian Serbs.

UN spokesman Alexander Ivanko said the Serbs must withdraw their heavy weapons from a 20-km exclusion \
zone around the city or face more attacks.

Bosnian Serb leader Radovan Karadzic called the raids "a crime against the Serb people" and said his \
forces would not bow to pressure.

Bosnian Prime Minister Haris Silajdzic welcomed the strikes, saying they were long overdue.

Russia's Foreign Ministry condemned the bombing and demanded an immediate halt to the raids.

In Belgrade, Serbian President Slobodan Milosevic said he had persuaded the Bosnian Serbs to let him \
lead their delegation at future peace talks, state television reported.

More than 200,000 people are estimated to have died in the war.
""",
    events=[
        (("IGO",), _BSERB, ("190", "195", "180", "183", "186"), "pounded Bosnian Serb ammunition"),
        (("IGO",), _BSERB, ("130", "138", "100", "101", "105", "106"), "must withdraw their heavy"),
        (_BSERB, ("IGO",), ("111", "110"), "a crime against the Serb people"),
        (("BIHGOV",), ("IGO",), ("051", "050"), "welcomed the strikes"),
        (("RUS", "RUSGOV"), ("IGO",), ("111", "110"), "condemned the bombing"),
        (("RUS", "RUSGOV"), ("IGO",), ("100", "101", "105", "106", "111"), "demanded an immediate halt"),
    ],
    also=[
        (("IGO",), _BSERB, ("190", "195", "180", "183", "186"), "NATO jets pound Bosnian Serb"),
        (("IGO",), _BSERB, ("112",), "which UN officials blamed"),
        (_BSERB, ("BIHCVL", "BIH"), ("180", "183", "194", "190", "186"), "a mortar attack on a Sarajevo"),
        (_BSERB, ("IGO",), ("120", "124", "128"), "would not bow to pressure"),
        (("SRBGOV", "YUGGOV", "SRB", "YUG"), _BSERB, ("040", "046", "030", "036", "050", "051"),
         "persuaded the Bosnian Serbs"),
    ],
    none=["More than 200,000 people"],
    parties=[
        ("spokesman Alexander Ivanko", "Alexander Ivanko", ("IGO",)),
        ("leader Radovan Karadzic", "Radovan Karadzic", _BSERB),
        ("Prime Minister Haris Silajdzic", "Haris Silajdzic", ("BIHGOV",)),
        ("President Slobodan Milosevic", "Slobodan Milosevic", ("SRBGOV", "YUGGOV")),
    ],
)

_PLO = ("PSE", "PSEGOV", "PSEREB", "PSEOPP")

JERUSALEM_RECOGNITION = Story(
    "ap_jerusalem_recognition", "1993-09-10",
    """Israel, PLO recognize each other

JERUSALEM (AP) - Israel and the Palestine Liberation Organization formally recognized each other Friday \
after decades of enmity, clearing the way for the signing of a peace accord at the White House next week.

Prime Minister Yitzhak Rabin signed a letter recognizing the PLO as the representative of the \
Palestinian people, a day after PLO chairman Yasser Arafat signed a letter in Tunis renouncing terrorism \
and accepting Israel's right to exist.

Norwegian Foreign Minister Johan Joergen Holst, who mediated the secret talks that led to the accord, \
carried Arafat's letter to Jerusalem.

President Clinton called the exchange "a historic breakthrough" and announced that the United States \
would resume its dialogue with the PLO.

Hamas, the Islamic militant group, rejected the deal and vowed to continue its armed struggle against \
Israel.

In the Gaza Strip, Israeli soldiers shot and wounded three Palestinian youths who threw stones at an \
army patrol, hospital officials said.

Israel captured the West Bank and Gaza in the 1967 Middle East war.
""",
    events=[
        (("ISR", "ISRGOV"), _PLO, ("054", "050", "057"), "formally recognized each other"),
        (_PLO, ("ISR", "ISRGOV"), ("054", "050", "057"), "formally recognized each other"),
        (("USAGOV",), ("ISR", "ISRGOV") + _PLO, ("051", "050"), "a historic breakthrough"),
        (("USAGOV", "USA"), _PLO, ("036", "030", "040", "046", "054", "081", "050"),
         "would resume its dialogue"),
        (("PSEREB", "PSE", "PSEOPP"), ("ISR", "ISRGOV") + _PLO, ("120", "127", "125"), "rejected the deal"),
        (("ISRMIL",), ("PSECVL", "PSE"), ("180", "190", "193", "181"), "shot and wounded three"),
    ],
    also=[
        (("ISR", "ISRGOV"), _PLO, ("054", "050", "057"), "Israel, PLO recognize each other"),
        (_PLO, ("ISR", "ISRGOV"), ("054", "050", "057"), "Israel, PLO recognize each other"),
        (("ISRGOV",), _PLO, ("054", "050", "057"), "signed a letter recognizing"),
        (_PLO, ("ISR", "ISRGOV"), ("054", "050", "057", "080", "081", "087"), "signed a letter recognizing"),
        (("NORGOV",), ("ISR", "ISRGOV") + _PLO, ("045", "046", "040", "042", "043"), "mediated the secret"),
        (("PSEREB", "PSE", "PSEOPP"), ("ISR", "ISRGOV"), ("130", "138", "190"), "rejected the deal"),
        (("PSECVL", "PSE"), ("ISRMIL",), ("145", "180", "140"), "threw stones"),
    ],
    none=["Israel captured the West Bank"],
    parties=[
        ("Prime Minister Yitzhak Rabin", "Yitzhak Rabin", ("ISRGOV",)),
        ("chairman Yasser Arafat", "Yasser Arafat", ("PSEGOV", "PSEREB")),
        ("Minister Johan Joergen Holst", "Johan Joergen Holst", ("NORGOV",)),
        ("President Clinton", "Clinton", ("USAGOV",)),
    ],
)

ISLAMABAD_TESTS = Story(
    "upi_islamabad_tests", "1998-05-28",
    """Pakistan answers India with five nuclear tests

ISLAMABAD, Pakistan, May 28 (UPI) -- Pakistan conducted five underground nuclear tests Thursday in reply \
to India's tests earlier this month, raising fears of a nuclear arms race in South Asia.

Prime Minister Nawaz Sharif said in a televised address that Pakistan had "settled the score" with \
India, and declared a state of emergency that suspended fundamental rights.

U.S. President Bill Clinton condemned the tests and said he would impose sanctions on Pakistan as \
required by U.S. law.

Japan, Pakistan's biggest aid donor, said it was freezing new grant aid and loans to Islamabad.

In New Delhi, Indian Prime Minister Atal Behari Vajpayee said India was ready to discuss a no-first-use \
pact with Pakistan.

China, which has close ties with Islamabad, expressed deep regret and urged both countries to exercise \
the utmost restraint.

The Karachi Stock Exchange was closed for the day.

India and Pakistan have fought three wars since independence from Britain in 1947.
""",
    events=[
        (("PAK", "PAKGOV", "PAKMIL"), ("IND", "INDGOV", "INDMIL"), ("150", "152", "153", "138", "130"),
         "conducted five underground"),
        (("USAGOV",), ("PAK", "PAKGOV"), ("111", "110"), "condemned the tests"),
        (("JPN", "JPNGOV"), ("PAK", "PAKGOV"), ("162", "160", "163"), "freezing new grant aid"),
        (("INDGOV",), ("PAK", "PAKGOV"), ("030", "031", "032", "036", "040", "046"),
         "ready to discuss a no-first-use"),
        (("CHN", "CHNGOV"), ("PAK", "PAKGOV", "IND", "INDGOV"), ("020", "025", "100", "110", "111", "012"),
         "urged both countries"),
    ],
    also=[
        (("PAK", "PAKGOV", "PAKMIL"), ("IND", "INDGOV", "INDMIL"), ("150", "152", "138", "130"),
         "Pakistan answers India"),
        (("IND", "INDGOV", "INDMIL"), ("PAK", "PAKGOV"), ("150", "152", "138"), "in reply to India's tests"),
        (("IND",), ("PAK", "PAKGOV"), ("030", "031", "032", "036", "040", "046"),
         "ready to discuss a no-first-use"),
        (("PAKGOV",), ("IND", "INDGOV"), ("111", "110", "130"), "settled the score"),
        (("PAKGOV",), ("PAK", "PAKCVL"), ("170", "171", "172", "175", "150", "151"), "state of emergency"),
        (("USAGOV",), ("PAK", "PAKGOV"), ("163", "160", "030", "130", "131"), "would impose sanctions"),
        (("CHN", "CHNGOV"), ("PAK", "PAKGOV", "IND", "INDGOV"), ("110", "111", "012", "018"),
         "expressed deep regret"),
        (("CHN", "CHNGOV"), ("IND", "INDGOV", "PAK", "PAKGOV"), ("020", "025", "100", "110"),
         "urged both countries"),
    ],
    none=["Karachi Stock Exchange was closed", "have fought three wars"],
    parties=[
        ("Prime Minister Nawaz Sharif", "Nawaz Sharif", ("PAKGOV",)),
        ("President Bill Clinton", "Bill Clinton", ("USAGOV",)),
        ("Minister Atal Behari Vajpayee", "Atal Behari Vajpayee", ("INDGOV",)),
    ],
)

_CHECHEN = ("RUSREB", "RUSSEP", "RUSINS")

TASS_CHECHNYA = Story(
    "itartass_novyeatagi", "1996-08-22",
    """Lebed, Maskhadov sign ceasefire accord for Chechnya

NOVYE ATAGI, Chechnya, August 22 (ITAR-TASS) -- Russian Security Council Secretary Alexander Lebed and \
Chechen separatist chief of staff Aslan Maskhadov signed an agreement here on Thursday on a ceasefire \
and the separation of forces in Grozny.

The agreement provides for the withdrawal of federal troops from the city and for joint patrols by \
Russian and Chechen units, Lebed told reporters after the talks.

Maskhadov said his fighters would observe the truce as long as the federal side did the same.

Fighting continued on the southern outskirts of Grozny overnight, where federal artillery shelled \
positions held by the separatists, the Interfax news agency reported.

Interior Minister Anatoly Kulikov criticised the agreement, calling it a capitulation to the separatists.

The OSCE mission in Grozny, headed by Swiss diplomat Tim Guldimann, welcomed the accord and offered to \
monitor the truce.

Tens of thousands of people have been killed in the 20-month war.
""",
    events=[
        (("RUSGOV",), _CHECHEN, ("057", "087", "081", "030", "036", "080"), "signed an agreement here"),
        (_CHECHEN, ("RUSGOV",), ("057", "087", "081", "030", "036", "080"), "signed an agreement here"),
        (("RUSMIL", "RUS"), _CHECHEN, ("194", "190", "195", "180"), "federal artillery shelled"),
        (("RUSGOV",), ("RUSGOV", "RUS") + _CHECHEN, ("111", "110"), "criticised the agreement"),
        (("IGO",), ("RUS", "RUSGOV") + _CHECHEN, ("051", "050"), "welcomed the accord"),
    ],
    also=[
        (("RUSGOV",), _CHECHEN, ("057", "087", "081", "030", "040", "046"), "Lebed, Maskhadov sign"),
        (_CHECHEN, ("RUSGOV",), ("057", "087", "081", "030", "040", "046"), "Lebed, Maskhadov sign"),
        (("RUSGOV",), _CHECHEN, ("040", "046"), "after the talks"),
        (_CHECHEN, ("RUSGOV",), ("040", "046"), "after the talks"),
        (("IGO",), ("RUS", "RUSGOV") + _CHECHEN, ("030", "031", "032", "036", "086", "090"),
         "offered to monitor"),
    ],
    none=["The agreement provides for the withdrawal", "would observe the truce", "Tens of thousands"],
    parties=[
        ("Secretary Alexander Lebed", "Alexander Lebed", ("RUSGOV",)),
        ("chief of staff Aslan Maskhadov", "Aslan Maskhadov", _CHECHEN),
        ("Minister Anatoly Kulikov", "Anatoly Kulikov", ("RUSGOV",)),
        ("diplomat Tim Guldimann", "Tim Guldimann", ("IGO",)),
    ],
)

KYODO_KEDO = Story(
    "kyodo_newyork_kedo", "1995-12-15",
    """KEDO, N. Korea sign reactor supply accord

NEW YORK, Dec. 15 Kyodo - The Korean Peninsula Energy Development Organization (KEDO) and North Korea \
signed an agreement Friday under which the consortium will supply two light-water nuclear reactors to \
the North, KEDO officials said.

KEDO Executive Director Stephen Bosworth and North Korean Ambassador Ho Jong signed the accord at the \
consortium's offices in Manhattan after three months of negotiations in Kuala Lumpur and New York.

The South Korean Foreign Ministry welcomed the accord in a statement issued in Seoul, saying it would \
help ease tension on the peninsula.

Japanese Foreign Minister Yohei Kono said Tokyo would bear a "significant" share of the cost, estimated \
at 4.5 billion dollars.

The reactors are to be built at Sinpo on the North's east coast.

The Nikkei average ended 1.2 percent higher at 19,350.42 in Tokyo.

==Kyodo
""",
    events=[
        (("IGO",), ("PRK", "PRKGOV"), ("057", "050"), "signed an agreement Friday"),
        (("PRK", "PRKGOV"), ("IGO",), ("057", "050"), "signed an agreement Friday"),
        (("KORGOV", "KOR"), ("IGO", "PRK", "PRKGOV"), ("051", "050"), "welcomed the accord in a statement"),
        (("JPNGOV",), ("IGO", "PRK", "PRKGOV"), ("030", "031", "070", "071"), "would bear a"),
    ],
    also=[
        (("IGO",), ("PRK", "PRKGOV"), ("057", "050"), "KEDO, N. Korea sign"),
        (("PRK", "PRKGOV"), ("IGO",), ("057", "050"), "KEDO, N. Korea sign"),
        (("IGO",), ("PRK", "PRKGOV"), ("057", "050", "046", "040"), "signed the accord at the"),
        (("PRK", "PRKGOV"), ("IGO",), ("057", "050", "046", "040"), "signed the accord at the"),
        (("IGO",), ("PRK", "PRKGOV"), ("030", "031", "070"), "will supply two light-water"),
    ],
    none=["The reactors are to be built", "The Nikkei average", "==Kyodo"],
    parties=[
        ("Director Stephen Bosworth", "Stephen Bosworth", ("IGO",)),
        ("Ambassador Ho Jong", "Ho Jong", ("PRKGOV",)),
        ("The South Korean Foreign Ministry", "South Korean Foreign Ministry", ("KORGOV",)),
        ("Minister Yohei Kono", "Yohei Kono", ("JPNGOV",)),
    ],
)

_YUG = ("YUG", "YUGGOV", "YUGMIL", "SRB", "SRBGOV", "SRBMIL")
_KLA = ("XKXREB", "KOSREB", "YUGREB", "SRBREB", "XKX", "KOS")

DPA_KOSOVO = Story(
    "dpa_bonn_kosovo", "1999-03-25",
    """NATO strikes Yugoslavia, Russia freezes ties with alliance

BONN, March 25 (dpa) - NATO aircraft and cruise missiles struck military targets across Yugoslavia \
overnight in the first attack on a sovereign European state in the alliance's 50-year history, NATO \
Secretary General Javier Solana said on Thursday.

Chancellor Gerhard Schroeder said in a televised address that German Tornado jets had taken part in the \
strikes and that Yugoslav President Slobodan Milosevic had left the alliance no choice.

In Moscow, President Boris Yeltsin condemned the attack as "naked aggression", and Russia suspended its \
cooperation with NATO and recalled its chief military representative from Brussels.

Belgrade declared a state of war and broke off diplomatic relations with the United States, Britain, \
France and Germany.

The Kosovo Liberation Army (KLA) welcomed the strikes and called on NATO to arm its fighters.

Serbian police and troops have been fighting the KLA in the southern province since February 1998.

German shares fell 1.8 percent on the Frankfurt exchange.

dpa fr lm
""",
    events=[
        (("IGO",), _YUG, ("190", "195", "180", "183", "186"), "struck military targets"),
        (("RUSGOV",), ("IGO",), ("111", "110"), "naked aggression"),
        (("RUS", "RUSGOV"), ("IGO",), ("160", "161", "166", "164"), "suspended its cooperation"),
        (("YUG", "YUGGOV", "SRB", "SRBGOV"), ("USA", "USAGOV"), ("161", "160"), "broke off diplomatic"),
        (("YUG", "YUGGOV", "SRB", "SRBGOV"), ("GBR", "GBRGOV"), ("161", "160"), "broke off diplomatic"),
        (("YUG", "YUGGOV", "SRB", "SRBGOV"), ("FRA", "FRAGOV"), ("161", "160"), "broke off diplomatic"),
        (("YUG", "YUGGOV", "SRB", "SRBGOV"), ("DEU", "DEUGOV"), ("161", "160"), "broke off diplomatic"),
        (_KLA, ("IGO",), ("051", "050"), "welcomed the strikes and called"),
    ],
    also=[
        (("IGO",), _YUG, ("190", "195", "180", "183"), "NATO strikes Yugoslavia"),
        (("RUS", "RUSGOV"), ("IGO",), ("160", "161", "166"), "Russia freezes ties"),
        (("DEU", "DEUMIL", "DEUGOV"), _YUG, ("190", "195", "180"), "German Tornado jets"),
        (("DEUGOV",), ("YUGGOV", "SRBGOV", "YUG", "SRB"), ("111", "112"), "left the alliance no choice"),
        (("YUG", "YUGGOV", "SRB", "SRBGOV"), ("IGO", "USA", "GBR", "FRA", "DEU"), ("150", "152", "153"),
         "declared a state of war"),
        (_KLA, ("IGO",), ("020", "021", "023", "100"), "called on NATO to arm"),
        (("SRBCOP", "SRBMIL", "YUGCOP", "YUGMIL", "SRB", "YUG"), _KLA, ("190", "193"),
         "have been fighting the KLA"),
    ],
    none=["German shares fell", "dpa fr lm"],
    parties=[
        ("Secretary General Javier Solana", "Javier Solana", ("IGO",)),
        ("Chancellor Gerhard Schroeder", "Gerhard Schroeder", ("DEUGOV",)),
        ("President Slobodan Milosevic", "Slobodan Milosevic", ("YUGGOV", "SRBGOV")),
        ("President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
    ],
)

_TALIBAN = ("AFGREB", "AFGGOV", "AFG", "AFGINS")

IRNA_TALIBAN = Story(
    "irna_tehran_taliban", "1998-09-01",
    """Iran holds Taliban responsible for diplomats, begins border manoeuvres

TEHRAN, Sept 1 (IRNA) -- Foreign Ministry spokesman Mahmoud Mohammadi on Tuesday held the Taliban \
militia responsible for the fate of eleven Iranian diplomats and a journalist missing since the fall of \
Mazar-i-Sharif, and called on the United Nations to intervene.

The Islamic Revolution Guards Corps began large-scale manoeuvres near the border with Afghanistan \
involving 70,000 troops, the official news agency reported.

Mohammadi said Tehran reserved the right to take any action necessary to protect its nationals.

In Kandahar, a Taliban spokesman, Abdul Hai Mutmaen, denied that the militia had harmed the diplomats \
and accused Iran of arming the opposition alliance in the north.

UN Secretary General Kofi Annan urged both sides to exercise restraint and said his special envoy \
Lakhdar Brahimi would visit the region.

Pakistan's Foreign Office said Islamabad was in contact with the Taliban over the matter.

The Taliban, who control about 90 percent of Afghanistan, captured Mazar-i-Sharif on August 8.
""",
    events=[
        (("IRNGOV",), _TALIBAN, ("112", "111"), "held the Taliban militia responsible"),
        (("IRNGOV",), ("IGO",), ("020", "023", "025", "028", "100"), "called on the United Nations"),
        (("IRNMIL", "IRN"), ("AFG",) + _TALIBAN, ("150", "152", "153"), "began large-scale manoeuvres"),
        (_TALIBAN, ("IRN", "IRNGOV"), ("112",), "accused Iran of arming"),
        (("IGO",), ("IRN", "IRNGOV") + _TALIBAN, ("020", "025", "100"), "urged both sides"),
    ],
    also=[
        (("IRNGOV",), _TALIBAN, ("112", "111"), "Iran holds Taliban responsible"),
        (("IRNMIL", "IRN"), ("AFG",) + _TALIBAN, ("150", "152"), "begins border manoeuvres"),
        (("IRNGOV",), _TALIBAN, ("130", "138", "131"), "reserved the right"),
        (_TALIBAN, ("IRN", "IRNGOV"), ("016", "010"), "denied that the militia"),
        (("IGO",), ("IRN", "IRNGOV") + _TALIBAN, ("036", "042", "030"), "would visit the region"),
        (("PAKGOV", "PAK"), _TALIBAN, ("040",), "in contact with the Taliban"),
        (_TALIBAN, ("PAKGOV", "PAK"), ("040",), "in contact with the Taliban"),
        (_TALIBAN, ("AFG", "AFGREB", "AFGCVL"), ("190", "193", "195", "200", "203"), "captured Mazar"),
    ],
    none=[],
    parties=[
        ("spokesman Mahmoud Mohammadi", "Mahmoud Mohammadi", ("IRNGOV",)),
        ("Abdul Hai Mutmaen", "Abdul Hai Mutmaen", _TALIBAN),
        ("Secretary General Kofi Annan", "Kofi Annan", ("IGO",)),
        ("envoy Lakhdar Brahimi", "Lakhdar Brahimi", ("IGO",)),
    ],
)

KCNA_IAEA = Story(
    "kcna_pyongyang_iaea", "1994-06-13",
    """DPRK withdraws from IAEA

Pyongyang, June 13 (KCNA) -- A spokesman for the Foreign Ministry of the DPRK issued a statement today \
announcing the DPRK's immediate withdrawal from the International Atomic Energy Agency (IAEA).

The statement said the resolution of the IAEA board of governors to suspend technical assistance to the \
DPRK was an unjust measure taken at the instigation of the United States.

It said the DPRK would no longer allow IAEA inspectors to carry out inspections of its nuclear facilities.

Any sanctions against the DPRK will be regarded as a declaration of war, the spokesman said.

The great leader President Kim Il Sung received a delegation of the Workers' Party of Nepal at the \
Kumsusan Assembly Hall today.

He had a cordial talk with them.
""",
    events=[
        (("PRKGOV", "PRK"), ("IGO",), ("160", "161", "166", "120", "128"), "immediate withdrawal from"),
        (("PRKGOV", "PRK"), ("IGO",), ("111", "110"), "an unjust measure"),
        (("PRKGOV", "PRK"), ("USA", "USAGOV"), ("112", "111"), "at the instigation of the United States"),
        (("PRKGOV",), ("NPL", "NPLOPP", "NPLGOV", "NPLPTY"), ("043", "040"), "received a delegation"),
    ],
    also=[
        (("PRKGOV", "PRK"), ("IGO",), ("160", "161", "166", "120"), "DPRK withdraws from IAEA"),
        (("PRKGOV", "PRK"), ("IGO",), ("120", "124", "128", "1246", "166"), "would no longer allow"),
        (("IGO",), ("PRK", "PRKGOV"), ("162", "160", "163"), "The statement said the resolution"),
        (("PRKGOV", "PRK"), ("USA", "USAGOV", "IGO", "KOR", "KORGOV"), ("130", "138"),
         "declaration of war"),
        (("NPL", "NPLOPP", "NPLGOV", "NPLPTY"), ("PRKGOV",), ("042", "040"), "received a delegation"),
        (("PRKGOV",), ("NPL", "NPLOPP", "NPLGOV", "NPLPTY"), ("040",), "cordial talk"),
        (("NPL", "NPLOPP", "NPLGOV", "NPLPTY"), ("PRKGOV",), ("040",), "cordial talk"),
    ],
    none=[],
    parties=[
        ("President Kim Il Sung", "Kim Il Sung", ("PRKGOV",)),
        ("He had a cordial", "He", ("PRKGOV",)),
    ],
)

MENA_MUBARAK = Story(
    "mena_cairo_mubarak", "1995-06-27",
    """Mubarak accuses Sudan over Addis Ababa attack

CAIRO, June 27 (MENA) - President Hosni Mubarak said on Tuesday that Sudan's government was behind the \
attempt on his life in Addis Ababa and warned Khartoum that Egypt would not stand idly by.

Mubarak, who returned to Cairo unharmed hours after gunmen opened fire on his motorcade on Monday, \
received telephone calls from King Hussein of Jordan and King Fahd of Saudi Arabia, who congratulated \
him on his safety.

In Khartoum, Sudanese Foreign Minister Ali Osman Mohammed Taha denied any involvement and accused Cairo \
of using the incident to justify its aggression in the Halaib border area.

Egypt and Sudan have disputed the Halaib triangle on the Red Sea coast since 1992.

The Cairo stock exchange's general index closed 0.5 percent higher.
""",
    events=[
        (("EGYGOV",), ("SDN", "SDNGOV"), ("112",), "was behind the attempt"),
        (("JORGOV",), ("EGYGOV",), ("040",), "received telephone calls"),
        (("EGYGOV",), ("JORGOV",), ("040",), "received telephone calls"),
        (("SAUGOV",), ("EGYGOV",), ("040",), "received telephone calls"),
        (("EGYGOV",), ("SAUGOV",), ("040",), "received telephone calls"),
        (("SDNGOV",), ("EGY", "EGYGOV"), ("112",), "accused Cairo"),
    ],
    also=[
        (("EGYGOV",), ("SDN", "SDNGOV"), ("112",), "Mubarak accuses Sudan"),
        (("EGYGOV",), ("SDN", "SDNGOV"), ("130", "138", "131"), "would not stand idly by"),
        (("JORGOV", "SAUGOV"), ("EGYGOV",), ("051", "018", "050"), "congratulated him"),
        (("SDNGOV",), ("EGY", "EGYGOV"), ("016", "010"), "denied any involvement"),
    ],
    none=["have disputed the Halaib triangle", "The Cairo stock exchange"],
    parties=[
        ("President Hosni Mubarak", "Hosni Mubarak", ("EGYGOV",)),
        ("King Hussein of Jordan", "King Hussein", ("JORGOV",)),
        ("King Fahd of Saudi Arabia", "King Fahd", ("SAUGOV",)),
        ("Minister Ali Osman Mohammed Taha", "Ali Osman Mohammed Taha", ("SDNGOV",)),
    ],
)

INTERFAX_CIS = Story(
    "interfax_minsk_cis", "1991-12-08",
    """Russia, Ukraine, Belarus form commonwealth, say USSR no longer exists

MINSK, Dec 8 (Interfax) - The leaders of Russia, Ukraine and Belarus signed an agreement on Sunday at a \
government hunting lodge near Brest creating a Commonwealth of Independent States and declaring that the \
Soviet Union had ceased to exist.

Russian President Boris Yeltsin, Ukrainian President Leonid Kravchuk and Belarusian parliament chairman \
Stanislav Shushkevich said the commonwealth was open to the other former Soviet republics.

Soviet President Mikhail Gorbachev, who was not consulted, said the agreement had no legal force and \
called for the Congress of People's Deputies to be convened to discuss it.

Yeltsin telephoned U.S. President George Bush from the lodge to inform him of the decision, a Yeltsin \
spokesman said.

Kazakh President Nursultan Nazarbayev said he had not been invited to the meeting.

The Soviet Union was founded in 1922.
""",
    events=[
        (("RUSGOV", "RUS"), ("UKRGOV", "UKR"), ("057", "050"), "signed an agreement on Sunday"),
        (("UKRGOV", "UKR"), ("RUSGOV", "RUS"), ("057", "050"), "signed an agreement on Sunday"),
        (("RUSGOV", "RUS"), ("BLRGOV", "BLR", "BLRLEG"), ("057", "050"), "signed an agreement on Sunday"),
        (("BLRGOV", "BLR", "BLRLEG"), ("RUSGOV", "RUS"), ("057", "050"), "signed an agreement on Sunday"),
        (("USRGOV", "USR"), ("RUSGOV", "UKRGOV", "BLRGOV", "BLRLEG", "RUS", "UKR", "BLR"),
         ("111", "110", "120", "127"), "had no legal force"),
        (("RUSGOV",), ("USAGOV",), ("040",), "telephoned U.S. President"),
        (("USAGOV",), ("RUSGOV",), ("040",), "telephoned U.S. President"),
    ],
    also=[
        (("UKRGOV", "UKR"), ("BLRGOV", "BLR", "BLRLEG"), ("057", "050"), "signed an agreement on Sunday"),
        (("BLRGOV", "BLR", "BLRLEG"), ("UKRGOV", "UKR"), ("057", "050"), "signed an agreement on Sunday"),
        (("RUSGOV", "UKRGOV", "BLRGOV", "BLRLEG", "RUS", "UKR", "BLR"),
         ("RUSGOV", "UKRGOV", "BLRGOV", "BLRLEG", "RUS", "UKR", "BLR"), ("057", "050", "040", "043"),
         "Russia, Ukraine, Belarus form"),
        (("RUSGOV", "UKRGOV", "BLRGOV", "BLRLEG"), ("USR", "USRGOV"), ("010", "012", "013", "030"),
         "open to the other former"),
        (("USRGOV", "USR"), ("USRLEG", "USR"), ("020", "028", "100"), "called for the Congress"),
    ],
    none=["had not been invited", "The Soviet Union was founded"],
    parties=[
        ("Russian President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
        ("Ukrainian President Leonid Kravchuk", "Leonid Kravchuk", ("UKRGOV",)),
        ("chairman Stanislav Shushkevich", "Stanislav Shushkevich", ("BLRGOV", "BLRLEG")),
        ("Soviet President Mikhail Gorbachev", "Mikhail Gorbachev", ("USRGOV",)),
        ("President George Bush", "George Bush", ("USAGOV",)),
        ("President Nursultan Nazarbayev", "Nursultan Nazarbayev", ("KAZGOV",)),
    ],
)

BBC_HANI = Story(
    "bbcm_johannesburg_hani", "1993-04-11",
    """South Africa: Mandela appeals for calm after Hani killing

Text of report in English by South African radio on 11 April

Nelson Mandela, president of the African National Congress (ANC), has appealed to the nation to remain \
calm after the killing of South African Communist Party leader Chris Hani outside his home in Boksburg \
on Saturday [10 April].

State President F.W. de Klerk condemned the murder and said the government would spare no effort to \
bring the killer to justice.

Police said they had arrested a Polish immigrant, Janusz Walus, and recovered the pistol used in the \
shooting.

The ANC said it would hold marches in all major cities on Wednesday.

Inkatha Freedom Party leader Mangosuthu Buthelezi accused the ANC of exploiting the killing for \
political ends.

[Passage omitted: weather]

Source: SABC radio, Johannesburg, in English 0500 gmt 11 Apr 93
""",
    events=[
        (("ZAFOPP", "ZAFPTY"), ("ZAF", "ZAFCVL"), ("020", "025", "023"), "has appealed to the nation"),
        (("ZAFCOP",), ("POL", "POLCVL", "ZAFCVL", "ZAF", "ZAFCRM"), ("173", "170"), "had arrested a Polish"),
        (("ZAFOPP", "ZAFPTY"), ("ZAFOPP", "ZAFPTY"), ("112", "111"), "accused the ANC"),
    ],
    also=[
        (("ZAFOPP", "ZAFPTY"), ("ZAF", "ZAFCVL"), ("020", "025"), "Mandela appeals for calm"),
        (("ZAFGOV",), ("ZAF", "ZAFCVL", "ZAFCRM", "POL", "POLCVL"), ("111", "110", "130", "173", "030"),
         "condemned the murder"),
        (("ZAFOPP", "ZAFPTY"), ("ZAFGOV", "ZAF"), ("140", "141", "030", "036"), "would hold marches"),
    ],
    none=["[Passage omitted: weather]", "Source: SABC radio"],
    parties=[
        ("Nelson Mandela, president", "Nelson Mandela", ("ZAFOPP", "ZAFPTY")),
        ("State President F.W. de Klerk", "F.W. de Klerk", ("ZAFGOV",)),
        ("leader Mangosuthu Buthelezi", "Mangosuthu Buthelezi", ("ZAFOPP", "ZAFPTY")),
    ],
)

_JUNTA = ("SLEMIL", "SLEREB", "SLEGOV")

AFP_FREETOWN = Story(
    "afp_freetown_ecomog", "1998-02-14",
    """ECOMOG takes Freetown, junta flees

FREETOWN, Feb 14 (AFP) - Nigerian-led West African peacekeepers of ECOMOG seized control of Freetown on \
Saturday after a week of fighting with forces loyal to the military junta of Major Johnny Paul Koroma, \
witnesses said.

Junta soldiers and their allies of the Revolutionary United Front (RUF) looted shops and set fire to \
houses as they fled the city, residents said.

ECOMOG commander Major General Timothy Shelpidi told reporters his troops had arrested about 100 junta \
members.

In Conakry, exiled President Ahmad Tejan Kabbah thanked Nigeria and the ECOMOG troops and said he would \
return home very soon.

British Foreign Secretary Robin Cook welcomed the news but urged the peacekeepers to respect human rights.

The junta seized power in May 1997, overthrowing Kabbah.

Sierra Leone is one of the world's largest producers of diamonds.
""",
    events=[
        (("IGO", "NGAMIL", "NGA"), _JUNTA, ("190", "193", "194", "200", "203"), "seized control of Freetown"),
        (_JUNTA, ("SLECVL", "SLE", "SLEBUS"), ("180", "181", "171", "200", "202", "203"),
         "looted shops"),
        (("IGO", "NGAMIL"), _JUNTA, ("173", "170"), "had arrested about 100"),
        (("SLEGOV",), ("NGA", "NGAGOV", "IGO", "NGAMIL"), ("051", "050"), "thanked Nigeria"),
        (("GBRGOV",), ("IGO", "NGAMIL", "NGA"), ("020", "021", "024", "025", "100", "104"),
         "urged the peacekeepers"),
    ],
    also=[
        (("IGO", "NGAMIL", "NGA"), _JUNTA, ("190", "193", "200", "203"), "ECOMOG takes Freetown"),
        (("SLEGOV",), ("SLE", "SLEGOV", "IGO", "NGA"), ("036", "030", "042"), "would return home"),
        (("GBRGOV",), ("IGO", "NGAMIL", "NGA", "SLEGOV", "SLE"), ("051", "050"), "welcomed the news"),
        (("SLEMIL",), ("SLEGOV",), ("180", "175", "190", "186", "171"), "The junta seized power"),
    ],
    none=["Sierra Leone is one of the world's"],
    parties=[
        ("Major Johnny Paul Koroma", "Johnny Paul Koroma", ("SLEMIL", "SLEGOV")),
        ("Major General Timothy Shelpidi", "Timothy Shelpidi", ("IGO", "NGAMIL")),
        ("President Ahmad Tejan Kabbah", "Ahmad Tejan Kabbah", ("SLEGOV",)),
        ("Foreign Secretary Robin Cook", "Robin Cook", ("GBRGOV",)),
    ],
)

REUTERS_LUANDA = Story(
    "reuters_luanda_unita", "1998-07-01",
    """U.N. sanctions on Angola's UNITA take effect

LUANDA, July 1 (Reuters) - New U.N. Security Council sanctions against Angola's UNITA rebels came into \
force on Wednesday, freezing the movement's bank accounts and banning the purchase of diamonds from \
areas under its control.

President Jose Eduardo dos Santos said in a speech to parliament that UNITA leader Jonas Savimbi had \
chosen the path of war, and accused him of rearming his troops in violation of the 1994 Lusaka peace \
accord.

A UNITA spokesman in Lisbon rejected the sanctions as unjust and said the movement would not hand over \
the towns it still holds until the government disarmed its own militias.

UNITA fighters attacked a police post in the diamond-rich province of Lunda Norte on Tuesday, killing \
six policemen, Angolan state radio said.

Alioune Blondin Beye, the U.N. special envoy to Angola, met Savimbi in the central highlands town of \
Andulo on Tuesday and urged him to complete the handover of territory.

Angola is Africa's second largest oil producer after Nigeria.
""",
    events=[
        (("IGO",), ("AGOREB",), ("163", "160"), "came into force"),
        (("AGOGOV",), ("AGOREB",), ("112",), "accused him of rearming"),
        (("AGOREB",), ("IGO",), ("120", "111", "110", "128"), "rejected the sanctions"),
        (("AGOREB",), ("AGOCOP", "AGOGOV", "AGO"), ("190", "180", "193", "186"), "attacked a police post"),
        (("IGO",), ("AGOREB",), ("040", "042", "043"), "met Savimbi"),
        (("IGO",), ("AGOREB",), ("020", "025", "100", "101", "105"), "urged him to complete"),
    ],
    also=[
        (("IGO",), ("AGOREB",), ("163", "160"), "U.N. sanctions on Angola's UNITA"),
        (("AGOGOV",), ("AGOREB",), ("111", "110", "112"), "had chosen the path of war"),
        (("AGOREB",), ("IGO", "AGOGOV"), ("120", "124", "125", "128"), "would not hand over"),
        (("AGOREB",), ("IGO",), ("043", "040"), "met Savimbi"),
    ],
    none=["Africa's second largest oil producer"],
    parties=[
        ("President Jose Eduardo dos Santos", "Jose Eduardo dos Santos", ("AGOGOV",)),
        ("leader Jonas Savimbi", "Jonas Savimbi", ("AGOREB",)),
        ("Alioune Blondin Beye", "Alioune Blondin Beye", ("IGO",)),
    ],
)

_TIMOR_MILITIA = ("IDNREB", "TLSREB", "IDNCVL", "TLSCVL", "IDNMIL", "TLSMIL", "IDNPAR", "TLSPAR", "IDN",
                  "TLS")

AP_JAKARTA_TIMOR = Story(
    "ap_jakarta_timor", "1999-09-12",
    """Habibie agrees to let peacekeepers into East Timor

JAKARTA, Indonesia (AP) - President B.J. Habibie on Sunday agreed to allow an international peacekeeping \
force into East Timor, bowing to global pressure to end a week of killing and destruction by \
anti-independence militias backed by the army.

Habibie made the announcement in a televised address after meeting U.N. Security Council envoys who had \
visited the devastated territory's capital, Dili, on Saturday.

U.N. Secretary-General Kofi Annan welcomed the decision and said Australia had offered to lead the force.

Australian Prime Minister John Howard said troops could be ready to deploy within days.

Armed forces chief Gen. Wiranto told reporters the military would cooperate fully with the foreign troops.

East Timor voted overwhelmingly for independence in a U.N.-organized ballot on Aug. 30.

The rupiah firmed on the news in offshore trading.
""",
    events=[
        (("IDNGOV", "IDN"), ("IGO",), ("086", "080", "081", "087", "030", "035", "0355"),
         "agreed to allow an international"),
        (("IGO",), ("IDNGOV", "IDN"), ("051", "050"), "welcomed the decision"),
        (("IDNMIL",), ("IGO", "AUS", "AUSMIL"), ("030", "031", "032", "033", "036", "062"),
         "would cooperate fully"),
    ],
    also=[
        (("IDNGOV", "IDN"), ("IGO",), ("086", "080", "081", "030", "035", "0355"), "Habibie agrees to let"),
        (("IDNGOV",), ("IGO",), ("040", "043"), "after meeting U.N."),
        (("IGO",), ("IDNGOV",), ("040", "042"), "after meeting U.N."),
        (("IGO",), ("IDN", "TLS"), ("042",), "had visited the devastated"),
        (_TIMOR_MILITIA, ("TLSCVL", "IDNCVL", "TLS"), ("180", "186", "200", "202", "203"),
         "killing and destruction"),
        (("AUS", "AUSGOV"), ("IGO", "IDN", "TLS"), ("030", "031", "032", "033"), "had offered to lead"),
        (("AUSGOV",), ("IDN", "TLS", "IGO"), ("030", "150", "152", "153"), "ready to deploy"),
    ],
    none=["voted overwhelmingly", "The rupiah firmed"],
    parties=[
        ("President B.J. Habibie", "B.J. Habibie", ("IDNGOV",)),
        ("Secretary-General Kofi Annan", "Kofi Annan", ("IGO",)),
        ("Prime Minister John Howard", "John Howard", ("AUSGOV",)),
        ("Gen. Wiranto", "Wiranto", ("IDNMIL",)),
    ],
)

REUTERS_CAGUAN = Story(
    "reuters_caguan_farc", "1999-01-07",
    """Colombia opens peace talks with FARC, rebel chief stays away

SAN VICENTE DEL CAGUAN, Colombia, Jan 7 (Reuters) - President Andres Pastrana formally opened peace \
talks with Colombia's largest guerrilla group, the Revolutionary Armed Forces of Colombia (FARC), on \
Thursday, but rebel leader Manuel Marulanda failed to appear, citing security concerns.

Pastrana sat beside an empty chair as a FARC commander, Joaquin Gomez, read a speech on Marulanda's \
behalf accusing the state of waging war on peasants for decades.

The government withdrew troops last year from a Switzerland-sized zone of southern Colombia to meet a \
rebel condition for the talks.

U.S. State Department spokesman James Rubin said Washington supported Pastrana's efforts to bring peace \
to Colombia.

Colombia's 35-year war has killed more than 35,000 people.

The peso closed at 1,552 to the dollar.
""",
    events=[
        (("COLGOV",), ("COLREB",), ("046", "040", "043"), "formally opened peace talks"),
        (("COLREB",), ("COLGOV", "COL"), ("112", "111"), "accusing the state of waging"),
        (("USAGOV",), ("COLGOV",), ("051", "050"), "supported Pastrana's efforts"),
    ],
    also=[
        (("COLGOV",), ("COLREB",), ("046", "040"), "Colombia opens peace talks"),
        (("COLREB",), ("COLGOV",), ("046", "040", "042"), "formally opened peace talks"),
        (("COLREB",), ("COLGOV",), ("125", "120"), "failed to appear"),
        (("COLGOV",), ("COLREB",), ("087", "080", "081"), "withdrew troops last year"),
    ],
    none=["35-year war has killed", "The peso closed"],
    parties=[
        ("President Andres Pastrana", "Andres Pastrana", ("COLGOV",)),
        ("leader Manuel Marulanda", "Manuel Marulanda", ("COLREB",)),
        ("commander, Joaquin Gomez", "Joaquin Gomez", ("COLREB",)),
        ("spokesman James Rubin", "James Rubin", ("USAGOV",)),
    ],
)

AP_BELFAST = Story(
    "ap_belfast_accord", "1998-04-10",
    """Northern Ireland talks reach agreement

BELFAST, Northern Ireland (AP) - British Prime Minister Tony Blair and Irish Prime Minister Bertie Ahern \
signed a new treaty on Northern Ireland's future on Friday, hours after the province's parties reached a \
power-sharing agreement at the end of 22 months of negotiations.

Ulster Unionist leader David Trimble said his party accepted the deal as the best guarantee of the union \
with Britain.

Sinn Fein leader Gerry Adams said he would put the agreement to a party conference.

The Rev. Ian Paisley, whose Democratic Unionist Party walked out of the talks last year, denounced the \
deal as "a surrender to IRA terrorism."

President Clinton telephoned Blair and Ahern to congratulate them.

More than 3,200 people have died in 30 years of violence in Northern Ireland.

The agreement will be put to referendums in both parts of Ireland on May 22.
""",
    events=[
        (("GBRGOV", "GBR"), ("IRLGOV", "IRL"), ("057", "050"), "signed a new treaty"),
        (("IRLGOV", "IRL"), ("GBRGOV", "GBR"), ("057", "050"), "signed a new treaty"),
        (("GBROPP", "GBRLEG", "GBRPTY"), ("GBRGOV", "IRLGOV", "GBR", "IRL", "GBROPP", "GBRPTY"),
         ("111", "110"), "a surrender to IRA"),
        (("USAGOV",), ("GBRGOV",), ("040",), "telephoned Blair and Ahern"),
        (("GBRGOV",), ("USAGOV",), ("040",), "telephoned Blair and Ahern"),
        (("USAGOV",), ("IRLGOV",), ("040",), "telephoned Blair and Ahern"),
        (("IRLGOV",), ("USAGOV",), ("040",), "telephoned Blair and Ahern"),
    ],
    also=[
        (("GBROPP", "GBRLEG", "GBRPTY"), ("GBROPP", "GBRPTY", "GBRGOV", "IRLGOV"), ("057", "050", "051"),
         "reached a power-sharing"),
        (("GBROPP", "GBRLEG", "GBRPTY"), ("GBRGOV", "IRLGOV", "GBROPP"), ("051", "050", "057"),
         "accepted the deal"),
        (("USAGOV",), ("GBRGOV", "IRLGOV"), ("051", "050", "018"), "to congratulate them"),
    ],
    none=["would put the agreement to a party", "More than 3,200 people", "will be put to referendums"],
    parties=[
        ("Prime Minister Tony Blair", "Tony Blair", ("GBRGOV",)),
        ("Prime Minister Bertie Ahern", "Bertie Ahern", ("IRLGOV",)),
        ("leader David Trimble", "David Trimble", ("GBROPP", "GBRLEG", "GBRPTY")),
        ("leader Gerry Adams", "Gerry Adams", ("GBROPP", "GBRPTY")),
        ("Rev. Ian Paisley", "Ian Paisley", ("GBROPP", "GBRLEG", "GBRPTY")),
    ],
)

REUTERS_NICOSIA = Story(
    "reuters_nicosia_missiles", "1997-01-10",
    """Turkey warns Cyprus over Russian missiles

NICOSIA, Jan 10 (Reuters) - Turkey warned on Friday it would use force if necessary to stop Greek \
Cypriots from deploying Russian-made S-300 anti-aircraft missiles on the divided island.

Cypriot President Glafcos Clerides said the missiles were purely defensive and that Nicosia would not \
bow to Turkish threats.

Greek Foreign Minister Theodoros Pangalos said Athens would stand by Cyprus with all its means if the \
island were attacked.

The U.S. State Department urged Cyprus to cancel the purchase and called on Turkey to refrain from threats.

Russia's Foreign Ministry said the contract was a commercial deal between two sovereign states and would \
be honoured.

The island has been divided since Turkey invaded the north in 1974 after a Greek-inspired coup.
""",
    events=[
        (("TURGOV", "TUR"), ("CYP", "CYPGOV"), ("138", "130", "131"), "would use force if necessary"),
        (("USAGOV",), ("CYP", "CYPGOV"), ("020", "025", "100", "101", "105"), "urged Cyprus to cancel"),
        (("USAGOV",), ("TUR", "TURGOV"), ("020", "025", "100", "105", "106"), "called on Turkey to refrain"),
    ],
    also=[
        (("TURGOV", "TUR"), ("CYP", "CYPGOV"), ("138", "130"), "Turkey warns Cyprus"),
        (("CYPGOV",), ("TUR", "TURGOV"), ("120", "124", "111"), "would not bow to Turkish"),
        (("GRCGOV",), ("CYP", "CYPGOV", "TUR", "TURGOV"), ("030", "032", "033", "130", "138", "051"),
         "would stand by Cyprus"),
        (("RUSGOV", "RUS"), ("CYP", "CYPGOV"), ("030", "031", "057", "061", "010"), "would be honoured"),
    ],
    none=["since Turkey invaded the north"],
    parties=[
        ("President Glafcos Clerides", "Glafcos Clerides", ("CYPGOV",)),
        ("Minister Theodoros Pangalos", "Theodoros Pangalos", ("GRCGOV",)),
    ],
)

XINHUA_KIM = Story(
    "xinhua_beijing_kim", "1998-11-12",
    """Jiang Zemin holds talks with ROK President Kim Dae-jung

BEIJING, November 12 (Xinhua) -- Chinese President Jiang Zemin held talks with visiting Republic of \
Korea President Kim Dae-jung in the Great Hall of the People here this afternoon.

Jiang said China supports the improvement of relations between the north and the south of the Korean \
Peninsula and the realization of independent and peaceful reunification.

Kim said the ROK government adheres to the one-China policy and recognizes that Taiwan is an inalienable \
part of China.

After the talks, Jiang and Kim attended the signing of a number of cooperation documents, including an \
agreement on fisheries.

Premier Zhu Rongji is scheduled to meet Kim on Friday.

China and the ROK established diplomatic relations in August 1992.
""",
    events=[
        (("CHNGOV",), ("KORGOV",), ("043", "040", "046"), "held talks with visiting"),
        (("KORGOV",), ("CHNGOV",), ("042", "040", "046"), "held talks with visiting"),
        (("CHNGOV", "CHN"), ("KORGOV", "KOR"), ("057", "050"), "attended the signing"),
        (("KORGOV", "KOR"), ("CHNGOV", "CHN"), ("057", "050"), "attended the signing"),
    ],
    also=[
        (("CHNGOV",), ("KORGOV",), ("040", "043"), "Jiang Zemin holds talks"),
        (("KORGOV",), ("CHNGOV",), ("040", "042"), "Jiang Zemin holds talks"),
        (("CHNGOV", "CHN"), ("KOR", "PRK", "KORGOV", "PRKGOV"), ("051", "050", "010"), "China supports the"),
        (("KORGOV",), ("CHN", "CHNGOV"), ("051", "050", "015", "010", "054"), "adheres to the one-China"),
        (("CHNGOV",), ("KORGOV",), ("036", "040"), "scheduled to meet Kim"),
    ],
    none=["established diplomatic relations in August 1992"],
    parties=[
        ("Chinese President Jiang Zemin", "Jiang Zemin", ("CHNGOV",)),
        ("President Kim Dae-jung", "Kim Dae-jung", ("KORGOV",)),
        ("Premier Zhu Rongji", "Zhu Rongji", ("CHNGOV",)),
    ],
)

_GIA = ("DZAREB", "DZAINS", "DZA", "DZARAD", "IMGMOS")

AFP_ALGIERS = Story(
    "afp_algiers_rais", "1997-08-29",
    """At least 98 killed in village massacre near Algiers

ALGIERS, Aug 29 (AFP) - Armed men killed at least 98 people overnight in the village of Rais, south of \
Algiers, in the worst massacre since the start of the Islamist insurgency, hospital sources said Friday.

The government blamed the Armed Islamic Group (GIA), which has vowed to kill anyone who works with the \
authorities.

Security forces killed 12 Islamist militants in an ambush near Medea on Thursday, the official APS news \
agency reported.

France's Foreign Ministry expressed its horror at the killings and said Paris stood ready to help \
Algeria if asked.

Prime Minister Ahmed Ouyahia said the government would pursue the fight against terrorism to the end.

More than 60,000 people have been killed in Algeria since the army cancelled a general election in \
January 1992 that the Islamic Salvation Front (FIS) was poised to win.
""",
    events=[
        (_GIA, ("DZACVL", "DZA"), ("180", "186", "200", "202"), "killed at least 98"),
        (("DZAGOV",), _GIA, ("112",), "The government blamed"),
        (("DZAMIL", "DZACOP", "DZA"), _GIA, ("190", "193", "180", "186"), "killed 12 Islamist"),
    ],
    also=[
        (_GIA, ("DZACVL", "DZA"), ("180", "186", "200", "202"), "killed in village massacre"),
        (_GIA, ("DZAGOV", "DZACVL", "DZA"), ("130", "138", "131"), "has vowed to kill"),
        (("FRAGOV", "FRA"), ("DZA", "DZAGOV"), ("030", "031", "033", "018", "110"), "stood ready to help"),
        (("DZAGOV",), _GIA, ("130", "138", "190"), "pursue the fight against"),
    ],
    none=["More than 60,000 people"],
    parties=[
        ("Prime Minister Ahmed Ouyahia", "Ahmed Ouyahia", ("DZAGOV",)),
    ],
)

REUTERS_COLOMBO = Story(
    "reuters_colombo_norway", "2000-02-16",
    """Norway envoy meets Kumaratunga on peace bid

COLOMBO, Feb 16 (Reuters) - Norway's special envoy Erik Solheim held talks with Sri Lankan President \
Chandrika Kumaratunga in Colombo on Wednesday on Oslo's offer to mediate between the government and \
Tamil Tiger rebels.

Kumaratunga said she welcomed Norway's role as a facilitator but ruled out a ceasefire until the rebels \
agreed to negotiate.

The Liberation Tigers of Tamil Eelam (LTTE) said in a statement from London they were ready for talks \
with Colombo if the army halted its offensive in the north.

Troops backed by artillery and helicopter gunships attacked rebel positions near Elephant Pass on the \
Jaffna peninsula, killing at least 25 guerrillas, the military said.

The rebels said they had repulsed the attack and killed 40 soldiers.

The LTTE has been fighting since 1983 for a separate state for minority Tamils in the north and east.
""",
    events=[
        (("NORGOV",), ("LKAGOV",), ("042", "040", "046"), "held talks with Sri Lankan"),
        (("LKAGOV",), ("NORGOV",), ("043", "040", "046"), "held talks with Sri Lankan"),
        (("LKAGOV",), ("NOR", "NORGOV"), ("051", "050"), "welcomed Norway's role"),
        (("LKAMIL",), ("LKAREB",), ("190", "194", "195", "193"), "attacked rebel positions"),
    ],
    also=[
        (("NORGOV",), ("LKAGOV",), ("040", "042"), "Norway envoy meets"),
        (("LKAGOV",), ("NORGOV",), ("040", "043"), "Norway envoy meets"),
        (("NOR", "NORGOV"), ("LKAGOV", "LKAREB"), ("030", "032", "036", "045"), "offer to mediate"),
        (("LKAGOV",), ("LKAREB",), ("120", "124", "125", "087"), "ruled out a ceasefire"),
        (("LKAREB",), ("LKAGOV", "LKAMIL"), ("030", "036", "046"), "ready for talks with Colombo"),
        (("LKAREB",), ("LKAMIL",), ("190", "193"), "repulsed the attack"),
    ],
    none=["has been fighting since 1983"],
    parties=[
        ("special envoy Erik Solheim", "Erik Solheim", ("NORGOV",)),
        ("President Chandrika Kumaratunga", "Chandrika Kumaratunga", ("LKAGOV",)),
    ],
)

_INFILTRATORS = ("PAK", "PAKMIL", "PAKREB", "PAKINS", "INDREB", "INDINS", "IMGMOS", "PAKRAD")

AFP_KARGIL = Story(
    "afp_newdelhi_kargil", "1999-07-05",
    """India welcomes Pakistan pullback pledge, presses Kargil offensive

NEW DELHI, July 5 (AFP) - India on Monday welcomed Pakistan's promise to pull back infiltrators from the \
Kargil mountains but said its troops would keep up their offensive until every intruder had been driven \
out.

Pakistani Prime Minister Nawaz Sharif agreed on Sunday, after talks with US President Bill Clinton in \
Washington, to take concrete steps to restore the Line of Control in Kashmir.

Indian army spokesman Colonel Bikram Singh said troops had captured two more peaks in the Batalik sector \
after heavy fighting overnight.

Prime Minister Atal Behari Vajpayee told a rally in Uttar Pradesh that India would not resume talks with \
Pakistan until the intrusion was vacated.

Islamic militant groups fighting in Kargil rejected Sharif's decision and vowed to fight on.

The Bombay Stock Exchange's Sensex index rose 2.1 percent.

India and Pakistan have fought two of their three wars over Kashmir.
""",
    events=[
        (("INDGOV", "IND"), ("PAK", "PAKGOV"), ("051", "050"), "welcomed Pakistan's promise"),
        (("PAKGOV",), ("USAGOV",), ("042", "040", "046"), "after talks with US President"),
        (("USAGOV",), ("PAKGOV",), ("043", "040", "046"), "after talks with US President"),
        (("PAKGOV",), ("IND", "INDGOV", "USAGOV", "USA"), ("030", "033", "036", "080", "087", "081", "057"),
         "to take concrete steps"),
        (("INDMIL",), _INFILTRATORS, ("190", "193", "194", "200", "203"), "captured two more peaks"),
        (_INFILTRATORS, ("PAKGOV", "PAK"), ("120", "127", "125", "111"), "rejected Sharif's decision"),
    ],
    also=[
        (("INDGOV", "IND"), ("PAK", "PAKGOV"), ("051", "050"), "India welcomes Pakistan"),
        (("INDGOV", "INDMIL", "IND"), _INFILTRATORS, ("190", "130", "138"), "keep up their offensive"),
        (("PAKGOV", "PAK"), ("IND", "INDGOV"), ("030", "033", "087", "080"), "promise to pull back"),
        (("INDGOV", "IND"), ("PAK", "PAKGOV"), ("120", "125", "124"), "would not resume talks"),
        (_INFILTRATORS, ("INDMIL", "IND"), ("130", "138", "190"), "vowed to fight on"),
    ],
    none=["The Bombay Stock Exchange", "have fought two of their three wars"],
    parties=[
        ("Prime Minister Nawaz Sharif", "Nawaz Sharif", ("PAKGOV",)),
        ("President Bill Clinton", "Bill Clinton", ("USAGOV",)),
        ("Colonel Bikram Singh", "Bikram Singh", ("INDMIL",)),
        ("Minister Atal Behari Vajpayee", "Atal Behari Vajpayee", ("INDGOV",)),
    ],
)

BBC_KINSHASA = Story(
    "bbcm_kinshasa_kabila", "1998-08-22",
    """Congo: Kabila accuses Rwanda, Uganda of invasion

Text of report by Congolese radio on 22 August

President Laurent-Desire Kabila has accused Rwanda and Uganda of invading the Democratic Republic of \
Congo and called on the Congolese people to mobilize to defend the country.

The head of state said Zimbabwean and Angolan troops had arrived in Kinshasa at the request of the \
government under the defence pact of the Southern African Development Community (SADC).

Government forces, supported by the allied troops, have repulsed a rebel attack on the Inga \
hydroelectric dam west of Kinshasa, the radio said.

The radio said a curfew had been imposed on the capital from 2000 to 0600 local time [1900 to 0500 gmt].

Source: Voix du Congo radio, Kinshasa, in French 1800 gmt 22 Aug 98
""",
    events=[
        (("CODGOV",), ("RWA", "RWAGOV", "RWAMIL"), ("112",), "accused Rwanda and Uganda"),
        (("CODGOV",), ("UGA", "UGAGOV", "UGAMIL"), ("112",), "accused Rwanda and Uganda"),
        (("ZWE", "ZWEMIL", "ZWEGOV"), ("COD", "CODGOV"), ("072", "074", "070", "062", "042"),
         "Zimbabwean and Angolan troops"),
        (("AGO", "AGOMIL", "AGOGOV"), ("COD", "CODGOV"), ("072", "074", "070", "062", "042"),
         "Zimbabwean and Angolan troops"),
        (("CODMIL", "COD", "CODGOV"), ("CODREB",), ("190", "193", "194"), "have repulsed a rebel attack"),
    ],
    also=[
        (("CODGOV",), ("RWA", "RWAGOV", "UGA", "UGAGOV"), ("112",), "Kabila accuses Rwanda"),
        (("CODGOV",), ("COD", "CODCVL"), ("020", "025", "023"), "called on the Congolese people"),
        (("CODREB",), ("CODMIL", "COD", "CODGOV"), ("190", "180", "193"), "a rebel attack on the Inga"),
        (("CODGOV",), ("CODGOV", "ZWE", "AGO", "IGO"), ("020", "021", "023", "0232"), "at the request"),
        (("CODGOV", "CODCOP", "CODMIL"), ("COD", "CODCVL"), ("172", "170", "171"), "a curfew had been"),
    ],
    none=["Source: Voix du Congo radio"],
    parties=[
        ("President Laurent-Desire Kabila", "Laurent-Desire Kabila", ("CODGOV",)),
        ("The head of state", "head of state", ("CODGOV",)),
    ],
)

STORIES: list[Story] = [TAIPEI_MISSILES, BAGHDAD_UNSCOM, SARAJEVO_NATO, JERUSALEM_RECOGNITION,
                        ISLAMABAD_TESTS, TASS_CHECHNYA, KYODO_KEDO, DPA_KOSOVO, IRNA_TALIBAN, KCNA_IAEA,
                        MENA_MUBARAK, INTERFAX_CIS, BBC_HANI, AFP_FREETOWN, REUTERS_LUANDA,
                        AP_JAKARTA_TIMOR, REUTERS_CAGUAN, AP_BELFAST, REUTERS_NICOSIA, XINHUA_KIM,
                        AFP_ALGIERS, REUTERS_COLOMBO, AFP_KARGIL, BBC_KINSHASA]


if __name__ == "__main__":
    main(STORIES, "stories28")
