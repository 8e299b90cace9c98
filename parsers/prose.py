"""Events named in running text: press articles, news items and round-ups.

"Das Bildungsbüro des Landkreises Bad Kissingen veranstaltet am Freitag, 25. Oktober, die
Bildungskonferenz "Demokratie braucht Bildung" im Kursaal in Bad Bocklet." names an event (the
Bildungskonferenz with its motto), its day, its organizer and its town in one sentence. This module
reads such sentences: it finds the event's name (a phrase around an event noun), splits a page's
paragraphs into sentences, and says which sentences announce an event of their own.

Pure functions over strings; `extract.py` decides when running text is the best evidence a page has.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date

from . import dates as d
from . import lexicon as lex
from .gazetteer import known_place, town_in

# An event noun, alone or at the end of a German compound ("Bildungskonferenz", "Jahrestagung",
# "Auftaktveranstaltung"), with its genitive ending ("des Dialogforums").
EVENT_NOUN = (r"(?:[A-ZÄÖÜ][\wäöüß]*-\s(?:und|oder)\s)?"  # "Bildungs- und Integrationskonferenz"
              r"(?:[A-ZÄÖÜ][\wäöüß]*-)*(?:[A-ZÄÖÜ][\wäöüß]*)?"
              rf"(?i:{'|'.join(lex.EVENT_NOUNS + lex.PART_OF_EVENT_NOUNS)})"
              r"(?:e?s|en|e(?=\s+[A-ZÄÖÜ0-9])|(?<=tag)e)?")  # (a plural before a name: "Hochschultage Berufliche Bildung";
#                                                       days of one event: "Saarbrücker Seniorentage", "MINT-Schnuppertage")
EVENT_NOUN_RE = re.compile(rf"(?<![\wäöüß-]){EVENT_NOUN}(?![\wäöüß])")
# "Veranstaltung", "Format", "Termin": a name follows them, they are not a name themselves.
GENERIC_NOUNS = {"veranstaltung", "veranstaltungen", "format", "termin", "austausch", "treffen", "dialog", "sitzung",
                 "gespräch", "vortrag", "diskussion", "festakt", "feierstunde"}  # (a ceremony names what it celebrates)
PLURAL_OFFERS = {"veranstaltungen", "aktionen", "angebote", "termine"}
QUOTE = (r"(?:„(?P<q1>[^“”\"]{3,160})[“”\"]|\"(?P<q2>[^\"]{3,160})\"|(?<![\wäöüß.,!?…)])“(?P<q3>[^”“]{3,160})[”“]"
         r"|‚(?P<q4>[^‘’‚]{3,160})[‘’]|»(?P<q5>[^«»]{3,160})«)")  # and a blog's ‚Learning Cities. …‘, »Bildung …«
# ("einen Onlinevortrag zur „Digitalisierung der Gesellschaft“": the quoted theme right after "zur" names it too)
QUOTED_AFTER_NOUN_RE = re.compile(rf"(?<![\wäöüß-])(?P<noun>{EVENT_NOUN})\s*(?:(?:zum|zu\s+dem|mit\s+dem|unter\s+dem)\s+(?:Thema|Titel|Motto)\s*:?\s*"
                                  rf"|(?:zur|zum|über)\s+(?=[„\"»“]))?:?\s*{QUOTE}")
QUOTE_RE = re.compile(QUOTE)
_DAY_WRITTEN = r"[0-3]?\d\.\s*(?:[A-ZÄÖÜ][a-zäöü]+|[01]?\d\.)(?:\s*(?:19|20)\d\d)?"
# (the day's theme, right after the day: "die Kinderhochschule am 4. Februar 2023 mit „…“", "in ihrer Vorlesung am
# Dienstag (17. September) „Ich bin glücklich – und Du?“")
NOUN_WITH_QUOTED_THEME_RE = re.compile(rf"(?<![\wäöüß-])(?P<noun>{EVENT_NOUN})(?![\wäöüß])\s+am\s+"
                                       rf"(?:{_DAY_WRITTEN}|(?:{d.WEEKDAY_NAME})(?:\s*\(\s*{_DAY_WRITTEN}\s*\)|,\s*(?:den\s+)?{_DAY_WRITTEN},?))"
                                       rf",?\s+(?:mit\s+)?{QUOTE}")  # (and its name set off by a comma: "Bei der
# Ferienveranstaltung am 15. Oktober, „Geister, Hexen, Vampire: …“ von 14 bis 16 Uhr")
ROUND_TABLE_RE = re.compile(rf"\bRunde[nmr]?\s+Tisch(?:es|s)?\s*:?\s*{QUOTE}")
NEUTER_NOUN_RE = re.compile(r"(?:[Kk]onzert|[Vv]orspiel|[Tt]urnier|[Pp]icknick|[Ff]orum|[Ff]estival|[Cc]amp|[Cc]af[eé]|[Tt]reffen|[Gg]espräch|[Ss]eminar|[Ss]ymposium|[Bb]arcamp|[Ww]ebinar|[Ff]est|[Ff]rühstück|"
                            r"[Kk]olloquium|[Ff]achgespräch)$")
MASCULINE_NOUN_RE = re.compile(r"(?:[Dd]ialog|[Kk]ongress|[Ww]orkshop|[Aa]ustausch|[Vv]ortrag|[Aa]uftakt|[Ss]alon|[Ee]mpfang|[Bb]runch|"
                               r"[Tt]ag|[Aa]bend|[Kk]urs|[Gg]ipfel|[Ss]tammtisch|[Tt]ag der offenen Tür)$")  # every "-tag" and "-abend" of EVENT_NOUN: "Fachtag", "Infoabend"
ORDINALS = {f"{stem}{ending}": stem.capitalize() for stem in ("erste", "zweite", "dritte", "vierte", "fünfte",
                                                               "sechste", "siebte", "achte", "neunte", "zehnte")
            for ending in ("", "n", "s", "r")}  # "Zweites Dialogforum", "Erster Fachtag" in a caption
# "der ersten Bildungskonferenz des Landkreises Marburg-Biedenkopf", "die Jahrestagung der
# Transferagentur für Großstädte", "der Lüneburger Bildungskonferenz", "des 1. Dialogforums"
_NAME_WORD = (r"[A-ZÄÖÜ][\wäöüß]*(?:\.[\wäöüß]+)*(?:-[A-ZÄÖÜ][\wäöüß]*)*"  # no sentence-ending dot
              r"(?:-\s(?:und|oder|sowie)\s[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*)?")  # "der Aus- und Weiterbildung"
# names run on through "für", "am", "an der" ("Transferagentur für Großstädte", "Landsberg am Lech"), never
# through "in der"/"im": that is where the event takes place ("… des Landkreises X in der Stadthalle")
_NAME = rf"{_NAME_WORD}(?:\s(?:(?:für|am(?!\s{lex.TIME_OF_WEEK})|an\sder|und|ob\sder|a\.\s?d\.)\s)?(?:{_NAME_WORD}|–\s{_NAME_WORD}))*"
PHRASE_RE = re.compile(
    rf"(?:^|\b(?i:der|die|das|den|dem|des|zur|zum|beim|im|am|vom|unser(?:e[rnms]?)?|ihre[rnms]?|seine[rnms]?|"
    rf"eine[nmrs]?|ein|geplanten?|terminierten?|angekündigten?|angesetzten?|anberaumten?|vorgesehenen?|verschobenen?|abgesagten?)\s+"  # "die für den … geplante erste Bildungskonferenz"
    rf"(?:(?i:nunmehr|bereits|inzwischen|mittlerweile|schon|weitere[nrms]?)\s+)?|"  # "die nunmehr neunte Bildungskonferenz", "ein weiteres Europagespräch"
    rf"(?<=\s)(?=\d{{1,2}}\.\s*[A-ZÄÖÜ]))"
    rf"(?P<phrase>(?:(?P<ord>\d{{1,2}}\.|(?i:erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|"
    rf"diesjährige|nächste)[nsr]?(?![a-zäöüß]))(?:,(?=\s+[a-zäöüß]))?\s*)?"  # (not "zweiteilige")  # "das erste, erweiterte Treffen"
    rf"(?:(?P<ladj>[a-zäöüß]{{3,}}(?:en|e))\s+)?"
    rf"(?:(?P<adj>[A-ZÄÖÜ][\wäöüß]+er|[A-ZÄÖÜ][\wäöüß]+(?:i|[rt])sche[nrs]?|[A-ZÄÖÜ][\wäöüß-]+-|(?:Regional|Digital|Kommunal|Landesweit|Bundesweit|"
    rf"Überregional|International|Öffentlich|Gemeinsam|Deutsch|Europäisch|Bayerisch|Sächsisch|Hessisch|"
    rf"Niedersächsisch|Thüringisch|Brandenburgisch)en?)\s+)?"
    rf"(?P<pre>(?:Kick-?[Oo]ff|Online|Auftakt)\s+(?=[A-ZÄÖÜ]))?(?P<noun>{EVENT_NOUN})(?![\wäöüß])"  # not "Dialog" of "Dialogforen"
    rf"(?:\s+(?P<topic>(?:[A-ZÄÖÜ][a-zäöüß]+(?:es|er|e)\s+)?[A-ZÄÖÜ][\wäöüß]*(?:monitoring|management|bildung|integration|koordination|planung|"
    rf"steuerung|politik|landschaft|landschaften|marketing|arbeit|beratung|orientierung|förderung|entwicklung|schutz)"
    rf"(?![\wäöüß])"  # (a whole word: not "Kinderschutzkonzepte")
    # a hashtag names a fair or a campaign: "Berufs- und Studienorientierungsmesse #TschüssSchule"
    rf"|#[A-Za-zÄÖÜäöüß][\wäöüß]+"
    # a capitalised adjective after the noun starts a name, whatever its noun: "3. Bundeskongress Kulturelle Schulentwicklung"
    rf"|(?-i:[A-ZÄÖÜ][a-zäöüß]{{3,}}(?:le|che|he|ge|ne|te|ve|re)s?\s+[A-ZÄÖÜ][a-zäöüß-]{{3,}})(?![\wäöüß])))?"
    rf"(?:\s+(?P<compl>(?:zum|zur)\s+(?:[a-zäöüß]+e[nr]?\s+)?(?!(?:Thema|Titel|Motto|Verfügung|Seite|Ausdruck|Sprache|Einsatz|"
    rf"Schau|Mitmachen|Verweilen|Zuhören|Kennenlernen)\b|(?:Abschluss|Auftakt|Anlass|Beginn|Ende|Teil)\b(?!\s+(?:der|des)\s))"
    rf"[A-ZÄÖÜ][\wäöüß-]+|"  # (not "zur Verfügung", "zum Abschluss gibt es"; "zum Ende des Schuljahres" names it)
    # a field trip is named by where it goes: "die Exkursion in die Elektromobilität", "Exkursion ins Freilandmuseum"
    rf"(?<=[Ee]xkursion\s)(?:in\s+die|in\s+den|ins|zum|zur)\s+(?!Thema\b|Titel\b|Motto\b)"
    rf"(?:„[^“”„]{{2,60}}[“”]|[A-ZÄÖÜ][\wäöüß-]+(?:(?<=er)\s+[A-ZÄÖÜ][\wäöüß-]+)?)|"  # ("in die Herrnsheimer Klauern")
    # "Fachtagung zum Thema Schulsozialarbeit." (one word that ends the clause; not "zum Thema Gewalt an Schulen")
    rf"zum\s+Thema\s+(?!(?:Wie|Was|Wer|Wo|Warum|Welche[rs]?)\b)[A-ZÄÖÜ][\wäöüß-]+(?=\s*(?:[.,;!)]|$)|\s+(?:statt|ein|teil)\b)|"
    # whom it is for: "Fachtag für Beratungseinrichtungen", "Kongress für Kulturelle Bildung" (not "für die Mitglieder", "für Sie")
    rf"für\s+(?!(?:die|den|das|der|alle|eine[nr]?|unsere|ihre|Sie|Ihre?|Anfang|Mitte|Ende|{lex.TIME_OF_WEEK})\b)"
    rf"(?:[A-Za-zÄÖÜäöüß][a-zäöüß]+e[nr]?\s+)?[A-ZÄÖÜ][\wäöüß-]+(?:(?<=-)\s(?:und|oder)\s[A-ZÄÖÜ][\wäöüß-]+)?))?"  # ("Fach- und Leitungskräfte")
    rf"(?:\s+(?P<year>20\d\d))?"
    rf"(?:\s+(?P<gen>(?:des|der)\s+(?:"
    # several holders of one kind: "der Verbandsgemeinden Südeifel, Arzfeld und Speicher", "der Städte A, B und C"
    rf"[\wäöüß-]*(?:Städte|[Kk]reise|[Gg]emeinden|Kommunen|Bezirke|Ämter)\s{_NAME_WORD}(?:,\s{_NAME_WORD})+\s(?:und|sowie)\s{_NAME}|"
    rf"(?:[a-zäöüß]{{4,}}e[nr]?\s+(?:und\s+[a-zäöüß]{{4,}}e[nr]?\s+)?)?{_NAME}"
    rf"(?:\s(?:des|der)\s{_NAME})?"  # a holder's holder: "des Jugendamts der Kreisverwaltung Beispielkreis"
    rf"(?:\s„[A-ZÄÖÜ][^“”\"]{{2,100}}“)?|„{_NAME}“)"  # "des Projekts „Lernende Region“"
    # its holders in the plural, without an article: "Konferenz großstädtischer Volkshochschulen 2024"
    rf"|(?-i:(?!(?:weiter|ander|mehrer|viel|einig|all|unser|ihr|dies|jen|solch|folgend|verschieden|zahlreich)er\b)"
    rf"[a-zäöüß]{{4,}}er\s+[A-ZÄÖÜ][\wäöüß-]{{3,}}(?:en|n|s)\b)(?:\s+20\d\d)?))?)")
# (a genitive may start with its adjectives: "der mittelstädtischen und regionalen Volkshochschulen")
# adjectives that belong to an event's name ("Digitale Fachkonferenz"); others ("geplante",
# "terminierte", "öffentlichen") only describe it
KEPT_ADJECTIVES = {"digital", "regional", "bundesweit", "landesweit", "kommunal", "überregional", "international",
                   "konstituierend", "erweitert", "öffentlich", "gemeinsam"}  # "Konstituierende Sitzung des Bildungsrats"


def _kept_adjective(word: str | None) -> bool:
    """An adjective before the event noun that is part of its name: "konstituierende Sitzung", and every
    adjective of a field ("einem medienpädagogischen Elternabend", "den bildungspolitischen Fachtag")."""
    stem = (word or "").rstrip("n").rstrip("e")
    return stem in KEPT_ADJECTIVES or stem.endswith(FIELD_ADJECTIVE_ENDINGS)


# the endings of a field's adjectives: "medienpädagogisch", "bildungspolitisch", "fachdidaktisch", "psychologisch",
# "wissenschaftlich", "interkulturell", "naturwissenschaftlich-technisch" (not "praktisch", "automatisch", "telefonisch")
FIELD_ADJECTIVE_ENDINGS = ("pädagogisch", "politisch", "didaktisch", "logisch", "wissenschaftlich", "kulturell", "technisch",
                           "musikalisch")  # ("das hausmusikalische Konzert")

# a sentence that speaks of the event named in the one before it
# ("Das findet am Mittwoch … statt": a demonstrative that is the subject, right before its verb)
# a sentence that only says when something named before begins: "Start ist der 29. August.", "Beginn ist am 3. März."
START_IS_RE = re.compile(r"(?:Start|Beginn|Kursbeginn|Kursstart|Auftakt)\s+ist\s+(?:(?:jeweils\s+)?(?:der|am)\s|der\s+)")
ANAPHOR_RE = re.compile(r"(?:Hier|Dort|Dabei|Sie|Er|Es|Diese[rs]?|Die\s+Veranstaltung|Das\s+Treffen)\b"
                        r"|(?:Das|Die|Der)\s+(?=(?:findet|fand)\b)")
# "in ihrer spannenden Veranstaltung", "in seinem Vortrag", "diese Veranstaltung": a noun that points back at the event
# the sentence before names
REFERRING_NOUN_RE = re.compile(r"\b(?:ihre[rnms]?|seine[rnms]?|diese[rnms]?|unsere[rnms]?)\s+(?:[a-zäöüß]+e[nrs]?\s+)?"
                               r"(?:Veranstaltung|Vortrag|Vortrags|Lesung|Treffen|Termin)\b")
# "In dem viertägigen Ferienkurs vom 4. bis 7. Oktober …", "Im Workshop am …": the offer the sentence before named
IN_THAT_OFFER_RE = re.compile(r"(?:In\s+dem|Im)\s+(?:[a-zäöüß]+e[nrs]?\s+)?(?:[A-ZÄÖÜ][\wäöüß]*)?(?:[Kk]urs|[Ww]orkshop|[Ss]eminar|"
                              r"[Pp]rojekt)\s+(?:vom|am)\s")
PROSE_BUDGET = 300_000
SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ„\"])|(?<=[a-zäöüß]\.)[“\"]\s+(?=[A-ZÄÖÜ„])"  # (and after a quoted statement it closes; a quoted question may be a title)
                             r"|(?<=[a-zäöüß]{6})[.!?]\s+(?=\d+\s+[A-Za-zäöüß])")  # "… Bildungsfest. 95 Prozent …", not "max. 20"
# a full stop after these is no sentence end: "Dr. André", "11. März", "bzw. Städte"
ABBREVIATIONS = {"dr", "prof", "bzw", "ca", "ggf", "usw", "vgl", "sog", "inkl", "evtl", "z", "b", "d", "h", "nr",
                 "str", "st", "hl", "geb", "abs", "bspw", "u", "a", "o", "ä", "dipl", "ing", "mag", "jun", "sen", "e"}  # "e. V."


# the adjective that opens a name of two words: "Interkulturelle Woche", "der Interkulturellen Wochen"
_NAME_ADJECTIVE_RE = re.compile(r"[A-Za-zÄÖÜäöüß][a-zäöüß]+e[nr]?\s")


def nominative(noun: str) -> str:
    """"Dialogforums" -> "Dialogforum", "Entwicklungsforums" -> "Entwicklungsforum", "Interkulturellen Wochen" ->
    "Interkulturelle Wochen"."""
    adjective, _, kind = noun.partition(" ")
    if kind and _NAME_ADJECTIVE_RE.match(noun):
        # a name of two words, its adjective declined or written small: "der Interkulturellen Woche", "die interkulturelle
        # Woche"
        return f"{adjective[0].upper()}{adjective[1:].removesuffix('n').removesuffix('r')} {kind}"
    for ending in ("es", "s"):
        if noun.endswith(ending) and EVENT_NOUN_RE.fullmatch(noun[:-len(ending)]):
            return noun[:-len(ending)]
    return noun


def quoted_text(match: re.Match) -> str:
    """The words inside a QUOTE_RE match, whichever quotes it uses."""
    return _quote(match)


def _quote(match: re.Match) -> str:
    return (match.group("q1") or match.group("q2") or match.group("q3") or match.group("q4") or match.group("q5") or "").strip()


def first_quoted(text: str) -> str | None:
    """The first quoted words of a text, whatever they name (a book's, a play's title)."""
    found = QUOTE_RE.search(text)
    return _quote(found) or None if found else None


def _in_german_quotes(text: str) -> str:
    """A body's quoted name in „…“, whichever quotes the page used ("Arbeitsgruppe »Bildung und Engagement«")."""
    quoted = QUOTE_RE.search(text)
    return text[:quoted.start()] + f"„{_quote(quoted)}“" + text[quoted.end():] if quoted else text


def row_name(rest: str) -> str:
    """The name in a programme row that runs on as a paragraph ("25. September, 19 Uhr: "Seebrücke – schafft sichere
    Häfen", die Seenotretter berichten …"): its first sentence's event, else its first quoted name; a short row is
    its own name."""
    if len(rest) <= 120:
        return rest
    first = sentences(rest)[0]
    named = title_from_sentence(first)
    if named:
        return named
    quoted = QUOTE_RE.search(first)
    if quoted:
        return _quote(quoted)
    return first if len(first) <= 160 else rest


# a road's or a house's closure: "Ab dem 1. März heißt es für Autofahrer „Bitte Umleitung beachten“: … gesperrt"
CLOSURE_WORDS_RE = re.compile(r"gesperrt|Sperrung|Umleitung|Baustelle|geschlossen|Bauarbeiten|Kanalarbeiten")
# a reading named by the book: "… aus ihrem Kinderbuch „…“ liest", "aus „…“ vorträgt"
READS_FROM_QUOTE_RE = re.compile(rf"\baus\s+(?:(?:ihrem|seinem|ihrer|seiner|dem|der|einem|einer)\s+)?(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?"
                                 rf"{QUOTE}\s+(?:liest|lesen|vorträgt|vortragen|vorliest|vorlesen|liest\s+vor)\b")
# what the sentence before a bare day offers: "… wird zudem in der darauffolgenden „Woche des offenen Unterrichts“
# geboten. Ab Montag, 8. Mai, besteht die Möglichkeit …"
OFFERED_BEFORE_RE = re.compile(r"\b(?:geboten|angeboten|veranstaltet|ausgerichtet)\W*$")
# a work read, shown or played, named right after its verb: "Klaus Beispiel liest „Das magische Abenteuer“ für Kinder",
# "zeigt den Film „…“"
PERFORMED_QUOTE_RE = re.compile(rf"\b(?P<verb>liest|lesen|zeigt|zeigen|spielt|spielen|präsentiert|präsentieren)\s+"
                                rf"(?:(?:aus\s+)?(?:seinem|ihrem|seiner|ihrer|dem|den|das|die|ein|eine[nm]?)\s+"
                                rf"(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?)?{QUOTE}")
# the campaign, series or festival a span's many events are part of: "im Rahmen der Kampagne „Thüringen liest“"
UMBRELLA_QUOTE_RE = re.compile(rf"\bim\s+Rahmen\s+(?:der|des)\s+(?:Kampagne|Aktion|Aktionswoche|Veranstaltungsreihe|Reihe|"
                               rf"Festivals?|Woche|Initiative)\s+{QUOTE}")


# a day's own name in quotes right before its date: "am „Safer Internet Day“ am Dienstag, 7. Februar"
NAMED_DAY_QUOTE_RE = re.compile(r"\b(?:am|zum)\s+[„\"“](?P<day>[^„“”\"]{3,60}?(?:[Dd]ay|[Tt]ag|[Nn]acht))[“”\"]\s+am\s+"
                                rf"(?:\d{{1,2}}\.|(?:{d.WEEKDAY_NAME})\b)")


def quoted_title(sentence: str) -> str | None:
    """"die Bildungskonferenz "Demokratie braucht Bildung"" -> "Bildungskonferenz „Demokratie braucht Bildung“";
    "der Veranstaltung “Gemeinsam weiterdenken: …”" -> "Gemeinsam weiterdenken: …" (a generic noun names nothing);
    "im Rahmen des „Entwicklungsforums Fachkräftesicherung“" -> "Entwicklungsforum Fachkräftesicherung"."""
    table = ROUND_TABLE_RE.search(sentence)
    if table:  # "ein Runder Tisch „Schulsozialarbeit“", "zum Runden Tisch „Bildung“": a round table's meeting
        return f"Runder Tisch „{_quote(table)}“"
    read = READS_FROM_QUOTE_RE.search(sentence)
    if read:  # "Ingrid Beispiel, die am 28. Oktober in Weimar aus ihrem Kinderbuch „…“ liest": the book she reads from
        return _quote(read)
    umbrella = UMBRELLA_QUOTE_RE.search(sentence)
    if umbrella and lex.HAPPENS_ANY_FORM_RE.search(sentence):
        # "Vom 24. bis 31. Oktober finden im Rahmen der Kampagne „Thüringen liest“ … 40 Lesungen … statt": the campaign
        return _quote(umbrella)
    named_day = NAMED_DAY_QUOTE_RE.search(sentence)
    if named_day:
        # "… finden am „Safer Internet Day“ am Dienstag, 7. Februar, Aktionen … statt": the day's own name
        return named_day.group("day")
    for match in QUOTED_AFTER_NOUN_RE.finditer(sentence):
        noun, quote = nominative(match.group("noun")), _quote(match)
        if noun.lower() in GENERIC_NOUNS:
            return quote
        return f"{noun} „{quote}“"
    theme = NOUN_WITH_QUOTED_THEME_RE.search(sentence) if " am " in sentence else None
    if theme and theme.group("noun").lower() not in GENERIC_NOUNS:
        # "die Kinderhochschule am 4. Februar 2023 mit „Strom von der Sonne“": the day's theme names it
        return f"{nominative(theme.group('noun'))} „{_quote(theme)}“"
    for match in QUOTE_RE.finditer(sentence):
        if (re.match(r"\s*heißt\s+es\b", sentence[match.end():])
                or re.search(r"\bheißt\s+es\b[^„“\".!?]{0,80}$", sentence[:match.start()])) \
                and not CLOSURE_WORDS_RE.search(sentence):
            # "„Mit der Kamera unterwegs“ heißt es in … vom 5. bis 9. Februar", "vom 18. bis 29. Juli heißt es im Museum
            # „Eine Stadt mit vielen Geschichten“": the offer's name
            return _quote(match)
        quote = _quote(match)
        if not sentence[:match.start()].strip() and len(quote) <= QUOTED_SUBJECT_LONGEST \
                and QUOTED_SUBJECT_HAPPENS_RE.match(sentence, match.end()):
            # "„Körper – Seele – Geist: …“ findet am Samstag, 14. April, … statt": the sentence's subject is the
            # event's own name, whatever words it is made of
            return quote
        first = quote.split(" ", 1)
        word = first[0].rstrip(":")  # „Fachtag: Steig ein – …“
        if EVENT_NOUN_RE.fullmatch(word) and word.lower() not in GENERIC_NOUNS \
                and not HOUSE_BEFORE_QUOTE_RE.search(sentence[max(0, match.start() - 40):match.start()]):
            return " ".join([nominative(word) + first[0][len(word):]] + first[1:])
        if lex.DAY_OF_NAME_RE.match(quote):
            return quote  # „Tag der Bildung“, „Woche der Weiterbildung“, „Lange Nacht der Volkshochschulen“
        last = quote.split()[-1] if quote.split() else ""
        if len(quote.split()) <= 5 and EVENT_NOUN_RE.fullmatch(last) and last.lower() not in GENERIC_NOUNS \
                and re.match(r"[A-ZÄÖÜ]", quote) \
                and re.match(r"\s*(?:(?:findet|fand|beginnt|begann|startet|startete)\b|am\s+\d|vom\s+\d)", sentence[match.end():]) \
                and ARTICLE_BEFORE_NAME_RE.search(sentence[max(0, match.start() - 40):match.start()]):
            # "Die zweite „Musterauer Bildungskonferenz“ findet am … statt": a name that ends in its kind, the subject
            # of its sentence (not a venue "in der „Alten Werkstatt“", nor "lädt die „Musterauer Akademie“ … ein")
            return quote
    return None


# what a quoted name that opens its sentence does when it is the event: "„…“ findet am … statt", "„…“ beginnt um …"
QUOTED_SUBJECT_HAPPENS_RE = re.compile(r"\s*(?:findet|fand|beginnt|begann|startet|startete)\s+(?:am|um|ab|vom|bereits|"
                                       r"erstmals|wieder|in|im|auch|diesmal|dieses|heute|morgen)\b")
QUOTED_SUBJECT_LONGEST = 120


# "im Saal des „Forum Am Knöchel“ in Sebnitz": a quoted house, named for what is held in it, is where the event is
HOUSE_BEFORE_QUOTE_RE = re.compile(r"\b(?:im|ins|in\s+(?:der|die|den|das|dem)|(?:Saal|Räumen|Foyer|Gebäude|Hof)\s+(?:des|der))\s*$")


# "die zweite ", "zur ", "beim ": the quoted words after it are the subject's own name, not a motto
ARTICLE_BEFORE_NAME_RE = re.compile(r"(?<!\b[Ii]n\s)(?<!\b[Aa]n\s)\b(?:[Dd]ie|[Dd]er|[Dd]as)\s+(?:[a-zäöüß]+e[nrs]?\s+)?$")



# what frames another event: "anlässlich der Aktionswoche der Bibliotheken", "innerhalb der Projektwoche", "anstelle der
# Lesung" (not "im Rahmen der Fortbildungsreihe": a series, often the event's own)
FRAMING_BEFORE_RE = re.compile(r"\b(?:anlässlich|innerhalb|außerhalb|anstelle|statt|während)"
                               r"\s+(?:der|des|dem|den|einer|eines|einem)?\s*$"
                               # (but in a clause that tells what the event named before it belongs to: "findet … die
                               # Waffel-Vorlesestunde statt, die im Rahmen des bundesweiten Vorlesetags veranstaltet wird")
                               r"|,\s+(?:die|der|das|welche[rs]?)\s+(?:[a-zäöüß]+\s+){0,2}im\s+Rahmen(?:\s+(?:der|des))?\s*$", re.I)
# "Nach der erfolgreichen Umweltwoche im Juni lädt der NABU … zu einer Wanderung ein": what came before names nothing
PAST_FRAME_BEFORE_RE = re.compile(r"\b(?:[Nn]ach|[Ss]eit)\s+(?:(?:der|dem|den)\s+(?:[a-zäöüß]+en\s+)?)?$")
OWN_DAY_AFTER_RE = re.compile(r"(?:[^.;]|(?<=\d)\.){0,40}?\b(?:am|vom)\s+(?:[A-Z][a-z]+tag,?\s+(?:den\s+)?)?\d{1,2}\.")


# event nouns that name a hall too: "im Forum der Schule", "in der Werkstatt", "im Salon"
HALL_NOUNS = {"forum", "salon", "werkstatt"}
HALL_PREPOSITION_RE = re.compile(r"\b(?:im|ins|in\s+der|in\s+die|in\s+dem|in\s+das|aus\s+dem|vor\s+dem)\s+$")


def phrase_title(sentence: str) -> str | None:
    """The event's name from a noun phrase: "der ersten Bildungskonferenz des Landkreises X" ->
    "Erste Bildungskonferenz des Landkreises X". None for a bare generic noun ("die Veranstaltung")."""
    best = None
    for match in PHRASE_RE.finditer(sentence):
        noun = nominative(match.group("noun"))
        # (a name of two words has its own adjective: "die bundesweite Interkulturelle Woche" is the Interkulturelle Woche)
        named_with_adjective = bool(_NAME_ADJECTIVE_RE.match(noun))
        kept_adjective = _kept_adjective(match.group("ladj")) and not named_with_adjective
        genitive = match.group("gen")
        # "Tagung zur Zukunft kommunaler Bildungslandschaften": a plural after the theme is the theme's, not a holder
        holder = bool(genitive) and not (match.group("compl") and not re.match(r"(?:des|der)\s|„", genitive))
        if noun.lower() in GENERIC_NOUNS and not holder and not match.group("adj") \
                and not match.group("ord") and not kept_adjective:
            continue  # ("Die konstituierende Sitzung fand am … statt" names one)
        if PAST_FRAME_BEFORE_RE.search(sentence[max(0, match.start() - 40):match.start()]):
            continue
        if noun.lower() in HALL_NOUNS and not match.group("ord") and HALL_PREPOSITION_RE.search(
                sentence[max(0, match.start("phrase") - 14):match.start("phrase")]):
            continue  # "findet im Forum der Schule ein Elternabend statt": the hall, not the event
        if match.group("ord") and noun.lower().endswith("woche") \
                and re.search(r"\b(?:[Ii]n|[Aa]b)\s+(?:der\s+)?$", sentence[max(0, match.start("phrase") - 12):match.start("phrase")]):
            continue  # "Daneben gibt es in der 2. Ferienwoche eine Ganztagesbetreuung": when, not what
        words = []
        ordinal = match.group("ord")
        if ordinal and ordinal.lower() in ("nächsten", "nächste"):
            ordinal = "Nächste"  # "Das nächste Treffen findet am 19. September … statt": another meeting
        if ordinal and ordinal.lower() not in ("diesjährigen", "diesjährige"):
            ordinal = ORDINALS.get(ordinal.lower(), ordinal)
            if ordinal.endswith("e") and NEUTER_NOUN_RE.search(noun):
                ordinal += "s"  # "Zweites Dialogforum", "Erstes Treffen"
            elif ordinal.endswith("e") and MASCULINE_NOUN_RE.search(noun):
                ordinal += "r"  # "Zweiter Bildungsdialog", "Erster Fachtag"
            words.append(ordinal)
        if kept_adjective:
            stem = match.group("ladj").rstrip("n").rstrip("e")
            if not words:  # nominative without article: "Landesweiter Aktionstag", "Regionales Treffen"
                words.append((stem + ("es" if NEUTER_NOUN_RE.search(noun) else "er" if MASCULINE_NOUN_RE.search(noun)
                                      else "e")).capitalize())
            else:  # in the nominative after the ordinal: "Erste kommunale", "Erstes digitales", "Erster regionaler"
                words.append(stem + {"s": "es", "r": "er"}.get(words[-1][-1], "e"))
        if match.group("adj") and not named_with_adjective:
            adjective = match.group("adj")
            adjective = adjective[:-1] if adjective.endswith("en") and not adjective.endswith("-") else adjective
            if adjective.endswith("e") and not words:  # nominative without article: "Regionales Netzwerktreffen"
                adjective += "s" if NEUTER_NOUN_RE.search(noun) else "r" if MASCULINE_NOUN_RE.search(noun) else ""
            words.append(adjective)
        if match.group("pre"):
            words.append(match.group("pre").strip())  # "Kick-off Veranstaltung": the noun before names it
        words.append(noun)
        if match.group("topic"):
            words.append(match.group("topic"))
        if match.group("compl"):
            words.append(match.group("compl"))
        if match.group("year"):
            words.append(match.group("year"))
        if genitive:
            words.append(re.sub(r"\s+(?:statt|ein|teil)$", "", genitive))
        title = " ".join(words)
        score = len(words) + (2 if holder else 0) + (1 if noun.lower() not in GENERIC_NOUNS else -2)
        if FRAMING_BEFORE_RE.search(sentence[max(0, match.start() - 30):match.start()]) \
                and not OWN_DAY_AFTER_RE.match(sentence, match.end()):
            score -= 4  # ("anlässlich der Aktionswoche … die Lesenacht", "anstelle der Lesung … ein Bilderbuchkino"; not
            #              "während des Sommerfests am Samstag, 10. Juli …": the frame that holds the sentence's day)
        if re.search(r"wochen?$", noun, re.I) and _opened_with(sentence[match.end():]):
            continue  # ("Schließen wird die Interkulturelle Woche am Sonntag, 2. Oktober, mit einer Fahrradsternfahrt")
        if best is None or score > best[0]:
            best = (score, title)
    return best[1] if best else None


