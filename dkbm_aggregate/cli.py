"""The `dkbm` command line. Messages are German: they are read by the people who run the crawls."""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from .registry import DEFAULT_DB, DEFAULT_MIRROR, DEFAULT_REGISTRY, RegistryError, load_sources, organizer_for_url


class UserError(Exception):
    """A mistake the user can fix; printed without a traceback."""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args) or 0
    except (UserError, RegistryError) as error:
        print(f"dkbm: Fehler: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dkbm: abgebrochen.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `dkbm extract … | head`: the reader has what it wanted; no traceback, and none again when Python
        # flushes stdout on exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 141


RECRAWL_HELP = ("eine Seite, die vor weniger als so vielen Sekunden abgerufen oder bestätigt wurde, nicht erneut "
                "anfragen (Standard: 3600; 0 = jede Seite erneut anfragen)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dkbm", description="Veranstaltungen des datenbasierten kommunalen Bildungsmanagements sammeln, "
                                 "durchsuchen und als Kalender abonnieren.")
    commands = parser.add_subparsers(title="Befehle", metavar="BEFEHL")

    crawl = commands.add_parser("crawl", help="Quellen abrufen und die Datenbank aktualisieren")
    crawl.add_argument("--offline", action="store_true",
                       help="den Offline-Spiegel (data/mirror) über 127.0.0.1 abrufen statt der Live-Seiten")
    crawl.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR, help="Verzeichnis des Offline-Spiegels")
    crawl.add_argument("--source", action="append", metavar="NAME", help="nur diese Quelle(n) (mehrfach möglich)")
    crawl.add_argument("--db", type=Path, default=DEFAULT_DB, help="SQLite-Datenbank (Standard: data/dkbm.db)")
    crawl.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY, help="Quellenverzeichnis (TOML)")
    crawl.add_argument("--summary-json", type=Path, metavar="DATEI", help="Zusammenfassung als JSON schreiben")
    crawl.add_argument("--delay", type=float, help="Sekunden zwischen zwei Anfragen an dieselbe Seite")
    crawl.add_argument("--recrawl-interval", type=float, metavar="SEKUNDEN", help=RECRAWL_HELP)
    crawl.add_argument("--crawl-date", type=_iso_date, help="Bezugsdatum für Jahresangaben (Standard: heute)")
    crawl.add_argument("--quiet", action="store_true", help="keine Fortschrittsanzeige")
    crawl.add_argument("--fail-on-broken", action="store_true",
                       help="mit Exit-Code 1 enden, wenn eine Quelle ausgefallen oder verdächtig ist")
    crawl.add_argument("--wait", type=float, default=10.0, metavar="SEKUNDEN",
                       help="so lange warten, wenn ein anderer Abruf gerade in die Datenbank schreibt (Standard: 10)")
    crawl.add_argument("--redis", metavar="URL",
                       help="verteilt abrufen: Warteschlange und Duplikatfilter in Redis (redis://HOST:6379/0)")
    crawl.add_argument("--workers", type=int, default=1, metavar="N",
                       help="mit --redis: so viele lokale Worker starten (Standard: 1; 0 = nur entfernte)")
    crawl.set_defaults(handler=cmd_crawl)

    worker = commands.add_parser("worker", help="als Worker eines verteilten Abrufs (dkbm crawl --redis) mitarbeiten")
    worker.add_argument("--redis", required=True, metavar="URL", help="Redis des Abrufs (redis://HOST:6379/0)")
    worker.add_argument("--offline", action="store_true", help="den Offline-Spiegel abrufen statt der Live-Seiten")
    worker.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR, help="Verzeichnis des Offline-Spiegels")
    worker.add_argument("--source", action="append", metavar="NAME", help="nur diese Quelle(n)")
    worker.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY, help="Quellenverzeichnis (TOML)")
    worker.add_argument("--delay", type=float, help="Sekunden zwischen zwei Anfragen an dieselbe Seite")
    worker.add_argument("--recrawl-interval", type=float, metavar="SEKUNDEN", help=RECRAWL_HELP)
    worker.add_argument("--crawl-date", type=_iso_date, help="Bezugsdatum für Jahresangaben (Standard: heute)")
    worker.add_argument("--cache-dir", help="Verzeichnis des HTTP-Caches dieses Workers")
    worker.add_argument("--worker-id", help="Name des Workers in der Zusammenfassung (Standard: Rechner-PID)")
    worker.set_defaults(handler=cmd_worker)

    discover = commands.add_parser("discover", help="zeigen, was die generische Suche auf einer Startseite findet "
                                                    "(Feeds, Sitemaps, Übersichtsseiten, erste Veranstaltungen)")
    discover.add_argument("url", metavar="URL", help="Startseite, z. B. https://www.landkreis.example/")
    discover.add_argument("--offline", action="store_true", help="den Offline-Spiegel abrufen statt der Live-Seite")
    discover.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR, help="Verzeichnis des Offline-Spiegels")
    discover.add_argument("--max-pages", type=int, default=150, metavar="N", help="Seitenbudget (Standard: 150)")
    discover.add_argument("--max-depth", type=int, default=3, metavar="N", help="Linktiefe (Standard: 3)")
    discover.add_argument("--events", type=int, default=10, metavar="N", help="so viele Veranstaltungen zeigen")
    discover.add_argument("--crawl-date", type=_iso_date, help="Bezugsdatum für Jahresangaben (Standard: heute)")
    discover.add_argument("--delay", type=float, help="Sekunden zwischen zwei Anfragen an dieselbe Seite")
    discover.set_defaults(handler=cmd_discover)

    serve = commands.add_parser("serve", help="Datasette mit Kalender-Feed starten")
    serve.add_argument("--db", type=Path, default=DEFAULT_DB)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8001)
    serve.set_defaults(handler=cmd_serve)

    ics = commands.add_parser("ics", help="den Kalender-Feed (iCalendar) als Datei schreiben")
    ics.add_argument("--db", type=Path, default=DEFAULT_DB)
    ics.add_argument("-o", "--output", type=Path, help="Zieldatei (Standard: Standardausgabe)")
    ics.set_defaults(handler=cmd_ics)

    extract = commands.add_parser("extract", help="Veranstaltungen aus HTML- oder Textdateien lesen (JSON)")
    extract.add_argument("files", nargs="+", type=Path, metavar="DATEI")
    extract.add_argument("--url", help="Adresse der Seite (für Links und Jahresangaben)")
    extract.add_argument("--reference-date", type=_iso_date, help="Bezugsdatum JJJJ-MM-TT (Standard: heute)")
    extract.add_argument("--organizer", help="Veranstalter, wenn die Seite keinen nennt")
    extract.set_defaults(handler=cmd_extract)

    manual = commands.add_parser(
        "import", help="Veranstaltungen von Hand eintragen (CSV oder JSON-Zeilen mit den Feldern von dkbm extract)")
    manual.add_argument("file", type=Path, metavar="DATEI",
                        help="CSV (Kopfzeile mit Feldnamen: title, start, end, organizer, venue, city, url, ...) "
                             "oder JSON-Zeilen (.jsonl), eine Veranstaltung je Zeile")
    manual.add_argument("--db", type=Path, default=DEFAULT_DB, help="SQLite-Datenbank (Standard: %(default)s)")
    manual.set_defaults(handler=cmd_import)

    sources = commands.add_parser("sources", help="das Quellenverzeichnis mit dem letzten Abruf jeder Quelle")
    sources.add_argument("--db", type=Path, default=DEFAULT_DB)
    sources.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY)
    sources.set_defaults(handler=cmd_sources)

    evaluate = commands.add_parser("eval", help="Genauigkeit der Extraktion auf den gelabelten Testfällen")
    evaluate.add_argument("--cases", type=Path, default=None,
                          help="Verzeichnis der Testfälle (Standard: tests/extraction/cases); mit --real: "
                               "die Label-Datei (Standard: tests/extraction/real/cases.jsonl)")
    evaluate.add_argument("--real", type=Path, metavar="TEXTVERZEICHNIS",
                          help="echte Seiten bewerten: Verzeichnis mit <id>.txt je Fall (nicht im Repository)")
    evaluate.add_argument("--set", dest="case_set", metavar="NAME",
                          help="mit --real: nur die Fälle dieser Gruppe (z. B. dev oder own)")
    evaluate.add_argument("--reference-date", type=_iso_date, help="Bezugsdatum JJJJ-MM-TT (Standard: heute)")
    evaluate.add_argument("-v", "--verbose", action="store_true", help="jede Abweichung zeigen")
    evaluate.set_defaults(handler=cmd_eval)

    learn = commands.add_parser("train", help="aus gelabelten echten Seiten lernen, welche Tage Veranstaltungen tragen "
                                              "(Gewichte für parsers/happening.py)")
    learn.add_argument("--real", type=Path, required=True, metavar="TEXTVERZEICHNIS",
                       help="Verzeichnis mit <id>.txt je Fall (nicht im Repository)")
    learn.add_argument("--cases", type=Path, default=None,
                       help="die Label-Datei (Standard: tests/extraction/real/cases.jsonl)")
    learn.add_argument("--exclude", nargs="*", default=[], metavar="GRUPPE",
                       help="Gruppen, die zurückgehalten werden (die Seiten, auf denen später gemessen wird)")
    learn.add_argument("--out", type=Path, default=None, help="Zieldatei (Standard: parsers/data/happening_days.json)")
    learn.add_argument("--reference-date", type=_iso_date, help="Bezugsdatum JJJJ-MM-TT (Standard: heute)")
    learn.set_defaults(handler=cmd_train)
    return parser


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} ist kein Datum im Format JJJJ-MM-TT (z. B. 2027-03-01)") from None


