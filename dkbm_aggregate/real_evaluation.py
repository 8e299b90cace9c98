"""Field accuracy on real public pages (`dkbm eval --real TEXTS_DIR`).

The labels (facts only: url, query, the events a careful reader takes from the page) are committed
in tests/extraction/real/cases.jsonl; the page texts are other people's writing and are never
committed: each lives as `<id>.txt` in a folder of the user's own. A case's `query` finds its text
in a public page index; the stored text is the page's first ~2,000 characters.

Scoring, per expected event (an expected event that is not found is wrong in every field that
applies to it): title (similar, or the same heading without its motto), start date, start time,
end, organizer, registration deadline, town, online, status, e-mail addresses (a committed label keeps
only each address's SHA-256, `email_sha256`). Extracted events
that match nothing are counted as false events on pages that are not lists.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

from .registry import organizer_for_url

FIELDS = ("title", "start_date", "start_time", "end", "organizer", "deadline", "city", "online", "status",
          "emails")
FIELD_NAMES_DE = {"title": "Titel", "start_date": "Beginn (Tag)", "start_time": "Beginn (Uhrzeit)",
                  "end": "Ende", "organizer": "Veranstalter", "deadline": "Anmeldeschluss", "city": "Ort",
                  "online": "online", "status": "Status", "emails": "E-Mail-Kontakte"}


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def _similar(a: str | None, b: str | None) -> float:
    return SequenceMatcher(None, _norm(a), _norm(b)).ratio()


def _day(value) -> str | None:
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None


def _clock(value) -> str | None:
    match = re.search(r"T(\d\d:\d\d)", value or "")
    return match.group(1) if match else None


def title_ok(expected: str | None, got: str | None) -> bool:
    e, g = _norm(expected), _norm(got)
    if not e:
        return not g
    if _similar(expected, got) >= 0.8:
        return True
    short, long_ = sorted((e, g), key=len)
    return short in long_ and len(short) >= 0.4 * len(long_) and len(short) >= 12


def email_digest(address: str) -> str:
    """The form a committed label keeps a contact's address in: the pages name people, the labels do not."""
    return hashlib.sha256(address.strip().lower().encode("utf-8")).hexdigest()


def _emails(contacts) -> set[str]:
    """Digests of the contacts' addresses: an extracted contact and a user's own label give `email`, a
    committed label gives only `email_sha256`."""
    digests = set()
    for contact in contacts or []:
        if contact.get("email"):
            digests.add(email_digest(contact["email"]))
        elif contact.get("email_sha256"):
            digests.add(contact["email_sha256"])
    return digests


def _organizer_ok(expected, got) -> bool:
    value = got.get("organizer")
    return bool(value) and (_similar(expected, value) >= 0.6 or _norm(value) in _norm(expected)
                            or _norm(expected) in _norm(value))


def _place_text(got) -> str:
    return _norm(" ".join(str(got.get(k) or "") for k in ("city", "venue", "address")))


# field: (label key, applies(expected value, extracted event), correct(expected value, extracted event))
CHECKS = {
    "title": ("title", lambda v, g: True, lambda v, g: title_ok(v, g.get("title"))),
    "start_date": ("start", lambda v, g: True, lambda v, g: _day(v) == _day(g.get("start"))),
    "start_time": ("start", lambda v, g: bool(_clock(v)), lambda v, g: _clock(v) == _clock(g.get("start"))),
    "end": ("end", lambda v, g: bool(v),
            lambda v, g: _day(v) == _day(g.get("end") or "") and _clock(v) == _clock(g.get("end") or "")),
    "organizer": ("organizer", lambda v, g: bool(v), _organizer_ok),
    "deadline": ("registration_deadline", lambda v, g: bool(v or g.get("registration_deadline")),
                 lambda v, g: _day(v) == _day(g.get("registration_deadline"))),
    "city": ("city", lambda v, g: bool(v), lambda v, g: _norm(v) in _place_text(g)),
    "online": ("online", lambda v, g: v is not None, lambda v, g: g.get("online") == v),
    "status": ("status", lambda v, g: (v or "scheduled") != "scheduled" or (g.get("status") or "scheduled") != "scheduled",
               lambda v, g: (g.get("status") or "scheduled") == (v or "scheduled")),
    "emails": ("contacts", lambda v, g: bool(_emails(v)), lambda v, g: _emails(v) <= _emails(g.get("contacts"))),
}


