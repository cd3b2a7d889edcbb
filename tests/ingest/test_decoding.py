"""Text files in the encodings wire copy actually arrives in come out as the text that was written."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.errors import UndecodableText
from wirewatch.ingest.readers import read_inputs
from wirewatch.ingest.text import decode_bytes, decode_text
from wirewatch.records import Document

ENGLISH = ("SEOUL, Oct. 5 (Yonhap) -- The minister said the \u201cfully coordinated\u201d policy \u2013 "
           "a caf\u00e9 deal \u2013 would go on.\nNext line: r\u00e9sum\u00e9, na\u00efve fa\u00e7ade, "
           "\u00a3400 and 5\u00b0C.\n")
KOREAN = ("\uc11c\uc6b8, 10\uc6d4 5\uc77c (\uc5f0\ud569\ub274\uc2a4) -- "
          "\ud55c\uad6d\uacfc \ubbf8\uad6d\uc740 "
          "\ubd81\ud55c\uc5d0 \ub300\ud574 \uc644\uc804\ud788 \uc870\uc728\ub41c \uc815\ucc45\uc744 "
          "\ucd94\uad6c\ud55c\ub2e4\uace0 \uc678\uad50\ubd80\uac00 \ud654\uc694\uc77c \ubc1d\ud614\ub2e4.\n"
          "\ucd5c\uc601\uc0bc \ub300\ubcc0\uc778\uc740 \uc815\ub840 \ube0c\ub9ac\ud551\uc5d0\uc11c "
          "\uc774\uac19\uc774 \ub9d0\ud588\ub2e4.\n")


def _read_one(path: Path) -> Document:
    items = list(read_inputs([str(path)]))
    assert len(items) == 1
    assert isinstance(items[0], Document), items[0]
    return items[0]


@pytest.mark.parametrize(("name", "text", "encoding"), [
    ("utf8.txt", ENGLISH, "utf-8"),
    ("utf8-bom.txt", ENGLISH, "utf-8-sig"),
    ("utf16.txt", ENGLISH, "utf-16"),          # with BOM
    ("utf16le.txt", ENGLISH, "utf-16-le"),     # without BOM
    ("utf16be.txt", ENGLISH, "utf-16-be"),
    ("cp1252.txt", ENGLISH, "cp1252"),
    ("euckr.txt", KOREAN, "euc-kr"),
    ("korean-utf8.txt", KOREAN, "utf-8"),
    ("korean-utf16.txt", KOREAN, "utf-16"),
])
def test_text_file_decodes_to_what_was_written(tmp_path: Path, name: str, text: str, encoding: str) -> None:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    document = _read_one(path)
    assert document.text == text
    assert document.id == str(path)  # SCHEMA: a file's record id is its path


def test_mojibake_in_a_text_file_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "mojibake.txt"
    # UTF-8 read as cp1252 and saved again: the classic double encoding.
    path.write_text("The caf\u00e9 \u2013 na\u00efve".encode().decode("cp1252"), encoding="utf-8")
    assert _read_one(path).text == "The caf\u00e9 \u2013 na\u00efve"


def test_a_few_bad_bytes_in_utf8_are_repaired_and_recorded_not_garbled() -> None:
    data = (("Seoul caf\u00e9 r\u00e9sum\u00e9 na\u00efve " * 20).encode() + b"\xff\xfe broken"
            + "\u00e9".encode())
    text, note = decode_text(data, "damaged.txt")
    assert text.startswith("Seoul caf\u00e9 r\u00e9sum\u00e9") and text.endswith("\ufffd\ufffd broken\u00e9")
    assert note["repaired"] == 2 and [text[i] for i in note["replaced_at"]] == ["\ufffd", "\ufffd"]


def test_one_bad_byte_in_ascii_is_not_read_as_cp1252(tmp_path: Path) -> None:
    # issue #8: "Ch\xffoi" came out as "Ch\u00ffoi"
    path = tmp_path / "choi.txt"
    path.write_bytes(b"SEOUL, Oct. 5 (Yonhap) -- Ch\xffoi Young-sam said the talks would go on.\n" * 3)
    document = _read_one(path)
    assert "Ch\ufffdoi" in document.text and "\u00ff" not in document.text
    decoding = document.meta["decoding"]
    assert decoding["repaired"] == 3 and all(document.text[i] == "\ufffd" for i in decoding["replaced_at"])


def test_utf8_damaged_throughout_is_refused_not_garbled() -> None:
    data = b"\xff".join(("Seoul caf\u00e9 r\u00e9sum\u00e9 na\u00efve " * 2).encode() for _ in range(40))
    with pytest.raises(UndecodableText, match="invalid UTF-8 at byte"):
        decode_bytes(data, "damaged.txt")


def test_binary_is_refused() -> None:
    with pytest.raises(UndecodableText, match="binary"):
        decode_bytes(bytes(range(256)) * 4, "image.png")
