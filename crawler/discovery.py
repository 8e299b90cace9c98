"""Where a site keeps its events: robots.txt Sitemap lines, sitemaps, feeds, event links (pure).

Used by the generic spider (crawler/spiders/generic.py) and by `dkbm discover`.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree, html as lxml_html

# The usual feed endpoints of the CMSs of Kreise and Städte, tried once per site.
CMS_FEED_ENDPOINTS = (
    "/?ical=1",                       # WordPress "The Events Calendar": the whole calendar as .ics
    "/veranstaltungen/?ical=1",
    "/events/?ical=1",
    "/feed/",                         # WordPress posts
    "/rss.xml",                       # Drupal front page feed
    "/?type=9818",                    # TYPO3 tx_news RSS (typeNum 9818)
    "/termine.ics",                   # TYPO3 sf_event_mgt / static exports
)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "text/calendar",
              "application/calendar", "text/x-vcalendar")
# Link text or URL that leads toward events (German municipal and network sites).
EVENT_CUE_RE = re.compile(
    r"veranstaltung|termin|kalender|event|bildungsb(?:ü|ue)ro|bildungsregion|bildungsmanagement|"
    r"bildungskonferenz|bildungsmonitoring|aktuell|presse|news|neuigkeit|meldung|fachtag|konferenz|"
    r"tagung|netzwerktreffen|werkstatt|workshop|save-the-date", re.I)
# Links never worth a request: files, contact forms, print views, logins, language switches.
SKIP_RE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif|svg|webp|mp[34]|css|js)(?:$|\?)|"
                     r"mailto:|tel:|javascript:|/login|/suche|/search|print=|/en/|\?lang=|"
                     r"/impressum|/datenschutz|/kontakt|/barrierefreiheit|/sitemap(?:\.html?)?$", re.I)
# Where a site's education section or its events are: a hop toward them costs no depth. Said by the
# link's text or by the part of its path that is new (a calendar's month pages, /termine/2027/02/,
# name nothing new and cost a hop each), e.g. "Bildung & Familie" -> "Bildungsbüro" -> "Veranstaltungen".
PROMISING_RE = re.compile(r"bildung|veranstaltung|termin|kalender", re.I)
# A query that only turns the pages of a list ("?seite=2", "tx_news_pi1[currentPage]=2&cHash=…"):
# the page is still the list. Any other query names one item (a news item, "termin.php?id=7").
PAGINATION_KEY_RE = re.compile(r"page|seite|offset|start|^p$|^pg$|^chash$", re.I)
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
JSONLD_EVENT_RE = re.compile(rb'"@type"\s*:\s*\[?\s*"(?:\w+)?Event"|itemtype=["\']https?://schema\.org/\w*Event', re.I)


def robots_sitemaps(text: str, base: str) -> list[str]:
    """The `Sitemap:` lines of a robots.txt."""
    found = []
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            found.append(urljoin(base, value.strip()))
    return found


@dataclass
class SitemapEntry:
    url: str
    lastmod: str | None = None


def parse_sitemap(body: bytes) -> tuple[list[SitemapEntry], list[SitemapEntry]]:
    """(pages, child sitemaps) of a sitemap or sitemap index; both empty if it is no sitemap."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, ValueError):
        return [], []
    if root is None:
        return [], []

    def entries(tag: str) -> list[SitemapEntry]:
        result = []
        for node in root.iter(f"{SITEMAP_NS}{tag}", tag):
            loc = node.findtext(f"{SITEMAP_NS}loc") or node.findtext("loc")
            if loc and loc.strip():
                lastmod = node.findtext(f"{SITEMAP_NS}lastmod") or node.findtext("lastmod")
                result.append(SitemapEntry(loc.strip(), (lastmod or "").strip()[:10] or None))
        return result

    return entries("url"), entries("sitemap")


@dataclass
class PageLinks:
    feeds: list[str]              # <link rel="alternate"> feeds and links to .ics / RSS
    event_links: list[str]        # links whose text or URL leads toward events
    child_links: list[str]        # links below this page's own path (detail pages of a listing)
    has_structured_event: bool    # schema.org Event in JSON-LD or microdata
    # an item page's links to other items of its list ("Weitere Meldungen" beside a news item):
    # worth following, but they make the page no list
    sibling_links: list[str] = field(default_factory=list)
    promising: set[str] = field(default_factory=set)  # links toward the education section or events
    # links to three or more items of one list elsewhere ("Meldungen des Bildungsbüros" linking to
    # /aktuelles/detail?news=…): the page is a teaser list, its dates are the items' publication days
    links_to_list_items: bool = False


def names_an_item(url: str) -> bool:
    """The URL's query names one item of a list (news=17, id=7), not only a page of the list."""
    keys = [part.split("=", 1)[0] for part in urlsplit(url).query.split("&") if part]
    return any(not PAGINATION_KEY_RE.search(unquote(key).rsplit("[", 1)[-1].rstrip("]")) for key in keys)


def _new_part(path: str, own_path: str) -> str:
    """What a link's path adds to the folders it shares with the page's own path (a link not below
    the page): /veranstaltungen/2027-04/ from /veranstaltungen/2027-03/ adds "2027-04"."""
    theirs, ours = path.strip("/").split("/"), own_path.strip("/").split("/")
    shared = 0
    while shared < min(len(theirs), len(ours) - 1) and theirs[shared] == ours[shared]:
        shared += 1
    return "/".join(theirs[shared:])


