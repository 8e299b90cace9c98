"""Is an event one of this field's? A decision from the event's own evidence, with reasons.

A Landkreis calendar lists concerts, markets and sports next to the Bildungskonferenz. Agency
sources announce only their own formats and stay relevant without a decision; every event of a
`generic` source is weighed here: format words (Fachtag, Netzwerktreffen, Werkstatt …), topics of
education management (Bildungsmonitoring, Ganztag, Übergang Schule–Beruf …), professional target
groups (Fachkräfte, Lehrkräfte, Bildungsakteure …) and an organizer such as a Bildungsbüro,
Bildungsregion or Bildungsmanagement, against the words of leisure, culture and civic life
(Konzert, Flohmarkt, Weihnachtsmarkt, Lauf, Kreistagssitzung …). Pure: no Scrapy, no database.

Measured on labelled real announcements (tests/relevance/labels.jsonl, README "Relevance").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# the cue words live with every other German cue of the project
from parsers.lexicon import (AUDIENCE_WORDS, FIELD_WORDS, FORMAT_WORDS, ORGANIZER_WORDS, TOPIC_WORDS,
                             UNRELATED_WORDS)

THRESHOLD = 2  # a score at or above this is relevant


WEIGHTS = {"Feld": 3, "Format": 2, "Thema": 1, "Zielgruppe": 1, "Veranstalter": 3, "Bereich": 1, "Gegen": -3}
WHAT = ("Feld", "Format", "Thema")  # evidence of what the event is; the others say who and where


@dataclass
class Decision:
    relevant: bool
    score: int
    reasons: list[str] = field(default_factory=list)

    def text(self) -> str:
        verdict = "relevant" if self.relevant else "nicht relevant"
        return f"{verdict} (Punkte {self.score}): " + "; ".join(self.reasons or ["keine Hinweise"])


def _found(cues, text: str) -> list[str]:
    return [label for label, pattern in cues if pattern.search(text)]


def decide(title: str, description: str = "", *, organizer: str | None = None, organizer_stated: bool = True,
           categories=(), event_type: str | None = None, page_url: str = "") -> Decision:
    """The relevance decision for one event. `organizer_stated`: the organizer was read from the
    page or feed (a registry default says nothing about the event). `page_url`: the page the event
    was read from; a page in a Bildungsbüro/Bildungsregion section counts as weak evidence."""
    title = title or ""
    head = f"{title}\n{' '.join(categories)}"
    body = f"{head}\n{(description or '')[:1500]}"
    score, reasons = 0, []

    def add(kind: str, labels: list[str], weight: int | None = None, cap: int = 3) -> None:
        nonlocal score
        for label in labels[:cap]:
            score += WEIGHTS[kind] if weight is None else weight
            reasons.append(f"{kind}: {label}")

    add("Feld", _found(FIELD_WORDS, body), cap=2)
    formats = _found(FORMAT_WORDS, head) or _found(FORMAT_WORDS, body[:400])
    if event_type and not formats and event_type not in ("Forum", "Seminar"):
        formats = [event_type]
    add("Format", formats, cap=1)
    add("Thema", _found(TOPIC_WORDS, body), cap=3)
    add("Zielgruppe", _found(AUDIENCE_WORDS, body), cap=2)
    if organizer and organizer_stated and ORGANIZER_WORDS.search(organizer):
        add("Veranstalter", [organizer[:80]])
    if page_url and re.search(r"bildungs(?:buero|büro|region|management|monitoring|netzwerk|landschaft|koordination)",
                              page_url, re.I):
        add("Bereich", ["Seite im Bereich Bildungsmanagement"])
    # What the event is (field, format, topic) is evidence of its own; who it is for, who holds it
    # and where the page stands only support it: the cycling tour of a network's team, the
    # parents' evening with the head teachers are not of this field.
    what = any(reason.split(":")[0] in WHAT for reason in reasons)
    # leisure and civic words in the title count fully; in the text when nothing says what the event is
    against = _found(UNRELATED_WORDS, head)
    if not against and (score < THRESHOLD or not what):
        against = _found(UNRELATED_WORDS, body[:600])
    add("Gegen", against, cap=2)
    organizer_named = any(reason.startswith("Veranstalter") for reason in reasons)
    return Decision(relevant=score >= THRESHOLD and (what or organizer_named), score=score, reasons=reasons)


def decide_event(event, *, page_url: str = "", categories=()) -> Decision:
    """decide() for a parsers.Event."""
    organizer_note = (event.provenance or {}).get("organizer", {})
    return decide(event.title, event.description or "", organizer=event.organizer,
                  organizer_stated=organizer_note.get("from") not in (None, "registry"),
                  categories=categories, event_type=event.event_type, page_url=page_url)
