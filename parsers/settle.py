"""What a reader settles once every event of a page is known: each event's name, holder and town
(names told apart, the page's contacts shared, the page's or site's holder given to events that name none),
and what a calendar can use (no days off, no essays, no nameless undated events).
"""
from __future__ import annotations

import copy
import re
from functools import cached_property

from . import people, places, prose, titles, when
from . import dates as d
from . import contacts, gazetteer
from . import lexicon as lex
from .content import PageView
from .event import FROM_JSONLD, FROM_LABEL, FROM_PROSE, FROM_PUBLISHER, Event
from .assemble import Assembler
from .running_text import RunningText
from .running_text import HEADLINE_BUDGET, HEADLINE_SUBJECT_RE, HOST_LINES, NEXT_OF_SERIES_RE

# a series' next meeting, named by the series ("Das nächste Treffen findet am … statt")
_NEXT_MEETING = r"ächste[srn]?\s+(?:beiden\s+)?(?:Treffen|Termine?|Sitzung|Runde|Abend|Veranstaltung)"
NEXT_MEETING_TITLE_RE = re.compile(rf"N{_NEXT_MEETING}")
NEXT_MEETING_RE = re.compile(rf"\b[Nn]{_NEXT_MEETING}\b")
SERIES_NAME_RE = re.compile(r"[„\"»]([A-ZÄÖÜ][^“”\"«.,:;!?]{2,50})[“”\"«]")
# a name in quotes that is a book's, a film's or a play's, not the series'
NOT_A_SERIES_BEFORE_RE = re.compile(r"(?:Buch(?:es)?|Bilderbuch\w*|Roman\w*|Film\w*|Stück\w*|Lied\w*|Geschichte)\s+$")
# a short name in quotes, not a quoted sentence: „Woche der Bildung“
QUOTED_NAME_RE = re.compile(r"„([A-ZÄÖÜ][^“”\".,:;!?]{2,50})“")
# a paragraph that opens with a quoted name: „Wen wählen wir – und was geschieht danach?“ Unter dieser Überschrift …
LEADING_QUOTED_NAME_RE = re.compile(r"„([A-ZÄÖÜ][^“”„]{2,100}?)“\s+(?=[A-ZÄÖÜ])")
# a sentence that points back at what was named before it: "Diesen Abendkurs bietet …", "Dieser Vortrag findet …"
POINTS_BACK_RE = re.compile(r"(?:Diese[nrs]?|Den|Das)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][a-zäöüß-]+\s+(?:biete|finde|wird|ist|gibt)")
# a photo's caption, by its credit: "(Foto: Michael Hein)", "Foto: …"
CAPTION_CREDIT_RE = re.compile(r"\((?:Fotos?|Bild)\s*:|(?:^|\.\s)(?:Fotos?|Bild)\s*:")
# a title that is a clause: it opens with a dative or accusative article, or ends in a verb ("… fand")
CLAUSE_TITLE_RE = re.compile(r"(?:Den|Dem)\s|(?:Das|Die|Der)\s.*\s(?:fand|findet|war|ist|wird|wurde|hat|gab|diente|startet|beginnt)$")
# a place of its own in an event's sentence: "im Dorfgemeinschaftshaus Oberbeispiel", "in der Aula der Lindenschule"
OWN_PLACE_RE = re.compile(r"\b(?:im|in\s+der|in\s+dem|auf\s+dem|bei\s+der)\s+[A-ZÄÖÜ][\wäöüß-]{3,}")
# a row that names only where a travelling series stops: "Kindergarten „Am Eichwald“ in Bad Blankenburg", "Grundschule am
# Park in Königsee", "Bürgerhaus in Musterau"
PLACE_ROW_RE = re.compile(r"(?P<venue>(?:Kindergarten|Kita|KiTa|Kindertagesstätte|Familienzentrum|Grundschule|Schule|"
                          r"Oberschule|Regelschule|Mittelschule|Bürgerhaus|Gemeindehaus|Dorfgemeinschaftshaus|Rathaus|"
                          r"Bibliothek|Stadtbibliothek|Bücherei|Stadtbücherei|Jugendzentrum|Jugendhaus|Mehrgenerationenhaus|"
                          r"Stadtteilzentrum|Gemeindezentrum|Turnhalle|Sporthalle)(?:\s+[„\"][^“\"]{2,40}[“\"]|"
                          r"\s+(?:am|an\s+der|im)\s+[A-ZÄÖÜ][\wäöüß-]+|\s+[A-ZÄÖÜ][\wäöüß-]+){0,2})\s+in\s+"
                          r"(?P<town>[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)")
PAGE_HOLDER_TEXT = 20_000  # characters read for the one holder a whole page names
# "Das Landratsamt bietet in Pfaffenhofen und Manching ein Eltern-Seminar an: …": a headline of who offers what
OFFER_HEADLINE_RE = re.compile(r"(?:Der|Die|Das)\s+(?:[\wäöüß-]+\s+){1,3}?(?:bietet|lädt|veranstaltet|organisiert|richtet)\s")
# "Düsseldorf: 300 Ausbildungsplätze im Angebot beim Azubi-Speed-Dating der Handwerkskammer": a news headline whose
# event is where the news happened
NEWS_AT_EVENT_HEADLINE_RE = re.compile(r"^(?:[A-ZÄÖÜ][\wäöüß-]+:\s+)?(?P<news>[^:„“\"]{3,120}?)\s+"
                                       r"(?:beim|bei\s+der|auf\s+dem|auf\s+der|im\s+Rahmen\s+des|im\s+Rahmen\s+der)\s+"
                                       r"(?P<event>[A-ZÄÖÜ0-9][^:!?]{3,100})$")
# "Zur Eröffnung des Lernhauses am" above "Donnerstag, 17. Oktober 2019, 17 Uhr,": what an invitation invites to
INVITATION_LEAD_IN_RE = re.compile(r"(?:Zur|Zum)\s+(?P<name>[\wÄÖÜäöüß„“\"'’-][^.!?:]{3,120}?)\s+(?:am|vom)")
# "7. Sitzung", "Konstituierende Sitzung": a sitting that does not say whose
ORDINAL_SITTING_RE = re.compile(r"(?:\d{1,3}\.\s*|[A-ZÄÖÜ][a-zäöü]+(?:e|es)\s+)?(?:(?:öffentliche|konstituierende)\s+)?Sitzung")
# "der Bildungsbeirat", "dem Jugendhilfeausschuss", "des Kreistages": a body that sits, named in the text
SITTING_BODY_NAMED_RE = re.compile(r"\b(?:[Dd]er|[Dd]es|[Dd]em|[Dd]en)\s+(?P<body>[A-ZÄÖÜ][\wäöüß-]*(?:beirat|ausschuss|kreistag|"
                                   r"stadtrat|gemeinderat|konvent|kuratorium))(?:e?s)?\b")
# a council's session named by its kind alone: "Öffentliche Sitzung, 19:00 Uhr bis 20:00 Uhr"
SESSION_TITLE_RE = re.compile(r"(?:(?:Öffentliche|Nichtöffentliche|Nicht\s+öffentliche)\s+)?Sitzung\b(?!\s+(?:des|der)\b)")

# the opening or the close of another event, never the name of a page's one event: "Auftaktveranstaltung", "Eröffnung"
PART_OF_AN_EVENT_RE = re.compile(rf"(?:Abschluss|Kick-?off)|{lex.OPENING_WORD_RE.pattern}", re.I)

# a headline that is an indirect question or a clause: "Um was sich die Ausbildungsmesse dreht", "Wie …", "Warum …"
CLAUSE_HEADLINE_RE = re.compile(r"(?:Um\s+was|Worum|Was|Wie|Warum|Wieso|Wer|Wo|Wann|Welche[rsn]?)\s+(?!.*[:?])")

