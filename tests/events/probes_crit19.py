"""Criticism probes of the seventeenth session (crit19): disapproval (CAMEO 11), and the rejections (12)
and demands (10) met beside it, as campaign, Congress and diplomatic copy words them. Written in one
batch, our own wording, and committed before the coder ran on them; the probe files of earlier passes
(probes_crit11, probes_crit11b, probes_evaluative, probes_recallpol12) were read first so as not to
repeat their constructions.

* US19: 2016 campaign and Congress copy (dated 2016-07-01, so Trump and Clinton are USAELI, senators
  LEG, Obama GOV): mocking, ridicule, "went after", "questioned Y's stamina", "called Y a liar",
  "blamed Y for", "said Y had failed", "said Y's plan would", owned attacks, dismissals, push-back,
  reported verdicts with long subjects.
* INTL19: diplomatic copy (dated 2000-01-01): concern over another party's act, protests, summoning,
  "called Y's move a provocation", "said Y's act was a violation", "rejected Y's charge that", "took
  exception", "said Y was responsible for", verdicts after an apposition, and an act named in the
  sentence before by a demonstrative.
* NULL19: criticism words with no party criticised (markets, teams, films, weather), a speaker judging
  their own side, concern over a state of affairs, negated and hypothetical verdicts: no 10, 11 or 12
  triple may come of them.

Rows: (accepted sources, accepted targets, accepted CAMEO roots, sentence), matched as in
probe_match.py (country + root, actor + root).

First run, blind (main at 8ff80d9): US19 (57) country + root 37, actor + root 31; INTL19 (48) 26 and 25;
all 105: 63 / 56; NULL19 clean 23 of 25. Expectations widened after the first run, each marked where it
stands: a US party's sector by its tenure (docs/actors.md), and "rejected / denied / dismissed X's charge
that ..." may be CAMEO 016 (deny responsibility), which the coder gives and the codebook defines.
`tests/events/test_probes_crit19.py` runs them; `python tests/events/probes_crit19.py` prints the pass
counts and each miss.
"""

from __future__ import annotations

from typing import Any

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

US_DATE = "2016-07-01"
INTL_DATE = "2000-01-01"

_ELI = ("USAELI", "USA")
_LEG = ("USALEG", "USA")
_GOV = ("USAGOV", "USA")
# (widened after the first run: a named US party is GOV in power and OPP out of it on the story's date,
# docs/actors.md, so in 2016 Democrats are USAGOV and Republicans USAOPP)
_PTY = ("USAPTY", "USAGOV", "USAOPP", "USALEG", "USA")
_CAMP = ("USAELI", "USAPTY", "USAGOV", "USAOPP", "USA")

