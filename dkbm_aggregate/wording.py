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
# Counted things on the site: (one, several).
COUNT_WORDS = {
    "entry": ("Eintrag", "Einträge"),
    "table": ("Tabelle", "Tabellen"),
    "hidden_table": ("verborgene Tabelle", "verborgene Tabellen"),
}


def number(value: int) -> str:
    """12345 -> '12.345' (German digit grouping)."""
    return f"{value:,}".replace(",", ".")


def count_words(value: int, what: str = "entry") -> str:
    """(3, 'entry') -> '3 Einträge'; (1, 'entry') -> '1 Eintrag'."""
    one, several = COUNT_WORDS[what]
    return f"{number(value)} {one if value == 1 else several}"


def role_label(role: str | None) -> str:
    return ROLE_LABELS.get(role or "", role or "Quelle")


def _parse(value: str | None):
    from datetime import date, datetime
    if not value:
        return None
    try:
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_words(value) -> str:
    """'Donnerstag, 12. März 2026'."""
    return f"{WEEKDAYS[value.weekday()]}, {value.day}. {MONTHS[value.month - 1]} {value.year}"


def when_words(row) -> str | None:
    """When an event is, in words: 'Donnerstag, 12. März 2026, 10:00 bis 13:00 Uhr',
    'Dienstag, 5. Juli bis Donnerstag, 7. Juli 2016', 'Termin noch offen (2027-03)'."""
    from datetime import datetime
    start, end = _parse(row.get("start")), _parse(row.get("end"))
    if start is None:
        partial = row.get("start_partial")
        return f"Termin noch offen ({partial})" if partial else None
    timed = isinstance(start, datetime) and not row.get("all_day")
    first = start.date() if isinstance(start, datetime) else start
    last = (end.date() if isinstance(end, datetime) else end) if end else None
    if last and last > first:
        text = f"{day_words(first)} bis {day_words(last)}"
        if timed:
            text = f"{day_words(first)}, {start:%H:%M} Uhr bis {day_words(last)}" + (
                f", {end:%H:%M} Uhr" if isinstance(end, datetime) else "")
        return text
    text = day_words(first)
    if timed:
        text += f", {start:%H:%M}" + (f" bis {end:%H:%M} Uhr" if isinstance(end, datetime) and end > start else " Uhr")
    return text


def month_words(value: str) -> str:
    """'2027-03-12' -> 'März 2027'."""
    return f"{MONTHS[int(value[5:7]) - 1]} {value[:4]}"


def short_date(value: str | None) -> str:
    """'2027-03-12T10:00' -> '12.03.2027, 10:00 Uhr'; '2027-03-12' -> '12.03.2027'."""
    parsed = _parse(value)
    if parsed is None:
        return value or ""
    return parsed.strftime("%d.%m.%Y, %H:%M Uhr") if "T" in (value or "") else parsed.strftime("%d.%m.%Y")
