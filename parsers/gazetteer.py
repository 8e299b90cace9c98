"""Names of places and online platforms, and the patterns of a German address.

Two lists: `data/staedte.txt` (the kreisfreie Städte and larger Kreisstädte, matched anywhere in a
line: "…, 10 Uhr in Fulda", a table cell "Bremerhaven") and `data/orte.txt` (every German place with
more than 1,000 inhabitants, from GeoNames; matched only after "in"/"nach", because many of them are
also common nouns).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from . import lexicon as lex
from .lexicon import NOT_A_TOWN, PLATFORMS

DATA = Path(__file__).parent / "data"

# "48143 Münster", "D-10115 Berlin", an address's "Markt 1, 12345" over a line "Beispielstadt" (not a number at a web
# address's end, "…-kohlenstoffdioxid-13192", nor a phone number's or a count's end over the next line: "Tel. 0571 83123" /
# "Anmeldung bis …", "Einwohner: 15123" / "Ortsteile: 12", "13192" / "Einen weiteren Workshop bot …")
# (not a count: "10000 Personen sind arbeitslos", "12000 Besucher")
PLZ_CITY_RE = re.compile(r"\b(?<![/=_.])(?<![a-z0-9]-)(?P<plz>\d{5})(?:[ \t\u00a0]+|(?:(?<=,\s\d{5})|(?<=,\d{5}))[ \t]*\n\s*(?=[^\n\d]{2,40}(?:\n|$)))(?!(?:Personen|Menschen|Besucher\w*|Teilnehm\w*|Gäste|Euro|Kinder|Schüler\w*|Einwohner\w*|Exemplare|Mitglieder\w*|Stunden|Jahre|Jugendliche|Haushalte|Beschäftigte|Unterschriften|Stimmen|Bücher|Medien|Arbeitslose)\b)(?P<city>(?:(?:Bad|Sankt|St\.|Hansestadt|Lutherstadt|Markt)\s)?[A-ZÄÖÜ][\wäöüß\-]+(?:\.(?!\s))?(?:[ -](?:am|an|a\.|im|in|ob|bei|der|\()[ ]?[\wäöüß\-()]*|\s\((?:[A-ZÄÖÜ][\wäöüß.]*)\))*)")

STREET_RE = re.compile(
    r"(?P<street>\b(?:(?:Am|An\sder|An\sden|Im|In\sder|Auf\sdem|Zum|Zur|Platz\sder|Platz\sdes)\s[A-ZÄÖÜ][\wäöüß\-]+"
    r"|[A-ZÄÖÜ][\wäöüß.\-]*(?:[ -][\wäöüß.\-]+){0,3}?[ -]?(?:straße|Straße|str\.|Str\.|strasse|weg|Weg|"
    r"platz|Platz|allee|Allee|ring|Ring|gasse|Gasse|damm|Damm|ufer|Ufer|chaussee|Chaussee|markt|Markt|steig|stieg|"
    r"wall|Wall|hof|Hof|berg|park|Park|promenade|Promenade|kai|Kai|lände))\s+\d+\s?[a-z]?(?:\s?[-–]\s?\d+)?)")

# "an der Oldenburger Straße 49", "in der Berliner Allee": a street named after a town says nothing of where the event is
_NOT_A_STREET = r"(?!(?:Straße|Str\.|Strasse|Landstraße|Heerstraße|Weg|Allee|Platz|Ring|Gasse|Damm|Ufer|Chaussee|Tor|Steig|Wall|Promenade|Kai)\b)"
# (not what is named after a town and is no place: "in der Weimarer Verfassung", "im Kölner Stadt-Anzeiger", "in der
# Frankfurter Rundschau", "in der Berliner Erklärung")
_NO_VENUE_AFTER_TOWN = (r"(?!(?:Republik|Verfassung|Klassik|Erklärung|Abkommen|Vertrag|Verträgen|Prozess\w*|Modell|Programm|"
                        r"Zeitung|Allgemeine[nr]?|Rundschau|Nachrichten|Tagblatt|Morgenpost|Stadt-Anzeiger|Anzeiger|Zeit|"
                        r"Abendblatt|Kurier|Schule\s+der|Appell|Manifest)\b)")  # (not "an der Berliner Mauer": a place in Berlin)


def _load_towns() -> re.Pattern:
    from pathlib import Path
    names = [line.strip() for line in (Path(__file__).parent / "data" / "staedte.txt").read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\wäöüÄÖÜß-])(?:{alternation})(?![\wäöüÄÖÜß-])")

TOWN_RE = _load_towns()

def town_in(text: str) -> str | None:
    """A known German town named in text (no postal code needed)."""
    match = TOWN_RE.search(text)
    return match.group(0) if match else None


# "die Bezirksregierung Köln", "die Regierung von Oberbayern": an authority's seat, not where its event is
AUTHORITY_BEFORE_RE = re.compile(r"(?:Bezirksregierung|Regierung\s+von|Regierungspräsidium|Landesamt\w*|"
                                 r"Ministerium\w*|Universität|Hochschule|Industrie-\s+und\s+Handelskammer|IHK)\s+$")

# a region named after its seat or its land: "Regierungsbezirk Tübingen", "Land Brandenburg", "Bistum Limburg"
REGION_BEFORE_TOWN_RE = re.compile(r"\b(?:Regierungsbezirk|Land|Bundesland|Freistaat|Bistum|Erzbistum|Landeskirche)\s+$")

QUOTED_RE = re.compile(r"„[^“”\"]{1,160}[“”\"]|\"[^\"]{1,160}\"|»[^«»]{1,160}«")
# towns whose names are common words ("beim Essen", "Für Essen und Getränke", "der Hof"): a place only after a
# preposition (not "in das weltoffene Hamburg"; not wissen.de, buchen.de)
COMMON_NOUN_TOWNS = {"Essen", "Hof", "Halle", "Lage", "Weil", "Laufen", "Bergen", "Wissen", "Buchen", "Wetter", "Stein", "Regen",
                     "Wald", "Berg", "Forst", "Hagen", "Ahlen", "Werne", "Lohne", "Rain", "Kirchen", "Brake"}


def without_quotes(text: str) -> str:
    """The text with every quoted name blanked, its length kept."""
    return QUOTED_RE.sub(lambda m: " " * len(m.group(0)), text)


def event_town_in(text: str) -> str | None:
    """The town an event takes place in, from a sentence that names it: a place after "in" ("im
    Kulturzentrum Nordstadt in Dortmund"), the town of its venue ("in das Arbeitnehmer-Zentrum
    Königswinter"), else a known town that is no authority's seat ("Bezirksregierung Köln")."""
    # ("liest aus seinem Roman "Berlin - Bombay"": a town in a quoted title is not where the event is)
    text = without_quotes(text)
    venue_town = place_after_preposition(text) or place_of_venue(text)
    if venue_town:
        return venue_town
    adjective = VENUE_OF_TOWN_ADJECTIVE_RE.search(text)
    if adjective and town_of_adjective(adjective.group("adj")):
        return town_of_adjective(adjective.group("adj"))  # "in der Braunschweiger Stadthalle"
    for match in TOWN_RE.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if re.match(r"\s+(?:AG|GmbH|KG|SE)(?!\w)", text[match.end():]):
            continue  # "die Wolfsburg AG": a company, not a place
        # (a town that is also a common word counts only after "in": "Für Essen und Getränke ist gesorgt")
        if not AUTHORITY_BEFORE_RE.search(before) and not REGION_BEFORE_TOWN_RE.search(before) \
                and match.group(0) not in COMMON_NOUN_TOWNS:
            return match.group(0)
    return None

# "in der Braunschweiger Stadthalle", "im Musterauer Rathaus", "am Sondershäuser Schloss": a venue named after its town
# (not "beim Sondershäuser Schulcup": an event there, which may be another day's)
VENUE_OF_TOWN_ADJECTIVE_RE = re.compile(rf"\b(?:in\s+(?:der|dem|den)|im|am|an\s+der)\s+"
                                        rf"(?P<adj>[A-ZÄÖÜ][a-zäöüß]+)er\s+{_NOT_A_STREET}"
                                        rf"{_NO_VENUE_AFTER_TOWN}[A-ZÄÖÜ][\wäöüß-]+")


def platform_of(text: str) -> str | None:
    lower = text.lower()
    for name, rule in PLATFORMS:
        if rule.search(text, lower):
            return name
    return None

PREPOSITION_PLACE_RE = re.compile(
    r"\b(?:in|nach)\s+(?P<name>(?:Bad|St\.|Sankt)?\s?[A-ZÄÖÜ][\wäöüß.-]*"
    r"(?:\s(?:am|an\sder|im|in\sder|ob\sder|bei|vor\sder)\s[A-ZÄÖÜ][\wäöüß-]*|\s\([A-ZÄÖÜ][\wäöüß.]*\)"
    r"|\s[A-ZÄÖÜ][\wäöüß-]+)?)")  # (a name of two words: "in Königs Wusterhausen", "nach Neu Wulmstorf")

# the Länder named with a hyphen: "der Volkshochschulen Schleswig-Holsteins" names no town "Schleswig"
HYPHENATED_LAENDER = ("Schleswig-Holstein", "Mecklenburg-Vorpommern", "Nordrhein-Westfalen", "Rheinland-Pfalz",
                       "Sachsen-Anhalt", "Baden-Württemberg")
NOT_PLACES = {*HYPHENATED_LAENDER, *(f"{land}s" for land in HYPHENATED_LAENDER),
              "Deutschland", "Bayern", "Hessen", "Sachsen", "Thüringen", "Brandenburg", "Niedersachsen", "Berlin-Brandenburg",
              "Baden", "Württemberg", "Franken", "Schwaben", "Westfalen", "Holstein",
              "Kooperation", "Zusammenarbeit", "Präsenz", "Zukunft", "Form", "Kürze", "Planung", "Höhe", "Mitte", "Ordnung",
              "Folge", "Frage", "Summe", "Kraft", "Anwesenheit", "Vertretung", "Abstimmung", "Berlin-Mitte",
              "Wort"} | NOT_A_TOWN  # ("in Wort und Bild berichten": a hamlet's name, and an idiom's word)

@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    text = (Path(__file__).parent / "data" / "orte.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))

def place_names() -> frozenset[str]:
    """Every place the gazetteer knows, towns and villages."""
    return _places()


def place_after_preposition(text: str) -> str | None:
    """The first known place named after "in"/"nach" in `text` ("Bad Bocklet" in "im Kursaal in Bad
    Bocklet"); the longest reading wins ("Landsberg am Lech" before "Landsberg")."""
    places = _places()
    for match in PREPOSITION_PLACE_RE.finditer(text):
        if AUTHORITY_BEFORE_RE.search(text[max(0, match.start() - 40):match.start()]):
            continue  # "der Bezirksregierung in Köln": an authority's seat, not where anything takes place
        name = match.group("name").strip().rstrip(".,")
        words = name.split(" ")
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[:size]).rstrip(".,")
            if candidate in COMMON_NOUN_TOWNS and re.match(r"\s+(?:versetzt|versetzen|gebracht|bringen|gekommen)\b",
                                                           text[match.start("name") + len(candidate):]):
                continue  # "in Lage versetzt", "in Lage sein": the noun of a phrase, not the town
            if candidate in COMMON_NOUN_TOWNS and re.match(r",\s*[A-ZÄÖÜ][a-zäöüß]+,",
                                                           text[match.start("name") + len(candidate):]):
                continue  # "in Kirchen, Moschee, Loge und Bücherei": a list of places of a kind, not the town
            if candidate in COMMON_NOUN_TOWNS and re.match(r"\s*[A-Z]?\d", text[match.start("name") + len(candidate):]):
                continue  # "in Halle 2", "in Halle B3": a fair's hall, not the town
            if candidate in places and candidate not in NOT_PLACES:
                return candidate
    return None


# "im Sömmerdaer Volkshaus", "in der Realschule Kaufering", "im Kreishaus Coesfeld": a venue named
# with its town, as an adjective before it or as a name after it
VENUE_TOWN_RE = re.compile(
    r"\b(?:im|in\s+der|in\s+dem|in\s+den|ins|in\s+die|in\s+das|bei\s+der|beim|bei\s+dem|an\s+der|an\s+dem)\s+"
    rf"(?:(?P<adj>[A-ZÄÖÜ][\wäöüß-]+?)er\s+{_NOT_A_STREET}{_NO_VENUE_AFTER_TOWN}[A-ZÄÖÜ][\wäöüß-]+"
    r"|(?:St\.\s|[A-ZÄÖÜ][a-zäöüß]+e[nrs]?\s)?(?:[A-ZÄÖÜ][\wäöüß-]+|vhs)\s+(?:(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]+\s+(?:und\s+[A-ZÄÖÜ][\wäöüß-]+\s+)?)?"  # ("in der vhs Schwedt")
    r"(?P<after>(?:Bad\s)?[A-ZÄÖÜ][\wäöüß-]+)(?:\s+(?P<then>[A-ZÄÖÜ][\wäöüß-]+))?)")


# a person's post before "an der"/"von der": "Bildungstheoretiker an der", "Professorin an der", "Referent von der"
PERSON_ROLE_BEFORE_RE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]*(?:theoretiker|forscher|[Pp]rofessor|[Dd]ozent|[Rr]eferent|leiter|[Mm]itarbeiter|"
                                   r"[Dd]irektor|[Pp]räsident|wissenschaftler|[Dd]ekan|[Kk]oordinator|berater|[Ll]ehrer)(?:in)?,?\s+$"
                                   r"|\b(?:Prof|Dr)\.\s[^,;]{2,40},?\s+$")


