"""Who holds an event, read from running text when no "Veranstalter:" label says it.

Press articles name the organizer in many ways: "Das Bildungsbüro des Landkreises Bad Kissingen
veranstaltet …", "Organisiert hat die Veranstaltung das Team des Lüneburger Bildungs- und
Integrationsbüros", "hat der Landkreis Uelzen die … Bildungskonferenz abgesagt", "die erste
Bildungskonferenz des Landkreises Marburg-Biedenkopf". Each organisation named in the text is a
candidate; named features (subject of an organising verb, genitive of the event's name, how often it
is named) score it. A newspaper or the dateline town is never a candidate: only names with an
organisation word (Landkreis, Stadt, Bildungsbüro, Transferagentur …) are.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from . import gazetteer
from . import lexicon as lex
from . import prose
from . import dates as d
from .dates import MONTHS, WEEKDAY_NAME
from .event import FROM_LABEL, FROM_PROSE, FROM_REGISTRY, Event
from .labels import label_of


_INSTITUTION_HEAD = (r"(?:Kreis|Stadt)jugendring(?:e?s)?|(?!Zollverein)[A-ZÄÖÜ][a-zäöüß]{3,}verein(?:s)?|Musikschule|Seniorenakademie|Familienbildungsstätte|(?:Landes)?[Ll]ehrstätte|"
                     r"Mehrgenerationenhaus(?:es)?|Begegnungsstätte|Naturschutzzentrum(?:s)?|Jugendhaus(?:es)?|"
                     # the houses a quarter's, a town's or a youth's everyday events come from, named as often as their
                     # holder as their venue ("Das Stadtteilzentrum Prenzlauer Berg lädt …", "im Programm des
                     # Katholischen Bildungswerks", "die Kreismusikschule Erding")
                     r"(?:Stadtteil|Jugend|Kinder-\s+und\s+Jugend|Familien|Umwelt|Kultur|Begegnungs|Nachbarschafts|Bürger)zentrum(?:s)?|"
                     r"(?:Kreis|Jugend)?[Mm]usikschule|Jugendkunstschule|Bildungswerk(?:e?s)?|Bildungsstätte|Stadtteiltreff|"
                     r"Bürgerhaus(?:es)?|"
                     # a museum that offers its own days ("bietet das LWL-Industriemuseum Schiffshebewerk Henrichenburg …
                     # zwei Ferienaktionstage an", "Museum Bautzen", "Freilichtmuseum am Kiekeberg")
                     r"(?:[A-ZÄÖÜ][\wäöüß]*-)?(?<![A-ZÄÖÜa-zäöüß])[Mm]useums?(?![\wäöüß])|"
                     r"(?:[A-ZÄÖÜ][\wäöüß]*-)?[A-ZÄÖÜ][a-zäöüß]+museums?")
# a school by a name of its own in one hyphenated word: "Thomas-Mann-Schule", "Carlo-Schmid-Gymnasium",
# "Dr.-Theo-Schöller-Grundschule", "Eugen-Gaus-Realschule" (not a kind of school: "Kita-Schule", "Modell-Schule")
_HYPHENATED_SCHOOL = (r"(?!(?:Kita|KiTa|Ganztags|Partner|Modell|Pilot|Regel|Stamm|Schwerpunkt|Profil)-)(?:[A-ZÄÖÜ][\wäöüß.]*-)+(?:Schule|Gymnasium|(?:Grund|Real|Gesamt|Ober|Förder|Haupt|Gemeinschafts|"
                      r"Mittel)schule)(?:s)?")
# a school by a name of its own in one word: "Pestalozzischule", "Lindenschule" (not a kind of school: "Ganztagsschule",
# "Partnerschule", "Musikschule", "Volkshochschule")
_COMPOUND_SCHOOL = (r"(?!(?:Grund|Real|Gesamt|Ober|Förder|Haupt|Gemeinschafts|Mittel|Sekundar|Regel|Berufs|Hoch|Volkshoch|Musik|"
                    r"Tanz|Kunst|Jugendkunst|Sprach|Fach|Ganztags|Halbtags|Partner|Nachbar|Abend|Sommer|Ferien|Fahr|Baum|"
                    r"Privat|Schwerpunkt|Stamm|Heimat|Ersatz|Waldorf|Fern|Volks|Wirtschafts|Handels|Pflege|Kranken\w*|Haus|"
                    r"Land|Bau|Ski|Segel|Surf|Hunde|Reit|Koch|Jugend|Kinder|Erwachsenen|Meister|Technik\w*|Gesundheits|"
                    r"Schul|Regel|Modell|Pilot|Europa|Stadtteil|Brennpunkt|Inklusions|Profil|Start|Wunsch|Heim|Eltern|"
                    r"Mal|Zauber|Vor|Sonntags|Samstags|Wochenend|Winter|Lauf|Schwimm|Ballett|Theater|Film|Medien|"
                    r"Sport|Lern|Nachhilfe|Landwirtschafts|Hauswirtschafts|Fachober|Berufsober|Berufsfach|[A-ZÄÖÜ]\w*hoch)schule)"
                    r"[A-ZÄÖÜ][a-zäöüß]{3,}schule")
# The bodies that hold this field's events besides the administrations: "Bezirksregierung Düsseldorf",
# "Volkshochschule Offenburg", "Jugendberufsagentur Worms", "Kommunales Integrationszentrum Kreis Gütersloh"
_SERVICE_BODY_HEAD = (r"Bezirksregierung|(?:Kreis)?[Vv]olkshochschule(?:n)?|Jugendberufsagentur|Landesjugendamt(?:es|s)?|Schulamt(?:es|s)?|"
                      r"Kommunale[sn]?\s+Integrationszentrum(?:s)?|Landesverband(?:es)?|Landesarbeitsgemeinschaft|Arbeitskreis(?:es)?|"
                      # the libraries, academies and children's universities that hold readings, courses and lectures
                      r"(?:Stadt|Stadtteil|Gemeinde|Kreis|Kinder|Jugend|Landes|Universitäts)?(?:[Bb]ücherei|[Bb]ibliothek)|Akademie|VHS|"
                      r"(?<![./-])vhs(?=\s[A-ZÄÖÜ])|"  # (its own spelling, before its name: "die vhs Hannover Land"; not a web address)
                      r"Kinder-?[Uu]ni(?:versität)?|Familienzentrum(?:s)?|"
                      # the state's and the town's offices that hold this field's days and talks ("Landeszentrale für
                      # politische Bildung", "Jugendamt der Stadt …", "Medienanstalt Berlin-Brandenburg")
                      r"(?:Landes|Bundes)zentrale(?:\s+für\s+politische\s+Bildung)?|(?:Kreis|Stadt)?[Jj]ugendamt(?:es|s)?|Jobcenter|(?:Landes)?[Mm]edienanstalt|"
                      r"Gleichstellungsstelle|Handwerkskammer|Kreishandwerkerschaft|Industrie-\s+und\s+Handelskammer|IHK|"
                      # the institutions a town's everyday events come from: its youth ring, its club of local history,
                      # its music school, its academy for seniors, its meeting houses ("Kreisjugendring Herzogtum
                      # Lauenburg", "Heimatverein Münchehof", "Städtische Musikschule", "Dresdner Seniorenakademie")
                      rf"{_INSTITUTION_HEAD}|"
                      # a school by its kind and its name: "Realschule Kaufering", "Gymnasium Holthausen" (the kind
                      # alone names no one: _clean drops a name of one word)
                      r"(?:Grund|Real|Gesamt|Ober|Förder|Haupt|Gemeinschafts|Mittel|Sekundar|Regel)schule|Gymnasium(?:s)?")
# a town's own library, named by its kind alone in the town's paper: "Die Stadtbücherei lädt …"
_TOWNS_LIBRARY = r"(?:Stadt|Gemeinde)(?:bücherei|bibliothek)"
TOWNS_LIBRARY_RE = re.compile(_TOWNS_LIBRARY)
# the library as the one who acts: a sentence's or a line's subject, or after the verb that opens a sentence ("Am 5. Mai
# lädt die Stadtbücherei …"); not a place ("Ort: Stadtbibliothek", "in der Stadtbücherei", "an der Theke der …"), nor
# whom something is given to ("verleiht der Stadtbücherei den Lesepreis")
LIBRARY_AS_ACTOR_RE = re.compile(r"(?:(?:^|[.!?]\s+|\n\s*)(?:Die|Der)|\b(?:lädt|lud|bietet|zeigt|präsentiert|veranstaltet|"
                                 r"organisiert|öffnet|beteiligt\s+sich|nimmt)\s+die)\s+$")
# Organisation words, with their genitive forms ("des Landkreises", "des Bildungsbüros").
# a district named in one word: "Zollernalbkreis", "Rhein-Sieg-Kreis" (not a circle of people: "Arbeitskreis",
# "Teilnehmerkreis", "Freundeskreis")
_COMPOUND_KREIS = (r"(?!(?:Arbeits|Freundes|Teilnehmer|Teilnehmenden|Personen|Gesprächs|Lese|Leser|Familien|Helfer|Förder|"
                   r"Unterstützer|Qualitäts|Interessenten|Bekannten|Kunden|Nutzer|Adressaten|Empfänger|Experten|Fach|"
                   r"Berater|Träger|Initiativ|Eltern|Jugend|Senioren|Frauen|Männer|Haus|Bibel|Wahl|Stamm|Kollegen|"
                   r"Zuhörer|Mitglieder|Land|Stadt|Um|Themen|Stuhl|Sitz|Kinder|Schüler|Lehrer|Nutzer|Wirkungs|Kultur|"
                   r"Literatur|Bezugs|Verwandten|Sinn|Debattier|Diskussions|Abnehmer|Käufer|Ansprech|Gast|Gäste|"
                   # a part of a Kreis, no body: "ist im Nordkreis Ausrichter …"
                   r"Nord|Süd|Ost|West|Altkreis)[Kk]reis)"
                   r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:kreis|-Kreis)(?:es)?(?![\wäöüß-])")
# a body whose name ends in what it is: "Körber-Stiftung", "Hans-Wendt-Stiftung", "SINN-Stiftung" (a name in one word);
# "Bildungsverbund Buch", "Landesfamilienrat Baden-Württemberg", "Serviceagentur „Ganztägig lernen“" (named by what follows)
_HYPHENATED_BODY = (r"[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ0-9][\wäöüß]*)*-(?:Stiftung|Verband|Verein|Institut|Agentur|"
                    r"Netzwerk|Verbund|Gesellschaft)")
_COMPOUND_BODY = (r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:stiftung|agentur|(?:verband|verbund|bildungswerk|"
                  r"elternrat|familienrat|beirat|bildungsrat|integrationsrat)(?:e?s)?)")  # ("des Zweckverbands …")
# a body named with its legal form: "Region Mainfranken GmbH", "Digitalstadt Darmstadt GmbH", "Lernwerk e. V."
_LEGAL_NAME = (r"(?!(?:Die|Der|Das|Dem|Den|Des|Ein|Eine[nmr]?|Am|Im|Zum|Zur|Beim|Bei|Mit|Von|Vom|Für|Auf|In|An|Und|Seit|"
               r"Durch|Über|Team|Dank|Unser[e]?|Partner\w*|Kooperationspartner\w*|Heute|Morgen|Abend|Auch|Veranstalter\w*|"
               r"Träger\w*|Projektträger\w*|Ausrichter\w*|Gastgeber\w*|Referent\w*|Jubiläum\w*|Bestehen|Geburtstag)\s)"
               # (a genitive inside: "Förderverein der Grundschule Musterau e. V.", "Gesellschaft zur Förderung der …")
               r"[A-ZÄÖÜ][\wäöüß&-]*(?:\s(?:(?:für|der|des|zur|zum)\s)?[A-ZÄÖÜ0-9][\wäöüß&-]*){0,3}\s(?:g?GmbH|e\.\s?V\.)")
_ORG_HEAD = (rf"(?:{_COMPOUND_KREIS}|{_HYPHENATED_BODY}|{_HYPHENATED_SCHOOL}|{_COMPOUND_SCHOOL}|{_COMPOUND_BODY}|Landkreis(?:es)?|Kreis(?:es)?|Stadt|Landeshauptstadt|Hansestadt|Gemeinde|Bezirk(?:es|s)?|"
             r"Landratsamt(?:es|s)?|Kreisverwaltung|Stadtverwaltung|Regionalverband(?:es)?|"
             r"(?:Regionale[ns]?\s+)?Bildungsbüro(?:s)?|Bildungsregion|Bildungsnetzwerk(?:es|s)?|"
             r"(?:[A-ZÄÖÜ][\wäöüß]+\s+)?Bildungs-\s+und\s+[A-ZÄÖÜ][\wäöüß]+(?:büro|netzwerk)(?:e?s)?|"
             r"Transferagentur(?:en)?|REAB|Stiftung|Universität|(?:Fach)?[Hh]ochschule|(?:[A-ZÄÖÜ][a-zäöüß]+)?[Mm]inisterium(?:s)?|Landesinstitut(?:es|s)?|"
             rf"Koordinierungsstelle|Fachstelle|Beratungsstelle|Servicestelle|Kontaktstelle|{_SERVICE_BODY_HEAD}|"
             # ("Die Agentur für Arbeit in Bad Oldesloe lädt … ein", "Das Bündnis für Familie organisiert …")
             r"(?:Bundes)?[Aa]gentur\s+für\s+Arbeit|(?:Lokale[ns]?\s+)?Bündnis(?:ses)?(?=\s+für\s))"
             # a head is a whole word: "Bezirks" is no body in "der Bezirksregierung Düsseldorf"
             r"(?![\wäöüß])")
_NAME_WORD = r"(?:St\.\s?[A-ZÄÖÜ][\wäöüß]*|[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*|a\.\s?d\.\s?[A-ZÄÖÜ][\wäöüß]*|\([A-ZÄÖÜ][\wäöüß.]*\))"  # ("St. Viktor")
# a town's adjective before the body ("Lüneburger Bildungsbüro"), not a noun in -er ("die Verbundpartner Stadtverwaltung, …")
_NOT_TOWN_ADJECTIVE = r"(?![\wäöüß]*(?:partner|träger|halter|steller|nehmer|glieder|treter|leiter|arbeiter|geber)\s)"
# what a body is said to be, not its name's next word: "wird die Bibliothek Teil der Kulturnacht sein", "ist die Schule
# Partner des Projekts", "war die Volkshochschule Gastgeber"
_NOT_A_PREDICATE_NOUN = r"(?!(?:Teil|Partner(?:in)?|Kooperationspartner(?:in)?|Gastgeber(?:in)?|Mitglied|Ausrichter(?:in)?|" \
                        r"Veranstalter(?:in)?|Schauplatz|Anlaufstelle|Mitveranstalter(?:in)?)\b)"
# a street after a town's name: "der Stadt Musterau am Kirchplatz 3" (not "Frankfurt am Main", "Halle an der Saale")
_STREET_WORD = r"[A-ZÄÖÜ][\wäöüß]*(?:platz|straße|str\.|weg|ring|graben|allee|markt|gasse|damm|ufer)\b"
# a room after a body's name: "der Elternbeirat im Foyer", "im Theatersaal", "im Innenhof"
# (not the towns Hof and Halle)
_ROOM_WORD = r"(?:Foyer|Saal|Garten|[A-ZÄÖÜ][a-zäöüß-]+(?:foyer|saal|halle|raum|garten|hof))\b"
# what follows "im"/"am" after a body's name when the sentence goes on ("der Landkreis im Rahmen des Programms", "die
# Stadt im Vorfeld der Wahl", "das Bildungsbüro im Auftrag des Kreises"), not a place the body is named by
_CIRCUMSTANCE = (r"Rahmen|Auftrag|Namen|Vorfeld|Anschluss|Mittelpunkt|Zuge|Laufe|Vorjahr|Jahr|Jahre|Herbst|Sommer|Winter|"
                 r"Frühjahr|Frühling|Austausch|Dialog|Gespräch|Einsatz|Fokus|Blick|Bereich|Sinne|Interesse|Vergleich|"
                 r"Verbund|Zusammenhang|Wechsel|Wandel|Moment|Anfang|Ende|Mai|Juni|Juli|August|September|Oktober|"
                 r"November|Dezember|Januar|Februar|März|April")
_ORG = (rf"(?P<org>{_LEGAL_NAME}|(?:(?:Lüneburger|{_NOT_TOWN_ADJECTIVE}[A-ZÄÖÜ][\wäöüß]+er|[A-ZÄÖÜ][\wäöüß]+ische[nrs]?)[ ]+)?{_ORG_HEAD}"
        rf"(?:[ ]+(?:des|der)[ ]+(?:Landkreises|Kreises|Stadt|Kreisverwaltung|Stadtverwaltung|{lex.TITLED_TOWN}|"
        rf"Bezirks|Bezirkes|(?!(?:Arbeits|Freundes|Teilnehmer|Förder|Eltern|Fach)kreises)[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
        rf"(?:kreises|-Kreises)))?"
        rf"(?:[ ]+für[ ]+{_NAME_WORD}(?:[ ]{_NAME_WORD})*(?:(?:,[ ]|[ ]und[ ]){_NAME_WORD})*"  # "für Soziales und Integration"
        rf"|[ ]+(?:im|in|am|an\sder)[ ]+(?!{lex.TIME_OF_WEEK}|(?:Kooperation|Zusammenarbeit|Abstimmung|{_CIRCUMSTANCE})\b|{_STREET_WORD}|{_ROOM_WORD})"  # (not "in Kooperation mit", "am Kirchplatz 3", "im Foyer", "im Rahmen")
        rf"{_NAME_WORD}(?:[ ]{_NAME_WORD})*"
        rf"|[ ]+{_NOT_A_PREDICATE_NOUN}{_NAME_WORD}(?:(?:[ ]+|[–-]){_NOT_A_PREDICATE_NOUN}{_NAME_WORD})*(?:[ ]+(?:am|an\sder)[ ]+(?!{lex.TIME_OF_WEEK}|{_STREET_WORD})[A-ZÄÖÜ][\wäöüß]+)?"
        rf"|[ ]+„[A-ZÄÖÜ][^“”\"]{{2,60}}[“”])?)")  # "Bildungsnetzwerk „Lünen bewegt Bildung“"
ORG_RE = re.compile(rf"(?<![\wäöüß]){_ORG}")
# a body known by the form of its name (not by an administration's word)
NAMED_BY_FORM_RE = re.compile(rf"(?:{_LEGAL_NAME}|(?:{_HYPHENATED_BODY}|{_COMPOUND_BODY}|Universität|(?:Fach)?[Hh]ochschule)\b.*)")
# a service body named as a candidate: a tie with a Stadt or Landkreis goes to the administration
SERVICE_BODY_RE = re.compile(rf"(?:{_SERVICE_BODY_HEAD})")
# a school among the bodies: named as its pupils' or a club's home as often as the holder
SCHOOL_BODY_RE = re.compile(r"(?i:(?<!hoch)(?<!musik)(?<!kunst)(?<!tanz)schule|gymnasium)(?:s)?(?![\wäöüß])")
# a town's institution (a school, a youth ring, a club of local history, a music school …): a venue, a stall holder or
# a performer's home as often as the holder
INSTITUTION_BODY_RE = re.compile(rf"(?:{SCHOOL_BODY_RE.pattern}|(?:[A-ZÄÖÜ][\wäöüß]+\s+)?(?:{_INSTITUTION_HEAD})\b)")
# the hall, the grounds or the support club of another institution ("auf dem Gelände der Musikschule", "der Förderverein
# des Jugendhauses"; its own pupils and members are not guests: "Konzerte der Schüler der Musikschule")
INSTITUTION_AS_PLACE_BEFORE_RE = re.compile(r"(?:Aula|Turnhalle|Sporthalle|Mensa|Gelände|Räumen?|Gebäude|\w*[Ss]aal|\w*[Hh]alle|"
                                            r"Neubau|Altbau|Anbau|Erweiterungsbau|Foyer|"
                                            r"Förderer|Freunde\w*|\w*verein\w*|Freundeskreis\w*)\s+(?:der|des|dem|am|an\s+der|"
                                            r"im|in\s+der)?\s*(?:[A-ZÄÖÜ][a-zäöüß]+e[nr]?\s+)?$")
# ", Beispielweg 12", " (Kolpingstraße 2)": the body's address follows, so the line says where, not who
PLACE_ADDRESS_AFTER_RE = re.compile(rf"\s*[,(]\s*{_STREET_WORD}\s*\d")
# "Schüler des …-Gymnasiums", "Kinder aus der Grundschule …", "in der Aula der …", "der Förderverein der …", "Freunde und
# Förderer des …", "auf dem Gelände der …": the school is its guests' home, a hall or a club's, not the holder (its choir
# and its bands are performers: PERFORMING_VERB_RE)
SCHOOL_AS_HOME_BEFORE_RE = re.compile(r"(?:Aula|Turnhalle|Sporthalle|Mensa|Schulhof|Kinder|Schüler\w*|Eltern|Klassen?|"
                                      r"Neubau|Altbau|Anbau|Erweiterungsbau|Foyer|"  # ("im Neubau der Heinrich-Böll-Schule")
                                      r"Repräsentant\w*|Vertreter\w*|Delegation|\w*[Kk]lasse(?:\s+\d{1,2}\w?)?|AG|Förderer|Freunde\w*|"
                                      r"Ehemalige\w*|"
                                      r"Theatergruppe|Gelände|Räumen?|Gebäude|\w*[Ss]aal|\w*[Hh]alle|"
                                      r"\w*klässler\w*|Lehrkräfte|aus|zu\s+Gast|\w*verein\w*|Freundeskreis\w*|"
                                      r"\w*vertretung)\s+(?:der|des|dem|am|an\s+der|im|in\s+der)?\s*"
                                      # "in der Turnhalle der Staatlichen Realschule …", "in der Grund- und Oberschule …"
                                      r"(?:[A-ZÄÖÜ][a-zäöüß]+e[nr]?\s+)?$|\b[Ii]n\s+der\s+[A-ZÄÖÜ][a-zäöüß]+-\s+und\s+$")
ORGANISING_VERB_RE = re.compile(
    r"\b(?:veranstalte[tn]|l[äa]d(?:t|en)\b(?:[^.]|(?<=\d)\.){0,120}\bein\b|organisier(?:t|en)|"
    r"richte[tn]\b(?:[^.]|(?<=\d)\.){0,120}\baus\b|"
    r"ausgerichtet|vorbereitet|Gastgeber\w*|Veranstalter\w*|einlädt|einladen|"
    # who has invited ("hatte … eingeladen", "… eingeladen hat"), not who was ("wurde … eingeladen", "Eingeladen sind")
    r"(?:hat|hatte|haben|hatten)\b(?:[^.]|(?<=\d)\.){0,120}\beingeladen|eingeladen\s+(?:hat|hatte|haben|hatten)\b|"
    r"abgesagt|verschoben|plant|planen|"
    # who has planned or put together what the page lists ("Die Landeslehrstätte … hat für Anfang September eine Reihe von
    # Exkursionen geplant", "Die Stadtbücherei hat ein buntes Programm zusammengestellt")
    r"(?:hat|haben)\b(?:[^.]|(?<=\d)\.){0,120}\b(?:geplant|zusammengestellt)\b)", re.I)
# genitive to nominative for organisations ("des Landkreises Barnim", "des Bildungsbüros")
GENITIVE_TO_NOMINATIVE = {
    "Landkreises": "Landkreis", "Kreises": "Kreis", "Bezirkes": "Bezirk", "Bezirks": "Bezirk",
    "Landratsamtes": "Landratsamt", "Landratsamts": "Landratsamt", "Regionalverbandes": "Regionalverband",
    "Zweckverbandes": "Zweckverband", "Amtes": "Amt", "Bildungsbüros": "Bildungsbüro",
    "Bildungsnetzwerkes": "Bildungsnetzwerk", "Bildungsnetzwerks": "Bildungsnetzwerk", "Netzwerkes": "Netzwerk",
    "Netzwerks": "Netzwerk", "Ministeriums": "Ministerium", "Landesinstitutes": "Landesinstitut",
    "Landesinstituts": "Landesinstitut", "Instituts": "Institut", "Institutes": "Institut", "Vereins": "Verein",
    "Landes": "Land", "Bundes": "Bund", "Regionalen": "Regionales"}
# "Transferagentur NRW Mittwoch, 05. Oktober": the day follows ("… im September": the month and its "im")
_TAIL_RE = re.compile(rf"(?:\s+(?:im|am|ab|seit))?\s+(?:{WEEKDAY_NAME}|"
                      r"Dr|Prof|Landrat|Landrätin|Bürgermeister\w*|Oberbürgermeister\w*|Herrn?|Frau|Am|Im|Die|"
                      r"Der|Das|Mit|Unter|Zur|Zum|Bei|Beim|Für|In|An|Auf|Nach|Von|Vom|Aus|Ab|Anfang|Mitte|Ende|Januar|Februar|"
                      r"März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
                      r"Akteur\w*|Bürger\w*|Teilnehm\w*|Gäste\w*|Interessierte\w*|Fachkräfte\w*|Eltern|Schüler\w*|"
                      # "Landratsamt in Donauwörth Akteuren aus …": who is invited follows
                      r"Lehrkräfte\w*|"
                      # "veranstaltet die VHS Musterau-Land Stolpersteinverlegungen in …": what it holds follows (not a
                      # plural inside a name, "Arbeitsgruppe Fachtagungen Jugendhilfe"; not a town, "Bad Salzungen")
                      r"[A-ZÄÖÜ][a-zäöüß]{6,}ungen(?=\s+[a-zäöüß]|\s*[.,;]|$)|"
                      # "zeigt die VHS Unterhaltsames und Informatives": what it shows follows, an adjective made a noun
                      r"(?:Neues|Buntes|[A-ZÄÖÜ][a-zäöüß]+(?:sam|tiv|end|ant|ig|lich|isch)es)(?=\s+(?:und|aus|für|zu[mr]?)\b|\s*[.,;]|$))\b.*$")


@dataclass
class OrganizerCandidate:
    name: str
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


# the gender of organisation nouns, for the nominative of an adjective before them
_NEUTER_HEAD_RE = re.compile(r"(?:[Mm]inisterium|[Ii]nstitut|[Aa]mt|[Bb]üro|[Nn]etzwerk|[Zz]entrum|[Ww]erk|[Ff]orum|[Bb]ündnis|[Kk]olleg|[Mm]useum|[Hh]aus|[Gg]ymnasium|[Tt]heater)$")
_MASCULINE_HEAD_RE = re.compile(r"(?:[Kk]reis|Bezirk|[Vv]erband|Verein|[Tt]ag|Beirat|[Rr]ing|[Bb]und|[Rr]at)$")


def nominative(name: str) -> str:
    """"Landkreises Marburg-Biedenkopf" -> "Landkreis Marburg-Biedenkopf";
    "Lüneburger Bildungs- und Integrationsbüros" -> "Lüneburger Bildungs- und Integrationsbüro";
    "Hessischen Ministeriums für Soziales" -> "Hessisches Ministerium für Soziales"."""
    parts = re.split(r"( (?:des|der) )", name, maxsplit=1)
    head, sep, rest = parts if len(parts) == 3 else (name, "", "")
    words = [GENITIVE_TO_NOMINATIVE.get(word, word) for word in head.split(" ")]
    # the genitive of a compound's head: "Ganztagsschulverbandes", "MINT-Netzwerks", "Landesinstituts"
    genitive = head.split(" ")
    words = [re.sub(r"(?<=[a-zäöü-])((?i:ministerium|institut|verband|verein|netzwerk|kreis|werk|jugendring|gymnasium|zentrum|"
                    r"beirat|rat|amt|haus|stützpunkt|treff|museum|bund))e?s$", r"\1", w) for w in words]
    # "Gymnasiums Musterau", "Museums Musterau": the house's kind first, in the genitive
    words = [re.sub(r"^(Gymnasium|Museum|Zentrum|Institut|Netzwerk|Jugendring|Kollegium|Ministerium|Amt|Haus)e?s$", r"\1", w)
             if not i else w for i, w in enumerate(words)]
    # "Nationalen Zentrums", "Deutschen Jugendinstituts": a neuter or masculine head in the genitive (before "Zentrum" had none)
    words = [re.sub(r"((?i:zentrum))s$", r"\1", w) if i else w for i, w in enumerate(words)]
    if len(words) >= 2 and (re.fullmatch(r"[A-ZÄÖÜ][\wäöüß]+ische[nrs]?", words[0]) or (
            re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+en", words[0]) and words[1] != genitive[1]
            and (_NEUTER_HEAD_RE.search(words[1]) or _MASCULINE_HEAD_RE.search(words[1]))) or (
            # "Das Nationale Zentrum …" without its article: "Nationales Zentrum"
            re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:ale|sche|liche|ige|ene|eie)", words[0])
            and (_NEUTER_HEAD_RE.search(words[1]) or _MASCULINE_HEAD_RE.search(words[1])))):
        stem = words[0].rstrip("nrs").rstrip("e")
        noun = words[1]
        words[0] = stem + ("es" if _NEUTER_HEAD_RE.search(noun) else "er" if _MASCULINE_HEAD_RE.search(noun) else "e")
    head = re.sub(r"büros\b", "büro", " ".join(words))
    return head + sep + rest


_TOWN_AND_PERSON_RE = re.compile(r"(?P<org>(?:Stadt|Landkreis|Kreis|Gemeinde|Hansestadt|Landeshauptstadt|Markt)\s"
                                 r"(?P<town>[A-ZÄÖÜ][\wäöüß-]+))\s[A-ZÄÖÜ][a-zäöüß]+\s[A-ZÄÖÜ][a-zäöüß]+")
# "Berliner Bezirk", "Hessische Gemeinde": a kind of administration, nobody in particular
_ADJECTIVE_AND_KIND_RE = re.compile(r"[A-ZÄÖÜ][\wäöüß]+(?:er|e)\s+(?:Bezirk|Stadt|Kreis|Landkreis|Gemeinde|Kommune)")


def without_towns_genitive(name: str) -> str:
    """"Jugendkunstschule Bad Dürrheims" -> "Jugendkunstschule Bad Dürrheim": a house after which its town stands in the
    genitive is named with the town itself (not "Haus Simons", no town)."""
    words = name.split(" ")
    for size in (2, 1):
        if len(words) > size and words[-1].endswith("s"):
            town = " ".join(words[-size:])[:-1]
            if town[:1].isupper() and gazetteer.known_place(town) == town and not gazetteer.known_place(town + "s"):
                return " ".join(words[:-size] + [town])
    return name


def _clean(name: str) -> str | None:
    # "liest die Bücherei „Der Grüffelo“ vor": after a library's word, a quoted name is a book's, not the library's
    name = re.sub(r"((?:^|\s)[\wäöüß-]*(?:[Bb]ücherei|[Bb]ibliothek))\s+„[^“”]*[“”]$", r"\1", name)
    legal = re.search(r"\se\.\s?V\.$", name)
    name = _TAIL_RE.sub("", name).strip(" ,.–-") + ("." if legal else "")
    name = nominative(name)
    if len(name.split()) < 2 and not re.fullmatch(f"{_COMPOUND_KREIS}|{_HYPHENATED_BODY}|{_TOWNS_LIBRARY}|{_HYPHENATED_SCHOOL}|{_COMPOUND_SCHOOL}|"
                                                  r"(?:Kreis|Stadt)jugendring", name):
        return None  # "Stadt", "Landkreis" alone name nobody ("Zollernalbkreis" does, and a town's "Stadtbücherei")
    if _ADJECTIVE_AND_KIND_RE.fullmatch(name) or name in lex.PROGRAMME_NAMES:
        return None
    words = name.split()
    if len(words) >= 3 and INSTITUTION_BODY_RE.match(words[0]) and gazetteer.known_place(words[-2]) \
            and not gazetteer.known_place(words[-1]) and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|n)", words[-1]):
        name = " ".join(words[:-1])  # "in der Musikschule Wunstorf Instrumente ausprobieren": the house ends with its town
    town_and_more = _TOWN_AND_PERSON_RE.fullmatch(name)
    if town_and_more and gazetteer.known_place(town_and_more.group("town")):
        name = town_and_more.group("org")  # "Stadt Kaufbeuren Elke Schad": the press officer follows the town
    return name if len(name) < 120 else None


# a house that is opened, built or rebuilt: "die Einweihung des neuen Jugendzentrums", "Richtfest der Musikschule"
HOUSE_OPENED_BEFORE_RE = re.compile(r"\b(?:[Ee]inweihung|[Ee]röffnung|[Nn]euer[öo]ffnung|[Ww]iedereröffnung|Richtfest|"
                                    r"Grundsteinlegung|Spatenstich|Neubau|Umbau|Sanierung|Schlüsselübergabe)\w*\s+"
                                    r"(?:des|der|vom|von)\s+(?:neuen\s+|sanierten\s+|neu\s+gebauten\s+)?$")

# "Fachtag des …", "Jahrestagung der …": the holder named in the event's genitive
EVENT_OF_HOLDER_RE = re.compile(rf"(?:{lex.EVENT_NOUN_CHOICES}){lex.EVENT_NOUN_ENDING}\s+(?:des|der)\s+$", re.I)
# "Dr. Anna Beispiel vom", "Prof. Muster von der", "Vertreter des": an organisation named as a person's office
# a body whose members do something at the event: "In der Kinderbibliothek lesen Mitglieder des Märchenkreises …"
MEMBERS_OF_BEFORE_RE = re.compile(r"\b(?:Mitglieder|Mitgliedern|Vertreter(?:innen)?)\s+(?:des|der)\s+(?:[A-ZÄÖÜ][\wäöüß]*-|[A-ZÄÖÜ][\wäöüß-]*\s+)?$")
# where the guests come from: "für Schüler, Ehemalige und interessierte Gäste auch aus dem Landkreis Eichsfeld"
GUESTS_HOME_BEFORE_RE = re.compile(r"\b(?:Gäste|Besucher(?:innen)?|Interessierte|Teilnehmende|Teilnehmer(?:innen)?|Eltern|"
                                   r"Familien)\b[^.!?]{0,60}\baus\s+(?:dem|der|den)\s+$")
SPEAKER_AFFILIATION_RE = re.compile(r"(?:\b(?:Dr|Prof)\.\s+(?:[A-ZÄÖÜ][\wäöüß.-]*\s+){0,3}|"
                                    r"\b(?!(?:Die|Der|Das|Den|Dem|Eine?[nmr]?|Mit|Im|In|Auf|Aus|Bei|Nach|Unter|Zur|Zum|Von)\s)[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+\s+)(?:vom|von\s+der|von\s+den)\s+$"
                                    r"|\b(?:Vertreter(?:innen|in)?|Referent(?:in|innen)?|Studierende[nr]?|Student(?:inn)?en|"
                                    r"Wissenschaftler(?:innen)?|Forschende[nr]?)\s+(?:des|der|vom)\s+"  # ("von Studierenden der
                                    #   Universität Trier … erarbeitete Ausstellung": whose students, not who holds it)
                                    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:en|er)\s+)?$"
                                    # "Vorträge von Dr. A. Beispiel (Stadt Beispielstadt)": a speaker's office in brackets
                                    r"|\b(?:Dr|Prof)\.\s+(?:[A-ZÄÖÜ][\wäöüß.-]*\s+){1,3}\($"
                                    r"|\b(?:Dr|Prof)\.\s+(?:[A-ZÄÖÜ][\wäöüß.-]*\s+){0,3}[A-ZÄÖÜ][\wäöüß-]+,\s+$")


# "nach Bonn in das Gustav-Stresemann-Institut eingeladen", "im Foyer der Arbeitsagentur": a body named as the place
# (a territory is not: "im Landkreis Würzburg" names the region whose administration often holds the event)
VENUE_BEFORE_RE = re.compile(r"(?:\b(?:[Ii]m|[Ii]ns|[Ii]n\s+(?:das|der|den|dem)|[Aa]n\s+der)|\b(?:Foyer|Räumen|Räumlichkeiten|Aula|Gebäude)\s+"
                             r"(?:des|der))\s+$"
                             # "(27. Februar, Stadtbibliothek)", "27.02.2019, Stadtbibliothek": the place beside the day
                             r"|\d\.\s*(?:[A-ZÄÖÜ][a-zä]+|\d{1,2}\.)(?:\s*(?:19|20)\d\d)?,\s*$"
                             # "besuchen die Vorschulkinder die Stadtbücherei": the place a visit goes to
                             r"|\b(?:besuch|besicht)\w*\b[^.!?]{0,60}\s(?:die|den|das)\s+$")
# what an offer is, in any number: "Ferienaktionstage", "Aktionen", "Führungen", "eine Kinderführung"
OFFERED_KIND_RE = re.compile(prose.OFFER_HEAD)
MUSEUM_RE = re.compile(r"[Mm]useums?(?![\wäöüß])")
# what a museum does as the holder of its days: "bietet … an", "lädt … ein", "zeigt", "veranstaltet"
MUSEUM_OFFERS_RE = re.compile(r"\b(?:bietet|bieten|lädt|laden|lud|zeigt|zeigen|veranstaltet|veranstalten|organisiert|"
                              r"organisieren|präsentiert|präsentieren|startet|richtet)\b")
# a town with its Kreis in brackets: "Waltrop (Kreis Recklinghausen)", "in Bissendorf (Landkreis Osnabrück)"
TOWN_IN_BRACKET_BEFORE_RE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?\s*\($")
TERRITORY_RE = re.compile(rf"(?:{_COMPOUND_KREIS}|(?:Land)?[Kk]reis|Stadt|Landeshauptstadt|Hansestadt|Gemeinde|Bezirk|Region)\b")
# "dankte der … Stiftung, deren finanzielle Unterstützung", "gefördert von der …": who pays, not who holds
FUNDER_BEFORE_RE = re.compile(r"\b(?:dankte|dankt|gefördert\s+(?:von|durch)|[Gg]efördert\s+(?:wird|werden|wurde|wurden)\s+"
                              r"(?:[\wäöüß]+\s+){0,3}(?:von|durch)|[Uu]nterstützung\s+(?:der|des|durch)|"
                              r"[Ff]örderung\s+(?:der|des|durch)|finanziert\s+(?:von|durch))\s+(?:[\wäöüß-]+\s+){0,6}$"
                              # "eine Initiative des Bayerischen Kultusministeriums": who runs the programme, not the event
                              r"|(?<!\bist\seine\s)\b(?:[Ii]nitiative|[Ff]örderprogramm[se]?|[\wäöüß]+-[Pp]rojekt(?:e?s)?|"
                              r"[Hh]eimatscheck|[Ff]ördermittel[n]?)\s+(?:des|der)\s+"  # ("als erstes Heimatscheck-Projekt der
                              #  Bezirksregierung in Köln": whose funding, not who holds the club's events)
                              r"(?:[A-ZÄÖÜ][\wäöüß-]*\s+){0,2}$")
# "in enger Zusammenarbeit mit dem Beratungsteam des Kulturbüro Sachsen e. V.": a partner beside the holder
PARTNER_BEFORE_RE = re.compile(r"\b(?:in\s+(?:enger\s+)?(?:Zusammenarbeit|Kooperation)\s+mit|"
                               r"unterstützt\s+(?:von|durch)|"
                               # who takes part: "Mit dabei sind … die Stadtwerke", "Es informieren das Landratsamt …"
                               r"[Mm]it\s+(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?dabei\s+(?:sind|ist)|[Ee]s\s+(?:informieren|referieren|sprechen)|"
                               # (a list: "Mit Ständen vertreten sind der Heimatverein Oberbach, der Heimatverein …")
                               r"[Vv]ertreten\s+(?:sind|ist)|[Aa]ussteller\w*|"
                               # one of many named: "Diesmal sind 21 Anbieter dabei, darunter etwa die Südzucker GmbH"
                               r"(?<![\wäöüß])darunter(?:\s+(?:etwa|auch|beispielsweise|unter\s+anderem))?)"
                               r"\s+(?:[\wäöüß()-]+,?\s+){0,16}$")


# "Die Fahrt zum Fachtag wird vom Kreisjugendring organisiert", "Das Catering übernimmt der …": who runs a service
# beside the event, not who holds it
SIDE_SERVICE_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+|\n)(?:Die|Das|Der|Den|Für\s+(?:die|das|den))\s+(?:[A-ZÄÖÜ]?[a-zäöüß]*(?:[Ff]ahrt|[Ss]huttle\w*|"
                                    r"[Bb]us|[Cc]atering|[Bb]ewirtung|[Vv]erpflegung|[Kk]inderbetreuung|[Pp]arkplätze|"
                                    r"[Gg]etränke\w*|[Kk]uchen\w*|[Ii]mbiss)|Anreise)\b[^.!?]{0,100}?"
                                    r"(?:\b(?:wird|werden|wurde|wurden|ist|sind)\s+(?:[\wäöüß-]+\s+){0,4}?(?:vo[nm]|durch)|"
                                    r"\b(?:übernimmt|übernehmen|organisiert|organisieren|stellt|stellen|bietet|bieten))"
                                    r"\s+(?:der|die|das|dem|den)?\s*$")
# who performs at an event: "Auf der Bühne spielen die Bigband der Musikschule …", "Um 15 Uhr singt der Chor der …"
PERFORMING_VERB_RE = re.compile(r"\b(?:spiel(?:t|en)|sing(?:t|en)|musizier(?:t|en)|tanz(?:t|en)|trit+\b[^.!?]{0,80}\bauf\b|"
                                r"treten\b[^.!?]{0,80}\bauf\b|gastier(?:t|en))\b|"
                                # "Für die Musik sorgt der Musikverein", "sorgt für die musikalische Unterhaltung"
                                r"\b[Ff]ür\s+(?:die\s+)?(?:Musik|musikalische\s+\w+|Unterhaltung)\s+sorg|"
                                r"\bsorg(?:t|en)\s+für\s+(?:die\s+)?(?:Musik|musikalische\s+\w+|Unterhaltung)\b")
# a club that caters or accompanies: "Der Förderverein bietet Kaffee und Kuchen an", "Das Fest wird durch den Elternbeirat
# und den Förderverein begleitet"
CATERING_RE = re.compile(r"\b(?:bieten|bietet|verkauf(?:t|en)|sorg(?:t|en)\s+für|übernimm?t|übernehmen|gibt\s+es)\b[^.!?]{0,60}"
                         r"\b(?:Kaffee|Kuchen|Getränke|Kaltgetränke|Essen|Speisen|Würstchen|Waffeln|Verpflegung|Bewirtung|"
                         r"Imbiss|Grillgut|Snacks)\b|\bwird\b[^.!?]{0,120}\b(?:begleitet|unterstützt|bewirtet)\b|"
                         r"\bleibliche[sn]?\s+Wohl\b")
# who lends a thing to someone else's day: "stellt der Kreisjugendring für die Kleinen eine Hüpfburg zur Verfügung"
PROVIDES_BEFORE_RE = re.compile(r"\bstell(?:t|en)\s+(?:der|die|das)\s+$")
PROVIDES_AFTER_RE = re.compile(r"[^.!?]{0,120}\bzur\s+Verfügung\b")
# a club, which runs stalls, rides and music beside other bodies' events as often as it holds its own
CLUB_BODY_RE = re.compile(r"[a-zäöüß]verein(?:s)?\b|\bVerein\b")
# a club named as a venue ("auf dem Sportplatz des Sportvereins", "im Vereinsheim des Turnvereins"), a donor or a sponsor
# ("Der Förderverein spendete 3.000 Euro", "hat der Gewerbeverein gesponsert"), or as whom something is handed to
# ("übergibt den Platz an den Fußballverein")
_CLUB_GROUNDS = r"Sportplatz|Sportgelände|Anlage|Vereinsheim|Vereinshaus|Clubheim|Heim|Gelände"
CLUB_VENUE_BEFORE_RE = re.compile(rf"(?:{_CLUB_GROUNDS}|Platz|Hütte|Räumlichkeiten|Halle|Schützenhaus)\s+(?:des|der)\s+$"
                                  r"|\ban\s+(?:den|die|das)\s+$")
# a place named before a body in an event's name: "Eltern-Kind-Turnen im Vereinsheim des Turnvereins"
VENUE_WORD_BEFORE_RE = re.compile(rf"(?:{_CLUB_GROUNDS}|[Hh]alle|Räumen|Aula|[Ss]aal|Garten|Hof)\s*$")
# a local paper's or a gazette's round-up of its clubs' news: each item has its club
CLUBS_ROUNDUP_RE = re.compile(r"\b(?:Aus\s+den\s+Vereinen|Vereinsnachrichten|Aus\s+dem\s+Vereinsleben|Vereinstermine|"
                              r"Vereinskalender|Termine\s+der\s+Vereine)\b")
DONOR_RE = re.compile(r"\b(?:spende(?:te|t|n)|gespendet|gesponsert|sponsert(?:e|en)?|übergab|übergeben|überreicht\w*|"
                      r"stiftete|gestiftet|finanziert\w*)\b")
# a body named as who receives: a prize's winner, a grant's recipient
RECIPIENT_AFTER_RE = re.compile(r"\s+(?:erhält|erhielt|erhalten|gewinnt|gewann|gewinnen|bekommt|bekam|"
                                r"(?:wird|wurde|werden|wurden)\s+(?:[\wäöüß-]+\s+){0,4}?(?:ausgezeichnet|geehrt|prämiert))\b")


def _weigh(candidate: OrganizerCandidate, reason: str, weight: float) -> None:
    """Count a reason once for a candidate, however often the text gives it."""
    if reason not in candidate.reasons:
        candidate.score += weight
        candidate.reasons.append(reason)


def _fold(candidate: OrganizerCandidate, fuller: OrganizerCandidate) -> None:
    """One body named two ways: the shorter name's score and reasons go to the fuller one."""
    fuller.score += candidate.score
    fuller.reasons += [reason for reason in candidate.reasons if reason not in fuller.reasons]


