"""The offline mirror of the sources, served over real HTTP on loopback.

Layout: data/mirror/<host>/<path>. A URL path ending in "/" is that directory's index.html;
an extensionless path that is also a directory is <path>/index.html. A query string is kept
in the file name after "@", percent-decoded: /details/?event=17&cHash=ab becomes
details/index.html@event=17&cHash=ab.

The server behaves like the real ones as far as a polite crawler can tell: it routes by the
Host header, sends Content-Type with the page's charset, Last-Modified and ETag, answers
conditional requests with 304, serves robots.txt where the mirror has one and 404 elsewhere.

Outages: a sidecar file "<page file>.http-status" holding a status code (e.g. "503") makes the
server answer that status, with a short error page, for the page, whether or not the page file
itself exists: details/index.html@event=17.http-status turns /details/?event=17 into a 503.
Delete the sidecar to bring the page back. Sidecars themselves are never served.

Broken transfers: a sidecar "<page file>.cut-at" holding a fraction (e.g. "0.4") makes the
server announce the page's full Content-Length, send only that share of it and close the
connection, as a server or proxy does when it dies mid-page. (Pages that arrive whole but are
themselves broken - a maintenance page, random bytes, a file cut short - are simply written
into a copy of the mirror.)
"""
from __future__ import annotations

import hashlib
import html
import re
import sys
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


STATUS_SUFFIX = ".http-status"
CUT_SUFFIX = ".cut-at"
SIDECARS = (STATUS_SUFFIX, CUT_SUFFIX)


def page_path(root: Path, host: str, path: str, query: str = "") -> Path | None:
    """The mirror file a URL maps to, whether it exists or not; None for URLs that cannot be in
    the mirror: an invalid host ("", "..", "a/b"), a path escaping the host directory, a query
    that cannot be part of a file name ("?next=/x"), a name the file system refuses."""
    host = host.lower()
    if host in ("", ".", "..") or any(char in host for char in "/\\\0"):
        return None
    relative = unquote(path).lstrip("/")
    query = unquote(query)
    if "\0" in relative or "/" in query or "\0" in query:
        return None
    try:
        host_dir = (Path(root) / host).resolve()
        candidate = (host_dir / relative).resolve() if relative else host_dir
        if host_dir not in candidate.parents and candidate != host_dir:
            return None
        if path.endswith("/") or candidate.is_dir():
            candidate = candidate / "index.html"
        if query:
            candidate = candidate.with_name(candidate.name + "@" + query)
    except (OSError, ValueError):
        return None
    return candidate


def _is_file(path: Path | None) -> bool:
    try:
        return path is not None and path.is_file()
    except (OSError, ValueError):  # e.g. a file name longer than the file system allows
        return False


def mirror_file(root: Path, host: str, path: str, query: str = "") -> Path | None:
    """The mirror file for a URL's host, path and query, or None (also for paths escaping the root)."""
    candidate = page_path(root, host, path, query)
    if not _is_file(candidate) or candidate.name.endswith(SIDECARS):
        return None
    return candidate


def forced_status(page: Path | None) -> int | None:
    """The status code of the page's .http-status sidecar, if it has one."""
    if page is None:
        return None
    sidecar = page.with_name(page.name + STATUS_SUFFIX)
    if not _is_file(sidecar):
        return None
    text = sidecar.read_text(encoding="utf-8", errors="replace").strip()
    code = text.split()[0] if text else ""
    if not code.isdigit() or not 200 <= int(code) <= 599:
        raise ValueError(f"{sidecar}: {text[:40]!r} ist kein HTTP-Statuscode; schreiben Sie z. B. 503 hinein.")
    return int(code)


def cut_share(page: Path) -> float | None:
    """The share of the page to send before dropping the connection (its .cut-at sidecar)."""
    sidecar = page.with_name(page.name + CUT_SUFFIX)
    if not _is_file(sidecar):
        return None
    try:
        share = float(sidecar.read_text(encoding="utf-8").strip())
    except ValueError:
        raise ValueError(f"{sidecar}: kein Anteil; schreiben Sie z. B. 0.4 hinein.") from None
    return min(max(share, 0.0), 1.0)


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
        try:
            status = forced_status(page_path(self.root, host, target.path or "/", target.query))
        except ValueError as error:
            self._error_page(500, str(error), send_body)
            return
        if status is not None and status != 200:
            self._error_page(status, f"{host}{self.path}", send_body)
            return
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
        try:
            share = cut_share(found)
        except ValueError:
            share = None
        if send_body and share is not None:
            self.wfile.write(body[: int(len(body) * share)])
            self.wfile.flush()
            self.close_connection = True
            return
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
        self._error_page(404, f"{host}{self.path}", send_body)

    def _error_page(self, status: int, detail: str, send_body: bool) -> None:
        self.send_response(status)
        if status in (204, 304):
            self.end_headers()  # these carry no body
            return
        reason = "Nicht gefunden" if status == 404 else self.responses.get(status, ("Fehler",))[0]
        body = (f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{status} {html.escape(reason)}"
                f"</title></head><body><h1>{status} {html.escape(reason)}</h1><p>{html.escape(detail)}</p>"
                f"</body></html>").encode()
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class _QuietHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A crawler that stops reading (a page over DOWNLOAD_MAXSIZE, a cancelled request) is
        # normal; the default would print a traceback into the crawl's output.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class MirrorServer:
    """The mirror on 127.0.0.1 in a background thread: `with MirrorServer(root) as server: server.address`."""

    def __init__(self, root: Path | str, host: str = "127.0.0.1", port: int = 0):
        handler = type("BoundMirrorHandler", (MirrorHandler,), {"root": Path(root).resolve()})
        self.httpd = _QuietHTTPServer((host, port), handler)
        # a short poll interval: stop() waits for the next poll (the default half second is paid by every crawl)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       name="dkbm-mirror", daemon=True)

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
