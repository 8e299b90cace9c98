"""The item a spider yields: one extracted event plus where it was read."""
import scrapy


class EventItem(scrapy.Item):
    event = scrapy.Field()            # parsers.Event
    source = scrapy.Field()           # dkbm_aggregate.registry.Source
    page_url = scrapy.Field()
    events_on_page = scrapy.Field()   # how many events the page announced (for identity)
    page_events = scrapy.Field()      # [{title, start, city}] of every event the page announced (for identity)
    relevance = scrapy.Field()        # crawler.relevance.Decision (generic sources only)
    via = scrapy.Field()              # generic sources: feed | jsonld | sitemap | listing


class PageItem(scrapy.Item):
    """The end of one page: its fingerprint (crawler.pages), how many events it gave, and for an
    unchanged page the ids of its stored events (nothing was extracted); for a page of a generic
    source its reading instead."""
    page_url = scrapy.Field()
    source = scrapy.Field()
    fingerprint = scrapy.Field()
    events_on_page = scrapy.Field()
    unchanged = scrapy.Field()
    event_ids = scrapy.Field()
    reading = scrapy.Field()          # generic sources: the page's reading (crawler/found.py), kept as it is


class AbsentItem(scrapy.Item):
    """A guessed address (sitemap.xml, a CMS feed endpoint) the site answered 404/410 for
    (crawler.absent): remembered so that the next crawls do not ask it again for a while."""
    url = scrapy.Field()
    source = scrapy.Field()
    status = scrapy.Field()
