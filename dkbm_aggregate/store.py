"""The SQLite store: events with a stable identity, change tracking, and cross-source merging."""
from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from datetime import datetime, timezone
from difflib import SequenceMatcher
from pathlib import Path
from typing import Iterable

import sqlite_utils

from . import ical, identity
from .rows import published_row, search_text
from .schema import PUBLISHED
from .identity import event_id, slug  # noqa: F401  (re-exported: the crawler and tests mint ids here)
from .registry import Source
from .schema import EVENT_COLUMNS, JSON_COLUMNS, ensure_schema

# A change of these is a change users must see in their calendar (iCalendar SEQUENCE + 1).
SCHEDULE_FIELDS = ("start", "end", "all_day", "status", "venue", "address", "city", "online")
BOOKKEEPING = {"id", "sequence", "content_hash", "first_seen", "last_seen", "last_changed",
               "missing_since", "duplicate_of", "provenance"}
# Fields whose change is written to event_changes (the history the event page shows).
CHANGE_FIELDS = ("title", "start", "end", "all_day", "status", "booked_out", "original_start", "venue", "address",
                 "postal_code", "city", "online", "hybrid", "online_platform", "registration_deadline", "organizer",
                 "event_type", "url")
# Where an event was seen (event_sources.role).
ROLES = ("organizer", "third_party", "newsletter", "feed", "manual")
MANUAL_SOURCE = "manuell"

