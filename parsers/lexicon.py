"""Every German cue the extractor reads: label words, event words, status words, publication cues,
formats, topics, target groups, online platforms. The only copy; readers import from here.

A cue list is a regex (or a `Gated` regex that only runs when one of its keywords occurs).
Adding a word the pages use is a change in this file and nowhere else.
"""
from __future__ import annotations

import re

from .dates import OPENING_HOURS_WORDS, WEEKDAY_NAME
from .event import CANCELLED, POSTPONED

class Gated:
    """A regex that only runs when one of its literal keywords occurs in the lowercased text.

    `in` on a string is a memchr-speed scan; an unanchored case-insensitive alternation in `re`
    steps through every character. Over a whole page the difference is tenfold, and most rules
    find nothing on most pages."""

    __slots__ = ("pattern", "keywords")

    def __init__(self, pattern: str, keywords: tuple[str, ...], flags: int = re.IGNORECASE):
        self.pattern = re.compile(pattern, flags)
        self.keywords = keywords

    def search(self, text: str, lower: str | None = None):
        lower = text.lower() if lower is None else lower
        for keyword in self.keywords:
            if keyword in lower:
                return self.pattern.search(text)
        return None

    def finditer(self, text: str, lower: str | None = None):
        lower = text.lower() if lower is None else lower
        return self.pattern.finditer(text) if any(k in lower for k in self.keywords) else iter(())

LABELS = {
    "type": ("Art", "Format", "Veranstaltungsart", "Veranstaltungsformat", "Art der Veranstaltung", "Veranstaltungstyp"),
    "title": ("Veranstaltung", "Titel", "Veranstaltungstitel", "Was"),
    "place": ("Ort", "Wo", "Veranstaltungsort", "Tagungsort", "Sitzungsort", "Location", "Ort, Raum", "Raum", "Treffpunkt",
              "Sitzungsraum"),
    "date": ("Datum", "Termin", "Wann", "Zeit", "Uhrzeit", "Details zur Veranstaltung", "Zeitraum",
             "Beginn", "Veranstaltungsdatum", "Termine", "Startdatum", "Start", "Sitzungsdatum",
             "Sitzungstermin", "Sitzungsbeginn", "Veranstaltungstermin"),  # (a council's invitation: "Sitzungstermin: …")
    "end": ("Ende", "Enddatum", "Veranstaltungsende", "Bis"),
    "old_date": ("Ursprünglicher Termin", "Ursprüngliches Datum", "Alter Termin", "Bisheriger Termin"),
    "new_date": ("Neuer Termin", "Neues Datum", "Ersatztermin"),
    "organizer": ("Veranstalter", "Veranstalterin", "Veranstalter*in", "Veranstalter:in",
                  "Veranstaltende", "Ausrichter", "Gastgeber", "Organisation"),
    "contact": ("Kontakt", "Ansprechpartner", "Ansprechpartnerin", "Ansprechpartner/in",
                "Ansprechpartner*in", "Ansprechperson", "Ansprechpersonen", "Für Rückfragen"),
    "deadline": ("Anmeldeschluss", "Anmeldefrist", "Anmeldung bis", "Registrierung bis"),
    "registration": ("Anmeldung", "Zur Anmeldung", "Teilnahmebedingungen", "Teilnahme"),
    "target": ("Zielgruppe", "Zielgruppen", "Die Veranstaltung richtet sich an", "Für wen",
               "Teilnehmende", "Adressaten"),
    "speaker": ("Referent", "Referentin", "Referenten", "Referent(en)", "Referierende",
                "Moderation", "Referent*innen", "Dozent", "Dozentin", "Dozierende", "Kursleitung", "Kursleiter",
                "Kursleiterin", "Vortragende", "Vortragender"),
    "info": ("Weitere Informationen", "Programm", "Kosten", "Teilnahmegebühr", "Hinweis", "Kategorie", "Kategorien",
             "Rubrik", "Rubriken", "Schlagwörter", "Schlagworte"),
    "body": ("Gremium",),  # a council's session page: "Gremium: Ausschuss für Schule und Bildung"
}

NOT_NAME_WORDS = {"Kontakt", "Telefon", "Anmeldung", "Veranstalter", "Ort", "Online", "Programm", "Bildung",
                   "Weitere", "Informationen", "Zurück", "Seitenanfang", "Für", "Bei", "Ansprechpartner",
                   "Ansprechperson", "Ansprechpartnerin", "Referentin", "Referent", "Stadt", "Landkreis",
                   "Transferagentur", "Netzwerk", "Kommunales", "Bildungsmanagement", "Bildungsmonitoring"}

ROLE_RE = re.compile(r"(?:Referent|Koordinat|Projektleit|Leitung|Leiterin|Leiter|Berater|Prozessbegleit|"
                     r"Mitarbeiter|Sachbearbeit|Assistenz|Teamleit|Fachberat|Organisation|Technik)", re.I)

# "abgesagt", but not "Frau X (FDP) hat abgesagt": a guest declining cancels nothing
CANCELLED_RE = Gated(r"\b(?:(?<!\bhat\s)(?<!\bhaben\s)abgesagt|entf[äa]llt|entfallen|f[äa]llt\s+(?:leider\s+)?aus|"
                     r"muss\s+(?:leider\s+)?ausfallen|ausgesetzt|findet\s+(?:leider\s+)?nicht\s+statt|"
                     # (the event itself, named back: "findet dieser vor den Ferien nicht statt"; not "…, sondern wurde verlegt")
                     r"findet\s+(?:dieser|diese|dieses)\s+(?:[\wäöüß-]+\s+){0,4}(?:leider\s+)?nicht\s+statt(?!,?\s+sondern)|"
                     r"(?:wird|kann|können|könnte)\s+(?:leider\s+)?nicht\s+stattfinden|storniert|"
                     # the holder's decision ("haben uns entschieden, die Fachtagung 2020 abzusagen"; not a guest's duty
                     # "bei Verhinderung rechtzeitig abzusagen")
                     r"(?:entschieden|entschlossen|beschlossen|gezwungen|[Hh]erzens)\b[^.!?]{0,80}\babzusagen|"
                     # a letter's or a notice's heading: "Absage der Fachtagung 2020 in Bad Bevensen" (not a condition,
                     # "Absage der Veranstaltung … bei weniger als sechs Anmeldungen vorbehalten")
                     r"(?:^|\n)\s*Absage\s+(?:der|des)\s+[\wäöüß-]*(?i:tagung|fachtag|veranstaltung|konferenz|workshop|sitzung|"
                     r"versammlung|fest|feier|lesung|vortrag|seminar|treffen|sprechtag|messe|abend|kongress|forum|werkstatt)"
                     r"\w*(?![^\n]{0,80}(?:vorbehalten|bei\s+weniger|\bfalls\b|\bwenn\b)))\b",
                     ("abgesagt", "entf", "fällt", "fallt", "ausfallen", "ausgesetzt", "nicht statt", "storniert",
                      "abzusagen", "absage"))

POSTPONED_RE = Gated(r"\b(?:verschoben|verlegt|neuer\s+Termin|Terminverschiebung|Termin[äa]nderung|"
                     r"auf\s+einen\s+späteren\s+(?:Termin|Zeitpunkt)|ersatztermin|zu\s+verschieben|"
                     r"auszusetzen\b.{0,300}?\bneuen?\s+Termine?|"
                     r"nachgeholt|Nachholtermin|Nachholveranstaltung)\b",  # "(20./21. März) wird am 26. November nachgeholt"
                     ("verschoben", "verlegt", "neuer", "terminverschiebung", "terminänderung", "terminanderung",
                      "späteren", "ersatztermin", "verschieben", "auszusetzen", "nachgeholt", "nachhol"))

NEW_DATE_CUE_RE = re.compile(r"(?:neuer\s+Termin|verschoben\s+auf|auf\s+den|findet\s+nun|nun\s+am|"
                             r"stattdessen|Ersatztermin|jetzt\s+am)", re.I)

OLD_DATE_CUE_RE = re.compile(r"(?:ursprünglich|bisherig|alte[rn]?\s+Termin|statt\s+am|anstelle|geplant\s+war)", re.I)

BOOKED_OUT_RE = Gated(r"\b(?:ausgebucht|keine\s+(?:freien\s+)?Plätze\s+mehr|Warteliste)\b",
                      ("ausgebucht", "plätze", "warteliste"))

EVENT_TYPE_RULES = (
    ("Sprechstunde", Gated(r"sprechstunde", ("sprechstunde",))),
    ("Webinar", Gated(r"webinar|online-seminar", ("webinar", "online-seminar"))),
    ("Fachtag", Gated(r"fachtag|fachtagung(?!en)|bildungstag", ("fachtag", "bildungstag"))),
    ("Konferenz/Tagung", Gated(r"konferenz|tagung|kongress|symposium", ("konferenz", "tagung", "kongress", "symposium"))),
    ("Netzwerktreffen", Gated(r"netzwerktreffen|netzwerk-treffen|treffen\s+des\s+\w*netzwerk|"
                              r"vernetzungstreffen|arbeitskreis|austauschtreffen|"
                              r"netzwerk\w*\s+(?:dkbm|bildung)\w*\s*[:–-]", ("netzwerk", "treffen", "arbeitskreis"))),
    ("Werkstatt/Workshop", Gated(r"workshop|werkstatt", ("workshop", "werkstatt"))),
    ("Forum", Gated(r"forum", ("forum",))),
    ("Seminar", Gated(r"seminar|fortbildung|qualifizierung|schulung|lehrgang",
                      ("seminar", "fortbildung", "qualifizierung", "schulung", "lehrgang"))),
)

TOPIC_RULES = (
    ("Bildungsmonitoring", Gated(r"monitoring|bildungsbericht|datenreport|indikator|bildungsdaten",
                                 ("monitoring", "bildungsbericht", "datenreport", "indikator", "bildungsdaten"))),
    ("Bildungsmanagement", Gated(r"bildungsmanagement|\bDKBM\b", ("bildungsmanagement", "dkbm"))),
    ("Neuzugewanderte/Integration", Gated(r"neuzugewandert|zugewandert|integration|geflüchtet|migration|flucht",
                                          ("zugewandert", "integration", "geflüchtet", "migration", "flucht"))),
    ("Sozialraum", Gated(r"sozialr[äa]um|quartier", ("sozialr", "quartier"))),
    ("Startchancen", Gated(r"startchancen", ("startchancen",))),
    ("BNE", Gated(r"\bBNE\b|nachhaltige\s+entwicklung|bildung\s+für\s+nachhaltig", ("bne", "nachhaltig"))),
    ("Übergang Schule–Beruf", Gated(r"übergang\s+schule|schule[\s–-]+beruf|berufsorientierung|"
                                   r"übergangsmanagement|ausbildung", ("übergang", "beruf", "ausbildung"))),
    ("Ganztag", Gated(r"ganztag(?!ig)", ("ganztag",))),
    ("frühkindliche Bildung", Gated(r"frühkindlich|\bkita|kindertages|frühe\s+bildung",
                                    ("frühkindlich", "kita", "kindertages", "frühe"))),
)

TARGET_GROUP_RULES = (
    ("Bildungsmanagement", Gated(r"bildungsmanager|bildungsmanagement", ("bildungsmanag",))),
    ("Bildungsmonitoring", Gated(r"bildungsmonitor|statistik", ("bildungsmonitor", "statistik"))),
    ("Koordination", Gated(r"koordinat", ("koordinat",))),
    ("Führungskräfte", Gated(r"führungskr|dezernent|amtsleit|verwaltungsspitze|fachbereichsleit",
                             ("führungskr", "dezernent", "amtsleit", "verwaltungsspitze", "fachbereichsleit"))),
    ("Kommunale Fachkräfte", Gated(r"kommunale\w*\s+(?:fachkr|mitarbeit|beschäftigt)|kommunalverwaltung",
                                   ("kommunal",))),
    ("Politik", Gated(r"politik|kreistag|stadtrat|bürgermeister|landr[äa]t",
                      ("politik", "kreistag", "stadtrat", "bürgermeister", "landrat", "landrät"))),
)

PLATFORMS = (
    ("MS Teams", Gated(r"\b(?:MS[\s-]?Teams|Microsoft[\s-]Teams|Teams-(?:Meeting|Konferenz|Sitzung))\b", ("teams",))),
    ("Webex", Gated(r"\bWebex\b", ("webex",))),
    ("Zoom", Gated(r"\bZoom\b", ("zoom",))),
    ("BigBlueButton", Gated(r"\bBigBlueButton\b|\bBBB\b", ("bigbluebutton", "bbb"))),
)

# an event made up on a later day: "… am Dienstag, dem 23.1.2024 nachholen!", "wird am 23. Juni nachgeholt"
MADE_UP = r"nachholen|nachgeholt|nachzuholen"
MADE_UP_LATER_RE = re.compile(rf"\b(?:{MADE_UP}|Nachholtermin|Ersatztermin)\b")

# a page of the day's short news: "Aktuelle Kurznachrichten aus „OS & Umzu“ vom 02.02.2023 – 16:00 Uhr" (its day and
# clock are when it was put together, its name no event's)
NEWS_OF_A_DAY_RE = re.compile(r"(?:Aktuelle\s+)?(?:Kurznachrichten|Nachrichten|Meldungen|Newsticker|News|Ticker)\b"
                              r"[^.!?]{0,80}\bvom\s+[0-3]?\d\.[01]?\d\.(?:\d{2}){1,2}\b")

ONLINE_RE = re.compile(r"\b(?:online|digital|virtuell|Videokonferenz|Web-?Konferenz)\b", re.I)

HYBRID_RE = re.compile(r"\bhybrid", re.I)

TBA_RE = re.compile(r"wird\s+noch\s+bekannt|\btba\b|\bn\.\s?n\.|^(?:Ort\s+)?folgt|^noch\s+offen", re.I)

TENTATIVE_RE = re.compile(r"\b(?:vsl\.|voraussichtlich|save\s+the\s+date|geplant\s+ist)", re.IGNORECASE)

ALL_DAY_RE = re.compile(r"ganzt[äa]gig", re.IGNORECASE)

# the opening of days held together, or of an event: "Auftakt", "Auftaktveranstaltung", "Eröffnung"
OPENING_WORD_RE = re.compile(r"\b(?:Auftakt|Eröffnung)\w*")
# the opening of a house or a service, reported or announced ("bei der Eröffnung der neuen Jugendberufsagentur"; not
# "ein Jahr nach der Eröffnung des Neubaus", "Eröffnung des Verfahrens", an agenda's "Eröffnung der Sitzung")
HOUSE_OPENING = (r"(?<!nach der )(?<!seit der )(?<!nach )(?<!seit )\bEröffnung\s+(?:der|des)\s+(?!(?:\w+\s+)?\w*(?:[Vv]erfahren|"
                 r"[Kk]onto|[Ii]nsolvenz|[Tt]agesordnung|(?:[Ss]itzung|[Vv]ersammlung|[Bb]eratung)\b))")
HOUSE_OPENING_RE = re.compile(HOUSE_OPENING)
# the same, told by its verb: "haben … offiziell das neue Jugendberatungsbüro RoOF in der … eröffnet"
# (and in the past, verb first: "eröffnete am Freitag die sechste Jugendberufsagentur des Kreises in Norderstedt")
HOUSE_OPENED_RE = re.compile(r"\b(?:das|die|den)\s+neuen?\s+[A-ZÄÖÜ][\wäöüß-]+[^.!?]{0,120}?\beröffnet\b"
                             r"|\beröffnete(?:n)?\s+(?:[^.!?]{0,40}?\s)?(?:das|die|den)\s+(?:neuen?\s+|[a-zäöüß]+te[nr]?\s+)"
                             r"[A-ZÄÖÜ][\wäöüß-]+")

DEADLINE_CUE_RE = re.compile(r"anmeld|angemeldet|registrier|rückmeld|zur\s+teilnahme\s+bis|teilnahmewunsch|"
                             r"melden\s+sie\s+sich|anmeldeschluss|frist|"
                             # "Wer mitmachen möchte, meldet sich bitte bis zum 15. Mai beim Vorstand"
                             r"\bmelde[tn]\s+sich\b[^.!?]{0,40}\bbis\b|"
                             # ("schicken Sie Ihre Zu- bzw. Absage bis zum 19. Oktober": a reply is due)
                             r"zu-\s*(?:bzw\.|oder|und)\s*absage|\b(?-i:Ihre|Eure|Deine)\s+zusage", re.I)

# dates of other things than events: applications, submissions, "mit Wirkung zum 31. Dezember"
# an application's closing date ("Bewerbung bis"), not a contest's ceremony ("anlässlich des Wettbewerbs … am")
# The words that end a school's or a campus's name: "Werkrealschule", "Max-Planck-Gymnasium", "Kita Sonnenschein"
SCHOOL_WORD = "schule|gymnasium|kolleg|kita|kindergarten|kindertagesstätte|hort|hochschule|universität"

# "Vom 2. bis 4. Februar nehmen alle Gesamtschulen Anmeldungen entgegen", "… können in dieser Zeit angemeldet werden": a
# window in which a school takes registrations, not an event
REGISTRATION_WINDOW_RE = re.compile(r"\b(?:nehmen|nimmt)\b[^.]{0,120}\bAnmeldungen\s+entgegen\b|\bangemeldet\s+werden\b|"
                                    r"\bAnmelde(?:zeitr(?:aum|äume)|woche|termine|zeiten)\b")
