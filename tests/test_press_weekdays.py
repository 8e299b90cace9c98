"""Days a local paper names by their weekday: counted from the article's own date, said again for the next item of a
programme, and the hours of guests at someone else's event.

A reader who follows the paper's reports expects "Am Sonnabend ist Familieninfotag" under an article of Thursday,
26 September 2019, to be Saturday the 28th; "Auch am Samstag: Die Lesung mit …" below "Am Samstag den 5. Oktober …"
to be that Saturday; and a minister's hour at a fair to be no event of its own. All wording is invented in the style
of real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers import lexicon as lex
from parsers import prose

REFERENCE = date(2026, 12, 6)
PRESS_URL = "https://www.musterauer-zeitung.example.org/lokales/musterau/berufsboerse-id2576.html"


def _events(text: str, url: str | None = None):
    return extract_events(text, url=url, content_type="text/plain", reference_date=REFERENCE)


def test_a_weekday_that_opens_its_sentence_is_counted_from_the_articles_day():
    text = ("60 Aussteller präsentieren sich auf der 12. Berufsmesse in der Schulstraße. Am Sonnabend ist "
            "Familieninfotag.\n\nvon Erika Beispiel\n\n26. September 2019, 19:00 Uhr\n\n"
            "Er will draußen arbeiten. Am Stand des Gartenbauverbands informiert sich der Schüler über seine "
            "Möglichkeiten. Weitere Aussteller werben um Auszubildende.")
    assert "2019-09-28" in [(e.start or "")[:10] for e in _events(text, PRESS_URL)]


def test_an_opening_reported_on_the_articles_monday_is_that_monday():
    text = ("Musterau\n\nVon Max Muster | Veröffentlicht am 03.09.2012\n\n"
            "Noch vor der offiziellen Eröffnung der neuen Beratungsstelle am Montagmittag stand morgens eine lange "
            "Schlange vor dem Haus in der Hafenstraße 5. „Wir beraten alle unter 25“, sagte die Leiterin am Montag "
            "bei der Eröffnung der neuen Beratungsstelle.")
    assert [(e.start or "")[:10] for e in _events(text, PRESS_URL)] == ["2012-09-03"]


def test_a_weekday_on_which_something_happens_every_week_is_no_day():
    text = ("Musterau\n\nVeröffentlicht am 04.05.2018\n\nImmer weniger Kinder kommen zur Kinder-Uni. Deshalb finden "
            "die Vorlesungen dort nur noch am Freitagnachmittag statt. Früher gab es drei Termine in der Woche.")
    assert [e.start for e in _events(text, PRESS_URL) if e.start] == []


def test_the_opening_of_a_house_is_an_event_and_the_opening_of_proceedings_is_not():
    assert lex.HOUSE_OPENING_RE.search("bei der Eröffnung der neuen Jugendberufsagentur")
    assert lex.HOUSE_OPENING_RE.search("Die feierliche Eröffnung des Stadtteilzentrums")
    assert not lex.HOUSE_OPENING_RE.search("nach Eröffnung des Verfahrens")
    assert not lex.HOUSE_OPENING_RE.search("nach der Eröffnung des Insolvenzverfahrens")
    assert not lex.HOUSE_OPENING_RE.search("1 Eröffnung der Sitzung")
    assert not lex.HOUSE_OPENING_RE.search("ein Jahr nach der Eröffnung des Neubaus")


def test_a_breadcrumb_written_as_a_numbered_list_names_no_event():
    text = ("1. Home\n2. Regionales\n3. Musterau\n4. Beratung: Erste Anlaufstelle für Jugendliche\n\n"
            "Beratung Erste Anlaufstelle für Jugendliche eröffnet\n\n"
            "Von Max Muster | Veröffentlicht am 03.09.2012\n\n"
            "Die Stadt hat die neue Beratungsstelle eröffnet. „Wir beraten alle unter 25“, sagte die Leiterin am "
            "Montag bei der Eröffnung der neuen Beratungsstelle.")
    titles = [e.title for e in _events(text, PRESS_URL)]
    assert titles and not any(title.startswith(("4.", "1. Home")) for title in titles), titles


def test_a_ministers_hours_at_a_fair_are_not_events_of_their_own():
    text = ("Musterstadt – Von A wie Abwasser bis Z wie Zeichnen – 30 Ausbildungsberufe bietet das Land. Diese "
            "Berufe präsentieren zahlreiche Behörden am 13. und 14. Februar auf der Ausbildungsmesse des öffentlichen "
            "Dienstes im Einkaufszentrum Musterstadt.\n"
            "Jeweils von 9.30 bis 20.00 Uhr haben die Besucher an diesen Tagen Gelegenheit, erste Einblicke zu sammeln.\n"
            "Auch mehrere Mitglieder des Kabinetts sind vor Ort und geben Einblicke in ihre Ressorts:\n"
            "• Bildungsministerin Dr. Erika Beispiel, Freitag, 13. Februar, 10.45 Uhr bis 11.30 Uhr\n"
            "• Justizstaatssekretärin Anna Muster, Freitag, 13. Februar, ab 10.30 Uhr\n"
            "• Finanzstaatssekretär Max Beispiel, Sonnabend, 14. Februar, ab 11.00 Uhr\n"
            "Daneben besucht auch der Präsident des Oberlandesgerichtes Dr. Karl Muster die Messe am Freitag, "
            "13. Februar, ab 14.00 Uhr.")
    events = _events(text)
    assert len(events) == 1, [e.title for e in events]
    assert not any(word in events[0].title for word in ("Beispiel", "Muster", "besucht"))


def test_a_weekday_said_again_is_the_day_written_before_it():
    text = ("75 Jahre Stadtbücherei: Viele Aktionen zum Jubiläum\n\n"
            "Musterau. Vor 75 Jahren gründete man in Musterau die Stadtbücherei. Das möchte man feiern.\n\n"
            "Los geht es am Freitag den 4. Oktober 2024 um 20 Uhr mit der Lesung des Hörbuch-Sprechers Max Muster.\n\n"
            "Am Samstag den 5. Oktober 2024 geht es um 14 Uhr in der Halle des Kulturbahnhofs mit einer Lesung des "
            "Autors Karl Beispiel weiter.\n\n"
            "Auch am Samstag: Die Lesung mit Erika Musterfrau. Sie liest ab 17 Uhr aus ihrem neuen Band.\n\n"
            "Eine Lesung für Erwachsene präsentiert die Krimi-Autorin Anna Beispiel ebenfalls am Samstag. Ab 20 Uhr "
            "liest sie aus ihrem neuen Roman.")
    events = _events(text)
    on_saturday = [e for e in events if (e.start or "").startswith("2024-10-05")]
    assert len(on_saturday) == 3, [(e.title, e.start) for e in events]
    assert any(e.title == "Lesung mit Erika Musterfrau" for e in on_saturday)


def test_a_weekday_said_again_is_not_every_such_weekday():
    text = ("Am Samstag, 5. Oktober 2024, lädt der Heimatverein um 14 Uhr zum Herbstfest ein. Jeden Samstag ist "
            "außerdem das Museum geöffnet, am Samstag bleibt das Café geschlossen.")
    assert [e.start[:10] for e in _events(text) if e.start] == ["2024-10-05"]


def test_a_reading_is_named_with_its_one_reader():
    assert prose.title_from_sentence("Auch am Samstag: Die Lesung mit Erika Musterfrau.") == "Lesung mit Erika Musterfrau"
    # (a town is no reader: "Lesung mit Bad Kissingen" is not what a calendar would say)
    assert prose.title_from_sentence("Am Samstag gibt es eine Lesung mit Musik.") != "Lesung mit Musik"
