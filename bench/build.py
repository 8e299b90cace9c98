"""Synthetic DKBM events at scale, written through the project's own import path
(`dkbm import`: crawler.manual.import_records -> normalise, validate, identity, store, feed entries,
overview table). Shared by bench/feed.py and bench/site.py; a built database is kept under
bench/.cache/ (ignored by git) and reused while this file and the store's code are unchanged."""
from __future__ import annotations

import hashlib
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = ROOT / "bench" / ".cache"
FORMATS = ["Netzwerktreffen", "Werkstatt/Workshop", "Fachtag", "Konferenz/Tagung", "Sprechstunde", "Webinar",
           "Forum", "Seminar"]
TOPICS = ["Bildungsmonitoring", "Ganztag", "Übergänge", "Datenvisualisierung", "Bildungsbericht", "Sozialraum",
          "Neuzugewanderte", "Berufsorientierung", "Kita", "Weiterbildung"]
CITIES = ["München", "Kassel", "Köln", "Düsseldorf", "Frankfurt am Main", "Leipzig", "Nürnberg", "Saarlouis",
          "Trier", "Göttingen", "Lübeck", "Osnabrück", "Würzburg", "Erfurt", "Potsdam", "Münster"]
REGIONS = ["BY", "HE", "NW", "NW", "HE", "SN", "BY", "SL", "RP", "NI", "SH", "NI", "BY", "TH", "BB", "NW"]
ORGANIZERS = ["REAB Hessen", "Transferagentur Bayern", "Transferagentur NRW", "REAB Mitteldeutschland",
              "Transferagentur Nord-Ost", "REAB Rheinland-Pfalz – Saarland", "Transferagentur Niedersachsen",
              "Transferagentur für Großstädte", "KOSMO", "Transferinitiative Kommunales Bildungsmanagement"]
NAVIGATION = " Termin in Kalender übernehmen (iCal) Zurück zur Übersicht"


def records(n: int, seed: int = 7):
    rng = random.Random(seed)
    for i in range(n):
        k = rng.randrange(len(CITIES))
        day = rng.randrange(0, 5 * 365)
        year, rest = 2026 + day // 365, day % 365
        month, dom = 1 + rest // 31 % 12, 1 + rest % 28
        hour = rng.choice([9, 10, 13, 14])
        fmt = rng.choice(FORMATS)
        start = f"{year}-{month:02d}-{dom:02d}"
        record = {
            "title": f"{fmt.split('/')[0]} {rng.choice(TOPICS)} {CITIES[k]} Nr. {i}",
            "start": f"{start}T{hour:02d}:00" if i % 7 else start,
            "end": f"{start}T{hour + 3:02d}:00" if i % 7 else None,
            "organizer": rng.choice(ORGANIZERS), "venue": "Rathaus, Sitzungssaal", "city": CITIES[k],
            "postal_code": f"{10000 + k * 5000}", "address": f"Marktplatz {1 + i % 40}",
            "event_type": fmt, "topics": rng.sample(TOPICS, 2), "regions": [REGIONS[k]],
            "registration_deadline": f"{year}-{month:02d}-01" if i % 3 == 0 else None,
            "status": "cancelled" if i % 50 == 0 else "scheduled",
            "online": i % 5 == 0, "online_platform": "Webex" if i % 5 == 0 else None,
            "contacts": [{"name": "Eva Beispiel", "role": None, "email": f"kontakt{i % 97}@example.org",
                          "phone": "0000 123-45"}],
            "description": ("Austausch der kommunalen Bildungskoordination zu Daten, Indikatoren und "
                            "Berichten. " * rng.randrange(2, 20)) + NAVIGATION,
            "url": f"https://www.example.org/veranstaltungen/{i}.html",
        }
        yield record


def _code_version() -> str:
    """What a built database depends on: this file and the code that writes the tables."""
    digest = hashlib.sha1()
    for path in sorted([ROOT / "dkbm_aggregate" / name for name in ("schema.py", "store.py", "identity.py",
                                                                    "ical.py", "rows.py")]
                       + [ROOT / "crawler" / "manual.py", Path(__file__)]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def build(n: int, fresh: bool = False) -> Path:
    """A database of n imported events (built once, then reused from bench/.cache/)."""
    from crawler.manual import import_records
    from dkbm_aggregate.store import Store

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"events-{n}-{_code_version()}.db"
    if path.exists() and not fresh:
        return path
    for old in CACHE.glob(f"events-{n}-*.db*"):
        old.unlink()
    work = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    store = Store(work)
    result = import_records(store, [(i + 2, r, None) for i, r in enumerate(records(n))])
    assert not result.problems, result.problems[:3]
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.conn.close()
    shutil.move(work, path)
    print(f"  {n:>7,} events imported through `dkbm import`'s path in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    return path