# signing up over days: "der kann sich für das kommende Schuljahr vom 13. bis 18. März 2023 im Sekretariat anmelden"
SIGNING_UP_RE = re.compile(r"\b(?:kann|können)\s+sich\b(?:[^.]|(?<=\d)\.){0,160}?\banmelden\b")
OTHER_DEADLINE_RE = re.compile(r"(?<!wett)bewerb|wettbewerb[^.]{0,40}\bbis\b|einsend|eingesandt|einreich|eingereicht|abgabe|antrag|anträg|einreichung|call\s+for|mit\s+Wirkung", re.I)

# ("Stand: 07.01.2025", "Stand vom …", "Stand 12.3.2024"; not "nach aktuellem Stand (Mai 2020) findet … vom 14. Oktober …")
PUBLICATION_CUE_RE = re.compile(r"veröffentlicht|Ausgabe\b(?!\s+(?:der|des|von|für)\b)|publiziert|\b(?:Meldungs|Melde|Veröffentlichungs|Erscheinungs|Artikel|Beitrags)datum\s*:|(?-i:\bStand(?=\s*(?::|vom\b|\d)))|erstellt\s+am|aktualisiert|Aktualisierung\b|"
                                r"\|\s*Newsletter\b|Newsletter\s*(?:#|Nr\.?)\s*\d|"
                                r"Presse(?:mitteilung|meldung|information)\s+(?:Nr\.\s*[\d/-]+\s+)?vom|Beitrag\s+vom|"
                                r"\bMeldung\s+(?:de[rs]\s+[\w -]{1,60}?\s+)?vom\b|"  # "Meldung der Nachrichtenagentur vom 27.01.2026"
                                r"geschrieben\s+am|Newsletter\s+vom|^Newsletter\b[^|:\d]{0,60}[|:]\s*\d{1,2}\.\d{1,2}\.\d{2,4}|"
                                r"(?:Gespeichert|Eingestellt|Verfasst|Geschrieben)\s+von\s+\S+(?:\s+\S+)?\s+am\b|"  # a CMS's byline
                                r"\b(?:Eingestellt|Gepostet|Online\s+gestellt)\s+am\b|\bOnline\s+seit\b|"  # a post's stamp
                                # a report's byline with its day: "Text: Erika Beispiel, 07.12.2026", "Text und Foto: …, 7. Dezember"
                                r"^\s*(?:Text|Bericht|Text\s+und\s+Fotos?|Text\s*/\s*Fotos?)\s*:\s*[^,\d.!?]{3,60},\s*$|"
                                r"\d\s+Aufrufe\b|"
                                r"\bJahrgang\s+\d+\s+(?:Nummer|Nr\.?)\s*\d+\b|"
                                r"^Nachricht\s+(?=\d{1,2}\.)|"  # a church press office's "Nachricht 20. September 2005"  # an official gazette's issue: "Jahrgang 9 Nummer 6 Donnerstag, den 14. Juni"
                                r"^(?:Autor(?:in)?|Verfasser(?:in)?)\s*:|"  # "Autor: Die Pressesprecherin, 11.09.2015" under a release  # "27.02.2014 Aufrufe": an e-paper's upload day and views
                                r"\bvon\s+(?:dpa|epd|kna|afp|ap|reuters|red\.?|redaktion)\s*\|\s*$", re.I)  # "Von dpa | 22.09.2022, 17:58 Uhr": a news agency's byline

# "Nienburg 15.05.2018 Von Die Harke", "Musterau, 03.02.2027 – von Erika Beispiel": a paper's dateline, day and author
DATELINE_BYLINE_RE = re.compile(r"[A-ZÄÖÜ][\wäöüß.-]++(?:\s[A-ZÄÖÜ(][\wäöüß.)-]++){0,2},?\s+\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"
                                r"\s*[–-]?\s*[Vv]on\s+[A-ZÄÖÜ].{1,60}")  # (not "Montag, 06.02.2023 von 09.00 - 16.30 Uhr")
# a blog's archive of one day, the day its posts appeared: "Archive - Dienstag, 23. Juli 2024", "Tagesarchiv: 23.07.2024"
DAY_ARCHIVE_RE = re.compile(r"(?:Archive?|Archiv\s+(?:für|vom)|Tagesarchiv)\s*[-–:|]?\s*(?:[A-ZÄÖÜ][a-zäöüß]+,?\s*)?"
                            r"\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ])")
# a town by its title: "der Wissenschaftsstadt Darmstadt", "der Hansestadt Lübeck", "der Universitätsstadt Marburg"
# ("der Großen Kreisstadt Radebeul", "der Alten Hansestadt Lemgo", "der Hanse- und Universitätsstadt Rostock")
TITLED_TOWN = (r"(?:(?:Großen|Alten|Freien)\s+)?(?:(?:Landeshaupt|Hanse|Universitäts|Wissenschafts|Kreis|Bundes|Luther|"
               r"Residenz|Kur)stadt|Hanse-\s+und\s+Universitätsstadt)")
# A person in office ("Staatssekretär Dr. …", "Landrätin …"): never the organizer themselves, but their body may be
OFFICE_TITLE = r"(?:Staatssekretär|Minister|Landrat|Landrätin|Oberbürgermeister|Bürgermeister|Senator|Dezernent|Präsident)(?:in)?"
# an office holder's hours at someone else's event, and their visit to it: "• Bildungsministerin Dr. A. Beispiel,
# Freitag, 13. Februar, 10.45 Uhr bis 11.30 Uhr"; "Daneben besucht auch der Präsident des … die Messe am Freitag"
# (a compound office too: "Justizstaatssekretärin", "Kultusminister")
_ANY_OFFICE = (r"(?:[A-ZÄÖÜ][a-zäöüß]+)?(?i:staatssekretär|minister|landrat|landrätin|oberbürgermeister|bürgermeister|"
               r"senator|dezernent|präsident)(?:in)?")
_PERSONS_NAME = r"(?:(?:Dr|Prof)\.\s+)*(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\wäöüß-]+)\s+[A-ZÄÖÜ][\wäöüß-]+"
# (the row's day right after the name: not "Oberbürgermeisterin Dr. J. Beispiel: Neujahrsempfang am Sonntag …", the
# holder's own event)
OFFICE_HOLDERS_DAY_RE = re.compile(rf"^\W*{_ANY_OFFICE}\s+{_PERSONS_NAME}\s*[,:–-]\s*(?:[A-ZÄÖÜ][a-zäöüß]+\.?,?\s*)?\d|"
                                   rf"\bbesuch(?:t|en)\b.*\b{_ANY_OFFICE}\b|\b{_ANY_OFFICE}\b.*\bbesuch(?:t|en)\b")

# A day's or a week's own name is an event's: "Tag der Bildung", "Woche der Ausbildung", "Lange Nacht der Wissenschaft"
# (not a public holiday)
DAY_OF_NAME_RE = re.compile(r"(?:Tag|Tage|Woche|Wochen|Nacht|Lange\s+Nacht)\s+(?:der|des)\s+"
                            r"(?!Deutschen\s+Einheit|Arbeit\b|Befreiung\b)[A-ZÄÖÜ\w]")

# A site that reports on others' events: a newspaper, a radio, a news portal ("Kreiszeitung", "Radio Hagen",
# "rv-news", "Wochenblatt", "Hamburger Abendblatt")
NEWS_MEDIA_RE = re.compile(r"zeitung|anzeiger|kurier|blatt\b|bote\b|nachrichten|news|radio|rundschau|merkur|allgemeine|"
                           r"tagblatt|echo\b|\bpost\b|presse|tv\b|magazin|portal|journal|report|wochen|online\b|spiegel|"
                           r"stimme\b|\b(?:NDR|WDR|MDR|SWR|BR|HR|RBB|SR|ZDF|ARD|taz|FAZ)\b|deutschlandfunk|\bwelt\b|"
                           r"\bbild\b|tageblatt|volksfreund|landeszeitung|"
                           r"openpr|lifepr|politik\s+bei\s+uns|ratsinfo|"  # (press release and council paper portals)
                           r"linkedin|facebook|xing|youtube|instagram|twitter|eventbrite|meetup", re.I)  # (platforms)

# A body's name, as a site names itself in its <title>: "… | Bildungsbüro Musterau", "… – Landkreis Beispiel"
ORGANISATION_WORD_RE = re.compile(r"(?:Stadt|Landkreis|Kreis|Gemeinde|Bezirk|Landratsamt|Kreisverwaltung|Stadtverwaltung|"
                                  r"Bildungsbüro|Bildungsregion|Bildungsnetzwerk|Transferagentur|REAB|Agentur|Amt|"
                                  r"Ministerium|Stiftung|Netzwerk|Volkshochschule|VHS|Verband|Verein|Institut|Akademie|"
                                  r"Büro|Zentrum|Kommune|Landesinstitut|Koordinierungsstelle|Fachstelle|Beratungsstelle|"
                                  r"Bezirksregierung|Jugendberufsagentur)", re.I)

# "von 10 bis 17 Uhr", "von 9.30 Uhr bis ca. 16.15 Uhr": hours, written as a span, apart from their day
# "… dass jede Schule bis zum 30.06.2027 ein Konzept vorlegen muss": a day that ends a duty, no event
UNTIL_RE = re.compile(r"\bbis\s+(?:zum\s+|spätestens\s+)?$")
# a state that holds since a day: "Seit dem 1. Januar 2018 haben Kinder … einen Anspruch" (no event on that day)
SINCE_RE = re.compile(r"\b[Ss]eit\s+(?:dem\s+)?$")
# a day on which funding, a project's run or a term ends, said right before or after the day: "Die Laufzeit des
# Programms endet am 30. Juni", "Zum 31. Dezember endet die Förderung des Projekts", "läuft die Förderung zum 31. März
# aus" (not "läuft über das Programm", not "die Förderung endet nicht mit dem Schuleintritt" a clause away)
_RUN_NOUN = r"(?:Förderung|Finanzierung|Laufzeit|Förderphase|Förderzeitraum|Amtszeit|Modellphase|Projekt\w*|Programm\w*)"
RUN_ENDS_BEFORE_DAY_RE = re.compile(rf"\b{_RUN_NOUN}\b[^.;!?]{{0,60}}\b(?:endet|enden|endete|läuft|laufen|lief)\s+"
                                    r"(?:(?:am|zum|mit\s+dem)\s*)$|"
                                    rf"\b(?:läuft|laufen|lief)\s+(?:die|der|das)\s+{_RUN_NOUN}[^.;!?]{{0,40}}\b(?:am|zum)\s*$")
RUN_ENDS_AFTER_DAY_RE = re.compile(rf"[\s,]*(?:endet|enden|endete|läuft|laufen|lief)\s+(?:die|der|das|dann\s+die)\s+"
                                   rf"(?:\w+\s+)?{_RUN_NOUN}\b(?![^.;!?]{{0,60}}\bnicht\b)")
DUTY_VERB_RE = re.compile(r"\b(?:müssen|muss|sollen|soll)\b")
# a house's opening hours ("Die Bücherei ist an diesen Samstagen von 9 bis 13 Uhr geöffnet", "Öffnungszeiten")
OPENING_HOURS_RE = re.compile(rf"\b(?:{OPENING_HOURS_WORDS})\b")
HOURS_RE = re.compile(r"\b(?:von\s+\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr\s*)?bis|[Zz]wischen\s+\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr\s*)?und)\s+(?:(?:ca\.|circa|etwa|gegen)\s*)?\d{1,2}(?:[.:]\d{2})?\s*Uhr")
# "Anmeldungen nimmt das Bildungsbüro montags bis freitags von 9 bis 12 Uhr entgegen", "bleibt die Bibliothek von 9
# bis 12 Uhr geschlossen": an office's opening or closing hours, no event's
OFFICE_HOURS_RE = re.compile(r"Anmeld|erreichbar|Sprechzeit|Öffnungszeit|geöffnet|geschlossen|gesperrt|telefonisch|werktags|"
                             r"besetzt|Hotline|Shuttle|verkehrt|"
                             r"täglich|(?:montags|dienstags|mittwochs|donnerstags|freitags)", re.I)

# "Sat, 24 Aug 2019 18:45:01 +0200": a feed's or a server's timestamp (RFC 822), never an event
# "28.05.2015 22:29:07 Uhr": a time to the second is when a page was made or changed
MACHINE_TIMESTAMP_RE = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+"
                                  r"\d{2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|GMT|UTC)"
                                  # (":00" may be a form's event time, "10:00:00"; not at an odd minute: "23.04.2011 | 04:23:00")
                                  r"|\b\d{1,2}\.\d{1,2}\.\d{4}\s*[,|·]?\s+\d{1,2}:(?:\d{2}:(?!00)\d{2}|(?!\d[05])\d{2}:00)\b"
                                  # (any clock to the second between a portal's bars: "30.08.2027 | 19:00:00 | ID: 6620")
                                  r"|\b\d{1,2}\.\d{1,2}\.\d{4}\s*\|\s*\d{1,2}:\d{2}:\d{2}\s*\|")

NEGATIVE_CUE_RE = re.compile(r"(?:\bseit\b|\bvom\b|\bab\s+dem\b|in\s+Kraft|Beschluss|Gesetz|Richtlinie|"
                             r"Förderrichtlinie|Erlass|gegründet|bis\s+spätestens|Frist)[^.]{0,30}$", re.I)

EVENT_CUE_RE = re.compile(r"(?:\bam|\bvom|\bfindet|\bfand|\bTermin|\bTreffen|\bstatt|\bbeginnt|"
                          r"\bVeranstaltung|Save\s+the\s+Date|\bzum|\bDatum)\b[^.]{0,40}$", re.I)

HAPPENS_RE = re.compile(r"\b(?:findet|fand|finden|fanden)\b|\bstatt\b|\bstattfinden\b", re.I)
# and its subordinate forms: "… das … vom 30.07. bis 17.08. stattfindet" (a sentence that says a span takes place)
HAPPENS_ANY_FORM_RE = re.compile(rf"{HAPPENS_RE.pattern}|\bstatt(?:findet|fand|fanden|gefunden)\b", re.I)

BOILERPLATE_RE = re.compile(r"^(?:(?:Direkt\s+)?[Zz]um\s+Inhalt(?:\s+(?:springen|wechseln|gehen))?|Zur Navigation|Zurück|Zurück zum Seitenanfang|"
                            r"Drucken|Teilen|Menü|Suche|Startseite|Home|"
                            # a calendar's box heading over the entry: "Veranstaltungsdetails", "Termindetails"
                            r"(?:Veranstaltungs|Termin|Event)?[Dd]etails|Veranstaltungs(?:informationen|infos?)|"
                            # a document's metadata labels ("Erstellt" / "24.05.18, 09:23" under "Datum" / "01.03.2018")
                            r"Erstellt|Aktualisiert|Zuletzt\s+(?:geändert|aktualisiert)|Geändert|Veröffentlicht|"
                            r"Erstellt\s+am|Aktualisiert\s+am|Veröffentlicht\s+am|Größe|Dateigröße|Inhalt\s+der\s+Datei)$", re.I)

REGISTRATION_LINK_RE = re.compile(r"anmeld|registr|formular|signup|teilnahme|ticket|\.pdf$|\.ics$", re.I)

MORE_LINK_RE = re.compile(r"\b(?:mehr|weiterlesen|weiter|weitere\s+informationen|informationen|infos?|details|"
                          r"zur\s+veranstaltung|zum\s+termin|ausschreibung|programm)\b", re.I)

# a service that starts its work on a day, no event held on it: "Das neue Zentrum soll zum 1. Januar 2022 seine Arbeit
# aufnehmen"
_STARTS_WORK = r"(?:seine|ihre)\s+Arbeit\s+aufnehmen|(?:den\s+)?Betrieb\s+aufnehmen"

# (nor a delivery: "Der neue Konzertflügel wurde am 3. Dezember geliefert")
NOT_AN_EVENT_AFTER_RE = re.compile(r"^[^.]{0,80}\b(?:gegründet|ins\s+Leben\s+gerufen|in\s+Kraft|beschlossen|"
                                   r"(?:an|aus)?geliefert|"
                                   rf"veröffentlicht|erschienen|verabschiedet|eingeführt|gestartet|{_STARTS_WORK})\b|"
                                   # (and as an attribute right after the day: "des am 18. Oktober 2017 gegründeten Vereins")
                                   r"^\s*(?:gegründet|veröffentlicht|erschienen|verabschiedet|eingeführt)e[nmrs]\b", re.I)

NOT_AN_EVENT_PAGE_RE = re.compile(r"Stellenausschreibung|Stellenangebot|Wir\s+suchen|Jobs?\b|Interview|"
                                  r"Pressemitteilung|Publikation|Handreichung|Arbeitshilfe|Studie\b", re.I)