# a contest named after its town: "Schulcup", "Stadtlauf", "Turnier", "Meisterschaft", "Wettbewerb"
CONTEST_RE = re.compile(r"(?i:cup|lauf|turnier|meisterschaft(?:en)?|wettbewerb|pokal|rennen)$")


def place_of_venue(text: str) -> str | None:
    """The town in "im Sömmerdaer Volkshaus", "in der Realschule Kaufering", "ins Hotel Park Soltau" or
    "an der Grund- und Mittelschule Harburg", if it is a known place; "im Kreishaus Darmstadt-Kranichstein" names a
    part of a known town."""
    places = _places()
    for match in VENUE_TOWN_RE.finditer(text):
        if re.match(r"(?:an|von)\s", match.group(0)) and PERSON_ROLE_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Prof. Dr. …, Bildungstheoretiker an der Universität Würzburg": a speaker's post, not the venue
        if match.group("adj"):
            if lex.EVENT_WORD_RE.search(match.group(0).split()[-1]) or CONTEST_RE.search(match.group(0).split()[-1]):
                continue  # ("beim Sondershäuser Schulcup", "beim Musterauer Stadtlauf": an event there, not the venue)
            town = _town_of_adjective(match.group("adj"), places)
            if town:
                return town
            continue
        name = match.group("after")
        if REGION_BEFORE_TOWN_RE.search(match.group(0)[:match.start("after") - match.start()]):
            continue  # "im Regierungsbezirk Tübingen", "im Land Brandenburg": a region a person serves, not the venue
        if name in COMMON_NOUN_TOWNS and re.search(r"[a-zäöüß](?:e|en|er|es)\s+$", text[max(0, match.start("after") - 20):match.start("after")]):
            continue  # "im Landsbergschen Hof", "im Alten Wald": the noun an adjective describes, not the town
        if name in places and name not in NOT_PLACES:
            return name
        words = match.group(0).split()
        if len(words) >= 4 and words[-2] in places and words[-2] not in NOT_PLACES and lex.VENUE_NOUN_RE.search(words[-3]):
            return words[-2]  # "in der Musikschule Wunstorf Instrumente ausprobieren": the venue's town, then the text
        then = match.group("then")  # a venue of two words before its town: "ins Hotel Park Soltau"
        if then and then in places and then not in NOT_PLACES and _names_a_venue(match.group(0).split()[1:-1]):
            return then
        if match.group("after") and "-" in name and name not in NOT_PLACES and name.split("-")[0] in places and name.split("-")[0] not in NOT_PLACES:
            return name
    return None


