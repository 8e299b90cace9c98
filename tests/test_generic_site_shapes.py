"""Shapes of real municipal and network sites the generic spider must read, each given only by its
home page: news items of a TYPO3 news list whose detail pages link to their sibling items, a
Bildungsbüro four links below the home page, an Events Calendar page that says "cancelled" in its
JSON-LD and hopes for a new date in its text, and events that name the field's people but are not
of the field (the network team's cycling tour, the parents' evening on school enrolment).
The sites are written here, in our own words; people and places are invented."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NEWS = "www.kreis-wiesenau.example"
DEEP = "www.landkreis-hohenmoor.example"
TEC = "bildungsnetzwerk-lindtal.example"

REGISTRY = "".join(
    f'[[source]]\nname = "{name}"\ntitle = "{name}"\norganizer = "{name}"\nregions = ["NI"]\n'
    f'platform = "generic"\nstart_urls = ["https://{host}/"]\n\n'
    for name, host in (("wiesenau", NEWS), ("hohenmoor", DEEP), ("lindtal", TEC)))


def page(title: str, main: str, nav: str = "", head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f'<body><header><nav><a href="/">Startseite</a> {nav}</nav></header>'
            f'<main>{main}</main><footer><a href="/impressum/">Impressum</a></footer></body></html>\n')


# ---------------------------------------------------------------- TYPO3 news: items link to their siblings

NEWS_ITEMS = {  # id: (headline, published, text)
    "501": ("Fachtag Schulsozialarbeit 2027: Gemeinsam stark an Schulen", "2026-11-18",
            "<p>Das Bildungsbüro des Kreises lädt Fachkräfte der Schulsozialarbeit zum Fachtag ein. "
            "Der Fachtag findet am Donnerstag, 11. März 2027, von 9:00 bis 15:30 Uhr im Kreishaus in "
            "Wiesenau statt.</p><p>Anmeldung bis zum 19. Februar 2027.</p>"),
    "498": ("Neue Broschüre zu Ausbildungsberufen erschienen", "2026-11-02",
            "<p>Die Broschüre liegt ab sofort in allen Rathäusern aus und steht zum Download bereit.</p>"),
    "495": ("Kreismusikschule spielt zum Neujahrskonzert", "2026-10-20",
            "<p>Am Sonntag, 10. Januar 2027, um 17 Uhr spielt das Jugendorchester in der Stadthalle "
            "Wiesenau Werke von Haydn bis Filmmusik.</p>"),
    "490": ("Stellenausschreibung: Sachbearbeitung im Straßenbauamt", "2026-10-01",
            "<p>Bewerbungen sind bis Ende Dezember möglich.</p>"),
}


def news_url(number: str) -> str:
    # relative to the pages' <base href>, as TYPO3 writes them
    return f"aktuelles/detail?tx_news_pi1%5Bnews%5D={number}&amp;cHash=c{number}"


def news_site(mirror: Path) -> None:
    base = f'<base href="https://{NEWS}/">'
    nav = '<a href="aktuelles/">Aktuelles</a> <a href="bildung/">Schule und Bildung</a>'
    write(mirror / NEWS / "index.html", page("Kreis Wiesenau", "<h1>Willkommen im Kreis Wiesenau</h1>", nav, base))
    teasers = "".join(f'<div class="article"><h3><a href="{news_url(n)}">{h}</a></h3>'
                      f'<time itemprop="datePublished" datetime="{p}">{p}</time></div>'
                      for n, (h, p, _) in NEWS_ITEMS.items())
    write(mirror / NEWS / "aktuelles" / "index.html", page("Aktuelles", f"<h1>Aktuelles</h1>{teasers}", nav, base))
    # the Bildungsbüro's own page lists its news with the days they were published
    dated = "".join(f'<li><span class="date">{p[8:10]}.{p[5:7]}.{p[:4]}</span> <a href="{news_url(n)}">{h}</a></li>'
                    for n, (h, p, _) in NEWS_ITEMS.items())
    write(mirror / NEWS / "bildung" / "index.html", page("Bildungsbüro", (
        "<h1>Bildungsbüro</h1><p>Wir begleiten das Bildungsmonitoring und die Bildungskonferenz des Kreises.</p>"
        f"<h2>Meldungen des Bildungsbüros</h2><ul>{dated}</ul><h2>Kontakt</h2><p>Kreishaus, Am Deich 1, "
        "25999 Wiesenau</p>"), nav, base))
    for number, (headline, published, text) in NEWS_ITEMS.items():
        others = "".join(f'<li><a href="{news_url(n)}">{h}</a></li>' for n, (h, _, _) in NEWS_ITEMS.items()
                         if n != number)
        main = (f'<div class="news-single"><h1>{headline}</h1><time itemprop="datePublished" datetime="{published}">'
                f'{published}</time>{text}</div><aside><h2>Weitere Meldungen</h2><ul>{others}</ul></aside>')
        write(mirror / NEWS / "aktuelles" / f"detail@tx_news_pi1[news]={number}&cHash=c{number}",
              page(headline, main, nav, base))


# ---------------------------------------------------------------- a Bildungsbüro four links below home

def deep_site(mirror: Path) -> None:
    root = mirror / DEEP
    nav = '<a href="/schule-bildung/">Schule &amp; Bildung</a> <a href="/rathaus/">Landratsamt</a>'
    write(root / "index.html", page("Landkreis Hohenmoor", "<h1>Landkreis Hohenmoor</h1>", nav))
    write(root / "rathaus" / "index.html", page("Landratsamt", "<h1>Landratsamt</h1><p>Öffnungszeiten</p>", nav))
    write(root / "schule-bildung" / "index.html", page("Schule & Bildung", (
        '<h1>Schule &amp; Bildung</h1><ul><li><a href="/schule-bildung/kitas/">Kitas</a></li>'
        '<li><a href="/schule-bildung/bildungsbuero/">Bildungsbüro</a></li></ul>'), nav))
    write(root / "schule-bildung" / "kitas" / "index.html", page("Kitas", "<h1>Kitas</h1><p>Plätze</p>", nav))
    write(root / "schule-bildung" / "bildungsbuero" / "index.html", page("Bildungsbüro", (
        '<h1>Bildungsbüro</h1><p>Wir koordinieren die Bildungsregion.</p>'
        '<a href="/schule-bildung/bildungsbuero/termine/">Unsere Termine</a>'), nav))
    base = "/schule-bildung/bildungsbuero/termine/"
    items = {"netzwerktreffen-ganztag": ("Netzwerktreffen Ganztag im Grundschulalter", "14. April 2027, 14:00 Uhr"),
             "elternabend-schulanmeldung": ("Informationsabend für Eltern: Schulanmeldung an den Gymnasien",
                                            "2. Februar 2027, 19:00 Uhr")}
    listing = "".join(f'<li><a href="{base}{slug}/">{title}</a></li>' for slug, (title, _) in items.items())
    write(root / "schule-bildung" / "bildungsbuero" / "termine" / "index.html",
          page("Termine", f"<h1>Termine des Bildungsbüros</h1><ul>{listing}</ul>", nav))
    texts = {
        "netzwerktreffen-ganztag": "<p>Schulleitungen, Träger und Fachkräfte der Jugendhilfe tauschen sich zum "
                                   "Ausbau des Ganztags aus.</p>",
        "elternabend-schulanmeldung": "<p>Eltern der vierten Klassen hören, wie das Anmeldeverfahren abläuft. "
                                      "Die Schulleitungen stellen ihre Schulen vor. Veranstalter: Schulverwaltung "
                                      "des Landkreises.</p>",
    }
    for slug, (title, when) in items.items():
        write(root / "schule-bildung" / "bildungsbuero" / "termine" / slug / "index.html", page(title, (
            f"<article><h1>{title}</h1><p>Termin: {when}</p><p>Ort: Landratsamt, Sitzungssaal, "
            f"Schlossplatz 2, 29664 Hohenmoor</p>{texts[slug]}</article>"), nav))


# ---------------------------------------------------------------- WordPress + The Events Calendar

def event_page(slug: str, name: str, status: str, when: str, text: str) -> str:
    jsonld = ('{"@context":"http://schema.org","@type":"Event","name":"%s","startDate":"%s",'
              '"eventStatus":"https:\\/\\/schema.org\\/%s","location":{"@type":"Place","name":"Gemeindezentrum",'
              '"address":{"@type":"PostalAddress","streetAddress":"Lindenweg 4","addressLocality":"Lindtal",'
              '"postalCode":"07999","addressCountry":"Deutschland"}},'
              '"organizer":{"@type":"Person","name":"Bildungsnetzwerk Lindtal"}}') % (name, when, status)
    shown = name.replace("&#8211;", "–")
    main = (f'<div class="tribe-events-single"><a href="/veranstaltungen/">« Alle Veranstaltungen</a>'
            f'<h1 class="tribe-events-single-event-title">{shown}</h1>'
            f'<div class="tribe-events-schedule"><span>{when[8:10]}.{when[5:7]}.{when[:4]} @ {when[11:16]}</span></div>'
            f'{text}<div class="tribe-events-meta-group-details"><h2>Details</h2><dl><dt>Datum:</dt>'
            f'<dd>{when[8:10]}.{when[5:7]}.{when[:4]}</dd><dt>Zeit:</dt><dd>{when[11:16]}</dd></dl></div>'
            f'<div class="tribe-events-meta-group-venue"><h2>Veranstaltungsort</h2>Gemeindezentrum, '
            f'Lindenweg 4, 07999 Lindtal, Deutschland</div></div>')
    return page(shown, main, '<a href="/veranstaltungen/">Veranstaltungen</a>',
                f'<script type="application/ld+json">[{jsonld}]</script>')


def tec_site(mirror: Path) -> None:
    root = mirror / TEC
    nav = '<a href="/veranstaltungen/">Veranstaltungen</a>'
    write(root / "index.html", page("Bildungsnetzwerk Lindtal", "<h1>Bildungsnetzwerk Lindtal</h1>", nav))
    events = {
        "fachtag-uebergang-schule-beruf": (
            "Fachtag Übergang Schule &#8211; Beruf", "EventCancelled", "2027-05-20T09:00:00+02:00",
            "<p>Leider müssen wir den Fachtag absagen. Wir bemühen uns um einen Ersatztermin im Herbst.</p>"),
        "fahrradtour-netzwerkteam": (
            "Sommerausfahrt des Netzwerkteams", "EventScheduled", "2027-06-26T10:00:00+02:00",
            "<p>Unser Team radelt beim Stadtradeln mit. Alle Radbegeisterten sind willkommen, Familien mit "
            "Kindern ausdrücklich. Picknick am Fluss.</p>"),
    }
    listing = "".join(f'<li><a href="/veranstaltung/{slug}/">{name.replace("&#8211;", "–")}</a></li>'
                      for slug, (name, _, _, _) in events.items())
    write(root / "veranstaltungen" / "index.html", page("Veranstaltungen", f"<h1>Veranstaltungen</h1><ul>{listing}</ul>",
                                                        nav))
    for slug, (name, status, when, text) in events.items():
        write(root / "veranstaltung" / slug / "index.html", event_page(slug, name, status, when, text))


def write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("shapes")
    mirror = work / "mirror"
    news_site(mirror)
    deep_site(mirror)
    tec_site(mirror)
    (work / "quellen.toml").write_text(REGISTRY, encoding="utf-8")
    db = work / "shapes.db"
    result = subprocess.run(
        [sys.executable, "-m", "dkbm_aggregate.cli", "crawl", "--offline", "--mirror", str(mirror),
         "--registry", str(work / "quellen.toml"), "--db", str(db), "--crawl-date", "2026-11-23", "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return db


def published(db: Path, source: str) -> dict[str, dict]:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    try:
        return {r["title"]: dict(r) for r in connection.execute("select * from events where source = ?", [source])}
    finally:
        connection.close()


def errors(db: Path, source: str) -> list[str]:
    connection = sqlite3.connect(db)
    try:
        return [r[0] for r in connection.execute("select url from crawl_errors where source = ?", [source])]
    finally:
        connection.close()


def excluded(db: Path, source: str) -> set[str]:
    connection = sqlite3.connect(db)
    try:
        return {r[0] for r in connection.execute("select title from excluded_events where source = ?", [source])}
    finally:
        connection.close()


def test_a_news_item_that_links_to_its_sibling_items_is_read_as_an_event_page(crawled):
    events = published(crawled, "wiesenau")
    fachtag = events["Fachtag Schulsozialarbeit 2027: Gemeinsam stark an Schulen"]
    assert (fachtag["start"], fachtag["city"]) == ("2027-03-11T09:00", "Wiesenau")
    assert "Kreismusikschule spielt zum Neujahrskonzert" in excluded(crawled, "wiesenau")


def test_a_list_of_news_with_their_publication_days_gives_no_events_of_those_days(crawled):
    assert set(published(crawled, "wiesenau")) == {"Fachtag Schulsozialarbeit 2027: Gemeinsam stark an Schulen"}


def test_links_relative_to_the_base_href_lead_to_pages_not_errors(crawled):
    assert errors(crawled, "wiesenau") == []


def test_a_bildungsbuero_four_links_below_the_home_page_is_reached(crawled):
    event = published(crawled, "hohenmoor")["Netzwerktreffen Ganztag im Grundschulalter"]
    assert (event["start"], event["city"]) == ("2027-04-14T14:00", "Hohenmoor")


def test_a_parents_evening_on_school_enrolment_is_not_published(crawled):
    assert set(published(crawled, "hohenmoor")) == {"Netzwerktreffen Ganztag im Grundschulalter"}
    assert "Informationsabend für Eltern: Schulanmeldung an den Gymnasien" in excluded(crawled, "hohenmoor")


def test_an_event_cancelled_in_json_ld_stays_cancelled_when_the_text_hopes_for_a_new_date(crawled):
    events = published(crawled, "lindtal")
    fachtag = events["Fachtag Übergang Schule – Beruf"]
    assert (fachtag["start"], fachtag["status"], fachtag["city"]) == ("2027-05-20T09:00", "cancelled", "Lindtal")


def test_the_network_teams_cycling_tour_is_not_published(crawled):
    assert set(published(crawled, "lindtal")) == {"Fachtag Übergang Schule – Beruf"}
    assert "Sommerausfahrt des Netzwerkteams" in excluded(crawled, "lindtal")