# the town or Kreis that owns a house named as a venue: "Jugendzentrum der Stadt Musterau"
OWNING_TERRITORY_RE = re.compile(r"\s(?:des|der)\s+(?P<territory>(?:Landkreises|Kreises|Stadt)\s+[A-ZÄÖÜ][\wäöüß-]+)$")


# a role held in a body, right before the body's name: "Die Vorsitzende des", "Der Kreisvorsitzende des", "Leiterin der"
_ROLE_OF_BODY_BEFORE_RE = re.compile(r"(?:^|\s)(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Vv]orsitzende[rn]?|[Ss]precher(?:in)?|[Ll]eiter(?:in)?|"
                                     r"[Vv]orstand|[Gg]eschäftsführer(?:in)?|[Pp]räsident(?:in)?|[Dd]irektor(?:in)?|"
                                     r"[Kk]oordinator(?:in)?|[Bb]eauftragte[r]?)\s+(?:des|der)\s+$")
# the holder's own name after the body's: "Förderverein Musterschule Erika Beispiel" (two capitalised words)
_HOLDERS_NAME_AT_END_RE = re.compile(r"\s+(?:(?:Dr|Prof)\.\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
                                     r"\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?$")


def organizer_candidates(text: str, event_sentence: str | None = None,
                         event_title: str | None = None) -> list[OrganizerCandidate]:
    """Every organisation named in `text`, best first."""
    found: dict[str, OrganizerCandidate] = {}
    # (a quote that closes after its stop ends the sentence too: "… die Polizei.“ Das BiG hatte … eingeladen")
    sentences = re.split(r"(?:(?<=[a-zäöüß]{2})|(?<=[a-zäöüß][“”\"»)]))[.!?]\s+|(?<=[a-zäöüß]{2}[.!?])[“”\"»][ ]+(?=[A-ZÄÖÜ])|"
                         r"(?<=\bV\.)\s+(?=[A-ZÄÖÜ][a-zäöüß]+\s+[a-zäöüß])|(?<=GmbH\.)\s+", text)
    for position, sentence in enumerate(sentences):
        organising = None  # read once a sentence names a body (a partner list is one long "sentence")
        performing = catering = donating = None
        closing = None
        for match in ORG_RE.finditer(sentence):
            name = _clean(match.group("org"))
            if name and _ROLE_OF_BODY_BEFORE_RE.search(sentence[max(0, match.start() - 40):match.start()]):
                # "Die Vorsitzende des Fördervereins Musterschule Erika Beispiel lädt …": the body, without the person
                # who holds the role in it
                person = _HOLDERS_NAME_AT_END_RE.search(name)
                words = person.group(0).split() if person else []
                if person and len(name[:person.start()].split()) >= 1 and not gazetteer.known_place(words[-1]) \
                        and not any(re.fullmatch(_ORG_WORDS, word) or INSTITUTION_BODY_RE.search(word) for word in words):
                    name = name[:person.start()]
            if name and re.search(r"\w_", sentence[max(0, match.start() - 1):match.end() + 1]):
                continue  # "Anlage_3_Flyer Bildungsregion_ Ostalb": an attachment's file name
            if not name or re.search(r"\b(?:laut|zufolge|nach\s+Angaben)\s+(?:de[mrs]\s+)?$",
                                     sentence[max(0, match.start() - 40):match.start()]):
                continue  # "laut Ministerium …": a source quoted, not a holder
            # "Kreis Wolfenbüttel." as a dateline and "Der Landkreis Wolfenbüttel" in the text: one body,
            # named in its longer form
            key = re.sub(r"^landkreis\s", "kreis ", name.lower())
            candidate = found.setdefault(key, OrganizerCandidate(name))
            if len(name) > len(candidate.name):
                candidate.name = name
            candidate.score += 0.5
            if position == 0 and "first_sentence" not in candidate.reasons:
                candidate.score += 0.5
                candidate.reasons.append("first_sentence")
            if "named_as_actor" not in candidate.reasons and TOWNS_LIBRARY_RE.fullmatch(name) \
                    and LIBRARY_AS_ACTOR_RE.search(sentence, max(0, match.start() - 40), match.start()):
                if closing is None:  # (read once a sentence: a sentence may name the library thousands of times)
                    closing = bool(lex.CLOSURE_RE.search(sentence))
                if not closing:
                    candidate.reasons.append("named_as_actor")  # "Die Stadtbücherei nimmt … teil", "lädt die Stadtbücherei …"
            before = sentence[max(0, match.start() - 200):match.start()]  # (a partner list is one long "sentence")
            institution = bool(INSTITUTION_BODY_RE.search(name))
            club = bool(CLUB_BODY_RE.search(name))
            if club and catering is None:
                catering = bool(CATERING_RE.search(sentence))
            provides = PROVIDES_BEFORE_RE.search(before[-40:]) and PROVIDES_AFTER_RE.match(sentence, match.end())
            if SIDE_SERVICE_BEFORE_RE.search(before) or club and catering or provides:
                # (and who lends a thing to the day: "Darüber hinaus stellt der Kreisjugendring … eine Hüpfburg zur
                # Verfügung")
                _weigh(candidate, "named_as_side_service", -1.0)  # "Die Fahrt zum Fachtag wird vom Kreisjugendring organisiert"
                continue
            if organising is None:
                organising = bool(ORGANISING_VERB_RE.search(sentence))
            if organising:
                _weigh(candidate, "organising_verb", 2.5)
            if club and donating is None:
                donating = bool(DONOR_RE.search(sentence))
            if club and (CLUB_VENUE_BEFORE_RE.search(before[-60:]) or donating):
                _weigh(candidate, "named_as_venue", -1.0)  # (a club's ground, a donor, a recipient: not the holder)
            if performing is None:
                performing = bool(PERFORMING_VERB_RE.search(sentence)) and not organising
            if performing and institution:
                _weigh(candidate, "named_as_performer", -1.0)  # "Auf der Bühne spielen die Bigband der Musikschule …"
            if MEMBERS_OF_BEFORE_RE.search(before[-40:]):
                _weigh(candidate, "named_as_performer", -1.0)  # "lesen Mitglieder des Märchenkreises Märchen …"
            if GUESTS_HOME_BEFORE_RE.search(before[-120:]):
                _weigh(candidate, "named_as_guests_home", -1.0)  # "für … interessierte Gäste auch aus dem Landkreis …"
            if SPEAKER_AFFILIATION_RE.search(before):
                _weigh(candidate, "speaker_affiliation", -1.0)  # "sprach neben Dr. A. Beispiel vom Bundesministerium …"
            if MUSEUM_RE.search(name) and not (MUSEUM_OFFERS_RE.search(sentence) and OFFERED_KIND_RE.search(sentence)
                                               and d.MAYBE_DATE(sentence) and d.find_dates(sentence)):
                # a museum named without offering an event on a day is where its day takes place ("Sonntag, 10. Januar, 11
                # Uhr" / "Historisches Museum der Pfalz"; "Ab Januar bietet das Stadtmuseum längere Öffnungszeiten an",
                # "… wieder Führungen für Schulklassen an")
                _weigh(candidate, "named_as_venue", -1.0)
            if TERRITORY_RE.match(name) and TOWN_IN_BRACKET_BEFORE_RE.search(before[-60:]):
                # "LWL-Industriemuseum …, Waltrop (Kreis Recklinghausen)": the Kreis says where the town lies
                _weigh(candidate, "named_as_location", -1.0)
                continue
            if VENUE_BEFORE_RE.search(before) and not TERRITORY_RE.match(name):
                _weigh(candidate, "named_as_venue", -1.0)
                owner = OWNING_TERRITORY_RE.search(name) if institution else None
                if owner:  # "im Jugendzentrum der Stadt Musterau": a venue, and the town that owns it is named
                    territory = re.sub(r"^(Landkreis|Kreis)es\b", r"\1", owner.group("territory"))
                    found.setdefault(territory.lower(), OrganizerCandidate(territory)).score += 0.5
            if FUNDER_BEFORE_RE.search(before):
                _weigh(candidate, "named_as_funder", -1.0)
            if PARTNER_BEFORE_RE.search(before):
                _weigh(candidate, "named_as_partner", -0.5)
            if RECIPIENT_AFTER_RE.match(sentence[match.end():]):
                _weigh(candidate, "named_as_recipient", -1.0)  # "Der Verein Tulpenfreunde e.V. erhält den Ehrenamtspreis …"
            if institution and PLACE_ADDRESS_AFTER_RE.match(sentence, match.end()):
                _weigh(candidate, "named_as_venue", -1.0)  # "Tulpenschule, Beispielweg 12, Musterau": a place line
            if institution and (SCHOOL_AS_HOME_BEFORE_RE if SCHOOL_BODY_RE.search(name)
                                else INSTITUTION_AS_PLACE_BEFORE_RE).search(before[-40:]):
                _weigh(candidate, "named_as_guests_school", -1.0)  # "Schüler des Carlo-Schmid-Gymnasiums", "in der Aula der …"
            if HOUSE_OPENED_BEFORE_RE.search(before[-60:]):
                _weigh(candidate, "named_as_opened", -1.0)  # "Die Einweihungsfeier des neuen Jugendzentrums …": the house
            elif EVENT_OF_HOLDER_RE.search(before):
                _weigh(candidate, "genitive_of_event", 2.0)
            if event_sentence and sentence.strip() and sentence.strip()[:60] in event_sentence:
                _weigh(candidate, "event_sentence", 1.0)
    if event_title:
        genitive = re.search(rf"\s(?:des|der)\s+{_ORG}", event_title)
        if genitive and not VENUE_WORD_BEFORE_RE.search(event_title[:genitive.start()]):  # (not "im Vereinsheim des …")
            name = _clean(genitive.group("org"))
            if name:
                candidate = found.setdefault(name.lower(), OrganizerCandidate(name))
                candidate.score += 2.0
                candidate.reasons.append("named_in_title")
    for key, candidate in list(found.items()):
        # "100 Jahre Gesangverein Harmonie" over "Der Gesangverein Harmonie Musterau feiert …": one club, by its full name
        fuller = next((other for other in found.values() if other is not candidate
                       and other.name.startswith(candidate.name + " ")), None) \
            if INSTITUTION_BODY_RE.search(candidate.name) and not NAMED_IN_PASSING & set(candidate.reasons) else None
        if fuller is not None:
            _fold(candidate, fuller)
            del found[key]
    for key, candidate in list(found.items()):
        if not TOWNS_LIBRARY_RE.fullmatch(candidate.name):
            continue
        # (a library the text names only as a place or an object, "besuchen die Vorschulkinder die Stadtbücherei", holds
        # nothing by its kind alone; "der Bücherflohmarkt der Stadtbibliothek" is its own)
        acts = bool({"named_as_actor", "organising_verb", "genitive_of_event", "named_in_title"} & set(candidate.reasons))
        fuller = next((other for other in found.values() if other.name.startswith(candidate.name + " ")), None) \
            if acts else None
        if fuller is not None:  # "Stadtbibliothek Köln" … "die Stadtbibliothek": one library, by its full name
            _fold(candidate, fuller)
        if not acts or fuller is not None:
            del found[key]
    for candidate in found.values():
        if NAMED_BY_FORM_RE.fullmatch(candidate.name) and not {"organising_verb", "genitive_of_event", "first_sentence"} \
                & set(candidate.reasons):
            # a foundation, an association, a company, a university named in passing is a sponsor, a partner, a
            # speaker's office or a venue as often as
            # the holder: on a tie the administration the text names wins
            candidate.score -= 0.3  # (a little more than a service body's: a named Volkshochschule wins the tie)
            candidate.reasons.append("body_in_passing")
        if SERVICE_BODY_RE.match(candidate.name) and "organising_verb" not in candidate.reasons:
            # "Volkshochschule Kaufbeuren" beside "Stadt Kaufbeuren", neither said to invite: the administration is
            # who a press release speaks for; the service body holds the event when the text says so
            candidate.score -= 0.25
            candidate.reasons.append("service_body_without_verb")
        if re.search(r"[Mm]inisterium", candidate.name) and "organising_verb" not in candidate.reasons:
            # a ministry named beside a local event funds or started a programme; it holds the event only
            # when the text says so ("Das Ministerium lädt … ein")
            candidate.score -= 1.0
            candidate.reasons.append("ministry_without_verb")
    return sorted(found.values(), key=lambda c: -c.score)


