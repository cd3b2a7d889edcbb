"""Probes of the tenth session's precision census (fp11): sentences of our own for each class of wrong
triple the census of unseen copy found (`benchmarks/precision_census_judged.json`), and the nearby
sentences that must keep their triples.

Written for wirewatch from the census classes and the CAMEO codebook; no sentence of the census copy is
here. Triples are written as in `probes_wire.py` (country, country, code at the length written); an
empty set is a sentence that must code nothing. Dated 2024-03-05 (the probes' fixture date): Biden is
USAGOV, Trump USAELI, Schumer USALEG.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (census class, CAMEO root, sentence, expected triples)
CENSUS: list[tuple[str, str, str, set[Triple]]] = [
    # --- force between politicians of one state: a verbal attack is criticism, a contest is no event
    ("politicians", "11", "Senator Schumer attacked Donald Trump as a danger to democracy.",
     {("USA", "USA", "111")}),
    ("politicians", "11", "Donald Trump's attacks on Joe Biden have angered Democrats.",
     {("USA", "USA", "111")}),
    ("politicians", "11", "President Biden blasted Donald Trump over his remarks on NATO.",
     {("USA", "USA", "111")}),
    ("politicians", "19", "Government troops attacked rebel positions near Goma.", {("COD", "COD", "190")}),
    ("politicians", "19",
     "Opposition supporters attacked the offices of the ruling party in Nairobi, wounding three people.",
     {("KEN", "KEN", "19")}),
    ("politicians", "19", "Rebels attacked government troops near Goma.", {("COD", "COD", "190")}),
    ("politicians", "17", "Police beat opposition supporters outside parliament in Nairobi.",
     {("KEN", "KEN", "175")}),
    ("politicians", "19", "Israeli aircraft struck targets in Gaza on Tuesday.", {("ISR", "PSE", "195")}),
    # --- poll findings
    ("poll", "--", "Donald Trump would beat Joe Biden in Georgia, a new poll found.", set()),
    ("poll", "--", "Joe Biden would defeat Donald Trump in Michigan, according to a new survey.", set()),
    ("poll", "--", "Fifty-two percent of Michigan voters back Donald Trump over Joe Biden.", set()),
    # --- the press is the channel, not the addressee
    ("press", "--", "President Biden told Reuters that the talks would resume.", set()),
    ("press", "--", "The Kenyan president told the BBC that the border would reopen.", set()),
    ("press", "01",
     "The Egyptian foreign minister told his Israeli counterpart that the border would stay open.",
     {("EGY", "ISR", "010")}),
    # --- questions are null cases
    ("question", "--", "A reporter asked the Brazilian president whether the deal was signed.", set()),
    ("question", "--", "The newspaper asked Chancellor Scholz if he would send more tanks.", set()),
    ("question", "--", "A journalist asked the Kenyan president what he knew about the deal.", set()),
    ("question", "02", "The Italian premier asked Germany to release the frozen funds.",
     {("ITA", "DEU", "02")}),
    # --- venues are no parties of a meeting; a visit's place is its host
    ("venue", "--", "The trade council held its last two meetings in Norway and Ghana.", set()),
    ("venue", "04", "The Iranian foreign minister held talks with Russia in Moscow.",
     {("IRN", "RUS", "046"), ("RUS", "IRN", "046")}),
    ("venue", "04", "A Russian delegation arrived in Pyongyang on Monday.",
     {("RUS", "PRK", "042"), ("PRK", "RUS", "043")}),
    # --- a countryless walk of life is nobody in particular
    ("nobody", "--", "Many people agreed with President Macron on the pension issue.", set()),
    ("nobody", "--", "Traders agreed with the Bundesbank on the rate outlook.", set()),
    # --- officials of several places: each place takes the role's sector (written in full: the point
    # is GOV or none)
    ("officials", "03",
     "Blinken invited the foreign ministers of Poland, the Czech Republic and Hungary to a ceremony.",
     {("USAGOV", "POLGOV", "036"), ("USAGOV", "CZEGOV", "036"), ("USAGOV", "HUNGOV", "036")}),
    # --- markets, sports, history
    ("market", "--", "Japanese stocks rallied after the vote in Tokyo.", set()),
    ("market", "14", "Thousands of Kenyans rallied in Nairobi against the new tax.", {("KEN", "KEN", "141")}),
    ("rally", "--", "Donald Trump rallied supporters in Iowa on Monday.", set()),
    ("rally", "--", "Senator Schumer held a rally in Brooklyn on Sunday.", set()),
    ("rally", "14",
     "Opposition supporters rallied outside parliament in Nairobi to demand the president's resignation.",
     {("KEN", "KEN", "141")}),
    ("sports", "--", "Kenyan athletes left for the Commonwealth Games in Glasgow on Monday.", set()),
    ("history", "--",
     "In March 2003, the senator cut short her talks with the Japanese ambassador.",
     set()),
    ("history", "11", "Chinese President Xi Jinping criticized Japan over the visit.",
     {("CHN", "JPN", "111")}),
]
