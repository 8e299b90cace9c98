"""Local papers' articles on one day: a school's open day whose text ends with the days to sign up ("… kann sich …
vom 13. bis 18. März 2027 im Sekretariat anmelden"), its hours in later sentences ("Um 10 Uhr wird der Tag … eröffnet.
Bis 12 Uhr kann dann …"), its guests' home Kreis that holds nothing; a house called "die Einrichtung"; a headline that
opens the gates of a fair the text names; a reprinted article under its paper's issue line; a day's own name in quotes
right before its date. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events, prose

CRAWL = date(2026, 12, 3)

OPEN_DAY = (
    " date 2027-03 Musterode. Wie soll es nach der Grundschule weitergehen? Wer danach ein Gymnasium besuchen möchte, "
    "sollte sich den Tag der offenen Tür im Musteröder Lessinggymnasium nicht entgehen lassen.\n\n"
    "Nach langer Bauphase kann das Lessinggymnasium in Musterode am Samstag, dem 13. März, endlich wieder seine Türen "
    "für Schüler, Ehemalige und interessierte Gäste auch aus dem Landkreis Beispielfeld öffnen. Die Lehrer haben "
    "Themenräume und Spiele vorbereitet, heißt es in der Ankündigung der Schule. Um 10 Uhr wird der Tag musikalisch in "
    "der neuen Aula eröffnet. Bis 12 Uhr kann dann geknobelt, geturnt und gestaunt werden. Wer sich danach für das "
    "Lessinggymnasium entscheidet, der kann sich für das kommende Schuljahr vom 15. bis 20. März 2027 im Sekretariat "
    "anmelden.\n")

MUSIC_SCHOOL = (
    "Musikschule präsentiert sich Am 20. März lädt die Einrichtung zum Tag der offenen Tür ein.\n\n"
    "Musterhain. Wer will Klavier spielen lernen? Dafür ist die Musikschule des Landkreises Beispielland da. Der "
    "Musikschulbezirk Musterhain stellt sich am Samstag, den 20. März 2027, von 9.30 bis 12.30 Uhr in der "
    "Lindenstraße 30 vor.\n")

FAIR = (
    "11.05.2027\n"
    "Ministerium für Bildung des Landes Beispielland\n\n"
    "Medieninformation\n\n"
    "Am Samstag öffnet die größte Bildungsmesse des Landes ihre Tore\n\n"
    "Die Staatssekretärin wird am Samstag (15. Mai 2027) das 24. Beispielländer Bildungssymposium eröffnen. Auf die "
    "Besucher wartet ein interessantes Programm, darunter zahlreiche Workshops.\n")

REPRINT = (
    "[ Musterländer Tageblatt vom 3.2.2027 ]\n \n"
    "Musterheide.Zeitgleich an drei Schulen finden am „Safer Internet Day“ am Dienstag, 9. Februar 2027, Aktionen rund "
    "um die Sicherheit im Internet statt. Fit gemacht fürs Netz werden die jüngeren Schüler von älteren.\n")


def test_the_open_day_is_its_saturday_at_its_hours_held_by_the_school_not_the_days_to_sign_up():
    events = extract_events(OPEN_DAY, url="https://www.musterzeitung.example/lokales/musterode/tag-der-offenen-tuer",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start, e.end) for e in events] == [("Tag der offenen Tür", "2027-03-13T10:00", "2027-03-13T12:00")]
    assert events[0].organizer == "Lessinggymnasium"  # (not the Kreis its guests come from)


def test_the_house_called_die_einrichtung_is_the_one_the_text_names():
    events = extract_events(MUSIC_SCHOOL, url="https://www.musterzeitung.example/musterhain/musikschule",
                            reference_date=CRAWL, content_type="text/plain")
    assert [e.organizer for e in events] == ["Musikschule des Landkreises Beispielland"]


def test_a_headline_that_opens_the_fairs_gates_gives_way_to_the_name_the_text_gives_it():
    events = extract_events(FAIR, url="https://bildung.beispielland.example/medieninformation/symposium",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [("24. Beispielländer Bildungssymposium", "2027-05-15")]


def test_a_reprints_issue_line_is_no_title_and_the_days_quoted_name_is():
    events = extract_events(REPRINT, url="https://www.gymnasium-musterheide.example/presse/sid",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [("Safer Internet Day", "2027-02-09")]


def test_a_quoted_name_is_a_days_only_right_before_its_date():
    assert prose.quoted_title("Die Schule feiert am „Tag der Bücher“ am 23. April ein Fest.") == "Tag der Bücher"
    # (near miss: a quote that names no day keeps the reading of its kind)
    assert prose.quoted_title("Am 23. April lädt die Schule zur Lesung „Der Drachentag“ ein.") == "Lesung „Der Drachentag“"


def test_the_open_days_headline_stays_over_its_sentences_subject_and_a_news_headline_holds_nothing():
    page = ("Tag der offenen Tür am Gymnasium Musterau\n"
            "Veröffentlicht am 30. November 2026\n"
            "Das Gymnasium Musterau öffnet am Samstag, 23. Januar 2027, von 9 bis 13 Uhr seine Türen für alle "
            "Viertklässlerinnen und Viertklässler und ihre Eltern.\n"
            "Wer sich danach für das Gymnasium entscheidet, der kann sein Kind für das kommende Schuljahr vom 15. bis "
            "19. März 2027 im Sekretariat anmelden.\n")
    events = extract_events(page, url="https://www.gymnasium-musterau.example/aktuelles/tdot",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [("Tag der offenen Tür am Gymnasium Musterau", "2027-01-23T09:00")]
    news = ("Gesamtschule zeigt sich von ihrer besten Seite\n"
            "Musterau. Ein Blick in Klassenzimmer und Labore: Die Gesamtschule am Lindenpark lädt am Samstag, 30. Januar, "
            "zur „Offenen Schule“ ein. Zwischen 10 und 14 Uhr präsentieren Schülerinnen und Schüler ihre Projekte.\n"
            "Eltern, die ihr Kind an der Gesamtschule anmelden möchten, können dies vom 8. bis 12. Februar tun. Für "
            "Nachzügler gibt es am 15. Februar einen weiteren Anmeldetag.\n")
    events = extract_events(news, url="https://www.musterauer-anzeiger.example/lokales/gesamtschule",
                            reference_date=CRAWL, content_type="text/plain")
    assert events and {e.organizer for e in events} == {"Gesamtschule am Lindenpark"}
