"""Health of a source after its crawl: ok, suspect or failed, with a German reason.

A source is *failed* when none of its pages answered. It is *suspect* when the crawl went
wrong in a way that must not be mistaken for "the events are gone": errors on pages
(including pages that are not HTML, cannot be decoded or arrived cut off), listing pages that
suddenly carry no links to events (a 200 "Wartungsarbeiten" page, a redesign), no events at
all or far fewer than the latest crawl that found any. Only an ok crawl may flag events missing.
"""
from __future__ import annotations

OK, SUSPECT, FAILED = "ok", "suspect", "failed"
STATUS_WORDS = {OK: "in Ordnung", SUSPECT: "verdächtig", FAILED: "ausgefallen"}
SUDDEN_DROP = 0.5      # fewer than half the events of the latest crawl that found any
SUDDEN_DROP_MIN = 4    # ... when that crawl found at least this many


def assess(counts: dict, errors: list[dict], *, close_reason: str = "finished", previous_events: int | None = None,
           events_on_listing_pages: bool = False) -> tuple[str, str]:
    """(status, reason) for one source's crawl. `previous_events`: events of its latest crawl that
    found any (Store.previous_events)."""
    if close_reason != "finished":
        return FAILED, f"Abruf abgebrochen ({close_reason})"
    if counts.get("pages_ok", 0) == 0:
        first = errors[0]["reason"] if errors else "keine Antwort"
        return FAILED, f"keine Seite abgerufen ({first})"
    reasons = []
    if counts.get("listing_pages", 0) and not counts.get("listing_links", 0) and not events_on_listing_pages:
        reasons.append("Übersichtsseite ohne Links zu Veranstaltungen (Wartungsseite oder neues Layout?)")
    found = counts.get("events_found", 0)
    if previous_events:
        if found == 0:
            reasons.append(f"keine Veranstaltungen gefunden (beim letzten Abruf mit Veranstaltungen: {previous_events})")
        elif previous_events >= SUDDEN_DROP_MIN and found < previous_events * SUDDEN_DROP:
            reasons.append(f"nur {found} Veranstaltung{'' if found == 1 else 'en'} gefunden (beim letzten Abruf mit Veranstaltungen: {previous_events})")
    if errors:
        reasons.append(f"{len(errors)} Fehler beim Abruf, z. B. {errors[0]['reason']}")
    if reasons:
        return SUSPECT, "; ".join(reasons)
    return OK, ""
