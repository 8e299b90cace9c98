"""A local paper's article that says in words which house holds its events: "Die Realschule Musterau veranstaltet …",
"Ein Nachbarschaftsfest feiert das Stadtteilbüro der Diakonie …", "bietet die Volkshochschule … an".

A reader of such an article knows who holds the event; a calendar that shows no organizer for it loses the one fact
a user filters by. These words are weaker than a "Veranstalter:" line, an invitation by a named body or the site's own
holder, so they count only when nothing else names one. All wording is invented in the style of real pages."""
from __future__ import annotations

from datetime import date

from parsers import extract_events
from parsers.people import late_holder

REFERENCE = date(2026, 12, 6)
NEWS_URL = "https://www.musterau-zeitung.example.org/lokales/artikel-4711"


def _event(text: str, url: str = NEWS_URL):
    events = extract_events(text, url=url, content_type="text/plain", reference_date=REFERENCE)
    assert len(events) == 1, [(e.title, e.start) for e in events]
    return events[0]


def test_a_school_that_holds_its_own_forum():
    event = _event("Berufe-Forum an der Realschule\n\nMusterau. Die Realschule Musterau veranstaltet am Montag, "
                   "18. Februar 2025, um 18 Uhr ihr Berufe-Forum. Rund 30 Betriebe stellen sich in der Aula vor.")
    assert event.start == "2025-02-18T18:00"
    assert event.organizer == "Realschule Musterau"


def test_the_event_named_before_the_house_that_celebrates_it():
    event = _event("Nachbarschaftsfest in der Lindenstraße\n\nMusterau. Ein Nachbarschaftsfest feiert das Stadtteilbüro "
                   "der Diakonie für alle Bewohner der Lindenstraße am Sonntag, 12. August 2018, ab 14 Uhr.")
    assert event.organizer == "Stadtteilbüro der Diakonie"


def test_a_body_that_organises_the_week_holds_its_concert():
    event = _event("Seniorenwoche beginnt\n\nBereits zum dritten Mal organisiert der städtische Seniorenbeirat die "
                   "Seniorenwoche. Sie beginnt am Samstag, 10. Juni 2023, mit einem Konzert im Rathaus Musterau.")
    assert event.organizer == "Seniorenbeirat"


def test_the_agent_of_a_relative_clause():
    event = _event("Ferienworkshops im Museum\n\nEs gibt mehrere kostenfreie Workshops, die vom Mint-Cluster Musterland "
                   "organisiert werden. Am 17. Juli 2025 wird ein Workshop zum Schreiben von Geheimbotschaften angeboten.")
    assert event.organizer == "Mint-Cluster Musterland"


def test_a_house_and_its_unnamed_partners_invite():
    event = _event("Seniorentreff in der Altstadt\n\nDie Stadtverwaltung und engagierte Seniorinnen und Senioren laden "
                   "alle Interessierten am Mittwoch, 14. Mai 2025, um 15 Uhr zum Seniorentreff in die Schustergasse ein.")
    assert event.organizer == "Stadtverwaltung"


def test_a_holder_named_by_a_label_is_not_replaced():
    event = _event("Nachbarschaftsfest in der Lindenstraße\n\nEin Nachbarschaftsfest feiert das Stadtteilbüro der "
                   "Diakonie am Sonntag, 12. August 2018, ab 14 Uhr.\nVeranstalter: Bürgerverein Lindenstraße e. V.")
    assert event.organizer == "Bürgerverein Lindenstraße e. V"


def test_a_house_that_is_only_the_venue_holds_nothing():
    # (the band plays in the youth centre; nothing says the centre holds the concert)
    event = _event("Konzert im Jugendzentrum\n\nMusterau. Am Freitag, 7. März 2025, spielt die Band Beispielklang ab "
                   "20 Uhr im Jugendzentrum Musterau. Der Eintritt ist frei.")
    assert event.organizer != "Jugendzentrum Musterau"


def test_words_that_name_no_holder():
    # a house's offer with no particle closing it, a club that celebrates its own jubilee, a person who organises
    assert late_holder("Die Stadt bietet Kurse an der Volkshochschule Musterau.") is None
    assert late_holder("Am Samstag feiert der Verein sein 50-jähriges Bestehen.") is None
    assert late_holder("Organisiert wird alles von Frau Beispiel, der Leiterin der Bücherei.") is None
    assert late_holder("Bereits zum dritten Mal organisiert die Leiterin Erika Beispiel die Lesung.") is None


def test_a_kita_named_in_quotes_with_its_town():
    event = _event("Tag der offenen Tür in der Kita\n\nDie Kita „Sonnenblume“ in Musterau lädt Sie ein. Der Tag der offenen "
                   "Tür ist am Samstag, 27. September 2025, von 10 bis 13 Uhr.")
    assert event.organizer == "Kita „Sonnenblume“"


def test_bodies_that_invite_together_name_no_one_holder():
    assert late_holder("Die Stadt Musterau und die Stadtwerke laden am 3. Mai 2025 zum Energietag ein.") is None
    assert late_holder("Die Grundschule lädt gemeinsam mit dem Förderverein am 3. Mai 2025 zum Sommerfest ein.") is None
    assert late_holder("Die Stadt Musterau und der Landkreis laden am 3. Mai 2025 gemeinsam ein.") is None


