"""`dkbm import`: an invitation that came by e-mail becomes an event like any crawled one."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CSV = """title,start,end,organizer,venue,city,url,registration_deadline,contacts,topics
Netzwerktreffen Bildungsmonitoring München,2027-03-12T10:00,2027-03-12T13:00,Bildungsbüro München,Rathaus,München,https://example.org/einladung-1,2027-03-01,"[{""name"": ""Eva Beispiel"", ""email"": ""eva@example.org""}]",Bildungsmonitoring;Ganztag
Fachtag ohne Datum,,,,,,,,,
Werkstatt Datenvisualisierung,2027-04-31T10:00,,,,Kassel,,,,
Werkstatt Datenvisualisierung,2027-04-20,,,,Kassel,,,,
"""


def dkbm(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dkbm_aggregate.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def events(db: Path) -> dict[str, dict]:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    try:
        return {r["title"]: dict(r) for r in connection.execute("select * from events")}
    finally:
        connection.close()


def test_a_bad_row_is_reported_with_its_line_number_and_nothing_else_is_lost(tmp_path):
    file, db = tmp_path / "einladungen.csv", tmp_path / "dkbm.db"
    file.write_text(CSV, encoding="utf-8")
    result = dkbm("import", str(file), "--db", str(db))
    assert result.returncode == 1
    assert "Zeile 3" in result.stderr and "kein Beginn" in result.stderr
    assert "Zeile 4" in result.stderr and "2027-04-31" in result.stderr
    assert "2 neu" in result.stderr
    stored = events(db)
    assert set(stored) == {"Netzwerktreffen Bildungsmonitoring München", "Werkstatt Datenvisualisierung"}
    meeting = stored["Netzwerktreffen Bildungsmonitoring München"]
    assert meeting["source"] == "manuell" and meeting["city"] == "München"
    assert meeting["registration_deadline"] == "2027-03-01"
    assert json.loads(meeting["contacts"])[0]["email"] == "eva@example.org"
    assert json.loads(meeting["topics"]) == ["Bildungsmonitoring", "Ganztag"]
    assert stored["Werkstatt Datenvisualisierung"]["all_day"] == 1
    connection = sqlite3.connect(db)
    roles = {r[0] for r in connection.execute("select role from event_sources")}
    assert roles == {"manual"}
    # in the feed like every other event
    feed = dkbm("ics", "--db", str(db))
    assert "Netzwerktreffen Bildungsmonitoring München" in feed.stdout.replace("\r\n ", "")


def test_importing_again_updates_the_event_with_the_same_identity_rules(tmp_path):
    file, db = tmp_path / "einladung.jsonl", tmp_path / "dkbm.db"
    record = {"title": "Netzwerktreffen Bildungsmonitoring", "start": "2027-03-12T10:00", "city": "Kassel",
              "url": "https://example.org/einladung-2", "online": False}
    file.write_text(json.dumps(record) + "\nkein json\n", encoding="utf-8")
    first = dkbm("import", str(file), "--db", str(db))
    assert "Zeile 2" in first.stderr and "JSON" in first.stderr
    before = events(db)["Netzwerktreffen Bildungsmonitoring"]
    moved = {**record, "title": "Netzwerktreffen Bildungsmonitoring (neuer Termin)", "start": "2027-03-19T10:00"}
    file.write_text(json.dumps(moved) + "\n", encoding="utf-8")
    second = dkbm("import", str(file), "--db", str(db))
    assert second.returncode == 0, second.stderr
    after = events(db)["Netzwerktreffen Bildungsmonitoring (neuer Termin)"]
    assert after["id"] == before["id"] and after["sequence"] == before["sequence"] + 1
    assert len(events(db)) == 1


def test_a_row_that_fails_while_it_is_written_leaves_nothing_behind_and_the_others_are_stored(tmp_path, monkeypatch):
    from crawler.manual import import_records
    from dkbm_aggregate import ical
    from dkbm_aggregate.store import Store

    render = ical.entry_texts

    def failing(row, *args, **kwargs):  # the event row, its page and search rows are written by now
        if "kaputt" in (row.get("title") or ""):
            raise ValueError("Darstellung fehlgeschlagen")
        return render(row, *args, **kwargs)

    monkeypatch.setattr(ical, "entry_texts", failing)
    records = [(n + 2, {"title": title, "start": f"2027-05-{n + 10:02d}", "city": "Kassel",
                        "url": f"https://example.org/einladung-{n}"}, None)
               for n, title in enumerate(["Fachtag Ganztag", "Werkstatt kaputt", "Forum Bildungsdaten"])]
    store = Store(tmp_path / "dkbm.db")
    result = import_records(store, records)
    assert result.new == 2 and result.problems == [(3, "Darstellung fehlgeschlagen")]
    assert set(events(tmp_path / "dkbm.db")) == {"Fachtag Ganztag", "Forum Bildungsdaten"}
    connection = sqlite3.connect(tmp_path / "dkbm.db")
    for table, column in (("event_sources", "url"), ("veranstaltungen", "Link")):
        assert not connection.execute(f"select 1 from {table} where {column} like '%einladung-1'").fetchone(), table
    assert {r[0] for r in connection.execute("select Titel from veranstaltungen")} == {"Fachtag Ganztag",
                                                                                    "Forum Bildungsdaten"}
