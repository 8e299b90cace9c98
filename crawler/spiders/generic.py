"""The generic spider: a site given only by its home page (platform "generic").

Discovery, politely and within the source's page budget (max_pages) and depth (max_depth):
robots.txt (obeyed by Scrapy) and its Sitemap lines; sitemap.xml and sitemap indexes (event-like
URLs, newest lastmod first); <link rel="alternate"> feeds and the usual CMS feed endpoints
(crawler/discovery.py); links whose text or URL leads toward events, and the sub-pages of the
pages reached that way. Pages go through parsers.extract_events (which reads schema.org Event in
JSON-LD and microdata too); feeds through crawler/feeds.py. A guessed address the site answered
404/410 for is left alone for a month (crawler/absent.py); a page or feed that did not change is
not read again, its reading of last time is given again (crawler/pages.py).

Everything found is collected and, when the site has nothing more to fetch, merged and decided
(crawler/found.py): the same event from a feed and from its page (or from a listing and its
detail page) becomes one, and each event goes to the pipelines with its relevance decision and
the way it was found.
"""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.misc import load_object

from parsers import extract_events

from .. import absent, discovery, feeds, pages, relevance, report
from ..found import FEED, JSONLD, LISTING, SIGHTINGS, SITEMAP, Found, decided_items
from ..items import AbsentItem, PageItem
from .platforms import RegistrySpider, page_problem

SITEMAP_MAX_AGE = timedelta(days=3 * 365)  # sitemap pages last modified longer ago are not fetched


