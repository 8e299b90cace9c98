"""One writer per database: a second crawl waits or leaves with a German message, write errors
are counted and reported, and readers never lose the published view while a crawl runs."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import threading

import pytest

from dkbm_aggregate.store import Store

from . import minimirror

ALL = set(minimirror.TITLES_A + minimirror.TITLES_B)


def _start(workdir, run, *extra):
    """A crawl in the background, returned once it has started working on the database."""
    process = subprocess.Popen(minimirror.crawl_command(workdir, run, *extra), cwd=workdir, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    started = []
    for line in process.stderr:
        started.append(line)
        if "Offline-Spiegel" in line:
            break
    assert started and "Offline-Spiegel" in started[-1], "".join(started)
    return process


def test_a_second_crawl_on_the_same_database_leaves_with_a_german_message(tmp_path):
    workdir = minimirror.build(tmp_path)
    first = _start(workdir, "1", "--delay", "0.4")
    second = subprocess.run(minimirror.crawl_command(workdir, "2", "--wait", "0.5"), cwd=workdir,
                            capture_output=True, text=True, timeout=60)
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err[-2000:]
    assert second.returncode == 75
    message = second.stderr
    assert str(workdir / "dkbm.db") in message
    assert "anderer Abruf" in message and "--wait" in message and "--db" in message
    assert "Traceback" not in message
    # the first crawl lost nothing and recorded both sources; the second wrote nothing
    found = minimirror.database(workdir / "dkbm.db")
    assert set(found["events"]) == ALL
    assert [r["source"] for r in found["runs"]] in (["netzwerk_a", "netzwerk_b"], ["netzwerk_b", "netzwerk_a"])
    assert found["errors"] == []
    assert not (workdir / "summary-2.json").exists()


def test_two_crawls_of_the_whole_mirror_at_once_lose_nothing(tmp_path):
    """Two scheduled crawls overlapping on one database: the second waits for the first; both
    see every event, nothing is flagged missing, every run is recorded."""
    db = tmp_path / "dkbm.db"

    def command(run):
        return [*minimirror.crawl_command(tmp_path, run, db=db)[:4], "--offline", "--db", str(db), "--summary-json",
                str(tmp_path / f"summary-{run}.json"), "--crawl-date", "2026-11-23", "--quiet", "--wait", "120"]

    first = subprocess.Popen(command("1"), cwd=minimirror.ROOT, text=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    second = subprocess.run(command("2"), cwd=minimirror.ROOT, capture_output=True, text=True, timeout=300)
    first.communicate(timeout=300)
    assert first.returncode == 0 and second.returncode == 0, second.stderr[-2000:]
    summaries = [json.loads((tmp_path / f"summary-{run}.json").read_text(encoding="utf-8")) for run in "12"]
    found = [s["total"]["events_new"] + s["total"]["events_changed"] + s["total"]["events_unchanged"]
             for s in summaries]
    assert found[0] == found[1] > 50
    assert [s["total"]["events_missing"] for s in summaries] == [0, 0]
    assert summaries[0]["total"]["errors"] == summaries[1]["total"]["errors"]  # the mirror's one broken link
    rows = minimirror.database(db)
    assert len(rows["runs"]) == 2 * summaries[0]["total"]["sources"]
    assert all(e["missing_since"] is None for e in rows["events"].values())


def test_a_write_error_is_counted_and_reported_and_flags_nothing_missing(tmp_path):
    workdir = minimirror.build(tmp_path)
    first = minimirror.crawl(workdir, "1")
    assert first["returncode"] == 0 and set(first["events"]) == ALL
    # The next day one row cannot be written (full disk, a broken index, ...).
    connection = sqlite3.connect(workdir / "dkbm.db")
    connection.execute("create trigger broken before update on events when new.title = 'Fachtag Ganztag' "
                       "begin select raise(abort, 'disk I/O error'); end")
    connection.commit()
    connection.close()
    page = workdir / "mirror" / minimirror.HOST_A / "termine" / "fachtag-ganztag.html"
    page.write_text(page.read_text(encoding="utf-8").replace("10:00–13:00", "11:00–14:00"), encoding="utf-8")
    second = minimirror.crawl(workdir, "2")
    assert second["returncode"] == 0, second["stderr"][-2000:]
    a = second["summary"]["sources"]["netzwerk_a"]
    assert a["write_errors"] == 1 and a["errors"] >= 1
    assert a["status"] != "ok"
    assert any("Schreibfehler" in e["reason"] and "Fachtag Ganztag" in e["reason"] for e in a["error_details"])
    assert any("Schreibfehler" in e["reason"] for e in second["errors"])
    assert "Schreibfehler" in second["stdout"]
    assert all(e["missing_since"] is None for e in second["events"].values())
    assert second["summary"]["sources"]["netzwerk_b"]["status"] == "ok"


def test_readers_keep_the_published_view_while_stores_open(tmp_path):
    db = tmp_path / "dkbm.db"
    Store(db)
    failures, done = [], threading.Event()

    def read():
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        while not done.is_set():
            try:
                connection.execute("select count(*) from veranstaltungen").fetchone()
            except sqlite3.Error as error:
                failures.append(str(error))
        connection.close()

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for _ in range(150):
            Store(db)  # every pipeline and extension of a crawl opens the store
    finally:
        done.set()
        reader.join()
    assert failures == []


def test_a_crawl_killed_with_sigkill_leaves_no_stale_lock_and_no_damage(tmp_path):
    workdir = minimirror.build(tmp_path)
    assert minimirror.crawl(workdir, "0")["returncode"] == 0
    victim = _start(workdir, "1", "--delay", "0.5")
    victim.kill()  # SIGKILL: no cleanup code runs
    victim.communicate(timeout=30)
    after = minimirror.crawl(workdir, "2", "--wait", "0")  # must not wait for a dead holder
    assert after["returncode"] == 0, after["stderr"][-2000:]
    assert set(after["events"]) == ALL
    assert all(e["missing_since"] is None for e in after["events"].values())
    connection = sqlite3.connect(workdir / "dkbm.db")
    assert connection.execute("pragma integrity_check").fetchone() == ("ok",)
