"""A section of news teasers, whatever the page's address, and days named by what happens on them.

A district's press list at an address that says nothing ("…/tabid-45/180_page-2/") shows each release
under the day it was posted. Those days are no events: a subscriber would get "Ehrenamtstag" in October
and miss the concert the next teaser announces. All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events
from parsers.content import PageView
from parsers.page import from_text

CRAWL = date(2026, 12, 3)

PRESS_LIST = """Pressemitteilungen - Landkreis Musterland
Aktuelles
Veranstaltungskalender
Sie sind hier:
Startseite
>
Aktuelles
Pressemitteilungen
13.10.2026
Ehrenamtstag: Landrätin dankt 120 Engagierten
Beim Ehrenamtstag im Kreishaus wurden Ehrenamtliche aus allen Gemeinden ausgezeichnet.
mehr
06.10.2026
Kartenvorverkauf für das Neujahrskonzert beginnt
Die Kreismusikschule spielt am 10. Januar 2027 in der Aula des Gymnasiums am Wall.
mehr
Seite 2 von 2
"""

HOME_PAGE = """Bildungsnetzwerk Musterau
Aktuelles
Neue Handreichung erschienen
18.11.2026
Unsere Handreichung erklärt, wie Bildungsberichte gelesen werden.
Willkommen im Team!
02.10.2026
Seit Oktober verstärkt eine neue Kollegin die Geschäftsstelle.
Nächste Termine
17.03.2027
Regionale Bildungskonferenz Musterau 2027
14.04.2027
Online-Werkstatt: Bildungsdaten aufbereiten
"""


def read(text: str, url: str) -> list:
    return extract_events(text, url=url, reference_date=CRAWL, content_type="text/plain")


PRESS_LIST_HTML = """<html><head><title>Pressemitteilungen - Landkreis Musterland</title></head><body>
<nav><a href="/aktuelles/">Aktuelles</a> <a href="/kalender/">Veranstaltungskalender</a></nav>
<p>Sie sind hier: <a href="/">Startseite</a> &gt; <a href="/aktuelles/">Aktuelles</a></p>
<h1>Pressemitteilungen</h1>
<div class="item"><p>13.10.2026</p><h2><a href="/read-7671/">Ehrenamtstag: Landrätin dankt 120 Engagierten</a></h2>
<p>Beim Ehrenamtstag im Kreishaus wurden Ehrenamtliche aus allen Gemeinden ausgezeichnet.</p><a href="/read-7671/">mehr</a></div>
<div class="item"><p>06.10.2026</p><h2><a href="/read-7650/">Kartenvorverkauf für das Neujahrskonzert beginnt</a></h2>
<p>Die Kreismusikschule spielt am 10. Januar 2027 in der Aula des Gymnasiums am Wall.</p><a href="/read-7650/">mehr</a></div>
<p>Seite 2 von 2</p></body></html>"""


def test_a_press_list_at_any_address_dates_its_teasers_by_posting_not_by_event():
    events = extract_events(PRESS_LIST_HTML, url="https://www.landkreis-musterland.example.org/desktopdefault.aspx/tabid-45/180_page-2/",
                            reference_date=CRAWL, content_type="text/html")
    starts = {e.start for e in events}
    assert "2026-10-13" not in starts and "2026-10-06" not in starts
    assert any(e.start == "2027-01-10" and "Neujahrskonzert" in e.title for e in events)


def test_the_lone_days_under_a_news_heading_are_its_posting_days():
    view = PageView(from_text(PRESS_LIST), url="https://example.org/tabid-45/", reference_date=CRAWL)
    assert {view.texts[i] for i in view.news_post_lines} == {"13.10.2026", "06.10.2026"}


def test_a_home_page_with_dates_to_come_is_no_news_list():
    """"Nächste Termine" right over its first day: the page mixes news and events; its lines are read by
    their own words, and the coming events keep their days."""
    view = PageView(from_text(HOME_PAGE), url="https://example.org/", reference_date=CRAWL)
    assert view.news_post_lines == frozenset()
    starts = {e.start for e in read(HOME_PAGE, "https://example.org/")}
    assert {"2027-03-17", "2027-04-14"} <= starts


def test_one_lone_day_under_a_news_heading_is_no_list():
    page = "Aktuelles\n27.11.2026\nElternabend zur Medienerziehung\nDie Schule lädt alle Eltern ein.\n"
    view = PageView(from_text(page), url="https://example.org/", reference_date=CRAWL)
    assert view.news_post_lines == frozenset()


@pytest.mark.parametrize("sentence, name", [
    ("Am Samstag, 14. November 2026, fand in der Turnhalle ein Spieletag für Familien statt.", "Spieletag"),
    ("In der Woche vom 10. bis 14. Mai 2027 finden im Kreishaus die Gesundheitstage statt.", "Gesundheitstage"),
    ("Der Elternsprechtag findet am Donnerstag, 28. Januar 2027, ab 15 Uhr statt.", "Elternsprechtag"),
])
def test_a_day_named_by_what_happens_on_it_is_an_event(sentence, name):
    events = read(sentence, "https://example.org/aktuelles/meldung")
    assert events and events[0].title.startswith(name)


@pytest.mark.parametrize("sentence", [
    "Am Sonntag, 9. Mai 2027, ist Muttertag: Die Bücherei bleibt geschlossen.",
    "Am Freitag, 14. Mai 2027, ist ein Brückentag; das Rathaus bleibt geschlossen.",
    "Die Sitzung des Kreistages am Montag, 15. Februar 2027, ist öffentlich.",
])
def test_holidays_days_off_and_bodies_named_tag_are_no_event_names(sentence):
    titles = [e.title for e in read(sentence, "https://example.org/aktuelles/meldung")]
    assert not any(t in ("Muttertag", "Brückentag", "Kreistag", "Kreistages") for t in titles)


def test_the_day_under_a_news_site_s_byline_is_when_it_was_posted():
    page = ("von musterau-zeitung.de\n\n01. März 2027, 20:35 Uhr\n\n"
            "Zum Medienpreis 2027 haben sich 31 Projekte beworben, darunter der Jugendklub Alte Molkerei. "
            "Die Preisverleihung findet am 25. April in Musterau statt.\n")
    events = extract_events(page.encode(), url="https://www.musterau-zeitung.example.org/lokales/medienpreis-id123",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert [(e.start, e.title) for e in events] == [("2027-04-25", "Preisverleihung")]


def test_a_play_s_author_over_its_performance_is_no_byline():
    page = ("Theater-AG\nDer Besuch der alten Dame\nvon Friedrich Dürrenmatt\n19. März 2027, 19:30 Uhr\n"
            "Aula des Gymnasiums Musterau\nKarten zu 5 Euro im Sekretariat\n")
    events = extract_events(page.encode(), url="https://www.gymnasium-musterau.example.org/theater-ag",
                            content_type="text/plain", reference_date=date(2026, 12, 6))
    assert [e.start for e in events] == ["2027-03-19T19:30"]


def test_a_papers_town_folder_counts_when_the_text_names_the_town_in_the_genitive():
    # "…/bad-duerrheim/…" over "die Jugendkunstschule Bad Dürrheims": the course is in Bad Dürrheim, held by the
    # Jugendkunstschule Bad Dürrheim (not "…Dürrheims")
    text = ("Neues Programm der Jugendkunstschule Bad Dürrheims\n\n"
            "Die Kinder freuen sich auf das neue Programm der Jugendkunstschule Bad Dürrheims. Der Malkurs „Kreatives "
            "Gestalten“ beginnt am Montag, 9. November 2026, von 17 bis 18.30 Uhr.")
    events = extract_events(text, url="https://www.zeitung.example.org/region/schwarzwald/bad-duerrheim/neues-programm",
                            content_type="text/plain", reference_date=CRAWL)
    assert [(e.city, e.organizer) for e in events] == [("Bad Dürrheim", "Jugendkunstschule Bad Dürrheim")]