_VENUE_WORDS = ("Hotel", "Gasthof", "Schloss", "Kloster")


def _names_a_venue(words: list[str]) -> bool:
    """"Hotel Park", "Sitzungssaal Rathaus" name a building; "Vortrag Neues" (of "Neues Wissen") does not:
    a venue noun among the words, and no adjective right before the town."""
    last = words[-1]
    adjective = re.search(r"(?:e|es|er|en)$", last) and not lex.VENUE_NOUN_RE.search(last)
    return not adjective and any(lex.VENUE_NOUN_RE.search(word) or word in _VENUE_WORDS for word in words)


def _town_of_adjective(stem: str, places: frozenset[str]) -> str | None:
    """"Dresdn" (of "Dresdner") is Dresden, "Brem" (of "Bremer") Bremen, "Sömmerda" (of "Sömmerdaer")
    Sömmerda, "Sondershäus" (of "Sondershäuser") Sondershausen. GeoNames lists foreign spellings too ("Dresdn"), so a
    known town's spelling comes first."""
    readings = [stem[:-1] + "e" + stem[-1], stem + "en", stem]
    # ("Sondershäuser" of Sondershausen, "Darmstädter" of Darmstadt: the umlaut a town's adjective takes)
    readings += [stem[:-4] + "hausen"] if stem.endswith("häus") else [stem[:-5] + "stadt"] if stem.endswith("städt") else []
    if stem.endswith(("öd", "öt")):  # ("Wernigeröder" of Wernigerode)
        readings.append(stem[:-2] + "o" + stem[-1] + "e")
    known = [r for r in readings if r in places and r not in NOT_PLACES and (r != stem + "en" or TOWN_RE.fullmatch(r))]
    return next((r for r in known if TOWN_RE.fullmatch(r)), known[0] if known else None)


