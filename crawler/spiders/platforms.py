"""Base spiders, one per platform family. A site is a registry entry, never a spider class of its own.

Every family does the same three things: start at the registry's listing pages, follow the
listing's pagination and detail links (those matching the registry's patterns), and hand each
detail page to parsers.extract_events. Families differ in where their listings keep the links
and whether a listing page itself carries the events.
"""
from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

import scrapy
import scrapy.exceptions
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError

from dkbm_aggregate import readable
from parsers import extract_events

from .. import cache, pages, report
from ..items import EventItem, PageItem


# Scrapy ≥ 2.13 wraps Twisted's download errors in its own exceptions; older ones raise Twisted's.
def _errors(*names: str) -> tuple[type[Exception], ...]:
    return tuple(getattr(scrapy.exceptions, name) for name in names if hasattr(scrapy.exceptions, name))


DNS_ERRORS = (DNSLookupError, *_errors("CannotResolveHostError"))
TIMEOUT_ERRORS = (TimeoutError, TCPTimedOutError, *_errors("DownloadTimeoutError"))
REFUSED_ERRORS = (ConnectionRefusedError, *_errors("DownloadConnectionRefusedError"))
DATALOSS_ERRORS = _errors("ResponseDataLossError")


def page_problem(response, expect_events: bool = False, events: int | None = None) -> str | None:
    """Why a 200 page cannot be trusted (German), or None. Not HTML, binary, undecodable, or
    an HTML page that ends before its end and gave no dated event (`events`: how many events
    with a day the page gave; a cut page can still name its event, but not reliably its day)."""
    if not hasattr(response, "text"):
        kind = response.headers.get("Content-Type", b"").decode("latin-1") or "unbekannt"
        return f"keine HTML-Seite (Content-Type {kind})"
    body = response.body
    unreadable = readable.problem(body, response.encoding)
    if unreadable:
        return f"Seite {unreadable}"
    if expect_events and events == 0:
        tail = body[-4096:].lower()
        if (b"<html" in body[:4096].lower() or b"<body" in body[:8192].lower()) \
                and b"</html>" not in tail and b"</body>" not in tail:
            return "Seite offenbar abgeschnitten (endet vor </body>/</html>), keine datierte Veranstaltung gelesen"
    return None


