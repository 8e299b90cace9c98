"""A page as lines: HTML or plain text in, a flat list of text lines with the structure an
extractor needs (headings, labels, links, the year a heading set, dates in <time> elements).

lxml does the HTML parsing: it is the fastest tolerant parser available and survives the
unclosed tags and stray end tags of real CMS output.
"""
from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from . import lexicon as lex
from .dates import MAYBE_DATE, find_dates, school_year_pair

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "li", "ul", "ol",
    "dl", "dt", "dd", "tr", "table", "tbody", "thead", "td", "th", "br", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "address", "figure", "figcaption", "form", "fieldset",
    "details", "summary", "hr", "time-block",
}
# Never content: scripts, styles and the site chrome around the article.
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option")
CHROME_RE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|site-footer|cookie\w*|"
    r"consent|skip-?link|sidebar|social|share|search|pagination|pager|meta-nav|"
    r"service-nav|language|newsletter-box|banner)(?:$|[\s_-])", re.IGNORECASE)
MAIN_SELECTORS = (  # (strings one of which the page source contains, the XPath), in order of trust
    (("<main",), "//main"),
    (("role=\"main\"", "role='main'"), "//*[@role='main']"),
    (("id=\"content\"", "id='content'"), "//*[@id='content']"),
    (("id=\"main-content\"", "id='main-content'"), "//*[@id='main-content']"),
    (("id=\"main\"", "id='main'"), "//*[@id='main']"),
    (("main-content",), "//*[contains(concat(' ', normalize-space(@class), ' '), ' main-content ')]"),
    (("<article",), "//article"),  # only when it is the page's one article, not a list of teasers
)
YEAR_IN_TEXT_RE = re.compile(r"(?<!\d)20\d\d(?!\d)")
YEAR_HEADING_RE = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
# Not "publish" alone: WordPress puts "status-publish" on every post, events included.
PUBLICATION_CLASS_RE = re.compile(r"(?<![\w-])published|date-?published|datePublished|dateModified|dateCreated|"
                                  r"news-list-date|entry-date|post-date|posted-on|byline|news-date|article-date|"
                                  r"meta-date|date-created|date-updated|submitted|field--name-created|"
                                  r"(?:node|entry|post|article)(?:__|-)meta", re.I)  # Drupal's "Von redaktion, Mo, 30.11.2026 - 09:05"
EVENT_DATE_CLASS_RE = re.compile(r"event|termin|veranstaltung|startdate|start-date|datum", re.I)
PLACE_CLASS_RE = re.compile(r"location|venue|(?:^|[\s_-])(?:ort|place|address|adresse)(?:$|[\s_-])", re.I)
URL_IN_TEXT_RE = re.compile(r"https?://[^\s<>\"')]+[^\s<>\"').,;:!?]")
WHITESPACE_RE = re.compile(r"[\s\u00a0\u2009\u202f\u200b]+")


@dataclass(slots=True)
class Line:
    text: str
    heading: int = 0          # 1..6 for h1..h6, 0 otherwise
    year_hint: int | None = None
    links: list[str] = field(default_factory=list)
    emphasis: bool = False    # the whole line is bold (a heading in disguise)
    struck: bool = False      # the whole line is struck through (<del>, <s>)
    linked: bool = False      # the whole line is a link's text (a teaser title)
    path: tuple[int, ...] = ()  # the block elements around the line, outermost first
    place: bool = False       # the line's element is marked as a location (class "location", "venue", "ort")
    school_year: int | None = None  # the first year of the school year a heading above names ("Termine 2026/27")
    after_blank: bool = False  # a text page's line that follows an empty line: a new paragraph or list item
    bulleted: bool = False     # a text page's line that opens with a list item's mark ("•", "- ", "→")


@dataclass
class TimeElement:
    value: str                # the datetime attribute
    text: str
    publication: bool         # inside a publication-date block, not the event date
    line_index: int
    event_hint: bool = False  # inside an element whose class says it is the event's date


