"""Pages that did not change are not read again.

A page's fingerprint is the hash of its body together with everything else its extraction depends
on: the extractor's own code, the source's default organizer and the crawl's year (dates without a
year are read relative to it). A recrawl whose page answers 304 (the HTTP cache hands the stored
body back) or sends the same body again has the same fingerprint: its events are only marked as
seen (`PageItem` with `unchanged=True`), never extracted again. The store keeps each page's
fingerprint and the ids of its events (table `pages`) once all of them were stored. The generic
spider merges the events of all of a site's pages at its end, so for its pages the store keeps the
page's reading instead (crawler/found.py): an unchanged page gives its sightings of last time.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from functools import lru_cache
from pathlib import Path

import parsers


def _code_hash(paths) -> str:
    digest = hashlib.sha1()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the extraction code and its word lists: a new extractor reads every page again."""
    root = Path(parsers.__file__).resolve().parent
    return _code_hash([*root.glob("*.py"), *root.glob("data/*")])


@lru_cache(maxsize=1)
def generic_reader_version() -> str:
    """A hash of the generic spider's own reading code (feeds, JSON-LD declarations, which feed
    entries' pages are fetched): a change there reads every generic page and feed again."""
    root = Path(__file__).resolve().parent
    return _code_hash([root / "feeds.py", root / "discovery.py", root / "relevance.py", root / "found.py",
                       root / "spiders" / "generic.py"])


def fingerprint(body: bytes, source, crawl_date, context: str = "") -> str:
    """`context`: anything else the reading depends on (for the generic spider: the way the page
    was reached, the publication day its feed gave it)."""
    digest = hashlib.sha1(body)
    digest.update(f"|{extractor_version()}|{source.organizer}|{crawl_date.year}|{context}".encode())
    return digest.hexdigest()


class PageMemory:
    """What the last crawls stored per page of one source: {url: (fingerprint, [event ids],
    reading)}; the reading (a dict) only for generic sources, else None.
    Read once when the spider opens (read-only; the store pipeline is the writer)."""

    def __init__(self, pages: dict[str, tuple[str, list[str], dict | None]]):
        self.pages = pages

    @classmethod
    def open(cls, db_path: str | None, source_name: str) -> "PageMemory":
        pages: dict[str, tuple[str, list[str], dict | None]] = {}
        if db_path and Path(db_path).is_file():
            try:
                conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
                try:
                    for url, fp, ids, reading in conn.execute(
                            "select url, fingerprint, event_ids, reading from pages where source = ?", [source_name]):
                        pages[url] = (fp, json.loads(ids or "[]"), json.loads(reading) if reading else None)
                finally:
                    conn.close()
            except sqlite3.Error:
                pages = {}  # no table yet (a database of an older version): every page is read
        return cls(pages)

    def unchanged(self, url: str, fp: str) -> list[str] | None:
        """The ids of the page's events when the page did not change, else None."""
        known = self.pages.get(url)
        if known is None or known[0] != fp:
            return None
        return list(known[1])

    def reading(self, url: str, fp: str) -> dict | None:
        """A generic source's reading of the page when the page did not change, else None."""
        known = self.pages.get(url)
        if known is None or known[0] != fp:
            return None
        return known[2]
