"""A stored row as the outputs need it: the event's own text without the page's navigation."""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date

from .wording import STATUS_WORDS

# Links and buttons of the page around an event that the extractor's text keeps: they are no part of
# what the event is, and in a calendar entry they are noise ("Zurück zur Übersicht" twenty times).
NAVIGATION_RE = re.compile(
    # the lookahead names every phrase's first letter: Python's re tries the whole alternation at
    # every character of a description otherwise (half the time of rendering an event's VEVENT)
    r"(?=[TtIiOoZzNnSsBbAaPp])"
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


def place(row) -> str:
    """'Kulturbahnhof, Kassel', 'online (Webex)', 'Kassel und online' (the overview's Ort)."""
    if row.get("online") and not row.get("hybrid") and not row.get("city"):
        return "online" + (f" ({row['online_platform']})" if row.get("online_platform") else "")
    text = (f"{row['venue']}, " if row.get("venue") else "") + (row.get("city") or "")
    return text + (" und online" if row.get("hybrid") else "")


def status_word(row, today: str | None = None) -> str:
    if row.get("status") in ("cancelled", "postponed", "tentative"):
        return STATUS_WORDS[row["status"]]
    if row.get("booked_out"):
        return "ausgebucht"
    today = today or date.today().isoformat()
    if row.get("missing_since") and (row.get("end") or row.get("start") or "") >= today:
        return "nicht mehr angekündigt"
    return "geplant"


def published_row(row) -> dict:
    """A row of `events` as the overview table `veranstaltungen` shows it."""
    return {
        "id": row["id"], "Titel": row.get("title"), "Beginn": row.get("start"), "Ende": row.get("end"),
        "Format": row.get("event_type"), "Veranstalter": row.get("organizer"), "Ort": place(row),
        "Stadt": row.get("city"), "Anmeldeschluss": row.get("registration_deadline"), "Status": status_word(row),
        "Themen": row.get("topics") or "[]", "Regionen": row.get("regions") or "[]",
        "Quelle": row.get("source_title"), "Link": row.get("url"),
    }


_EXPAND = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_CONTRACT_RE = re.compile(r"([aouAOU])e")


def fold_spellings(text: str) -> str:
    """The words of `text` in the spellings people type: as written, with umlauts as ae/oe/ue/ss,
    and with ae/oe/ue as plain vowels (so "München", "Muenchen" and "Munchen" all find "München" and
    "Muenchen"). FTS5's unicode61 tokenizer (remove_diacritics 2) folds case and the accents."""
    expanded = text.translate(_EXPAND)
    contracted = unicodedata.normalize("NFKD", _CONTRACT_RE.sub(r"\1", expanded))
    return " ".join(dict.fromkeys((text, expanded, contracted)))


def search_text(row) -> str:
    """What the overview's search looks at: title, place, organizer, format, topics, description."""
    topics = row.get("topics")
    try:
        topics = " ".join(json.loads(topics)) if topics else ""
    except (TypeError, ValueError):
        topics = str(topics)
    parts = [row.get(k) for k in ("title", "venue", "city", "address", "organizer", "event_type", "online_platform",
                                  "source_title")]
    parts += [topics, (row.get("description") or "")[:3000]]
    return fold_spellings(" ".join(p for p in parts if p))
