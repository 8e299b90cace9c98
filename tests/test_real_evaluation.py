"""`dkbm eval --real`: scoring the extractor on real pages whose texts live outside the repository,
and the committed labels of those pages (facts only, never the pages' text)."""
from __future__ import annotations

import json
import re
import subprocess

from dkbm_aggregate.real_evaluation import email_digest, score_case, RealReport
from dkbm_aggregate.registry import PROJECT_ROOT

DKBM = PROJECT_ROOT / ".venv" / "bin" / "dkbm"
REAL_CASES = PROJECT_ROOT / "tests" / "extraction" / "real" / "cases.jsonl"


# Our own writing in the shape of a real text view: a news item announcing a Fachtag.
ROUND_UP = """Aktuelles
Ein Termin im Frühjahr

Fachtag Übergang Schule–Beruf
Datum: 22.04.2027, 9:30–16:00 Uhr
Ort: Stadthalle, Musterweg 1, 12345 Beispielstadt
Anmeldung bis 1. April 2027 an anmeldung@example.org
"""


def _case(expected, kind="list"):
    return {"id": "eigene-seite", "url": "https://example.org/aktuelles/ein-termin", "query": "-", "kind": kind,
            "expected": expected}


def dkbm(*args):
    return subprocess.run([str(DKBM), *map(str, args)], capture_output=True, text=True, timeout=60,
                          cwd=PROJECT_ROOT)


def test_eval_real_scores_the_texts_in_a_folder_of_the_users_own(tmp_path):
    texts = tmp_path / "texte"
    texts.mkdir()
    (texts / "eigene-seite.txt").write_text(ROUND_UP, encoding="utf-8")
    labels = tmp_path / "cases.jsonl"
    labels.write_text(json.dumps(_case([
        {"title": "Fachtag Übergang Schule–Beruf", "start": "2027-04-22T09:30", "end": "2027-04-22T16:00",
         "registration_deadline": "2027-04-01", "city": "Beispielstadt", "status": "scheduled",
         "contacts": [{"email": "anmeldung@example.org"}]},
        # not on the page: not found, so wrong in every field that applies to it
        {"title": "Sommerakademie Datenkompetenz", "start": "2027-07-01", "status": "scheduled"},
    ]), ensure_ascii=False) + "\n", encoding="utf-8")
    result = dkbm("eval", "--real", texts, "--cases", labels, "--reference-date", "2027-01-15")
    assert result.returncode == 0, result.stderr
    assert re.search(r"Beginn \(Tag\)\s+1\s+2\s", result.stdout), result.stdout
    assert re.search(r"Anmeldeschluss\s+1\s+1\s", result.stdout), result.stdout
    assert "gefunden: 1/2" in result.stdout


def test_eval_real_without_the_folder_says_what_to_put_there(tmp_path):
    result = dkbm("eval", "--real", tmp_path / "fehlt")
    assert result.returncode == 2
    assert "fehlt" in result.stderr and "<id>.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_event_not_on_the_page_counts_against_a_single_page():
    report = RealReport()
    score_case(_case({"title": "Fachtag Ganztag", "start": "2027-04-22"}, kind="single"),
               [{"title": "Fachtag Ganztag", "start": "2027-04-22"}, {"title": "Impressum", "start": "2027-01-01"}],
               report)
    assert report.false_events == 1 and report.events_found == 1
