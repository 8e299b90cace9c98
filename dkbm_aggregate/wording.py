"""German wording shared by every output (site, feeds, command line)."""
from __future__ import annotations

ROLE_LABELS = {
    "organizer": "Seite des Veranstalters",
    "third_party": "Seite eines anderen Anbieters",
    "newsletter": "Newsletter",
    "feed": "Kalender- oder Nachrichten-Feed",
    "manual": "manuell eingetragen",
}
STATUS_WORDS = {
    "scheduled": "geplant",
    "cancelled": "abgesagt",
    "postponed": "verschoben",
    "tentative": "vorläufig",
}
FIELD_LABELS = {
    "title": "Titel", "start": "Beginn", "end": "Ende", "all_day": "ganztägig", "status": "Status",
    "booked_out": "ausgebucht", "original_start": "ursprünglicher Termin", "venue": "Veranstaltungsort",
    "address": "Adresse", "postal_code": "Postleitzahl", "city": "Ort", "online": "online", "hybrid": "hybrid",
    "online_platform": "Plattform", "registration_deadline": "Anmeldeschluss", "organizer": "Veranstalter",
    "event_type": "Format", "url": "Link", "missing_since": "nicht mehr auf der Quellseite seit",
}
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def role_label(role: str | None) -> str:
    return ROLE_LABELS.get(role or "", role or "Quelle")