# a week's day opened or closed by an event of its own, which the day is: "… am Sonntag, 2. Oktober, wieder mit einer
# Fahrradsternfahrt" (right after the day: not "unter dem Motto Großwerden mit dem Jugendamt"; not "mit einem
# vielfältigen Programm")
_OPENED_WITH_RE = re.compile(r"\d\.\s*(?:[A-ZÄÖÜ][a-zäöü]+|\d{1,2}\.(?:\d{2,4})?)(?:\s+\d{4})?,?\s+"
                             r"(?:(?:um|ab)\s+\d{1,2}(?:[.:]\d\d)?\s+Uhr,?\s+)?(?:[a-zäöüß]+\s+){0,2}"
                             r"mit\s+(?:einer|einem|dem|der)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)")
_NO_EVENT_OF_ITS_OWN = {"programm", "angebot", "vielzahl", "reihe", "motto", "auswahl", "beteiligung"}


def _opened_with(rest: str) -> bool:
    found = _OPENED_WITH_RE.search(rest)
    return bool(found) and found.group("noun").lower() not in GENERIC_NOUNS | _NO_EVENT_OF_ITS_OWN


# the sentence says its event happens: "findet … statt", "wird … angeboten"
HAPPENS_UNDER_MOTTO_RE = re.compile(r"\b(?:findet|finden|fand|fanden)\b(?:[^.!?]|(?<=\d)\.){0,200}\bstatt\b|"
                                    r"\b(?:wird|werden)\b[^.!?]{0,120}\b(?:angeboten|veranstaltet|durchgeführt)\b")
TITLED_RE = re.compile(rf"(?:[Mm]it\s+dem|[Uu]nter\s+dem|[Zz]um)\s+(?:Titel|Motto|Thema)\s*:?\s*{QUOTE}")
# "der passende Titel des Tages: „Brücken bauen – …“", "Das Motto: „…“": the title, said in a sentence of its own
TITLE_SAID_RE = re.compile(rf"\b(?:[Dd]er|[Dd]as)\s+(?:[a-zäöüß]+e\s+)?(?:Titel|Motto)(?:\s+de[rs]\s+[A-ZÄÖÜ][a-zäöüß]+)?\s*:\s*{QUOTE}")


# "mit dem Thema Wie gelingen kommunale Bildungslandschaften? am Dienstag": a question as the title, unquoted
UNQUOTED_QUESTION_TITLE_RE = re.compile(r"(?:mit\s+dem|zum|unter\s+dem)\s+(?:Thema|Titel)\s+(?P<topic>[A-ZÄÖÜ][^.?!„“\"]{5,100}\?)")
# what a day is, in one word: "… ist ab 19 Uhr Kinonacht im Jugendhaus", "Am Sonnabend ist Familieninfotag", "Von 18 bis
# 22 Uhr ist Büchernacht für Kinder"
IS_ON_ITS_DAY_RE = re.compile(r"\b(?:ist|sind)\s+(?:(?:ab|um|von)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:(?:bis|–|-)\s*\d{1,2}(?:[.:]\d\d)?\s*)?"
                              r"Uhr\s+)?(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*)\b(?!\s+(?:der|des|von)\b)")
# "Und das EPIZ stellt am 8. November im Deutschen Theater die Frage: Wie können wir …?": the evening asks it
ASKED_QUESTION_RE = re.compile(r"\b(?:stellt|stellen|geht|gehen|widmet\s+sich|widmen\s+sich)\b[^!?]{0,80}?\b(?:die|der)\s+Frage"
                               r"(?:\s+nach)?\s*:\s*(?P<question>[A-ZÄÖÜ][^.?!„“\"]{5,120}\?)")
# "fand … eine Fachtagung mit dem Titel Lost in Transition statt": an unquoted title, up to the verb's particle
UNQUOTED_TITLE_RE = re.compile(r"(?:mit\s+dem|unter\s+dem)\s+(?:Titel|Motto)\s+(?P<topic>[A-ZÄÖÜ][^.,;:!?„“\"]{2,80}?)"
                               r"\s+(?:statt|stattfinden|stattfand|stattgefunden)\b")


# "Zum vierten Mal trifft sich am Mittwoch … das BNE-Netzwerk im Heidekreis", "traf sich das Netzwerk", "Der Arbeitskreis
# Bildungsmonitoring trifft sich am …": a body that meets names its meeting
_BODY = r"(?P<name>[A-ZÄÖÜ][\wäöüß-]*(?:\s(?:für\s|und\s)?[A-ZÄÖÜ][\wäöüß-]*){0,4})"
MEETS_AFTER_RE = re.compile(rf"(?:\b[Zz]um\s+(?P<ord>\w+)\s+Mal\s+)?\b(?:trifft|traf)\s+sich\b(?:[^.]|(?<=\d)\.){{0,120}}?\b(?P<art>das|der|die)\s+{_BODY}")
MEETS_BEFORE_RE = re.compile(rf"(?:^|[.!?]\s+)(?P<art>Das|Der|Die)\s+{_BODY}\s+(?:trifft|traf)\s+sich\b")
# "Am 14. November tagten die Arbeitskreise A und B": a body in session names its sitting
SITS_AFTER_RE = re.compile(rf"\b(?:tagt(?:e|en)?|berät|beraten|beriet|berieten)\s+(?:am\s+[^.]{{1,40}}?\s+)?(?P<art>das|der|die)\s+{_BODY}")  # (not "in den Räumen der …")
SITS_BEFORE_RE = re.compile(rf"(?:^|[.!?]\s+)(?P<art>Das|Der|Die)\s+{_BODY}\s+tagt(?:e|en)?\b")
# "Die Mitglieder des Ausschusses für Finanzen kommen am Mittwoch zusammen": a body's members meet for its sitting
MEMBERS_MEET_RE = re.compile(r"\bDie\s+Mitglieder\s+(?P<of>(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]*(?:\s(?:für\s|und\s)?[A-ZÄÖÜ][\wäöüß-]*){0,4}?)"
                             r"\s+(?:kommen|kamen|treffen\s+sich|trafen\s+sich)\b")
# "Auf der Tagesordnung des Kuratoriums der Stiftung zur Förderung … am Donnerstag (17. September) stehen …": whose agenda
AGENDA_OF_RE = re.compile(r"\bTagesordnung\s+(?P<of>(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]*"
                          r"(?:\s+(?:der|des|für|zur|zum|und|in)\s+[A-ZÄÖÜ][\wäöüß-]*|\s+[A-ZÄÖÜ][\wäöüß-]*){0,8})"
                          r"(?=(?:[^.]|(?<=\d)\.){0,120}?\bam\s+(?:[A-Z][a-z]+tag\s+)?\(?\d)")  # (the day after it: the sitting's)
RECURRING_RE = re.compile(r"\b(?:\w+mal\s+(?:im|pro|je)\s+(?:Jahr|Halbjahr|Monat|Quartal)|regelmäßig|jährlich|"
                          r"halbjährlich|monatlich|wöchentlich|turnusmäßig|im\s+(?:\w+(?:jährigen|monatigen)\s+)?Turnus)\b",
                          re.I)  # ("Im zweijährigen Turnus organisiert das Bildungsbüro die … Bildungskonferenz")


# "traf sich die BBE-Arbeitsgruppe »Bildung und Engagement« zu ihrer 6. Sitzung": the body names its meeting
MET_FOR_RE = re.compile(rf"\b(?:trifft|traf)\s+sich\s+(?P<art>das|der|die)\s+(?P<body>{_BODY}(?:\s+{QUOTE})?)\s+"
                        rf"zu\s+(?:ihrer|seiner)\s+(?P<meeting>(?:\d{{1,3}}\.\s+)?(?:Sitzung|Tagung|Klausur(?:tagung)?|"
                        rf"Jahrestagung|Mitgliederversammlung))\b")
# "Der Integrationsausschuss kommt zu seiner nächsten öffentlichen Sitzung am … zusammen": the same, subject first, when
# the subject is a body (not "Die Bürgermeisterin Anna Beispiel kommt … zu ihrer letzten Sitzung")
_SITTING_BODY_END = "(?:" + "|".join(f"(?<={word})" for word in (
    "rat", "tag", "ausschuss", "konvent", "beirat", "kommission", "versammlung", "gremium", "kuratorium", "vorstand",
    "gruppe", "netzwerk", "verein", "verband", "kreis", "runde", "konferenz")) + ")"
COMES_TO_ITS_SITTING_RE = re.compile(
    rf"(?:^|[.!?]\s+)(?P<art>Das|Der|Die)\s+(?P<body>{_BODY}){_SITTING_BODY_END}\s+(?:kommt|kam|trifft\s+sich|traf\s+sich)\s+"
    rf"(?:(?:[^.]|(?<=\d)\.){{0,60}}?\s)?zu\s+(?:ihrer|seiner)\s+(?:(?:\d{{1,3}}\.\s+)?[a-zäöüß]+en\s+){{0,3}}"
    rf"(?P<meeting>(?:\d{{1,3}}\.\s+)?(?:Sitzung|Tagung|Klausur(?:tagung)?|Jahrestagung|Mitgliederversammlung))\b")


def _met_for(sentence: str) -> re.Match | None:
    return MET_FOR_RE.search(sentence) or COMES_TO_ITS_SITTING_RE.search(sentence)


def held_by(article: str, body: str) -> str:
    """"Der Kulturkonvent", "Das BNE-Netzwerk im Heidekreis", "Die Steuergruppe", "Der Haupt- und Finanzausschuss":
    the body in the genitive after its meeting's noun ("des Kulturkonvents", "des BNE-Netzwerks im Heidekreis",
    "der Steuergruppe", "des Haupt- und Finanzausschusses"): the head noun takes the ending, not a word cut at its hyphen."""
    if article.lower() == "die":
        return f"der {body}"
    words = body.split(" ")
    head = next((i for i, word in enumerate(words) if not word.endswith(("-", ",")) and word not in ("und", "oder")), 0)
    ending = "es" if re.search(r"(?:s|ß|z|kreis)$", words[head]) else "s"
    words[head] += ending
    return "des " + " ".join(words)


# "Sitzung des Bildungsbeirats", "Dritte öffentliche Sitzung des Ausschusses für …", "Treffen der Steuergruppe": a body's
# own meeting; the body holds it
MEETING_OF_BODY_RE = re.compile(r"\b(?:Sitzung|Treffen|Versammlung|Klausur(?:tagung)?)\s+(?P<art>des|der)\s+"
                                r"(?P<head>[A-ZÄÖÜ][\wäöüß-]*?(?:ausschuss|Ausschuss|beirat|Beirat|rat|Rat|konvent|Konvent|tag|"
                                r"netzwerk|Netzwerk|arbeitskreis|Arbeitskreis|gruppe|Gruppe|kommission|Kommission|verbund|"
                                r"Verbund|bündnis|Bündnis|runde|Runde))(?P<ending>es|s)?\b(?P<rest>(?:\s+(?:für\s+)?[A-ZÄÖÜ][\wäöüß-]+"
                                r"(?:,\s*[A-ZÄÖÜ][\wäöüß-]+)*(?:\s+und\s+[A-ZÄÖÜ][\wäöüß-]+)?)*)")


def body_of_meeting(title: str, texts: list[str]) -> str | None:
    """The body whose own meeting the title names, in the nominative, in the longer form the page gives it
    ("Sitzung des Bildungsbeirats" on a page headed "Bildungsbeirat Wittelsbacher Land")."""
    match = MEETING_OF_BODY_RE.search(title)
    if not match or (match.group("art") == "des") != bool(match.group("ending")):
        return None
    body = f"{match.group('head')}{match.group('rest')}".strip()
    longer = next((m.group(0) for m in (re.search(rf"\b{re.escape(body)}(?:\s+[A-ZÄÖÜ][\wäöüß-]+){{1,3}}", text)
                                        for text in texts[:10]) if m), None)
    return longer or body


# a council's committee in the genitive: "des Ausschusses für Schule, Bildung, Kultur und Sport", "des Jugendhilfeausschusses"
COMMITTEE_RE = re.compile(r"\bdes\s+(?P<name>(?:(?:[A-ZÄÖÜ][\wäöüß-]*)?(?:[Aa]usschusses|[Bb]eirates)|[A-ZÄÖÜ][\wäöüß-]+(?:tages|rates))"
                          r"(?:\s+für\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s*|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*)?)")


def committee_named(texts: list[str]) -> str | None:
    """The committee the first paragraphs speak of, in the genitive ("Ausschusses für Schule und Bildung")."""
    for text in texts[:8]:
        match = COMMITTEE_RE.search(text)
        if match:
            return match.group("name")
    return None


# a body's head noun that is feminine: "Kommission", "Steuerungsgruppe", "Versammlung", "Konferenz", "Runde"
_FEMININE_BODY_RE = re.compile(r"^\S*(?:ung|ion|schaft|gruppe|konferenz|runde|kammer|stelle|initiative)\b", re.I)


def article_of(body: str) -> str:
    """The nominative article of a body named without one: "der Ausschuss für …", "die Steuerungsgruppe"."""
    return "die" if _FEMININE_BODY_RE.match(body) else "der"


# "Der Kulturkonvent beschließt … den Sitzungskalender für das Jahr 2026 mit folgenden Terminen:": the body's sittings
SITTINGS_LEAD_IN_RE = re.compile(rf"^(?P<art>Der|Die|Das)\s+{_BODY}\s[^:]*\bSitzungs(?:kalender|termine|plan)\b")
# "… die Sitzungstermine des Kreistags mit:": whose sittings, named after the list's word
SITTINGS_OF_RE = re.compile(r"\bSitzungs(?:kalender|termine|plan)\s+(?P<of>(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)")
# a body that sits: a council, a committee, a board (not "die Geschäftsstelle" or "die Stadtverwaltung" that publishes the list)
SITTING_BODY_RE = re.compile(r"(?:(?<!refe)rat|ausschuss|konvent|beirat|tag|kommission|versammlung|gremium|kuratorium|"
                             r"vorstand)$", re.I)  # (not a "Referat")


def sitting_of_body(lead_in: str) -> str | None:
    of = SITTINGS_OF_RE.search(lead_in)
    if of:
        return f"Sitzung {of.group('of')}"
    match = SITTINGS_LEAD_IN_RE.match(lead_in)
    if not match or not SITTING_BODY_RE.search(match.group("name").split(" ")[0]):
        return None
    return f"Sitzung {held_by(match.group('art'), match.group('name'))}"


# what follows a body's word as its name: a quoted name, its acronym, its place ("„…“ (BNE) im Heidekreis")
BODY_CALLED_RE = re.compile(rf"(?:\s+{QUOTE})?(?:\s+\((?=[^)]*[A-ZÄÖÜ][^)]*[A-ZÄÖÜ])[A-ZÄÖÜ][\wäöüß-]{{1,12}}\))?"
                            r"(?:\s+(?:im|in)\s+(?P<place>(?:(?:Land)?[Kk]reis\s+)?[A-ZÄÖÜ][\wäöüß-]+))?")


# "In seiner Sitzung am 24. März 2009 hat sich der Schul- und Kulturausschuss … ausgesprochen", "In der Sitzung am
# 19. Mai hat der Kreistag …": a sitting named by the body the clause goes on with
IN_ITS_SITTING_RE = re.compile(
    r"\b[Ii]n\s+(?:seiner|ihrer|der)\s+(?:[a-zäöüß]+en\s+)?(?P<kind>(?:[A-ZÄÖÜ][a-zäöüß]+)?[Ss]itzung)\s+(?:am|vom)\s+"
    r"(?:[^.]|(?<=\d)\.){1,40}?\s+(?:hat|haben|hatte|hatten|beschloss|beschlossen|befasste|befassten|wird|werden)\s+"
    rf"(?:sich\s+)?(?P<art>der|die|das)\s+{_BODY}")


def meeting_title(sentence: str) -> str | None:
    """"Viertes Treffen des BNE-Netzwerks": the meeting of the body the sentence says meets."""
    sitting = IN_ITS_SITTING_RE.search(sentence)
    if sitting:
        # the body ends with its sitting word ("Schul- und Kulturausschuss", not "Schulausschuss Empfehlungen"):
        # before it only the parts of a compound
        words = sitting.group("name").split(" ")
        head = next((i for i, word in enumerate(words) if SITTING_BODY_RE.search(word)), None)
        if head is not None and all(word.endswith("-") or word in ("und", "für") for word in words[:head]):
            return f"{sitting.group('kind')} {held_by(sitting.group('art'), ' '.join(words[:head + 1]))}"
    named = _met_for(sentence)
    if named:
        body = named.group("body")
        return f"{named.group('meeting')} {held_by(named.group('art'), _in_german_quotes(body))}"
    sits = SITS_AFTER_RE.search(sentence) or SITS_BEFORE_RE.search(sentence)
    if sits and sits.group(0).startswith("ber") and not (SITTING_BODY_RE.search(sits.group("name").split(" ")[0])
                                                         and re.search(r"\büber\b", sentence[sits.end():sits.end() + 80])):
        sits = None  # ("berät die Fachstelle …", "berät der Elternbeirat Eltern …": advice, not a sitting "über" a matter)
    members = MEMBERS_MEET_RE.search(sentence) or AGENDA_OF_RE.search(sentence)
    match = MEETS_AFTER_RE.search(sentence) or MEETS_BEFORE_RE.search(sentence) or sits
    if RECURRING_RE.search(sentence):
        return None  # "Das Netzwerk trifft sich viermal im Jahr": how a body works, not a meeting
    if not match:
        of = members.group("of").split(" ") if members else []
        if of and SITTING_BODY_RE.search(re.sub(r"e?s$", "", of[1])):
            return f"Sitzung {members.group('of')}"
        return None
    name = match.group("name")
    called = BODY_CALLED_RE.match(sentence, match.end("name"))
    if called:  # "trifft sich … das Netzwerk „Bildung für nachhaltige Entwicklung“ (BNE) im Heidekreis": the body's name
        said = called.group(0)
        place = called.group("place")
        if place and not (re.search(r"kreis$|^(?:Land)?[Kk]reis\s", place) or known_place(place)):
            # a venue ("im Rathaus") is no part of the name
            said = re.sub(r"\s+(?:im|in)\s+$", "", said[:called.start("place") - called.start()])
        name += re.sub(r"^\s+", " ", _in_german_quotes(said)).rstrip()
    holder = held_by(match.group("art"), name)
    if match is sits:
        return f"Sitzung {holder}"
    ordinal = ORDINALS.get((match.groupdict().get("ord") or "").lower())
    return f"{ordinal + 's ' if ordinal else ''}Treffen {holder}"  # "Viertes Treffen": neuter


# a subordinate clause before the main one: "Da der erste Tag der Ferien auf den Familientag des Heinerfestes fällt, findet
# die offizielle Eröffnung … statt" (the main clause's verb right after its comma)
SUBORDINATE_LEAD_RE = re.compile(r"(?:Da|Weil|Nachdem|Obwohl|Sobald|Solange|Wenn|Falls)\s[^,]{5,200}?,\s+"
                                 r"(?=(?:findet|fand|finden|fanden|wird|wurde|werden|ist|war|sind|gibt|gab|lädt|lud|laden|"
                                 r"beginnt|begann|startet|startete|steht|stehen)\b)")


@functools.lru_cache(maxsize=4096)  # (a page's sentences are titled again by the readers that look back at them)
def title_from_sentence(sentence: str, following: str | None = None) -> str | None:
    """The event's name in a sentence; "… zu unserem Fachtag am 19.11.2019. Dazu laden wir unter
    dem Titel "Bildung unter einem Dach" ein." takes the title from the sentence that follows. A name read from a
    clause that only says why ("Da der erste Tag … auf den Familientag des Heinerfestes fällt, findet …") yields to
    the main clause's."""
    title = _title_of_sentence(sentence, following)
    lead = SUBORDINATE_LEAD_RE.match(sentence)
    if title and lead and title in lead.group(0):
        main = sentence[lead.end():]  # (or what the main clause offers: "…, lädt der Gewerbeverein … zu einem Herbstmarkt ein")
        return _title_of_sentence(main, following) or offered_name(main)
    return title


# a kind of event that one performer makes: a reading, a talk, a concert
PERFORMED_KINDS = {"lesung", "vortrag", "konzert"}


def _performer_of(kind: str, sentence: str) -> str | None:
    """"Lesung mit Thomas Beispiel", "Vortrag mit dem Historiker Max Muster": the one performer the kind is named with."""
    match = re.search(rf"\b{re.escape(kind)}\s+mit\s+(?:(?:dem|der)\s+(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?)?"
                      rf"(?P<who>(?:(?:Dr|Prof)\.\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
                      rf"(?![\wäöüß-])(?!\s+[A-ZÄÖÜ])", sentence)
    if match is None or known_place(match.group("who").split()[-1]):
        return None
    return match.group("who")


# "Mit dem Tag der Erde am Freitag, 22. April, endet die Workshop-Reihe.": the day that opens or closes a series is
# named before its day
OPENS_OR_CLOSES_RE = re.compile(r"Mit\s+(?:dem|der|einem|einer)\s+(?P<name>[A-ZÄÖÜ][^,.;:!?„“\"]{2,60}?)\s+(?:am|vom)\s+"
                                r"(?:[^.!?]|(?<=\d)\.){4,60}?\b(?:endet|endete|beginnt|begann|startet|startete|schließt|"
                                r"eröffnet|beschließt)\s+(?:die|der|das|den)\b")


# a generic noun or a kind before a name of its own that is spelt like a brand, with a capital inside its first word:
# "lädt … zu der Veranstaltung BiZ bei Nacht ein", "Bei fünfter Jobmesse BiZ bei Nacht am 12. September …"
BRAND_NAME_AFTER_KIND_RE = re.compile(
    rf"\b(?:[Vv]eranstaltung|[Aa]ktion|{EVENT_NOUN})\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]*[A-ZÄÖÜ][\wäöüß-]*"
    r"(?:\s+(?:bei|der|des|im|am|für|und|in|zur|zum)\s+[A-ZÄÖÜ][\wäöüß-]+)*)\s+(?:ein|statt|am|im|vom|in|an)\b")


# a count of one kind with the topic they share: "… finden dort 2 Workshops zum Thema der Kindererziehung statt"
COUNTED_KIND_WITH_TOPIC_RE = re.compile(r"\b(?:[2-9]|zwei|drei|vier|fünf|mehrere)\s+(?P<kind>[A-ZÄÖÜ][\wäöüß-]+)\s+"
                                        r"(?P<topic>(?:zum\s+Thema|über|rund\s+um)\s+[^.,;:!?]{3,60}?)\s+(?:statt|an|ein)\b")


def _title_of_sentence(sentence: str, following: str | None = None) -> str | None:
    quoted = quoted_title(sentence)
    if quoted:
        return quoted
    brand = BRAND_NAME_AFTER_KIND_RE.search(sentence)
    if brand and not brand.group("name").isupper():
        return brand.group("name")  # ("BiZ bei Nacht"; not an acronym alone, "zur Veranstaltung VHS am …")
    counted = COUNTED_KIND_WITH_TOPIC_RE.search(sentence)
    if counted and EVENT_NOUN_RE.fullmatch(singular(counted.group("kind"))):
        # "Von 16 bis 17:30 Uhr finden dort 2 Workshops zum Thema der Kindererziehung statt": the kind and its topic
        return f"{counted.group('kind')} {counted.group('topic').strip()}"
    series_end = OPENS_OR_CLOSES_RE.match(sentence)
    if series_end:
        return series_end.group("name")
    offered_by_name = _OFFER_QUOTED_RE.search(sentence)
    if offered_by_name and not _spoken(sentence, offered_by_name):
        return offered_by_name.group("name").strip()  # "… bietet vom 1. bis 31. Juli „Geocaching in the Castle“ an"
    phrase = phrase_title(sentence)
    # (not a next sentence with a day of its own: "… Am 15. Juni gibt es einen Vortrag zum Thema „…“" is its own event's)
    titled = TITLED_RE.search(sentence) or (TITLED_RE.search(following) if following and not (
        d.MAYBE_DATE(following) and d.find_dates(following)) else None)
    if phrase and titled:
        return f"{phrase}: „{_quote(titled)}“" if len(phrase.split()) > 1 else f"{phrase} „{_quote(titled)}“"
    motto = TITLED_RE.search(sentence) if not phrase else None
    if motto and HAPPENS_UNDER_MOTTO_RE.search(sentence):
        # "Weiterhin findet unter dem Motto „Wahrheit oder Lüge“ am 8. Oktober ein Spiel … statt": an event of a kind
        # no word list knows is named by its motto
        return _quote(motto)
    question = UNQUOTED_QUESTION_TITLE_RE.search(sentence) if phrase else None
    if question:
        return f"{phrase}: {question.group('topic')}"
    unquoted = UNQUOTED_TITLE_RE.search(sentence) if phrase and len(phrase.split()) == 1 else None
    if unquoted:
        # "Lost in Transition im Bürgerhaus", "Zukunft gestalten die Fachtagung": the title ends where the sentence goes on
        topic = re.split(r"\s(?:im|am|beim|vom|die|der|das|den|dem|des|eine[nrm]?|ein)\s", unquoted.group("topic"))[0]
        if not EVENT_NOUN_RE.search(topic):
            return f"{phrase} „{topic}“"
    performer = _performer_of(phrase, sentence) if phrase and phrase.lower() in PERFORMED_KINDS else None
    if performer:
        return f"{phrase} mit {performer}"  # "Auch am Samstag: Die Lesung mit Thomas Thiemeyer.": not any "Lesung"
    is_on = IS_ON_ITS_DAY_RE.search(sentence) if not phrase else None
    if is_on and lex.EVENT_TITLE_WORD_RE.fullmatch(is_on.group("name")):
        return is_on.group("name")  # "Am Freitag, 5. Februar 2027, ist ab 19 Uhr Kinonacht im Jugendhaus": what the day is
    asked = ASKED_QUESTION_RE.search(sentence) if not phrase and not lex.DEADLINE_CUE_RE.search(sentence) \
        and not re.search(r"\bbis\s+(?:zum|zur|spätestens)\b", sentence) else None
    if asked:
        return asked.group("question")  # "… stellt am 8. November im Theater die Frage: Wie können wir …?"
    met_for = _met_for(sentence) if phrase else None
    if met_for and phrase.lower().endswith(met_for.group("meeting").lower()):
        return meeting_title(sentence)  # not the bare "6. Sitzung": whose sixth meeting
    return phrase or meeting_title(sentence) or _subject_that_takes_place(sentence) or _subject_that_starts(sentence) \
        or opening_title(sentence) \
        or (OPEN_DAY if OPEN_DOORS_RE.search(sentence) and not NOT_AN_OPEN_DAY_RE.search(sentence) else None) \
        or _day_of_name(sentence) or _introduced_on_its_day(sentence) \
        or open_day_named(sentence) or trip_by_its_destination(sentence)


# a day's name in one hyphenated word, as a subject's head: "ein Kennenlern-Tag für alle Familien"
NAMED_DAY_HEAD_RE = re.compile(r"(?:nacht|messe|börse|fest|[a-zäöüß]-Tag)$")


def _introduced_on_its_day(sentence: str) -> str | None:
    """"Es wird auch in diesem Jahr wieder eine Rathaus-Rallye geben – und zwar am Sonntag, 16. Juni": what the
    sentence offers, if the sentence gives it its day."""
    first = re.split(r"(?<=[a-zäöüß]{2})[.!?]\s", sentence, maxsplit=1)[0]
    dates = d.find_dates(first)
    if not WILL_BE_GIVEN_RE.search(first) or not dates or re.search(r"\b[Aa]b\s+$", first[:dates[0].start]):
        return None  # (not a change from a day on: "Ab Montag, 1. Februar, wird es eine zusätzliche Buslinie geben")
    name = introduced_name(first)
    return name if name and not NOT_AN_OFFER_RE.search(name) else None


# what a town provides, not a happening: "eine zusätzliche Buslinie", "eine neue Regelung", "längere Öffnungszeiten"
NOT_AN_OFFER_RE = re.compile(r"(?i:linie|verbindung|regelung|änderung|öffnungszeit|gebühr|zuschuss|förderung|haltestelle|"
                             r"parkpl|umleitung|sperrung|baustelle|verkehr)")


WILL_BE_GIVEN_RE = re.compile(r"\b(?:wird|werden)\b[^.!?]{0,80}\bgeben\b")


# "ein weiterer Tag der Ausbildung", "die Woche der Weiterbildung": a day's own name, unquoted (not "am Tag der
# Veranstaltung" or "der Tag der Anmeldung": the day of something else)
DAY_OF_NAME_IN_SENTENCE_RE = re.compile(
    r"(?<![\wäöüß-])(?:Tag|Woche|Nacht|Lange\s+Nacht)\s+(?:der|des)\s+(?:[a-zäöü]+en\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+er\s+(?=[A-ZÄÖÜ]))?"  # ("Woche der Münchner Familienzentren")
    r"(?!(?:Veranstaltung|Anmeldung|Anreise|Abreise|Ankunft|Prüfung|Wahl|Sitzung|Tagung|Konferenz|Messe|Deutschen|Arbeit|"
    r"Befreiung|Eröffnung|Einschulung|Zeugnisse?|Ausgabe|Bekanntgabe)\b)[A-ZÄÖÜ][\wäöüß-]+")


DAY_HAPPENS_RE = re.compile(r"\b(?:findet|fand|finden|fanden|statt|beginnt|begann|startet|geplant|lädt|laden|lud|feiert|feiern|"
                            r"gefeiert|begangen|begeht|begehen)\b")


def _day_of_name(sentence: str) -> str | None:
    match = DAY_OF_NAME_IN_SENTENCE_RE.search(sentence)
    # said to happen, dated right after its name ("Der Tag des Flüchtlings am 29. September …", "Während der Woche der
    # Ausbildung vom 26. Februar …"), quoted („Lange Nacht der …“) or gone to ("beim Tag der offenen Klassentür")
    named = match and (DAY_HAPPENS_RE.search(sentence) or re.match(r"\s+(?:am|vom|ab)\s+\d", sentence[match.end():])
                       or re.search(r"[„\"“»](?:Langen?\s+)?$|\b(?:beim|zum)\s+$", sentence[:match.start()]))
    if not named or re.search(r"\b(?:[Aa]m|dem|in\s+der|[a-zäöüß]+(?:ten|sten)\s*)\s*$", sentence[:match.start()]):
        return None  # ("am Tag der Abholung", "in der letzten Woche der Sommerferien": a day of something else)
    return re.sub(r"\s+", " ", match.group(0))


# "Am 27. Januar öffnet das Gymnasium … von 10 bis 13 Uhr seine Türen": a school's open day, whatever it is called (not
# an office that opened its doors years ago, a new Kita that opens, a school that reopens after the holidays or a
# strike that keeps a Hort's doors shut)
# any house that opens its doors to a day it names: "öffnet das Schulbiologiezentrum Beispielstadt seine Pforten zum 12.
# Gartentag", "öffnet die Volkssternwarte ihre Pforten zum bundesweiten Astronomietag"
OPEN_DOORS_TO_A_DAY_RE = re.compile(r"\böffne[nt]\s+(?:die|das|der)\s+(?:[^.!?]|(?<=\d)\.){0,100}?\b(?:seine|ihre)\s+"
                                    r"(?:Türen|Tore|Pforten)\s+(?:zu[mr]|für\s+(?:den|die|das))\s+"
                                    # ("… kann das Lindenhof-Gymnasium … am Samstag, dem 20. Februar, wieder seine Türen für
                                    # alle Interessierten öffnen")
                                    r"|\b(?:kann|können|wird|werden)\s+(?:die|das|der)\s+(?:[^.!?]|(?<=\d)\.){0,120}?\b(?:seine|ihre)\s+"
                                    r"(?:Türen|Tore|Pforten)\b[^.!?]{0,80}?\böffnen\b")
