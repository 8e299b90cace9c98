"""Two ways an event's name hides in a local article. One closes with its facts under the talk's name ("Nicht alles
im Netz ist erlaubt – …" / "Referentin: …," / "Datum: 7. Oktober 18:30 Uhr" / "Ort: Aula"), where the text calls it
only "Der nächste Vortrag". One names the reading hour and, in a clause after it, the nationwide day it belongs to
("… die Waffel-Vorlesestunde statt, die im Rahmen des bundesweiten Vorlesetags veranstaltet wird"). A calendar shows
the talk's and the reading hour's names. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events, prose

CRAWL = date(2026, 12, 3)

TALK = ("Musterau – Das Bündnis für Familie organisiert nun schon den 3. Elternabend im Rahmen des Projektes für mehr "
        "Medienkompetenz in Musterau. Unter dem Motto „Fit im Netz“ lädt das Bündnis in regelmäßigen Abständen "
        "Referentinnen ein, die zu unterschiedlichsten Themen sprechen.\n"
        "Die letzten beiden Abende waren ausgebucht und auch die kommenden Themen stoßen auf großes Interesse. Der "
        "nächste Vortrag findet am 7. Oktober in der Aula der Beispielschule statt.\n"
        "Nicht alles im Netz ist auch erlaubt – Online-Verletzungen und Recht im Internet.\n"
        "Referentin: Erika Beispiel,\n"
        "Journalistin und Medientrainerin\n"
        "Datum: 7. Oktober 18:30 Uhr\n"
        "Ort: Aula Beispielschule\n")


def test_the_name_over_an_articles_closing_facts_names_the_talk():
    events = extract_events(TALK, url="https://musterau-heute.example/nicht-alles-im-netz-ist-erlaubt/",
                            reference_date=CRAWL, content_type="text/plain")
    assert [e.title for e in events] == ["Nicht alles im Netz ist auch erlaubt – Online-Verletzungen und Recht im Internet"]


def test_a_talk_without_a_name_over_its_facts_keeps_its_kind():
    text = TALK.replace("Nicht alles im Netz ist auch erlaubt – Online-Verletzungen und Recht im Internet.\n", "")
    events = extract_events(text, url="https://musterau-heute.example/elternabend/", reference_date=CRAWL,
                            content_type="text/plain")
    assert events and "Journalistin" not in events[0].title and "Referentin" not in events[0].title


def test_the_day_an_event_belongs_to_in_a_clause_after_it_is_not_its_name():
    sentence = ("Am Freitag, den 17. November, findet von 16:00 bis 17:00 Uhr die Waffel-Vorlesestunde statt, die im "
                "Rahmen des bundesweiten Vorlesetags veranstaltet wird.")
    assert prose.title_from_sentence(sentence) == "Waffel-Vorlesestunde"



def test_a_holder_called_by_its_kind_gets_the_full_name_the_page_gives_it():
    events = extract_events(TALK, url="https://musterau-heute.example/nicht-alles-im-netz-ist-erlaubt/",
                            reference_date=CRAWL, content_type="text/plain")
    assert [e.organizer for e in events] == ["Bündnis für Familie"]


def test_two_full_names_of_one_kind_leave_the_kind_as_it_is():
    from parsers import people
    texts = ["Das Bündnis für Familie und das Bündnis für Demokratie laden ein.", "Das Bündnis lädt ein."]
    assert people.fuller_holder("Bündnis", texts) is None
    assert people.fuller_holder("Stadtbücherei", ["Die Stadtbücherei Erfurt lädt ein."]) == "Stadtbücherei Erfurt"