# Event nouns. A German compound names what its last part names ("Bildungskonferenz",
# "Jahrestagung", "Auftaktveranstaltung"), so each entry is the head of a compound, as a lower-case
# regex fragment. `prose.EVENT_NOUN` and the two cue patterns below are all built from these lists.
EVENT_NOUNS = (
    "konferenz", "tagung", "fachtag", "forum", "werkstatt", "workshop", "seminar", "treffen", "sprechstunde",
    "webinar", "veranstaltung", "kongress", "symposium", "barcamp", "austausch", "dialog", "gespräch",
    "fortbildung", "(?<!buch)besprechung", "(?<=[a-zäöüß])(?<!mani)fest", "(?<=[a-zäöüß])salon",
    "markt der möglichkeiten", "tag der offenen tür",  # (not a "Buchbesprechung", not a "Manifest")
    "(?<=[a-zäöüß])empfang",  # "Jahresempfang", "Neujahrsempfang"; not "nach Empfang der Bestätigung"
    "(?<!bundes)(?<!landes)akademie",  # "Die Bundesakademie lädt ein": an institution
    "(?:impuls|aktions|bildungs|orientierungs|informations|info|themen|zukunfts|berufe|ausbildungs|netzwerk|eltern|familien|"
    "berufswahl|weiterbildungs|volkshochschul|demokratie|kita|inklusions|hochschul|studien|mitmach|schnupper|vorlese|"
    "kennenlern)tag",  # ("MINT-Mitmachtage", "Vorlesetag", "Schnuppertag")
    # days named by what happens on them, as pages of the field name them ("Kinderbibeltag", "Gesundheitstage",
    # "Elternsprechtag", "Deutscher Bibliothekstag", "Seniorentag"); a list, not any "…tag": most days so named are
    # days off, holidays, bodies or deadlines ("Reinigungstag", "Volkstrauertag", "Kreistag", "Abgabetag")
    "(?:senioren|bibel|jugendhilfe|lese|sprech|karriere|kultur|heimat|jugendkunstschul|landfrauen|gesundheits|"
    "experimentier|europa|medien|erlebnis|jugend|spiele|bibliotheks|delegierten|kindergarten|musikschul|museums|umwelt|"
    "sport|ehrenamts|integrations)tag",
    # a fair of schools and trades: "Berufs- und Studienorientierungsmesse", "Karrieremesse", "Praktikumsmesse"
    "(?:bildungs|ausbildungs|berufs(?:info|informations)?|job|studien|orientierungs|karriere|praktikums|lehrstellen)messe",
    # and its exchange: "Ausbildungsbörse", "Berufsinfobörse" (not the "Jobbörse", an agency's web portal)
    "(?<!online-)(?:ausbildungs|berufs(?:info|informations)?|studien|karriere)börse",  # (a Praktikums- or
    # Lehrstellenbörse is as often a web portal)
    # a field trip of a programme: "Die abschließende Exkursion am 8. Juli führt ins Freilandmuseum"
    "exkursion",
    # a contest held on its days: "Vorlesewettbewerb", a music school's "Schulwettbewerb" (not a contest of entries sent
    # in, whose days are deadlines)
    "(?:vorlese|lese|schul|musikschul)wettbewerb",
    # a music school's recital of a class: "Vorspiel der Klavierklasse", "Klassenvorspiel" (not a play's "Nachspiel")
    "vorspiel",
    # a ceremony: "Festakt zum 35-jährigen Bestehen", "Jubiläumsfestakt" (not a "Feierstunde", as often where something
    # was handed over)
    "festakt",
    # a lecture, a children's university and its days: "Vorlesung „Faszination Licht“", "Start der Kinder-Uni ist am …"
    "(?<!ring)vorlesung", "kinder-?uni(?:versität)?(?![a-zäöüß])", "kinderhochschule",
    # names borrowed from English: "MINT-Campus-Day", "Girls' Day", "MINT-Camp", "Bildungsfestival", "Hackathon"
    "(?<=[-'’])day", "(?:girls|boys)[‘´`]?\\s?day",  # (and "Girls Day", "Girls‘Day" as the papers spell it)
    "(?:mint|sommer|ferien|zukunfts|bildungs|jugend|sprach|kinder|lern|fußball|sport|tennis|kunst|musik|theater|zirkus|forscher|natur|outdoor|englisch|film)-?camp(?![a-zäöüß])", "festival",
    "hackathon",  # (not "Holiday", "Birthday", "Hochschulcampus")
    # a holiday trip of a youth group: "Ferienfreizeit", "Kinderfreizeit" (not one's "Freizeit", spare time)
    "(?:ferien|kinder|jugend|familien|sommer|winter|konfi|zelt)freizeit",
    # trainees meet firms for minutes each: "Azubi-Speed-Dating", "Speeddating", "Experten-Dating"
    "(?:speed|experten|azubi|ausbildungs|berufs|job|eltern)-?dating(?!-)",  # (not a "Jobdating-App")
    # a compound opening: "Semestereröffnung", "Ausstellungseröffnung" (not "nach Eröffnung des Verfahrens")
    "(?<=[a-zäöüß])eröffnung",
    # a showing of instruments, books or plays: "Instrumentenvorstellung", "Buchvorstellung" (not a "Zielvorstellung")
    "(?<![a-zäöüß])(?:instrumenten|buch|theater|projekt|berufe|berufs|film)vorstellung(?![a-zäöüß])",
    # an exhibition of its own kind, shown for days or weeks: "Kalenderbilderausstellung", "Wanderausstellung" (not a
    # bare "Ausstellung", as often one part of a fair's day: "bieten eine Ausstellung und eine Messe …")
    "(?<![a-zäöüß])[a-zäöüß]*(?:bilder|kunst|wander|foto|jahres|sonder|schüler|kinder|plakat)ausstellung(?![a-zäöüß])",
    # a night of books, films or games in a library, a museum or a school: "Büchernacht", "Lesenacht", "Museumsnacht"
    # (not "Weihnacht", "Mitternacht", "Fastnacht")
    "(?<![a-zäöüß])(?:bücher|lese|vorlese|museums|kino|film|spiele|bibliotheks|kultur|kirchen|wissenschafts|märchen|"
    "mathe|forscher|experimentier)nacht(?![a-zäöüß])",
    # a week or a summit of the field: "Aktionswoche", "Themenwoche", "Bildungsgipfel" (not "Kalenderwoche")
    "(?<![a-zäöüß])(?:aktions|themen|projekt|bildungs|fach|ferien|orientierungs|demokratie|lese|mint|nachhaltigkeits|"
    "integrations|inklusions|naturerlebnis|umwelt|fest|jubiläums|senioren|kinderschutz)-?woche",  # (not a trainee's
    # "erste Ausbildungswoche")
    # weeks of one event in the plural: "die Osnabrücker Seniorenwochen" (not the holidays' "in den Ferienwochen")
    "(?<![a-zäöüß])(?:aktions|themen|senioren|kinderschutz|familien|gesundheits|klimaschutz|klima|kultur|frauen|"
    "integrations|demokratie|umwelt)-?wochen(?![a-zäöüß])",
    # the nationwide weeks of the churches and towns, by their adjective: "die Interkulturellen Wochen im Landkreis"
    # (not the frame of another event: "im Rahmen der interkulturellen Woche", "im Vorfeld zur …")
    "(?<![a-zäöüß])(?<!rahmen\\sder\\s)(?<!vorfeld\\szur\\s)interkulturelle[nr]?\\s+wochen?(?![a-zäöüß])",
    "(?:bildungs|jugend|integrations|kita)gipfel",
    # a café or a regulars' table as a meeting format: "Elterncafé", "Erzählcafé", "Bildungsstammtisch"
    "(?:eltern|erzähl|sprach|familien|bildungs)-?caf[eé]", "(?<=[a-zäöüß])stammtisch", "ringvorlesung",
    # a course that starts on a day: "Vorbereitungskurs", "Qualifizierungskurs", "Crashkurs" (not "Sprachkurse" on offer)
    "(?:vorbereitungs|qualifizierungs|crash|intensiv|einführungs|kompakt)kurs",  # (not a school's "Grundkurs Informatik")
    # a youth leader's training of a youth ring: "Juleica-Grundkurs", "JuLeiCa-Aufbaukurs", "Juleica-Schulung"
    "(?<![a-zäöüß])juleica-?(?:grund|aufbau|verlängerungs|fortbildungs)?(?:kurs|schulung|ausbildung)",
    # a course by its quoted name, as a session one takes part in: "im Kurs „Was rollt denn da?“" (not a "Online-Kurs"
    # for sale, "den Kurs „Informatik Q1“" someone teaches, an "Exkurs")
    "(?:(?<=\\bim\\s)|(?<=\\bbeim\\s))kurs(?=\\s*[„\"“»])",
    "(?:netzwerk|bildungs|unternehmer)(?:frühstück|brunch)",
    # a round table as a meeting ("lud … zum dritten digitalen „Runden Tisch Ukraine“ ein")
    "(?-i:Runde[nmr]?\\s+Tisch)",  # (not "10 Personen sitzen um einen runden Tisch")
    # "Jubiläumsfeier", "Feier zum zehnten Geburtstag der Jugendberufsagenturen" (not "feierlich", "Feierabend", a
    # "Feierstunde" or "Feiertag", nor the verb: "feiern", "feiert", "gefeiert")
    "feier(?![a-zäöüß])",
    # a kita's or a youth club's Halloween in its calendar ("31.10. Halloween – wer möchte, kommt verkleidet")
    "(?<![a-zäöüß])halloween(?:-?party|-?feier|-?fest)?(?![a-zäöüß-])",
    # not "Feierabend", "Vorabend" or a weekday's evening
    "(?:info|informations|themen|eltern|diskussions|vortrags|gesprächs|netzwerk|kamin|bürger|medien)-?abend",
    # an afternoon of the same kinds: "Info-Nachmittag", "Elternnachmittag" (not a weekday's afternoon)
    "(?:info-?|informations|themen|eltern|familien|spiele)nachmittag",
    # a programme's everyday kinds: a library's, a Volkshochschule's, a holiday programme's ("Konzert", "Stadtführung",
    # "Bücherflohmarkt", "Kräuterwanderung", "Puppentheater-Aufführung", "Vorlesestunde", "Preisverleihung")
    # (only the compounds that name a tour or a walk: a "Stadtführung" leads a town as often, a "Völkerwanderung" or a
    # "Krötenwanderung" is no outing, a "Medienverleihung" is a library's lending, "kein Spaziergang" an idiom)
    # (each a word's head: not "Aufführungsrechte", "Gottesdienstordnung", "Flohmarktstand")
    "konzert(?:e|es|s|en)?(?![a-zäöüß])", "(?:museums|sonder|themen|abend|familien|kinder|dom|burg|schloss|kuratoren)führung(?:en)?(?![a-zäöüß])",
    "(?<![a-zäöüß])(?:kräuter|natur|familien|herbst|frühlings|winter|nacht|vollmond|fackel|erlebnis|themen|heimat)?-?"
    "wanderung(?:en)?(?![a-zäöüß])", "(?:bücher|floh|weihnachts|oster|kunsthandwerker|bauern|advents|christkindl(?:es)?|nikolaus)markt(?:e?s)?(?![a-zäöüß])",
    # a careers fair by its older name: "17. Berufemarkt Westbrandenburg", "Ausbildungsmarkt", "Lehrstellenmarkt"
    "(?:berufe|berufs|ausbildungs|lehrstellen|praktikums|job)markt(?:e?s)?(?![a-zäöüß])",
    # a kita's or a parish's bazaar: "Adventsbasar", "Kinderkleiderbasar" (not a visiting "Puppentheater": a troupe, whose
    # play names the event)
    "(?:advents|weihnachts|oster|frühjahrs|herbst|kinderkleider|spielzeug|bücher)?basar(?:e?s)?(?![a-zäöüß])",
    # (a city tour by what follows it, "Stadtführung für Neubürger", "… durch die Altstadt", "… am Samstag"; not the
    # town's leadership, "die Stadtführung von Musterau hat beschlossen")
    r"(?:stadt|kirchen)führung(?:en)?(?=\s+(?:für|durch|mit|zum|zur|zu|am|ab|um|„))",
    "aufführung(?:en)?(?![a-zäöüß])", "gottesdienst(?:e?s|e|en)?(?![a-zäöüß])",
    "(?:preis|förderpreis|ehrenpreis|zeugnis|urkunden)verleihung(?:en)?(?![a-zäöüß])",
    "(?:betriebs|firmen|museums|baustellen)besichtigung(?:en)?(?![a-zäöüß])", "stadtrundg(?:a|ä)ng(?:e?s|e)?(?![a-zäöüß])",
    "(?:bastel|spiele|vorlese|märchen|erzähl|familien)(?:stunde|nachmittag)", "(?:film|kino|spiele|koch|länder|lese)abend",
    # a children's film ("Bilderbuchkino", "Kinderkino"): the kind the studied groups' labels name most often that no
    # word above named (a "Führung durch …", a "Seniorenwoche", a "Lange Nacht der …", a "Tagesfahrt" were tried too:
    # the validation pool read no better, or an invented seniors' week lost its opening concert)
    "(?:bilderbuch|kinder|familien|sommer|schul|open-?air-?|freiluft)kino(?![a-zäöüß])")

# What a clause's verb makes of its day when no noun names it: "am 8. Februar spricht der Historiker … über …" is a
# talk, "liest … aus ihrem Roman" a reading (each verb in the singular or the plural, as announcements write them; a day's
# dot may stand between: "liest … am 14. Juni aus ihrer Biographie")
HAPPENING_OF_VERB = (
    (re.compile(r"\b(?:liest|lesen)\b(?:[^.;]|(?<=\d)\.){0,80}?\baus\s+(?=[a-zäöüß„\"»])"), "Lesung"),  # (not "aus Musterau")
    (re.compile(r"\b(?:liest|lesen)\b(?:[^.;,]|(?<=\d)\.){0,60}?\bvor\s*[.!]"), "Lesung"),  # ("liest dort Schülern … vor.")
    (re.compile(r"\b(?:spricht|sprechen|referiert|referieren)\b(?:[^.;]|(?<=\d)\.){0,80}?\büber\b"), "Vortrag"),
    (re.compile(r"\b(?:tritt|treten)\b(?:[^.;]|(?<=\d)\.){0,80}?\bauf\b"), "Auftritt"),
    (re.compile(r"\b(?:singt|singen|musiziert|musizieren)\b"), "Konzert"),
    (re.compile(r"\b(?:diskutiert|diskutieren)\b"), "Diskussion"),
    (re.compile(r"\b(?:führt|führen)\b(?:[^.;]|(?<=\d)\.){0,80}?\bdurch\b"), "Führung"),
)


# A part of an event or a session of a body: an event in running text ("Der Vortrag am 3. Mai …"),
# but not what makes a line an event's name.
# ("Training" alone, as a session one takes part in: "Am Training „Lernbotschafter stärken“ nahmen …"; not a
# "Bewerbungstraining" on offer whenever one asks)
PART_OF_EVENT_NOUNS = ("schulung", "(?<![a-zäöüß])training", "diskussion", "vortrag", "lesung", "sitzung", "versammlung",
                       "(?<=[a-zäöüß])reihe",  # "Vortragsreihe", not "der Reihe nach"
                       "kick-?off")


# An earlier edition's year, named without its number: "Im vorherigen Jahr musste die Jubiläumsfeier … abgesagt werden",
# "Im vergangenen Jahr mussten wir den Fachtag leider absagen", "Letztes Jahr fiel das Fest aus".
EARLIER_YEAR_RE = re.compile(r"\b(?:(?:im|in\s+dem)\s+(?:vergangenen|vorigen|vorherigen|letzten|zurückliegenden)\s+(?:Schul)?[Jj]ahr|"
                             r"(?:vergangenes|voriges|letztes)\s+(?:Schul)?[Jj]ahr|im\s+Vorjahr|vor\s+(?:einem|zwei|drei)\s+Jahren)\b",
                             re.I)
# … told as past ("musste … abgesagt werden", "fiel aus"), and not of this year too ("dieses Jahr leider auch",
# "Wie schon im Vorjahr entfällt …", "anders als im vergangenen Jahr entfällt … in diesem Jahr")
PAST_STATUS_RE = re.compile(r"\b(?:musste|mussten|wurde|wurden|war|waren|fiel|fielen|hatte|hatten)\b")
THIS_TIME_TOO_RE = re.compile(r"\b(?:(?:in\s+)?diese[ms]\s+(?:Schul)?[Jj]ahr|heuer|diesmal|erneut|auch|wieder|ebenfalls|"
                              r"[Ww]ie\s+(?:schon|bereits)|anders\s+als)\b")


# "VON HASMIK MUSTERFRAU", "Boris Beispiel, Verbandssprecher": a byline or a quoted person's caption
BYLINE_RE = re.compile(
    r"(?:[Vv]on|VON)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){1,2}"
    r"|(?:[Vv]on|VON)\s+(?:www\.)?[\w-]+\.(?:de|com|net|org|info|eu)"  # "von svz.de": the news site itself
    r"|(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?,\s+"
    r"[\wäöüß. -]{0,30}(?:[Ss]precher|[Ll]eiter|[Rr]eferent|[Vv]orsitzend|[Bb]ürgermeister|Landrat|Landrätin|"
    r"[Gg]eschäftsführ|[Kk]oordinator|[Dd]irektor|[Dd]ezernent|[Pp]räsident|[Bb]eauftragte|[Pp]rojektleit)[\wäöüß. -]{0,30}")


# A page that says it looks ahead: "Save the Date", "Vorankündigung", "Bitte merken Sie sich den Termin schon heute vor".
LOOKS_AHEAD_RE = re.compile(r"\bSave\s+the\s+Date\b|Vorankündigung|\bvormerken\b|\bmerken\s+Sie\s+sich\b[^.!?]{0,60}\bvor\b|"
                            r"\bTermin\s+(?:schon\s+)?(?:jetzt|heute)\s+(?:vor|notieren)", re.I)