OPEN_DOORS_RE = re.compile(r"\böffne[nt]\s+(?:die|das|der)\s+(?:(?!(?:in|im|an|am|auf|bei|von|der|des|dem|den)\s)\S+\s+){0,3}?"
                           r"[\wäöüß-]*"
                           # (and several: "öffnen die Gymnasien in A und B ihre Pforten")
                           rf"(?i:{lex.SCHOOL_WORD}|campus|gymnasien|schulen|kitas)"
                           r"(?![a-zäöüß])(?:[^.]|(?<=\d)\.){0,140}?\b(?:seine|ihre)\s+(?:Türen|Tore|Pforten)\b"
                           # "stehen an den Berufsbildenden Schulen in Musterau die Türen offen"
                           r"|\bstehen\s+(?:an|in|im|am)\s+(?:de[rnm]\s+)?(?:(?!(?:die|der|das)\s)\S{1,40}\s+){0,4}?[\wäöüß-]{0,40}"
                           rf"(?i:{lex.SCHOOL_WORD}|campus)[\wäöüß-]{{0,40}}(?:\s+(?:in|im)\s+[A-ZÄÖÜ][\wäöüß-]{{1,40}})?"
                           r"\s+die\s+Türen\s+offen\b"
                           # "Das Ludwigsgymnasium in der Stengelstraße präsentiert sich am Samstag, 21. Januar." (not at
                           # someone else's fair: "präsentiert sich auf der Ausbildungsmesse", "beim Markt der Schulen")
                           r"|^(?:Das|Die|Der)\s+[\wäöüß-]*"
                           rf"(?i:{lex.SCHOOL_WORD}|gymnasium|campus)"
                           r"(?![a-zäöüß])[^.!?]{0,80}?\s+präsentier(?:t|en)\s+sich\s+(?!(?:[^.!?]{0,60}?\s)?(?:auf|beim|bei|mit|im\s+Rahmen)\s)"
                           r"(?!(?:[^.!?]|(?<=\d)\.)*?(?:[Mm]esse|[Mm]arkt|[Mm]arktes|[Bb]örse|[Ff]estival)\b)"
                           r"(?:[^.!?]|(?<=\d)\.){0,60}?\d")
NOT_AN_OPEN_DAY_RE = re.compile(r"\böffne[nt]\s+(?:die|das|der)\s+neue|\berstmals\b|\bnach\s+den\s+\w*[Ff]erien\b|\bFerien\b|"
                                r"\bStreik\w*|\bnicht\b(?!\s+nur)|\bNeubau\b|\bEröffnung\b")
# the open day by the name a calendar gives it, and as pages name it, in the singular or the plural ("Tage der offenen
# Türen")
OPEN_DAY = "Tag der offenen Tür"
OPEN_DAYS_NAMED_RE = re.compile(r"\bTage?\s+der\s+offenen\s+Tür(?:en)?\b")


def open_day_named(sentence: str) -> str | None:
    """"Am Freitag ist an der Oberschule Musterau Tag der offenen Tür": the open day; in its quoted name where it has one
    („Virtuelle Tage der offenen Tür“)."""
    named = OPEN_DAYS_NAMED_RE.search(sentence)
    if named is None:
        return None
    quoted = next((q for q in QUOTE_RE.finditer(sentence) if q.start() <= named.start() < q.end()), None)
    return _quote(quoted) if quoted else OPEN_DAY


# "Vom 11.02. bis 15.02. fand in Stuttgart die didacta 2025 statt": what "takes place" is an event, whatever its name
TAKES_PLACE_RE = re.compile(r"\b(?:fand|findet|fanden|finden)\s+(?:in\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?\s+)?"
                            r"(?:die|der|das)\s+(?P<name>[\wÄÖÜäöüß'’-]+(?:\s[\wÄÖÜäöüß'’-]+){0,3}?)\s+statt\b"
                            # "… findet für Kinder ab vier Jahren ein offenes Ferienprogramm statt", "findet von 11 bis 13 Uhr in
                            # der Stadtbibliothek … ein großer Spielevormittag statt": a kind, after when, where and whom for
                            r"|\b(?:findet|finden)\s+(?:(?:[^.;!?]|(?<=\d)\.){0,160}?\s)?(?:ein|eine)\s+"
                            r"(?P<kind>(?:[a-zäöüß]+e[sr]?\s+)?[A-ZÄÖÜ][\wäöüß-]+"
                            # (and what it is about: "eine zusätzliche Fragerunde zu Asyl und Integration statt")
                            r"(?:\s+(?:zu|zum|zur|über)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+und\s+[A-ZÄÖÜ][\wäöüß-]+)?)?)\s+statt\b"
                            # "finden die Freizeitspiele parallel vom 22. bis 28. Juli in der … Jugendkirche statt": the
                            # subject right after the verb, its days and place before "statt"
                            r"|\b(?:fand|findet|fanden|finden)\s+(?:die|der|das)\s+(?P<event>[A-ZÄÖÜ][\wäöüß-]+)\s+"
                            r"(?:parallel\s+|erneut\s+|wieder\s+|bereits\s+|auch\s+)?(?:am|vom|von|ab|zwischen)\s+\d"
                            r"(?:[^.;!?]|(?<=\d)\.){0,160}?\sstatt\b")

# "Am Sonntag, 8. Oktober, wird der 50. Kreisvolksmusiktag gefeiert": what a day celebrates is its event
# (not a person's day: "wird der 90. Geburtstag der Ehrenbürgerin gefeiert")
DAY_CELEBRATES_RE = re.compile(r"\b(?:wird|wurde|werden|wurden)\s+(?:die|der|das)\s+(?P<name>(?:\d{1,3}\.\s+)?"
                               r"(?![\wäöüß-]*(?:[Gg]eburtstag|[Hh]ochzeit|[Nn]amenstag))[\wÄÖÜäöüß'’-]+"
                               r"(?:\s(?!(?:mit|im|in|am|an|auf|vom|von|bei|zum|zur|und|für)\b)[\wÄÖÜäöüß'’-]+){0,3}?)"
                               r"\s+(?:gefeiert|begangen)\b")


# "Die Interkulturelle Woche 2027 fand vom 11. September bis 3. Oktober statt": the subject before the verb
# (a name of two words or more: a lone noun that is no event's ("Der Praxistag findet …") is a part of the programme)
SUBJECT_TAKES_PLACE_RE = re.compile(r"^(?:Die|Der|Das)\s+(?P<name>[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:[A-ZÄÖÜ][\wäöüß-]+|(?:19|20)\d\d)){1,4})"
                                    r"\s+(?:fand|findet|fanden|finden)\b(?:[^.]|(?<=\d)\.){0,120}\bstatt\b")


# "startet am 24. September bundesweit die Interkulturelle Woche 2027", "Am Montag beginnt die Aktionswoche …": what
# starts on the day, named after the verb (its own adjective in lower case: "die interkulturelle Woche")
STARTS_RE = re.compile(r"\b(?:startet|beginnt|starten|beginnen)\s+(?:am\s+(?:[^.]|(?<=\d)\.){1,40}?\s+)?(?:(?:bundesweit|landesweit|"
                       r"wieder|erneut|bereits|traditionell)\s+)?(?:die|der|das)\s+"
                       r"(?P<name>(?:[a-zäöü]+e\s+)?[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:[A-ZÄÖÜ][\wäöüß-]+|(?:19|20)\d\d)){0,3})"
                       r"(?=\s*[.,;!?]|\s*$|\s+(?:in|im|am|mit|unter|für|zum|zur)\b)")


# the subject that starts, named before its verb: "Das Wintersemester startet am 22. September in Präsenz.", "Der Kurs
# „Nordic Walking mit Baby“ startet am 19. April."
SUBJECT_STARTS_RE = re.compile(r"^(?:Das|Der|Die)\s+(?:neue\s+)?(?P<name>[A-ZÄÖÜ][\wäöüß-]+(?:\s+„[^“”]{2,60}[“”])?"
                               r"(?:\s+(?:19|20)\d\d(?:/\d\d)?)?)\s+(?:startet|beginnt)\s+"
                               r"(?:(?:bereits|schon|wieder|erst)\s+)?(?:am|vom|ab\s+dem)\s")
# a semester of a house of learning starts on its day: "startet am 26. Februar das Frühjahrssemester 2024"
SEMESTER_RE = re.compile(r"(?:[Ss]ommer|[Ww]inter|[Ff]rühjahrs|[Hh]erbst)?[Ss]emester(?:\s+(?:19|20)\d\d(?:/\d\d)?)?$")


def _subject_that_starts(sentence: str) -> str | None:
    named_first = SUBJECT_STARTS_RE.match(sentence.strip())
    if named_first:
        name = named_first.group("name")
        head = name.split(" „")[0]
        if SEMESTER_RE.fullmatch(head) or EVENT_NOUN_RE.search(name) or (
                QUOTE_RE.search(name) and re.fullmatch(r"(?:[A-ZÄÖÜ][\wäöüß-]*)?(?:[Kk]urs|[Kk]ursus|[Rr]eihe)", head)):
            return name
    match = STARTS_RE.search(sentence)
    if not match:
        return None
    name = match.group("name")
    name = name[0].upper() + name[1:]
    # (a name of its own or an event's kind: not "beginnt die Anmeldung", "startet der Bus")
    if re.search(r"\b(?:im\s+Internet|online|Portal|Plattform|App)\b", sentence, re.I) or lex.NOT_A_HAPPENING_SPAN_RE.search(name):
        return None  # (a web portal that starts: "startet die Praktikumsbörse … im Internet"; "beginnt die Schulanmeldung")
    # (or a week's or a night's edition: "Interkulturelle Woche 2027")
    return name if (len(name.split()) >= 2 and (lex.EVENT_WORD_RE.search(name) or WEEK_OR_NIGHT_RE.search(name))) \
        or EVENT_NOUN_RE.search(name) or SEMESTER_RE.fullmatch(name) else None


WEEK_OR_NIGHT_RE = re.compile(r"(?:Woche|Wochen|Nacht|Tage)\b")


# "Am Samstag findet in der Stadthalle die Ehrenamtsmesse statt", "fand zum schon wiederholten Male die MINT-Nacht für
# Grundschüler*innen … statt": the subject after the verb and its adverbials, the first article no preposition governs
TAKES_PLACE_VERB_RE = re.compile(r"\b(?:fand|findet|fanden|finden)\s")
GOVERNING_PREPOSITION_RE = re.compile(r"\b(?:in|an|auf|bei|zu|mit|von|aus|nach|für|über|unter|vor|durch|um|gegen|hinter|"
                                      r"neben|zwischen|seit|während|wegen|trotz|anlässlich|innerhalb|außerhalb|anstelle|"
                                      r"statt|aufgrund|zugunsten|gegenüber|infolge)\s+$", re.I)
SUBJECT_AFTER_VERB_RE = re.compile(
    r"(?<![\wäöüß])(?P<art>die|der|das|ein|eine)\s+(?P<name>(?:[a-zäöü]+e\s+)?[A-ZÄÖÜ][\wäöüß*'’-]+"
    r"(?:\s+(?:für|zur|zum|der|des)\s+(?:[a-zäöü]+e[nrs]?\s+)*[A-ZÄÖÜ][\wäöüß*'’-]+(?:\s+(?!(?:Am|Im|Um)\b)[A-ZÄÖÜ][\wäöüß*'’-]+)?)?"
    r"(?:\s+„[^“”]{2,60}[“”])?)"
    r"(?=[\s,])")
# (a genitive's noun before "der": "auf dem Gelände der Schule", not "zum wiederholten Male die …")
GENITIVE_HEAD_RE = re.compile(r"(?<![\wäöüß])(?!Male?\s)[A-ZÄÖÜ][\wäöüß-]+\s+$")
# a span of time is an adverbial, not the subject: "fand ein Jahr nach der Eröffnung …", "findet eine Woche vor den Ferien …"
TIME_UNIT_RE = re.compile(r"(?:Jahr|Woche|Stunde|Tag|Monat|Minute|Weile|Zeit)\b")
ADVERBIAL_STRETCH = 80  # ("zum schon wiederholten Male", "in der Aula des Gymnasiums Holthausen", "am Samstag, 3. Mai,")


def _subject_after_its_adverbials(sentence: str) -> str | None:
    verb = TAKES_PLACE_VERB_RE.search(sentence)
    if not verb:
        return None
    clause = re.split(r"(?<=[a-zäöüß]{2})[.!?;](?:\s|$)", sentence[verb.end():], maxsplit=1)[0]
    if not re.search(r"\bstatt\b", clause):
        return None
    subject = next((m for m in SUBJECT_AFTER_VERB_RE.finditer(clause[:ADVERBIAL_STRETCH + 60])
                    if not GOVERNING_PREPOSITION_RE.search(clause[max(0, m.start() - 12):m.start()])
                    and not TIME_UNIT_RE.match(m.group("name"))
                    and not (m.group("art") == "der" and GENITIVE_HEAD_RE.search(clause[:m.start()]))), None)
    if not subject or subject.start() > ADVERBIAL_STRETCH or clause.find(" statt", subject.end()) < 0:
        return None
    name = subject.group("name")
    head = name.split()[0] if name[0].isupper() else name.split()[1]
    if not (lex.EVENT_WORD_RE.search(head) or WEEK_OR_NIGHT_RE.search(head) or NAMED_DAY_HEAD_RE.search(head)
            or (lex.OPENING_WORD_RE.fullmatch(head) or head == "Abschluss") and re.search(r"\s(?:der|des)\s", name)):
        return None  # (an opening of something named: "die offizielle Eröffnung der Darmstädter Ferienspiele")
    if re.fullmatch(r"(?:Nacht|Woche|Wochen|Tage?|Fest)", name):
        return None  # (a bare head whose name the pattern could not read: "die Nacht der offenen Tür")
    return name[0].upper() + name[1:]


# what is offered in the plural under one name: "Freizeitspiele", "Ferienspiele", "Spieletage", "Ferienspielaktionen"
PLURAL_OFFER_HEAD_RE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:spiele|spielaktionen|tage|wochen|camps|kurse|freizeiten)")


def _subject_that_takes_place(sentence: str) -> str | None:
    match = TAKES_PLACE_RE.search(sentence) or DAY_CELEBRATES_RE.search(sentence)
    subject = SUBJECT_TAKES_PLACE_RE.match(sentence.strip()) if not match else None
    if subject and (lex.EVENT_WORD_RE.search(subject.group("name")) or WEEK_OR_NIGHT_RE.search(subject.group("name"))
                    or re.search(r"nacht\b", subject.group("name"))):
        match = subject  # ("Die Interkulturelle Woche 2027 fand …", "Die Musterauer Kulturnacht findet …"; not exams)
    if not match:
        name = _subject_after_its_adverbials(sentence)
        return name if name and name.split()[-1].lower() not in GENERIC_NOUNS else None
    named = match.groupdict().get("event")
    if named and not (OFFER_HEAD_RE.fullmatch(named) or lex.EVENT_WORD_RE.search(named) or PLURAL_OFFER_HEAD_RE.fullmatch(named)):
        return None  # (not "finden die Prüfungen vom 3. bis 7. Mai … statt")
    name = match.group("name") or match.group("kind") or named
    if match.re is TAKES_PLACE_RE and match.group("kind"):
        if not HAPPENING_KIND_RE.search(re.split(r"\s(?:zu|zum|zur|über)\s", name)[0]):
            return None  # ("findet in der Kita ein Reinigungstag statt": a day of its own, no happening's)
        name = name[:1].upper() + name[1:]  # "ein offenes Ferienprogramm": "Offenes Ferienprogramm"
    first = name.split()[0]
    if name.split()[-1].lower() in PLURAL_OFFERS:
        return None  # ("finden in Einrichtungen der Region Veranstaltungen statt": events in the plural, no name)
    if first.lower() in GENERIC_NOUNS or re.match(r"(?:in|im|am|an|auf|bei|zum|zur)$", first, re.I) \
            or len(name) < 4 or not re.search(r"[A-Za-zÄÖÜäöüß]{4}", name):
        return None
    return name


# "die Jugendberufsagentur Erlangen wurde … offiziell eröffnet", "wurde die Kontaktstelle der Dresdner Bildungsberatung in
# der Bibliothek eröffnet": a body's (or a place's) opening is an event of its own, named "Eröffnung der …"
_OPENED_NAME = rf"{_NAME}(?:\s(?:der|des)\s(?:[A-ZÄÖÜ][\wäöüß]+\s)?{_NAME})?(?:\s\([A-ZÄÖÜ][\wäöüß]{{1,10}}\))?"
_OPENING_STRETCH = r"(?:[^.]|(?<=\d)\.|(?<=Dr)\.|(?<=Prof)\.){0,300}?"  # ("am 3. Mai von Dr. Erika Beispiel … eröffnet")
# what opens as a place of its own (an agency, an office, a centre, a library, an exhibition), not a procedure
# ("Das Insolvenzverfahren … wurde eröffnet") or a sitting ("Die Sitzung wurde … eröffnet")
_OPENED_PLACE = r"(?=\S*(?i:agentur|büro|stelle|zentrum|haus|schule|kita|bibliothek|ausstellung|treff|campus|museum|labor|standort|werkstatt)\b)"
# (the subject, never a dative after a preposition: "In der Stadtbibliothek Musterau wurde …")
_NO_PREPOSITION = r"(?<![Ii]n\s)(?<![Aa]n\s)(?<![Vv]on\s)(?<![Mm]it\s)(?<![Aa]uf\s)(?<![Zz]u\s)(?<![Bb]ei\s)(?<![Aa]us\s)"
OPENED_RE = re.compile(
    rf"\b{_NO_PREPOSITION}(?P<art>[Dd]ie|[Dd]er|[Dd]as)\s+{_OPENED_PLACE}(?P<name>{_OPENED_NAME})\s+(?:wurde|wird)\b"
    rf"{_OPENING_STRETCH}\beröffnet\b"
    rf"|\b(?:wurde|wird)\s+(?P<art2>die|der|das)\s+{_OPENED_PLACE}(?P<name2>{_OPENED_NAME})\s+"
    rf"(?:von|durch|im|in|am|mit|offiziell|feierlich)\b{_OPENING_STRETCH}\beröffnet\b"
    # told in the past, verb first: "eröffnete am Freitag die sechste Jugendberufsagentur (JBA) des Kreises Segeberg"
    rf"|\beröffnete(?:n)?\s+(?:[^.!?]{{0,60}}?\s)?(?P<art3>die|der|das)\s+(?:[a-zäöüß]+e\s+)?{_OPENED_PLACE}"
    rf"(?P<name3>{_OPENED_NAME})")
# "der Standort der Jugendberufsagentur": the opening is the agency's
PREMISES_RE = re.compile(r"(?:Standort|Sitz|Neubau|Räume|Räumlichkeiten)\s+(?P<art>der|des)\s+")


# an appointment named by the hour that follows it: "Am Mittwoch gibt es Platz zum Spielen – bei der Krabbelgruppe ab
# 10:30 Uhr!", "Treffpunkt ist um 15 Uhr beim Sommerfest" (not a place: "im Rathaus ab 10 Uhr")
NAME_BEFORE_ITS_HOUR_RE = re.compile(r"\b(?:bei\s+(?:der|dem)|beim|zu[mr])\s+(?P<name>(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?[A-ZÄÖÜ][\wäöüß-]+"
                                     r"(?:\s+„[^“”]{2,60}[“”])?)\s+(?:ab|um|von)\s+\d{1,2}(?:[.:]\d\d)?\s*Uhr")


def name_before_its_hour(sentence: str) -> str | None:
    match = NAME_BEFORE_ITS_HOUR_RE.search(sentence)
    return match.group("name") if match else None


def opening_title(sentence: str) -> str | None:
    match = OPENED_RE.search(sentence)
    if not match:
        return None
    article = (match.group("art") or match.group("art2") or match.group("art3")).lower()
    name = match.group("name") or match.group("name2") or match.group("name3")
    premises = PREMISES_RE.match(name)
    if premises:
        return f"Eröffnung {premises.group('art')} {name[premises.end():]}"
    return f"Eröffnung {held_by(article, name)}"


# (a title's full stop ends no sentence: "Bildungsministerin Dr. A. Beispiel, Freitag, 13. Februar")
_SENTENCE_STOP_RE = re.compile(r"(?<!\bDr)(?<!\bProf)[.!?][“”\"'‘’»«]?\s")


# (and a second verb's clause: "las bereits vor zwei Jahren hier und kommt am 3. Februar erneut")
CLAUSE_BREAK_RE = re.compile(r"[,;:]\s+|\s[–-]\s|(?<!\d)[.!?]\s+(?=[A-ZÄÖÜ„\"])|\s(?:und|aber|doch|sondern)\s+(?![\d(])")


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of a line that holds the span: from the last comma, semicolon, colon, dash or sentence end before it
    to the next after it (within 300 characters each way)."""
    before = text[max(0, start - 300):start]
    breaks = list(CLAUSE_BREAK_RE.finditer(before))
    left = max(0, start - 300) + breaks[-1].end() if breaks else max(0, start - 300)
    after = CLAUSE_BREAK_RE.search(text, end, min(len(text), end + 300))
    return text[left:after.start() if after else min(len(text), end + 300)]


def sentence_around(text: str, start: int, end: int) -> str:
    """The stretch of `text` between the full stops around [start, end): a date's own sentence."""
    # a quoted sentence ends at its closing mark; the search looks near the date only, so a 10 MB
    # line costs nothing more per date
    window = max(0, start - 2000)
    first = max((m.end() for m in _SENTENCE_STOP_RE.finditer(text, window, start)), default=window)
    after = _SENTENCE_STOP_RE.search(text, end, end + 2000)
    return text[first:after.start() if after else len(text)]


def sentence_at(text: str, at: int) -> str:
    """The sentence of `text` that holds offset `at`, split as `sentences` splits running text ("am Montag, 11. Januar
    2027, und am Montag, 18. Januar" stays one sentence, where `sentence_around` would stop after "11.")."""
    spans = sentence_spans(text)  # (split once per line: a line of many days asks for each of its days)
    index = bisect.bisect_right(spans, (at, len(text) + 1)) - 1
    if index >= 0 and at < spans[index][1]:
        return text[spans[index][0]:spans[index][1]]
    return text


@functools.lru_cache(maxsize=64)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where each sentence of a line begins and ends, as `sentences` splits it, split once per line."""
    spans, position = [], 0
    for sentence in sentences(text):
        begins = text.find(sentence, position)
        if begins >= 0:
            spans.append((begins, begins + len(sentence)))
            position = begins + len(sentence)
    return tuple(spans)


def sentence_span_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence that holds [start, end) ("ihren 80. Geburtstag" is no end), or the whole line."""
    spans = sentence_spans(text)
    index = bisect.bisect_right(spans, (start, len(text) + 1)) - 1
    return spans[index] if index >= 0 and spans[index][1] >= end else (0, len(text))


LAST_WORD_RE = re.compile(r"\w+$")


def sentences(text: str) -> list[str]:
    """Split running text at sentence ends; never after a day number ("am 11. März") or an
    abbreviation ("Dr. André Förster")."""
    parts, start = [], 0
    # the quote marks since the sentence's start, counted as the text is read (a 250,000-character
    # paragraph is read once, not once per full stop in it)
    counted_to, opened, closed, straight, single_opened, single_closed = 0, 0, 0, 0, 0, 0
    for match in SENTENCE_END_RE.finditer(text):
        word = LAST_WORD_RE.search(text, max(start, match.start() - 40), match.start())
        last = word.group(0) if word else ""
        if last.isdigit() and len(last) < 4 or last.lower() in ABBREVIATIONS or (len(last) == 1 and last.isupper()):
            continue
        read = text[counted_to:match.start() + 1]  # (a quote that closes the sentence counts as closed)
        opened, closed, straight = opened + read.count("„"), closed + read.count("“"), straight + read.count('"')
        single_opened, single_closed = single_opened + read.count("‚"), single_closed + read.count("‘")
        counted_to = match.start() + 1
        if (opened > closed and "“" in text[match.start():match.start() + 200]) or (
                straight % 2 == 1 and '"' in text[match.start() + 1:match.start() + 200]) or (
                single_opened > single_closed and "‘" in text[match.start():match.start() + 200]):
            continue  # inside a quoted title: „Außer Spesen nichts gewesen? Mit Daten zu …“
        parts.append(text[start:match.start() + 1].strip())
        start = counted_to = match.end()
        opened, closed, straight, single_opened, single_closed = 0, 0, 0, 0, 0
    parts.append(text[start:].strip())
    return [p for p in parts if p]


# a verb of saying before a quote: "forderte Schulleiterin A. Beispiel: „Wir brauchen mehr Zeit zum Lesen.“"
SAID_BEFORE_QUOTE_RE = re.compile(r"\b(?:sagte|sagten|sagt|forderte|forderten|fordert|betonte|betont|erklärte|erklärt|meinte|"
                                  r"meint|rief|riefen|ruft|appellierte|mahnte|resümierte|versprach)\b[^„\"]{0,80}:?\s*$")


def _spoken(sentence: str, quote: re.Match) -> bool:
    """The quote is what someone said, not a name: it follows a verb of saying, or closes a statement of its own
    ("„Wir brauchen mehr Zeit zum Lesen.“"; not a play's „Alles meins!“)."""
    return bool(SAID_BEFORE_QUOTE_RE.search(sentence, max(0, quote.start() - 120), quote.start())
                or (re.search(r"[a-zäöüß]\.\s*[“”\"]?$", quote.group(0)) and len(quote.group(0).split()) >= 4))


@dataclass
class ProseMention:
    """A sentence of running text that names an event and gives it a day."""
    line: int                 # index of the line (paragraph) the sentence stands in
    sentence: str
    date: d.DateMention       # offsets relative to the sentence
    title: str
    appointment: bool = False  # named only by its quote or its subject, for a day with an hour
    again: bool = False  # a later day the sentence gives the same event ("am 13. November und am 27. November …")
    offered: bool = False  # named only by what the sentence offers ("… startet am 7. August mit einem Kochkurs")


# what a sentence introduces with its indefinite article, with the phrases that say of what or with whom: "Einen
# Rückblick auf die Reise an die Ostsee gibt es am …", "wird ein Frühstück mit Produkten aus der Region angeboten"
# (not what a story is about, "handelt von einem roten Drachen", nor a genitive, "die Teile eines Werkstücks")
_NOUN = r"[A-ZÄÖÜ][\wäöüß-]{2,}"
_ATTRIBUTE = r"(?:[a-zäöüß]+(?:e|en|er|es)\s+)?"
_INTRODUCED_RE = re.compile(
    rf"(?<!\bvon\s)(?<!\büber\s)(?<!\baus\s)(?<!\bum\s)\b(?:[Ee]in|[Ee]ine[mnr]?)\s+(?P<name>{_ATTRIBUTE}{_NOUN}"
    rf"(?:\s+(?:mit|zu|zum|zur|über|auf|an|für|aus|von|vom)\s+(?:(?:der|die|das|dem|den|des)\s+)?{_ATTRIBUTE}{_NOUN})*"
    rf"(?:\s+(?:der|des)\s+{_ATTRIBUTE}{_NOUN})?)")
# what an indefinite article introduces that no reader would call a happening: a stretch of time, a place, a share,
# a person ("eine Woche lang", "einen Platz ergattern", "ein Teil der Kinder", "eine Schülerin")
_NOT_INTRODUCED_RE = re.compile(r"Woche|Tag|Monat|Jahr|Stunde|Minute|Mal|Platz|Plätze|Teil|Reihe|Menge|Vielzahl|"
                                r"Anzahl|Stück|Euro|Glas|Tasse|Becher|Portion|Geschenk|Spende|Bus|Person|Gast|Frau|Mann|"
                                r"Kind|Blick|(?:Schüler|Lehrer|Leiter|Autor|Referent|Künstler|Musiker|Förster|Trainer|Expert)(?:in|e)?|"
                                r"[A-ZÄÖÜ][a-zäöüß]*(?:er|or|ent|eur|ist|ant)in(?:nen)?")  # (a woman of a trade or an office)
# a sentence that offers what it introduces: "gibt es", "wird … angeboten", "findet … statt", "steht … auf dem
# Programm", "planen wir … einen Ausflug", "zeigt die Theater-AG ein Krippenspiel", "lädt … zu einem Kleidertausch",
# "beginnt … mit einer Weinlese" (not "bekommt jedes Kind ein Geschenk", "bringt ein Bus die Kinder")
_OFFERS_RE = re.compile(r"\bgibt\s+es\b|\bgab\s+es\b|\bes\s+gibt\b|\b(?:wird|werden)\b[^.!?]{0,80}\bgeben\b|\bangeboten\b|\bstatt\b|\bauf\s+dem\s+Programm\b|"
                        r"\bplan(?:t|en)\b|\bzeig(?:t|en)\b|\bveranstalte[nt]?\b|\bl(?:ädt|aden)\b|\bzu\s+(?:einem|einer)\b|"
                        r"\b(?:beginnt|startet|endet|schließt|eröffnet)\b(?:[^.!?]|(?<=\d)\.)*\bmit\s+(?:einer|einem|einen)\b")
# what a demonstration is about, not the demonstration: "zeigt, wie man einen Fahrradschlauch flickt"
_HOW_TO_RE = re.compile(r"\bwie\s+man\b")


def introduced_name(sentence: str) -> str | None:
    """The happening a dated sentence introduces by its indefinite article and offers, as a calendar would name it."""
    if not _OFFERS_RE.search(sentence):
        return None
    how_to = _HOW_TO_RE.search(sentence)
    for match in _INTRODUCED_RE.finditer(sentence):
        if how_to and match.start() > how_to.start():
            break
        name = match.group("name")
        head = re.match(rf"{_ATTRIBUTE}({_NOUN})", name).group(1)
        if _NOT_INTRODUCED_RE.fullmatch(head) or d.MAYBE_DATE(head):
            continue
        if re.match(r"[a-zäöüß]+en\s", name):  # "einen selbstgedrehten Kurzfilm": the noun, not its case's adjective
            name = name.split(" ", 1)[1]
        if name[0].islower():  # "ein regionales Frühstück": a calendar's title starts with a capital
            name = name[0].upper() + name[1:]
        return name
    return None


# the head of a name for what a sentence offers, when a sentence is all a reader left as an event's title: the event
# nouns and the everyday happenings of a programme ("Radtour", "Kabarett", "Spurensuche", "Zeichenkurs")
OFFER_HEAD = (rf"(?:{EVENT_NOUN}|(?:[A-ZÄÖÜ][\wäöüß]*-)*(?:[A-ZÄÖÜ][\wäöüß]*)?(?i:vortrag|vorträge|kurs|kurse|führung|führungen|tour|touren|"
              r"wanderung|fahrt|ausflug|lesung|kabarett|konzert|theater|spurensuche|frühstück|kino|film|ausstellung|"
              r"aktion|andacht|gottesdienst|turnier|lauf|rallye|quiz|show|gala|ball|party|besichtigung|"
              r"angeltag|nachmittag|abend|(?<![Bb]ei)spiele?|fest|feier|markt|basteln|treff|"  # (not "zum Beispiel")
              r"gymnastik|yoga|wanderungen|(?<=[a-zäöüß])betreuung|"  # ("eine Ganztagesbetreuung", "Ferienbetreuung")
              r"klettern|töpfern|kochen|backen|vorlesen|singen|tanzen)|"  # (an activity one is invited to: "zum Kinderklettern")
              # a day named by what it is for, or in one hyphenated word ("Tag zur Nachhaltigkeit", "Kinder-Kräuter-Tag";
              # not a weekday, a birthday or a holiday)
              r"Tag(?=\s+(?:der|des|zur|zum)\s+[A-ZÄÖÜ])|(?:[A-ZÄÖÜ][\wäöüß]*-)+Tag)")
OFFER_HEAD_RE = re.compile(rf"{OFFER_HEAD}(?![\wäöüß])")
# the kind a sentence says takes place, as a name: an event's or an offer's head, a programme, a morning of games
HAPPENING_KIND_RE = re.compile(rf"(?:{OFFER_HEAD}|{lex.EVENT_TITLE_WORD_RE.pattern}|(?i:programm|vormittag|runde))$")
# what names a group or a place as often as a happening: "Der Spieletreff lädt …", "Das Jugendtheater spielt …",
# "Treffpunkt ist das Jugendcafé"
GROUP_OR_PLACE_HEAD_RE = re.compile(r"(?i:treff|club|theater|café|cafe|werkstatt|haus|zentrum|stube|halle|saal|bühne)$")
_OFFER_NP = (rf"(?P<name>(?:(?:erste|zweite|dritte|letzte|neue|große|kleine|offene|öffentliche|gemeinsame|weitere)[nrs]?\s+)?"
             rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+)?{OFFER_HEAD}(?![\wäöüß])"
             rf"(?:\s+(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?[A-ZÄÖÜ][\wäöüß-]+(?=\s+am\b))?"  # "der Vortrag Politisches Framing am …"
             rf"(?:\s+(?:über|zum|zur|zu|mit|für|aus|durch|entlang|nach|von)\s+(?:(?:der|die|das|dem|den|des|einem|einer)\s+)?"
             rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){{0,2}}"
             rf"(?:\s+und\s+(?:Jung|Alt|Groß|Klein)\b)?"  # ("für Alt und Jung", "für Groß und Klein": one phrase)
             rf"(?:\s+(?:der|des)\s+(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?[A-ZÄÖÜ][\wäöüß-]+)?){{0,2}})")  # ("… der Musterauer Mühlen")
