"""What the generic spider found on a site, and how the copies of one event become one.

A site announces one event in several places: its iCal export or RSS feed, a listing, the event's
own page, JSON-LD. Each sighting is a `Found`; when the site has nothing more to fetch, `merge`
makes one per event (the feed's facts first, the page adding what the feed lacks) and
`decided_items` gives each its relevance decision (crawler/relevance.py). A `Found` travels as
JSON too: in the table `pages` (the reading of a page that did not change) and through Redis
(the workers of a distributed crawl, whose sightings the writer merges).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from difflib import SequenceMatcher

from dkbm_aggregate.store import slug
from parsers import Event
from parsers.event import Contact

from . import relevance
from .items import EventItem

FEED, JSONLD, SITEMAP, LISTING = "feed", "jsonld", "sitemap", "listing"
WAYS = (FEED, JSONLD, SITEMAP, LISTING)
# Where a spider keeps its sightings (setting DKBM_SIGHTINGS): in memory, merged by the spider
# when its site is done; a worker of a distributed crawl sends them to the writer instead.
SIGHTINGS = "crawler.found.Sightings"


@dataclass
class Found:
    event: Event
    page_url: str            # the page or feed it was read from
    via: str                 # feed | jsonld | sitemap | listing
    categories: list[str] = field(default_factory=list)
    in_feed_file: bool = False  # read from the feed itself, not from a page the feed linked to

    def to_json(self) -> dict:
        return {"event": self.event.to_dict(), "page_url": self.page_url, "via": self.via,
                "categories": list(self.categories), "in_feed_file": self.in_feed_file}

    @classmethod
    def from_json(cls, data: dict) -> "Found":
        known = {f.name for f in fields(Event)}
        event = dict(data["event"])
        event["contacts"] = [Contact(**contact) for contact in event.get("contacts") or []]
        return cls(Event(**{k: v for k, v in event.items() if k in known}), data["page_url"], data["via"],
                   list(data.get("categories") or []), bool(data.get("in_feed_file")))


WAY_RANK = {FEED: 0, JSONLD: 1, LISTING: 2, SITEMAP: 2}


def _bare(url: str | None) -> str:
    return (url or "").split("#")[0].rstrip("/")


def _similar_titles(a: str, b: str) -> bool:
    sa, sb = slug(a), slug(b)
    if not sa or not sb:
        return False
    if sa in sb or sb in sa or SequenceMatcher(None, sa, sb).ratio() >= 0.85:
        return True
    wa, wb = {w for w in sa.split("-") if len(w) > 2}, {w for w in sb.split("-") if len(w) > 2}
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.6


def _same_event(a: Found, b: Found) -> bool:
    day_a, day_b = (a.event.start or "")[:10], (b.event.start or "")[:10]
    if day_a and day_b and day_a != day_b:
        return False
    # a recurring series' occurrences carry their day in the URL fragment
    if "#" in (a.event.url or "") and "#" in (b.event.url or "") and a.event.url != b.event.url:
        return False
    same_page = _bare(a.event.url or a.page_url) == _bare(b.event.url or b.page_url)
    if same_page and (_similar_titles(a.event.title, b.event.title) or not (day_a and day_b) or day_a == day_b):
        return True
    return bool(day_a and day_b) and _similar_titles(a.event.title, b.event.title)


EMPTY = (None, "", [], False)
WHEN = ("start", "end", "all_day", "start_partial", "date_tentative", "start_time", "end_time")
FILLABLE = tuple(f.name for f in fields(Event)
                 if f.name not in ("title", "provenance", "url", "timezone", "status", *WHEN))


def _fill(primary: Found, other: Found, feed_urls: set[str]) -> None:
    """The primary copy keeps its facts; the other adds what it lacks."""
    target, source = primary.event, other.event
    lacks_time = target.all_day and source.start and not source.all_day and \
        (target.start or "")[:10] == source.start[:10]
    if (not target.start and source.start) or lacks_time:  # the page's date and clock time, whole
        for name in WHEN:
            setattr(target, name, getattr(source, name))
            if name in source.provenance:
                target.provenance[name] = dict(source.provenance[name])
    elif target.start and not target.end and source.end and source.start == target.start:
        target.end = source.end
    for name in FILLABLE:
        if getattr(target, name) in EMPTY and getattr(source, name) not in EMPTY:
            setattr(target, name, getattr(source, name))
            if name in source.provenance:
                target.provenance.setdefault(name, dict(source.provenance[name]))
    if target.status == "scheduled" and source.status != "scheduled":
        target.status = source.status
        if "status" in source.provenance:
            target.provenance["status"] = dict(source.provenance["status"])
    # the page itself is a better link than the feed file it was announced in
    if (not target.url or _bare(target.url) in feed_urls) and source.url and _bare(source.url) not in feed_urls:
        target.url = source.url
    if other.page_url not in feed_urls and primary.page_url in feed_urls:
        primary.page_url = other.page_url
    primary.categories = list(dict.fromkeys(primary.categories + other.categories))


def merge(found: list[Found]) -> list[Found]:
    """One Found per event: copies from a feed, a listing, a detail page and JSON-LD merged."""
    feed_urls = {_bare(f.page_url) for f in found if f.in_feed_file}
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(found)):
        for j in range(i + 1, len(found)):
            if root(i) != root(j) and _same_event(found[i], found[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Found]] = {}
    for i, item in enumerate(found):
        groups.setdefault(root(i), []).append(item)
    result = []
    for members in groups.values():
        members.sort(key=lambda f: (WAY_RANK[f.via], not f.in_feed_file, f.event.start is None,
                                    _bare(f.event.url) != _bare(f.page_url)))
        primary = members[0]
        for other in members[1:]:
            _fill(primary, other, feed_urls)
        result.append(primary)
    result.sort(key=lambda f: (f.event.start or "", f.event.title))
    return result


class Sightings:
    """One site's sightings in one process, merged by the spider when the site is done."""

    merged_here = True

    def __init__(self):
        self.found: list[Found] = []

    @classmethod
    def from_crawler(cls, crawler, source_name: str) -> "Sightings":
        return cls()

    def add(self, found: list[Found]) -> None:
        self.found += found

    def all(self) -> list[Found]:
        return list(self.found)


def decided_items(found: list[Found], source) -> list[EventItem]:
    """Everything a site gave, merged to one item per event, each with its relevance decision."""
    merged = merge(found)
    per_page: dict[str, int] = {}
    for item in merged:
        per_page[item.page_url] = per_page.get(item.page_url, 0) + 1
    return [EventItem(event=item.event, source=source, page_url=item.page_url,
                      events_on_page=max(per_page[item.page_url], 2),
                      relevance=relevance.decide_event(item.event, page_url=item.page_url, categories=item.categories),
                      via=item.via)
            for item in merged]
