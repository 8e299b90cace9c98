"""Run one spider per source in this process and collect each run from its crawler's stats."""
from __future__ import annotations

# Imported here, near the top of the stack: its deprecated-class shims call inspect.stack(), which
# reads the source of every frame on the stack; loaded lazily deep inside the crawl's setup it
# cost about a second of every crawl.
import scrapy.core.downloader.handlers.http11  # noqa: F401
from scrapy.crawler import CrawlerProcess

from . import report
from .spiders.sources import spider_class


def run_spiders(sources, settings, progress: bool = False) -> dict[str, dict]:
    """{source name: run} for the sources whose spider closed (a spider that never ran is absent).
    With `progress`, shows each source's pages, events and errors while it runs (stderr)."""
    process = CrawlerProcess(settings)
    crawlers = {}
    for source in sources:
        crawler = process.create_crawler(spider_class(source))
        crawlers[source.name] = crawler
        process.crawl(crawler)
    display = None
    if progress:
        from .progress import CrawlProgress
        display = CrawlProgress(crawlers)
        display.start()
    try:
        process.start()
    finally:
        if display is not None:
            display.stop()
    runs = {}
    for name, crawler in crawlers.items():
        run = report.result(crawler.stats) if crawler.stats is not None else None
        if run is not None:
            runs[name] = run
    return runs