# "Das Oldie-Kabarett aus Bargteheide führt …", "Eine erste Radtour führt …": the subject that opens the sentence
_OFFER_SUBJECT_RE = re.compile(rf"^(?:(?:Der|Die|Das|Ein|Eine|Einen)\s+)?{_OFFER_NP}\s+(?=[a-zäöüß])")
# "mit einem Vortrag über …", "zum Familienangeltag", "ist der Vortrag …", "einen Zeichenkurs": the named object
_OFFER_OBJECT_RE = re.compile(rf"\b(?:(?:mit|bei)\s+(?:einem|einer|dem|der)|zum|zur|beim|zu\s+(?:einem|einer)|"
                              # "Atempausen bei Entspannungswanderungen": offers in the plural, without an article
                              rf"bei(?=\s+[A-ZÄÖÜ][\wäöüß-]*(?:wanderungen|touren|führungen|fahrten|kurse)\b)|"
                              rf"(?:einen|eine|ein)|"
                              # "So gibt es am 14. Mai den Tag zur Nachhaltigkeit …": what there is that day
                              rf"gibt\s+es\s+(?:(?:[^.;]|(?<=\d)\.){{0,60}}?\s)?(?:den|die|das))"
                              rf"\s+{_OFFER_NP}")
# "Ebenfalls von Lothar Heusohn ist der Vortrag Politisches Framing am 9. Januar": an event's noun after "ist der"
_OFFER_IS_RE = re.compile(rf"\bist\s+(?:der|die|das)\s+(?P<name>{EVENT_NOUN}(?![\wäöüß])(?:\s+(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?[A-ZÄÖÜ][\wäöüß-]+(?=\s+am\b))?)")
# "Angeboten wird die jeweils dreitägige Musikwerkstatt vom 25. bis 27. März": the kind a passive sentence offers
# what a body offers by its quoted name: "Die Direktion … bietet vom 1. Juli bis 31. Juli 2010 „Geocaching in the Castle“ an."
# (not a service offered since a day or from now on: "bietet seit dem 1. Januar 2027 „Onleihe Musterau“ an")
_OFFER_QUOTED_RE = re.compile(r"\bbiete[tn]\s+(?!(?:[^„“\".!?]|(?<=\d)\.){0,80}?\b(?:seit|ab\s+sofort|dauerhaft|ständig|"
                              r"kostenlos|kostenfrei)\b)(?:[^„“\".!?]|(?<=\d)\.){0,80}?[„\"](?P<name>[^„“”\"]{3,80})[“”\"]\s+an\b")
def offers_by_name(sentence: str) -> bool:
    """Whether a body offers something by its quoted name in the sentence ("… bietet … „Geocaching in the Castle“ an")."""
    return bool(_OFFER_QUOTED_RE.search(sentence))


_OFFER_PASSIVE_RE = re.compile(rf"^(?:Angeboten|Veranstaltet|Durchgeführt)\s+(?:wird|werden)\s+(?:deshalb\s+|daher\s+|nun\s+|"
                               rf"wieder\s+|auch\s+)?(?:der|die|das)\s+"
                               rf"(?:jeweils\s+)?(?:[a-zäöüß]+(?:e|en)\s+)?(?P<name>(?:{EVENT_NOUN}|[A-ZÄÖÜ][\wäöüß-]*"
                               rf"(?:[Kk]urs|[Tt]raining))(?![\wäöüß])(?:\s+für\s+[A-ZÄÖÜ][\wäöüß-]+)?)")  # ("der
#                                                         eintägige Erste-Hilfe-Kurs für Babysitter")
# "in Kooperation mit", "gemeinsam mit", "zusammen mit": who joins in, not what a sentence offers
_PARTNER_BEFORE_RE = re.compile(r"\b(?:Kooperation|Zusammenarbeit|zusammen|gemeinsam|Partner\w*|Unterstützung)\b[^.;]*$")
# what ends a name at a day, a time or a place: "… am 25. Mai", "… um 16 Uhr"
_NAME_TAIL_RE = re.compile(r"\s+(?:am|um|ab|vom|im|in|an|auf)\s*$")


OFFER_WORD_SHORTEST = 8  # "Zeichenkurs", "Heimspiel": a one-word name is a compound


# a sentence whose subject happens: "Die besonders beliebte, jährliche Kescheraktion findet diesmal am 26. Mai … statt"
SUBJECT_THAT_HAPPENS_RE = re.compile(r"^(?:Die|Der|Das)\s+(?:[a-zäöüß]+,?\s+){0,3}(?P<name>[A-ZÄÖÜ][\wäöüß-]{3,})\s+"
                                     r"find(?:et|en)\b(?:[^.!?]|(?<=\d)\.)*?\bstatt\b")
# the subject after its verb: "An den Montagen, 2., 9. und 16. September, finden in der Vegesacker Bibliothek zwei
# Qigong-Schnupperkurse statt."
SUBJECT_AFTER_ITS_VERB_RE = re.compile(
    r"\bfind(?:et|en)\s+(?P<between>(?:[\wäöüß.-]+,?\s+){0,8}?)"
    r"(?P<det>zwei|drei|vier|fünf|sechs|mehrere|einige|eine?|die|der|das)\s+(?:[a-zäöüß]{4,}e[nrs]?\s+)?"
    r"(?P<name>[A-ZÄÖÜ][\wäöüß-]{3,})(?:\s+(?:für|zur|zum)\s+[A-ZÄÖÜ][\wäöüß-]+)?\s+statt\b")
# where a day's outing goes: "Am 12. Mai geht es im Beerbusch auf eine naturkundliche Schatzsuche."
OUTING_GOES_RE = re.compile(r"\bgeht\s+es\b[^.!?]*?\b(?:auf|zu)\s+(?:eine[nrm]?|die|den|der)\s+"
                            r"(?P<name>(?:[a-zäöüß]{4,}e[nrs]?\s+)?[A-ZÄÖÜ][\wäöüß-]{3,})\s*[.!?]?$")


# a trip by where it goes: "Am Sonnabend, 9. Juni, geht die Busfahrt durch blühende Rapsfelder zu den adeligen Gütern in
# Ostholstein.", "Die zweite Fahrt geht am 23. Juni nach Schleswig.", "führt die Exkursion am 4. Mai ins Moor"
_TRIP = (r"(?!(?:An|Rück|Heim|Hin|Weiter|Durch|Ab)(?:fahrt|reise))"
         r"(?:[A-ZÄÖÜ][\wäöüß-]*(?:fahrt|reise|tour|wanderung|exkursion|ausflug)|Fahrt|Reise|Tour|Wanderung|Exkursion|Ausflug)"
         r"(?![\wäöüß-])")
TRIP_GOES_RE = re.compile(
    rf"(?:\b(?:geht|führt)\s+(?:die|der|das|eine?)\s+(?:[a-zäöüß]+e\s+)?(?P<kind>{_TRIP})"
    rf"|^(?:Die|Der|Das|Eine?)\s+(?P<adj>[a-zäöüß]+e\s+)?(?P<kind2>{_TRIP})\s+(?:geht|führt)\b)"
    r"(?:[^.!?]|(?<=\d)\.){0,80}?\s(?P<dest>(?:nach|zu[rm]?|zu\s+de[nm]|ins|in\s+die|in\s+den)\s+[^.!?,;]{3,60}?)\s*(?:[.!?,;]|$)")


_TIMETABLE_RE = re.compile(r"\b(?:vo[nm]\s+(?:der\s+)?(?:Haltestelle|Marktplatz|Bahnhof|Busbahnhof|ZOB)|Abfahrt|Ankunft|"
                           r"Haltestelle|Buslinie|Linie\s+\d|Fahrplan|Schülerfahrkarte|Fahrgäste)\b")


# where a trip ends, not where it goes: "Die Reise geht am 8. Mai zu Ende", "nach Hause", "zur Prüfung"
_NO_DESTINATION_RE = re.compile(r"(?:zu\s+Ende|nach\s+Hause|zurück|zur\s+Prüfung|zu\s+Lasten)\b")


def trip_by_its_destination(sentence: str) -> str | None:
    """"Busfahrt zu den adeligen Gütern in Ostholstein", "Zweite Fahrt nach Schleswig": a trip named by where it goes."""
    match = TRIP_GOES_RE.search(sentence.strip())
    if match is None or _TIMETABLE_RE.search(sentence) or _NO_DESTINATION_RE.match(match.group("dest")):
        return None  # (nor a bus's first run on a new line: "Die erste Fahrt geht am Montag um 6.40 Uhr vom Marktplatz …")
    kind = match.group("kind") or match.group("kind2")
    adjective = match.group("adj")
    head = f"{adjective.strip().capitalize()} " if adjective and ORDINAL_START_RE.match(adjective.capitalize()) else ""
    return f"{head}{kind} {match.group('dest').strip()}"


def named_by_its_verb(sentence: str) -> str | None:
    """What a sentence says happens, by its subject or by where its outing goes: "Kescheraktion" of "Die besonders
    beliebte, jährliche Kescheraktion findet diesmal am 26. Mai an den Spreewaldseen statt.", "Naturkundliche Schatzsuche"
    of "Am 12. Mai geht es im Beerbusch auf eine naturkundliche Schatzsuche." (not a generic "Veranstaltung")."""
    subject = SUBJECT_THAT_HAPPENS_RE.match(sentence.strip())
    if subject and subject.group("name").lower() not in GENERIC_NOUNS | PLURAL_OFFERS:
        return subject.group("name")
    after = SUBJECT_AFTER_ITS_VERB_RE.search(sentence.strip())
    if after and after.group("name").lower() not in GENERIC_NOUNS | PLURAL_OFFERS \
            and not (after.group("det") == "der" and re.search(r"[A-ZÄÖÜ][\wäöüß-]+\s+$", after.group("between"))):
        # (not a genitive's noun: "findet am 26. Mai im Rathaus der Stadt statt")
        return after.group("name")
    trip = trip_by_its_destination(sentence)
    if trip:
        return trip
    outing = OUTING_GOES_RE.search(sentence.strip())
    if outing and outing.group("name").split()[-1].lower() not in GENERIC_NOUNS | PLURAL_OFFERS:
        name = outing.group("name")
        return name[:1].upper() + name[1:]
    return None


@functools.lru_cache(maxsize=4096)  # (an appointment's name is read again to tell whether it was only offered)
def offered_name(sentence: str) -> str | None:
    """The name of what a sentence offers, for an event whose title would else be the whole sentence: "Los geht es am
    11. September mit einem Vortrag über den Künstler Alfons Mucha." -> "Vortrag über den Künstler Alfons Mucha"; "Das
    Oldie-Kabarett aus Bargteheide führt am Dienstag … auf." -> "Oldie-Kabarett aus Bargteheide"."""
    parts = sentences(sentence)
    sentence = next((part for part in parts if d.MAYBE_DATE(part) and d.find_dates(part)), parts[0] if parts else sentence)
    subject = _OFFER_SUBJECT_RE.search(sentence)
    if subject and GROUP_OR_PLACE_HEAD_RE.search(re.split(r"\s(?:über|zum|zur|zu|mit|für|aus|durch|entlang|nach|von)\s",
                                                          subject.group("name"))[0]):
        subject = None  # ("Der Spieletreff lädt am 8. April zum Rommé-Turnier": who invites, not to what)
    # (a partner is not what is offered: "in einer Kooperation des Frauennetzwerks mit dem Thalia-Kino"; what follows
    # it may be: "… in Zusammenarbeit mit dem Stadtsportbund zur Aquagymnastik … eingeladen")
    match = subject or _OFFER_IS_RE.search(sentence) or _OFFER_PASSIVE_RE.search(sentence) \
        or _OFFER_QUOTED_RE.search(sentence) or next(
        (m for m in _OFFER_OBJECT_RE.finditer(sentence)
         if not (m.group(0).startswith("mit") and _PARTNER_BEFORE_RE.search(sentence[:m.start()][-60:]))), None)
    if not match:
        return None
    name = _NAME_TAIL_RE.sub("", match.group("name")).strip()
    if sentence[match.end("name"):match.end("name") + 1] == "." and name.split()[-1].lower() in ABBREVIATIONS:
        # "ein Literaturkurs mit Dr. Alexej Beispiel zu …": who gives it, cut at the abbreviation, names nothing
        name = re.sub(r"\s+(?:über|zum|zur|zu|mit|für|aus|durch|entlang|nach|von)\s+[^\s]+$", "", name)
    if re.match(r"[a-zäöüß]+(?:e|en|er|es)\s", name):  # "ersten Radtour": the nominative a calendar writes
        first, rest = name.split(" ", 1)
        name = rest if not ORDINAL_START_RE.match(first.capitalize() + " ") else f"{first.rstrip('nrs').capitalize()} {rest}"
    if " " not in name and len(name) < OFFER_WORD_SHORTEST:
        return None  # (the sentence that dates it; a bare "Fest" or "Andacht" tells a calendar less than the sentence)
    return name[0].upper() + name[1:] if len(name.split()) <= 12 else None


def is_paragraph(text: str) -> bool:
    """Running text: long enough to hold sentences, not a label line or a list entry."""
    return len(text) >= 90 and " " in text and bool(re.search(r"[a-zäöüß]{3}[.!?:]?(?:\s|$)", text))


def _within_budget(texts: list[str]):
    """(index, line) of the running text prose readers look at: an article's first ~300,000
    characters; a page longer than that is an archive, not an announcement."""
    used = 0
    for index, text in enumerate(texts):
        used += len(text)
        if used > PROSE_BUDGET:
            return
        yield index, text


# "Die 4. Sitzung des Bildungsrats wurde verschoben. Sie findet am 16. Januar 2020 statt.": a short
# line of two sentences is running text too
TWO_SENTENCES_RE = re.compile(r"[a-zäöüß]{3}\.\s+[A-ZÄÖÜ][a-zäöüß]+\s+[a-zäöüß]+"
                              r"|^(?:Die|Der|Das|Am|Vom)\s(?:[^.!?]|(?<=\d)\.){30,}\b(?:statt|stattgefunden)\.$")  # "Die … fand am … statt."


# "Vier spannende Vorlesungen erwarten …": a series the text counts, whose items it then names by their titles alone
SERIES_COUNT_RE = re.compile(r"\b(?:[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|\d{1,2})\s+"
                             r"(?:[a-zäöüß]+e\s+)?(?=[A-ZÄÖÜ])")


# someone's words in quotes: "„Wir freuen uns …“, sagt die Leiterin", "so die Bürgermeisterin", "betonte …:"
SPEECH_RE = re.compile(r"[“\"]\s*,?\s*(?:sagt|sagte|so|betont|betonte|erklärt|erklärte|meint|meinte|ergänzt|ergänzte|freut)\b"
                       r"|\b(?:sagt|sagte|betont|betonte|erklärt|erklärte|meint|meinte|so)\s*:?\s*[„\"]")


def _kind_of_plural(noun: re.Match | None) -> str | None:
    """"Vorlesungen", "Kinder-Uni-Vorträgen": the kind of event a plural names, in the singular."""
    one = singular(noun.group("noun")) if noun else None
    return one if one and one != noun.group("noun") and EVENT_NOUN_RE.fullmatch(one) else None


def _counted_series(texts: list[str]) -> str | None:
    """The kind of a series the text counts in its first paragraphs ("Vier spannende Vorlesungen"), in the singular."""
    counted = counted_series(texts)
    return counted[1] if counted else None


COUNT_WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8}


def counted_series(texts: list[str]) -> tuple[int, str] | None:
    """How many events of which kind the text counts in its first paragraphs ("finden zwei regionale
    Fortbildungsveranstaltungen … statt": 2, "Fortbildungsveranstaltung")."""
    for text in texts[:6]:
        for count in SERIES_COUNT_RE.finditer(text[:2000]):
            kind = _kind_of_plural(PLURAL_NOUN_RE.match(text, count.end()))
            if kind:
                word = count.group(0).split()[0].lower()
                return (int(word) if word.isdigit() else COUNT_WORDS.get(word, 0)), kind
    return None


# A sentence that gives a day and, right after it, an hour is an appointment even when it names no
# event by its kind: "Am Donnerstag, 11. Juli um 10 Uhr ist das Theater Mario bei uns zu Gast. In „Alles
# meins!“ …", "Der Auftakt am Montag, 24. November, ab 18 Uhr will …". Not opening hours, a booking's or a
# deadline's hour (`lex.NOT_AN_APPOINTMENT_RE`).

# the sentence's subject, an article and up to two adjectives before it: "Der Auftakt", "ein umfangreiches
# Workshop-Programm", "Das Erzähltheater Kamishibai"
SUBJECT_NOUN_RE = re.compile(r"(?<!\bin )(?<!\bim )(?<!\ban )(?<!\bam )(?<!\bauf )(?<!\bbei )(?<!\bmit )(?<!\bvon )"
                             r"(?<!\bvor )(?<!\bzu )(?<!\bnach )(?<!\baus )(?<!\bfür )(?<!\büber )(?<!\bdurch )"
                             r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]in|[Ee]ine)\s+(?:[a-zäöüß]+e[nrs]?\s+){0,2}"
                             r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ]?[\wäöüß]+)*"
                             r"(?:-\s(?:und|oder)\s[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ]?[\wäöüß]+)*)?)")  # ("die Produkt- und Servicebörse")
NOT_A_SUBJECT_NOUN = frozenset({"Stadt", "Uhr", "Jahr", "Kinder", "Eltern", "Teilnehmenden", "Teilnehmer", "Besucher",
                                "Gäste", "Zuhörer", "Bibliothek", "Bücherei", "Schule", "Geschichte", "Thema", "Plätze",
                                "Zeit", "Woche", "Tag", "Abend", "Morgen", "Vormittag", "Nachmittag", "Mittwoch",
                                "Montag", "Dienstag", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Eintritt",
                                "Veranstalter", "Referentin", "Referent", "Leiterin", "Leiter", "Gelegenheit",
                                "Möglichkeit", "Einstieg"})


def _title_of_appointment(sentence: str, mentions: list[d.DateMention], following: str | None,
                          hour_for_all: bool = False, listing: bool = False, kind: str | None = None,
                          previous: str | None = None) -> str | None:
    """A dated sentence's appointment, named by its quoted title or its subject: when an hour follows its day, or when
    the page gives one hour for all its days (`hour_for_all`). In a round-up whose paragraphs give three days or more
    (`listing`) a day without an hour is an appointment too, named by its quoted title or by a subject that is an
    event's kind ("Über „Zwölf Wege nach Lissabon“ berichtet … am 9. September"; not "Die Logbücher müssen bis …")."""
    if lex.NOT_AN_APPOINTMENT_RE.search(sentence):
        return None
    hour = _hour_after(sentence, mentions[0].end)
    if not hour_for_all and not hour and not listing:
        return None
    for text in (sentence, following if following and not d.MAYBE_DATE(following) else None):
        quoted = QUOTE_RE.search(text) if text else None
        if quoted and 3 <= len(_quote(quoted)) <= 90 and not SPEECH_RE.search(text[max(0, quoted.start() - 40):quoted.end() + 40]) \
                and not _spoken(text, quoted):
            named = title_from_sentence(text) if listing and not hour else None
            # ("… feiert es in ihrer Vorlesung „Das Puppentheater zu Gast“": the kind the sentence gives its title)
            return named if named and _quote(quoted) in named else _quote(quoted)
    if not hour and not listing:
        return None  # (a day that takes the programme's hour is an appointment when a title of its own names it)
    subjects = [subject.group("noun") for subject in SUBJECT_NOUN_RE.finditer(sentence)
                if subject.group("noun") not in NOT_A_SUBJECT_NOUN and not known_place(subject.group("noun"))]
    named = next((noun for noun in subjects if EVENT_NOUN_RE.search(noun) or lex.EVENT_TITLE_WORD_RE.search(noun)), None)
    # ("So wird am 10. Oktober … zum gemeinsamen Halloween-Basteln eingeladen"; "… widmet sich am Samstag von 10 bis 18
    # Uhr ein großer Informationstag im Pflegestützpunkt": what it offers before a subject that names a body or a place)
    if not named and kind:
        # "Dazu sind … zahlreiche Vorspiele geplant" over "Am Mittwoch, dem 2. Juli, präsentieren sich um 17.30 Uhr die
        # Schülerinnen und Schüler der Klavierklasse …": one of the page's kind, by the class that plays it
        group = PERFORMING_GROUP_RE.search(sentence) or (
            # ("… laufen die Schüler der Klavierklasse … zu Hochtouren auf. Sie präsentieren sich am …": the class before)
            PERFORMING_GROUP_RE.search(previous) if previous and PRONOUN_SUBJECT_RE.match(sentence) else None)
        named = f"{kind} der {group.group('group')}" if group else None
    return named or offered_name(sentence) or (subjects[0] if hour and subjects else None)


# a sentence whose subject is the one the sentence before named: "Sie präsentieren sich am …"
PRONOUN_SUBJECT_RE = re.compile(r"(?:Sie|Er|Es)\s")
# a school's class or group that performs: "die Schülerinnen und Schüler der Klavierklasse", "die Violinklasse von …"
PERFORMING_GROUP_RE = re.compile(r"\b(?:der|die)\s+(?P<group>(?:[A-ZÄÖÜ][a-zäöüß]+-\s+und\s+)?[A-ZÄÖÜ][a-zäöüß]+"
                                 r"(?:klassen?|gruppen?))\b")


HOURS_OF_A_DAY_BUDGET = 6  # appointments of one day told apart by their hours
APPOINTMENT_PARAGRAPH_BUDGET = 3_000  # characters of a paragraph whose unnamed appointments are read (an article's)
# the hour a programme gives once for all its days: "Die Leseveranstaltungen beginnen jeweils um 16.30 Uhr", "Beim
# „Treffpunkt Lesetreppe“ geht es immer um 15.15 Uhr los", "gibt es immer jeweils zwei Vorlesungen, eine um 10 Uhr …"
SERIES_HOUR_RE = re.compile(r"\b(?:jeweils|immer)\b(?:[^.!?\d]|(?<=\d)\.){0,60}?\b(?P<time>(?:um|ab)\s+\d{1,2}(?:[.:]\d{2})?\s*Uhr"
                            # ("Das Programm startet jeweils um 10 Uhr und endet um 13 Uhr.")
                            r"(?:\s+und\s+ende(?:t|n)\s+(?:jeweils\s+)?(?:um|gegen)\s+\d{1,2}(?:[.:]\d{2})?\s*Uhr)?"
                            r"|(?:von\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr\s*)?(?:bis|–|-)\s*\d{1,2}(?:[.:]\d{2})?\s*Uhr)")  # ("jeweils
#                                                                 donnerstags, 16 bis 18 Uhr")


# a sentence that gives the hour of each day the sentence before lists: "Beginn ist jeweils um 19 Uhr im VHS-Saal."
START_EACH_RE = re.compile(r"(?:Beginn|Start|Los\s+geht\s+es)\s+(?:ist\s+)?jeweils\b"
                           r"|(?:Das|Der|Die)\s+[A-ZÄÖÜ][\wäöüß-]+\s+(?:beginnt|beginnen|startet|starten)\s+jeweils\b")


def _days_listed_before(text: str, at: int) -> int:
    """How many days the sentence before position `at` of a paragraph gives."""
    parts = sentences(text[:at])
    return len(d.find_dates(parts[-1])) if parts else 0


def series_hour(texts: list[str], title: str | None = None) -> str | None:
    """The hour said once for every day of a programme in running text ("um 16.30 Uhr"), if one is said; with
    `title`, also the hour a series' sentence gives when the series is the event named so."""
    found = series_hour_at(texts, title)
    return found[0] if found else None


def series_hour_at(texts: list[str], title: str | None = None) -> tuple[str, int] | None:
    """`series_hour` and the line that says it."""
    for index, text in _within_budget(texts[:60]):
        for match in SERIES_HOUR_RE.finditer(text[:APPOINTMENT_PARAGRAPH_BUDGET]):
            sentence = sentence_around(text, match.start(), match.end())
            begins = text.find(sentence, max(0, match.start() - len(sentence)))
            # ("Das Elterncafé findet jeden zweiten Donnerstag statt. Los geht es jeweils um 9.30 Uhr …": the series
            # the sentence before names)
            before = sentence_around(text, begins - 2, begins - 1).strip() if begins > 1 else ""
            if lex.NOT_AN_APPOINTMENT_RE.search(sentence) or d.find_dates(sentence):
                continue
            if EVENT_NOUN_RE.search(sentence) or PLURAL_NOUN_RE.search(sentence) or QUOTE_RE.search(sentence) \
                    or sentence.rstrip().endswith(":") and text.rstrip().endswith(":") \
                    or START_EACH_RE.match(sentence.strip()) and _days_listed_before(text, begins) >= 2:
                # ("… am 9. März, … am 12. März, sowie … am 17. März. Beginn ist jeweils um 19 Uhr": the days before)
                # (not "Die Mensa öffnet immer um 11.30 Uhr"; a lead-in over its rows is: "Gezeigt werden drei Filme,
                # jeweils ab 21.30 Uhr:")
                return _from_to(match.group("time")), index
            if START_EACH_RE.match(sentence.strip()) and begins <= 1 and index and (_days_listed_before(
                    texts[index - 1][:APPOINTMENT_PARAGRAPH_BUDGET], len(texts[index - 1][:APPOINTMENT_PARAGRAPH_BUDGET])) >= 2
                    or _days_on_lines_above(texts, index) >= 2):
                # a paragraph of its own after the one that lists the days: "… finden vom 13. bis zum 14. April und vom
                # 19. bis zum 22. April Ferienworkshops … statt. ¶ Das Programm startet jeweils um 10 Uhr …"
                return _from_to(match.group("time")), index
            subject = series_subject(before) if title else None
            if subject and subject.lower() in title.lower():
                # ("Das Elterncafé findet jeden zweiten Donnerstag statt. Los geht es jeweils um 9.30 Uhr …": the
                # series the sentence before names, for its own meetings only, not the Elternabend beside it)
                return _from_to(match.group("time")), index
    return None


def _days_on_lines_above(texts: list[str], index: int) -> int:
    """How many days the lines right above line `index` give, up to one that gives none ("Am Montag, 8. Februar, ist
    Energiesparen das Thema." / "Das Eichhörnchen steht am Dienstag, 9. Februar, im Mittelpunkt …")."""
    days = 0
    for text in reversed(texts[max(0, index - DAY_LINES_ABOVE):index]):
        found = d.find_dates(text[:APPOINTMENT_PARAGRAPH_BUDGET]) if d.MAYBE_DATE(text) else []
        if not found:
            break
        days += len(found)
    return days


DAY_LINES_ABOVE = 8


def _from_to(time: str) -> str:
    """"um 10 Uhr und endet um 13 Uhr" -> "um 10 Uhr bis 13 Uhr": the hours as a range the readers of times know."""
    return re.sub(r"\s+und\s+ende(?:t|n)\s+(?:jeweils\s+)?(?:um|gegen)\s+", " bis ", time)


def hour_of_its_paragraph(texts: list[str], index: int) -> bool:
    """Whether the hour a series' sentence says on line `index` is that paragraph's own: the paragraph dates its own
    meetings ("Unter dem Thema „Handmade“ treffen sich … jeweils um 15 Uhr. Die nächsten beiden Treffen finden am
    Dienstag, 4. November, und …"), so the hour is not that of the page's other paragraphs' days (a day to register
    by is no meeting's)."""
    text = texts[index][:APPOINTMENT_PARAGRAPH_BUDGET]
    return is_paragraph(text) and bool(d.MAYBE_DATE(text)) and any(
        not lex.DEADLINE_CUE_RE.search(text[max(0, m.start - 40):m.start]) for m in d.find_dates(text))


def page_series_hour(texts: list[str]) -> tuple[str, int | None] | None:
    """The hour said once for the page's programme, and the line whose paragraph it is confined to (None: the whole
    page's), if one is said."""
    said = series_hour_at(texts)
    return (said[0], said[1] if hour_of_its_paragraph(texts, said[1]) else None) if said else None


def hour_holds_for(texts: list[str], own_line: int | None, line: int | None) -> bool:
    """Whether the series' hour holds for an event dated on `line`: always, unless the hour is its paragraph's own
    (`own_line`) and the event stands in another paragraph of running text (another series' sentence, not a row
    of the series' dates: "Weitere Termine:" / "10. Februar 2027")."""
    return own_line is None or line is None or line == own_line or not (
        is_paragraph(texts[line]) or lex.FINITE_VERB_RE.search(texts[line][:LINE_HEAD_TEXT]))


