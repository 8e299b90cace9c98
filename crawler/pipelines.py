"""Item pipelines, one job each: normalise an Event into a row, validate the row, store it."""
from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime

import scrapy
from scrapy.exceptions import DropItem

from dkbm_aggregate import sanitize
from dkbm_aggregate.store import Store, event_id

from . import report
from .items import AbsentItem, EventItem, PageItem

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$")


class NormalizePipeline:
    """Event + source -> a row of the events table (see dkbm_aggregate/schema.py)."""

    def process_item(self, item, spider=None):
        if isinstance(item, scrapy.Item) and not isinstance(item, EventItem):
            return item  # bookkeeping of pages and addresses, for the store
        event, source = item["event"], item["source"]
        row = event.to_dict()
        for key in ("start_time", "end_time"):
            row.pop(key, None)
        row = sanitize.clean_row(row, description_limit=sanitize.STORE_DESCRIPTION_LIMIT)
        row["title"] = row.get("title") or ""
        # Only http(s) links become the event's URL; javascript:, data: and the like fall back to the page.
        row["url"] = row.get("url") or item["page_url"]
        # A detail page announcing one event is that event's identity; on list and newsletter pages
        # the title tells the events apart. A list page stays a list page when it happens to hold
        # only one event, so its events keep their ids when the next one is added.
        several = item["events_on_page"] > 1 or not source.is_detail(item["page_url"])
        row["id"] = event_id(source.name, row["url"] if several else item["page_url"], row["title"], several)
        row["source"], row["source_title"] = source.name, source.title
        row["regions"] = list(source.regions)
        row["region"] = ", ".join(source.regions)
        row["organizer"] = row.get("organizer") or source.organizer
        for flag in ("all_day", "date_tentative", "online", "hybrid", "booked_out"):
            row[flag] = int(bool(row.get(flag)))
        # For the store's identity rules (dkbm_aggregate.identity): where the event was read and
        # what else its page announces now.
        row["_page_url"] = item["page_url"]
        row["_events_on_page"] = item["events_on_page"]
        if item.get("page_events") is not None:
            row["_page_events"] = item["page_events"]
        decision = item.get("relevance")
        if decision is not None:  # generic sources: the decision and its reasons travel with the row
            row.setdefault("provenance", {})["relevance"] = {"from": "relevance", "snippet": decision.text()}
            row["_relevant"], row["_relevance_score"] = decision.relevant, decision.score
            row["_relevance_reasons"] = "; ".join(decision.reasons) or "keine Hinweise auf Bildungsmanagement"
        if item.get("via"):
            row["_found_via"] = item["via"]
        return row


class ValidatePipeline:
    """Rows that would damage the store or mislead a calendar are dropped with the reason recorded."""

    def __init__(self, crawler=None):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, row, spider=None):
        if isinstance(row, scrapy.Item):
            return row  # not an event row: bookkeeping of pages and addresses
        problems = []
        if not row.get("title"):
            problems.append("kein Titel")
        for key in ("start", "end", "registration_deadline", "original_start"):
            value = row.get(key)
            if value is None:
                continue
            if not DATE_RE.match(value):
                problems.append(f"{key}={value!r} ist kein Datum")
                continue
            try:
                (datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value))
            except ValueError:
                problems.append(f"{key}={value!r} gibt es nicht")
        if row.get("start") and row.get("end") and row["end"][:10] < row["start"][:10]:
            problems.append(f"Ende {row['end']} liegt vor Beginn {row['start']}")
        if row.get("status") not in ("scheduled", "cancelled", "postponed", "tentative"):
            problems.append(f"unbekannter Status {row.get('status')!r}")
        if problems:
            if self.crawler is not None:
                report.record_error(self.crawler.stats, row.get("url") or "",
                                    "Veranstaltung verworfen: " + "; ".join(problems))
            raise DropItem("; ".join(problems))
        return row


