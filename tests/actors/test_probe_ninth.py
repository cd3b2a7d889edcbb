"""Probe set, ninth session (issue #7, world actors by class): sentences of our own wording.

The classes come from a census of copy no gold batch uses (`benchmarks/actors_diag.py --uncoded`)
and from the brief's list, and the rows behind them from public records of the offices, country by
country ("ninth session: world" in data/actor_leaders.csv), not from any dev sentence:

- HEADS: heads of state and of government, 1985-2025, of states the table lacked (Europe's smaller
  states, the Baltics and Balkans, Latin America and the Caribbean, Africa, Asia and the Pacific), by
  full name and, where no one else in the news of those years shares it, by surname alone.
- DATED: the same person out of office is an elite of the country (ELI), and one surname names the
  office holder of the story's date.
- COUNTERPARTS: "his Chinese counterpart" is the government of China; "her Russian counterpart
  Sergei Lavrov" takes the named person's own office.
- NEGATIVES: a surname two office holders share resolves to neither by itself; a capital or town
  spelt like a leader's surname stays a place.
- ROMANIZED: a hyphenated given name ("Park Geun-hye") in the spellings other agencies use ("Park
  Geun Hye", "Lee Myung-Bak"), for every such name of the table (`dictionary._hyphen_variants`).
"""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model


HEADS: list[Probe] = [
    Probe("Chancellor Franz Vranitzky said Austria would apply to join the community.", "Franz Vranitzky",
          "AUTGOV", None, "1989-07-17"),
    Probe("Vranitzky rejected the demand on Monday.", "Vranitzky", "AUTGOV", None, "1990-02-05"),
    Probe("Leo Varadkar met the British prime minister in Dublin.", "Leo Varadkar", "IRLGOV", None,
          "2019-10-10"),
    Probe("Varadkar warned that a hard border would be a disaster.", "Varadkar", "IRLGOV", None,
          "2018-12-01"),
    Probe("Jacinda Ardern announced a ban on semi-automatic weapons.", "Jacinda Ardern", "NZLGOV", None,
          "2019-03-21"),
    Probe("Milo Djukanovic's party lost its majority for the first time.", "Milo Djukanovic", "MNEGOV", None,
          "2020-09-01"),
    Probe("Edi Rama told reporters the talks would resume.", "Edi Rama", "ALBGOV", None, "2016-04-02"),
    Probe("Dalia Grybauskaite called the exercise a provocation.", "Dalia Grybauskaite", "LTUGOV", None,
          "2017-09-14"),
    Probe("Toomas Hendrik Ilves said the cyber attacks came from Russian addresses.", "Toomas Hendrik Ilves",
          "ESTGOV", None, "2007-05-02"),
    Probe("Kolinda Grabar-Kitarovic visited the troops in Afghanistan.", "Kolinda Grabar-Kitarovic",
          "HRVGOV", None, "2016-05-10"),
    Probe("Jose Mujica signed the law on Tuesday.", "Jose Mujica", "URYGOV", None, "2013-12-24"),
    Probe("Horacio Cartes vetoed the bill, his office said.", "Horacio Cartes", "PRYGOV", None, "2016-06-20"),
    Probe("Ricardo Martinelli denied the accusations.", "Ricardo Martinelli", "PANGOV", None, "2011-01-10"),
    Probe("Danilo Medina inaugurated the dam.", "Danilo Medina", "DOMGOV", None, "2015-03-03"),
    Probe("Manuel Zelaya was flown out of the country by soldiers.", "Manuel Zelaya", "HNDGOV", None,
          "2009-06-27"),
    Probe("Joaquim Chissano signed the peace accord in Rome.", "Joaquim Chissano", "MOZGOV", None,
          "1992-10-04"),
    Probe("Sam Nujoma was sworn in as the first president.", "Sam Nujoma", "NAMGOV", None, "1990-03-21"),
    Probe("Yahya Jammeh refused to accept the result.", "Yahya Jammeh", "GMBGOV", None, "2016-12-10"),
    Probe("Jammeh left for exile in Equatorial Guinea.", "Jammeh", "GMBGOV", None, "2017-01-18"),
    Probe("Blaise Compaore fled to Ivory Coast.", "Blaise Compaore", "BFAGOV", None, "2014-10-30"),
    Probe("Pierre Nkurunziza said he would run for a third term.", "Pierre Nkurunziza", "BDIGOV", None,
          "2015-04-26"),
    Probe("Ellen Johnson Sirleaf appealed for help against Ebola.", "Ellen Johnson Sirleaf", "LBRGOV", None,
          "2014-08-06"),
    Probe("Ismail Omar Guelleh won a fifth term.", "Ismail Omar Guelleh", "DJIGOV", None, "2021-04-10"),
    Probe("Teodoro Obiang rejected the charges against his son.", "Teodoro Obiang", "GNQGOV", None,
          "2017-10-28"),
    Probe("Felix Houphouet-Boigny received the envoy at Yamoussoukro.", "Felix Houphouet-Boigny", "CIVGOV",
          None, "1988-05-12"),
    Probe("Mohamed Nasheed held a cabinet meeting under water.", "Mohamed Nasheed", "MDVGOV", None,
          "2009-10-17"),
    Probe("Xanana Gusmao called for calm in Dili.", "Xanana Gusmao", "TLSGOV", None, "2008-02-11"),
    Probe("Tsakhiagiin Elbegdorj received the delegation in Ulan Bator.", "Tsakhiagiin Elbegdorj", "MNGGOV",
          None, "2013-10-28"),
    Probe("Michael Somare said the mine would reopen.", "Michael Somare", "PNGGOV", None, "2006-03-01"),
    Probe("Sheikh Khalifa bin Salman Al Khalifa opened the session.", "Khalifa bin Salman Al Khalifa",
          "BHRGOV", None, "2011-03-20"),
]