# a body named as a speaker's office, a venue, a funder, a partner, its guests' school or who runs a side service: in
# passing, not as the holder
NAMED_IN_PASSING = frozenset({"speaker_affiliation", "named_as_guests_home", "named_as_venue", "named_as_funder", "named_as_partner",
                              "named_as_guests_school", "named_as_side_service", "named_as_performer",
                              "named_as_opened", "named_as_location"})


# how much of a text is searched for other schools (a page's head, not a line of 10 MB)
SCHOOLS_TEXT = 20_000


def _in_passing_only(candidate: OrganizerCandidate) -> bool:
    """Named in passing, and not also as the one who invites: "Die Musikschule lädt zum Konzert ein. Es spielen die
    Ensembles der Musikschule" is the music school's; its pupils' school and a side service's runner never are."""
    reasons = set(candidate.reasons)
    if {"named_as_guests_school", "named_as_side_service"} & reasons:
        return True
    return bool(NAMED_IN_PASSING & reasons) and not {"organising_verb", "genitive_of_event", "named_in_title"} & reasons


def _institutions_that_may_hold(candidates: list[OrganizerCandidate], text: str) -> list[OrganizerCandidate]:
    """A town's institution is a venue, a stall holder, a performer's or its pupils' home as often as it is the holder:
    not one named so anywhere in the text ("fand an der Leibnizschule statt", "Es spielt die Bigband der Musikschule");
    and no school in a round-up of schools ("Die Grundschule Ellenbeek hat ihren Infoabend am …, die Lindenschule
    am …"), whose events the readers of a school's event tell apart."""
    candidates = [c for c in candidates if (not INSTITUTION_BODY_RE.search(c.name) or not _in_passing_only(c))
                  and not PLURAL_KIND_ALONE_RE.fullmatch(c.name)]  # ("der Volkshochschulen in Deutschland": many houses)
    clubs = [c for c in candidates if CLUB_BODY_RE.search(c.name)]
    if clubs and CLUBS_ROUNDUP_RE.search(text[:SCHOOLS_TEXT]) or len(clubs) >= 2 and not any(
            "organising_verb" in c.reasons for c in clubs[:1]):
        # "Aus den Vereinen: … der Turnverein …, die Landfrauen …, der Kirchenchor …": no club holds the others' events
        candidates = [c for c in candidates if c not in clubs]
    schools = [c for c in candidates if SCHOOL_BODY_RE.search(c.name)]
    if not schools:
        return candidates
    named = set(prose.school_named(text[:SCHOOLS_TEXT])) | {c.name for c in schools}
    if any(a not in b and b not in a for a in named for b in named):
        return [c for c in candidates if c not in schools]
    return candidates


