"""The item a spider yields: one extracted event plus where it was read."""
import scrapy


class EventItem(scrapy.Item):
    event = scrapy.Field()            # parsers.Event
    source = scrapy.Field()           # dkbm_aggregate.registry.Source
    page_url = scrapy.Field()
    events_on_page = scrapy.Field()   # how many events the page announced (for identity)
    relevance = scrapy.Field()        # crawler.relevance.Decision (generic sources only)
    via = scrapy.Field()              # generic sources: feed | jsonld | sitemap | listing
