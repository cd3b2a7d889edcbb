"""Publication date: metadata, then wire stamps, then dateline + weekday + eras; never a guessed year."""

from __future__ import annotations

from wirewatch.pipeline import analyze_structure
from wirewatch.records import Document

LEAD = "Trade talks\nSEOUL, Oct. 5 (Yonhap) -- Trade ministers met, the ministry said Tuesday.\n"


def _run(text: str, **kw: object) -> tuple[str | None, list[str]]:
    a = analyze_structure(Document(id="t", text=text, **kw))  # type: ignore[arg-type]
    return a.published, a.published_evidence


def test_metadata_date_wins() -> None:
    published, evidence = _run(LEAD, date="2021-10-05T09:00:00")
    assert published == "2021-10-05" and evidence == ["metadata date 2021-10-05T09:00:00"]


def test_weekday_alone_does_not_fix_the_year() -> None:
    published, evidence = _run(LEAD)
    assert published == "XXXX-10-05"
    assert any("Tuesday" in e and "2021" in e for e in evidence)


def test_weekday_and_era_fix_the_year() -> None:
    text = LEAD.replace("met,", "met to discuss the Biden administration's tariffs,")
    assert _run(text)[0] == "2021-10-05"


def test_era_conflict_abstains() -> None:
    text = LEAD.replace("met,", "met, recalling a deal of the Carter administration under President Reagan,")
    published, evidence = _run(text)
    assert published == "XXXX-10-05"
    assert any("conflict" in e for e in evidence)


def test_upper_bound_alone_never_fixes_a_year() -> None:
    published, evidence = _run(LEAD, date="2030-01-01", date_is_upper_bound=True)
    assert published == "XXXX-10-05"
    assert any("upper bound" in e for e in evidence)


def test_upper_bound_cuts_an_open_era() -> None:
    text = LEAD.replace("met,", "met after talks with President Xi Jinping,")
    assert _run(text)[0] == "XXXX-10-05"  # Tuesdays on Oct 5 since 2013: 2021, 2027, ...
    assert _run(text, date="2024-01-01", date_is_upper_bound=True)[0] == "2021-10-05"


def test_dateline_year_is_taken_as_written() -> None:
    assert _run("Headline here\n\nWASHINGTON, April 2 , 1997 (AFP)\n\nText follows.\n")[0] == "1997-04-02"


def test_archive_stamp_in_header() -> None:
    text = ("XIE19980808.0031  1998-08-08\nSouth Africa Deplores Blasts\n\n"
            "JOHANNESBURG, August 7 (Xinhua) --\n\nSouth Africa deplored the blasts.\n")
    published, evidence = _run(text)
    assert published == "1998-08-08" and "transmission stamp" in evidence[0]


def test_site_date_line_with_juche_year() -> None:
    text = "Floral Tribute Paid\n\n[Juche113.1.2.]\nPyongyang, January 2 (KCNA) -- Flowers were laid.\n"
    assert _run(text)[0] == "2024-01-02"


def test_no_date_anywhere_stays_null() -> None:
    assert _run("Just a sentence without any date.")[0] is None


def test_web_publication_stamp_under_the_headline() -> None:
    text = ("Ministers meet on trade\n2021/10/05 15:40 KST\n"
            "SEOUL, Oct. 5 (Yonhap) -- Trade ministers met, the ministry said.\n")
    a = analyze_structure(Document(id="t", text=text))
    assert a.published == "2021-10-05"
    assert a.body == "Trade ministers met, the ministry said."


def test_copyright_line_is_not_a_related_headline() -> None:
    text = ("Ministers meet\nSEOUL, Oct. 5 (Yonhap) -- Ministers met.\n(END)\n-\nOther story\n"
            "(C) Yonhap News Agency. All rights reserved.\n")
    a = analyze_structure(Document(id="t", text=text))
    assert a.related_headlines == ["Other story"]