# 2016 campaign and Congress copy
US19: list[Row] = [
    # batch 1: campaign verbs of scorn and attack
    (_ELI, _ELI, ("11",), "Donald Trump mocked Hillary Clinton's stamina at a rally in Ohio on Tuesday."),
    (_LEG, _ELI, ("11",), "Bernie Sanders ridiculed Hillary Clinton's ties to Wall Street banks."),
    (_ELI, _ELI, ("11",),
     "Hillary Clinton went after Donald Trump on foreign policy in a speech in San Diego."),
    (_LEG, _ELI, ("11",), "Senator Elizabeth Warren took aim at Donald Trump's business record on Friday."),
    (_LEG, _ELI, ("11",), "Ted Cruz tore into Donald Trump over his remarks about women."),
    (_LEG, _ELI, ("11",), "Marco Rubio hammered Donald Trump over his failed casinos in Atlantic City."),
    (_ELI, _ELI, ("11",), "Hillary Clinton scoffed at Donald Trump's plan to build a wall on the border."),
    (_LEG, _ELI, ("11",), "Bernie Sanders derided Hillary Clinton's paid speeches to Goldman Sachs."),
    (_ELI, _LEG, ("11",), "Donald Trump belittled Senator John McCain's war record."),
    (_ELI, _ELI, ("11",), "Jeb Bush assailed Donald Trump over his comments on Mexican immigrants."),
    (_GOV, _ELI, ("11",), "President Obama chastised Donald Trump for his remarks about Muslims."),
    (_ELI, _LEG, ("11",), "Donald Trump lashed out at Senator Elizabeth Warren on Twitter on Saturday."),
    (_CAMP, _ELI, ("11",), "The Clinton campaign ripped Donald Trump's economic speech on Monday."),
    (_ELI, _GOV, ("11",), "Donald Trump sharply disagreed with President Obama over the response to the "
                          "Orlando shooting."),
    (_LEG, _ELI, ("11",), "Senator John McCain sharply criticised Donald Trump's comments about the family "
                          "of a fallen soldier."),
    (("USAGOV", "USACOP", "USA"), _ELI, ("11",),
     "The FBI director sharply rebuked Hillary Clinton for her use of a private email server."),
    # batch 2: accusations and blame
    (_ELI, _ELI, ("11",), "Donald Trump accused Hillary Clinton of lying about her email server."),
    (_LEG, _GOV, ("11",), "Senator Ted Cruz accused the Obama administration of surrendering to Iran."),
    (_ELI, _ELI, ("11",), "Donald Trump charged that Hillary Clinton had sold out American workers."),
    (_LEG, _PTY, ("11",), "The Senate majority leader accused Democrats of playing politics with the Zika "
                          "funding bill."),
    (_LEG, _GOV, ("11",), "Paul Ryan blamed President Obama for the slow economic recovery."),
    (_ELI, _ELI, ("11",), "Trump blamed Clinton for the rise of the Islamic State."),
    (_ELI, _ELI, ("11",), "Hillary Clinton held Donald Trump responsible for the violence at his rallies."),
    (_PTY, _PTY, ("11",),
     "Senate Democrats accused Republicans of obstructing the Supreme Court nomination."),
    (_CAMP, ("RUS", "RUSGOV"), ("11",),
     "The Clinton campaign accused Russia of hacking the Democratic National Committee to help Trump."),
    (_PTY, _ELI, ("11",), "The Republican National Committee faulted Hillary Clinton for her handling of "
                          "classified information."),
    (("USALEG", "USA"), ("USAGOV", "USA"), ("11",),
     "The House Benghazi committee faulted the State Department for its response to the attack."),
    # batch 3: questioning fitness, names and judgments
    (_ELI, _ELI, ("11",), "Hillary Clinton questioned Donald Trump's fitness to be commander in chief."),
    (_ELI, _ELI, ("11",), "Donald Trump questioned Clinton's stamina during the debate."),
    (_ELI, _ELI, ("11",), "Donald Trump called Hillary Clinton a liar on Monday."),
    (_ELI, _ELI, ("11",), "Trump called Clinton crooked at a rally in Florida."),
    (_ELI, _GOV, ("11",), "Donald Trump called Obama's nuclear deal with Iran a disaster."),
    (_LEG, _ELI, ("11",), "Senator Harry Reid denounced Donald Trump as a hatemonger."),
    (_ELI, _ELI, ("11",), "Mitt Romney said Donald Trump was a phony and a fraud."),
    (_ELI, _ELI, ("11",), "Donald Trump said Jeb Bush was a low-energy candidate."),
    (_LEG, _ELI, ("11",), "Bernie Sanders said Hillary Clinton was not qualified to be president."),
    (_PTY, _PTY, ("11",), "The Democratic National Committee condemned the Republican platform as extreme."),
    # batch 4: reported verdicts on another party's act or plan
    (_LEG, _GOV, ("11",), "Mitch McConnell said President Obama had failed to secure the border."),
    (_LEG, _ELI, ("11",), "Senator Ted Cruz said Hillary Clinton's tax plan would destroy jobs."),
    (_ELI, _ELI, ("11",), "Hillary Clinton said Donald Trump's proposal to ban Muslims was dangerous."),
    (_GOV, _PTY, ("11",), "President Obama said the Republican budget was irresponsible."),
    (_LEG, _ELI, ("11",), "Speaker Paul Ryan said Trump's comments about the judge were the textbook "
                          "definition of a racist comment."),
    (_ELI, _GOV, ("11",), "Donald Trump said the trade deal that President Obama negotiated with Asian "
                          "countries was a disaster for American workers."),
    (_LEG, _PTY, ("11",), "Bernie Sanders said the decision by the Democratic National Committee to limit "
                          "the debates was a mistake."),
    (_ELI, _ELI, ("11",), "Hillary Clinton said Donald Trump's foreign policy ideas were dangerously "
                          "incoherent."),
    (_ELI, _ELI, ("11", "13"), "Hillary Clinton warned that Donald Trump's policies would start a trade war "
                               "with China."),
    # (target fixed after the first run: McCain is a senator, LEG; the row was written with ELI by mistake)
    (_ELI, _LEG, ("11",), "Donald Trump's attacks on Senator John McCain angered veterans' groups."),
    # batch 5: dismissals, denials, push-back, rejections and demands
    (_CAMP, _ELI, ("11", "12"), "The Clinton campaign dismissed Trump's claims as absurd."),
    (_PTY, _PTY, ("11", "12"), "House Democrats pushed back against the Republican health care bill."),
    (_PTY, _GOV, ("12",), "Senate Republicans rebuffed President Obama's nomination of Merrick Garland."),
    (_CAMP, _ELI, ("11", "12", "01"),
     "The Trump campaign denied Clinton's claims that he had supported the war "
     "in Iraq."),
    (_LEG, _ELI, ("11",), "Bernie Sanders disputed Hillary Clinton's account of their debate."),
    (_GOV, _ELI, ("11", "12"), "The White House contradicted Donald Trump's claim that the president had "
                               "founded the Islamic State."),
    (_LEG, _GOV, ("11", "12", "01"),
     "House Speaker Paul Ryan rejected President Obama's charge that Republicans "
     "were blocking progress."),
    (_PTY, _GOV, ("11",), "Republican lawmakers complained that the White House had ignored Congress on the "
                          "Iran deal."),
    (_LEG, _ELI, ("10",), "Senate Republicans demanded that Hillary Clinton release the transcripts of her "
                          "speeches."),
    (("USAGOV", "USAJUD", "USA"), ("USA", "USAGOV"), ("11",),
     "The Justice Department sued North Carolina over its transgender bathroom law."),
]

