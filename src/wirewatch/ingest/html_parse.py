"""HTML string to lxml tree, surviving pages nested deeper than libxml2's default limit.

libxml2 stops building the tree at depth 256 and silently drops everything below, so a deeply
nested page would look empty.  When the parser reports that limit we parse again with
`huge_tree` (limit 2048), and say so in the notes.
"""

from __future__ import annotations

from lxml.etree import LxmlError
from lxml.html import HtmlElement, HTMLParser, document_fromstring
from trafilatura.utils import HTML_PARSER, load_html

_HUGE = HTMLParser(huge_tree=True, collect_ids=False, default_doctype=False,
                   remove_comments=True, remove_pis=True)


MAX_DEPTH = 2048  # libxml2's nesting limit with huge_tree


class TooDeep(Exception):
    """Nested beyond what even huge_tree parses: the page would come out truncated."""


def _hit_depth_limit(parser: HTMLParser) -> bool:
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def _parse_huge(text: str) -> HtmlElement:
    try:
        return document_fromstring(text, parser=_HUGE)
    except ValueError:  # a str carrying an XML encoding declaration
        return document_fromstring(text.encode("utf-8", "surrogatepass"), parser=_HUGE)


def parse_html(text: str) -> tuple[HtmlElement | None, list[str]]:
    """The parsed page (None when it is not HTML at all) and notes on how it was parsed.

    Raises TooDeep when the page nests deeper than MAX_DEPTH elements.
    """
    notes: list[str] = []
    tree = load_html(text)
    if _hit_depth_limit(HTML_PARSER):
        try:
            tree = _parse_huge(text)
        except (LxmlError, ValueError) as exc:  # keep the truncated tree rather than nothing
            notes.append(f"nested deeper than 256 levels; huge_tree parse failed ({exc})")
        else:
            if _hit_depth_limit(_HUGE):
                raise TooDeep(f"nested more than {MAX_DEPTH} elements deep")
            notes.append("nested deeper than 256 levels: parsed with huge_tree")
    return tree, notes
