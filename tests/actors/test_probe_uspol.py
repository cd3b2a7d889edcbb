"""Probe set, ninth session (issue #7): US domestic political actors by class, not by sentence.

A lone sentence of 2016 campaign copy has no story around it, so a senator, a governor, a justice, a
party's members in one chamber or a party's nominee must get a country and a sector from their own
words or from the table of who held which office when (data/actor_leaders.csv, "ninth session").
The sentences are our own wording, over many members of each class; none comes from a dev batch.

- PEOPLE: senators 1985-2025, House leaders and chairs, governors, cabinet and agency heads, justices,
  with the office held on the story's date, and ELI outside every listed office (a candidate).
- PARTIES: a chamber before a party ("Senate Republicans") is the party's legislators (LEG); a party's
  candidate ("the GOP nominee", "Democratic presidential hopefuls") holds no office by it (ELI).
- CHAMBERS: a bare "the Senate" / "the House" is the story's chamber; in a text with no dateline it is
  the US Congress's only when the text names a US party or office holder.
- GUARDS: other countries' parties and parliaments, surnames the table shares or that name someone
  else, are never made American.
"""

from __future__ import annotations

import csv
from collections import defaultdict

import pytest

from actors.actor_helpers import Probe, probe_id, probe_suite

pytestmark = pytest.mark.model

PEOPLE: list[Probe] = [
    Probe("Sen. Orrin Hatch said the tax bill would pass.", "Sen. Orrin Hatch", "USALEG", None, "2016-09-15"),
    Probe("Hatch told reporters the committee would vote.", "Hatch", "USALEG", None, "1995-03-01"),
    Probe("Patrick Leahy questioned the nominee.", "Patrick Leahy", "USALEG", None, "2005-09-13"),
    Probe("Lisa Murkowski voted against the repeal.", "Lisa Murkowski", "USALEG", None, "2017-07-28"),
    Probe("Senator Richard Lugar met the Russian delegation.", "Senator Richard Lugar", "USALEG", None,
          "1991-12-10"),
    Probe("Tip O'Neill attacked the budget.", "Tip O'Neill", "USALEG", None, "1985-04-02"),
    Probe("Dennis Hastert scheduled the vote.", "Dennis Hastert", "USALEG", None, "2003-11-20"),
    Probe("Devin Nunes released the memo.", "Devin Nunes", "USALEG", None, "2018-02-02"),
    Probe("Gov. Rick Scott declared a state of emergency.", "Gov. Rick Scott", "USAGOV", None, "2016-10-05"),
    Probe("Rick Scott backed the measure in the Senate.", "Rick Scott", "USALEG", None, "2020-05-01"),
    Probe("Andrew Cuomo ordered the schools closed.", "Andrew Cuomo", "USAGOV", None, "2020-03-15"),
    Probe("Arnold Schwarzenegger signed the climate law.", "Arnold Schwarzenegger", "USAGOV", None,
          "2006-09-27"),
    Probe("Mike Pence signed the religious freedom bill.", "Mike Pence", "USAGOV", None, "2015-03-26"),
    Probe("Pence criticized the ruling.", "Pence", "USAGOV", None, "2016-09-15"),
    Probe("Attorney General Eric Holder announced the charges.", "Attorney General Eric Holder", "USAJUD",
          None, "2012-05-01"),
    Probe("Christopher Wray defended the bureau.", "Christopher Wray", "USACOP", None, "2019-05-07"),
    Probe("Gina Haspel briefed the senators.", "Gina Haspel", "USASPY", None, "2019-01-29"),
    Probe("Ben Bernanke cut interest rates.", "Ben Bernanke", "USAGOV", None, "2008-03-18"),
    Probe("Michael Chertoff announced the new rules.", "Michael Chertoff", "USAGOV", None, "2007-06-01"),
    Probe("Timothy Geithner met Chinese officials.", "Timothy Geithner", "USAGOV", None, "2010-05-24"),
    Probe("Ashton Carter visited the troops in Baghdad.", "Ashton Carter", "USAGOVMIL", None, "2016-04-18"),
    Probe("Justice Antonin Scalia wrote the dissent.", "Justice Antonin Scalia", "USAJUD", None,
          "2015-06-26"),
    Probe("Ruth Bader Ginsburg criticized the candidate.", "Ruth Bader Ginsburg", "USAJUD", None,
          "2016-07-12"),
    Probe("Chief Justice John Roberts wrote for the majority.", "Chief Justice John Roberts", "USAJUD", None,
          "2012-06-28"),
    Probe("Kavanaugh joined the opinion.", "Kavanaugh", "USAJUD", None, "2019-06-20"),
    # out of every listed office: an elite, as a candidate out of office is coded
    Probe("Scalia's death left a vacancy, the senators said.", "Scalia", "USAELI", None, "2016-03-01"),
    Probe("Jeb Bush attacked his rival in the debate.", "Jeb Bush", "USAELI", None, "2015-12-15"),
    Probe("Jeb Bush signed the budget in Tallahassee.", "Jeb Bush", "USAGOV", None, "2003-06-01"),
    Probe("Ben Carson questioned the policy.", "Ben Carson", "USAELI", None, "2016-01-10"),
    Probe("Ben Carson announced the housing rule.", "Ben Carson", "USAGOV", None, "2018-08-13"),
    Probe("Ross Perot attacked the trade pact.", "Ross Perot", "USAELI", None, "1992-10-15"),
    Probe("Carly Fiorina criticized the deal.", "Carly Fiorina", "USAELI", None, "2015-09-17"),
    Probe("Bob Dole urged the president to act.", "Bob Dole", "USALEG", None, "1995-11-30"),
    # a major candidate's shared surname is theirs from the campaign on, never over another holder's years
    Probe("Cruz told supporters he would win Iowa.", "Cruz", "USALEG", None, "2016-01-30"),
    Probe("Sanders told supporters to keep fighting.", "Sanders", "USALEG", None, "2016-05-20"),
    Probe("Sanders told reporters the president was right.", "Sanders", "USAGOV", None, "2018-03-14"),
    Probe("Carson said the polls were wrong.", "Carson", "USAELI", None, "2015-11-03"),
    Probe("Dan Quayle attacked Lloyd Bentsen's record.", "Dan Quayle", "USALEG", None, "1988-10-06"),
]

