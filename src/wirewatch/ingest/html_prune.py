"""Tree surgery before extraction: drop nested <article> teasers and hover cards, keep tweets.

In HTML5 an <article> inside another <article> is a self-contained item *related* to the outer
one (a comment, a related-post teaser); blogs that render "you may also like" boxes inside the
post's <article> otherwise get those teasers glued to the body.  We drop a nested <article> when it
holds a minority of the outer article's text, which keeps pages that merely wrap their whole body
in a second <article>.
"""

from __future__ import annotations

from lxml.html import HtmlElement

MAX_SHARE = 0.5  # a nested article with more of the outer text than this is the body itself


def _text_len(el: HtmlElement) -> int:
    return len("".join(el.itertext()).strip())


def prune_nested_articles(tree: HtmlElement) -> int:
    """Drop minority nested <article>s in place; returns how many were dropped."""
    dropped = 0
    for inner in list(tree.iter("article")):
        outer = next((a for a in inner.iterancestors() if a.tag == "article"), None)
        if outer is None or inner.getparent() is None:
            continue
        if _text_len(inner) < MAX_SHARE * _text_len(outer):
            inner.drop_tree()  # keeps inner.tail, which belongs to the parent
            dropped += 1
    return dropped


def _normalised_text(el: HtmlElement) -> str:
    return " ".join("".join(el.itertext()).split())


def unwrap_tweets(tree: HtmlElement) -> int:
    """Make embedded tweets look like the plain quotations they are; returns how many.

    A tweet embedded in a story (<blockquote class="twitter-tweet">, usually inside a wrapper
    with a "social"/"embed" class) is the story quoting someone, but extractors discard it as a
    social-media widget.  We replace the wrapper (the outermost ancestor holding nothing but the
    tweet) by a class-less <blockquote>.
    """
    count = 0
    for quote in list(tree.xpath('//blockquote[contains(@class, "twitter-tweet")]')):
        text = _normalised_text(quote)
        if not text:
            continue
        wrapper = quote
        parent = wrapper.getparent()
        while parent is not None and parent.tag not in ("body", "article", "main") \
                and _normalised_text(parent) == text:
            wrapper, parent = parent, parent.getparent()
        if parent is None:
            continue
        for key in list(quote.attrib):
            del quote.attrib[key]
        if wrapper is not quote:
            quote.tail = wrapper.tail
            parent.replace(wrapper, quote)
        count += 1
    return count


def drop_hover_cards(tree: HtmlElement) -> int:
    """Drop hover cards hidden inside paragraphs; returns how many.

    Sites attach a rollover box to a linked name (photo, name again, links to the person's latest
    stories) as an inline element that CSS hides; text extraction glues it into the sentence
    ("Rep. Jane DoeJane DoeSenate passes ..."). A card is an inline element inside a paragraph that
    holds an image and at least two links and is nearly all link text; we drop the innermost
    such element, which keeps the linked name itself.
    """
    cards = []
    for para in tree.iter("p"):
        for el in para.iterdescendants("span", "div"):
            if el.find(".//img") is None or len(el.findall(".//a")) < 2:
                continue
            text = len(_normalised_text(el))
            links = sum(len(_normalised_text(a)) for a in el.iter("a"))
            if text and links >= 0.9 * text:
                cards.append(el)
    # the innermost qualifying element is the card; its ancestors also hold the linked name
    marked = set(cards)  # lxml proxies stay identical while referenced, so identity hashing works
    inner = [el for el in cards if not any(other in marked for other in el.iterdescendants())]
    for el in inner:
        el.drop_tree()
    return len(inner)