def page_links(body: bytes, url: str, hosts) -> PageLinks:
    """What a page offers the discovery: feeds, links toward events, links to its own sub-pages."""
    try:
        tree = lxml_html.fromstring(body)
    except (etree.ParserError, ValueError):
        return PageLinks([], [], [], False)
    feeds, event_links, child_links, sibling_links, promising = [], [], [], [], set()
    # relative links are relative to <base href> where the page names one (Contao, TYPO3 do)
    base = next(iter(tree.xpath("//base/@href")), "").strip()
    base_url = urljoin(url, base) if base and urlsplit(urljoin(url, base)).scheme in ("http", "https") else url
    for link in tree.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower()
        kind = (link.get("type") or "").lower()
        if "alternate" in rel and any(t in kind for t in FEED_TYPES):
            feeds.append(urljoin(base_url, link.get("href")))
    own_path = urlsplit(url).path.rstrip("/")
    item_page = names_an_item(url)
    # TYPO3 and friends keep a page's sub-pages below its name: /termine.html -> /termine/<slug>.html
    own_dir = own_path.rsplit(".", 1)[0] if "." in own_path.rsplit("/", 1)[-1] else own_path
    for anchor in tree.xpath("//a[@href]"):
        href = urljoin(base_url, anchor.get("href").strip()).split("#")[0]
        parts = urlsplit(href)
        if parts.scheme not in ("http", "https") or parts.hostname not in hosts or href == url:
            continue
        lower = href.lower()
        if lower.endswith(".ics") or "ical=1" in lower or "type=9818" in lower or lower.endswith(("/feed/", "/rss.xml")) \
                or "format=ical" in lower or "/ical" in lower:
            feeds.append(href)
            continue
        if SKIP_RE.search(href):
            continue
        text = " ".join(anchor.text_content().split())
        path = parts.path.rstrip("/")
        same_path = bool(parts.query) and path == own_path
        below = bool(own_dir) and path.startswith(own_dir + "/")
        if same_path and item_page:
            sibling_links.append(href)
        elif below or (same_path and own_dir):
            child_links.append(href)
        elif EVENT_CUE_RE.search(text) or EVENT_CUE_RE.search(parts.path + "?" + parts.query) \
                or PROMISING_RE.search(text) or PROMISING_RE.search(parts.path):
            event_links.append(href)
        else:
            continue
        new_part = parts.path[len(own_dir):] if below else "" if same_path else _new_part(parts.path, own_path)
        if PROMISING_RE.search(new_part) or (not same_path and PROMISING_RE.search(text)):
            promising.add(href)
    unique = lambda items: list(dict.fromkeys(items))  # noqa: E731
    items_per_list: dict[str, int] = {}
    for href in unique(event_links):
        if names_an_item(href):
            items_per_list[urlsplit(href).path] = items_per_list.get(urlsplit(href).path, 0) + 1
    return PageLinks(unique(feeds), unique(event_links), unique(child_links),
                     bool(JSONLD_EVENT_RE.search(body)), unique(sibling_links), promising,
                     max(items_per_list.values(), default=0) >= 3)


def eventish(url: str) -> bool:
    """A sitemap URL worth fetching: its path speaks of events or of the education section."""
    return bool(EVENT_CUE_RE.search(urlsplit(url).path)) and not SKIP_RE.search(url)


EVENT_TYPES = {"Event", "EducationEvent", "BusinessEvent", "SocialEvent", "CourseInstance", "Hackathon",
               "ExhibitionEvent", "LiteraryEvent", "MusicEvent", "SportsEvent", "Festival", "TheaterEvent",
               "ScreeningEvent", "DanceEvent", "FoodEvent", "ChildrensEvent", "ComedyEvent", "SaleEvent"}
LD_SCRIPT_RE = re.compile(rb'<script[^>]+application/ld\+json[^>]*>(.*?)</script>', re.I | re.S)


def jsonld_events(body: bytes) -> list[dict]:
    """The schema.org Event objects a page declares in JSON-LD (lists and @graph included)."""
    if b"ld+json" not in body:
        return []
    found = []

    def walk(item):
        if isinstance(item, list):
            for child in item:
                walk(child)
        elif isinstance(item, dict):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(kind in EVENT_TYPES for kind in kinds):
                found.append(item)
            elif "@graph" in item:
                walk(item["@graph"])
            elif item.get("@type") == "ItemList":
                walk([element.get("item", element) for element in item.get("itemListElement", [])
                      if isinstance(element, dict)])

    for match in LD_SCRIPT_RE.finditer(body):
        try:
            walk(json.loads(match.group(1).decode("utf-8", "replace")))
        except ValueError:
            continue
    return found


def single_event_page(item: dict) -> bytes:
    """A minimal page declaring one JSON-LD event, for parsers.extract_events."""
    name = html.escape(str(item.get("name") or ""))
    data = json.dumps({"@context": "https://schema.org", **item}, ensure_ascii=False).replace("</", "<\\/")
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{name}</title>'
            f'<script type="application/ld+json">{data}</script></head><body><h1>{name}</h1></body></html>').encode()