PARTIES: list[Probe] = [
    Probe("Senate Republicans blocked the nomination.", "Senate Republicans", "USALEG", None, "2016-09-15"),
    Probe("House Democrats demanded an inquiry.", "House Democrats", "USALEG", None, "2016-09-15"),
    Probe("Senate Democrats filibustered the bill.", "Senate Democrats", "USALEG", None, "2005-05-10"),
    Probe("Congressional Republicans criticized the deal.", "Congressional Republicans", "USALEG", None,
          "2015-07-20"),
    Probe("The GOP nominee attacked the press.", "The GOP nominee", "USAELI", None, "2016-09-15"),
    Probe("The Republican presidential nominee criticized NATO.", "The Republican presidential nominee",
          "USAELI", None, "2016-07-21"),
    Probe("Democratic presidential hopefuls debated in Iowa.", "Democratic presidential hopefuls", "USAELI",
          None, "2007-11-15"),
    Probe("The Democratic candidate attacked his rival.", "The Democratic candidate", "USAELI", None,
          "1988-09-25"),
    # unchanged: the party alone is in or out of government on the day, its members in an office that office
    Probe("Republicans criticized the president.", "Republicans", "USAOPP", None, "2016-09-15"),
    Probe("Republican senators blocked the nominee.", "Republican senators", "USALEG", None, "2016-09-15"),
]

CHAMBERS: list[Probe] = [
    Probe("The House passed the spending bill.", "The House", "USALEG", "WASHINGTON", "2016-09-15"),
    Probe("The Senate rejected Obama's nominee for the court.", "The Senate", "USALEG", None, "2016-09-15"),
    Probe("The House voted to condemn Obama's deal with Iran.", "The House", "USALEG", None, "2015-09-11"),
    Probe("Republicans in the Senate blocked the bill.", "the Senate", "USALEG", None, "2016-09-15"),
    Probe("The House backed the government's budget.", "The House", "GBRLEG", "LONDON", "2016-09-15"),
    # the same for the other legislature and court roles, in a text that names no place
    Probe("The Supreme Court blocked Obama's immigration plan.", "The Supreme Court", "USAJUD", None,
          "2016-06-23"),
    Probe("The House speaker told Republicans to back the bill.", "The House speaker", "USALEG", None,
          "2015-11-02"),
    Probe("The attorney general declined to charge Clinton.", "The attorney general", "USAJUD", None,
          "2016-07-06"),
]

