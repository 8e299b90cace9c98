"""The name a site's host spells, found in the site's own text.

Agencies, networks and foundations name their sites after themselves ("mintforum-mv.de", "elternnetzwerk-nrw.de",
"haus-der-kleinen-forscher.de"). When the page's text writes that name ("MINTforum MV"), the site speaks for
that body, and a text page, which has no og:site_name or <title>, still knows whose site it is.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import gazetteer
from .gazetteer import host_spelling
from . import lexicon as lex

_WORD_RE = re.compile(r"[\wÄÖÜäöüß]+(?:[-.&][\wÄÖÜäöüß]+)*")
# a body's legal form written before its name: "Stiftung Haus der kleinen Forscher"
_FORM_RE = re.compile(r"(?:Stiftung|Verein|Verband|Netzwerk|Initiative|Bündnis|Projekt|Landkreis|Kreis)\s+$")
# a town's own site lists its clubs' and churches' events too; its name is no holder of them (a district's
# site, "marburg-biedenkopf.de", speaks for the district's own offices)
_MUNICIPAL_RE = re.compile(r"(?:Stadt|\w*[Gg]emeinde|Markt|Hansestadt|Amt|VG)\b")
# "Erika Mustermann", "Hans-Peter Muster MdB": a person's own site (a speaker's, a deputy's) holds no events of its own
_PERSON_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s[A-ZÄÖÜ][a-zäöüß]+")
_DEPUTY_RE = re.compile(r"\b(?:MdB|MdL|MdEP|MdA)\b")
# "Hessischer Jugendring", "Frühe Hilfen", "Berliner Netzwerk": an adjective first, not a given name ("Peter", "Werner")
_ADJECTIVE_ENDING_RE = re.compile(r"(?:isch\w*|e|en|es|iger|aler)$")
# "Schöneberger Norden": a quarter's name; a Land's ("Sachsen-Anhalt") is the state, not an office of it
_REGION_RE = re.compile(r".*\s(?:Norden|Süden|Osten|Westen)|" + "|".join(gazetteer.HYPHENATED_LAENDER))
# "Ganztagsschulkongress 2024", "5. Fachtag …": one event's own site names the event, not its holder (a
# "Bildungsforum Potsdam" is a body that meets)
_ONE_EDITION_RE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\s")
_LONGEST_NAME_WORDS = 7
_LINES_READ = 300


def _host(url: str | None) -> str:
    """The host of `url`, also of one written without a scheme ("mintforum-mv.de/x"); "" for a malformed one."""
    url = url or ""
    try:
        return urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # "http://[::1/x"
        return ""


def _host_keys(url: str | None) -> set[str]:
    """The spellings a host gives its owner's name: each label ("mintforum-mv"), and the first part of a hyphened
    one ("mintforum", "loft"); three letters only as an acronym ("mnu.de", "vhw.de")."""
    host = _host(url)
    labels = [label for label in host.split(".")[:-1] if label != "www"]
    parts = {host_spelling(label.split("-")[0]) for label in labels if "-" in label}
    keys = {host_spelling(label) for label in labels} | {part for part in parts if len(part) >= 3 and part not in _GENERIC_PARTS}
    return {key for key in keys if len(key) >= 3 and key not in _LAND_ACRONYMS}


def host_keys(url: str | None) -> frozenset[str]:
    """The spellings a page's host gives its owner's name (see `_host_keys`)."""
    return frozenset(_host_keys(url))


def _whole_labels(url: str | None) -> set[str]:
    return {host_spelling(label) for label in _host(url).split(".")[:-1] if label != "www"}


# a hyphened host's first part that names no one: "kita-musterau", "bildung-beispiel", "der-verband"
_GENERIC_PARTS = {"der", "die", "das", "uni", "bne", "vhs", "kita", "kitas", "schule", "schulen", "bildung", "bildungs", "stadt", "kreis", "land", "landkreis", "haus",
                  "hochschule", "netzwerk", "verband", "verein", "familie", "familien", "eltern", "jugend", "kinder", "mint",
                  "lernen", "forum", "portal", "info", "mein", "unser", "unsere", "deine", "meine", "ganztag", "ganztags"}


# a Land's acronym in a host ("brd.nrw.de") names the Land, not the site's owner
_LAND_ACRONYMS = {"nrw", "rlp", "bay", "bwl", "thr", "mvp", "sachsen", "bayern", "hessen", "berlin", "bremen", "hamburg"}


def _reads_as_name(name: str) -> bool:
    """Several words, or one word that is no plain noun ("MINTforum", "KOSMO", "BNE-Kompetenzzentrum", the host's
    acronym "MNU"; not "Bildung")."""
    if " " in name:
        return name[0].isupper() or name[0].isdigit()
    if len(name) == 3:
        return True  # (an acronym, checked against the host and the page above)
    return len(name) >= 4 and (sum(c.isupper() for c in name) >= 2 or "-" in name)


def _said_twice(name: str, texts: list[str]) -> bool:
    return sum(len(re.findall(rf"(?<![\wäöüß]){re.escape(name)}(?![\wäöüß])", text)) for text in texts[:_LINES_READ]) >= 2


def name_of_host(url: str | None, texts: list[str]) -> str | None:
    keys = _host_keys(url)
    if not keys:
        return None
    for text in texts[:_LINES_READ]:
        spelt = host_spelling(text)
        if not any(key[:4] in spelt for key in keys):
            continue
        words = list(_WORD_RE.finditer(text))
        for first, word in enumerate(words):
            head, hyphen, rest = word.group().partition("-")
            if hyphen and rest and head.isupper() and len(head) >= 3 and host_spelling(head) in keys:
                # "KVJS-Landesjugendamt" on "kvjs.de": the acronym the host spells, leading a compound of its own body
                # (its genitive, "des KVJS-Landesjugendamtes", by the acronym alone)
                return word.group() if _holder(word.group()) and not word.group().endswith("s") else head
            spelling, longest = "", None
            for last in range(first, min(first + _LONGEST_NAME_WORDS, len(words))):
                spelling += host_spelling(words[last].group())
                if spelling in keys:
                    name = text[word.start():words[last].end()]
                    if len(spelling) == 3 and not (name.isupper() or (_said_twice(name, texts) and spelling in _whole_labels(url))):
                        continue  # (three letters name the site only as its acronym: "MNU", or "vhw" said again)
                    form = _FORM_RE.search(text[:word.start()])
                    if form:
                        name = form.group(0) + name
                    if _holder(name):
                        longest = name  # (the longest reading: "Haus der kleinen Forscher", not its first word "Haus")
                if not any(key.startswith(spelling) for key in keys):
                    break
            if longest:
                return longest
    return None


# An institution's own site, named after it in its host: "lucian-reich-schule.de", "musikschule-lauf.de",
# "gymnasium-sankt-michael.de". Its pages hold its own events, whether or not their text spells its name.
# (As host spellings; the heads a name begins with, and the school words a hyphened name ends with.)
_INSTITUTION_HEADS = {
    "musikschule": "Musikschule", "jugendkunstschule": "Jugendkunstschule", "volkshochschule": "Volkshochschule",
    "grundschule": "Grundschule", "realschule": "Realschule", "gesamtschule": "Gesamtschule", "oberschule": "Oberschule",
    "gemeinschaftsschule": "Gemeinschaftsschule", "mittelschule": "Mittelschule", "foerderschule": "Förderschule",
    "gymnasium": "Gymnasium", "stadtbibliothek": "Stadtbibliothek", "stadtbuecherei": "Stadtbücherei",
    "familienzentrum": "Familienzentrum", "familienbildungsstaette": "Familienbildungsstätte",
    "mehrgenerationenhaus": "Mehrgenerationenhaus", "jugendzentrum": "Jugendzentrum",
    "museum": "Museum",  # ("felsenmeer-museum.de"; not "kita-musterau.de", as often a town's portal of its kitas)
}
# (a school's own name ends in a school's word, not in a dance or a driving school's: "tanzschule", "fahrschule")
_SCHOOL_ENDINGS = {"schule", "gymnasium", "grundschule", "realschule", "gesamtschule", "oberschule", "mittelschule",
                   "gemeinschaftsschule", "foerderschule", "musikschule"}
# the words a hyphened host's own name ends in: a school's, a museum's ("felsenmeer-museum.de": "Felsenmeer-Museum")
_NAME_ENDINGS = _SCHOOL_ENDINGS | {"museum", "familienzentrum"}  # ("waldorf-familienzentrum.de")
# a school's one-word name ("viktoriaschule", "goethegymnasium"), not a dance, driving or sports school's
_NAMED_SCHOOL_RE = re.compile(r"(?!(?:tanz|fahr|ballett|hunde|reit|ski|segel|flug|koch|surf|schwimm|yoga|mal|sprach|"
                              r"hoch|fach|berufs|grund|real|gesamt|ober|mittel|haupt|musik|volkshoch|abend|sonntags|"
                              r"gemeinschafts|foerder|privat|waldorf|montessori)(?:schule|gymnasium)$)[a-z]{3,}(?:schule|gymnasium)")
# parts of a host that name no one: "realschule-bw.de", "musikschule-online.de"
_NO_NAME_PARTS = {"online", "info", "web", "net", "portal", "digital", "bw", "by", "de"}
_NAME_LINKS = {"am", "an", "im", "in", "der", "die", "das", "dem", "den", "von", "vom", "zum", "zur", "auf", "und"}


def institution_of_host(url: str | None, texts: list[str]) -> str | None:
    """"Lucian-Reich-Schule" for "lucian-reich-schule.de", "Musikschule Lauf" for "musikschule-lauf.de": the name of the
    institution whose own host the page is on (its words spelt as the page spells them, where it does)."""
    labels = [label for label in _host(url).split(".")[:-1] if label not in ("www", "blog")]
    # (a "blog." subdomain is the institution's own news: "blog.musterau-gymnasium.de")
    abbreviated = _abbreviated_school(labels[0]) if len(labels) == 1 else None
    if abbreviated and any(_SCHOOL_TEXT_RE.search(text) for text in texts[:_LINES_READ]):
        return abbreviated  # (the page speaks of a school: "ms-musterau.de" may be a self-help group's for MS)
    if len(labels) == 1 and _NAMED_SCHOOL_RE.fullmatch(labels[0]):
        return _spelt_as_on_page(labels[0], texts)  # "kreuzbergschule.org": a school's own one-word name alone
    if len(labels) == 2 and labels[0] in _TOWN_HOUSE_SUBDOMAINS:
        # "bibliothek.stassfurt.de", "vhs.musterstadt.de": the house a town's own site gives a subdomain of its own
        town = gazetteer.place_of_host_label(labels[1].replace("-", ""))
        return f"{_TOWN_HOUSE_SUBDOMAINS[labels[0]]} {town}" if town else None
    if len(labels) != 1 or labels[0].count("-") not in (1, 2, 3):
        return None  # (a subdomain, "schule.musterau.de", is the town's; a bare "musikschule.de" names no one)
    parts = labels[0].split("-")
    if parts[0] in _INSTITUTION_HEADS and _names_someone(parts[1:]):
        return " ".join([_INSTITUTION_HEADS[parts[0]]] + [_spelt_as_on_page(part, texts) for part in parts[1:]])
    if _NAMED_SCHOOL_RE.fullmatch(parts[0]) and _names_someone(parts[1:]):
        # "listschule-halle.de": a school's own one-word name and its town ("Listschule Halle")
        return " ".join([_spelt_as_on_page(parts[0], texts)] + [_spelt_as_on_page(part, texts) for part in parts[1:]])
    if parts[-1] in _NAME_ENDINGS and _names_someone(parts[:-1]):
        last = _INSTITUTION_HEADS.get(parts[-1]) or parts[-1].capitalize()
        return "-".join([_spelt_as_on_page(part, texts) for part in parts[:-1]] + [last])
    return None


# a town's house under a subdomain of the town's own site (not "schule.", "kita.": a portal of many)
_TOWN_HOUSE_SUBDOMAINS = {"bibliothek": "Stadtbibliothek", "stadtbibliothek": "Stadtbibliothek", "buecherei": "Stadtbücherei",
                          "stadtbuecherei": "Stadtbücherei", "vhs": "Volkshochschule", "musikschule": "Musikschule",
                          "museum": "Museum"}


# a school's kind as its host abbreviates it before its town: "rsschrobenhausen.de", "gs-beispielheim.de",
# "56gs-dresden.de" (the 56th primary school)
_SCHOOL_ABBREVIATIONS = {"rs": "Realschule", "gs": "Grundschule", "gym": "Gymnasium", "ms": "Mittelschule", "ge": "Gesamtschule",
                         "igs": "Integrierte Gesamtschule", "kgs": "Kooperative Gesamtschule", "obs": "Oberschule",
                         "vhs": "Volkshochschule", "kvhs": "Kreisvolkshochschule"}
_SCHOOL_TEXT_RE = re.compile(r"[Ss]chul|Gymnasium|Volkshochschule|VHS|vhs|Kurs|Klasse")
_ABBREVIATED_SCHOOL_RE = re.compile(rf"(?P<number>\d{{1,3}})?(?P<kind>{'|'.join(sorted(_SCHOOL_ABBREVIATIONS, key=len, reverse=True))})"
                                    r"-?(?P<town>[a-z][a-z-]{2,})")


def _abbreviated_school(label: str) -> str | None:
    """"Realschule Schrobenhausen" for "rsschrobenhausen", "56. Grundschule Dresden" for "56gs-dresden": a school whose
    host abbreviates its kind before its town's name (a known place)."""
    match = _ABBREVIATED_SCHOOL_RE.fullmatch(label)
    if match is None:
        return None
    town = gazetteer.place_of_host_label(match.group("town").replace("-", ""))
    if town is None:
        return None
    kind = _SCHOOL_ABBREVIATIONS[match.group("kind")]
    return f"{match.group('number')}. {kind} {town}" if match.group("number") else f"{kind} {town}"


