"""A stored row as the outputs need it: the event's own text without the page's navigation."""
from __future__ import annotations

import re

# Links and buttons of the page around an event that the extractor's text keeps: they are no part of
# what the event is, and in a calendar entry they are noise ("Zurück zur Übersicht" twenty times).
NAVIGATION_RE = re.compile(
    r"(?:Termin\s+in\s+(?:(?:den|meinen|Ihren)\s+)?Kalender\s+(?:übernehmen|eintragen|speichern)(?:\s*\((?:iCal|ics)\))?|"
    r"(?:iCal|ics|Outlook)[- ]Export|"
    r"Zurück\s+zu(?:r|m)\s+(?:Übersicht|Seitenanfang|Liste|Startseite|Veranstaltungsübersicht|Terminübersicht)|"
    r"(?:Nach\s+oben|Zum\s+Seitenanfang|Seitenanfang)(?=\s|$)|"
    r"Seite\s+(?:drucken|teilen|empfehlen)|Beitrag\s+teilen|Artikel\s+(?:drucken|teilen)|"
    r"Auf\s+(?:Facebook|Twitter|X|LinkedIn|Xing|Mastodon)\s+teilen|Per\s+E-Mail\s+(?:teilen|versenden)|"
    r"Zur\s+(?:Übersicht|Terminübersicht)|Alle\s+(?:Termine|Veranstaltungen)\s+anzeigen)",
    re.I)
_MAYBE_NAVIGATION = re.compile(r"Kalender|Export|Zurück|oben|Seitenanfang|drucken|teilen|versenden|Zur |anzeigen",
                               re.I)
OWN_TEXT_LIMIT = 1500


def own_text(description: str | None, limit: int = OWN_TEXT_LIMIT) -> str | None:
    """The event's own words: navigation phrases removed, at most `limit` characters (cut at a
    word, marked with "…")."""
    if not description:
        return None
    text = NAVIGATION_RE.sub(" ", description) if _MAYBE_NAVIGATION.search(description) else description
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text).strip()
    if not text:
        return None
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:–-") + " …"
    return text