class GenericSpider(RegistrySpider):
    events_on_listing_pages = True  # any page may carry events; a page without links is no alarm

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        # what the site announces, sighting by sighting; merged by this spider at the end, or
        # (a worker of a distributed crawl) by the writer, with the sightings of every worker
        spider.sightings = load_object(crawler.settings.get("DKBM_SIGHTINGS") or SIGHTINGS).from_crawler(
            crawler, spider.source.name)
        spider.requested: set[str] = set()
        spider.flushed = False
        spider.absent = absent.AbsentMemory.open(crawler.settings.get("DKBM_DB"), spider.source.name) \
            if crawler.settings.getbool("DKBM_SKIP_UNCHANGED", True) else absent.AbsentMemory({})
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    def on_response_downloaded(self, response, request, spider):
        if not request.url.startswith("data:"):  # the closing merge step fetches nothing
            super().on_response_downloaded(response, request, spider)

    # ------------------------------------------------------------ requests

    def follow(self, url: str, callback, *, depth: int = 0, via: str = LISTING, probe: bool = False,
               guessed: bool = False, **kwargs):
        """A request within the page budget, once per URL; None when over budget or seen, or when
        it is a guessed address (`guessed`) the site recently answered 404/410 for."""
        url = url.split("#")[0]
        if url in self.requested or urlsplit(url).hostname not in self.source.hosts:
            return None
        if guessed and self.absent.recently_absent(url):
            return None
        if self.pages_requested >= self.source.max_pages:
            return None
        self.requested.add(url)
        self.pages_requested += 1
        # feeds and sitemaps first: they name the most events for the fewest requests
        priority = 10 if callback in (self.parse_feed, self.parse_sitemap) else 0
        return scrapy.Request(url, callback=callback, errback=self.on_probe_error if probe or guessed else self.on_error,
                              cb_kwargs={"depth": depth, "via": via, **kwargs}, priority=priority,
                              meta={"guessed": guessed})

    def on_probe_error(self, failure):
        """An address the site may not have (sitemap.xml, /feed/, ?ical=1): no error. A guessed
        one that answered 404/410 is remembered, so the next crawls leave it alone for a while."""
        if failure.request.meta.get("guessed") and failure.check(HttpError):
            status = failure.value.response.status
            if status in absent.ABSENT_STATUSES:
                yield AbsentItem(url=failure.request.url, source=self.source, status=status)

    async def start(self):
        for start_url in self.source.start_urls:
            parts = urlsplit(start_url)
            root = f"{parts.scheme}://{parts.netloc}"
            requests = [self.follow(root + "/robots.txt", self.parse_robots, probe=True),
                        self.follow(start_url, self.parse_page, depth=0, via=LISTING),
                        self.follow(root + "/sitemap.xml", self.parse_sitemap, guessed=True)]
            requests += [self.follow(root + endpoint, self.parse_feed, guessed=True)
                         for endpoint in discovery.CMS_FEED_ENDPOINTS]
            for request in requests:
                if request is not None:
                    yield request

    # ------------------------------------------------------------ robots, sitemaps

    def parse_robots(self, response, depth, via):
        text = response.text if hasattr(response, "text") else response.body.decode("utf-8", "replace")
        for url in discovery.robots_sitemaps(text, response.url):
            request = self.follow(url, self.parse_sitemap, probe=True)
            if request:
                yield request

    def parse_sitemap(self, response, depth, via):
        pages, children = discovery.parse_sitemap(response.body)
        if not pages and not children:
            return
        report.inc(self.crawler.stats, "sitemaps")
        report.note_url(self.crawler.stats, "sitemaps", response.url)
        for child in children:
            request = self.follow(child.url, self.parse_sitemap, probe=True)
            if request:
                yield request
        oldest = (self.crawl_date - SITEMAP_MAX_AGE).isoformat()
        candidates = [p for p in pages if discovery.eventish(p.url) and (p.lastmod or "9999") >= oldest]
        candidates.sort(key=lambda p: p.lastmod or "", reverse=True)
        for page in candidates:
            request = self.follow(page.url, self.parse_page, depth=1, via=SITEMAP)
            if request:
                yield request

    # ------------------------------------------------------------ feeds

    def parse_feed(self, response, depth, via):
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        kind = feeds.kind_of(response.body, content_type)
        if kind is None:
            return  # a guessed endpoint answered with an ordinary page
        report.inc(self.crawler.stats, "feeds")
        report.note_url(self.crawler.stats, "feeds", response.url)
        fingerprint = pages.fingerprint(response.body, self.source, self.crawl_date,
                                        f"{pages.generic_reader_version()}|feed")
        reading = self.page_memory.reading(response.url, fingerprint)
        if reading is None:  # new or changed: read it
            report.inc(self.crawler.stats, "pages_extracted")
            reading = self.read_ical(response) if kind == "ical" else self.read_rss(response)
            if reading is None:
                return
            yield PageItem(page_url=response.url, source=self.source, fingerprint=fingerprint,
                           events_on_page=len(reading["found"]), unchanged=False, event_ids=None, reading=reading)
        yield from self.take(reading)

    def read_ical(self, response) -> dict | None:
        """The reading of an iCal export: its events, and the pages of those of this field."""
        try:
            events = feeds.read_ical(response.body, response.url, self.crawl_date)
        except Exception as error:  # noqa: BLE001 - a broken export is reported, the site goes on
            self.record_error(response.url, f"Kalenderdatei nicht lesbar: {type(error).__name__}: {error}")
            return None
        found, follow = [], []
        for event, categories in events:
            found.append(Found(event, response.url, FEED, categories, in_feed_file=True).to_json())
            page = (event.url or "").split("#")[0]
            # the event's own page may add what the export lacks (a deadline, a town); only
            # for events of this field, so a calendar of 200 concerts costs no 200 requests
            if page and page != response.url and relevance.decide_event(event, categories=categories).relevant:
                follow.append([page, None])
        return {"found": found, "follow": follow}

    def read_rss(self, response) -> dict | None:
        """The reading of an RSS/Atom feed: the events its entries announce, and every entry's page
        (with its publication day where the entry itself announces nothing)."""
        try:
            entries = feeds.read_rss(response.body, response.url, self.crawl_date)
        except Exception as error:  # noqa: BLE001
            self.record_error(response.url, f"Feed nicht lesbar: {type(error).__name__}: {error}")
            return None
        found, follow = [], []
        for info, events in entries:
            found += [Found(event, response.url, FEED, info["categories"], in_feed_file=True).to_json()
                      for event in events]
            if info["link"]:
                follow.append([info["link"], None if events else info["published"]])
        return {"found": found, "follow": follow}

    def take(self, reading: dict):
        """A page's reading, new or of an unchanged page: its sightings, and requests for the pages
        it links to (an unchanged feed still leads to its entries' pages)."""
        self.sightings.add([Found.from_json(data) for data in reading.get("found", [])])
        for url, published in reading.get("follow", []):
            request = self.follow(url, self.parse_page, depth=self.source.max_depth, via=FEED, published=published)
            if request:
                yield request

    # ------------------------------------------------------------ pages

    def parse_page(self, response, depth, via, published: str | None = None):
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if feeds.kind_of(response.body, content_type):
            yield from self.parse_feed(response, depth, via)
            return
        if "xml" in content_type and b"<urlset" in response.body[:4096] or b"<sitemapindex" in response.body[:4096]:
            yield from self.parse_sitemap(response, depth, via)
            return
        problem = page_problem(response)
        if problem:
            self.record_error(response.url, problem)
            return
        report.inc(self.crawler.stats, "listing_pages")
        links = discovery.page_links(response.body, response.url, self.source.hosts)
        for feed_url in links.feeds:
            request = self.follow(feed_url, self.parse_feed, depth=depth, via=FEED)
            if request:
                yield request
        followed_children = 0
        if depth < self.source.max_depth:
            # a hop toward the education section or the events costs no depth; the page budget
            # stays the cap (a Bildungsbüro's events are often four links from the home page)
            hop = lambda url: depth if url in links.promising else depth + 1  # noqa: E731
            for url in links.event_links:
                request = self.follow(url, self.parse_page, depth=hop(url), via=LISTING)
                if request:
                    report.inc(self.crawler.stats, "listing_links")
                    yield request
            if via != FEED:
                for url in links.child_links:
                    request = self.follow(url, self.parse_page, depth=hop(url), via=via)
                    if request:
                        report.inc(self.crawler.stats, "listing_links")
                        followed_children += 1
                        yield request
                for url in links.sibling_links:
                    request = self.follow(url, self.parse_page, depth=depth + 1, via=via)
                    if request:
                        report.inc(self.crawler.stats, "listing_links")
                        yield request
        listing = followed_children >= 2 or len(links.child_links) >= 3 or links.links_to_list_items
        if listing:
            report.note_url(self.crawler.stats, "listings", response.url)
        is_home = urlsplit(response.url).path in ("", "/") and not urlsplit(response.url).query
        # A listing whose detail pages are fetched is read from those pages; the home page
        # only for the events it declares in JSON-LD or microdata.
        if (is_home or listing) and not links.has_structured_event:
            return
        fingerprint = pages.fingerprint(response.body, self.source, self.crawl_date,
                                        f"{pages.generic_reader_version()}|{via}|{is_home}|{published}")
        reading = self.page_memory.reading(response.url, fingerprint)
        if reading is None:  # new or changed: read it
            found = self.extract_found(response, via, structured_only=is_home, published=published)
            if found is None:
                return
            reading = {"found": [item.to_json() for item in found]}
            yield PageItem(page_url=response.url, source=self.source, fingerprint=fingerprint,
                           events_on_page=len(found), unchanged=False, event_ids=None, reading=reading)
        yield from self.take(reading)

    def extract_found(self, response, via: str, structured_only: bool = False,
                      published: str | None = None) -> list[Found] | None:
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        # A page that declares several events in JSON-LD (a calendar widget filled by script):
        # each declaration is read on its own, so that none is lost to the page's one title.
        declared = discovery.jsonld_events(response.body)
        bodies = [discovery.single_event_page(item) for item in declared] if len(declared) > 1 else [response.body]
        events = []
        try:
            for body in bodies:
                events += extract_events(body, url=response.url, reference_date=self.crawl_date,
                                         content_type=content_type, default_organizer=self.source.organizer)
        except Exception as error:  # noqa: BLE001 - one unreadable page must not end the crawl
            self.record_error(response.url, f"Extraktion fehlgeschlagen: {type(error).__name__}: {error}")
            return None
        report.inc(self.crawler.stats, "pages_extracted")
        found = []
        for event in events:
            structured = (event.provenance.get("start") or {}).get("from") == "jsonld"
            if structured_only and not structured:
                continue
            # a news item whose only date is the day it was published announces no event
            if published and event.start == published and not structured:
                continue
            found.append(Found(event, response.url, JSONLD if structured else via))
        return found

    # ------------------------------------------------------------ the end: merge, decide, hand on

    def on_idle(self, spider):
        if spider is not self or self.flushed or not self.sightings.merged_here:
            return
        self.flushed = True
        self.crawler.engine.crawl(scrapy.Request("data:,", callback=self.flush, dont_filter=True))
        raise DontCloseSpider

    def flush(self, response):
        items = decided_items(self.sightings.all(), self.source)
        report.inc(self.crawler.stats, "events_found", len(items))
        yield from items
