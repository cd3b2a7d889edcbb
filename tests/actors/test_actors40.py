"""Fresh sentences and controls for the thirty-eighth session's actor classes (wip/actors40): era
opposition leaders, prosecutors and envoys by their terms, and an officer the table lists only in
international bodies named out of term; the lead's "ruling" / "opposition" / "then-opposition" word over the
party table's spell; the UN tribunals by their era names; a "London-based" seat word before a body's name.
Every row is a sentence of our own, none from the probe sets; the controls must keep their reading."""

from __future__ import annotations

import pytest

from actors.actor_helpers import Probe, probe_suite

pytestmark = pytest.mark.model

GSR = "2000-01-01"

PEOPLE: list[Probe] = [
    Probe("Mwai Kibaki demanded the release of the detained students.", "Mwai Kibaki", "KENOPP", None, GSR),
    Probe("Cuauhtemoc Cardenas accused the ruling party of buying votes.", "Cuauhtemoc Cardenas", "MEXOPP",
          None, GSR),
    Probe("Vuk Draskovic led a march on the television building.", "Vuk Draskovic", "SRBOPP", None,
          "1991-03-09"),
    Probe("Augustine Mrema was barred from holding a rally in Dar es Salaam.", "Augustine Mrema", "TZAOPP",
          None, GSR),
    Probe("Ahmed Chalabi urged Washington to arm the Iraqi opposition.", "Ahmed Chalabi", "IRQOPP", None,
          GSR),
    Probe("Cyrus Vance flew to Zagreb to save the ceasefire.", "Cyrus Vance", "IGOUNO", None, "1991-12-01"),
    Probe("Lord Owen presented a new map of the Bosnian provinces.", "Lord Owen", "IGOEUREEC", None,
          "1993-01-02"),
    Probe("Robert Oakley met the faction leaders in Mogadishu.", "Robert Oakley", "USAGOV", None,
          "1992-12-10"),
    Probe("Pierre Sane called for an inquiry into the killings.", "Pierre Sane", "NGOHRIAMN", None, GSR),
    # an officer listed only in international bodies' offices keeps the body out of term
    Probe("Richard Goldstone said the court would not trade justice for peace.", "Richard Goldstone",
          "IGOUNOJUDWCT", None, GSR),
    Probe("Yasushi Akashi called the Bosnian Serb attack on Gorazde unacceptable.", "Yasushi Akashi",
          "IGOUNO", None, GSR),
    # controls: a national office on the date; an officer with a national row out of term stays an elite
    Probe("Lakhdar Brahimi said Algeria would not bow to pressure.", "Lakhdar Brahimi", "DZAGOV", None,
          "1992-06-01"),
    Probe("Cesar Gaviria spoke at the university.", "Cesar Gaviria", None, None, "2010-06-01"),
]

SIDES: list[Probe] = [
    Probe("The ruling Pakistan Muslim League expelled three lawmakers.", "The ruling Pakistan Muslim League",
          "PAKGOV", "ISLAMABAD", GSR),
    Probe("The governing Congress party chose its candidate.", "The governing Congress party", "INDGOV",
          "NEW DELHI", GSR),
    Probe("The then-opposition Awami League boycotted parliament.", "The then-opposition Awami League",
          "BGDOPP", "DHAKA", GSR),
    Probe("The ruling Democratic Party of Guinea rejected the charge.",
          "The ruling Democratic Party of Guinea", "GINGOV", None, GSR),
    # controls: the table and no word; a ruling word before a non-party
    Probe("The Awami League called a general strike.", "The Awami League", "BGDGOV", "DHAKA", GSR),
    Probe("The Congress party walked out of parliament.", "The Congress party", "INDOPP", "NEW DELHI", GSR),
    Probe("The ruling military council imposed a curfew.", "The ruling military council", "NGAGOV", "LAGOS",
          GSR),
]

BODIES: list[Probe] = [
    Probe("The Yugoslav war crimes tribunal issued a sealed indictment.", "The Yugoslav war crimes tribunal",
          "IGOUNOJUDWCT", None, GSR),
    Probe("The Rwanda war crimes tribunal freed the former minister.", "The Rwanda war crimes tribunal",
          "IGOUNOJUDWCT", None, GSR),
    Probe("The war crimes tribunal's chief prosecutor flew to Zagreb.",
          "The war crimes tribunal's chief prosecutor", "IGOUNOJUDWCT", None, GSR),
    Probe("The Paris-based Reporters Without Borders condemned the arrest.",
          "The Paris-based Reporters Without Borders", "NGOHRI", None, GSR),
    Probe("The Geneva-based Amnesty International office was closed.",
          "The Geneva-based Amnesty International", "NGOHRIAMN", None, GSR),
    # controls: a seat word before a company, a national court named by its state
    Probe("A London-based company bought the copper mine.", "A London-based company", "GBRBUS", None, GSR),
    Probe("A Rwandan court sentenced the former mayor to death.", "A Rwandan court", "RWAJUD", None, GSR),
]

ALL = [*PEOPLE, *SIDES, *BODIES]

coded, test_probe = probe_suite(ALL)
