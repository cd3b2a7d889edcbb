"""HTML page -> Document: the article's headline and body as plain text, plus page metadata.

`Document.text` is "HEADLINE\\n\\nparagraph\\n\\nparagraph...", rendered from the main text that
trafilatura (with our choice between its balanced and precision passes, html_body.py) finds.  For
HTML inputs every offset of the analysis indexes this extracted text, not the HTML source; the
record's `source` keeps the path of the HTML file (docs/html.md).

Metadata: title, publication date (meta tags, JSON-LD, <time>; never guessed from the prose, so
`date_is_upper_bound` is False), canonical URL, and in `meta` author, sitename, description and how
the body was extracted.  A page without article text is rejected with BrokenContainer.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import BrokenContainer, EmptyInput
from ..records import Document
from .html_body import extract_main
from .html_parse import TooDeep, parse_html

_WORD = re.compile(r"\w+")
HEADLINE_OVERLAP = 0.6  # word-set Jaccard of a first block with the title to count as the headline
_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " · ")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _is_headline_copy(paragraph: str, title: str) -> bool:
    """The block repeats the headline: same words, or a short title-like variant of it."""
    para, head = _words(paragraph), _words(title)
    if not para or not head:
        return False
    if para == head:
        return True
    # <h1> and <title> often differ by a word or a kicker; accept a close, short, unpunctuated line
    shared = len(set(para) & set(head)) / len(set(para) | set(head))
    return len(para) <= 30 and shared >= HEADLINE_OVERLAP and not paragraph.rstrip().endswith(".")


def _drop_repeated_title(paragraphs: list[str], title: str | None) -> tuple[list[str], str | None]:
    """Pages often repeat the headline as the body's first block; the text already leads with it.

    When the first block is a variant of the metadata title, that block (the on-page headline)
    becomes the headline.
    """
    if title and paragraphs and _is_headline_copy(paragraphs[0], title):
        return paragraphs[1:], paragraphs[0]
    return paragraphs, title


def clean_title(title: str | None, sitename: str | None) -> str | None:
    """The headline without the " - Site Name" suffix (or prefix) many <title>s carry."""
    title = " ".join(str(title or "").split())
    site = " ".join(str(sitename or "").split()).lower()
    if title and site:
        for sep in _SEPARATORS:
            head, _, tail = title.rpartition(sep)
            if head and tail.lower() == site:
                return head.strip()
            first, _, rest = title.partition(sep)
            if rest and first.lower() == site:
                return rest.strip()
    return title or None


def render(title: str | None, paragraphs: list[str]) -> str:
    """The plain text the pipeline analyses: headline, blank line, paragraphs split by blank lines."""
    blocks = ([title] if title else []) + paragraphs
    return "\n\n".join(blocks) + "\n"


def document_from_html(text: str, source: str) -> Document:
    """Read one decoded HTML page. Raises BrokenContainer when it holds no article text."""
    if not text.strip():
        raise EmptyInput(f"{source}: the HTML file is empty")
    try:
        tree, notes = parse_html(text)
        if tree is None:
            raise BrokenContainer(f"{source}: not parseable as HTML; if it is plain text, "
                                  "rename it to .txt")
        extraction = extract_main(tree)
    except TooDeep as exc:
        raise BrokenContainer(f"{source}: HTML {exc}, more than any real page; save the article "
                              "text as .txt and analyse that instead") from exc
    except RecursionError as exc:
        raise BrokenContainer(f"{source}: HTML nested too deeply to extract ({exc}); save the "
                              "article text as .txt and analyse that instead") from exc
    if extraction is None or not extraction.paragraphs:
        raise BrokenContainer(f"{source}: no article text found in the HTML (only navigation, "
                              "scripts or boilerplate?); save the article text as .txt or JSONL and "
                              "analyse that instead")
    found: dict[str, Any] = extraction.metadata
    title = clean_title(found.get("title"), found.get("sitename"))
    paragraphs, title = _drop_repeated_title(extraction.paragraphs, title)
    if not paragraphs:
        raise BrokenContainer(f"{source}: the HTML holds a headline but no article body; save the "
                              "article text as .txt or JSONL and analyse that instead")
    meta: dict[str, Any] = {"format": "html", "extraction": extraction.method}
    for key in ("author", "sitename", "description"):
        if found.get(key):
            meta[key] = found[key]
    if found.get("date"):
        meta["date_evidence"] = "HTML metadata (meta tags, JSON-LD or <time>)"
    if notes:
        meta["notes"] = notes
    return Document(id=source, text=render(title, paragraphs), source=source,
                    date=found.get("date") or None, date_is_upper_bound=False,
                    title=title, url=found.get("url") or None, meta=meta)


MAX_HTML_DEPTH = 1000  # deeper than any real page; lxml and trafilatura misbehave far earlier


def html_document(text: str, source: str) -> Document:
    """An HTML page's main text, refusing pages the extractor cannot be trusted with."""
    depth = html_depth(text)
    if depth > MAX_HTML_DEPTH:
        raise BrokenContainer(f"{source}: HTML nested {depth} elements deep (limit "
                              f"{MAX_HTML_DEPTH}); not a real page")
    document = document_from_html(text, source)
    if not document.text.strip():
        raise EmptyInput(f"{source}: the HTML page has no body text")
    return document


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
# Elements that never nest or close themselves implicitly, so they do not add depth.
_FLAT = frozenset("area base br col embed hr img input link meta param source track wbr p li dt dd "
                  "tr td th option".split())


def html_depth(text: str) -> int:
    """Maximum element nesting depth, approximated from the tags (cheap, no parser)."""
    depth = deepest = 0
    for match in _TAG.finditer(text):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _FLAT or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest
