"""A paper's report on an employment agency's job fair: its name spelt like a brand after its kind ("Jobmesse BiZ bei
Nacht", "zu der Veranstaltung BiZ bei Nacht"), its holder ("Die Agentur für Arbeit in Musterstedt lädt … ein"), and
the agency's statistics ("einer Zahl von 2050 Bewerbern noch 2417 Stellen"), whose counts are no years: the page's
only year, 2013, tells which Thursday 12 September is. All names are invented."""
from __future__ import annotations

from datetime import date

from parsers import extract_events, prose

CRAWL = date(2026, 12, 3)
URL = "https://app.musterzeitung.example/region/article119529713/Junge-Musiker-machen-Lust-auf-Ausbildung.html"

REPORT = ("Bei fünfter Jobmesse BiZ bei Nacht am 12. September stellen Vertreter von 50 Unternehmen Jugendlichen mehr "
          "als 100 Ausbildungsberufe und duale Studiengänge vor.\n"
          "Musterstedt. Junge Schulabsolventen haben am Donnerstag, 12. September, wieder die Möglichkeit, sich über "
          "Ausbildungsberufe in ihrer Region zu informieren. Die Agentur für Arbeit in Musterstedt lädt dann zum "
          "fünften Mal zu der Veranstaltung BiZ bei Nacht ein. Von 17 bis 21 Uhr können künftige Auszubildende mit "
          "Vertretern von 50 Unternehmen ins Gespräch kommen.\n"
          "Aus der aktuellen Statistik der Agentur geht hervor, dass die Zahl der Bewerber die Zahl der "
          "Ausbildungsstellen 2013 bereits zum zweiten Jahr in Folge übersteigt. Auf 2367 gemeldete Bewerber kommen "
          "im diesjährigen August 2162 offene Stellen. Im Jahr 2011 standen einer Zahl von 2050 Bewerbern noch 2417 "
          "Stellen gegenüber.\n")


def test_the_job_fair_is_named_held_and_dated_as_the_page_tells():
    events = extract_events(REPORT, url=URL, reference_date=CRAWL, content_type="text/plain")
    assert [(e.title, e.start[:10]) for e in events] == [("BiZ bei Nacht", "2013-09-12")]
    assert events[0].organizer.startswith("Agentur für Arbeit")


def test_a_kind_before_a_plain_phrase_or_an_acronym_names_no_brand():
    assert prose.title_from_sentence("Die Stadt lädt am 3. Mai zur Veranstaltung Bildung im Dialog ein.") \
        != "Bildung im Dialog"
    assert prose.title_from_sentence("Am 3. Mai lädt die Stadt zur Veranstaltung VHS ein.") != "VHS"