# What a programme holds besides the event itself, which may be called off while the event goes on: "Der Workshop 3
# „…“ entfällt leider", "Die geplante Kinderbetreuung muss leider ausfallen", "Die Führung am Nachmittag fällt aus".
# (also in a compound: "Bastelworkshop", "Stadtführung")
PROGRAMME_PART_RE = re.compile(r"\b(?:[A-ZÄÖÜ][a-zäöüß]+)?(?:Workshops?|workshops?|Fachforen|(?:Fach)?[Ff]orum\s+\d|Kinderbetreuung|"
                               r"Mittagessen|Mittagsimbiss|Imbiss|Catering|Buffet|Frühstück|Kaffee\s+und\s+Kuchen|[Ff]ührung|"
                               r"Exkursion|Programmpunkt\w*|Impulsvortrag|Podiumsdiskussion|Bustransfer|Shuttle\w*|"
                               r"Rahmenprogramm|Kinderprogramm|Livestream|Abendessen|Get-together)\b")
# The heads an event's name may end in besides the event nouns, by which a sentence names the event back ("Der Abend
# samt Kinderbetreuung muss leider ausfallen" under "Elternabend zur Medienerziehung", "Die Wanderung …" under a
# "Kräuterwanderung"), and the words for the event at large ("Das gesamte Programm", "alle Workshops").
EVENT_HEADS = ("abend", "nachmittag", "vormittag", "morgen", "nacht", "woche", "fest", "feier", "wanderung", "treff",
               "café", "cafe", "reihe", "konzert", "markt", "umzug", "lesung", "ausflug", "fahrt", "empfang", "kurs",
               "gottesdienst", "sprechstunde", "turnier")
WHOLE_EVENT_RE = re.compile(r"\b(?:Veranstaltung(?:en)?|Termine?(?!\s+für\b)|(?:gesamte|ganze)[ns]?|sämtliche|"
                            r"alle)\b", re.I)  # (not "Der Termin für Workshop 2 entfällt": the workshop's; "Der Termin des
#                                                  Seniorenkreises" is the event's, by its holder)


# Event nouns in the plural, each with its singular: the one list that the readers of plural kinds
# ("Informationsveranstaltungen zur Antragstellung", "Bildungskonferenzen in A, B und C") and
# `prose.singular` build on.
EVENT_PLURALS = {"veranstaltungen": "veranstaltung", "konferenzen": "konferenz", "tagungen": "tagung",
                 "workshops": "workshop", "seminare": "seminar", "webinare": "webinar", "sprechstunden": "sprechstunde",
                 "fachtage": "fachtag", "werkstätten": "werkstatt", "foren": "forum", "treffen": "treffen",
                 "termine": "termin", "abende": "abend", "dialoge": "dialog", "gespräche": "gespräch",
                 "kongresse": "kongress", "cafés": "café", "cafes": "cafe", "vorlesungen": "vorlesung", "börsen": "börse",
                 "camps": "camp", "vorträge": "vortrag", "lesungen": "lesung", "exkursionen": "exkursion",
                 "konzerte": "konzert", "führungen": "führung", "aufführungen": "aufführung",
                 "vorstellungen": "vorstellung", "trainings": "training", "umzüge": "umzug", "lesestunden": "lesestunde",
                 "vorspiele": "vorspiel"}


# A fact of a list's item, under its name and day: "Treff: Infozentrum, Schmiedefeld", "Leitung: Erika Beispiel",
# "Kosten: 5 Euro" (a line that ends the item above, never the next item's name)
FACT_LINE_RE = re.compile(r"(?:Treff|Treffpunkt|Leitung|Kosten|Eintritt|Gebühr|Anmeldung|Referent(?:in)?|Kontakt|Zielgruppe|"
                          r"Alter|Dauer|Hinweis|Mitbringen|Info|Infos|Ort|Veranstalter(?:in)?)\s*:\s")


def either_case(word: str) -> str:
    """"[Kk]onferenzen": a noun as the head of a compound ("Bildungskonferenzen") or a word of its own."""
    return f"[{word[0].upper()}{word[0]}]{word[1:]}"


# An event noun's case and plural endings: "des Fachtages", "die Fachtage", "den Sprechstunden".
EVENT_NOUN_ENDING = r"(?:e?s|e?n|e)?"


def _alternation(fragments) -> str:
    return "|".join(fragments)


# The event nouns as one regex alternation, for patterns built around them elsewhere
EVENT_NOUN_CHOICES = _alternation(EVENT_NOUNS)


# A line that names an event: one of the event nouns as the head of a word ("Fachtage", "Workshop-Phase";
# not "Tagungshaus", "Seminarraum", "Veranstaltungskalender"). "Auftakt" names an event in a headline
# ("Auftakt der Bildungsregion") though in running text it means a beginning.
# A series of them names itself so too ("Konferenzreihe Netzwerkarbeit …", "Veranstaltungsreihe „…“").
EVENT_TITLE_WORD_RE = re.compile(rf"(?:{_alternation(EVENT_NOUNS + ('auftakt', '(?:konferenz|tagungs|veranstaltungs|vortrags|seminar)reihe'))})"
                                 rf"{EVENT_NOUN_ENDING}(?![\wäöüß])", re.I)

# A page or heading about an event at all: any event noun, anywhere in a word, or a word of taking part.
EVENT_WORD_RE = re.compile(
    _alternation(EVENT_NOUNS + PART_OF_EVENT_NOUNS + (
        r"Termin", r"Save\s+the\s+Date", r"Auftakt", r"Online-", r"Präsenz", r"Runde\b", r"Klausur",
        r"\bfinde[nt]\b[^.]{0,80}\bstatt\b", r"\bfand\b[^.]{0,80}\bstatt\b", r"\bstattfinden\b",
        r"lädt", r"laden", r"einladen", r"Einladung", r"Anmeld", r"teilnehmen", r"Teilnahme", r"\bMesse\b",
        # a feast by the bare noun ("feiert der Verein sein Fest auf dem Marktplatz"; not "Fest steht, dass …")
        r"(?-i:\bFest(?:es)?\b)(?!\s+steht)", rf"(?-i:{HOUSE_OPENING})")),
    re.I)

# An event noun anywhere in a word ("Veranstaltungsreihe", "Ersatztermin"): a paragraph about an event
EVENT_NOUN_IN_WORD_RE = re.compile(_alternation(EVENT_NOUNS + PART_OF_EVENT_NOUNS + ("termin",)), re.I)

# How much a block speaks of an event: event nouns and the words of taking part, counted.
EVENT_SIGNAL_RE = re.compile(_alternation(EVENT_NOUNS + (r"Veranstalt", r"Anmeld", r"Teilnahme", r"\bOrt\b")), re.I)

SENDER_LINE_RE = re.compile(r"^(?:PRESSEMITTEILUNG|Pressemitteilung|Presseinformation|Newsletter|Startseite|Ausgabe\s+\d+\b|"
                            r"(?:Aussender|Absender|Redaktion|Quelle|Herausgeber)\s*:|"  # a press portal's sender box
                            r"Wird dieser|Im Browser|Liebe |Sehr geehrte|Stadt \w+ [–-] |Landkreis \w+ [–-] |"
                            # a letter's signature: "Ihre Dr. Erika Beispiel", "Ihr Team der Transferagentur" (its
                            # "Herzliche Grüße" is chrome)
                            r"(?-i:Ihre?\s+(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+\s*$)|"
                            r"(?-i:Ihr(?:e)?\s+(?:\w+-?)?Team\b)|"
                            # a paper's or a house's column over its items: "Neues aus der Stadtbibliothek", "Kurz notiert",
                            # "Tipps fürs Wochenende", "Aktuelles aus dem Rathaus"
                            r"(?:Neues|Aktuelles|Nachrichten|Neuigkeiten|Infos?|Meldungen)\s+(?:aus|vom|von)\s+(?:der|dem|den|unserer|unserem)?"
                            r"\s*[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?\s*$|Kurz\s+notiert\s*$|"
                            r"Tipps?\s+(?:fürs|für\s+das|für\s+die|zum)\s+(?:Wochenende|Woche)\s*$|"
                            # a paper's masthead alone: "Saarbruecker Zeitung", "Freie Presse", "Märkische Allgemeine"
                            r"(?-i:(?:[A-ZÄÖÜ][\wäöüß-]*(?:er|e)\s+)?(?:Zeitung|Nachrichten|Rundschau|Anzeiger|Allgemeine|"
                            r"Kurier|Tageblatt|Volksstimme|Presse|Post)\s*$))"
                            r"|\|.*\|", re.I)

# a page's print and share buttons: "Seite drucken", "Artikel teilen", "Druckversion"
PRINT_OR_SHARE = (r"(?:(?:Seite|Artikel|Beitrag)\s+)?(?:drucken|teilen|versenden|empfehlen|merken)|Drucken|Teilen|"
                  r"Druck(?:ansicht|version)|PDF")

# a span that is no event's: a closure, a window to apply or a funding period ("bleibt geschlossen", "finden keine
# Sprechstunden statt", "können sich … bewerben", "Gefördert werden Projekte …")
NOT_A_HAPPENING_SPAN_RE = re.compile(r"\b(?:geschlossen|schließt|entfäll\w*|fällt\s+aus|fallen\s+aus|keine[nrs]?|nicht|"
                                     r"bewerb\w*|Bewerbung\w*|Antr[äa]g\w*|beantrag\w*|[Gg]efördert|Förder\w*|"
                                     r"\w*[Aa]nmeld\w*|einreich\w*|Einsend\w*|\w*[Pp]rüfung\w*|\w*[Ff]erien|Urlaub)\b", re.I)

# "Termine der Stadtteilkonferenz 2027", "Veranstaltungen 2027": the heading of a list of dates, never one event's name
# (with its year: "Veranstaltungen inklusiv gestalten", "Jahr der Nachhaltigkeit" are mottos)
# ("Termine 2027", "Jahrestermine 2023", "Veranstaltungskalender 2026", "Terminplan 2025/26")
LIST_HEADING_RE = re.compile(r"[\wäöüß-]*?(?:Termine|Terminplan|Terminübersicht|Veranstaltungen|Veranstaltungskalender|"
                             r"Jahresplanung)\b.{0,60}?\b(?:19|20)\d\d\b|Jahr\s*:?\s*(?:19|20)\d\d\b", re.I)
# a round-up of a region, not of one town: "Termine in der Region", "in den Kommunen rund um …", "in den Nachbargemeinden"
# (not "rund um" alone, "Informationen rund um die Ausbildung", nor guests "aus dem Umland", "und Umgebung")
REGIONAL_ROUNDUP_RE = re.compile(r"\b(?:in\s+der|aus\s+der)\s+Region\b|"
                                 r"\bNachbar(?:gemeinden|orten|städten|kommunen|stadt)\b|\b(?:Städten|Gemeinden|Kommunen)\s+(?:des|der|im|rund)\b|"
                                 r"\bPartnerstadt\b|\bAusland\b")

# a calendar's own heading, with or without its year: "Termine", "Unsere Veranstaltungen", "Termine im Frühjahr"
CALENDAR_HEADING_RE = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?[\wäöüß-]*?(?:Termine|Terminplan|Terminübersicht|Veranstaltungen|"
                                 r"Veranstaltungskalender|Jahresplanung)\b[^.!?:]{0,40}")

# articles, prepositions and conjunctions: the lower-case words of a name ("Großes Sommerfest der Kita"), never its verb
FUNCTION_WORDS = {"der", "die", "das", "des", "dem", "den", "und", "für", "im", "in", "am", "an", "zum", "zur", "von", "vom",
                  "mit", "auf", "bei", "beim", "aus", "über", "unter", "nach", "ab", "ins", "sowie", "oder"}

# two letters in a row: a line with no such word ("0 02.05.2017", "3") is a stamp or a counter, never a name ("KI & DU" is one)
WORD_RE = re.compile(r"[A-Za-zÄÖÜäöüß]{2}")

NAV_WORD_RE = re.compile(r"\b(?:Startseite|Home|Über uns|Aktuelles|Kontakt|Impressum|Datenschutz|Publikationen|"
                         r"Veranstaltungen|Themen|Angebote|Service|Presse|Suche|Login|Newsletter|Termine)\b")

NOT_A_TOWN = {"Online", "Digital", "Hybrid", "Präsenz", "Raum", "Saal", "Haus", "Rathaus", "Kreishaus", "Tagungshaus",
              "Bildungshaus", "Stadthaus", "Bürgerhaus", "Kulturzentrum", "Zentrum", "Akademie", "Geschäftsstelle",
              "Altstadt", "Marktplatz", "Innenstadt", "Stadtmitte"}  # (parts of every town)
# "am 14. November 2022, Bericht": what the page is, not where the event takes place
# taking part in another's event: "ist unsere Schulband beim Stadtfest dabei", "beteiligt sich am Aktionstag",
# "tanzen unsere Kindergruppen beim Weihnachtsmarkt", "auf der Bühne am Marktplatz"
TAKES_PART_RE = re.compile(r"\b(?:(?:ist|sind|waren|war)\b[^.!?]{0,60}\b(?:beim|bei\s+de[rm]|auf\s+de[mr])\s+[A-ZÄÖÜ][^.!?]{0,40}\bdabei\b|(?:nimmt|nehmen)\b[^.!?]{0,60}\bteil\b|"
                           r"beteilig(?:t|en)\s+sich|wirk(?:t|en)\b[^.!?]{0,40}\bmit\b|\bbeim\s+[A-ZÄÖÜ][\wäöüß-]*(?:fest|markt)\b)")
# a report's headline: "Rückblick: Jugendforum im Rathaus", "Nachlese – Fachtag Ganztag" (it looks back on a day)
REPORT_TITLE_RE = re.compile(r"(?:Rückblick|Nachlese|Nachbericht)\s*[:–-]\s")
PAGE_KIND_WORDS = {"Bericht", "Nachbericht", "Rückblick", "Dokumentation", "Programm", "Einladung", "Ankündigung",
                   "Fotos", "Bildergalerie", "Video", "Präsentation", "Protokoll", "Pressemitteilung", "Save the Date"}
# "Stadtverordnetensitzungssaal", "Ratssaal", "Gemeindezentrum": a room or a building, never a town
VENUE_NOUN_RE = re.compile(r"(?:saal|raum|räume|halle|haus|zentrum|gebäude|aula|schule|gymnasium|bibliothek|museum|"
                           r"kirche|akademie|campus|amt|büro|forum|werkstatt|scheune|foyer|mensa|kantine)$", re.I)

# Programmes that kinds of organisation words name, not organisations: "Bildungsregion in Bayern" is a
# Land's label for Landkreise, "Lernen vor Ort" and "Bildung integriert" were federal programmes.
PROGRAMME_NAMES = {"Bildungsregion in Bayern", "Bildungsregionen in Bayern", "Lernen vor Ort", "Bildung integriert",
                   "Bildungskommunen", "Bildungskommune"}

# A conference as a standing body of a network ("die einmal im Jahr tagt", "besteht aus folgenden Personen")
STANDING_BODY_RE = re.compile(r"einmal\s+im\s+Jahr|\b(?:tagt|tagen)\s+(?:jährlich|regelmäßig|zweimal|mehrmals)|"
                              r"\bbesteht\s+aus\b|\bsetzt\s+sich\s+zusammen\s+aus\b", re.I)

# Verbs of a news headline about an event ("Landkreis lädt zur 3. Bildungskonferenz ein", "Anmeldung … ist
# geöffnet", "Bericht liegt vor"): the event's name stands in the text
NEWS_HEADLINE_VERB_RE = re.compile(r"\b(?:lädt|laden|liegt|bietet|startet|beginnt|geöffnet|erschienen|"
                                   r"veröffentlicht|informiert|sucht|präsentier(?:t|en)\s+sich|stell(?:t|en)\s+sich\b"
                                   r"|treff(?:en|t)\s+sich|trafen\s+sich|[a-zäöüß]{3,}(?:t|te|ten)\s+sich"  # "… erfreute sich großen Zuspruchs"
                                   r"|find(?:et|en)\s.{0,80}\bstatt"  # "… findet im Mai in Erfurt statt"
                                   r"|öffne[tn]\s.{0,60}\b(?:Tore|Türen|Pforten)"  # "Am Samstag öffnet … Bildungsmesse ihre Tore"
                                   r"|fällt\s+aus|fallen\s+aus|entfällt|entfallen)\b")  # "… für Jugendliche fällt aus"

# An invitation: "lud der Jugendring am 05.09. zu seinem jährlichen Empfang … ein", "lädt am 8. Januar zum Tag der
# offenen Tür": whoever invites on a day holds an event that day, even when its name is a bare word ("Empfang").
# Lower-case only: "Laden" is a shop.
INVITES_RE = re.compile(r"\b(?:lädt|laden|lud|luden)\b(?=[^.!?]{0,200}?\bzu[mr]?\b)")  # (not "lud ein Lkw … auf")
# the same, told in the perfect: "Die Einrichtung hatte zum Abschlussfest des Lesesommers eingeladen"
HAD_INVITED_RE = re.compile(r"\b(?:hat|haben|hatte|hatten)\b[^.!?]{0,80}?\bzu[mr]?\s(?P<what>[^.!?]{3,120}?)\s+eingeladen\b")

