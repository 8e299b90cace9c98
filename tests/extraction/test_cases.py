"""The labelled extraction cases in cases/: one test per (case, asserted field), plus one count test per case.

Each case is a page (NNN_slug.html or NNN_slug.txt) and its label (NNN_slug.json); see README.md.
Collection reads only the JSON labels (it must work before parsers/ has an extractor); `extract_events`
is imported and run lazily, once per case, the first time a test of that case runs.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
import traceback
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CASES_DIR = Path(__file__).parent / "cases"
CONTENT_TYPES = {".html": "text/html", ".txt": "text/plain"}

# What a label may assert; kept here rather than imported from parsers so collection never imports parsers.
DATE = r"\d{4}-\d{2}-\d{2}"
DATETIME = rf"{DATE}(T\d{{2}}:\d{{2}})?"
EVENT_TYPES = {"Netzwerktreffen", "Werkstatt/Workshop", "Fachtag", "Konferenz/Tagung", "Sprechstunde", "Webinar",
               "Forum", "Seminar"}
TOPICS = {"Bildungsmonitoring", "Bildungsmanagement", "Neuzugewanderte/Integration", "Sozialraum", "Startchancen", "BNE",
          "Übergang Schule–Beruf", "Ganztag", "frühkindliche Bildung"}
PLATFORMS = {"Webex", "MS Teams", "Zoom", "BigBlueButton"}
STATUSES = {"scheduled", "cancelled", "postponed", "tentative"}
CONTACT_KEYS = {"name", "role", "email", "phone"}
STRING_FIELDS = {  # field -> regex its non-null value must match
    "title": r".+", "start": DATETIME, "end": DATETIME, "original_start": DATETIME,
    "start_partial": r"--\d{2}-\d{2}|\d{4}-\d{2}", "start_time": r"\d{2}:\d{2}", "end_time": r"\d{2}:\d{2}",
    "registration_deadline": DATE, "organizer": r".+", "venue": r".+", "address": r".+", "postal_code": r"\d{5}",
    "city": r".+", "url": r"https?://\S+",
    "event_type": "|".join(map(re.escape, EVENT_TYPES)), "online_platform": "|".join(map(re.escape, PLATFORMS)),
    "status": "|".join(STATUSES),
}
BOOL_FIELDS = {"all_day", "date_tentative", "online", "hybrid", "booked_out"}
LIST_FIELDS = {"co_organizers", "contacts", "topics"}
ASSERTABLE = set(STRING_FIELDS) | BOOL_FIELDS | LIST_FIELDS


@dataclass(frozen=True)
class Case:
    name: str
    page: Path
    label: dict[str, Any]

    @property
    def events(self) -> list[dict[str, Any]]:
        return self.label["events"]


def _check_label(name: str, label: dict[str, Any]) -> None:
    """Reject malformed labels at collection time, so a typo cannot pass as a silently skipped assertion."""
    def bad(msg: str) -> None:
        raise ValueError(f"{CASES_DIR / name}.json: {msg}")

    dt.date.fromisoformat(label.get("reference_date") or bad("reference_date is required"))
    if not isinstance(label.get("note"), str) or not label["note"].strip():
        bad("note is required")
    if not isinstance(label.get("events"), list):
        bad('"events" must be a list')
    for i, event in enumerate(label["events"], 1):
        for field, value in event.items():
            where = f"event {i}, {field}"
            if field not in ASSERTABLE:
                bad(f"{where}: not an assertable field")
            if field in BOOL_FIELDS and not isinstance(value, bool):
                bad(f"{where}: must be true or false")
            if field in STRING_FIELDS and value is not None:
                if not isinstance(value, str) or not re.fullmatch(STRING_FIELDS[field], value):
                    bad(f"{where}: {value!r} is not in the contract's format")
                if field in ("start", "end", "original_start", "registration_deadline"):
                    dt.datetime.fromisoformat(value)
            if field in LIST_FIELDS and not isinstance(value, list):
                bad(f"{where}: must be a list")
            if field == "topics" and not set(value) <= TOPICS:
                bad(f"{where}: unknown topics {set(value) - TOPICS}")
            if field == "contacts" and not all(isinstance(c, dict) and set(c) <= CONTACT_KEYS for c in value):
                bad(f"{where}: each contact is an object with keys from {sorted(CONTACT_KEYS)}")


def _load_cases() -> list[Case]:
    cases = []
    for label_path in sorted(CASES_DIR.glob("*.json")):
        name = label_path.stem
        pages = [p for p in (label_path.with_suffix(ext) for ext in CONTENT_TYPES) if p.exists()]
        if len(pages) != 1:
            raise ValueError(f"{label_path}: expected exactly one page file {name}.html or {name}.txt")
        label = json.loads(label_path.read_text(encoding="utf-8"))
        _check_label(name, label)
        cases.append(Case(name, pages[0], label))
    return cases


CASES = {case.name: case for case in _load_cases()}


# Fields the extractor still gets wrong, one test id a line. They run as strict xfails: a gap that
# closes turns into a failure until its line is removed, so the list only ever shrinks honestly.
# Prune closed gaps with: python tests/extraction/known_gaps.py (it never adds one).
KNOWN_GAPS_FILE = Path(__file__).parent / "known_gaps.txt"
GAP_LINES = [line for line in KNOWN_GAPS_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
KNOWN_GAPS = {line.split("#", 1)[0].strip() for line in GAP_LINES}
# The number of gaps when the list stopped being generated. Lower it when gaps close; a case that
# passed and now fails is a regression to fix, never a line to add.
MAX_KNOWN_GAPS = 16


def test_known_gaps_stay_honest():
    assert len(KNOWN_GAPS) <= MAX_KNOWN_GAPS, "known_gaps.txt grew: fix the regression instead"
    unexplained = [line for line in GAP_LINES if "#" not in line or not line.split("#", 1)[1].strip()]
    assert not unexplained, f"gaps without a reason: {unexplained}"
    unknown = [gap for gap in KNOWN_GAPS if gap.split("::", 1)[0] not in CASES]
    assert not unknown, f"gaps of cases that do not exist: {unknown}"


def _param(case_name, index, field, test_id):
    marks = [pytest.mark.xfail(strict=True, reason="known extraction gap (known_gaps.txt)")] \
        if test_id in KNOWN_GAPS else []
    return pytest.param(case_name, index, field, id=test_id, marks=marks)


def _params():
    for case in CASES.values():
        yield _param(case.name, None, "count", f"{case.name}::count")
        for index, event in enumerate(case.events):
            prefix = "" if len(case.events) == 1 else f"event{index + 1}."
            for field in event:
                yield _param(case.name, index, field, f"{case.name}::{prefix}{field}")


@functools.cache
def _extract(name: str) -> list[dict[str, Any]] | str:
    """Run the extractor once per case; return the events as dicts, or the formatted error if it raised."""
    case = CASES[name]
    label = case.label
    try:
        from parsers import extract_events

        events = extract_events(
            case.page.read_bytes(),
            url=label.get("url"),
            reference_date=dt.date.fromisoformat(label["reference_date"]),
            content_type=label["content_type"] if "content_type" in label else CONTENT_TYPES[case.page.suffix],
            default_organizer=label.get("default_organizer"),
        )
        return [event.to_dict() for event in events]
    except Exception:
        return traceback.format_exc()


def _norm(value: Any) -> Any:
    """Whitespace-normalised NFC text; other values unchanged."""
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split())
    return value


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, bool) or expected is None:
        return actual is expected
    return _norm(expected) == _norm(actual)


def _compare(field: str, expected: Any, actual: Any) -> str | None:
    """None if actual satisfies the label, else a one-line reason."""
    if field == "topics":
        missing = [t for t in expected if t not in (actual or [])]
        return f"topics {missing} missing from {actual!r}" if missing else None
    if field == "contacts":
        actual = actual or []
        if len(actual) != len(expected):
            return f"{len(actual)} contacts, expected {len(expected)}: {actual!r}"
        for i, (want, got) in enumerate(zip(expected, actual), 1):
            for key, value in want.items():
                if not _same(value, got.get(key)):
                    return f"contact {i} {key}: expected {value!r}, got {got.get(key)!r}"
        return None
    if field == "co_organizers":
        actual = actual or []
        ok = len(actual) == len(expected) and all(map(_same, expected, actual))
        return None if ok else f"expected {expected!r}, got {actual!r}"
    return None if _same(expected, actual) else f"expected {expected!r}, got {actual!r}"


@pytest.mark.parametrize(("case_name", "index", "field"), list(_params()))
def test_case(case_name: str, index: int | None, field: str) -> None:
    case = CASES[case_name]
    result = _extract(case_name)
    if isinstance(result, str):
        pytest.fail(f"extract_events raised on {case.page.name}:\n{result}", pytrace=False)
    context = f"{case.page.name} ({case.label['note']})"
    if field == "count":
        titles = [event.get("title") for event in result]
        assert len(result) == len(case.events), f"{context}: {len(result)} events {titles!r}, expected {len(case.events)}"
        return
    if index >= len(result):
        pytest.fail(f"{context}: no event {index + 1} (extractor returned {len(result)})", pytrace=False)
    event = result[index]
    problem = _compare(field, case.events[index][field], event.get(field))
    if problem:
        pytest.fail(f"{context}: event {index + 1} {event.get('title')!r}: {field}: {problem}", pytrace=False)
