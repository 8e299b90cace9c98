"""A review's invented everyday pages of list rows led by a name and a colon, pinned as a careful reader reads them:
a family centre's or a club's rows "Name: day" are not split by people, weekdays, age groups, notices or a course's
evenings before the colon ("Frau Beispiel:", "Freitag:", "Kinder:", "Neu:", "Erster Abend:"), a conference's
programme items stay parts of it, and a date line's price or admission is no venue while the place beside it stays.
A rule that named such rows by the words before the colon read 6 of them worse and was dropped; the pages are kept
so that no later rule does the same."""
from __future__ import annotations

import pytest

from .review_pages import check_page

PAGES = [
    ('Grundschule am Musterbach – Termine im 2. Halbjahr\nZeugnisse: 29. Januar 2027, Unterrichtsende 11.30 Uhr\nFerien: 1. Februar bis 5. Februar 2027\nElternabend: 23. Februar 2027, 19 Uhr, Aula\nSchulfest: 18. Juni 2027, 14 Uhr, Schulhof\n',
     'https://www.gs-am-musterbach.example.org/termine', [{"field": "title_on_day", "value": ["2027-02-23", "Elternabend"], "event": 0}, {"field": "title_on_day", "value": ["2027-06-18", "Schulfest"], "event": 0}, {"field": "none_titled", "value": ["2027-02-01", "Ferien"], "event": 0}], 'text/plain'),
    ('Beratungssprechstunden im März\nFrau Beispiel: 4. März, 15–17 Uhr Sprechstunde zur Schullaufbahn, Raum 12\nHerr Muster: 11. März, 14–16 Uhr Sprechstunde Berufsorientierung, Raum 3\nFrau Lehmann: 18. März, 15–17 Uhr Sprechstunde Schulsozialarbeit, Raum 7\nBitte vereinbaren Sie vorab einen Termin über das Sekretariat.\n',
     'https://www.realschule-musterau.example.org/beratung/sprechstunden', [{"field": "none_titled", "value": ["2027-03-04", "Frau Beispiel"], "event": 0}, {"field": "none_titled", "value": ["2027-03-11", "Herr Muster"], "event": 0}, {"field": "none_titled", "value": ["2027-03-18", "Frau Lehmann"], "event": 0}], 'text/plain'),
    ('Fachtag Frühe Bildung 2027\n12. März 2027, 9–16 Uhr, Stadthalle Musterau\nProgramm:\nBegrüßung: 12. März, 9 Uhr, Landrätin Maria Beispiel\nImpulsvortrag: 12. März, 9.30 Uhr, Prof. Dr. Anna Muster\nWorkshops: 12. März, 11 Uhr in fünf Gruppen\nPodiumsdiskussion: 12. März, 14 Uhr mit Fachkräften aus der Praxis\nAnmeldung bis 1. März an fachtag@vhs-musterau.example.org\n',
     'https://www.vhs-musterau.example.org/fachtag-fruehe-bildung-2027', [{"field": "count", "value": 1, "event": 0}, {"field": "title_contains", "value": "Fachtag Frühe Bildung", "event": 0}], 'text/plain'),
    ('Jugendkongress 2027 „Mitreden!“\n3. bis 5. Juni 2027, Jugendbildungsstätte Waldhaus\nEröffnung: 3. Juni, 18 Uhr mit Jugendministerin Eva Muster\nFachforen: 4. Juni, 9–17 Uhr in den Seminarräumen\nAbschlussplenum: 5. Juni, 10 Uhr im großen Saal\nTeilnahmebeitrag 40 Euro inkl. Übernachtung und Verpflegung.\n',
     'https://www.landesjugendring.example.org/jugendkongress-2027', [{"field": "count", "value": 1, "event": 0}, {"field": "start", "value": "2027-06-03", "event": 0}, {"field": "title_contains", "value": "Jugendkongress", "event": 0}], 'text/plain'),
    ('Yoga am Morgen\nKurs 27F-311 mit Sabine Beispiel\nKursbeginn: 8. März 2027, 9 Uhr\nLetzter Termin: 10. Mai 2027\nAusfall: 5. April 2027 (Ostermontag)\nOrt: Gymnastikraum der VHS, Am Markt 4. Gebühr 72 Euro.\n',
     'https://www.vhs-musterau.example.org/kurse/yoga-am-morgen', [{"field": "count", "value": 1, "event": 0}, {"field": "title", "value": "Yoga am Morgen", "event": 0}, {"field": "start", "value": "2027-03-08", "event": 0}], 'text/plain'),
    ('Historische Stadtführung für Familien\nTreffpunkt: 10. April 2027, 11 Uhr am Rathausbrunnen\nZusatztermin: 24. April 2027, 11 Uhr\nLeitung: Gerda Beispiel vom Heimatverein\nKosten: Erwachsene 4 Euro, Kinder frei\nAnmeldung: bis 7. April unter fuehrung@heimatverein.example.org\n',
     'https://www.heimatverein-musterau.example.org/stadtfuehrung', [{"field": "title_on_day", "value": ["2027-04-10", "Stadtführung"], "event": 0}, {"field": "none_titled", "value": ["2027-04-10", "Treffpunkt"], "event": 0}, {"field": "none_titled", "value": ["2027-04-24", "Zusatztermin"], "event": 0}], 'text/plain'),
    ('3. Bildungskonferenz Musterland\nDonnerstag, 22. April 2027, 9.30–16 Uhr, Kreishaus Musterau\nForum A: 22. April, 11 Uhr Übergang Kita–Grundschule\nForum B: 22. April, 11 Uhr Ganztag gestalten\nForum C: 22. April, 11 Uhr Bildungsmonitoring im Kreis\nAnmeldung bis 9. April über das Bildungsbüro.\n',
     'https://www.bildungskonferenz-musterland.example.org/programm', [{"field": "count", "value": 1, "event": 0}, {"field": "title_contains", "value": "Bildungskonferenz", "event": 0}], 'text/plain'),
    ('Sommerfest-Wochenende im Jugendzentrum\nFreitag: 25. Juni, 18 Uhr Eröffnung mit der Schulband\nSamstag: 26. Juni, 14 Uhr Kinderfest und Flohmarkt\nSonntag: 27. Juni, 11 Uhr Gottesdienst im Grünen\nDer Eintritt ist an allen Tagen frei.\n',
     'https://www.musikschule-musterau.example.org/vorspiele', [{"field": "none_titled", "value": ["2027-06-25", "Freitag"], "event": 0}, {"field": "none_titled", "value": ["2027-06-26", "Samstag"], "event": 0}, {"field": "none_titled", "value": ["2027-06-27", "Sonntag"], "event": 0}], 'text/plain'),
    ('Familienzentrum Musterau – Angebote im Frühjahr 2027\n- Frühlingsbasar: 6. März ab 10 Uhr, Eintritt frei\n- Kinderkleiderbörse: 20. März, 9–12 Uhr, Standgebühr 5 Euro\n- Vater-Kind-Werkstatt: 27. März um 10 Uhr, Teilnahme kostenlos\n- Osterfrühstück: 3. April um 9.30 Uhr, Kosten: 4 Euro\n',
     'https://www.familienzentrum-musterau.example.org/angebote/fruehjahr', [{"field": "count", "value": 4, "event": 0}, {"field": "title_on_day", "value": ["2027-03-06", "Frühlingsbasar"], "event": 0}, {"field": "title_on_day", "value": ["2027-03-20", "Kinderkleiderbörse"], "event": 0}, {"field": "title_on_day", "value": ["2027-03-27", "Vater-Kind-Werkstatt"], "event": 0}, {"field": "title_on_day", "value": ["2027-04-03", "Osterfrühstück"], "event": 0}], 'text/plain'),
    ('Jugendhaus Musterau – Aktionen im Frühling 2027\nKickerturnier: Freitag, 5. März, 18 Uhr\nGraffiti-Workshop: Samstag, 13. März, 11–16 Uhr\nKinoabend: Freitag, 19. März, 19 Uhr, Eintritt frei\nAb 12 Jahren. Infos bei Jens Beispiel.\n',
     'https://www.jugendhaus-musterau.example.org/aktionen', [{"field": "count", "value": 3, "event": 0}, {"field": "title_on_day", "value": ["2027-03-05", "Kickerturnier"], "event": 0}, {"field": "title_on_day", "value": ["2027-03-13", "Graffiti"], "event": 0}, {"field": "title_on_day", "value": ["2027-03-19", "Kinoabend"], "event": 0}], 'text/plain'),
    ('TSV Musterau – Vereinstermine 2027\nJahreshauptversammlung: 12. März 2027, 19 Uhr, Vereinsheim\nVereinsmeisterschaft Tennis: Erster Spieltag am 8. Mai 2027\nSommerfest: 26. Juni 2027 ab 14 Uhr, Sportplatz\nWeihnachtsfeier: 10. Dezember 2027, 18 Uhr, Vereinsheim\n',
     'https://www.tsv-musterau.example.org/verein/termine', [{"field": "count", "value": 4, "event": 0}, {"field": "title_on_day", "value": ["2027-03-12", "Jahreshauptversammlung"], "event": 0}, {"field": "title_on_day", "value": ["2027-05-08", "Vereinsmeisterschaft"], "event": 0}, {"field": "title_on_day", "value": ["2027-06-26", "Sommerfest"], "event": 0}, {"field": "title_on_day", "value": ["2027-12-10", "Weihnachtsfeier"], "event": 0}], 'text/plain'),
    ('Frühlingskonzert des Schulchors\nAm Sonntag singt der Schulchor Lieder aus aller Welt.\n14. März 2027, 17 Uhr, Aula der Gesamtschule Musterau, Eintritt frei\n',
     'https://www.gesamtschule-musterau.example.org/aktuelles/fruehlingskonzert', [{"field": "count", "value": 1, "event": 0}], 'text/plain'),
    ('Lesung mit Anna Beispiel\nDie Autorin liest aus ihrem Roman „Sommer am Fluss“.\nDonnerstag, 18. März 2027, 19.30 Uhr, Stadtbücherei Musterau (Eintritt frei)\n',
     'https://www.stadtbuecherei-musterau.example.org/lesung-beispiel', [{"field": "count", "value": 1, "event": 0}], 'text/plain'),
    ('Benefizkonzert für die Orgel\nChor und Posaunenchor laden zu einem festlichen Abend ein.\n20. März 2027, 17 Uhr, Kirche St. Martin – Spende erbeten\n',
     'https://www.kirchengemeinde-musterau.example.org/benefizkonzert', [{"field": "count", "value": 1, "event": 0}], 'text/plain'),
    ('Infoabend Umschulung Pflegefachkraft\nInformationen zu Ablauf, Förderung und Praktikum.\n10. März 2027, 18 Uhr, Euro-Schulen Musterau\n',
     'https://www.jobcenter-musterau.example.org/infoabend-umschulung', [{"field": "count", "value": 1, "event": 0}], 'text/plain'),
    ('Vortrag: Klimawandel vor der Haustür\nDr. Jan Muster erklärt, was sich im Landkreis verändert.\n24. März 2027, 19 Uhr, Eintritt frei, Bürgerhaus Musterau\n',
     'https://www.vhs-musterau.example.org/vortrag-klima', [{"field": "count", "value": 1, "event": 0}], 'text/plain'),
    ('Kinderflohmarkt im Kindergarten\nVerkauft werden Kinderkleidung, Spielzeug und Bücher.\n17. April 2027, 10–13 Uhr, Turnhalle, Standgebühr 5 Euro\n',
     'https://www.kindergarten-beispielheim.example.org/flohmarkt', [{"field": "count", "value": 1, "event": 0}], 'text/plain'),
    ('Maifest der Freiwilligen Feuerwehr\n1. Mai 2027, 11 Uhr, Gerätehaus Waldhausen, Eintritt: Spende für die Jugendfeuerwehr\n',
     'https://www.feuerwehr-waldhausen.example.org/maifest', [{"field": "count", "value": 1, "event": 0}], 'text/plain'),
    ('Nähen für Anfängerinnen und Anfänger\nKurs 27F-220 mit Petra Beispiel, VHS Musterau\nErster Abend: 4. März 2027, 19 Uhr\nZweiter Abend: 11. März 2027, 19 Uhr\nDritter Abend: 18. März 2027, 19 Uhr\nBitte eigene Nähmaschine mitbringen. Gebühr 48 Euro.\n',
     'https://www.vhs-musterau.example.org/kurse/naehen-fuer-anfaenger', [{"field": "count", "value": 1, "event": 0}, {"field": "start", "value": "2027-03-04", "event": 0}, {"field": "title_contains", "value": "Nähen", "event": 0}], 'text/plain'),
    ('Sommerkonzert der Musikschule Musterau\nSamstag, 3. Juli 2027, 18 Uhr, Stadthalle Musterau\nGeneralprobe: 2. Juli 2027, 16 Uhr (nur für Mitwirkende)\nKartenvorverkauf: 1. Juni 2027 im Sekretariat der Musikschule\nKartenausgabe: 3. Juli 2027 ab 17 Uhr an der Abendkasse\nEs spielen das Jugendorchester und die Big Band.\n',
     'https://www.musikschule-musterau.example.org/sommerkonzert-2027', [{"field": "count", "value": 1, "event": 0}, {"field": "start", "value": "2027-07-03", "event": 0}, {"field": "title_contains", "value": "Sommerkonzert", "event": 0}], 'text/plain'),
    ('Kinderflohmarkt\nKleidung, Spielzeug und Bücher rund ums Kind.\n17. April 2027, 10–13 Uhr, Beispielheim, Eintritt frei\n',
     'https://www.kindergarten-beispielheim.example.org/flohmarkt-beispielheim', [{"field": "count", "value": 1, "event": 0}, {"field": "city", "value": "Beispielheim", "event": 0}], 'text/plain'),
]


@pytest.mark.parametrize("text, url, checks, content_type", PAGES)
def test_review_page_reads_as_a_careful_reader_reads_it(text, url, checks, content_type):
    check_page(text, checks, url=url, content_type=content_type)