def town_of_adjective(stem: str) -> str | None:
    """"Mannheim" of "Mannheimer" (given "Mannheim"), "Kiel" of "Kieler": a known town, if the stem is one's."""
    return _town_of_adjective(stem, _places()) if stem else None


def known_place(name: str) -> str | None:
    """`name` itself, if it is a German place ("Bad Oldesloe" as the value of "Ort:")."""
    name = name.strip(" ,.")
    return name if name in _places() and name not in NOT_PLACES else None


# a town's name with its river or ridge, written short or long: "Schmiedefeld a.R.", "Neustadt a. d. Aisch", "Frankfurt
# am Main", "Rothenburg ob der Tauber", "Freiburg i. Br."
_TOWN_SUFFIX_RE = re.compile(r"(?P<town>[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)\s+"
                             r"(?:(?:a|i|b|o)\.\s?(?:d\.\s?)?[A-ZÄÖÜ][\wäöüß]*\.?|(?:am|an\s+der|ob\s+der|im|in\s+der|bei)\s+"
                             r"[A-ZÄÖÜ][\wäöüß]+)")


def known_town_with_suffix(name: str) -> str | None:
    """`name` itself, if it is a German place, or a known place with its river or ridge ("Schmiedefeld a.R.")."""
    name = name.strip(" ,")
    if known_place(name):
        return name
    match = _TOWN_SUFFIX_RE.fullmatch(name)
    return name if match and known_place(match.group("town")) else None


