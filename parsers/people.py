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
from dataclasses import dataclass, field

# Organisation words, with their genitive forms ("des Landkreises", "des Bildungsbüros").
_ORG_HEAD = (r"(?:Landkreis(?:es)?|Kreis(?:es)?|Stadt|Landeshauptstadt|Hansestadt|Gemeinde|Bezirk(?:es|s)?|"
             r"Landratsamt(?:es|s)?|Kreisverwaltung|Stadtverwaltung|Regionalverband(?:es)?|"
             r"(?:Regionale[ns]?\s+)?Bildungsbüro(?:s)?|Bildungsregion|Bildungsnetzwerk(?:es|s)?|"
             r"(?:[A-ZÄÖÜ][\wäöüß]+\s+)?Bildungs-\s+und\s+[A-ZÄÖÜ][\wäöüß]+büro(?:s)?|"
             r"Transferagentur(?:en)?|REAB|Stiftung|Ministerium(?:s)?|Landesinstitut(?:es|s)?|"
             r"Koordinierungsstelle|Fachstelle|Beratungsstelle)")
_NAME_WORD = r"(?:[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*|a\.\s?d\.\s?[A-ZÄÖÜ][\wäöüß]*|\([A-ZÄÖÜ][\wäöüß.]*\))"
_ORG = (rf"(?P<org>(?:(?:Lüneburger|[A-ZÄÖÜ][\wäöüß]+er)\s+)?{_ORG_HEAD}"
        rf"(?:[ ]+(?:des|der)[ ]+(?:Landkreises|Kreises|Stadt|Kreisverwaltung|Stadtverwaltung|Landeshauptstadt|"
        rf"Bezirks|Bezirkes))?"
        rf"(?:[ ]+(?:für|im|in|am|an\sder)[ ]+{_NAME_WORD}(?:[ ]{_NAME_WORD})*|[ ]+{_NAME_WORD}(?:[ –-]+{_NAME_WORD})*)?)")
ORG_RE = re.compile(rf"(?<![\wäöüß]){_ORG}")
ORGANISING_VERB_RE = re.compile(
    r"\b(?:veranstalte[tn]|l[äa]d(?:t|en)\b[^.]{0,120}\bein\b|organisier(?:t|en)|richte[tn]\b[^.]{0,80}\baus\b|"
    r"ausgerichtet|vorbereitet|Gastgeber\w*|Veranstalter\w*|einlädt|abgesagt|verschoben|plant|planen)", re.I)
_GENITIVE_NOUN = {"Landkreises": "Landkreis", "Kreises": "Kreis", "Bezirkes": "Bezirk", "Bezirks": "Bezirk",
                  "Landratsamtes": "Landratsamt", "Landratsamts": "Landratsamt", "Regionalverbandes": "Regionalverband",
                  "Bildungsbüros": "Bildungsbüro", "Bildungsnetzwerkes": "Bildungsnetzwerk",
                  "Bildungsnetzwerks": "Bildungsnetzwerk", "Netzwerkes": "Netzwerk", "Netzwerks": "Netzwerk",
                  "Ministeriums": "Ministerium", "Landesinstitutes": "Landesinstitut", "Landesinstituts": "Landesinstitut",
                  "Regionalen": "Regionales"}
_TAIL_RE = re.compile(r"\s+(?:Dr|Prof|Landrat|Landrätin|Bürgermeister\w*|Oberbürgermeister\w*|Herr|Frau|Am|Im|Die|"
                      r"Der|Das|Mit|Unter|Zur|Zum|Bei|Beim|Für|In|An|Auf|Nach|Von|Vom|Aus|Ab)\b.*$")


@dataclass
class OrganizerCandidate:
    name: str
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


def nominative(name: str) -> str:
    """"Landkreises Marburg-Biedenkopf" -> "Landkreis Marburg-Biedenkopf";
    "Lüneburger Bildungs- und Integrationsbüros" -> "Lüneburger Bildungs- und Integrationsbüro"."""
    parts = re.split(r"( (?:des|der) )", name, maxsplit=1)
    head, sep, rest = parts if len(parts) == 3 else (name, "", "")
    words = [_GENITIVE_NOUN.get(word, word) for word in head.split(" ")]
    head = re.sub(r"büros\b", "büro", " ".join(words))
    return head + sep + rest


def _clean(name: str) -> str | None:
    name = _TAIL_RE.sub("", name).strip(" ,.–-")
    name = nominative(name)
    if len(name.split()) < 2:
        return None  # "Stadt", "Landkreis" alone name nobody
    return name if len(name) < 120 else None


def organizer_candidates(text: str, event_sentence: str | None = None,
                         event_title: str | None = None) -> list[OrganizerCandidate]:
    """Every organisation named in `text`, best first."""
    found: dict[str, OrganizerCandidate] = {}
    sentences = re.split(r"(?<=[a-zäöüß]{2})[.!?]\s+", text)
    for position, sentence in enumerate(sentences):
        for match in ORG_RE.finditer(sentence):
            name = _clean(match.group("org"))
            if not name:
                continue
            key = name.lower()
            candidate = found.setdefault(key, OrganizerCandidate(name))
            candidate.score += 0.5
            if position == 0 and "first_sentence" not in candidate.reasons:
                candidate.score += 0.5
                candidate.reasons.append("first_sentence")
            if ORGANISING_VERB_RE.search(sentence) and "organising_verb" not in candidate.reasons:
                candidate.score += 2.5
                candidate.reasons.append("organising_verb")
            before = sentence[:match.start()]
            if re.search(r"(?:konferenz|tagung|fachtag|forum|werkstatt|treffen|veranstaltung|dialogforum)s?\s+"
                         r"(?:des|der)\s+$", before, re.I) and "genitive_of_event" not in candidate.reasons:
                candidate.score += 2.0
                candidate.reasons.append("genitive_of_event")
            if event_sentence and sentence.strip() and sentence.strip()[:60] in event_sentence \
                    and "event_sentence" not in candidate.reasons:
                candidate.score += 1.0
                candidate.reasons.append("event_sentence")
    if event_title:
        genitive = re.search(rf"\s(?:des|der)\s+{_ORG}", event_title)
        if genitive:
            name = _clean(genitive.group("org"))
            if name:
                candidate = found.setdefault(name.lower(), OrganizerCandidate(name))
                candidate.score += 2.0
                candidate.reasons.append("named_in_title")
    return sorted(found.values(), key=lambda c: -c.score)


def organizer_in_text(text: str, event_sentence: str | None = None, event_title: str | None = None) -> str | None:
    """The organisation a reader takes for the organizer, if the text makes one clear."""
    candidates = organizer_candidates(text, event_sentence, event_title)
    if not candidates:
        return None
    best = candidates[0]
    if best.score >= 2.5:
        return best.name
    # a press release of a Landkreis or a Stadt names its own administration: without an
    # organising verb, the one organisation it names most is still who holds the event
    if len(candidates) == 1 or best.score > candidates[1].score:
        return best.name
    return None
