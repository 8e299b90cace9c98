"""One writer per database: `dkbm crawl` holds an exclusive lock on "<database>.lock".

SQLite takes one writer at a time, and two crawls interleaving their transactions fail each
other with "database is locked". The lock is an advisory flock(2) on a file next to the
database: the kernel releases it when the process ends, however it ends (kill -9 included), so
a crashed crawl never leaves a stale lock behind. The file itself stays; it names the last holder.
"""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path


class DatabaseBusy(Exception):
    """Another process holds the writer lock of this database."""

    def __init__(self, db: Path, holder: str, waited: float):
        self.db, self.holder, self.waited = db, holder, waited
        who = f" (Prozess {holder})" if holder else ""
        super().__init__(
            f"{db}: In diese Datenbank schreibt gerade ein anderer Abruf{who}; nach {waited:g} s Warten "
            f"abgebrochen. Warten Sie, bis er fertig ist, und starten Sie dann erneut (oder mit "
            f"--wait SEKUNDEN länger warten), oder wählen Sie mit --db eine andere Datenbank.")


def lock_path(db: Path | str) -> Path:
    db = Path(db)
    return db.with_name(db.name + ".lock")


@contextmanager
def writer_lock(db: Path | str, wait: float = 10.0, poll: float = 0.2):
    """Hold the database's writer lock; wait up to `wait` seconds for it, else raise DatabaseBusy."""
    path = lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+", encoding="utf-8")
    try:
        deadline = time.monotonic() + max(wait, 0)
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    raise DatabaseBusy(Path(db), handle.read().strip()[:40], wait) from None
                time.sleep(poll)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield path
    finally:
        handle.close()  # closing the descriptor releases the lock