# diplomatic copy
INTL19: list[Row] = [
    # batch 6: concern, protest, summoning
    (("JPN", "JPNGOV"), ("CHN", "CHNGOV"), ("11",),
     "Japan voiced concern over China's nuclear test on Monday."),
    (("IGO",), ("RUS", "RUSGOV"), ("11",),
     "The European Union expressed deep concern at Russia's decision to recognise the two breakaway "
     "regions."),
    (("GRC", "GRCGOV"), ("TUR", "TURGOV"), ("11",),
     "Greece voiced strong objections to Turkey's plans to drill in disputed waters."),
    (("CHN", "CHNGOV"), ("USA", "USAGOV"), ("11",),
     "China protested to the United States over the sale of fighter jets to Taiwan."),
    (("EGY", "EGYGOV"), ("ISR", "ISRGOV"), ("11",),
     "Egypt's foreign ministry summoned the Israeli ambassador to protest the killing of three Egyptian "
     "policemen."),
    (("FRA", "FRAGOV"), ("GBR", "GBRGOV"), ("11",),
     "France took exception to the British prime minister's remarks on the euro."),
    (("PHL", "PHLGOV"), ("CHN", "CHNGOV"), ("11",), "The Philippines regretted China's decision to build on "
                                                    "the reef."),
    (("GRC", "GRCGOV"), ("TUR", "TURGOV", "TURMIL"), ("11",),
     "Greece objected strongly to Turkey's military exercises in the Aegean."),
    # batch 7: names and verdicts given to another's act
    (("KOR", "KORGOV"), ("PRK", "PRKGOV"), ("11",), "Seoul called North Korea's missile launch a serious "
                                                    "provocation."),
    (("RUS", "RUSGOV"), ("IGO",), ("11", "12"),
     "Moscow branded the NATO air strikes a crime against humanity."),
    (("IND", "INDGOV"), ("PAK", "PAKGOV"), ("11", "12"),
     "India denounced Pakistan's support for militants in Kashmir as interference in its internal affairs."),
    (("KOR", "KORGOV"), ("JPN", "JPNGOV"), ("11",), "Seoul slammed Tokyo's claim to the islands as absurd."),
    (("RUS", "RUSGOV"), ("USA", "USAGOV"), ("11",),
     "Russia criticized as unhelpful the American decision to expel its diplomats."),
    (("NGA", "NGAGOV"), ("IGO",), ("11",),
     "Nigeria described the Commonwealth's suspension of its membership as unjust."),
    (("CHN", "CHNGOV"), ("JPN", "JPNGOV"), ("11",),
     "China said the Japanese prime minister's visit to the Yasukuni shrine had hurt the feelings of the "
     "Chinese people."),
    (("EGY", "EGYGOV"), ("ISR", "ISRGOV"), ("11",),
     "Egypt said the Israeli decision, announced by the defence minister on Sunday, was unacceptable."),
    (("CHN", "CHNGOV"), ("USA", "USAGOV"), ("11",),
     "The Chinese foreign ministry said the U.S. sanctions on Chinese firms were illegal and "
     "counterproductive."),
    (("GBR", "GBRGOV"), ("ZWE", "ZWEGOV"), ("11",),
     "Britain said Zimbabwe's seizure of white-owned farms was a serious violation of the rule of law."),
    (("PAK", "PAKGOV"), ("IND", "INDGOV"), ("11",),
     "Pakistan said India's decision to test missiles near the border was irresponsible and dangerous."),
    (("RUS", "RUSGOV"), ("IGO",), ("11", "13"),
     "Russia warned that NATO's expansion into the Baltics would undermine European security."),
    (("IGO",), ("ISR", "ISRGOV"), ("11",),
     "The Arab League said Israel's construction of settlements was illegal under international law."),
    (("ESP", "ESPGOV"), ("GBR", "GBRGOV"), ("11",),
     "Spain said Britain's decision to send a nuclear submarine to Gibraltar was regrettable."),
    (("MEX", "MEXGOV"), ("USA", "USAGOV"), ("11",),
     "Mexico said the American border fence was an unfriendly act."),
    (("RUS", "RUSGOV"), ("USA", "USAGOV"), ("11",),
     "The Kremlin said Washington's plan for a missile shield in Poland posed a threat to Russia's "
     "security."),
    (("GBR", "GBRGOV"), ("IRQ", "IRQGOV"), ("11",),
     "Iraq on Thursday ordered foreign embassies in Kuwait to close. Britain called the order grave and "
     "sinister."),
    (("JPN", "JPNGOV"), ("PRK", "PRKGOV"), ("11",),
     "North Korea fired a ballistic missile over northern Japan on Tuesday. Tokyo said the launch was an "
     "outrageous act."),
    # batch 8: accusation, responsibility, rejection of a charge
    (("IRQ", "IRQGOV"), ("USA", "USAGOV", "USAMIL"), ("11",),
     "Baghdad said Washington was responsible for the deaths of civilians in the raid."),
    (("IND", "INDGOV"), ("PAK", "PAKGOV"), ("11",),
     "The Indian foreign ministry said Pakistan was responsible for the attack on the parliament."),
    (("ISR", "ISRGOV"), ("SYR", "SYRGOV"), ("11",), "Israel said Syria was behind the bombing in Tel Aviv."),
    (("RUS", "RUSGOV"), ("GEO", "GEOGOV", "GEOMIL"), ("11",),
     "Moscow said the Georgian shelling of South Ossetia was an act of genocide."),
    (("CHN", "CHNGOV"), ("USA", "USAGOV", "USAMIL"), ("11",),
     "Beijing said the American spy plane had rammed the Chinese fighter."),
    (("TUR", "TURGOV"), ("SYR", "SYRGOV"), ("11",), "Turkey accused Syria of interfering in its internal "
                                                    "affairs."),
    (("ETH", "ETHGOV"), ("ERI", "ERIGOV"), ("11",),
     "Ethiopia blamed Eritrea for the outbreak of fighting along the border."),
    (("IRN", "IRNGOV"), ("USA", "USAGOV"), ("12", "11", "01"),
     "Iran rejected the American charge that it was developing nuclear weapons."),
    (("SRB", "SRBGOV", "YUG", "YUGGOV"), ("IGO",), ("12", "11", "01"),
     "Belgrade rejected NATO's accusation that Serb forces had massacred civilians in Racak."),
    (("ISR", "ISRGOV"), ("SYR", "SYRGOV"), ("12", "11", "01"),
     "Israel dismissed as baseless Syrian charges that its jets had violated Lebanese airspace."),
    (("COL", "COLGOV"), ("VEN", "VENGOV"), ("12", "11", "01"),
     "Colombia denied Venezuela's claims that its troops had crossed the border."),
    (("IND", "INDGOV"), ("PAK", "PAKGOV"), ("12",), "India rebuffed Pakistan's offer of talks on Kashmir."),
    (("IRN", "IRNGOV"), ("GBR", "GBRGOV"), ("10",), "Iran demanded an apology from Britain over the "
                                                    "remarks."),
    # batch 9: verbs of scorn and anger in diplomatic copy
    (("CHN", "CHNGOV"), ("USA", "USAGOV"), ("11",),
     "Beijing lashed out at Washington over the annual human rights report."),
    (("RUS", "RUSGOV"), ("UKR", "UKRGOV"), ("11",),
     "Moscow chastised Kiev for its treatment of Russian speakers."),
    (("IRN", "IRNGOV"), ("SAU", "SAUGOV"), ("11",),
     "Iran assailed Saudi Arabia over the execution of a Shiite cleric."),
    (("IRN", "IRNGOV"), ("USA", "USAGOV"), ("11",), "Tehran railed against the American sanctions."),
    (("PRK", "PRKGOV"), ("KOR", "KORGOV"), ("11",),
     "Pyongyang vilified the South Korean president as a traitor."),
    (("CUB", "CUBGOV"), ("USA", "USAGOV"), ("11",), "The Cuban government excoriated the American embargo."),
    (("ZAF", "ZAFGOV"), ("GBR", "GBRGOV"), ("11",),
     "South Africa's foreign minister questioned Britain's motives in the dispute over Zimbabwe."),
    (("HUN", "HUNGOV"), ("SVK", "SVKGOV"), ("11", "12"),
     "Hungary disputed Slovakia's version of the border incident."),
    (("CHN", "CHNGOV"), ("USA", "USAGOV"), ("11",),
     "China said it was strongly dissatisfied with the American decision to sell arms to Taiwan."),
]

