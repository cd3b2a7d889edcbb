"""Actor probes of the twelfth session (actors12): the right act whose party got the wrong actor code on
unseen copy, by class (benchmarks/actor_error_classes.json, benchmarks/actor_census.py). Our own
sentences with real places, parties and office holders, written from docs/actors.md and the annotation
guide; negatives keep the same words where the class's rule must not fire.

Each probe is (class, sentence, story date, expected (source, target, CAMEO code) triples).
`tests/events/test_probes_actors12.py` runs them.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

ACTORS12: list[tuple[str, str, str, set[Triple]]] = [
    # a US state or region whose name holds a country's name is the United States
    ("us place", "New Jersey Gov. Phil Murphy criticized President Trump over the tariffs.", "2019-05-05",
     {("USAGOV", "USAGOV", "111")}),
    ("us place", "New Mexico Gov. Michelle Lujan Grisham accused the Pentagon of ignoring the state.",
     "2019-05-05", {("USAGOV", "USAMIL", "112")}),
    ("us place", "New England governors criticized Canada over the hydro deal.", "2019-05-05",
     {("USAGOV", "CAN", "111")}),
    ("us place", "Jersey's chief minister criticized France over fishing licences.", "2021-05-05",
     {("JEYGOV", "FRA", "111")}),
    ("us place", "The Mexican foreign minister criticized Texas officials over the border checks.",
     "2019-05-05", {("MEXGOV", "USAGOV", "111")}),  # a state's officials are GOV (thirteenth session)
    ("us place", "Georgia Gov. Nathan Deal criticized President Obama over the refugee plan.", "2016-03-05",
     {("USAGOV", "USAGOV", "111")}),
    ("us place", "Sen. David Perdue of Georgia accused Democrats of obstruction.", "2016-03-05",
     {("USALEG", "USAGOV", "112")}),
    ("us place", "Rep. John Lewis, a Georgia Democrat, criticized Trump.", "2016-03-05",
     {("USALEG", "USAELI", "111")}),
    ("us place", "Trump has won Virginia, Georgia and Alabama, and he attacked Cruz.", "2016-03-05",
     {("USAELI", "USALEG", "111")}),
    ("us place", "Russia accused Georgia of provoking the war.", "2016-03-05", {("RUS", "GEO", "112")}),
    ("us place", "Georgia and Armenia criticized Turkey over the blockade.", "2016-03-05",
     {("GEO", "TUR", "111"), ("ARM", "TUR", "111")}),
    ("us place", "Georgian President Mikheil Saakashvili accused Russia of aggression.", "2008-08-10",
     {("GEOGOV", "RUS", "1123")}),  # the table's charge item (codes16b)
    # a country's named commission or agency no table lists is its government; a news agency is media
    ("public body", "Canadian delegates criticized the U.S. Federal Energy Regulatory Commission.",
     "1987-04-05", {("CAN", "USAGOV", "111")}),
    ("public body", "The Korean Central News Agency criticized the United States.", "2016-03-05",
     {("PRKMED", "USA", "111")}),
    # an everyday word or a surname is no small town abroad ("Most" is a Czech town, Palin one in
    # Guatemala); a big city that acts stays a place
    ("town word", "Most European governments criticized Russia over the annexation.", "2016-03-05",
     {("EURGOV", "RUS", "111")}),
    ("town word", "Palin endorsed Trump on Tuesday.", "2016-03-05", set()),
    ("town word", "Osaka said it would sue the government.", "2016-03-05", {("JPN", "JPNGOV", "115")}),
    # a party's members in a chamber of Congress are legislators, whichever side governs
    ("chamber party", "Senate Republicans accused President Obama of overreach.", "2014-05-05",
     {("USALEG", "USAGOV", "112")}),
    ("chamber party", "House Democrats criticized the Pentagon over the contract.", "2019-05-05",
     {("USALEG", "USAMIL", "111")}),
    ("chamber party", "Congressional Republicans praised Israel for the strike.", "2014-05-05",
     {("USALEG", "ISR", "051")}),
    ("chamber party", "Republicans accused President Obama of overreach.", "2014-05-05",
     {("USAOPP", "USAGOV", "112")}),
    # a national party committee's officer speaks for the party (GOV in power, OPP out of it)
    ("party officer", "RNC Chairman Reince Priebus accused Hillary Clinton of lying.", "2016-05-05",
     {("USAOPP", "USAELI", "112")}),
    ("party officer", "DNC Chairwoman Debbie Wasserman Schultz criticized Donald Trump.", "2016-05-05",
     {("USAGOV", "USAELI", "111")}),
    ("party officer", "RNC spokesman Sean Spicer criticized Hillary Clinton.", "2016-05-05",
     {("USAOPP", "USAELI", "111")}),
    ("party officer", "Senate Foreign Relations Committee Chairman Bob Corker criticized Iran.", "2016-05-05",
     {("USALEG", "IRN", "111")}),
    # a post of a civil or business body is that body's, never a government post of the place named
    ("civil post",
     "Tom Fitton, the president of Judicial Watch, accused Hillary Clinton of hiding documents.",
     "2016-05-05", {("USANGO", "USAELI", "112")}),
    ("civil post", "John Smith, chairman of the National Association of Manufacturers, criticized Japan "
     "over the quotas.", "1987-03-05", set()),
    ("civil post", "Jane Doe, director of the Sierra Club, criticized the Environmental Protection Agency.",
     "2016-05-05", set()),
    ("civil post", "Li Peng, chairman of the State Planning Commission, criticized Japan over the loans.",
     "1987-03-05", {("CHNGOV", "JPN", "111")}),
    # a watchdog group is civil society, not the court or office a word of its name reads as
    ("watchdog", "Judicial Watch accused Senate Democrats of hiding the documents.", "2016-05-05",
     {("USANGO", "USALEG", "112")}),
    ("watchdog", "The Polish judicial watchdog criticized the government over the appointments.",
     "2016-05-05", {("POL", "POLGOV", "111")}),
]
