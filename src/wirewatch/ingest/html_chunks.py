"""Recover the rest of an article whose body the page splits into sibling chunks.

Some sites cut the body into several identical containers (same tag, same class) with ads or
"related" boxes between them; trafilatura keeps the first container only.  When the extracted
paragraphs sit in one classed container and the page has *peer* containers — same tag and class,
either siblings or cousins under parents of the same tag and class — holding prose (little link
text), we add the peers' paragraphs in document order.
"""

from __future__ import annotations

from lxml.html import HtmlElement

BLOCKS = frozenset({"p", "h2", "h3", "h4", "blockquote", "li"})
SKIP = frozenset({"script", "style", "noscript", "figure", "figcaption", "aside", "nav", "form",
                  "button", "iframe", "svg"})
MIN_MATCHED = 2  # extracted paragraphs found verbatim in the page before we trust the container
MAX_LINK_SHARE = 0.3  # a peer whose text is mostly links is a link list, not prose
MIN_PEER_CHARS = 200


def _norm(text: str) -> str:
    return " ".join(text.split())


def _container(tree: HtmlElement, paragraphs: list[str]) -> HtmlElement | None:
    """Lowest common ancestor of the <p>s whose text is an extracted paragraph."""
    wanted = {p for p in paragraphs if len(p) >= 40}
    hits = [el for el in tree.iter("p") if _norm(el.text_content()) in wanted]
    if len(hits) < MIN_MATCHED:
        return None
    common = list(hits[0].iterancestors())
    for el in hits[1:]:
        ancestors = set(el.iterancestors())
        common = [a for a in common if a in ancestors]
    return common[0] if common else None


def _blocks(peer: HtmlElement) -> list[str]:
    """Text of the outermost block elements of `peer`, skipping figures, asides and the like."""
    out: list[str] = []
    for el in peer.iter(*BLOCKS):
        nested = False
        for anc in el.iterancestors():
            if anc is peer:
                break
            if anc.tag in BLOCKS or anc.tag in SKIP:
                nested = True
                break
        text = "" if nested else _norm(el.text_content())
        if text:
            out.append(text)
    return out


def _prose(peer: HtmlElement) -> bool:
    text = _norm(peer.text_content())
    if len(text) < MIN_PEER_CHARS:
        return False
    links = sum(len(_norm(a.text_content())) for a in peer.iter("a"))
    return links <= MAX_LINK_SHARE * len(text)


def recover_split_body(tree: HtmlElement, paragraphs: list[str]) -> list[str] | None:
    """The paragraphs with the peer chunks' paragraphs merged in, or None when nothing to add."""
    box = _container(tree, paragraphs)
    if box is None or not (box.get("class") or "").strip():
        return None
    parent = box.getparent()
    grand = parent.getparent() if parent is not None else None
    if grand is None:
        return None
    # peers: siblings, or cousins whose parent looks like ours (same tag and class)
    peers = [el for cousin_parent in grand if _same_kind(cousin_parent, parent)
             for el in cousin_parent if el is not box and _same_kind(el, box)]
    peers = [el for el in peers if _prose(el)]
    if not peers:
        return None
    seen = set(paragraphs)
    before: list[str] = []
    after: list[str] = []
    for el in peers:
        new = [b for b in _blocks(el) if b not in seen]
        seen.update(new)
        # document order: a peer that precedes the container goes first
        target = before if _precedes(el, box) else after
        target.extend(new)
    if not before and not after:
        return None
    return before + paragraphs + after


def _same_kind(a: HtmlElement, b: HtmlElement) -> bool:
    return isinstance(a.tag, str) and a.tag == b.tag and a.get("class") == b.get("class")


def _precedes(a: HtmlElement, b: HtmlElement) -> bool:
    for el in a.getroottree().getroot().iter():
        if el is a:
            return True
        if el is b:
            return False
    return False