def organizer_in_text(text: str, event_sentence: str | None = None, event_title: str | None = None) -> str | None:
    """The organisation a reader takes for the organizer, if the text makes one clear."""
    candidates = _institutions_that_may_hold(organizer_candidates(text, event_sentence, event_title), text)
    if not candidates:
        return None
    best = candidates[0]
    if best.score <= 0 and NAMED_IN_PASSING & set(best.reasons):
        return None  # named only as a speaker's office
    if best.score >= 2.5:
        return best.name
    # a press release of a Landkreis or a Stadt names its own administration: without an
    # organising verb, the one organisation it names most is still who holds the event
    if len(candidates) == 1 or best.score > candidates[1].score:
        return best.name
    # a tie: the organisation the text names first, unless it is named only in passing or as a prize's winner, or is
    # a town's institution (two clubs named alike: "Berichten werden der Turnverein … und der Kulturverein")
    if not (NAMED_IN_PASSING | {"named_as_recipient"}) & set(best.reasons) \
            and best.name[:1].isupper() and "\n" not in best.name and not (
                INSTITUTION_BODY_RE.search(best.name) and best.name.split()[0] != candidates[1].name.split()[0]):
        # (one institution named two ways, "Familienbildungsstätte Lauenburg" and "Familienbildungsstätte (FBS)", is one)
        return best.name
    return None


# a page whose events each have a host of their own: "werden von den Städten und Gemeinden selbst ausgerichtet",
# "veranstaltet von den teilnehmenden Schulen", "die Angebote der einzelnen Vereine"
MANY_HOSTS_RE = re.compile(r"\bvon\s+den\s+(?:(?:beteiligten|teilnehmenden|jeweiligen|einzelnen)\s+)?(?:Städten|Gemeinden|Kommunen|"
                           r"Schulen|Vereinen|Einrichtungen|Trägern|Partnern)\b(?:[^.]{0,60}?)\b(?:selbst\s+)?"
                           r"(?:ausgerichtet|veranstaltet|organisiert|angeboten|durchgeführt)\b"
                           r"|\b(?:ausgerichtet|veranstaltet|organisiert|angeboten|durchgeführt)\s+von\s+den\s+"
                           r"(?:(?:beteiligten|teilnehmenden|jeweiligen|einzelnen)\s+)?(?:Städten|Gemeinden|Kommunen|Schulen|Vereinen|"
                           r"Einrichtungen|Trägern|Partnern)\b")

# a body the page names only in passing, as a prize's winner or a ministry without a verb holds none of its events
_NOT_A_CLEAR_HOLDER = NAMED_IN_PASSING | {"named_as_recipient", "body_in_passing", "ministry_without_verb"}


# a legal form with no name of its own: "Gemeinnützige GmbH", "Eingetragener Verein"
_FORM_ALONE_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|er)\s+(?:g?GmbH|e\.\s?V\.|AG|Verein|Stiftung|Gesellschaft)")
_SEASON_RE = re.compile(r"(?:Winter|Sommer)?[Ss]emester|Frühjahr|Sommer|Herbst|Winter|\d{4}")


def clear_holder_of_page(text: str) -> str | None:
    """The one organisation a page names above all others, for events nothing else gives a holder: not one it names
    in passing, not a tie, not a fragment of a name ("Bücherei St", "Gemeinnützige GmbH", "Nachbarlandkreis")."""
    if MANY_HOSTS_RE.search(text):
        return None  # "Die Veranstaltungen werden von den Städten und Gemeinden selbst ausgerichtet": each its own host
    candidates = _institutions_that_may_hold(organizer_candidates(text), text)
    if not candidates:
        return None
    best = candidates[0]
    if best.score < 0.5 or _NOT_A_CLEAR_HOLDER & set(best.reasons) and not (
            "organising_verb" in best.reasons and "first_sentence" in best.reasons):
        # (0.5: named once, with nothing against it; a house that opens the page inviting is its holder though it is
        # named as the venue too: "Das Stadtteilzentrum … lädt Sie herzlich ein … bei uns im Stadtteilzentrum")
        return None
    if len(candidates) > 1 and candidates[1].score >= best.score:
        return None
    words = best.name.split()
    if len(words) < 2 or "\n" in best.name or re.search(r"[„“\"»«]", best.name) or len(words[-1]) < 3 \
            or not words[0][:1].isupper() or _FORM_ALONE_RE.fullmatch(best.name) \
            or _SEASON_RE.fullmatch(words[-1]):  # ("Kinder-Uni Wintersemester": a programme's season, not its holder)
        return None
    return best.name


def organizer_of_sentence(sentence: str) -> str | None:
    """Who holds the event one sentence names: the one it says invites or hosts, else the
    organisation it makes clear."""
    held = organizer_from_prose(sentence)
    return held[0] if held else organizer_in_text(sentence)


# a Kreis's own conference named by its holder: "Bildungskonferenz im Landkreis Hersfeld-Rotenburg",
# "3. Bildungskonferenz des Landkreises Kulmbach"
KREIS_EVENT_TITLE_RE = re.compile(
    r"\b[Bb]ildungskonferenz\s+(?:im|des)\s+(?P<kind>Landkreis|Kreis)(?:es)?\s+(?P<name>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*)")


# "Die Stadt empfiehlt …", "hat die Stadtverwaltung … eingeladen": the town an article is datelined in
CITY_ACTS_RE = re.compile(r"\b(?:[Dd]ie|[Dd]er)\s+Stadt(?:verwaltung)?\b(?!\s+[A-ZÄÖÜ])")
# "Am 2. Dezember lud die Stadt zur Zukunftswerkstatt", "Die Stadt lädt … ein": the town whose page it is invites
CITY_INVITES_RE = re.compile(r"\b(?:lädt|lud|laden|luden)\s+die\s+Stadt(?:verwaltung)?\b(?!-)(?!\s+[A-ZÄÖÜ])"
                             r"|\b[Dd]ie\s+Stadt(?:verwaltung)?\s+(?:lädt|lud)\b")


def city_of_dateline(town: str | None, text: str) -> str | None:
    """"Krefeld – Im November organisiert sie …" and "Die Stadt empfiehlt …": the Stadt Krefeld."""
    return f"Stadt {town}" if town and CITY_ACTS_RE.search(text) else None


def read_organizer(texts, labels, text, event: Event, default_organizer: str | None, page_text: str = "") -> None:
    """The organizer: a "Veranstalter:" label, an invitation in prose, the registry's organizer, an
    organisation the text names."""
    if event.organizer:
        return
    for index, label in enumerate(labels):
        if label and label.kind == "organizer":
            value = label.value or (texts[index + 1] if index + 1 < len(texts) else "")
            if value and not label_of(value):
                event.co_organizers = co_organizers_from(value)
                value = re.split(r"\s+in\s+(?:Kooperation|Zusammenarbeit)\s+mit\b", value)[0]
                value = re.sub(r",\s*(?:Standort|Büro|Regionalbüro|Außenstelle|Geschäftsstelle|Stabsstelle|Fachbereich|"
                               r"Fachdienst|Abteilung|Referat|Sachgebiet|Dezernat)\b.*$", "", value)
                value = re.split(r"\s[·|]\s|\s+(?:Telefon|Tel\.|E-Mail|Fon)\b", value)[0]
                event.organizer = value.strip().rstrip(".")
                event.note("organizer", FROM_LABEL, texts[index])
                break
    if not event.organizer:
        holder = organizer_from_holder_line(texts)
        if holder:
            event.organizer = holder[0]
            event.note("organizer", FROM_LABEL, holder[1])
    if not event.organizer:
        prose = organizer_from_prose(text)
        if prose:
            event.organizer = prose[0]
            event.note("organizer", FROM_PROSE, prose[1])
    if not event.organizer:
        match = AGENCY_GENITIVE_RE.search(text)
        if match:
            event.organizer = match.group(1)
            event.note("organizer", FROM_PROSE, match.group(0))
    if not event.organizer and page_text:
        # an event read from one sentence of a round-up: an agency that sentence names ("… die sich an
        # Partnerkommunen der REAB Hessen richtet") holds it, not the site the round-up is on
        name = organizer_in_text(text, event_title=event.title)
        if name:
            event.organizer = name
            event.note("organizer", FROM_PROSE, name)
    if not event.organizer and default_organizer:
        # "Erste Bildungskonferenz im Landkreis Harz" on an agency's site: the agency reports on the
        # conference of a Kreis it supports; the Kreis holds it
        held = KREIS_EVENT_TITLE_RE.search(event.title or "")
        event.organizer = f"{held.group('kind')} {held.group('name')}" if held else default_organizer
        event.note("organizer", FROM_LABEL if held else FROM_REGISTRY, held.group(0) if held else default_organizer)
    if not event.organizer and page_text:
        # a list item under a lead-in ("die regionalen Fachveranstaltungen der Transferagentur für
        # Großstädte"): the agency the page names as holding the events
        match = AGENCY_GENITIVE_RE.search(page_text)
        if match:
            event.organizer = match.group(1)
            event.note("organizer", FROM_PROSE, match.group(0))
    if not event.organizer:
        # an event read from one sentence of an article: the article names who organises it
        name = organizer_in_text(text, event_title=event.title)
        held = organizer_from_prose(page_text) if page_text and not name else None
        if held:
            # "Das Ministerium … hatten zum Netzwerktreffen … eingeladen" a paragraph before the report
            name = held[0]
        elif not name and page_text:
            name = organizer_in_text(page_text, event_title=event.title)
            if name and name not in text and INSTITUTION_BODY_RE.search(name) \
                    and _named_only_with_other_days(name, page_text, event.start, event.title):
                # a round-up's "… bietet das Heimatmuseum am Montag, 14. Dezember, eine Kinderführung an": the house
                # holds that sentence's event, not the band's concert a sentence before
                name = None
        # a round-up of museums, a paragraph each ("Im Deutschen Museum Bonn erwecken die Teilnehmer des Ferienworkshops
        # …"): the paragraph's museum holds its event, not the museum that invites in the last paragraph
        house = museum_of_paragraph(text, page_text) if name and name not in text else None
        if house:
            name, held = house, None
        if name:
            event.organizer = name
            event.note("organizer", FROM_PROSE, held[1] if held else name)
    if not event.organizer:
        match = AGENCY_RE.search(text)
        if match:
            event.organizer = match.group(0)
            event.note("organizer", FROM_PROSE, match.group(0))
    if not event.organizer:
        house = the_one_museum(page_text or text)
        if house:
            # a museum's own holiday programme: "… finden im Historischen Museum der Pfalz Ferienworkshops … statt"
            event.organizer = house
            event.note("organizer", FROM_PROSE, house)
    if event.organizer and TOWNS_LIBRARY_RE.fullmatch(event.organizer):
        # "der Bücherflohmarkt der Stadtbibliothek" under "Stadtbibliothek Musterau – Sommerprogramm": the library by
        # the full name the page gives it
        fuller = _libraries_named_in_full(page_text or text).get(event.organizer)
        if fuller:
            event.organizer = fuller
    if not event.co_organizers:
        event.co_organizers = co_organizers_from(text)