# A course that starts in one town's venue on one day and in another's on another: "Start im Bürgerhaus in Manching ist
# am Montag, 6. März", "Im Mehrgenerationenhaus in Pfaffenhofen beginnt der neue Kurs am Mittwoch, 8. März"
START_AT_PLACE_RE = re.compile(r"(?:\b(?:Start|Beginn|Auftakt)\s+(?:ist\s+)?(?:im|in\s+der)\s+|^(?:Im|In\s+der)\s+)"
                               r"(?P<venue>[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+){0,2})\s+in\s+(?P<town>[A-ZÄÖÜ][\wäöüß-]+)"
                               r"(?=\s+(?:ist|beginnt|startet)\b)")

# People meeting: "tauschten sich … aus", "trafen sich", "kamen … zusammen" (an event without an event noun)
MEETING_VERB_RE = re.compile(r"\b(?:tausch(?:t|en|te|ten)\s+sich\b|traf\s+sich\b|tr(?:a|e)f(?:en|t|fen)\s+sich\b|trifft\s+sich\b|"
                             r"kamen\b[^.]{0,80}\bzusammen\b|k(?:o|a)mmen\b[^.]{0,80}\bzusammen\b|"
                             r"f(?:a|i)nden\s+sich\b[^.]{0,120}\bzusammen\b(?!\s+mit)|"  # "fanden sich Vertreter … zusammen"
                             # a council's body in session: "tagt der Schulausschuss", "berät der Jugendhilfeausschuss"
                             r"(?-i:\btag(?:t|en|te|ten)\b)|"
                             r"(?-i:\bber(?:ät|aten|iet|ieten)\b)[^.]{0,40}(?:ausschuss|beirat|kuratorium|gremium|kreistag|"
                             r"stadtrat|gemeinderat|elternrat|bildungsrat)[^.]{0,60}\büber\b)", re.I)

# Federal programmes of the field and the years they ran. A page that gives no year at all but speaks
# of "Lernen vor Ort" was written while the programme ran (2009-2014): its "Freitag, 24. September"
# is 2010, not the next Friday 24 September after the crawl.
PROGRAMME_YEARS = ((re.compile(r"\bLernen\s+vor\s+Ort\b"), 2009, 2014),
                   # a page that speaks of the pandemic and gives no year was written while it lasted: by its name,
                   # or by the hygiene rules its event keeps ("Es gelten die derzeit gültigen Hygienevorschriften",
                   # "konform mit den geltenden Hygienevorschriften"), a mouth-and-nose cover, 3G (not a course that
                   # teaches hygiene rules, a cycling course's "Abstandsregeln", a carnival's "Maskenpflicht")
                   (re.compile(r"\bCorona(?:-?(?:[Vv]irus|[Pp]andemie|[Kk]rise|[Aa]uflagen|[Rr]egeln|[Vv]erordnung|[Ss]chutz\w*|"
                               r"[Mm]aßnahmen|[Zz]eit)|bedingt)\b|\bcoronabedingt|\bwegen\s+(?:der\s+)?Corona\b|\bCOVID-19\b|"
                               r"\b(?:[Ee]s\s+gelten|Einhaltung|einzuhalten|konform|entsprechend|gemäß|unter\s+Beachtung)\b"
                               r"[^.]{0,50}\bHygiene(?:vorschrift|regel|bestimmung|konzept|maßnahme)\w*|"
                               r"\bMund-Nasen-(?:Schutz|Bedeckung)|\bFFP2-Maske|\b[23]G(?:-Regel|\+)"), 2020, 2022))


def programme_years(texts) -> tuple[int, int] | None:
    for pattern, first, last in PROGRAMME_YEARS:
        if any(pattern.search(text) for text in texts):
            return first, last
    return None


# a line that only says whom an item is for: "für Kinder von 6 bis 10 Jahren", "für Familien, Erwachsene und Kinder ab 12
# Jahren", "ab 8 Jahren" (a fact of the item, never its name)
AUDIENCE_LINE_RE = re.compile(r"(?:[Ff]ür|[Aa]b)\s+(?:[\wäöüß-]+,?\s+){0,6}?(?:Jahren|[\wäöüß-]*[Jj]ährige\w*|Kinder\w*|"
                              r"Jugendliche\w*|Eltern|Familien|Erwachsene\w*|Senior\w*|Schüler\w*)\b[^.!?:]{0,40}")


# the lead of a series' further days: "Weitere Termine sind bereits geplant: 23. Juni, …", "Die nächsten Termine …"
FURTHER_DAYS_LEAD = r"(?:[Ww]eitere|[Dd]ie\s+weiteren|[Dd]ie\s+nächsten)\s+Termine"
FURTHER_DAYS_LEAD_RE = re.compile(rf"\b(?:{FURTHER_DAYS_LEAD}|[Nn]ächste\s+Termine)\b")
# what such a lead says of them before its colon: "sind bereits geplant:", "sind schon festgelegt:"
FURTHER_DAYS_PLANNED = r"(?:bereits\s+|schon\s+)?(?:geplant|vorgesehen|festgelegt)\s*:"
# ("Weitere Termine stehen bereits fest: 23. Juni, …"): said instead of "sind … geplant:"
FURTHER_DAYS_FIXED = r"stehen\s+(?:bereits\s+|schon\s+)?fest\s*:"


# "date 2019-09 Das Bildungsbüro …": a text export's month stamp, when the page was written
METADATA_DATE_RE = re.compile(r"^date\s+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?\b")


def without_month_stamp(text: str) -> str:
    """"date 2024-01 Erfurt Eine Übersicht …": the line after a text export's month stamp (a lone stamp stays)."""
    stamp = METADATA_DATE_RE.match(text)
    return text[stamp.end():].lstrip() if stamp and text[stamp.end():].strip() else text

# What a row says of its price or admission, never a place: "Eintritt frei", "Teilnahme kostenlos", "kostet 350 Euro"
ADMISSION_RE = re.compile(r"\b(?:Eintritt|Teilnahme(?:gebühr|beitrag)?|Kosten|kostet|kostenlos|kostenfrei|Gebühr|Spende)(?![\wäöüß-])"
                          r"|\d\s*(?:Euro|€)(?![\wäöüß-])")  # (a price, not "Euro-Schulen Musterau")


# A press conference or briefing on an event is not the event, nor one of the field's events.
PRESS_BRIEFING_RE = re.compile(r"\bPresse(?:konferenz|gespräch|termin)(?:e?s|en)?\b")


# A line that leads into a programme's rows over the days they span: "Die Programmhighlights vom 25. bis zum 27. September:",
# "Unsere Termine vom 3. bis 7. Mai im Überblick:" (the span is theirs, no event of its own)
PROGRAMME_LEAD_IN_RE = re.compile(r"(?:(?:Die|Unsere|Das)\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Hh]ighlights|[Hh]öhepunkte|[Tt]ermine|"
                                  r"[Pp]rogramm(?:punkte)?)\b[^!?]{0,80}:$")

# A sentence that reports what happened: its day lies before the page was written
PAST_REPORT_RE = re.compile(r"\b(?:veranstaltete[n]?|fand(?:en)?|trafen|kamen|nahmen|lud(?:en)?|eröffnete|begrüßte[n]?|tagte[n]?|erwartete[n]?|"
                            r"diskutierten|informierten|tauschten|berieten|stellten|präsentierten|"
                            # a house that opened its doors on the day (not "die Bibliothek, die im Herbst wieder öffnete, lädt …")
                            r"öffnete[n]?\b[^.,;]{0,80}\b(?:Türen|Tore|Pforten)|"
                            r"drehte[n]?\s+sich|widmete[n]?\s+sich|beschäftigte[n]?\s+sich|stand(?:en)?\s+(?:ganz\s+)?im\s+Zeichen)\b|"
                            # the perfect: "haben sich … in Erfurt getroffen", "hat … stattgefunden"
                            r"\b(?:hat|haben|ist|sind)\b[^.!?]{0,120}\b(?:stattgefunden|getroffen|getagt|teilgenommen|"
                            r"zusammengekommen|diskutiert|beraten|durchgeführt|veranstaltet|ausgerichtet)\b"
                            r"(?!\s+(?:wird|werden))")  # ("dass der Fachtag … durchgeführt wird, und zwar am 12. März")

# What a clause reports of its own day: "berichtete ein Reisejournalist am 9. September", "las am 16. Oktober aus ihrem
# Roman", "Die Ausstellung wurde am 3. September eröffnet" (read on the day's clause only: "Wie die Bürgermeisterin
# berichtete, wird die Bücherei am 12. März eröffnet" announces)
PAST_REPORT_OF_ITS_DAY_RE = re.compile(r"\b(?:berichtete[n]?|überreichte[n]?|würdigte[n]?|ehrte[n]?)\b|"
                                       # (a day's dot is no sentence's end: "las am 16. Oktober aus …")
                                       r"\blas(?:en)?\b(?:[^.!?,;]|(?<=\d)\.){0,80}\b(?:aus|vor)\b|"  # (not "de las")
                                       r"\b(?:wurde|wurden)\b(?:[^.!?,;]|(?<=\d)\.){0,120}\b(?:ausgezeichnet|geehrt|verliehen|"
                                       r"überreicht|eröffnet|gefeiert|verabschiedet)\b")

# What a speaker did at an event, in a report: "erklärte der Landrat bei der …", "Bei der Tagung beschrieb …"
_SPEECH_VERBS = "erklärte|sagte|betonte|begrüßte|eröffnete|resümierte|beschrieb|lobte|hob|unterstrich|berichtete"

# A sentence that says its event took place, without a day: "fand letzte Woche … die
# Auftaktveranstaltung … statt", "Zu einem ersten Dialogforum sind jetzt über 200 Teilnehmer …
# gekommen", "erklärte der Landrat bei der konstituierenden Sitzung des Bildungsrates"
REPORTED_EVENT_RE = re.compile(
    r"\bfand(?:en)?\b[^.]{0,160}\bstatt\b|"
    r"\b(?:ist|sind|war|waren|hat|haben|wurde|wurden)\b[^.]{0,160}\b(?:gestoßen|gekommen|zusammengekommen|"
    r"durchgeführt|stattgefunden|ausgerichtet|veranstaltet|eröffnet|organisiert|gefolgt|eingeläutet|gefeiert|begangen)\b|"
    r"\bläutete[n]?\b[^!?]{0,200}\bein\b|"
    r"\bführte[n]?\b[^.!?]{0,200}\bdurch\s*[.,;]|"  # "Das Amt … führten im Februar … einen Vorbereitungskurs … durch."
    rf"\b(?:{_SPEECH_VERBS})n?\b[^.]{{0,100}}\b(?:bei\s+(?:der|dem)|beim)\b|"
    r"\bbegrüßten?\b[^.]{0,100}\b(?:Teilnehm|Gäste|Besucher)|"
    r"\b(?:trafen|kamen|tagte|tagten|diskutierten|berieten)\b|\bversammelten\s+sich\b|"
    # "32 Fachkräfte … nahmen kürzlich am Fachtag Schulsozialarbeit teil" (the event after "am", not "zum Teil")
    r"\bnahm(?:en)?\b[^.]{0,200}\b(?:am|beim|an\s+(?:der|dem|einer|einem))\b[^.]{0,120}\bteil\b|"
    r"\bhatten?\b(?:[^.]|(?<=\d)\.){0,220}\beingeladen\b|\bStartschuss\s+fiel\b|"  # "Zu dieser Auftaktveranstaltung hatte der Landkreis … eingeladen" (past "zum 18. Fachtag")
    # the verb last, in a clause: "…, den die Bildungsregion … ausgerichtet haben", "zu einem Workshop eingeladen hat"
    r"\b(?:ausgerichtet|veranstaltet|durchgeführt|organisiert|eingeladen)\s+(?:hat|haben|hatte|hatten)\b|"
    r"\bfolgten\b[^.]{0,60}\bEinladung\b|"
    # "Einer Auftaktveranstaltung …, einer Bildungskonferenz 2017 folgte am letzten Freitag die Bildungskonferenz 2018"
    rf"\bfolgte[n]?\b[^.]{{0,60}}\b(?:die|der|das)\s+(?:\d{{1,2}}\.\s+[\wäöüß-]*(?i:{EVENT_NOUN_CHOICES})|"
    rf"[\wäöüß-]*(?i:{EVENT_NOUN_CHOICES})\w*\s+(?:(?:19|20)\d\d|„))|"  # (an edition: its year, ordinal or motto)
    # "…, sagt Kreisdezernent Erika Beispiel zur Begrüßung": a welcome spoken at the event reported
    r"\bzur\s+Begrüßung\b|"
    # "Bei der Tagung im Kreishaus beschrieb der Kreisdirektor …" (an event noun after the article: not "Auf Nachfrage erklärte …")
    rf"^(?:Bei\s+(?:der|dem)|Beim|Auf\s+(?:der|dem))\s+(?:[a-zäöüß]+e[nmr]?\s+)?[\wäöüß-]*(?i:{EVENT_NOUN_CHOICES})"
    rf"[^.]{{0,80}}\b(?:{_SPEECH_VERBS})n?\b|"
    # an attendance count tells a report: "referierte er vor rund 250 Gästen", "Über 150 Teilnehmende"
    r"\b(?:rund|über|mehr\s+als|etwa|knapp|fast|insgesamt)\s+\d{2,4}\s+(?:geladene[n]?\s+)?(?:Gäste|Gästen|"
    r"Teilnehmende[n]?|Teilnehmer(?:innen)?|Besucher(?:innen)?|Interessierte[n]?)\b(?![^.]{0,60}\berwartet)")

# How long before its article a reported event took place: "letzte Woche", "jetzt", "kürzlich"
REPORTED_WHEN = ((re.compile(r"\b(?:letzte[n]?|vergangene[n]?|vorige[n]?)\s+Woche\b"), 7),
                 (re.compile(r"\b(?:jetzt|kürzlich|vor\s+kurzem|unlängst|heute|gestern)\b", re.I), 0))

# "5 Jahre …", "Fünf Jahre Transferagentur – Ein Rückblick": an anniversary looks back, it is no event
ANNIVERSARY_TITLE_RE = re.compile(r"(?:\d+|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|"
                                  r"[Ff]ünfzehn|[Zz]wanzig|[Ff]ünfundzwanzig)\s+Jahre\b")

# "feiert in diesem Jahr ihr 20-jähriges Jubiläum … Das Gebäude war am 1. Mai 1989 … übergeben worden": a
# jubilee celebrated now, counted from the one year the page gives a founding, dates the page itself (1989 + 20;
# read by `prose.jubilee_year`)
JUBILEE_RE = re.compile(r"\b(?P<n>\d{1,3})\s?-?\s?jährige[nms]?\s+(?:[A-ZÄÖÜ][a-zäöüß]*j|J)(?:ubiläums?)\b"
                        r"|\b(?P<m>\d{1,3})\s?-?\s?jährige[nms]?\s+(?:Bestehens?|Geburtstags?)\b")  # (and "Schuljubiläum")
# (or the occasion of what is planned now: "Anlass ist das 70-jährige Bestehen", "Anlass für das Konzert ist …",
# "anlässlich des 40-jährigen Jubiläums", "Aus Anlass des 30-jährigen Bestehens")
JUBILEE_NOW_RE = re.compile(r"\b(?:feiert|feiern|begeht|begehen)\b|\b(?:in\s+diesem|dieses|im\s+kommenden)\s+Jahr\b|\bheuer\b|"
                            r"\b[Aa]nlass\s+(?:für\s+[^.!?]{1,60}?\s+)?(?:ist|sind)\b|\b[Aa]nlässlich\b|\b[Aa]us\s+Anlass\b")
# a jubilee of a bond, not of a house: "des 20-jährigen Bestehens ihrer Partnerschaft"
JUBILEE_OF_A_BOND_RE = re.compile(r"\s+(?:ihrer|seiner|unserer|der|einer)\s+(?:[\wäöüß-]+\s+)?[\wäöüß-]*"
                                  r"(?:[Pp]artnerschaft|[Ff]reundschaft|[Kk]ooperation|[Zz]usammenarbeit|[Ee]he)\b")
JUBILEE_PAST_RE = re.compile(r"\b(?:feierte|feierten|beging|begingen|gefeiert)\b|\bvor\s+\w+\s+Jahren\b")
# a paragraph that tells a house's history: "wurde 1964 als Oberschule gegründet", "die Gründung der Schule"
HISTORY_WORDS_RE = re.compile(r"\b(?:gegründet|[Gg]ründung|gründete[n]?|eingeweiht|weitergeführt)\b")
FOUNDING_RE = re.compile(r"\b(?i:gegründete?[nrs]?|eröffnet|eingeweiht|übergeben|ins\s+Leben\s+gerufen|entstand|entstanden|"
                         r"gründete|gründeten|eröffnete|Gründung|Eröffnung|Einweihung|Grundstein)\b"
                         r"|\b(?:nahm|nahmen)\b[^.!?]{0,80}\bArbeit\s+auf\b")  # ("nahm … ihre Arbeit auf": a house's start)

# A news site's clock above the article: an English weekday (a German page never names its event's
# day so), the date, perhaps the time of the request.
SITE_CLOCK_RE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}\.?\s+[A-Za-zäöüÄÖÜ]+"
                           r"\.?\s+\d{4}(?:\s*[·|,-]\s*\d{1,2}:\d{2}(?:\s*Uhr)?)?")