@lru_cache(maxsize=1)
def _districts() -> dict[str, str]:
    rows = (Path(__file__).parent / "data" / "stadtteile.txt").read_text(encoding="utf-8").splitlines()
    return dict(row.split("\t", 1) for row in rows if row and not row.startswith("#"))


def city_of(town: str) -> str:
    """"Schöneberg", "Treptow-Köpenick", "Altona": a district of Berlin, Hamburg or Bremen is in its city."""
    return _districts().get(town, town)


def district_city(name: str) -> str | None:
    """"Prenzlauer Berg": Berlin, "Wandsbek": Hamburg; None for a name that is no district of either city."""
    return _districts().get(name.strip())


def host_spelling(name: str) -> str:
    """How a name is spelt in a host: lower case, no spaces or hyphens, umlauts as ae/oe/ue, ß as ss
    ("Bad Oldesloe": "badoldesloe", "MINTregion 18": "mintregion18")."""
    name = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]", "", name)


@lru_cache(maxsize=1)
def _places_by_host_label() -> dict[str, str]:
    """"badoldesloe" -> "Bad Oldesloe", "koenigswusterhausen" -> "Königs Wusterhausen": how a town's name is spelt in
    a host name (no spaces, umlauts as ae/oe/ue, ß as ss)."""
    spelt = {}
    for place in _places():
        key = host_spelling(place)
        if key not in spelt or (spelt[key].isascii() and not place.isascii()) \
                or (spelt[key].count("-") > place.count("-") and spelt[key].isascii() == place.isascii()):
            spelt[key] = place  # "Münster" before GeoNames' "Muenster", "Bad Doberan" before "Bad-Doberan"
    return spelt