# a museum by its name where a round-up's paragraph takes its readers: "im Museum Kunst Palast Düsseldorf", "Im Deutschen
# Museum Bonn", "im Neanderthal Museum in Mettmann" (a name in front, an adjective, or a name after it)
MUSEUM_IN_PARAGRAPH_RE = re.compile(r"(?:(?<![\wäöüß])(?:[Ii]m|[Ii]ns)|(?:^|(?<=[.!?:]\s))Das)"  # (or its subject: "Das
                                    # Textilmuseum Bocholt lässt …")
                                    r"[ ]+(?P<name>(?:[A-ZÄÖÜ][a-zäöüß]+e[ns]?[ ]+)?"
                                    r"(?:[A-ZÄÖÜ][\wäöüß-]+[ ]+)?(?:[A-ZÄÖÜ][\wäöüß-]*-)?(?:Museum|[A-ZÄÖÜ][a-zäöüß]+museum)"
                                    r"(?:[ ]+(?!(?:in|im|am|an|und|für|der|des|zu|mit|vom|von)\b)[A-ZÄÖÜ][\wäöüß-]+){0,3}"
                                    r"(?:[ ]+(?:der|des)[ ]+(?!Stadt\b|Region\b)[A-ZÄÖÜ][a-zäöüß-]+(?<!s))?)", re.M)  # ("… der Pfalz")
ROUNDUP_MUSEUMS_MIN = 2


def _museum_named(match: re.Match) -> str:
    # "Deutschen Museum Bonn" (after "im"), "Deutsche Sportmuseum" (after "Das") -> "Deutsches …"
    return re.sub(r"^([A-ZÄÖÜ][a-zäöüß]+)e[ns]?(?= (?:[A-ZÄÖÜ][\wäöüß-]+ )?[\wäöüß-]*[Mm]useum\b)", r"\1es", match.group("name"))


MUSEUMS_TEXT = 20_000  # (how much of a page is read for the museums it names: its head, not a line of 10 MB)


@lru_cache(maxsize=4)
def _museums_of(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """Each museum the text names that way: (name in the nominative, as written, start, end). Read once a page: every
    event of the page asks (`text` is the page's head, a short key)."""
    return tuple((_museum_named(m), m.group("name"), m.start(), m.end()) for m in MUSEUM_IN_PARAGRAPH_RE.finditer(text))


def museum_of_paragraph(text: str, page_text: str) -> str | None:
    """The one museum the paragraph of an event's text (its sentence) takes its readers to, on a page whose paragraphs
    name two museums or more that way (a round-up of museums' holiday offers)."""
    head = text.strip()[:80]
    paragraph = next((p for p in page_text.split("\n") if head and head in p), text)
    own = {_museum_named(m) for m in MUSEUM_IN_PARAGRAPH_RE.finditer(paragraph)}
    if len(own) != 1:
        return None
    named = {name for name, _, _, _ in _museums_of(page_text[:MUSEUMS_TEXT])}
    return own.pop() if len(named) >= ROUNDUP_MUSEUMS_MIN else None


def the_one_museum(page_text: str) -> str | None:
    """The one museum a page takes its readers to (or names as a paragraph's subject), where it names no other, in a
    sentence of what happens or is offered there ("… finden im Historischen Museum der Pfalz Ferienworkshops … statt");
    not a venue's address line ("Kinderbuchhaus im Altonaer Museum, Museumstraße 23") nor a plan ("eine Kulturwerkstatt
    im Stadtmuseum einzurichten")."""
    text = page_text[:MUSEUMS_TEXT]
    # (a museum by its name: not "im Museum" alone, which names no house)
    found = [museum for museum in _museums_of(text) if museum[1] != "Museum"]
    if len({name for name, _, _, _ in found}) != 1:
        return None
    for name, _, start, end in found:
        sentence = prose.sentence_at(text, start)
        if not ADDRESS_AFTER_HOUSE_RE.match(text, end) and (
                lex.HAPPENS_RE.search(sentence) or MUSEUM_OFFERS_RE.search(sentence)) and prose.EVENT_NOUN_RE.search(sentence):
            return name
    return None


ADDRESS_AFTER_HOUSE_RE = re.compile(r",\s*[A-ZÄÖÜ][\wäöüß-]*(?:straße|str\.|weg|platz|allee|gasse|ring|damm)\s*\d")


SENTENCES_LINES, SENTENCES_CHARS = 200, 5_000  # (a page's lines that name a body, read as far as its events are)


def _named_only_with_other_days(name: str, page_text: str, start: str | None, title: str | None = None) -> bool:
    """Every sentence of the page that names the body, none of them its lead, gives days of its own, none of them the
    event's, and events of another kind (its events are other ones: not a lead's "beteiligt sich die Musikschule vom
    13. bis 15. Juni" over that weekend's concerts, nor "zwei Weihnachtskonzerten der Musikschule am 4. Dezember" over
    its concert a day later)."""
    if not start or name not in page_text:
        return False
    lines = page_text.split("\n")[:SENTENCES_LINES]
    lead = next((line for line in lines if prose.is_paragraph(line)), "")
    if name in lead[:SENTENCES_CHARS]:
        return False  # (the article's lead names who holds what it tells: "Gleich zu zwei Weihnachtskonzerten laden die
        #              Schüler der Musikschule … ein", then the concerts of its branches)
    kinds = {prose.singular(match.group(0)).lower() for match in prose.EVENT_NOUN_RE.finditer(title or "")}
    day = (int(start[8:10]), int(start[5:7]))
    named = [sentence for line in lines if name in line
             for sentence in prose.sentences(line[:SENTENCES_CHARS]) if name in sentence]
    for sentence in named:
        mentions = d.find_dates(sentence) if d.MAYBE_DATE(sentence) else []
        if not mentions or any(d.holds_day(mention, day) for mention in mentions) \
                or any(kind in sentence.lower() for kind in kinds):
            return False
    return bool(named)


_ORG_WORDS = (r"(?:Stadt|Landkreis|Kreis|Gemeinde|Transferagentur|REAB|Agentur|Bildungsbüro|Amt|Ministerium|Abteilung|"
              r"Bildungspartnerschaft|"
              r"Netzwerk|Initiative|Verein|Stiftung|Institut|Universität|Hochschule|Büro|Landesinstitut|Kommune|"
              r"Bezirk|Region|Regionalverband|Zweckverband|Jugendberufsagentur|Bildungsregion)")

# A name: capitalised words, "(Oder)", "am Main", "für Großstädte"; it ends before a verb or a comma.
_MONTH_NAMES = "|".join(sorted({month.capitalize() for month in MONTHS if len(month) > 3}, key=len, reverse=True))
# ("die Volkshochschule im September": no body is named after a month)
_ORG_NAME = (r"(?:St\.\s[A-ZÄÖÜ][\w–-]*|vhs(?=\s[A-ZÄÖÜ])|[A-ZÄÖÜ][\w–-]*|\((?:[A-ZÄÖÜ][\w.]*)\))(?:\s(?:(?:am(?!\s" + lex.TIME_OF_WEEK
             + r")|an\sder|für|im(?!\s(?:" + _MONTH_NAMES + r"|Jahr|Rahmen|Anschluss|Vorfeld|Mittelpunkt)\b)"
             # ("der Elternbeirat im Foyer": a room, no part of a body's name)
             + r"(?!\s" + _ROOM_WORD + r")|in\sder|und)\s)?"
             r"(?:St\.\s[A-ZÄÖÜ][\w–-]*|[A-ZÄÖÜ][\w–-]*|\([A-ZÄÖÜ][\w.]*\)))*")  # ("Kirchengemeinde St. Petri")

_ON = r"(?:[^.]|(?<=\d)\.|(?<=\be)\.|(?<=\bV)\.){0,200}?"  # the rest of the sentence, past "9.30 Uhr" and "e. V."
# an invitation's sentence lists its guests before "ein": "lädt Vertreterinnen und Vertreter der Ministerien sowie von
# Kommunen, Kammern, … zur Fachtagung am 17. Dezember … ein"
_TO_INVITATION_END = r"(?:[^.]|(?<=\d)\.|(?<=\be)\.|(?<=\bV)\.){0,600}?"
# a holder's first clause of its own before it invites: "Das Stadtteilzentrum … öffnet seine Türen und lädt Sie … ein",
# with its day's commas too ("… öffnet am Samstag, 24. April 2027, von 11 bis 16 Uhr seine Türen und lädt …")
_FIRST_CLAUSE = r"(?:[a-zäöüß]{2,}t\s(?:[^.!?;:,]|(?<=\d)\.|,(?=\s\d)|(?<=\d),){1,100}?\sund\s)?"


def _verb_first(verb: str, particle: str) -> re.Pattern:
    """The verb before its subject, its particle later in the sentence ("laden der … ein", "richtet die
    … aus"); the sentence runs on past "9.30 Uhr" and "e. V."."""
    return re.compile(rf"\b{verb}\s+(?:der|die|das)\s+(?P<org>{_ORG_NAME}(?:\s(?:des|der)\s{_ORG_NAME})?)"
                      rf"(?={_ON}\b{particle}\b)")


# A holder's name as the subject or agent of a sentence: an optional lowercase adjective ("das neue
# Bildungsbüro"), capitalised words, an "(ABC)" or "des Landkreises …" after them. Whether it names an
# organisation is checked after the match (`_holder_name`).
_HOLDER = (rf"(?P<art>der|die|das|dem)\s+(?:[a-zäöüß]+e[nrs]?\s+)?(?P<org>{_ORG_NAME}"
           rf"(?:\s(?:des|der)\s{_ORG_NAME})?(?:\s\([A-ZÄÖÜ][^()]{{1,60}}\))?"
           rf"(?:\s[»„\"][^«“\"»]{{2,60}}[«“\"])?)")  # "die BBE-Arbeitsgruppe »Bildung und Engagement«"
# "von der Transferagentur …", "vom Landkreis …"
_AGENT = rf"(?:von\s+{_HOLDER}|vom\s+(?P<vom>{_ORG_NAME}(?:\s(?:des|der)\s{_ORG_NAME})?))"
# an organisation's head word: "Landesvereinigung", "Beispiel-Stiftung", "Bundesministerium", "Landesbeirat"
_HOLDER_HEADS = (r"stadt|kreis|gemeinde|agentur|REAB|büro|amt|ministerium|netzwerk|initiative|verein|klub|club|vereinigung|stiftung|"
                 r"institut|universität|hochschule|kommune|bezirk|region|verband|bund|arbeitskreis|arbeitsgemeinschaft|gruppe|"
                 r"kommission|beirat|stelle|zentrum|akademie|volkshochschule|vhs|jugendring|verwaltung|kammer|forum|bewegung|"
                 # a youth body that holds its own offers: "veranstaltet die Jugendzentrale Landau", "organisiert die
                 # Evangelische Jugend" (a museum or a library is held by its town, and often only where it happens)
                 r"zentrale|(?<=[a-zäöü]e\s)jugend|(?<=\w)jugend")
_HOLDER_HEAD_RE = re.compile(rf"(?:{_HOLDER_HEADS})(?:es|s|en)?\b", re.I)
# a person's office or the people who take part: "Der Landrat lud …", "Die Teilnehmenden hatten …"
_PERSON_OR_GUESTS_RE = re.compile(
    r"(?:Landrat|Landrätin|\w*[Bb]ürgermeister|\w*[Mm]inister(?!ium)|Staatssekretär|Präsident|Leiter|Leitung|"
    r"Koordinator|Dezernent|Vorsitzende|Beauftragte|Referent|Sprecher|Direktor|Schulleit|Teilnehm|Gäste|Besucher|"
    r"Akteur|Interessierte|Eltern|Schüler|Lehrkräfte|Fachkräfte|Kolleg(?:en|innen|ium)|Team|"
    # (or a compound of such a role: "Kreissprecherin der Wirtschaftsjunioren … Erika Beispiel", "Schulsozialarbeiter")
    r"[A-ZÄÖÜ][a-zäöüß]+(?:sprecher|leiter|vorsitzende|beauftragte|koordinator|referent|direktor|präsident|arbeiter)(?:in|innen)?\b)"
    # (not a "Kolleg Beispielstadt", a school)
    # (nor a house whose name starts so: "Elternschule Barmbek", "Schülerakademie Urspring", "Elternbeirat")
    r"(?![\wäöüß-]*(?:schule|akademie|beirat|zentrum|verein|werk|stätte|netzwerk|forum)(?:s|es)?\b)\w*")
# "der Deutsche Beispielbund" -> "Deutscher Beispielbund", "das Nationale Forum" -> "Nationales Forum"
_WEAK_ADJECTIVE_RE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+(?:isch|al|sch|ig|ich|ell)e)(?=\s[A-ZÄÖÜ])")
_KIND_ALONE = ("Landkreis", "Kreis", "Stadt", "Gemeinde", "Bezirk")


# what follows a holder's name ("… zu einer Werkstatt", "… herzlich"); "und" stays, the name joins its
# words with it ("Deutscher Städte- und Gemeindebund", "Ministerium für Bildung und Forschung")
_HOLDER_TAIL_RE = re.compile(r"\s+(?:sowie|zu|zum|zur|alle|herzlich|interessierte|Sie|Kommunen)\b.*$|"
                             r"\s+(?:im|in\s+der|am)\s+[A-ZÄÖÜ][\wäöüß-]*(?:haus|halle|saal|amt|gebäude|zentrum|schule)\b.*$")
# (nor the building it meets in: "die Steuerungsgruppe … im Rathaus")


def _the_one_named(kind: str, text: str) -> str | None:
    """"Der Landkreis lädt … ein": the one Landkreis the page names ("Landkreis Beispiel-Au")."""
    named = {m.group(0) for m in re.finditer(rf"\b{kind}\s+[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*", text)}
    named = {n for n in named if gazetteer.known_place(n.split(" ", 1)[1]) or "-" in n}
    return named.pop() if len(named) == 1 else None


def _without_tail(org: str) -> str:
    """A holder's name without what the sentence goes on with ("… zu einer Werkstatt", "… Ende März")."""
    return _TAIL_RE.sub("", _HOLDER_TAIL_RE.sub("", org)).strip(" ,")


def _holder_name(match: re.Match, text: str, heads: re.Pattern = _HOLDER_HEAD_RE) -> str | None:
    """The organisation a holder pattern found, in the nominative, or None when it names a person,
    the guests, the event itself or nobody in particular (or nothing `heads` calls a holder)."""
    if match.groupdict().get("small") and match.start() > COLON_LEAD_CHARS:
        return None  # (a clause after a colon names the holder in a page's lead, not "Das Besondere: die Stadt Gotha lädt
        #              im Gegenzug … ein" further down)
    org = match.group("org") or match.groupdict().get("vom") or ""
    org = _without_tail(org)  # not "… Ende März"
    academy = re.fullmatch(r"(?:Bundes|Landes|Evangelische|Katholische|Deutsche|Europäische)\s?[Aa]kademie\b.*", org)
    if _PERSON_OR_GUESTS_RE.match(org) or GENERIC_HOSTS_RE.match(org) or "_" in org or (
            lex.EVENT_TITLE_WORD_RE.search(org) and not academy and not (
                not lex.EVENT_TITLE_WORD_RE.search(org.split(" ")[0]) and re.search(r"\([A-ZÄÖÜ]{2,}\)", org))):
        # ("Die Bundesakademie hat … eingeladen" holds it; "veranstaltet die Fachtagung …" names the event, and
        # "das Medienzentrum Musterau Fachtag und Workshops" its object; a body whose full name holds an event's word,
        # its acronym in brackets, is a holder: "die Arbeitsgruppe Fachtagungen Jugendhilfe (AGFJ)")
        return None
    if org in _KIND_ALONE:
        return _the_one_named(org, text)
    # "BeNe", "LKB:BY", "BBE-AG Bildung und Engagement": a name that starts with an acronym
    acronym = re.match(r"[A-ZÄÖÜ][\wäöüß:-]*[A-ZÄÖÜ][\wäöüß:-]*(?:\s|$)", org)
    if not (heads.search(org) or acronym):
        return None
    if BARE_HOUSE_RE.fullmatch(org):
        return None  # ("Die Bücherei lädt …": whichever the text names in full, not a holder of its own name)
    article = match.groupdict().get("art")
    if article in ("der", "das"):
        org = _WEAK_ADJECTIVE_RE.sub(lambda m: m.group(1) + ("r" if article == "der" else "s"), org)
    org = nominative(org)
    return org if 2 < len(org) < 90 and not PLURAL_KIND_ALONE_RE.fullmatch(org) else None