BUSY_TIMEOUT_MS = 30_000
CACHE_KIB = 64 * 1024


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Store:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(self.path)
        # One writer per database (dkbm_aggregate.lock); readers (Datasette) may hold a snapshot for
        # a moment, so a write waits for them instead of failing with "database is locked".
        self.db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self.db.execute("PRAGMA journal_mode=WAL")
        # WAL with synchronous=NORMAL: a commit is atomic and the file never corrupt; only the last
        # commits before a power cut may be lost (the next crawl writes them again). FULL would fsync
        # every event of a crawl or an import.
        self.db.execute("PRAGMA synchronous=NORMAL")
        # The writer touches some thirty indexes and two full-text tables per event: at 100,000 events
        # they no longer fit SQLite's default 2 MB page cache, and every write reads them back.
        self.db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self.ensure_schema()

    _batch: dict | None = None

    @contextmanager
    def batch(self, rows_per_commit: int = 1000):
        """Many events in few transactions (`dkbm import`): each row keeps its own savepoint, so a
        row that fails still leaves nothing behind, but the rows are committed a thousand at a time.
        A commit per row writes every touched index page and a new full-text segment per event."""
        conn = self.db.conn
        if conn.in_transaction:
            conn.commit()
        self._batch = {"rows": 0, "size": rows_per_commit}
        conn.execute("BEGIN")
        try:
            yield self
        finally:
            self._batch = None
            if conn.in_transaction:
                conn.commit()  # every row in it is whole: a failed row was rolled back to its savepoint

    @contextmanager
    def _row_transaction(self):
        """One row's writes: a transaction of its own, or within a batch a savepoint."""
        if self._batch is None:
            with self.db.conn:
                yield
            return
        conn = self.db.conn
        conn.execute("SAVEPOINT dkbm_row")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO dkbm_row")
            conn.execute("RELEASE dkbm_row")
            raise
        conn.execute("RELEASE dkbm_row")
        self._batch["rows"] += 1
        if self._batch["rows"] % self._batch["size"] == 0:
            conn.commit()
            conn.execute("BEGIN")

    def ensure_schema(self) -> None:
        ensure_schema(self.db)
        self.publish_missing()

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

    def begin_run(self) -> None:
        """Start a crawl (or an import): from now on, every stored event taken by one extraction
        is not available to another, and repeats of one event on one page are told apart from
        two meetings of a series."""
        self._claims: dict[str, dict] | None = {}
        self._claims_by_page: dict[str, list[str]] = {}

    _claims: dict[str, dict] | None = None

    def upsert_event(self, row: dict, now: str | None = None) -> str:
        """Store one event row; returns "new", "changed", "unchanged" or "repeat" (the same event
        listed twice on one page in this run). One transaction per row: a failure leaves the
        stored row as it was.

        `row["id"]` is the id minted for a first sighting; the event's real id is decided here
        (identity.best_match against the events seen on the same page) and written back into
        `row["id"]`. Optional keys, not stored as columns: `_page_url` (the page the event was
        read from, default `url`), `_page_events` (every event the page announces now: title,
        start, city), `_events_on_page`, `_role` (see ROLES)."""
        now = now or utc_now()
        page_url = row.get("_page_url") or row.get("url") or ""
        page_events = row.get("_page_events")
        events_on_page = row.get("_events_on_page") or (len(page_events) if page_events else None)
        role = row.get("_role")
        caller = row
        row = {k: (json.dumps(v, ensure_ascii=False) if k in JSON_COLUMNS and not isinstance(v, str) else v)
               for k, v in row.items() if k in EVENT_COLUMNS}
        row["content_hash"] = self.content_hash(row)
        with self._row_transaction():
            resolved, repeat = self._resolve(row, page_url, page_events, events_on_page)
            caller["id"] = row["id"] = resolved
            if repeat:
                self._record_source(row, page_url, role, now)
                self.refresh_entries([row["id"]])
                return "repeat"
            existing = next(iter(self._rows("select * from events where id = ?", [row["id"]])), None)
            self._claim(row, page_url)
            self._record_source(row, page_url, role, now)
            if existing is None:
                row.update(first_seen=now, last_seen=now, last_changed=now, sequence=0, missing_since=None)
                self._write("insert", row)
                self.refresh_entries([row["id"]])
                return "new"
            if existing.get("missing_since"):
                self._record_changes(row["id"], row["source"], [("missing_since", existing["missing_since"], None)],
                                     now)
            if existing["content_hash"] == row["content_hash"]:
                self.db.execute("update events set last_seen = ?, missing_since = null where id = ?", [now, row["id"]])
                self.refresh_entries([row["id"]])
                return "unchanged"
            rescheduled = any(str(existing.get(k)) != str(row.get(k)) for k in SCHEDULE_FIELDS)
            row.update(last_seen=now, last_changed=now, missing_since=None,
                       sequence=(existing.get("sequence") or 0) + (1 if rescheduled else 0))
            if rescheduled and existing.get("start") and row.get("start") != existing.get("start") \
                    and not row.get("original_start") and row.get("status") == "postponed":
                row["original_start"] = existing["start"]
            self._record_changes(row["id"], row["source"], [
                (field, existing.get(field), row.get(field)) for field in CHANGE_FIELDS
                if _shown(existing.get(field)) != _shown(row.get(field))], now)
            self._write("update", row)
            self.refresh_entries([row["id"]])
            return "changed"

    def _rows(self, sql: str, params=()):
        """Rows as dicts, inside the caller's transaction (sqlite-utils' query() wraps each read in a
        savepoint and a commit: five commits per stored event)."""
        cursor = self.db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values)) for values in cursor.fetchall()]

    def _write(self, how: str, row: dict) -> None:
        """Insert or update one events row with plain SQL (sqlite-utils' insert()/update() look up the
        table's columns on every call, a third of an import's time)."""
        names = [k for k in row if k in EVENT_COLUMNS]
        values = [row[k] for k in names]
        if how == "insert":
            self.db.execute(f"insert into events ({', '.join(f'[{n}]' for n in names)}) "
                            f"values ({', '.join('?' for _ in names)})", values)
        else:
            self.db.execute(f"update events set {', '.join(f'[{n}] = ?' for n in names)} where id = ?",
                            [*values, row["id"]])

    # ---------------------------------------------------------------- identity

    def _resolve(self, row: dict, page_url: str, page_events, events_on_page) -> tuple[str, bool]:
        """(the event's id, whether it is a repeat of an event already stored in this run)."""
        minted = row["id"]
        claims = self._claims
        # the pages this event is announced on: the page read, and the event's own page it links to
        pages = list(dict.fromkeys(u for u in (page_url, row.get("url")) if u))
        if claims is not None:
            for page in pages:
                for claimed_id in self._claims_by_page.get(page, ()):
                    claim = claims[claimed_id]
                    if claim["slug"] == slug(row.get("title") or "") \
                            and (claim["start"] or "")[:10] == (row.get("start") or "")[:10]:
                        return claimed_id, True
        marks = ", ".join("?" for _ in pages)
        # three index lookups (a "source = ? and (... or ...)" would scan every event of the source)
        stored = [e for e in self._rows(
            "select id, title, start, city, missing_since, source from events where id in (select ? union "
            f"select id from events where url in ({marks}) union "
            f"select event_id from event_sources where url in ({marks}))",
            [minted, *pages, *pages]) if e["source"] == row["source"]]
        available = [e for e in stored if claims is None or e["id"] not in claims]
        siblings = list(page_events or [])
        for i, sibling in enumerate(siblings):  # the others: leave this event itself out once
            if sibling.get("title") == row.get("title") and sibling.get("start") == row.get("start"):
                del siblings[i]
                break
        live = [e for e in stored if not e["missing_since"]]
        sole = events_on_page == 1 and len(live) <= 1
        match = identity.best_match(row, available, siblings, sole=sole and len(available) == 1)
        if match is not None:
            return match["id"], False
        stored_ids = {e["id"] for e in stored}

        def taken(candidate: str) -> bool:
            return candidate in stored_ids or candidate in (claims or ())

        if not taken(minted):
            return minted, False
        # A new meeting on a page whose id is taken (another meeting of the series, the same
        # workshop on a second date): the day tells it apart.
        base = identity.event_id(row["source"], page_url, f"{row.get('title')} {(row.get('start') or '')[:10]}", True)
        candidate, n = base, 1
        while taken(candidate) or self.db.execute("select 1 from events where id = ?", [candidate]).fetchone():
            n += 1
            candidate = f"{base}-{n}"
        return candidate, False

    def _claim(self, row: dict, page_url: str) -> None:
        if self._claims is not None:
            self._claims[row["id"]] = {"page": page_url, "url": row.get("url"), "slug": slug(row.get("title") or ""),
                                       "start": row.get("start")}
            for page in {page_url, row.get("url")} - {None, ""}:
                self._claims_by_page.setdefault(page, []).append(row["id"])

    def _role(self, row: dict, page_url: str, role: str | None) -> str:
        if role in ROLES:
            return role
        if row.get("source") == MANUAL_SOURCE:
            return "manual"
        lowered = (page_url or "").lower()
        if lowered.endswith((".ics", ".ical", ".rss", ".xml", ".atom")) or "/feed" in lowered:
            return "feed"
        if "newsletter" in lowered or "rundbrief" in lowered:
            return "newsletter"
        organizer = self._source_organizer(row.get("source"))
        return "organizer" if _same_organizer(row.get("organizer"), organizer) else "third_party"

    def _source_organizer(self, source: str | None) -> str | None:
        cache = self.__dict__.setdefault("_organizers", {})
        if source not in cache:
            found = next(iter(self._rows("select organizer from sources where name = ?", [source])), None) \
                if self.db["sources"].exists() else None
            cache[source] = found["organizer"] if found else None
        return cache[source]

    def _record_source(self, row: dict, page_url: str, role: str | None, now: str) -> None:
        urls = [page_url] + ([row["url"]] if row.get("url") and row["url"] != page_url else [])
        for url in urls:
            if not url:
                continue
            self.db.execute(
                "insert into event_sources (event_id, url, source, role, first_seen, last_seen) "
                "values (?, ?, ?, ?, ?, ?) on conflict (event_id, url) do update set last_seen = excluded.last_seen, "
                "role = excluded.role, source = excluded.source",
                [row["id"], url, row.get("source"), self._role(row, url, role if url == page_url else None), now, now])

    def _record_changes(self, event_id_: str, source: str, changes: list[tuple], now: str) -> None:
        for field, old, new in changes:
            self.db.execute("insert into event_changes (event_id, field, old, new, at, source) values (?, ?, ?, ?, ?, ?)",
                            [event_id_, field, _shown(old), _shown(new), now, source])

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
        """Events of a source that a complete crawl no longer found: kept, flagged with missing_since
        (and the flag is written to the event's history). Nothing is deleted: a past event stays as
        archive; an upcoming one stays in the site and the feed, marked, until its date has passed."""
        now = now or utc_now()
        gone = [row["id"] for row in self._rows(
            "select id from events where source = ? and missing_since is null", [source])
            if row["id"] not in seen_ids]
        with self.db.conn:
            for event_id_ in gone:
                self.db["events"].update(event_id_, {"missing_since": now})
                self._record_changes(event_id_, source, [("missing_since", None, now)], now)
            self.refresh_entries(gone)
        return len(gone)

    def record_page(self, url: str, source: str, fingerprint: str, event_ids: list[str],
                    now: str | None = None, reading: dict | None = None) -> None:
        """A page read and all its events stored (or, for a generic source, the page's reading
        kept): next time the same body is not read again."""
        with self.db.conn:
            self.db["pages"].upsert({"url": url, "source": source, "fingerprint": fingerprint,
                                     "event_ids": json.dumps(sorted(set(event_ids))), "extracted": now or utc_now(),
                                     "reading": json.dumps(reading, ensure_ascii=False) if reading is not None else None},
                                    pk="url")

    def record_absent(self, url: str, source: str, status: int, now: str | None = None) -> None:
        """A guessed address the site does not have (404/410): remembered with the time."""
        with self.db.conn:
            self.db["absent_urls"].upsert({"url": url, "source": source, "status": status,
                                           "checked": now or utc_now()}, pk="url")

    def touch(self, event_ids: Iterable[str], now: str | None = None) -> int:
        """Events of a page that did not change: seen again, nothing else."""
        now = now or utc_now()
        ids = list(event_ids)
        with self.db.conn:
            for event_id_ in ids:
                self._claim({"id": event_id_, "title": None, "start": None}, "")
            self.db.conn.executemany("update events set last_seen = ? where id = ?", [(now, i) for i in ids])
            self.db.conn.executemany("update event_sources set last_seen = ? where event_id = ?", [(now, i) for i in ids])
        return len(ids)

    # ---------------------------------------------------------------- feed entries

    def refresh_entries(self, ids: Iterable[str]) -> int:
        """Render the VEVENTs of these events again where anything they show changed (the facts,
        SEQUENCE, the missing mark, the pages they were seen on). Returns how many were rendered."""
        ids = list(dict.fromkeys(ids))
        rendered = 0
        for offset in range(0, len(ids), 500):
            chunk = ids[offset:offset + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = {r["id"]: r for r in self._rows(f"select * from events where id in ({marks})", chunk)}
            sources: dict[str, list[dict]] = {}
            for s in self._rows(
                    f"select coalesce(e.duplicate_of, e.id) as owner, s.url, s.role from event_sources s "
                    f"join events e on e.id = s.event_id where e.id in ({marks}) or e.duplicate_of in ({marks}) "
                    f"order by s.first_seen, s.url", chunk + chunk):
                sources.setdefault(s["owner"], []).append({"url": s["url"], "role": s["role"]})
            keys = {r["id"]: r["key"] for r in self._rows(
                f"select id, key from feed_entries where id in ({marks})", chunk)}
            for event_id_, row in rows.items():
                row["_sources"] = sources.get(event_id_, [])
                key = hashlib.sha1(json.dumps(
                    [row.get(k) for k in ("content_hash", "sequence", "last_changed", "first_seen", "missing_since",
                                          "duplicate_of")] + [row["_sources"]], sort_keys=True).encode()).hexdigest()
                if keys.get(event_id_) == key:
                    continue
                vevent, deadline = ical.entry_texts(row)
                years = ical.entry_years(row) or (None, None)
                self._publish(row)
                listed = int(vevent is not None and not row.get("duplicate_of"))
                self.db.execute(
                    "insert or replace into feed_entries (id, key, listed, sort_key, first_year, last_year, timezone, "
                    "vevent, deadline_vevent) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [event_id_, key, listed, f"{row.get('start') or ''} {event_id_}", years[0], years[1],
                     row.get("timezone"), vevent and vevent.encode(), deadline and deadline.encode()])
                rendered += 1
        return rendered

    def _publish(self, row: dict) -> None:
        """Keep the overview table (and its search) current for one event: one row per event
        without duplicate_of."""
        found = self.db.execute(f"select rowid from {PUBLISHED} where id = ?", [row["id"]]).fetchone()
        if row.get("duplicate_of"):
            if found:
                self.db.execute(f"delete from {PUBLISHED} where rowid = ?", [found[0]])
                self.db.execute("delete from veranstaltungen_fts where rowid = ?", [found[0]])
            return
        values = published_row(row)
        names = list(values)
        if found:
            assignments = ", ".join(f'"{n}" = ?' for n in names)
            self.db.execute(f"update {PUBLISHED} set {assignments} where rowid = ?", [*values.values(), found[0]])
            self.db.execute("update veranstaltungen_fts set text = ? where rowid = ?", [search_text(row), found[0]])
        else:
            cursor = self.db.execute(
                f"insert into {PUBLISHED} ({', '.join(chr(34) + n + chr(34) for n in names)}) "
                f"values ({', '.join('?' for _ in names)})", list(values.values()))
            self.db.execute("insert into veranstaltungen_fts (rowid, text) values (?, ?)",
                            [cursor.lastrowid, search_text(row)])

    def publish_missing(self) -> int:
        """Events without a feed entry or an overview row (a database written by an older version):
        rendered and published now."""
        missing = [r["id"] for r in self._rows(
            f"select id from events where id not in (select id from feed_entries) or "
            f"(duplicate_of is null and id not in (select id from {PUBLISHED}))")]
        if missing:
            with self.db.conn:
                self.db.execute("delete from feed_entries where id in (select value from json_each(?))",
                                [json.dumps(missing)])
                self.refresh_entries(missing)
        return len(missing)

    def record_run(self, run: dict, errors: list[dict]) -> int:
        with self.db.conn:
            run_id = self.db["crawl_runs"].insert(
                {**run, "error_details": json.dumps(errors[:50], ensure_ascii=False)}).last_pk
            if errors:
                self.db["crawl_errors"].insert_all(
                    [{"run_id": run_id, "source": run["source"], "url": e.get("url"), "reason": e.get("reason"),
                      "at": run["finished"]} for e in errors])
            self.db.execute("update event_changes set run_id = ? where source = ? and run_id is null",
                            [run_id, run["source"]])
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
        row = next(iter(self._rows(
            "select found from (select id, coalesce(events_found, events_new + events_changed + events_unchanged) "
            "as found from crawl_runs where source = ? and status != 'failed') where found > 0 "
            "order by id desc limit 1", [source])), None)
        return None if row is None else row["found"]

    # ---------------------------------------------------------------- cross-source merging

    def merge_duplicates(self) -> int:
        """The same event announced by several agencies becomes one: every copy but one gets
        duplicate_of = the canonical id. Same day, and titles alike (SequenceMatcher ≥ 0.85 or
        word overlap ≥ 0.6); the canonical copy is the organizer's own announcement."""
        rows = list(self._rows(
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
        before = {r["id"]: r["duplicate_of"] for r in self._rows(
            "select id, duplicate_of from events where duplicate_of is not null")}
        with self.db.conn:
            self.db.execute("update events set duplicate_of = null where duplicate_of is not null")
            for row_id, canonical_id in duplicate_of.items():
                self.db["events"].update(row_id, {"duplicate_of": canonical_id})
            # the copies' pages are named in the canonical event's DESCRIPTION
            self.refresh_entries(set(before) | set(duplicate_of) | set(before.values()) | set(duplicate_of.values()))
        return len(duplicate_of)


def _shown(value) -> str | None:
    """A value as the change history shows it (text; None for nothing)."""
    if value is None or value == "":
        return None
    return str(value)


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