# the event nouns that name a format: "digitaler Austausch von Schülerdaten" or "ein digitaler Dialog mit
# Eltern" is no online event
_FORMAT_NOUNS = tuple(n for n in EVENT_NOUNS if n not in ("austausch", "dialog", "gespräch"))
ONLINE_PROSE_RE = Gated(r"(?:findet|als)\s+(?:\w+\s+){0,3}(?:online|digital|virtuell)"
                        # (not what a paper publishes: "sozusagen als … aktualisierte virtuelle Beilage")
                        r"(?!e[nrs]?\s+(?:Beilage|Ausgabe|Zeitung|Version|Fassung|Welt|Medien|Plattform))|"
                        rf"Online-(?:Format|[\wäöüß]*(?:{_alternation(_FORMAT_NOUNS)}))|"
                        # written solid, only a format's own word ends it: "Onlinekonferenz", "Onlineseminare" (not the site's
                        # "Onlineforum", "Onlineveranstaltungskalender", "Onlineakademie" or a weekly "Onlinesprechstunde")
                        r"\bOnline(?:konferenz|seminar|vortrag|workshop|fortbildung|fachtag|tagung|schulung|kurs|"
                        r"veranstaltung|lesung|diskussion)s?\b|"  # (one event's; "Unsere Onlinevorträge … in der Mediathek": an archive)
                        r"\b(?:[Dd]igitale[nr]?|[Vv]irtuelle[nr]?)\s+[\wäöüß]*"
                        rf"(?:{_alternation(_FORMAT_NOUNS + ('stammtisch',))})(?:en|s|e)?\b|"
                        r"\b(?:[Dd]igitale[nr]?|[Vv]irtuelle[nr]?)\s+[„\"]?Runde[nmr]?\s+Tisch|"  # "zum dritten digitalen „Runden Tisch …“"
                        r"(?:online|digital|virtuell)\s+statt", ("online", "digital", "virtuell"))
# "Nach drei Jahren Online-Formaten …": the formats this event leaves behind, not its own
AFTER_ONLINE_YEARS_RE = re.compile(r"\b[Nn]ach\s+(?:[\wäöüß]+\s+){0,3}(?:Online-?|[Dd]igitale[nr]?\s+|[Vv]irtuelle[nr]?\s+)[\wäöüß-]+")


def online_in_prose(text: str) -> bool:
    """Running text says the event takes place online ("findet digital statt", "Online-Seminar")."""
    if AFTER_ONLINE_YEARS_RE.search(text):
        text = AFTER_ONLINE_YEARS_RE.sub(" ", text)
    return bool(ONLINE_PROSE_RE.search(text))

TARGET_SENTENCE_RE = Gated(r"(?:richtet\s+sich\s+an|Zielgruppe\w*\s+(?:sind|ist|dieses)|geeignet\s+für)[^.]*",
                             ("richtet", "zielgruppe", "geeignet"))

HYBRID_PROSE_RE = Gated(r"\bhybrid(?:e[mnrs]?)?\s+(?:Veranstaltung|Format|statt|Konferenz|Tagung|Fachtagung|Fachtag|"
                        r"Sitzung|Workshop|Seminar|Forum|Kongress)|\bHybrid(?:tagung|konferenz|veranstaltung|format)|"
                        r"sowohl\s+(?:virtuell|online|digital)\s+als\s+auch\s+(?:vor\s+Ort|in\s+Präsenz)",
                        ("hybrid", "sowohl"))

RELATED_HEADING_RE = re.compile(r"^(?:Weitere|Ähnliche|Andere|Verwandte|Neueste|Aktuelle)\s+(?:Meldungen|Nachrichten|"
                                r"Beiträge|Artikel|News)|^Das könnte Sie (?:auch )?interessieren|^Mehr zum Thema|"
                                r"^Auch interessant|^Zuletzt veröffentlicht", re.I)

# an office's or a school's day without events: "bleibt … geschlossen", "Schließtag", "Ferien", "unterrichtsfrei"
CLOSURE_RE = re.compile(r"geschlossen|(?<!an)(?<!ab)(?<!be)(?<!er)(?<!ein)(?<!zu)Schließ|nicht\s+(?:erreichbar|besetzt)|Ferien|unterrichtsfrei|schulfrei|Feiertag", re.I)
# a series' break: "Das Kinderkino macht vom 1. Juli bis 31. August Sommerpause", "geht in die Winterpause"
BREAK_RE = re.compile(r"(?:Sommer|Winter|Weihnachts|Oster|Ferien)pause\b")

# "am Montag", "am Wochenende": after "am" a day, never the rest of a name ("Frankfurt am Main")
WEEKDAY_RE = re.compile(rf"\b(?:{WEEKDAY_NAME})\b")
TIME_OF_WEEK = (rf"(?:{WEEKDAY_NAME}|Wochenende|Vormittag|Nachmittag|"
                r"Abend|Morgen)\b")

# A press article's dateline: "Barendorf. Organisiert …", "Landkreis UELZEN. Aufgrund …",
# "Marburg-Biedenkopf – Wie soll …". The town is where the article was written, not who invites.
# (each word possessive: a line of 2,000 hyphenated capitals, "MINT-Campus-Day-Campus-…", took a minute to fail)
DATELINE_RE = re.compile(r"^(?:(?:Landkreis|Kreis|Stadt)\s)?[A-ZÄÖÜ][\wäöüÄÖÜß-]++(?:[\s/-][A-ZÄÖÜ][\wäöüÄÖÜß-]++){0,2}"
                         r"(?:\s\((?:[\w.\s]+|[A-ZÄÖÜ]{1,6}/[\w.\s/-]+|[a-z]{1,4}(?:/[a-z]{1,4})+)\))?(?:\.|\s[–·-])\s+"
                         r"(?:\([a-zäöü]{2,8}\)\s+)?[A-ZÄÖÜ„\"]"  # ("Wolfsburg (WB/Stadt Wolfsburg) - Das …", "Wuppertal · Die …", "Bad Berleburg. (wipo) Am …")
                         r"|^\([A-ZÄÖÜ][\wäöüß.-]+(?:\s[A-ZÄÖÜ][\wäöüß.-]+)?,\s*[a-z]{1,4}(?:/[a-z]{1,4})*\)\s*[A-ZÄÖÜ„\"]"
                         # a town in capitals run into its first sentence: "OFTERSHEIM.Neues Jahr, neues Programm …"
                         r"|^[A-ZÄÖÜ]{3,}(?:-[A-ZÄÖÜ]{2,})*\.(?=[A-ZÄÖÜ][a-zäöüß])")
# (the second form is a local paper's "(Manching, hal/rt)" before the first sentence; "BURGDORF/UETZE/LEHRTE (r/jk). …"
# names its towns and its writers' marks)
# a round-up's numbered tip, its number: "1. Ferientipp für Jäger und Sammler: …", "Tipp 1: Für Dino-Fans – …"
NUMBERED_TIP_LEAD = r"(?:(?P<number>\d{1,2})\.|(?:[A-ZÄÖÜ][a-zäöü]+)?[Tt]ipp\s+(?:Nr\.\s*)?(?P<tip>\d{1,2})\s*:)\s+"
# the paper's mark in capitals after the town, and no stop: "Schwedt (MOZ) Die Schwedter …" (where the article is from;
# its line is still read as the article's first sentence)
PAPERS_MARK_DATELINE_RE = re.compile(r"^[A-ZÄÖÜ][\wäöüÄÖÜß-]++(?:[\s/-][A-ZÄÖÜ][\wäöüÄÖÜß-]++){0,2}\s\([A-ZÄÖÜ]{2,6}\)\s+[A-ZÄÖÜ„\"]")

# a newspaper's or a portal's call to read on, between an article's paragraphs: never an item's heading or title
READ_ON_RE = re.compile(r"^(?:[>»›→]\s*)?(?:Weiterlesen|Weiter\s+lesen|Mehr\s+lesen|Artikel\s+weiterlesen|Lesen\s+Sie\s+(?:auch|weiter|mehr)|"
                        r"Weiter\s+nach\s+der\s+Anzeige|Anzeige)\b(?:\s+nach\s+der\s+Anzeige)?\W*$", re.I)

# a photo's caption or credit, its day the picture's: "Foto vom Netzwerktreffen am 12. November 2026: Bildungsbüro …"
PHOTO_CAPTION_RE = re.compile(r"(?:Fotos?|Bild|Bildunterschrift|Impressionen)\b", re.I)

# a calendar's switch between its views, above its first row: "Listenansicht Monatsansicht"
CALENDAR_VIEW = r"(?:(?:Listen|Monats|Wochen|Tages|Kalender|Karten)ansicht\s*)+"
CALENDAR_VIEW_RE = re.compile(CALENDAR_VIEW)

# Page chrome that a text view keeps: skip links, breadcrumbs, credits, adverts, lone link texts. Two patterns
# because Python's engine tries every alternative at every position of a line: what can only open a line is
# matched once at its start (`is_chrome_line`), the rest is searched.
# a calendar entry's link under its text, repeating its name: "Details: Brandenburger Lesesommer in …"
ENTRY_LINK_RE = re.compile(r"(?:Details|Mehr\s+Details|Zur\s+Veranstaltung)\s*:\s")


CHROME_LINE_START_RE = re.compile(
    r"^(?!(?:19|20)\d\d\s*/\s*(?:19|20)?\d\d$)\d{1,5}\s*/\s*\d{1,5}$|^[<>‹›«»]$|"  # (not a school year "2026 / 2027")  # a gallery's or a pager's counter ("370 / 848") and its arrows
    r"^(?:Sie sind hier|Sie befinden sich hier)\b|^(?:(?:(?:[Dd]irekt\s+)?(?:[Zz]um (?:Haupt)?[Ii]nhalt|[Zz]ur Navigation|[Zz]ur Suche|[Zz]um Menü|[Zz]ur Hauptnavigation|[Zz]um Footer) springen\s*)+|Zur Onlineversion|Im Browser (?:ansehen|"
    r"öffnen)|Skip to|Navigation|Hauptnavigation|Brotkrümel|Breadcrumb|Menü|Suche|Drucken|Teilen|Artikel teilen|"
    r"Anmeldung|Programm|Mehr erfahren|"
    # a town site's service widgets in a row: "Zuständigkeitsfinder Bürgerportal", "Leichte Sprache Gebärdensprache"
    r"(?:(?:Zuständigkeitsfinder|Bürgerportal|Serviceportal|Online-?[Dd]ienste|Bürgerservice|Leichte\s+Sprache|"
    r"Gebärdensprache|Barrierefreiheit|Impressum|Datenschutz)\s*)+|QR-Code\s+für\s+(?:die|diese)\s+(?:aktuelle\s+)?(?:URL|Seite)|"
    # a link to more ("Weitere Infos zu der Veranstaltung", "Mehr Informationen zum Programm")
    r"(?:Weitere|Mehr)\s+(?:Infos?|Informationen)(?:\s+(?:zu[rm]?|zu\s+(?:der|dem)|über\s+(?:die|den|das))\s+"
    r"(?:Veranstaltung|Termin|Event|Angebot|Programm|Kurs|Seminar|Aktion|Fest))?|"
    r"(?:Mehr|Weniger) anzeigen|Alle anzeigen|Weiterlesen(?: nach der Anzeige)?|Zurück|News|Aktuelles|Newsletter|"
    r"Pressemitteilung(?:en)?|Presse|Veranstaltungen|Termine|Kalender|Keine Ergebnisse gefunden|Wird geladen\W*|"
    r"Copied!?|N/A|Thema|Inhalt|Inhalte|Beschreibung|Ablauf|"
    rf"{CALENDAR_VIEW}|"  # (a calendar's view switch)
    r"(?:Uhr|bis|ab|von|[–-])(?:\s+(?:Uhr|bis|ab|von|[–-]))*)\s*:?\s*$"  # (an empty time field's words: "Uhr bis")
    r"|^(?:News|Aktuelles|Neuigkeiten|Meldungen|Pressemitteilungen)\s+(?:der|des)\s+"
    r"(?![^.:!?]*(?i:tag\b|tagung|konferenz|treffen|forum|werkstatt|netzwerk|kongress|messe))"
    r"[A-ZÄÖÜ][^.:!?]{0,60}$"  # "News der Gemeindediakonie": the site's section (not "Neuigkeiten vom Fachtag …")
    r"|^(?:News|Aktuelles|Neuigkeiten|Meldungen|Pressemitteilungen)\s+"
    r"(?!(?i:[\wäöüß-]*(?:tag|tagung|konferenz|treffen|forum|werkstatt|messe)\b))[A-ZÄÖÜ][a-zäöüß-]+$"  # "Meldungen Bildung"
    # a post's stamp: "Veröffentlicht am 04.09.2024", "Erstellt: 12.03.2024"
    r"|^(?:Veröffentlicht|Erstellt|Aktualisiert|Zuletzt\s+(?:aktualisiert|geändert))(?:\s+am)?\s*:?\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*$"
    r"|^(?:©|\(c\)|Foto:|Bild:|Fotos?\s*:|Quelle:|Copyright|ANZEIGE|Größe:|(?:Titel|Vorschau|Beitrags|Header|Artikel)bild\b|(?:Titel|Beitrags|Artikel)foto\s*:)"
    r"|^(?:Fotos?|Bild(?:er)?)\s*(?:\([cC]\)|©)"  # a credit with its sign after the word: "Foto (c) Stiftung …", "Bild © …"
    r"|^\|?\s*\d{1,2}:\d{2}\s*Uhr\s*$|^[|\s]*$"
    r"|^(?:Herzliche|Viele|Beste|Freundliche|Sonnige)\s+Grüße|^Mit\s+freundlichen\s+Grüßen"
    r"|^Liebe\s+Leser|^Sehr\s+geehrte"  # a letter's greeting
    r"|^(?:Ihre?|Eure?)\s+[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+\s+und\s+(?:das|ihr)\s+Team\b"  # and its signature
    r"|^Aktuelle\s+(?:Beiträge|Meldungen|Nachrichten)\s*$"
    # a post's day and a blog's archive heading: "Meldungsdatum: 23.09.2025", "Archiv der Kategorie: Beiträge"
    r"|^(?:Meldungs|Melde|Veröffentlichungs|Erscheinungs|Artikel|Beitrags)datum\s*:|^(?:Archiv\s+der\s+Kategorie|Kategorie-?Archiv)\b"
    # and a blog's archive of one day: "Archive - Dienstag, 23. Juli 2024"; a paper's dateline, day and author
    rf"|^(?:{DAY_ARCHIVE_RE.pattern})|^(?:{DATELINE_BYLINE_RE.pattern})$"
    # where to read more or sign up: "Weitere Informationen und Anmeldung unter: www.…", "Anmeldung unter https://…"
    r"|^(?:Weitere|Mehr|Nähere)\s+(?:Informationen|Infos)(?:\s+(?:und|&)\s+Anmeldung)?\s+(?:(?:gibt\s+es|erhalten\s+Sie|"
    r"finden\s+Sie)\s+)?(?:unter|bei|auf|im)\b"
    r"|^(?:Informationen|Infos)\s+(?:und|&)\s+Anmeldung\s+(?:unter|bei|auf)\b"
    r"|^Anmeldung(?:en)?\s*(?:unter|über|per|bei)\b|^(?:https?://|www\.)\S+\s*$"
    # skip links run together ("Skip to main content Skip to page footer"); a letter's place and date ("Forchheim, 20.01.2023")
    r"|^(?:Skip\s+to\s+(?:main\s+)?(?:content|navigation|page\s+footer)|Navigation\s+überspringen|Eingabehilfen\s+öffnen)\b"
    r"|^(?:(?:Zum|Zur)\s+(?:Inhalt|Suche|Navigation|Hauptnavigation|Menü|Startseite|Fußzeile|Kontakt)\s*)+$"  # "Zum Inhalt Zur Suche"
    r"|^Academic\s+year\s*:|^Aktie\s+[„\"“]|^Wird\s+geladen\b|^(?:Volltext|\(\d{1,3}\)|Embed\s+Size\s*\(px\)|Citation\s+preview)$"  # a document portal's metadata,
    # its share button ('Aktie "…"'), its loader ("Wird geladen.... (Jetzt Volltext ansehen)") and page marks ("(1)")
    # a booking notice above the text: "DIESE VERANSTALTUNG IST BEREITS AUSGEBUCHT!"
    r"|^(?:Diese\s+Veranstaltung\s+ist\s+)?(?:leider\s+)?(?:bereits\s+|schon\s+)?(?:ausgebucht|ausverkauft)\W*$"
    r"|^[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜa-zäöüß.-]+){0,2},\s*(?:den\s+)?\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\s*$"
    r"|^(?:Weitere|Mehr)\s+Info(?:rmationen|s)?\s+(?:erhalten|finden)\s+Sie\s+hier\b"  # a link's sentence
    r"|^Download\s*[„\"“:]"  # a document viewer's download link: 'Download "Dokumentation …"'
    # a paper's masthead and its network: "Lübecker Nachrichten | Ihre Zeitung aus Lübeck", "Partner im Redaktionsnetzwerk
    # Deutschland"
    r"|^[^|:]{3,50}[|:]\s*(?:Ihre|Deine|Eure)\s+(?:Heimat|Tages|Lokal|Regional)?[Zz]eitung"
    r"(?:\s+(?:aus|für|im|in|in\s+der)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)?\s*$|^Partner\s+im\s+Redaktionsnetzwerk\b"
    r"|^(?:Volltextsuche|Suchbegriff|Suchen|Suche)(?:\s+über\b.{0,30}|\s*:.{0,30})?$"  # "Volltextsuche über das Angebot:"
    r"|^-?\d{1,2}\s?°.{0,30}$|^(?:Google\+|Facebook|Twitter|Instagram|WhatsApp|LinkedIn|Xing|Mastodon)$"  # weather, share buttons
    r"|^(?:Stadt|Landeshauptstadt|Hansestadt|Landkreis|Kreis|Gemeinde|Bezirk|Markt)\s[^–|]{2,40}\s[-–|]\s+www\.[\w.-]+\.[a-z]{2,}\s*$"  # a site's own name: "Landeshauptstadt Beispiel - www.beispiel.de"
    r"|^Wird diese (?:Nachricht|E-Mail) nicht (?:richtig|korrekt) dargestellt|^Newsletter\s+abbestellen"
    r"|^(?:Liebe|Lieber|Sehr\s+geehrte)\b.{0,60},\s*$"
    r"|^\S+\.(?:jpe?g|png|gif|webp|svg|pdf)$|^Zum (?:Haupt)?[Ii]nhalt springen\b"
    r"|^Zurück\s+zu[rm]?\s+(?:(?:vorigen|vorherigen|ersten|letzten|nächsten)\s+Seite|Übersicht|Startseite)\b", re.I)  # "Zurück zur vorigen Seite"
