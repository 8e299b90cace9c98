"""Twelve sites in real CMS shapes that the generic spider was not written for
(tests/fixtures/unseen_sites/README.md), crawled from their home pages only, as a user's own
registry file is: every relevant event is found on its day, with its status, and none of the
unrelated ones (concerts, markets, council sessions, parents' evenings) is published."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlite_utils

SETS = Path(__file__).parent / "fixtures" / "unseen_sites"


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def _published(db_path: Path) -> list[dict]:
    db = sqlite_utils.Database(db_path)
    return list(db.query("select * from events where id in (select id from veranstaltungen)"))


def _crawl(name: str, tmp_path: Path) -> list[dict]:
    folder = SETS / name
    db_path = tmp_path / f"{name}.db"
    subprocess.run([sys.executable, "-m", "dkbm_aggregate.cli", "crawl", "--offline", "--mirror", str(folder / "mirror"),
                    "--registry", str(folder / "sources.toml"), "--db", str(db_path), "--crawl-date", "2026-12-03",
                    "--quiet"], check=True, capture_output=True, timeout=600)
    return _published(db_path)


@pytest.mark.parametrize("name", ["a", "b"])
def test_unseen_sites_yield_their_events_and_nothing_unrelated(name, tmp_path):
    published = _crawl(name, tmp_path)
    expected = [json.loads(line) for line in (SETS / name / "expected.jsonl").read_text().splitlines() if line.strip()]
    missing, wrong_status, unrelated = [], [], []
    for event in (e for e in expected if not e.get("optional")):
        days = {event["start"], event.get("original_start")} - {None}
        same_day = [r for r in published if urlsplit(r["url"]).netloc == event["site"]
                    and ((r["start"] or "")[:10] in days or (r["original_start"] or "")[:10] in days)]
        if event["relevant"]:
            if not same_day:
                missing.append(f"{event['site']} {event['start']} {event['title']}")
            elif not any((r["status"] or "scheduled") == event["status"] for r in same_day):
                wrong_status.append(f"{event['title']}: {[r['status'] for r in same_day]}")
        elif any(SequenceMatcher(None, _norm(r["title"]), _norm(event["title"])).ratio() > 0.5 for r in same_day):
            unrelated.append(f"{event['site']} {event['start']} {event['title']}")
    assert not missing, f"relevant events not found on their day: {missing}"
    assert not wrong_status, wrong_status
    assert not unrelated, f"unrelated events published: {unrelated}"