@dataclass
class Page:
    lines: list[Line]
    title: str | None = None          # <title> of an HTML page
    site_name: str | None = None      # the name the site gives itself: og:site_name, else the <title>'s suffix
    time_elements: list[TimeElement] = field(default_factory=list)
    publication_date: str | None = None  # "YYYY-MM-DD"
    mailto: list[tuple[str, int]] = field(default_factory=list)  # (href, index of the line it stands in)
    root: object | None = None        # the lxml tree, for structured-data extraction
    is_html: bool = False
    has_structured_data: bool = False  # the source mentions JSON-LD or schema.org at all


def _clean(text: str) -> str:
    # str.split() knows every Unicode space (no-break and thin spaces too) and is several times
    # faster than a regex; only the zero-width space needs removing first.
    return " ".join(text.replace("\u200b", "").split())


def decode(content: bytes | str, content_type: str | None = None) -> str:
    """Bytes to text: the HTTP charset, else the page's meta charset, else UTF-8, else cp1252."""
    if isinstance(content, str):
        return content
    charset = None
    if content_type:
        match = re.search(r"charset=([\w-]+)", content_type, re.I)
        charset = match.group(1) if match else None
    if not charset:
        match = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", content[:4096], re.I)
        charset = match.group(1).decode("ascii") if match else None
    for candidate in filter(None, (charset, "utf-8")):
        try:
            return content.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    return content.decode("cp1252", errors="replace")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype" in head or "<body" in head or "<div" in head or "<p>" in head


# A two-column table in a text view: "Datum | 30. Juni 2025 |" reads as "Datum: 30. Juni 2025".
TEXT_TABLE_ROW_RE = re.compile(r"^\|?\s*(?P<key>[A-ZÄÖÜ][^|\d]{1,40}?)\s*\|\s*(?P<value>[^|]*?)\s*\|?\s*$")
TEXT_TABLE_RULE_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


# a line broken at a fixed width: long, no sentence end, the next line goes on in lower case
_WRAPPED_MIN, _WRAPPED_PAGE = 45, 3
# a line that ends a sentence, a label or a table's cell: never broken at a width
LINE_END_RE = re.compile(r"[.!?:;|]$|[.!?][\"“”]$")
# how much shorter than the page's width a broken line may be: the next word did not fit (a headline well short of it
# ends of its own, "Instrumentalklassen der Musikschule präsentieren sich" over a paragraph broken at 80)
_WRAP_SLACK = 20
# the last word of a broken line whose next line starts with a number: "… am Mittwoch, dem 23 Juli, um" / "17 Uhr der …"
_BEFORE_A_NUMBER_RE = re.compile(r"\b(?:um|am|ab|bis|vom|zum|zur|dem|den|der|von|an|im|in|seit|und|oder|gegen|zwischen|"
                                 r"ca\.|bzw\.|Nr\.|Tel\.|[Jj]ahr|[Jj]ahre[ns]?)$")


def _continues(line: str, following: str, shortest: int = _WRAPPED_MIN) -> bool:
    line, following = line.strip(), following.strip()
    if not line or not following or LINE_END_RE.search(line) or TEXT_TABLE_RULE_RE.match(following):
        return False
    if following[0] in "-–—•*·▸►▶→▪◦>|":
        return False  # a list item starts a line of its own
    if following[0].isdigit():
        return len(line) >= shortest and bool(_BEFORE_A_NUMBER_RE.search(line))
    return following[0].islower() or (len(line) >= shortest and (following[0].isupper() or following[0] in "„\"(")
                                      and not following.isupper())


