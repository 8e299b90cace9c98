"""Guessed addresses a site does not have are not asked again on every crawl.

The generic spider tries the usual addresses of sitemaps and CMS feeds on every site
(/sitemap.xml, /?ical=1, /feed/, /rss.xml, ...). Most sites have few of them; the others answer
404 or 410, and a site that answered so is not asked again for RETRY_AFTER (a site may install
a calendar plugin later). Addresses the site itself names (<link rel="alternate">, robots.txt,
sitemaps) are always followed. The store keeps the answers (table `absent_urls`); this memory
is read once when the spider opens (read-only; the store pipeline is the writer).
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

RETRY_AFTER = timedelta(days=30)
ABSENT_STATUSES = (404, 410)


class AbsentMemory:
    """{url: when it last answered 404/410} of one source's guessed addresses."""

    def __init__(self, checked: dict[str, datetime], now: datetime | None = None):
        self.checked = checked
        self.now = now or datetime.now(timezone.utc)

    @classmethod
    def open(cls, db_path: str | None, source_name: str) -> "AbsentMemory":
        checked: dict[str, datetime] = {}
        if db_path and Path(db_path).is_file():
            try:
                conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
                try:
                    for url, when in conn.execute("select url, checked from absent_urls where source = ?",
                                                  [source_name]):
                        try:
                            checked[url] = datetime.fromisoformat(when)
                        except (TypeError, ValueError):
                            continue  # an unreadable time: ask again
                finally:
                    conn.close()
            except sqlite3.Error:
                checked = {}  # no table yet (a database of an older version): every address is tried
        return cls(checked)

    def recently_absent(self, url: str) -> bool:
        """The site answered 404/410 for this guessed address less than RETRY_AFTER ago."""
        when = self.checked.get(url)
        if when is None:
            return False
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return self.now - when < RETRY_AFTER