# ---------------------------------------------------------------- crawl

EXIT_BUSY = 75  # EX_TEMPFAIL: try again later (cron and systemd log it as a failure, not a crash)


def _selected_sources(args):
    sources = load_sources(args.registry)
    by_name = {s.name: s for s in sources}
    if args.source:
        unknown = [name for name in args.source if name not in by_name]
        if unknown:
            raise UserError(f"unbekannte Quelle {', '.join(unknown)}. Verfügbar: {', '.join(by_name)} "
                            f"(siehe {args.registry}).")
        sources = [by_name[name] for name in args.source]
    if args.offline and not args.mirror.is_dir():
        raise UserError(f"{args.mirror}: Spiegelverzeichnis nicht gefunden. Geben Sie es mit --mirror an.")
    if args.offline and not args.source:
        # generic sites the mirror has no copy of cannot be crawled offline; said, not failed
        absent = [s for s in sources if s.platform == "generic"
                  and not any((args.mirror / host).is_dir() for host in s.hosts)]
        if absent:
            print(f"dkbm: {len(absent)} Quelle(n) ohne Kopie im Offline-Spiegel übersprungen: "
                  f"{', '.join(s.name for s in absent)}", file=sys.stderr)
            sources = [s for s in sources if s not in absent]
    return sources


