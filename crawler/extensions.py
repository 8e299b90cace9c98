"""The crawl report: per source what was fetched, extracted, stored and what went wrong.

At the end of each spider the run is written to the database (crawl_runs, crawl_errors) and put
into the crawler's stats as "dkbm/run", where the `dkbm` command (or anyone running the
crawler through Scrapy's API) reads it.
"""
from __future__ import annotations

import sqlite3
import sys

from scrapy import signals

from dkbm_aggregate.store import Store, utc_now

from . import report


class CrawlReport:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("DKBM_DB")
        self.progress = crawler.settings.getbool("DKBM_PROGRESS", False)
        self.started = utc_now()
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        crawler.signals.connect(extension.spider_error, signal=signals.spider_error)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def spider_opened(self, spider):
        self.started = utc_now()

    def item_scraped(self, item, response, spider):
        if isinstance(item, dict) and item.get("id"):
            self.seen.add(item["id"])

    def response_received(self, response, request, spider):
        if self.progress and not request.url.endswith("/robots.txt"):
            flag = " (unverändert)" if "cached" in response.flags else ""
            print(f"  {spider.name}: {response.status} {request.url}{flag}", file=sys.stderr, flush=True)

    def spider_error(self, failure, response, spider):
        report.record_error(self.crawler.stats, response.url, f"Fehler beim Auswerten: {failure.getErrorMessage()}")

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats
        if reason not in ("finished",):
            report.record_error(stats, "", f"Crawl abgebrochen: {reason}")
        counts = report.counts(stats)
        try:
            store = Store(self.db_path)
            # Only a crawl that fetched pages without errors may declare events gone.
            if counts["pages_fetched"] and not report.errors(stats):
                counts["events_missing"] = store.mark_missing(spider.source.name, self.seen)
                report.put(stats, "events_missing", counts["events_missing"])
        except sqlite3.Error as error:
            store = None
            report.inc(stats, "write_errors")
            report.record_error(stats, "", f"Schreibfehler in der Datenbank beim Abschluss: {error}")
        errors = report.errors(stats)
        # No page answered (every start page 404, 5xx, unreachable): the source is down or has moved.
        failed = counts["pages_ok"] == 0 or reason != "finished"
        run = {
            "source": spider.name, "started": self.started, "finished": utc_now(),
            "status": "failed" if failed else ("errors" if errors else "ok"),
            **{key: counts[key] for key in ("pages_fetched", "pages_not_modified", "bytes_received",
                                            "pages_extracted", "events_new", "events_changed",
                                            "events_unchanged", "events_missing")},
            "errors": len(errors),
        }
        try:
            if store is None:
                raise sqlite3.OperationalError("Datenbank nicht geöffnet")
            store.record_run(run, errors)
        except sqlite3.Error as error:
            # The run still reaches the summary; the missing crawl_runs row is said out loud.
            report.inc(stats, "write_errors")
            errors.append({"url": "", "reason": f"Schreibfehler: Abruf nicht in crawl_runs gespeichert: {error}"})
            run["errors"] = len(errors)
            run["status"] = "failed" if failed else "errors"
            print(f"dkbm: {spider.name}: {errors[-1]['reason']}", file=sys.stderr)
        report.put(stats, "run", {**run, "write_errors": report.get(stats, "write_errors", 0),
                                  "error_details": errors})