GUARDS: list[Probe] = [
    Probe("Irish Republicans rejected the deal.", "Irish Republicans", "IRL", None, "2016-09-15"),
    Probe("The Philippine Senate rejected the treaty.", "The Philippine Senate", "PHLLEG", None,
          "1991-09-16"),
    Probe("The Congress party rejected the deal.", "The Congress party", "INDOPP", None, "2016-09-15"),
    Probe("The House of Commons rejected the deal.", "The House of Commons", "GBRLEG", None, "2016-09-15"),
    Probe("The Senate passed the reform, the Italian prime minister said.", "The Senate", "ITALEG", None,
          "2016-01-20"),
    Probe("The Supreme Court ruled against the government.", "The Supreme Court", "PAKJUD", "ISLAMABAD",
          "2016-09-15"),
    Probe("The Senate rejected Obama's nominee.", "The Senate", "AUSLEG", "CANBERRA", "2016-09-15"),
    # a foreign place in the text: lawmakers may be that country's, only a named US chamber is American
    Probe("Clinton met lawmakers on Tuesday, the Chinese ministry said.", "lawmakers", "CHNLEG", None,
          "2010-05-25"),
    # a chamber in a text with no US party, office holder or dateline: no country is guessed
    Probe("The Senate passed the bill on Tuesday.", "The Senate", None, None, "2016-09-16"),
    # "Republican" alone is no US party: the Guard is not made American (no country without Iraq named)
    Probe("The Republican Guard took the city.", "The Republican Guard", None, None, "1991-02-20"),
    # surnames the table's people share, or that name other public figures, are no alias
    Probe("Murkowski voted against the repeal.", "Murkowski", None, None, "2017-07-28"),
    Probe("Udall said the bill would fail.", "Udall", None, None, "2012-05-01"),
    Probe("Gates said the company would invest more.", "Gates", None, None, "2019-05-01"),
]

ALL = PEOPLE + PARTIES + CHAMBERS + GUARDS


coded, test_probe = probe_suite(ALL)


def test_chamber_reasons_name_the_us_evidence(coded: dict[str, tuple[str | None, list[str]]]) -> None:
    """The US reading of a bare chamber says which words made the text American."""
    _, reasons = coded[probe_id(CHAMBERS[1])]
    assert any("US politics" in r and "Obama" in r for r in reasons), reasons


def test_ninth_section_aliases_name_one_person() -> None:
    """Every surface form the ninth session's rows add names one person on any day: a bare surname
    is an alias only where nobody else listed shares it, or in a window no other holder of it overlaps
    ("Sanders": Bernie Sanders' campaigns, Sarah Sanders' White House years). Forms the earlier rows
    already gave a person, dated apart, such as "Bush", are the earlier sessions' and left as they were."""
    from wirewatch.nlp.actors.dictionary import BUILTIN

    lines = BUILTIN.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines)
                 if line.startswith("# Added in the ninth session: US politics"))
    spans: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # form -> (name, start, end)
    ninth: set[str] = set()
    earlier: set[str] = set()
    header = ["name", "code", "aliases", "start", "end", "note"]
    for number, line in enumerate(lines):
        if not line.strip() or line.startswith("#") or line.startswith("name,"):
            continue
        row = dict(zip(header, next(csv.reader([line])), strict=False))
        for form in [row["name"], *(a for a in row["aliases"].split("|") if a)]:
            spans[form].append((row["name"], row["start"] or "0000", row["end"] or "9999"))
            (ninth if number > start else earlier).add(form)
    added = ninth - earlier
    assert len(added) > 500, "the section adds the senators, governors, officials and justices"
    clashes = {form: (a, b) for form in added for a in spans[form] for b in spans[form]
               if a[0] != b[0] and a[1] <= b[2] and b[1] <= a[2]}
    assert not clashes, clashes