def cmd_crawl(args) -> int:
    from .lock import DatabaseBusy, writer_lock
    sources = _selected_sources(args)
    _check_writable(args.db)
    try:
        with writer_lock(args.db, wait=args.wait):
            return _crawl(args, sources)
    except DatabaseBusy as busy:
        print(f"dkbm: {busy}", file=sys.stderr)
        return EXIT_BUSY


def _scrapy_settings(args, cache_dir: str):
    """Project settings for this command line; offline, the mirror server is started (returned)."""
    # Scrapy reads settings from the project module; the registry path must be known before
    # the spider module is imported, because it builds one spider per entry.
    os.environ["DKBM_REGISTRY"] = str(args.registry)
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.set("HTTPCACHE_DIR", cache_dir)
    settings.set("LOG_LEVEL", "ERROR")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False)
    if args.crawl_date:
        settings.set("DKBM_CRAWL_DATE", args.crawl_date.isoformat())
    if getattr(args, "recrawl_interval", None) is not None:
        settings.set("DKBM_RECRAWL_INTERVAL", args.recrawl_interval)
    if args.delay is not None:
        settings.set("DOWNLOAD_DELAY", args.delay)
        settings.set("AUTOTHROTTLE_ENABLED", args.delay > 0)
    mirror = None
    if args.offline:
        from .mirror import MirrorServer
        mirror = MirrorServer(args.mirror).start()
        handler = "crawler.mirror_routing.MirrorDownloadHandler"
        settings.set("DKBM_MIRROR_ADDRESS", mirror.address)
        settings.set("DOWNLOAD_HANDLERS", {"http": handler, "https": handler})
        if args.delay is None:  # loopback: no site to be polite to
            settings.set("DOWNLOAD_DELAY", 0)
            settings.set("AUTOTHROTTLE_ENABLED", False)
        print(f"Offline-Spiegel {args.mirror} läuft auf http://{mirror.address}", file=sys.stderr)
    return settings, mirror