CHROME_LINE_ANYWHERE_RE = re.compile(
    r"\((?:Foto|Bild|Fotos)\s*:[^)]*\)\s*$|\((?:li|re|v\.\s?l\.)\.?\)"  # an image caption: "… (li.) und … (Foto: LDK)"
    r"|[.!?]\s+(?:Bild|Foto|Fotos|Quelle)\s*:\s*[^.]{3,80}$"  # "Auf dem Fachtag im Mai 2018. Bild: Quartiersmanagement …"
    r"|\b(?:Bildrechte|Bildquelle|Bildnachweis|Fotonachweis|Fotorechte)\s*:"  # "Autorin … bei einer Lesung Bildrechte: …"
    r"|^(?:vergrößern|Bild\s+vergrößern|Galerie)\b|\b\d{1,3}\s+von\s+\d{1,3}\s+Foto\s*:"  # a gallery's "vergrößern 1 von 1 Foto: …"
    r"|\bwünsch(?:t|en)\s+(?:Ihnen|euch)\s*[.!]?$"  # a letter's closing
    r"|\b(?:Logo|Symbolbild|Symbolfoto|Titelbild|Plakat\s+mit)\b"  # a picture's description ("Gelbes Plakat mit Logo des …")
    r"|auf\s+Ihr(?:em)?\s+(?:Smartphone|iOS-Gerät|Handy|Home-Bildschirm)|\bals\s+App\b|Zum\s+Home-Bildschirm|Toolbar\s+von\s+Safari"
    r"|\bGoogle\s+Translate\b|\bGoogle\s+Übersetzer\b|\bApp\b.*\b(?:herunterladen|laden|Store)\b"
    r"|\bSie\s+erhalten\s+(?:den|einen|die)\s+(?:Zugangs)?[Ll]ink\b"
    r"|\bmit\s+der\s+(?:Presse|Abo|Leser)karte\b"  # a newspaper's advert: "… News mit der Pressekarte"  # "Zoom Webinar - Sie erhalten den Link nach der Anmeldung"
    # a link's text: "Die Dokumentation über die Jugendkonferenzen findet ihr hier", "Das Programm finden Sie hier."
    r"|\b(?:finde(?:n|t|st)|gibt\s+es|erhalten|lesen|sehen)\s+(?:Sie\s+|ihr\s+|du\s+)?hier\s*[.:]?$", re.I)


def is_chrome_line(text: str) -> bool:
    return bool(CHROME_LINE_START_RE.match(text) or CHROME_LINE_ANYWHERE_RE.search(text) or _captioned_credit(text)
                or BARE_ADDRESS_RE.fullmatch(text.strip()) or IMAGE_FILE_NAME_RE.fullmatch(text.strip()))


# an image's file name left where its picture stood: "image001", "IMG_4711.jpg", "DSC01234", "foto-2.png"
IMAGE_FILE_NAME_RE = re.compile(r"(?i:(?:image|img|dsc|dscn|dcim|pict?|foto|photo|bild)[_-]?\d{2,}(?:\.(?:jpe?g|png|gif|webp))?"
                                r"|[\w-]+\.(?:jpe?g|png|gif|webp))")


# a line that is only a web address, a link's text under an article: "saarbruecken.de/", "www.vhs-musterau.de"
BARE_ADDRESS_RE = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9äöü-]+(?:\.[a-z0-9äöü-]+)*\.(?:de|com|org|net|eu|info|at|ch)(?:/\S*)?",
                             re.I)
# a line of one or two lower-case words under an article, its tag: "seniorenbeirat" (a German name is capitalised; a
# page's first line in lower case, "lesezeit", is a brand-style name)
TAG_LINE_RE = re.compile(r"#?[a-zäöüß][a-zäöüß-]{2,}(?:\s#?[a-zäöüß][a-zäöüß-]{2,})?")


# a caption that ends in its credit: "… verschönern in der Kreativwerkstatt ihr Leselogbuch © Stadtbücherei"
CREDIT_TAIL_RE = re.compile(r"\s©\s*[^©.!?]{2,60}$")
# what makes the rest of such a line a title after all: an event's word, a quoted name, a work "nach" its author
# ("Schulkonzert „Klangwelten“ © Musikschule", "Die kleine Hexe – nach Otfried Preußler © Thienemann Verlag")
TITLE_BEFORE_CREDIT_RE = re.compile(r"[„“\"»]|\bnach\s+[A-ZÄÖÜ]|\s[–-]\s")


def _captioned_credit(text: str) -> bool:
    credit = CREDIT_TAIL_RE.search(text)
    if not credit:
        return False
    rest = text[:credit.start()]
    return not (EVENT_WORD_RE.search(rest) or TITLE_BEFORE_CREDIT_RE.search(rest))
# An item of a day's programme ("14:00 Uhr / Begrüßung und Einführung in die Tagung"): part of the
# event, never its name.
PROGRAMME_ITEM_RE = re.compile(r"^(?:Begrüßung|Grußwort|Grußworte|Einführung\s+in|Kaffeepause|Mittagspause|Mittagessen|"
                               r"Ausklang|Verabschiedung|Imbiss|Zusammenfassung\s+und|Abschlussrunde)\b")
# Running text: a long line with a finite verb is a sentence, not a headline.
FINITE_VERB_RE = re.compile(r"\b(?:ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|soll|sollen|kann|"
                            r"können|möchte|möchten|findet|fand|lädt|laden|geht|gibt|steht|stehen|dient|dienen)\b")
BREADCRUMB_RE = re.compile(r"^(?:Sie sind hier|Sie befinden sich hier|Breadcrumb|Brotkrümel)\b", re.I)
# Event nouns in the plural name a format or a programme ("Entwicklungswerkstätten",
# "Veranstaltungen"), not one event.
PLURAL_EVENT_RE = re.compile(r"\w(?:ungen|enzen|tätten|shops|nare|foren|tage|gespräche)\b")
# A founding: "gegründet", "ins Leben gerufen"
_FOUNDED = r"gegründet|ins\s+Leben\s+gerufen"
# A year the text speaks of as past: "seit 2015", "wie schon 2015", "Was 2015 mit dem Einstieg … begann", "2009 gegründet",
# "aus seiner 2020 erschienenen Biographie"
# ("seit 2015", "wie schon 2019", "Seit dem Start des Girls’Day im Jahr 2001")
PAST_YEAR_RE = re.compile(r"\b(?:[Ss]eit|[Ww]ie\s+(?:schon|bereits)(?:\s+im)?)\s+(?:dem\s+Jahr\s+|Jahr\s+|"
                          r"(?:dem|der)\s+(?:Start|Beginn|Gründung|Einführung)\b[^.!?\d]{0,60}?\bim\s+Jahr\s+)?(?P<y1>(?:19|20)\d\d)\b|"
                          rf"\b(?P<y2>(?:19|20)\d\d)\b[^.!?]{{0,80}}\b(?:begann|begonnen|{_FOUNDED}|gestartet|startete|"
                          r"eingeführt|entstand|entstanden|erschien|erschienen(?:e[nrs]?)?|veröffentlicht(?:e[nrs]?)?)\b")
# How far down a dateline stands: below a headline, its teaser and a photo caption printed twice
DATELINE_LINES = 6
# A press article's dateline with its date: "Hersfeld-Rotenburg, 2. Mai 2024 - …",
# "10.10.2025 / BAD HERSFELD - …": the date is when the article was written.
DATELINE_DATE_RE = re.compile(
    rf"^(?!(?:{WEEKDAY_NAME}|Datum|Termin)\b)"
    r"(?:[A-ZÄÖÜ][\wäöüÄÖÜß.-]*+(?:[ /-][A-ZÄÖÜ][\wäöüÄÖÜß.-]*+){0,3},\s*(?P<d1>[0-3]?\d\.\s*(?:[A-ZÄÖÜ][a-zäöü]+|\d{1,2}\.)\s*(?:19|20)\d\d)"
    r"|(?P<d2>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)\s*/\s*[A-ZÄÖÜ][\wÄÖÜäöüß .-]{2,40}?)\s+[–-]\s(?!\d)"
    r"|^(?P<d3>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)\s+[A-ZÄÖÜ][\wäöüß-]+\.(?=\s+[A-ZÄÖÜ])"  # "14.11.2019 Kaufbeuren. …"
    r"|^[A-ZÄÖÜ][\wäöüß-]++\s*/\s*[A-ZÄÖÜ]{2,6}\s+(?P<d4>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)\s*$"  # "Haigerloch / SWP 13.12.2013"
    # "Berlin, 19. Mai 2015. In Dresden, Stuttgart … trafen sich …": a release's town and date, a full stop, its text
    rf"|^(?!(?:{WEEKDAY_NAME}|Am|Ab|Wann|Datum|Termin)\b)[A-ZÄÖÜ][\wäöüß-]++(?:[ /-][A-ZÄÖÜ][\wäöüß-]++)?,\s*(?P<d5>[0-3]?\d\.\s*[A-ZÄÖÜ][a-zäöü]+\s*(?:19|20)\d\d)\.\s+"
    r"(?=[A-ZÄÖÜ][^\n]{80})"
    # a release's or a letter's line of its town and day: "Sondershausen, den 04.12.2026"
    rf"|^(?!(?:{WEEKDAY_NAME}|Am|Ab|Wann|Datum|Termin)\b)[A-ZÄÖÜ][\wäöüß.-]++(?:[ /-][A-ZÄÖÜ][\wäöüß.-]++){{0,2}},\s+den\s+"
    r"(?P<d6>[0-3]?\d\.\s*(?:[01]?\d\.|[A-ZÄÖÜ][a-zäöü]+\s*)(?:19|20)\d\d)\s*$"
    # … or without "den", on a line of its own under the headline: "Musterau, 02.07.2027"
    # (a town of three letters or more: not a weekday's short form, "Do, 03.12.2026")
    # (possessive: a line of 250,000 hyphened words is not tried at every hyphen)
    rf"|^(?!(?:{WEEKDAY_NAME}|Am|Ab|Wann|Datum|Termin)\b)[A-ZÄÖÜ][\wäöüß-]{{2,}}+(?:[ /][A-ZÄÖÜ][\wäöüß.-]++){{0,2}},\s*"
    r"(?P<d7>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)\s*$")
# A sentence about a decision, a founding or a publication dates that, not an event.
# "… las … am bundesweiten Vorlesetag vor. Am 15. November 2019 war dies eine von 650.000 Aktionen": after its day, a
# sentence that points back to the event the sentence before it told
# (not "ist das Jugendamt geschlossen": "das" points back only before what it is said to be)
DAY_REFERS_BACK_RE = re.compile(r"\s*,?\s*(?:war|ist|wird|fand|findet)\s+(?:dies|das(?=\s+(?:eine?|schon|bereits)\b))\b")

# a day on which something is done that is no happening for an audience: plans put before a council's committee ("Die
# Pläne wird sie am 30. August dem Kulturausschuss vorstellen"), a term that starts ("wenn am 1. September das neue
# Semester an der Volkshochschule startet")
_NO_HAPPENING_OF_ITS_OWN = (r"\b(?:dem|im)\s+[A-ZÄÖÜ][a-zäöüß]*ausschuss\s+(?:vorstellen|vorgestellt|vorlegen|vorgelegt)\b|"
                            r"\bdas\s+(?:neue\s+)?(?:Semester|Schuljahr|Kursjahr)\s+(?:an\s+der\s+[^.!?]{0,60}?)?"
                            r"(?:startet|beginnt)\b")
NO_HAPPENING_OF_ITS_OWN_RE = re.compile(_NO_HAPPENING_OF_ITS_OWN)
NOT_AN_EVENT_SENTENCE_RE = re.compile(rf"\b(?:beschlossen|beschloss|{_FOUNDED}|in\s+Kraft|"
                                      r"veröffentlicht|erschienen|bewilligt|eingereicht|verabschiedet)\b|"
                                      rf"\b(?:{_STARTS_WORK})\b|\bnimmt\b[^.!?]{{0,60}}\bArbeit\s+auf\b|"
                                      rf"{_NO_HAPPENING_OF_ITS_OWN}")

# a town's or an office's notice, a statistic's reference day, a person's news: a day on which nothing is held for an
# audience ("wird die Kreisstraße für den Verkehr freigegeben", "kommt die Kehrmaschine", "Zum Stichtag 15. Oktober",
# "feiert ihren 80. Geburtstag", "tritt in den Ruhestand", "übernimmt die Leitung", "zum ersten Mal verliehen")
AVAILABLE_FROM = (r"(?:[Pp]rogrammheft|[Ii]nfoheft|Heft|[Bb]roschüre|Flyer|[Kk]atalog|Programm)\b(?:[^.!?]|(?<=\d)\.){0,120}?"
                  r"\b(?:erhältlich|verfügbar|zu\s+haben|aus(?:liegen|gelegt)|zur\s+(?:kostenlosen\s+|kostenfreien\s+)?Mitnahme)"
                  r"|\b(?:erhältlich|verfügbar)\b(?:[^.!?]|(?<=\d)\.){0,80}?\b(?:[Pp]rogrammheft|[Ii]nfoheft|[Bb]roschüre)\b")
AVAILABLE_FROM_RE = re.compile(AVAILABLE_FROM)
NOTICE_DAY_RE = re.compile(r"\bVerkehr\b|\bgesperrt\b|Sperrung|Müllabfuhr|Kehrmaschine|[Gg]elben?\s+Säcke|Sperrmüll|"
                           r"\babgeholt\b|\babgestellt\b|Stichtag|Geburtstag|Ruhestand|\bernannt\b|"
                           r"übernimm\w*\b(?:[^.!?]|(?<=\d)\.){0,60}\bLeitung|Leitung\b(?:[^.!?]|(?<=\d)\.){0,40}\bübernimm|\bjährt\b|"
                           r"(?:zum\s+ersten\s+Mal|erstmals)\s+(?:verliehen|vergeben|ausgezeichnet)|Zeugnisse|"
                           r"\bSpende\b|\bScheck\b|\bbesuchten\b|\bbelegt\b|\bübermittelt\b|"
                           # a jubilee of a person ("wird 90 Jahre alt", "Goldene Hochzeit", "vollendet ihr 85. Lebensjahr")
                           r"\bJahre\s+alt\b|\bHochzeit\b|Lebensjahr|gratulier|Dienstjubiläum|\bUrlaub\b|"
                           # money and terms: "werden am 1. März abgebucht", "startet … ins Frühjahrssemester"
                           r"\babgebucht\b|\büberwiesen\b|Kollekte|[Ss]emester\b|"
                           # a statistic, a decision, an office's absence, a move
                           r"Statistik|\bzählte\b|\bProzent\b|\bvergab\b|\bAuftrag\b|nicht\s+(?:im\s+Haus|besetzt|erreichbar)|"
                           r"\bzieht\b(?:[^.!?]|(?<=\d)\.){0,80}\bum\b|"
                           # a programme's booklet that can be had from a day on ("Ab Montag, 10. Januar, ist … das
                           # Programmheft … verfügbar", "liegt ab Montag, 2. August, … zur Mitnahme aus")
                           rf"{AVAILABLE_FROM}")


# a school's or a Kita's cut-off day for a child's age: "Kinder, die bis zum 30. September das sechste Lebensjahr
# vollenden", "werden am 1. August schulpflichtig", "die zwischen dem 1. Oktober 2019 und dem 30. September 2020
# geboren sind"
AGE_CUTOFF_RE = re.compile(r"\bLebensjahr\s+(?:vollende[nt]|vollendet\s+haben)\b|\bschulpflichtig\b|"
                           r"\bgeboren\s+(?:sind|wurden|werden)\b")


def is_age_cut_off(text: str, day_end: int) -> bool:
    """The day that ends at `day_end` is an age's cut-off: the words after it up to its clause's end say so, read past an
    ordinal's stop ("bis zum 30. September das 6. Lebensjahr vollenden"), not the next clause ("…, sind zum
    Informationsabend am 19. Januar eingeladen")."""
    clause = re.split(r"(?<=[a-zäöüß)])[.!?](?:\s|$)|,", text[day_end:day_end + 80], maxsplit=1)[0]
    return bool(AGE_CUTOFF_RE.search(clause))


