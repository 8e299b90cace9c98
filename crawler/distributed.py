"""Distributed crawling on scrapy-redis: the same spiders, the frontier and the dupefilter in Redis.

Roles (see README "Scale-out"):

* workers (`dkbm worker --redis URL`, any number, on any machine) run every source's spider with
  scrapy-redis's scheduler and dupefilter, so each page is fetched by exactly one of them. They
  normalise and validate events and push the rows to Redis ("<source>:items"); at the end each
  pushes its per-source report (pages, errors, fetched URLs) to "dkbm:reports". They never
  touch the database. A generic site's events are merged across its pages (a feed entry and its
  page are one event) and only then decided relevant or not; its pages are shared out among the
  workers, so a worker sends its sightings ("<source>:found") instead of rows.
* the writer (`dkbm crawl --redis URL`) holds the database's lock, takes rows from Redis and
  stores them (SQLite wants one writer); once every worker is done it merges each generic site's
  sightings of all workers and stores the events (the irrelevant ones in `excluded_events`,
  as a single-process crawl does), then judges each source's health and records the runs
  exactly as a single-process crawl does.

When is a source done? Every request popped from the Redis queue counts as in flight
("<source>:inflight", incremented atomically with the pop) until the worker that popped it is
idle again (everything it fetched is parsed and its new requests are queued). A worker closes
its spider when the queue is empty and nothing is in flight anywhere.
"""
from __future__ import annotations

import json
import os
import socket
import time

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis import connection
from scrapy_redis.scheduler import Scheduler

from . import report

REPORTS_KEY = "dkbm:reports"
WORKERS_KEY = "dkbm:workers"


def keys(source_name: str) -> dict[str, str]:
    return {"requests": f"{source_name}:requests", "dupefilter": f"{source_name}:dupefilter",
            "inflight": f"{source_name}:inflight", "items": f"{source_name}:items", "found": f"{source_name}:found"}


def reset(server, source_names) -> None:
    """Forget a previous run: queues, dupefilters, counters, items, reports."""
    names = [key for name in source_names for key in keys(name).values()]
    server.delete(*names, REPORTS_KEY, WORKERS_KEY)


def worker_settings(settings, redis_url: str, worker_id: str) -> None:
    """Turn project settings into a worker's: Redis frontier, rows to Redis, no database."""
    settings.set("SCHEDULER", "crawler.distributed.CountingScheduler")
    settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter")
    settings.set("SCHEDULER_PERSIST", True)      # the writer clears the keys, not a worker that finishes
    settings.set("SCHEDULER_FLUSH_ON_START", False)
    settings.set("REDIS_URL", redis_url)
    settings.set("DKBM_WORKER_ID", worker_id)
    settings.set("DKBM_SKIP_UNCHANGED", False)  # workers never read the database: they read every page
    settings.set("DKBM_SIGHTINGS", "crawler.distributed.RedisSightings")
    settings.set("ITEM_PIPELINES", {
        "crawler.pipelines.NormalizePipeline": 100,
        "crawler.pipelines.ValidatePipeline": 200,
        "crawler.pipelines.RelevancePipeline": 250,
        "crawler.distributed.RedisRowPipeline": 300,
    })
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["crawler.extensions.CrawlReport"] = None
    extensions["crawler.distributed.WorkerReport"] = 500
    settings.set("EXTENSIONS", extensions)


_POP_AND_COUNT = """
local popped = redis.call('ZRANGE', KEYS[1], 0, 0)
if #popped == 0 then return nil end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('INCR', KEYS[2])
return popped[1]
"""


class CountingScheduler(Scheduler):
    """scrapy-redis's scheduler; a pop also counts the request as in flight (atomically)."""

    def open(self, spider):
        super().open(spider)
        self.inflight_key = keys(spider.name)["inflight"]
        self.popped_here = 0
        self._pop = self.server.register_script(_POP_AND_COUNT)

    def next_request(self):
        encoded = self._pop(keys=[self.queue.key, self.inflight_key])
        if not encoded:
            return None
        self.popped_here += 1
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis", spider=self.spider)
        return self.queue._decode_request(encoded)

    def settle(self) -> int:
        """This worker is idle: what it popped is done. Returns what is still in flight anywhere."""
        if self.popped_here:
            remaining = self.server.decrby(self.inflight_key, self.popped_here)
            self.popped_here = 0
            return int(remaining)
        return int(self.server.get(self.inflight_key) or 0)