class RelevancePipeline:
    """Events of generic sources that are not of this field (a concert, a flea market on a
    Landkreis calendar) are never published: they go to `excluded_events` with their reasons and
    are counted; the published ones are counted by the way they were found."""

    def __init__(self, db_path: str, crawler=None):
        self.db_path = db_path
        self.crawler = crawler
        self.store = None

    @classmethod
    def from_crawler(cls, crawler):
        # a worker of a distributed crawl never touches the database: it only leaves them out
        worker = crawler.settings.get("DKBM_WORKER_ID")
        return cls(None if worker else crawler.settings.get("DKBM_DB"), crawler)

    def process_item(self, row, spider=None):
        if isinstance(row, scrapy.Item):
            return row  # not an event row: bookkeeping of pages and addresses
        via = row.pop("_found_via", None)
        relevant = row.pop("_relevant", True)
        score, reasons = row.pop("_relevance_score", None), row.pop("_relevance_reasons", "")
        stats = self.crawler.stats if self.crawler is not None else None
        if not relevant:
            if stats is not None:
                report.inc(stats, "events_irrelevant")
            if self.db_path:
                try:
                    self.store = self.store or Store(self.db_path)
                    self.store.exclude_event(row, score, reasons)
                except sqlite3.Error as error:
                    if stats is not None:
                        report.record_error(stats, row.get("url") or "", f"Schreibfehler (ausgelassene "
                                                                         f"Veranstaltung): {error}")
            raise DropItem(f"nicht relevant: {reasons}")
        if via and stats is not None:
            report.inc(stats, f"found_{via}")
        return row


class StorePipeline:
    """Upserts rows and counts them in the crawl's stats (dkbm/events_new, _changed, _unchanged).
    Flagging events a complete crawl no longer found is CrawlReport's job, once the source's
    health is known."""

    def __init__(self, db_path: str, crawler=None):
        self.db_path = db_path
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("DKBM_DB"), crawler)

    def open_spider(self, spider=None):
        spider = spider or getattr(self.crawler, "spider", None)
        self.store = Store(self.db_path)
        self.store.begin_run()
        self.seen: set[str] = set()
        self.page_rows: dict[str, list[str]] = {}  # page -> ids of its events stored in this crawl
        if spider is not None:
            self.store.sync_sources([spider.source])

    def process_item(self, row, spider=None):
        if isinstance(row, PageItem):
            return self.end_of_page(row)
        if isinstance(row, AbsentItem):
            try:
                self.store.record_absent(row["url"], row["source"].name, row["status"])
            except sqlite3.Error:
                pass  # asked again next time
            return row
        try:
            outcome = self.store.upsert_event(row)
        except sqlite3.Error as error:
            # Counted and reported: the source's run is not clean, so nothing is flagged missing.
            if self.crawler is not None:
                report.inc(self.crawler.stats, "write_errors")
                report.record_error(self.crawler.stats, row.get("url") or "",
                                    f"Schreibfehler in der Datenbank, Veranstaltung „{row['title'][:80]}“ "
                                    f"nicht gespeichert: {error}")
            raise DropItem(f"Schreibfehler: {error}") from None
        self.page_rows.setdefault(row.get("_page_url") or "", []).append(row["id"])
        if row["id"] in self.seen or outcome == "repeat":
            return row  # the same event linked twice from one source
        self.seen.add(row["id"])
        if self.crawler is not None:
            report.inc(self.crawler.stats, f"events_{outcome}")
        return row

    def end_of_page(self, page: PageItem) -> PageItem:
        """An unchanged page: its events are seen again. A read page: its fingerprint is kept,
        but only when every event it gave was stored (else it is read again next time)."""
        if page["unchanged"]:
            ids = [i for i in page["event_ids"] if i not in self.seen]
            try:
                self.store.touch(ids)
            except sqlite3.Error:
                return page
            self.seen.update(ids)
            if self.crawler is not None:
                report.inc(self.crawler.stats, "events_unchanged", len(ids))
            return page
        if page.get("reading") is not None:
            # a generic site's events are merged and stored at its end; what the page gave is
            # kept as it was read, and given again while the page does not change
            try:
                self.store.record_page(page["page_url"], page["source"].name, page["fingerprint"], [],
                                       reading=page["reading"])
            except sqlite3.Error:
                pass  # read again next time
            return page
        ids = self.page_rows.pop(page["page_url"], [])
        if len(ids) == page["events_on_page"]:
            try:
                self.store.record_page(page["page_url"], page["source"].name, page["fingerprint"], ids)
            except sqlite3.Error:
                pass  # read again next time
        page["event_ids"] = sorted(set(ids))
        return page
