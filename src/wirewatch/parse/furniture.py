"""Wire furniture: what surrounds an article without being part of it.

Header furniture (archive ids, transmission codes, slugs, editors' notes, photo notes, copyright
lines, SGML codes such as `&UR;`/`&QL;`), headline tags, trailer furniture (transmission stamps,
PROFILE lines, separators) and contact lines.  Everything here is a precompiled pattern; the parser
in wire.py decides where each applies.
"""

from __future__ import annotations

import re

# SGML codes of the LDC/AP wire feeds: "&UR;", "&QL;", "&Cx1f;"; TimeBank prints them without "&;".
SGML_CODE = re.compile(r"&[A-Za-z][A-Za-z0-9]*;")
BARE_CODE = re.compile(r"(?<![\w&])(?:UR|QL|QC|LR|HT)(?![\w;])")
MULTISPACE = re.compile(r"[ \t]{2,}")
# transmission code, word count and slug run into the headline:
# "12-05 0152 BC-Poland-Germany-NATO Poland to ..."
SLUG_PREFIX = re.compile(r"\d\d-\d\d \d{4} BC-[^\s,]+ (?=[A-Z])")

DOC_ID = re.compile(
    r"(?:[A-Z]{2,4}(?:_ENG_)?\d{8}\.\d{4}(?:\.\d{4})?|AP\d{6}-\d{4})(?![\w.])")
HEADER_SEGMENT = re.compile(
    r"""(?x)
    (?:[A-Z]{2,4}(?:_ENG_)?\d{8}\.\d{4}(?:\.\d{4})?|AP\d{6}-\d{4})\b.*   # archive id line
    | [A-Z]+\ (?:STORY|TEXT)\b.*                                       # NEWS STORY, MISCELLANEOUS TEXT
    | \d\d/\d\d/\d{4}(?:\ \d\d:\d\d(?::\d\d)?)?(?:\ \w\d{3,4})?             # 08/07/1998 06:18:00 w1008
    | \d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?(?:\ \w\d{3,4})?           # 1999-03-12 18:41 A8538
    | \w\d{3,4}\ .*(?:Cx1f|Cx13).*                                      # w2213 &Cx1f; wstm-
    | [a-z]\ [a-z]\b.*\d\d-\d\d\ \d{4}                                  # u i ... 08-07 0122
    | [a-z]\ [a-z](?:\ \S+)?                                            # u i / u k BC-EDIT-ELIAN-NYT
    | \w\d{3,4}                                                         # w2213
    | [a-z]{2,5}-[a-z]?                                                 # wstm-, taf-z
    | BC-\S.* | (?:AM|PM)-\S.*                                          # slugs
    | [A-Z0-9$&/'-]+(?:-[A-Z0-9$&/'()]+)+(?:\ \S+)?\ +\d\d-\d\d\ \d{4}  # slug with date/words
    | \d\d-\d\d\ \d{4}
    | (?:URGENT|BULLETIN|FLASH|ADVISORY)
    | \(?(?i:eds?\.?):.*                                                 # Eds: UPDATES with ...
    | (?:AP|Ap)\ (?:Photos?|Graphics?|Photo\ \S+).* | LaserPhotos?.* | LaserColor.* | No\ pickup.*
    | With\ (?:BC-|Bombing|AP\b).* | Precede\ .* | Moving\ in\ both.* | Also\ moved\ .*
    | (?:Associated\ Press|AP)(?:\ [A-Z][a-z]+)*\ Writer
    | c\.\ ?\d{4}\ .*                                                   # c.1998 N.Y. Times News Service
    | \(.{0,240}\)(?:\s*\(.{0,40}\))*                                   # (For release ...)  (JT)
    | [a-z]{3,15}                                                       # usa / international (APW 1999)
    | [-=*_\s]+
    """)
SLUG_LINE = re.compile(r"[ \t]*(?:BC|AM|PM)-[A-Za-z0-9$]")
# Stamps and notes that end wire copy: AP-NY-08-07-98 0618EDT, NYT-09-07-98 1653EDT, (PROFILE (WS SL:...
TRAILER_LINE = re.compile(
    r"""(?x)[ \t]*(?:
      (?:&[A-Za-z]+;\s*)+
    | [A-Z]{2,4}(?:-[A-Z]{2,3})?-\d\d-\d\d-\d\d\ \d{4}[A-Z]{3}.*           # AP-NY-08-07-98 0618EDT
    | \(PROFILE\b.*
    | (?:\(C\)|©|Copyright\b|<?All\ rights\ reserved).*                    # copyright lines
    | .{0,60}\b\d+(?:st|nd|rd|th)\ graf\ pvs\b.*                        # pickup notes
    | [-=*_]+
    )[ \t]*\Z""")
# web copy's related-story blocks: a heading that opens the page's trailer of other stories' headlines
# and topic links (the BBC's "Related Topics" and "More on this story"), and the inline list of
# recommended stories as Al Jazeera's page text renders it ("list of 3 items" ... "end of list"): other
# stories' headlines, never this story's text (stories24)
WEB_RELATED_HEAD = re.compile(
    r"[ \t]*(?:Related\ (?:Topics|Stories|Articles|Content|Coverage|Internet\ Links)"
    r"|More\ on\ this\ (?:story|topic)|Most\ (?:Read|Popular)|Top\ Stories"
    r"|You\ may\ also\ (?:like|be\ interested\ in))[ \t]*:?[ \t]*\Z",
    re.IGNORECASE)
