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
from .items import PageItem


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
        elif isinstance(item, PageItem) and item.get("event_ids"):
            self.seen.update(item["event_ids"])

    def spider_error(self, failure, response, spider):
        report.record_error(self.crawler.stats, response.url, f"Fehler beim Auswerten: {failure.getErrorMessage()}")

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats
        run, errors = finish_run(self.db_path, spider.source, report.counts(stats), report.errors(stats),
                                 self.seen, close_reason=reason, started=self.started,
                                 events_on_listing_pages=spider.events_on_listing_pages)
        report.put(stats, "events_missing", run["events_missing"])
        report.put(stats, "run", {**run, "error_details": errors})


def finish_run(db_path, source, counts: dict, errors: list[dict], seen: set[str], *, close_reason: str,
               started: str, events_on_listing_pages: bool) -> tuple[dict, list[dict]]:
    """The end of one source's crawl: judge its health, flag events missing only when it is ok,
    record the run. Used by the single-process crawl and by the writer of a distributed one."""
    counts, errors = dict(counts), list(errors)
    counts.setdefault("write_errors", 0)

    def write_error(message):
        counts["write_errors"] += 1
        errors.append({"url": "", "reason": message})

    if close_reason != "finished":
        errors.append({"url": "", "reason": f"Crawl abgebrochen: {close_reason}"})
    store, previous = None, None
    try:
        store = Store(db_path)
        previous = store.previous_events(source.name)
    except sqlite3.Error as error:
        write_error(f"Schreibfehler in der Datenbank beim Abschluss: {error}")
    status, why = health.assess(counts, errors, close_reason=close_reason, previous_events=previous,
                                events_on_listing_pages=events_on_listing_pages)
    counts["events_missing"] = 0
    # Only a healthy crawl may declare events gone: an outage, a maintenance page or a cut-off
    # page says nothing about the events.
    if status == health.OK and store is not None:
        try:
            counts["events_missing"] = store.mark_missing(source.name, seen)
        except sqlite3.Error as error:
            write_error(f"Schreibfehler in der Datenbank beim Abschluss: {error}")
            status, why = health.assess(counts, errors, previous_events=previous)
    run = {
        "source": source.name, "started": started, "finished": utc_now(), "status": status, "reason": why,
        **{key: counts.get(key, 0) for key in ("pages_fetched", "pages_fresh", "pages_not_modified", "bytes_received",
                                               "pages_extracted", "events_new", "events_changed",
                                               "events_unchanged", "events_missing", "events_found",
                                               "listing_links", "found_feed", "found_jsonld", "found_sitemap",
                                               "found_listing", "events_irrelevant")},
        "errors": len(errors),
    }
    try:
        if store is None:
            raise sqlite3.OperationalError("Datenbank nicht geöffnet")
        store.record_run(run, errors)
    except sqlite3.Error as error:
        # The run still reaches the summary; the missing crawl_runs row is said out loud.
        write_error(f"Schreibfehler: Abruf nicht in crawl_runs gespeichert: {error}")
        run["errors"] = len(errors)
        if run["status"] == health.OK:
            run["status"], run["reason"] = health.SUSPECT, errors[-1]["reason"]
        print(f"dkbm: {source.name}: {errors[-1]['reason']}", file=sys.stderr)
    run["write_errors"] = counts["write_errors"]
    return run, errors
