"""The learned reader of days no rule could place (`parsers/happening.py`) and its trainer (`dkbm train --real`).

All texts here are our own writing in the shapes of programme round-ups and press items; the weights under test are
the committed ones, learned from labelled real pages."""
from __future__ import annotations

import json
import subprocess
from datetime import date

import pytest

from dkbm_aggregate.happening_training import GIVEN_NAMES, MIN_SITES, Example, train, vocabulary
from dkbm_aggregate.registry import PROJECT_ROOT
from parsers import extract_events, happening
from parsers.content import PageView
from parsers.mentions import find_mentions
from parsers.page import parse
from parsers.prose import introduced_name

DKBM = PROJECT_ROOT / ".venv" / "bin" / "dkbm"
CRAWLED = date(2026, 12, 5)

# a club's programme told in running text: three happenings dated in words no event rule knows, and the days of
# registering, of funding's end and of a booklet's printing beside them
PROGRAMME = """Programm des Heimatvereins Musterau

Passend zur Jahreszeit beginnt das Programm des Heimatvereins mit einer Weinlese am Samstag, 9. Oktober 2027. Bei Wein und Brot stellt die Buchstube ihre Neuerscheinungen vor.
Einen Rückblick auf die Reise an die Ostsee gibt es am Mittwoch, 20. Oktober 2027, im Heimathaus.
An gleicher Stelle wird dann am 13. November 2027 ein Frühstück mit Produkten aus der Region angeboten.
Anmeldungen nimmt die Geschäftsstelle ab Montag, 6. September 2027, entgegen.
Zum 31. Dezember 2027 endet die Förderung des Projekts.
Das neue Programmheft erscheint am 1. September 2027.
"""


def _days(text: str) -> dict[str, float]:
    view = PageView(parse(text, "text/plain"), url=None, reference_date=CRAWLED)
    return {view.texts[m.line][m.date.start:m.date.end]: happening.probability(happening.day_context(view.texts[m.line], m))
            for m in find_mentions(view)}


def test_a_day_something_happens_on_outscores_the_days_of_registering_ending_and_printing():
    days = _days(PROGRAMME)
    happenings = [days["Mittwoch, 20. Oktober 2027"], days["13. November 2027"]]
    others = [days["Montag, 6. September 2027"], days["31. Dezember 2027"], days["1. September 2027"]]
    assert min(happenings) >= happening.THRESHOLD > max(others), days


def test_a_programme_in_running_text_gives_its_happenings_named_as_a_calendar_would():
    events = extract_events(PROGRAMME, content_type="text/plain", reference_date=CRAWLED)
    by_day = {e.start[:10]: e.title for e in events if e.start}
    assert by_day.get("2027-10-20") == "Rückblick auf die Reise an die Ostsee"
    assert by_day.get("2027-11-13") == "Frühstück mit Produkten aus der Region"
    assert not {"2027-09-06", "2027-12-31", "2027-09-01"} & set(by_day), by_day  # no registering, no funding's end


def test_a_page_of_one_day_keeps_the_rules_verdict():
    # the one day of a page is read with the page's headline (by the reader of a page's one day), not as a row
    view = PageView(parse("Nacht der Ausbildung\n\nMorgen (28.3.) öffnen die Betriebe der Stadt ihre Türen.\n",
                          "text/plain"), url=None, reference_date=CRAWLED)
    mentions = find_mentions(view)
    assert happening.with_happening_days(view.texts, mentions) == mentions


def test_without_weights_no_day_changes_its_kind():
    view = PageView(parse(PROGRAMME, "text/plain"), url=None, reference_date=CRAWLED)
    context = happening.day_context(view.texts[2], find_mentions(view)[0])
    assert happening.probability(context, weights={}) == 0.0


def test_the_committed_weights_hold_no_given_name_and_no_town():
    model = json.loads(happening.WEIGHTS_FILE.read_text(encoding="utf-8"))
    words = {name.split(":", 1)[1] for name in model["weights"] if ":" in name}
    assert words, "no learned words: the model file is empty"
    assert not {name[:happening.STEM] for name in GIVEN_NAMES} & words
    assert not {"musterau", "berlin", "münchen", "köln"} & words
    assert model["pages"] > 500 and model["happening_days"] > 500  # learned from the labelled pages, not a stub


def _example(words: str, site: str, happens: bool) -> Example:
    return Example({"bias", "kind=other", *(f"s:{w}" for w in words.split())}, happens, site)


def test_training_learns_the_words_of_happenings_from_enough_sites_only():
    data = [_example("feiern wir", f"site{i}.example.org", True) for i in range(MIN_SITES)]
    data += [_example("anmeldung bis", f"site{i}.example.org", False) for i in range(MIN_SITES)]
    data += [_example("feiern michael", "one.example.org", True), _example("rarewort", "one.example.org", True)]
    weights = train(data)
    assert weights["s:feiern"] > 0 > weights["s:anmeldung"]
    assert "s:rarewort" not in weights  # seen on one site only
    assert "s:michael" not in vocabulary(data)  # a person's given name is never a feature


def test_train_learns_weights_from_a_folder_of_page_texts(tmp_path):
    texts, cases, rows = tmp_path / "texte", tmp_path / "cases.jsonl", []
    texts.mkdir()
    for number, site in enumerate(("a.example.org", "b.example.org", "c.example.org")):
        case_id = f"seite-{number}"
        (texts / f"{case_id}.txt").write_text(
            f"Neues aus dem Verein\n\nAm 1{number}. März 2027 feiern wir mit allen Mitgliedern im Saal. "
            f"Anmeldungen sind bis zum 2{number}. Februar 2027 möglich.\n", encoding="utf-8")
        rows.append({"id": case_id, "url": f"https://{site}/neues", "query": "-", "kind": "single", "set": "eigene",
                     "expected": {"title": "Feier", "start": f"2027-03-1{number}"}})
    cases.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "gewichte.json"
    result = subprocess.run([str(DKBM), "train", "--real", str(texts), "--cases", str(cases), "--out", str(out),
                             "--reference-date", "2027-01-15"], capture_output=True, text=True, timeout=120,
                            cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["pages"] == 3 and model["happening_days"] == 3
    assert model["weights"]["s:feiern"] > 0 > model["weights"]["s:anmeldu"]


def test_train_without_the_folder_says_what_to_put_there(tmp_path):
    result = subprocess.run([str(DKBM), "train", "--real", str(tmp_path / "fehlt")], capture_output=True, text=True,
                            timeout=60, cwd=PROJECT_ROOT)
    assert result.returncode == 2
    assert "fehlt" in result.stderr and "<id>.txt" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("sentence", [
    "Am 21. August gibt es noch die Möglichkeit, einen Platz zu ergattern.",
    "Die Ausstellung ist eine Woche lang zu sehen.",
    "Die Geschichte, die am Mittwoch, 5. August, vorgelesen wird, handelt von einem roten Drachen.",
    "Am 31. Juli lernen die Kinder die Teile eines Werkstücks kennen.",
])
def test_no_stretch_of_time_seat_or_story_is_taken_for_a_happening(sentence):
    assert introduced_name(sentence) is None
