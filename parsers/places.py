"""Where an event takes place, read from running text: "im Kursaal in Bad Bocklet", "lädt … nach
Ostritz ein", "in Kaufering statt".

A place is only taken after "in" or "nach" and only if it is a German place with more than
1,000 inhabitants (data/orte.txt, from GeoNames): that keeps common nouns that are also place
names ("in der Halle", "Lage") and words after "in" ("in Kooperation", "in Präsenz") out.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

PREPOSITION_PLACE_RE = re.compile(
    r"\b(?:in|nach)\s+(?P<name>(?:Bad|St\.|Sankt)?\s?[A-ZÄÖÜ][\wäöüß.-]*"
    r"(?:\s(?:am|an\sder|im|in\sder|ob\sder|bei|vor\sder)\s[A-ZÄÖÜ][\wäöüß-]*|\s\([A-ZÄÖÜ][\wäöüß.]*\))?)")
NOT_PLACES = {"Deutschland", "Bayern", "Hessen", "Sachsen", "Thüringen", "Brandenburg", "Niedersachsen", "Berlin-Brandenburg",
              "Kooperation", "Zusammenarbeit", "Präsenz", "Zukunft", "Form", "Kürze", "Planung", "Höhe", "Mitte", "Ordnung",
              "Folge", "Frage", "Summe", "Kraft", "Anwesenheit", "Vertretung", "Abstimmung", "Berlin-Mitte"}


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    text = (Path(__file__).parent / "data" / "orte.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def place_after_preposition(text: str) -> str | None:
    """The first known place named after "in"/"nach" in `text` ("Bad Bocklet" in "im Kursaal in Bad
    Bocklet"); the longest reading wins ("Landsberg am Lech" before "Landsberg")."""
    places = _places()
    for match in PREPOSITION_PLACE_RE.finditer(text):
        name = match.group("name").strip().rstrip(".,")
        words = name.split(" ")
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[:size]).rstrip(".,")
            if candidate in places and candidate not in NOT_PLACES:
                return candidate
    return None