# no 10, 11 or 12 triple may come of these
NULL19: list[tuple[str, str]] = [
    ("Critics panned the new Star Wars film on Friday.", US_DATE),
    ("Analysts questioned the company's ability to repay its debt.", US_DATE),
    ("Fans mocked the team's performance in the playoffs.", US_DATE),
    ("The storm hammered the coast of North Carolina on Sunday.", US_DATE),
    ("The coach blamed the defeat on the weather.", US_DATE),
    ("Donald Trump said his own campaign had made mistakes in Iowa.", US_DATE),
    ("Hillary Clinton said she regretted using a private email server.", US_DATE),
    ("Bernie Sanders said he did not think Hillary Clinton was unqualified.", US_DATE),
    ("President Obama said it would be a mistake if Congress rejected the deal.", US_DATE),
    ("Senator Marco Rubio did not criticize the president's plan.", US_DATE),
    ("Republicans questioned whether the economy would recover this year.", US_DATE),
    ("Donald Trump mocked the idea that he could lose Pennsylvania.", US_DATE),
    ("Critics said the film was a disaster.", US_DATE),
    ("The Republican nominee said his tax plan would create millions of jobs.", US_DATE),
    ("Democrats said they were disappointed with the turnout in Ohio.", US_DATE),
    ("Germany expressed concern about the humanitarian situation in Sudan.", INTL_DATE),
    ("The finance minister voiced concern over the rise in food prices.", INTL_DATE),
    ("China voiced concern over slowing global demand.", INTL_DATE),
    ("The president said the drought was a serious threat to the economy.", INTL_DATE),
    ("The weather was a disaster for farmers, the minister said.", INTL_DATE),
    ("The Israeli army denied that its soldiers had fired at the protesters.", INTL_DATE),
    ("Investors lashed out at the bank's board over executive pay.", INTL_DATE),
    ("The prime minister said his government's decision to raise taxes was painful but necessary.",
     INTL_DATE),
    ("Japan said it would be unacceptable if the talks failed.", INTL_DATE),
    ("Shares slumped after the central bank's decision was called a mistake by analysts.", INTL_DATE),
]