def dated_event_sentences(texts: list[str], skip_lines: frozenset[int] | set[int] = frozenset(),
                          week: tuple[int, d.DateMention, date] | None = None) -> list[ProseMention]:
    """Every sentence of running text that gives a day and names an event, in page order; not the
    lines in `skip_lines` (the article's own posting date). With `week` (the page's one week, `PageView.week_span`),
    a sentence below it that names a bare weekday ("Am Dienstag um 11 Uhr …") gives that day of the week."""
    found = []
    series_read: list[str | None] = []  # (read once, and only for a page whose sentence needs it)
    hour_read: list[bool] = []

    def series() -> str | None:
        if not series_read:
            series_read.append(_counted_series(texts))
        return series_read[0]

    listing_read: list[bool] = []

    def listing() -> bool:  # (read once, and only for a page whose sentence needs it)
        if not listing_read:
            days = set()
            for _, text in _within_budget(texts):
                if is_paragraph(text) and d.MAYBE_DATE(text):
                    days |= {(m.day, m.month) for m in d.find_dates(text[:APPOINTMENT_PARAGRAPH_BUDGET])}
            listing_read.append(len(days) >= 3)
        return listing_read[0]

    kind_read: list[str | None] = []

    def plural_kind() -> str | None:  # (read once, and only for a page whose sentence needs it)
        if not kind_read:
            kind_read.append(_plural_kind(texts))
        return kind_read[0]

    def hour_for_all() -> bool:
        if not hour_read:
            hour_read.append(series_hour(texts) is not None)
        return hour_read[0]
    last_written: tuple[int, d.DateMention] | None = None  # (the last day a sentence wrote: "Am gleichen Tag …")
    for index, text in _within_budget(texts):
        in_week = week is not None and index >= week[0] and bool(d.BARE_WEEKDAY_RE.search(text))
        referring = last_written is not None and index - last_written[0] <= d.SAME_DAY_LINES and d.referring_back(text)
        if index in skip_lines or not d.MAYBE_DATE(text) and not in_week and not referring:
            continue
        if not is_paragraph(text) and not TWO_SENTENCES_RE.search(text) and not in_week \
                and not any(theme.search(text) for theme in THEMES_OF_A_DAY):  # (a day's theme on a line of its own)
            # (a line of a week's programme is its day's sentence: "Am Mittwoch um 15 Uhr gibt es eine Bastelstunde.")
            caption = _wrapped_caption(texts, index)
            if caption:
                found.append(caption)
            continue
        parts = sentences(text)
        for position, sentence in enumerate(parts):
            mentions = d.find_dates(sentence)
            if not mentions and in_week and (index > week[0] or text.find(sentence) > week[1].start):
                mentions = d.days_in_week(sentence, week[1], week[2])
            if not mentions and last_written and index - last_written[0] <= d.SAME_DAY_LINES:
                # "Am gleichen Tag um 11 Uhr gibt es die Stadtführung …": the day the sentence before named
                mentions = d.days_referred_back(sentence, last_written[1])
            if mentions:
                last_written = (index, mentions[-1])
            # (not an age's cut-off day: "Kinder, die bis zum 30. September das sechste Lebensjahr vollenden")
            mentions = [m for m in mentions if not lex.is_age_cut_off(sentence, m.end)
                        and not asked_of_another_day(sentence, m.start, m.end)]
            if not mentions or lex.BREAK_RE.search(sentence):
                continue  # (no day, or a break's: "Das Kinderkino macht vom 1. Juli bis 31. August Sommerpause")
            own_clauses = _clauses_with_own_events(sentence) if len(mentions) >= 2 else []
            if not own_clauses and len(mentions) >= DAY_LED_ITEMS_MIN:
                own_clauses = _day_led_items(sentence) or _programme_list_items(sentence)
            if not own_clauses and len(mentions) >= 2 and "(" in sentence:
                own_clauses = _named_days_in_brackets(sentence, series() or _plural_kind(texts)) \
                    or _series_days_in_one_bracket(sentence)
            if not own_clauses and len(mentions) >= 2:
                own_clauses = names_before_their_days(sentence)
            if own_clauses:
                # (a name a clause before already had is the same event on another day: "again")
                found.extend(ProseMention(index, clause, day, title, again=any(t == title for _, _, t in own_clauses[:i]))
                             for i, (clause, day, title) in enumerate(own_clauses))
                continue
            title = title_from_sentence(sentence, parts[position + 1] if position + 1 < len(parts) else None) \
                or (theme_of_a_programme_day(sentence, texts) if len(mentions) == 1 else None)
            if title and len(mentions) == 1 and d.said_again(sentence, mentions[0]) \
                    and 0 <= sentence.find(title.split()[0]) < mentions[0].start:
                # a day said again names what its own clause offers, not what the sentence named before it: "Kinder
                # können in der Museumswerkstatt drucken, außerdem startet am gleichen Tag um 15 Uhr eine Rätselrallye …"
                clause = clause_around(sentence, mentions[0].start, mentions[0].end)
                title = title_from_sentence(clause) or offered_name(clause) or title
            if not title and position == 0 and index and not is_paragraph(texts[index - 1]):
                title = title_from_sentence(texts[index - 1])  # "Unsere erste Thementagung" / "Am 7. Mai 2015 fand …"
            if not title and position and (ANAPHOR_RE.match(sentence) or REFERRING_NOUN_RE.search(sentence) or (
                    mentions[0].start <= 20 and lex.DAY_REFERS_BACK_RE.match(sentence[mentions[0].end:])) or (
                    (lex.HAPPENS_ANY_FORM_RE.search(parts[position - 1]) or OFFERED_BEFORE_RE.search(parts[position - 1]))
                    and not d.find_dates(parts[position - 1]))):
                # ("Zum siebten Mal finden die Sprachcamps statt. Zwei Wochen lang, vom 2. bis zum 13. August, …": the
                # sentence before says what takes place, this one when)
                # "… das 7. Spitzengespräch … Hier versammelten sich am …"; "… der Vortrag „…“. Die Referenten werden in
                # ihrer Veranstaltung am 27. September …"
                title = title_from_sentence(parts[position - 1])
            if not title and position and IN_THAT_OFFER_RE.match(sentence) and not d.find_dates(parts[position - 1]):
                # "… können Kinder im Museum … auf „Fotosafari im Ehrenhof“ gehen. In dem viertägigen Ferienkurs vom 4.
                # bis 7. Oktober …": the offer the sentence before names by its quoted name
                title = first_quoted(parts[position - 1])
            if not title and position and START_IS_RE.match(sentence):
                # "Für das Angebot „Betreuungskraft Demenz“ gibt es noch freie Plätze. Bis zum 24. August können sich
                # Interessierte anmelden. Start ist der 29. August.": the offer named a sentence or two before
                title = next((named for earlier in reversed(parts[max(0, position - 2):position])
                              for named in [quoted_title(earlier) or first_quoted(earlier)] if named), None)
            # (a quote after a place's preposition names the place: "ab 14 Uhr im „Käthe-Kollwitz-Haus“ einen Vortrag …
            # zum Thema „Augenerkrankungen“"; the next quote names the event)
            quoted = next((q for q in QUOTE_RE.finditer(sentence) if not PLACE_BEFORE_QUOTE_RE.search(sentence, max(0, q.start() - 12), q.start())
                           and not _spoken(sentence, q)), None) if not title and (series() or listing()) else None
            if quoted and len(_quote(quoted)) >= 6 and len(_quote(quoted).split()) <= 10 \
                    and not SPEECH_RE.search(sentence[max(0, quoted.start() - 40):quoted.end() + 40]) \
                    and not (not series() and (NAMED_THING_BEFORE_QUOTE_RE.search(sentence[max(0, quoted.start() - 40):quoted.start()])
                                               or NOT_AN_EVENTS_QUOTE_RE.search(sentence))):
                # (not a house's, a club's or a project's name: "im Kinder- und Jugendzentrum „Das Zentrum“")
                # "Am 8. November geht … der Frage nach: „Entweder Prinzessin oder Pirat?“" in a text of "Vier …
                # Vorlesungen": one of them, by its title; in a round-up of three days or more, by its quoted name
                # ("Am 30. Januar um 11.15 Uhr wird sich der Dozent … „Zwischen den Planeten“ umschauen")
                title = f"{series()} „{_quote(quoted)}“" if series() else _quote(quoted)
                theme_of = THEME_BEFORE_QUOTE_RE.search(sentence, max(0, quoted.start() - 20), quoted.start())
                kinds = list(EVENT_NOUN_RE.finditer(sentence, max(0, quoted.start() - THEME_NOUN_REACH), quoted.start()))
                if not series() and theme_of and kinds:
                    # "… einen Vortrag von Dr. Beispiel, Chefarzt der Augenklinik, zum Thema „Augenerkrankungen“": the talk
                    title = f"{nominative(kinds[-1].group(0))} „{_quote(quoted)}“"
            performed = PERFORMED_QUOTE_RE.search(parts[position + 1]) \
                if not title and position + 1 < len(parts) and listing() and not series() \
                and not d.MAYBE_DATE(parts[position + 1]) else None
            if performed and 3 <= len(_quote(performed)) <= 80 and len(mentions) == 1 \
                    and not _day_said_elsewhere(texts, mentions[0], sentence):
                # (not a day of a series listed before: "Die Termine: 6. Februar, 6. März, … Den Beginn am 6. Februar
                # macht A. Beispiel. Sie liest aus …")
                # "Am Montag, dem 27. Oktober um 16 kommen die Kinder auf ihre Kosten. Klaus Beispiel liest „Das magische
                # Abenteuer“ …": in a programme of days, the work the next sentence reads or shows names the day's event
                work = _quote(performed)
                title = f"Lesung „{work}“" if performed.group("verb") in ("liest", "lesen") else work
            if not title and ACTIVE_OFFER_RE.search(sentence) and len(mentions) == 1 \
                    and not re.match(r"\s*(?:Ab|Seit)\s", sentence):
                # "Am Samstag, 13. Februar, lädt der Schachclub … von 10 bis 16 Uhr zum Schnellschachturnier ins Rathaus
                # ein.", "Die Volkshochschule bietet am Dienstag … einen Vortrag über Bienen an.": what its day offers
                offered = offered_name(sentence)
                title = offered if offered and OFFER_HEAD_RE.search(offered) else None
            appointment = not title and len(text) <= APPOINTMENT_PARAGRAPH_BUDGET
            if appointment:
                title = _title_of_appointment(sentence, mentions, parts[position + 1] if position + 1 < len(parts) else None,
                                              hour_for_all=hour_for_all(), listing=listing(), kind=plural_kind(),
                                              previous=parts[position - 1] if position else None)
            if not title or lex.PRESS_BRIEFING_RE.match(title):
                continue
            if position and re.fullmatch(r"[A-ZÄÖÜ][\wäöüß]+", title) and re.match(rf"(?:Die|Der|Das)\s+{title}\b", sentence):
                # "Die 3. Bildungskonferenz im Heidekreis ist … gewidmet. Die Konferenz findet am … statt": the
                # kind alone refers back to the event the sentence before names
                title = _earlier_name_of_kind(title, parts[:position]) or title
            if PART_OF_EVENT_RE.fullmatch(title):
                whole = next((t for t in map(title_from_sentence, reversed(parts[:position])) if t and specific_name(t)), None)
                if whole and not PART_OF_EVENT_RE.fullmatch(whole):
                    title = f"{whole} – {title}"  # "Die siebte Bildungskonferenz … Die Auftaktveranstaltung wird am …"
            before = re.split(r":\s+(?=[A-ZÄÖÜ])", sentence[:mentions[0].start])[-1]  # "… anmelden: Am 23. …"
            if lex.DEADLINE_CUE_RE.search(before[-60:]) or lex.PUBLICATION_CUE_RE.search(before[-60:]) \
                    or lex.NOT_AN_EVENT_SENTENCE_RE.search(sentence) or (
                        lex.UNTIL_RE.search(before) and lex.DUTY_VERB_RE.search(sentence[mentions[0].end:])):
                continue  # (a duty's last day: "bis zum 30.06.2027 … vorlegen muss")
            day = _day_of_named_event(sentence, mentions, title)
            offered = appointment and title == offered_name(sentence)
            found.append(ProseMention(index, sentence, day, title, appointment=appointment, offered=offered))
            found.extend(ProseMention(index, sentence, later, title, appointment=appointment, again=True, offered=offered)
                         for later in _days_again(sentence, mentions, day))
    def near_a_named_day(appointment: ProseMention) -> bool:
        # ("Bildungstag am 05. und 06. November" and its "Praxistag … am 6. November ab 13.00 Uhr"; "Die Bildungskonferenz
        # … am Mittwoch, 22. September" and "Am Dienstag, 21. September um 15 Uhr wird das Catering angeliefert")
        day = _day_of_year(appointment.date.month, appointment.date.day)
        return any(not m.appointment and _day_of_year(m.date.month, m.date.day) - DETAIL_DAYS_AROUND <= day
                   <= _day_of_year(m.date.end_month or m.date.month, m.date.end_day or m.date.day) + DETAIL_DAYS_AROUND
                   for m in found)

    programme = not any(near_a_named_day(m) for m in found if m.appointment)
    if any(m.appointment for m in found) and len({(m.date.month, m.date.day) for m in found
                                                  if _gives_hour(m) or hour_for_all() or programme and not m.appointment}) < 2 \
            and not (listing_read and listing_read[0]
                     and len({(m.date.month, day) for m in found for day in m.date.days_listed or (m.date.day,)}) >= 3):
        # one such day is a detail of the page's own event ("Am Freitag, 18. November, wird von 14.30 Uhr bis 17.30 Uhr
        # … vorgelesen", its hours for setting up and for the prizes); a programme gives several days their hours, and
        # a round-up names three days or more; an appointment with its hour beside an event named on another day is
        # one of a programme's ("Am Donnerstag, 11. Juli um 10 Uhr ist das Theater … zu Gast" and "Der Bücherflohmarkt
        # … findet am Montag, 05. August statt"); a day listed with another counts as two ("am 6. und 9. Mai")
        found = [m for m in found if not m.appointment]
    return found


THEME_BEFORE_QUOTE_RE = re.compile(r"\b(?:zum|mit\s+dem|unter\s+dem)\s+(?:Thema|Titel|Motto)\s*:?\s*$")
THEME_NOUN_REACH = 200  # how far before its theme the event's noun may stand
PLACE_BEFORE_QUOTE_RE = re.compile(r"\b(?:im|ins|in\s+der|in\s+die|in\s+den|am|an\s+der|auf\s+dem|beim|vor\s+dem)\s*$")
# a quoted name right after a place, a body or a project names that, not an event: "im Jugendzentrum „Das Zentrum“",
# "der Verein „Miteinander“", "das Projekt „Lesestart“" (a book's title names the reading from it)
NAMED_THING_BEFORE_QUOTE_RE = re.compile(r"(?:zentrum|haus|halle|saal|caf[eé]|treff|schule|kita|bibliothek|bücherei|museum|"
                                         r"kirche|gemeinde|restaurant|gasthaus|gasthof|hotel|verein|projekt|programm|"
                                         r"initiative|netzwerk|bündnis|arbeitsgruppe|laden|preis|app|zeitung|ausgabe)\s*$", re.I)
# a quote that is said, called out or published, not an event's name: "forderte: „…“", "riefen … „…“", "erschien ihr
# neues Buch „…“", "erscheint die neue Ausgabe der Schülerzeitung „…“", "ging die Lern-App „…“ an den Start"
NOT_AN_EVENTS_QUOTE_RE = re.compile(r"\b(?:forderte\w*|fordern|rief|riefen|ruft|sagte\w*|betonte\w*|erklärte\w*|erschien\w*|"
                                    r"erscheint|erscheinen|veröffentlicht\w*|an\s+den\s+Start)\b|:\s*[„\"“»]")
DETAIL_DAYS_AROUND = 3  # a set-up, a delivery or a rehearsal for an event lies within days of it


# a question the text asks of a day, naming no event: "Wen genau wählen die Bürger am 1. September eigentlich?"
_QUESTION_CLAUSE_RE = re.compile(r"(?:^|[:–.!?]\s+)(?:Wen|Wer|Was|Wie|Wann|Warum|Wieso|Weshalb|Wo|Welche[rsnm]?)\s[^.!?:]*$")
QUESTION_REACH = 300  # characters a question runs on either side of its day


def asked_of_another_day(sentence: str, start: int, end: int | None = None) -> bool:
    """The day written at `start` (to `end`) lies in a question the sentence asks, and the question names no event (a
    talk's topic: "… geht den Fragen rund um die Landtagswahl nach: Wen genau wählen die Bürger am 1. September
    eigentlich?")."""
    if start < 0:
        return False
    after = sentence[end if end is not None else start:][:QUESTION_REACH]
    question_end = after.find("?")
    if question_end < 0 or re.search(r"[.!:]", after[:question_end]):
        return False
    # (a window before the day, from the last colon or dash on: a line of 200,000 characters asks no longer)
    before = sentence[max(0, start - QUESTION_REACH):start]
    opener = max(before.rfind(":"), before.rfind("–"), before.rfind("."), before.rfind("!"), before.rfind("?"))
    before = before[opener:] if opener >= 0 else before
    clause = _QUESTION_CLAUSE_RE.search(before)
    return clause is not None and not EVENT_NOUN_RE.search(clause.group(0) + after[:question_end]) \
        and not lex.EVENT_TITLE_WORD_RE.search(clause.group(0) + after[:question_end])


def _day_of_year(month: int, day: int) -> int:
    return month * 31 + day  # (an order of days, enough to tell near from far)


def _hour_after(sentence: str, day_end: int) -> re.Match | None:
    """The hour a sentence gives right after its day, within the day's clause ("am 25. Juli um 17 Uhr")."""
    hour = d.TIME_LEAD_RE.search(sentence, day_end)
    return hour if hour and hour.start() - day_end <= 40 else None


def _hour_of(mention: ProseMention) -> str | None:
    """The hour right after a sentence's day, as written."""
    hour = _hour_after(mention.sentence, mention.date.end)
    return re.sub(r"\D", "", hour.group(0)).ljust(3, "0") if hour else None


def _gives_hour(mention: ProseMention) -> bool:
    return _hour_of(mention) is not None


def _day_of_named_event(sentence: str, mentions: list[d.DateMention], title: str) -> d.DateMention:
    """"Weiter geht es am 9. April an der Grundschule …, am 26. April mit dem Europafest …": of a sentence's days,
    the one of the clause that names its event (the first, if the name is not found in it)."""
    noun = EVENT_NOUN_RE.search(title)
    at = sentence.find(noun.group(0)) if noun and len(mentions) > 1 else -1
    if at < 0 or EACH_RE.search(sentence[mentions[-1].end:at]):
        return mentions[0]  # ("am 23.09. und am 18.11. jeweils ein Crashkurs": the name is each day's)
    # (the clause's first day: "am 24.09. und 25.09.2018 zur Bundeskonferenz" starts on the 24th)
    clause_start = max((b.start() for b in NEXT_DAY_CLAUSE_RE.finditer(sentence, 0, at)), default=0)
    own = [m for m in mentions if clause_start <= m.start < at]
    if not own:
        return mentions[0]
    before = [m for m in mentions if m.start < own[0].start]
    if before and before[-1].month == own[0].month and 0 < own[0].day - before[-1].day <= 2:
        return before[0]  # ("Am 24. September und am 25. September findet die Bundeskonferenz statt": one event, two days)
    return own[0]


# "am Donnerstag, 13. November, und am Donnerstag, 27. November, wird … vorgelesen", "am 18. Mai mit A und am 28.
# September mit B": the same event again on a later day (what lies between names no event of its own)
DAY_AGAIN_BEFORE_RE = re.compile(r"^(?:[^.;:!?]|(?<=\d)\.){0,60}?,?\s+(?:und|sowie)\s+(?:dann\s+|noch\s+(?:einmal\s+)?)?"
                                 r"am\s+(?:(?:%s),?\s+(?:den\s+)?)?$" % d.WEEKDAY_NAME)
# what makes two days of a sentence one event's: "Ausweichtermin", "holen wir ihn … nach", "zweiteilige", "an beiden
# Terminen", "Teil 2"
ONE_EVENT_TWO_DAYS_RE = re.compile(r"(?i:ausweich|ersatztermin|regentermin|schlechte[mn]?\s+wetter|verschoben|verlegt|"
                                   r"nachgeholt|nachholen|nachzuholen|\bholen\b[^.]{0,40}\bnach\b|ausfallen|\bfällt\b|abgesagt|"
                                   r"zweiteilig|zweitägig|mehrteilig|beiden\s+Terminen|beide\s+Termine|\bTeil\s*\d|Modul|Kursteil|"
                                   r"(?:erste|zweite)n?\s+(?:Tag|Termin|Abend)|stattdessen|anstelle|anstatt)")
# a clause that ends before the later day ("Die Lesung findet am 20. Januar um 15 Uhr statt und am 27. Januar werden die
# Bilder … ausgestellt"): the later day is another happening's
CLAUSE_DONE_RE = re.compile(r"\b(?:statt|stattfinden|beginnt|endet|ist|sind|wird|werden|gibt|lädt|laden|ein)\b")
# "am 24. September und am 25. September": one event's two days, not two events (a day between them, "am Dienstag …
# sowie am Donnerstag", makes two)
DAYS_OF_ONE_EVENT_APART = 1


def _day_said_elsewhere(texts: list[str], day: d.DateMention, sentence: str) -> bool:
    """Whether the page gives the sentence's day in another sentence too."""
    for _, text in _within_budget(texts):
        if d.MAYBE_DATE(text) and any((m.day, m.month) == (day.day, day.month)
                                      for m in d.find_dates(text.replace(sentence, " ")[:APPOINTMENT_PARAGRAPH_BUDGET])):
            return True
    return False


def _days_again(sentence: str, mentions: list[d.DateMention], day: d.DateMention) -> list[d.DateMention]:
    """The later days a sentence gives its one event ("und am …"), each apart from the one before."""
    again, previous = [], day
    if lex.OPENING_HOURS_RE.search(sentence) or ONE_EVENT_TWO_DAYS_RE.search(sentence):
        return []  # (a house's hours on two days: "Geöffnet ist der Weltladen am … und am …"; a rain date, a day put
        #            off to another, a course in two parts)
    later_ones = mentions[mentions.index(day) + 1:] if day in mentions else []
    if day.end_day is not None and len(later_ones) == 1 and later_ones[0].end_day is not None \
            and SECOND_RUN_JOINER_RE.fullmatch(sentence[day.end:later_ones[0].start]):
        # "vom 10. bis 12. März und 31. März bis 2. April findet … ein offenes Ferienprogramm statt": held again as a
        # whole, a second run (not a course's three weekends: "27. bis 29. Januar, 10. bis 12. und 24. bis 26. Februar")
        return later_ones
    for later in later_ones:
        between = sentence[previous.end:later.start]
        if later.end_day or previous.end_day or not DAY_AGAIN_BEFORE_RE.search(between) \
                or EVENT_NOUN_RE.search(between) or QUOTE_RE.search(between) or CLAUSE_DONE_RE.search(between) \
                or (later.year or 0) != (previous.year or 0) and later.year and previous.year \
                or abs(_day_of_year(later.month, later.day) - _day_of_year(previous.month, previous.day)) <= DAYS_OF_ONE_EVENT_APART:
            break
        again.append(later)
        previous = later
    return again


# two runs of days of one event: "vom 10. bis 12. März und 31. März bis 2. April", "20. – 21. & 27. – 28.11."
SECOND_RUN_JOINER_RE = re.compile(r"\s*(?:&|und|sowie)\s+(?:vom\s+)?")
DAY_LED_ITEMS_MIN = 3
# a day's item in a sentence that lists them: "am 25. Juli eine Schachwerkstatt", "am 1. August das Planspiel „Eiscafé
# Zuckersüß“ speziell für Mädchen", "Am 17. Juli wird ein Workshop zum Entschlüsseln … angeboten"
DAY_LED_ITEM_RE = re.compile(r"\s*(?:[,:]\s*)?(?:wird|werden|gibt\s+es|steht|stehen|folgt|folgen)?\s*"
                             r"(?:ein|eine|einen|das|der|die|den)\s+(?:weitere[rsn]?\s+|neue[rsn]?\s+|zweite[rsn]?\s+)?"
                             r"(?P<name>[A-ZÄÖÜ][\wäöüß-]*(?:\s+„[^“”]{2,60}[“”])?"
                             r"(?:\s+(?:für|zu|zum|zur|über)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\wäöüß-]*)?)")


def _day_led_items(sentence: str) -> list[tuple[str, d.DateMention, str]]:
    """"Am 17. Juli wird ein Workshop … angeboten, am 25. Juli eine Schachwerkstatt, am 30. Juli eine Teddy-Klinik, …": a
    sentence that lists three days or more, each followed by its own item, names one event a day; events in kind (an
    event's noun or a quoted name) for two of them at least, not a list of places or bodies."""
    found = []
    for clause in NEXT_DAY_CLAUSE_RE.split(sentence):
        days = d.find_dates(clause)
        if len(days) != 1 or days[0].end_day is not None:
            return []
        item = DAY_LED_ITEM_RE.match(clause, days[0].end)
        if not item or known_place(item.group("name").split()[0]):
            return []
        found.append((clause, days[0], item.group("name")))
    named = sum(1 for _, _, name in found if EVENT_NOUN_RE.search(name) or QUOTE_RE.search(name))
    return found if len(found) >= DAY_LED_ITEMS_MIN and named >= 2 and len({n for _, _, n in found}) == len(found) else []


# a programme listed after its colon, each item opening with its day: "Das weitere Programm: 11. Dezember Adventsfeier für
# Jung und Alt mit dem Seniorinnenchor, 15. Januar Vorträge „Mobilität für Senioren“ …, 12. Februar Drehorgelorchester"
# (a programme's own words before the colon; not "Abfuhrtermine", "Ferientermine", "Sonderangebote", "Abgabetermine")
PROGRAMME_LIST_LEAD_RE = re.compile(r"(?i:programm|veranstaltungen|vorträge)[^:]{0,40}$")
PROGRAMME_ITEM_RE = re.compile(rf"(?::\s+|[,;]\s+(?:und\s+)?|\s+und\s+)(?=[0-3]?\d\.\s*(?:{d.MONTH_NAME})\.?(?:\s+(?:19|20)\d\d)?"
                               rf"\s+[„\"A-ZÄÖÜa-zäöü])")
# where an item's name ends: its guests, its second part, its speaker in brackets ("… sowie Bericht von …", "(Michael …)")
PROGRAMME_ITEM_NAME_END_RE = re.compile(r"\s+(?:sowie|und\s+über)\s|\s+\(|\s+[-–]\s")


def _programme_list_items(sentence: str) -> list[tuple[str, d.DateMention, str]]:
    """Each item of a programme listed after a colon, its day first: one event an item, named by what follows its day
    up to its guests ("Adventsfeier für Jung und Alt" of "… mit dem Seniorinnenchor …") or by its quoted name. Not a
    list of closing days, deadlines or collections, and not one whose days are partly without the year the others give
    (which year follows a December is the line reader's to tell)."""
    parts = PROGRAMME_ITEM_RE.split(sentence)
    if len(parts) <= DAY_LED_ITEMS_MIN or not PROGRAMME_LIST_LEAD_RE.search(parts[0]) \
            or any(lex.CLOSURE_RE.search(part) or lex.DEADLINE_CUE_RE.search(part) or lex.NOTICE_DAY_RE.search(part)
                   for part in parts):
        return []
    found = []
    for item in parts[1:]:
        days = d.find_dates(item)
        if not days or days[0].start != 0 or days[0].end_day is not None:
            return []
        name = _programme_item_name(item[days[0].end:])
        if not name:
            return []
        found.append((item, days[0], name))
    if len({day.year is None for _, day, _ in found}) > 1:
        return []
    return found


def _programme_item_name(words: str) -> str | None:
    words = words.strip(" .,;")
    quoted = QUOTE_RE.search(words)
    if quoted and len(words[:quoted.start()].split()) <= 1:  # ("„Wege über das Wasser“ - Vortrag …", "Vorträge „…“")
        return quoted.group(0).strip("„“\"»«")
    name = PROGRAMME_ITEM_NAME_END_RE.split(words, maxsplit=1)[0]
    with_guests = re.search(r"\s+mit\s+(?:de[mnr]|ihre[mnr]?|seine[mnr]?)\s", name)
    if with_guests and len(name[:with_guests.start()].split()) >= 3:
        name = name[:with_guests.start()]  # ("Adventsfeier für Jung und Alt" without its choirs; "Singen mit dem Chor" keeps it)
    name = name.strip(" .,;")
    return name if 3 <= len(name) <= 120 else None


# where a sentence passes to its next day: "…, am 20. April mit dem Europafest … und am 27. April …"
NEXT_DAY_CLAUSE_RE = re.compile(r",\s+(?:und\s+|sowie\s+)?(?=am\s+\d)|\s+(?:und|sowie)\s+(?=am\s+\d)")


EARLIER_SENTENCES_BUDGET = 40  # sentences back a bare kind ("Die Konferenz findet am … statt") is looked up in


def _earlier_name_of_kind(kind: str, earlier: list[str]) -> str | None:
    """The fuller name an earlier sentence of the paragraph gives the kind: "Die 3. Bildungskonferenz im Heidekreis
    …" for "Die Konferenz". Only the last few sentences: a paragraph of thousands of them must not cost their square."""
    for sentence in reversed(earlier[-EARLIER_SENTENCES_BUDGET:]):
        name, noun = _name_and_kind(sentence)
        if name and name != kind and noun and noun.endswith(kind.lower()):
            return name
    return None


@functools.lru_cache(maxsize=4096)  # (each sentence is looked back at by the forty after it)
def _name_and_kind(sentence: str) -> tuple[str | None, str | None]:
    """The event's name a sentence gives and its event noun in the nominative, lower case."""
    name = title_from_sentence(sentence)
    noun = EVENT_NOUN_RE.search(name or "")
    return name, nominative(noun.group(0)).lower() if noun else None


# "Die Mitgliederversammlung (2./3. April) entfällt, die nächste Mitgliederversammlung findet am 26./27. November
# statt": a clause that starts with its own article names its own event on its own day
# (and after a conjunction: "…, während die Kinderhochschule am 4. Februar mit „…“ in die FBS geht")
_CLAUSE_START_RE = re.compile(r"[;,]\s+(?:(?:während|wogegen|bevor|ehe)\s+)?"
                              r"(?=(?:die|der|das)\s+(?:[a-zäöüß]{3,}e[nrs]?\s+)?[A-ZÄÖÜ])")  # not "…, der die …"


def _clauses_with_own_events(sentence: str) -> list[tuple[str, d.DateMention, str]]:
    """(clause, its first day, its event's name) for each clause of the sentence that names its own event."""
    named = []
    for clause in _CLAUSE_START_RE.split(sentence):
        days = d.find_dates(clause)
        title = title_from_sentence(clause) if days else None
        if title and not lex.PRESS_BRIEFING_RE.match(title) and not lex.NOT_AN_EVENT_SENTENCE_RE.search(clause) \
                and not lex.DEADLINE_CUE_RE.search(clause[:days[0].start][-60:]):
            named.append((clause, days[0], title))
    return named if len(named) >= 2 and len({title for _, _, title in named}) == len(named) else []


# a name that its own day follows: "Neben Veranstaltungen wie dem Eltern-Kind-Survival Nachmittag am 16. März und der City
# Nature Challenge am 27. April ist … die Übernachtung zum langen Tag der Stadtnatur am 25./26. Mai …": the noun phrase an
# article opens, right before "am"/"vom" and its day, in lower case only its adjectives and its little words
_DAY_AFTER_NAME_RE = re.compile(r"(?:,\s+(?:schon|bereits|dann))?\s(?:am|vom)\s+(?:[A-ZÄÖÜ][a-zäöüß]+\.?,?\s+(?:den\s+|dem\s+)?)?$")
_ARTICLE_BEFORE_NAME_RE = re.compile(r"(?<![\wäöüß])(?:dem|der|die|den|das|einem|einer|eines|einen|ein|eine|zum|zur|beim)\s+"
                                     r"(?=(?:[a-zäöüß]+(?:e|en|er|es)\s+)?[A-ZÄÖÜ„])")
_NAME_WORD_RE = re.compile(r"[A-ZÄÖÜ„“\"][^\s]*|[a-zäöüß]+(?:e|en|er|es)|\d{1,2}\.")


def _name_before_its_day(before: str) -> tuple[int, str] | None:
    """(where it starts, the name) of the noun phrase that ends right before a day's "am": the first article after which
    the words up to "am" are a name (its nouns, its adjectives and its little words: no verb, no clause)."""
    lead = _DAY_AFTER_NAME_RE.search(before)
    if lead is None:
        return None
    before = before[:lead.start()]
    quoted = QUOTED_AT_END_RE.search(before)
    if quoted:  # a programme's title in quotes: "„Clever in Rente! Früher – aber wie?“ am 26. September"
        return quoted.start(), _quote(quoted)
    for article in _ARTICLE_BEFORE_NAME_RE.finditer(before):
        words = before[article.end():].split()
        # (a lower-case word is a little word or an adjective before a capital: "zum langen Tag", not a verb, "spielen")
        adjective_first = len(words) >= 2 and _NAME_WORD_RE.fullmatch(words[0]) and words[0].islower() \
            and words[1][0].isupper()  # ("ein ökumenischer Gottesdienst am …")
        if 1 <= len(words) <= NAME_BEFORE_DAY_WORDS and (words[0][0].isupper() or words[0][0] in "„\"" or adjective_first) \
                and all(word.lower() in NAME_LITTLE_WORDS or word[0].isupper() or word[0] in "„“\"" or
                        _NAME_WORD_RE.fullmatch(word) and position + 1 < len(words) and words[position + 1][0].isupper()
                        for position, word in enumerate(words)) and not words[-1].lower() in NAME_LITTLE_WORDS:
            name = " ".join(words)
            return article.end(), name[0].upper() + name[1:]
    return None


NAME_BEFORE_DAY_WORDS = 10
NAME_LITTLE_WORDS = lex.FUNCTION_WORDS | {"zu"}  # ("ein Vortrag zum Energiesparen zu Hause am …")
QUOTED_AT_END_RE = re.compile(rf"{QUOTE}\s*$")


def names_before_their_days(sentence: str) -> list[tuple[str, d.DateMention, str]]:
    """Each day of a sentence named by the phrase right before it ("der City Nature Challenge am 27. April"), for two
    days or more that are each so named: an event each."""
    if lex.DEADLINE_CUE_RE.search(sentence) or lex.NOT_AN_EVENT_SENTENCE_RE.search(sentence) or _closing_days(sentence):
        return []
    days = d.find_dates(sentence)
    found = []
    for position, day in enumerate(days):
        since = days[position - 1].end if position else 0
        named = _name_before_its_day(sentence[since:day.start])
        if named is None:
            return []
        start, name = named
        if name[:1] in "„\"" and not re.search(r"[“”\"]$", name):
            name = re.sub(r"[„“”\"]", "", name)  # ("„Tag der offenen Tür“ in der Beratungsstelle": one name)
        following = days[position + 1].start if position + 1 < len(days) else len(sentence)
        name = re.sub(r"^Langen(?=\s+Nacht\b)", "Lange", name)  # ("der ersten „Langen Nacht der Volkshochschulen“")
        found.append((sentence[since + start:following], day, name))
    # each a happening by its word ("Survival Nachmittag") or a name of several words ("City Nature Challenge"), not a
    # church, an audience or a sale ("in der Marienkirche am 3. Mai", "die Fortgeschrittenen am 24. April", "Verkaufsstart")
    happenings = all(EVENT_NOUN_RE.search(name) or OFFER_HEAD_RE.search(name) or QUOTE_RE.search(name)
                     or lex.DAY_OF_NAME_RE.search(name)  # ("Langen Nacht der Volkshochschulen": "Langen" is a town too)
                     or len(name.split()) >= 2 and not lex.VENUE_NOUN_RE.search(name.split()[0])
                     and not known_place(name.split()[0]) and name.split()[0] not in NOT_A_SUBJECT_NOUN
                     for _, _, name in found)
    return found if len(found) >= 2 and happenings and len({n for _, _, n in found}) == len(found) else []


# a programme's topic and its day: '"Was ist eigentlich sozial?" (26. Oktober)', '„Glocken: Klingen sie noch?“ (14. Dezember)';
# a round-up's names with their days in brackets: "Ob 'Rechtsfragen in der Jugendarbeit' (10. April) oder …", "'Spiele ohne
# Grenzen' für Freizeiten (10. Juli)", "das traditionelle Richtlinienseminar (21. Juli)" (the name's own words before the
# bracket, straight single quotes too: a page's „…“ that an export flattened)
NAMED_DAY_IN_BRACKETS_RE = re.compile(rf"(?:{QUOTE}|(?<![\wäöüß])'(?P<q6>[^'\n]{{3,80}})'(?![\wäöüß]))"
                                      rf"(?:[^()„“\"'.;:!?]{{0,60}}?)\s*\((?P<day>[^()]{{4,40}})\)"
                                      rf"|(?<![\wäöüß-])(?P<noun>(?:\d{{1,2}}-)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*"
                                      # ("ein Erste-Hilfe-Kurs am Kind (24. April)": the course and what it is about)
                                      rf"(?:\s(?:am|für|zum|zur)\s[A-ZÄÖÜ][a-zäöüß]+(?=\s*\())?)\s*\((?P<noun_day>[^()]{{4,40}})\)")


