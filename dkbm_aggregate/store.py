"""The SQLite store: events with a stable identity, change tracking, and cross-source merging."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime, timezone
from difflib import SequenceMatcher
from pathlib import Path
from typing import Iterable

import sqlite_utils

from .registry import Source
from .schema import EVENT_COLUMNS, JSON_COLUMNS, ensure_schema

# A change of these is a change users must see in their calendar (iCalendar SEQUENCE + 1).
SCHEDULE_FIELDS = ("start", "end", "all_day", "status", "venue", "address", "city", "online")
BOOKKEEPING = {"id", "sequence", "content_hash", "first_seen", "last_seen", "last_changed",
               "missing_since", "duplicate_of", "provenance"}
STATUS_PREFIX_RE = re.compile(r"^\s*(?:\+{2,}\s*)?(?:abgesagt|entfällt|verschoben|neuer\s+termin|ausgebucht|"
                              r"achtung|update|terminänderung)\s*(?:[:!–-]|\+{2,})\s*", re.I)
# "Fachtag (abgesagt)", "Fachtag – ABGESAGT": the same event as "Fachtag".
STATUS_SUFFIX_RE = re.compile(r"\s*(?:\(\s*(?:abgesagt|entfällt|verschoben|neuer\s+termin|ausgebucht)\s*!?\s*\)|"
                              r"[:–-]\s*(?:abgesagt|entfällt|verschoben|ausgebucht)\s*!?)\s*$", re.I)

BUSY_TIMEOUT_MS = 30_000


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def slug(text: str) -> str:
    text = STATUS_SUFFIX_RE.sub("", STATUS_PREFIX_RE.sub("", text or ""))
    text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80]


def event_id(source: str, page_url: str, title: str, several_on_page: bool) -> str:
    """Identity that survives a change of date: the page (plus the title where a page announces
    several events), never the date itself."""
    key = page_url if not several_on_page else f"{page_url}#{slug(title)}"
    return f"{source}/{hashlib.sha1(key.encode()).hexdigest()[:12]}"


class Store:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(self.path)
        # One writer per database (dkbm_aggregate.lock); readers (Datasette) may hold a snapshot for
        # a moment, so a write waits for them instead of failing with "database is locked".
        self.db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.ensure_schema()

    def ensure_schema(self) -> None:
        ensure_schema(self.db)

    # ---------------------------------------------------------------- sources

    def sync_sources(self, sources: Iterable[Source]) -> None:
        rows = [{"name": s.name, "title": s.title, "organizer": s.organizer, "regions": json.dumps(list(s.regions)),
                 "platform": s.platform, "homepage": s.homepage, "start_urls": json.dumps(list(s.start_urls))}
                for s in sources]
        self.db["sources"].upsert_all(rows, pk="name")

    # ---------------------------------------------------------------- events

    @staticmethod
    def content_hash(row: dict) -> str:
        facts = {k: row.get(k) for k in EVENT_COLUMNS if k not in BOOKKEEPING}
        return hashlib.sha1(json.dumps(facts, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    def upsert_event(self, row: dict, now: str | None = None) -> str:
        """Store one event row; returns "new", "changed" or "unchanged". One transaction per row:
        a failure leaves the stored row as it was."""
        now = now or utc_now()
        row = {k: (json.dumps(v, ensure_ascii=False) if k in JSON_COLUMNS and not isinstance(v, str) else v)
               for k, v in row.items() if k in EVENT_COLUMNS}
        row["content_hash"] = self.content_hash(row)
        with self.db.conn:
            existing = next(self.db.query("select * from events where id = ?", [row["id"]]), None)
            if existing is None:
                row.update(first_seen=now, last_seen=now, last_changed=now, sequence=0, missing_since=None)
                self.db["events"].insert(row)
                return "new"
            if existing["content_hash"] == row["content_hash"]:
                self.db["events"].update(row["id"], {"last_seen": now, "missing_since": None})
                return "unchanged"
            rescheduled = any(str(existing.get(k)) != str(row.get(k)) for k in SCHEDULE_FIELDS)
            row.update(last_seen=now, last_changed=now, missing_since=None,
                       sequence=(existing.get("sequence") or 0) + (1 if rescheduled else 0))
            if rescheduled and existing.get("start") and row.get("start") != existing.get("start") \
                    and not row.get("original_start") and row.get("status") == "postponed":
                row["original_start"] = existing["start"]
            self.db["events"].update(row["id"], row)
            return "changed"

    def exclude_event(self, row: dict, score: int | None, reasons: str, now: str | None = None) -> None:
        """An event of a generic source judged not of this field: kept apart with the reason,
        never in `events` (so never in the site, the feeds or the API's default views)."""
        now = now or utc_now()
        with self.db.conn:
            existing = next(self.db.query("select first_seen from excluded_events where id = ?", [row["id"]]), None)
            self.db["excluded_events"].upsert({
                "id": row["id"], "source": row.get("source"), "title": row.get("title"), "start": row.get("start"),
                "city": row.get("city"), "url": row.get("url"), "score": score, "reasons": reasons,
                "first_seen": existing["first_seen"] if existing else now, "last_seen": now}, pk="id")

    def mark_missing(self, source: str, seen_ids: set[str], now: str | None = None) -> int:
        """Events of a source that a complete crawl no longer found: kept, flagged with missing_since.
        Nothing is deleted: a vanished upcoming event stays visible until someone knows why."""
        now = now or utc_now()
        gone = [row["id"] for row in self.db.query(
            "select id from events where source = ? and missing_since is null", [source])
            if row["id"] not in seen_ids]
        with self.db.conn:
            for event_id_ in gone:
                self.db["events"].update(event_id_, {"missing_since": now})
        return len(gone)

    def record_run(self, run: dict, errors: list[dict]) -> int:
        with self.db.conn:
            run_id = self.db["crawl_runs"].insert(
                {**run, "error_details": json.dumps(errors[:50], ensure_ascii=False)}).last_pk
            if errors:
                self.db["crawl_errors"].insert_all(
                    [{"run_id": run_id, "source": run["source"], "url": e.get("url"), "reason": e.get("reason"),
                      "at": run["finished"]} for e in errors])
            self.db["sources"].update(run["source"], {
                "last_crawl_started": run["started"], "last_crawl_status": run["status"],
                "last_crawl_events": run["events_new"] + run["events_changed"] + run["events_unchanged"],
                "last_crawl_errors": run["errors"], "last_crawl_reason": run.get("reason") or None})
        return run_id

    def previous_events(self, source: str) -> int | None:
        """How many events the source's latest crawl that found any found (None: none yet).

        A drop is judged against this: a suspect crawl that found fewer events becomes the new
        yardstick, so a source that really shrank is ok again on its next crawl, while a crawl
        that found nothing keeps comparing with the last one that found something."""
        row = next(self.db.query(
            "select found from (select id, coalesce(events_found, events_new + events_changed + events_unchanged) "
            "as found from crawl_runs where source = ? and status != 'failed') where found > 0 "
            "order by id desc limit 1", [source]), None)
        return None if row is None else row["found"]

    # ---------------------------------------------------------------- cross-source merging

    def merge_duplicates(self) -> int:
        """The same event announced by several agencies becomes one: every copy but one gets
        duplicate_of = the canonical id. Same day, and titles alike (SequenceMatcher ≥ 0.85 or
        word overlap ≥ 0.6); the canonical copy is the organizer's own announcement."""
        rows = list(self.db.query(
            "select e.id, e.title, e.start, e.city, e.organizer, e.source, e.url, e.first_seen, "
            "s.organizer as source_organizer "
            "from events e left join sources s on s.name = e.source where e.start is not null "
            "order by e.start, e.id"))
        by_day: dict[str, list[dict]] = {}
        for row in rows:
            by_day.setdefault(row["start"][:10], []).append(row)
        duplicate_of: dict[str, str] = {}
        for group in by_day.values():
            clusters: list[list[dict]] = []
            for row in group:
                for cluster in clusters:
                    other_source = row["source"] not in {r["source"] for r in cluster}
                    # within one source only an announcement that links to the event's own page
                    # (a newsletter item and the detail page it points to) is the same event
                    same_page = any(r["url"] == row["url"] for r in cluster)
                    if (other_source or same_page) and _same_title(row["title"], cluster[0]["title"]) \
                            and _same_time_and_place(row, cluster[0]):
                        cluster.append(row)
                        break
                else:
                    clusters.append([row])
            for cluster in clusters:
                if len(cluster) < 2:
                    continue
                canonical = min(cluster, key=lambda r: (
                    not _same_organizer(r["organizer"], r["source_organizer"]),
                    r["id"] != event_id(r["source"], r["url"], r["title"], False),  # read from its own page
                    r["first_seen"] or "", r["id"]))
                for row in cluster:
                    if row is not canonical:
                        duplicate_of[row["id"]] = canonical["id"]
        with self.db.conn:
            self.db.execute("update events set duplicate_of = null where duplicate_of is not null")
            for row_id, canonical_id in duplicate_of.items():
                self.db["events"].update(row_id, {"duplicate_of": canonical_id})
        return len(duplicate_of)


def _words(text: str) -> set[str]:
    return {w for w in slug(text).split("-") if len(w) > 2}


def _same_title(a: str, b: str) -> bool:
    a_slug, b_slug = slug(a), slug(b)
    if SequenceMatcher(None, a_slug, b_slug).ratio() >= 0.85:
        return True
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.6


def _same_time_and_place(a: dict, b: dict) -> bool:
    """Alike titles are not enough: "Netzwerktreffen Bildungsmonitoring Hessen" in Kassel and
    "… Sachsen" in Leipzig on the same day are two meetings. Where both copies know the clock
    time or the town, they must agree."""
    time_a, time_b = a["start"][11:16], b["start"][11:16]
    if time_a and time_b and time_a != time_b:
        return False
    city_a, city_b = slug(a.get("city") or ""), slug(b.get("city") or "")
    return not (city_a and city_b and city_a not in city_b and city_b not in city_a)


def _same_organizer(organizer: str | None, source_organizer: str | None) -> bool:
    if not organizer or not source_organizer:
        return False
    return slug(source_organizer) in slug(organizer) or slug(organizer) in slug(source_organizer)