BARE_HOUSE_RE = re.compile(r"(?i:Jugend|Zentrale)")


# a clause after a colon opens with a small article: "… am Bergbach sein: das Biosphärenreservat Musterwald lädt … ein"
# (its own `small` group, no `art` group: the article is the nominative's, and the name keeps its adjective as written)
_SMALL_ARTICLE_AFTER_COLON = r"(?<=:\s)(?P<small>der|die|das)"
COLON_LEAD_CHARS = 300  # how far into a text such a clause may stand: its lead

_PASSIVE_ADVERB = r"(?:bereits|zum\s+\d+\.\s+Mal|erneut|wieder|auch|gemeinsam|jährlich)"
_PASSIVE_VERB = r"(?:organisiert|veranstaltet|ausgerichtet)\b"

# who invites, hosts or held an event, in the words of a report or an announcement
HOLDER_RES = (
    # "veranstalten der Deutsche Beispielbund, … am 13. Juni …", "lud das neue Bildungsbüro … ein",
    # "Daher hat das BeNe am 24.03. Vertreter … eingeladen"
    re.compile(rf"\b(?:veranstalte(?:t|n|te|ten)|organisierte[n]?)\s+{_HOLDER}"),
    # "Beispielsweise organisiert die Evangelische Jugend … Ferienspielaktionen": organising an event in the present (not
    # "Einen Shuttlebus … organisiert der Förderverein": a service around it)
    re.compile(rf"\borganisier(?:t|en)\s+{_HOLDER}(?=(?:[^.]|(?<=\d)\.){{0,160}}?(?i:{lex.EVENT_NOUN_CHOICES}|aktion|spiele|"
               rf"fest\b|camp|freizeit|programm|ausflug|fahrt))"),
    re.compile(rf"\blud(?:en)?\s+{_HOLDER}(?={_ON}\bein\b)"),
    # "Vor diesem Hintergrund führen der Deutsche Städte- und Gemeindebund, … am 13. Juni … die Fachkonferenz …
    # durch" (past its co-hosts and the event's long name)
    # (the name read once, atomically, and "durch" closing the clause: not "führt der Weg … durch den Stadtwald")
    lex.Gated(rf"\bführ(?:t|en)\s+(?>{_HOLDER})(?=(?:[^.]|(?<=\d)\.){{0,300}}?\bdurch\s*(?:[.,;!?]|$))", ("führ",), 0),
    # "… der Konferenz „Mehr Wohnraum“, die StadtBauKultur NRW am 6. Juli in Oberhausen veranstaltet": the clause
    # follows an event's name (not "… die Studie vor, die das Institut … durchführt")
    lex.Gated(rf"(?i:{lex.EVENT_NOUN_CHOICES}){lex.EVENT_NOUN_ENDING}(?:\s+[„\"»][^“\"«]{{1,120}}[“\"«])?,\s+(?:die|das|den)\s+"
              rf"(?:(?P<art>der|die|das)\s+)?(?P<org>{_ORG_NAME})\s+(?:(?:[^.,]|(?<=\d)\.){{0,80}}?\s)?"
              rf"(?:veranstaltet|organisiert|ausrichtet|durchführt)\b",
              ("veranstaltet", "organisiert", "ausrichtet", "durchführt"), 0),
    # "traf sich die BBE-Arbeitsgruppe … zu ihrer 6. Sitzung": a body that meets holds its meeting (one
    # body: "trafen sich die Bildungsbüros" names several guests, not a holder)
    re.compile(rf"\b(?:trifft|traf)\s+sich\s+(?:(?:am|im|in|an)\s+[^.]{{1,40}}?\s+)?{_HOLDER}"),
    re.compile(rf"\b(?:hat|hatte|hatten|haben)\s+{_HOLDER}(?={_ON}\b(?:eingeladen|veranstaltet|organisiert|"
               rf"ausgerichtet)\b)"),
    # "Das Ministerium … und die … hatten zum Netzwerktreffen … eingeladen", "Der Landkreis lädt … ein"
    # (a sentence may open after a motto's dash: "„Was macht …?“ - Die Musterau GmbH lädt … ein")
    re.compile(rf"(?:(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=\s[-–]\s))(?P<art>Der|Die|Das)|{_SMALL_ARTICLE_AFTER_COLON})\s+"
               rf"(?:[a-zäöüß]+e[nrs]?\s+)?(?P<org>{_ORG_NAME}"
               rf"(?:\s(?:des|der)\s{_ORG_NAME})?(?:\s\([A-ZÄÖÜ][^()]{{1,60}}\))?)"
               rf"(?:\s+und\s+(?:der|die|das)\s+[^.]{{2,80}}?)?\s+"
               rf"(?={_FIRST_CLAUSE}(?:l[äa]d(?:t|en)|lud(?:en)?)\b{_TO_INVITATION_END}\bein\b"
               rf"|(?:hat|hatte|hatten|haben)\b{_ON}"
               rf"\b(?:eingeladen|veranstaltet|organisiert|ausgerichtet)\b|veranstalte(?:t|n|te|ten)\b|"
               rf"(?:trifft|traf)\s+sich\b)"),
    # "Die LAG Sozialarbeit in Schulen Hessen, die LAG Jugendsozialarbeit und der Paritätische Hessen laden
    # ein zum Fachtag …": several holders named in a row; the first stands for them
    re.compile(rf"(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<art>Der|Die|Das)\s+(?P<org>{_ORG_NAME})(?:\s[^.,]{{1,60}}?)?"
               rf"(?:,\s+(?:der|die|das)\s+[^.,]{{2,80}}?)+\s+und\s+(?:der|die|das)\s+[^.,]{{2,80}}?\s+"
               rf"(?=l[äa]den\b{_ON}\bein\b|(?:hatten|haben)\b{_ON}\beingeladen\b|veranstalte(?:n|ten)\b)"),
    # "Die Konferenz ist eine Kooperationsveranstaltung von BEKO (…) und dem Landkreis …", "Die Veranstaltung ist
    # eine Kooperation der Stiftung … und des …", "Das Fest ist eine Initiative des Netzwerks …"
    re.compile(rf"\b(?:(?:Kooperations)?[Vv]eranstaltung|Kooperationsvorhaben|Gemeinschaftsveranstaltung|"
               # (what "ist eine Initiative des …" is; "… zu werden – eine Initiative des Ministeriums" names a programme's owner)
               rf"(?:(?<=\bist\seine\s)|(?<=\bwar\seine\s)|(?<=\bsind\seine\s))(?:Kooperation|Initiative))\s+"
               rf"(?:von|des|der)\s+(?:(?P<art>der|die|das|dem)\s+)?"
               rf"(?P<org>{_ORG_NAME})"),
    # "Der Fachtag, eine Initiative des Bildungsnetzwerks …, findet …": the event's apposition (not "Die Transferagentur,
    # eine Initiative des Bundesministeriums", a body's)
    lex.Gated(rf"(?i:{lex.EVENT_NOUN_CHOICES}){lex.EVENT_NOUN_ENDING},\s+eine\s+(?:Kooperation|Initiative)\s+"
              rf"(?:von|des|der)\s+(?:(?P<art>der|die|das|dem)\s+)?(?P<org>{_ORG_NAME})", (", eine ",), 0),
    # "Veranstalter des Landesforums ist der Landesbeirat für Weiterbildung"
    re.compile(rf"\b(?:Veranstalter|Gastgeber|Ausrichter)(?:in)?\s+(?:(?:des|der)\s+[\wäöüß-]+\s+)?"
               rf"(?:ist|sind|war|waren)\s+{_HOLDER}"),
    # "Die Veranstaltung wurde von der Transferagentur … in Kooperation mit … durchgeführt"
    re.compile(rf"\bwurde\s+{_AGENT}(?={_ON}\b(?:durchgeführt|organisiert|veranstaltet|ausgerichtet)\b)"),
    # "Organisiert von der Landeskoordinierungsstelle … trafen sich am 28. und 29. Oktober …", "Organisiert wird die
    # Reihe von der Europäischen Bewegung Sachsen-Anhalt e.V. …" (an event or a series, not "Durchgeführt wurde die
    # Untersuchung vom Institut …")
    # ("Organisiert und moderiert wurde die Auftaktveranstaltung von der … Stiftung": two participles)
    lex.Gated(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Organisiert|Veranstaltet|Ausgerichtet|Durchgeführt)\s+"
              rf"(?:und\s+[a-zäöüß]+(?:iert|et|t)\s+)?(?:(?:wird|werden|wurde|wurden)\s+(?:(?:die|der|das)\s+[\wäöüß-]*(?i:{lex.EVENT_NOUN_CHOICES}|reihe|messe)"
              rf"{lex.EVENT_NOUN_ENDING}\s+|sie\s+|es\s+|er\s+)?)?{_AGENT}",
              ("organisiert", "veranstaltet", "ausgerichtet", "durchgeführt"), 0),
    # "… für die Ausbildungsmesse Wittgenstein, organisiert von der IHK …", "Die Bildungskonferenz, veranstaltet vom
    # Landkreis …, fand …": the event's attribute names who holds it (not "Die Fahrt zum Fachtag, organisiert vom …": the
    # trip's)
    # (nor a frame's: "Im Rahmen der Aktionswoche Lesen, veranstaltet vom Landkreis …, lädt die Gemeindebücherei … ein")
    lex.Gated(rf"(?<!\bzum\s)(?<!\bzur\s)(?<!Rahmen\sder\s)(?<!Rahmen\sdes\s)(?<!anlässlich\sder\s)(?<!anlässlich\sdes\s)"
              rf"(?<!während\sder\s)(?<!während\sdes\s)(?<![\wäöüß-])[\wäöüß-]*?(?i:{lex.EVENT_NOUN_CHOICES}){lex.EVENT_NOUN_ENDING}"
              rf"(?:\s+[A-ZÄÖÜ][\wäöüß-]+){{0,3}}"
              rf"(?:\s+[„\"][^“\"]{{1,80}}[“\"])?,\s+(?:{_PASSIVE_ADVERB}\s+)*{_PASSIVE_VERB}\s+{_AGENT}",
              ("organisiert", "veranstaltet", "ausgerichtet"), 0),
    # (last: a sentence that names its host by inviting or as "Veranstalter" has said so already)
    # "Der Fachtag wird vom Kinder- und Jugendbüro der Stadt organisiert", "Bereits zum 14. Mal wird diese Plattform … vom
    # … organisiert": the agent of the passive whose subject is the event (not "Die Fahrt zum Fachtag wird vom
    # Kreisjugendring organisiert", "Das Catering wird vom Förderverein organisiert"; who "carries out" a workshop or
    # "offers" a shuttle is no host)
    lex.Gated(rf"(?:^|(?<=[.!?]\s))(?:Der|Die|Das)\s+(?:[a-zäöüß]+e[nrs]?\s+)?(?i:[\wäöüß-]*(?:{lex.EVENT_NOUN_CHOICES}|messe){lex.EVENT_NOUN_ENDING})"
              rf"(?:\s+[„\"][^“\"]{{1,80}}[“\"])?\s+(?:wird|werden|wurde|wurden)\s+(?:{_PASSIVE_ADVERB}\s+)*{_AGENT}\s+{_PASSIVE_VERB}",
              ("organisiert", "veranstaltet", "ausgerichtet"), 0),
    # "Die sam wird zum 17. Mal vom Verein Junge Wirtschaft Schwedt veranstaltet": what is held for the 17th time is an
    # event, whatever the page calls it
    lex.Gated(rf"\b(?:wird|wurde)\s+zum\s+(?:\d{{1,3}}\.|[a-zäöüß]+ten)\s+Mal\s+(?:{_PASSIVE_ADVERB}\s+)*{_AGENT}\s+{_PASSIVE_VERB}",
              ("organisiert", "veranstaltet", "ausgerichtet"), 0),
    lex.Gated(rf"\b(?:wird|werden|wurde|wurden)\s+(?:{_PASSIVE_ADVERB}\s+)*(?:diese[rs]?|die|der|das)\s+"
              rf"(?:(?i:[\wäöüß-]*(?:{lex.EVENT_NOUN_CHOICES}){lex.EVENT_NOUN_ENDING})|Plattform|Messe|Reihe)"
              rf"(?:\s+(?:für|zu[mr]?)\s+[^.!?]{{1,60}}?)?\s+{_AGENT}\s+{_PASSIVE_VERB}",
              ("organisiert", "veranstaltet", "ausgerichtet"), 0),
)


# A house that holds its own events, as well as the bodies above: "Die Realschule Musterau veranstaltet …", "feiert das
# Stadtteilbüro der Diakonie …", "bietet die Volkshochschule … an"
_HOUSE_HEAD_RE = re.compile(rf"(?:{_HOLDER_HEADS}|{lex.SCHOOL_WORD}|bibliothek|bücherei|museum|begegnungsstätte|diakonie|"
                            r"caritas|kirchengemeinde)(?:es|s|en)?\b", re.I)

# what is held for a building, not by it: "Richtfest des neuen Bürgerzentrums", "Einweihungsfeier des Jugendzentrums"
_BUILDING_EVENT = r"(?:Richtfest|Einweihung|Spatenstich|Grundsteinlegung|Eröffnung|Wiedereröffnung|Schlüsselübergabe)"
_NEW_BUILDING = r"(?:neue[nrs]?|künftige[nrs]?|geplante[nrs]?|sanierte[nrs]?|umgebaute[nrs]?|erweiterte[nrs]?)\s"
_ONE_LINE_ORG_NAME = _ORG_NAME.replace(chr(92) + "s", "[ ]")

# Who holds an event, in words less certain than HOLDER_RES's: read only when nothing else on the page names a holder
# (not before "Kreisjugendring Herzogtum Lauenburg (KJR)" that the page names in full, or the registry's organizer)
LATE_HOLDER_RES = (
    # "Bereits zum dritten Mal organisiert der städtische Seniorenbeirat die Seniorenwoche"
    re.compile(rf"\borganisier(?:t|en)\s+{_HOLDER}"),
    # "Ein Nachbarschaftsfest feiert das Stadtteilbüro der Diakonie …": the event named first, its host after the verb
    lex.Gated(rf"(?i:{lex.EVENT_NOUN_CHOICES}){lex.EVENT_NOUN_ENDING}\s+feier(?:t|n)\s+{_HOLDER}", ("feier",), 0),
    # "Insgesamt 52 Kurse und Veranstaltungen bietet die Volkshochschule Musterau (vhs) … an" (its particle closing the
    # clause: not "bietet die Stadt Kurse an der Schule …")
    lex.Gated(rf"\bbiete[tn]\s+{_HOLDER}(?=(?:[^.]|(?<=\d)\.){{0,200}}?\ban\s*(?:[.,;!?]|$))", ("biete",), 0),
    # "Die Realschule veranstaltet am Montag …", "Die Stadtverwaltung und engagierte Seniorinnen und Senioren laden …
    # ein" (a house, and people who help it; not two bodies that invite together: "Die Stadt … und der Landkreis …")
    # ("Die Kita „Sonnenblume“ in Musterau lädt …": a house's name in quotes, its town after it)
    re.compile(rf"(?:(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<art>Der|Die|Das)|{_SMALL_ARTICLE_AFTER_COLON})\s+(?:[a-zäöüß]+e[nrs]?\s+)?"
               rf"(?P<org>{_ORG_NAME}(?:\s[»„\"][^«“\"»]{{2,60}}[«“\"])?)(?:\s+in\s+[A-ZÄÖÜ][\wäöüß-]+)?"
               rf"(?:\s+und\s+(?!(?:die|der|das|dem|den|eine)\s)[a-zäöüß]+e\s+[^.]{{2,80}}?)?\s+"
               rf"(?=(?:l[äa]d(?:t|en)|lud(?:en)?)\b{_TO_INVITATION_END}\bein\b|veranstalte(?:t|n|te|ten)\b)"),
    # "… mehrere kostenfreie Workshops, die vom Mint-Cluster Westpfalz organisiert werden"
    re.compile(rf",\s+(?:die|der|das)\s+{_AGENT}\s+(?:organisiert|veranstaltet|ausgerichtet)\s+(?:wird|werden|wurde|wurden)\b"),
    # "das Elterncafé des Caritas-Familienstützpunktes", "Herbstfest 2018 des Integrationsbeirats", "Veranstaltungen des
    # Umweltbildungszentrums", "Jahresprogramm der Familienbildungsstätte": the event, or a house's programme, named
    # with its house in the genitive
    # (not a building's "Richtfest des neuen Bürgerzentrums"; "Flohmarkt des Fördervereins der Kita Sonnenschein")
    lex.Gated(rf"(?<![\wäöüß-])(?!{_BUILDING_EVENT})[\wäöüß-]*(?:(?i:{lex.EVENT_NOUN_CHOICES}){lex.EVENT_NOUN_ENDING}|"
              rf"(?i:programm|aktionen|angebote)\b|Semesterstart)(?:\s+\d{{4}})?\s+(?P<case>des|der)\s+"
              rf"(?!{_NEW_BUILDING})(?:[a-zäöüß]+e[nrs]?\s+)?"
              rf"(?P<org>{_ONE_LINE_ORG_NAME}(?:[ ](?:des|der)[ ]{_ONE_LINE_ORG_NAME})?)",  # (a name ends with its line)
              (" des ", " der "), 0),
)
GENITIVE_HOUSE = LATE_HOLDER_RES[-1]