def test_real_labels_are_facts_with_a_source_and_no_page_text():
    cases = [json.loads(line) for line in REAL_CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(cases) >= 95, "the dev pages plus at least 60 of our own"
    assert len({c["id"] for c in cases}) == len(cases), "ids are unique"
    assert len({c["url"] for c in cases}) == len(cases), "each page is labelled once"
    for case in cases:
        assert case["url"].startswith(("http://", "https://")) and case["query"], case["id"]
        assert case["kind"] in ("single", "list", "none"), case["id"]
        assert not {"text", "excerpt", "html"} & set(case), f"{case['id']}: page text must not be committed"
        expected = case["expected"]
        events = [] if expected is None else [expected] if isinstance(expected, dict) else expected
        assert (case["kind"] == "none") == (not events), case["id"]
        for event in events:
            for key in ("start", "end"):
                assert event.get(key) is None or re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", event[key]), case["id"]
            assert event.get("registration_deadline") is None or re.fullmatch(
                r"\d{4}-\d\d-\d\d", event["registration_deadline"]), case["id"]


def test_committed_labels_keep_no_contacts_address_only_its_digest():
    # the pages name people; the labels keep facts, not the people: a contact's address is kept as its
    # SHA-256 digest, which still checks that the extractor read the address the page prints
    cases = [json.loads(line) for line in REAL_CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = 0
    for case in cases:
        expected = case["expected"]
        for event in [expected] if isinstance(expected, dict) else expected or []:
            alternatives = (event.get("acceptable_alternatives") or {}).get("contacts") or []
            for contact in [*(event.get("contacts") or []), *(c for alt in alternatives for c in alt)]:
                assert not contact.get("email") and not contact.get("phone") and not contact.get("name"), case["id"]
                kept += bool(contact.get("email_sha256"))
    assert kept >= 100
    report = RealReport()
    score_case(_case({"title": "Fachtag Ganztag", "start": "2027-04-22",
                      "contacts": [{"email_sha256": email_digest("Anmeldung@Example.org ")}]}, kind="single"),
               [{"title": "Fachtag Ganztag", "start": "2027-04-22", "contacts": [{"email": "anmeldung@example.org"}]}],
               report)
    assert report.tally["emails"] == [1, 1]
    report = RealReport()
    score_case(_case({"title": "Fachtag Ganztag", "start": "2027-04-22",
                      "contacts": [{"email_sha256": email_digest("anmeldung@example.org")}]}, kind="single"),
               [{"title": "Fachtag Ganztag", "start": "2027-04-22", "contacts": [{"email": "info@example.org"}]}],
               report)
    assert report.tally["emails"] == [0, 1]


def test_a_year_the_page_does_not_give_is_never_required():
    # one convention for every labelled page: a careful reader cannot know a year the page does not print, so an
    # event on a page tagged "year_unknowable" accepts a start without a year (null) beside the labeller's best
    # reading; a reader that leaves the year open is not marked wrong, nor one that takes the best reading
    cases = [json.loads(line) for line in REAL_CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    tagged = [c for c in cases if "year_unknowable" in (c.get("features") or [])]
    assert len(tagged) >= 100
    for case in tagged:
        expected = case["expected"]
        for event in [expected] if isinstance(expected, dict) else expected:
            alternatives = event.get("acceptable_alternatives") or {}
            assert event.get("start") is None or None in alternatives.get("start", []), case["id"]
            assert event.get("end") is None or None in alternatives.get("end", []), case["id"]
    report = RealReport()
    score_case({**_case({"title": "Vorlesestunde", "start": "2023-11-14T16:30",
                         "acceptable_alternatives": {"start": [None]}}, kind="single"),
                "features": ["year_unknowable"]},
               [{"title": "Vorlesestunde", "start": None}], report)
    assert report.tally["start_date"] == [1, 1] and report.tally["start_time"] == [1, 1]


def test_extract_takes_the_organizer_of_the_registry_source_whose_site_the_page_is_on(tmp_path):
    page = tmp_path / "seite.txt"
    page.write_text("Werkstatt Datenkompetenz\n\nDatum: 12.03.2027, 10:00–13:00 Uhr\nOrt: Online via Webex\n",
                    encoding="utf-8")
    on_agency_site = json.loads(dkbm("extract", page, "--url",
                                     "https://reab-hessen.de/angebote/veranstaltungsangebot/details/x.html").stdout)
    elsewhere = json.loads(dkbm("extract", page, "--url", "https://example.org/termine/x").stdout)
    assert on_agency_site[0]["organizer"] == "REAB Hessen"
    assert on_agency_site[0]["provenance"]["organizer"]["from"] == "registry"
    assert elsewhere[0]["organizer"] is None