class RegistrySpider(scrapy.Spider):
    """Crawls one registry source. Subclasses set the listing link area of their platform."""

    source = None  # dkbm_aggregate.registry.Source, set by the spider factory
    # XPath of the listing area whose links lead to events and further listing pages; if a
    # redesign makes it match nothing, all links of the page are considered (and it is reported).
    listing_links_xpath = "//a/@href"
    events_on_listing_pages = False

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.crawl_date = date.fromisoformat(crawler.settings.get("DKBM_CRAWL_DATE")) \
            if crawler.settings.get("DKBM_CRAWL_DATE") else date.today()
        spider.pages_requested = 0
        spider.page_memory = pages.PageMemory.open(crawler.settings.get("DKBM_DB"), spider.source.name) \
            if crawler.settings.getbool("DKBM_SKIP_UNCHANGED", True) else pages.PageMemory({})
        crawler.signals.connect(spider.on_response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(spider.on_response_received, signal=signals.response_received)
        return spider

    # ------------------------------------------------------------ bookkeeping

    def on_response_downloaded(self, response, request, spider):
        if spider is not self or request.url.endswith("/robots.txt"):
            return
        stats = self.crawler.stats
        if response.status == 304:
            report.inc(stats, "pages_not_modified")
        else:
            report.inc(stats, "bytes_received", len(response.body))
        report.inc(stats, "pages_fetched")
        if response.status < 400:
            report.inc(stats, "pages_ok")  # a source none of whose pages answered is "failed"
        if response.status >= 500:
            self.record_error(request.url, f"Serverfehler (HTTP {response.status})")

    def on_response_received(self, response, request, spider):
        """A page taken from the cache without asking (confirmed recently): it answered, unchanged."""
        if spider is not self or not request.meta.get(cache.FRESH) or request.url.endswith("/robots.txt"):
            return
        report.inc(self.crawler.stats, "pages_fresh")
        if response.status < 400:
            report.inc(self.crawler.stats, "pages_ok")

    def record_error(self, url: str, reason: str) -> None:
        report.record_error(self.crawler.stats, url, reason)

    def on_error(self, failure):
        request = failure.request
        if failure.check(HttpError):
            status = failure.value.response.status
            if status >= 500:
                return  # already recorded when it was downloaded
            reason = "Seite nicht gefunden (HTTP 404)" if status == 404 else f"HTTP-Fehler {status}"
        elif failure.check(IgnoreRequest):
            return  # skipped on purpose (robots.txt Disallow): polite, not a failure of the source
        elif failure.check(*DNS_ERRORS):
            reason = "Server nicht gefunden (DNS)"
        elif failure.check(*TIMEOUT_ERRORS):
            reason = "Zeitüberschreitung"
        elif failure.check(*REFUSED_ERRORS):
            reason = "Verbindung abgelehnt"
        elif DATALOSS_ERRORS and failure.check(*DATALOSS_ERRORS):
            reason = "Seite unvollständig übertragen (Verbindung vor dem Ende abgebrochen)"
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        message = failure.getErrorMessage().lower()
        if "maxsize" in message or "max size" in message:
            reason = "Seite zu groß (über DOWNLOAD_MAXSIZE), übersprungen"
        self.record_error(request.url, reason)

    # ------------------------------------------------------------ crawling

    async def start(self):
        for url in self.source.start_urls:
            yield scrapy.Request(url, callback=self.parse_listing, errback=self.on_error)

    def parse_listing(self, response):
        stats = self.crawler.stats
        report.inc(stats, "listing_pages")
        if self.events_on_listing_pages:
            yield from self.extract(response)
        else:
            problem = page_problem(response)
            if problem:
                self.record_error(response.url, problem)
                return
        hrefs = response.xpath(self.listing_links_xpath).getall() if hasattr(response, "xpath") else []
        if not hrefs and self.listing_links_xpath != "//a/@href":
            self.logger.warning("%s: listing area %r not found; using all links", response.url,
                                self.listing_links_xpath)
            hrefs = response.xpath("//a/@href").getall()
        for href in hrefs:
            url = response.urljoin(href).split("#")[0]
            if urlsplit(url).hostname not in self.source.hosts:
                continue
            if self.source.is_detail(url):
                callback = self.parse_detail
            elif self.source.is_listing(url):
                callback = self.parse_listing
            else:
                continue
            report.inc(stats, "listing_links")
            if self.pages_requested >= self.source.max_pages:
                self.record_error(url, f"max_pages={self.source.max_pages} erreicht; Rest übersprungen")
                return
            self.pages_requested += 1
            yield scrapy.Request(url, callback=callback, errback=self.on_error)

    def parse_detail(self, response):
        yield from self.extract(response)

    def extract(self, response):
        problem = page_problem(response)
        if problem:
            self.record_error(response.url, problem)
            return
        fingerprint = pages.fingerprint(response.body, self.source, self.crawl_date)
        known = self.page_memory.unchanged(response.url, fingerprint)
        if known is not None:  # 304 or the same body: nothing to read again
            report.inc(self.crawler.stats, "events_found", len(known))
            yield PageItem(page_url=response.url, source=self.source, fingerprint=fingerprint,
                           events_on_page=len(known), unchanged=True, event_ids=known)
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        try:
            events = extract_events(response.body, url=response.url, reference_date=self.crawl_date,
                                    content_type=content_type, default_organizer=self.source.organizer)
        except Exception as error:  # one unreadable page must not end the crawl of a source
            self.record_error(response.url, f"Extraktion fehlgeschlagen: {type(error).__name__}: {error}")
            return
        problem = page_problem(response, expect_events=True, events=sum(1 for event in events if event.start))
        if problem:
            self.record_error(response.url, problem)
            return
        report.inc(self.crawler.stats, "pages_extracted")
        report.inc(self.crawler.stats, "events_found", len(events))
        page_events = [{"title": e.title, "start": e.start, "city": e.city} for e in events]
        for event in events:
            yield EventItem(event=event, source=self.source, page_url=response.url,
                            events_on_page=len(events), page_events=page_events)
        yield PageItem(page_url=response.url, source=self.source, fingerprint=fingerprint,
                       events_on_page=len(events), unchanged=False, event_ids=None)


class Typo3NewsSpider(RegistrySpider):
    """TYPO3 with tx_news: teasers in .news-list-view / .article, paginator f3-widget-paginator."""
    listing_links_xpath = ("//*[contains(@class,'news-list') or contains(@class,'article') or "
                           "contains(@class,'paginat') or contains(@class,'page-navigation') or "
                           "contains(@class,'news')]//a/@href")


class Typo3EventMgtSpider(RegistrySpider):
    """TYPO3 with sf_event_mgt: event list items and its pagination widget."""
    listing_links_xpath = ("//*[contains(@class,'event') or contains(@class,'news') or "
                           "contains(@class,'paginat')]//a/@href")


class DrupalSpider(RegistrySpider):
    """Drupal views: .view-content rows, pager ?page=N."""
    listing_links_xpath = ("//*[contains(@class,'view') or contains(@class,'pager') or "
                           "contains(@class,'node')]//a/@href")


class WordPressSpider(RegistrySpider):
    """WordPress: <article> teasers, /page/N/ pagination."""
    listing_links_xpath = ("//main//a/@href | //article//a/@href | //*[contains(@class,'nav-links') or "
                           "contains(@class,'pagination') or contains(@class,'entry')]//a/@href")


class InlineListSpider(RegistrySpider):
    """List pages that carry the events themselves (no detail pages), e.g. one page per office."""
    events_on_listing_pages = True


class StaticSiteSpider(RegistrySpider):
    """Hand-made or small-CMS sites: any link in the page body."""
    listing_links_xpath = "//body//a/@href"


PLATFORM_SPIDERS = {
    "typo3_news": Typo3NewsSpider,
    "typo3_sfeventmgt": Typo3EventMgtSpider,
    "drupal": DrupalSpider,
    "wordpress": WordPressSpider,
    "inline_list": InlineListSpider,
    "static": StaticSiteSpider,
}
