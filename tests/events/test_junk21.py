"""Wrong triples an analyst sees on whole stories, read narrowly (nineteenth session, junk21).

Each class of the eighteenth session's story reading (docs/events.md, "whole stories read as an analyst
would" and "what more whole unread stories showed an analyst") has sentences of our own in the shapes the
unread copy showed: at least three wrong readings that must not be coded, and at least three controls
that must still be coded. A reading the coder still gets wrong is marked xfail(strict=True) with the
reason; the mark is removed when a rule fixes it.

  a. what a talk verb's about- or of-phrase names is a topic, no party talked with (only when the
     phrase's object is no party and no with- or to-phrase names a partner);
  b. a greeting, message or condolence received in a title-case headline is no hosted visit;
  c. a town or state named only to say where something happened is not the party;
  d. one mention is never both parties (an act on "them" is not the doer's act on its own country);
  e. someone who travels with the traveller is a companion, not the host;
  f. an act that is only someone's plan or proposal is not done;
  g. the speaker of "..., X said" is not the doer of a participle inside the fronted phrase;
  h. money given to a campaign or a party is no aid, and arms "used by" an army attack nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytestmark = [pytest.mark.model]

Triple = tuple[str | None, str | None, str, tuple[int | None, int | None], tuple[int | None, int | None]]


def triples(art: Any) -> list[Triple]:
    return [
        (
            e.source.code if e.source else None,
            e.target.code if e.target else None,
            e.cameo,
            (e.source.start, e.source.end) if e.source else (None, None),
            (e.target.start, e.target.end) if e.target else (None, None),
        )
        for e in art.events
        if e.cameo
    ]


def _root(code: str, roots: tuple[str, ...]) -> bool:
    return any(code.startswith(r) for r in roots)


def _country(code: str | None, country: str) -> bool:
    return bool(code) and code.startswith(country)  # type: ignore[union-attr]


# (id, text, date, check): check(triples) -> bool, True when the sentence is read right
Case = tuple[str, str, str, Callable[[list[Triple]], bool]]


def none_with_root(*roots: str) -> Callable[[list[Triple]], bool]:
    return lambda ts: not [t for t in ts if _root(t[2], roots)]


def no_party(country: str, *roots: str) -> Callable[[list[Triple]], bool]:
    """No triple of these roots has a party of this country."""
    return lambda ts: (
        not [t for t in ts if _root(t[2], roots) and (_country(t[0], country) or _country(t[1], country))]
    )


def one_mention_twice(ts: list[Triple]) -> bool:
    """No act on others has one mention as both parties. A protest with no named recipient keeps the
    documented domestic convention ("miners went on strike in South Africa" ZAF -> ZAF, docs/events.md,
    Known gaps): the guide has not settled it, so it is not asserted here."""
    return not [t for t in ts if t[3][0] is not None and t[3] == t[4] and not t[2].startswith("14")]


def has(src: str | None, tgt: str | None, *roots: str) -> Callable[[list[Triple]], bool]:
    """Some triple of these roots whose source and target start with these codes (None: any)."""
    return lambda ts: any(
        _root(t[2], roots) and (src is None or _country(t[0], src)) and (tgt is None or _country(t[1], tgt))
        for t in ts
    )


def xfail(reason: str) -> Any:
    return pytest.mark.xfail(strict=True, reason=reason)


WRONG_CASES: list[Case] = [
    # a. a topic talked about
    (
        "a1",
        "Sanders talked about police reform at a town hall in Iowa on Sunday.",
        "2016-02-01",
        none_with_root("04"),
    ),
    (
        "a2",
        "The minister talked of the rivalry between China and Japan in a speech.",
        "2016-02-01",
        none_with_root("04"),
    ),
    (
        "a3",
        "Earlier, Pakistan's foreign minister talked about police reform in Karachi.",
        "2016-02-01",
        none_with_root("04"),
    ),
    (
        "a8",
        "Sanders criticized Cruz on Sunday. He's talking about deporting workers, banning Muslims and "
        "carpet-bombing Syria.",
        "2016-05-26",
        none_with_root("04"),
    ),
    (
        "a9",
        "Sanders criticized Cruz on Sunday. He's talking about deporting workers, banning all Muslims from "
        "coming to America and carpet-bombing Syria.",
        "2016-05-26",
        none_with_root("04"),
    ),
    # b. a greeting received in a KCNA-style headline
    (
        "b1",
        "Kim Jong Un Receives Greetings from Vietnamese President",
        "2018-05-02",
        none_with_root("042", "043"),
    ),
    ("b2", "Kim Jong Un Receives Greetings from Cuban President", "2018-05-02", none_with_root("042", "043")),
    (
        "b3",
        "Kim Jong Un Receives Condolences from Russian President",
        "2018-05-02",
        none_with_root("042", "043"),
    ),
    # c. a town named for where something happened
    (
        "c1",
        "He is wanted for the bombing of a Dayton, Ohio, nightclub that wounded two police officers.",
        "2000-01-01",
        lambda ts: not [t for t in ts if t[2].startswith(("18", "19")) and t[0] == "USA"],
    ),
    ("c2", "Obama praised the families of the Benghazi victims.", "2016-03-01", no_party("LBY", "0", "1")),
    (
        "c3",
        "Trump told the families of the Benghazi victims that Clinton had lied.",
        "2016-03-01",
        no_party("LBY", "0", "1"),
    ),
    ("c4", "The Lockerbie victims' families sued Libya on Monday.", "2000-03-01", no_party("GBR", "0", "1")),
    # d. one mention in both roles
    (
        "d1",
        "Hundreds of Cuban-Americans blocked intersections near the port. In one case, riot "
        "police had to use tear gas to clear them.",
        "2000-01-15",
        one_mention_twice,
    ),
    (
        "d2",
        "Haitian protesters blocked the main road. Riot police used tear gas to disperse them.",
        "2000-01-15",
        one_mention_twice,
    ),
    (
        "d3",
        "Students occupied the campus for a week. Police had to use batons to remove them.",
        "2000-01-15",
        one_mention_twice,
    ),
    (
        "d4",
        "Sanders joked about Trump's plan to ban Muslims from the country.",
        "2016-03-01",
        one_mention_twice,
    ),
    # e. a companion of a journey
    (
        "e1",
        "The boy's father will fly to the United States on Thursday with his wife and with "
        "Jorge Perez, head of the Cuban Interests Section in Washington.",
        "2000-04-05",
        no_party("CUB", "042", "043"),
    ),
    (
        "e2",
        "The boy's grandmother will travel to Cuba on Friday with her husband and with Ana Ruiz, "
        "head of the U.S. Interests Section in Havana.",
        "2000-04-05",
        no_party("USA", "042", "043"),
    ),
    (
        "e3",
        "A lawyer for the family said in Miami that the mother would travel to the United States "
        "on Sunday with Jose Diaz, the Cuban consul in Miami.",
        "2000-04-05",
        no_party("CUB", "042", "043"),
    ),
    # f. a plan is no act
    (
        "f1",
        "Clinton has an answer to Trump's plan to deport 11 million people.",
        "2015-11-11",
        none_with_root("17"),
    ),
    (
        "f2",
        "Clinton spoke about Cruz's plan to expel refugees from the state.",
        "2015-11-11",
        none_with_root("17"),
    ),
    (
        "f3",
        "Clinton had harsh words for Trump's proposal to deport millions of people.",
        "2015-11-11",
        none_with_root("17", "20"),
    ),
    # g. the speaker is not the participle's doer
    (
        "g1",
        "Asked about a bomber attacking and wounding four soldiers in Kabul, Defense Secretary "
        "Ash Carter said the mission would go on.",
        "2016-03-01",
        lambda ts: not [t for t in ts if t[2].startswith(("18", "19")) and _country(t[0], "USA")],
    ),
    (
        "g2",
        "Asked about a sniper attacking and wounding two policemen in Cairo, Interior Minister "
        "Magdy Abdel Ghaffar said security would be tightened.",
        "2016-03-01",
        lambda ts: not [t for t in ts if t[2].startswith(("18", "19")) and t[0] == "EGYGOV"],
    ),
    (
        "g3",
        "Asked about a gunman shooting and killing a soldier in Ottawa, Prime Minister Stephen "
        "Harper said Canada would not be intimidated.",
        "2014-10-22",
        lambda ts: not [t for t in ts if t[2].startswith(("18", "19")) and t[0] == "CANGOV"],
    ),
    (
        "g4",
        "On Sunday, while commenting on the tension highlighted by a gunman targeting and killing "
        "three Baton Rouge police officers, Governor John Bel Edwards said the state would heal.",
        "2016-07-18",
        lambda ts: not [t for t in ts if t[2].startswith(("18", "19")) and t[0] == "USAGOV"],
    ),
    # h. campaign money and arms used
    (
        "h1",
        "Goldman Sachs gave $200,000 to Clinton's campaign in 2015.",
        "2016-03-01",
        none_with_root("07", "08"),
    ),
    ("h2", "Boeing donated $1 million to the Republican Party.", "2016-03-01", none_with_root("07", "08")),
    (
        "h3",
        "Hedge funds contributed $3 million to Clinton's presidential campaign.",
        "2016-03-01",
        none_with_root("07", "08"),
    ),
    (
        "h4",
        "The chemical weapons were used by the armies of both sides in the war.",
        "2000-03-01",
        none_with_root("18", "19", "20"),
    ),
    (
        "h5",
        "Landmines used by the armies of both sides still kill civilians.",
        "2000-03-01",
        lambda ts: not [t for t in ts if t[2].startswith(("18", "19")) and t[0] and "MIL" in t[0]],
    ),
]

CONTROL_CASES: list[Case] = [
    # a. a partner named by with or to stays
    (
        "a4",
        "Secretary of State John Kerry talked with Russian Foreign Minister Sergei Lavrov about "
        "Syria on Monday.",
        "2016-09-29",
        has("USAGOV", "RUSGOV", "040"),
    ),
    (
        "a5",
        "Merkel talked about refugees with Turkish Prime Minister Ahmet Davutoglu in Ankara.",
        "2016-02-08",
        has("DEUGOV", "TURGOV", "040"),
    ),
    (
        "a6",
        "Trump and Putin talked about Syria by telephone on Friday.",
        "2017-02-03",
        has(None, "RUSGOV", "041"),  # by telephone: the codebook's 041 (lead25; was 040)
    ),
    (
        "a7",
        "Obama spoke with Chinese President Xi Jinping about trade on Tuesday.",
        "2016-03-01",
        has("USAGOV", "CHNGOV", "040"),
    ),
    # b. a delegation received is still hosted; the message of greetings itself is still praise
    (
        "b4",
        "Kim Tok Hun Receives Delegation of Laos\nPyongyang, May 2 (KCNA) -- Kim Tok Hun received "
        "a government delegation of Laos in Pyongyang on Friday.",
        "2024-05-02",
        has("PRK", "LAO", "043"),
    ),
    ("b5", "Kim Jong Un Receives Chinese Art Troupe", "2018-05-02", has("PRK", "CHN", "043")),
    (
        "b6",
        "Kim Jong Un Receives Greetings from President of Vietnam\nPyongyang, May 2 (KCNA) -- Kim "
        "Jong Un received a message of greetings from the President of Vietnam on Friday.",
        "2018-05-02",
        has("VNMGOV", "PRKGOV", "051"),
    ),
    # c. a country's own forces and a place where a named party acts
    (
        "c5",
        "The Syrian army's offensive in Aleppo killed dozens of civilians.",
        "2016-03-01",
        has("SYRMIL", None, "19"),
    ),
    ("c6", "Police in Miami arrested three protesters on Saturday.", "2000-01-15", has("USACOP", None, "17")),
    ("c7", "Libyan militias in Benghazi attacked the U.S. consulate.", "2012-09-12", has("LBY", "USA", "19")),
    # d. a domestic act on the actor's own country, and a crowd named in the sentence
    (
        "d5",
        "Chilean President Augusto Pinochet extended the state of siege on Wednesday.",
        "1985-11-06",
        has("CHLGOV", "CHL", "17"),
    ),
    (
        "d6",
        "Police fired tear gas at protesters in Nairobi on Monday.",
        "2000-01-15",
        has("KENCOP", "KEN", "17"),
    ),
    (
        "d7",
        "Riot police fired tear gas to disperse the protesters in Nairobi on Monday.",
        "2000-01-15",
        has("KENCOP", "KEN", "17"),
    ),
    # e. the destination and the people met stay
    (
        "e4",
        "Kerry arrived in Moscow on Tuesday for talks with Putin.",
        "2016-03-01",
        has("USAGOV", "RUS", "042"),
    ),
    (
        "e5",
        "Abbas travelled to Cairo, where he met Egyptian President Hosni Mubarak.",
        "2008-03-01",
        has("PSE", "EGY", "042"),
    ),
    (
        "e6",
        "Obama visited Japan with his wife Michelle on Sunday.",
        "2016-03-01",
        has("USAGOV", "JPN", "042"),
    ),
    # f. acts done and intentions stated
    ("f4", "Trump vowed to deport 11 million people.", "2015-11-11", has("USA", None, "13")),
    ("f5", "The government deported 300 migrants to Mexico.", "2015-11-11", has(None, None, "174")),
    ("f6", "Germany expelled two Russian diplomats on Monday.", "2015-11-11", has("DEU", "RUS", "16")),
    # g. the participle's own doer, and the main clause's
    (
        "g5",
        "Police shot dead a gunman at the school, Governor Fallin said.",
        "2016-07-10",
        lambda ts: any(t[2].startswith("19") and (t[0] or "").endswith("COP") for t in ts),
    ),
    (
        "g6",
        "Syrian troops shelled Aleppo, killing 10 civilians, the Observatory said.",
        "2016-03-01",
        has("SYRMIL", "SYR", "19"),
    ),
    (
        "g7",
        "Rebels attacked the convoy, killing two soldiers, the army spokesman said.",
        "2016-03-01",
        has(None, None, "19"),
    ),
    # h. aid given and force used
    ("h6", "The United States gave $50 million in aid to Haiti.", "2010-01-20", has("USA", "HTI", "07")),
    ("h7", "Japan donated $10 million to the Red Cross in Nepal.", "2015-05-01", has("JPN", None, "07")),
    ("h8", "The EU provided humanitarian aid to Syrian refugees.", "2015-05-01", has(None, "SYR", "07")),
    ("h9", "The army used tanks to attack the rebels in Homs.", "2012-05-01", has(None, None, "19")),
]

# the wrong readings the coder still gives, with why
FAILING: dict[str, str] = {
    "g2": "the parser reads 'a sniper attacking' as a noun compound, so the gerund has no subject of its own",
}


def params(cases: list[Case]) -> list[Any]:
    return [pytest.param(*c, id=c[0], marks=[xfail(FAILING[c[0]])] if c[0] in FAILING else []) for c in cases]


WRONG = params(WRONG_CASES)
CONTROLS = params(CONTROL_CASES)


@pytest.mark.parametrize("name,text,date,check", WRONG)
def test_wrong_reading_is_not_coded(
    code: Any, name: str, text: str, date: str, check: Callable[[list[Triple]], bool]
) -> None:
    got = triples(code(text, date=date))
    assert check(got), (name, got)


@pytest.mark.parametrize("name,text,date,check", CONTROLS)
def test_control_is_still_coded(
    code: Any, name: str, text: str, date: str, check: Callable[[list[Triple]], bool]
) -> None:
    got = triples(code(text, date=date))
    assert check(got), (name, got)