# a house's own programme, named as such: "Jahresprogramm 2018 der Familienbildungsstätte", "Neues Programm des
# „Evangelischen Bildungswerks Oberfranken-Mitte“", "Umweltstation Liasgrube: Jahresprogramm 2019", "Der Kreisjugendring
# stellt sein Jahresprogramm vor" (not a "Förderprogramm des Bundes" nor a "Rahmenprogramm der Interkulturellen Woche")
_PROGRAMME = (r"(?:(?:Jahres|Halbjahres|Semester|Kurs|Veranstaltungs|Bildungs|Monats|Quartals|Sommer|Herbst|Winter|Frühjahrs|"
              r"Frühlings|(?:Sommer|Herbst|Winter|Oster|Pfingst|Faschings)?[Ff]erien)programm|"
              r"(?:[Nn]eue[ns]?|[Aa]ktuelle[ns]?|(?:druck)?frische[ns]?|kommende[ns]?|diesjährige[ns]?)\s+Programm|"
              r"(?:Veranstaltungs|Jahres|Termin)plan|Veranstaltungskalender)(?:heft)?")  # ("Der Veranstaltungsplan des
#                                                     Heimatvereins für das kommende Jahr enthält …")
_PROGRAMME_YEAR = r"(?:\s+(?:\d{4}(?:/\d{2,4})?|für\s+\d{4}))?"
PROGRAMME_OF_HOUSE_RES = (
    re.compile(rf"(?<![\wäöüß-]){_PROGRAMME}(?:e?s)?{_PROGRAMME_YEAR}\s+(?P<art>des|der)\s+[„\"»]?"
               rf"(?P<org>{_ONE_LINE_ORG_NAME})"),
    re.compile(rf"(?m)^(?P<org>{_ONE_LINE_ORG_NAME}):\s+{_PROGRAMME}\b"),
    re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Die|Der|Das)\s+(?P<org>{_ONE_LINE_ORG_NAME})\s+(?:stellt|präsentiert|"
               rf"veröffentlicht|hat)\s+(?:(?:ihr|sein|ein)\s+)?(?:neues\s+)?{_PROGRAMME}"),
    # "Hier finden Sie alle anstehenden Termine und Veranstaltungen des Landesheimatbundes": a page of one house's dates
    re.compile(rf"\b[Hh]ier\s+finden\s+Sie\s+(?:alle\s+)?(?:[a-zäöüß]+en\s+)?(?:Termine|Veranstaltungen|Angebote|Kurse)"
               rf"(?:\s+und\s+(?:Termine|Veranstaltungen|Angebote|Kurse))?\s+(?P<art>des|der)\s+(?P<org>{_ONE_LINE_ORG_NAME})"),
)
# a house that has a programme of its own: a holder, a school, a library, or a house named by what it is ("Bildungswerk",
# "Familienbildungsstätte", "Umweltstation", "Mehrgenerationenhaus")
_PROGRAMME_HOUSE_RE = re.compile(rf"(?:{_HOUSE_HEAD_RE.pattern}|(?:werk|stätte|station|haus|treff)(?:e?s)?\b)", re.I)


def house_of_programme(text: str) -> str | None:
    """The one house whose own programme the page presents, in the nominative: the holder of the page's events that
    name none of their own. None when the page names the programmes of two houses."""
    found = set()
    for pattern in PROGRAMME_OF_HOUSE_RES:
        for match in pattern.finditer(text):
            org = _without_tail(match.group("org"))
            head = org.split(" (")[0].split(" ")
            if not org or _PERSON_OR_GUESTS_RE.match(org) or GENERIC_HOSTS_RE.match(org) \
                    or not _PROGRAMME_HOUSE_RE.search(" ".join(head[:3])) or _NO_PROGRAMME_HOUSE_RE.match(org) \
                    or _PROGRAMME_IN_PASSING_RE.search(text[max(0, match.start() - 12):match.start()]):
                continue
            found.add(nominative(org))
    return found.pop() if len(found) == 1 else None


# whose programme funds or lists others' events: "ein neues Programm des Bundes", "Programm des Ministeriums", "alle
# Veranstaltungen der Region Musterland", "Ferienprogramm der Stadt" (its clubs hold the items)
_NO_PROGRAMME_HOUSE_RE = re.compile(r"(?:Bund|Bundes|Land|Landes|Region|Freistaat|EU|Europäische[nr]?\s+Union|Stadt|Gemeinde|"
                                    r"Landkreis|Landkreises|Kreis|Kreises|Bezirk|Bezirks|Markt|Samtgemeinde|Verbandsgemeinde)"
                                    r"(?:\s|$)|[\wäöüß-]*(?:[Mm]inisterium|[Mm]inisteriums|[Rr]egierung)\b")
# a programme named in a clause, not presented: "abgestimmt mit dem Jahresprogramm des Schwarzwaldvereins", "aus dem
# Programm der VHS"
_PROGRAMME_IN_PASSING_RE = re.compile(r"\b(?:dem|einem|vom|zum|beim)\s+$")
# a house's kind alone, or a short acronym: "der Kita", "des Netzwerks", "der Initiative", "der LAG"
_UNNAMED_HOUSE_RE = re.compile(rf"(?i:{_HOUSE_HEAD_RE.pattern})|[A-ZÄÖÜ]{{2,4}}|Kita|KiTa|Kindergartens?|VHS|vhs")
# "Nacht der Bibliotheken", "Jahrestagung der Bildungsbüros": many houses, none of them the holder (not "der Caritas")
_PLURAL_HOUSES_RE = re.compile(r"(?!Caritas$)[A-ZÄÖÜ][\wäöüß-]*(?:en|s)")


JOINTLY_RE = re.compile(r"\bgemeinsam\b|\bzusammen\s+mit\b|\bin\s+(?:Kooperation|Zusammenarbeit)\s+mit\b")
# what no house holds: "keine Führungen mehr", an invitation to do something ("lädt … ein, sich … anzumelden")
NOT_HELD_RE = re.compile(r"\bkein(?:e[nmrs]?)?\b|\bnicht\b|\bein\s*,")
# a quarter that celebrates ("feiert die Musterauer Innenstadt") holds nothing
PLACE_NOT_HOLDER_RE = re.compile(r"(?:[Ii]nnenstadt|[Aa]ltstadt|[Oo]rtsmitte|[Ff]ußgängerzone)$")


# the patterns whose verb has an object that must be an event: "organisiert …", "bietet … an", "… organisiert werden"
OFFERING_PATTERNS = LATE_HOLDER_RES[0], LATE_HOLDER_RES[2], LATE_HOLDER_RES[4]
DAYS_OF_EVENTS_RE = re.compile(r"[a-zäöüß](?:woche|wochen|tage)\b")  # "die Seniorenwoche", "Aktionstage"
# a count of offers: "bietet der NABU 13 spannende Programme für naturinteressierte Kinder an", "30 Termine"
COUNTED_OFFERS_RE = re.compile(r"\b\d{1,3}\s+(?:[a-zäöüß]+e\s+){0,2}(?:Programme|Angebote|Termine|Aktionen|Veranstaltungen)\b")


def _offers_an_event(sentence: str, holder: str) -> bool:
    """Whether what the sentence says is organised or offered is an event ("die Seniorenwoche", "Führungen", "52 Kurse"),
    not waffles, a shuttle, parking, longer hours or the Tafel."""
    rest = sentence.replace(holder, " ")
    return bool(prose.EVENT_NOUN_RE.search(rest) or prose.OFFER_HEAD_RE.search(rest) or lex.EVENT_TITLE_WORD_RE.search(rest)
                or DAYS_OF_EVENTS_RE.search(rest) or COUNTED_OFFERS_RE.search(rest))


def late_holder(text: str, genitive: bool = False) -> tuple[str, str] | None:
    """The holder LATE_HOLDER_RES find in the text (an event's own paragraph, or the lines above it), and the words that
    say so. `genitive`: read only the event's house in the genitive ("Herbstfest des Integrationsbeirats"), which holds
    only in the sentence of the event's day or in a headline (in the lines above, a past "Fachtagung des
    Landesjugendamtes" or another item's "Adventsmarkt des Heimatvereins" holds nothing of this event)."""
    for pattern in (GENITIVE_HOUSE,) if genitive else LATE_HOLDER_RES[:-1]:
        for match in pattern.finditer(text):
            sentence = prose.sentence_at(text, match.start())
            if JOINTLY_RE.search(sentence) or NOT_HELD_RE.search(sentence[sentence.find(match.group(0)):]):
                continue  # (hosted jointly: "laden gemeinsam ein"; "veranstaltet keine Führungen mehr"; "lädt … ein, sich …")
            if pattern is GENITIVE_HOUSE and match["case"] == "der" and _PLURAL_HOUSES_RE.fullmatch(
                    match["org"].split()[0]) and not re.search(r"[A-ZÄÖÜ]{2}", match["org"].split()[0]):
                continue  # ("der Bildungsbüros": a plural; a name in capitals is kept)
            if pattern is GENITIVE_HOUSE and _UNNAMED_HOUSE_RE.fullmatch(match["org"].strip()):
                continue  # ("Workshop der Kita", "Sommertreffen des Netzwerks": a house, but not which one)
            org = _holder_name(match, text, _HOUSE_HEAD_RE)
            if org and not PLACE_NOT_HOLDER_RE.search(org) and (pattern not in OFFERING_PATTERNS
                                                                or _offers_an_event(sentence, match.group(0))):
                return org, match.group(0)
    return None


# "Staatssekretär Dr. Erika Beispiel", "Landrätin Muster": a person in office, never the organizer themselves
_OFFICE_HOLDER = lex.OFFICE_TITLE + r"\s+(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?"

# "der Landrat des Unstrut-Hainich-Kreises", "die Oberbürgermeisterin der Stadt Musterau": the Kreis, the Stadt
OFFICE_OF_BODY_RE = re.compile(lex.OFFICE_TITLE + r"\s+(?:des|der)\s+"
                               r"(?P<body>(?:Landkreises|Kreises|Stadt|Gemeinde|Hansestadt)\s[A-ZÄÖÜ].+|[A-ZÄÖÜ][\wäöüß-]*-Kreises)")

# what an office holder speaks for: a ministry, an office, an administration (not "im Rathaus Musterau", a venue)
_AUTHORITY = r"[\wäöüß-]*(?:[Mm]inisterium|[Aa]mt\b|[Vv]erwaltung|[Bb]ehörde|[Rr]egierung)"

# a round-up's paragraph that opens with its host, the host's quarter and address: "Das Goethe-Gymnasium in
# Lurup, Rispenweg 28, lädt am 8. Januar …", "Die Lindenschule (ehemals …) in Westviertel, Am Markt 20, lädt …"
INVITING_HOST_RE = re.compile(rf"(?:^|\n|[.!?][“\"]?\s+)(?:Die|Der|Das)\s+(?P<org>(?:[\w-]+\s+){{0,3}}?[\wäöüß-]*(?:{_ORG_WORDS}|(?i:{lex.SCHOOL_WORD}))"
                              rf"\w*(?:\s{_ORG_NAME})?(?:\s(?:der|des)\s{_ORG_NAME})?)(?:\s+\([^()]{{1,40}}\))?(?:\s+in\s+[A-ZÄÖÜ][\w-]+)?"
                              rf"(?:,\s*[^,.]{{3,50}}?\s\d+[a-z]?(?:[-–]\d+)?\s*,)?\s*(?:lädt|lud)\b")


# the people of a house invite, so the house holds it: "Die Schülerinnen und Schüler des Gymnasiums Musterau laden …
# ein", "Das Team der Kita Sonnenschein lädt …", "Die Klasse 4b der Lindenschule lädt …"; a body of its parents or
# pupils holds it under its own name: "Die Schülervertretung der Gesamtschule Musterau lädt …" (read before the patterns
# that would take the people for the holder, or miss them)
_PEOPLE_OF_HOUSE = (r"(?:Schülerinnen\s+und\s+Schüler|Schüler(?:innen)?|Kinder|Jugendlichen|Team|Kollegium|"
                    r"Lehrerinnen\s+und\s+Lehrer|Lehrkräfte|Erzieherinnen(?:\s+und\s+Erzieher)?|"
                    r"Mitarbeiter(?:innen)?(?:\s+und\s+Mitarbeiter)?|Mitarbeitenden|Klasse\s+\d{1,2}\s?[a-z]?|"
                    r"Klassen\s+\d{1,2}(?:\s?[a-z])?(?:(?:,\s*|\s+und\s+)\d{1,2}(?:\s?[a-z])?)*)")
_BODY_OF_HOUSE = r"(?:Schülervertretung|Schülermitverwaltung|SMV|Elternvertreter(?:innen)?|Elternvertretung|Elternbeirat|Elternrat)"
PEOPLE_OF_HOUSE_INVITE_RE = re.compile(
    rf"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:Die|Das|Der)\s+(?:(?P<people>{_PEOPLE_OF_HOUSE})|(?P<body>{_BODY_OF_HOUSE}))\s+"
    rf"(?P<case>des|der)\s+(?P<org>{_ONE_LINE_ORG_NAME})\s+(?=(?:l[äa]d(?:t|en)|lud(?:en)?)\b{_TO_INVITATION_END}\bein\b)")


def people_of_house_invite(text: str) -> tuple[str, str] | None:
    """The house whose pupils, team or class invite (or the parents' or pupils' body of the house, by its name), and
    the words that say so."""
    match = PEOPLE_OF_HOUSE_INVITE_RE.search(text)
    if not match:
        return None
    house = nominative(_TAIL_RE.sub("", match.group("org")).strip(" ,"))
    if not _PROGRAMME_HOUSE_RE.search(house) or _UNNAMED_HOUSE_RE.fullmatch(house):
        return None  # ("Die Kinder der Kita laden …": a house, but not which one)
    if match.group("body"):
        return f"{match.group('body')} {match.group('case')} {match.group('org').strip()}", match.group(0)
    return house, match.group(0)


# "Am Sonntag … öffnet das Schulbiologiezentrum seine Pforten zum 34. Umweltforum": the house that opens holds its day
# ("… kann das Schillergymnasium in Bleicherode am Samstag … wieder seine Türen … öffnen")
OPENS_ITS_DOORS_HOLDER_RE = _verb_first(r"(?:öffne[tn]|kann|können|wird|werden)", r"(?:seine|ihre)\s+(?:Pforten|Türen|Tore)")

ORGANIZER_PROSE_RES = (
    # "im Namen des Ganztagsschulverbandes e.V. begrüße ich Sie": the host greets its guests
    re.compile(rf"[Ii]m\s+Namen\s+(?:des|der)\s+(?P<org>{_ORG_NAME})(?:\s+e\.\s?V\.)?\s+"
               rf"(?=(?:begrüße|begrüßen|heiße|heißen|lade|laden)\b)"),
    # "Auf Einladung des …", "folgten einer Einladung der Serviceagentur …, die das Treffen organisierte"
    # ("auf Einladung von Staatssekretär Dr. Beispiel im Bundesministerium für …": the office holder's ministry)
    re.compile(rf"(?:[Aa]uf|\bfolgten|\bfolgen)\s+(?:der\s+|einer\s+)?Ein-?ladung\s+(?:des|der|von)\s+"
               rf"(?:{_OFFICE_HOLDER}\s+(?:im|aus\s+dem|vom|des|der)\s+(?={_AUTHORITY}))?(?P<org>{_ORG_NAME})"),
    re.compile(rf"(?:Die|Der|Das)\s+(?P<org>(?:[\w-]+\s+){{0,3}}{_ORG_WORDS}\w*(?:\s{_ORG_NAME})?)\s+{_FIRST_CLAUSE}"
               rf"l[äa]dt\b(?:[^.]|(?<=\d)\.)*?\bein\b"),
    INVITING_HOST_RE,
    # "Unter dem Motto „…“ laden der Bildungsverbund Nordost-Niedersachsen, das … ab 9.30 Uhr … ein"
    _verb_first(r"l[äa]d(?:t|en)", "ein"),
    # "Am Montag, 26. Mai, lädt die Städtische Musikschule um 18 Uhr wieder zum Montagskonzert": the invitation to an event
    # without its particle
    _verb_first(r"l[äa]d(?:t|en)", rf"zu[mr]\s+(?:[\wäöüß-]+\s+)?[\wäöüß-]*(?i:{lex.EVENT_NOUN_CHOICES}){lex.EVENT_NOUN_ENDING}"),
    # "Vom 14. bis 16. Mai richtet die Volkshochschule Erfurt gemeinsam mit … die 54. Bundeskonferenz … aus"
    _verb_first(r"richte[tn]", "aus"),
    OPENS_ITS_DOORS_HOLDER_RE,
    # "die von der Körber-Stiftung organisierte Konferenz"
    re.compile(rf"\bvo[nm]\s+(?:der\s+|dem\s+)?(?P<org>{_ORG_NAME})\s+(?:organisierte|veranstaltete|ausgerichtete)[nrs]?\s"),
)


@lru_cache(maxsize=4)
def _libraries_named_in_full(text: str) -> dict[str, str]:
    """"Stadtbibliothek" -> "Stadtbibliothek Musterau": the first full name the text gives a town's library (read once a
    page: every event of a long programme asks)."""
    found: dict[str, str] = {}
    for match in ORG_RE.finditer(text) if TOWNS_LIBRARY_RE.search(text) else ():
        bare = TOWNS_LIBRARY_RE.match(match.group("org"))
        name = _clean(match.group("org")) if bare and match.group("org") != bare.group(0) else None
        if name and name.startswith(bare.group(0) + " "):
            found.setdefault(bare.group(0), name)
    return found