def _names_someone(parts: list[str]) -> bool:
    """The host's words beside its institution's are a name ("lucian-reich", "lauf"), not "online", "bw" or a number."""
    return bool(parts) and not any(part in _GENERIC_PARTS or part in _NO_NAME_PARTS or part in _LAND_ACRONYMS
                                   or len(part) < 2 or part.isdigit() for part in parts)


def _spelt_as_on_page(part: str, texts: list[str]) -> str:
    """A host's word as the page writes it ("meyerstrasse": "Meyerstraße"), else as a known place is spelt, else
    capitalised ("am", "der" as they are)."""
    if part in _NAME_LINKS:
        return part
    for text in texts[:_LINES_READ]:
        if part[:4] in host_spelling(text):
            for word in _WORD_RE.finditer(text):
                if host_spelling(word.group()) == part:
                    return word.group()
    return gazetteer.place_of_host_label(part) or part.capitalize()  # ("dellbrueck": the place "Dellbrück")


def _holder(name: str) -> bool:
    return _reads_as_name(name) and not _MUNICIPAL_RE.search(name) and not lex.NEWS_MEDIA_RE.search(name) \
        and not _DEPUTY_RE.search(name) and not lex.DAY_OF_NAME_RE.match(name) \
        and not gazetteer.known_place(name.title()) and not gazetteer.known_place(name) and not _person(name) \
        and not _REGION_RE.fullmatch(name) \
        and not (lex.EVENT_TITLE_WORD_RE.search(name) and _ONE_EDITION_RE.search(name))


def _person(name: str) -> bool:
    if not _PERSON_RE.fullmatch(name):
        return False
    first, second = name.split()
    first = first.split("-")[-1]
    adjective = _ADJECTIVE_ENDING_RE.search(first) or (first.endswith("er") and gazetteer.town_of_adjective(first[:-2]))
    return not (adjective or gazetteer.known_place(second)
                or lex.ORGANISATION_WORD_RE.search(name))