PLURAL_HEAD_RE = re.compile(r"(?:(?<=ung)|(?<=eit)|(?<=ahrt)|(?<=our))en$")
BRACKET_NAME_REACH = 120  # how far before its bracket a happening's name may begin

# a street, a room or a building, a day off: no event's name before a bracketed day
BRACKETED_NOT_A_NAME_RE = re.compile(r"(?:weg|straße|platz|gasse|allee|ring|tag|haus|saal|halle|raum|zimmer|schule|"
                                     r"bücherei|bibliothek|Kind|Kinder)$")
# (a place's or a day's preposition: "am Kind", "im Rathaus"; not "beim Zeltlager (12. Juli)", where one takes part)
PREPOSITION_BEFORE_RE = re.compile(r"\b(?:am|im|an|in|auf|ins|ans)\s+$", re.IGNORECASE)
# what may stand in a bracket before its day: ages, a price, a weekday ("(6 bis 12 Jahre, 13. Juli)", "(3 Euro, 6. Februar)";
# not "(80, 12. Januar)", "(ab 14. Mai)", "(geb. 3. Mai 1921)", "(erscheint am 12. März)")
_BRACKET_LEAD = (r"(?:\d{1,2}\s*(?:bis|-|–)\s*\d{1,2}\s*Jahren?|ab\s+\d{1,2}\s*Jahren?|\d+(?:,\d\d)?\s*(?:Euro|€)"
                 r"|für\s+[A-ZÄÖÜ]?[a-zäöüß]+(?:\s+[a-zäöüß]+)?)")
BRACKET_LEAD_RE = re.compile(rf"{_BRACKET_LEAD}(?:\s*[,;]\s*{_BRACKET_LEAD})*")


# the name a bracketed day closes, from the happening it names on: "die Führungen durch die Ausgrabungen unter dem Kölner
# Dom (25. September)", "eine Fahrt in das Jugendcamp Kaub (7. bis 16. August)", "der Kochfreizeit für Zehn- bis 14-Jährige
# (28. bis 30. März)" (a trip's or a holiday camp's heads besides what a sentence offers)
_BRACKET_HEAD = rf"(?:{OFFER_HEAD}|(?:[A-ZÄÖÜ][\wäöüß]*-)*(?:[A-ZÄÖÜ][\wäöüß]*)?(?i:freizeit|freizeiten|besuch|reise|reisen|camp|lager|rundgang|rundgänge))"
_MODIFIER = (r"\s+(?:(?:über|zum|zur|zu|mit|für|aus|durch|entlang|nach|von|in|im|ins|unter|auf|an|bei|beim|als|und)\s+"
             r"(?:(?:der|die|das|dem|den|des|ein|eine|einem|einer|ihre|ihren|seine|seinen)\s+)?|(?:der|des|einer|eines)\s+)"
             r"(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
             r"[A-ZÄÖÜ0-9][\wäöüß-]*(?:\s+(?:bis\s+)?[A-ZÄÖÜ0-9][\wäöüß-]*){0,3}")
NAME_BEFORE_BRACKET_RE = re.compile(rf"(?<![\wäöüß-])(?P<name>{_BRACKET_HEAD}(?:{_MODIFIER}){{0,4}})$")
# the ages it is for, right before the bracket: "für Kinder ab sechs Jahren", "von neun bis zwölf Jahren"
AGES_AT_END_RE = re.compile(r"(?:\s+für\s+[A-ZÄÖÜ][\wäöüß-]*)?\s+(?:ab|von|zwischen)\s+\S+(?:\s+(?:bis|und)\s+\S+)?\s+Jahren$")
# whom it is for, which a reader leaves out of its name: "für Sechs- bis Zehnjährige und ihre Eltern"
AUDIENCE_RE = re.compile(r"\s+für\s+(?:\S+\s+){0,3}?\S*(?:[Jj]ährige|Kinder|Jugendliche|Eltern|Familien|Senior|Schüler|"
                         r"Erwachsene|Mädchen|Jungen|Teilnehmende|Frauen|Männer|Anfänger)\w*(?:\s+und\s+\S+\s+\S+)?$")


def _name_before_bracket(sentence: str, noun_end: int) -> tuple[int, str] | None:
    """(where it starts, its name): the happening a bracketed day closes, with the words that say where and what
    ("Fahrt in das Jugendcamp Kaub"), without whom it is for."""
    reach = max(0, noun_end - BRACKET_NAME_REACH)
    before = sentence[reach:noun_end]
    before = AGES_AT_END_RE.sub("", before)  # ("ein Bastelnachmittag für Kinder ab sechs Jahren (29. Juli)")
    match = NAME_BEFORE_BRACKET_RE.search(before)
    if match is None:
        return None
    name = AUDIENCE_RE.sub("", match.group("name"))
    head = name.split()[0]
    return reach + match.start("name"), _one_of(head) + name[len(head):]


def _one_of(head: str) -> str:
    """A happening's noun in the singular, as a calendar names each day's: "Führungen" -> "Führung", "Eltern-Kind-Freizeiten"
    -> "Eltern-Kind-Freizeit"."""
    one = singular(head)
    return one if one != head else PLURAL_HEAD_RE.sub("", head)


AGE_NOUN_RE = re.compile(r"^(?:Jahren|\d*-?[Jj]ährige[n]?)$")  # (an age, "ab sechs Jahren (29. Juli)", names nothing)
TRIP_AFTER_AUF_RE = re.compile(r"\bauf\s+$")  # ("gehen wir auf Jugendfahrt nach Sylt (…)": where one goes, no place's "auf")
WEEKDAY_HEAD_RE = re.compile(r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)")
# the holidays a trip goes in, no closing: "In der zweiten Hälfte der Sommerferien gehen wir auf Jugendfahrt …"
HOLIDAY_TIME_RE = re.compile(r"\b(?:in\s+den|der|den)\s+(?:Sommer|Oster|Herbst|Winter|Pfingst|Faschings|Weihnachts)ferien\b"
                             r"|\bin\s+den\s+(?:[a-zäöüß]+\s+){0,2}Ferienwochen\b")  # ("in den letzten beiden Ferienwochen")


def _closing_days(sentence: str) -> bool:
    """A sentence of days off ("geschlossen: Rosenmontag (8. Februar) …", "unsere Ferienzeiten: …"), not one that
    only names the holidays its trips go in."""
    return any(not (closed.group(0).lower() == "ferien" and any(
                   holiday.start() <= closed.start() < holiday.end()
                   for holiday in HOLIDAY_TIME_RE.finditer(sentence, max(0, closed.start() - 40), closed.end() + 10)))
               for closed in lex.CLOSURE_RE.finditer(sentence)) or bool(lex.status_of(sentence))


# a series named before a clause that says it recurs, its days in one bracket: "beim Action-Donnerstag, der immer am
# letzten Donnerstag im Monat (31. Januar; 28. Februar; 28. März, jeweils 16.30 bis 18 Uhr) … stattfindet"
SERIES_BEFORE_BRACKET_RE = re.compile(r"\b(?:beim|zum|zur|der|die|das|den)\s+(?P<name>[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ]?[\wäöüß]+)*)"
                                      r"\s*,\s*(?:der|die|das)\s+(?:immer|jeweils|stets|regelmäßig)\b[^()]{0,80}\((?P<days>[^()]{8,200})\)")


def _series_days_in_one_bracket(sentence: str) -> list[tuple[str, d.DateMention, str]]:
    """Each day a bracket lists of a series named before it: one event a day, under the series' name."""
    match = SERIES_BEFORE_BRACKET_RE.search(sentence)
    if match is None or lex.DEADLINE_CUE_RE.search(sentence) or _closing_days(sentence):
        return []
    name = match.group("name")
    if name in NOT_A_SUBJECT_NOUN or not (EVENT_NOUN_RE.search(name) or lex.WEEKDAY_RE.search(name)
                                          or lex.EVENT_TITLE_WORD_RE.search(name)):
        return []
    days = [day for day in d.find_dates(sentence) if match.start("days") <= day.start < match.end("days")]
    if len(days) < 2 or any(day.end_day is not None for day in days):
        return []
    return [(sentence, day, name) for day in days]


def _named_days_in_brackets(sentence: str, kind: str | None) -> list[tuple[str, d.DateMention, str]]:
    """"Auf dem Vorlesungsplan stehen die Themen "…" (26. Oktober), "…" (23. November) und "…" (14. Dezember)": each
    quoted topic with its day in brackets is one event of the text's kind (or of its own name, when the text names no
    kind); so is a noun right before its day ("ein Erste-Hilfe-Kurs (24. Juni)") among such names."""
    found = []
    if _closing_days(sentence) or lex.DEADLINE_CUE_RE.search(sentence):
        # ("geschlossen: Rosenmontag (8. Februar), Brückentag (14. Mai) …": days off, not events; but the holidays a
        # trip goes in are no closing: "In der zweiten Hälfte der Sommerferien gehen wir auf Jugendfahrt nach Sylt
        # (15. bis 29. August)", while the days off themselves, "Herbstferien (12. Oktober)", are no names)
        return found
    for match in NAMED_DAY_IN_BRACKETS_RE.finditer(sentence):
        bracket = match.group("day") or match.group("noun_day")
        days = d.find_dates(bracket)
        if not days or not days[0].day or not days[0].month:
            continue
        lead = bracket[:days[0].start].strip().rstrip(",;").strip()
        if lead and not BRACKET_LEAD_RE.fullmatch(lead):
            continue  # (a birthday's age, a founding, a road's closing from, a book's release: no event's day)
        noun = match.group("noun")
        head = noun.split()[0] if noun else None
        # (a happening named before its bracket, with where it goes: "eine Fahrt in das Jugendcamp Kaub (7. bis 16. August)";
        # its own head is what must name a happening, the bracket's last word may be the place it goes to)
        named = _name_before_bracket(sentence, match.end("noun")) if noun else None
        name = named[1] if named else None
        if named and named[0] < match.start("noun"):
            head = name.split()[0]
        # (a noun names the day's event: "ein Erste-Hilfe-Kurs (24. Juni)"; not a preposition's object, "am Brückentag
        # (14. Mai)", "im Rathaus (3. Mai)", "am Kind (24. April)", nor a street, a room, a day off or a weekday's
        # afternoon, "Mittwochnachmittag (30. Juli)")
        named_from = named[0] if named else match.start()
        if noun and (head in NOT_A_SUBJECT_NOUN or d.MONTHS.get(head.lower()) or known_place(head) or AGE_NOUN_RE.search(head)
                     or BRACKETED_NOT_A_NAME_RE.search(head) and not EVENT_NOUN_RE.fullmatch(head)
                     or WEEKDAY_HEAD_RE.match(head) or lex.PUBLIC_HOLIDAY_RE.match(head)
                     or PREPOSITION_BEFORE_RE.search(sentence, max(0, named_from - 12), named_from)
                     and not (named and TRIP_AFTER_AUF_RE.search(sentence, max(0, named_from - 12), named_from))):
            continue
        if noun and (lex.DEADLINE_CUE_RE.search(name or noun) or lex.CLOSURE_RE.search(name or noun)):
            continue
        quoted = (_quote(match) or match.group("q6") or "").strip() if not noun else ""
        title = (name or noun) if noun else (f"{kind} „{quoted}“" if kind else quoted)
        found.append((sentence, days[0], title))
    return found if len(found) >= 2 else []


def _plural_kind(texts: list[str]) -> str | None:
    """The first kind of event the text's opening names in the plural ("an den Kinder-Uni-Vorträgen teilnehmen"),
    in the singular."""
    for text in texts[:6]:
        for noun in PLURAL_NOUN_RE.finditer(text[:3000]):
            kind = _kind_of_plural(noun)
            if kind and kind.lower() not in GENERIC_NOUNS:
                return kind
    return None


# the theme a programme's day is given: "Am Donnerstag, 14. April, ist Abfallvermeidung das Thema.", "Die Erdhummel
# steht am Dienstag, 19. April, im Mittelpunkt des Programms.", "Am Donnerstag, 21. April, dreht sich alles um Pilze."
_THEME = r"(?P<theme>[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:und|&)\s+[A-ZÄÖÜ][\wäöüß-]+)?)"
_DAY_WORDS = r"(?:[^.!?]|(?<=\d)\.){0,60}?"
THEMES_OF_A_DAY = tuple(re.compile(pattern) for pattern in (
    rf"\b(?:ist|sind)\s+(?:(?:die|der|das)\s+)?{_THEME}\s+das\s+Thema\b",
    rf"\bgeht\s+es\s+um\s+(?:(?:die|den|das)\s+)?{_THEME}(?=\s*[,.!]|$)",
    rf"^(?:(?:Der|Die|Das)\s+)?{_THEME}\s+steh(?:t|en)\s+{_DAY_WORDS}\bim\s+(?:Mittelpunkt|Fokus)\b",
    rf"\bsteh(?:t|en)\s+(?:(?:die|der|das)\s+)?{_THEME}\s+im\s+(?:Mittelpunkt|Fokus)\b",
    rf"\bwidm(?:et|en)\s+sich\s+(?:[^.!?]|(?<=\d)\.){{0,60}}?\bdem\s+Thema\s+{_THEME}",
    rf"\bdreht\s+sich\s+(?:alles|der\s+Tag)\s+um\s+(?:die\s+|den\s+|das\s+)?{_THEME}"
    rf"(?=\s*[.!]|$|\s+(?:am|im|in|an)\s+[A-ZÄÖÜ][\wäöüß-]+\s*[.!]|\s+und\b)"))


def theme_of_a_programme_day(sentence: str, texts: list[str]) -> str | None:
    """A programme of days of one kind ("… finden vom 13. bis zum 22. April Ferienworkshops für Kinder … statt"), one
    day named by its theme: "Ferienworkshop: Abfallvermeidung"."""
    match = next((m for m in (theme.search(sentence) for theme in THEMES_OF_A_DAY) if m), None)
    if match is None or not d.MAYBE_DATE(sentence) or not d.find_dates(sentence):
        return None
    kind = _plural_kind(texts)
    return f"{kind}: {match.group('theme')}" if kind else None


def _wrapped_caption(texts: list[str], index: int) -> ProseMention | None:
    """"Zweites Dialogforum des Landkreises" / "Weißenburg-Gunzenhausen am 30.09.2013": a caption (of a
    photo in a brochure) wrapped over two lines names an event and its day."""
    text = texts[index]
    if len(text) > 120 or not re.search(r"\bam\s+\d", text):
        return None
    if re.match(rf"(?:\d{{1,2}}\.\s+|(?:Erst|Zweit|Dritt|Viert|Fünft)e[srn]?\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?{EVENT_NOUN}\s", text):
        caption = text  # on one line: "Zweites Dialogforum der Stadt … am 26.11.2013"
    else:
        above = texts[index - 1] if index else ""
        if len(text) > 90 or not above or len(above) > 90 or above.rstrip().endswith((".", "!", "?", ":", ",")) \
                or not re.match(r"[A-ZÄÖÜ]", above) or not EVENT_NOUN_RE.search(above) or d.find_dates(above):
            return None
        caption = f"{above} {text}"
    mentions = d.find_dates(caption)
    title = phrase_title(caption) if mentions else None
    return ProseMention(index, caption, mentions[0], title) if title else None


# the opening or closing part of a larger event: named after the event it belongs to
PART_OF_EVENT_RE = re.compile(r"(?:Auftakt|Abschluss|Eröffnungs|Start)(?:veranstaltung|treffen|konferenz)?|Kick-?[Oo]ff")


def name_key(name: str) -> str:
    """A name's words in lower case, without its punctuation: what two spellings of one name share."""
    return re.sub(r"\W+", " ", name.lower()).strip()


def same_name(a: str, b: str) -> bool:
    na, nb = name_key(a), name_key(b)
    return na in nb or nb in na


ORDINAL_START_RE = re.compile(r"(?:\d{1,2}\.|(?:Erst|Zweit|Dritt|Viert|Fünft|Sechst|Siebt|Acht|Neunt|Zehnt)e[rsn]?)\s")


def _ordinal(title: str) -> str | None:
    match = ORDINAL_START_RE.match(title)
    return match.group(0).strip().lower() if match else None


DISTINCT_BUDGET = 150  # dated sentences of running text told apart; no article announces more events


def refers_back(mention: ProseMention) -> bool:
    """The mention's day is one said again ("Am gleichen Tag um 11 Uhr …"): another event's than the day's first."""
    return d.said_again(mention.sentence, mention.date)


def distinct(found: list[ProseMention], host=None) -> list[ProseMention]:
    """One mention per event: the same day or the same name again is the same event
    ("bei der Lüneburger Bildungskonferenz am 5. September" … "der Bildungskonferenz am
    Donnerstag, 5. September, ab 15.30 Uhr"). `host` reads who holds a sentence's event: two sentences that
    name two hosts are two events, on one day and under one name ("Das Gymnasium … lädt am 8. Januar zum Tag der
    offenen Tür", "Die Stadtteilschule … lädt am 8. Januar zum Tag der offenen Tür")."""
    kept: list[ProseMention] = []
    found = found[:DISTINCT_BUDGET]  # (each is compared with those kept: a page of thousands would cost their square)
    hosts: dict[int, str | None] = {}
    host_of_line: dict[int, str] = {}
    for mention in found:  # (a paragraph's later sentence, "Am 17. Februar findet … statt", is its host's too)
        own = host(mention.sentence) if host else None
        if own:
            host_of_line[mention.line] = own
        hosts[id(mention)] = own or host_of_line.get(mention.line)

    def two_hosts(a: ProseMention, b: ProseMention) -> bool:
        first, second = hosts[id(a)], hosts[id(b)]
        if first and second:  # ("Volkshochschule Musterau" and "Volkshochschule" are one)
            return not (first == second or first.startswith(second + " ") or second.startswith(first + " "))
        # a host's day and another day on which the page says, with no host, that its like takes place ("Am 22. Januar
        # öffnet auch das Rosenkolleg seine Türen …"): two (not "… melden sich bitte bis 10. April zum … an")
        hostless = b if first else a
        return bool(first or second) and (a.date.day, a.date.month) != (b.date.day, b.date.month) and bool(
            lex.HAPPENS_ANY_FORM_RE.search(hostless.sentence) or OPEN_DOORS_RE.search(hostless.sentence)
            or re.search(r"\b(?:auch|ebenfalls)\b", hostless.sentence))

    def same_day(a: d.DateMention, b: d.DateMention) -> bool:  # (2 November 2016 and 2 November 2017 are two)
        return (a.day, a.month) == (b.day, b.month) and (a.year is None or b.year is None or a.year == b.year)

    def two_hours(a: ProseMention, b: ProseMention) -> bool:
        # "… am Montag, 26. September, um 15 Uhr …" and "… am Montag, 26. September, um 18 Uhr": two appointments of one
        # day, unless the same name comes again
        if a.appointment or b.appointment:
            return False  # (a meeting at 9 and a snack at 13 are one clean-up day)
        first, second = _hour_of(a), _hour_of(b)
        return bool(first and second and first != second and not same_name(a.title, b.title))

    round_up = len({(m.date.day, m.date.month) for m in found if _day_led(m)}) >= ROUND_UP_DAYS

    def another_that_day(a: ProseMention, b: ProseMention) -> bool:
        # "Am gleichen Tag ist auch der Oma-und-Opa-Tag": said of the day before, under a name of its own, one more event
        return (refers_back(a) or refers_back(b)) and not same_name(a.title, b.title)

    def span_and_its_day(a: ProseMention, b: ProseMention) -> bool:
        # "vom 12. – 14. Oktober … die 4. Schweriner Seniorentage" and "Bei der Auftaktveranstaltung am 12. Oktober,
        # 15.00 – 17.00 Uhr …": the days held together, and an event of their first day with its own name and hours
        # (or a round-up's item led by its day: "Ebenfalls am 6. Mai gibt es … eine Kräuterwanderung" in the week "vom 6.
        # – 13. Mai")
        # (or days listed of their own: "So werden am 6. und 9. Mai … Entspannungswanderungen angeboten")
        def a_span(mention: ProseMention) -> bool:
            return mention.date.end_day is not None and not mention.date.days_listed
        span, day = (a, b) if a_span(a) else (b, a)
        return a_span(span) != a_span(day) \
            and (_gives_hour(day) or _day_led(day) or len(day.date.days_listed) >= 2) \
            and not same_name(span.title, day.title) and not _gives_hour(span)

    def two_items(a: ProseMention, b: ProseMention) -> bool:
        # a round-up's sentences each led by its own day ("Ebenfalls am Montag, 20. April, bietet das Haus … eine
        # offene Sprechstunde an", "Am Donnerstag, dem 23. April, gibt es … einen „Tag der offenen Tür“"): each its
        # own item, under two names on one day or under one name on two days
        return round_up and _day_led(a) and _day_led(b) and a.sentence != b.sentence and (
            not same_day(a.date, b.date) or not same_name(a.title, b.title)) and not (a.appointment or b.appointment)

    def also_that_day(a: ProseMention, b: ProseMention) -> bool:
        # "Ebenfalls um 9 Uhr am Samstag, 22. Februar, startet der Tag der offenen Tür des …-Gymnasiums in Gerstungen",
        # a paragraph below the other school's (or a sentence after another's): one more that day, by the word that says so
        return a.sentence != b.sentence and bool(ALSO_THAT_DAY_RE.match(b.sentence.strip()))

    def two_kinds(a: ProseMention, b: ProseMention) -> bool:
        # "Zur Festveranstaltung „70 Jahre …“ wird am 4. September … erwartet" and, a paragraph below, "Bei einer
        # Nacht-Akademie am 4. und 5. September …": two paragraphs that each name an event of a kind of its own
        return a.line != b.line and _kind_of_its_own(a.title, b.title) and _kind_of_its_own(b.title, a.title)

    def two_quoted_names(a: ProseMention, b: ProseMention) -> bool:
        # "Weiterhin findet unter dem Motto „Wahrheit oder Lüge“ am 8. Oktober ein Spiel … statt" and, a paragraph
        # below, "Dorthin lädt am 8. und 16. Oktober … zur Kinderführung durch die Sonderausstellung „Jäger auf leisen
        # Sohlen“ ein": two paragraphs that each quote a name of their own, neither saying the other's, are two events
        # (not one event's name and its motto: "Der Fachtag „Bildung gestalten“ …" and "Am 5. Mai steht der Fachtag
        # unter dem Motto „Gemeinsam stark“": a kind said in the other's sentence is that event again)
        first, second = _quoted_core(a), _quoted_core(b)
        return a.line != b.line and bool(first and second) and not same_name(first, second) \
            and first not in b.sentence and second not in a.sentence \
            and not _kind_said_in(a.title, b.sentence) and not _kind_said_in(b.title, a.sentence)

    per_day: dict[tuple[int, int], int] = {}
    for mention in found:
        day = (mention.date.day, mention.date.month)
        crowded = per_day.get(day, 0) >= HOURS_OF_A_DAY_BUDGET  # (no article gives one day more appointments)
        same = next((i for i, other in enumerate(kept) if not two_items(other, mention) and (same_day(other.date, mention.date)
                                                           and (crowded or not two_hours(other, mention))
                                                           and not span_and_its_day(other, mention)
                                                           and not another_that_day(other, mention)
                                                           and not two_kinds(other, mention)
                                                           and not two_quoted_names(other, mention)
                     or same_name(other.title, mention.title) and _ordinal(other.title) == _ordinal(mention.title)
                     and not _series_of_reports(other, mention) and not (mention.again and not same_day(other.date, mention.date))
                     # (a programme's appointments of one kind on two days: "Vorspiel der Violinklasse" in June and July)
                     and not (other.appointment and mention.appointment and not same_day(other.date, mention.date)))
                    and not two_hosts(other, mention) and not also_that_day(other, mention)), None)
        # ("Das Dialogforum habe am 5. April stattgefunden" … "Das zweite Dialogforum … für den 16. Juli": two)
        if same is None:
            kept.append(mention)
            per_day[day] = per_day.get(day, 0) + 1
        elif same_day(kept[same].date, mention.date) and (specific_name(mention.title) and not specific_name(kept[same].title)
                                                          or kept[same].offered and not mention.offered):
            kept[same] = mention  # the same day again, now with the event's full name (not only what a lead offers:
            #                       "startet am 7. August mit einem Kochkurs" and "Bei „Outdoor-Cooking I“ … am 7. August")
    return kept


def _kind_said_in(title: str, sentence: str) -> bool:
    """The kind a title names ("Fachtag" of "Fachtag „Bildung gestalten“") stands in the sentence too."""
    kinds = [match.group(0) for match in EVENT_NOUN_RE.finditer(title.split("„")[0])]
    return bool(kinds) and re.search(rf"(?<![\wäöüß-]){re.escape(kinds[-1])}", sentence) is not None


def _quoted_core(mention: ProseMention) -> str | None:
    """The quoted name a mention's title is made of: the quote after its kind ("Jäger auf leisen Sohlen" of
    "Sonderausstellung „Jäger auf leisen Sohlen“"), or its motto ("unter dem Motto „Wahrheit oder Lüge“"); not a
    quoted boat or house ("der Katamaran „SilaVega“", "von der Pension „Fledermaus“ zum Müritzhof")."""
    title = mention.title or ""
    kind_and_quote = re.fullmatch(rf"(?P<kind>[A-ZÄÖÜ][\wäöüß-]+):?\s+„(?P<core>[^“]{{3,160}})“", title)
    if kind_and_quote and EVENT_NOUN_RE.search(kind_and_quote.group("kind")):
        core = kind_and_quote.group("core")
    else:
        motto = TITLED_RE.search(mention.sentence)
        core = title if motto and _quote(motto) == title else None
    return core if core and any(_quote(match) == core for match in QUOTE_RE.finditer(mention.sentence)) else None


def _kind_of_its_own(title: str, other: str) -> bool:
    """The title names an event by a kind the other title does not name: "Nacht-Akademie" beside "Festveranstaltung",
    not a generic "Veranstaltung", nor a part of an event ("Vortrag", "Diskussion", "Lesung"), nor a kind of the same
    base ("Bildungskonferenz" and "Konferenz", "Aktionstag" and "Vorlesetag")."""
    kinds = [match.group(0) for match in EVENT_NOUN_RE.finditer(title or "")]
    theirs = [match.group(0) for match in EVENT_NOUN_RE.finditer(other or "")]
    if not kinds or not theirs or same_name(title or "", other or ""):
        return False
    kind, base, their_base = kinds[-1].lower(), _base_kind(kinds[-1]), _base_kind(theirs[-1])
    if len((title or "").split()) < 2 and re.fullmatch(base or "$^", kind):
        return False  # (a bare "Akademie" may be read from a place, "in der Akademie Mont-Cenis": no kind of its own)
    return kind not in GENERIC_NOUNS and base is not None and their_base is not None and base != their_base \
        and not any(base.startswith(f"(?i:{part})") for part in lex.PART_OF_EVENT_NOUNS)


_BASE_KIND_RES = tuple(re.compile(rf"(?i:{noun})(?:e?s|en|e)?$") for noun in lex.EVENT_NOUNS + lex.PART_OF_EVENT_NOUNS)


@functools.lru_cache(maxsize=4096)  # (a round-up's days compare their names pairwise)
def _base_kind(kind: str) -> str | None:
    """Which of the lexicon's event nouns a compound ends in, as that noun's pattern: "Festveranstaltung" ->
    "veranstaltung", "Nacht-Akademie" -> "akademie"; "Aktionstag" and "Vorlesetag" -> one pattern of named days."""
    return next((pattern.pattern for pattern in _BASE_KIND_RES if pattern.search(kind)), None)


# a sentence that opens by saying its event is one more on a day already named: "Ebenfalls um 9 Uhr am Samstag, …",
# "Auch am Sonntag, …", "Zeitgleich …"
ALSO_THAT_DAY_RE = re.compile(r"(?:Ebenfalls|Auch|Zeitgleich|Gleichzeitig|Parallel(?:\s+dazu)?)\s+"
                              r"(?:(?:um|ab)\s+\d{1,2}(?:[.:]\d\d)?\s+Uhr\s+)?(?:am|an\s+diesem|am\s+selben|am\s+gleichen|vom)\b")
# ("Ebenfalls vom 31. März bis 2. April gibt es … die betreuten Ferienerlebnistage": the same days, one more offer)
ROUND_UP_DAYS = 3  # days a round-up gives, each leading its own sentence
# a sentence led by its day: "Am Dienstag, dem 21. April, …", "Ebenfalls am Montag, 20. April, …", "Für Montag, 20.
# April, ab 13 Uhr, laden …"
DAY_LEAD_RE = re.compile(r"(?:(?:Ebenfalls|Auch|Bereits|Schon|Und|Dann|Danach|Weiter\s+geht\s+es)\s+)?(?:[Aa]m|[Ff]ür)\s+$")


def _day_led(mention: ProseMention) -> bool:
    return mention.date.start <= DAY_LEAD_LONGEST and bool(DAY_LEAD_RE.fullmatch(mention.sentence[:mention.date.start]))


DAY_LEAD_LONGEST = 30


def _series_of_reports(a: ProseMention, b: ProseMention) -> bool:
    """Two full dates days apart, each in a sentence that names the event itself: "Am 20.8.2019 fand die
    Digital-Werkstatt … statt" and "Am 12.6.2019 fand die letzte Digital-Werkstatt … statt" are two workshops of
    one series, not one event named twice (a moved or called-off event names its old and new day: one event)."""
    x, y = a.date, b.date
    if x.year is None or y.year is None or (x.year, x.month, x.day) == (y.year, y.month, y.day) \
            or x.end_day is not None or y.end_day is not None:
        return False
    if abs((date(x.year, x.month, x.day) - date(y.year, y.month, y.day)).days) <= 1:
        return False  # "beginnt am 12.05." … "endet am 13.05.": the two days of one event
    return all(_names_own_event(m) and not lex.status_of(m.sentence) and REPORTED_RE.search(m.sentence)
               and not PART_OF_A_DAY_RE.search(m.sentence) for m in (a, b))


# a sentence that reports a past meeting ("fand … statt", "veranstaltete"), not one that moves, opens, ends or
# documents an event
REPORTED_RE = re.compile(r"\b(?:fand|fanden|veranstaltete|veranstalteten)\b")
PART_OF_A_DAY_RE = re.compile(r"\b(?:beginnt|begann|endet|endete|ursprünglich|geplant|nun|Dokumentation|Anmeldung)\b", re.I)


def _names_own_event(mention: ProseMention) -> bool:
    noun = re.search(r"[\wäöüß-]+$", mention.title)
    return bool(noun) and noun.group(0).lower() in mention.sentence.lower()


def next_of_sibling(title: str, siblings: list[str]) -> str:
    """"Nächstes Treffen" beside "Treffen der Landeskoordinatoren für MINT-Regionen": the next one
    of the same series, "Nächstes Treffen der Landeskoordinatoren für MINT-Regionen"."""
    # (and "Konstituierende Sitzung" beside "2. Sitzung des Stiftungsnetzwerkes Bildung": its first sitting)
    match = re.fullmatch(r"(Nächste[rs]?|Konstituierende)\s+(\S+)", title)
    if not match:
        return title
    noun = match.group(2)
    for sibling in siblings:
        series = re.match(rf"(?:\S+\s+)?{re.escape(noun)}\s+(?P<holder>(?:des|der)\s.+)$", sibling or "")
        if series and not sibling.startswith(match.group(1)):
            return f"{title} {series.group('holder')}"
    return title


# "Bei diesem ersten Netzwerktreffen wurde …": a demonstrative points back at the event a report is about
DEMONSTRATIVE_RE = re.compile(rf"\b[Dd]iese[mnrs]?\s+(?=(?:(?:\d{{1,2}}\.|[a-zäöüß]+e[nrs]?)\s+)?{EVENT_NOUN}(?![\wäöüß]))")


def pointed_title(texts: list[str]) -> str | None:
    """The event a report's running text points back at: "Am 25.04. trafen sich zehn Träger … Bei diesem
    ersten Netzwerktreffen wurde …" is the "Erstes Netzwerktreffen"."""
    for text in texts:
        pointer = DEMONSTRATIVE_RE.search(text) if is_paragraph(text) else None
        if pointer:
            title = phrase_title("dem " + text[pointer.end():pointer.end() + 200])
            if title and EVENT_NOUN_RE.search(title):
                return title
    return None


GENERIC_REFERENCE_RE = re.compile(r"\b(?:der|die|das|dem|den)\s+(?P<head>Veranstaltung|Treffen|Tagung|Konferenz|Sitzung|Workshop)\b")


def antecedent_title(texts: list[str], head: str) -> str | None:
    """"Die regionale MNU-Veranstaltung an unserer Schule … Mit der Veranstaltung am 10.09. …": the
    generic noun of the date's sentence refers back to the first name of that kind in the text."""
    for text in texts:
        for match in PHRASE_RE.finditer(text):
            noun = match.group("noun")
            if noun.lower().endswith(head.lower()) and noun.lower() != head.lower():
                title = phrase_title(match.group(0))
                if title:
                    return title
    return None


