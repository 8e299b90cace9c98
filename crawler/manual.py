"""Manual events: an invitation that came by e-mail, a date from a phone call.

`import_records` takes records with the fields `dkbm extract` prints (title, start, end, organizer,
venue, city, contacts, ...) plus `url`, and stores them as source "manuell" through the same
pipelines as crawled events (normalise, validate, store) and so with the same identity rules: a
record imported again with a moved date or a changed title updates its event. A record that cannot
be used is reported with its line number; every other one is stored.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, fields
from pathlib import Path

from scrapy.exceptions import DropItem

from dkbm_aggregate.registry import Source
from dkbm_aggregate.store import MANUAL_SOURCE, Store
from parsers import Contact, Event

from .items import EventItem
from .pipelines import NormalizePipeline, ValidatePipeline

MANUAL = Source(name=MANUAL_SOURCE, title="Manuell eingetragen", organizer="", regions=(), platform="static",
                start_urls=(), detail_patterns=(".",))
EVENT_FIELDS = {f.name for f in fields(Event)} - {"provenance"}
LIST_FIELDS = ("co_organizers", "topics", "target_groups", "regions")
BOOL_FIELDS = ("all_day", "date_tentative", "online", "hybrid", "booked_out")
TRUE = ("1", "true", "ja", "yes", "x", "wahr")
FALSE = ("", "0", "false", "nein", "no", "falsch")


@dataclass
class ImportResult:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    problems: list[tuple[int, str]] = None

    def __post_init__(self):
        self.problems = self.problems or []


def read_records(path: Path) -> list[tuple[int, dict | None, str | None]]:
    """(line number, record or None, problem or None) for every record of a CSV or JSON-lines file."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json") or text.lstrip().startswith("{"):
        out = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                out.append((number, None, f"kein gültiges JSON ({error.msg}, Spalte {error.colno})"))
                continue
            if not isinstance(record, dict):
                out.append((number, None, "kein JSON-Objekt ({...})"))
                continue
            out.append((number, record, None))
        return out
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    out = []
    for record in reader:
        number = reader.line_num
        if None in record:
            out.append((number, None, "mehr Werte als Spalten in der Kopfzeile"))
            continue
        if not any((v or "").strip() for v in record.values()):
            continue
        out.append((number, {k.strip(): v for k, v in record.items() if k}, None))
    return out


def _list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    value = str(value).strip()
    if value.startswith("["):
        return [str(v) for v in json.loads(value)]
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


def _flag(name: str, value) -> bool:
    if isinstance(value, bool) or value is None:
        return bool(value)
    text = str(value).strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise ValueError(f"„{name}“ ist {value!r}; erlaubt sind 1/0, ja/nein, true/false")


def to_event(record: dict) -> tuple[Event, str, tuple[str, ...]]:
    """(Event, its url, regions) from one record; ValueError with a German reason."""
    record = {k: (v.strip() if isinstance(v, str) else v) for k, v in record.items()}
    unknown = sorted(set(record) - EVENT_FIELDS - {"region", "regions"})
    if unknown:
        raise ValueError("unbekannte Spalte(n) " + ", ".join(f"„{u}“" for u in unknown))
    if not record.get("title"):
        raise ValueError("kein Titel („title“)")
    if not record.get("start"):
        raise ValueError("kein Beginn („start“, JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM)")
    values = {}
    for name in EVENT_FIELDS & set(record):
        value = record[name]
        if name in BOOL_FIELDS:
            values[name] = _flag(name, value)
        elif name in LIST_FIELDS:
            values[name] = _list(value)
        elif name == "contacts":
            contacts = json.loads(value) if isinstance(value, str) and value else (value or [])
            if isinstance(contacts, dict):
                contacts = [contacts]
            values[name] = [Contact(**{k: c.get(k) for k in ("name", "role", "email", "phone")}) for c in contacts]
        else:
            values[name] = value if value != "" else None
    if "start" in values and values["start"] and "T" not in values["start"] and "all_day" not in values:
        values["all_day"] = True
    regions = tuple(r.upper() for r in _list(record.get("regions") or record.get("region")))
    return Event(**values), values.get("url") or "", regions


def import_records(store: Store, records: list[tuple[int, dict | None, str | None]]) -> ImportResult:
    """Store every usable record as a manual event; report the others with their line numbers."""
    result = ImportResult()
    store.sync_sources([MANUAL])
    store.begin_run()
    parsed = []
    for number, record, problem in records:
        if problem is None:
            try:
                parsed.append((number, *to_event(record), None))
                continue
            except (ValueError, TypeError) as error:
                problem = str(error)
        parsed.append((number, None, None, None, problem))
    # the "page" of a manual event is its link (else its title): records sharing a link are told
    # apart by their titles, as the events of one list page are
    pages: dict[str, list[Event]] = {}
    for _, event, url, _, problem in parsed:
        if problem is None:
            pages.setdefault(url or f"manuell:{event.title}", []).append(event)
    with store.batch():
        _store_parsed(store, parsed, pages, result)
    if result.new or result.changed:
        store.merge_duplicates()
    return result


def _store_parsed(store: Store, parsed: list, pages: dict[str, list[Event]], result: ImportResult) -> None:
    normalize, validate = NormalizePipeline(), ValidatePipeline()
    for number, event, url, regions, problem in parsed:
        if problem is None:
            page = url or f"manuell:{event.title}"
            siblings = pages[page]
            try:
                source = Source(**{**MANUAL.__dict__, "regions": regions})
                item = EventItem(event=event, source=source, page_url=page, events_on_page=len(siblings),
                                 page_events=[{"title": e.title, "start": e.start, "city": e.city} for e in siblings])
                row = normalize.process_item(item)
                if not url:
                    row["url"] = None
                row["organizer"] = row.get("organizer") or None
                row = validate.process_item(row)
                row["_role"] = "manual"
                outcome = store.upsert_event(row)
            except DropItem as error:
                problem = str(error)
            except (ValueError, TypeError) as error:
                problem = str(error)
        if problem is not None:
            result.problems.append((number, problem))
            continue
        if outcome in ("new", "changed", "unchanged"):
            setattr(result, outcome, getattr(result, outcome) + 1)
