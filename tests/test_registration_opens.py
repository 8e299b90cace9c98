"""The day registration opens is no registration deadline: "passend zum Anmeldestart am 2. Dezember", "Buchungsbeginn
ist der …", "Die Anmeldung startet am …". A day to register by still is. The programme article is invented."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events

CRAWL = date(2026, 12, 3)

PROGRAMME = (" date 2027-11 „Eine Welt“ ist das Motto des neuen Jahresprogramms der Familienbildungsstätte Musterau, das "
             "ihr Leiter bei der Programmvorstellung für 2028 präsentierte.\n\n"
             "Die neuen Termine sind {opens} online. Das Angebot im Heft reicht von Kochkursen bis zu Vorträgen.\n\n"
             "Zum ersten Mal findet das Kabarett zum Weltfrauentag in der Stadthalle statt: Eine Kabarettistin wird am "
             "Mittwoch, 8. März, von 18 bis 20.15 Uhr mit ihrem Programm „Ohne Plan geht’s auch“ auftreten.\n")


@pytest.mark.parametrize("opens", ["passend zum Anmeldestart am 2. Dezember",
                                   "mit dem Start der Anmeldung am Donnerstag, 2. Dezember,",
                                   "vorhanden, und die Anmeldung startet am 2. Dezember,"])
def test_the_day_registration_opens_is_no_deadline(opens):
    events = extract_events(PROGRAMME.format(opens=opens), url="https://www.musterpresse.example/musterau/programm-2028",
                            reference_date=CRAWL, content_type="text/plain")
    assert [(e.start, e.registration_deadline) for e in events] == [("2028-03-08T18:00", None)]


def test_a_day_to_register_by_stays_a_deadline():
    text = PROGRAMME.format(opens="bis zum Anmeldeschluss am 2. Dezember")
    events = extract_events(text, url="https://www.musterpresse.example/musterau/programm-2028", reference_date=CRAWL,
                            content_type="text/plain")
    assert [(e.start, e.registration_deadline) for e in events] == [("2028-03-08T18:00", "2027-12-02")]
