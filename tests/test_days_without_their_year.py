"""A local weekly's report on a children's group programme that prints no year: "Am 12. Mai geht es im Beerbusch auf
eine naturkundliche Schatzsuche." Each day is an event whose year the page does not tell; it stays, with its day and
month, even where its only name is its sentence. A long opening paragraph without any day stays dropped, as does a
sentence that names nothing and has no day. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)
URL = "https://www.musterspiegel-verlag.example/musterau/lokales/programme-fuer-naturinteressierte-kinder-d123.html"

REPORT = ("Spannende Programme für naturinteressierte Kinder\n\n"
          "Naturschutzgruppe stellt neues Halbjahresprogramm vor\n\n"
          "MUSTERAU (r/eb). Die Naturschutzgruppe Musterau hat ihr neues Kindergruppenprogramm herausgegeben. Von "
          "Januar bis Juli bietet sie spannende Programme für naturinteressierte Kinder an.\n"
          "Die einzelnen Termine im Überblick:\n"
          "Am 7. Januar beobachtet die Kindergruppe im Rahmen der bundesweiten Aktion „Stunde der Wintervögel“ im "
          "Stadtpark die dort überwinternden Vögel.\n"
          "Auch das Projekt „Wildbieneninseln“ geht weiter: Am 11. Februar werden dafür sechs kleine „Wildbienenhotels“ "
          "gebaut.\n"
          "Am 10. März will die Gruppe wieder die Nistkästen im Stadtpark kontrollieren und reinigen - und auch einen "
          "Blick in natürliche Baumhöhlen werfen.\n"
          "Am 12. Mai geht es im Beerbusch auf eine naturkundliche Schatzsuche.\n"
          "Die besonders beliebte, jährliche Kescheraktion findet diesmal am 26. Mai an den Waldseen statt.\n"
          "Am 29. Mai macht die Kindergruppe einen Tagesausflug mit Bahn und Bus in die Waldstation.\n"
          "Am 9. Juni ist die Gruppe in den Heilpflanzengarten eingeladen, um Kräuter kennenzulernen.\n")


def test_days_without_their_year_stay_events_with_their_day_and_month():
    events = extract_events(REPORT, url=URL, reference_date=CRAWL, content_type="text/plain")
    days = {e.start_partial for e in events if e.start is None}
    assert {"--05-12", "--05-26"} <= days
    assert all(e.start is None for e in events)


def test_an_undated_sentence_that_names_nothing_stays_dropped():
    text = ("Weitere Informationen entnehmen Sie bitte dem Programm.\n\n"
            "Die Naturschutzgruppe freut sich auf viele Kinder, die mit ihr die Natur entdecken wollen.\n")
    assert extract_events(text, url=URL, reference_date=CRAWL, content_type="text/plain") == []