def test_a_house_that_opens_its_doors_and_invites_holds_the_programme_not_a_group_it_hosts():
    # the house invites first; a group of the programme that "lädt … ein" later holds only its own hour
    event = _event("Tag der offenen Tür im Stadtteilzentrum\n\nDas Stadtteilzentrum Musterau öffnet seine Türen und "
                   "lädt Sie herzlich ein, unser Programm am Samstag, 14. Juni 2025, ab 10 Uhr kennenzulernen. Um 11 Uhr "
                   "lädt die Theatergruppe „Die Pfefferstreuer“ alle Gäste zum Mitspielen ein.")
    assert event.organizer == "Stadtteilzentrum Musterau"


def test_of_two_holders_a_text_names_the_first_holds_its_event():
    from parsers.people import organizer_from_prose
    text = ("Das Familienzentrum Musterau hat ein Programm zusammengestellt und lädt am 3. März zur Lesenacht ein. Später "
            "am Abend lädt der Förderverein zum Imbiss ein.")
    assert organizer_from_prose(text)[0] == "Familienzentrum Musterau"
    assert organizer_from_prose("Am 3. März lädt der Förderverein der Stadtbücherei zum Imbiss ein.")[0] == \
        "Förderverein der Stadtbücherei"


def test_a_holder_of_an_earlier_event_does_not_hold_the_one_announced_now():
    text = ("Herbstmarkt in der Innenstadt\n\nMusterau. Der Heimatverein Musterau hatte im Mai zum Frühlingsmarkt eingeladen, "
            "rund 3000 Besucher kamen. Am Samstag, 16. Oktober 2027, lädt der Gewerbeverein Musterau von 10 bis 17 Uhr zum "
            "Herbstmarkt ein.")
    event = _event(text)
    assert (event.start, event.organizer) == ("2027-10-16T10:00", "Gewerbeverein Musterau")


def test_a_house_that_invites_on_the_line_below_its_headline_holds_the_event_not_a_group_later():
    text = ("Sommerfest der Gesamtschule Musterau\nDie Gesamtschule Musterau lädt am Samstag, 19. Juni 2027, von 11 bis "
            "16 Uhr zum Sommerfest auf den Schulhof ein. Es gibt Spiele, Essen und Musik.\nUm 15 Uhr lädt der Chor der "
            "Jahrgangsstufe 6 zum gemeinsamen Singen in die Aula ein.\n")
    event = _event(text, url="https://www.gesamtschule-musterau.example.org/sommerfest")
    assert (event.start, event.organizer) == ("2027-06-19T11:00", "Gesamtschule Musterau")


def test_a_house_whose_first_clause_gives_its_day_still_invites():
    text = ("Tag der offenen Tür im Stadtteilzentrum Nord\n\nDas Stadtteilzentrum Nord öffnet am Samstag, 24. April 2027, "
            "von 11 bis 16 Uhr seine Türen und lädt alle Nachbarinnen und Nachbarn ein. Um 14 Uhr lädt die Theatergruppe "
            "zum Mitspielen ein.")
    assert _event(text).organizer == "Stadtteilzentrum Nord"


def test_a_youth_office_or_a_church_s_youth_that_holds_its_offer():
    from parsers.people import organizer_from_prose
    assert organizer_from_prose("Am 14. August veranstaltet die Jugendzentrale Landau eine Fahrradrallye für "
                                "Jugendliche.")[0] == "Jugendzentrale Landau"
    assert organizer_from_prose("Beispielsweise organisiert die Evangelische Jugend in Musterau jedes Jahr "
                                "Ferienspielaktionen.")[0] == "Evangelische Jugend"
    assert organizer_from_prose("Am Samstag organisiert die Jugend des Dorfes ein Fest.") is None


def test_the_one_house_an_article_keeps_naming_by_its_kind_holds_its_events_in_its_town():
    page = ("Mehr Raum für Trends\n\n"
            "MANNHEIM. Neues Jahr, neues Programm – das ist die Devise im Jugendzentrum in der Lindenstraße 5. Drei Monate "
            "im Voraus gibt es das Programm, das im Jugendzentrum an den Infobrettern zu finden ist.\n\n"
            "Ein Kinderkino wird am Dienstag, 25. Januar 2028, 16.30 bis 18 Uhr, geboten.\n")
    event = _event(page)
    assert event.organizer == "Jugendzentrum Mannheim"


def test_two_houses_of_a_kind_or_a_house_named_in_full_are_not_guessed():
    page = ("Programm\n\nMANNHEIM. Im Jugendzentrum Alte Feuerwache gibt es ein neues Programm. Im Jugendzentrum Alte "
            "Feuerwache hängt es aus.\n\nEin Kinderkino wird am Dienstag, 25. Januar 2028, 16.30 bis 18 Uhr, geboten.\n")
    assert _event(page).organizer != "Jugendzentrum Mannheim"
