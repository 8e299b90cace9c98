"""Crawl results travel through Scrapy's stats, under the "dkbm/" prefix.

Spiders, pipelines and the CrawlReport extension write here; whoever ran the crawl (the `dkbm`
command, `scrapy crawl`) reads `crawler.stats` afterwards. No module globals, no spider
attributes as side channels.
"""
from __future__ import annotations

import logging

PREFIX = "dkbm/"
COUNTERS = ("pages_fetched", "pages_fresh", "pages_ok", "pages_not_modified", "bytes_received", "pages_extracted",
            "listing_pages", "listing_links", "events_found", "events_new", "events_changed",
            "events_unchanged", "events_missing", "write_errors",
            # generic sources: how the published events were found, and how many were left out
            "found_feed", "found_jsonld", "found_sitemap", "found_listing", "events_irrelevant",
            "feeds", "sitemaps")
logger = logging.getLogger(__name__)


def inc(stats, key: str, count: int = 1) -> None:
    stats.inc_value(PREFIX + key, count)


def get(stats, key: str, default=0):
    return stats.get_value(PREFIX + key, default)


def put(stats, key: str, value) -> None:
    stats.set_value(PREFIX + key, value)


def record_error(stats, url: str, reason: str) -> None:
    """One problem of the crawl, with a German reason; repeats (retries) are kept once."""
    errors = list(get(stats, "error_details", []) or [])
    error = {"url": url or "", "reason": reason}
    if error in errors:
        return
    errors.append(error)
    put(stats, "error_details", errors)
    logger.warning("%s: %s", url, reason)


def note_url(stats, kind: str, url: str) -> None:
    """Remember a URL the discovery found (kind: feeds, sitemaps, listings), once."""
    urls = list(get(stats, f"discovered_{kind}", []) or [])
    if url not in urls:
        urls.append(url)
        put(stats, f"discovered_{kind}", urls)


def discovered(stats, kind: str) -> list[str]:
    return list(get(stats, f"discovered_{kind}", []) or [])


def errors(stats) -> list[dict]:
    return list(get(stats, "error_details", []) or [])


def counts(stats) -> dict[str, int]:
    return {key: int(get(stats, key, 0) or 0) for key in COUNTERS}


def result(stats) -> dict | None:
    """The run as recorded by CrawlReport at the end of the spider (None if it never closed)."""
    return get(stats, "run", None)