COOP_RE = re.compile(r"in\s+(?:Kooperation|Zusammenarbeit)\s+mit\s+(?:dem|der|den)?\s*"
                     r"(?P<orgs>(?:[^.;:()\n]|\([A-ZÄÖÜ][\w.]*\))+)", re.I)

AGENCY_RE = re.compile(
    r"(?:REAB|Regionale\s+Entwicklungsagentur\s+für\s+(?:kommunales\s+)?Bildung(?:smanagement)?)\s+[A-ZÄÖÜ][\w–-]+"
    r"(?:\s*[–-]\s*[A-ZÄÖÜ][\w-]+)?"
    r"|Transferagentur\s+(?:für\s+Großstädte|[A-ZÄÖÜ][\w-]+(?:\s*[–-]\s*[A-ZÄÖÜ][\w-]+)?)"
    r"|Transferinitiative\s+Kommunales\s+Bildungsmanagement|\bKOSMO\b")

_ORG_TAIL_RE = re.compile(r"(?<!-)\s+(?:und|sowie|zu|zum|zur|alle|herzlich|interessierte|Sie|Kommunen)\b.*$"
                          # (the guests it invites, right after its name: "lädt der BUND Bad Langensalza Ferienkinder in den
                          # Garten ein")
                          r"|\s+(?:[A-ZÄÖÜ][a-zäöüß]*(?:kinder|Kinder|eltern|Eltern|familien|Familien|schüler|Schüler|"
                          r"jugendliche|Jugendliche|senioren|Senioren|gäste|Gäste|besucher|Besucher)(?:innen)?)(?:\s.*)?$")

AGENCY_GENITIVE_RE = lex.Gated(r"(?:treffen|workshop|fachtag|konferenz|sprechstunde|tagung|forum|werkstatt|"
                               r"veranstaltung|webinar|seminar)\w*\s+(?:der|des)\s+(" + AGENCY_RE.pattern + ")",
                               ("reab", "transferagentur", "transferinitiative", "kosmo", "entwicklungsagentur"))


# "Tagung der Arbeitsgemeinschaft der Jugendämter … in Kooperation mit …", "Eine Kooperationsveranstaltung
# des Hessischen Jugendrings und der …": a line under the headline that names the event's kind and holder
HOLDER_LINE_RE = re.compile(
    r"^(?:Eine?\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+(?:es|er|e)\s+)?(?:\d{1,2}\.\s*)?[\wäöüß-]*(?:[Tt]agung|[Vv]eranstaltung|[Kk]onferenz|[Ff]achtag|[Ff]orum|[Ww]orkshop|[Ww]erkstatt|"
    r"[Tt]reffen|[Ss]eminar|[Kk]ongress)\s+(?P<article>des|der)\s+(?P<org>[A-ZÄÖÜ][^,;:.!?]{1,160}?)"
    r"(?=\s+(?:in\s+(?:Kooperation|Zusammenarbeit)\s+mit|mit\s+(?:dem|der|den)|und\s+(?:des|der|dem)|am|vom|zum|zur|im|"
    r"in|für|an)\s|\s*[,;:]|\s*$)")
HOLDER_LINES = 8


def organizer_from_holder_line(texts: list[str]) -> tuple[str, str] | None:
    for text in texts[:HOLDER_LINES]:
        match = HOLDER_LINE_RE.match(text) if len(text) < 300 and not lex.FINITE_VERB_RE.search(text) else None
        if not match:
            continue
        org = match.group("org").strip()
        if match.group("article") == "des":
            # "des Hessischen Jugendrings" -> "Hessischer Jugendring": a masculine or neuter noun's genitive -s
            words = org.split(" ")
            last = next((i for i, w in enumerate(words) if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:e?s)", w)
                         and not re.fullmatch(r"[A-ZÄÖÜ][\wäöüß]+ischen", w)), None)
            if last is not None and words[last] not in GENITIVE_TO_NOMINATIVE:
                words[last] = re.sub(r"(?<=[^s])e?s$", "", words[last])  # (nominative() fits the adjective)
            org = " ".join(words)
        org = nominative(re.sub(r"\s+(?:19|20)\d\d$", "", org))  # "der Netzwerkpartner 2015": the year is the edition's
        if re.search(r"(?:partner|teilnehmer|mitglieder)(?:innen)?$", org, re.I):
            continue  # "Regionaltreffen der Netzwerkpartner": whose meeting, not who holds it
        if 2 < len(org) < 140 and (len(org.split()) >= 2 or re.fullmatch(r"[A-ZÄÖÜ]{2,}[\wäöüß+]*", org)) \
                and not gazetteer.known_place(org):  # not "Fachkonferenz der Großstädte": whose, not who
            return org, text[:200]
    return None


# people in general, not an organisation: "die Veranstalter", "die Organisatoren", "die Partner"
GENERIC_HOSTS_RE = re.compile(r"(?:Veranstalter|Organisator|Ausrichter|Partner|Teilnehmer|Gäste|Beteiligte|Initiatoren|Einrichtung(?!s\w)|Institution)\w*\b")


def organizer_from_prose(text: str) -> tuple[str, str] | None:
    """Who the text says holds its event: of the holders its sentences name as holding now, the one named first ("Das
    Stadtteilzentrum … lädt Sie … ein" over a later "Donnerstags lädt die Theatergruppe … ein"; not "Der Heimatverein
    hatte im Mai zum Frühlingsmarkt eingeladen" before "Am Samstag lädt der Gewerbeverein … zum Herbstmarkt ein");
    where none holds now, the first reading's."""
    house = people_of_house_invite(text)
    if house:
        return house
    named = [found for found in list(_invitations_named(text)) + list(_holders_named(text))
             if not LINGER_INVITATION_RE.search(_clause_from(text, found[2])) and not PERFORMERS_RE.match(found[0])]
    holding_now = [found for found in named if not HELD_BEFORE_RE.search(_clause_from(text, found[2]))]
    if holding_now:
        return min(holding_now, key=lambda found: found[2])[:2]
    return named[0][:2] if named else None


def _clause_from(text: str, start: int) -> str:
    """The words from a holder's name to its sentence's end (past an ordinal's or an abbreviation's stop)."""
    return re.split(r"(?<=[a-zäöüß)“\"])[.!?](?:\s|$)", text[start:start + 300], maxsplit=1)[0]


# who reads, plays or speaks at an event, not who holds it: "laden die Autorinnen Erika Beispiel und … zur Lesung ein"
PERFORMERS_RE = re.compile(r"(?:Autor(?:in|innen|en)?|Schriftsteller(?:in|innen)?|Künstler(?:in|innen)?|Musiker(?:in|innen)?|"
                           r"Sänger(?:in|innen)?|Referent(?:in|innen|en)?)\s+[A-ZÄÖÜ]")
# an invitation to linger, not to an event: "Im Lesesaal lädt die Weinstube zum Verweilen und Klönen ein"
# (not "zum Stöbern und zur Lesung ein": a reading too)
LINGER_INVITATION_RE = re.compile(r"\bzu[mr]?\s+(?:Verweilen|Stöbern|Schmökern|Entspannen|Klönen|Ausruhen|Träumen|Bummeln|"
                                  r"Relaxen|Kaffeetrinken|Innehalten)(?:\s+und\s+[A-ZÄÖÜ][a-zäöüß]+)?\s+ein\b")
# a holder named as holding before ("hatte … eingeladen", "lud … ein", "veranstaltete"): an earlier event's
HELD_BEFORE_RE = re.compile(r"\b(?:hatte|hatten|lud|luden|trafen|traf|veranstaltete[n]?|organisierte[n]?|richtete[n]?)\b")


# a group of a house by its kind alone: "Theatergruppe", "Kiezchor", "Krabbelgruppe"
GROUP_ALONE_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:gruppe|chor|ensemble|(?<!ver)(?<!bund)band|team)")


def _invitations_named(text: str):
    """(holder, words, where) of each invitation pattern's first holder in the text, in the patterns' order."""
    for pattern in ORGANIZER_PROSE_RES:
        match = pattern.search(text)
        if match:
            org = _ORG_TAIL_RE.sub("", match.group("org")).strip()
            org = re.sub(r"^(?:Die|Der|Das)\s+", "", org)
            org = nominative(org).strip()
            if lex.EVENT_TITLE_WORD_RE.search(org) or re.search(r"[Aa]usstellung\b", org):
                continue  # "Die Hansestadt richtet die Konferenz am Dienstag … aus": the event, not who holds it (nor
                # "lädt die Sonderausstellung „…“ dazu ein": an exhibition, not who shows it)
            office = OFFICE_OF_BODY_RE.fullmatch(org)
            if office:  # "lädt der Landrat des Unstrut-Hainich-Kreises … ein": the office holder's body holds it
                org = re.sub(r"(?<=[Kk]reis)es$", "", nominative(office.group("body")))
            if GENERIC_HOSTS_RE.match(org) or _PERSON_OR_GUESTS_RE.match(org) or "_" in org \
                    or pattern in (INVITING_HOST_RE, OPENS_ITS_DOORS_HOLDER_RE) and KIND_ONLY_HOST_RE.fullmatch(org):
                # "laden die Veranstalter am Wochenende … ein": nobody named; a person; a file's name; "Die Schule lädt …":
                # the kind alone (the other readings may name it fully)
                continue
            if org in _KIND_ALONE:
                org = _the_one_named(org, text)
                if not org:
                    continue
            if PLURAL_KIND_ALONE_RE.fullmatch(org):
                continue  # "laden die Volkshochschulen bundesweit zur Langen Nacht ein": many houses, none of them named
            if GROUP_ALONE_RE.fullmatch(org):
                continue  # "lädt die Theatergruppe „Die Pfefferstreuer“ … ein": a house's group, the house holds its days
            if 2 < len(org) < 90:
                yield org, match.group(0), match.start()


def _holders_named(text: str):
    """(holder, words, where) of each holder pattern's first holder in the text, in the patterns' order."""
    for pattern in HOLDER_RES:
        found = next(((org, match.group(0), match.start()) for match in pattern.finditer(text)
                      for org in [_holder_name(match, text)] if org), None)
        if found:
            yield found


# the plural of a kind of house, alone: "die Volkshochschulen", "die Bibliotheken", "die Kitas", "die Familienzentren"
# (not "die Volkshochschulen im Landkreis Musterau", their network; not "des Bildungsbüros", one office in the genitive)
PLURAL_KIND_ALONE_RE = re.compile(r"(?=[A-ZÄÖÜ])[\wäöüß-]*(?i:schulen|bibliotheken|büchereien|kitas|vereine|zentren|gemeinden|"
                                  r"einrichtungen|häuser|stätten|werke|ringe|ämter|verbände|stiftungen|initiativen|museen)"
                                  r"(?:\s+in\s+(?:Deutschland|Bayern|ganz\s+\w+|[A-ZÄÖÜ][\wäöüß-]+))?")
JOINT_HOSTS_RE = re.compile(r"\b(?:gemeinsam|zusammen)\s+mit\b|\bin\s+Kooperation\s+mit\b")
KIND_ONLY_HOST_RE = re.compile(r"(?:Schule|Grundschule|Gymnasium|Kita|Kindergarten|Hochschule|Universität|Volkshochschule|"
                               r"Stadt|Gemeinde|Landkreis|Kreis|Verein|Stiftung|Bibliothek|Stadtbibliothek)")


def inviting_host(sentence: str) -> str | None:
    """The host a sentence opens with, inviting ("Das Gymnasium Beispielhöhe in Südviertel, Turmstraße 2, lädt am …");
    None for any other sentence."""
    if not INVITING_HOST_RE.search(sentence) or JOINT_HOSTS_RE.search(sentence):
        return None  # (hosted jointly: "lädt … gemeinsam mit der Hochschule … ein" names no one host)
    held = organizer_from_prose(sentence)
    # "Die Schule lädt …": a kind alone is whichever school the text is about, no host of its own
    return held[0] if held and not KIND_ONLY_HOST_RE.fullmatch(held[0]) else None


def co_organizers_from(text: str) -> list[str]:
    lower = text.lower()
    if "kooperation" not in lower and "zusammenarbeit" not in lower:
        return []
    match = COOP_RE.search(text)
    if not match:
        return []
    names = re.split(r",\s*|\s+(?:und|sowie)\s+(?:dem|der|den)?\s*", match.group("orgs"))
    cleaned = []
    for name in names:
        name = re.sub(r"\s+(?:statt|durchgeführt|organisiert|veranstaltet|angeboten|ausgerichtet|zu|zum|zur|am|an|"
                      r"ein|herzlich|alle)\b.*$", "", name)
        name = re.sub(r"^(?:dem|der|den|die)\s+", "", name.strip())
        if 2 < len(name) < 90 and not re.match(r"(?:uns|Ihnen|ihnen|euch|mir)\b", name):
            cleaned.append(name)
    return cleaned


# a library's own programme: "im Arbeitsraum der Stadtbücherei", "Die Stadtbibliothek begrüßt das neue Jahr …"
LIBRARY_RE = re.compile(r"\b(?P<kind>(?:Stadt|Gemeinde|Kreis|Kinder|Jugend)?(?:Bücherei|Bibliothek)|"
                        r"(?:Stadt|Gemeinde|Kreis|Kinder|Jugend)(?:bücherei|bibliothek))(?![\wäöüß-])"
                        r"(?:\s+(?P<town>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*))?")
LIBRARY_TEXT_BUDGET = 6_000  # characters of a page's text in which its library is named
# a school's, Kita's or youth centre's own page (its headline): a library it names is a place its children visit
OWN_PAGE_OF_OTHER_HOST_RE = re.compile(rf"(?i:{lex.SCHOOL_WORD})|Kita\b|Kindergarten|Kindertages|Hort\b|Familienzentrum|Jugendhaus")


def library_of_page(texts: list[str]) -> str | None:
    """The one library a page names (by its kind alone or with its town) twice, or once as a sentence's subject ("Die
    Stadtbibliothek begrüßt …"): the host of the page's events that name none; None where it names two, or none."""
    text = "\n".join(texts)[:LIBRARY_TEXT_BUDGET]
    matches = list(LIBRARY_RE.finditer(text))
    subject = [m for m in matches if text[max(0, m.start() - 4):m.start()] in ("Die ", "Das ")
               and not lex.CLOSURE_RE.search(text[m.end():m.end() + 120].split(".")[0])]
    if len(matches) < 2 and not subject:
        return None  # (named once, as a place: "Am 26. Oktober ist der Tourbus vor der Stadtbibliothek zu Gast"; "Die
        #             Bibliothek bleibt … geschlossen" is no host's sentence)
    if texts and OWN_PAGE_OF_OTHER_HOST_RE.search(texts[0]):
        return None  # a school's or Kita's own page ("Termine der Lindenschule"): its children visit the library
    names = set()
    for match in matches:
        town = match.group("town")
        names.add(f"{match.group('kind')} {town}" if town and gazetteer.known_place(town) else match.group("kind"))
    kinds = {name.split(" ")[0] for name in names}
    kinds = {kind for kind in kinds if not any(other != kind and other.endswith(kind.lower()) for other in kinds)}
    if len(kinds) != 1:  # ("die Bücherei" is the "Stadtbücherei" named before)
        return None
    return max((name for name in names if name.split(" ")[0] in kinds), key=len)


# the kinds of school a page may call its school by ("die Oberschule"); their full name is their town's, never a slogan's
SCHOOL_KIND_RE = re.compile(r"Oberschule|Realschule|Grundschule|Gesamtschule|Mittelschule|Musikschule|Gymnasium")
# a holder named by its kind alone ("das Bündnis", "die Stadtbücherei", "der Arbeitskreis"), where the page gives its
# full name elsewhere
HOLDER_HEAD_WORD_RE = re.compile(r"(?:Bündnis|Netzwerk|Arbeitskreis|Initiative|Zentrum|Familienzentrum|Stadtbücherei|"
                                 r"Stadtbibliothek|Bibliothek|Gemeindebücherei|Bücherei|Volkshochschule|Kreisverwaltung|"
                                 r"Stadtverwaltung|Jugendamt|Bildungsbüro|Förderverein|Verein|Beirat|Seniorenbeirat|Forum|"
                                 # a school by its kind: "die Oberschule" of a page headed "Oberschule Bischofswerda"
                                 rf"{SCHOOL_KIND_RE.pattern}|"
                                 # an association's acronym: "der NABU" of a page that opens with "Der NABU Burgdorf …"
                                 r"[A-ZÄÖÜ]{3,5})")
FULLER_HOLDER_READ = 200  # lines: where a page names its holder in full, near its top


def fuller_holder(kind: str, texts: list[str]) -> str | None:
    """The full name the page gives a holder it also calls by its kind alone: "Bündnis für Familie", "Stadtbücherei
    Weinstadt" (a known town after the kind), the most often named of them; None where the page gives none or two."""
    pattern = re.compile(rf"\b{re.escape(kind)}\s+(?:(?P<of>für|gegen)\s+(?P<what>[A-ZÄÖÜ][\wäöüß-]+)|(?P<town>[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?))")
    counts: dict[str, int] = {}
    for text in texts[:FULLER_HOLDER_READ]:
        if kind not in text:
            continue
        for match in pattern.finditer(text):
            if match.group("of") and SCHOOL_KIND_RE.fullmatch(kind):
                continue  # (a school's slogan, "Eine Musikschule für Groß und Klein", is no name of it)
            if match.group("of"):
                name = f"{kind} {match.group('of')} {match.group('what')}"
            else:
                town = gazetteer.known_place(match.group("town")) or gazetteer.known_place(match.group("town").split()[0])
                if not town:
                    continue
                name = f"{kind} {town}"
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None