def undated_title(texts: list[str]) -> str | None:
    """The event named first in the running text of a page that gives it no day."""
    for text in texts:
        if is_paragraph(text):
            for sentence in sentences(text):
                title = title_from_sentence(sentence)
                if title and EVENT_NOUN_RE.search(title) and not FORMAT_LIST_RE.search(sentence):
                    return title
    return None


# a sentence about another edition or another time: "im Vorjahr", "die nächste", "im Herbst folgt"
ANOTHER_TIME_RE = re.compile(r"\b(?:Vorjahr\w*|vergangene[nmrs]?|letzte[nmrs]?|nächste[nmrs]?|kommende[nmrs]?|folg(?:t|en)|"
                             r"bereits\s+(?:im|vor|am|in|Anfang|Mitte|Ende|seit|letzte\w*|vergangene\w*)|erneut|wieder|"
                             r"hatten?\b[^.]{0,160}\b(?:organisiert|veranstaltet|durchgeführt|ausgerichtet)|"
                             r"im\s+(?:Frühjahr|Sommer|Herbst|Winter))\b",  # (not "über bereits gestartete Projekte")
                             re.I)


# "Beim Bürgerabend der Stadtwerke ging es um …", "gab es einen Fachtag …": a sentence told in the past speaks of an
# event that was, not of the one the page announces
TOLD_IN_THE_PAST_RE = re.compile(r"\b(?:ging|gab|war|waren|wurde|wurden|fand|fanden|hatte|hatten)\b")


# what a happening is of or about, right after its kind: "Lesung aus dem Buch „…“", "Exkursion zur Sonderausstellung im
# Historischen Museum", ending where its clause does (not whom it is with or for, where or when: "mit Tom Berger", "für
# Kinder", "im Saal", "am …"; not half a phrase, "Informationsveranstaltung über die Tätigkeit als …")
_OBJECT_AFTER_KIND = (r"\s+(?:aus|zur|zum|über|durch)\s+(?:(?:der|die|das|dem|den|des|ein|eine|einem|einer|ihrem|ihren|seinem|"
                      r"seinen)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?„[^“”]{2,80}[“”]"
                      r"|\s+(?:zur|zum|über|durch)\s+(?:(?:der|die|das|dem|den|des)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
                      r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:der|des|im|in)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?[A-ZÄÖÜ][\wäöüß-]*){0,2}"
                      r"(?=\s*(?:[,.;:!?)]|$|\s(?:am|um|ab|statt|ein|an|teil|für)\b))")
# its own name right after it, where the sentence first names it: "Die beliebte Mundartlesung „Dicht zusammen – Jede
# anders“ feiert …" (not another one's: "Am 10. Mai fällt die Vorlesung aus. Stattdessen folgt … die Vorlesung „…“")
_NAME_AFTER_KIND_RE = re.compile(r"\s+„[^“”„]{2,80}[“”]")
# where an outing goes: "Exkursion in die Herrnsheimer Klauern", "Exkursion ins „Erpolzheimer Bruch“", "Exkursion von der
# Pension „Fledermaus“ zum Müritzhof" (a reading "ins Haus Saargau" is only where it is held)
_OUTING_RE = re.compile(r"(?:[\wäöüß-]*(?:[Ee]xkursion|[Ww]anderung|[Aa]usflug|[Rr]adtour|[Ff]ahrradtour|[Ee]rkundung))")
_WHERE_AN_OUTING_GOES = (r"\s+(?:(?:in\s+(?:die|den|das)|ins)\s+(?:[A-ZÄÖÜ][\wäöüß-]*e[nrs]?\s+)?"
                         r"(?:„[^“”„]{2,60}[“”]|[A-ZÄÖÜ][\wäöüß-]*(?:\s+und\s+(?:die|den|das)\s+[A-ZÄÖÜ][\wäöüß-]*)?)"
                         r"|(?:von\s+der|vom)\s+[A-ZÄÖÜ][\wäöüß-]*(?:\s+„[^“”„]{2,40}[“”])?\s+(?:zum|zur)\s+[A-ZÄÖÜ][\wäöüß-]*)"
                         r"(?=\s*(?:[,.;:!?)]|$|\s(?:am|um|ab|statt|ein|an|teil|für|mit|auf|geht|steht)\b))")


def kind_with_its_object(kind: str, sentence: str) -> str | None:
    """A title that is only its kind ("Lesung") with what its sentence says it is of ("Lesung aus dem Buch „…“")."""
    if not (EVENT_NOUN_RE.fullmatch(kind) or OFFER_HEAD_RE.fullmatch(kind)):
        return None
    after = f"{_OBJECT_AFTER_KIND}|{_WHERE_AN_OUTING_GOES}" if _OUTING_RE.fullmatch(kind) else _OBJECT_AFTER_KIND
    match = re.search(rf"(?<![\wäöüß-]){re.escape(kind)}(?P<object>{after})", sentence[:SENTENCE_OBJECT_REACH])
    if match is None:
        first = re.search(rf"(?<![\wäöüß-]){re.escape(kind)}(?![\wäöüß-])", sentence[:SENTENCE_OBJECT_REACH])
        named = _NAME_AFTER_KIND_RE.match(sentence, first.end()) if first else None
        if named:
            return kind + named.group(0)
        # what it is for, said before it: "Am 12. Mai steht zur „Stunde der Gartenvögel“ ein Kinderfest … auf dem Programm."
        match = re.search(rf"(?P<object>\b(?:zur|zum)\s+„[^“”„]{{2,80}}[“”])\s+(?:[a-zäöüß]+\s+){{0,2}}(?:ein|eine|einen|einem)\s+"
                          rf"(?:[a-zäöüß]+e[nrs]?\s+)?{re.escape(kind)}(?![\wäöüß-])", sentence[:SENTENCE_OBJECT_REACH])
        return f"{kind} {match.group('object')}" if match else None
    if d.MAYBE_DATE(match.group("object")) and d.find_dates(match.group("object")):
        return None
    return kind + match.group("object")


SENTENCE_OBJECT_REACH = 2000


def compound_of_kind(kind: str, texts: list[str]) -> str | None:
    """"Konferenz" -> "Regionalkonferenz", "Versammlung" -> "Jahreshauptversammlung": the one compound of a bare kind
    the page names (in its first KIND_BUDGET characters), itself an event's name; None for none or several."""
    text = " ".join(texts)[:KIND_BUDGET]
    # ("Regionalkonferenz", "Juleica-Schulung", "Online-Landfrauentag")
    found = {match.group(0) for match in re.finditer(
        rf"(?<![\wäöüß-])[A-ZÄÖÜ][\wäöüß]{{2,}}(?:-?{re.escape(kind.lower())}|-{re.escape(kind)})(?![\wäöüß-])", text)
             if EVENT_NOUN_RE.fullmatch(match.group(0))}
    return found.pop() if len(found) == 1 else None


def fuller_name(noun: str, texts: list[str]) -> str | None:
    """A title that is only its kind ("Fachtagung", "Jahresempfang") takes the fullest name the page gives
    that kind: "Die dritte bundesweite Fachtagung zur schulischen Berufsausbildungsvorbereitung richtete sich
    …" -> "Dritte bundesweite Fachtagung zur schulischen Berufsausbildungsvorbereitung"."""
    for _, text in _within_budget(texts):
        if noun not in text:
            continue
        for sentence in sentences(text):
            if FORMAT_LIST_RE.search(sentence) or noun not in sentence or ANOTHER_TIME_RE.search(sentence) \
                    or TOLD_IN_THE_PAST_RE.search(sentence) or SPEECH_RE.search(sentence) \
                    or d.MAYBE_DATE(sentence) and d.find_dates(sentence) or re.search(r"\b(?:19|20)\d\d\b", sentence):
                continue  # (never the name of another time's event: "Bereits im Vorjahr fand die Fachtagung des …"; nor
                #           what someone says of it: "„Den ganzen Tag über dreht sich bei unserem ‚Tag der offenen Tür‘
                #           alles um Musik!“, freut sich der Schulleiter")
            named = title_from_sentence(sentence)
            if named and named != noun and re.search(rf"(?<![\wäöüß-]){re.escape(noun)}(?![\wäöüß])", named):
                return named
    return None


# "Hierzu gehören eine Jahrestagung, Regionalkonferenzen, digitale Workshops oder Community Calls": the formats a
# body offers, listed; none of them is an event the page announces
FORMAT_LIST_RE = re.compile(rf"(?<![\wäöüß-]){EVENT_NOUN}\s*,\s*(?:[a-zäöüß]+\s+)?{EVENT_NOUN}\s*,\s*(?:[a-zäöüß]+\s+)?{EVENT_NOUN}")


# ---------------------------------------------------------------- a lead-in and its dates

# "Hierzu werden drei Infoveranstaltungen angeboten:", "bietet das BMBF Informationsveranstaltungen
# zur Antragstellung an:", "sind folgende Termine und Veranstaltungsorte vorgesehen:"
_PLURALS = "|".join(map(lex.either_case, lex.EVENT_PLURALS))
PLURAL_NOUN_RE = re.compile(
    rf"(?<![\wäöüß-])(?P<noun>(?:[A-ZÄÖÜ][\wäöüß]*-)*(?:[A-ZÄÖÜ][\wäöüß]*)?(?:{_PLURALS}))"  # (and the dative: "an folgenden
    # Terminen"; "Kinder-Uni-Vorträgen")
    r"(?P<complement>\s+(?:zur|zum|für|zu)\s+(?:(?:Programm|Förderprogramm|Thema)\s+)?"
    r"(?:„[^“\"]{3,80}[“\"]|\"[^\"]{3,80}\"|[A-ZÄÖÜ][\wäöüß-]*))?")  # 'zu "Bildung integriert"' 
SINGULAR = tuple(lex.EVENT_PLURALS.items())
# "- am 04. März 2015 in Bonn,", "11.02.2016 in Berlin: BMBF, …", "12. Juni 2018, 9:00 bis 17:00 (Kassel) oder"
# a list item's town before its day: "Frankenberg (Eder) – Dienstag, 18. November 2025, 18:00 Uhr"
LEAD_TOWN_RE = re.compile(r"^(?P<town>[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?(?:\s\([A-ZÄÖÜ][\wäöüß ]+\))?)\s+[–-]\s+"
                          r"(?=(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*\.?,?\s+)?[0-3]?\d\.)")
DATE_ITEM_RE = re.compile(rf"^(?:{LEAD_TOWN_RE.pattern[1:]})?(?:am\s+|(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*\.?,?\s+(?:den\s+)?)?[0-3]?\d\.")
ITEM_TOWN_RE = re.compile(r"\bin\s+(?P<in>(?:(?:Bad|Sankt|St\.)\s+)?[A-ZÄÖÜ][\wäöüß-]+(?:\s(?:am|an\sder)\s[A-ZÄÖÜ][\wäöüß]+)?)"
                          r"|\((?P<paren>[A-ZÄÖÜ][\wäöüß-]+)\)")


def singular(noun: str) -> str:
    for plural, one in SINGULAR:
        if noun.lower().endswith(plural):
            return noun[:len(noun) - len(plural)] + (one if noun[len(noun) - len(plural)].islower() else one.capitalize())
    return noun


KIND_BUDGET = 20_000  # the kind a text keeps naming is in its first pages, not in a 10 MB archive


def recurring_kind(text: str) -> str | None:
    """"Sieben Ausbildungsbörsen gab es … Die achte Auflage der Ausbildungsbörse …": the kind of event a text keeps
    naming (twice or more, in the singular), when no sentence gives the event a name of its own."""
    counts: dict[str, int] = {}
    for word in re.findall(r"(?<![\wäöüß-])[A-ZÄÖÜ][\wäöüß-]{3,}", text[:KIND_BUDGET]):
        one = singular(word)
        if EVENT_NOUN_RE.fullmatch(one) and one.lower() not in GENERIC_NOUNS:
            counts[one] = counts.get(one, 0) + 1
    best = max(counts.items(), key=lambda item: item[1], default=None)
    return best[0] if best and best[1] >= 2 else None


@dataclass
class DateListItem:
    line: int
    title: str
    town: str | None
    day: tuple[int, int] | None = None  # (day, month) when several items share a line
    words: str | None = None            # the item's own stretch of the sentence ("am 4. April in Gardelegen")


AT_DATES_LEAD_IN_RE = re.compile(r"\ban\s+(?:zwei|drei|vier|fünf|sechs|mehreren|folgenden|\d+)\s+Terminen\b")
SUBJECT_NAME_RE = re.compile(r"(?:Der|Die|Das)\s+(?P<name>[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)\s+"
                             r"(?:wird|findet|ist)\b")


def with_motto(name: str, texts: list[str]) -> str:
    """"Großstadtfunk" named elsewhere on the page with its motto: "Großstadtfunk „Bildungskommunen auf dem Weg“"."""
    match = first_match(re.compile(rf"\b{re.escape(name)}\s*(?:[„“]([^“”„]{{3,100}})[“”]|\"([^\"]{{3,100}})\")"), texts)
    return f"{name} „{(match.group(1) or match.group(2)).strip()}“" if match else name


def first_match(pattern: re.Pattern, texts: list[str]) -> re.Match | None:
    """The first match of `pattern` in a page's first 200 lines."""
    return next((m for m in map(pattern.search, texts[:200]) if m), None)


# "Infoveranstaltungen" on a page about a funding programme ("mit dem Programm „Bildung integriert“")
INFO_EVENT_RE = re.compile(r"Info(?:rmations)?veranstaltung")
PROGRAMME_QUOTED_RE = re.compile(r"\b(?:Förder)?[Pp]rogramms?\s+[„\"]([^“”\"]{3,60})[“”\"]")


# what follows an item's name before its day: "… mit den Schwerpunkten …", "… am Dienstag, 15. November"
_ITEM_HEAD_END_RE = re.compile(r"\s+(?:mit\s+(?:den|dem)\s+Schwerpunkt(?:en)?|am|vom)\b|\s*[,–-]\s*$")


def _named_item_head(line: str) -> str | None:
    """The name of a list item that gives its day at its end ("Säule 3: „Bildungsgerechtigkeit“ mit den
    Schwerpunkten … am Dienstag, 15. November, 16 Uhr."), or None."""
    if len(line) > 600 or not re.match(r"[A-ZÄÖÜ„\"]", line) or not d.MAYBE_DATE(line):
        return None
    found = d.find_dates(line)
    if len(found) != 1 or found[0].start < 12:
        return None
    head = _ITEM_HEAD_END_RE.split(line[:found[0].start], maxsplit=1)[0].strip(" ,:;")
    head = re.sub(r'"([^"]+)"', r"„\1“", head)
    return head if 6 <= len(head) <= 160 else None


def dated_list_after_lead_in(texts: list[str], page_event_name: str | None = None) -> list[DateListItem]:
    """Events announced as a lead-in sentence ending in a colon and the dates below it, one a line;
    each item is the lead-in's event (in the singular) at that date and town."""
    for index, text in enumerate(texts):
        # "… bietet Informationsveranstaltungen an:", "Der Großstadtfunk wird an zwei Terminen angeboten."
        at_dates = AT_DATES_LEAD_IN_RE.search(text) if len(text) < 200 else None
        if not (text.rstrip().endswith(":") or at_dates) or index + 2 >= len(texts):
            continue
        noun = PLURAL_NOUN_RE.search(text)
        # "Es wird herzlich zu diesem Konsultationsgespräch in den unten genannten Formaten eingeladen:"
        one = EVENT_NOUN_RE.search(text) if not noun and not at_dates else None
        if at_dates:
            subject = SUBJECT_NAME_RE.match(text)
            if not subject:
                continue
            page_event_name = with_motto(subject.group("name"), texts)
        elif not noun and not one:
            continue
        items, heads = [], {}
        for below in range(index + 1, min(len(texts), index + 12)):
            line = texts[below]
            if line.startswith("(") and len(line) < 80 and not d.find_dates(line):
                continue  # "(Ort wird noch bekannt gegeben)" under an item
            head = _named_item_head(line) if not DATE_ITEM_RE.match(line) else None
            if head and len(heads) == len(items) and not lex.DEADLINE_CUE_RE.search(line):
                heads[below] = head  # (a list is all of one shape: "Anmeldungen (bis 16.08.)" below a day ends it)
            elif len(line) > 160 or not DATE_ITEM_RE.match(line) or not d.find_dates(line) or heads:
                break
            items.append(below)
        if len(items) < 2:
            continue
        if len(heads) == len(items):
            # every item names itself before its day: "Säule 3: „…“ mit den Schwerpunkten … am Dienstag, …"
            # "Die nächsten Termine, jeweils im Sitzungssaal 1 des Landratsamts Würzburg, sind:": the
            # lead-in's town holds for every item
            shared_town = town_in(text)
            return [DateListItem(line, heads[line], shared_town) for line in items]
        name = singular(noun.group("noun")) if noun else nominative(one.group(0)) if one else "Termin"
        if name.lower() in ("termin", "treffen") or name.lower().endswith("termin") or (one and name.lower() in GENERIC_NOUNS):
            # "Folgende Termine … haben wir abgestimmt:" below a letter about "des Regionalen Netzwerktreffens"
            name = page_event_name or undated_title(texts[:index]) or sitting_of_body(text) or ""
        elif noun and noun.group("complement"):
            name += re.sub(r'"([^"]+)"', r"„\1“", noun.group("complement"))
        elif INFO_EVENT_RE.fullmatch(name):
            programme = next((m for m in map(PROGRAMME_QUOTED_RE.search, texts[:index + 1]) if m), None)
            if programme:
                name += f" zum Programm „{programme.group(1)}“"  # what the information events inform about
        if not name:
            continue
        shared = SHARED_TIME_RE.search(text)  # "Folgende Termine, jeweils ein Montag von 17 bis 19 Uhr:"
        result = []
        for line in items:
            lead_town = LEAD_TOWN_RE.match(texts[line])
            town = ITEM_TOWN_RE.search(texts[line])
            town_name = lead_town.group("town") if lead_town else (town.group("in") or town.group("paren")) if town else None
            words = f"{texts[line]}, {shared.group('time')}" if shared and not d.find_time(texts[line]) else None
            # "(Großstadtjugendämter)" tells whom the item is for; only a known place in brackets is a town
            city = town_name if lead_town or (town and town.group("in")) or known_place(town_name or "") else None
            result.append(DateListItem(line, f"{name} ({town_name})" if town_name else name, city, words=words))
        return result
    return []


# "Weitere Veranstaltungen finden am 31. März in Staßfurt, am 4. April in Gardelegen und … statt",
# "Am 19. September und am 10. Oktober finden offene Sprechstunden statt"
# ("kann an einer der beiden Informationsveranstaltungen am 14. Juni oder am 8. Juli … teilnehmen": a choice of days)
PLURAL_HAPPENS_RE = re.compile(r"\b(?:finden|stattfinden|folgen|(?:einer|eine[nr]?)\s+der\s+(?:beiden|zwei|drei|vier|fünf)\b(?:[^.]|(?<=\d)\.){0,200}?"
                               r"\bteil(?:nehmen|zunehmen)|(?:Termine|Treffen)\s+(?:sind|lauten)|werden\b[^.]{0,80}\b(?:angeboten|durchgeführt)|biete[nt]\b[^.]{0,80}\ban|"
                               r"(?:haben|hat|wurden?)\b[^.]{0,120}\b(?:durchgeführt|veranstaltet))\b")
# a list whose days are followed by their topics: "statt: 27. Juni: Was passt zu mir?; 25. Juli: …"
COLON_LIST_RE = re.compile(r":\s*[0-3]?\d\.\s*(?:[A-ZÄÖÜ][a-zäöü]+|[01]?\d\.)(?:\s*(?:19|20)\d\d)?\s*:")
ITEM_THEME_RE = re.compile(r",?\s+(?P<topic>zum\s+Thema\s+[^,;.]{2,60}?)(?=\s*(?:,|;|\.|$|\bund\s+(?:am|vom)\b))")
ITEM_TOPIC_RE = re.compile(r"\s*:\s*(?P<topic>[^;:]{3,120}?)\s*[;.,]?\s*(?:und\s*)?$")
# one kind of event held at several places: "den Regionalen Fachtag an drei Standorten"
SEVERAL_PLACES_RE = re.compile(r"\ban\s+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|mehreren|verschiedenen)\s+"
                               r"(?:Standorten|Orten)\b")
# the town before its day: "in Dessau-Roßlau am 25. Februar"
TOWN_BEFORE_RE = re.compile(r"\bin\s+(?P<in>[A-ZÄÖÜ][\wäöüß-]+(?:\s(?:am|an\sder)\s[A-ZÄÖÜ][\wäöüß]+)?)\s+(?:am|vom)\s+$")
GENERIC_PLURALS = {"veranstaltung", "termin", "treffen"}


SENTENCE_ITEMS_BUDGET = 30
PAGE_ITEMS_BUDGET = 40
ITEM_READING_BUDGET = 2_000_000  # characters read for a line's items, all told
EACH_RE = re.compile(r"\bjeweils\b")
SHARED_TIME_RE = re.compile(r"\bjeweils\s+(?:(?:ebenfalls|auch)\s+)?(?:(?:ein|am)\s+[A-Z][a-z]+tag\s+)?(?P<time>(?:von\s+|ab\s+|um\s+)?\d{1,2}(?:[.:]\d{2})?"
                            r"(?:\s*(?:–|-|bis)\s*\d{1,2}(?:[.:]\d{2})?)?\s*Uhr)")


# "Das Eltern-Café soll einmal im Monat … stattfinden", "Der Stammtisch findet jeden ersten Montag statt":
# the sentence's subject is a series, whatever its noun
SERIES_SUBJECT_RE = re.compile(r"^(?:Das|Der|Die)\s+(?P<name>[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,2})\s+"
                               r"(?:soll|sollen|findet|finden|wird|werden)\b(?:[^.!?]|(?<=\d)\.){0,80}\bstatt(?:finden)?\b")


def series_subject(sentence: str) -> str | None:
    match = SERIES_SUBJECT_RE.match(sentence)
    return match.group("name") if match else None


# "Vorlesestunden für Kinder finden … jeden ersten Dienstag im Monat statt": a kind of event in the plural, without
# an article, opening the sentence that says it is held again and again
PLURAL_SERIES_RE = re.compile(r"^(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)(?P<rest>(?:\s+(?:für|mit|im|ab)\s+[A-ZÄÖÜ][\wäöüß-]+){0,2})\s+"
                              r"(?:finden|sollen|werden)\b(?:[^.!?]|(?<=\d)\.){0,80}\bstatt(?:finden)?\b")


def plural_series(sentence: str) -> str | None:
    """"Vorlesestunde für Kinder" for "Vorlesestunden für Kinder finden … statt"; None for a plural that is no kind of
    event or names none of its own ("Veranstaltungen", "Termine")."""
    match = PLURAL_SERIES_RE.match(sentence)
    if match is None:
        return None
    one = singular(match.group("noun"))
    if one == match.group("noun") or not EVENT_NOUN_RE.fullmatch(one) or one.lower() in GENERIC_NOUNS | GENERIC_PLURALS:
        return None
    return one + (match.group("rest") or "")


# "Genannt werden als Termine für 2026: 3. März, 7. April …": the days of a series listed after a colon (not the
# days of someone else's or of something else, "Die Termine des Schachclubs:", "Die Termine für die Anmeldung:", nor
# the further days of the page's own event, "Die weiteren Termine:", which its own reader takes)
TERMS_LISTED_RE = re.compile(r"\bTermine\s+(?:für|in|im\s+Jahr)\s+(?:19|20)\d\d\s*:\s*(?=(?:am\s+)?[0-3]?\d\.)")


# "Diesen Abendkurs bietet die VHS an drei Standorten an": a kind that points back to what the paragraph named
_THIS_KIND_RE = re.compile(r"^(?:Diese[nrsm]?|Das|Den)\s+(?P<kind>[A-ZÄÖÜ][a-zäöüß]+(?:kurs|vortrag|workshop|abend|seminar|"
                           r"lesung|treff|gespräch)|Kurs|Vortrag|Workshop|Seminar|Lesung)\s")


def _kind_of_the_quote_before(sentence: str, paragraph: str) -> str | None:
    """"„Wen wählen wir?“ Unter dieser Überschrift geht … nach. Diesen Abendkurs bietet die VHS an drei Standorten an: …"
    -> "Abendkurs „Wen wählen wir?“": the kind the sentence points back to, with the name the paragraph quoted first."""
    kind = _THIS_KIND_RE.match(sentence)
    at = paragraph.find(sentence)
    if not kind or at <= 0:
        return None
    # (not what someone says: "„Wir freuen uns …“, sagt die VHS-Leiterin")
    named = next((_quote(q) for q in QUOTE_RE.finditer(paragraph[:at]) if not _spoken(paragraph[:at], q)
                  and not re.match(r"\s*,?\s*(?:sagt|sagte|so|betont|betonte|erklärt|erklärte|freut)\b", paragraph[q.end():at])),
                 None)
    return f"{kind.group('kind')} „{named}“" if named else None


