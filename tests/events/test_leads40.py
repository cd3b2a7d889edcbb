"""The thirty-eighth session's long-lead classes (wip/leads40), on fresh sentences and controls (none of them
is a row of probes_leads40.py): a message or letter carried from one party to another is the sender's
consultation of the addressee (040), and "handed over" a message is no extradition; a patrol or a posture
agreed between two parties, or done jointly, is an intent to cooperate (0312), and observers or monitors a
body will send a pledge of peacekeeping (0334), never a threat of force (138); "sick and wounded prisoners"
is no second verb; an object the subject pair holds ("their ministers", "joint patrols") is no target, so
the pair's act goes both ways; a coordinated verb's definite object naming the first act's thing again
("fired on a boat and seized the vessel") takes that act's target."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # a message carried from one party to another: the sender consults the addressee
    ("Algeria's foreign minister on Monday delivered a letter from President Chadli Bendjedid to King Hassan "
     "of Morocco on the Western Sahara dispute.", ("DZA", "MAR", "04"), ()),
    ("The Omani envoy flew to Tehran on Sunday carrying a message from Sultan Qaboos to President "
     "Rafsanjani, officials said.", ("OMN", "IRN", "04"), ()),
    ("Libya's foreign minister handed over a message from Moammar Gadhafi to Chadian President Hissene Habre "
     "on Thursday.", ("LBY", "TCD", "04"), (("LBY", "TCD", "06"),)),
    ("The Norwegian ambassador delivered a letter from Yasser Arafat to Israeli Prime Minister Yitzhak "
     "Rabin on Tuesday.", ("PSE", "ISR", "04"), (("NOR", "ISR", "04"),)),
    # controls: the message's own act is read, a message with no sender or addressee is none
    ("A Swiss envoy delivered a message from Washington to the Iranian government offering direct talks.",
     ("USA", "IRN", "03"), ()),
    ("The postman delivered the letters on Monday.", None, (("*", "*", "04"),)),
    ("Britain handed over three IRA suspects to the Irish police on Friday.", ("GBR", "IRL", "06"), ()),
    # a posture agreed or done jointly, or observers sent: cooperation, not a threat
    ("Laos and Thailand agreed on Monday to patrol the Mekong river jointly to stop smugglers.",
     ("LAO", "THA", "03"), (("*", "*", "13"),)),
    ("The defence ministers of Kenya and Uganda agreed on Friday to step up patrols along their common "
     "frontier.", ("KEN", "UGA", "03"), (("*", "*", "13"),)),
    ("The European Community will send 30 ceasefire monitors to Croatia next week, a spokesman said.",
     ("IGO", "HRV", "03"), (("*", "*", "13"),)),
    # controls: a threat to deploy troops, and troops sent to a border, keep their reading
    ("Syria threatened on Sunday to deploy troops in Lebanon.", ("SYR", "LBN", "13"), ()),
    ("Iraq will send more troops to its border with Kuwait, the defence minister said.", None,
     (("*", "*", "03"),)),
    ("India and Nepal will jointly patrol their open border to stop arms smuggling, officials said on "
     "Friday.", ("NPL", "IND", "03"), (("*", "*", "13"),)),
    ("The United Nations will send 200 unarmed military observers to monitor the truce between Ethiopia and "
     "Eritrea, a U.N. spokesman said.", ("IGO", "ERI", "03"), (("IGO", "USA", "*"),)),
    # "sick and wounded" prisoners: no wounding
    ("Ethiopia and Somalia exchanged 300 sick and wounded prisoners of war on Tuesday.",
     ("ETH", "SOM", "08"), (("*", "*", "19"),)),
    ("Morocco and the Polisario Front swapped dozens of sick and injured prisoners on Monday.",
     ("MAR", "*", "08"), (("*", "*", "19"),)),
    ("Angola on Friday released 40 sick and wounded South African soldiers to the Red Cross.", None,
     (("*", "*", "19"),)),
    # control: two verbs with counts keep both acts
    ("Rebels killed 12 and wounded 30 soldiers in an ambush near Juba.", ("*", "*", "19"), ()),
    # the pair's own object: the act both ways
    ("NAIROBI (Reuters) - Kenya and Ethiopia agreed on Monday to hold regular meetings of their defence "
     "ministers, officials said.", ("KEN", "ETH", "03"), (("KEN", "KEN", "*"),)),
    # control: a pair's act on a third party keeps its target
    ("Iran and Iraq on Monday accused Turkey of harbouring their Kurdish rebels.", ("IRN", "TUR", "11"), ()),
    # the topic of a pair's talks is no partner of them
    ("Japanese Prime Minister Noboru Takeshita and Australian Prime Minister Bob Hawke held talks in Tokyo "
     "on Monday on the future of the Cambodian conflict.", ("JPN", "AUS", "04"), (("*", "KHM", "*"),)),
    ("Syrian President Hafez al-Assad and Lebanese President Elias Hrawi held talks in Damascus on Sunday on "
     "the withdrawal of Syrian troops.", ("LBN", "SYR", "04"), (("SYR", "SYR", "*"), ("LBN", "LBN", "*"))),
    # control: a talks partner in a with-phrase keeps its place
    ("Egyptian President Hosni Mubarak held talks with King Hussein of Jordan in Cairo on Sunday on the "
     "Lebanese crisis.", ("EGY", "JOR", "04"), (("*", "LBN", "*"),)),
    # a judgement of an act noun with a by-phrase: aimed at the doer
    ("France voiced anger on Monday over the detention of three French aid workers by Sudanese police in "
     "Khartoum.", ("FRA", "SDN", "11"), (("FRA", "FRA", "*"),)),
    ("Austria expressed concern on Friday over the arrest of an Austrian businessman by Kenyan security "
     "police.", ("AUT", "KEN", "11"), (("AUT", "AUT", "*"),)),
    # control: an addressee of the doer's country keeps its place
    ("Cyprus protested to Ankara on Monday over the violation of its airspace by Turkish warplanes.",
     ("CYP", "TUR", "11"), (("CYP", "CYP", "*"),)),
    ("Iran lodged a protest with Britain on Monday over the seizure of an Iranian tanker by American "
     "warships.", ("IRN", "GBR", "11"), (("IRN", "USA", "*"),)),
    # a definite object naming the first act's thing again
    ("Iranian gunboats fired on a Kuwaiti tanker in the Gulf on Monday and seized the ship.",
     ("IRN", "KWT", "17"), ()),
    ("Indian coastguards fired on a Sri Lankan trawler off Tamil Nadu on Sunday and detained the crew.",
     ("IND", "LKA", "17"), (("IND", "IND", "17"),)),
    # control: a definite object of another kind names no one
    ("Guerrillas ambushed a Salvadoran army convoy on Monday and captured the town.", None,
     (("*", "SLV", "17"),)),
]

test_leads40_case = _match.case_test(CASES)