NULL_ROOTS = ("10", "11", "12")


def coded(text: str, date: str) -> set[tuple[str, str, str]]:
    from wirewatch.pipeline import analyze

    art = analyze(text, date=date)
    return {(e.source.code, e.target.code, e.cameo) for e in art.events if e.cameo}


def null_hits(got: set[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return sorted(t for t in got if t[2][:2] in NULL_ROOTS)


def main() -> None:
    from probe_match import matches

    total: dict[str, list[int]] = {}
    for name, rows, date in (("US19", US19, US_DATE), ("INTL19", INTL19, INTL_DATE)):
        counts = [0, 0]
        for row in rows:
            got = coded(row[3], date)
            passed = (matches(row, got, 3), matches(row, got, 6))
            counts = [n + p for n, p in zip(counts, passed, strict=True)]
            if not passed[1]:
                print(row[3], "\n    want", row[0], row[1], row[2], "\n    got", sorted(got))
        total[name] = counts
        print(f"{name}: {len(rows)} probes: country + root {counts[0]}, actor + root {counts[1]}")
    clean = 0
    for text, date in NULL19:
        hits = null_hits(coded(text, date))
        clean += not hits
        if hits:
            print("NULL", text, "\n    got", hits)
    print(f"NULL19: {len(NULL19)} null cases, clean {clean}")
    both: Any = [sum(v[i] for v in total.values()) for i in range(2)]
    print(f"crit19: {len(US19) + len(INTL19)} probes: country + root {both[0]}, actor + root {both[1]}; "
          f"null clean {clean}/{len(NULL19)}")


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    main()
