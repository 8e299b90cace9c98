"""What a running crawl shows: one progress bar per source with pages, events and errors, read
from each crawler's stats a few times a second. On a terminal only; in a log (cron, systemd) one
line per finished source instead of one line per URL."""
from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from twisted.internet import task

from . import report

STATUS_WORDS = {"ok": "fertig", "suspect": "verdächtig", "failed": "ausgefallen"}


class CrawlProgress:
    def __init__(self, crawlers: dict, stream=None, interval: float = 0.2):
        self.crawlers = crawlers
        self.stream = stream or sys.stderr
        self.interval = interval
        self.console = Console(file=self.stream)
        self.live = self.console.is_terminal
        self.done: set[str] = set()
        self.loop = None
        self.progress = Progress(
            TextColumn("{task.description:<32}"), BarColumn(bar_width=24),
            TextColumn("{task.fields[pages]:>4} Seiten"), TextColumn("{task.fields[events]:>4} Termine"),
            TextColumn("{task.fields[errors]:>3} Fehler"), TextColumn("{task.fields[state]}"),
            TimeElapsedColumn(), console=self.console, transient=False, auto_refresh=False)
        self.tasks = {name: self.progress.add_task(name, total=None, pages=0, events=0, errors=0, state="")
                      for name in crawlers} if self.live else {}

    def start(self) -> None:
        if self.live:
            self.progress.start()
        self.loop = task.LoopingCall(self.update)
        self.loop.start(self.interval, now=True)

    def stop(self) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.update()
        if self.live:
            self.progress.stop()

    def update(self) -> None:
        for name, crawler in self.crawlers.items():
            stats = crawler.stats
            if stats is None:
                continue
            counts = report.counts(stats)
            errors = len(report.errors(stats))
            run = report.result(stats)
            enqueued = stats.get_value("scheduler/enqueued", 0) or 0
            dequeued = stats.get_value("scheduler/dequeued", 0) or 0
            if run is not None and name not in self.done:
                self.done.add(name)
                if not self.live:
                    print(f"{name}: {STATUS_WORDS.get(run['status'], run['status'])} – {counts['pages_fetched']} "
                          f"Seiten, {counts['events_found']} Termine, {errors} Fehler", file=self.stream, flush=True)
            if self.live:
                state = STATUS_WORDS.get(run["status"], run["status"]) if run else ""
                total = max(enqueued, 1)
                self.progress.update(self.tasks[name], total=total, completed=total if run else dequeued,
                                     pages=counts["pages_fetched"], events=counts["events_found"],
                                     errors=errors, state=state)
        if self.live:
            self.progress.refresh()