def _crawl(args, sources) -> int:
    from .store import Store

    import sqlite3
    try:
        store = Store(args.db)
    except sqlite3.DatabaseError as error:
        raise UserError(f"{args.db}: keine dkbm-Datenbank ({error}). Wählen Sie mit --db eine andere Datei "
                        f"(eine neue wird angelegt).") from None
    store.sync_sources(sources)
    if args.redis:
        summaries, workers = _crawl_distributed(args, sources)
    else:
        from crawler.runner import run_spiders

        settings, mirror = _scrapy_settings(args, str(args.db.resolve()) + ".httpcache")
        settings.set("DKBM_DB", str(args.db))
        try:
            summaries = run_spiders(sources, settings, progress=not args.quiet)
        finally:
            if mirror:
                mirror.stop()
        workers = None
    duplicates = store.merge_duplicates()
    summary = _summary(sources, summaries, duplicates)
    if workers is not None:
        summary["workers"] = workers
    _print_summary(summary)
    if args.summary_json:
        args.summary_json.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = [name for name, s in summary["sources"].items() if s["status"] == "failed"]
    broken = [name for name, s in summary["sources"].items() if s["status"] != "ok"]
    if args.fail_on_broken and broken:
        print(f"dkbm: {len(broken)} Quelle(n) nicht in Ordnung: {', '.join(broken)} (--fail-on-broken).",
              file=sys.stderr)
        return 1
    return 1 if failed and len(failed) == len(sources) else 0


def _redis(url: str):
    import redis

    try:
        server = redis.Redis.from_url(url)
        server.ping()
    except (redis.exceptions.RedisError, ValueError) as error:
        raise UserError(f"Redis unter {url} nicht erreichbar ({error}). Läuft redis-server? Adresse im Format "
                        f"redis://HOST:6379/0 angeben.") from None
    return server


def _worker_command(args, worker_id: str, cache_dir: str) -> list[str]:
    command = [sys.executable, "-m", "dkbm_aggregate.cli", "worker", "--redis", args.redis, "--registry",
               str(args.registry), "--worker-id", worker_id, "--cache-dir", cache_dir]
    for name in args.source or []:
        command += ["--source", name]
    if args.offline:
        command += ["--offline", "--mirror", str(args.mirror)]
    if args.crawl_date:
        command += ["--crawl-date", args.crawl_date.isoformat()]
    if args.delay is not None:
        command += ["--delay", str(args.delay)]
    if args.recrawl_interval is not None:
        command += ["--recrawl-interval", str(args.recrawl_interval)]
    return command


def _crawl_distributed(args, sources):
    """Writer of a distributed crawl: N local workers (plus any that join from other machines)
    fetch through Redis; this process alone writes the database."""
    import socket
    import subprocess
    import time

    from crawler import distributed

    server = _redis(args.redis)
    distributed.reset(server, [s.name for s in sources])
    writer = distributed.Writer(server, sources, str(args.db))
    cache_dir = str(args.db.resolve()) + ".httpcache"
    host = socket.gethostname()
    processes = [subprocess.Popen(_worker_command(args, f"{host}-{i + 1}", cache_dir))
                 for i in range(args.workers)]
    if not args.quiet:
        print(f"Verteilter Abruf über {args.redis}: {args.workers} lokale Worker; weitere mit "
              f"`dkbm worker --redis {args.redis}`.", file=sys.stderr)
    quiet_since = time.monotonic()
    try:
        while True:
            if writer.take(timeout=0.5):
                quiet_since = time.monotonic()
                continue
            local_done = all(p.poll() is not None for p in processes)
            if local_done and writer.workers_done():
                break
            # local workers gone without a report (crashed) and nobody else working: give up
            if processes and local_done and time.monotonic() - quiet_since > 15:
                break
    except KeyboardInterrupt:
        for process in processes:
            process.terminate()
        raise
    writer.drain()
    runs, workers = writer.finish()
    distributed.reset(server, [s.name for s in sources])
    return runs, workers


