"""Reading "Label: value" lines ("Ort: Online via Webex", "Anmeldeschluss: 20. Februar 2026").

A label is returned as a `Label(kind, word, value)`: `kind` is what the label announces (place, date,
deadline, organizer …, the keys of `lexicon.LABELS`), `word` the label word as written, `value`
what follows the colon (empty when the value stands on the next line).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import LABELS


class Label(NamedTuple):
    kind: str
    word: str
    value: str


_LABEL_LOOKUP = {word.lower(): kind for kind, words in LABELS.items() for word in words}

LABEL_RE = re.compile(
    r"^(?P<label>" + "|".join(re.escape(w) for w in sorted(_LABEL_LOOKUP, key=len, reverse=True))
    # ("Wo?:" in a table's header, "Wo?" alone on its line over its value, and a question with its answer: "Wann?
    # Mittwoch, 4. Juni 2025")
    + r")\s*(?:\(n\)|\(en\)|/-?in|\*in)?\s*(?:\??\s*:\s*(?P<value>.*)|\?\s*(?P<answer>\S.*)?)$", re.IGNORECASE)

# Fact boxes written without colons ("Datum 21.10.2027", "Ort Bildungsforum Potsdam"): only the
# unmistakable label words, only in short lines, and only before a value that starts like one.
BARE_LABEL_RE = re.compile(
    r"^(?P<label>Datum|Termin|Wann|Wo|Zeit|Uhrzeit|Ort|Veranstaltungsort|Veranstalter|Veranstalterin|"
    r"Anmeldeschluss|Anmeldefrist|Format|Kosten|Zielgruppe|Referentin|Referent)\s+(?P<value>[\dA-ZÄÖÜ„\"].*)$")



# "Treff: Parkplatz am Waldbad, Musterau" is where one meets; "Treff: Frühstück für Alleinerziehende" names a group
MEETING_POINT_RE = re.compile(r"^Treff\s*:\s*(?P<value>[^,]+,\s*\S.*|.*\b(?:Parkplatz|Bahnhof|Eingang|Haltestelle|"
                              r"[A-ZÄÖÜ][\wäöüß-]*(?:platz|straße|haus|zentrum|halle|kirche|schule))\b.*)$")


# the next label on the same line: "Veranstalter: Literaturzentrum. Ort: Literaturhaus, 11.00 Uhr. Eintritt: 5 Euro"
NEXT_LABEL_RE = re.compile(r"(?<=[.;|])\s+(?:" + "|".join(re.escape(w) for w in sorted(_LABEL_LOOKUP, key=len, reverse=True))
                           + r")\s*:", re.IGNORECASE)


def label_of(text: str) -> Label | None:
    """Label("place", "Ort", "Online via Webex") for "Ort: Online via Webex"; value may be empty."""
    point = MEETING_POINT_RE.match(text)
    if point:
        return Label("place", "Treff", point.group("value").strip())
    match = LABEL_RE.match(text)
    if not match:
        match = BARE_LABEL_RE.match(text) if len(text) < 120 else None
        if not match:
            return None
    value = match.group("value") or match.groupdict().get("answer") or ""
    following = NEXT_LABEL_RE.search(value)
    if following:
        value = value[:following.start()].rstrip(" .;|")  # (each label's value ends where the next label begins)
    return Label(_LABEL_LOOKUP[match.group("label").lower()], match.group("label"), value.strip())
