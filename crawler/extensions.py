"""The crawl report: per source what was fetched, extracted, stored and what went wrong."""
from __future__ import annotations

import sys

from scrapy import signals

from dkbm_aggregate.store import Store, utc_now


# Reports of the spiders run in this process, by source name (the CLI prints them afterwards;
# Scrapy deep-copies settings per crawler, so they cannot travel back through a setting).
SUMMARIES: dict[str, dict] = {}


class CrawlReport:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("DKBM_DB")
        self.progress = crawler.settings.getbool("DKBM_PROGRESS", False)
        self.started = utc_now()

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        crawler.signals.connect(extension.spider_error, signal=signals.spider_error)
        return extension

    def spider_opened(self, spider):
        self.started = utc_now()

    def response_received(self, response, request, spider):
        if self.progress and not request.url.endswith("/robots.txt"):
            flag = " (unverändert)" if "cached" in response.flags else ""
            print(f"  {spider.name}: {response.status} {request.url}{flag}", file=sys.stderr, flush=True)

    def spider_error(self, failure, response, spider):
        spider.record_error(response.url, f"Fehler beim Auswerten: {failure.getErrorMessage()}")

    def spider_closed(self, spider, reason):
        report = spider.report
        counts = getattr(spider, "store_counts", {"new": 0, "changed": 0, "unchanged": 0, "missing": 0})
        errors = report["errors"]
        if reason not in ("finished",):
            errors.append({"url": "", "reason": f"Crawl abgebrochen: {reason}"})
        # No page answered (every start page 404, 5xx, unreachable): the source is down or has moved.
        failed = report.get("pages_ok", report["pages_fetched"]) == 0 or reason != "finished"
        run = {
            "source": spider.name, "started": self.started, "finished": utc_now(),
            "status": "failed" if failed else ("errors" if errors else "ok"),
            "pages_fetched": report["pages_fetched"], "pages_not_modified": report["pages_not_modified"],
            "bytes_received": report["bytes_received"], "pages_extracted": report["pages_extracted"],
            "events_new": counts["new"], "events_changed": counts["changed"],
            "events_unchanged": counts["unchanged"], "events_missing": counts["missing"],
            "errors": len(errors),
        }
        Store(self.db_path).record_run(run, errors)
        SUMMARIES[spider.name] = {**run, "error_details": errors}