RELATED_LIST = re.compile(r"^[ \t]*list of \d+ items?[ \t]*\n(?:[^\n]*\n){0,40}?[ \t]*end of list[ \t]*$",
                          re.IGNORECASE | re.MULTILINE)
# a line that points the reader to another story ("Also read: Türkiye calls for ceasefire in Sudan", as
# Anadolu, PTI and web copy set them between paragraphs): the other story's headline, no part of this
# one (stories25)
READ_ALSO_LINE = re.compile(r"^[ \t]*(?:also\ read|read\ also|also\ see|see\ also|read\ more|related)[ \t]*:"
                            r"[^\n]{0,200}$", re.IGNORECASE | re.MULTILINE)
# a monitoring service's editorial note on a line of its own ("[Passage omitted: reports of shooting near
# Ergneti market]", "[Words indistinct]", as BBC Monitoring sets them): the editor's summary of what the
# translation leaves out, no act told by the source (forty-second session, wip/stories44)
EDITORIAL_NOTE_LINE = re.compile(r"^[ \t]*\[(?:passages?|words?|sentences?|paragraphs?|portion|section)"
                                 r"\ (?:omitted|indistinct|garbled)\b[^\]\n]{0,200}\][ \t]*$",
                                 re.IGNORECASE | re.MULTILINE)
SEPARATOR = re.compile(r"[ \t]*[-–—_=*]+[ \t]*\Z")
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
CONTACT_LINE = re.compile(
    r"[ \t]*(?:(?i:e-?mail|contact)\s*:?\s*)?\(?(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)\)?"
    r"(?:\s*[,;/]?\s*\(?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\)?)*[ \t]*\Z")
URL = re.compile(r"\s*(?:https?://|www\.)\S+\s*\Z")
EDITING_SIGNOFF = re.compile(
    r"[ \t]*\((?i:(?:additional )?(?:reporting|writing|editing|compiled)(?: and writing)? by)"
    r"[^()]*\)[ \t]*\Z")

# Headline tags: "(LEAD)", "(2nd LD)", "(News Focus)", "(URGENT)", "(EDITORIAL)" before the headline;
# "(ATTN: ...)", "(CORRECTED)", "(UPDATE 2)" after it.
_TAG_WORDS = (r"LEAD|\d+(?:st|nd|rd|th) LD(?:-[A-Za-z ]+)?|News Focus|News Analysis|URGENT|EDITORIAL|"
              r"(?:Yonhap )?(?:Feature|Interview|Profile|Commentary)|CORRECTED|CORRECTION|UPDATE(?: \d+)?|"
              r"BULLETIN|FLASH|ATTN:[^()]*|Photos?|Election|Sports|Summary|Brief|FACTBOX|ANALYSIS|"
              r"REFILE|RPT|RECASTS?|WRAPUP(?: \d+)?|INSIGHT|EXCLUSIVE")
# the tag must be followed by the headline itself, not by a dash ("(CORRECTED) - BANPONCE ..." keeps it)
LEADING_TAG = re.compile(r"\((?P<tag>" + _TAG_WORDS + r")\)[ \t]*(?=[^\s\-–—])")
TRAILING_TAG = re.compile(
    r"[ \t]*\((?P<tag>ATTN:[^()]*(?:\([^()]*\)[^()]*)*|CORRECTED|CORRECTION|UPDATED?(?: \d+)?|REPEAT|"
    r"RECAST|REFILE|URGENT|LEAD|\d+(?:st|nd|rd|th) LD|News Focus|EDITORIAL)\)[ \t]*\Z")
# Reuters-style prefixes: "UPDATE 2-Chile copper ...", "EXCLUSIVE-...", "RPT-..."
DASH_TAG = re.compile(r"(?P<tag>UPDATE \d+|REFILE|RPT|CORRECTED|EXCLUSIVE|WRAPUP \d+|INSIGHT|ANALYSIS|"
                      r"FACTBOX|BREAKINGVIEWS|COLUMN|INTERVIEW)-(?=\S)")
SLUG_TAG = re.compile(r"\b(?P<tag>\d+(?:st|nd|rd|th) ?Ld(?:-Writethru)?|Writethru|Correction)\b", re.I)
HEADER_TAG = re.compile(r"(?P<tag>URGENT|BULLETIN|FLASH)\Z")
# Editors' advisories printed above the headline: "ATTENTION - ADDS scene details ///"
ADVISORY_LINE = re.compile(
    r"[ \t]*(?P<tag>(?:ATTENTION|ATTN|EDITORS|ADVISORY|CORRECTION)\b[^\r\n]*?)[ \t/]*\Z")
# A date line that some sites print under the headline: "[2024.09.05.]", "[Juche113.1.2.]"
# and the publication stamp of web copy: "2021/10/05 15:40 KST", "Published : 2021-10-05 15:40"
DATE_STAMP_LINE = re.compile(
    r"[ \t]*(?:\[(?:\d{4}|Juche ?\d{1,3})\.\d{1,2}\.\d{1,2}\.?\]"
    r"|(?:(?:Published|Updated|Posted)\s*:?\s*)?(?:19|20)\d\d[-/.][01]\d[-/.][0-3]\d\.?"
    r"(?:[ T]+[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s*[AP]M)?(?:\s*[A-Z]{2,4})?)?)[ \t]*\Z")
