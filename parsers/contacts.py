"""The people to contact about an event: e-mail addresses (de-obfuscated, TYPO3 encrypted links
decrypted), names and roles nearby, phone numbers."""
from __future__ import annotations

import re

from .event import Contact
from .lexicon import NOT_NAME_WORDS, ROLE_RE


# ---------------------------------------------------------------- labels


# ---------------------------------------------------------------- e-mail de-obfuscation

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
_OBFUSCATIONS = (
    (re.compile(r"@remove-?this\.", re.I), "@"),
    (re.compile(r"\s*(?:\(at\)|\[at\]|\{at\}| at )\s*", re.I), "@"),
    (re.compile(r"\s*(?:\(dot\)|\[dot\]|\{dot\}|\(punkt\)|\[punkt\])\s*", re.I), "."),
    (re.compile(r"(?<=[\w.])@\s+(?=[\w-]+\.[a-z]{2,})", re.I), "@"),
)
AT_HINT_RE = re.compile(r"@|\(at\)|\[at\]|\{at\}| at |remove-?this", re.I)


def deobfuscate(text: str) -> str:
    if not AT_HINT_RE.search(text):
        return text
    for pattern, replacement in _OBFUSCATIONS:
        text = pattern.sub(replacement, text)
    return text


_MAILTO_RE = re.compile(r"^mailto:([^@\s?]+@[^@\s?]+\.[a-z]{2,})", re.I)
_TYPO3_RE = re.compile(r"linkTo_UnCryptMailto\(\s*['\"]([^'\"]+)['\"]", re.I)
_TYPO3_RANGES = ((0x2B, 0x3A), (0x40, 0x5A), (0x61, 0x7A))


def _shift(encrypted: str, offset: int, ranges) -> str:
    out = []
    for char in encrypted:
        code = ord(char)
        for low, high in ranges:
            if low <= code <= high:
                code = low + (code - low + offset) % (high - low + 1)
                break
        out.append(chr(code))
    return "".join(out)


def decrypt_typo3_mailto(href: str) -> str | None:
    """The address behind TYPO3's spam-protected link `javascript:linkTo_UnCryptMailto('…')`.

    TYPO3 shifts character codes by a site-configured offset within three ranges; the offset
    is not on the page, so try each and keep the one that reads as a mailto: link. Some
    installations (and copies of the script) shift letters only.
    """
    match = _TYPO3_RE.search(href)
    if not match:
        return None
    encrypted = match.group(1)
    for offset in range(1, 11):
        for ranges in (_TYPO3_RANGES, ((0x41, 0x5A), (0x61, 0x7A))):
            found = _MAILTO_RE.match(_shift(encrypted, -offset, ranges))
            if found:
                return found.group(1)
    return None


def email_from_href(href: str) -> str | None:
    if href.lower().startswith("mailto:"):
        found = _MAILTO_RE.match(deobfuscate(href.split("?")[0]))
        return found.group(1) if found else None
    return decrypt_typo3_mailto(href)


# ---------------------------------------------------------------- contacts

PHONE_RE = re.compile(r"(?:Telefon|Tel\.?|Fon|Phone|Mobil|Handy)\s*:?\s*(?P<phone>\+?[\d][\d /().–-]{4,}\d)", re.I)
_LETTERS = r"[^\W\d_]"  # any letter, Turkish, Polish or French names included
NAME_RE = re.compile(
    rf"^(?:(?:Frau|Herr)\s+)?(?:(?:Dr|Prof)\.\s*)*(?:[A-ZÄÖÜ]{_LETTERS}+(?:-[A-ZÄÖÜ]{_LETTERS}+)?\s+){{1,3}}"
    rf"(?:(?:von|van|de|zu)\s+)?[A-ZÄÖÜ]{_LETTERS}+(?:-[A-ZÄÖÜ]{_LETTERS}+)?$")
NAME_BEFORE_EMAIL_RE = re.compile(
    rf"((?:(?:Dr|Prof)\.\s*)?[A-ZÄÖÜ]{_LETTERS}+(?:-[A-ZÄÖÜ]{_LETTERS}+)?(?:\s+[A-ZÄÖÜ]{_LETTERS}+(?:-[A-ZÄÖÜ]{_LETTERS}+)?){{1,2}})"
    r"\s*[:,(<]?\s*$")


def looks_like_name(text: str) -> bool:
    text = text.strip().rstrip(",")
    if not NAME_RE.match(text) or len(text) > 60:
        return False
    return not any(word in NOT_NAME_WORDS for word in text.replace(".", " ").split())


def extract_contacts(lines: list[str], mailto: list[tuple[str, int | None]]) -> list[Contact]:
    """People with an e-mail address: name from the lines above, phone and role nearby.
    `mailto` holds addresses found only in links, with the line the link stands in."""
    contacts: list[Contact] = []
    seen: set[str] = set()
    for index, line in enumerate(lines):
        clear = deobfuscate(line)
        if "@" not in clear:
            continue
        for match in EMAIL_RE.finditer(clear):
            email = match.group(0).rstrip(".")
            if email.lower() in seen:
                continue
            seen.add(email.lower())
            contacts.append(_contact_around(lines, index, email, clear[:match.start()]))
    for email, index in mailto:
        if email.lower() not in seen:
            seen.add(email.lower())
            contacts.append(_contact_around(lines, index, email, "") if index is not None and index < len(lines)
                            else Contact(email=email))
    return contacts


def _contact_around(lines: list[str], index: int, email: str, before: str) -> Contact:
    contact = Contact(email=email)
    # Name: right before the address ("… an Katrin Beispiel: katrin@…"), else the nearest
    # name-shaped line (or line part) within four lines above.
    match = NAME_BEFORE_EMAIL_RE.search(before)
    if match and looks_like_name(match.group(1)):
        contact.name = match.group(1)
    window = [lines[index]] + [lines[i] for i in range(index - 1, max(-1, index - 5), -1)]
    for offset, line in enumerate(window if not contact.name else []):
        if offset and EMAIL_RE.search(deobfuscate(line)):
            break  # the previous contact's block
        for candidate in _name_candidates(line):
            if looks_like_name(candidate):
                contact.name = candidate.strip()
                break
        if contact.name:
            role_lines = [lines[i] for i in range(index - offset + 1, index + 1)] if offset else []
            for role_line in role_lines + ([lines[index - offset - 1]] if index - offset - 1 >= 0 else []):
                if ROLE_RE.search(role_line) and len(role_line) < 80 and not PHONE_RE.search(role_line):
                    contact.role = role_line.strip().rstrip(":")
                    break
            break
    # Phone: the nearest one in the contact's own lines, the line itself first, then below, then above.
    for position in [index, index + 1, index - 1, index + 2, index - 2]:
        if 0 <= position < len(lines):
            if position != index and EMAIL_RE.search(deobfuscate(lines[position])):
                continue  # another person's line
            found = PHONE_RE.search(lines[position])
            if found:
                contact.phone = found.group("phone").strip()
                break
    return contact


def _name_candidates(line: str) -> list[str]:
    parts = [line]
    parts += [p.strip() for p in re.split(r"[,|;·:]|\s[–-]\s", line) if p.strip()]
    return parts


# ---------------------------------------------------------------- status


# ---------------------------------------------------------------- classification


# ---------------------------------------------------------------- organizers


# ---------------------------------------------------------------- venues


