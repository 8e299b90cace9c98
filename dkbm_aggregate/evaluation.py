"""Field accuracy of the extractor on labelled pages (`dkbm eval`).

A case is NNN_slug.html|.txt plus NNN_slug.json: {"url", "reference_date", "default_organizer",
"events": [{field: expected, ...}, ...]}. Only the fields a case states are scored; the number
of events is always scored ("count"). Events are matched by position in page order.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

SUBSET_FIELDS = {"topics", "target_groups"}


def normalise(value):
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip()
    return value


def field_matches(name: str, expected, actual) -> bool:
    if name in SUBSET_FIELDS:
        return set(expected or []) <= set(actual or [])
    if name == "contacts":
        if len(expected) != len(actual or []):
            return False
        return all(all(normalise(e.get(k)) == normalise((a or {}).get(k)) for k in e)
                   for e, a in zip(expected, actual))
    if isinstance(expected, list):
        return [normalise(v) for v in expected] == [normalise(v) for v in (actual or [])]
    return normalise(expected) == normalise(actual)


def load_cases(directory: Path) -> list[tuple[Path, Path, dict]]:
    cases = []
    for label in sorted(directory.glob("*.json")):
        page = next((p for p in (label.with_suffix(".html"), label.with_suffix(".txt")) if p.exists()), None)
        if page is not None:
            cases.append((page, label, json.loads(label.read_text(encoding="utf-8"))))
    return cases


def run_case(page: Path, spec: dict) -> list[dict]:
    from parsers import extract_events
    reference = date.fromisoformat(spec["reference_date"]) if spec.get("reference_date") else None
    content_type = "text/plain" if page.suffix == ".txt" else "text/html"
    events = extract_events(page.read_bytes(), url=spec.get("url"), reference_date=reference,
                            content_type=content_type, default_organizer=spec.get("default_organizer"))
    return [e.to_dict() for e in events]


def evaluate(directory: Path) -> dict:
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures: list[str] = []
    for page, _, spec in load_cases(directory):
        actual = run_case(page, spec)
        expected = spec.get("events", [])
        ok = len(actual) == len(expected)
        scores["count"][0] += ok
        scores["count"][1] += 1
        if not ok:
            failures.append(f"{page.name}: count {len(actual)} != {len(expected)}")
        for index, wanted in enumerate(expected):
            got = actual[index] if index < len(actual) else {}
            for name, value in wanted.items():
                match = field_matches(name, value, got.get(name))
                scores[name][0] += match
                scores[name][1] += 1
                if not match:
                    failures.append(f"{page.name}[{index}].{name}: expected {value!r}, got {got.get(name)!r}")
    return {"scores": dict(scores), "failures": failures}


def print_report(report: dict) -> None:
    print(f"{'Feld':24} {'richtig':>8} {'von':>5} {'Quote':>7}")
    total_ok = total = 0
    for name, (ok, count) in sorted(report["scores"].items(), key=lambda kv: kv[0]):
        print(f"{name:24} {ok:8d} {count:5d} {ok / count:7.1%}")
        total_ok, total = total_ok + ok, total + count
    if total:
        print(f"{'GESAMT':24} {total_ok:8d} {total:5d} {total_ok / total:7.1%}")
    if report["failures"]:
        print(f"\n{len(report['failures'])} Abweichungen, die ersten 40:")
        for line in report["failures"][:40]:
            print("  " + line)
