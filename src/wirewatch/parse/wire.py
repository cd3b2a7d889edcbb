"""Wire structure: headline, tags, byline, dateline, agency, body, contact, end marker, trailer.

    headline            first line (or first header segment of an archive feed) that is not furniture
    byline / dateline   the lines right after it
    body                from the dateline (or the first body line) to the end marker, minus the
                        contact, reporting and sign-off lines that close the copy
    end marker          `(END)`, `Reuter`, `-0-`, `MORE`, ... (agencies.py), on its own line or glued to
                        the last sentence
    trailer             what follows the end marker: related headlines, transmission stamps

Text that is not wire copy (a sentence, a plain article) degrades gracefully: no headline unless the
first line looks like one, and the body is the whole text.  Every offset indexes `article.text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Article, Dateline
from . import agencies, furniture
from .byline import byline_names, reporting_names
from .dateline import DatelineMatch, match_dateline

_BREAK = re.compile(r"\r\n|\r|\n")
_SENTENCE_END = re.compile(r"[.!?:][\"'’”)]?\Z")
_HEAD_LIMIT = 12  # lines after the headline searched for byline and dateline
_MAX_HEADLINE = 250
_SHORT_HEADLINE = 110
_REPORTED = re.compile(r"\b(?:said|told|reported|announced)\b")
_TAIL_LINES = 200  # the end marker sits within the last lines (a Yonhap trailer runs to ~60)
_MAX_MARKER_LINE = 80
_WEB_TAIL_LINES = 40  # a web page's related-story trailer sits within its last lines
_WEB_RELATED_LINE = 160  # the longest line of such a trailer (a headline; prose runs longer)
_CONTINUES = frozenset(
    "a an the and or but nor of to in for with on at by from that as is are was were be been will would "
    "has have had its their his her our your this these those who which than into about over under".split())


@dataclass(slots=True)
class _Line:
    start: int
    end: int  # end of the visible text, before the line break

    def text(self, src: str) -> str:
        return src[self.start:self.end]


@dataclass(slots=True)
class _Head:
    headline: tuple[int, int] | None = None
    tags: list[str] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)
    credit: str | None = None  # agency named in the byline or header furniture
    dateline: DatelineMatch | None = None
    body_line: int = 0  # index of the first line after the head
    slug_tag: str = ""  # the version tag of an AP slug ("2nd Ld-Writethru"), kept once


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    if "\r" not in text:  # the common case, without a regex
        for piece in text.split("\n"):
            out.append(_Line(pos, pos + len(piece)))
            pos += len(piece) + 1
        return out
    for m in _BREAK.finditer(text):
        out.append(_Line(pos, m.start()))
        pos = m.end()
    out.append(_Line(pos, len(text)))
    return out


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _add_tag(tags: list[str], tag: str) -> None:
    tag = " ".join(tag.split())
    if tag and tag not in tags:
        tags.append(tag)


# ---- head: archive feeds (AP/NYT/Xinhua LDC-style headers) -------------------------------------

def _segments(text: str, line: _Line) -> list[tuple[int, int]]:
    """Split a header line at SGML codes, bare codes and runs of blanks; stripped, non-empty spans."""
    cuts: list[tuple[int, int]] = []
    for pattern in (furniture.SGML_CODE, furniture.BARE_CODE, furniture.MULTISPACE, furniture.SLUG_PREFIX):
        cuts.extend(m.span() for m in pattern.finditer(text, line.start, line.end))
    cuts.sort()
    spans: list[tuple[int, int]] = []
    pos = line.start
    for cut_start, cut_end in cuts:
        if cut_start < pos:
            pos = max(pos, cut_end)
            continue
        spans.append((pos, cut_start))
        pos = cut_end
    spans.append((pos, line.end))
    return [s for s in (_strip_span(text, a, b) for a, b in spans) if s[1] > s[0]]


def _is_header_mode(text: str, first: _Line) -> bool:
    return bool(furniture.DOC_ID.match(text, first.start) or furniture.SLUG_LINE.match(text, first.start)
                or furniture.SGML_CODE.search(text, 0, 3000))


# a site's menu: three or more short items between bars; a page's time stamp before the story
_WEB_MENU = re.compile(r"[^|\n]{1,25}(?:\|[^|\n]{1,25}){2,}")
_WEB_STAMP = re.compile(r"(?:Posted|Published|Updated|Last updated)(?: on)?:? \S*\d")


def _header_furniture(seg: str, head: _Head) -> bool:
    """True when a header segment is furniture; records tags, byline and credits on the way."""
    names = byline_names(seg)
    if names is not None and len(seg) < 90:
        if not head.byline:
            head.byline = names[0]
        head.credit = head.credit or names[1]
        return True
    if _WEB_MENU.fullmatch(seg) or _WEB_STAMP.match(seg):
        return True  # a web page's menu ("Home | News | Local") or its time stamp ("Posted 6:14 PM ...")
    if not furniture.HEADER_SEGMENT.fullmatch(seg):
        return False
    if furniture.HEADER_TAG.fullmatch(seg):
        _add_tag(head.tags, seg)
    elif seg.startswith(("BC-", "AM-", "PM-")):
        m = furniture.SLUG_TAG.search(seg)
        if m:  # the slug repeats on several header lines; keep its fullest spelling once
            if head.slug_tag in head.tags:
                head.tags.remove(head.slug_tag)
            head.slug_tag = " ".join(m.group("tag").split())
            _add_tag(head.tags, head.slug_tag)
    elif "Associated Press" in seg or seg.startswith("AP "):
        head.credit = head.credit or "AP"
    elif "Times News Service" in seg:
        head.credit = head.credit or "NYT News Service"
    return True


def _parse_archive_head(text: str, lines: list[_Line], first: int) -> _Head:
    head = _Head(body_line=first)
    i = first
    while i < len(lines) and i < first + 40:
        line = lines[i]
        raw = line.text(text)
        if not raw.strip():
            i += 1
            continue
        dl = match_dateline(text, line.start, line.end)
        if dl is not None and head.headline is not None:
            head.dateline, head.body_line = dl, i
            return head
        segs = _segments(text, line)
        text_seg = next((s for s in segs if not _header_furniture(text[s[0]:s[1]], head)), None)
        if text_seg is None:
            i += 1
            continue
        if head.headline is not None or text_seg[1] - text_seg[0] > _MAX_HEADLINE:
            head.body_line = i
            return head
        start, end = text_seg
        # a headline wrapped onto the next line ends at an SGML code there ("...embassy\nbombing &UR;")
        if not text[end:line.end].strip() and i + 1 < len(lines):
            nxt = lines[i + 1]
            nsegs = _segments(text, nxt)
            if (nsegs and len(nsegs) > 1 and nsegs[0][1] - nsegs[0][0] < 60
                    and not furniture.HEADER_SEGMENT.fullmatch(text[nsegs[0][0]:nsegs[0][1]])
                    and byline_names(text[nsegs[0][0]:nsegs[0][1]]) is None):
                end = nsegs[0][1]
                for s in nsegs[1:]:
                    _header_furniture(text[s[0]:s[1]], head)
                i += 1
        head.headline = (start, end)
        # the rest of the headline's line: byline, notes
        for s in segs[segs.index(text_seg) + 1:]:
            _header_furniture(text[s[0]:s[1]], head)
        i += 1
        head.body_line = i
    return head


# ---- head: plain wire copy ---------------------------------------------------------------------

def _title_like(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    # headlines in Title Case capitalise nearly every content word; a news sentence full of
    # company names still has its verbs and nouns in lower case
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.8


def _plausible_headline(text: str, lines: list[_Line], i: int, j: int | None) -> bool:
    """Whether line i, with nothing wire-like after it, still reads as a headline."""
    line = lines[i].text(text).strip()
    if j is None or len(line) > _MAX_HEADLINE or not line:
        return False
    nxt = lines[j].text(text).strip()
    blank_between = j > i + 1
    if _SENTENCE_END.search(line) and not _title_like(line):
        # a sentence-case headline that ends in a period: short, set off by a blank line, and not
        # a reported sentence ("..., the company said.") or an introduction ("... on Thursday:")
        if not (blank_between and len(line) <= _SHORT_HEADLINE and not _REPORTED.search(line)
                and not line.endswith(":")):
            return False
    if not blank_between and (line.endswith(",") or line.rsplit(None, 1)[-1].lower() in _CONTINUES):
        return False  # the first line of a hard-wrapped paragraph stops mid-phrase
    if nxt[:1].islower() and not blank_between:
        return False  # a hard-wrapped paragraph, not a headline
    return blank_between or len(line) < 160


def _parse_plain_head(text: str, lines: list[_Line], first: int) -> _Head:
    head = _Head(body_line=first)
    while _WEB_MENU.fullmatch(lines[first].text(text).strip()):  # a site's menu is no headline
        nxt = next((k for k in range(first + 1, len(lines)) if lines[k].text(text).strip()), None)
        if nxt is None:
            break
        first = head.body_line = nxt
    while True:  # editors' advisories above the headline are tags, not the headline
        m = furniture.ADVISORY_LINE.match(text, lines[first].start, lines[first].end)
        nxt = next((k for k in range(first + 1, len(lines)) if lines[k].text(text).strip()), None)
        if not m or nxt is None or match_dateline(text, lines[nxt].start, lines[nxt].end) is not None:
            break  # with nothing but a dateline after it, the advisory holds the headline slot (AFP)
        _add_tag(head.tags, m.group("tag"))
        first = head.body_line = nxt
    dl = match_dateline(text, lines[first].start, lines[first].end)
    if dl is not None:
        head.dateline = dl
        return head
    seen: list[int] = []
    j = first + 1
    found_wire = False
    byline: tuple[list[str], str | None] | None = None
    while j < len(lines) and j <= first + _HEAD_LIMIT:
        raw = lines[j].text(text)
        if not raw.strip():
            j += 1
            continue
        seen.append(j)
        if furniture.DATE_STAMP_LINE.match(raw) or _WEB_STAMP.match(raw.strip()):
            found_wire = True
            j += 1
            continue
        names = byline_names(raw) if len(raw) < 100 else None
        if names is not None and byline is None:
            byline, found_wire = names, True
            j += 1
            continue
        dl = match_dateline(text, lines[j].start, lines[j].end)
        if dl is not None:
            head.dateline, found_wire = dl, True
        break
    if j >= len(lines) or not lines[j].text(text).strip():
        nxt = None if not seen else seen[-1]
    else:
        nxt = j
    headline_ok = nxt is not None and len(lines[first].text(text).strip()) <= _MAX_HEADLINE and (
        found_wire or _plausible_headline(text, lines, first, nxt))
    if not headline_ok:
        head.dateline = None
        return head
    head.headline = _strip_span(text, lines[first].start, lines[first].end)
    # "Headline; \nSubhead line." with a blank line after: one headline over two lines
    if (text[head.headline[0]:head.headline[1]].endswith(";") and first + 2 < len(lines)
            and lines[first + 1].text(text).strip() and not lines[first + 2].text(text).strip()
            and len(lines[first + 1].text(text)) <= _MAX_HEADLINE and head.dateline is None):
        head.headline = (head.headline[0], _strip_span(text, lines[first + 1].start, lines[first + 1].end)[1])
        j = max(j, first + 2)
    if byline is not None:
        head.byline, head.credit = byline
    head.body_line = j if j < len(lines) else len(lines) - 1
    return head


def _split_tags(text: str, span: tuple[int, int], tags: list[str]) -> tuple[int, int]:
    start, end = span
    while True:
        m = furniture.LEADING_TAG.match(text, start, end) or furniture.DASH_TAG.match(text, start, end)
        if not m or m.end() >= end:
            break
        _add_tag(tags, m.group("tag"))
        start = m.end()
    while True:
        m = furniture.TRAILING_TAG.search(text, start, end)
        if not m or m.start() <= start:
            break
        _add_tag(tags, m.group("tag"))
        end = m.start()
    return _strip_span(text, start, end)


# ---- tail: end marker, trailer, sign-offs ------------------------------------------------------

@dataclass(slots=True)
class _Tail:
    content_end: int
    end_marker: str | None = None
    marker_agency: str | None = None
    trailer: list[_Line] = field(default_factory=list)
    contact: list[str] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    signoff_agency: str | None = None
    web_related: bool = False  # a web page's related-story heading ends the copy


def _parse_tail(text: str, lines: list[_Line], body_start: int) -> _Tail:
    tail = _Tail(content_end=len(text))
    body_lines = [i for i, ln in enumerate(lines) if ln.end > body_start]
    marker_at = None
    # the last marker line closes the copy; an earlier "More" is a take break inside the story
    for i in reversed(body_lines[-_TAIL_LINES:]):
        line = lines[i]
        if line.start <= body_start:
            break
        if line.end - line.start > _MAX_MARKER_LINE:
            continue  # a marker line is short; skip the regex on paragraph lines
        m = agencies.END_LINE.match(text, line.start, line.end)
        if m:
            marker_at = i
            tail.end_marker = m.group("marker")
            tail.content_end = line.start
            tail.trailer = lines[i + 1:]
            break
    web = _web_related(text, lines, body_start) if marker_at is None else None
    if web is not None:
        tail.content_end = lines[web].start
        tail.trailer = lines[web + 1:]
        tail.web_related = True
    elif marker_at is None:
        # trailing stamps with no marker (AP-NY-..., NYT-..., PROFILE lines)
        k = len(lines) - 1
        while k >= 0 and lines[k].start > body_start:
            raw = lines[k].text(text)
            if raw.strip() and not furniture.TRAILER_LINE.match(raw):
                break
            k -= 1
        if k < len(lines) - 1:
            tail.trailer = lines[k + 1:]
            tail.content_end = lines[k + 1].start if k >= 0 else body_start
            if k >= 0 and lines[k].end <= tail.content_end:
                tail.content_end = lines[k].end
        if k >= 0 and lines[k].end > body_start:
            m = agencies.END_TAIL.search(text, max(lines[k].start, body_start), lines[k].end)
            if m:
                tail.end_marker = m.group("marker")
                tail.content_end = m.start()
    if tail.end_marker is not None:
        tail.marker_agency = agencies.marker_agency(tail.end_marker)
    _strip_signoffs(text, lines, body_start, tail)
    return tail


def _web_related(text: str, lines: list[_Line], body_start: int) -> int | None:
    """The line of a web page's related-story heading ("Related Topics", "More on this story") that
    ends the copy: among the last lines, and followed by short lines only (topic links and other
    headlines, never a paragraph of prose)."""
    body_lines = [i for i, ln in enumerate(lines) if ln.start > body_start][-_WEB_TAIL_LINES:]
    for i in body_lines:
        if furniture.WEB_RELATED_HEAD.match(lines[i].text(text)) and all(
                len(ln.text(text).strip()) <= _WEB_RELATED_LINE for ln in lines[i + 1:]):
            return i
    return None


def _strip_signoffs(text: str, lines: list[_Line], body_start: int, tail: _Tail) -> None:
    """Peel contact e-mails, `(Reporting by ...)` and `Name, VOA News.` off the end of the body."""
    changed = True
    while changed:
        changed = False
        end = tail.content_end
        while end > body_start and text[end - 1].isspace():
            end -= 1
        if end <= body_start:
            return
        line_start = max(body_start, max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1)
        last = text[line_start:end]
        if furniture.CONTACT_LINE.fullmatch(last) and line_start > body_start:
            tail.contact[:0] = furniture.EMAIL.findall(last)
            tail.content_end = line_start
            changed = True
            continue
        m = furniture.EDITING_SIGNOFF.search(text, line_start, end)
        if m and m.start() > body_start:
            tail.reporters[:0] = reporting_names(m.group(0).strip())
            tail.content_end = m.start()
            changed = True
            continue
        for pattern, agency in agencies.SIGNOFFS:
            m = pattern.search(text, line_start, end)
            if m and m.start() > body_start:
                tail.reporters[:0] = [m.group("name")]
                tail.signoff_agency = agency
                tail.content_end = m.start()
                changed = True
                break


def _related(text: str, trailer: list[_Line]) -> list[str]:
    out: list[str] = []
    for line in trailer:
        raw = line.text(text)
        if (not raw.strip() or furniture.SEPARATOR.match(raw) or furniture.TRAILER_LINE.match(raw)
                or furniture.URL.match(raw) or furniture.CONTACT_LINE.fullmatch(raw)):
            continue
        headline = " ".join(raw.split())
        if len(headline) <= 300 and headline not in out:
            out.append(headline)
    return out


# ---- entry point -------------------------------------------------------------------------------

def parse_structure(article: Article) -> None:
    """Fill the structure fields of `article` from `article.text`."""
    text = article.text
    lines = _lines(text)
    first = next((i for i, ln in enumerate(lines) if ln.text(text).strip()), None)
    if first is None:
        article.body, article.body_start, article.body_end = "", 0, 0
        return
    head = (_parse_archive_head if _is_header_mode(text, lines[first]) else _parse_plain_head)(
        text, lines, first)

    if head.headline is not None:
        start, end = _split_tags(text, head.headline, head.tags)
        if end > start:
            article.headline = " ".join(text[start:end].split())
            article.headline_start, article.headline_end = start, end
    article.tags = head.tags

    if head.dateline is not None:
        dl = head.dateline
        article.dateline = Dateline(place=dl.place, region=dl.region, date_text=dl.date_text,
                                    agency=dl.agency, text=text[dl.start:dl.end], start=dl.start, end=dl.end)
        body_start = dl.end
    else:
        body_start = lines[head.body_line].start if head.body_line < len(lines) else len(text)
        if head.headline is not None:
            body_start = max(body_start, head.headline[1])

    tail = _parse_tail(text, lines, body_start)
    bs, be = _strip_span(text, body_start, max(body_start, tail.content_end))
    article.body, article.body_start, article.body_end = text[bs:be], bs, be
    if be == bs:
        article.body_start = article.body_end = bs
    article.end_marker = " ".join(tail.end_marker.split()) if tail.end_marker else None
    article.contact = tail.contact
    article.byline = head.byline or tail.reporters
    if tail.end_marker is not None or tail.web_related:
        article.related_headlines = _related(text, tail.trailer)
    if head.headline is None and not article.byline:
        article.byline = []

    article.agency = _agency(text, lines[first], head, tail)
    doc = article.document
    if doc is not None and doc.title and doc.title.strip():
        _use_metadata_title(article, doc.title)


def _use_metadata_title(article: Article, title: str) -> None:
    """A title from the container's metadata is the headline (metadata first, as for dates).

    Located in the text when it is printed near the top, so it keeps offsets and leaves the body;
    otherwise the headline has no offsets and the text is left as parsed."""
    words = title.split()
    text = article.text
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    m = pattern.search(text, 0, min(len(text), article.body_start + len(title) + 200))
    tags: list[str] = []
    if m is None:
        article.headline, article.headline_start, article.headline_end = " ".join(words), None, None
        article.warnings.append("headline from metadata title (not printed in the text)")
        return
    start, end = _split_tags(text, m.span(), tags)
    article.headline = " ".join(text[start:end].split())
    article.headline_start, article.headline_end = start, end
    for tag in tags:
        _add_tag(article.tags, tag)
    if article.body_start <= m.start() < article.body_end and not text[article.body_start:m.start()].strip():
        bs, be = _strip_span(text, m.end(), article.body_end)
        article.body, article.body_start, article.body_end = text[bs:be], bs, max(bs, be)


def _agency(text: str, first: _Line, head: _Head, tail: _Tail) -> str | None:
    if head.dateline is not None and head.dateline.agency:
        return agencies.canonical(head.dateline.agency)
    for candidate in (head.credit, tail.marker_agency, tail.signoff_agency):
        if candidate:
            return candidate
    m = furniture.DOC_ID.match(text, first.start)
    if m:
        found = agencies.doc_id_agency(m.group(0))
        if found:
            return found
    for email in tail.contact:
        domain = email.rsplit("@", 1)[-1].lower()
        for agency in agencies.AGENCIES:
            if any(domain.endswith(d) for d in agency.contact_domains):
                return agency.name
    return None