# a body of its own that an event's name holds in the genitive ("Weihnachtsmarkt des Gewerbevereins") or its text makes
# the subject that holds, invites or shows ("Der Kleingartenverein … feiert …", "Die Verbraucherzentrale informiert …"):
# a town's calendar lists it, the body holds it (not "Kirchenstraße 5", "nach Vereinbarung", "sorgt der Posaunenchor")
_OWN_HOLDER = (r"[\wäöüß-]*(?:[Vv]erein(?:s|es)?|[Vv]erband(?:s|es)?|[Ff]euerwehr|[Cc]hor(?:s|es)?|[Cc]lub(?:s)?|[Kk]irchengemeinde|"
               r"[Pp]farrei|[Zz]entrale|[Ii]nitiative|[Ss]tiftung|[Gg]enossenschaft|[Pp]artei|[Ff]raktion|[Gg]ewerkschaft|"
               r"[Kk]ammer|[Bb]ücherei|[Bb]ibliothek|[Mm]useums?|[Hh]ochschule|[Uu]niversität)\b")
OWN_HOLDER_IN_NAME_RE = re.compile(rf"\b(?:des|der|vom|im)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+){{0,2}}{_OWN_HOLDER}")
OWN_HOLDER_ACTS_RE = re.compile(rf"\b(?:Der|Die|Das)\s+(?:[\wäöüß-]+\s+){{0,3}}?{_OWN_HOLDER}[^.!?]{{0,80}}?"
                                r"\b(?:lädt|laden|veranstaltet|veranstalten|feiert|feiern|informiert|informieren|präsentiert|"
                                r"organisiert|bietet|zeigt|richtet|lud|luden)\b")


# what frames a day's event, named before a quoted name: the week it is part of, the end of a series, a book
FRAMED_BY_RE = re.compile(r"\b(?:[Ii]m\s+Rahmen|[Zz]um\s+(?:Abschluss|Auftakt)|[Aa]nlässlich|[Ww]ährend|[Ii]nnerhalb|"
                          r"(?:Roman|Buch|Werk|Stück|Film|Motto|Titel))\b[^„“\"»]{0,40}$")


def _names_its_own_holder(event: Event) -> bool:
    return bool(OWN_HOLDER_IN_NAME_RE.search(event.title or "")
                or OWN_HOLDER_ACTS_RE.search((event.description or "")[:2000]))


def _a_sentence(title: str) -> bool:
    """A title that is a sentence, or a sentence cut off after its day ("… lädt am Dienstag, 26. November, zur
    Spurensuche in den Bocksaal ein un")."""
    return titles.reads_as_sentence(title) or len(title.split()) >= SENTENCE_WORDS and bool(
        FRONTED_PHRASE_AND_VERB_RE.match(title)) or len(title.split()) >= SENTENCE_WORDS and bool(
        (title.rstrip().endswith(".") or d.MAYBE_DATE(title) and d.find_dates(title)) and lex.FINITE_VERB_RE.search(title)
        or len(title.split()) >= CUT_SENTENCE_WORDS and re.search(r"\b(?:lädt|laden|führt|gastiert)\b", title)
        and d.MAYBE_DATE(title) and d.find_dates(title))


SENTENCE_WORDS = 8
# a sentence whose verb follows a phrase put first, cut off at its line's end: "Für die Veranstaltungsreihe „Lesezeit um
# 10“ wählt das Vorleseteam der Stadtbibliothek"
FRONTED_PHRASE_AND_VERB_RE = re.compile(r"(?:Für|Bei|Mit|Nach|Zu[mr]|Im|Am|In)\s+(?:(?:die|der|den|das|dem|einer?m?)\s+)?"
                                        r"[A-ZÄÖÜ][^.!?]{2,80}?[“\"]?\s(?:[a-zäöüß]{3,}t)\s+(?:das|die|der|den|sich|es|er|sie)\b")
# the kinds a sentence's verb makes with its object ("liest … aus", "spricht … über", "führt … durch"); a verb alone
# ("singen die Klassen … beim Adventssingen") leaves the naming to the readers of the happening it names
VERB_KINDS_OF_A_SENTENCE = frozenset({"Lesung", "Vortrag", "Führung"})
CUT_SENTENCE_WORDS = 12  # a sentence cut off, not a headline ("Seniorenclub macht am 9. Mai einen Ausflug ins …")


def _a_day_off(title: str) -> bool:
    """A calendar row whose name is a day off: one part wholly a day off, the others short qualifiers."""
    if len(title) > 80:
        return False
    parts = [part for part in lex.DAY_OFF_SEPARATOR_RE.split(title) if part.strip()]
    off = [part for part in parts if lex.DAY_OFF_PART_RE.fullmatch(part.strip())]
    holidays = [part for part in parts if lex.PUBLIC_HOLIDAY_RE.fullmatch(part.strip())]
    if holidays and not off:
        # a holiday's row is a day off only alone ("31.10.2027 Reformationstag"); "Heiligabend – Kinderchristmette",
        # "Volkstrauertag: Kranzniederlegung" name what happens on it
        # (or beside its closing: "Dreikönigstag – Vereinsheim geschlossen")
        return all(part in holidays or lex.CLOSED_RE.search(part) and len(part.split()) <= lex.DAY_OFF_QUALIFIER_WORDS
                   for part in parts)
    return bool(off) and all(part in off or part in holidays or (len(part.split()) <= lex.DAY_OFF_QUALIFIER_WORDS
                                                                 and not lex.EVENT_WORD_RE.search(part)) for part in parts)
CONTACT_LINE_BUDGET = 5_000    # lines read for a page's shared address


# a headline's name before its town, its colon or its dash: "Interkulturelle Woche in Brandenburg an der Havel"
HEADLINE_HEAD_RE = re.compile(r"\s+(?:in|im|am|an|auf|für|vom|ab)\s+|:\s|\s[–-]\s|\s\d")
HEADLINE_HEAD_WORDS = 6
# the whole word an event word is part of ("Festakt", "Jubiläumsfestakt")
NOT_A_WORD_CHARACTER_RE = re.compile(r"[^\wäöüß-]")
WORD_END_RE = re.compile(r"[^\wäöüß-]|$")
CLAUSE_TITLE_WORDS = 5


# a sentence that invites to what it names: "Große und kleine Forscher sind zu einer Exkursion … eingeladen"
INVITED_TO_RE = re.compile(r"\b(?:eingeladen|einladen|lädt|laden)\b")


# a place read up to its sentence's full stop ("Haus des Kindes."), not an abbreviation's ("Kirchstr.", "e.V.")
SENTENCE_STOP_RE = re.compile(r"(?<![A-ZÄÖÜ])(?<![Ss]tr)(?<!\bNr)(?<!\bSt)(?<!\.[A-Z])(?<=[a-zäöüß]{3})\.$")


# a town's house by its kind alone, after an article or a preposition: "im Jugendzentrum", "das Juz"
# (not a house that others rent for their courses: "Hebamme … bietet … im Familienzentrum", "im Bürgerhaus")
LONE_HOUSE_RE = re.compile(r"\b(?:im|ins|vom|zum|das|dem|des|die|der|in\s+der|in\s+die)\s+(?P<kind>Jugendzentrum|Jugendhaus|"
                           r"Stadtbibliothek|Stadtbücherei|Gemeindebücherei|Seniorenbüro|Jugendkunstschule|"
                           r"Kinder- und Jugendhaus)\b")
LONE_HOUSE_READ = 6_000


# a heading that counts the next of a kind: "Die nächsten Konzerte:", "Weitere Lesungen"
NEXT_OF_A_KIND_RE = re.compile(r"(?:(?:Die|Unsere)\s+)?(?:[Nn]ächsten?|[Ww]eitere[n]?|[Kk]ommenden?)\s+(?P<kind>[A-ZÄÖÜ][a-zäöüß]+):?")


FACTS_NAME_SHORTEST, FACTS_NAME_LONGEST = 12, 160  # the name over an article's closing facts: more than a word, no paragraph
HEADING_FOR_ROWS_LONGEST = 80
DAY_ITEM_TEXT_LINES = 2  # the lines under a programme's day line that tell its item
SENTENCE_OR_COLON_BREAK_RE = re.compile(r"(?<=[a-zäöüß]{2})[.!?]\s+|:\s+")  # ("Außengelände …: Von 16 bis …")


def _day_known(event: Event) -> bool:
    """The event's day and month are read, its year is not ("--05-12")."""
    return bool(event.start_partial and re.fullmatch(r"--\d\d-\d\d", event.start_partial))  # a page heading that names its rows' event, not a headline that tells a story