DATED: list[Probe] = [
    # out of office: an elite of the country, not its government
    Probe("Jacinda Ardern gave a lecture at Harvard.", "Jacinda Ardern", "NZLELI", None, "2023-05-25"),
    Probe("Blaise Compaore was sentenced in absentia.", "Blaise Compaore", "BFAELI", None, "2022-04-06"),
    # one surname, two holders at different times: the story's date decides
    Probe("Kurz said the coalition would hold.", "Kurz", "AUTGOV", None, "2018-06-01"),
    Probe("Pahor opened the summit in Ljubljana.", "Pahor", "SVNGOV", None, "2015-05-10"),
    # before the first office the table lists for him: no government
    Probe("Varadkar, then a junior minister, spoke at the rally.", "Varadkar", "IRLELI", None, "2010-05-01"),
]

COUNTERPARTS: list[Probe] = [
    Probe("Kerry met his Russian counterpart Sergei Lavrov in Geneva.",
          "his Russian counterpart Sergei Lavrov", "RUSGOV", None, "2015-09-30"),
    Probe("Kerry met his Russian counterpart Sergei Lavrov in Geneva.", "Sergei Lavrov", "RUSGOV", None,
          "2015-09-29"),
    Probe("Wang Yi spoke by telephone with his Japanese counterpart.", "his Japanese counterpart", "JPNGOV",
          None, "2016-03-01"),
    Probe("The minister will receive her Chinese counterpart next week.", "her Chinese counterpart",
          "CHNGOV"),
    Probe("Ms. Bishop met her Indonesian counterpart, Retno Marsudi, on Bali.",
          "her Indonesian counterpart, Retno Marsudi", "IDNGOV", None, "2016-08-01"),
    Probe("The general thanked his Pakistani counterparts for their help.", "his Pakistani counterparts",
          "PAKGOV"),
    # the person's own office, a defence minister's GOVMIL, over the phrase's GOV
    Probe("Lloyd Austin spoke with his Israeli counterpart Benny Gantz on Friday.",
          "his Israeli counterpart Benny Gantz", "ISRGOVMIL", None, "2021-05-14"),
]

NEGATIVES: list[Probe] = [
    # Malawi had two presidents named Mutharika and two named Banda: a surname alone is neither
    Probe("Mutharika said the maize harvest was good.", "Mutharika", None, None, "2015-05-01"),
    # the capital of Oman is no Maltese prime minister; Lugo is a Spanish city, not Paraguay's president
    Probe("The talks were held in Muscat on Sunday.", "Muscat", "OMN", None, "2016-01-10"),
    Probe("Storms flooded the streets of Lugo on Friday.", "Lugo", "ESP", None, "2010-11-05"),
    # a place named after a person stays a place
    Probe("The ship docked at Port Louis on Monday.", "Port Louis", "MUS", None, "2012-03-05"),
    Probe("Floods hit Ciudad Bolivar on Tuesday.", "Ciudad Bolivar", "VEN", None, "2018-08-14"),
]

# a hyphenated given name in the other spellings agencies use (KCNA: "Park Geun Hye")
ROMANIZED: list[Probe] = [
    Probe("The puppet Park Geun Hye was accused of treachery.", "Park Geun Hye", "KORGOV", None,
          "2015-08-20"),
    Probe("Tsai Ing Wen said the island would not be coerced.", "Tsai Ing Wen", "TWNGOV", None, "2018-10-10"),
    Probe("Ban Ki Moon urged both sides to show restraint.", "Ban Ki Moon", "IGOUNO", None, "2010-11-24"),
    Probe("President Lee Myung-Bak visited the border island.", "Lee Myung-Bak", "KORGOV", None,
          "2012-08-10"),
    Probe("Chen Shui Bian proposed a referendum.", "Chen Shui Bian", "TWNGOV", None, "2003-11-30"),
]

BATCHES = {"HEADS": HEADS, "DATED": DATED, "COUNTERPARTS": COUNTERPARTS, "NEGATIVES": NEGATIVES,
           "ROMANIZED": ROMANIZED}
ALL = [probe for batch in BATCHES.values() for probe in batch]


coded, test_probe = probe_suite(ALL)
