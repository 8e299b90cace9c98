"""A district's news overview: each teaser stands under the day it was posted ("Datum 01.03.2024").

A reader expects the events the teasers announce on their own days, never an event called "Datum 08.03.2024", no
second event on the day a teaser was posted when the teaser dates its own event, and no event where the teaser tells
of a decision. All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events
from parsers import prose

REFERENCE = date(2026, 12, 6)
NEWS_URL = "https://www.kreis-musterau.example.org/News/Alle.htm/Aktuelles/Uebersicht?page=3"
OVERVIEW = (
    "Datum 12.03.2024\n"
    "Die Musterauer Lesebühne feiert ihr zehnjähriges Bestehen. Aus diesem Anlass laden die Vorleserinnen am 17. März "
    "2024 ein zu einer geselligen Lesung mit Überraschungsgästen ins Haus am Markt.\n"
    "Datum 08.03.2024\n"
    "Zum Weltfrauentag wurde in Beispielhausen der Film „Mutig“ gezeigt, in einer Kooperation des Frauennetzwerks "
    "Musterau mit dem Lichtspielhaus am Park. Die Regisseurin sprach danach über gleiche Chancen.\n"
    "Datum 07.03.2024\n"
    "Am bundesweiten Equal Pay Day fand in der Musterauer Innenstadt eine Aktion des Frauennetzwerkes statt. Lebende "
    "Statuen machten auf die Ungleichheit in der Bezahlung aufmerksam.\n"
    "Datum 01.03.2024\n"
    "In den Räumen des Jugendtreffs in Musterau können junge Menschen bald den „Sprung ins Berufsleben“ wagen. Dort "
    "findet am Mittwoch, 13. März 2024, von 9 bis 12 Uhr die gleichnamige Ausbildungsmesse statt.\n"
    "Datum 28.02.2024\n"
    "Der Kreistag hat in seiner Sitzung den Haushalt für das laufende Jahr beschlossen. Die Investitionen in die "
    "Schulen steigen deutlich gegenüber dem Vorjahr an.\n")


def _events():
    return extract_events(OVERVIEW, url=NEWS_URL, content_type="text/plain", reference_date=REFERENCE)


def test_no_event_is_named_by_the_day_its_teaser_was_posted():
    titles = [e.title or "" for e in _events()]
    assert titles and not [t for t in titles if t.startswith("Datum")]


def test_a_teaser_that_dates_its_own_event_makes_no_second_event_on_its_posting_day():
    days = [(e.start or "")[:10] for e in _events()]
    assert "2024-03-13" in days and "2024-03-01" not in days


def test_a_decision_under_its_posting_day_is_no_event():
    assert "2024-02-28" not in [(e.start or "")[:10] for e in _events()]


def test_a_partner_named_after_in_kooperation_mit_is_not_what_a_sentence_offers():
    assert prose.offered_name("Zum Weltfrauentag wurde in Beispielhausen der Film „Mutig“ gezeigt, in einer Kooperation "
                              "des Frauennetzwerks Musterau mit dem Lichtspiel-Kino und der Regisseurin.") is None
    assert prose.offered_name("Los geht es am 11. September mit einem Vortrag über den Künstler Alfons Mucha.") \
        == "Vortrag über den Künstler Alfons Mucha"


def test_a_section_heading_and_a_posts_stamp_name_no_event():
    text = ("Neuigkeiten Familie\n\nVeröffentlicht am 02.10.2025\nDas Familienzentrum Sonnenhof lädt am Mittwoch, 15. Oktober 2025, "
            "um 16 Uhr zu einem Elternabend über Medien im Kinderzimmer ein. Die Teilnahme ist kostenlos.\n"
            "Veröffentlicht am 25.09.2025\nDie Stadt hat die Gebühren für die Ferienbetreuung neu festgelegt.\n")
    events = extract_events(text, url="https://www.musterau.example.org/familie/aktuelles", content_type="text/plain",
                            reference_date=REFERENCE)
    assert [(e.start, e.title) for e in events] == [("2025-10-15T16:00", "Elternabend")]


def test_a_read_on_link_with_its_arrow_is_no_teasers_name():
    from parsers.lexicon import READ_ON_RE
    assert READ_ON_RE.match("> weiter lesen") and READ_ON_RE.match("» Weiterlesen")
    assert not READ_ON_RE.match("> Weiter geht es mit dem Fachtag am 3. März")


@pytest.mark.parametrize("stamp, release, day", [
    # "23.04.2027 | 04:23:00 | ID: 9188 | Ressort: …": a portal's machine stamp above the release, at an odd minute …
    ("23.04.2027 | 04:23:00 | ID: 9188 | Ressort: Verbraucher | Freizeit",
     "Am 8. Mai 2027 gibt es eine Erlebniswanderung zur Bärlauchblüte im Beispieltal.", "2027-05-08"),
    # … or at a round hour, to the second between its bars
    ("30.08.2027 | 19:00:00 | ID: 6620 | Ressort: Jugend",
     "Zum Abschluss der Ferienspiele gibt es am 4. September 2027 ein großes Spielfest im Park.", "2027-09-04"),
])
def test_a_press_portals_stamp_to_the_second_is_no_event(stamp, release, day):
    text = f"{stamp}\n\nAus der Region\n\nMusterau (mu-PR) - {release}\n"
    events = extract_events(text, url="https://www.presseportal-musterau.example.org/region/meldung-9188.html",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [e.start[:10] for e in events] == [day]


def test_a_blogs_day_archive_shows_its_posts_events_not_the_archive_day():
    # the archive's day and its calendar widget's month name neither a day nor a name of the event its post announces
    text = ("Archive - Dienstag, 23. Juli 2027\n\n"
            "Juli 2027\nM D M D F S S\n1234\n567891011\n\n"
            "Open-Air-Kino für die ganze Familie im Museum am Markt am 23. August\n\n"
            "Zu einem Kino-Erlebnis unter freiem Himmel lädt der Kulturverein Musterau am 23. August ein. Um 16 Uhr "
            "startet das Kinoprogramm mit einem Kinderfilm. Der Eintritt ist frei.\n")
    events = extract_events(text, url="https://www.musterau-news.example.org/2027/07/23/", content_type="text/plain",
                            reference_date=REFERENCE)
    assert [e.start[:10] for e in events] == ["2027-08-23"]
    assert events[0].title.startswith("Open-Air-Kino")


TEASERS = ("Pressemitteilungen 2027\n\n"
           "Zehn Jahre Stadtteilbibliothek\n\n"
           "Die Stadtteilbibliothek am Markt feiert ihr Jubiläum. Viele Gäste haben in den letzten Jahren die Räume genutzt "
           "und die Bibliothek zu einem Treffpunkt im Viertel gemacht.\n\n"
           "Weitere Informationen\n\n"
           "„Gemeinsam lesen“ – Lesung in der Kiezbibliothek\n\n"
           "Im Rahmen der Woche der seelischen Gesundheit lesen Autorinnen aus einer Schreibwerkstatt Kurzgeschichten vor. "
           "* Dienstag, 12. Oktober 2027, von 16.15 bis 17.15 Uhr * Kiezbibliothek, Musterweg 1 * kostenfrei\n\n"
           "Weitere Informationen\n\n"
           "Kindersachenflohmarkt in der Stadtteilbibliothek\n\n"
           "Der Sommer ist vorbei, der Herbst hält Einzug. In vielen Familien wird jetzt die Kinderkleidung durchsortiert, "
           "und was nicht mehr passt, kann beim Flohmarkt einen neuen Besitzer finden.\n\n"
           "Weitere Informationen\n")


def test_a_teaser_lists_one_dated_item_is_named_by_its_own_headline():
    events = extract_events(TEASERS, url="https://www.musterau.example.org/bibliothek/pressemitteilungen/2027/",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [(e.title, e.start) for e in events] == [("„Gemeinsam lesen“ – Lesung in der Kiezbibliothek", "2027-10-12T16:15")]


def test_an_articles_subheading_over_its_day_does_not_name_the_event():
    article = ("Fachtag Inklusion 2027\n\n"
               "Der Landkreis Musterau lädt Fachkräfte aus Kitas und Schulen zu seinem ersten Fachtag Inklusion ein. Im "
               "Mittelpunkt stehen Beispiele aus der Praxis und der Austausch untereinander.\n\n"
               "Der Ablauf\n\n"
               "Der Fachtag beginnt am Mittwoch, 10. März 2027, um 9 Uhr im Kreishaus mit einem Vortrag und endet am "
               "Nachmittag mit einer Podiumsdiskussion.\n")
    events = extract_events(article, url="https://www.musterau.example.org/aktuelles/fachtag-inklusion",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [e.title for e in events] != ["Der Ablauf"] and events[0].start == "2027-03-10T09:00"


def test_a_town_and_day_under_the_headline_is_the_articles_day():
    # "Musterau, 02.07.2027" under the headline: when it was written, not a screening
    text = ("Freiluftkino im Stadtpark: Drei Abende unter Sternen\n"
            "Musterau, 02.07.2027\n"
            "Das Kulturbüro lädt auch in diesem Sommer zum Freiluftkino im Stadtpark ein. Gezeigt werden drei Filme:\n"
            "Freitag, 6. August 2027: eine Komödie für die ganze Familie\n"
            "Samstag, 7. August 2027: ein Dokumentarfilm über Bienen\n")
    events = extract_events(text, url="https://www.musterauer-rundschau.example.org/kultur/freiluftkino",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [e.start[:10] for e in events] == ["2027-08-06", "2027-08-07"]


def test_helpers_asked_to_answer_by_a_day_make_no_event():
    text = ("Helferinnen und Helfer für das Open-Air-Kino gesucht\n"
            "Für unser Open-Air-Kino im kommenden Sommer suchen wir noch Unterstützung beim Aufbau und an der Kasse. Wer "
            "mitmachen möchte, meldet sich bitte bis zum 15. Mai 2027 beim Vorstand.\n")
    events = extract_events(text, url="https://www.kinoverein-musterau.example.org/aktuelles/helfer-gesucht",
                            content_type="text/plain", reference_date=REFERENCE)
    assert events == []


@pytest.mark.parametrize("text", [
    # a right that holds since a day
    "Kita für alle Kinder\n\nSeit dem 1. Januar 2027 haben Kinder von ihrem ersten Geburtstag an einen Anspruch auf einen "
    "Platz in einer Kita. Die Familienzentren bieten außerdem beliebte Frühstücksveranstaltungen an.\n",
    # a service that starts its work on a day
    "Neues Medienzentrum für den Landkreis\n\nDer Kreistag hat dem Konzept für ein Medienzentrum zugestimmt. Das neue Zentrum "
    "soll zum 1. Januar 2028 seine Arbeit aufnehmen und Schulen bei Projekttagen und Fortbildungen unterstützen.\n",
])
def test_a_day_since_which_something_holds_or_a_service_starts_is_no_event(text):
    events = extract_events(text, url="https://www.musterau.example.org/aktuelles/meldung", content_type="text/plain",
                            reference_date=REFERENCE)
    assert events == []


KIOSK_ROUND_UP = (
    "Musterauer Zeitung\n\n"
    "Basteln, Singen und ein Ausflug\n\n"
    "Am kommenden Montag beginnen die Osterferien. Die Gemeinden bieten wieder viel für Kinder an.\n\n"
    "Die Stadt Musterau lädt zu Ferienaktionen ein. So wird am 31. März, 14 bis 16 Uhr, im Stadtpark die "
    "Saisoneröffnung gefeiert.\n\n"
    "An der Musikschule Musterau können Grundschulkinder in den Ferien singen und Instrumente ausprobieren. "
    "Angeboten wird die jeweils dreitägige Singwerkstatt vom 25. bis 27. März und vom 2. bis 4. April, jeweils von 10 "
    "bis 13 Uhr an der Musikschule Musterau.\n"
)


def test_a_newspaper_kiosk_s_day_in_the_url_dates_the_round_up_and_its_masthead_names_nothing():
    events = extract_events(KIOSK_ROUND_UP.encode(),
                            url="https://kiosk.example.org/germany/musterauer-zeitung/20240319/281822878783628",
                            content_type="text/plain", reference_date=REFERENCE)
    read = {(e.start[:10], e.title) for e in events}
    # (the year of the issue, 19 March 2024)
    assert any(start == "2024-03-31" and "Saisoneröffnung" in title for start, title in read)
    # (what "Angeboten wird die …" offers, on both its runs)
    assert {start for start, title in read if title.startswith("Singwerkstatt")} == {"2024-03-25", "2024-04-02"}
    assert all(e.title != "Musterauer Zeitung" for e in events)


SCHOOL_BLOG_PAGE = (
    "Willkommen in der Musik- und Kunstschule Musterau\n\n"
    "– 1. Januar 2060\n\n"
    "12. Rocknacht\n\n"
    "– 7. Februar 2024\n\n"
    "Auch in diesem Schuljahr haben rund 80 Schülerinnen und Schüler ein buntes Programm auf die Bühne gebracht. Die "
    "Rocknacht ist der Auftakt zu vielen Stadtfesten im Landkreis, auf denen wir auch in diesem Jahr spielen.\n\n"
    "13.04.2024 – Tag der offenen Tür Markkleeberg\n"
    "04.05.2024 – Tag der offenen Tür Borna\n"
    "31.05.2024 – Stadtfest Borna\n\n"
    "Dankeskonzert\n\n"
    "– 6. Februar 2024\n\n"
    "Die Teilnehmenden erhielten vom Musikschulleiter und vom Vorsitzenden des Fördervereins Herrn Prof. Beispiel "
    "einen Notengutschein.\n"
)


def test_a_pinned_post_s_far_day_dates_nothing_and_a_numbered_name_is_no_day():
    events = extract_events(SCHOOL_BLOG_PAGE.encode(), url="https://www.musikschule-musterau.example.org/page/4/",
                            content_type="text/plain", reference_date=REFERENCE)
    assert all(not (e.start or "").startswith("2060") for e in events)
    assert any(e.title == "12. Rocknacht" for e in events)  # (not "7. Februar 2024")
    by_title = {e.title: e for e in events}
    # a list's row named after its town takes place there
    assert by_title["Tag der offenen Tür Markkleeberg"].city == "Markkleeberg"
    assert by_title["Stadtfest Borna"].city == "Borna"
    # "des Fördervereins Herrn Prof. …": the form of address is no part of a holder's name
    assert all("Herrn" not in (e.organizer or "") for e in events)


TIPS_WITH_CONTACT_LINES = (
    "Tipps für Schulkinder: Was es in den Osterferien zu erleben gibt\n\n"
    "Von Montag, 29. März, bis Freitag, 9. April 2027, bieten viele Orte ein Ferienprogramm an. So erleben Kinder im "
    "Kunstraum der Stadt am Dienstag, 30. März 2027, eine „Reise zu den Sternen“.\n\n"
    "Tel. (0 12 34) 56 78 90\n\n"
    "www.kunstraum-musterau.example.org\n\n"
    "Am Freitag, 2. April 2027, geht es mit dem Jugendamt nach Speyer, unter anderem zum Technikmuseum.\n\n"
    "www.jugendamt-musterau.example.org/ferien\n\n"
    "Die Landesmedienanstalt bietet Seminare an. Jugendliche ab 13 Jahren können am Donnerstag, 1. April 2027, 14 bis "
    "18 Uhr, am Workshop „Mein eigener Podcast“ teilnehmen.\n\n"
    "Tel. (0 12 34) 98 76 54\n\n"
    "www.medienzentrum.example.org\n\n"
    "Am Mittwoch, 7. April 2027, geht von 10 bis 12 Uhr „Experimentelles Malen“ in der Galerie am Markt über die "
    "Bühne.\n"
)


def test_a_web_address_or_a_phone_line_under_an_item_heads_no_event_and_names_none():
    events = extract_events(TIPS_WITH_CONTACT_LINES.encode(), url="https://www.zeitung.example.org/tipps-osterferien",
                            content_type="text/plain", reference_date=REFERENCE)
    titles = [e.title for e in events]
    assert not any("www." in title or "Tel." in title for title in titles), titles
    assert any("Podcast" in title for title in titles) and "Experimentelles Malen" in titles


def test_yesterday_in_a_quoted_speech_is_the_speaker_s_day_not_the_day_before_the_article():
    page = ("Schulen laden zum Entdecken ein\n\nVon Erika Beispiel 06.12.2026, 11:00\n\n"
            "Musterau l Auf dem Schulberg hatten die Sekundarschule und die Grundschule zum Tag der offenen Tür geladen. "
            "„Gestern hatten wir hier ein Treffen der ehemaligen Schüler, heute kommen die künftigen“, begrüßte die "
            "Leiterin die Besucher.\n")
    events = extract_events(page.encode(), url="https://www.zeitung.example.org/lokal/musterau/tag-der-offenen-tuer",
                            content_type="text/plain", reference_date=REFERENCE)
    assert not any((e.start or "").startswith("2026-12-05") for e in events)  # (no "Treffen" dated by the speaker's "gestern")


def test_a_pinned_post_s_far_day_is_no_event_either():
    page = ("Aus dem Jugendhaus Musterau\n\n– 1. Januar 2060\n\nBitte beachten: Neue Anmeldewege\n\n"
            "Ab sofort meldet ihr euch über unser Formular an.\n\n– 20. Januar 2027\n\nKinoabend im Treff\n\n"
            "Am 19. Februar 2027 um 18 Uhr zeigen wir einen Film für alle ab 12 Jahren.\n")
    events = extract_events(page.encode(), url="https://www.jugendhaus-musterau.example.org/blog/",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [e.start for e in events] == ["2027-02-19T18:00"]


ITEMS_CLOSED_BY_THEIR_DAYS = (
    "Bildungstermine im November\nMusterau, 02.11.2026\nDigitale Bewerbungsmappe\n"
    "Die Volkshochschule zeigt Jugendlichen, wie sie eine Bewerbung als PDF zusammenstellen.\n"
    "www.vhs-musterau.example.org/bewerbungsmappe\nSamstag, 21. November, 10 Uhr, VHS-Haus, Raum 3\n"
    "Elternabend Medienerziehung\nWie viel Bildschirmzeit ist gut für mein Kind? Darüber spricht ein Medienpädagoge.\n"
    "Tel. (0 12 34) 99 88 77\nDienstag, 24. November, 19.30 Uhr, Familienzentrum Lindenhof\n"
)


def test_items_whose_day_closes_them_under_a_link_or_a_phone_line_keep_their_own_names():
    events = extract_events(ITEMS_CLOSED_BY_THEIR_DAYS.encode(), url="https://www.bildung-musterau.example.org/termine",
                            content_type="text/plain", reference_date=REFERENCE)
    assert [(e.start, e.title) for e in events] == [("2026-11-21T10:00", "Digitale Bewerbungsmappe"),
                                                    ("2026-11-24T19:30", "Elternabend Medienerziehung")]


def test_a_page_of_the_day_s_short_news_names_no_event_and_is_no_online_one():
    page = ("Aktuelle Kurznachrichten aus Musterau vom 02.02.2028 – 16:00 Uhr\n\n"
            "Wir veröffentlichen kurze Mitteilungen gesammelt, sozusagen als mehrmals aktualisierte virtuelle Beilage.\n\n"
            "Kochen für Einsteiger\n\n"
            "Am Samstag, 12. Februar 2028, zwischen 9 und 14 Uhr bietet die Volkshochschule Musterau einen Kochkurs "
            "für Einsteiger an. Veranstaltungsort ist das VHS-Haus in der Bergstraße 8.\n")
    events = extract_events(page, url="https://www.musterau-rundschau.example.org/kurznachrichten-aus-musterau/",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert len(events) == 1
    assert events[0].start == "2028-02-12T09:00"
    assert "Kurznachrichten" not in events[0].title
    assert events[0].online is False


def test_a_day_s_short_news_with_its_clock_dates_nothing_and_each_item_is_its_offer():
    page = ("Aktuelle Kurznachrichten aus Musterau vom 02.02.2027 – 16:00 Uhr\n\n"
            "Wir sammeln hier kurze Mitteilungen aus der Stadt.\n\n"
            "Schach im Rathaus\n\n"
            "Am Samstag, 13. Februar 2027, lädt der Schachclub Musterau von 10 bis 16 Uhr zum Schnellschachturnier ins "
            "Rathaus ein.\n\n"
            "Vortrag in der Volkshochschule\n\n"
            "Die Volkshochschule Musterau bietet am Dienstag, 16. Februar 2027, um 19 Uhr einen Vortrag über Bienen an.\n")
    events = extract_events(page, url="https://www.musterau-rundschau.example.org/kurznachrichten/",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert sorted(e.start for e in events) == ["2027-02-13T10:00", "2027-02-16T19:00"]
    assert not any("Kurznachrichten" in e.title for e in events)


def test_an_announcement_that_writes_the_coming_year_dates_its_bare_days_in_it():
    page = ("Lokales\nLangeweile? Nicht in diesen Ferien!\n"
            "Musterau, 5. Dezember 2026 – Auch in den Herbstferien 2027 wird es bunt: Wir haben die ersten Angebote "
            "zusammengestellt.\n"
            "Die Jugendkunstschule Musterau bietet am 2. November und 3. November einen Comic-Workshop für Kinder an.\n")
    events = extract_events(page, url="https://www.musterau-anzeiger.example.org/lokales/ferien",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert [e.start[:10] for e in events if e.start] == ["2027-11-02"]


def test_a_report_that_names_next_year_keeps_its_days_in_its_own_year():
    page = ("Lokales\nRückblick auf die Herbstferien\n"
            "Musterau, 5. Dezember 2026 – Der Comic-Workshop der Jugendkunstschule am 2. November war ein voller Erfolg. "
            "Auch 2027 soll es wieder einen geben.\n")
    events = extract_events(page, url="https://www.musterau-anzeiger.example.org/lokales/rueckblick",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert all(e.start[:4] == "2026" for e in events if e.start)


POSTED_WITH_BYLINE = (
    "Vorlesestunde in der Stadtbücherei Musterau\n\n"
    "Eingestellt am 04.12.2026\n\n"
    "Die Stadtbücherei Musterau lädt wieder zur Vorlesestunde ein. Die nächsten Termine sind am Dienstag, 8. Dezember "
    "2026, und am Dienstag, 15. Dezember 2026, jeweils um 16 Uhr im Lesesaal.\n\n"
    "Text: Erika Beispiel, 07.12.2026\n")


def test_a_posts_stamp_and_its_bylines_day_are_no_events_of_its_series():
    events = extract_events(POSTED_WITH_BYLINE, url="https://www.musterau.example.org/aktuelles/vorlesestunde",
                            reference_date=date(2026, 12, 7), content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [
        ("Vorlesestunde in der Stadtbücherei Musterau", "2026-12-08T16:00"),
        ("Vorlesestunde in der Stadtbücherei Musterau", "2026-12-15T16:00")]


@pytest.mark.parametrize("line", ["Online seit 04.12.2026", "Gepostet am 4. Dezember 2026",
                                  "Text und Foto: Erika Beispiel, 7. Dezember 2026"])
def test_post_stamps_and_bylines_are_publication_cues(line):
    from parsers import lexicon
    before = line[:line.index(next(ch for ch in line if ch.isdigit()))]
    assert lexicon.PUBLICATION_CUE_RE.search(before)


def test_a_text_that_says_text_is_no_byline():
    from parsers import lexicon
    assert not lexicon.PUBLICATION_CUE_RE.search("Die Lesung mit Text und Musik findet am ")


LETTERHEAD = (
    "<<\n\n"
    "Landkreis Musterland- Der Landrat\n\n"
    "Landkreis Musterland, Postfach 11 32, 12345 Musterstadt Standort: , Jahnstraße 1-4\n\n"
    "Amt: Sachgebiet: Öffentlichkeitsarbeit\n\n"
    "Auskunft erteilt: Erika Beispiel Zimmer: 110 Tel.-/Fax-Nr.: 01234 5678-1006/01234 5678-91006 Presseinformation "
    "und E-Mail: presse@musterland.example.org\n\n"
    "Einladung Um Terminvereinbarung wird gebeten\n\n"
    "Datum: 27.09.2027\n\n"
    "6. BerufsInfoTage im Landkreis Musterland: 500 Schülerinnen und Schüler proben den Berufsalltag\n\n"
    "Landkreis Musterland. Zum 6. Mal startet der Landkreis Musterland seine BerufsInfoTage (BIT). Neuntklässler "
    "haben hier die Möglichkeit, ihren Traumberuf direkt im Unternehmen kennenzulernen.\n\n"
    "Erste Station der BIT 2027 ist Musterstadt – am Mittwoch, 13. Oktober, gefolgt von Beispielheim am Freitag, "
    "15. Oktober.\n")


def test_the_datum_line_of_a_releases_letterhead_is_its_day_not_an_event():
    events = extract_events(LETTERHEAD, url="https://www.kreis-musterland.example/presse/bit-2027",
                            reference_date=date(2026, 12, 3), content_type="text/plain")
    assert "2027-09-27" not in [e.start[:10] for e in events if e.start]
