"""Dateline conventions, one row per wire style: place, region, date text, agency, and where it ends."""

from __future__ import annotations

import pytest

from wirewatch.parse.dateline import match_dateline

CASES = [
    # text, place, region, date_text, agency, dateline text
    # regional house styles (stories23): EFE's ".-", a colon after the credit, a credit with digits, a
    # regional wire's credit running into the text, undated web copy with an en dash or a spaced hyphen
    ("LIMA, March 4 (EFE).- El Gobierno", "LIMA", None, "March 4", "EFE", "LIMA, March 4 (EFE).-"),
    ("KARACHI, May 2 (APP): The Sindh government", "KARACHI", None, "May 2", "APP", "KARACHI, May 2 (APP):"),
    ("Chittagong, Jan 9 (bdnews24.com) - Police", "Chittagong", None, "Jan 9", "bdnews24.com",
     "Chittagong, Jan 9 (bdnews24.com) -"),
    ("Kano, Feb 2, 2024 (NAN) The Kano State", "Kano", None, "Feb 2, 2024", "NAN", "Kano, Feb 2, 2024 (NAN)"),
    ("ORAN (APS) - The wali of Oran", "ORAN", None, None, "APS", "ORAN (APS) -"),
    ("CEBU CITY – The provincial board", "CEBU CITY", None, None, None, "CEBU CITY –"),
    ("SEOUL, Oct. 5 (Yonhap) -- South Korea", "SEOUL", None, "Oct. 5", "Yonhap", "SEOUL, Oct. 5 (Yonhap) --"),
    ("LOS ANGELES, Feb 26 - BankAmerica Corp", "LOS ANGELES", None, "Feb 26", None, "LOS ANGELES, Feb 26 -"),
    ("RICHMOND, Va. Feb 26 -\n    Qtly div", "RICHMOND", "Va.", "Feb 26", None, "RICHMOND, Va. Feb 26 -"),
    ("BALA CYNWYD, Pa., March 12 -\n", "BALA CYNWYD", "Pa.", "March 12", None,
     "BALA CYNWYD, Pa., March 12 -"),
    ("ROME, March 13, Reuter - Italy's", "ROME", None, "March 13", "Reuter", "ROME, March 13, Reuter -"),
    ("NAIROBI, Kenya (AP) _\n\nSuspected", "NAIROBI", "Kenya", None, "AP", "NAIROBI, Kenya (AP) _"),
    ("O'SMACH, Cambodia (AP)_ The top", "O'SMACH", "Cambodia", None, "AP", "O'SMACH, Cambodia (AP)_"),
    ("INDEPENDENCE, MO. (AP)--\n", "INDEPENDENCE", "MO.", None, "AP", "INDEPENDENCE, MO. (AP)--"),
    ("KUALA LUMPUR, April 1 , 1997 (AFP)\n", "KUALA LUMPUR", None, "April 1 , 1997", "AFP",
     "KUALA LUMPUR, April 1 , 1997 (AFP)"),
    ("BEIRUT, Dec 1 , 2006, 2006\n", "BEIRUT", None, "Dec 1 , 2006", None, "BEIRUT, Dec 1 , 2006, 2006"),
    ("Pyongyang, December 24 (KCNA) --Kim Jong Un", "Pyongyang", None, "December 24", "KCNA",
     "Pyongyang, December 24 (KCNA) --"),
    ("WASHINGTON _ The economy", "WASHINGTON", None, None, None, "WASHINGTON _"),
    ("MOSCOW, October 3. /TASS/. Russia's", "MOSCOW", None, "October 3", "TASS",
     "MOSCOW, October 3. /TASS/."),
    ("New Delhi, Jan 5 (PTI) The government", "New Delhi", None, "Jan 5", "PTI", "New Delhi, Jan 5 (PTI)"),
    ("Berlin (dpa) - German exports", "Berlin", None, None, "dpa", "Berlin (dpa) -"),
    ("NAIROBI, Kenya (AP) — Kenya's", "NAIROBI", "Kenya", None, "AP", "NAIROBI, Kenya (AP) —"),
    ("st louis, april 7 - slaughter steers", "st louis", None, "april 7", None, "st louis, april 7 -"),
    ("Vancouver, British Columbia, March 9 - Carolin", "Vancouver", "British Columbia", "March 9", None,
     "Vancouver, British Columbia, March 9 -"),
]


@pytest.mark.parametrize(("text", "place", "region", "date_text", "agency", "whole"), CASES,
                         ids=[c[0][:24] for c in CASES])
def test_dateline(text: str, place: str, region: str | None, date_text: str | None, agency: str | None,
                  whole: str) -> None:
    m = match_dateline(text, 0)
    assert m is not None
    assert (m.place, m.region, m.date_text, m.agency) == (place, region, date_text, agency)
    assert text[m.start:m.end] == whole


@pytest.mark.parametrize("text", [
    "Shares rose (AP) and then fell",            # an agency in parentheses mid-sentence
    "DROUGHT CUTS CHINESE WHEAT CROP -- USDA REPORT",  # a headline with a dash, not a place
    "CANTERBURY PRESS INC YEAR NOV 30",          # a results headline ending in a date
    "The company said - in a statement",         # lower-case sentence start
    "Iraq's Saddam Hussein, facing U.S. troops", # ordinary lead
    "ECONOMIC SPOTLIGHT - JAPAN EYEING FOREIGN STOCKS",  # an upper-case headline's two halves
    "UPDATE - China says talks will go on",      # a desk slug, not a place
    "BREAKING – Israel strikes Gaza",            # a desk slug, not a place
    "THE END - of an era",                       # no sentence follows the hyphen
    "ALGIERS - Algeria on Sunday",               # a spaced hyphen alone is no web dateline (WASHINGTON -)
    "TRADE: China sets new quotas",              # a colon closes only a dated or credited line
    "from the Group of Five (G-5) - comprising the United States,",  # a digit in no known credit
])
def test_not_a_dateline(text: str) -> None:
    assert match_dateline(text, 0) is None