# a holiday's programme is no day off ("Im Rahmen des Ferienprogramms fahren wir am 14. Juli …")
HOLIDAY_OFFER_RE = re.compile(r"Ferien(?:programm|spaß|spass|freizeit|camp|akademie|aktion|pass|kurs|werkstatt|betreuung)\w*")
# the school holidays themselves, at hand: "Die Winterferien stehen vor der Tür", "Die Herbstferien beginnen …"
_SCHOOL_HOLIDAYS = r"(?:Sommer|Herbst|Winter|Oster|Pfingst|Weihnachts|Faschings|Fastnachts)?[Ff]erien"
HOLIDAYS_AT_HAND_RE = re.compile(rf"\b{_SCHOOL_HOLIDAYS}\s+(?:stehen\s+(?:vor\s+der\s+Tür|an)|beginnen|starten|dauern|enden)\b"
                                 # "beginnen die Winterferien am …", "… sind für alle Schülerinnen und Schüler Weihnachtsferien"
                                 rf"|\b(?:beginnen|starten|enden|dauern)\s+(?:für\s+[^.!?]{{1,40}}?\s+)?(?:die\s+)?{_SCHOOL_HOLIDAYS}\b"
                                 rf"|\bsind\s+(?:[^.!?\d]{{1,50}}?\s)?{_SCHOOL_HOLIDAYS}\s*[.!]")
# a line of a chronicle: a founding, an inauguration, a first time (a publication or a decision dates the page itself)
CHRONICLE_RE = re.compile(rf"{_FOUNDED}|Gründung|eingeweiht|zum\s+ersten\s+Mal|\berstmals\b")
# a run's first day right before the day: "Ab dem 1. Februar lernen alle Kinder …", "ab Montag, 6. Mai"
RUN_STARTS_BEFORE_RE = re.compile(rf"\b[Aa]b\s+(?:dem\s+|(?:{WEEKDAY_NAME}),?\s+)?$")


# "Das Interview führte … am 14. März": the day a conversation was held for the page, no event's
INTERVIEW_HELD_RE = re.compile(r"\bInterview\b[^.]{0,60}\b(?:führte|geführt)\b|\b(?:führte|geführt)\b[^.]{0,60}\bInterview\b")
# a day on which something is closed, handed in or sent out, not one on which something happens
NOT_A_HAPPENING_DAY_RE = re.compile(r"\bgeschlossen\b|\bschließt\b|Vorlagetermin|Antragsfrist|Einsendeschluss|verschickt|versandt|"
                                    r"\bfällig\b|Amtszeit|Dienstantritt|Schultag|unterrichtsfrei|Ferien|Prüfung|Abitur|"
                                    r"Zulassung|\berscheint\b|Umfrage|verstorben|Nachruf|\bTrauer\b|[Gg]egründet|Gründung|"
                                    r"\bbleib(?:t|en)\b(?:[^.!?]|(?<=\d)\.){0,60}\bzu\b|Konzeptionstag|Teamtag|"  # ("die Kita bleibt an diesem Tag zu")
                                    r"\böffne[tn]\b(?:[^.!?]|(?<=\d)\.){0,60}\bwieder\b|\bwieder\s+geöffnet\b")  # ("Der Hort öffnet am 4. Januar wieder")
# a calendar row of a day off, no event: one part of its name is a day off as a whole and the others are short
# qualifiers ("Weihnachtsferien / Kita geschlossen", "Rosenmontag (unterrichtsfrei)", "Studientag (BNE) / Kita geschlossen");
# not "Konzert am Feiertag", "Ferien im Museum: …", "Herbstferien – Zirkusprojekt im Jugendhaus", "Sommerfest im
# Kindergarten (Hort geschlossen)", "Töpferkurs – Anmeldung geschlossen", "Brückentag-Kino"
# The public holidays a school's or a kita's list of days names among its events: days off, not events (a list
# that names them is still read row by row; only the holiday's own row is dropped).
PUBLIC_HOLIDAY_RE = re.compile(r"(?:Neujahr(?:stag)?|Heilige\s+Drei\s+Könige|Dreikönigstag|Karfreitag|Oster(?:sonntag|montag)|"
                               r"Tag\s+der\s+Arbeit|Maifeiertag|(?:Christi\s+)?Himmelfahrt(?:stag)?|Pfingst(?:sonntag|montag)|Fronleichnam|"
                               r"Tag\s+der\s+Deutschen\s+Einheit|Reformationstag|Allerheiligen|Buß-\s+und\s+Bettag|Volkstrauertag|"
                               r"Totensonntag|Heiligabend|Heiliger\s+Abend|(?:1\.|2\.|Erster|Zweiter)\s+Weihnachts(?:feier)?tag|Silvester)")
CLOSED_RE = re.compile(r"\b(?:geschlossen|unterrichtsfrei|schulfrei|frei|kein(?:e|en)?)\b", re.I)
DAY_OFF_PART_RE = re.compile(r"(?:(?:Kita|Kindergarten|Schule|Hort|Krippe|Einrichtung|Büro|Geschäftsstelle|Bücherei|Bibliothek)\s+)?"
                             r"(?:geschlossen|zu)|(?:Sommer|Herbst|Winter|Oster|Pfingst|Weihnachts|Faschings|Fastnachts)?[Ff]erien|"
                             r"unterrichtsfrei|schulfrei|Brückentag|Feiertag|(?:[Bb]eweglicher?\s+)?Ferientage?|Schließtage?|Schließzeit|Konzeptionstag|Teamtag|Studientag|"
                             r"Pädagogischer\s+Tag")
DAY_OFF_QUALIFIER_WORDS = 2  # words of a row's other parts beside its day off ("Studientag (BNE) / Kita geschlossen")
DAY_OFF_SEPARATOR_RE = re.compile(r"\s+[/–-]\s+|\s*/\s*|\s*[():;,]\s*")
# a page of days off: "Schließtage der Kitas 2027", "Ferientermine", "Unterrichtsfreie Tage" (not a "Sommerferienprogramm")
DAYS_OFF_PAGE_RE = re.compile(r"Schließ(?:tag|zeit|ung)|geschlossen|Ferientermin|Ferienzeit|schulfrei|unterrichtsfrei|Feiertage",
                              re.I)
# the nouns of an application's or a submission's last day: "Bewerbungsschluss ist der 31. März", "Anträge … bis zum"
APPLICATION_DEADLINE_RE = re.compile(r"(?:Bewerbungs|Einsende|Abgabe|Melde|Annahme|Einreichungs|Antrags)(?:schluss|frist)|"
                                     r"\bAnträge\b|\beinzureichen\b|\beingereicht\b")
# words that make a dated sentence with an hour no appointment: opening hours, a booking's or a deadline's hour, a
# broadcast, a closure or a cut, a trip's departure and return, a setting-up, a job's start
NOT_AN_APPOINTMENT_RE = re.compile(r"\b(?:geöffnet|geschlossen|Öffnungszeit\w*|erreichbar|[Aa]nmeld\w*|Bewerbung\w*|"
                                   r"Einsendeschluss|Frist|Abgabe|Ausleihe|Redaktionsschluss|Vorverkauf|Einlass|"
                                   r"Sendung|sendet|ausgestrahlt|Livestream\w*|schließt|unterbrochen|gesperrt|Sperrung|"
                                   r"Abfahrt|Rückkehr|Rückfahrt|Aufbau|Abbau|Dienstantritt|Dienstbeginn|Vorstellungsgespräch\w*)\b")
# the kinds of event a school holds: "Tag der offenen Tür", "Infoabend", "Schulfest", "Elternabend", "Einschulung"
SCHOOL_HELD_RE = re.compile(r"Tage?\s+der\s+offenen|[Oo]ffene\s+(?:Tür|Klassentür)|Info-?(?:[Aa]bend|[Nn]achmittag|[Tt]ag)|"
                            r"Informations(?:abend|nachmittag|tag|veranstaltung)|Elternabend|Schulfest|Sommerfest|"
                            r"Einschulung|Schnupper\w*|Projekttag|Europafest|Unterrichtsbesuch|Kennenlern\w*")
# an event's name that says which club or association holds it ("Info-Abend des Sportvereins")
CLUB_IN_TITLE_RE = re.compile(r"\s(?:des|der)\s+\w*(?:[Vv]erein|[Vv]erband|[Cc]lub|[Kk]lub|[Ii]nitiative)")
# addresses that are no event's: a press office's, a webmaster's, a newsletter's, a photo credit's
NOT_AN_EVENTS_ADDRESS_RE = re.compile(r"\b(?:presse|press|pressestelle|webmaster|redaktion|newsletter|abmelde\w*|abmelden|"
                                      r"unsubscribe|datenschutz|impressum)\b|©|\bFoto\b|\bBild\b", re.I)
# a host named after a territory, whose events may be anywhere in it: "Landkreis Rostock", "Region Hannover"
TERRITORY_HOST_RE = re.compile(r"(?:Land)?[Kk]reis\b|\w+kreis\b|Region\b|Bezirk\w*\b|Regierungs\w+|Landesamt|Land\s|Bundes")


def status_of(text: str) -> str | None:
    lower = text.lower()
    if CANCELLED_RE.search(text, lower):
        return CANCELLED
    if POSTPONED_RE.search(text, lower):
        return POSTPONED
    return None
# A newsletter's greeting: what follows was written for one issue, on one date.
SALUTATION_RE = re.compile(r"^(?:Liebe|Lieber|Sehr\s+geehrte)\s+(?:Leser|Leserin|Leserinnen|Abonnent|Kolleg|Damen|Partner)")
# A title that says the format is online: "Online-Fortbildung …", "Digitale Fachkonferenz …", "Webinar".
ONLINE_TITLE_RE = re.compile(r"^(?:Online|Digital|Virtuell)[\w-]*[- ]\w|^(?:[\w-]+\s+)?[Dd]igitale[nr]?\s+[A-ZÄÖÜ]|"
                             r"\bWebinar|\bVideokonferenz")

# ---------------------------------------------------------------- relevance of a generic source's events
# (used by crawler/relevance.py: what marks an event as one of this field's, and what as leisure)

def _cues(*pairs: tuple[str, str]) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((label, re.compile(pattern, re.I)) for label, pattern in pairs)

# (label shown in the reasons, pattern); weights per group below
FIELD_WORDS = _cues(
    ("Bildungskonferenz", r"bildungs(?:konferenz|gipfel|dialog|forum|tag\b|messe\b)"),
    ("Bildungsmonitoring", r"bildungsmonitoring|bildungsbericht|bildungsdaten|datenbasiert|datengestützt"),
    ("Bildungsmanagement", r"bildungsmanagement|\bDKBM\b|bildungskoordinat|bildungsplanung"),
    ("Bildungsregion", r"bildungsregion|bildungslandschaft|bildungsnetzwerk|bildungsbüro|bildungsbuero|"
                       r"bildungsbündnis|bildungskommune|lernen\s+vor\s+ort"),
    ("Transferagentur", r"transferagentur|\bREAB\b|entwicklungsagentur\s+für\s+bildung|transferinitiative"),
)

FORMAT_WORDS = _cues(
    ("Fachtag", r"fachtag|fachtagung|fachkonferenz|fachforum|fachgespräch|fachaustausch|fachveranstaltung"),
    ("Netzwerktreffen", r"netzwerk\w*treffen|netzwerkkonferenz|vernetzungstreffen|austauschtreffen|arbeitskreis|"
                        r"steuerungsgruppe|lenkungs(?:gruppe|kreis)|runder\s+tisch|regionalkonferenz|"
                        r"netzwerk\w*\s*[:–-]"),
    ("Werkstatt", r"werkstatt|workshop|zukunftswerkstatt|barcamp|praxiswerkstatt"),
    ("Fortbildung", r"fortbildung|qualifizierung|weiterbildung\s+für|schulung\s+für|webinar|online-seminar|"
                    r"fachkräfteschulung|inhouse"),
    ("Tagung", r"\btagung|kongress|symposium|dialogforum|konferenz"),
)

TOPIC_WORDS = _cues(
    ("Ganztag", r"ganztag(?!ig)"),
    ("frühkindliche Bildung", r"frühkindlich|frühe\s+bildung|kindertagesbetreuung|\bkitas?\b|kindertagesstätte"),
    ("Übergang Schule–Beruf", r"übergang\s+schule|schule\s*[–-]\s*beruf|berufsorientierung|übergangsmanagement|"
                              r"jugendberufsagentur|berufliche\s+orientierung"),
    ("Schule", r"schulentwicklung|schulsozialarbeit|schulträger|schullandschaft|schulabsentismus|"
               r"inklusive?\s+schule|startchancen"),
    ("Integration", r"neuzugewandert|zugewandert|integration\s+durch\s+bildung|sprachförderung|"
                    r"bildungsberatung|anerkennung\s+ausländischer"),
    ("Bildungsgerechtigkeit", r"bildungsgerechtigkeit|chancengerechtigkeit|bildungsbiografie|bildungsübergäng|"
                              r"lebenslanges?\s+lernen|kinderarmut|präventionskette"),
    ("Jugendhilfe", r"jugendhilfe|jugendhilfeplanung|sozialraum|sozialplanung|kommunale\s+bildung"),
    ("Daten", r"monitoring|indikator|datenkompetenz|datenanalyse|statistik|berichterstattung"),
    ("BNE", r"\bBNE\b|bildung\s+für\s+nachhaltige|demokratiebildung|medienbildung|elternbeteiligung"),
)

AUDIENCE_WORDS = _cues(
    ("Fachkräfte", r"fachkräfte|pädagogische\w*\s+(?:fach|mitarbeit|personal)|pädagog(?:inn|en)|erzieher|"
                   r"sozialarbeiter|multiplikator"),
    ("Lehrkräfte", r"lehrkräfte|lehrer\w*\b|schulleitung|schulleiter"),
    ("Bildungsakteure", r"bildungsakteur|akteure\s+(?:der|aus|im)|bildungseinrichtung|bildungsträger|"
                        r"kooperationspartner|netzwerkpartner|träger\s+der"),
    ("Verwaltung", r"kommunalverwaltung|verwaltung|kommunen|dezernent|amtsleit|koordinator(?:inn)?en"),
)

ORGANIZER_WORDS = re.compile(r"bildungsbüro|bildungsbuero|bildungsregion|bildungsmanagement|bildungskoordinat|"
                             r"bildungsmonitoring|bildungsnetzwerk|bildungslandschaft|transferagentur|\bREAB\b|"
                             r"schulamt|jugendamt|regionales\s+übergangsmanagement|bildungs\w*zentrum", re.I)

UNRELATED_WORDS = _cues(
    ("Konzert", r"konzert|orchester|\bchor\b|chorkonzert|liederabend|musical|\bjazz|rock\b|\bband\b|"
                r"philharmon|open[\s-]air|festival|musik(?!schul)"),
    ("Markt", r"flohmarkt|trödelmarkt|weihnachtsmarkt|wochenmarkt|bauernmarkt|adventsmarkt|ostermarkt|"
              r"kunsthandwerkermarkt|krammarkt|jahrmarkt|\bbasar|kinderkleiderbörse|\bmarkt\b|märkte\b"),
    ("Fest", r"stadtfest|volksfest|dorffest|sommerfest|kirmes|kirchweih|schützenfest|weinfest|oktoberfest|"
             r"\bparty\b|disco|karneval|fasching|fastnacht|umzug|feuerwerk|laternenumzug|martinsumzug|\bfest\b"),
    ("Kultur", r"theater|kabarett|comedy|\bkino\b|filmabend|lesung|vernissage|ausstellung|\bmuseum|"
               r"führung|stadtführung|vortrag\s+über\s+die\s+geschichte|kunst|tanz|poetry|krimi|puppen"),
    ("Sport", r"\blauf\b|läufe|marathon|turnier|meisterschaft|fußball|radtour|wanderung|wandertag|"
              r"schwimm|sportabzeichen|\bsport\b|volkslauf|yoga|fitness|triathlon|\bspiel\b|spieltag|"
              r"stadtradeln|radeln\b|fahrradtour|radbegeistert|\btour\b"),
    ("Freizeit", r"ferienprogramm|basteln|bastel|kochkurs|seniorennachmittag|kaffeenachmittag|tag\s+der\s+offenen|"
                 r"blutspende|gottesdienst|andacht|erntedank|advent|weihnacht|ostern|osterfeuer|kinderfest|"
                 r"spielplatz|vorlesen|bilderbuchkino|märchen|zirkus|tierpark|natur\w*führung|garten|picknick"),
    # a school's or town's information for parents (enrolment, parents' evenings), not for the field
    ("Elternabend", r"elternabend|(?:info|informations)abend\s+für\s+eltern|schulanmeldung|"
                    r"anmeldung\s+an\s+(?:den|der|die)\s+(?:weiterführenden\s+)?schulen?\b"),
    ("Politik/Verwaltung", r"sitzung\s+des\s+(?:kreistag|stadtrat|gemeinderat|ausschuss)|kreistagssitzung|"
                           r"ratssitzung|ausschusssitzung|bürgersprechstunde|wahl\b|einwohnerversammlung|"
                           r"müllabfuhr|sperrmüll|straßensperrung|schadstoffmobil"),
)


BULLETS = ("•", "* ", "- ", "– ", "·", "▸", "►", "▶", "→", "▪", "◦")  # a list item's mark