def unwrapped(raw_lines: list[str]) -> list[str]:
    """A PDF's text or an archived press release breaks its paragraphs at a fixed width ("… kommen am
    24. und 25. Mai 2016" / "zu einer Fachtagung in Nordhausen zusammen."): such a page gets its
    paragraphs back, so sentences are read whole. A page with fewer than three such breaks keeps its
    lines (short lines that end without a full stop are headings, menus and list items), except a paragraph of its own
    whose lines all run to one width without a sentence's end (`_wrapped_blocks`). A line well short of the width the
    sure breaks show ends of its own unless its next line goes on in lower case."""
    sure = sorted(len(line.strip()) for line, following in zip(raw_lines, raw_lines[1:])
                  if len(line.strip()) >= _WRAPPED_MIN and following.strip()[:1].islower() and _continues(line, following))
    if len(sure) >= _WRAPPED_PAGE:
        return _joined(raw_lines, lambda index: max(_WRAPPED_MIN, sure[len(sure) // 2] - _WRAP_SLACK))
    blocks = _wrapped_blocks(raw_lines)
    if not blocks:
        return raw_lines
    return _joined(raw_lines, lambda index: blocks.get(index))


def _joined(raw_lines: list[str], shortest_at) -> list[str]:
    """The lines with each broken line joined to the next; `shortest_at(index)` is how long a broken line at `index` is
    at least (None: the line is not broken)."""
    merged: list[str] = []
    previous, previous_index = "", -1
    for index, raw in enumerate(raw_lines):
        shortest = shortest_at(previous_index) if merged else None
        if shortest is not None and _continues(previous, raw, shortest):
            head, tail = merged[-1].rstrip(), raw.strip()
            joined = head[:-1] + tail if head.endswith("-") and tail[:1].islower() and not re.match(
                r"(?:und|oder|bzw\.?|sowie)\b", tail) else f"{head} {tail}"
            merged[-1] = joined
        else:
            merged.append(raw)
        previous, previous_index = raw, index
    return merged


_BLOCK_LINES_LEAST = 3  # a paragraph broken at least twice
# a labelled field's line: "Veranstalter: …", "Teilnahme: auf Einladung, …"
LABEL_START_RE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:\s[\wäöüß-]+)?\s*:\s")
# a line that starts a row of its own: "Samstag, 6. Dezember 2025, …", "12.03.2027 …", "- …"
ROW_START_RE = re.compile(r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\.?,|"
                          r"\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ])|[-–•*·]\s")
_BLOCK_WIDTH_SPREAD = 25  # how far a block's broken lines may differ in length
_BLOCK_LINE_SHORTEST = 58  # a broken line of a paragraph set at 65 to 80 characters (not a list's items: "carolin thomsen, …")
_WRAPPED_BLOCKS_BUDGET = 2_000  # lines of a page looked at for broken paragraphs


def _wrapped_blocks(raw_lines: list[str]) -> dict[int, int]:
    """The lines of paragraphs broken at one width ("In den Sommerferien können Kinder zwischen acht und zwölf Jahren im" /
    "Heimatmuseum Musterau wie früher Papier schöpfen und Kerzen ziehen. Die" / "… startet am Dienstag, 20. Juli, um" /
    "10 Uhr. …"), each with the shortest of its block's broken lines: a run of lines between blank lines whose lines but
    the last are long, of one width, and none ends a sentence."""
    found: dict[int, int] = {}
    block: list[int] = []
    for index, raw in enumerate(raw_lines[:_WRAPPED_BLOCKS_BUDGET] + [""]):
        if raw.strip():
            block.append(index)
            continue
        broken = block[:-1]
        lengths = [len(raw_lines[i].strip()) for i in broken]
        if len(block) >= _BLOCK_LINES_LEAST and min(lengths) >= _BLOCK_LINE_SHORTEST \
                and max(lengths) - min(lengths) <= _BLOCK_WIDTH_SPREAD \
                and not any(LINE_END_RE.search(raw_lines[i].strip()) for i in broken) \
                and not any(ROW_START_RE.match(raw_lines[i].strip()) for i in block[1:]) \
                and not any(LABEL_START_RE.match(raw_lines[i].strip()) for i in block):
            found.update({i: min(lengths) for i in broken})
        block = []
    return found


# inline markup an e-paper viewer leaves in its text copy of a document: "<strong>Kiel</strong>er<br />"
MARKDOWN_HEADING_RE = re.compile(r"^(#{1,6})\s+(?=\S)")
TEXT_MARKUP_RE = re.compile(r"</?(?:strong|b|em|i|u|span|br)\s*/?>", re.I)


# "28.11.19 | Fachtag „…“ | Eilenburg": an event teaser's day, name and town in one row
DATE_LED_ROW_RE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?\s*\|[^|]+\|[^|]*$")


# "Kinder-Uni startetFreitag, 10. November 2017": a text export that ran a headline into the article's date
GLUED_DATE_RE = re.compile(r"(?<=[a-zäöüß])(?=(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),\s*\d{1,2}\.\s*"
                           r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+\d{4}\s*$)")


INLINE_BULLET_RE = re.compile(r"\s*[●•▪]\s*")
INLINE_ITEMS_BUDGET = 200  # (a 10 MB line of bullets is split once, its first items read)


def _inline_items(raw: str) -> list[str] | None:
    """"Informationsabende der weiterführenden Schulen: ● Werkgymnasium: Dienstag, 23.02.2016, 17.00 Uhr ●
    Max-Planck-Gymnasium: …": a PDF's list run into one line is a list of rows, a row per bullet, each with its day."""
    if raw.count("●") + raw.count("•") + raw.count("▪") < 3:
        return None
    parts = INLINE_BULLET_RE.split(raw, maxsplit=INLINE_ITEMS_BUDGET)
    items = [part for part in parts[1:] if part.strip()]
    dated = [item for item in items if re.search(r"\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)", item)]
    return [parts[0]] + items if len(dated) >= 3 and len(dated) >= len(items) / 2 else None


# a list's item led by its day ("- 11.11.: Warum feiern wir Feste?"), and the next such item run onto the line of the
# one above's speaker by a flattened page ("Prof. Dr. …, Ethnologin - 18.11.: Warum schämen wir uns manchmal?")
DAY_LED_ITEM_RE = re.compile(r"\s*[-–•]\s*\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s*:\s")
NEXT_DAY_LED_ITEM_RE = re.compile(r"\s[-–]\s(?=\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s*:\s)")


def _rows_split(raw_lines):
    after_item = False
    for raw in raw_lines:
        glued_item = NEXT_DAY_LED_ITEM_RE.search(raw) if after_item and len(raw) < 300 else None
        if raw.strip():
            after_item = bool(DAY_LED_ITEM_RE.match(raw) or glued_item)
        if glued_item:
            yield raw[:glued_item.start()]  # the item above's speaker, and the next item on a line of its own
            yield "- " + raw[glued_item.end():]
            continue
        items = _inline_items(raw) if len(raw) >= 120 else None
        if items:
            yield from (item for item in items if item.strip())
            continue
        glued = GLUED_DATE_RE.search(raw) if len(raw) < 200 else None
        if glued and raw[raw.rfind(" ", 0, glued.start()) + 1].isupper():
            glued = None  # ("KulturSonntag, 12. Dezember 2027": a name in CamelCase, not a headline run into a date)
        if glued:
            yield raw[:glued.start()]  # the headline, and the date on a line of its own
            yield raw[glued.start():]
        elif "|" in raw and DATE_LED_ROW_RE.match(raw):
            day, name, town = (cell.strip() for cell in raw.split("|"))
            yield name  # the name as the teaser's heading, its day and town below it
            yield f"{day}, {town}" if town else day
        else:
            yield raw




def from_text(text: str) -> Page:
    lines = []
    year = school_year = None
    blank = False
    for raw in _rows_split(unwrapped(text.splitlines())):
        if TEXT_TABLE_RULE_RE.match(raw):
            continue
        row = TEXT_TABLE_ROW_RE.match(raw) if "|" in raw else None
        if row:
            raw = f"{row.group('key')}: {row.group('value')}" if row.group("value") else row.group("key")
        raw = TEXT_MARKUP_RE.sub("", raw)
        marked = MARKDOWN_HEADING_RE.match(raw)  # "# MITEINANDER – Thementage 2024": a text export's headline
        if marked:
            raw = raw[marked.end():]
        clean = _clean(TICKER_MARKS_RE.sub("", raw.replace("•", " ")).lstrip("-–—*·▸►▶→▪◦> "))
        if not clean:
            blank = bool(lines)
            continue
        if len(clean) < 60:
            core = STAMP_RE.sub("", clean)  # ("Termine 2027 (Stand 01.12.2026)": the heading's year, not the stamp's)
            match = YEAR_HEADING_RE.search(core)
            school = SCHOOL_YEAR_HEADING_RE.search(core)
            if school and school_year_pair(school.group(1), school.group(2)) and not ENROLMENT_RE.search(core):
                # "Termine Schuljahr 2026/27", "Kitajahr 2026/2027": September is 2026's, June 2027's (not "Termine zur
                # Schulanmeldung 2027/28": the winter before that school year)
                year, school_year = None, int(school.group(1))
            elif match and (lex.LIST_HEADING_RE.match(core) or BARE_YEAR_RE.fullmatch(core)) \
                    and not FULL_DATE_OR_SCHOOL_YEAR_RE.search(core):
                # ("Termine 2027"; a calendar's rows under a bare "2026" after its autumn's: that year's)
                year, school_year = int(match.group(1)), None
        lines.append(Line(clean, heading=len(marked.group(1)) if marked else 0, year_hint=year,
                          links=URL_IN_TEXT_RE.findall(clean), school_year=school_year,
                          after_blank=blank, bulleted=raw.lstrip().startswith(lex.BULLETS)))
        blank = False
    _year_before_first_heading(lines)
    return Page(lines)


# a news ticker's marks around its line: "+++ 24.05.2019 Mitbringtag +++"
TICKER_MARKS_RE = re.compile(r"^\s*\+{3}\s*|\s*\+{3}\s*$")
# a school year's calendar heading: "Termine Schuljahr 2026/27", "Terminplan 2026/2027", "Kitajahr 2026/27" (not "Anmeldung
# für das Schuljahr 2025/2026": the year it prepares)
SCHOOL_YEAR_HEADING_RE = re.compile(r"^(?:(?:Schul|Kita|Kindergarten)jahr\b\s*|[\wäöüß-]*?(?:Termine|Terminplan|Jahresplan\w*|"
                                    r"Veranstaltungen)\b.{0,40}?)"
                                    r"(?<!\d)(20\d\d)\s?/\s?((?:20)?\d\d)(?!\d)")
BARE_YEAR_RE = re.compile(r"(?:19|20)\d\d:?")
# a full date ("01.12.2026", "30. November 2026") or a school year ("2026/27") in a heading
_MONTH_NAMES = r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
FULL_DATE_OR_SCHOOL_YEAR_RE = re.compile(rf"\d{{1,2}}\.\s*{_MONTH_NAMES}\s+20\d{{2}}|\d\.\d|(?<!\d)20\d\d\s?/\s?(?:20)?\d\d(?!\d)")
# a heading's stamp: "(Stand 01.12.2026)", ", aktualisiert am 30.11.2026", "Stand: 1. Dezember 2026"
STAMP_RE = re.compile(rf"[(,]?\s*(?:Stand|aktualisiert|Aktualisierung|zuletzt\s+geändert)\b(?:\s+am|\s+vom|:)?\s*"
                      rf"(?:\d{{1,2}}\.\s*(?:\d{{1,2}}\.|{_MONTH_NAMES})\s*(?:20)?\d{{2}})?\)?", re.I)
# a school year's enrolment, held the winter before it begins
ENROLMENT_RE = re.compile(r"Anmeld|Einschulung|Schulanfänger|Aufnahme|Übertritt", re.I)
YEAR_RUN_BUDGET = 200  # rows looked at on either side of a calendar's first year heading


def _year_before_first_heading(lines: list[Line]) -> None:
    """A year's calendar that opens mid-list ("20. September" … "13. Dezember" above "Jahrestermine 2023" and its
    "17. Februar"): the rows above the first year heading run into that year from the one before."""
    first = next((i for i, line in enumerate(lines[:YEAR_RUN_BUDGET]) if line.year_hint), None)
    if not first:
        return
    def day_of(line: Line):
        found = find_dates(line.text) if len(line.text) <= 200 and MAYBE_DATE(line.text) else []
        return (found[0].month, found[0].day) if found and found[0].month and found[0].year is None else None
    above = [day for day in map(day_of, lines[max(0, first - YEAR_RUN_BUDGET):first]) if day]
    below_all = [day for day in map(day_of, lines[first + 1:first + 1 + YEAR_RUN_BUDGET]) if day]
    below = below_all[0] if below_all else None
    if len(above) >= 2 and below and above == sorted(above) and above[0] > below and not set(above) & set(below_all):
        # (all of them after the heading's first day, none named again below it: not a teaser, "Nächste Termine" or
        #  "Unsere Highlights", that repeats the year's rows)
        for line in lines[:first]:
            line.year_hint = lines[first].year_hint - 1


def _is_chrome(element, tag: str) -> bool:
    if tag in ("nav", "footer"):
        return True
    if tag == "aside":  # a sidebar, unless it is the event's own fact box
        return not EVENT_DATE_CLASS_RE.search(" ".join(filter(None, (element.get("class"), element.get("id")))))
    if tag == "header" and element.getparent() is not None and element.getparent().tag == "body":
        return True
    attrib = element.attrib
    if not attrib:
        return False
    attributes = " ".join(filter(None, (attrib.get("class"), attrib.get("id"), attrib.get("role"))))
    return bool(attributes) and _chrome_attributes(attributes)


@functools.lru_cache(maxsize=4096)
def _chrome_attributes(attributes: str) -> bool:
    # the same class names repeat on every element of a theme: decide each once
    return bool(CHROME_RE.search(attributes))


@functools.lru_cache(maxsize=4096)
def _publication_classes(classes: str) -> bool:
    return bool(PUBLICATION_CLASS_RE.search(classes))


@functools.lru_cache(maxsize=4096)
def _place_classes(classes: str) -> bool:
    return bool(PLACE_CLASS_RE.search(classes))


# libxml2 silently drops everything nested deeper than 256 elements unless told a tree may be huge;
# pages generated by page builders nest that deep, and their events sat at the bottom.
TAG_RE = re.compile(r"<(?:script|style)\b.*?</(?:script|style)>|<[^>]+>", re.S | re.I)
DEEP_HTML_PARSER = lxml.html.HTMLParser(huge_tree=True)
MAX_DEPTH = 5000


def from_html(text: str) -> Page:
    try:
        root = lxml.html.document_fromstring(text, parser=DEEP_HTML_PARSER)
    except (etree.ParserError, ValueError):
        return from_text(re.sub(r"<[^>]+>", " ", text))
    title_element = next(root.iter("title"), None)
    page = Page([], title=_clean(title_element.text_content()) if title_element is not None else None,
                root=root, is_html=True, has_structured_data="ld+json" in text or "schema.org" in text)
    page.site_name = _site_name(root, page.title)
    body = root.find("body")
    if body is None:
        body = root
    container = None
    for marker, selector in MAIN_SELECTORS:
        # a look at the source before each XPath: a "//*[@…]" query walks the whole tree
        # (~100 µs), and most pages carry only one of these markers
        if any(m in text for m in marker):
            found = body.xpath(selector)
            if found and (selector != "//article" or len(found) == 1):
                container = found[0]
                break
    _walk(container if container is not None else body, page)
    if container is not None and "<aside" in text:
        # the event's fact box beside the main column ("Termin", "Ort", "Anmeldeschluss")
        for aside in body.iter("aside"):
            classes = " ".join(filter(None, (aside.get("class"), aside.get("id"))))
            if EVENT_DATE_CLASS_RE.search(classes) and container not in aside.iterancestors():
                _walk(aside, page)
    if container is not None and not any(MAYBE_DATE(line.text) or YEAR_IN_TEXT_RE.search(line.text)
                                         for line in page.lines):
        # no date in the main column: the event's facts stand in a box beside it (an "Eckdaten"
        # sidebar); read the whole body instead
        page.lines, page.time_elements, page.mailto = [], [], []
        _walk(body, page)
    return page


# "Fachtag Ganztag | Bildungsbüro Musterau", "Fachtag – Beispielkreis": a title's last part after a bar or a
# spaced dash names the site
TITLE_SUFFIX_RE = re.compile(r"\s(?:\||–|—|::)\s(?P<site>[^|–—]{3,60})$")


def _site_name(root, title: str | None) -> str | None:
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:site_name" and (meta.get("content") or "").strip():
            return _clean(meta.get("content"))[:100]
    match = TITLE_SUFFIX_RE.search(title or "")
    if not match:
        return None
    site = match.group("site").strip()
    headline = next((_clean(h.text_content()) for h in root.iter("h1")), "")
    # a body's name ("Bildungsbüro Musterau"), not the headline's subtitle ("Kita und Schule gemeinsam") or a
    # section ("Veranstaltungen")
    if re.search(r"\d", site) or site == headline or not lex.ORGANISATION_WORD_RE.search(site):
        return None
    return site


class _Builder:
    def __init__(self, page: Page):
        self.page = page
        self.parts: list[str] = []
        self.heading = 0
        self.links: list[str] = []
        self.year: int | None = None
        self.bold_chars = 0
        self.struck_chars = 0
        self.link_chars = 0
        self.stack: list[int] = []
        self.place_depth: list[int] = []  # stack positions of elements marked as locations
        self.counter = 0

    def flush(self) -> None:
        if not self.parts:
            self.heading = 0
            if self.links:
                self.links = []
            return
        text = _clean("".join(self.parts))
        if text:
            if self.heading and len(text) < 80:
                match = YEAR_HEADING_RE.search(text)
                if match and not re.search(r"\d{1,2}\.\s*\w+\s+20\d{2}|\d\.\d", text):
                    self.year = int(match.group(1))
            marked = self.bold_chars or self.struck_chars or self.link_chars
            visible = len(text) - text.count(" ") if marked else 0
            self.page.lines.append(Line(
                text, self.heading, self.year, self.links,
                marked and self.bold_chars >= visible, marked and self.struck_chars >= visible,
                marked and self.link_chars >= visible, tuple(self.stack), bool(self.place_depth)))
        self.parts, self.heading, self.links = [], 0, []
        self.bold_chars = self.struck_chars = self.link_chars = 0


def _walk(container, page: Page) -> None:
    builder = _Builder(page)

    def visit(element, bold: bool, struck: bool, publication: bool, linked: bool = False) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if element.tail:
                _add(builder, element.tail, bold, struck)
            return
        if tag in DROP_TAGS or _is_chrome(element, tag):
            if element.tail:
                _add(builder, element.tail, bold, struck)
            return
        classes = element.get("class") or ""
        if classes and not publication:
            publication = _publication_classes(classes)
        block = tag in BLOCK_TAGS
        if block:
            builder.flush()
            builder.counter += 1
            builder.stack.append(builder.counter)
            if classes and _place_classes(classes):
                builder.place_depth.append(len(builder.stack))
        if tag in HEADING_TAGS:
            builder.heading = HEADING_TAGS[tag]
        if tag == "time" and element.get("datetime"):
            ancestor_classes = " ".join(a.get("class") or "" for a in element.iterancestors())
            own = " ".join(filter(None, (classes, element.get("itemprop"))))
            is_publication = publication or bool(PUBLICATION_CLASS_RE.search(own + " " + ancestor_classes))
            hint = not is_publication and bool(EVENT_DATE_CLASS_RE.search(own + " " + ancestor_classes + " " +
                                                                          (element.get("itemprop") or "")))
            page.time_elements.append(TimeElement(element.get("datetime"), _clean(element.text_content()),
                                                  is_publication, len(page.lines), hint))
        if tag == "a":
            href = element.get("href") or ""
            # an invisible link (a tracking pixel, a zero-width anchor) is not a link a reader follows
            if href and _clean(element.text_content()):
                builder.links.append(href)
                if href.lower().startswith(("mailto:", "javascript:linkto_uncryptmailto")):
                    page.mailto.append((href, len(page.lines)))
        if tag == "table":
            headers = _table_headers(element)
            if headers:
                _table_rows(element, headers, builder, page)
                if element.tail:
                    _add(builder, element.tail, bold, struck)
                builder.stack.pop()
                return
        if tag == "dt" or (tag in ("th",) and element.getnext() is not None):
            # dt/dd and th/td pairs become "Label: value" lines
            text = _clean(element.text_content())
            builder.flush()
            sibling = element.getnext()
            if text and sibling is not None and sibling.tag in ("dd", "td"):
                label = text if text.endswith(":") else text + ":"
                builder.parts.append(label + " ")
                if sibling.text:
                    _add(builder, sibling.text, bold, struck)
                for child in sibling:
                    visit(child, bold, struck, publication)
                builder.flush()
                sibling.set("data-dkbm-done", "1")
                if block:
                    builder.stack.pop()
                if element.tail:
                    _add(builder, element.tail, bold, struck)
                return
        if element.get("data-dkbm-done"):
            if block:
                builder.stack.pop()
            return
        child_bold = bold or tag in ("strong", "b")
        child_linked = linked or (tag == "a" and bool(element.get("href")))
        child_struck = struck or tag in ("del", "s", "strike")
        if tag == "br":
            builder.flush()
        if element.text:
            _add(builder, element.text, child_bold, child_struck, child_linked)
        for child in element:
            visit(child, child_bold, child_struck, publication, child_linked)
        if block:
            builder.flush()
            if builder.place_depth and builder.place_depth[-1] == len(builder.stack):
                builder.place_depth.pop()
            builder.stack.pop()
        if element.tail:
            _add(builder, element.tail, bold, struck, linked)

    # a page nested a thousand elements deep (generated markup) is walked to its end, not cut off
    # by Python's recursion limit; the limit is restored for everything else
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, MAX_DEPTH * 3 + 1000))
    try:
        visit(container, False, False, False)
    finally:
        sys.setrecursionlimit(limit)
    builder.flush()