def cmd_worker(args) -> int:
    """A worker of a distributed crawl: fetches and extracts, sends rows to the writer via Redis."""
    import socket

    from crawler import distributed
    from crawler.runner import run_spiders

    sources = _selected_sources(args)
    _redis(args.redis)
    worker_id = args.worker_id or f"{socket.gethostname()}-{os.getpid()}"
    settings, mirror = _scrapy_settings(args, args.cache_dir or str(Path.home() / ".cache" / "dkbm-httpcache"))
    distributed.worker_settings(settings, args.redis, worker_id)
    try:
        run_spiders(sources, settings)
    finally:
        if mirror:
            mirror.stop()
    print(f"Worker {worker_id}: fertig.", file=sys.stderr)
    return 0


def _check_writable(db: Path) -> None:
    directory = db.resolve().parent
    if not directory.exists():
        try:
            directory.mkdir(parents=True)
        except OSError as error:
            raise UserError(f"{db}: Verzeichnis kann nicht angelegt werden ({error.strerror}). "
                            f"Wählen Sie mit --db einen anderen Pfad.") from None
    if not os.access(directory, os.W_OK):
        raise UserError(f"{db}: keine Schreibrechte im Verzeichnis {directory}. Wählen Sie mit --db einen anderen Pfad.")


COUNT_KEYS = ("pages_fetched", "pages_fresh", "pages_not_modified", "bytes_received", "pages_extracted", "events_new",
              "events_changed", "events_unchanged", "events_missing", "errors", "write_errors",
              "found_feed", "found_jsonld", "found_sitemap", "found_listing", "events_irrelevant")
WAY_WORDS = (("found_feed", "Feed"), ("found_jsonld", "JSON-LD"), ("found_sitemap", "Sitemap"),
             ("found_listing", "Veranstaltungsseiten"))


def _summary(sources, summaries: dict, duplicates: int) -> dict:
    per_source = {}
    for source in sources:
        run = summaries.get(source.name) or {"status": "failed", "reason": "Spider lief nicht", "error_details": [
            {"url": "", "reason": "Spider lief nicht"}], **{k: 0 for k in COUNT_KEYS}}
        per_source[source.name] = {"title": source.title, "platform": source.platform,
                                   "status": run["status"], "reason": run.get("reason") or "",
                                   **{k: run.get(k, 0) for k in COUNT_KEYS},
                                   "error_details": run.get("error_details", [])}
    total = {k: sum(s[k] for s in per_source.values()) for k in COUNT_KEYS}
    total["sources"] = len(per_source)
    total["sources_failed"] = sum(1 for s in per_source.values() if s["status"] == "failed")
    total["sources_suspect"] = sum(1 for s in per_source.values() if s["status"] == "suspect")
    total["duplicates_merged"] = duplicates
    return {"total": total, "sources": per_source}


STATUS_WORDS = {"ok": "in Ordnung", "suspect": "verdächtig", "failed": "ausgefallen"}


def _print_summary(summary: dict) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout, width=None if sys.stdout.isatty() else 130, highlight=False)
    table = Table(box=box.SIMPLE_HEAD, title="Abruf", title_justify="left", pad_edge=False)
    table.add_column("Quelle", no_wrap=True)
    table.add_column("Zustand", no_wrap=True)
    for label in ("Seiten", "frisch", "304", "KB", "ausgew.", "neu", "geänd.", "gleich", "fehlt", "Fehler"):
        table.add_column(label, justify="right", no_wrap=True)
    rows = list(summary["sources"].items()) + [("GESAMT", summary["total"])]
    for name, s in rows:
        state = STATUS_WORDS.get(s.get("status"), "") if name != "GESAMT" else ""
        table.add_row(name, state, str(s["pages_fetched"]), str(s.get("pages_fresh", 0)), str(s["pages_not_modified"]),
                      f"{s['bytes_received'] / 1024:.0f}", str(s["pages_extracted"]), str(s["events_new"]),
                      str(s["events_changed"]), str(s["events_unchanged"]), str(s["events_missing"]),
                      str(s["errors"]), end_section=name == rows[-2][0])
    console.print(table)
    for name, s in summary["sources"].items():
        if s.get("platform") == "generic":
            ways = ", ".join(f"{word} {s.get(key, 0)}" for key, word in WAY_WORDS if s.get(key))
            print(f"  {name}: gefunden über {ways or 'nichts'}; als nicht relevant ausgelassen: "
                  f"{s.get('events_irrelevant', 0)}")
    for name, s in summary["sources"].items():
        for error in s["error_details"][:5]:
            print(f"  {name}: {error['reason']} {error['url']}")
        if s["status"] == "failed":
            print(f"  {name}: QUELLE AUSGEFALLEN – {s['reason']}")
        elif s["status"] == "suspect":
            print(f"  {name}: VERDÄCHTIG, nichts als fehlend markiert – {s['reason']}")
    print(f"Zusammengeführte Mehrfachmeldungen: {summary['total']['duplicates_merged']}")


