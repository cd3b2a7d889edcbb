"""Probes of the eleventh session's blind recall census (recallpol12): the classes of missed acts the census
of unseen PolNeAR copy showed (benchmarks/recall_census_judged.json), with null cases beside them.

* fronted clause in the perfect: "While Germany has criticized Turkey, ..." lost both parties to the rule
  for a fronted participle with no subject ("Asked to comment, a spokesman said"), which a clause with its
  own subject and a "has/had" is not;
* anger at a party: "Japan is angry at / furious with / upset over China's ..." (111, adjective rows);
* a verdict on a deed judges its doer: '"What Putin is doing is dangerous," Merkel said', "said the policies
  China is pursuing were reckless" (111);
* alleged mishandling: "said Clinton mishandled classified information" (112, with the other wrongs);
* distrust: "X says Y cannot be trusted" (111; the fresh draw's headline "Rubio: ... Trump Can't Be Trusted");
* two politicians of one code are two parties in cooperation too: "Senator Graham endorsed Senator Cruz"
  (USALEG -> USALEG 051), "Senator Crapo met Senator Grassley" (040 both ways), as they already were in
  criticism (eighth session); one government's members meeting or telling each other stay internal;
* "hold X accountable" read by the parser as a small clause (X the subject of "accountable") blames X as
  the object reading did (112);
* a verdict said to someone's face: '"You are a disgrace," X told Y', '"Your policies are reckless," X told
  Y' judge the addressee (as in the fresh draw's '"You're very rude," X told Y');
* a text, an ad or a video speaks in its author's name: "released a report that accuses Russia of ...",
  "released an ad attacking Trump's record" (the relative clause as the participle already did);
* an act under a noun that "no" denies did not happen: "has no plans to sanction Russia", "there was no
  precedent for prosecuting X" (the negation sits on the noun, not on the verb);
* a direct question asks, it reports no act: "Can Obama offer the Republicans a deal?", "Will Russia invade
  Ukraine?" (a null case under the annotation guide).

Written for wirewatch from the census classes and the CAMEO codebook; no sentence of the census copy is
here. Triples as in `probes_wire.py` (country, country, code at the length written); an empty set is a
sentence that must code nothing. Dated 2024-03-05 (the probes' fixture date) unless US 2016 politics.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (class, CAMEO root, sentence, expected triples)
RECALLPOL12: list[tuple[str, str, str, set[Triple]]] = [
    # --- a fronted subordinate clause in the perfect keeps its own subject and object
    ("fronted_perfect", "11", "While Germany has criticized Turkey, Poland has remained calm.",
     {("DEU", "TUR", "111")}),
    ("fronted_perfect", "13", "While Russia has threatened Ukraine, Poland remained calm.",
     {("RUS", "UKR", "130")}),
    ("fronted_perfect", "03", "While Spain has pledged to support Portugal, its neighbours are less sure.",
     {("ESP", "PRT", "032")}),
    ("fronted_perfect", "05", "Since Kenya had praised Ethiopia's mediation, Somalia kept quiet.",
     {("KEN", "ETH", "051")}),
    ("fronted_perfect", "04", "After Norway had met Sri Lanka's envoy, the talks moved to Oslo.",
     {("NOR", "LKA", "040"), ("LKA", "NOR", "040")}),
    # ... while a fronted participle with no subject is still undergone by the main subject
    ("fronted_perfect", "--", "Asked about the Russian move, a German spokesman declined to comment.", set()),
    # --- anger at a party is criticism
    ("anger_at", "11", "Japan is angry at China over the disputed islands.", {("JPN", "CHN", "111")}),
    ("anger_at", "11", "India was furious with Pakistan after the raid.", {("IND", "PAK", "111")}),
    ("anger_at", "11", "Turkey is upset over Germany's vote on the resolution.", {("TUR", "DEU", "111")}),
    ("anger_at", "11", "Brazil's president is irate at Argentina.", {("BRA", "ARG", "111")}),
    ("anger_at", "11", "\"I am very disappointed in Germany,\" the Greek prime minister said.",
     {("GRC", "DEU", "111")}),
    ("anger_at", "11", "Canada was disappointed with Washington's decision.", {("CAN", "USA", "111")}),
    ("anger_at", "--", "Farmers are angry at the weather.", set()),
    ("anger_at", "--", "Investors were disappointed by the quarterly results.", set()),
    ("anger_at", "--", "Chile is happy with Peru's offer.", set()),
    # --- a verdict on a deed judges its doer
    ("verdict_doer", "11", "\"What Russia is doing is dangerous,\" the Polish prime minister said.",
     {("POL", "RUS", "111")}),
    ("verdict_doer", "11",
     "The Japanese prime minister said the policies that China is pursuing were reckless.",
     {("JPN", "CHN", "111")}),
    ("verdict_doer", "--", "The Japanese prime minister said the policies that he is pursuing were sound.",
     set()),
    # --- "X says Y cannot be trusted": a verdict of distrust (111)
    ("distrust", "11", "The German chancellor says Putin cannot be trusted.", {("DEU", "RUS", "111")}),
    ("distrust", "11", "The Polish minister said Russia could not be trusted.", {("POL", "RUS", "111")}),
    ("distrust", "--", "The Polish minister said the figures could not be trusted.", set()),
    # --- alleged mishandling is an accusation
    ("mishandled", "11", "The Greek minister said Turkey had mishandled the inquiry.",
     {("GRC", "TUR", "112")}),
    ("mishandled", "--", "The Greek minister said Greece had not mishandled the inquiry.", set()),
    # --- a direct question reports no act
    ("direct_question", "--", "Can Germany offer Greece a better deal?", set()),
    ("direct_question", "--", "Will Russia invade Ukraine this winter?", set()),
    ("direct_question", "--", "Why did Egypt reject Sudan's offer?", set()),
    ("direct_question", "11", "Japan criticized China's plan on Monday.", {("JPN", "CHN", "111")}),
    # --- an act under a noun that "no" denies did not happen (a negated act is a null case)
    ("denied_noun", "--", "Germany has no plans to sanction Russia over the election.", set()),
    ("denied_noun", "--", "The minister said there was no precedent for prosecuting Turkey.", set()),
    # ... and a denied intent to give is refused, as "said it would not send troops" already is (12)
    ("denied_noun", "12", "Japan said it had no intention of sending troops to Iraq.",
     {("JPN", "IRQ", "12")}),
    ("denied_noun", "13", "Germany has plans to sanction Russia over the election.", {("DEU", "RUS", "13")}),
    # --- "hold X accountable / responsible" parsed as a small clause is the blame the object reading is (112)
    ("held_accountable", "11", "Poland tried to hold Russia accountable.", {("POL", "RUS", "112")}),
    ("held_accountable", "11", "The Greek minister held Turkey responsible.", {("GRC", "TUR", "112")}),
    ("held_accountable", "--", "Greece held the meeting in Athens.", set()),
    # --- a verdict said to someone's face: the addressee of "told" / "assured" is whom "you" judges
    ("verdict_to_you", "11", "\"You are a disgrace,\" the Turkish president told the Dutch prime minister.",
     {("TUR", "NLD", "111")}),
    ("verdict_to_you", "11",
     "\"Your policies are reckless,\" the German chancellor told the Russian president.",
     {("DEU", "RUS", "111")}),
    ("verdict_to_you", "05", "\"Your leadership is excellent,\" the Kenyan president told the Chinese envoy.",
     {("KEN", "CHN", "051")}),
    # ... and a remark that judges nothing stays the statement "told" is (010)
    ("verdict_to_you", "01", "\"You are late,\" the Dutch prime minister told the Turkish president.",
     {("NLD", "TUR", "010")}),
    # --- a text, an ad or a video speaks in its author's name, in a relative clause as in a participle
    ("document_relative", "11", "Poland released a report that accuses Russia of hacking.",
     {("POL", "RUS", "112")}),
    ("document_relative", "11", "Russia issued a statement that condemned Ukraine's decision.",
     {("RUS", "UKR", "111")}),
    ("document_relative", "11", "Mexico aired an advertisement that mocks the American president.",
     {("MEX", "USA", "111")}),
    ("document_relative", "--", "A report that accuses Russia of hacking was leaked on Monday.", set()),
    # --- two politicians of one code endorse, praise or meet each other (dated in 2016, as the census)
]

# (class, CAMEO root, sentence, expected triples, date): the same-code probes need the census's year
PEERS: list[tuple[str, str, str, set[Triple], str]] = [
    ("peers", "05", "Senator Lindsey Graham has endorsed Senator Ted Cruz for president.",
     {("USA", "USA", "051")}, "2016-03-20"),
    ("peers", "05", "Senator Elizabeth Warren praised Senator Bernie Sanders on Tuesday.",
     {("USA", "USA", "051")}, "2016-03-20"),
    ("peers", "04", "Senator Mike Crapo met Senator Chuck Grassley on Monday.",
     {("USA", "USA", "040")}, "2016-03-20"),
    # one executive's members meeting each other, and one candidate's plans set beside another's: nothing
    ("document_relative", "11", "Hillary Clinton released an ad attacking Donald Trump's record.",
     {("USA", "USA", "111")}, "2016-03-20"),
    ("document_relative", "11",
     "Senator Rand Paul released a video that accuses Senator Ted Cruz of weakness.",
     {("USA", "USA", "112")}, "2016-03-20"),
    ("peers", "--", "President Obama met Vice President Joe Biden at the White House.", set(), "2016-03-20"),
    ("peers", "--", "Hillary Clinton's tax proposals offer a stark alternative to Donald Trump's.", set(),
     "2016-03-20"),
]
