"""Paragraph units for corpus-level furniture: lines in one-per-line copy, blocks in hard-wrapped copy."""

from __future__ import annotations

from wirewatch.store.furniture import is_furniture, key_of, keyed_paragraphs, paragraphs, strip

YONHAP = ("South Korea and the United States pursue a coordinated policy, the ministry said.\n"
          "Choi told a regular press briefing that talks would go on.\n"
          "Follow Example Wire on social media for breaking news.\n")
REUTERS = ("BankAmerica Corp is not under\npressure to act quickly on its proposed equity offering,\n"
           "analysts said.\n    Some analysts said they have recommended a delay\nof the offering.\n"
           "    The stock traded around 12.\n")


def _texts(body: str) -> list[str]:
    return [body[start:end] for start, end in paragraphs(body)]


def test_one_paragraph_per_line_copy_is_cut_into_lines() -> None:
    assert _texts(YONHAP) == YONHAP.splitlines()


def test_hard_wrapped_copy_is_cut_into_paragraphs_not_fragments() -> None:
    assert _texts(REUTERS) == [
        "BankAmerica Corp is not under\npressure to act quickly on its proposed equity offering,\n"
        "analysts said.",
        "    Some analysts said they have recommended a delay\nof the offering.",
        "    The stock traded around 12."]
    blank_separated = ("First paragraph wraps\nonto a second line.\n\nSecond one wraps\ntoo.\n\n"
                       "Third\nagain.\n")
    assert _texts(blank_separated) == ["First paragraph wraps\nonto a second line.", "Second one wraps\ntoo.",
                                       "Third\nagain."]


def test_keys_ignore_case_and_spacing_but_not_words() -> None:
    assert key_of("Follow us on Twitter for news") == key_of("  follow us  on twitter\nfor NEWS ")
    assert key_of("Follow us on Twitter for news") != key_of("Follow us on Facebook for news")
    assert key_of("(END)") is None  # too short to count


def test_strip_removes_only_furniture_paragraphs() -> None:
    keyed = keyed_paragraphs(YONHAP)
    boiler = key_of("Follow Example Wire on social media for breaking news.")
    assert boiler is not None
    clean, removed = strip(YONHAP, frozenset({boiler}), keyed)
    assert removed == 1 and "social media" not in clean and "Choi told" in clean
    assert strip(YONHAP, frozenset()) == (YONHAP, 0)


def test_thresholds_need_both_count_and_share() -> None:
    assert is_furniture(12, 60, 40)
    assert not is_furniture(4, 10, 40)        # too few documents
    assert not is_furniture(30, 1000, 40)     # too small a share of a big group
    assert not is_furniture(8, 60, 400)       # long paragraphs need more: story updates repeat them
    assert is_furniture(20, 60, 400)


def test_a_share_near_the_threshold_neither_joins_nor_leaves_by_chance() -> None:
    # a stock sentence in 5.5% of a group: not sure enough to join, until the group is large
    assert not is_furniture(6, 110, 40) and not is_furniture(55, 1000, 40)
    assert is_furniture(550, 10_000, 40)
    # once in the set it stays while it may still be in 2.5% of the documents
    assert is_furniture(45, 1000, 40, already=True) and is_furniture(23, 1000, 40, already=True)
    assert not is_furniture(10, 1000, 40, already=True)
