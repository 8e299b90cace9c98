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

from . import health, report


class CrawlReport:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("DKBM_DB")
        self.started = utc_now()
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.spider_error, signal=signals.spider_error)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def spider_opened(self, spider):
        self.started = utc_now()

    def item_scraped(self, item, response, spider):
        if isinstance(item, dict) and item.get("id"):
            self.seen.add(item["id"])

    def spider_error(self, failure, response, spider):
        report.record_error(self.crawler.stats, response.url, f"Fehler beim Auswerten: {failure.getErrorMessage()}")

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats
        if reason not in ("finished",):
            report.record_error(stats, "", f"Crawl abgebrochen: {reason}")
        counts = report.counts(stats)
        source = spider.source.name
        store = None
        try:
            store = Store(self.db_path)
            previous = store.last_good_events(source)
        except sqlite3.Error as error:
            previous = None
            report.inc(stats, "write_errors")
            report.record_error(stats, "", f"Schreibfehler in der Datenbank beim Abschluss: {error}")
        status, why = health.assess(counts, report.errors(stats), close_reason=reason, previous_events=previous,
                                    events_on_listing_pages=spider.events_on_listing_pages)
        # Only a healthy crawl may declare events gone: an outage, a maintenance page or a cut-off
        # page says nothing about the events.
        if status == health.OK and store is not None:
            try:
                counts["events_missing"] = store.mark_missing(source, self.seen)
                report.put(stats, "events_missing", counts["events_missing"])
            except sqlite3.Error as error:
                report.inc(stats, "write_errors")
                report.record_error(stats, "", f"Schreibfehler in der Datenbank beim Abschluss: {error}")
                status, why = health.assess(counts, report.errors(stats), previous_events=previous)
        errors = report.errors(stats)
        run = {
            "source": spider.name, "started": self.started, "finished": utc_now(),
            "status": status, "reason": why,
            **{key: counts[key] for key in ("pages_fetched", "pages_not_modified", "bytes_received",
                                            "pages_extracted", "events_new", "events_changed",
                                            "events_unchanged", "events_missing", "events_found",
                                            "listing_links")},
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
            if run["status"] == health.OK:
                run["status"], run["reason"] = health.SUSPECT, errors[-1]["reason"]
            print(f"dkbm: {spider.name}: {errors[-1]['reason']}", file=sys.stderr)
        report.put(stats, "run", {**run, "write_errors": report.get(stats, "write_errors", 0),
                                  "error_details": errors})