# "www.ostfildern.de", "stadt-muenster.de", "krefeld.de": a town's own site
HOST_RE = re.compile(r"^(?:https?://)?(?:www\.)?(?:(?:stadt|gemeinde|hansestadt)[-.])?(?P<label>[a-z-]+)\.de(?:[/:?#]|$)", re.I)


def town_of_own_site(url: str | None) -> str | None:
    """The town a town's own site is on ("www.kornwestheim.de", "www.stadt-tirschenreuth.de"); never a town whose
    name is a common word ("www.wissen.de")."""
    town = town_of_host(url)
    return town if town and town not in COMMON_NOUN_TOWNS else None


def place_of_host_label(label: str) -> str | None:
    """The known place a host spells ("schrobenhausen": "Schrobenhausen"), never a common word's town ("hof")."""
    place = _places_by_host_label().get(label)
    return place if place and place not in NOT_PLACES and place not in COMMON_NOUN_TOWNS else None


def town_of_host(url: str | None) -> str | None:
    """The town whose own site `url` is on, if its host is the town's name."""
    match = HOST_RE.match(url or "")
    if not match:
        return None
    place = _places_by_host_label().get(match.group("label").lower().replace("-", ""))
    return place if place and place not in NOT_PLACES else None


def town_of_path(url: str | None) -> str | None:
    """A local paper's section named after a town ("…/lokales/rodgau/…", "…/Kreis-Steinfurt/Saerbeck/…"): a folder of
    the URL's path (not its last part, an article's slug) whose name is a known place's: a city's folder over its
    districts' ("…/karlsruhe/suedstadt/…": Karlsruhe), else the deepest, the section's own town ("…/Mecklenburg/
    Bad-Doberan/…": Bad Doberan, not the region's namesake village)."""
    path = re.sub(r"^(?:https?://)?[^/]*", "", url or "").split("?")[0].split("#")[0]
    folders = [folder for folder in path.split("/") if folder][:-1]
    deepest = None
    for folder in folders:
        # (a paper's town section may carry its id: "…/hochtaunus/bad-homburg-ort28249/…")
        place = _places_by_host_label().get(host_spelling(re.sub(r"-ort\d+$", "", folder)))
        if place and place not in NOT_PLACES and place not in COMMON_NOUN_TOWNS:
            if TOWN_RE.fullmatch(place):
                return place
            deepest = place
    return deepest

