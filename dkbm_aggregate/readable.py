"""Is this input a readable text or HTML page at all? One answer for the crawler and `dkbm extract`."""
from __future__ import annotations

import re

# Share of undecodable characters or control bytes above which input is not a readable text page.
UNREADABLE_SHARE = 0.02
_UNREADABLE_RE = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f]")
SAMPLE = 200_000


def problem(body: bytes, encoding: str | None = None) -> str | None:
    """Why `body` is not a readable page, as a German predicate ("ist leer", ...), or None."""
    if not body.strip():
        return "ist leer (keine Zeichen außer Leerraum)"
    sample = body[:SAMPLE]
    if b"\x00" in sample:
        return "enthält Binärdaten (Nullbytes) und ist nicht lesbar"
    if encoding is None:
        try:
            decoded, encoding = sample.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            decoded, encoding = sample.decode("cp1252", errors="replace"), "cp1252"
    else:
        decoded = sample.decode(encoding, errors="replace")
    bad = len(_UNREADABLE_RE.findall(decoded))
    if bad > max(20, len(decoded) * UNREADABLE_SHARE):
        return f"ist nicht lesbar: {bad} Zeichen lassen sich nicht als {encoding} dekodieren (Binärdaten?)"
    return None