class RedisRowPipeline:
    """Normalised, validated rows go to Redis for the writer."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.server = connection.from_settings(crawler.settings)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, row, spider=None):
        if isinstance(row, scrapy.Item):
            return row  # bookkeeping of pages and addresses: workers do not read the database
        spider = spider or self.crawler.spider
        self.server.rpush(keys(spider.name)["items"], json.dumps(row, ensure_ascii=False, default=str))
        return row


class RedisSightings:
    """A worker's sightings of a generic site go to Redis; the writer merges those of all workers."""

    merged_here = False

    def __init__(self, server, source_name: str):
        self.server = server
        self.key = keys(source_name)["found"]

    @classmethod
    def from_crawler(cls, crawler, source_name: str) -> "RedisSightings":
        return cls(connection.from_settings(crawler.settings), source_name)

    def add(self, found) -> None:
        if found:
            self.server.rpush(self.key, *[json.dumps(item.to_json(), ensure_ascii=False) for item in found])

    def all(self) -> list:
        return []  # merged by the writer


class RunStats:
    """The little of Scrapy's stats collector that crawler/report.py uses: the writer's own
    counts and errors of a source (its merged generic events)."""

    def __init__(self):
        self.values: dict = {}

    def get_value(self, key, default=None, spider=None):
        return self.values.get(key, default)

    def set_value(self, key, value, spider=None):
        self.values[key] = value

    def inc_value(self, key, count=1, start=0, spider=None):
        self.values[key] = self.values.get(key, start) + count