@dataclass
class RealReport:
    tally: dict[str, list[int]] = field(default_factory=dict)
    events_found: int = 0
    events_expected: int = 0
    false_events: int = 0
    missing_texts: list[str] = field(default_factory=list)
    mistakes: list[str] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        ok, total = self.tally.get(name, (0, 0))
        return ok / total if total else 0.0

    @property
    def checks(self) -> float:
        """All field checks pooled: a field with one case weighs one check, not a tenth of the mean."""
        ok = sum(counts[0] for counts in self.tally.values())
        total = sum(counts[1] for counts in self.tally.values())
        return ok / total if total else 0.0

    @property
    def score(self) -> float:
        used = [name for name in FIELDS if self.tally.get(name, (0, 0))[1]]
        return sum(self.accuracy(name) for name in used) / len(used) if used else 0.0


def load_real_cases(path: Path) -> list[dict]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            cases.append(json.loads(line))
        except ValueError as error:
            raise ValueError(f"{path}, Zeile {number}: kein gültiges JSON ({error})") from None
    return cases


def _expected_events(case: dict) -> list[dict]:
    expected = case.get("expected") or []
    return [expected] if isinstance(expected, dict) else list(expected)


def _pair(expected: list[dict], got: list[dict]) -> tuple[list[tuple[dict, dict | None]], int]:
    """Greedy pairing by title similarity, a matching start day counting half a title."""
    pairs, free = [], list(range(len(got)))
    for wanted in expected:
        best, best_index = -1.0, None
        for i in free:
            score = _similar(wanted.get("title"), got[i].get("title"))
            if _day(wanted.get("start")) and _day(wanted.get("start")) == _day(got[i].get("start")):
                score += 0.5
            if score > best:
                best, best_index = score, i
        if best_index is not None and best >= 0.4:
            pairs.append((wanted, got[best_index]))
            free.remove(best_index)
        else:
            pairs.append((wanted, None))
    return pairs, len(free)


def score_case(case: dict, got: list[dict], report: RealReport) -> None:
    pairs, unmatched = _pair(_expected_events(case), got)
    if case.get("kind") != "list":
        report.false_events += unmatched
        if unmatched:
            report.mistakes.append(f"{case['id']}: {unmatched} Veranstaltung(en), die nicht auf der Seite steht/stehen")
    for wanted, found in pairs:
        report.events_expected += 1
        report.events_found += found is not None
        if found is None:
            report.mistakes.append(f"{case['id']}: nicht gefunden: {wanted.get('title')!r}")
        found = found or {}
        alternatives = wanted.get("acceptable_alternatives") or {}
        for name, (key, applies, correct) in CHECKS.items():
            value = wanted.get(key)
            if not applies(value, found):
                continue
            ok = correct(value, found) or any(correct(a, found) for a in alternatives.get(key, []))
            counts = report.tally.setdefault(name, [0, 0])
            counts[0] += ok
            counts[1] += 1
            if not ok and found:
                report.mistakes.append(f"{case['id']}.{name}: erwartet {value!r}, gelesen "
                                       f"{found.get(key)!r}")


def evaluate_real(cases_file: Path, texts: Path, reference_date: date | None = None,
                  case_set: str | None = None) -> RealReport:
    """Score every case (or those whose "set" is `case_set`) whose text is in `texts`."""
    from parsers import extract_events
    report = RealReport()
    for case in load_real_cases(cases_file):
        if case_set and case.get("set") != case_set:
            continue
        page = texts / f"{case['id']}.txt"
        if not page.exists():
            report.missing_texts.append(case["id"])
            continue
        events = extract_events(page.read_bytes(), url=case.get("url"), content_type="text/plain",
                                reference_date=reference_date or date.today(),
                                default_organizer=organizer_for_url(case.get("url")))  # as `dkbm extract --url`
        score_case(case, [e.to_dict() for e in events], report)
    return report


def print_real_report(report: RealReport, verbose: bool = False) -> None:
    print(f"{'Feld':18} {'richtig':>8} {'von':>5} {'Quote':>7}")
    for name in FIELDS:
        ok, total = report.tally.get(name, (0, 0))
        if total:
            print(f"{FIELD_NAMES_DE[name]:18} {ok:8d} {total:5d} {ok / total:7.1%}")
    print(f"\nGesamt (Mittel der Felder): {report.score:.3f}   alle Prüfungen: {report.checks:.3f}   "
          f"Beginn (Tag): {report.accuracy('start_date'):.2f}   "
          f"gefunden: {report.events_found}/{report.events_expected}   "
          f"nicht auf der Seite: {report.false_events}")
    if report.missing_texts:
        print(f"\n{len(report.missing_texts)} Fälle ohne Text (übersprungen): {', '.join(report.missing_texts[:10])}"
              + (" …" if len(report.missing_texts) > 10 else ""))
    if verbose and report.mistakes:
        print(f"\n{len(report.mistakes)} Abweichungen:")
        for line in report.mistakes:
            print("  " + line)
