"""What kind of event it is: its format (event type), its topics and its target groups."""
from __future__ import annotations

from .lexicon import EVENT_TYPE_RULES, TARGET_GROUP_RULES, TOPIC_RULES
from . import lexicon as lex
from .event import FROM_LABEL, FROM_PROSE, Event


def read_classification(texts, labels, title, text, event: Event) -> None:
    type_label = next((lab.value or (texts[i + 1] if i + 1 < len(texts) else "")
                       for i, lab in enumerate(labels) if lab and lab.kind == "type"), None)
    event.event_type = classify_type(type_label or "", title) or classify_type(text[:2500])
    if event.event_type:
        event.note("event_type", FROM_LABEL if type_label else FROM_PROSE, type_label or title)
    event.topics = topics_of(title + "\n" + text)
    target_text = ""
    for index, label in enumerate(labels):
        if label and label.kind == "target":
            target_text = " ".join([label.value] + texts[index + 1:index + 3])
            break
    if not target_text:
        match = lex.TARGET_SENTENCE_RE.search(text)
        target_text = match.group(0) if match else ""
    event.target_groups = target_groups_of(target_text)

def classify_type(*texts: str) -> str | None:
    for text in texts:
        if not text:
            continue
        lower = text.lower()
        for name, rule in EVENT_TYPE_RULES:
            if rule.search(text, lower):
                return name
    return None

def topics_of(text: str) -> list[str]:
    lower = text.lower()
    return [name for name, rule in TOPIC_RULES if rule.search(text, lower)]

def target_groups_of(text: str) -> list[str]:
    lower = text.lower()
    return [name for name, rule in TARGET_GROUP_RULES if rule.search(text, lower)]
