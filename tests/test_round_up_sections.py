"""A library's week in a local paper: short headings over paragraphs, some dated in their first words, one by "am
selben Tag"; a series' further days a few sentences after its first. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events

CRAWL = date(2026, 12, 3)
URL = "https://www.musterau-news.example/stadtbibliothek-laedt-zu-vielfaeltigem-programm-ein"

WEEK = ("Musterau. Wer in der kommenden Woche Kultur, Austausch und Lesefreude sucht, wird bei der Stadtbibliothek "
        "Musterau fündig. Mit einem abwechslungsreichen Programm bietet sie Raum für Gespräche und Lesetipps.\n"
        "Austausch im Ruhestand\n"
        "Los geht es am Montag, 17. Mai 2027, um 11 Uhr, im Lesetreff Nord. Hier lädt die Stadtbibliothek zum "
        "Gesprächskreis für Menschen im Ruhestand. In gemütlicher Atmosphäre können sich Interessierte austauschen. "
        "Weitere Termine sind bereits geplant: 21. Juni, 19. Juli und 16. August, jeweils montags.\n"
        "Krimis aus ganz Deutschland\n"
        "Wer lieber auf literarische Verbrecherjagd geht, kommt am selben Tag um 14.30 Uhr auf seine Kosten: das Team "
        "der Stadtbibliothek gibt im Lesetreff Süd spannende Krimi-Empfehlungen. Der Eintritt ist frei.\n"
        "Geschichte der Stadt – damals und heute\n"
        "Ein besonderes Highlight steht am Dienstag, 18. Mai, um 18.30 Uhr, im Lesecafé der Stadtbibliothek auf dem "
        "Programm: Unter dem Titel „Musterau im Wandel“ diskutieren Fachleute die Entwicklung der Stadt seit 1945.\n"
        "Zaubertränke und Bilderbuchkino für Kinder\n"
        "Auch für die Jüngsten hält die Stadtbibliothek Spannendes bereit: Am Dienstag, 18. Mai, 16 Uhr, heißt es in "
        "der Kinderbibliothek: „Zaubertränke und Hexen-Einmaleins“. Kinder tauchen ein in die Welt der Magie.\n")


def _starts(text: str) -> list[str]:
    return sorted(e.start for e in extract_events(text, url=URL, reference_date=CRAWL, content_type="text/plain"))


def test_each_section_under_a_heading_of_the_same_shape_is_an_event_on_its_day():
    assert _starts(WEEK) == ["2027-05-17T11:00", "2027-05-17T14:30", "2027-05-18T16:00", "2027-05-18T18:30",
                             "2027-06-21T11:00", "2027-07-19T11:00", "2027-08-16T11:00"]


def test_the_same_day_means_the_series_first_day_not_its_last_further_one():
    events = extract_events(WEEK, url=URL, reference_date=CRAWL, content_type="text/plain")
    krimis = [e for e in events if e.start and e.start.endswith("T14:30")]
    assert [e.start[:10] for e in krimis] == ["2027-05-17"]


def test_a_one_word_fact_line_heads_no_section():
    # "Anreise" over the camp's first day is a fact of the camp, not a second event on that day
    text = ("MINT-Camp in den Herbstferien\nvom 20. bis 22. Oktober 2027\njeweils von 9 bis 15 Uhr\n"
            "Wasser unter der Lupe: Das Solarboot-Projekt am Fluss\n"
            "Gemeinsam werden wir solarbetriebene Boote bauen und testen und damit Messungen am Fluss durchführen. Dabei "
            "lernst du die Grundlagen von Photovoltaik-Systemen kennen.\n"
            "Das MINT-Camp richtet sich an Kinder und Jugendliche im Alter von 10 bis 18 Jahren.\n"
            "MINT-Sommerferiencamp 2027\nVom 12.07. bis zum 16.07.2027\n"
            "In der ersten Ferienwoche findet das nächste MINT-Feriencamp statt.\n"
            "Auf dem Programm stehen wieder spannende Workshops, Exkursionen und viel Spaß. Mehr Infos findest du weiter "
            "unten.\n"
            "Anreise\n"
            "Das MINT-Feriencamp beginnt am 12.07.2027 um 09:00 Uhr im Chemiehaus Musterau (Bahnhofstraße 7). Das "
            "Chemiehaus befindet sich etwa 500 Meter vom Bahnhof entfernt.\n"
            "Programm am ersten Tag\n- 09:00 – 09:30 Uhr Begrüßung\n- 10:00 – 12:00 Uhr Workshops – 1. Teil\n"
            "- 13:00 – 15:00 Uhr Workshops – 2. Teil\n")
    events = extract_events(text, url="https://www.mint-musterau.example/camp", reference_date=CRAWL,
                            content_type="text/plain")
    assert [e.start[:10] for e in events].count("2027-07-12") == 1


def test_further_days_that_stand_fixed_are_read_like_planned_ones():
    fixed = WEEK.replace("Weitere Termine sind bereits geplant:", "Weitere Termine stehen bereits fest:")
    assert _starts(fixed) == _starts(WEEK)
    assert "2027-06-21T11:00" in _starts(fixed)
