"""Bytes to text: find the encoding, refuse binary, repair mojibake.

Order of evidence, strongest first:
1. a byte-order mark (UTF-8, UTF-32, UTF-16);
2. UTF-16 without a BOM, recognised by NUL bytes in every other position;
3. strict UTF-8 (nearly all modern copy);
4. UTF-8 with a few bad bytes in it (at most one invalid sequence per 1,000 bytes, at least 3
   allowed, and either no other non-ASCII text or twice as many valid multi-byte characters as
   bad sequences): that is damaged UTF-8, not another encoding. It is repaired by rule: every
   invalid sequence becomes U+FFFD and the repair is recorded (`decode_text` returns it, readers
   put it in `Document.meta["decoding"]`). Guessing a single-byte code page instead would garble
   every correct character, or turn one stray byte in ASCII copy into a letter ("Ch\xffoi");
5. mostly UTF-8 but damaged beyond that: refused;
6. charset-normalizer over the legacy encodings (cp1252, EUC-KR/cp949, Shift-JIS, ...). Western
   code pages often tie on its score; cp1252 wins ties because it is what Western wire copy and the
   web (WHATWG) actually use. A legacy-encoded story almost always has more non-ASCII bytes than
   step 4 allows (quotes, dashes, accents), so it reaches this step.

`decode_bytes` returns the text the analysis offsets index, so it never strips or normalises; only
`.txt` input is passed through ftfy's mojibake repair (`repair_text`), and only when ftfy finds
something to fix.
"""

from __future__ import annotations

from typing import Any

from ..errors import EmptyInput, UndecodableText

_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_PREFERRED_ON_TIE = ("cp1252", "utf_8")
_CONTROL_OK = frozenset("\t\n\r\f\v\x1b")


def decode_bytes(data: bytes, source: str) -> str:
    """Decode `data` in whatever encoding it is in. Raises a `ReadError` on empty or binary input."""
    return decode_text(data, source)[0]


def decode_text(data: bytes, source: str) -> tuple[str, dict[str, Any]]:
    """The text of `data` and a note of any repair made to it (empty when none was needed)."""
    if not data.strip():
        raise EmptyInput(f"{source}: the input is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _checked(_decode(data, codec, source), source), {}
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(_decode(data, utf16, source), source), {}
    if b"\x00" in data:
        raise UndecodableText(f"{source}: contains NUL bytes; this looks like a binary file, not text")
    try:
        return _checked(data.decode("utf-8"), source), {}
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    allowed = max(3, len(data) // 1000)
    text, bad = _utf8_with_replacements(data, allowed + 1)
    replaced = text.count("\ufffd")  # every invalid sequence (and any U+FFFD the file held)
    good = sum(1 for ch in text if ord(ch) > 127) - replaced
    if len(bad) <= allowed and (good == 0 or good >= 2 * len(bad)):
        note = {"encoding": "utf-8", "repaired": len(bad), "replaced_at": [start for start, _ in bad],
                "reason": f"{len(bad)} invalid UTF-8 sequence(s) in otherwise UTF-8 text replaced "
                          "by U+FFFD (offsets into the text)"}
        return _checked(text, source), note
    if good > 0 and good >= 2 * replaced:
        raise UndecodableText(
            f"{source}: invalid UTF-8 at byte {first_bad} and in {replaced - 1} more places in otherwise "
            "UTF-8 text (damaged file?); re-encode it or fix the bytes")
    return _checked(_detect(data, source), source), {}


def _utf8_with_replacements(data: bytes, limit: int) -> tuple[str, list[tuple[int, int]]]:
    """UTF-8 with each invalid sequence as U+FFFD; (text offset, byte offset) of the first `limit`."""
    parts: list[str] = []
    bad: list[tuple[int, int]] = []
    pos = 0
    length = 0
    while len(bad) < limit:
        try:
            parts.append(data[pos:].decode("utf-8"))
            return "".join(parts), bad
        except UnicodeDecodeError as exc:
            head = data[pos:pos + exc.start].decode("utf-8")
            parts.append(head)
            length += len(head)
            bad.append((length, pos + exc.start))
            parts.append("\ufffd")
            length += 1
            pos += exc.end
    return "".join(parts) + data[pos:].decode("utf-8", errors="replace"), bad


def _decode(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UndecodableText(f"{source}: not valid {codec} at byte {exc.start}") from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit in one parity of mostly-ASCII UTF-16 text."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _detect(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        raise UndecodableText(f"{source}: not text in any known encoding (binary file?)")
    best = results[0]
    for preferred in _PREFERRED_ON_TIE:
        for match in results:
            if match.encoding == preferred and match.chaos <= best.chaos + 0.01:
                return str(match)
    return str(best)


def _checked(text: str, source: str) -> str:
    """Refuse text that decoded but is mostly control characters (a binary file in disguise)."""
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    if "\x00" in sample or controls > max(4, len(sample) // 100):
        raise UndecodableText(f"{source}: {controls} control characters in the first "
                              f"{len(sample)}; this looks like a binary file, not text")
    if not text.strip():
        raise EmptyInput(f"{source}: the input is only whitespace")
    return text


def repair_text(text: str) -> str:
    """Undo mojibake (UTF-8 read as cp1252 and the like); leave everything else byte-for-byte."""
    import ftfy

    return ftfy.fix_text(text, normalization=None, unescape_html=False, fix_line_breaks=False,
                         uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
                         remove_control_chars=False, remove_terminal_escapes=False,
                         fix_surrogates=False)