TABLE_HEADER_WORDS = {"datum", "termin", "zeit", "uhrzeit", "wann", "veranstaltung", "titel", "thema", "ort", "wo",
                      "veranstalter", "hinweis", "anmeldung", "format", "art", "status", "zielgruppe", "region"}


def _table_headers(table) -> list[str] | None:
    """The column names of a table of events ("Datum | Veranstaltung | Ort | Veranstalter"), if it
    has a header row; a layout table has none."""
    rows = table.xpath("./tr|./thead/tr|./tbody/tr")
    if len(rows) < 2:
        return None
    cells = [c for c in rows[0] if isinstance(c.tag, str) and c.tag in ("th", "td")]
    names = [_clean(c.text_content()).rstrip(":") for c in cells]
    known = sum(1 for name in names if name.lower() in TABLE_HEADER_WORDS)
    if len(names) >= 2 and known >= 2 and all(len(name) < 30 for name in names):
        return names
    return None


def _table_rows(table, headers: list[str], builder: "_Builder", page: Page) -> None:
    """Each data row becomes a group of "Spalte: Wert" lines, so an events table reads like labelled fields."""
    rows = table.xpath("./tr|./thead/tr|./tbody/tr")[1:]
    for row in rows:
        builder.flush()
        builder.counter += 1
        builder.stack.append(builder.counter)
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
        for position, cell in enumerate(cells):
            text = _clean(" ".join(cell.itertext()))  # "05.10.2027<br>10–11.30 Uhr" keeps its space
            if not text:
                continue
            for link in cell.iter("a"):
                href = link.get("href")
                if href and _clean(link.text_content()):
                    builder.links.append(href)
                    if href.lower().startswith(("mailto:", "javascript:linkto_uncryptmailto")):
                        page.mailto.append((href, len(page.lines)))
            name = headers[position] if position < len(headers) else ""
            builder.parts.append(f"{name}: {text}" if name else text)
            builder.flush()
        builder.stack.pop()


def _add(builder: _Builder, text: str, bold: bool, struck: bool, linked: bool = False) -> None:
    builder.parts.append(text)
    if not (linked or bold or struck):
        return
    visible = len("".join(text.split()))
    if linked:
        builder.link_chars += visible
    if bold:
        builder.bold_chars += visible
    if struck:
        builder.struck_chars += visible


def parse(content: bytes | str, content_type: str | None = None) -> Page:
    text = decode(content, content_type)
    is_html = "html" in content_type.lower() if content_type else looks_like_html(text)
    if not is_html:
        return from_text(text)
    page = from_html(text)
    if not page.lines and len(text) > 200:
        # markup the HTML parser gives up on (nested deeper than libxml2 follows): read its text
        stripped = from_text(TAG_RE.sub("\n", text))
        if stripped.lines:
            return stripped
    return page
