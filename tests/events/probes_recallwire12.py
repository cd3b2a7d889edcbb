"""Probes of the eleventh session's blind recall census on unseen wire copy (wip/recallwire12): our own
sentences (real countries, invented wording) for the classes the census found and the session fixed.

- a diplomatic message whose kind is a modifier ("a reply message", "a congratulatory letter") or an
  of-phrase of thanks or condolence: 051 (018 for sympathy), the sender acting on the receiver;
- a compound subject meeting or talking with a third party named in a with-phrase whose actor word is a
  modifier ("met with the Australian foreign minister"): the partner is the target, not each other;
  and when the partner has no code ("cooperate with the exporters' group"), no reciprocal dyad;
- a commodity producers' association by its abbreviation, as the table already held its name;
- a role phrase naming a second post with "concurrently" ("deputy prime minister and concurrently
  minister of foreign affairs of X"): the post's country reaches the person;
- a headline's byline and dateline with a region ("Reuters GENEVA, Switzerland, April 27 -") run into the
  lead: cut off it, so neither the agency nor the region's country is a party of the lead's act;
- a demand or appeal told as a participle of writing or calling ("wrote to X, demanding ...", "phoned X,
  urging ..."): aimed at the one written to or called, an act of its own beside the call.

Triples as in `probes_wire.py`: source country, target country, code at the length written; paired codes
both ways. `tests/events/test_probes_recallwire12.py` runs them.
"""

from __future__ import annotations

Triple = tuple[str, str, str]

# (class, sentence, expected triples)
RECALLWIRE12: list[tuple[str, str, set[Triple]]] = [
    ("message kind", "Kim Jong Un received a reply message from the Lao president.", {("LAO", "PRK", "051")}),
    ("message kind", "The Syrian president sent a reply message to the Russian president.",
     {("SYR", "RUS", "051")}),
    ("message kind", "The Chinese premier received a congratulatory message from the Pakistani prime "
                     "minister.",
     {("PAK", "CHN", "051")}),
    ("message kind", "The Iranian president sent a congratulatory letter to the Algerian president.",
     {("IRN", "DZA", "051")}),
    ("message kind", "The Cuban president received a message of thanks from the Vietnamese president.",
     {("VNM", "CUB", "051")}),
    ("message kind", "The Cuban president sent a message of thanks to the Vietnamese president.",
     {("CUB", "VNM", "051")}),
    ("message kind", "The Thai king received a message of condolence from the Japanese emperor.",
     {("JPN", "THA", "018")}),
    # no kind of message that praises, or no party
    ("message kind", "The Brazilian president received a text message from his son.", set()),
    ("message kind", "The Kenyan finance minister received a reply from the IMF on the loan request.", set()),
    ("with partner", "Japan and India met with the Australian foreign minister.",
     {("JPN", "AUS", "040"), ("AUS", "JPN", "040"), ("IND", "AUS", "040"), ("AUS", "IND", "040")}),
    ("with partner", "Peru and Chile met with Bolivia's foreign minister on Monday.",
     {("PER", "BOL", "040"), ("BOL", "PER", "040"), ("CHL", "BOL", "040"), ("BOL", "CHL", "040")}),
    ("with partner", "The foreign ministers of Japan and India met with their Australian counterpart in "
                     "Tokyo.",
     {("JPN", "AUS", "040"), ("AUS", "JPN", "040"), ("IND", "AUS", "040"), ("AUS", "IND", "040")}),
    # a partner with no code: no dyad; each other: both ways
    ("with partner", "Peru and Bolivia promised to cooperate with the copper exporters' group.", set()),
    # (since the thirty-seventh session an unnamed aid body is CAMEO's NGO as a target, as it was as a
    # source: the partner has a code, and the pair acts on it)
    ("with partner", "Egypt and Jordan will coordinate with aid agencies on the convoy.",
     {("EGY", "NGO", "032"), ("JOR", "NGO", "032")}),
    ("with partner", "Egypt and Jordan will cooperate with each other on water.",
     {("EGY", "JOR", "031"), ("JOR", "EGY", "031")}),
    ("with partner", "Brazil and China agreed to cooperate on trade.",
                     {("BRA", "CHN", "031"), ("CHN", "BRA", "031")}),
    # a with-phrase of manner names no partner; reporters are no party of the two states' act
    ("with partner", "Egypt and Jordan signed the accord with great fanfare.",
     {("EGY", "JOR", "057"), ("JOR", "EGY", "057")}),
    ("with partner", "Egypt and Jordan met with reporters after the talks.", set()),
    ("second post", "The Chinese foreign minister sent a message of greeting to Ayman Haddad, deputy prime "
                    "minister and concurrently minister of foreign affairs of Jordan.",
                    {("CHN", "JOR", "051")}),
    ("second post", "The Indian foreign minister met Ayman Haddad, deputy prime minister and concurrently "
                    "minister of foreign affairs of Jordan.", {("IND", "JOR", "040"), ("JOR", "IND", "040")}),
    ("second post", "The Chinese foreign minister criticised Arif Ahmadov, deputy prime minister and "
                    "concurrently "
                    "minister of economy of Azerbaijan.", {("CHN", "AZE", "111")}),
    # a producers' association by its abbreviation
    ("abbreviation", "Bolivia urged the ATPC to cut exports.", {("BOL", "IGO", "020")}),
    # "Mine" at a sentence start is the noun, not a Japanese town
    ("city word", "Mine owners in Bolivia asked the government to cut taxes.", {("BOL", "BOL", "020")}),
    # a headline, byline and dateline with a region run into the lead: the agency and the region's
    # country are no parties of the lead's act
    ("inline dateline", "BRAZIL WINS IMF LOAN By John Smith, Reuters PARIS, France, May 2 - Brazil received "
                        "a loan "
                        "from the IMF on Friday.", {("IGO", "BRA", "071")}),
    # a demand or appeal told as a participle of writing or calling is aimed at the one written to or
    # called, and is an act of its own beside the call
    ("contact participle", "The Indian prime minister wrote to the Nepali prime minister, demanding the "
                           "return "
                           "of the plane.", {("IND", "NPL", "100")}),
    ("contact participle", "Chile sent a note to Argentina, demanding an explanation.",
                           {("CHL", "ARG", "101")}),  # an explanation is information (codes16)
    ("contact participle", "The Japanese prime minister telephoned the South Korean president, asking for "
                           "calm.",
     {("JPN", "KOR", "020"), ("JPN", "KOR", "041"), ("KOR", "JPN", "041")}),
    ("contact participle", "The Indian prime minister phoned the Nepali prime minister, demanding the "
                           "return of "
                           "the plane.",
                           {("IND", "NPL", "100"), ("IND", "NPL", "041"), ("NPL", "IND", "041")}),
    # no message, no one called
    ("contact participle", "The union called a strike, demanding higher wages.", set()),
]
