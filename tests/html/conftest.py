"""Hand-written HTML pages for the HTML reader tests (invented stories, no real site's markup)."""

from __future__ import annotations

import pytest

NAV = """
<header class="site-header"><nav class="main-nav"><ul>
  <li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>"""

FOOTER = """
<footer class="site-footer"><p>Copyright 2024 Harbour Courier Media. All rights reserved.</p>
  <ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li>
  <li><a href="/contact">Contact us</a></li></ul></footer>"""

BODY_PARAGRAPHS = [
    "The port authority of Velmora approved on Tuesday a plan to deepen the northern channel, "
    "a project that officials say will let larger container ships dock at the city's main terminal.",
    "Harbour master Ilse Brandvik told reporters that dredging would begin in the spring and take "
    "about eighteen months, with work paused during the herring season to protect local fishermen.",
    "\u201cWe cannot keep turning ships away,\u201d Brandvik said. \u201cEvery vessel we send to a "
    "neighbouring port is trade and jobs that Velmora loses.\u201d",
    "Environmental groups criticised the decision, warning that the silt disturbed by the dredgers "
    "could smother the seagrass beds south of the breakwater that shelter juvenile cod.",
    "The authority said an independent panel would monitor water quality every week and publish "
    "its findings, and that the plan had been revised twice after public consultations.",
]

HEADLINE = "Velmora port approves channel dredging plan"


def _article_page(head_extra: str = "", body_extra: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} | Harbour Courier</title>
<meta property="og:site_name" content="Harbour Courier">
<link rel="canonical" href="https://courier.example/news/velmora-dredging">
{head_extra}
</head><body>{NAV}
<main><article class="story">
  <h1 class="headline">{HEADLINE}</h1>
  <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  <div class="story-body">{paragraphs}
  {body_extra}
  </div>
</article>
<aside class="related"><h2>Related stories</h2><ul>
  <li><a href="/a">Ferry timetable changes announced for the winter months</a></li>
  <li><a href="/b">Fish market reopens after renovation of the old quay hall</a></li>
  <li><a href="/c">Council debates parking fees near the harbour promenade</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comments</h2>
  <div class="comment"><p class="comment-body">Sailorman88: About time! This port has been falling
    behind for years and everyone knows it.</p></div>
  <div class="comment"><p class="comment-body">greenwave: Nobody ever thinks about the seagrass until
    it is gone, sad day for the bay.</p></div>
</section></main>{FOOTER}
</body></html>"""


@pytest.fixture
def news_page() -> str:
    """A story with nav, share buttons, related links, comments and footer; date in <meta>."""
    return _article_page(head_extra="""
<meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
<meta name="author" content="Tove Lindqvist">""")


@pytest.fixture
def jsonld_page() -> str:
    """Date and author only in JSON-LD."""
    return _article_page(head_extra="""
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Velmora port approves channel dredging plan", "datePublished": "2023-11-05T14:00:00Z",
 "author": {"@type": "Person", "name": "Jonas Eikeland"}}</script>""")


@pytest.fixture
def body_paragraphs() -> list[str]:
    return list(BODY_PARAGRAPHS)


@pytest.fixture
def headline() -> str:
    return HEADLINE


@pytest.fixture
def page_maker():  # type: ignore[no-untyped-def]
    return _article_page


@pytest.fixture
def empty_page() -> str:
    """Navigation and footer, no article."""
    return f"""<!DOCTYPE html><html><head><title>Harbour Courier</title></head>
<body>{NAV}<div class="cookie-banner"><button>Accept</button></div>{FOOTER}</body></html>"""
