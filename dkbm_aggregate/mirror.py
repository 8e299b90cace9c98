"""The offline mirror of the sources, served over real HTTP on loopback.

Layout: data/mirror/<host>/<path>. A URL path ending in "/" is that directory's index.html;
an extensionless path that is also a directory is <path>/index.html. A query string is kept
in the file name after "@", percent-decoded: /details/?event=17&cHash=ab becomes
details/index.html@event=17&cHash=ab.

The server behaves like the real ones as far as a polite crawler can tell: it routes by the
Host header, sends Content-Type with the page's charset, Last-Modified and ETag, answers
conditional requests with 304, serves robots.txt where the mirror has one and 404 elsewhere.
"""
from __future__ import annotations

import hashlib
import re
import threading
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

CONTENT_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".php": "text/html", "": "text/html",
    ".txt": "text/plain", ".ics": "text/calendar", ".xml": "application/xml",
    ".json": "application/json", ".pdf": "application/pdf", ".css": "text/css",
}
META_CHARSET_RE = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)


def mirror_file(root: Path, host: str, path: str, query: str = "") -> Path | None:
    """The mirror file for a URL's host, path and query, or None (also for paths escaping the root)."""
    host_dir = (root / host.lower()).resolve()
    relative = unquote(path).lstrip("/")
    candidate = (host_dir / relative).resolve() if relative else host_dir
    if host_dir not in candidate.parents and candidate != host_dir:
        return None
    if path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    if query:
        candidate = candidate.with_name(candidate.name + "@" + unquote(query))
    return candidate if candidate.is_file() else None


def content_type_for(path: Path, body: bytes) -> str:
    name = path.name.split("@", 1)[0]
    suffix = Path(name).suffix.lower()
    kind = CONTENT_TYPES.get(suffix, "application/octet-stream")
    if kind.startswith("text/") or kind in ("application/xml", "application/json"):
        match = META_CHARSET_RE.search(body[:4096]) if kind == "text/html" else None
        charset = match.group(1).decode("ascii").lower() if match else "utf-8"
        return f"{kind}; charset={charset}"
    return kind


class MirrorHandler(BaseHTTPRequestHandler):
    server_version = "dkbm-mirror/1.0"
    root: Path

    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        pass  # the crawler reports what it fetched; a second log would only be noise

    def do_HEAD(self):
        self._serve(send_body=False)

    def do_GET(self):
        self._serve(send_body=True)

    def _serve(self, send_body: bool) -> None:
        target = urlsplit(self.path)
        host = (target.hostname or self.headers.get("Host", "")).split(":")[0]
        found = mirror_file(self.root, host, target.path or "/", target.query)
        if found is None:
            self._not_found(host, send_body)
            return
        body = found.read_bytes()
        modified = int(found.stat().st_mtime)
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        if self._not_modified(etag, modified):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", formatdate(modified, usegmt=True))
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type_for(found, body))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", formatdate(modified, usegmt=True))
        self.send_header("ETag", etag)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _not_modified(self, etag: str, modified: int) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match:
            return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                return modified <= int(parsedate_to_datetime(if_modified_since).timestamp())
            except (TypeError, ValueError):
                return False
        return False

    def _not_found(self, host: str, send_body: bool) -> None:
        body = (f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>404 Nicht gefunden</title>"
                f"</head><body><h1>Seite nicht gefunden</h1><p>{host}{self.path}</p></body></html>").encode()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class MirrorServer:
    """The mirror on 127.0.0.1 in a background thread: `with MirrorServer(root) as server: server.address`."""

    def __init__(self, root: Path | str, host: str = "127.0.0.1", port: int = 0):
        handler = type("BoundMirrorHandler", (MirrorHandler,), {"root": Path(root).resolve()})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="dkbm-mirror", daemon=True)

    @property
    def address(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"{host}:{port}"

    def start(self) -> "MirrorServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "MirrorServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