# ---------------------------------------------------------------- discover

STATUS_NAMES = {"cancelled": "abgesagt", "postponed": "verschoben", "tentative": "vorläufig"}


def cmd_discover(args) -> int:
    """One look at a site before it becomes a registry entry: the generic spider on its home
    page, into a throw-away database, and what it found by which way."""
    import sqlite3
    import tempfile
    from urllib.parse import urlsplit

    from .registry import Source

    parts = urlsplit(args.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"{args.url!r} ist keine vollständige Adresse. Schreiben Sie sie mit https:// und Hostnamen.")
    if args.offline and not (args.mirror / parts.hostname).is_dir():
        raise UserError(f"{args.mirror / parts.hostname}: keine Kopie dieser Seite im Offline-Spiegel.")
    source = Source(name="entdeckung", title=parts.hostname, organizer=parts.hostname, regions=("DE",),
                    platform="generic", start_urls=(args.url,), max_pages=args.max_pages, max_depth=args.max_depth)
    with tempfile.TemporaryDirectory(prefix="dkbm-discover-") as tmp:
        db = Path(tmp) / "entdeckung.db"
        args.registry = DEFAULT_REGISTRY
        settings, mirror = _scrapy_settings(args, str(Path(tmp) / "httpcache"))
        settings.set("DKBM_DB", str(db))
        settings.set("HTTPCACHE_ENABLED", False)
        from scrapy.crawler import CrawlerProcess

        from crawler import report
        from crawler.spiders.sources import spider_class

        process = CrawlerProcess(settings)
        crawler = process.create_crawler(spider_class(source))
        process.crawl(crawler)
        try:
            process.start()
        finally:
            if mirror:
                mirror.stop()
        stats = crawler.stats
        connection = sqlite3.connect(db)
        connection.row_factory = sqlite3.Row
        try:
            events = [dict(r) for r in connection.execute(
                "select title, start, city, status, url, provenance from events order by start is null, start")]
            left_out = [dict(r) for r in connection.execute("select title, start, reasons from excluded_events "
                                                            "order by start")]
        except sqlite3.OperationalError:
            events, left_out = [], []
        finally:
            connection.close()
    run = report.result(stats) or {}
    print(f"{args.url}: {run.get('pages_fetched', 0)} Seiten abgerufen")
    for kind, word in (("feeds", "Feeds (RSS, Atom, iCal)"), ("sitemaps", "Sitemaps"),
                       ("listings", "Übersichtsseiten")):
        urls = report.discovered(stats, kind)
        print(f"\n{word}: {len(urls)}")
        for url in urls[:15]:
            print(f"  {url}")
    ways = ", ".join(f"{word} {run.get(key, 0)}" for key, word in WAY_WORDS if run.get(key))
    print(f"\nVeranstaltungen: {len(events)} (gefunden über {ways or 'nichts'}); "
          f"als nicht relevant ausgelassen: {len(left_out)}")
    for event in events[:args.events]:
        print(f"  {event['start'] or 'ohne Datum':16}  {event['title'][:70]}"
              f"{' – ' + event['city'] if event['city'] else ''}{' [' + STATUS_NAMES.get(event['status'], event['status']) + ']' if event['status'] != 'scheduled' else ''}")
    if left_out:
        print("Ausgelassen:")
        for event in left_out[:args.events]:
            print(f"  {event['start'] or 'ohne Datum':16}  {event['title'][:60]}  ({event['reasons']})")
    for error in (run.get("error_details") or [])[:5]:
        print(f"  Fehler: {error['reason']} {error['url']}")
    return 0