class WorkerReport:
    """Keeps the spider open until its source is done everywhere, then reports to the writer."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.server = connection.from_settings(crawler.settings)
        self.worker = crawler.settings.get("DKBM_WORKER_ID") or f"{socket.gethostname()}-{os.getpid()}"
        self.urls: list[str] = []
        self.idle_since: float | None = None

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        self.server.sadd(WORKERS_KEY, self.worker)

    def response_received(self, response, request, spider):
        # data: is the generic spider's closing merge step, not a page
        if not request.url.endswith("/robots.txt") and not request.url.startswith("data:"):
            self.urls.append(request.url)

    def spider_idle(self, spider):
        scheduler = self.crawler.engine.scheduler
        in_flight = scheduler.settle()
        if len(scheduler) or in_flight > 0:
            raise DontCloseSpider  # another worker may still queue pages of this source

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats
        self.server.rpush(REPORTS_KEY, json.dumps({
            "worker": self.worker, "source": spider.name, "close_reason": reason, "finished": time.time(),
            "counts": report.counts(stats), "errors": report.errors(stats), "urls": self.urls,
        }, ensure_ascii=False))


class Writer:
    """The one process that writes the database in a distributed crawl."""

    def __init__(self, server, sources, db_path: str):
        from dkbm_aggregate.store import Store, utc_now

        self.server = server
        self.sources = {source.name: source for source in sources}
        self.db_path = db_path
        self.store = Store(db_path)
        self.store.begin_run()
        self.started = utc_now()
        self.seen = {name: set() for name in self.sources}
        self.outcomes = {name: {"new": 0, "changed": 0, "unchanged": 0, "write_errors": 0} for name in self.sources}
        self.write_errors = {name: [] for name in self.sources}
        self.reports: list[dict] = []

    def take(self, timeout: float = 0.5) -> bool:
        """Store one row or keep one report from Redis; False when nothing came within `timeout`."""
        queues = [keys(name)["items"] for name in self.sources] + [REPORTS_KEY]
        popped = self.server.blpop(queues, timeout=timeout)
        if popped is None:
            return False
        key, value = popped
        key = key.decode() if isinstance(key, bytes) else key
        data = json.loads(value)
        if key == REPORTS_KEY:
            self.reports.append(data)
            return True
        self.store_row(key.rsplit(":", 1)[0], data)
        return True

    def store_row(self, name: str, data: dict) -> None:
        import sqlite3

        try:
            outcome = self.store.upsert_event(data)
        except sqlite3.Error as error:
            self.outcomes[name]["write_errors"] += 1
            self.write_errors[name].append({"url": data.get("url") or "", "reason": (
                f"Schreibfehler in der Datenbank, Veranstaltung „{data['title'][:80]}“ nicht gespeichert: {error}")})
            return
        if data["id"] in self.seen[name] or outcome == "repeat":
            return  # the same event linked twice from one source
        self.seen[name].add(data["id"])
        self.outcomes[name][outcome] += 1

    def store_sightings(self, name: str, source) -> RunStats:
        """A generic site's sightings of every worker, merged, decided and stored (the irrelevant
        events in excluded_events) through the same pipelines as in a single-process crawl."""
        from types import SimpleNamespace

        from scrapy.exceptions import DropItem

        from .found import Found, decided_items
        from .pipelines import NormalizePipeline, RelevancePipeline, ValidatePipeline

        stats = RunStats()
        crawler = SimpleNamespace(stats=stats)  # the pipelines use only the crawler's stats
        found = [Found.from_json(json.loads(value)) for value in self.server.lrange(keys(name)["found"], 0, -1)]
        if not found:
            return stats
        items = decided_items(found, source)
        report.inc(stats, "events_found", len(items))
        steps = (NormalizePipeline(), ValidatePipeline(crawler), RelevancePipeline(self.db_path, crawler))
        for item in items:
            try:
                for step in steps:
                    item = step.process_item(item)
            except DropItem:
                continue  # invalid (the reason is in the run's errors) or not of this field (excluded_events)
            self.store_row(name, item)
        return stats

    def workers_done(self) -> bool:
        """Every worker that joined has reported every source."""
        joined = {w.decode() if isinstance(w, bytes) else w for w in self.server.smembers(WORKERS_KEY)}
        reported = {(r["worker"], r["source"]) for r in self.reports}
        return bool(joined) and all((w, s) in reported for w in joined for s in self.sources)

    def drain(self) -> None:
        while self.take(timeout=0.1):
            pass

    def finish(self) -> tuple[dict[str, dict], dict[str, dict]]:
        """({source: run}, {worker: {"pages_fetched": n, "sources": {source: n}}})."""
        from .extensions import finish_run

        runs, workers = {}, {}
        for name, source in self.sources.items():
            mine = [r for r in self.reports if r["source"] == name]
            own = self.store_sightings(name, source)
            counts: dict[str, int] = dict(report.counts(own))
            errors: list[dict] = report.errors(own)
            for r in mine:
                for key, value in r["counts"].items():
                    counts[key] = counts.get(key, 0) + value
                errors += [e for e in r["errors"] if e not in errors]
                worker = workers.setdefault(r["worker"], {"pages_fetched": 0, "sources": {}, "urls": []})
                worker["pages_fetched"] += r["counts"].get("pages_fetched", 0)
                worker["sources"][name] = r["counts"].get("pages_fetched", 0)
                worker["urls"] += r["urls"]
            outcome = self.outcomes[name]
            counts.update(events_new=outcome["new"], events_changed=outcome["changed"],
                          events_unchanged=outcome["unchanged"], write_errors=outcome["write_errors"])
            errors += self.write_errors[name]
            reasons = [r["close_reason"] for r in mine if r["close_reason"] != "finished"]
            run, errors = finish_run(self.db_path, source, counts, errors, self.seen[name],
                                     close_reason=reasons[0] if reasons else ("finished" if mine else "no worker"),
                                     started=self.started, events_on_listing_pages=source_spider_inline(source))
            runs[name] = {**run, "error_details": errors}
        return runs, workers


def source_spider_inline(source) -> bool:
    from .spiders.sources import SPIDERS
    return SPIDERS[source.platform].events_on_listing_pages