class Settler:
    """Settles the names, holders and towns of a page's events, and drops what a calendar cannot use."""

    def __init__(self, view: PageView, assembler: Assembler, running_text: RunningText):
        self.view = view
        self.assembler = assembler
        self.running_text = running_text

    def names_and_holders_settled(self, events: list[Event], main_alone: bool) -> list[Event]:
        """Each event's name, holder and town, as a reader settles them once every event of the page is known."""
        bodies = [(index, label.value) for index, label in enumerate(self.view.labels)
                  if label and label.kind == "body" and label.value]
        for event in events:
            self._no_paragraph_as_title(event)
            if (len(events) == 1 or main_alone and event is events[0]) and not self.view.page.is_html:
                self._no_clause_as_title(event)
            if len(events) == 1 and not self.view.page.is_html:
                self._quoted_name_over_headline(event)
                self._open_day_over_headline(event)
                self._offer_over_column_headline(event)
                self._named_event_over_news_headline(event)
            body = self._body_label_of(event, bodies)
            if body and SESSION_TITLE_RE.match(event.title or ""):
                # "Gremium: Ausschuss für Schule und Bildung" above "Öffentliche Sitzung, 19:00 Uhr": whose sitting
                event.title = f"Sitzung {prose.held_by(prose.article_of(body), body)}"
                event.note("title", FROM_LABEL, body)
            elif SESSION_TITLE_RE.fullmatch(event.title or ""):
                # "Die Mitglieder des Ausschusses für Schule, Bildung, Kultur und Sport … werden am Donnerstag … beraten"
                committee = prose.committee_named(self.view.texts)
                if committee:
                    event.title = f"Sitzung des {committee}"
                    event.note("title", FROM_PROSE, committee)
            series = self._series_of_next_meeting(event) if NEXT_MEETING_TITLE_RE.fullmatch(event.title or "") else None
            if series:
                event.title = series  # "… zum ersten „Sprach-Café“ … Das nächste Treffen findet am 4. Dezember statt"
                event.note("title", FROM_PROSE, series)
            invited_to = self._invitation_lead_in(event)
            if invited_to and (event.provenance.get("title") or {}).get("from") != FROM_JSONLD:
                event.title = invited_to  # "Zur dritten Verleihung des Kita-Preises am" / "Donnerstag, 17. Oktober 2019, 14 Uhr,"
                event.note("title", FROM_LABEL, invited_to)
            if ORDINAL_SITTING_RE.fullmatch(event.title or ""):
                # "… gibt es den Bildungsbeirat. Er trat am 3. Mai zu seiner 4. Sitzung zusammen": the
                # sitting of the one body its text names, else of the body that holds it
                bodies = {m.group("body") for m in SITTING_BODY_NAMED_RE.finditer(event.description or "")}
                organizer_head = (event.organizer or "").split(" ")[0]
                body = bodies.pop() if len(bodies) == 1 else event.organizer if prose.SITTING_BODY_RE.search(
                    organizer_head) and organizer_head not in ("Landrat", "Oberbürgermeister", "Bürgermeister") else None
                if body:
                    event.title = f"{event.title} {prose.held_by(prose.article_of(body), body)}"
            if not event.city and event.online is not True:
                # "10 Jahre Integrationskurse in Schwäbisch Hall", held by the "Kinderuni Würzburg" or the "VHS
                # Schwäbisch Hall": a town the event's own name or its host's name gives (not a Landkreis's: its
                # events are anywhere in it)
                town = gazetteer.place_after_preposition(event.title or "") or (
                    gazetteer.town_in(event.organizer) if event.organizer and not lex.TERRITORY_HOST_RE.match(event.organizer)
                    else None)
                if town:
                    event.city = town
                    event.note("city", FROM_PROSE, event.title if town in (event.title or "") else event.organizer)
            if event.city:
                event.city = gazetteer.city_of(event.city)  # the calendar's town is Berlin, not Schöneberg
            if not event.organizer and event.title:
                body_holder = prose.body_of_meeting(event.title, self.view.texts)
                if body_holder:
                    event.organizer = body_holder  # a body's own sitting is held by the body
                    event.note("organizer", FROM_PROSE, event.title)
            if not event.start and event.title and prose.EVENT_NOUN_RE.fullmatch(event.title) \
                    and re.match(r"(?:Land)?[Kk]reis\s|Stadt\s", event.organizer or ""):
                # "Bei der Tagung im Kreishaus beschrieb …" in a report of the Kreis Düren, no day given: the
                # "Tagung des Kreises Düren" (a ministry or an academy that invites is one of several hosts, or the venue)
                event.title = prose.of_holder(event.title, event.organizer) or event.title
            if event.title:
                event.title = titles.without_generic_kind(titles.without_member_list(event.title))
                event.title = titles.without_row_stop(titles.without_spaced_letters(titles.without_bracketed_day(event.title)))
                event.title = titles.without_leading_day(event.title)
            dateline = lex.DATELINE_RE.match(event.title or "")
            if dateline and CLAUSE_TITLE_RE.match(event.title[dateline.end() - 1:]):
                event.title = event.title[dateline.end() - 1:]  # "Mölln (pm). Der BNE-Fachtag findet": the town's dateline
            if event.title and CLAUSE_TITLE_RE.match(event.title) and not re.search(r":\s|\s[–-]\s", event.title):
                # (not a motto before the name: "Dem Fachkräftemangel begegnen: 5. Bildungskonferenz")
                # "Den Kurzbericht zum zweiten … Planungstreffen", "Das erste, erweiterte … Planungstreffen fand":
                # a clause cut off before its day; the event is the noun phrase in it
                named = prose.phrase_title(event.title)
                if named and prose.EVENT_NOUN_RE.search(named):
                    event.title = named
            if OFFER_HEADLINE_RE.match(event.title or "") and len(event.title) <= HEADLINE_BUDGET \
                    and (event.provenance.get("title") or {}).get("from") == FROM_LABEL:
                # the event it offers, by the fullest name the text gives it ("das Eltern-Seminar „Hilfe, …“")
                offered = prose.title_from_sentence(event.title.split(": ")[0])
                if offered and prose.EVENT_NOUN_RE.fullmatch(offered) and offered.lower() not in prose.GENERIC_NOUNS:
                    offered = prose.fuller_name(offered, self.view.texts) or offered
                if offered and offered.lower() not in prose.GENERIC_NOUNS and prose.specific_name(offered) \
                        and not prose.EVENT_NOUN_RE.fullmatch(offered):  # ("richtet den Fachtag Inklusion aus": not "Fachtag")
                    event.title = offered
                    event.provenance["title"] = {"from": FROM_PROSE, "snippet": offered}
            at_event = NEWS_AT_EVENT_HEADLINE_RE.match(event.title or "") if len(event.title or "") <= HEADLINE_BUDGET else None
            if at_event and not prose.EVENT_NOUN_RE.search(at_event.group("news")) \
                    and (event.provenance.get("title") or {}).get("from") == FROM_LABEL:
                named = prose.phrase_title(at_event.group("event"))
                if named and named.lower() not in prose.GENERIC_NOUNS and not titles.weak_title(named):
                    event.note("title", FROM_LABEL, event.title)
                    event.title = named
            headline = HEADLINE_SUBJECT_RE.fullmatch(event.title or "") if len(event.title or "") <= HEADLINE_BUDGET else None
            if headline and (event.provenance.get("title") or {}).get("from") != FROM_PROSE \
                    and not prose.QUOTE_RE.search(event.title[headline.end("verb"):]):
                event.title = headline.group("subject")
                event.note("title", FROM_LABEL, headline.group(0))
        if any(not e.organizer for e in events):
            # a library's programme ("im Arbeitsraum der Stadtbücherei", "Die Stadtbibliothek begrüßt …"): the one
            # library the page names holds the events that name no other host
            library = people.library_of_page(self.view.texts)
            for event in events:
                if library and not event.organizer:
                    event.organizer = library
                    event.note("organizer", FROM_PROSE, library)
        self._series_at_places(events)
        events = self._same_names_told_apart(events)
        self._share_page_contacts(events)
        for event in events:
            school = prose.school_of_title(event.title) if event.title else None
            # "Tag der offenen Tür am Beispiel-Gymnasium": the school holds it, not another school the page names
            if school and (not event.organizer or prose.SCHOOL_NAME_RE.fullmatch(event.organizer)):
                event.organizer = school
                event.note("organizer", FROM_LABEL, event.title)
        if len(events) == 1 and not events[0].organizer:
            # "… beim „Tag der offenen Tür“ am Gymnasium Burgkunstadt am Samstag, 3. März": a school's kind of event
            # that its day's paragraph names with the school right after it is that school's (not a school that is
            # a hall, a choir's or a speaker's home: "in der Aula der …", "der Chor der …", "Lehrerin an der …")
            event = events[0]
            line = self.view.date_line_of(event)
            school = prose.school_after_its_event(self.view.texts[line]) if line is not None else None
            if school:
                event.organizer = school
                event.note("organizer", FROM_PROSE, self.view.texts[line][:200])
        for event in events:
            kind = NEXT_OF_A_KIND_RE.fullmatch(event.title.strip()) if event.title else None
            singular = lex.EVENT_PLURALS.get(kind.group("kind").lower()) if kind else None
            if singular and singular not in ("termin", "veranstaltung"):
                # "Die nächsten Konzerte:" over "Am Mittwoch, 6. Juni, um 18 Uhr in der Aula der Waldschule Steyerberg":
                # one of the kind the heading counts, where it is held
                named = singular.capitalize() + (f" in {event.city}" if event.city else "")
                event.note("title", FROM_LABEL, event.title)
                event.title = named
        for event in events:
            head = (titles.event_before_its_news(event.title) or titles.event_of_report(event.title)
                    or titles.named_day_of_news(event.title) or titles.event_before_its_day_and_news(event.title)
                    or titles.kicker_said_twice(event.title) or titles.subject_before_its_verb(event.title)
                    or titles.day_named_in_headline(event.title) or titles.without_photo_credit(event.title)
                    or titles.event_in_focus(event.title)) \
                if event.title else None
            news = titles.event_of_news(event.title) if event.title and not head else None
            if news:
                # (the fullest name the page gives that kind: "Ausbildungsmesse" -> "Neunte Ausbildungsmesse „…“")
                head = prose.fuller_name(news, self.view.texts) or news
            if head:
                event.note("title", FROM_LABEL, event.title[:200])
                event.title = head
        for event in events:
            if event.title and titles.says_only_where_or_when(event.title):
                named = self._named_below_its_day(event) or self._where_under_the_page_s_event(event.title)
                if named:
                    event.note("title", FROM_LABEL, event.title)
                    event.title = named
        for event in events:
            if event.title and _a_sentence(event.title):
                # what every other reader left a whole sentence ("Am 2. Juni, 15 Uhr gibt es die …", "Die Agentur lädt
                # wieder zum „…“ ein", "Das Kabarett aus Musterau führt am … auf."): the event the sentence names, or
                # what it offers
                named = self._paragraph_s_quoted_name(event) or prose.title_from_sentence(event.title) \
                    or prose.offered_name(event.title) or self._named_just_before(event) \
                    or prose.name_before_its_hour(event.title) or self._kind_its_verb_makes(event.title) \
                    or prose.theme_of_a_programme_day(event.title, self.view.texts) or prose.named_by_its_verb(event.title)
                if named and len(named) < len(event.title) and not titles.weak_title(named):
                    event.note("title", FROM_PROSE, event.title[:200])
                    event.title = named
        for event in events:
            head = self._headline_named_in_clause(event.title) if event.title else None
            if head:
                event.note("title", FROM_LABEL, event.title[:200])
                event.title = head
        for event in events:
            # (the sentence it was read from, or, on a page that is that one sentence, the words its name came from)
            said = event.description or event.provenance.get("title", {}).get("snippet")
            fuller = prose.kind_with_its_object(event.title, said) \
                if event.title and said and " " not in event.title.strip() else None
            if fuller:
                # "Lesung" read from "… bekamen die Klassen eine Lesung aus dem Buch „Rabatz im langen Lulatsch“": the
                # reading of that book, as the sentence names it
                event.note("title", FROM_PROSE, fuller)
                event.title = fuller
        for event in events:
            if event.start and event.title and len(event.title) > 160 and titles.weak_title(event.title):
                # a paragraph that names no event: the kind its text keeps naming, held by its organizer
                kind = prose.recurring_kind(" ".join(self.view.texts))
                if kind:
                    event.title = prose.of_holder(kind, event.organizer) or kind
                    event.note("title", FROM_PROSE, kind)
        return events

    def _named_below_its_day(self, event: Event) -> str | None:
        """A programme's day on a line of its own ("Sonntag, 19. September") over its item's text: the event the text's
        sentences name ("Von 16 bis 17:30 Uhr finden dort 2 Workshops zum Thema der Kindererziehung statt")."""
        line = self.view.date_line_of(event)
        if line is None or not self.view.date_only(line):
            return None
        for text in self.view.texts[line + 1:line + 1 + DAY_ITEM_TEXT_LINES]:
            if d.MAYBE_DATE(text) and d.find_dates(text):
                return None  # (the next day's line: nothing of this day's own)
            for sentence in SENTENCE_OR_COLON_BREAK_RE.split(text):
                named = prose.title_from_sentence(sentence)
                if named and not titles.weak_title(named):
                    return named
        return None

    def _where_under_the_page_s_event(self, title: str) -> str | None:
        """The name of a row that says only where ("an der Eichendorffschule" under "Zentrale Elterninformationsabende
        (ZEIA)"): the page's event there; of a line that says only when and where, the kind the page keeps naming."""
        line = self.view.title_line()
        heading = self.view.texts[line].strip() if line is not None else ""
        if titles.is_place_phrase(title) and heading and len(heading) <= HEADING_FOR_ROWS_LONGEST \
                and not titles.says_only_where_or_when(heading) and titles.names_an_event(heading):
            return f"{heading} {title.strip()}"
        return prose.recurring_kind(" ".join(self.view.texts))

    def _name_over_its_facts(self, event: Event) -> str | None:
        """An article that closes with the event's facts under its name ("Nicht alles im Netz ist auch erlaubt – …" /
        "Referentin: …," / its affiliation / "Datum: 7. Oktober 18:30 Uhr" / "Ort: Aula"): the name above the facts,
        where the event was read only by its kind ("Der nächste Vortrag findet am 7. Oktober … statt")."""
        day = event.start[5:10] if event.start else (event.start_partial or "")[2:7]
        texts, labels = self.view.texts, self.view.labels
        for index in range(len(texts) - 1, 0, -1):
            label = labels[index]
            dates = d.find_dates(texts[index]) if label and label.kind == "date" else []
            if not dates or f"{dates[0].month:02d}-{dates[0].day:02d}" != day:
                continue
            above = index - 1
            while above > 0 and (labels[above] or labels[above - 1] and texts[above - 1].rstrip().endswith(",")):
                above -= 1  # (the facts above the day's, and a fact's line wrapped after its comma)
            name = texts[above].strip().rstrip(".")
            if FACTS_NAME_SHORTEST <= len(name) <= FACTS_NAME_LONGEST and not labels[above] \
                    and len(re.findall(r"[.!?](?:\s|$)", name)) == 0 and not titles.weak_title(name):
                return name
            return None
        return None

    def what_a_calendar_can_use(self, events: list[Event]) -> list[Event]:
        """Without days off, essays and nameless undated events; a series' lone member by its kind; the programme's
        hour and the town's own site as holder where nothing else tells them."""
        if len(events) >= 3:  # a calendar's days off ("Weihnachtsferien / Kita geschlossen") are no events
            events = [e for e in events if not _a_day_off(e.title or "")]
        # a page that opens with a long paragraph and names no event in it or in its first
        # paragraphs, and gives no day: a retrospective or an essay, not an announcement
        events = [e for e in events if e.start or len(e.title or "") <= 160]
        # an event with no day whose only name is a sentence ("Weitere Informationen entnehmen Sie bitte dem Programm.")
        # tells a calendar nothing: neither when nor what (a day without its year does: "Am 12. Mai geht es im Beerbusch
        # auf eine naturkundliche Schatzsuche." in an article that prints no year)
        events = [e for e in events if e.start or _day_known(e) or e.date_tentative or not titles.weak_title(e.title)]
        # a press briefing where a programme was shown to the papers ("hat heute vormittag … bei einem Pressegespräch
        # vorgestellt") is the article's own occasion, no event of the programme, where the page names others
        briefings = [e for e in events if lex.PRESS_BRIEFING_RE.fullmatch((e.title or "").strip())]
        if briefings and len(briefings) < len(events):
            events = [e for e in events if e not in briefings]
        # nor one whose name says it looks back ("Rückblick: Adventsbasar" over "Der nächste Basar findet am …")
        events = [e for e in events if e.start or e.date_tentative or not lex.REPORT_TITLE_RE.match(e.title or "")]
        if self.view.jubilee_year:
            # a jubilee's page ("Anlass ist das 70-jährige Bestehen"): the day it counts from ("Am 14. September 1954
            # eröffnete die Lehrstätte …") is the house's history, not one of the jubilee's events
            events = [e for e in events if not e.start or int(e.start[:4]) >= self.view.jubilee_year - 1]
        if len(events) == 1 and events[0].title and NEXT_OF_SERIES_RE.match(events[0].title) \
                and not events[0].date_tentative:
            # "die nächste Fachkonferenz … am 25. November": "next" tells one meeting of a series from
            # another on the same page; alone, the event is the Fachkonferenz
            events[0].title = NEXT_OF_SERIES_RE.sub("", events[0].title)
        if len(events) == 1 and prose.EVENT_NOUN_RE.fullmatch(events[0].title or ""):
            named = self._name_over_its_facts(events[0])
            if named:
                events[0].note("title", FROM_LABEL, named)
                events[0].title = named
        if len(events) == 1 and prose.EVENT_NOUN_RE.fullmatch(events[0].title or "") \
                and events[0].title.lower() not in prose.GENERIC_NOUNS:
            fuller = prose.fuller_name(events[0].title, self.view.texts)  # "Fachtagung": which one
            if fuller:
                events[0].title = fuller
                events[0].note("title", FROM_PROSE, fuller)
        for event in events:
            compound = prose.compound_of_kind(event.title, self.view.texts) if event.title and " " not in event.title \
                and prose.EVENT_NOUN_RE.fullmatch(event.title) else None
            if compound:
                # "Konferenz" on a page about the "Regionalkonferenz" of a Teilregion: the one kind of it the page names,
                # with the name it gives it ("Die beliebte Mundartlesung „Dicht zusammen – Jede anders“ feiert …")
                event.title = prose.with_motto(compound, self.view.texts)
                event.note("title", FROM_PROSE, compound)
        self._holders_in_full(events)
        said = prose.page_series_hour(self.view.texts) if any(e.start and e.all_day for e in events) else None
        hour, own_line = said if said else (None, None)
        series_hours: dict[str, str | None] = {}  # (the hour a named series gives its own meetings, read once a title)
        for event in events:
            if event.start and event.all_day and (not event.end or event.end[:10] == event.start[:10]) and not hour:
                if event.title not in series_hours:
                    series_hours[event.title] = prose.series_hour(self.view.texts, event.title or "")
                if series_hours[event.title]:
                    when.time_from_words(event, series_hours[event.title])
            if hour and event.start and event.all_day and (not event.end or event.end[:10] == event.start[:10]) \
                    and prose.hour_holds_for(self.view.texts, own_line, self.view.date_line_of(event)):
                # "Die Vorträge finden jeweils donnerstags, 16 bis 18 Uhr, … statt": every day of the page's programme
                when.time_from_words(event, hour)
        page_town = self._one_town_of_page if any(not e.city and e.online is not True for e in events) else None
        for event in events:
            if page_town and not event.city and not event.venue and event.online is not True \
                    and not self._names_its_own_place(event):
                # "Ablauf … für die Grundschulen in Heidenheim" over its schools' info evenings: the one town the
                # page names is where its events that name none take place
                event.city = page_town
                event.note("city", FROM_PROSE, page_town)
        for event in events:
            if not event.city and not event.venue and event.online is not True:
                # an event no reader gave a place (a round-up's sentence, a list's row): the page's own town
                places.town_of_page(self.view, event)
        town_itself = self._town_of_own_site
        for event in events:
            if town_itself and not event.organizer and not _names_its_own_holder(event):
                # a town's own site ("www.speyer.de") that names no other holder: the town holds it (not a club's, a
                # choir's or an association's event its calendar lists: "Weihnachtsmarkt des Gewerbevereins")
                event.organizer = town_itself
                event.note("organizer", FROM_PUBLISHER, self.view.url or town_itself)
        if any(not e.organizer for e in events) and self._organizer_of_whole_page:
            for event in events:
                if not event.organizer:
                    event.organizer = self._organizer_of_whole_page
                    event.note("organizer", FROM_PROSE, self._organizer_of_whole_page)
                    if not event.city and not event.venue and event.online is not True:
                        places.town_of_page(self.view, event)  # (the town its holder is named after: "Stadtteilzentrum
                        #                                          Prenzlauer Berg" is in Berlin)
        if any(not e.organizer for e in events):
            self._holders_in_words(events)
            self._holders_in_full(events)  # (the holder's words may call it by its kind alone: "bietet der NABU … an")
        house = people.house_of_programme(self._page_head) if any(not e.organizer for e in events) else None
        for event in events:
            if house and not event.organizer:
                # "Jahresprogramm 2018 der Familienbildungsstätte": the house whose programme the page presents holds
                # the events that name no holder of their own (undated ones too)
                event.organizer = house
                event.note("organizer", FROM_PROSE, house)
        lone = self._lone_house if any(not e.organizer for e in events) else None
        for event in events:
            if lone and not event.organizer and event.city and gazetteer.known_place(event.city):
                # "Neues Jahr, neues Programm – das ist die Devise im Jugendzentrum in der Mannheimer Straße" under the
                # dateline "OFTERSHEIM.": the one house the text is about, by its kind and its town
                event.organizer = f"{lone} {event.city}"
                event.note("organizer", FROM_PROSE, lone)
        for event in events:  # (whichever reader named the holder: "Jugendkunstschule Bad Dürrheims")
            if event.organizer:
                event.organizer = people.without_towns_genitive(event.organizer)
            if event.venue and SENTENCE_STOP_RE.search(event.venue):
                event.venue = event.venue[:-1].rstrip()  # "im Haus des Kindes." read to its sentence's end
        return events

    def _series_at_places(self, events: list[Event]) -> None:
        """"29.05. Kindergarten „Regenbogen“ in Königsee" / "31.07. Kindergarten „Blumenwiese“ in Gräfenthal": a series
        that travels, each row naming only where it stops. The rows are where; the event is the kind the page keeps
        naming ("Elterncafé")."""
        stops = [(event, PLACE_ROW_RE.fullmatch(event.title or "") or PLACE_ROW_RE.fullmatch(event.venue or ""))
                 for event in events]  # (the first row, under the headline, has the headline for its name)
        stops = [(event, stop) for event, stop in stops if stop]
        if sum(1 for _, stop in stops if gazetteer.known_place(stop.group("town"))) < 2:
            return  # (two stops at least in towns we know: not "Schule in Zahlen", "Kita in Bewegung")
        kind = prose.recurring_kind(" ".join(self.view.texts[:200]))
        if not kind:
            return
        for event, stop in stops:
            event.note("venue", FROM_LABEL, stop.group(0))
            event.title = kind
            event.note("title", FROM_PROSE, kind)
            event.venue, event.city = stop.group("venue"), stop.group("town")

    def _holders_in_full(self, events: list[Event]) -> None:
        """"lädt das Bündnis … ein" on a page that opens with "Das Bündnis für Familie organisiert …": a holder called by
        its kind or its acronym alone gets the full name the page gives it."""
        fuller_holders: dict[str, str | None] = {}
        for event in events:
            if event.organizer and " " not in event.organizer and people.HOLDER_HEAD_WORD_RE.fullmatch(event.organizer):
                if event.organizer not in fuller_holders:
                    fuller_holders[event.organizer] = people.fuller_holder(event.organizer, self.view.texts)
                if fuller_holders[event.organizer]:
                    event.note("organizer", FROM_PROSE, fuller_holders[event.organizer])
                    event.organizer = fuller_holders[event.organizer]

    def _holders_in_words(self, events: list[Event]) -> None:
        """Events nothing else gave a holder: the paragraph of the event's day, or the lines above it that are no other
        event's, may say in words which house holds it ("Die Realschule veranstaltet …", "Ein Nachbarschaftsfest feiert
        das Stadtteilbüro …", an article's lead "… Workshops, die vom Mint-Cluster Westpfalz organisiert werden"); not a
        stall, a shuttle, a line of news below it, or another event's paragraph in a round-up."""
        date_lines = {id(e): self.view.date_line_of(e) for e in events}
        read: dict[int, tuple[str, str] | None] = {}
        for event in events:
            line = date_lines[id(event)]
            if event.organizer or line is None:
                continue
            key = (line, event.start)
            if key not in read:
                above, headlines, size = [], [], 0
                others = set(date_lines.values()) - {line}
                for index in range(line):  # (the page's first PAGE_HOLDER_TEXT characters: a huge page in bounded time)
                    if size >= PAGE_HOLDER_TEXT:
                        break
                    if index not in others:
                        above.append(self.view.texts[index])
                        size += len(self.view.texts[index])
                        if index == self.view.title_line() or self.view.is_heading(index) or self.view.texty_heading(index):
                            headlines.append(self.view.texts[index])
                read[key] = people.late_holder(self.view.texts[line][:PAGE_HOLDER_TEXT]) \
                    or people.late_holder(self._sentence_of_its_day(event, line), genitive=True) \
                    or people.late_holder("\n".join(above)[:PAGE_HOLDER_TEXT]) \
                    or people.late_holder("\n".join(headlines)[:PAGE_HOLDER_TEXT], genitive=True)
            if read[key]:
                event.organizer = read[key][0]
                event.note("organizer", FROM_PROSE, read[key][1])

    def _quoted_name_over_headline(self, event: Event) -> None:
        """"Wissen teilen und Zukunft angehen" over "… Ein „Thementag Frauen“ am 16. September …": a press article's
        headline that names no event gives way to the quoted name of its one event in the sentence of its day."""
        if (event.provenance.get("title") or {}).get("from") != FROM_LABEL or not event.title \
                or lex.EVENT_WORD_RE.search(event.title) or prose.EVENT_NOUN_RE.search(event.title):
            return
        line = self.view.date_line_of(event)
        if line is None or line == 0:
            return
        sentence = self._sentence_of_its_day(event, line)
        begins = bool(sentence) and not prose.QUOTE_RE.search(sentence) and bool(prose.START_IS_RE.match(sentence.strip()))
        if begins:
            # "Für den Kurs „Kochen mit kleinem Budget“ sind noch Plätze frei. Anmeldungen … Beginn ist am 14. Oktober":
            # the offer a sentence or two before names what begins
            parts = prose.sentences(self.view.texts[line])
            at = next((i for i, part in enumerate(parts) if part.strip() == sentence.strip()), None)
            sentence = next((part for part in reversed(parts[max(0, at - 2):at]) if prose.QUOTE_RE.search(part)),
                            sentence) if at else sentence
        quote = prose.QUOTE_RE.search(sentence)
        if quote is None or FRAMED_BY_RE.search(sentence[:quote.start()]):
            return  # (the name of what frames the day's event: "Im Rahmen der „Aktionswoche Nachhaltigkeit“ … einen
            #         Spendenlauf", "Zum Abschluss der „Lesewoche“", a book's title "aus seinem Roman „…“")
        named = prose.quoted_title(sentence) or (prose.first_quoted(sentence) if begins else None)
        if named and (begins or prose.EVENT_NOUN_RE.search(named)) and not titles.weak_title(named) \
                and event.title.lower() not in named.lower():  # (not the headline's own name, quoted with its kind)
            event.provenance["title"] = {"from": FROM_PROSE, "snippet": named}  # (replacing the headline's evidence)
            event.title = named

    def _offer_over_column_headline(self, event: Event) -> None:
        """"Neues vom Familienbildungswerk" over "Angeboten wird deshalb der eintägige Erste-Hilfe-Kurs für Babysitter am
        Samstag, 7. März …": a column's headline names no event; what the sentence of its day offers does."""
        if not event.title or not lex.SENDER_LINE_RE.search(event.title):
            return
        line = self.view.date_line_of(event)
        sentence = self._sentence_of_its_day(event, line) if line else ""
        named = (prose.title_from_sentence(sentence) or prose.offered_name(sentence)) if sentence else None
        if named and not titles.weak_title(named) and not lex.SENDER_LINE_RE.search(named):
            event.title = named
            event.note("title", FROM_PROSE, sentence[:200])

    def _named_event_over_news_headline(self, event: Event) -> None:
        """"Integrationsbeirat zieht positive Bilanz" over "… Das nächste Sprachcafé findet am Dienstag, 12. Januar, um 16 Uhr
        statt": a news headline that names no event yields to the event the sentence of its day names by its kind."""
        title = event.title or ""
        if (event.provenance.get("title") or {}).get("from") != FROM_LABEL or not title \
                or lex.EVENT_WORD_RE.search(title) or prose.EVENT_NOUN_RE.search(title):
            return
        line = self.view.date_line_of(event)
        sentence = self._sentence_of_its_day(event, line) if line else ""
        head = title.split()[0]
        if len(head) >= 4 and re.search(rf"\b(?:einen|eine|ein|einem|zum|zur|beim|den|das)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?"
                                        rf"{re.escape(head)}", sentence, re.I):
            return  # (the headline's thing is the day's: "Spendenlauf am Gymnasium" over "… einen Spendenlauf …"; not a
            #         house named in passing: "Musikschule bekommt neuen Flügel" over "… im Saal der Musikschule")
        named = prose.title_from_sentence(sentence) if sentence else None
        if named and prose.EVENT_NOUN_RE.search(named) and not titles.weak_title(named) and len(named) <= HEADLINE_BUDGET \
                and not PART_OF_AN_EVENT_RE.match(named):  # (the headline's event opens: "Auftaktveranstaltung")
            event.provenance["title"] = {"from": FROM_PROSE, "snippet": sentence[:200]}  # (replacing the headline's)
            event.title = named

    def _open_day_over_headline(self, event: Event) -> None:
        """"Anmeldung für die Kindertagesstätten beginnt" over "… bieten die Einrichtungen Tage der offenen Tür an … Die Kita
        Regenbogen lädt dazu für Samstag, 16. Januar, von 10 bis 12 Uhr ein": a headline that names no event yields to the
        open day the paragraph of the event's day speaks of, when the day's own sentence names nothing else."""
        if (event.provenance.get("title") or {}).get("from") != FROM_LABEL or prose.names_event(event.title or ""):
            return
        line = self.view.date_line_of(event)
        if line is None or line == 0 or not prose.OPEN_DAYS_NAMED_RE.search(self.view.texts[line][:prose.LINE_HEAD_TEXT]):
            return
        sentence = self._sentence_of_its_day(event, line)
        if not sentence or prose.EVENT_NOUN_RE.search(sentence) and not prose.OPEN_DAYS_NAMED_RE.search(sentence):
            return  # (the day's sentence names an event of its own)
        event.note("title", FROM_PROSE, prose.OPEN_DAYS_NAMED_RE.search(self.view.texts[line]).group(0))
        # (by its quoted name where the paragraph gives one: „Virtuelle Tage der offenen Tür“)
        event.title = prose.open_day_named(self.view.texts[line][:prose.LINE_HEAD_TEXT]) or prose.OPEN_DAY

    @staticmethod
    def _kind_its_verb_makes(sentence: str) -> str | None:
        """"… liest zum Beispiel Erika Beispiel am 14. Juni aus ihrer Biographie": a reading; with the work the sentence
        quotes, that reading ("liest im Buchladen aus seinem Roman „Berlin - Bombay“ vor": "Lesung „Berlin - Bombay“")."""
        made = next(((verb.search(sentence), kind) for verb, kind in lex.HAPPENING_OF_VERB
                     if kind in VERB_KINDS_OF_A_SENTENCE and verb.search(sentence)), None)
        if made is None:
            return None
        verb, kind = made
        work = prose.QUOTE_RE.search(sentence, verb.start())  # ("liest … aus seinem Roman „Berlin - Bombay“ vor")
        return f"{kind} „{prose.quoted_text(work)}“" if work else prose.kind_with_its_object(kind, sentence) or kind

    def _sentence_of_its_day(self, event: Event, line: int) -> str:
        """The first sentence of the event's date line that gives its day ("Am Mittwoch, 17. Juni, trifft sich das
        Elterncafé des Familienstützpunktes …")."""
        return next(self._sentences_of_its_day(event, line), "")

    def _sentences_of_its_day(self, event: Event, line: int):
        """The sentences of the event's date line (its first LINE_HEAD_TEXT characters) that give its day."""
        if not event.start:
            return
        day = (int(event.start[8:10]), int(event.start[5:7]))
        for sentence in prose.sentences(self.view.texts[line][:prose.LINE_HEAD_TEXT]):
            if d.MAYBE_DATE(sentence) and any((m.day, m.month) == day for m in d.find_dates(sentence)):
                yield sentence

    @cached_property
    def _page_head(self) -> str:
        # (the first 20,000 characters: a page's holder is named near its top, and a huge page is read in bounded time)
        return "\n".join(self.view.texts)[:PAGE_HOLDER_TEXT]

    @cached_property
    def _organizer_of_whole_page(self) -> str | None:
        return people.clear_holder_of_page(self._page_head)

    def _names_its_own_place(self, event: Event) -> bool:
        """"Das Netzwerktreffen findet am 3. März um 15 Uhr im Dorfgemeinschaftshaus Oberbeispiel statt": the sentence
        of the event's day names a place of its own (whose town the page may not know)."""
        line = self.view.date_line_of(event)
        return line is not None and any(OWN_PLACE_RE.search(sentence) for sentence in self._sentences_of_its_day(event, line))

    @cached_property
    def _lone_house(self) -> str | None:
        """"Jugendzentrum" (of Oftersheim): the one house of a town's own kind the page's text keeps naming by its kind
        alone (twice or more, and no other such house); None for a page of several houses, or a house named in full."""
        text = " ".join(self.view.texts[:HOST_LINES])[:LONE_HOUSE_READ]
        kinds = {match.group("kind") for match in LONE_HOUSE_RE.finditer(text)}
        if len(kinds) != 1:
            return None
        kind = kinds.pop()
        if len(re.findall(rf"\b{kind}\b", text)) < 2 or re.search(rf"\b{kind}\s+(?:[A-ZÄÖÜ„\"]|der\s+[A-ZÄÖÜ]|des\s+[A-ZÄÖÜ])", text):
            return None  # (named once in passing, or named in full: "Jugendzentrum Alte Feuerwache")
        return kind

    @cached_property
    def _one_town_of_page(self) -> str | None:
        """The one town the page names (not a word that is also a common noun: "Essen", "Hof")."""
        towns = set()
        for text in self.view.texts[:HOST_LINES]:
            towns |= {m.group(0) for m in gazetteer.TOWN_RE.finditer(text) if m.group(0) not in gazetteer.COMMON_NOUN_TOWNS}
            if len(towns) > 1:
                return None
        if not towns:
            return None
        town = towns.pop()
        # (a town named only as someone's home or a body's seat, "Referentin aus Koblenz", is not the page's place)
        named_as_place = any(gazetteer.place_after_preposition(text) == town for text in self.view.texts[:HOST_LINES]
                             if town in text)
        return gazetteer.city_of(town) if named_as_place else None

    @cached_property
    def _town_of_own_site(self) -> str | None:
        """"Stadt Speyer" for a page on www.speyer.de, "Gemeinde Musterau" on gemeinde-musterau.de."""
        town = self.view.site_town
        if not town:
            return None
        for sentence in prose.sentences(" ".join(self.view.texts[:HOST_LINES])):
            if people.ORGANISING_VERB_RE.search(sentence) and not re.search(
                    rf"\b(?:[Dd]ie|[Dd]er)\s+Stadt(?:verwaltung)?\b|\bStadt\s+{re.escape(town)}\b", sentence):
                return None  # ("Der Förderverein der Tulpenschule lädt … ein": someone the readers could not name holds it)
        kind = "Gemeinde" if re.search(r"(?:^|//)(?:www\.)?gemeinde[-.]", self.view.url or "") else "Stadt"
        return f"{kind} {town}"

    def _share_page_contacts(self, events: list[Event]) -> None:
        """"Anmeldung unter bildung@…" said once on a page whose events are read from their own sentences or rows:
        the one or two addresses no event holds as its own are every event's that has none."""
        if len(events) < 2 or all(e.contacts for e in events):
            return  # (one event's page reads its contacts with it)
        lines = [i for i, text in enumerate(self.view.texts) if len(text) <= CONTACT_LINE_BUDGET
                 and contacts.AT_HINT_RE.search(text) and not lex.NOT_AN_EVENTS_ADDRESS_RE.search(text)]
        mailto = self.assembler.mailto_addresses()
        if not lines and not mailto:
            return
        addresses = {a.lower() for i in lines for a in contacts.EMAIL_RE.findall(contacts.deobfuscate(self.view.texts[i]))}
        addresses |= {email.lower() for email, _ in mailto}
        if len(addresses) > 4:
            return  # (a directory: read no further)
        found = [c for c in contacts.extract_contacts([self.view.texts[i] for i in lines], []) + [
                 contacts.Contact(email=email) for email, _ in mailto] if not lex.NOT_AN_EVENTS_ADDRESS_RE.search(c.email)]
        held = {c.email.lower() for e in events for c in e.contacts}
        free = list({c.email.lower(): c for c in found if c.email.lower() not in held}.values())
        if 1 <= len(free) <= 2:
            for event in events:
                if not event.contacts:
                    event.contacts = copy.deepcopy(free)

    def _paragraph_s_quoted_name(self, event: Event) -> str | None:
        """"„Wen wählen wir – und was geschieht danach?“ Unter dieser Überschrift geht … Diesen Abendkurs bietet die VHS
        … an: am 27. August …": a sentence that points back ("Diesen Abendkurs") at the quoted name its paragraph opens
        with."""
        line = self.view.date_line_of(event)
        if line is None or not POINTS_BACK_RE.match(event.title):
            return None
        leading = LEADING_QUOTED_NAME_RE.match(self.view.texts[line])
        return leading.group(1) if leading else None

    def _headline_named_in_clause(self, title: str) -> str | None:
        """"Mit einem vielfältigen Veranstaltungsprogramm wird die bundesweite Interkulturelle Woche" (a clause cut at its
        day) under the headline "Interkulturelle Woche in Brandenburg an der Havel": the name both give."""
        if len(title.split()) < CLAUSE_TITLE_WORDS or not lex.FINITE_VERB_RE.search(title):
            return None
        line = self.view.title_line()
        headline = self.view.texts[line] if line is not None else ""
        head = HEADLINE_HEAD_RE.split(headline.strip(), maxsplit=1)[0].strip()
        words = head.split()
        if not 2 <= len(words) <= HEADLINE_HEAD_WORDS or not head[:1].isupper() or titles.weak_title(head) \
                or lex.FINITE_VERB_RE.search(head) or re.match(r"(?:Die|Der|Das|Den|Dem|Des|Ein|Eine)\s", head) \
                or not (lex.EVENT_WORD_RE.search(head) or prose.names_event(head) or prose.WEEK_OR_NIGHT_RE.search(head)):
            return None  # (a name, not "Die Arbeitsgemeinschaft" or "Regionalverband Saarbrücken informiert")
        rest = title[len(head):] if title.lower().startswith(head.lower()) else ""
        if rest and (lex.EVENT_WORD_RE.search(rest) or prose.EVENT_NOUN_RE.search(rest)):
            return None  # (a place before the colon, the event after it: "Kulturforum Lindenau: Das Neujahrskonzert war …")
        return head if re.search(rf"(?<![\wäöüß]){re.escape(head.lower())}(?![\wäöüß])", title.lower()) else None

    def _named_just_before(self, event: Event) -> str | None:
        """"Große und kleine Forscher sind zu einer geologischen Exkursion in den Schlossgraben eingeladen. Am Sonntag,
        21. Mai, 15 bis 17 Uhr, erfährt man mehr über …": a dated sentence that names nothing is about what the sentence
        before it in its paragraph names, when that one gives no day of its own."""
        line = self.view.date_line_of(event)
        if line is None or event.title not in self.view.texts[line]:
            return None
        before = self.running_text._sentence_before(event.title, line)
        if not before or d.MAYBE_DATE(before) and d.find_dates(before) or not INVITED_TO_RE.search(before) \
                or lex.status_of(before):
            return None  # (only an invitation's: not "bietet … einen Babymassage-Kurs an", "Der Spielenachmittag fällt aus")
        return prose.quoted_title(before) or prose.title_from_sentence(before) or prose.offered_name(before)

    def _invitation_lead_in(self, event: Event) -> str | None:
        """A press invitation's "Zur Eröffnung des Lernhauses am" on the line above the day it invites to: the
        event's name, in the nominative ("Dritte Verleihung des Kita-Preises" from "Zur dritten Verleihung … am")."""
        line = self.view.date_line_of(event)
        above = self.view.texts[line - 1].strip() if line else ""
        match = INVITATION_LEAD_IN_RE.fullmatch(above)
        if not match:
            return None
        first, _, rest = match.group("name").partition(" ")
        first = prose.ORDINALS.get(first.lower(), first)
        return f"{first[0].upper()}{first[1:]} {rest}".strip()

    def _same_names_told_apart(self, events: list[Event]) -> list[Event]:
        """"An der Tulpenschule gibt es … einen Infoabend. Die Grundschule Beispielweg hat ihren Infoabend am …": two
        events of one page called "Infoabend" are told apart in a calendar by the school each sentence names."""
        bare = [e for e in events if e.title and prose.EVENT_NOUN_RE.fullmatch(e.title)]
        counts: dict[str, int] = {}
        for event in bare:
            counts[event.title.lower()] = counts.get(event.title.lower(), 0) + 1
        # (only a name said twice, or a school's, can be told apart: the others keep theirs unread)
        bare = [e for e in bare if counts[e.title.lower()] >= 2
                or e.organizer and re.search(lex.SCHOOL_WORD, e.organizer, re.I)]
        sentence_of = {}
        for event in bare:
            # the sentence the name was read from, else the first of its text that says it
            snippet = (event.provenance.get("title") or {}).get("snippet") or ""
            snippet = snippet if len(snippet) > len(event.title) + 10 else ""
            sentence_of[id(event)] = next((part for part in prose.sentences(snippet) + prose.sentences(event.description or "")
                                           if re.search(re.escape(event.title), part, re.I)), "")
        # schools that each host one of the page's events, named in its sentence or inviting earlier in its paragraph: a
        # round-up ("Das Gymnasium … lädt … zu einem Informationsabend", "Die Lindenschule … lädt … zum Tag der …")
        hosted = {id(e) for e in bare if e.organizer and re.search(lex.SCHOOL_WORD, e.organizer, re.I)
                  and (e.organizer in sentence_of[id(e)] or e.organizer == self.running_text.host_before(sentence_of[id(e)]))}
        round_up = len({e.organizer for e in bare if id(e) in hosted}) >= 2
        for event in bare:
            if counts[event.title.lower()] < 2 and not (round_up and id(event) in hosted):
                continue
            sentence = sentence_of[id(event)]
            schools = set(prose.school_named(sentence))
            if id(event) in hosted:
                schools = {event.organizer}  # "Die Grund- und Stadtteilschule Am Tulpenweg … lädt …": its whole name
            if len(schools) == 1:
                event.title = prose.of_school(event.title, schools.pop())
                event.note("title", FROM_PROSE, sentence[:200])
        return events

    def _series_of_next_meeting(self, event: Event) -> str | None:
        """"Unter dem Thema „Handmade“ treffen sich … Die nächsten beiden Treffen finden am …", "trafen sich … zum ersten
        "Sprach-Café" … Das nächste Treffen findet … statt": the series the text names last before its next meeting, in
        the meeting's paragraph or the three above it (not a book or a film read or shown there)."""
        line = self.view.date_line_of(event)
        if line is None:
            return None
        text = self.view.texts[line]
        next_meeting = NEXT_MEETING_RE.search(text)
        stretches = [text[:next_meeting.start()] if next_meeting else text] + self.view.texts[max(0, line - 3):line][::-1]
        for stretch in stretches:
            names = [m for m in SERIES_NAME_RE.finditer(stretch)
                     if not NOT_A_SERIES_BEFORE_RE.search(stretch[max(0, m.start() - 40):m.start()])
                     and len(m.group(1).split()) <= 4 and not titles.reads_as_sentence(m.group(1))
                     and not re.match(r"(?:Der|Die|Das|Ein|Eine|Wir|Ich|Es)\s", m.group(1))]  # (not a quoted saying)
            if names:
                return names[-1].group(1).strip()
        return None

    def _body_label_of(self, event: Event, bodies: list[tuple[int, str]]) -> str | None:
        """The "Gremium:" of the event's own fact box: the one nearest its date line, within a few lines (a
        list of sessions has one per row); a page of one event takes its only one."""
        if len(bodies) == 1:
            return bodies[0][1]
        date_line = self.view.date_line_of(event)
        # (below the date first: a row's fact box follows its date)
        near = [(abs(index - date_line), index < date_line, value) for index, value in bodies if date_line is not None
                and abs(index - date_line) <= 4]
        return min(near)[2] if near else None

    def _no_paragraph_as_title(self, event: Event) -> None:
        """A whole paragraph is never a calendar title: the short quoted name the article gives
        ("widmet sich der Kreis … einer ganzen „Woche der Bildung“") or the event its text names. A long name with its
        subtitle is no paragraph: the name before the dash."""
        if not event.title or len(event.title) <= 160:
            return
        head = titles.name_before_long_subtitle(event.title)
        if head:
            event.title = head
            return
        leading = LEADING_QUOTED_NAME_RE.match(event.title)
        if leading:  # "„Wen wählen wir – und was geschieht danach?“ Unter dieser Überschrift geht …": the paragraph's name
            event.title = leading.group(1)
            event.note("title", FROM_PROSE, leading.group(0))
            return
        # (not a photo's caption: "… werfen im „Grünen Klassenzimmer“ der Volkshochschule einen Blick … (Foto: …)")
        paragraphs = [p for p in self.view.lead_paragraphs if not CAPTION_CREDIT_RE.search(p)]
        name = next((m for m in map(QUOTED_NAME_RE.search, paragraphs) if m), None)
        # "Das Eltern-Café soll einmal im Monat … stattfinden. Die nächsten Termine sind …": the series it speaks of
        series = next(filter(None, map(prose.series_subject, prose.sentences(event.title))), None)
        title = name.group(1) if name else series or prose.undated_title(paragraphs) or (
            # "Parallel dazu bieten die Einrichtungen Tage der offenen Tür an. … lädt … für Sonnabend, 10. Januar … ein"
            prose.OPEN_DAY if prose.OPEN_DAYS_NAMED_RE.search(event.title) else None)
        if not title and event.start:
            # (an undated paragraph stays as it is, to be dropped as no calendar's event)
            # "Mit einem Festakt wird heute (16:00 Uhr) im Achteckhaus das 50-jährige Bestehen … gewürdigt. Der Verein …":
            # the kind of event the paragraph's first sentence names, a calendar's title at least
            first = prose.sentences(event.title)[0] if prose.sentences(event.title) else ""
            kind = lex.EVENT_WORD_RE.search(first)
            if kind:
                start = max((m.end() for m in NOT_A_WORD_CHARACTER_RE.finditer(first, 0, kind.start())), default=0)
                end = WORD_END_RE.search(first, kind.end()).start()
                word = first[start:end]
                title = word if word[:1].isupper() and 6 <= len(word) <= 60 else None
        if title:
            event.title = title
            event.note("title", FROM_PROSE, name.group(0) if name else title)

    def _no_clause_as_title(self, event: Event) -> None:
        """"Um was sich die Ausbildungsmesse dieses Jahr dreht", "Außerdem möchten wir Sie auf die Bundeskonferenz
        Bildungsmanagement …": a clause is no calendar title; the event it names is."""
        title = event.title or ""
        clause = (titles.weak_title(title) or CLAUSE_HEADLINE_RE.match(title) or lex.FINITE_VERB_RE.search(title)) \
            and not re.search(r"[:?„\"“–|]", title)  # (not "Werkstattgespräch: Wie gelingen …?")
        if not title or not clause:
            return
        named = prose.phrase_title(title)
        if named and prose.names_event(named) and not titles.weak_title(named) and not prose.plural_event(named):
            event.title = named
            event.note("title", FROM_PROSE, title[:200])