# ---------------------------------------------------------------- serve / ics / sources

def _existing_db(path: Path) -> Path:
    if not path.exists():
        raise UserError(f"{path}: Datenbank nicht gefunden. Erst `dkbm crawl` (oder `dkbm crawl --offline`) "
                        f"ausführen oder mit --db den Pfad angeben.")
    return path


def cmd_serve(args) -> int:
    from .app import serve
    _existing_db(args.db)
    print(f"Datasette: http://{args.host}:{args.port}/dkbm  ·  Kalender: http://{args.host}:{args.port}/dkbm/events.ics",
          file=sys.stderr)
    serve(args.db, host=args.host, port=args.port)
    return 0


def cmd_ics(args) -> int:
    import sqlite3

    from .feed import whole_feed
    from .ical import build_calendar
    db = _existing_db(args.db)
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        if connection.execute("select 1 from sqlite_master where name = 'feed_entries'").fetchone():
            body, count = whole_feed(connection)  # each event's VEVENT was rendered when it was written
        else:  # a database of an older version
            connection.row_factory = sqlite3.Row
            rows = [dict(r) for r in connection.execute(
                "select * from events where duplicate_of is null and start is not null order by start, id")]
            body, count = build_calendar(rows), len(rows)
    except sqlite3.DatabaseError as error:
        raise UserError(f"{db}: keine dkbm-Datenbank ({error}). Mit `dkbm crawl --db {db}` anlegen.") from None
    finally:
        connection.close()
    if args.output:
        args.output.write_bytes(body)
        print(f"{args.output}: {count} Veranstaltungen geschrieben", file=sys.stderr)
    else:
        sys.stdout.buffer.write(body)
    return 0


def cmd_import(args) -> int:
    from crawler.manual import import_records, read_records

    from .lock import DatabaseBusy, writer_lock
    from .store import Store
    try:
        records = read_records(args.file)
    except FileNotFoundError:
        raise UserError(f"{args.file}: Datei nicht gefunden.") from None
    except UnicodeDecodeError as error:
        raise UserError(f"{args.file}: nicht in UTF-8 gespeichert (Byte {error.start}).") from None
    _check_writable(args.db)
    try:
        with writer_lock(args.db, wait=10):
            result = import_records(Store(args.db), records)
    except DatabaseBusy as error:
        raise UserError(str(error)) from None
    for number, problem in result.problems:
        print(f"dkbm: {args.file}, Zeile {number}: nicht übernommen – {problem}", file=sys.stderr)
    print(f"{args.file}: {result.new} neu, {result.changed} geändert, {result.unchanged} unverändert, "
          f"{len(result.problems)} fehlerhaft (Quelle „manuell“)", file=sys.stderr)
    return 1 if result.problems else 0


def cmd_sources(args) -> int:
    import sqlite3
    sources = load_sources(args.registry)
    last: dict[str, dict] = {}
    if args.db.exists():
        connection = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
        connection.row_factory = sqlite3.Row
        try:
            last = {r["name"]: dict(r) for r in connection.execute("select * from sources")}
        except sqlite3.OperationalError:
            pass  # a database without crawl history: every source "nie"
        except sqlite3.DatabaseError as error:
            raise UserError(f"{args.db}: keine dkbm-Datenbank ({error}). Geben Sie mit --db die Datenbank "
                            f"von `dkbm crawl` an.") from None
        finally:
            connection.close()
    print(f"{'Name':32} {'Region':12} {'Plattform':17} {'letzter Abruf':26} {'Status':8} {'Termine':>7} {'Fehler':>6}")
    for source in sources:
        info = last.get(source.name, {})
        print(f"{source.name:32} {', '.join(source.regions)[:12]:12} {source.platform:17} "
              f"{(info.get('last_crawl_started') or 'nie'):26} {(info.get('last_crawl_status') or '-'):8} "
              f"{info.get('last_crawl_events') or 0:7d} {info.get('last_crawl_errors') or 0:6d}")
        if info.get("last_crawl_reason"):
            print(f"  └ {info['last_crawl_reason']}")
    return 0


# ---------------------------------------------------------------- extract / eval