def dated_items_in_sentence(texts: list[str], page_event_name: str | None = None) -> list[DateListItem]:
    """Several days of one kind of event in a single sentence: one item per day, named after the
    sentence's event in the singular (or the page's event for "Weitere Veranstaltungen"), with the
    town that follows each day."""
    found = []
    for index, text in _within_budget(texts):
        if not is_paragraph(text) or not d.MAYBE_DATE(text):
            continue
        parts = sentences(text)
        for position_in_text, sentence in enumerate(parts):
            if COLON_LIST_RE.search(sentence):
                # "… finden statt: 27. Juni: Was passt zu mir?; 25. Juli: …": the list runs past the
                # question marks of its topics, to the paragraph's end
                sentence = text[text.find(sentence):]
            noun, said = PLURAL_NOUN_RE.search(sentence), sentence
            places = SEVERAL_PLACES_RE.search(sentence) if not noun else None
            happens = PLURAL_HAPPENS_RE.search(sentence) or TERMS_LISTED_RE.search(sentence)
            if not (noun or places) and position_in_text and EACH_RE.search(sentence) and not lex.CLOSURE_RE.search(sentence) \
                    and not lex.status_of(sentence):
                # "… lädt zu den letzten beiden Sprachcafés ein. Am Montag, 17. November sowie am Montag,
                # 15. Dezember, jeweils von 17 bis 18.30 Uhr, ist Treffpunkt …": the days of the plural before
                said = parts[position_in_text - 1]
                noun = PLURAL_NOUN_RE.search(said)
                happens = happens or noun
            if not (noun or places) or not happens or lex.DEADLINE_CUE_RE.search(sentence):
                continue
            if happens.group(0) == "folgen" and (not noun or singular(noun.group("noun")).lower() in GENERIC_PLURALS):
                continue  # ("Die weiteren Termine folgen am 05.05., 02.06. …": a series' further days, read elsewhere;
                #           "Weitere Vorlesungen folgen am 20. September …" names its kind)
            mentions = [day for m in d.find_dates(sentence) for day in d.listed_days(m)]
            if len(mentions) < 2 or len(mentions) > SENTENCE_ITEMS_BUDGET:  # (no sentence lists more events; reading
                #                                                             each of hundreds would cost their square)
                continue
            if noun:
                name = singular(noun.group("noun"))
                adjective = re.search(r"\b([a-zäöü]{3,}e)\s+$", said[:noun.start()])
                if name.lower() in GENERIC_PLURALS:
                    # "Das Eltern-Café soll einmal im Monat stattfinden. Die nächsten Termine sind …"
                    name = page_event_name or (series_subject(parts[position_in_text - 1]) if position_in_text else None) \
                        or next(filter(None, map(plural_series, reversed(parts[:position_in_text]))), None) or ""
                    # (the series a sentence further up names: "Vorlesestunden … finden jeden ersten Dienstag statt.
                    # Anschließend … Genannt werden als Termine: …")
                elif adjective and adjective.group(1) not in ("weitere", "folgende", "diese", "alle", "beide"):
                    name = f"{adjective.group(1).capitalize()} {name}"  # "offene Sprechstunden" -> "Offene Sprechstunde"
                if noun.group("complement") and name:
                    name += re.sub(r'"([^"]+)"', r"„\1“", noun.group("complement"))
            else:
                # "haben wir den Regionalen Fachtag an drei Standorten durchgeführt – in A am …, in B am …"
                name = phrase_title(sentence[:places.start()]) or _kind_of_the_quote_before(sentence, text) or ""
            topics = [ITEM_TOPIC_RE.match(sentence[m.end:mentions[i + 1].start if i + 1 < len(mentions) else len(sentence)])
                      for i, m in enumerate(mentions)]
            topics = [t.group("topic") for t in topics] if all(topics) else []
            if not topics:
                # "Weitere Vorlesungen folgen am 20. September zum Thema Windkraft und am 4. Oktober zum Thema Roboter":
                # each day's own theme
                themes = [ITEM_THEME_RE.match(sentence, m.end) for m in mentions]
                topics = [t.group("topic") for t in themes] if all(themes) else []
            if not name and not topics:
                continue
            # "in Weißenfels am 11. Februar, in Dessau-Roßlau am 25. Februar …": each town before its day
            towns_before = [TOWN_BEFORE_RE.search(sentence[mentions[i - 1].end if i else 0:m.start])
                            for i, m in enumerate(mentions)]
            if not all(towns_before):
                towns_before = []
            # "Die Veranstaltungen finden jeweils ab 18.30 Uhr statt am Dienstag, 18. November, …, am
            # Mittwoch, 19. November, …": the time said once before the days holds for each of them
            # (or after the last: "am 17. November sowie am 15. Dezember, jeweils von 17 bis 18.30 Uhr")
            shared = SHARED_TIME_RE.search(sentence[:mentions[0].start]) or SHARED_TIME_RE.search(sentence[mentions[-1].end:])
            shared_town = next((t.group("in") for t in ITEM_TOWN_RE.finditer(sentence[:mentions[0].start])
                                if t.group("in") and known_place(t.group("in"))), None)
            for position, mention in enumerate(mentions):
                following = mentions[position + 1].start if position + 1 < len(mentions) else len(sentence)
                if towns_before:
                    town_name = towns_before[position].group("in")
                    words = sentence[towns_before[position].start() + (mentions[position - 1].end if position else 0):
                                     mention.end]
                else:
                    town = ITEM_TOWN_RE.search(sentence[mention.end:following])
                    town_name = (town.group("in") or town.group("paren")) if town else None
                    words = sentence[mention.start:following]
                title = f"{name} ({town_name})" if town_name else name
                if topics:  # "27. Juni: Was passt zu mir?" names the day's own meeting
                    title = (f"{name} {topics[position]}" if topics[position].startswith("zum Thema") else
                             f"{name}: {topics[position]}") if name else topics[position]
                    # "Migration in Zahlen und Fakten" names a topic, not a town; the place said once
                    # before the days ("jeweils … im IT-Zentrum in Haßfurt") holds for each of them
                    town_name = shared_town
                if shared and not d.find_time(words):
                    words = f"{words.rstrip(' ,')}, {shared.group('time')}"
                found.append(DateListItem(index, title, town_name, (mention.day, mention.month), words))
            if len(found) >= min(PAGE_ITEMS_BUDGET, max(5, ITEM_READING_BUDGET // len(text))):
                return found  # (each item is read over its whole line; a page that lists more is an archive)
    return found


# "Treffen" and "Termine" are no kind of event of their own ("die Termine in A, B und C")
_NOT_KINDS = ("treffen", "termine")
_KIND_PLURALS = "|".join(p for p in lex.EVENT_PLURALS if p not in _NOT_KINDS)


def main_event_name(texts: list[str]) -> str | None:
    """The event a page is about, from its running text, in the singular ("die regionalen
    Fachveranstaltungen der Transferagentur" -> "Regionale Fachveranstaltung")."""
    for text in texts:
        if not is_paragraph(text):
            continue
        match = re.search(r"\b(?:die|den|der|zu|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehrere|\d{1,2})\s+"
                          rf"(?P<adj>[a-zäöü]+en\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß]*(?:{_KIND_PLURALS}))\b", text)
        if match:
            adjective = match.group("adj")
            name = singular(match.group("noun"))
            return (adjective.strip()[:-1].capitalize() + " " + name) if adjective else name
    return None


# ---------------------------------------------------------------- events named without a day

# "Das nächste Treffen der Regionalen Bildungsbüros findet im Herbst 2024 statt",
# "Die nächste Sitzung wird im Herbst 2022 durchgeführt"
NEXT_MEETING_RE = re.compile(
    rf"\b(?:Das|Die|Der|das|die|der)\s+nächste[ns]?\s+(?P<noun>{EVENT_NOUN})(?P<rest>(?:\s+(?:des|der)\s+[^.,;]{{3,80}}?)?)"
    rf"\s+(?:findet|wird|ist)\b[^.]*?\b(?P<when>(?:im|ab)\s+(?:Frühjahr|Frühling|Sommer|Herbst|Winter|Januar|Februar|März|"
    rf"April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?:\s+(?P<year>(?:19|20)\d\d))?|"
    rf"(?:Anfang|Mitte|Ende)\s+(?:des\s+Jahres|\w+)(?:\s+(?:19|20)\d\d)?)")
# "Diese Themen werden bei einem weiteren Infoabend zum Schulstart 2026 aufgegriffen. Die
# Veranstaltung … soll vor den Osterferien 2025 stattfinden": a further event, planned, no day yet
FURTHER_EVENT_RE = re.compile(
    rf"\b(?:[Ee]ine?[nmr]?|[Dd]er|[Dd]ie|[Dd]as|[Dd]e[mn])\s+weitere[nmrs]?\s+(?P<noun>{EVENT_NOUN})(?![\wäöüß-])"
    rf"(?P<rest>\s+(?:zu[mr]|über|für)\s+(?:[A-ZÄÖÜ\d][\wäöüß-]*|der|die|das|den|dem)(?:\s+(?:[A-ZÄÖÜ\d][\wäöüß-]*|und))*)?")
FURTHER_PLANNED_RE = re.compile(r"\b(?:geplant|in\s+Planung|vorbereitet|(?:soll|sollen|wird|werden)\b[^.!?]{0,80}\bstattfinden)\b")
# "Für den Herbst 2017 ist die nächste Sitzung des Netzwerkes beim Regionalverband Saarbrücken geplant."
NEXT_PLANNED_FOR_RE = re.compile(
    rf"\b[Ff]ür\s+(?:den|das|die)\s+(?:Frühjahr|Frühling|Sommer|Herbst|Winter|Jahresende|Jahresbeginn)(?:\s+(?P<year>(?:19|20)\d\d))?"
    rf"\s+(?:ist|sind|wird)\s+(?:die|das|der)\s+nächste[ns]?\s+(?P<noun>{EVENT_NOUN})"
    rf"(?P<rest>(?:\s+(?:des|der)\s+[^.,;]{{3,80}}?)?)(?=\s+(?:beim|bei|im|in|am|an|auf|geplant|vorgesehen|angesetzt)\b)"
    rf"[^.]*?\b(?:geplant|vorgesehen|angesetzt)\b")
# "…, für das Frühjahr 2012 ist eine Bildungskonferenz zum Thema Bildungsberatung in den Media Docks geplant"
PLANNED_FOR_RE = re.compile(
    rf"\b[Ff]ür\s+(?:den|das|die)\s+(?:Frühjahr|Frühling|Sommer|Herbst|Winter|Jahresende|Jahresbeginn)\s+(?P<year>(?:19|20)\d\d)"
    rf"\s+(?:ist|sind|wird)\s+(?:eine?[nr]?\s+)(?:weitere[nrs]?\s+)?(?P<noun>{EVENT_NOUN})"
    rf"(?P<rest>(?:\s+(?:des|der|zum|zur)\s+[^.,;]{{3,80}}?)?)(?=\s+(?:beim|bei|im|in|am|an|auf|geplant|vorgesehen|angesetzt)\b)"
    rf"[^.]*?\b(?:geplant|vorgesehen|angesetzt)\b")
REVIEW_RE = re.compile(r"\bRückblick\s+(?:zu[mr]?|auf\s+(?:den|die|das))\s+")
STATUS_WORD_RE = re.compile(r"\b(?:verschoben|verschieben|abgesagt|absagen|entfällt|entfallen|ausgesetzt|"
                            r"auf\s+einen\s+(?:noch\s+unbestimmten|späteren)\s+(?:Zeitpunkt|Termin))\b")


@dataclass
class UndatedMention:
    """A sentence that names an event but gives it no day: a postponement, the next meeting."""
    line: int
    sentence: str
    title: str
    tentative: bool          # "im Herbst 2024": planned, day open
    year: int | None = None
    status: str | None = None  # what the sentence says happened to it, if the sentence alone says it


def undated_event_sentences(texts: list[str]) -> list[UndatedMention]:
    found = []
    for index, text in _within_budget(texts):
        if not is_paragraph(text) and not (len(text) >= 40 and "chste" in text):
            continue  # a short line of its own may still say "Das nächste Treffen … findet im Herbst 2024 statt."
        for sentence in sentences(text):
            planned = PLANNED_FOR_RE.search(sentence) if "geplant" in sentence or "vorgesehen" in sentence else None
            if planned and not d.find_dates(planned.group(0)):  # (the sentence's other clause may have its day)
                title = f"{nominative(planned.group('noun'))}{planned.group('rest')}".strip()
                found.append(UndatedMention(index, sentence, title, True, int(planned.group("year"))))
                continue
            if d.MAYBE_DATE(sentence) and d.find_dates(sentence):
                continue
            following = NEXT_MEETING_RE.search(sentence) or NEXT_PLANNED_FOR_RE.search(sentence)
            if following:
                noun = nominative(following.group("noun"))
                article = "Nächstes" if noun.lower().endswith(("treffen", "forum", "gespräch")) else "Nächste"
                title = f"{article} {noun}{following.group('rest')}".strip()
                year = int(following.group("year")) if following.group("year") else None
                found.append(UndatedMention(index, sentence, title, True, year))
                continue
            further = FURTHER_EVENT_RE.search(sentence)
            if further and (further.group("rest") or nominative(further.group("noun")).lower() not in GENERIC_NOUNS) \
                    and FURTHER_PLANNED_RE.search(sentence[further.start():]):
                title = f"{nominative(further.group('noun'))}{further.group('rest') or ''}".strip()
                year = next((int(y) for y in re.findall(r"\b(20\d\d)\b", sentence[further.end():])), None)
                found.append(UndatedMention(index, sentence, title, True, year))
                continue
            review = REVIEW_RE.search(sentence)
            if review:  # "berichtet der Rückblick zum Workshop "Vom Antrag zur Umsetzung"": a past event
                title = quoted_title(sentence[review.end():]) or phrase_title(sentence[review.start():])
                if title and title.lower() not in GENERIC_NOUNS:
                    found.append(UndatedMention(index, sentence, title, False, status="scheduled"))
                    continue
            status = STATUS_WORD_RE.search(sentence)
            if status:
                clause = sentence[:status.end()]  # the event the status word speaks of comes before it
                title = quoted_title(clause) or phrase_title(clause)
                if title and (QUOTE_RE.search(title) or " " in title) and title.lower() not in GENERIC_NOUNS:
                    found.append(UndatedMention(index, sentence, title, False))
    return found


# "Weitere Konferenzen in Mörlenbach, Wald-Michelbach und Bürstadt geplant", "luden … zu
# Bildungskonferenzen ein: Teltow-Fläming, Elbe-Elster, Frankfurt (Oder), Uckermark und Cottbus":
# one kind of event held once in each of several places, none of them with a day
_PLURAL_KIND = (rf"(?P<noun>(?:[A-ZÄÖÜ][\wäöüß-]*)?(?:"  # (with the dative: "zu Fachtagen", "zu Infoabenden")
                rf"{'|'.join(lex.either_case(p) + ('n?' if p.endswith('e') else '') for p in lex.EVENT_PLURALS if p not in _NOT_KINDS)}))")
_PLACE = r"[A-ZÄÖÜ][\wäöüß.]*(?:-[A-ZÄÖÜ][\wäöüß]*)*(?:\s(?:am|an\sder|ob\sder|in\sder)?\s?[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*)?(?:\s\([A-ZÄÖÜ][\wäöüß.]*\))?"
_PLACES = rf"(?P<places>{_PLACE}(?:,\s*{_PLACE})*,?\s+(?:und|sowie)\s+{_PLACE})"
PLACES_AFTER_KIND_RE = (
    re.compile(rf"\b{_PLURAL_KIND}\s+(?:in|im|für)\s+(?:den\s+(?:Städten|Gemeinden|Kommunen|Landkreisen|Kreisen|Regionen)\s+)?"
               rf"{_PLACES}(?![\wäöüß])"),
    re.compile(rf"\b{_PLURAL_KIND}\s[^.:;]{{0,40}}:\s*{_PLACES}\s*[.;]?$"))
PLACES_HELD_RE = re.compile(r"\b(?:geplant|vorgesehen|statt(?:finden|gefunden)?|folg(?:en|ten)|luden|laden|eingeladen|"
                            r"(?:ge)?lad(?:en|t)|fanden|finden|folgen)\b")
OFFERED_RE = re.compile(r"\b(?:biete[tn]|anbieten|angeboten|l[äa]d(?:t|en))\b")
# a body that invites to or offers its event in so many words: "lädt … zum Schnellschachturnier ein", "bietet … einen
# Vortrag über Bienen an" (not what "wird … angeboten" from a day on: a course of a school's timetable)
ACTIVE_OFFER_RE = re.compile(r"\bl[äa]d(?:t|en)\b(?:[^.!?]|(?<=\d)\.){0,200}?\b(?:ein|zu[mr]?)\b"
                             r"|\bbiete[tn]\b(?:[^.!?]|(?<=\d)\.){0,200}?\san\b"
                             r"|\bgibt\s+es\b")  # ("Daneben gibt es in der 2. Ferienwoche eine Ganztagesbetreuung: …")
PLANNED_RE = re.compile(r"\b(?:geplant|vorgesehen|folgen|sollen|werden)\b")


# a cheap first look: most lines name no plural kind of event at all
PLURAL_KIND_HINT = re.compile(_KIND_PLURALS, re.I).search


@dataclass
class PlaceMention:
    line: int
    sentence: str
    title: str
    place: str
    planned: bool
    holder: str | None = None  # "Landkreis Teltow-Fläming" when the places themselves invited


# "luden 3 Landkreise und 2 kreisfreie Städte in Brandenburg zu Bildungskonferenzen ein: …": the
# places hold their own events
PLACES_HOST_RE = re.compile(r"\b(?:Landkreise|Kreise|Städte|Kommunen|Gemeinden|Bezirke)\b")


def events_per_place(texts: list[str]) -> list[PlaceMention]:
    """Events of one kind a sentence names by their places, each with its place and without a day.
    A list of names is only a list of places when at least one of them is a known place."""
    found = []
    for index, text in _within_budget(texts):
        if len(text) < 40 or not (PLURAL_KIND_HINT(text) or MEETING_HINT(text)):
            continue
        parts = re.split(r"\s\+(?:\s\+)*\s|(?<=[.!?])\s+(?=[A-ZÄÖÜ])", text)
        for position, sentence in enumerate(parts):
            match = next((m for m in (pattern.search(sentence) for pattern in PLACES_AFTER_KIND_RE) if m), None)
            if match is None and PLACES_THEN_MEETING_RE.match(sentence) and not (d.MAYBE_DATE(sentence) and d.find_dates(sentence)):
                found.extend(_meetings_in_places(index, sentence, texts))
                continue
            # "bietet … fünf Informationsveranstaltungen an. In den Veranstaltungen in A, B und C …": the
            # sentence before says they are held
            before = parts[position - 1] if position else ""
            held = PLACES_HELD_RE.search(sentence) or (PLURAL_KIND_HINT(before) and OFFERED_RE.search(before))
            if not match or not held:
                continue
            if d.MAYBE_DATE(sentence) and d.find_dates(sentence) and not re.search(r"\b[Zz]wischen\s+dem\b", sentence):
                continue  # a day for all of them is a dated list, read elsewhere; a window is no day
            places = [p.strip(" .") for p in re.split(r",\s*|\s+(?:und|sowie)\s+", match.group("places")) if p.strip(" .")]
            if len(places) < 2 or not any(known_place(p) for p in places):
                continue
            noun = re.sub(r"(tage|abende|dialoge)n$", r"\1", match.group("noun"))  # "zu Fachtagen": dative
            kind = singular(_specific_kind(noun, texts))
            planned = bool(PLANNED_RE.search(sentence))
            hosts = bool(PLACES_HOST_RE.search(sentence[:match.start()]))
            for place in places:
                holder = _body_named(place, texts) if hosts else None
                found.append(PlaceMention(index, sentence, f"{kind} in {place}", place, planned, holder))
    return found


# "In Dresden, Stuttgart, München und Kassel trafen sich in den vergangenen Wochen die Koordinatoren …" under
# "Regionaltreffen der Netzwerkpartner 2015": the page's event, once in each town
MEETING_HINT = re.compile(r"\b(?:trafen|kamen)\s+sich\b").search
# (a report of meetings held, not a habit: "In A, B und C treffen sich jede Woche Jugendliche zum Fußball")
PLACES_THEN_MEETING_RE = re.compile(rf"(?:In|in)\s+{_PLACES}\s+(?:trafen|kamen)\s+sich\b(?![^.]*\b(?:jede[nrs]?|regelmäßig|wöchentlich|täglich|monatlich)\b)")


def _meetings_in_places(index: int, sentence: str, texts: list[str]) -> list[PlaceMention]:
    places = [p.strip(" .") for p in re.split(r",\s*|\s+(?:und|sowie)\s+", PLACES_THEN_MEETING_RE.match(sentence).group("places"))
              if p.strip(" .")]
    if len(places) < 2 or not all(known_place(p) for p in places):
        return []
    heading = next((t for t in texts[:8] if not is_paragraph(t) and EVENT_NOUN_RE.search(t) and len(t) < 120), None)
    if heading is None:
        return []
    kind = re.sub(r"\s+(?:in|für)\s+[A-ZÄÖÜ][\wäöüß-]*$", "", heading.strip())
    return [PlaceMention(index, sentence, f"{kind} in {place}", place, False) for place in places]


def _body_named(place: str, texts: list[str]) -> str | None:
    """"Landkreis Teltow-Fläming", "Stadt Cottbus": the body the page names after the place."""
    found = first_match(re.compile(rf"\b(Landkreis|Kreis|Stadt|Gemeinde|Bezirk)\s+{re.escape(place)}(?![\wäöüß-])"), texts)
    return f"{found.group(1)} {place}" if found else None


def _specific_kind(noun: str, texts: list[str]) -> str:
    """"Weitere Konferenzen" on a page about "Bildungskonferenzen": the page's own compound."""
    if noun[0].isupper() and noun.lower() in {plural for plural, _ in SINGULAR}:
        compound = re.search(rf"\b[A-ZÄÖÜ][a-zäöüß]+{noun.lower()}\b", " ".join(texts[:20]))
        if compound:
            return compound.group(0)
    return noun


# "Der Vortrag zur Bedeutung digitaler Medien für junge Geflüchtete im Ratssaal …": a generic noun
# named by its topic; the name ends where the place, the time or the verb begins
TOPIC_NAMED_RE = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en)\s+(?P<noun>Vortrag|Workshop|Fachtag|Fachgespräch|Podiumsdiskussion|"
    r"Diskussion|Gesprächsrunde|Informationsabend|Infoabend|Informationsveranstaltung|Veranstaltung)s?\s+"
    r"(?P<topic>(?:zur|zum|über)\s+[^,.;:„“\"]{6,90}?)"
    r"(?=\s+(?:im|am|ist|war|sind|waren|hat|wurde|fand|vor|bei|auf\s+(?:dem|der))\b|[,.;:])")  # "in der Elternarbeit" is topic
REPORT_PARAGRAPHS = 2


def plural_event(title: str) -> bool:
    """"Workshops im Rahmen des Projekts" names a format; "Fachtag für Beratungseinrichtungen" names one
    event, though another of its words ends like a plural: the event noun decides."""
    noun = EVENT_NOUN_RE.search(title)
    if noun and NEUTER_NOUN_RE.search(noun.group(0)) and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+e\s+", title[:noun.start()]):
        return True  # "Lokale Netzwerktreffen": an adjective without an article ends in "-es" before one neuter event
    if noun and re.search(r"(?<!fach)(?<!themen)(?<!praxis)(?<!info)(?<!informations)tage$", noun.group(0), re.I) \
            and re.match(r"\s+[A-ZÄÖÜ][\wäöüß-]+", title[noun.end():]):
        return False  # "Hochschultage Berufliche Bildung": days of one event under one name (not "Fachtage Kita 2025")
    if noun and noun.start() == 0 and noun.group(0).endswith("s") and EVENT_NOUN_RE.fullmatch(noun.group(0)[:-1]):
        return True  # "Familiencafés: Treffpunkt und Ruhezone": no genitive opens a title, its "-s" is a plural's
    return bool(lex.PLURAL_EVENT_RE.search(noun.group(0) if noun else title))


# a body that celebrates its anniversary with the event: "… hat das kommunale Netzwerk Migration sein zwanzigjähriges
# Bestehen gefeiert" (the body's adjectives left out of its name)
CELEBRATED_RE = re.compile(rf"\b(?:hat|haben|hatte|hatten)\s+(?P<art>das|der|die)\s+(?:[a-zäöüß]+e\s+)?{_BODY}\s+"
                           r"(?:sein|ihr)(?:en)?\s+(?P<adj>[\wäöüß-]+e)[ns]?\s+(?P<what>Bestehen|Jubiläum|Geburtstag)\s+"
                           r"(?:gefeiert|begangen)\b")


# a sentence whose event's title stands on the line below it: "Der Aktionstag findet am 22. Februar 2019 statt mit dem Titel"
TITLE_BELOW_RE = re.compile(r"\b(?:mit|unter)\s+dem\s+(?:Titel|Motto)\s*:?\s*$")


# "Einer Auftaktveranstaltung vom Oktober 2016, einer Bildungskonferenz 2017 folgte am letzten Freitag die …"
FOLLOWED_BY_RE = re.compile(r"\bfolgte[n]?\b(?:[^.]|(?<=\d)\.){0,60}?\s(?=(?:die|der|das)\s)")


def reported_event(texts: list[str], start: int = 0) -> UndatedMention | None:
    """The one event a report without any day is about, named in a sentence of its first paragraphs
    (from line `start`: below a press release's "Pressemitteilung vom …") that says the event took
    place ("fand letzte Woche … die Auftaktveranstaltung … statt"). A page about a body or a
    programme says nothing of the kind, and a sentence about a founding or a standing body ("tagt
    jährlich") is no report."""
    paragraphs, found = 0, []
    for index, text in _within_budget(texts[:start + 15]):
        if index < start or not is_paragraph(text):
            continue
        if len(text) < 200 and not re.search(r"[.!?:]", text):
            continue  # (a headline, printed twice above the first paragraph, is no paragraph of the report)
        paragraphs += 1
        if paragraphs > REPORT_PARAGRAPHS:
            break
        every = sentences(text)
        parts = every[:4]
        for position, sentence in enumerate(parts):
            if not lex.REPORTED_EVENT_RE.search(sentence) or lex.NOT_AN_EVENT_SENTENCE_RE.search(sentence) \
                    or lex.STANDING_BODY_RE.search(sentence):
                continue
            followed = FOLLOWED_BY_RE.search(sentence)  # (the event that followed, not those it followed)
            title = title_from_sentence(sentence[followed.end():] if followed else sentence)
            if not title:
                named = TOPIC_NAMED_RE.search(sentence)
                title = f"{named.group('noun')} {named.group('topic').strip()}" if named else None
            celebrated = CELEBRATED_RE.search(sentence)
            if title and celebrated and EVENT_NOUN_RE.fullmatch(title):
                # "Mit einer Tagung … hat das kommunale Netzwerk Migration sein zwanzigjähriges Bestehen gefeiert"
                title = (f"{title} zum {celebrated.group('adj')}n {celebrated.group('what')} "
                         f"{held_by(celebrated.group('art'), celebrated.group('name'))}")
            if not title and position:
                # "… im Mittelpunkt der ersten Bildungskonferenz des Landkreises. Letzten Montag kamen
                # rund 100 Personen … zusammen.": the sentence before names what they came to
                title = title_from_sentence(parts[position - 1])
                sentence = f"{parts[position - 1]} {sentence}"
            later = " ".join(every[position + 1:position + 3])
            titled = (TITLED_RE.search(later) or TITLE_SAID_RE.search(later)) if title and not QUOTE_RE.search(title) else None
            if titled and EVENT_NOUN_RE.fullmatch(re.sub(r"^\d{1,2}\.\s+", "", title)):
                title = f"{title} „{_quote(titled)}“"  # "… zum 18. Fachtag … eingeladen. … der Titel des Tages: „…“"
            if title and EVENT_NOUN_RE.search(title) and title.lower() not in GENERIC_NOUNS \
                    and not plural_event(title.split(" „")[0]):
                found.append(UndatedMention(index, sentence, title, False, status="scheduled"))
    # "… begrüßten die Teilnehmer der 3. Regionalen Bildungskonferenz" before "Auf dem Programm der
    # Konferenz standen …": the report's own name for its event before a bare noun
    return next((m for m in found if specific_name(m.title)), found[0] if found else None)


# The holder's name in the genitive: "der Bildungsregion Ostallgäu", "des Landkreises Kulmbach"
FEMININE_HOLDER_RE = re.compile(r"(?:[\wäöüß-]*(?:region|agentur|stadt|stelle|initiative|gemeinde|verwaltung|kommune|"
                                r"stiftung|akademie|universität|hochschule|gesellschaft|vereinigung|landschaft)|Stadt|"
                                r"Gemeinde|REAB|Transferagentur|Koordinierungsstelle)$", re.I)
MASCULINE_HOLDER = {"Landkreis": "Landkreises", "Kreis": "Kreises", "Bezirk": "Bezirks", "Regionalverband": "Regionalverbands",
                    "Zweckverband": "Zweckverbands", "Verein": "Vereins", "Verbund": "Verbunds"}
NEUTER_HOLDER_RE = re.compile(r"[\wäöüß-]*(?:büro|werk|amt|zentrum|institut|ministerium)$", re.I)


# "an der Tulpenschule", "Die Grundschule Beispielweg hat ihren Infoabend": a school by its own name (a compound, or the kind
# and a name after it), not "die Schule" of any sentence
# (a town's "Bad" or "Sankt" is part of a school's name: "Musikschule Bad Kreuznach")
SCHOOL_NAME_RE = re.compile(r"(?<![\wäöüß-])(?:Grundschule|Gesamtschule|Realschule|Oberschule|Förderschule|Hauptschule|"
                            r"Gemeinschaftsschule|Gymnasium|Kita|(?:Kreis)?[Mm]usikschule|Tanzschule|(?:Jugend)?[Kk]unstschule|"
                            r"Sprachschule|(?:Berufs)?[Ff]achschule)\s+(?:[Aa]m\s+|[Aa]n\s+der\s+|[Ii]m\s+)?(?:Bad\s+|Sankt\s+)?[A-ZÄÖÜ][\wäöüß-]+"
                            r"|(?<![\wäöüß-])(?!(?:Grund|Gesamt|Real|Ober|Förder|Haupt|Gemeinschafts|Berufs|Hoch|Volkshoch|"
                            r"(?:Kreis)?[Mm]usik|Tanz|(?:Jugend)?[Kk]unst|Sprach|(?:Berufs)?[Ff]ach)"
                            rf"schule(?![\wäöüß-]))(?:(?:[A-ZÄÖÜ][\wäöüß]*-)+(?:Schule|Gymnasium|Kolleg|Kita)|"
                            rf"(?:[A-ZÄÖÜ][\wäöüß]*-)*[A-ZÄÖÜ][a-zäöüß]+(?:{lex.SCHOOL_WORD}))(?![\wäöüß-])")
# a school named as a place or as the home of guests, pupils or a club, not as the host: "in der Aula der Musterschule",
# "Kinder aus der Kita Sonnenschein", "zu Gast am Gymnasium", "des Fördervereins der Musterschule"
NOT_THE_HOST_BEFORE_RE = re.compile(r"(?:Aula|Turnhalle|Sporthalle|Mensa|Saal|Räumen?|Gebäude|Schulhof|Kinder|Schüler\w*|"
                                    r"Eltern|Klassen?|\w*klässler\w*|Lehrkräfte|aus|von|zu\s+Gast|\w*verein\w*|\w*rat\w*|"
                                    r"Freundeskreis\w*|\w*vertretung)\s+(?:der|des|dem|am|an\s+der|im|in\s+der)?\s*$")


def _host_school_at(text: str, start: int) -> str | None:
    match = SCHOOL_NAME_RE.match(text, start)
    if not match or NOT_THE_HOST_BEFORE_RE.search(text[max(0, start - 40):start]):
        return None
    name = match.group(0)
    town = re.match(r"\s+([A-ZÄÖÜ][\wäöüß-]+)", text[match.end():])
    if " " not in name and town and known_place(town.group(1)):
        name = f"{name} {town.group(1)}"  # "Musikschule Musterau"
    return name


def school_named(text: str) -> list[str]:
    """The schools a text names by their own names as hosts ("an der Musterschule"; not "in der Aula der …")."""
    return [name for name in (_host_school_at(text, m.start()) for m in SCHOOL_NAME_RE.finditer(text)) if name]


# how much of a paragraph its sentences are read from for one event's school, place or day (near its start, not over
# a line of 10 MB)
LINE_HEAD_TEXT = 5_000


def school_after_its_event(text: str) -> str | None:
    """"beim „Tag der offenen Tür“ am Gymnasium Burgkunstadt", "der Infoabend der Tulpenschule": the one school a
    text names right after an event of a school's kind, as the place it is held at or its holder."""
    schools = set()
    for kind in lex.SCHOOL_HELD_RE.finditer(text[:LINE_HEAD_TEXT]):
        joined = re.match(r"[\w-]*(?:\s+T[üu]e?r)?[“”\"']?\s+(?:am|an\s+der|der|des)\s+", text[kind.end():kind.end() + 60])
        if joined and SCHOOL_NAME_RE.match(text, kind.end() + joined.end()):
            schools.add(_host_school_at(text, kind.end() + joined.end()))
    schools.discard(None)
    return schools.pop() if len(schools) == 1 else None


def school_of_title(title: str) -> str | None:
    """"Infoabend der Tulpenschule", "Tag der offenen Tür am Beispiel-Gymnasium": the school an event's name
    says is its host."""
    if len(title) > 100 or lex.FINITE_VERB_RE.search(title):
        return None  # (a sentence taken for a title names its guests' schools too)
    nominative = re.sub(r"(?<=[a-zäöüß-])(gymnasium|kolleg)s(?![\wäöüß])", r"\1", title, flags=re.I)
    for match in re.finditer(r"\b(?:der|des|am|an\s+der|im)\s+", nominative):
        if SCHOOL_NAME_RE.match(nominative, match.end()):
            return _host_school_at(nominative, match.end())
    return None


def of_school(noun: str, school: str) -> str:
    """"Infoabend" of the "Grundschule Beispielweg", of the "Ratsgymnasium": the school's genitive."""
    first, _, rest = school.partition(" ")
    if re.search(r"(?:gymnasium|kolleg)$", first, re.I):
        return f"{noun} des {first}s {rest}".rstrip()
    return f"{noun} der {school}"


def of_holder(noun: str, holder: str | None) -> str | None:
    """"Dialogforum" held by the "Bildungsregion Ostallgäu" is the "Dialogforum der Bildungsregion
    Ostallgäu": a bare event noun becomes a name a calendar can show. None when the holder's
    gender is unknown."""
    if not holder or "," in holder or re.match(r"(?:der|die|das|des)\s", holder) \
            or holder.lower().startswith(noun.lower()):
        return None  # (a "Seniorenakademie" held by the "Seniorenakademie Musterau" is the holder's own, named by it)
    first, _, rest = holder.partition(" ")
    if FEMININE_HOLDER_RE.match(first):
        return f"{noun} der {holder}"
    if first in MASCULINE_HOLDER:
        return f"{noun} des {MASCULINE_HOLDER[first]} {rest}".rstrip()
    if NEUTER_HOLDER_RE.match(first):
        return f"{noun} des {first}s {rest}".rstrip()
    return None


def names_event(text: str) -> bool:
    """An event noun that names a kind of event ("Dialogforum"), not only "Austausch" or "Veranstaltung"."""
    return any(match.group(0).lower() not in GENERIC_NOUNS for match in EVENT_NOUN_RE.finditer(text))


def vaguer_kind(name: str, than: str) -> bool:
    """"Kooperationsveranstaltung des Hessischen Jugendrings" names its event more vaguely than the
    headline "Fachtagung Kooperation Konkret – …": any "…veranstaltung" is vaguer than a named kind."""
    own, other = EVENT_NOUN_RE.search(name), EVENT_NOUN_RE.search(than)
    return bool(own and other and re.search(r"veranstaltung(?:en)?$", own.group(0), re.I)
                and not re.search(r"veranstaltung", other.group(0), re.I) and names_event(than))


def held_in(name: str, headline: str) -> bool:
    """"Erster Kongress für Kulturelle Bildung" in the text of "LandKulturGipfel – Kongress für Kulturelle
    Bildung und Teilhabe …": the headline already holds the sentence's name, and says more."""
    noun = EVENT_NOUN_RE.search(name)
    bare = name[noun.start():] if noun else name  # without "Erster landesweiter"
    return len(bare.split()) >= 3 and bare.lower() in headline.lower()


def specific_name(title: str) -> bool:
    """A name that tells this event from others: a motto in quotes, an ordinal, a genitive
    ("… des Landkreises Pfaffenhofen"), not a bare "Bildungskonferenz"; a day's own name ("Tag der Bildung")."""
    if lex.DAY_OF_NAME_RE.match(title) or re.match(r"Eröffnung\s+(?:der|des)\s+[A-ZÄÖÜ]", title):
        return True  # (and a body's opening, as `opening_title` names it)
    return bool(QUOTE_RE.search(title) or re.match(r"(?:\d{1,2}\.|Erste|Zweite|Dritte)\s", title)
                or ORDINAL_START_RE.match(title) and len(title.split()) >= 3  # not a bare "Zweites Dialogforum"
                or re.search(r"\s(?:19|20)\d\d$", title)  # "Bundeskonferenz Bildungsmanagement 2018"
                or re.search(r"\s(?:des|der)\s+[A-ZÄÖÜ]", title) or bool(re.match(r"[^:]{3,60}:\s+[A-ZÄÖÜ]\w*\s+\w", title) and EVENT_NOUN_RE.search(title.split(":")[0]))) \
        and bool(EVENT_NOUN_RE.search(title))  # (a motto after a colon: "Werkstattgespräch: Wie gelingen …?")


# a year written out in a jubilee's page ("1989", "1923"), not a count's digits
_JUBILEE_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


JUBILEE_BUDGET = 20_000  # characters of a line read for a jubilee: an announcement's, not an archive's


# a house whose jubilee a sentence counts: "Flensburger Volkshochschule feiert ihr 100-jähriges Bestehen"
JUBILEE_HOUSE_RE = re.compile(r"\b([A-ZÄÖÜ][\wäöüß-]*(?:schule|bibliothek|bücherei|verein|museum|zentrum|haus|kita|"
                              r"kindergarten|stätte|akademie|werk|chor|orchester))\b")
JUBILEE_HISTORY_BEFORE = 10  # how long before its founding a house's history may begin on its jubilee's page


def jubilee_year(texts: list[str]) -> int | None:
    """The year a page celebrates its jubilee in: one count celebrated now ("feiert … ihr 20-jähriges Jubiläum"), and
    one year on the page, told as a founding ("am 1. Mai 1989 … übergeben", "1923 gegründet", "Der Grundstein wurde
    1919 gelegt")."""
    counts, years, founded = set(), set(), set()
    subjects: set[str] = set()  # the houses whose jubilee the page counts ("Volkshochschule … feiert ihr 100-jähriges …")
    founding_sentences: list[str] = []
    if not any("jährig" in text for text in texts):
        return None  # (no jubilee's count on the page: its sentences need no reading, a long line's least of all)
    for text in texts:
        parts = sentences(text[:JUBILEE_BUDGET])
        for position, sentence in enumerate(parts):
            for match in lex.JUBILEE_RE.finditer(sentence):
                if lex.JUBILEE_OF_A_BOND_RE.match(sentence, match.end()):
                    return None  # (a partnership's years, counted from no founding the page names)
                if lex.JUBILEE_NOW_RE.search(sentence) and not lex.JUBILEE_PAST_RE.search(sentence):
                    counts.add(int(match.group("n") or match.group("m")))
                    subjects |= {house.lower()[:-1] for house in JUBILEE_HOUSE_RE.findall(sentence[:match.start()])}
                else:
                    return None  # (a jubilee of the past, "feierte vor drei Jahren ihr 50-jähriges Jubiläum")
            for year in _JUBILEE_YEAR_RE.findall(sentence):
                years.add(int(year))
                if lex.FOUNDING_RE.search(sentence):
                    founded.add(int(year))
                    # (it, or the sentence after it, names the house: "… ein Ausschuss gegründet. Der erste
                    # Volkshochschulkurs begann …")
                    founding_sentences.append(" ".join(parts[position:position + 2]).lower())
    if len(counts) != 1 or len(founded) != 1:
        return None
    year, count = founded.pop(), counts.pop()
    if len(years) != 1 and not (
            # (several years of the house's history, "im Frühjahr 1919", "Verwaltungsbericht 1911-1926", beside its
            # founding: the founding's sentence or the next must name the house whose jubilee is counted)
            any(stem in sentence for stem in subjects for sentence in founding_sentences)
            and all(year - JUBILEE_HISTORY_BEFORE <= other <= year + count for other in years)):
        return None  # (another year may be another house's founding: "Die Schule wurde 1955 eröffnet" beside the
        #               Förderverein's 40 years)
    return year + count
