"""Plain-text files: bytes to text, one document per file."""

from __future__ import annotations

from ..errors import EmptyInput, UndecodableText


def decode_bytes(data: bytes, source: str) -> str:
    """Decode bytes in whatever encoding they are in; repair mojibake. Raises on binary data."""
    if not data.strip():
        raise EmptyInput(f"{source}: the file is empty")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, source)
    return _repair(text, source)


def _detect(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableText(f"{source}: not text in any known encoding (binary file?)")
    return str(best)


def _repair(text: str, source: str) -> str:
    import ftfy

    if "\x00" in text:
        raise UndecodableText(f"{source}: contains NUL bytes; looks like a binary file")
    # ftfy only changes text that is mojibake; the result is what every offset indexes.
    return ftfy.fix_text(text, normalization=None, unescape_html=False, fix_line_breaks=False,
                         uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
                         remove_control_chars=False, remove_terminal_escapes=False)