def cmd_extract(args) -> int:
    from parsers import PageTooLarge, extract_events

    from .readable import problem
    reference = args.reference_date or date.today()
    # a page of a registry source that names no organizer is the source's own announcement
    organizer = args.organizer or organizer_for_url(args.url)
    results = []
    skipped = 0
    for path in args.files:
        try:
            content = path.read_bytes()
        except FileNotFoundError:
            raise UserError(f"{path}: Datei nicht gefunden.") from None
        except IsADirectoryError:
            raise UserError(f"{path}: ist ein Verzeichnis; geben Sie Dateien an (z. B. {path}/*.html).") from None
        unreadable = problem(content)
        if unreadable:
            print(f"dkbm: {path}: übersprungen, die Datei {unreadable}. Geben Sie eine HTML- oder Textdatei an.",
                  file=sys.stderr)
            skipped += 1
            continue
        content_type = "text/plain" if path.suffix.lower() in (".txt", ".text", ".md") else None
        try:
            events = extract_events(content, url=args.url, reference_date=reference, content_type=content_type,
                                    default_organizer=organizer)
        except PageTooLarge as error:
            print(f"dkbm: {path}: übersprungen, Datei zu groß ({error}). Geben Sie die Seite selbst an, "
                  f"nicht ein Archiv oder einen Export.", file=sys.stderr)
            skipped += 1
            continue
        if not events:
            print(f"dkbm: {path}: keine Veranstaltung gefunden (kein Datum mit Veranstaltungsbezug erkannt).",
                  file=sys.stderr)
        results.append((path, [e.to_dict() for e in events]))
    out = sys.stdout
    if len(args.files) == 1 and results:
        json.dump(results[0][1], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for path, events in results:
            out.write(json.dumps({"file": str(path), "events": events}, ensure_ascii=False) + "\n")
    return 1 if skipped else 0


TESTS_DIR = Path(__file__).resolve().parent.parent / "tests" / "extraction"


def cmd_eval(args) -> int:
    if args.real is not None:
        return _eval_real(args)
    from .evaluation import evaluate, print_report
    cases = args.cases or TESTS_DIR / "cases"
    if not cases.is_dir():
        raise UserError(f"{cases}: kein Verzeichnis mit Testfällen. Mit --cases angeben.")
    report = evaluate(cases)
    print_report(report)
    return 0


def cmd_train(args) -> int:
    from parsers.happening import WEIGHTS_FILE
    from .happening_training import examples, train, write_model
    cases = _real_inputs(args)
    try:
        data, pages = examples(cases, args.real, set(args.exclude), args.reference_date or date.today())
    except ValueError as error:
        raise UserError(str(error)) from None
    if not data:
        raise UserError(f"{args.real}: keine Seite mit Datum gefunden, aus der gelernt werden kann "
                        f"(erwartet <id>.txt je Fall aus {cases}).")
    out = args.out or WEIGHTS_FILE
    weights = train(data)
    write_model(out, weights, data, pages, set(args.exclude))
    print(f"{out}: {len(weights)} Gewichte aus {len(data)} Tagen auf {pages} Seiten "
          f"({sum(e.happening for e in data)} davon Veranstaltungstage)")
    return 0


def _real_inputs(args) -> Path:
    """The label file of `--real` commands, once the folder of page texts and the file are known to exist."""
    cases = args.cases or TESTS_DIR / "real" / "cases.jsonl"
    if not args.real.is_dir():
        raise UserError(f"{args.real}: kein Verzeichnis. Legen Sie die Seitentexte als <id>.txt dort ab "
                        f"(je Fall der Text der Seite unter ihrer url) und geben Sie es mit --real an.")
    if not cases.is_file():
        raise UserError(f"{cases}: keine Label-Datei (JSON Lines). Mit --cases DATEI angeben.")
    return cases


def _eval_real(args) -> int:
    from .real_evaluation import evaluate_real, load_real_cases, print_real_report
    cases = _real_inputs(args)
    try:
        load_real_cases(cases)
    except ValueError as error:
        raise UserError(str(error)) from None
    report = evaluate_real(cases, args.real, args.reference_date, case_set=args.case_set)
    if report.events_expected == 0 and report.missing_texts:
        raise UserError(f"{args.real}: keine der {len(report.missing_texts)} Textdateien gefunden "
                        f"(erwartet z. B. {args.real / (report.missing_texts[0] + '.txt')}).")
    print_real_report(report, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
